"""A demo database: realistic applications at every stage, dated around today.

The interviews are placed relative to ``today`` so that the agenda has something in each
section: a thank-you due, a follow-up due and one overdue, a final follow-up, an
application to move on from, a next round, an offer and a rejection.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from afterview.domain.errors import InputError
from afterview.store.database import open_store, sqlite_file

TZ = "America/New_York"

# (days before today of the interview, hour, company, position, extra fields, contacts as
#  (days after the interview, direction, channel, purpose, outcome, notes), stage)
_APPLICATIONS: tuple[tuple[Any, ...], ...] = (
    (1, 14, "Harborline Logistics", "Senior Data Analyst",
     {"format": "one_on_one", "tone": "casual", "timeline":
      "We'll make a decision by the end of next week.",
      "topics": ["route-optimisation dashboard", "SQL window functions"]},
     (), "awaiting"),
    (9, 10, "Northwind Health", "Product Manager",
     {"format": "panel", "tone": "formal", "deadline": "VAGUE",
      "topics": ["patient onboarding flow"]},
     ((0, "outbound", "email", "thank_you", "sent", "Thanked all three panelists."),),
     "awaiting"),
    (21, 11, "Cobalt Ridge Bank", "Risk Analyst",
     {"format": "small_team", "tone": "formal", "traditional_industry": True,
      "industry": "Banking", "deadline": "NONE", "topics": ["stress-testing models"]},
     ((0, "outbound", "email", "thank_you", "sent", ""),), "awaiting"),
    (17, 15, "Brightloop", "Frontend Engineer",
     {"format": "one_on_one", "tone": "casual", "scheduled_via": "phone",
      "deadline": "NONE", "topics": ["design systems"]},
     ((0, "outbound", "email", "thank_you", "sent", ""),
      (9, "outbound", "email", "status", "sent", "Asked about next steps.")), "followed_up"),
    (34, 9, "Quillstone Publishing", "Editorial Coordinator",
     {"format": "group", "tone": "neutral", "deadline": "NONE",
      "topics": ["the spring catalogue"]},
     ((0, "outbound", "email", "thank_you", "sent", ""),
      (9, "outbound", "email", "status", "sent", ""),
      (17, "outbound", "email", "final", "sent", "Last short note.")), "final_sent"),
    (12, 13, "Meridian Robotics", "Controls Engineer",
     {"format": "multi_round", "tone": "neutral", "deadline": "NONE",
      "invited_to_call": True, "topics": ["motor control tuning"]},
     ((0, "outbound", "email", "thank_you", "sent", ""),
      (6, "inbound", "email", None, "next_round", "Invited to an on-site with the team.")),
     "next_round"),
    (26, 16, "Fernwood Studios", "UX Researcher",
     {"format": "small_team", "tone": "casual", "deadline": "NONE",
      "topics": ["usability testing"]},
     ((0, "outbound", "email", "thank_you", "sent", ""),
      (8, "inbound", "call", None, "offer", "Verbal offer; written one to follow.")), "offer"),
    (40, 10, "Granite & Co", "Operations Lead",
     {"format": "panel", "tone": "formal", "deadline": "NONE",
      "topics": ["warehouse staffing"]},
     ((0, "outbound", "email", "thank_you", "sent", ""),
      (10, "inbound", "email", None, "rejected", "Polite rejection.")), "rejected"),
)
_PEOPLE: dict[str, list[tuple[str, str, str, str | None, str, bool]]] = {
    "Harborline Logistics": [("Dana Whitfield", "Analytics Manager", "dana.whitfield@harborline"
                              ".example", None, "interviewer", False),
                             ("Sam Ortega", "Recruiter", "sam.ortega@harborline.example",
                              "+1 617 555 0142", "recruiter", True)],
    "Northwind Health": [("Priya Raman", "VP Product", "priya@northwind.example", None,
                          "interviewer", False)],
    "Cobalt Ridge Bank": [("Martin Hale", "Head of Risk", "m.hale@cobaltridge.example",
                           "+1 212 555 0190", "interviewer", True)],
}


def _record(today: date, now: datetime, spec: tuple[Any, ...]) -> dict[str, Any]:
    ago, hour, company, position, extra, contacts, stage = spec
    tz = ZoneInfo(TZ)
    day = today - timedelta(days=ago)
    start = datetime.combine(day, time(hour, 0))
    record: dict[str, Any] = {
        "company": company, "position": position, "timezone": TZ, "country": "US",
        "interview_at": start.strftime("%Y-%m-%dT%H:%M"), "duration_min": 45,
        "scheduled_via": "email", "stage": stage, **extra,
        "people": [{"name": n, "title": t, "email": e, "phone": p, "role": r, "primary": pr}
                   for n, t, e, p, r, pr in _PEOPLE.get(company, [])],
        "contacts": [], "stage_history": [],
    }
    for after, direction, channel, purpose, outcome, notes in contacts:
        at = datetime.combine(day + timedelta(days=after), time(17 if after == 0 else 10, 0),
                              tzinfo=tz)
        record["contacts"].append({"at": min(at, now).isoformat(), "direction": direction,
                                   "channel": channel, "purpose": purpose,
                                   "outcome": outcome, "notes": notes})
    record["stage_history"].append({"stage": "awaiting", "at": start.replace(
        tzinfo=tz).isoformat(), "reason": "added"})
    if stage != "awaiting" and record["contacts"]:
        record["stage_history"].append({"stage": stage, "at": record["contacts"][-1]["at"],
                                        "reason": "demo"})
    return record


def demo_records(today: date, now: datetime) -> list[dict[str, Any]]:
    """The demo's applications as import records."""
    records = [_record(today, now, spec) for spec in _APPLICATIONS]
    # the Meridian on-site: a second round a few days ahead
    records[5]["rounds"] = [
        {k: records[5].pop(k) for k in ("interview_at", "duration_min", "format", "tone",
                                        "scheduled_via", "deadline", "invited_to_call")},
        {"interview_at": datetime.combine(today + timedelta(days=3), time(9, 30)).strftime(
            "%Y-%m-%dT%H:%M"), "duration_min": 180, "format": "small_team", "tone": "neutral",
         "topics": ["the on-site robot cell"]},
    ]
    records[5]["stage"] = "interviewing"
    return records


def _is_demo(path: Path) -> bool:
    """Whether ``path`` is a demo database (refuses files that are not Afterview's)."""
    from afterview.store.models import Meta

    store = open_store(f"sqlite:///{path.resolve()}")
    try:
        with store.read() as session:
            return session.get(Meta, "demo") is not None
    finally:
        store.close()


def create_demo(path: Path, *, today: date, now: datetime, replace: bool = False
                ) -> dict[str, Any]:
    """Write a fresh demo database at ``path``; an existing file is replaced only when asked
    and only if it is a demo or an Afterview database."""
    from afterview.store.models import Meta
    from afterview.store.transfer import import_records

    if path.exists():
        if not replace:
            raise InputError(f"{path} already exists: use --force to replace it")
        if path.is_dir():
            raise InputError(f"{path} is a folder, not a database file")
        if not _is_demo(path):
            raise InputError(f"{path} holds applications that are not the demo's; "
                             "the demo replaces only a demo database")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    url = f"sqlite:///{path.resolve()}"
    assert sqlite_file(url) is not None
    store = open_store(url)
    try:
        summary = import_records(store, demo_records(today, now), now=now)
        with store.write() as session:
            session.add(Meta(key="demo", value="true"))
    finally:
        store.close()
    return {"path": str(path), "applications": summary["applications"],
            "contacts": summary["contacts"]}

