"""Third independent probe of parse_timeline (tests/data/timeline-probe3.tsv).

Written by a separate evaluator from RULES.md §1-2 only, with wording unlike the dev set;
expected answers were computed with datetime and the `holidays` package. The whole set
must be at least 95 % exact (deadline; VAGUE = vague and no deadline; NONE = neither).
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from afterview import parse_timeline

PROBE = Path(__file__).resolve().parent.parent / "data" / "timeline-probe3.tsv"


def _rows() -> list[dict[str, str]]:
    with PROBE.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _outcome(row: dict[str, str]) -> str:
    result = parse_timeline(
        row["text"], said_on=date.fromisoformat(row["said_on"]), country=row["country"]
    )
    if result.deadline is not None:
        return result.deadline.isoformat()
    return "VAGUE" if result.vague else "NONE"


def test_probe3_is_at_least_95_percent_exact() -> None:
    rows = _rows()
    assert len(rows) >= 169
    misses = [(row["id"], row["text"], row["expected"], _outcome(row))
              for row in rows if _outcome(row) != row["expected"]]
    exact = 1 - len(misses) / len(rows)
    assert exact >= 0.95, (f"{exact:.3f}", misses)
