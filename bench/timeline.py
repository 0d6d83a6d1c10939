"""Benchmark: the timeline parser against dateparser's search_dates on the dev set.

Runs the shared development set, repeated to a few thousand messages, through
``parse_timeline`` and through ``dateparser.search.search_dates`` (with RELATIVE_BASE set to
the day the words were said), and prints each one's accuracy, the median microseconds per
message and the speed ratio. dateparser reads a message as the latest date it finds, or
none; it has no notion of a vague promise.

    .venv/bin/python bench/timeline.py [--messages 3000]

The parser is measured as installed: compiled by mypyc when ``scripts/setup`` could build it
(see ``scripts/native.py``), plain Python otherwise. When it is compiled, a copy of the
plain-Python sources is timed too, in a child process, so both figures come from one run.
The two parsers take turns pass by pass over the set (see ``time_each``).
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import afterview.domain.timeline.tokens as timeline_tokens
from afterview.domain.timeline import parse_timeline

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "timeline-dev.tsv"
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


def accuracy(read: Callable[[Row], str], rows: list[Row]) -> float:
    return sum(read(row) == row["expected"] for row in rows) / len(rows)


def time_each(reads: list[Callable[[Row], str]], rows: list[Row], total: int) -> list[float]:
    """The median µs per message of each reader over ``total`` messages. The readers take
    turns pass by pass over ``rows``, so a machine that slows down or speeds up part-way
    through the run (shared hosts do) weighs on each of them alike, while each reader still
    runs warm through a whole pass (turns message by message would measure cold caches)."""
    times: list[list[float]] = [[] for _ in reads]
    clock = time.perf_counter_ns
    done = 0
    while done < total:
        batch = rows[: total - done]
        for read, spent in zip(reads, times, strict=True):
            for row in batch:
                start = clock()
                read(row)
                spent.append((clock() - start) / 1000)
        done += len(batch)
    return [statistics.median(spent) for spent in times]


COMPILED = Path(timeline_tokens.__file__ or "").suffix in {".so", ".pyd"}
SRC = Path(__file__).resolve().parents[1] / "src"


def plain_median(args: argparse.Namespace) -> float:
    """The median µs per message of the plain-Python parser, timed in a child process."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(SRC, Path(tmp) / "src", ignore=shutil.ignore_patterns("*.so", "*.pyd"))
        run = subprocess.run(
            [sys.executable, __file__, "--ours-only", "--messages", str(args.messages),
             "--data", str(args.data)],
            env={**os.environ, "PYTHONPATH": str(Path(tmp) / "src")},
            capture_output=True, text=True, check=True,
        )
    return float(run.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--ours-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    with args.data.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    if args.ours_only:  # the child process of plain_median
        for row in rows[:5]:
            ours(row)
        print(time_each([ours], rows, args.messages)[0])
        return
    warnings.simplefilter("ignore")  # dateparser warns about its own time zone handling
    read_peer = peer()
    for row in rows[:5]:  # warm both: imports, holiday tables, dateparser's language data
        ours(row)
        read_peer(row)
    our_exact, peer_exact = accuracy(ours, rows), accuracy(read_peer, rows)
    our_us, peer_us = time_each([ours, read_peer], rows, args.messages)
    plain_us = plain_median(args) if COMPILED else our_us
    build = "compiled with mypyc" if COMPILED else "plain Python"
    print(f"messages timed:   {args.messages} ({len(rows)} distinct)")
    print(f"parse_timeline:   accuracy {our_exact:6.1%}   median {our_us:8.1f} µs/message"
          f"   ({build}, as installed)")
    if COMPILED:
        print(f"  plain Python:                     median {plain_us:8.1f} µs/message")
    print(f"dateparser:       accuracy {peer_exact:6.1%}   median {peer_us:8.1f} µs/message")
    print(f"speed ratio:      {peer_us / our_us:.1f}× faster than dateparser"
          + (f" (plain Python: {peer_us / plain_us:.1f}×)" if COMPILED else ""))


if __name__ == "__main__":
    main()
