"""The live preview of the interview form: the deadline understood and the plan it leads to."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from afterview.domain.errors import InputError

if TYPE_CHECKING:
    from afterview.domain.policy import Policy


def understand_timeline(text: str, *, said_on: date, country: str,
                        subdivision: str | None) -> dict[str, Any]:
    """What ``parse_timeline`` made of the employer's words, as the preview shows it."""
    if not text.strip():
        return {"kind": "none", "deadline": None, "matched": None, "invited_to_call": False}
    try:
        from afterview.domain.timeline import parse_timeline
    except ImportError:
        return {"kind": "unavailable", "deadline": None, "matched": None,
                "invited_to_call": False}
    found = parse_timeline(text, said_on=said_on, country=country, subdivision=subdivision)
    if found.deadline is not None:
        kind = "date"
    elif found.vague:
        kind = "vague"
    else:
        kind = "none"
    return {"kind": kind, "deadline": found.deadline.isoformat() if found.deadline else None,
            "matched": found.matched, "invited_to_call": found.invited_to_call}


def scenario_of(record: dict[str, Any]) -> dict[str, Any]:
    """The planner's scenario from a form record (as the store would build it)."""
    scenario: dict[str, Any] = {
        "interview_at": record.get("interview_at"),
        "duration_min": int(record["duration_min"]) if str(
            record.get("duration_min") or "").isdigit() else None,
        "timezone": record.get("timezone") or "UTC",
        "country": (record.get("country") or "US").upper(),
        **{k: record.get(k) for k in ("invited_to_call", "traditional_industry",
                                      "final_followup")},
        **{k: record.get(k) for k in ("scheduled_via", "format", "tone", "style",
                                      "process_length") if record.get(k)},
    }
    if not scenario["duration_min"]:
        scenario.pop("duration_min")
    if record.get("subdivision"):
        scenario["subdivision"] = str(record["subdivision"]).upper()
    if record.get("timeline"):
        scenario["timeline"] = record["timeline"]  # also read for an invitation to call
    if record.get("deadline"):
        scenario["deadline"] = str(record["deadline"]).strip().upper() if str(
            record["deadline"]).strip().upper() in ("VAGUE", "NONE") else record["deadline"]
    elif not record.get("timeline"):
        scenario["deadline"] = "NONE"
    return scenario


def preview(record: dict[str, Any], *, today: date, policy: Policy) -> dict[str, Any]:
    """Deadline and plan for the form as it stands; an error names the field to fix."""
    from afterview.domain.planner import plan_followups

    result: dict[str, Any] = {"timeline": None, "plan": None, "error": None, "field": None}
    raw = str(record.get("interview_at") or "")
    if not raw:
        result["error"], result["field"] = "Enter the interview's date and time.", "interview_at"
        return result
    try:
        said_on = datetime.fromisoformat(raw).date()
    except ValueError:
        result["error"] = "The interview's date and time are not complete yet."
        result["field"] = "interview_at"
        return result
    try:
        if record.get("timeline"):
            result["timeline"] = understand_timeline(
                str(record["timeline"]), said_on=said_on,
                country=(record.get("country") or "US").upper(),
                subdivision=(record.get("subdivision") or None))
        scenario = scenario_of(record)
        if result["timeline"] and result["timeline"]["kind"] == "unavailable" \
                and "timeline" in scenario:
            del scenario["timeline"]
            scenario["deadline"] = "NONE"
        result["plan"] = plan_followups(scenario, today=today, policy=policy).to_dict()
    except InputError as exc:
        result["error"], result["field"] = exc.message, exc.field
    return result
