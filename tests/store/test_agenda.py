"""Today's agenda from the stored plan dates, on both backends and both read paths."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from afterview.store import agenda as agenda_module
from afterview.store import tracker
from tests.store.samples import NOW, application


def _ids(section: list[dict[str, Any]]) -> list[int]:
    return [item["id"] for item in section]


@pytest.fixture
def pipeline(store: Any) -> dict[str, int]:
    """Applications at different points of their plans as of Tue 17 March 2026."""
    add = tracker.add_application
    ids = {
        # deadline Fri 13 March: status window Tue 17 – Wed 18 March
        "status_due": add(store, application(company="Due Co"), now=NOW)["id"],
        # interviewed 16 March: thank-you due 17 March
        "thanks": add(store, application(company="Thanks Co", interview_at="2026-03-16T10:00",
                                         deadline="NONE"), now=datetime(2026, 3, 16, 18,
                                                                        tzinfo=UTC))["id"],
        # no deadline, interviewed 24 Feb: window 3–10 March, now overdue
        "overdue": add(store, application(company="Late Co", interview_at="2026-02-24T10:00",
                                          deadline="NONE"), now=NOW)["id"],
        # deadline 18 March: window 20–23 March, this week
        "week": add(store, application(company="Week Co", deadline="2026-03-18"),
                    now=NOW)["id"],
        "closed": add(store, application(company="Gone Co"), now=NOW)["id"],
        "offer": add(store, application(company="Offer Co", interview_at="2026-03-02T10:00"),
                     now=NOW)["id"],
        "silent": add(store, application(company="Silent Co", interview_at="2026-02-02T10:00",
                                         deadline="NONE"), now=NOW)["id"],
    }
    tracker.log_contact(store, ids["overdue"], {"at": "2026-02-24T18:00",
                                                "purpose": "thank_you"}, now=NOW)
    tracker.log_contact(store, ids["week"], {"at": "2026-03-10T18:00",
                                             "purpose": "thank_you"}, now=NOW)
    tracker.close_application(store, ids["closed"], "withdrawn", now=NOW)
    tracker.log_contact(store, ids["offer"], {"at": "2026-03-11T10:00", "outcome": "offer"},
                        direction="inbound", now=NOW)
    for day in ("2026-02-10T10:00", "2026-02-17T10:00", "2026-02-24T10:00"):
        tracker.log_contact(store, ids["silent"], {"at": day}, now=NOW)
    return ids


def test_sections(store: Any, pipeline: dict[str, int]) -> None:
    data = agenda_module.agenda(store.url, date(2026, 3, 17))
    assert _ids(data["overdue"]) == [pipeline["overdue"]]
    assert data["overdue"][0]["step"] == "status"
    assert sorted(_ids(data["due_today"])) == sorted([pipeline["status_due"],
                                                      pipeline["thanks"]])
    # one row per step: the thank-you due today and its status window opening on the 23rd
    assert [(i["id"], i["step"], i["date"]) for i in data["coming_up"]] == [
        (pipeline["week"], "status", "2026-03-20"), (pipeline["thanks"], "status", "2026-03-23")]
    assert data["counts"] == {"overdue": 1, "due_today": 2, "coming_up": 2, "move_on": 1}
    assert _ids(data["move_on"]) == [pipeline["silent"]]
    focus = _ids(data["focus"])
    assert pipeline["offer"] in focus
    assert pipeline["silent"] not in focus and pipeline["closed"] not in focus


def test_the_fast_sqlite_path_agrees_with_sqlalchemy(store: Any, pipeline: dict[str, int],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    fast = agenda_module.agenda(store.url, date(2026, 3, 17))
    monkeypatch.setattr(agenda_module, "_fast_sqlite", lambda url, policy=None: None)
    assert agenda_module.agenda(store.url, date(2026, 3, 17)) == fast


def test_a_late_thank_you_is_overdue_until_the_status_window_opens(store: Any) -> None:
    app_id = tracker.add_application(store, application(deadline="2026-03-18"), now=NOW)["id"]
    data = agenda_module.agenda(store.url, date(2026, 3, 12))
    assert [(i["id"], i["step"]) for i in data["overdue"]] == [(app_id, "thank_you")]
    data = agenda_module.agenda(store.url, date(2026, 3, 20))
    assert [(i["id"], i["step"]) for i in data["due_today"]] == [(app_id, "status")]


def test_list_filters(store: Any, pipeline: dict[str, int]) -> None:
    today = date(2026, 3, 17)
    everything = agenda_module.list_applications(store.url, today=today)
    assert len(everything) == len(pipeline)
    assert [i["id"] for i in agenda_module.list_applications(
        store.url, today=today, stage="withdrawn")] == [pipeline["closed"]]
    assert [i["id"] for i in agenda_module.list_applications(
        store.url, today=today, company="offer")] == [pipeline["offer"]]
    assert {i["id"] for i in agenda_module.list_applications(
        store.url, today=today, due="overdue")} == {pipeline["overdue"]}
    due_today = {i["id"] for i in agenda_module.list_applications(store.url, today=today,
                                                                  due="today")}
    assert due_today == {pipeline["overdue"], pipeline["status_due"], pipeline["thanks"],
                         pipeline["silent"]}
    assert len(agenda_module.list_applications(store.url, today=today, limit=2)) == 2
