"""The plan after an interview (RULES.md §3): dates, channels and the reasons for each."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from afterview.domain.advisor import Advice, advise, outweighed
from afterview.domain.calendar import BusinessCalendar, calendar_for
from afterview.domain.contacts import Contact, contact_from
from afterview.domain.policy import DEFAULT_POLICY, Policy
from afterview.domain.rules import RULES_BY_ID
from afterview.domain.scenario import Interviewer, Scenario, parse_date, scenario_from_mapping

StepName = Literal["thank_you", "status", "final", "move_on"]
StepState = Literal["pending", "due", "overdue", "done", "cancelled", "skipped",
                    "not_needed"]
PlanState = Literal["waiting", "replied", "next_round", "offer", "rejected", "move_on"]


_ELAPSED_FOR_THANKS = timedelta(hours=24)
_REPLY_STATES: Mapping[str | None, PlanState] = {
    "next_round": "next_round", "offer": "offer", "rejected": "rejected",
}


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the plan. ``earliest`` is the day to act; ``latest`` closes the window."""

    name: StepName
    earliest: date
    latest: date | None = None
    channel: str | None = None
    state: StepState = "pending"
    done_on: date | None = None
    rules: tuple[str, ...] = ()  # every rule behind this step, for "why?"
    weighed: tuple[str, ...] = ()  # those of ``rules`` that were weighed and outweighed
    person: Interviewer | None = None  # a thank-you's interviewer (None: no names recorded)
    opens: date | None = None  # the first day of a window that passed, when moved to today

    def reasons(self) -> list[dict[str, Any]]:
        """The reasons that decided the step first, then those weighed and outweighed."""
        decided = [RULES_BY_ID[r].reason("decided") for r in self.rules if r not in self.weighed]
        return decided + [RULES_BY_ID[r].reason("weighed") for r in self.rules
                          if r in self.weighed]

    def to_dict(self) -> dict[str, Any]:
        """The step; ``missed_window`` is the window that passed when ``earliest`` moved on."""
        missed = None
        if self.opens is not None and self.latest is not None:
            missed = {"earliest": self.opens.isoformat(), "latest": self.latest.isoformat()}
        return {
            "step": self.name,
            "earliest": self.earliest.isoformat(),
            "latest": self.latest.isoformat() if self.latest else None,
            "missed_window": missed,
            "channel": self.channel,
            "state": self.state,
            "done_on": self.done_on.isoformat() if self.done_on else None,
            "person": None if self.person is None else self.person.to_dict(),
            "reasons": self.reasons(),
        }


@dataclass(frozen=True, slots=True)
class Plan:
    """Follow-up plan for one interview round; ``to_dict()`` is the library contract."""

    scenario: Scenario
    thank_you_due: datetime
    thank_you: Step
    status: Step
    advice: Advice
    final: Step | None
    move_on: Step
    state: PlanState = "waiting"
    rules: tuple[str, ...] = ()  # plan-wide rules (employer-replied, document-attempts, …)
    warnings: tuple[tuple[str, str], ...] = field(default=())  # (rule id, message)
    # one thank-you step per interviewer (``thank_you`` sums them up); empty: just that one
    thank_yous: tuple[Step, ...] = ()

    @property
    def steps(self) -> tuple[Step, ...]:
        parts = (*(self.thank_yous or (self.thank_you,)), self.status, self.final, self.move_on)
        return tuple(s for s in parts if s is not None)

    @property
    def next_action(self) -> Step | None:
        """The step to act on next, or None when nothing more is to be done."""
        if self.state not in ("waiting", "move_on"):
            return None
        if self.state == "move_on":
            return self.move_on
        for step in self.steps:
            if step.state in ("due", "overdue", "pending") and step.name != "move_on":
                return step
        return self.move_on

    def rule_ids(self) -> set[str]:
        """Every rule this plan applies, for tests and for "why?" pages."""
        ids = set(self.rules) | {w[0] for w in self.warnings}
        for step in self.steps:
            if step.state not in ("done", "cancelled", "skipped", "not_needed"):
                ids.update(step.rules)
        return ids

    def to_dict(self) -> dict[str, Any]:
        """The contract of SPEC.md, plus ``state``, ``next_action``, ``steps`` and ``warnings``."""
        nxt = self.next_action
        return {
            "thank_you_due": self.thank_you_due.isoformat(),
            "status": {
                "channel": self.status.channel,
                "earliest": self.status.earliest.isoformat(),
                "latest": (self.status.latest or self.status.earliest).isoformat(),
                "call_allowed": self.advice.call_allowed,
                "rules": list(self.advice.rules),
            },
            "final": None if self.final is None else {
                "earliest": self.final.earliest.isoformat(), "channel": "email",
            },
            "move_on": self.move_on.earliest.isoformat(),
            "state": self.state,
            "next_action": None if nxt is None else nxt.name,
            "steps": [s.to_dict() for s in self.steps],
            "reasons": [RULES_BY_ID[r].reason() for r in self.rules],
            "warnings": [{"rule": r, "message": m} for r, m in self.warnings],
        }


