"""The tracker's services on SQLite and PostgreSQL: records, rounds, contacts, stages."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from afterview.domain.errors import InputError
from afterview.store import tracker
from tests.store.samples import NOW, application


def _at(day: int, hour: int = 15) -> datetime:
    return datetime(2026, 3, day, hour, 0, tzinfo=UTC)


def test_add_reads_back_the_record_with_people_and_a_first_stage(store: Any) -> None:
    added = tracker.add_application(store, application(), now=NOW)
    assert added["stage"] == "awaiting"  # the interview is over
    assert [p["name"] for p in added["people"]] == ["Dana Whitfield", "Sam Ortega"]
    assert added["rounds"][0]["interview_at"] == "2026-03-10T10:00"
    assert added["stage_history"] == [{"stage": "awaiting", "at": NOW.isoformat(),
                                       "reason": "added"}]
    assert tracker.get_application(store, added["id"]) == added


def test_an_interview_ahead_starts_as_interviewing(store: Any) -> None:
    added = tracker.add_application(store, application(interview_at="2026-03-20T09:00"),
                                    now=NOW)
    assert added["stage"] == "interviewing"


def test_follow_ups_move_the_stage_and_a_reply_stops_them(store: Any) -> None:
    app_id = tracker.add_application(store, application(), now=NOW)["id"]
    thanks = tracker.log_contact(store, app_id, {"at": "2026-03-10T17:00", "purpose":
                                                 "thank_you"}, now=NOW, today=date(2026, 3, 12))
    assert thanks["stage"] == "awaiting"
    assert thanks["plan"]["next_action"] == "status"
    status = tracker.log_contact(store, app_id, {"at": "2026-03-17T10:00"}, now=_at(17),
                                 today=date(2026, 3, 17))
    assert (status["previous_stage"], status["stage"]) == ("awaiting", "followed_up")
    assert status["plan"]["next_action"] == "final"
    final = tracker.log_contact(store, app_id, {"at": "2026-03-24T10:00"}, now=_at(24))
    assert final["stage"] == "final_sent"
    reply = tracker.log_contact(store, app_id, {"at": "2026-03-25T09:00", "outcome":
                                                "next_round"}, direction="inbound",
                                now=_at(25))
    assert reply["stage"] == "next_round"
    assert reply["plan"]["state"] == "next_round"
    history = [s["stage"] for s in tracker.get_application(store, app_id)["stage_history"]]
    assert history == ["awaiting", "followed_up", "final_sent", "next_round"]


def test_moved_on_reopens_when_the_employer_writes_again(store: Any) -> None:
    app_id = tracker.add_application(store, application(), now=NOW)["id"]
    closed = tracker.close_application(store, app_id, "moved_on", note="silence", now=_at(30))
    assert closed["stage"] == "moved_on"
    reply = tracker.log_contact(store, app_id, {"at": "2026-04-02T10:00", "channel": "email"},
                                direction="inbound", now=datetime(2026, 4, 2, 16, tzinfo=UTC))
    assert (reply["previous_stage"], reply["stage"]) == ("moved_on", "awaiting")


def test_a_rejected_application_stays_closed_on_a_plain_reply(store: Any) -> None:
    app_id = tracker.add_application(store, application(), now=NOW)["id"]
    tracker.close_application(store, app_id, "rejected", now=_at(20))
    reply = tracker.log_contact(store, app_id, {"at": "2026-03-21T10:00"},
                                direction="inbound", now=_at(21))
    assert reply["stage"] == "rejected"


def test_a_second_call_is_logged_with_a_follow_up_limit_warning(store: Any) -> None:
    app_id = tracker.add_application(store, application(invited_to_call=True), now=NOW)["id"]
    tracker.log_contact(store, app_id, {"at": "2026-03-17T10:00", "channel": "call",
                                        "outcome": "no_answer"}, now=_at(17))
    second = tracker.log_contact(store, app_id, {"at": "2026-03-18T10:00", "channel": "call",
                                                 "outcome": "voicemail"}, now=_at(18))
    assert "follow-up-limit" in {w["rule"] for w in second["plan"]["warnings"]}


def test_a_new_round_is_planned_from(store: Any) -> None:
    app_id = tracker.add_application(store, application(), now=NOW)["id"]
    tracker.log_contact(store, app_id, {"at": "2026-03-16T10:00", "outcome": "next_round"},
                        direction="inbound", now=_at(16))
    after = tracker.add_round(store, app_id, {"interview_at": "2026-03-24T14:00",
                                              "format": "panel", "deadline": "NONE",
                                              "people": [{"name": "Lee Park"}]}, now=_at(17))
    assert after["stage"] == "interviewing"
    assert [r["number"] for r in after["rounds"]] == [1, 2]
    assert after["people"][-1]["round"] == 2
    shown = tracker.show_application(store, app_id, today=date(2026, 3, 25))
    assert shown["plan"]["state"] == "waiting"
    assert shown["plan"]["thank_you_due"].startswith("2026-03-25T")


def test_edit_changes_the_application_and_the_latest_round(store: Any) -> None:
    app_id = tracker.add_application(store, application(), now=NOW)["id"]
    edited = tracker.edit_application(store, app_id, {"position": "Lead Analyst",
                                                      "deadline": "VAGUE", "people": [
                                                          {"name": "Ana Ruiz"}]}, now=_at(13))
    assert edited["position"] == "Lead Analyst"
    assert edited["rounds"][0]["deadline"] == "VAGUE"
    assert edited["people"][-1]["name"] == "Ana Ruiz"
    with pytest.raises(InputError, match="cannot edit stage"):
        tracker.edit_application(store, app_id, {"stage": "offer"})


@pytest.mark.parametrize(("overrides", "message"), [
    ({"interview_at": "2026-02-30T10:00"}, "interview_at"),
    ({"interview_at": "2026-03-08T02:30"}, "does not exist"),
    ({"timezone": "Mars/Olympus"}, "unknown time zone"),
    ({"format": "dinner"}, "format must be one of"),
    ({"people": [{"name": "X", "email": "not-an-email"}]}, "not an email address"),
    ({"people": [{"name": "X", "phone": "call me"}]}, "not a phone number"),
    ({"company": "  "}, "company is required"),
    ({"deadline": "soonish"}, "deadline"),
    ({"country": "USA"}, "country"),
    ({"duration_min": 0}, "duration_min"),
    ({"company": "A\x00B"}, "single line"),
])
def test_bad_input_is_refused_before_anything_is_written(store: Any, overrides: dict[str, Any],
                                                          message: str) -> None:
    with pytest.raises(InputError, match=message):
        tracker.add_application(store, application(**overrides), now=NOW)
    from afterview.store.agenda import list_applications

    assert list_applications(store.url, today=date(2026, 3, 12)) == []


def test_unknown_ids_and_people_are_clear_errors(store: Any) -> None:
    app_id = tracker.add_application(store, application(), now=NOW)["id"]
    with pytest.raises(InputError, match="there is no application 99"):
        tracker.get_application(store, 99)
    with pytest.raises(InputError, match="no person 42"):
        tracker.log_contact(store, app_id, {"person": 42}, now=NOW)
    with pytest.raises(InputError, match="in the future"):
        tracker.log_contact(store, app_id, {"at": "2026-04-30T10:00"}, now=NOW)
    with pytest.raises(InputError, match="reason must be one of"):
        tracker.close_application(store, app_id, "bored", now=NOW)
