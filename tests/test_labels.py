"""The one table of labels: every vocabulary value has one, in one style, and dates read
the same on the pages and in the terminal."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime
from typing import get_args

import pytest

from afterview import labels


def _vocabularies() -> dict[str, tuple[str, ...]]:
    from afterview.domain import planner
    from afterview.domain.drafts import KINDS
    from afterview.store import vocabulary as v
    from afterview.store.agenda import SECTIONS

    return {
        "format": v.FORMATS, "tone": v.TONES, "scheduled_via": v.SCHEDULED_VIA,
        "style": v.STYLES, "process_length": v.PROCESS_LENGTHS, "deadline": ("VAGUE", "NONE"),
        "direction": v.DIRECTIONS, "channel": v.CHANNELS, "purpose": v.PURPOSES,
        "outcome": v.OUTCOMES, "role": v.ROLES, "company_size": v.COMPANY_SIZES,
        "stage": v.STAGES, "close_reason": v.CLOSE_REASONS, "section": SECTIONS,
        "step": get_args(planner.StepName), "step_state": get_args(planner.StepState),
        "plan_state": get_args(planner.PlanState), "draft_kind": tuple(KINDS),
    }


def test_every_vocabulary_value_has_a_label_and_nothing_else_does() -> None:
    vocabularies = _vocabularies()
    assert set(labels.LABELS) == set(vocabularies)
    for name, values in vocabularies.items():
        assert set(labels.LABELS[name]) == set(values), name


@pytest.mark.parametrize("vocabulary", sorted(labels.LABELS))
def test_labels_are_words_in_one_style(vocabulary: str) -> None:
    for value, text in labels.LABELS[vocabulary].items():
        assert "_" not in text, (vocabulary, value, text)
        shown = labels.label(vocabulary, value)
        assert shown[0].isupper() and shown[1:] == text[1:], (vocabulary, value)


def test_the_same_word_reads_as_what_it_is_in_each_vocabulary() -> None:
    # a voicemail left is an outcome, not the script of that name
    assert labels.label("outcome", "voicemail") == "Left a voicemail"
    assert "script" not in labels.label("outcome", "voicemail")
    assert labels.label("draft_kind", "voicemail") == "Voicemail message"
    assert labels.label("draft_kind", "after_rude_call_email") == "Email after a rude call"
    assert labels.label("deadline", "NONE") == "No deadline given"
    assert labels.label("deadline", "VAGUE") == "A promise with no date"


def test_a_step_and_its_channel_do_not_repeat_themselves() -> None:
    assert labels.step_by("thank_you", "email") == "Thank-you by email"
    assert labels.step_by("status", "call") == "Status follow-up by phone"
    assert labels.step_by("move_on", None) == "Move on"


@pytest.mark.parametrize(("value", "day", "moment"), [
    ("2026-03-10", "Tue 10 Mar 2026", "Tue 10 Mar 2026"),
    ("2026-12-04T11:30", "Fri 4 Dec 2026", "Fri 4 Dec 2026, 11:30"),
    ("2026-12-04 11:30", "Fri 4 Dec 2026", "Fri 4 Dec 2026, 11:30"),
    ("2026-12-04T11:30:00-05:00", "Fri 4 Dec 2026", "Fri 4 Dec 2026, 11:30"),
    (date(2026, 12, 15), "Tue 15 Dec 2026", "Tue 15 Dec 2026"),
    (datetime(2026, 12, 15, 9, 5), "Tue 15 Dec 2026", "Tue 15 Dec 2026, 09:05"),
    ("", "", ""), (None, "", ""), ("soon", "soon", "soon"),
])
def test_one_date_style(value: object, day: str, moment: str) -> None:
    assert labels.day(value) == day
    assert labels.moment(value) == moment


def test_every_policy_setting_has_a_short_human_label() -> None:
    from afterview.domain.policy import Policy

    found = [f.metadata.get("label") for f in fields(Policy)]
    assert all(found), "a Policy field has no label"
    assert len(set(found)) == len(found), "two settings share a label"
    for text in found:
        assert isinstance(text, str) and "_" not in text and len(text) <= 60
        assert text[0].isupper()


def test_cli_and_web_print_dates_through_the_same_functions() -> None:
    from afterview.cli import tracker_render
    from afterview.web.templating import nice_date

    assert tracker_render.when("2026-12-04T11:30") == nice_date("2026-12-04T11:30")
    assert tracker_render.day("2026-12-15") == nice_date("2026-12-15") == "Tue 15 Dec 2026"


def test_template_files_read_as_words() -> None:
    from afterview.web.pages.settings import template_names

    assert labels.template_label("status_email.formal.j2") == "Status email, formal"
    assert labels.template_label("_greeting.j2") == "Greeting (every draft)"
    for name in template_names():
        shown = labels.template_label(name)
        assert "_" not in shown and ".j2" not in shown, name