def plan_followups(
    scenario: Mapping[str, Any],
    *,
    today: date | str | None = None,
    contacts: Iterable[Contact | Mapping[str, Any]] = (),
    policy: Policy | None = None,
) -> Plan:
    """Plan the thank-you, status follow-up, final follow-up and move-on date for an interview.

    Without ``today`` and ``contacts`` this is the fresh plan of RULES.md §3. With them it
    applies what happened: an employer's reply cancels what is pending, logged contacts
    anchor later steps on their actual dates, an overdue status step moves to the first
    business day from today, and after the move-on date nothing more is planned.
    Raises ``InputError`` for bad input.
    """
    pol = policy or DEFAULT_POLICY
    sc = scenario_from_mapping(scenario, pol)
    cal = calendar_for(sc.country, sc.subdivision)
    day = None if today is None else parse_date(today, "today")
    logged = _relevant(contacts, sc)
    return _build(sc, cal, pol, day, logged)


def status_window(scenario: Mapping[str, Any], *, policy: Policy | None = None
                  ) -> tuple[date, date]:
    """The status follow-up's fresh window (earliest, latest): how long to wait for an
    answer after this interview before its silence says anything."""
    pol = policy or DEFAULT_POLICY
    sc = scenario_from_mapping(scenario, pol)
    _, earliest, latest = _window(sc, calendar_for(sc.country, sc.subdivision), pol)
    return earliest, latest


def _relevant(contacts: Iterable[Contact | Mapping[str, Any]], sc: Scenario) -> list[Contact]:
    items = [contact_from(c, sc.tz) for c in contacts]
    items.sort(key=lambda c: c.at)
    return [c for c in items if c.at >= sc.start]


def _window(sc: Scenario, cal: BusinessCalendar, pol: Policy) -> tuple[str, date, date]:
    r = sc.interview_date
    if sc.deadline is not None and sc.deadline >= r:
        return (
            "wait-for-deadline",
            cal.add_business_days(sc.deadline, pol.deadline_earliest_bd),
            cal.add_business_days(sc.deadline, pol.deadline_latest_bd),
        )
    earliest = cal.first_business_day_from(r + timedelta(days=pol.no_deadline_earliest_days))
    latest = max(r + timedelta(days=pol.no_deadline_latest_days), earliest)
    return "wait-one-to-two-weeks", earliest, latest


