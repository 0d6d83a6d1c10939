"""parse_timeline on independent probe sets (tests/data/timeline-probe*.tsv).

Each set was written by a separate evaluator from RULES.md §1–2 only, with wording unlike
the dev set; expected answers were computed with datetime and the `holidays` package.
Every row runs on its own, and each whole set must be at least 95 % exact (deadline;
VAGUE = vague and no deadline; NONE = neither). Reports: tests/data/timeline-probe*-report.md.
"""

from __future__ import annotations

import csv
from datetime import date

import pytest

from afterview import parse_timeline
from tests.paths import ROOT

SETS = {"timeline-probe": 200, "timeline-probe2": 200, "timeline-probe3": 160,
        "timeline-probe4": 250, "timeline-probe5": 220, "timeline-probe6": 340,
        "timeline-probe7": 350, "timeline-probe8": 250, "timeline-probe9": 330,
        "timeline-probe10": 340, "timeline-probe11": 400, "timeline-probe12": 340,
        "timeline-probe13": 260, "timeline-probe14": 250}


def _rows(name: str) -> list[dict[str, str]]:
    with (ROOT / "tests" / "data" / f"{name}.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _outcome(row: dict[str, str]) -> str:
    text = row["text"].replace("\\n", "\n")  # line breaks are stored as a literal \n
    result = parse_timeline(
        text, said_on=date.fromisoformat(row["said_on"]), country=row["country"]
    )
    if result.deadline is not None:
        return result.deadline.isoformat()
    return "VAGUE" if result.vague else "NONE"


@pytest.mark.parametrize("name", SETS)
def test_probe_set_is_well_formed(name: str) -> None:
    rows = _rows(name)
    assert len(rows) >= SETS[name]
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert row["country"] in {"US", "GB"}, row["id"]
        date.fromisoformat(row["said_on"])
        if row["expected"] not in {"VAGUE", "NONE"}:
            date.fromisoformat(row["expected"])


@pytest.mark.parametrize("name", SETS)
def test_probe_set_is_at_least_95_percent_exact(name: str) -> None:
    rows = _rows(name)
    misses = [(row["id"], row["text"], row["expected"], _outcome(row))
              for row in rows if _outcome(row) != row["expected"]]
    exact = 1 - len(misses) / len(rows)
    assert exact >= 0.95, (f"{exact:.3f}", misses)


@pytest.mark.parametrize(
    "row", [row for name in SETS for row in _rows(name)], ids=lambda row: row["id"]
)
def test_probe_row(row: dict[str, str]) -> None:
    assert _outcome(row) == row["expected"], row["text"]
