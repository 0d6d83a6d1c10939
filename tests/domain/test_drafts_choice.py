"""``draft_choice``: the kinds a plan advises, and the rule each kind against it breaks."""

from __future__ import annotations

from typing import Any

import pytest

from afterview.domain.drafts.choice import draft_choice
from afterview.domain.planner import plan_followups

SCENARIO = {"interview_at": "2026-03-10T10:00", "timezone": "America/New_York",
            "country": "US", "deadline": "NONE"}


def _choice(today: str, contacts: list[dict[str, Any]] = (), **scenario: Any) -> Any:  # type: ignore[assignment]
    plan = plan_followups({**SCENARIO, **scenario}, today=today, contacts=contacts).to_dict()
    return draft_choice(plan, contacts, scheduled_via=scenario.get("scheduled_via"))


def _out(at: str, **rest: Any) -> dict[str, Any]:
    return {"at": at, "direction": "outbound", **rest}


THANKED = _out("2026-03-10T15:00-04:00", purpose="thank_you")


def test_the_thank_you_comes_first() -> None:
    choice = _choice("2026-03-10")
    assert choice.advised == ("thank_you_email",)
    assert choice.purpose == "thank_you"
    assert choice.ordered()[0] == "thank_you_email"


@pytest.mark.parametrize(("scenario", "advised"), [
    ({}, "status_email"),
    ({"invited_to_call": True}, "call_script"),
    ({"scheduled_via": "text"}, "text_message"),
])
def test_the_status_step_drafts_in_its_channel(scenario: dict[str, Any], advised: str) -> None:
    choice = _choice("2026-03-20", [THANKED], **scenario)
    assert choice.advised[0] == advised
    assert choice.warning(advised) is None


def test_calls_after_a_call_go_against_the_limit() -> None:
    calls = [_out(f"2026-03-2{d}T10:00-04:00", channel="call", outcome="no_answer")
             for d in (0, 3)]
    choice = _choice("2026-03-24", [THANKED, *calls], invited_to_call=True)
    assert "call_script" not in choice.advised
    assert choice.against["call_script"].rule == "follow-up-limit"
    assert choice.against["voicemail"].rule == "follow-up-limit"
    assert choice.ordered()[-1] in choice.against


def test_a_rude_call_advises_the_email_after_it() -> None:
    rude = _out("2026-03-20T10:00-04:00", channel="call", outcome="rude")
    choice = _choice("2026-03-23", [THANKED, rude], invited_to_call=True)
    assert choice.advised[0] == "after_rude_call_email"
    assert choice.against["call_script"].rule == "rude-response"


def test_rules_against_kinds() -> None:
    choice = _choice("2026-03-12", [THANKED])
    assert choice.against["text_message"].rule == "same-medium"
    assert choice.against["call_script"].rule == "no-unsolicited-calls"
    assert choice.against["status_email"].rule == "not-too-soon"
    assert choice.against["final_email"].rule == "one-final-follow-up"
    assert choice.against["after_rude_call_email"].rule == "rude-response"
    assert choice.warning("status_email").endswith("(not-too-soon)")  # type: ignore[union-attr]


def test_after_a_reply_no_follow_up() -> None:
    reply = {"at": "2026-03-18T10:00-04:00", "direction": "inbound", "outcome": "rejected"}
    choice = _choice("2026-03-19", [THANKED, reply])
    assert choice.advised == ("closing_email",)
    assert choice.against["status_email"].rule == "employer-replied"
    assert choice.purpose == "other"


def test_without_a_plan_nothing_is_advised_or_refused() -> None:
    choice = draft_choice(None)
    assert choice.advised == () and not choice.against


def test_a_warning_dates_the_step_in_the_one_date_style() -> None:
    warning = _choice("2026-03-12", [THANKED]).warning("status_email")
    assert "planned for Tue 17 Mar 2026;" in warning, warning  # not "2026-03-17"
