"""How logged contacts and the date of today change a plan (RULES.md §3 settled details)."""

from __future__ import annotations

from typing import Any

from afterview import plan_followups
from afterview.domain.policy import Policy

# Tue 10 Mar 2026, New York, no deadline: status 17–24 Mar, final 24 Mar, move on 31 Mar.
BASE: dict[str, Any] = {
    "interview_at": "2026-03-10T10:00", "timezone": "America/New_York", "country": "US",
    "deadline": "NONE", "format": "one_on_one", "tone": "neutral", "style": "balanced",
    "scheduled_via": "email",
}


def out(plan: Any, name: str) -> dict[str, Any]:
    return next(s for s in plan.to_dict()["steps"] if s["step"] == name)


def test_fresh_plan_dates() -> None:
    plan = plan_followups(BASE).to_dict()
    assert plan["status"]["earliest"] == "2026-03-17"
    assert plan["status"]["latest"] == "2026-03-24"
    assert plan["final"]["earliest"] == "2026-03-24"
    assert plan["move_on"] == "2026-03-31"
    assert plan["state"] == "waiting"
    assert plan["next_action"] == "thank_you"


def test_final_anchors_on_the_actual_status_date() -> None:
    status = {"at": "2026-03-19T09:00-04:00", "channel": "email", "purpose": "status"}
    plan = plan_followups(BASE, today="2026-03-20", contacts=[status]).to_dict()
    assert plan["final"]["earliest"] == "2026-03-26"  # 19 Mar + 5 bd
    assert plan["move_on"] == "2026-04-02"
    assert out(plan_followups(BASE, today="2026-03-20", contacts=[status]), "status")[
        "done_on"] == "2026-03-19"


def test_logged_final_anchors_move_on() -> None:
    contacts = [
        {"at": "2026-03-17T09:00", "purpose": "status"},
        {"at": "2026-03-27T09:00", "purpose": "final"},
    ]
    plan = plan_followups(BASE, today="2026-03-30", contacts=contacts).to_dict()
    assert plan["move_on"] == "2026-04-03"  # Fri 27 Mar + 5 bd
    assert plan["next_action"] == "move_on"
    assert plan["steps"][0]["state"] == "skipped"  # no thank-you once follow-ups went out


def test_overdue_status_moves_to_first_business_day_from_today() -> None:
    plan = plan_followups(BASE, today="2026-03-28").to_dict()  # a Saturday, past 24 Mar
    status = out(plan_followups(BASE, today="2026-03-28"), "status")
    assert plan["status"]["earliest"] == "2026-03-30"
    assert plan["status"]["latest"] == "2026-03-24"  # latest stays
    assert status["state"] == "overdue"
    assert plan["final"]["earliest"] == "2026-04-06"  # shifted from the actual date
    assert plan["move_on"] == "2026-04-13"


def test_employer_reply_cancels_pending_follow_ups() -> None:
    reply = {"at": "2026-03-12T15:00-04:00", "direction": "inbound", "channel": "email",
             "outcome": "next_round"}
    plan = plan_followups(BASE, today="2026-03-13", contacts=[reply])
    data = plan.to_dict()
    assert data["state"] == "next_round"
    assert data["next_action"] is None
    assert out(plan, "status")["state"] == "cancelled"
    assert out(plan, "final")["state"] == "cancelled"
    assert "employer-replied" in plan.rule_ids()


def test_silence_after_move_on_date_means_move_on() -> None:
    contacts = [{"at": "2026-03-10T18:00", "purpose": "thank_you"},
                {"at": "2026-03-18T09:00", "purpose": "status"}]
    plan = plan_followups(BASE, today="2026-04-02", contacts=contacts)
    data = plan.to_dict()
    assert data["state"] == "move_on"
    assert data["next_action"] == "move_on"
    assert "silence-means-move-on" in plan.rule_ids()
    assert out(plan, "status")["state"] == "done"
    assert out(plan, "final")["state"] == "not_needed"  # nothing was skipped


