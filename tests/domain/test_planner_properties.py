"""Properties that hold for every plan, checked over many generated interviews."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from afterview import InputError, plan_followups
from afterview.domain.calendar import calendar_for
from afterview.domain.scenario import FORMATS, PROCESS_LENGTHS, SCHEDULED_VIA, STYLES, TONES

PLACES = [
    ("America/New_York", "US", None), ("America/Los_Angeles", "US", "CA"),
    ("Europe/London", "GB", None), ("Europe/London", "GB", "SCT"),
    ("Europe/Berlin", "DE", "BY"), ("Australia/Sydney", "AU", "NSW"),
    ("America/Toronto", "CA", "ON"), ("Asia/Tokyo", "JP", None),
]


@st.composite
def scenarios(draw: st.DrawFn, deadline: Any = None) -> dict[str, Any]:
    tz, country, subdivision = draw(st.sampled_from(PLACES))
    day = draw(st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)))
    minute = draw(st.integers(0, 24 * 60 - 1))
    start = datetime(day.year, day.month, day.day, minute // 60, minute % 60)
    if deadline is None:
        deadline = draw(st.one_of(
            st.just("NONE"), st.just("VAGUE"),
            st.integers(-10, 60).map(lambda n: (day + timedelta(days=n)).isoformat()),
        ))
    return {
        "interview_at": start.isoformat(timespec="minutes"),
        "duration_min": draw(st.integers(15, 480)),
        "timezone": tz, "country": country, "subdivision": subdivision,
        "deadline": deadline,
        "invited_to_call": draw(st.booleans()),
        "traditional_industry": draw(st.booleans()),
        "scheduled_via": draw(st.sampled_from(SCHEDULED_VIA)),
        "format": draw(st.sampled_from(FORMATS)),
        "tone": draw(st.sampled_from(TONES)),
        "style": draw(st.sampled_from(STYLES)),
        "process_length": draw(st.sampled_from(PROCESS_LENGTHS)),
        "final_followup": draw(st.booleans()),
    }


def plan_or_skip(scenario: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    try:
        return plan_followups(scenario, **kwargs).to_dict()
    except InputError as exc:  # a generated local time inside a clock change
        assume("daylight saving" not in exc.message)
        raise


@settings(max_examples=400, deadline=None)
@given(scenarios())
def test_steps_fall_on_business_days(scenario: dict[str, Any]) -> None:
    plan = plan_or_skip(scenario)
    cal = calendar_for(scenario["country"], scenario["subdivision"])
    status = plan["status"]
    assert cal.is_business_day(date.fromisoformat(status["earliest"]))
    if "wait-for-deadline" in status["rules"]:
        assert cal.is_business_day(date.fromisoformat(status["latest"]))
    if plan["final"]:
        assert cal.is_business_day(date.fromisoformat(plan["final"]["earliest"]))
    assert cal.is_business_day(date.fromisoformat(plan["move_on"]))


@settings(max_examples=400, deadline=None)
@given(scenarios())
def test_windows_and_order(scenario: dict[str, Any]) -> None:
    plan = plan_or_skip(scenario)
    status = plan["status"]
    assert status["earliest"] <= status["latest"]
    assert status["earliest"] > scenario["interview_at"][:10]
    if plan["final"]:
        assert status["earliest"] < plan["final"]["earliest"] < plan["move_on"]
    assert status["earliest"] < plan["move_on"]
    if status["channel"] == "call":
        assert status["call_allowed"]
    if scenario["invited_to_call"]:
        assert status["channel"] == "call"


@settings(max_examples=400, deadline=None)
@given(scenarios())
def test_thank_you_due_is_24_hours_of_elapsed_time_after_the_end(scenario: dict[str, Any]) -> None:
    plan = plan_or_skip(scenario)
    from zoneinfo import ZoneInfo

    start = datetime.fromisoformat(scenario["interview_at"]).replace(
        tzinfo=ZoneInfo(scenario["timezone"]))
    due = datetime.fromisoformat(plan["thank_you_due"])
    elapsed = due.astimezone(UTC) - start.astimezone(UTC)
    assert elapsed == timedelta(minutes=scenario["duration_min"], hours=24)
    assert due.utcoffset() == due.astimezone(ZoneInfo(scenario["timezone"])).utcoffset()


@settings(max_examples=300, deadline=None)
@given(scenarios(deadline="NONE"), st.integers(0, 40), st.integers(0, 40))
def test_later_deadlines_never_give_earlier_follow_ups(
    scenario: dict[str, Any], a: int, b: int
) -> None:
    # deadlines on or after the interview; an earlier one counts as already passed
    day = date.fromisoformat(scenario["interview_at"][:10])
    first, second = sorted((a, b))
    early = plan_or_skip({**scenario, "deadline": (day + timedelta(days=first)).isoformat()})
    late = plan_or_skip({**scenario, "deadline": (day + timedelta(days=second)).isoformat()})
    assert early["status"]["earliest"] <= late["status"]["earliest"]
    assert early["status"]["latest"] <= late["status"]["latest"]
    assert early["move_on"] <= late["move_on"]


@settings(max_examples=200, deadline=None)
@given(scenarios(), st.integers(0, 90))
def test_as_of_any_day_nothing_is_advised_in_the_past(scenario: dict[str, Any], n: int) -> None:
    today = date.fromisoformat(scenario["interview_at"][:10]) + timedelta(days=n)
    plan = plan_or_skip(scenario, today=today)
    status = next(s for s in plan["steps"] if s["step"] == "status")
    if status["state"] == "overdue":
        assert status["earliest"] >= today.isoformat()
        cal = calendar_for(scenario["country"], scenario["subdivision"])
        assert cal.is_business_day(date.fromisoformat(status["earliest"]))
