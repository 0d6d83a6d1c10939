"""The draft checker on a third independent probe set (new writer, wording, companies): F1."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from afterview import check_draft

PROBE = Path(__file__).resolve().parent.parent / "data" / "drafts-probe3.jsonl"

LABELED = {
    "no-self-intro", "no-position", "no-interview-date", "no-specific-topic", "no-gratitude",
    "no-interest", "no-status-question", "complains-about-wait", "asks-if-hired",
    "questions-delay", "mentions-other-candidates", "desperate-tone", "too-long",
    "placeholder-left", "spelling", "too-informal", "wrong-name",
}  # grammar is not labeled (drafts-labeling.md)


def _rows() -> list[dict]:
    with PROBE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_probe3_labels_are_known_rules() -> None:
    for row in _rows():
        assert set(row["labels"]) <= LABELED, row["id"]


def test_probe3_scores() -> None:
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
    rows = ["rule                          prec  recall   tp  fp  fn"]
    for rule in sorted(LABELED):
        t, p, n = tp[rule], fp[rule], fn[rule]
        precision = t / (t + p) if t + p else 1.0
        recall = t / (t + n) if t + n else 1.0
        rows.append(f"{rule:28} {precision:5.2f} {recall:7.2f} {t:4} {p:3} {n:3}")
    total_tp, total_fp, total_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    micro_f1 = 2 * total_tp / (2 * total_tp + total_fp + total_fn)
    rows.append(f"micro-F1 {micro_f1:.3f}")
    print("\n" + "\n".join(rows + misses))
    assert micro_f1 >= 0.90, misses
