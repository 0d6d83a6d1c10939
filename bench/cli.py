"""Whole-command timings on a large tracker: every read command, the writes and ``--help``.

Builds a SQLite database of 100,000 applications and 1,000,000 contacts (bulk insert), then
times each command as a fresh process (median wall time and peak memory), next to
``python -c pass`` and ``sqlite-utils rows`` reading the same table (a Python CLI over
SQLite, the nearest peer), all in the same run, and prints each ratio. Targets (issue 18):
reads under 100 ms and 40 MB, writes under 150 ms, ``--help`` under 50 ms.

Run: .venv/bin/python bench/cli.py [APPLICATIONS] [CONTACTS_PER_APPLICATION] [RUNS]
(with ``AFTERVIEW_BENCH_DB=FILE`` the database is kept in FILE and reused by later runs)
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from afterview.store.database import open_store
from afterview.store.vocabulary import FORMATS, SCHEDULED_VIA, TONES

READ_MS, WRITE_MS, HELP_MS, READ_MB = 100, 150, 50, 40
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
                     plan["move_on_on"], plan["next_due_on"],
                     str(uuid.UUID(int=rnd.getrandbits(128)))))
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
                             "replied" if inbound else "sent", None, "",
                             str(uuid.UUID(int=rnd.getrandbits(128)))))
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(f"INSERT INTO applications VALUES ({', '.join('?' * 26)})", apps)
        conn.executemany(f"INSERT INTO rounds VALUES ({', '.join('?' * 13)})", rounds)
        conn.executemany(f"INSERT INTO stage_changes VALUES ({', '.join('?' * 5)})", history)
        conn.executemany(f"INSERT INTO contacts VALUES ({', '.join('?' * 11)})", contacts)
        conn.executemany(f"INSERT INTO due_steps VALUES ({', '.join('?' * 9)})", steps)
    conn.execute("ANALYZE")
    conn.close()


def _adapt_sqlite() -> None:
    """Store dates the way SQLAlchemy does on SQLite (ISO text)."""
    sqlite3.register_adapter(date, lambda d: d.isoformat())
    sqlite3.register_adapter(datetime, lambda d: d.isoformat(sep=" "))


# Runs one command and reports its wall time and peak memory. A small process of its own
# starts it, because a child's peak memory counts what it inherited from its parent before
# exec: started from this bench (which holds the built rows) every command would read ~400 MB.
_RUNNER = """
import os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    fd = os.open(os.devnull, os.O_WRONLY)
    os.dup2(fd, 1)
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print((time.perf_counter() - start) * 1000, usage.ru_maxrss / 1024,
      os.waitstatus_to_exitcode(status))
