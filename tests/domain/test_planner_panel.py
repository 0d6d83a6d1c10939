"""Regression tests of issue 12 ("Plans and the record"): a thank-you per interviewer,
reasons that decided apart from those weighed, words for steps not taken, overdue windows."""

from __future__ import annotations

from typing import Any

from afterview.domain.planner import plan_followups, status_window
from afterview.labels import LABELS

PANEL: dict[str, Any] = {
    "interview_at": "2026-03-10T10:00", "duration_min": 60, "timezone": "America/New_York",
    "country": "US", "deadline": "NONE", "format": "panel",
    "interviewers": [{"id": 11, "name": "Priya Raman"}, {"id": 12, "name": "Tom Hale"},
                     {"id": 13, "name": "Ana Silva"}],
}


def _thanks(plan: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [((s["person"] or {}).get("name"), s["state"])
            for s in plan["steps"] if s["step"] == "thank_you"]


def test_a_panel_gets_one_thank_you_step_per_interviewer() -> None:
    plan = plan_followups(PANEL, today="2026-03-10").to_dict()
    assert _thanks(plan) == [("Priya Raman", "due"), ("Tom Hale", "due"), ("Ana Silva", "due")]
    assert plan["steps"][0]["person"] == {"id": 11, "name": "Priya Raman"}
    assert plan["next_action"] == "thank_you"


def test_one_thank_you_marks_only_the_person_it_went_to() -> None:
    sent = {"at": "2026-03-10T15:00", "purpose": "thank_you", "person": 12}
    plan = plan_followups(PANEL, today="2026-03-10", contacts=[sent]).to_dict()
    assert _thanks(plan) == [("Priya Raman", "due"), ("Tom Hale", "done"), ("Ana Silva", "due")]
    assert plan["next_action"] == "thank_you"  # two people are still to be thanked


def test_a_thank_you_naming_nobody_goes_to_the_first_interviewer_still_owed_one() -> None:
    contacts = [{"at": "2026-03-10T15:00", "purpose": "thank_you", "person": 11},
                {"at": "2026-03-10T16:00", "purpose": "thank_you"}]
    plan = plan_followups(PANEL, today="2026-03-10", contacts=contacts).to_dict()
    assert _thanks(plan) == [("Priya Raman", "done"), ("Tom Hale", "done"), ("Ana Silva", "due")]


def test_every_interviewer_thanked_ends_the_thank_you_and_the_contract_keys_hold() -> None:
    contacts = [{"at": "2026-03-10T15:00", "purpose": "thank_you", "person": p}
                for p in (11, 12, 13)]
    plan = plan_followups(PANEL, today="2026-03-12", contacts=contacts)
    data = plan.to_dict()
    assert {s for _, s in _thanks(data)} == {"done"}
    assert plan.thank_you.state == "done"
    assert data["next_action"] == "status"
    assert {"thank_you_due", "status", "final", "move_on"} <= set(data)
    assert set(data["status"]) == {"channel", "earliest", "latest", "call_allowed", "rules"}


def test_without_names_there_is_one_thank_you_step_as_before() -> None:
    plain = {k: v for k, v in PANEL.items() if k != "interviewers"}
    plan = plan_followups(plain, today="2026-03-10").to_dict()
    assert _thanks(plan) == [(None, "due")]


def test_reasons_that_decided_come_first_and_the_outweighed_are_marked() -> None:
    # a dated deadline allows a call, but a panel and a formal tone keep it to email
    data = plan_followups({**PANEL, "deadline": "2026-03-13", "tone": "formal"}).to_dict()
    status = next(s for s in data["steps"] if s["step"] == "status")
    assert status["channel"] == "email"
    roles = {r["rule"]: r["role"] for r in status["reasons"]}
    assert roles["deadline-passed"] == "weighed"
    assert roles["no-unsolicited-calls"] == roles["group-interview"] == "decided"
    assert roles["formal-tone"] == roles["wait-for-deadline"] == "decided"
    order = [r["role"] for r in status["reasons"]]
    assert order == sorted(order)  # every "decided" before any "weighed"
    assert data["status"]["call_allowed"] is True  # the contract is unchanged


def test_when_a_call_wins_the_default_of_email_was_weighed() -> None:
    data = plan_followups({**PANEL, "format": "one_on_one", "invited_to_call": True}).to_dict()
    status = next(s for s in data["steps"] if s["step"] == "status")
    assert status["channel"] == "call"
    roles = {r["rule"]: r["role"] for r in status["reasons"]}
    assert roles["invited-to-call"] == "decided"
    assert roles["no-unsolicited-calls"] == "weighed"


def test_a_call_turned_into_email_by_a_rude_answer_weighs_what_favoured_the_call() -> None:
    called = {**PANEL, "format": "one_on_one", "invited_to_call": True}
    rude = {"at": "2026-03-11T10:00", "channel": "call", "purpose": "other", "outcome": "rude"}
    data = plan_followups(called, today="2026-03-12", contacts=[rude]).to_dict()
    status = next(s for s in data["steps"] if s["step"] == "status")
    roles = {r["rule"]: r["role"] for r in status["reasons"]}
    assert status["channel"] == "email"
    assert roles["rude-response"] == "decided"
    assert roles["invited-to-call"] == "weighed"


def test_an_overdue_step_keeps_the_window_it_missed_apart_from_the_day_advised() -> None:
    data = plan_followups(PANEL, today="2026-04-06").to_dict()
    status = next(s for s in data["steps"] if s["step"] == "status")
    assert status["state"] == "overdue"
    assert status["earliest"] == "2026-04-06"
    assert status["missed_window"] == {"earliest": "2026-03-17", "latest": "2026-03-24"}
    fresh = next(s for s in plan_followups(PANEL).to_dict()["steps"] if s["step"] == "status")
    assert fresh["missed_window"] is None


def test_steps_not_taken_by_move_on_are_not_needed_and_no_state_reads_skipped() -> None:
    contacts = [{"at": "2026-03-10T18:00", "purpose": "thank_you"},
                {"at": "2026-03-18T09:00", "purpose": "status"}]
    plain = {k: v for k, v in PANEL.items() if k != "interviewers"}
    data = plan_followups(plain, today="2026-04-06", contacts=contacts).to_dict()
    final = next(s for s in data["steps"] if s["step"] == "final")
    assert data["state"] == "move_on"
    assert final["state"] == "not_needed"
    assert "skipped" not in LABELS["step_state"].values()
    assert LABELS["step_state"]["not_needed"] == "not needed"
    explanation = next(r["explanation"] for r in data["reasons"] + [
        r for s in data["steps"] for r in s["reasons"]] if r["rule"] == "silence-means-move-on")
    assert "archived" not in explanation


def test_the_status_window_alone() -> None:
    assert [d.isoformat() for d in status_window(PANEL)] == ["2026-03-17", "2026-03-24"]


def test_a_thank_you_for_an_interview_still_ahead_is_not_yet_due() -> None:
    plan = plan_followups(PANEL, today="2026-03-08").to_dict()
    assert _thanks(plan) == [("Priya Raman", "pending"), ("Tom Hale", "pending"),
                             ("Ana Silva", "pending")]
    assert LABELS["step_state"][plan["steps"][0]["state"]] == "not yet"
