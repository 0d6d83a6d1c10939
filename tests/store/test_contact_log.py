"""Correcting and removing logged contacts, a thank-you per interviewer, contacts in the
future, and the statistics' waiting windows (issue 12), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from afterview.domain.errors import InputError
from afterview.store import tracker
from afterview.store.contact_log import edit_contact, remove_contact
from afterview.store.stats import compute, statistics
from afterview.store.validate import NotFoundError
from tests.store.samples import NOW, application

PANEL = [{"name": "Priya Raman", "role": "interviewer"},
         {"name": "Tom Hale", "role": "hiring_manager"},
         {"name": "Sam Ortega", "role": "recruiter", "primary": True}]


def _panel(store: Any) -> tuple[int, list[int]]:
    added = tracker.add_application(store, application(people=PANEL, format="panel"), now=NOW)
    return added["id"], [p["id"] for p in added["people"]]


def _thanks(plan: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [((s["person"] or {}).get("name"), s["state"])
            for s in plan["steps"] if s["step"] == "thank_you"]


def test_a_panel_is_thanked_person_by_person(store: Any) -> None:
    app_id, (priya, tom, sam) = _panel(store)
    shown = tracker.show_application(store, app_id, today=date(2026, 3, 10))
    assert _thanks(shown["plan"]) == [("Priya Raman", "due"), ("Tom Hale", "due")]
    assert shown["plan"]["steps"][0]["person"] == {"id": priya, "name": "Priya Raman"}
    logged = tracker.log_contact(store, app_id, {"at": "2026-03-10T15:00",
                                                 "purpose": "thank_you", "person": tom},
                                 now=NOW, today=date(2026, 3, 10))
    assert _thanks(logged["plan"]) == [("Priya Raman", "due"), ("Tom Hale", "done")]
    # a thank-you to the recruiter thanks no interviewer
    logged = tracker.log_contact(store, app_id, {"at": "2026-03-10T16:00",
                                                 "purpose": "thank_you", "person": sam},
                                 now=NOW, today=date(2026, 3, 10))
    assert _thanks(logged["plan"]) == [("Priya Raman", "due"), ("Tom Hale", "done")]


def test_a_contact_is_corrected_and_the_plan_follows(store: Any) -> None:
    app_id, (priya, tom, _) = _panel(store)
    thanked = tracker.log_contact(store, app_id, {"at": "2026-03-10T15:00",
                                                  "purpose": "thank_you", "person": priya},
                                  now=NOW)["contact"]
    fixed = edit_contact(store, app_id, thanked["id"], {"person": tom, "notes": "to Tom"},
                         now=NOW, today=date(2026, 3, 10))
    assert fixed["contact"]["person"] == tom and fixed["contact"]["notes"] == "to Tom"
    assert fixed["contact"]["at"] == thanked["at"]  # fields not given keep their value
    assert _thanks(fixed["plan"]) == [("Priya Raman", "due"), ("Tom Hale", "done")]
    # a status email logged as a thank-you by mistake: corrected, the stage follows
    sent = tracker.log_contact(store, app_id, {"at": "2026-03-17T10:00", "purpose": "thank_you"},
                               now=datetime(2026, 3, 17, 16, tzinfo=UTC))
    assert sent["stage"] == "awaiting"
    fixed = edit_contact(store, app_id, sent["contact"]["id"], {"purpose": "status"},
                         now=datetime(2026, 3, 17, 16, tzinfo=UTC), today=date(2026, 3, 17))
    assert (fixed["previous_stage"], fixed["stage"]) == ("awaiting", "followed_up")
    status = next(s for s in fixed["plan"]["steps"] if s["step"] == "status")
    assert status["state"] == "done"


def test_a_contact_is_removed_and_the_plan_is_made_again_without_it(store: Any) -> None:
    app_id, _ = _panel(store)
    later = datetime(2026, 3, 19, 16, tzinfo=UTC)
    status = tracker.log_contact(store, app_id, {"at": "2026-03-17T10:00", "purpose": "status"},
                                 now=later)
    reply = tracker.log_contact(store, app_id, {"at": "2026-03-18T10:00", "outcome": "offer"},
                                direction="inbound", now=later)
    assert reply["stage"] == "offer"
    gone = remove_contact(store, app_id, reply["contact"]["id"], now=later,
                          today=date(2026, 3, 19))
    assert gone["removed"]["outcome"] == "offer"
    assert (gone["previous_stage"], gone["stage"]) == ("offer", "followed_up")
    assert gone["plan"]["state"] == "waiting"
    gone = remove_contact(store, app_id, status["contact"]["id"], now=later,
                          today=date(2026, 3, 19))
    assert gone["stage"] == "awaiting"
    assert tracker.get_application(store, app_id)["contacts"] == []
    with pytest.raises(NotFoundError, match="has no contact"):
        remove_contact(store, app_id, status["contact"]["id"], now=later)


def test_a_closed_application_keeps_the_stage_the_user_chose(store: Any) -> None:
    app_id, _ = _panel(store)
    later = datetime(2026, 4, 20, 16, tzinfo=UTC)
    sent = tracker.log_contact(store, app_id, {"at": "2026-03-17T10:00", "purpose": "status"},
                               now=later)
    tracker.close_application(store, app_id, "moved_on", now=later)
    assert remove_contact(store, app_id, sent["contact"]["id"], now=later)["stage"] == "moved_on"


def test_bad_corrections_are_refused_whole(store: Any) -> None:
    app_id, _ = _panel(store)
    other, _ = _panel(store)
    sent = tracker.log_contact(store, app_id, {"at": "2026-03-10T15:00"}, now=NOW)["contact"]
    for changes, field in (({"direction": "inbound"}, "direction"), ({}, "contact"),
                           ({"channel": "fax"}, "channel"), ({"person": 999}, "person"),
                           ({"outcome": "offer"}, "outcome"), ({"at": None}, "at"),
                           ({"at": "2026-03-12T15:10Z"}, "at")):
        with pytest.raises(InputError) as e:
            edit_contact(store, app_id, sent["id"], changes, now=NOW)
        assert e.value.field == field, changes
    with pytest.raises(NotFoundError, match="application 2 has no contact"):
        edit_contact(store, other, sent["id"], {"notes": "x"}, now=NOW)
    for bad in (0, -1, True):
        with pytest.raises(InputError, match="contact id must be a positive whole number"):
            remove_contact(store, app_id, bad)
    assert tracker.get_application(store, app_id)["contacts"] == [sent]


def test_a_contact_more_than_five_minutes_ahead_is_refused(store: Any) -> None:
    app_id, _ = _panel(store)
    ahead = (NOW + timedelta(hours=17)).isoformat()
    with pytest.raises(InputError, match="is in the future") as e:
        tracker.log_contact(store, app_id, {"at": ahead}, now=NOW)
    assert e.value.field == "at"
    with pytest.raises(InputError, match="is in the future"):
        tracker.log_contact(store, app_id, {"at": (NOW + timedelta(minutes=6)).isoformat()},
                            now=NOW)
    # a clock a few minutes fast is fine
    tracker.log_contact(store, app_id, {"at": (NOW + timedelta(minutes=4)).isoformat()},
                        now=NOW)


def test_stats_wait_for_the_window_before_counting_silence() -> None:
    # interview Tue 10 Mar (no deadline: window to 24 Mar); follow-up Tue 17 Mar
    apps = [(1, "America/New_York", "small", "followed_up", "US", None)]
    rounds = [(1, datetime(2026, 3, 10, 10), "one_on_one", None, None)]
    contacts = [(1, datetime(2026, 3, 17, 14), "outbound", "email", "status")]
    yesterday = compute(apps, rounds, contacts, now=datetime(2026, 3, 18, 15, tzinfo=UTC))
    assert yesterday["by_channel"][0] | {} == {
        "channel": "email", "follow_ups": 0, "waiting": 1, "answered": 0,
        "response_rate": None, "median_days": None, "mean_days": None}
    assert yesterday["by_format"][0]["interviews"] == 0
    assert yesterday["by_format"][0]["waiting"] == 1
    weeks = compute(apps, rounds, contacts, now=datetime(2026, 4, 20, 15, tzinfo=UTC))
    assert weeks["by_channel"][0]["follow_ups"] == 1
    assert weeks["by_channel"][0]["response_rate"] == 0.0
    assert weeks["by_format"][0]["response_rate"] == 0.0


def test_stats_of_the_store_use_the_clock_given(store: Any) -> None:
    app_id, _ = _panel(store)
    tracker.log_contact(store, app_id, {"at": "2026-03-17T10:00", "purpose": "status"},
                        now=datetime(2026, 3, 18, tzinfo=UTC))
    soon = statistics(store, now=datetime(2026, 3, 18, 15, tzinfo=UTC))
    assert soon["by_channel"][0]["waiting"] == 1
    late = statistics(store, now=datetime(2026, 5, 1, tzinfo=UTC))
    assert late["by_channel"][0]["waiting"] == 0
    assert late["by_channel"][0]["response_rate"] == 0.0


def test_today_keeps_the_thank_you_until_every_interviewer_has_theirs(store: Any) -> None:
    from afterview.store.agenda import agenda

    app_id, (priya, tom, _) = _panel(store)
    tracker.log_contact(store, app_id, {"at": "2026-03-10T15:00", "purpose": "thank_you",
                                        "person": priya}, now=NOW)
    due = agenda(store.url, date(2026, 3, 11))["due_today"]
    assert [(i["id"], i["step"]) for i in due] == [(app_id, "thank_you")]
    tracker.log_contact(store, app_id, {"at": "2026-03-10T16:00", "purpose": "thank_you",
                                        "person": tom}, now=NOW)
    assert agenda(store.url, date(2026, 3, 11))["due_today"] == []
