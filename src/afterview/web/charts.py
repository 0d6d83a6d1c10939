"""Small bar charts drawn on the server as SVG: no script, no CDN, fine under a strict CSP."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Bar:
    """One bar: its label, length as a share of the widest (0–1), and the text beside it."""

    label: str
    share: float
    text: str
    y: int


@dataclass(frozen=True)
class BarChart:
    """A horizontal bar chart's geometry; ``_chart.html`` draws it."""

    title: str
    bars: tuple[Bar, ...]
    width: int = 560
    label_width: int = 130
    bar_height: int = 22
    gap: int = 10

    @property
    def height(self) -> int:
        return max(1, len(self.bars)) * (self.bar_height + self.gap) + self.gap

    @property
    def track(self) -> int:
        """Room for the bars between the labels and the value text."""
        return self.width - self.label_width - 110


def rate_chart(title: str, rows: list[dict[str, Any]], key: str, count_key: str) -> BarChart:
    """Response rate per group (``rows`` from the store's statistics)."""
    from afterview.web.templating import words

    bars = []
    for i, row in enumerate(rows):
        rate = row.get("response_rate") or 0.0
        bars.append(Bar(label=words(row[key]), share=float(rate),
                        text=f"{round(rate * 100)}% of {row[count_key]}", y=i))
    return BarChart(title=title, bars=tuple(bars))


def days_chart(title: str, rows: list[dict[str, Any]], key: str) -> BarChart:
    """Median days to an answer per group (groups with no answer are left out)."""
    from afterview.web.templating import words

    answered = [r for r in rows if r.get("median_days") is not None]
    longest = max((float(r["median_days"]) for r in answered), default=0.0) or 1.0
    bars = tuple(Bar(label=words(r[key]), share=float(r["median_days"]) / longest,
                     text=f"{r['median_days']} days", y=i) for i, r in enumerate(answered))
    return BarChart(title=title, bars=bars)
