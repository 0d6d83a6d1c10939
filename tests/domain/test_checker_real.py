"""The draft checker on real candidate messages (tests/data/drafts-real*.jsonl).

Excerpts that nobody on the project wrote: messages advice sites publish as good examples,
and messages recruiters, HR blogs and candidates quote as sent and regretted. Each row is
labelled with the conduct rules it breaks. Three sets, collected one after another so
that each was first scored on a checker that had not seen it; scores before and after the
fixes: tests/data/drafts-real-report.md.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from afterview import check_draft
from afterview.domain.checker import KINDS
from afterview.domain.errors import InputError
from tests.paths import ROOT

CONDUCT = {
    "complains-about-wait", "questions-delay", "asks-if-hired", "desperate-tone",
    "mentions-other-candidates", "too-informal", "spelling",
}
# set -> (at least this many rows, conduct recall at least, false alarms at most): the
# after-scores of drafts-real-report.md; a change that lowers them fails here.
SETS = {"drafts-real": (150, 0.87, 0.0), "drafts-real2": (30, 1.0, 0.0),
        "drafts-real3": (20, 0.875, 0.0), "drafts-real4": (6, 0.8, 0.0)}


def _rows(name: str = "drafts-real") -> list[dict[str, Any]]:
    with (ROOT / "tests" / "data" / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _conduct(row: dict[str, Any]) -> set[str]:
    found = check_draft(row["text"], kind=row["kind"], interview=row["interview"])
    return {f.rule for f in found} & CONDUCT


@pytest.mark.parametrize("name", SETS)
def test_real_set_is_well_formed(name: str) -> None:
    rows = _rows(name)
    assert len(rows) >= SETS[name][0]
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    verdicts = Counter(r["verdict"] for r in rows)
    assert set(verdicts) == {"good", "bad"}
    for row in rows:
        assert row["source"].startswith(("http://", "https://")), row["id"]
        assert row["kind"] in KINDS, row["id"]
        assert set(row["labels"]) <= CONDUCT, row["id"]
        assert bool(row["labels"]) == (row["verdict"] == "bad"), row["id"]


@pytest.mark.parametrize("name", SETS)
def test_conduct_recall_on_real_bad_messages(name: str) -> None:
    bad = [r for r in _rows(name) if r["verdict"] == "bad"]
    missed = [f"{r['id']} {sorted(set(r['labels']) - _conduct(r))}: {r['text'][:80]}"
              for r in bad if not set(r["labels"]) <= _conduct(r)]
    recall = 1 - len(missed) / len(bad)
    print(f"\nconduct recall {recall:.3f} on {len(bad)} bad messages\n" + "\n".join(missed))
    assert recall >= SETS[name][1], missed


@pytest.mark.parametrize("name", SETS)
def test_false_conduct_alarms_on_real_good_messages(name: str) -> None:
    good = [r for r in _rows(name) if r["verdict"] == "good"]
    alarms = [f"{r['id']} {sorted(_conduct(r))}: {r['text'][:80]}"
              for r in good if _conduct(r)]
    rate = len(alarms) / len(good)
    print(f"\nfalse conduct alarms {rate:.3f} on {len(good)} good messages\n" + "\n".join(alarms))
    assert rate <= SETS[name][2], alarms


# --- every kind render_draft makes is checkable, with the rules that fit it -----------

RECORD = {
    "candidate": "Lena Ford", "interviewer": "Omar Haddad", "company": "Tallis Foods",
    "position": "Inventory Planner", "date": "2025-03-04",
    "topics": ["cycle counts in the cold store"],
}
BARE = ("Dear Omar,\n\nThank you for your time on the Inventory Planner position.\n\n"
        "Best regards,\nLena Ford")


def _rules(text: str, kind: str) -> set[str]:
    return {f.rule for f in check_draft(text, kind=kind, interview=RECORD, spelling=False)}


@pytest.mark.parametrize("kind", ["final_email", "closing_email", "after_rude_call_email",
                                  "offer_update_email", "offer_update_call"])
def test_every_message_kind_is_checkable(kind: str) -> None:
    assert "complains-about-wait" in _rules(BARE + " Thursday has come and gone and still "
                                            "nothing.", kind)


def test_a_final_follow_up_is_checked_as_a_status_email() -> None:
    assert {"no-status-question", "no-specific-topic", "no-interest"} <= _rules(BARE,
                                                                               "final_email")


@pytest.mark.parametrize("kind", ["closing_email", "after_rude_call_email"])
def test_a_closing_note_needs_no_status_question_topic_or_interest(kind: str) -> None:
    found = _rules(BARE, kind)
    assert not found & {"no-status-question", "no-specific-topic", "no-interest"}, found
    assert "no-gratitude" in _rules(BARE.replace("Thank you for your time on",
                                                 "I am writing about"), kind)


def test_an_offer_update_may_state_the_offer_and_its_date() -> None:
    text = ("I have received another offer and must answer it by Friday. Could you let me "
            "know as soon as possible where things stand?")
    assert "asks-if-hired" in _rules(text, "status_email")
    assert not _rules(text, "offer_update_email") & {"asks-if-hired", "desperate-tone"}
    assert "desperate-tone" in _rules("Match it or I'm gone, I will accept the other offer "
                                      "otherwise. I can't wait forever.", "offer_update_email")


def test_an_unknown_kind_is_still_refused() -> None:
    with pytest.raises(InputError):
        check_draft("Hello", kind="memo")


def test_textspeak_in_a_text_is_too_informal_but_hey_and_emoji_are_not() -> None:
    assert "too-informal" in _rules("Hi Omar, ty so much, c u soon. Lena Ford", "text_message")
    assert "too-informal" in _rules("Thx 4 the interview! Lena Ford", "text_message")
    assert "too-informal" not in _rules("Hey Omar! Thank you again for Tuesday \U0001f642 "
                                        "Lena Ford", "text_message")
    assert "too-informal" in _rules("Hey Omar, thank you. Lena Ford", "status_email")


# Warm or neutral sentences that share words with the conduct signals.
@pytest.mark.parametrize("sentence", [
    "I have never received such a warm welcome at an interview.",
    "I know you are too busy to respond to every email, so no need to reply.",
    "The week passed quickly and I kept thinking about our talk.",
    "I am grateful I did not get lost on the way, thanks to your directions.",
    "As the hiring deadline you gave me has passed, might I ask about the status?",
    "You mentioned a decision by Friday, so I thought I would check in.",
    "Our e2e tests run nightly, c/o the lab in Plan B.",
    "If you haven't had a chance to review my samples yet, no worries at all.",
    "I was SO glad to meet the team.",  # emphasis is shouting (RULES.md §5): flagged
])
def test_ordinary_sentences_are_not_conduct_alarms(sentence: str) -> None:
    found = _rules(BARE.replace("Thank you for your time", sentence + " Thank you for your "
                                "time"), "thank_you_email") & CONDUCT
    assert found == ({"desperate-tone"} if "SO glad" in sentence else set()), found
