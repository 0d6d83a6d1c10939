"""The employer's words carry an invitation to call as well as a date (rule invited-to-call).

"Feel free to call me if you haven't heard in two weeks" dates the reply and invites a call;
the plan then calls without any separate flag, in the library as in the CLI and the web form.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from afterview import parse_timeline, plan_followups

SAID = date(2026, 3, 10)  # a Tuesday


@pytest.mark.parametrize("text", [
    "Feel free to call me if you haven't heard in two weeks.",
    "If you haven't heard by Friday, give me a call.",
    "Please don't hesitate to give us a ring if you have any questions.",
    "You're welcome to phone me directly next week.",
    "Call me if nothing has come through by the 20th.",
    "She said I could call her if I hadn't heard by Thursday.",
])
def test_an_invitation_to_call_is_read(text: str) -> None:
    assert parse_timeline(text, said_on=SAID).invited_to_call, text


@pytest.mark.parametrize("text", [
    "We'll call you on Friday.",
    "Our team will call the candidates next week.",
    "Please do not call the office; we will email you by Friday.",
    "Feel free to reach out if you haven't heard in two weeks.",
    "Feel free to email me with any questions.",
    "Thanks for coming in!",
])
def test_no_invitation_to_call(text: str) -> None:
    assert not parse_timeline(text, said_on=SAID).invited_to_call, text


def test_the_invitation_keeps_its_date() -> None:
    found = parse_timeline("Feel free to call me if you haven't heard in two weeks.",
                           said_on=SAID)
    assert found.deadline == date(2026, 3, 24) and found.invited_to_call
    assert found.to_dict()["invited_to_call"] is True


BASE: dict[str, Any] = {
    "interview_at": "2026-03-10T10:00", "timezone": "America/New_York", "country": "US",
    "format": "one_on_one", "tone": "neutral", "style": "balanced", "scheduled_via": "email",
}


def _status(scenario: dict[str, Any]) -> dict[str, Any]:
    plan = plan_followups(scenario)
    return next(s for s in plan.to_dict()["steps"] if s["step"] == "status")


def test_the_plan_calls_when_the_words_invite_a_call() -> None:
    words = {**BASE, "timeline": "Feel free to call me if you haven't heard in two weeks."}
    step = _status(words)
    assert step["channel"] == "call"
    assert "invited-to-call" in {r["rule"] for r in step["reasons"]}
    plain = _status({**BASE, "timeline": "We'll be in touch within two weeks."})
    assert "invited-to-call" not in {r["rule"] for r in plain["reasons"]}


def test_a_deadline_given_outright_still_reads_the_invitation() -> None:
    scenario = {**BASE, "deadline": "2026-03-24",
                "timeline": "Feel free to call me if you haven't heard in two weeks."}
    step = _status(scenario)
    assert step["channel"] == "call"
    assert "invited-to-call" in {r["rule"] for r in step["reasons"]}
