"""The shared development set of employer timelines, run whole, with its accuracy."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from afterview.domain.timeline import parse_timeline
from tests.paths import DATA

DEV = DATA / "timeline-dev.tsv"


def _rows() -> list[dict[str, str]]:
    with DEV.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _outcome(row: dict[str, str]) -> str:
    result = parse_timeline(
        row["text"], said_on=date.fromisoformat(row["said_on"]), country=row["country"]
    )
    if result.deadline is not None:
        return result.deadline.isoformat()
    return "VAGUE" if result.vague else "NONE"


def test_dev_set_is_at_least_98_percent_exact() -> None:
    rows = _rows()
    misses = [(row["id"], row["text"], row["expected"], _outcome(row))
              for row in rows if _outcome(row) != row["expected"]]
    exact = 1 - len(misses) / len(rows)
    assert exact >= 0.98, misses


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["id"])
def test_dev_row(row: dict[str, str]) -> None:
    assert _outcome(row) == row["expected"], row["text"]
