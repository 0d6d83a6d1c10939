"""The draft checker on the development set: micro-F1 and every rule's P/R."""

from __future__ import annotations

from collections import Counter

from afterview import check_draft
from tests.paths import jsonl

LABELED = {
    "no-self-intro", "no-position", "no-interview-date", "no-specific-topic", "no-gratitude",
    "no-interest", "no-status-question", "complains-about-wait", "asks-if-hired",
    "questions-delay", "mentions-other-candidates", "desperate-tone", "too-long",
    "placeholder-left", "spelling", "too-informal", "wrong-name",
}  # grammar is not labeled (drafts-labeling.md)


def _score() -> tuple[Counter[str], Counter[str], Counter[str], list[str]]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    misses: list[str] = []
    for row in jsonl("drafts-dev.jsonl"):
        found = check_draft(row["text"], kind=row["kind"], interview=row["interview"])
        predicted = {f.rule for f in found} & LABELED
        gold = set(row["labels"])
        tp.update(predicted & gold)
        fp.update(predicted - gold)
        fn.update(gold - predicted)
        misses += [f"{row['id']} false {r}" for r in predicted - gold]
        misses += [f"{row['id']} missed {r}" for r in gold - predicted]
    return tp, fp, fn, misses


def test_dev_set_scores() -> None:
    tp, fp, fn, misses = _score()
    rows = ["rule                          prec  recall   tp  fp  fn"]
    low: list[str] = []
    for rule in sorted(LABELED):
        t, p, n = tp[rule], fp[rule], fn[rule]
        precision = t / (t + p) if t + p else 1.0
        recall = t / (t + n) if t + n else 1.0
        rows.append(f"{rule:28} {precision:5.2f} {recall:7.2f} {t:4} {p:3} {n:3}")
        if precision < 0.80 or recall < 0.80:
            low.append(rule)
    total_tp, total_fp, total_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    micro_f1 = 2 * total_tp / (2 * total_tp + total_fp + total_fn)
    rows.append(f"micro-F1 {micro_f1:.3f}")
    print("\n" + "\n".join(rows + misses))
    assert micro_f1 >= 0.90, misses
    assert not low, f"rules under 0.80 precision or recall: {low}; {misses}"
