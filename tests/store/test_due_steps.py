"""The stored due steps: they agree with planning again, and a migration fills them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.domain.calendar import calendar_for
from afterview.store import tracker
from afterview.store.agenda import AGENDA_SECTIONS, agenda
from afterview.store.planning import plan_for
from afterview.store.stages import PLANNED_STAGES
from tests.store.samples import application

LATER = datetime(2027, 6, 1, tzinfo=UTC)  # "now" for writes: after every generated contact
START = date(2026, 1, 5)


def expected_agenda(store: Any, app_id: int, today: date) -> set[tuple[Any, ...]]:
    """What Today should show for one application, from a full re-plan as of ``today``."""
    from afterview.store.tracker import load

    with store.read() as session:
        app = load(session, app_id)
        plan = plan_for(app, today=today, policy=store.policy)
        fresh = plan_for(app, policy=store.policy)
        stage, place = app.stage, (app.country, app.subdivision)
    if plan is None or fresh is None or stage not in PLANNED_STAGES:
        return set()
    horizon = today + timedelta(days=7)
    first_bd = calendar_for(*place).first_business_day_from(today).isoformat()
    out: set[tuple[Any, ...]] = set()

    def add(step: str, section: str, on: date, advised: date | str | None = None) -> None:
        if section == "coming_up" and on > horizon:
            return
        act = advised if advised is not None else on
        out.add((step, section, on.isoformat(), act if isinstance(act, str) else act.isoformat()))

    if plan.state == "move_on":
        add("move_on", "move_on", plan.move_on.earliest)
        return out
    if plan.state != "waiting":
        return out
    ty, status = plan.thank_you, plan.status
    if ty.state in ("due", "overdue") and today < fresh.status.earliest:
        if ty.state == "overdue":
            add("thank_you", "overdue", plan.thank_you_due.date(), first_bd)
        elif today >= ty.earliest:
            add("thank_you", "due_today", ty.earliest)
        else:
            add("thank_you", "coming_up", ty.earliest)
    if status.state != "done":
        if status.state == "overdue":
            assert status.latest is not None
            add("status", "overdue", status.latest, status.earliest)  # the planner moved it
        else:
            add("status", "due_today" if status.state == "due" else "coming_up",
                status.earliest)
        return out
    if plan.final is not None and plan.final.state != "done":
        add("final", "due_today" if plan.final.state == "due" else "coming_up",
            plan.final.earliest)
    add("move_on", "coming_up", plan.move_on.earliest)
    return out


def shown(store: Any, app_id: int, today: date) -> set[tuple[Any, ...]]:
    data = agenda(store, today)
    return {(i["step"], name, i["date"], i["advised"]) for name in AGENDA_SECTIONS
            for i in data[name] if i["id"] == app_id}


contact = st.fixed_dictionaries({
    "day": st.integers(0, 70),
    "direction": st.sampled_from(["outbound", "outbound", "outbound", "inbound"]),
    "channel": st.sampled_from(["email", "call", "text"]),
    "purpose": st.sampled_from([None, "thank_you", "status", "final"]),
    "outcome": st.sampled_from([None, "sent", "no_answer", "rude", "replied", "next_round",
                                "rejected"]),
})
scenario = st.fixed_dictionaries({
    "start": st.integers(0, 60),
    "hour": st.integers(8, 17),
    "deadline": st.one_of(st.just("NONE"), st.just("VAGUE"), st.integers(-2, 15)),
    "format": st.sampled_from(["one_on_one", "panel", "small_team"]),
    "final_followup": st.booleans(),
    "country": st.sampled_from([("US", "America/New_York"), ("GB", "Europe/London")]),
    "contacts": st.lists(contact, max_size=4),
    "today": st.integers(-3, 90),
    "anchor": st.sampled_from(["day", "thank_you", "earliest", "latest", "final", "move_on"]),
    "shift": st.integers(-1, 1),
})


def _today(store: Any, app_id: int, s: dict[str, Any]) -> date:
    """A day near one of the plan's edges (where mistakes hide), or any day."""
    from afterview.store.tracker import load

    with store.read() as session:
        plan = plan_for(load(session, app_id), policy=store.policy)
    edges: dict[str, date | None] = {"day": START + timedelta(days=s["start"] + s["today"])}
    if plan is not None:
        edges.update(thank_you=plan.thank_you_due.date(), earliest=plan.status.earliest,
                     latest=plan.status.latest, move_on=plan.move_on.earliest,
                     final=plan.final.earliest if plan.final else None)
    edge = edges.get(s["anchor"]) or edges["day"]
    assert edge is not None
    return edge + timedelta(days=s["shift"])


def _record(s: dict[str, Any]) -> dict[str, Any]:
    day = START + timedelta(days=s["start"])
    deadline = s["deadline"]
    if isinstance(deadline, int):
        deadline = (day + timedelta(days=deadline)).isoformat()
    country, zone = s["country"]
    return application(interview_at=f"{day}T{s['hour']:02d}:00", deadline=deadline,
                       format=s["format"], final_followup=s["final_followup"],
                       country=country, timezone=zone)


