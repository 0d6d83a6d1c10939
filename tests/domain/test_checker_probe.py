"""The draft checker on an independent probe set (tests/data/drafts-probe.jsonl).

The probe set uses writers, wording, companies and industries that are not in the shared
dev set, labelled only from shared/data/drafts-labeling.md, to estimate how the checker
generalises to the held-out acceptance set. The report is tests/data/drafts-probe-report.md.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from afterview import check_draft

PROBE = Path(__file__).resolve().parent.parent / "data" / "drafts-probe.jsonl"

LABELED = {
    "no-self-intro", "no-position", "no-interview-date", "no-specific-topic", "no-gratitude",
    "no-interest", "no-status-question", "complains-about-wait", "asks-if-hired",
    "questions-delay", "mentions-other-candidates", "desperate-tone", "too-long",
    "placeholder-left", "spelling", "too-informal", "wrong-name",
}  # grammar is not labelled (drafts-labeling.md)


def _rows() -> list[dict]:
    with PROBE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_probe_set_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 80
    assert len({r["id"] for r in rows}) == len(rows)
    labels = Counter(label for r in rows for label in r["labels"])
    assert set(labels) <= LABELED
    assert all(labels[rule] >= 5 for rule in LABELED), labels


def test_probe_set_micro_f1() -> None:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    misses: list[str] = []
    for row in _rows():
        found = check_draft(row["text"], kind=row["kind"], interview=row["interview"])
        predicted = {f.rule for f in found} & LABELED
        gold = set(row["labels"])
        tp.update(predicted & gold)
        fp.update(predicted - gold)
        fn.update(gold - predicted)
        misses += [f"{row['id']} false {r}" for r in sorted(predicted - gold)]
        misses += [f"{row['id']} missed {r}" for r in sorted(gold - predicted)]
    lines = ["rule                          prec  recall   tp  fp  fn"]
    for rule in sorted(LABELED):
        t, p, n = tp[rule], fp[rule], fn[rule]
        precision = t / (t + p) if t + p else 1.0
        recall = t / (t + n) if t + n else 1.0
        lines.append(f"{rule:28} {precision:5.2f} {recall:7.2f} {t:4} {p:3} {n:3}")
    total_tp, total_fp, total_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    micro_f1 = 2 * total_tp / (2 * total_tp + total_fp + total_fn)
    lines.append(f"micro-F1 {micro_f1:.3f}")
    print("\n" + "\n".join(lines + misses))
    assert micro_f1 >= 0.90, misses
