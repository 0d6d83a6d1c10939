"""Response rates and days to an answer, by channel, interview format and company size.

A follow-up (an outbound contact other than a thank-you) counts as answered when the
employer's next contact comes before the candidate's next one. An interview counts as
answered when the employer writes before the next round; days are counted from the
interview's start.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from statistics import median
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from afterview.store.database import Store

_DAY = 86_400.0


@lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _group(label: str, key: str, samples: dict[str, list[float | None]]) -> list[dict[str, Any]]:
    rows = []
    for value in sorted(samples):
        waits = samples[value]
        answered = [w for w in waits if w is not None]
        rows.append({
            key: value,
            label: len(waits),
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


def compute(applications: Iterable[tuple[int, str, str | None, str]],
            rounds: Iterable[tuple[int, datetime, str]],
            contacts: Iterable[tuple[int, datetime, str, str, str | None]]) -> dict[str, Any]:
    """The statistics from plain rows (kept apart from the queries so tests can feed it).

    applications: (id, timezone, company_size, stage); rounds: (application id, local start,
    format); contacts: (application id, UTC time, direction, channel, purpose).
    """
    apps = {a[0]: a for a in applications}
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
            by_channel[channel].append(_first_after(answers, at, following))

    by_format: dict[str, list[float | None]] = defaultdict(list)
    by_size: dict[str, list[float | None]] = defaultdict(list)
    starts: dict[int, list[tuple[datetime, str]]] = defaultdict(list)
    for app_id, local_start, fmt in rounds:
        if app_id in apps:
            start = local_start.replace(tzinfo=_zone(apps[app_id][1])).astimezone(
                ZoneInfo("UTC")).replace(tzinfo=None)
            starts[app_id].append((start, fmt))
    for app_id, interviews in starts.items():
        interviews.sort()
        answers = inbound.get(app_id, [])
        for i, (start, fmt) in enumerate(interviews):
            following = interviews[i + 1][0] if i + 1 < len(interviews) else None
            wait = _first_after(answers, start, following)
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


def statistics(store: Store) -> dict[str, Any]:
    """Response statistics over every application in the database."""
    from sqlalchemy import select

    from afterview.store.models import Application, Contact, Round

    with store.read() as session:
        apps = session.execute(select(Application.id, Application.timezone,
                                      Application.company_size, Application.stage)).all()
        rounds = session.execute(select(Round.application_id, Round.interview_at,
                                        Round.format)).all()
        contacts = session.execute(select(Contact.application_id, Contact.at_utc,
                                          Contact.direction, Contact.channel,
                                          Contact.purpose)).all()
    return compute([tuple(a) for a in apps], [tuple(r) for r in rounds],  # type: ignore[misc]
                   [tuple(c) for c in contacts])  # type: ignore[misc]
