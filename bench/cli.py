"""Whole-command timings on a large tracker: ``afterview --help`` and ``afterview today``.

Builds a SQLite database of 100,000 applications and 1,000,000 contacts (bulk insert), then
times each command as a fresh process, next to ``python -c pass`` measured in the same
run. Targets: ``--help`` under 150 ms, ``today`` under 300 ms.

Run: .venv/bin/python bench/cli.py [APPLICATIONS] [CONTACTS_PER_APPLICATION] [RUNS]
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from afterview.store.database import open_store
from afterview.store.vocabulary import FORMATS, SCHEDULED_VIA, TONES

TARGETS_MS = {"afterview --help": 150, "afterview today": 300}
COMPANIES = ["Harborline", "Northwind", "Cobalt Ridge", "Brightloop", "Quillstone", "Meridian",
             "Fernwood", "Granite", "Alder", "Bluefin", "Cedar", "Driftwood"]
POSITIONS = ["Data Analyst", "Product Manager", "Frontend Engineer", "Risk Analyst", "Designer",
             "Operations Lead", "Controls Engineer", "Recruiter", "Editor", "Accountant"]
LIVE_DAYS = 45  # applications interviewed in the last 45 days are still live


def _plan_columns(interview: datetime, fmt: str, tone: str, via: str,
                  thanked: bool) -> dict[str, object]:
    """The stored plan dates of a live application, from the real planner."""
    from afterview.store import models
    from afterview.store.planning import store_plan

    app = models.Application(
        timezone="America/New_York", country="US", subdivision=None, style="balanced",
        process_length="normal", final_followup=True, traditional_industry=False,
        stage="awaiting")
    app.rounds.append(models.Round(number=1, interview_at=interview, duration_min=60,
                                   format=fmt, tone=tone, scheduled_via=via,
                                   invited_to_call=False, deadline="NONE", timeline=None))
    if thanked:
        at = (interview + timedelta(hours=5)).replace(tzinfo=UTC)
        app.contacts.append(models.Contact(at_utc=at.replace(tzinfo=None), utc_offset_min=0,
                                           direction="outbound", channel="email",
                                           purpose="thank_you", outcome="sent", notes=""))
    store_plan(app)
    columns: dict[str, object] = {k: getattr(app, k) for k in (
        "plan_state", "thank_you_due_on", "status_earliest_on", "status_latest_on",
        "status_channel", "final_on", "move_on_on", "next_due_on", "last_interview_at")}
    columns["steps"] = [(s.step, s.person_id, s.earliest_on, s.latest_on, s.expires_on,
                         s.channel, s.state) for s in app.due_steps]
    return columns


def build(path: Path, applications: int, per_app: int, today: date, seed: int = 11) -> None:
    """Create the schema through the store, then bulk-insert rows in one transaction."""
    open_store(f"sqlite:///{path}").close()
    rnd = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    apps, rounds, contacts, history = [], [], [], []
    steps: list[tuple[object, ...]] = []
    contact_id = 0
    for app_id in range(1, applications + 1):
        ago = rnd.randrange(1, 3 * 365)
        interview = datetime.combine(today - timedelta(days=ago),
                                     datetime.min.time()).replace(hour=rnd.randrange(9, 17))
        fmt, tone, via = rnd.choice(FORMATS), rnd.choice(TONES), rnd.choice(SCHEDULED_VIA)
        live = ago <= LIVE_DAYS
        stage = "awaiting" if live else rnd.choice(
            ["moved_on", "moved_on", "rejected", "rejected", "withdrawn", "offer"])
        plan: dict[str, object] = {"plan_state": None, "thank_you_due_on": None,
                                   "status_earliest_on": None, "status_latest_on": None,
                                   "status_channel": None, "final_on": None,
                                   "move_on_on": None, "next_due_on": None,
                                   "last_interview_at": interview}
        if live:
            plan = _plan_columns(interview, fmt, tone, via, thanked=rnd.random() < 0.8)
        apps.append((app_id, f"{rnd.choice(COMPANIES)} {app_id}", rnd.choice(POSITIONS), stage,
                     "US", None, "America/New_York", None, False, None, "balanced", "normal",
                     True, "", now, now, plan["last_interview_at"], plan["plan_state"],
                     plan["thank_you_due_on"], plan["status_earliest_on"],
                     plan["status_latest_on"], plan["status_channel"], plan["final_on"],
                     plan["move_on_on"], plan["next_due_on"]))
        for row in plan.get("steps") or []:  # type: ignore[attr-defined]
            steps.append((len(steps) + 1, app_id, *row))
        rounds.append((app_id, app_id, 1, interview, 60, fmt, tone, via, False, None, "NONE",
                       "[]", ""))
        history.append((app_id, app_id, stage, now, "bench"))
        for k in range(per_app):
            contact_id += 1
            at = interview + timedelta(days=k, hours=3)
            inbound = k % 4 == 3
            contacts.append((contact_id, app_id, at, 0, "inbound" if inbound else "outbound",
                             rnd.choice(["email", "call", "email", "text"]),
                             None if inbound else ("thank_you" if k == 0 else "status"),
                             "replied" if inbound else "sent", None, ""))
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(f"INSERT INTO applications VALUES ({', '.join('?' * 25)})", apps)
        conn.executemany(f"INSERT INTO rounds VALUES ({', '.join('?' * 13)})", rounds)
        conn.executemany(f"INSERT INTO stage_changes VALUES ({', '.join('?' * 5)})", history)
        conn.executemany(f"INSERT INTO contacts VALUES ({', '.join('?' * 10)})", contacts)
        conn.executemany(f"INSERT INTO due_steps VALUES ({', '.join('?' * 9)})", steps)
    conn.execute("ANALYZE")
    conn.close()


def _adapt_sqlite() -> None:
    """Store dates the way SQLAlchemy does on SQLite (ISO text)."""
    sqlite3.register_adapter(date, lambda d: d.isoformat())
    sqlite3.register_adapter(datetime, lambda d: d.isoformat(sep=" "))


def timed(command: list[str], runs: int) -> list[float]:
    """Wall times in milliseconds of ``runs`` fresh processes (after one warm-up run)."""
    subprocess.run(command, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    applications = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    per_app = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    _adapt_sqlite()
    today = datetime.now(UTC).astimezone().date()
    afterview = str(Path(sys.executable).with_name("afterview"))
    with tempfile.TemporaryDirectory(prefix="afterview-bench-") as folder:
        db = Path(folder) / "bench.db"
        start = time.perf_counter()
        build(db, applications, per_app, today)
        built = time.perf_counter() - start
        size = db.stat().st_size / 1e6
        print(f"built {applications:,} applications and {applications * per_app:,} contacts "
              f"in {built:.1f} s ({size:.0f} MB)")
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "afterview --help": [afterview, "--help"],
            "afterview today": [afterview, "--db", str(db), "today"],
            "afterview today --json": [afterview, "--db", str(db), "today", "--json"],
            "afterview list --due today --limit 20": [afterview, "--db", str(db), "list",
                                                      "--due", "today", "--limit", "20"],
        }
        results = {name: timed(cmd, runs) for name, cmd in commands.items()}
    baseline = statistics.median(results["python -c pass"])
    print(f"{'command':40} {'median ms':>10} {'min ms':>8} {'× python':>9} {'target':>8}")
    failed = False
    for name, times in results.items():
        med = statistics.median(times)
        target = TARGETS_MS.get(name)
        verdict = "" if target is None else (f"<{target} " + ("ok" if med < target else "MISS"))
        failed |= target is not None and med >= target
        print(f"{name:40} {med:10.0f} {min(times):8.0f} {med / baseline:9.1f} {verdict:>8}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