def _contact(s: dict[str, Any], c: dict[str, Any]) -> dict[str, Any]:
    day = START + timedelta(days=s["start"] + c["day"])
    inbound = c["direction"] == "inbound"
    outcome = c["outcome"]
    if inbound and outcome not in (None, "replied", "next_round", "rejected"):
        outcome = None
    if not inbound and outcome not in (None, "sent", "no_answer", "rude"):
        outcome = None
    if c["channel"] != "call" and outcome in ("no_answer", "rude"):
        outcome = "sent"
    return {"at": f"{day}T{s['hour'] + 2:02d}:30", "channel": c["channel"],
            "purpose": None if inbound else c["purpose"], "outcome": outcome}


@settings(max_examples=80, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(scenario)
def test_stored_steps_agree_with_a_full_re_plan(store: Any, s: dict[str, Any]) -> None:
    app_id = tracker.add_application(store, _record(s), now=LATER)["id"]
    for c in s["contacts"]:
        tracker.log_contact(store, app_id, _contact(s, c), direction=c["direction"], now=LATER)
    today = _today(store, app_id, s)
    try:
        assert shown(store, app_id, today) == expected_agenda(store, app_id, today)
    finally:
        tracker.close_application(store, app_id, "withdrawn", now=LATER)
    assert shown(store, app_id, today) == set()


def test_edits_and_rounds_rewrite_the_steps(store: Any) -> None:
    app_id = tracker.add_application(store, application(), now=LATER)["id"]
    today = date(2026, 3, 17)
    assert shown(store, app_id, today) == expected_agenda(store, app_id, today)
    tracker.edit_application(store, app_id, {"deadline": "2026-03-25"}, now=LATER)
    assert "status" not in {s[0] for s in shown(store, app_id, today)}  # from the 26th
    assert shown(store, app_id, today) == expected_agenda(store, app_id, today)
    tracker.add_round(store, app_id, {"interview_at": "2026-03-16T10:00", "deadline": "NONE"},
                      now=LATER)
    assert ("thank_you", "due_today", "2026-03-16", "2026-03-16") in shown(store, app_id, today)
    assert shown(store, app_id, today) == expected_agenda(store, app_id, today)


def _steps(store: Any) -> list[tuple[Any, ...]]:
    from sqlalchemy import text

    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT application_id, step, earliest_on, latest_on, expires_on, channel, state "
            "FROM due_steps ORDER BY application_id, id"))]


def test_a_migration_fills_the_steps_of_an_existing_database(db_url: str) -> None:
    from sqlalchemy import text

    from afterview.domain.policy import Policy
    from afterview.store.database import open_store

    store = open_store(db_url)
    for i in range(12):
        record = application(company=f"Co {i}", interview_at=f"2026-03-{2 + i:02d}T10:00",
                             deadline="NONE" if i % 2 else "2026-03-20")
        app_id = tracker.add_application(store, record, now=LATER)["id"]
        if i % 3 == 0:
            tracker.log_contact(store, app_id, {"at": f"2026-03-{3 + i:02d}T09:00",
                                                "purpose": "thank_you"}, now=LATER)
    tracker.close_application(store, 1, "withdrawn", now=LATER)
    before = _steps(store)
    assert len({row[0] for row in before}) == 11
    patient = Policy(no_deadline_earliest_days=9)
    store.use_policy(patient)
    patient_steps = _steps(store)
    assert patient_steps != before
    # as a database written before the due steps existed: same tables, no steps, schema 0003
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE due_steps"))
        conn.execute(text("DROP TABLE afterview_changes"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0003'"))
    store.close()
    migrated = open_store(db_url)
    assert _steps(migrated) == before  # planned with the default policy, and marked so
    migrated.close()
    again = open_store(db_url, policy=patient)  # the user's policy re-plans once
    assert _steps(again) == patient_steps
    today = date(2026, 3, 17)
    assert sum(len(agenda(again, today)[name]) for name in AGENDA_SECTIONS) > 0
    again.close()


def test_a_panel_has_one_thank_you_row_per_interviewer_still_to_thank(store: Any) -> None:
    """One message each (thanks-24h): Today lists each interviewer until thanked."""
    record = application(format="small_team", people=[
        {"name": "Dana Whitfield", "role": "interviewer"},
        {"name": "Priya Raman", "role": "interviewer"},
        {"name": "Sam Ortega", "role": "recruiter", "primary": True},
    ])
    app_id = tracker.add_application(store, record, now=datetime(2026, 3, 10, 16, tzinfo=UTC))["id"]
    today = date(2026, 3, 10)

    def thank_yous() -> list[str | None]:
        data = agenda(store, today)
        return sorted(i["person_name"] for name in AGENDA_SECTIONS for i in data[name]
                      if i["id"] == app_id and i["step"] == "thank_you")

    assert thank_yous() == ["Dana Whitfield", "Priya Raman"]
    people = {p["name"]: p["id"] for p in tracker.show_application(
        store, app_id, today=today)["application"]["people"]}
    tracker.log_contact(store, app_id, {"at": "2026-03-10T17:00", "purpose": "thank_you",
                                        "person": people["Priya Raman"]},
                        now=datetime(2026, 3, 10, 22, tzinfo=UTC))
    assert thank_yous() == ["Dana Whitfield"]
    tracker.log_contact(store, app_id, {"at": "2026-03-10T17:30", "purpose": "thank_you",
                                        "person": people["Dana Whitfield"]},
                        now=datetime(2026, 3, 10, 22, tzinfo=UTC))
    assert thank_yous() == []
