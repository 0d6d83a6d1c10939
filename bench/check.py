"""Benchmark: the draft checker against proselint on the same drafts, in the same run.

Runs the shared development set of drafts, repeated to a few thousand, through
``check_draft`` with the spelling and grammar engine, without it, and through proselint
(its default checks), and prints drafts per second for each and the ratios. The engines
are loaded (and one pass made) before timing, as a long-running process would.

    .venv/bin/python bench/check.py [--drafts 2000]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from afterview.domain.checker import check_draft

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "drafts-dev.jsonl"
Draft = dict[str, Any]


def rate(label: str, drafts: list[Draft], run: Callable[[Draft], object]) -> float:
    """Drafts per second for ``run`` over ``drafts``: the best of three timed passes after
    an untimed warm-up, as ``timeit`` reports (the best run is the least disturbed)."""
    for draft in drafts[:100]:
        run(draft)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for draft in drafts:
            run(draft)
        best = min(best, time.perf_counter() - start)
    per_second = len(drafts) / best
    print(f"{label:42} {per_second:10,.0f} drafts/s")
    return per_second


def proselint_runner() -> Callable[[Draft], object]:
    from proselint.checks import __register__
    from proselint.tools import CheckRegistry, LintFile

    CheckRegistry().register_many(__register__)
    return lambda d: LintFile("<draft>", d["text"]).lint()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=2000, help="drafts per measurement")
    args = parser.parse_args()
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    drafts = (rows * (args.drafts // len(rows) + 1))[: args.drafts]
    print(f"{len(drafts)} drafts ({len(rows)} distinct, repeated)")

    def full(d: Draft) -> object:
        return check_draft(d["text"], kind=d["kind"], interview=d["interview"])

    def rules_only(d: Draft) -> object:
        return check_draft(d["text"], kind=d["kind"], interview=d["interview"], spelling=False)

    with_engine = rate("check_draft, with spelling and grammar", drafts, full)
    without = rate("check_draft, without spelling and grammar", drafts, rules_only)
    peer = rate("proselint (default checks)", drafts, proselint_runner())
    print(f"targets: >= 200 drafts/s with spelling, >= 2,000 without: "
          f"{'met' if with_engine >= 200 and without >= 2000 else 'NOT met'}")
    print(f"ratio with spelling / proselint:    {with_engine / peer:6.2f}x")
    print(f"ratio without spelling / proselint: {without / peer:6.2f}x")


if __name__ == "__main__":
    main()
