"""One application read as plain SQL (store/reading.py) is the record the ORM writes and
reads: the same dict, the same plan, the same export, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from afterview.domain.errors import NotFoundError
from afterview.store import tracker
from afterview.store.planning import plan_for
from afterview.store.reading import application_choices, read_application
from afterview.store.transfer import export_records
from tests.store.samples import NOW, application

TODAY = date(2026, 3, 17)


def _filled(store: Any) -> int:
    added = tracker.add_application(store, application(topics=["dashboards", "SQL"]), now=NOW)
    app_id = int(added["id"])
    tracker.add_application(store, application(company="Northwind"), now=NOW)
    berlin = timezone(timedelta(hours=1))
    tracker.log_contact(store, app_id, {"at": datetime(2026, 3, 10, 17, 0, tzinfo=berlin),
                                        "purpose": "thank_you",
                                        "person": added["people"][0]["id"]}, now=NOW)
    tracker.log_contact(store, app_id, {"at": "2026-03-11T09:00", "outcome": "replied",
                                        "notes": "said next week"}, direction="inbound",
                        now=NOW)
    tracker.add_round(store, app_id, {"interview_at": "2026-03-12T09:00", "format": "panel",
                                      "invited_to_call": True,
                                      "timeline": "We'll decide by Friday"}, now=NOW)
    return app_id


def test_the_sql_read_equals_the_orm_record_and_plan(store: Any, db_url: str) -> None:
    app_id = _filled(store)
    written = tracker.edit_application(store, app_id, {"notes": "a note"}, now=NOW)
    with store.read() as session:
        orm_plan = plan_for(tracker.load(session, app_id), today=TODAY, policy=store.policy)
    assert orm_plan is not None
    expected = {"application": written, "plan": orm_plan.to_dict()}
    assert read_application(store, app_id, today=TODAY) == expected
    assert read_application(db_url, app_id, today=TODAY, policy=store.policy) == expected
    assert tracker.get_application(store, app_id) == written
    assert written["contacts"][0]["at"] == "2026-03-10T17:00:00+01:00"
    assert written["rounds"][1]["invited_to_call"] is True


def test_one_export_equals_its_part_of_the_whole_export(store: Any, db_url: str) -> None:
    app_id = _filled(store)
    whole = [r for r in export_records(store) if r["id"] == app_id]
    assert export_records(db_url, app_id) == whole
    assert export_records(store, app_id) == whole
    assert whole[0]["uid"] and all(c["uid"] for c in whole[0]["contacts"])


def test_unknown_ids_and_completion(store: Any, db_url: str) -> None:
    app_id = _filled(store)
    with pytest.raises(NotFoundError, match="there is no application 99"):
        read_application(db_url, 99, today=TODAY)
    assert application_choices(db_url, "") == [  # newest interview first: a second round
        (str(app_id), "Harborline Logistics: Senior Data Analyst"),
        (str(app_id + 1), "Northwind: Senior Data Analyst")]
    assert application_choices(store, str(app_id + 1)) == [
        (str(app_id + 1), "Northwind: Senior Data Analyst")]
    assert application_choices(db_url, "1'; --") == []
