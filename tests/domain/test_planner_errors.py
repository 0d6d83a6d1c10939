"""Bad input raises InputError with a message a person understands."""

from __future__ import annotations

from typing import Any

import pytest

from afterview import InputError, plan_followups
from afterview.domain.policy import Policy

BASE: dict[str, Any] = {"interview_at": "2026-03-10T10:00", "timezone": "America/New_York"}


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"format": "zoom"}, "format", "format must be one of"),
        ({"tone": "angry"}, "tone", "tone must be one of"),
        ({"scheduled_via": "pigeon"}, "scheduled_via", "scheduled_via must be one of"),
        ({"interview_at": "2026-02-30T10:00"}, "interview_at", "not a date and time"),
        ({"interview_at": None}, "interview_at", "interview_at is required"),
        ({"timezone": "Mars/Olympus"}, "timezone", "unknown time zone"),
        ({"timezone": "../../etc/passwd"}, "timezone", "unknown time zone"),
        ({"interview_at": "2026-03-08T02:30"}, "interview_at", "does not exist"),
        ({"interview_at": "2026-11-01T01:30"}, "interview_at", "happens twice"),
        ({"deadline": "next Friday"}, "deadline", "not a date"),
        ({"duration_min": 0}, "duration_min", "duration_min"),
        ({"duration_min": "60"}, "duration_min", "duration_min"),
        ({"invited_to_call": "yes"}, "invited_to_call", "true or false"),
        ({"country": "XX"}, "country", "unknown country"),
        ({"country": "GB", "subdivision": "ZZZ"}, "subdivision", "unknown subdivision"),
    ],
)
def test_bad_input(change: dict[str, Any], field: str, words: str) -> None:
    with pytest.raises(InputError) as caught:
        plan_followups({**BASE, **change})
    assert caught.value.field == field
    assert words in caught.value.message


def test_an_offset_settles_an_ambiguous_time() -> None:
    plan = plan_followups({**BASE, "interview_at": "2026-11-01T01:30-04:00"}).to_dict()
    assert plan["thank_you_due"] == "2026-11-02T01:30:00-05:00"


def test_bad_contact_and_today() -> None:
    with pytest.raises(InputError, match="contact direction"):
        plan_followups(BASE, contacts=[{"at": "2026-03-11", "direction": "sideways"}])
    with pytest.raises(InputError, match="contact time"):
        plan_followups(BASE, contacts=[{"at": "yesterday"}])
    with pytest.raises(InputError, match="today"):
        plan_followups(BASE, today="soon")
    with pytest.raises(InputError, match="mapping"):
        plan_followups(["not", "a", "dict"])  # type: ignore[arg-type]


def test_policy_from_toml_round_trips() -> None:
    policy = Policy(deadline_earliest_bd=1, final_followup=False, email_max_words=150)
    assert Policy.from_toml(policy.to_toml()) == policy
    assert Policy.from_toml("") == Policy()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[plan]\nwait_days = 3\n", "unknown setting plan.wait_days"),
        ("colour = 'red'\n", "unknown setting colour"),
        ("[plan]\nfinal_after_bd = -1\n", "final_after_bd must be between"),
        ("[plan]\nfinal_followup = 'sometimes'\n", "final_followup must be true or false"),
        ("[drafts]\nemail_max_words = 2.5\n", "email_max_words must be a whole number"),
        ("[plan\n", "policy.toml"),
    ],
)
def test_policy_file_errors_name_the_setting(text: str, words: str) -> None:
    with pytest.raises(InputError) as caught:
        Policy.from_toml(text, source="policy.toml")
    assert words in caught.value.message
    assert caught.value.message.startswith("policy.toml")


def test_policy_changes_the_plan() -> None:
    slow = Policy(no_deadline_earliest_days=10, no_deadline_latest_days=5)
    plan = plan_followups(BASE, policy=slow).to_dict()
    assert plan["status"]["earliest"] == "2026-03-20"
    assert plan["status"]["latest"] == "2026-03-20"  # a latest before earliest becomes earliest
