"""Small bar charts drawn on the server: page text for the labels, an SVG bar for each
length; no script, no CDN, fine under a strict CSP."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from afterview.labels import label


@dataclass(frozen=True)
class Bar:
    """One bar: its label, length as a share of the widest (0–1), and the text beside it."""

    label: str
    share: float
    text: str
    y: int


@dataclass(frozen=True)
class BarChart:
    """A horizontal bar chart, one row a bar; ``_chart.html`` draws it."""

    title: str
    bars: tuple[Bar, ...]


def rate_chart(title: str, rows: list[dict[str, Any]], key: str, count_key: str) -> BarChart:
    """Response rate per group (``rows`` from the store's statistics)."""
    bars = []
    for i, row in enumerate(rows):
        rate = row.get("response_rate") or 0.0
        bars.append(Bar(label=label(key, row[key]), share=float(rate),
                        text=f"{round(rate * 100)}% of {row[count_key]}", y=i))
    return BarChart(title=title, bars=tuple(bars))


def days_chart(title: str, rows: list[dict[str, Any]], key: str) -> BarChart:
    """Median days to an answer per group (groups with no answer are left out)."""
    answered = [r for r in rows if r.get("median_days") is not None]
    longest = max((float(r["median_days"]) for r in answered), default=0.0) or 1.0
    bars = tuple(Bar(label=label(key, r[key]), share=float(r["median_days"]) / longest,
                     text=f"{r['median_days']} days", y=i) for i, r in enumerate(answered))
    return BarChart(title=title, bars=bars)