def test_never_following_up_keeps_the_status_step_advised() -> None:
    # the overdue rule shifts later steps, so silence only counts after a follow-up
    data = plan_followups(BASE, today="2026-05-04").to_dict()
    assert data["state"] == "waiting"
    assert data["status"]["earliest"] == "2026-05-04"


def test_rude_call_sends_the_next_contact_by_email() -> None:
    called = {**BASE, "invited_to_call": True}
    assert plan_followups(called).to_dict()["status"]["channel"] == "call"
    rude = {"at": "2026-03-11T10:00", "channel": "call", "purpose": "other", "outcome": "rude"}
    plan = plan_followups(called, today="2026-03-12", contacts=[rude])
    assert plan.to_dict()["status"]["channel"] == "email"
    assert "rude-response" in {r["rule"] for r in out(plan, "status")["reasons"]}


def test_only_one_call_in_total() -> None:
    called = {**BASE, "invited_to_call": True}
    earlier_call = {"at": "2026-03-11T10:00", "channel": "call", "purpose": "other",
                    "outcome": "spoke"}
    plan = plan_followups(called, today="2026-03-12", contacts=[earlier_call])
    assert plan.to_dict()["status"]["channel"] == "email"
    assert "follow-up-limit" in {r["rule"] for r in out(plan, "status")["reasons"]}


def test_final_is_email_even_after_a_status_call() -> None:
    called = {**BASE, "invited_to_call": True}
    call = {"at": "2026-03-17T10:00", "channel": "call", "purpose": "status", "outcome": "spoke"}
    plan = plan_followups(called, today="2026-03-18", contacts=[call]).to_dict()
    assert plan["final"]["channel"] == "email"


def test_too_many_follow_ups_are_flagged() -> None:
    contacts = [{"at": f"2026-03-{d}T09:00", "purpose": "status"} for d in (17, 24, 31)]
    plan = plan_followups(BASE, today="2026-04-01", contacts=contacts)
    assert [w["rule"] for w in plan.to_dict()["warnings"]] == ["follow-up-limit"]


def test_early_status_contact_is_flagged() -> None:
    contacts = [{"at": "2026-03-12T09:00", "purpose": "thank_you"},
                {"at": "2026-03-13T09:00", "purpose": "status"}]
    plan = plan_followups(BASE, today="2026-03-14", contacts=contacts)
    assert "not-too-soon" in {w["rule"] for w in plan.to_dict()["warnings"]}


def test_thank_you_late_is_still_advised() -> None:
    plan = plan_followups(BASE, today="2026-03-13")
    assert out(plan, "thank_you")["state"] == "overdue"
    assert plan.to_dict()["next_action"] == "thank_you"


def test_first_outbound_email_counts_as_the_thank_you() -> None:
    plan = plan_followups(BASE, today="2026-03-12", contacts=[{"at": "2026-03-10T18:00"}])
    assert out(plan, "thank_you")["state"] == "done"
    assert out(plan, "status")["state"] == "pending"


def test_contacts_before_the_interview_are_ignored() -> None:
    scheduling = {"at": "2026-03-02T09:00", "direction": "inbound", "outcome": "replied"}
    assert plan_followups(BASE, contacts=[scheduling]).to_dict()["state"] == "waiting"


def test_switching_the_final_step_off_only_removes_it() -> None:
    on = plan_followups(BASE).to_dict()
    off = plan_followups({**BASE, "final_followup": False}).to_dict()
    assert off["final"] is None
    assert off["move_on"] == on["move_on"]
    policy_off = plan_followups(BASE, policy=Policy(final_followup=False)).to_dict()
    assert policy_off["final"] is None


def test_timeline_text_goes_through_the_parser_when_no_deadline() -> None:
    # the vague promise blocks the call the invitation would otherwise not need
    scenario = {**BASE, "deadline": None, "timeline": "We'll be in touch soon."}
    assert "said-soon" in plan_followups(scenario).to_dict()["status"]["rules"]