def _build(
    sc: Scenario, cal: BusinessCalendar, pol: Policy, today: date | None,
    logged: Sequence[Contact],
) -> Plan:
    timing_rule, earliest, latest = _window(sc, cal, pol)
    advice = advise(sc, timing_rule=timing_rule)
    # elapsed time: add in UTC, because aware arithmetic in a zone is wall-clock arithmetic
    due = (sc.start.astimezone(UTC) + sc.duration + _ELAPSED_FOR_THANKS).astimezone(sc.tz)
    tz = sc.tz

    # one slot per interviewer, or one for everybody when no names are recorded
    slots: tuple[Interviewer | None, ...] = sc.interviewers or (None,)
    thanked: dict[int, date] = {}  # slot -> the day its thank-you went out
    late_thanks = False
    followups: list[Contact] = []
    calls = [c for c in logged if c.direction == "outbound" and c.channel == "call"]
    inbound = [c for c in logged if c.direction == "inbound"]
    for c in logged:
        if c.direction != "outbound" or c.purpose == "other":
            continue
        slot = _thanks_slot(slots, thanked, c.person)
        if c.purpose == "thank_you" or (
            c.purpose is None and slot is not None and c.day(tz) < earliest
        ):
            late_thanks = late_thanks or c.day(tz) > due.date()
            if slot is not None:
                thanked[slot] = c.day(tz)
        else:
            followups.append(c)
    rude = any(c.outcome == "rude" for c in calls)

    plan_rules: list[str] = []
    warnings: list[tuple[str, str]] = []
    if logged:
        plan_rules.append("document-attempts")

    # thank-yous: one per interviewer (RULES §3: one message each)
    thank_yous: list[Step] = []
    for i, person in enumerate(slots):
        if i in thanked:
            ty_state: StepState = "done"
        elif followups:
            ty_state = "skipped"  # a later follow-up went out; a thank-you now would be odd
        elif today is None or today < sc.interview_date:
            ty_state = "pending"  # no thank-you is due before the interview has taken place
        else:
            ty_state = "due" if today <= due.date() else "overdue"
        thank_yous.append(Step("thank_you", sc.interview_date, due.date(), "email", ty_state,
                               thanked.get(i), ("thanks-24h",), person=person))
    if late_thanks:
        warnings.append(("thanks-24h", "A thank-you went out after the first day; "
                                       "it still counts."))
    thank_you = _sum_up(thank_yous)

    # status follow-up
    status_rules = list(advice.rules)
    channel: str = advice.channel
    weighed = advice.weighed
    if channel == "call" and (rude or calls) and not (followups and followups[0].channel == "call"):
        channel = "text" if sc.scheduled_via == "text" else "email"
        status_rules.append("rude-response" if rude else "follow-up-limit")
        weighed = outweighed(status_rules, channel, scheduled_via=sc.scheduled_via)
    status_contact = followups[0] if followups else None
    status_earliest = earliest
    opens: date | None = None
    if status_contact is not None:
        st_state: StepState = "done"
        status_day: date = status_contact.day(tz)
        if status_day < earliest:
            warnings.append(("not-too-soon", f"The status follow-up went out before "
                                             f"{earliest.isoformat()}, its earliest date."))
    else:
        st_state = "pending"
        if today is not None:
            if today < earliest:
                status_rules.append("not-too-soon")
            elif today <= latest:
                st_state = "due"
            else:
                st_state = "overdue"
                status_earliest = cal.first_business_day_from(today)
                opens = earliest
        status_day = status_earliest
    status = Step("status", status_earliest, latest, channel, st_state,
                  status_contact.day(tz) if status_contact else None, tuple(status_rules),
                  weighed, opens=opens)

    # final follow-up and move-on
    final: Step | None = None
    final_contact = followups[1] if len(followups) > 1 else None
    if sc.final_followup:
        final_rules = ["one-final-follow-up"]
        if status_contact is not None:
            final_rules.append("follow-up-limit")
        if rude:
            final_rules.append("rude-response")
        final_earliest = cal.add_business_days(status_day, pol.final_after_bd)
        if final_contact is not None:
            fi_state: StepState = "done"
        elif status_contact is None or today is None or today < final_earliest:
            fi_state = "pending"
        else:
            fi_state = "due"
        final = Step("final", final_earliest, None, "email", fi_state,
                     final_contact.day(tz) if final_contact else None, tuple(final_rules))
        anchor = final_contact.day(tz) if final_contact else final_earliest
        move_on_day = cal.add_business_days(anchor, pol.move_on_after_final_bd)
    else:
        move_on_day = cal.add_business_days(status_day, pol.move_on_without_final_bd)
    allowed = 2 if sc.final_followup else 1
    if len(followups) > allowed:
        warnings.append(("follow-up-limit", f"{len(followups)} follow-ups were sent after the "
                                            f"thank-you; the policy allows {allowed}."))
    if len(calls) > 1:
        warnings.append(("follow-up-limit", f"{len(calls)} calls were made; one is the most "
                                            "that helps."))

    state: PlanState = "waiting"
    move_rules: list[str] = ["move-on"]
    mo_state: StepState = "pending"
    if inbound:
        state = _REPLY_STATES.get(inbound[-1].outcome, "replied")
        plan_rules.append("employer-replied")
        mo_state = "cancelled"
    elif today is not None and today >= move_on_day:
        state = "move_on"
        mo_state = "due"
        move_rules.append("silence-means-move-on")
    move_on = Step("move_on", move_on_day, None, None, mo_state, None, tuple(move_rules))

    if state != "waiting":
        # after an answer what is left is cancelled; once silence is the answer, the steps
        # not taken are no longer needed (nothing was skipped, and nothing is archived yet)
        closed: StepState = "cancelled" if state != "move_on" else "not_needed"
        status = _close(status, closed)
        final = None if final is None else _close(final, closed)
    return Plan(sc, due, thank_you, status, advice, final, move_on, state,
                tuple(plan_rules), tuple(warnings), tuple(thank_yous))


def _thanks_slot(slots: Sequence[Interviewer | None], thanked: Mapping[int, date],
                 person: int | None) -> int | None:
    """Whose thank-you a logged thank-you is: the interviewer it names; without a name,
    the first interviewer (the lead comes first) still waiting for one; None when it names
    someone who is not an interviewer or every thank-you is already sent."""
    if person is not None:
        for i, who in enumerate(slots):
            if who is not None and who.id == person:
                return None if i in thanked else i
        if slots != (None,):
            return None
    return next((i for i in range(len(slots)) if i not in thanked), None)


def _sum_up(thank_yous: Sequence[Step]) -> Step:
    """The thank-you as one step: done when every interviewer has theirs, else the state of
    the first one still open."""
    open_steps = [s for s in thank_yous if s.state != "done"]
    first = open_steps[0] if open_steps else thank_yous[-1]
    done_on = max((s.done_on for s in thank_yous if s.done_on), default=None)
    return Step("thank_you", first.earliest, first.latest, "email", first.state,
                None if open_steps else done_on, first.rules)


def _close(step: Step, state: StepState) -> Step:
    if step.state == "done":
        return step
    return Step(step.name, step.earliest, step.latest, step.channel, state, step.done_on,
                step.rules, step.weighed, step.person, step.opens)
