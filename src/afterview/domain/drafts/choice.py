"""Which drafts the plan advises now, and which go against it (and by which rule).

One function, :func:`draft_choice`, reads a plan (``Plan.to_dict()``) and the contacts
logged since the interview; the CLI (``draft --interview`` without a kind) and the web
draft picker both ask it, so they never disagree about what to write next.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from afterview.domain.drafts.kinds import KINDS
from afterview.labels import day

_REPLIED = frozenset({"replied", "next_round", "offer", "rejected"})
_FOLLOW_UPS = ("status_email", "final_email", "call_script", "voicemail", "text_message")
_CALLS = ("call_script", "voicemail", "forgot_name_line", "rude_call_line")
_BY_CHANNEL = {"email": ("status_email",), "call": ("call_script", "voicemail"),
               "text": ("text_message",)}
# An application closed by hand reads like the plan state it stands for.
_CLOSED_AS = {"moved_on": "move_on", "rejected": "rejected"}
_PURPOSE_OF_STEP = {"thank_you": "thank_you", "status": "status", "final": "final"}


@dataclass(frozen=True, slots=True)
class Against:
    """A kind that goes against the plan: the rule it breaks and why, in a sentence."""

    rule: str
    message: str

    def text(self) -> str:
        """The warning as shown to a user, ending with the rule id."""
        return f"{self.message} ({self.rule})"


@dataclass(frozen=True, slots=True)
class DraftChoice:
    """The kinds the plan advises now (best first) and the kinds that go against it."""

    advised: tuple[str, ...] = ()
    against: Mapping[str, Against] = field(default_factory=dict)
    purpose: str = "other"
    """What a contact logged now is most likely for (``thank_you``, ``status``, …)."""

    def ordered(self, kinds: Sequence[str] = tuple(KINDS)) -> list[str]:
        """``kinds`` with the advised ones first, those against the plan last."""
        rank = {k: i for i, k in enumerate(self.advised)}
        return sorted(kinds, key=lambda k: (
            0 if k in rank else 2 if k in self.against else 1, rank.get(k, 0)))

    def warning(self, kind: str) -> str | None:
        """The warning for drafting ``kind`` now, or None when the plan allows it."""
        found = self.against.get(kind)
        return found.text() if found else None


def draft_choice(plan: Mapping[str, Any] | None, contacts: Sequence[Mapping[str, Any]] = (),
                 *, scheduled_via: str | None = None) -> DraftChoice:
    """What to draft now under ``plan``, given the contacts logged for its round.

    ``contacts`` are dicts with ``direction``, ``channel`` and ``outcome``;
    ``scheduled_via`` is how the employer set up the interview. Without a plan (a closed
    application) nothing is advised and nothing is refused.
    """
    if plan is None:
        return DraftChoice()
    steps = {s["step"]: s for s in plan.get("steps", ())}
    calls = [c for c in contacts
             if c.get("direction") == "outbound" and c.get("channel") == "call"]
    rude = any(c.get("outcome") == "rude" for c in calls)
    texted = scheduled_via == "text" or any(
        c.get("direction") == "inbound" and c.get("channel") == "text" for c in contacts)
    against: dict[str, Against] = {}
    state = plan.get("state")

    if state in _REPLIED:
        why = Against("employer-replied", "The employer has been in touch: answer what they "
                      "said rather than following up")
        against |= dict.fromkeys((*_FOLLOW_UPS, "after_rude_call_email"), why)
        kinds = ("closing_email",) if state == "rejected" else ("thank_you_email",)
        return DraftChoice(kinds, against, "other")
    if state == "move_on":
        why = Against("silence-means-move-on", "The follow-ups are done and the silence is "
                      "an answer: a gracious closing note is all that is left to send")
        against |= dict.fromkeys((*_FOLLOW_UPS, "thank_you_email", "after_rude_call_email"),
                                 why)
        return DraftChoice(("closing_email",), against, "other")

    status = steps.get("status", {})
    final = steps.get("final")
    thanks = steps.get("thank_you", {})
    if not texted:
        against["text_message"] = Against(
            "same-medium", "The employer never texted you; a text is only for an employer "
            "who texted first")
    if rude:
        call_why: Against | None = Against(
            "rude-response", "Your last call turned unpleasant; keep to email from here")
    elif calls:
        call_why = Against("follow-up-limit", f"{_count(len(calls), 'call')} already "
                           "logged; one call is the most that helps")
    elif status.get("channel") != "call" and not plan.get("status", {}).get("call_allowed"):
        call_why = Against("no-unsolicited-calls", "Nobody invited a call; email is the "
                           "default for a status follow-up")
    else:
        call_why = None
    if call_why is not None:
        against |= dict.fromkeys(_CALLS, call_why)
    if status.get("state") == "done":
        against["status_email"] = Against(
            "follow-up-limit", "The status inquiry has gone out; the next note is the final "
            "follow-up")
    elif "not-too-soon" in _rule_ids(status):
        against["status_email"] = Against(
            "not-too-soon", f"The status follow-up is planned for {day(status.get('earliest'))}; "
            "asking sooner reads as impatience")
    if final is None:
        against["final_email"] = Against(
            "one-final-follow-up", "Your policy plans no final follow-up")
    elif final.get("state") == "done":
        against["final_email"] = Against(
            "follow-up-limit", "The final follow-up has gone out; the next move is theirs")
    elif status.get("state") != "done":
        against["final_email"] = Against(
            "one-final-follow-up", "The final follow-up comes after an unanswered status "
            "inquiry; send that first")
    if not rude:
        against["after_rude_call_email"] = Against(
            "rude-response", "No call is logged as rude; this email follows a call that "
            "turned unpleasant")
    if thanks.get("state") == "skipped":
        against["thank_you_email"] = Against(
            "thanks-24h", "A follow-up has already gone out, so a thank-you now would read "
            "oddly")

    advised: tuple[str, ...] = _advised(plan.get("next_action"), status, rude)
    advised = tuple(k for k in advised if k not in against or k == advised[0])
    purpose = _PURPOSE_OF_STEP.get(plan.get("next_action") or "", "other")
    return DraftChoice(advised, against, purpose)


def _advised(step: str | None, status: Mapping[str, Any], rude: bool) -> tuple[str, ...]:
    kinds: tuple[str, ...] = ("after_rude_call_email",) if rude else ()
    if step == "thank_you":
        return (*kinds, "thank_you_email")
    if step == "status":
        return (*kinds, *_BY_CHANNEL.get(status.get("channel") or "email", ("status_email",)))
    if step == "final":
        return (*kinds, "final_email")
    if step == "move_on":
        return (*kinds, "closing_email")
    return kinds


def _rule_ids(step: Mapping[str, Any]) -> set[str]:
    return {str(r.get("rule")) for r in step.get("reasons", ()) if isinstance(r, Mapping)}


def _count(n: int, noun: str) -> str:
    return f"{'One' if n == 1 else n} {noun}{'' if n == 1 else 's'} {'is' if n == 1 else 'are'}"


def choice_for_application(app: Mapping[str, Any], plan: Mapping[str, Any] | None
                           ) -> DraftChoice:
    """:func:`draft_choice` for a stored application (``show --json``'s ``application``):
    the contacts of its latest round and how that round was set up. An application the
    candidate withdrew advises nothing; one closed as moved on or rejected reads as such."""
    stage = app.get("stage")
    if stage == "withdrawn" or plan is None:
        return DraftChoice()  # the candidate stepped back: nothing to follow up
    if stage in _CLOSED_AS:
        plan = {**plan, "state": _CLOSED_AS[stage]}  # closed by hand: as if the plan said so
    rounds = app.get("rounds") or []
    latest: Mapping[str, Any] = rounds[-1] if rounds else {}
    since = str(latest.get("interview_at") or "")[:10]
    contacts = [c for c in app.get("contacts") or () if str(c.get("at") or "")[:10] >= since]
    return draft_choice(plan, contacts, scheduled_via=latest.get("scheduled_via"))
