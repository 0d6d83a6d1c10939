"""Wording of generated drafts: topics read as phrases, one name per tone, no doubled
thanks, a voicemail's number said twice."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

from afterview.domain.drafts import KINDS, TONES, render_draft
from afterview.domain.drafts.wording import phone_slowly, topic_phrase

RECORD: dict[str, Any] = {
    "candidate": {"name": "Sam Lee", "email": "sam@example.com", "phone": "(617) 555-0142"},
    "interviewers": [{"name": "Margaret O'Donnell", "title": "Ms.",
                      "email": "margaret@example.com"}],
    "company": "Fenwick & Moore", "position": "Paralegal", "date": "2026-11-24",
    "topics": ["dashboards migration"], "country": "US",
}


@pytest.mark.parametrize(("topic", "phrase"), [
    ("dashboards migration", "the dashboards migration"),
    ("the summer reading challenge", "the summer reading challenge"),
    ("your plans for the archive", "your plans for the archive"),
    ("rebuilding the carrier scorecard", "rebuilding the carrier scorecard"),
    ("how the team plans sprints", "how the team plans sprints"),
    ("budgets", "budgets"),
    ("Kubernetes migration", "the Kubernetes migration"),
])
def test_topic_phrase(topic: str, phrase: str) -> None:
    assert topic_phrase(topic) == phrase


@pytest.mark.parametrize("tone", TONES)
def test_a_bare_topic_gets_its_article(tone: str) -> None:
    for kind in ("thank_you_email", "status_email", "call_script"):
        body = render_draft(kind, RECORD, tone=tone).body
        assert "about the dashboards migration" in body, (kind, body)
        assert "about dashboards migration" not in body


def test_formal_drafts_address_the_reader_alike() -> None:
    kinds = ("thank_you_email", "status_email", "call_script", "voicemail", "text_message")
    bodies = {k: render_draft(k, RECORD, tone="formal").body for k in kinds}
    assert bodies["thank_you_email"].startswith("Dear Ms. O'Donnell,")
    for kind in ("call_script", "voicemail", "text_message"):
        assert bodies[kind].startswith("Hello Ms. O'Donnell,"), bodies[kind]
    assert "Margaret" not in " ".join(bodies.values())
    # without a title, the written and the spoken forms are still the same
    plain = {**RECORD, "interviewers": [{"name": "Margaret O'Donnell"}]}
    assert render_draft("status_email", plain, tone="formal").body.startswith(
        "Dear Margaret O'Donnell,")
    assert render_draft("call_script", plain, tone="formal").body.startswith(
        "Hello Margaret O'Donnell,")


def test_a_recorded_salutation_wins() -> None:
    record = {**RECORD, "interviewers": [{"name": "Margaret O'Donnell", "title": "Partner",
                                          "salutation": "Dr. O'Donnell"}]}
    assert render_draft("call_script", record, tone="formal").body.startswith(
        "Hello Dr. O'Donnell,")


_SENTENCE = re.compile(r"[^.!?]+[.!?]")


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_no_two_sentences_in_a_row_thank_the_reader(kind: str, tone: str) -> None:
    body = render_draft(kind, RECORD, tone=tone).body
    thanks = [bool(re.search(r"\bthank", s, re.I)) for s in _SENTENCE.findall(body)]
    assert not any(a and b for a, b in itertools.pairwise(thanks)), body


@pytest.mark.parametrize("tone", TONES)
def test_a_voicemail_gives_the_number_twice(tone: str) -> None:
    body = render_draft("voicemail", RECORD, tone=tone).body
    assert "(617) 555-0142" in body
    assert "617, 555, 0142" in body


@pytest.mark.parametrize(("phone", "said"), [
    ("(617) 555-0142", "617, 555, 0142"),
    ("541-555-0187", "541, 555, 0187"),
    ("6175550142", "617, 555, 0142"),
    ("07700 900123", "07700, 900, 123"),
    ("+1 617 555 0199", "plus 1, 617, 555, 0199"),
])
def test_phone_slowly(phone: str, said: str) -> None:
    assert phone_slowly(phone) == said
