"""Benchmark: the timeline parser against dateparser's search_dates on the dev set.

Runs the shared development set, repeated to a few thousand messages, through
``parse_timeline`` and through ``dateparser.search.search_dates`` (with RELATIVE_BASE set to
the day the words were said), and prints each one's accuracy, the median microseconds per
message and the speed ratio. dateparser reads a message as the latest date it finds, or
none; it has no notion of a vague promise.

    .venv/bin/python bench/timeline.py [--messages 3000]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from afterview.domain.timeline import parse_timeline

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "timeline-dev.tsv"
Row = dict[str, str]


def ours(row: Row) -> str:
    said_on = date.fromisoformat(row["said_on"])
    result = parse_timeline(row["text"], said_on=said_on, country=row["country"])
    if result.deadline is not None:
        return result.deadline.isoformat()
    return "VAGUE" if result.vague else "NONE"


def peer() -> Callable[[Row], str]:
    from dateparser.search import search_dates

    def read(row: Row) -> str:
        said_on = date.fromisoformat(row["said_on"])
        settings = {
            "RELATIVE_BASE": datetime(said_on.year, said_on.month, said_on.day),
            "PREFER_DATES_FROM": "future",
            "DATE_ORDER": "MDY" if row["country"] == "US" else "DMY",
        }
        found = search_dates(row["text"], languages=["en"], settings=settings)
        if not found:
            return "NONE"
        return max(moment.date() for _, moment in found).isoformat()

    return read


def measure(read: Callable[[Row], str], rows: list[Row], total: int) -> tuple[float, float]:
    """Accuracy over the dev set, and the median µs per message over ``total`` messages."""
    exact = sum(read(row) == row["expected"] for row in rows) / len(rows)
    times = []
    for k in range(total):
        row = rows[k % len(rows)]
        start = time.perf_counter_ns()
        read(row)
        times.append((time.perf_counter_ns() - start) / 1000)
    return exact, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    with args.data.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    warnings.simplefilter("ignore")  # dateparser warns about its own time zone handling
    read_peer = peer()
    for row in rows[:5]:  # warm both: imports, holiday tables, dateparser's language data
        ours(row)
        read_peer(row)
    our_exact, our_us = measure(ours, rows, args.messages)
    peer_exact, peer_us = measure(read_peer, rows, args.messages)
    print(f"messages timed:   {args.messages} ({len(rows)} distinct)")
    print(f"parse_timeline:   accuracy {our_exact:6.1%}   median {our_us:8.1f} µs/message")
    print(f"dateparser:       accuracy {peer_exact:6.1%}   median {peer_us:8.1f} µs/message")
    print(f"speed ratio:      {peer_us / our_us:.1f}× faster than dateparser")


if __name__ == "__main__":
    main()