"""


def timed(command: list[str], runs: int) -> tuple[list[float], float]:
    """Wall times in milliseconds of ``runs`` fresh processes (after one warm-up run), and
    the largest peak memory (MB) among them."""
    subprocess.run(command, check=True, capture_output=True)
    times, peak = [], 0.0
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-S", "-c", _RUNNER, *command], check=True,
                              capture_output=True, text=True)
        wall, memory, code = proc.stdout.split()
        if code != "0":
            raise SystemExit(f"{' '.join(command)} failed ({code}): {proc.stderr}")
        times.append(float(wall))
        peak = max(peak, float(memory))
    return times, peak


def _commands(afterview: str, db: Path, live: int) -> dict[str, tuple[list[str], str]]:
    """name -> (argv, kind); kind is ``peer``, ``read``, ``write`` or ``help``."""
    av = [afterview, "--db", str(db)]
    sid = str(live)
    return {
        "python -c pass": ([sys.executable, "-c", "pass"], "peer"),
        "sqlite-utils rows applications --limit 20": (
            [str(Path(sys.executable).with_name("sqlite-utils")), "rows", str(db),
             "applications", "--limit", "20"], "peer"),
        "afterview --help": ([afterview, "--help"], "help"),
        "afterview show --help": ([afterview, "show", "--help"], "help"),
        "afterview add --help": ([afterview, "add", "--help"], "help"),
        "afterview today": ([*av, "today"], "read"),
        "afterview today --json": ([*av, "today", "--json"], "read"),
        "afterview list --limit 20": ([*av, "list", "--limit", "20"], "read"),
        "afterview list --due today --limit 20": ([*av, "list", "--due", "today", "--limit",
                                                   "20"], "read"),
        f"afterview show {sid}": ([*av, "show", sid], "read"),
        f"afterview show {sid} --json": ([*av, "show", sid, "--json"], "read"),
        f"afterview plan {sid}": ([*av, "plan", sid], "read"),
        "afterview stats": ([*av, "stats"], "read"),
        "afterview timeline": ([afterview, "timeline", "We'll decide by Friday"], "read"),
        f"afterview export --interview {sid}": ([*av, "export", "--interview", sid], "read"),
        "afterview policy": ([afterview, "policy"], "read"),
        "afterview profile": ([afterview, "profile"], "read"),
        f"afterview log {sid}": ([*av, "log", sid, "--channel", "email", "--purpose",
                                  "status"], "write"),
        f"afterview reply {sid}": ([*av, "reply", sid, "--outcome", "replied"], "write"),
        f"afterview edit {sid}": ([*av, "edit", sid, "--notes", "bench"], "write"),
        f"afterview close {sid}": ([*av, "close", sid, "--reason", "withdrawn"], "write"),
        "afterview add": ([*av, "add", "--company", "Bench Co", "--position", "Analyst",
                           "--at", "2026-03-10T14:00", "--timezone", "America/New_York"],
                          "write"),
    }


def _verdict(kind: str, med: float, peak: float) -> tuple[str, bool]:
    limit = {"read": READ_MS, "write": WRITE_MS, "help": HELP_MS}.get(kind)
    if limit is None:
        return "", False
    missed = med >= limit or (kind == "read" and peak >= READ_MB)
    target = f"<{limit}ms" + (f",<{READ_MB}MB" if kind == "read" else "")
    return f"{target} {'MISS' if missed else 'ok'}", missed


def main() -> int:
    applications = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    per_app = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    _adapt_sqlite()
    today = datetime.now(UTC).astimezone().date()
    afterview = str(Path(sys.executable).with_name("afterview"))
    with tempfile.TemporaryDirectory(prefix="afterview-bench-") as folder:
        os.environ["AFTERVIEW_CONFIG_DIR"] = str(Path(folder) / "config")
        db = Path(folder) / "bench.db"
        start = time.perf_counter()
        saved = os.environ.get("AFTERVIEW_BENCH_DB")
        if saved and Path(saved).is_file():  # one built before (this bench, same arguments)
            shutil.copyfile(saved, db)
            print(f"copied {saved}")
        else:
            build(db, applications, per_app, today)
            if saved:
                shutil.copyfile(db, saved)
        built = time.perf_counter() - start
        size = db.stat().st_size / 1e6
        print(f"built {applications:,} applications and {applications * per_app:,} contacts "
              f"in {built:.1f} s ({size:.0f} MB)")
        with sqlite3.connect(db) as conn:
            live = conn.execute("SELECT MAX(id) FROM applications WHERE stage = 'awaiting'"
                                ).fetchone()[0]
        commands = _commands(afterview, db, live)
        results = {name: (kind, *timed(cmd, runs)) for name, (cmd, kind) in commands.items()}
    python = statistics.median(results["python -c pass"][1])
    peer = statistics.median(results["sqlite-utils rows applications --limit 20"][1])
    print(f"{'command':42} {'median ms':>9} {'min ms':>7} {'peak MB':>7} {'× python':>8} "
          f"{'× s-utils':>9}  target")
    failed = False
    for name, (kind, times, peak) in results.items():
        med = statistics.median(times)
        verdict, missed = _verdict(kind, med, peak)
        failed |= missed
        print(f"{name:42} {med:9.0f} {min(times):7.0f} {peak:7.0f} {med / python:8.1f} "
              f"{med / peer:9.2f}  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
