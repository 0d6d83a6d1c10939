"""Benchmark: how long a writer waits behind a large import (target: under a second).

Imports ``--applications`` applications (each with its round, two people and a stage
entry: about five rows each) into a fresh SQLite file while another process adds an
application every 50 ms, and prints the import's rate and the
writer's longest and median wait. Before imports were written in batches the writer waited
for the whole import (24.6 s behind 100,000 rows).

    .venv/bin/python bench/import.py [--applications 20000]
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from afterview.store import tracker
from afterview.store.database import open_store
from afterview.store.importing import import_records

NOW = datetime(2026, 3, 12, 15, tzinfo=UTC)
TARGET_S = 1.0


def record(i: int) -> dict[str, Any]:
    return {"company": f"Company {i}", "position": "Analyst", "timezone": "America/New_York",
            "interview_at": "2026-03-10T10:00", "deadline": "2026-03-13",
            "people": [{"name": "Dana Whitfield", "role": "interviewer"},
                       {"name": "Sam Ortega", "role": "recruiter", "primary": True}]}


def write_meanwhile(url: str, done: Any, results: Any) -> None:
    """Add an application every 50 ms until ``done``; send back how long each write took."""
    other = open_store(url)
    waits: list[tuple[float, float]] = []
    while not done.is_set():
        start = time.perf_counter()
        tracker.add_application(other, record(-1), now=NOW)
        waits.append((time.time(), time.perf_counter() - start))
        time.sleep(0.05)
    other.close()
    results.put(waits)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--applications", type=int, default=20_000)
    count = parser.parse_args().applications
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        store = open_store(url)
        records = [record(i) for i in range(count)]
        done = multiprocessing.Event()
        results: multiprocessing.Queue[list[tuple[float, float]]] = multiprocessing.Queue()
        writer = multiprocessing.Process(target=write_meanwhile, args=(url, done, results))
        writer.start()
        time.sleep(1.0)  # the writer has opened the database
        start = time.perf_counter()
        commits: list[float] = []
        import_records(store, records, now=NOW,
                       progress=lambda _done, _total: commits.append(time.time()))
        elapsed = time.perf_counter() - start
        done.set()
        waits = results.get(timeout=60)
        writer.join()
        store.close()
    # while the batches are written the import holds the write lock off and on; before
    # that it only checks the file (no lock: any wait then is the machine being busy)
    writing = [wait for at, wait in waits if commits[0] - 1 <= at <= commits[-1]]
    longest = max(writing)
    print(f"import of {count:,} applications (~{count * 5:,} rows): {elapsed:.1f} s, "
          f"{count / elapsed:,.0f} applications/s, {len(commits)} batches")
    print(f"writer beside it while batches were written: {len(writing)} writes, longest "
          f"{longest * 1000:.0f} ms, median {statistics.median(writing) * 1000:.0f} ms "
          f"(target < {TARGET_S * 1000:.0f} ms: {longest / TARGET_S:.2f}x); longest over "
          f"the whole import {max(w for _, w in waits) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
