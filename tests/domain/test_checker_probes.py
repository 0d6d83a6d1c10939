"""The draft checker on independent probe sets (tests/data/drafts-probe*.jsonl).

Each set was written by a separate evaluator from shared/data/drafts-labeling.md only, with
writers, wording and companies unlike the dev set, to estimate how the checker generalises
to the held-out acceptance set. Reports: tests/data/drafts-probe*-report.md.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from afterview import check_draft
from tests.paths import ROOT

LABELED = {
    "no-self-intro", "no-position", "no-interview-date", "no-specific-topic", "no-gratitude",
    "no-interest", "no-status-question", "complains-about-wait", "asks-if-hired",
    "questions-delay", "mentions-other-candidates", "desperate-tone", "too-long",
    "placeholder-left", "spelling", "too-informal", "wrong-name",
}  # grammar is not labelled (drafts-labeling.md)

# set name -> (at least this many drafts, each rule labelled at least this often)
SETS = {"drafts-probe": (80, 5), "drafts-probe2": (100, 5), "drafts-probe3": (80, 4),
        "drafts-probe4": (100, 5), "drafts-probe5": (100, 5), "drafts-probe6": (110, 5),
        "drafts-probe7": (120, 5), "drafts-probe8": (100, 5)}


def _rows(name: str) -> list[dict[str, Any]]:
    with (ROOT / "tests" / "data" / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.mark.parametrize("name", SETS)
def test_probe_set_is_well_formed(name: str) -> None:
    rows = _rows(name)
    least_rows, least_labels = SETS[name]
    assert len(rows) >= least_rows
    assert len({r["id"] for r in rows}) == len(rows)
    labels = Counter(label for r in rows for label in r["labels"])
    assert set(labels) <= LABELED
    assert all(labels[rule] >= least_labels for rule in LABELED), labels


@pytest.mark.parametrize("name", SETS)
def test_probe_set_micro_f1(name: str) -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    misses: list[str] = []
    for row in _rows(name):
        found = check_draft(row["text"], kind=row["kind"], interview=row["interview"])
        predicted = {f.rule for f in found} & LABELED
        gold = set(row["labels"])
        tp.update(predicted & gold)
        fp.update(predicted - gold)
        fn.update(gold - predicted)
        misses += [f"{row['id']} false {r}" for r in sorted(predicted - gold)]
        misses += [f"{row['id']} missed {r}" for r in sorted(gold - predicted)]
    table = ["rule                          prec  recall   tp  fp  fn"]
    for rule in sorted(LABELED):
        t, p, n = tp[rule], fp[rule], fn[rule]
        precision = t / (t + p) if t + p else 1.0
        recall = t / (t + n) if t + n else 1.0
        table.append(f"{rule:28} {precision:5.2f} {recall:7.2f} {t:4} {p:3} {n:3}")
    total_tp, total_fp, total_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    micro_f1 = 2 * total_tp / (2 * total_tp + total_fp + total_fn)
    table.append(f"{name} micro-F1 {micro_f1:.3f}")
    print("\n" + "\n".join(table + misses))
    assert micro_f1 >= 0.90, misses
