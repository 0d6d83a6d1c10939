"""Independent probe set of employer timelines (tests/data/timeline-probe.tsv).

Written from RULES.md §1-2 only, with wording unlike the shared dev set, to estimate how the
parser generalises to the held-out acceptance set. The report beside the data lists every
miss and the rule it exercises. Line breaks in whole messages are written as a literal
backslash-n, as they would arrive from a one-line-per-record file.
"""

from __future__ import annotations

import csv
from datetime import date

import pytest

from afterview.domain.timeline import parse_timeline
from tests.paths import ROOT

PROBE = ROOT / "tests" / "data" / "timeline-probe.tsv"


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


def test_probe_set_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 200
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert row["country"] in {"US", "GB"}, row["id"]
        date.fromisoformat(row["said_on"])
        if row["expected"] not in {"VAGUE", "NONE"}:
            date.fromisoformat(row["expected"])


def test_probe_set_is_at_least_95_percent_exact() -> None:
    rows = _rows()
    misses = [(row["id"], row["text"], row["expected"], _outcome(row))
              for row in rows if _outcome(row) != row["expected"]]
    exact = 1 - len(misses) / len(rows)
    assert exact >= 0.95, (f"{exact:.3f}", misses)


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["id"])
def test_probe_row(row: dict[str, str]) -> None:
    assert _outcome(row) == row["expected"], row["text"]
