"""Response rates and days to an answer, by channel, interview format and company size.

A follow-up (an outbound contact other than a thank-you) counts as answered when the
employer's next contact comes before the candidate's next one. An interview counts as
answered when the employer writes before the next round; days are counted from the
interview's start.

Silence only counts against the response rate once its waiting window has passed: for a
follow-up, the business days the policy waits before the next one (``final_after_bd``);
for an interview, the end of its status follow-up window (after the stated deadline, or
two weeks). Until then an unanswered one is ``waiting`` and left out of the rate.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from statistics import median
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from afterview.domain.policy import Policy
    from afterview.store.database import Store

_DAY = 86_400.0


@lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


_WAITING = -1.0  # an unanswered contact whose waiting window is still open


def _group(label: str, key: str, samples: dict[str, list[float | None]]) -> list[dict[str, Any]]:
    rows = []
    for value in sorted(samples):
        every = samples[value]
        waits = [w for w in every if w != _WAITING]
        answered = [w for w in waits if w is not None]
        rows.append({
            key: value,
            label: len(waits),
            "waiting": len(every) - len(waits),
            "answered": len(answered),
            "response_rate": round(len(answered) / len(waits), 3) if waits else None,
            "median_days": round(median(answered), 1) if answered else None,
            "mean_days": round(sum(answered) / len(answered), 1) if answered else None,
        })
    return rows


def _first_after(times: list[datetime], moment: datetime, before: datetime | None
                 ) -> float | None:
    i = bisect_right(times, moment)
    if i < len(times) and (before is None or times[i] < before):
        return (times[i] - moment).total_seconds() / _DAY
    return None


def _windows(apps: dict[int, tuple[Any, ...]], policy: Policy | None
             ) -> tuple[Callable[[int, datetime], date],
                        Callable[[int, datetime, str | None, str | None], date]]:
    """Functions giving the local day a follow-up's or an interview's silence starts to count."""
    from afterview.domain.calendar import calendar_for
    from afterview.domain.errors import InputError
    from afterview.domain.planner import status_window
    from afterview.domain.policy import DEFAULT_POLICY

    pol = policy or DEFAULT_POLICY

    def after_follow_up(app_id: int, at_utc: datetime) -> date:
        app = apps[app_id]
        day = at_utc.replace(tzinfo=UTC).astimezone(_zone(app[1])).date()
        return calendar_for(app[4], app[5]).add_business_days(day, pol.final_after_bd)

    def after_interview(app_id: int, start: datetime, deadline: str | None,
                        timeline: str | None) -> date:
        app = apps[app_id]
        scenario: dict[str, Any] = {
            "interview_at": start.strftime("%Y-%m-%dT%H:%M"), "timezone": app[1],
            "country": app[4], "subdivision": app[5], "deadline": deadline or None,
            "timeline": timeline if not deadline else None}
        try:
            return status_window(scenario, policy=pol)[1]
        except InputError:  # a time a clock change skips: wait the usual two weeks
            return start.date() + timedelta(days=pol.no_deadline_latest_days)

    return after_follow_up, after_interview


def compute(applications: Iterable[tuple[Any, ...]],
            rounds: Iterable[tuple[Any, ...]],
            contacts: Iterable[tuple[int, datetime, str, str, str | None]], *,
            now: datetime | None = None, policy: Policy | None = None) -> dict[str, Any]:
    """The statistics from plain rows (kept apart from the queries so tests can feed it).

    applications: (id, timezone, company_size, stage[, country, subdivision]); rounds:
    (application id, local start, format[, deadline, timeline]); contacts: (application
    id, UTC time, direction, channel, purpose). With ``now`` (aware), an unanswered
    follow-up or interview whose waiting window is still open is ``waiting``, not
    unanswered.
    """
    apps = {a[0]: (*a, "US", None)[:6] for a in applications}  # country US unless given
    after_follow_up, after_interview = _windows(apps, policy)

    def local_today(app_id: int) -> date:
        return (now or datetime.now(UTC)).astimezone(_zone(apps[app_id][1])).date()

    inbound: dict[int, list[datetime]] = defaultdict(list)
    outbound: dict[int, list[tuple[datetime, str, str | None]]] = defaultdict(list)
    for app_id, at, direction, channel, purpose in contacts:
        if direction == "inbound":
            inbound[app_id].append(at)
        else:
            outbound[app_id].append((at, channel, purpose))
    for times in inbound.values():
        times.sort()

    by_channel: dict[str, list[float | None]] = defaultdict(list)
    for app_id, sent in outbound.items():
        sent.sort(key=lambda s: s[0])
        answers = inbound.get(app_id, [])
        for i, (at, channel, purpose) in enumerate(sent):
            if purpose == "thank_you":
                continue
            following = sent[i + 1][0] if i + 1 < len(sent) else None
            wait = _first_after(answers, at, following)
            if (wait is None and following is None and now is not None
                    and local_today(app_id) < after_follow_up(app_id, at)):
                wait = _WAITING
            by_channel[channel].append(wait)

    by_format: dict[str, list[float | None]] = defaultdict(list)
    by_size: dict[str, list[float | None]] = defaultdict(list)
    starts: dict[int, list[tuple[datetime, str, datetime, str | None, str | None]]] = (
        defaultdict(list))
    for row in rounds:
        app_id, local_start, fmt = row[0], row[1], row[2]
        deadline, timeline = (*row[3:5], None, None)[:2]
        if app_id in apps:
            start = local_start.replace(tzinfo=_zone(apps[app_id][1])).astimezone(
                ZoneInfo("UTC")).replace(tzinfo=None)
            starts[app_id].append((start, fmt, local_start, deadline, timeline))
    for app_id, interviews in starts.items():
        interviews.sort()
        answers = inbound.get(app_id, [])
        for i, (start, fmt, local_start, deadline, timeline) in enumerate(interviews):
            following = interviews[i + 1][0] if i + 1 < len(interviews) else None
            wait = _first_after(answers, start, following)
            if (wait is None and following is None and now is not None and local_today(app_id)
                    < after_interview(app_id, local_start, deadline, timeline)):
                wait = _WAITING
            by_format[fmt].append(wait)
            by_size[apps[app_id][2] or "unknown"].append(wait)

    stages: dict[str, int] = defaultdict(int)
    for app in apps.values():
        stages[app[3]] += 1
    return {
        "applications": len(apps),
        "by_stage": dict(sorted(stages.items())),
        "by_channel": _group("follow_ups", "channel", by_channel),
        "by_format": _group("interviews", "format", by_format),
        "by_company_size": _group("interviews", "company_size", by_size),
    }


def statistics(store: Store, *, now: datetime | None = None) -> dict[str, Any]:
    """Response statistics over every application in the database, as of ``now`` (aware;
    default the clock): silence whose waiting window is still open does not count yet."""
    from sqlalchemy import select

    from afterview.store.models import Application, Contact, Round

    with store.read() as session:
        apps = session.execute(select(Application.id, Application.timezone,
                                      Application.company_size, Application.stage,
                                      Application.country, Application.subdivision)).all()
        rounds = session.execute(select(Round.application_id, Round.interview_at,
                                        Round.format, Round.deadline, Round.timeline)).all()
        contacts = session.execute(select(Contact.application_id, Contact.at_utc,
                                          Contact.direction, Contact.channel,
                                          Contact.purpose)).all()
    return compute([tuple(a) for a in apps], [tuple(r) for r in rounds],
                   [tuple(c) for c in contacts],  # type: ignore[misc]
                   now=now or datetime.now(UTC), policy=store.policy)
