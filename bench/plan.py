"""Plans per second for 100,000 varied scenarios on one core.

Target: at least 20,000 plans/s. Run: .venv/bin/python bench/plan.py [N]
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

from afterview import plan_followups
from afterview.domain.scenario import FORMATS, PROCESS_LENGTHS, SCHEDULED_VIA, STYLES, TONES

TARGET = 20_000
PLACES = [("America/New_York", "US", None), ("Europe/London", "GB", None),
          ("America/Chicago", "US", "TX"), ("Europe/London", "GB", "ENG"),
          ("America/Los_Angeles", "US", "CA"), ("Europe/Berlin", "DE", "BY")]


def scenarios(n: int, seed: int = 7) -> list[dict[str, object]]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        tz, country, subdivision = rnd.choice(PLACES)
        day = date(2026, 1, 1) + timedelta(days=rnd.randrange(3 * 365))
        deadline = rnd.choice(["NONE", "VAGUE", (day + timedelta(days=rnd.randrange(-5, 30))
                                                 ).isoformat()])
        out.append({
            "interview_at": f"{day}T{rnd.randrange(8, 18):02d}:{rnd.choice(['00', '30'])}",
            "duration_min": rnd.choice([30, 45, 60, 90]), "timezone": tz, "country": country,
            "subdivision": subdivision, "deadline": deadline,
            "invited_to_call": rnd.random() < 0.2, "traditional_industry": rnd.random() < 0.2,
            "scheduled_via": rnd.choice(SCHEDULED_VIA), "format": rnd.choice(FORMATS),
            "tone": rnd.choice(TONES), "style": rnd.choice(STYLES),
            "process_length": rnd.choice(PROCESS_LENGTHS), "final_followup": rnd.random() < 0.7,
        })
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    data = scenarios(n)
    for s in data[:2000]:  # load each calendar's years once, as a long-running process would
        plan_followups(s)
    start = time.perf_counter()
    for s in data:
        plan_followups(s)
    elapsed = time.perf_counter() - start
    rate = n / elapsed
    print(f"plan_followups: {n:,} scenarios in {elapsed:.2f} s = {rate:,.0f} plans/s "
          f"({elapsed / n * 1e6:.1f} µs each)")
    print(f"target {TARGET:,} plans/s: ratio {rate / TARGET:.2f}x "
          f"({'met' if rate >= TARGET else 'NOT met'})")
    start = time.perf_counter()
    for s in data[:20_000]:
        plan_followups(s).to_dict()
    per = (time.perf_counter() - start) / 20_000
    print(f"with to_dict(): {1 / per:,.0f} plans/s")


if __name__ == "__main__":
    main()
