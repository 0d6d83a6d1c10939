"""The Today page with 10,000 applications, at 32 concurrent connections, under writes.

Builds a database of 10,000 applications (interviews over the last 90 days, so every
section of the agenda is full), starts ``afterview``'s web app with uvicorn on 127.0.0.1
in one process, and drives it from a second process with 32 keep-alive connections for a
fixed time. Three runs:

- ``reads``: SQLite, ``GET /`` on every connection; targets p95 under 50 ms and at least
  300 requests/s.
- ``mixed``: SQLite, 24 connections read ``GET /`` while 8 log contacts through
  ``POST /api/applications/ID/contacts`` (each write changes a plan and so the agenda).
- ``postgresql``: the mixed run on a throwaway PostgreSQL server started for the purpose
  in a temporary folder (as the tests start theirs), listening on 127.0.0.1 only.

The mixed runs target Today p95 under 100 ms and writes p95 under 100 ms, and check that
nothing written was lost: every contact a writer was told was saved is in the database,
and the database holds no other new ones.

Uses ``wrk`` (Debian package) as the driver of the reads run when it is installed and
``--driver wrk`` is given; the default driver is a small asyncio HTTP/1.1 client in its
own process. The driver sends the session cookie a browser gets on its first visit.

Run: .venv/bin/python bench/web.py [--apps 10000] [--seconds 10] [--runs reads,mixed,postgresql]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

TARGET_P95_MS = 50.0
TARGET_RPS = 300.0
COMPANIES = ["Harborline", "Northwind", "Cobalt Ridge", "Brightloop", "Meridian", "Tallis",
             "Quarry & Pine", "Solace Labs", "Vantage", "Orchard Health"]
POSITIONS = ["Data Analyst", "Product Manager", "Frontend Engineer", "Risk Analyst",
             "UX Researcher", "Account Executive", "Nurse Practitioner", "Librarian"]


TARGET_MIXED_P95_MS = 100.0
TARGET_WRITE_P95_MS = 100.0
READERS, WRITERS = 24, 8


def build(url: str, n: int, today: date) -> None:
    """Write ``n`` applications through the store's own builder, in one transaction."""
    from afterview.store.database import open_store
    from afterview.store.tracker import build_application

    rnd = random.Random(7)
    now = datetime.now(UTC)
    store = open_store(url)
    apps = []
    for i in range(n):
        day = today - timedelta(days=rnd.randrange(0, 90))
        record = {
            "company": f"{rnd.choice(COMPANIES)} {i}", "position": rnd.choice(POSITIONS),
            "interview_at": f"{day}T{rnd.randrange(9, 17):02d}:00",
            "timezone": "America/New_York", "country": "US",
            "deadline": rnd.choice(["NONE", "VAGUE", (day + timedelta(days=rnd.randrange(
                1, 14))).isoformat()]),
            "format": rnd.choice(["one_on_one", "panel", "small_team"]),
            "people": [{"name": "Dana Whitfield", "email": "dana@example.com"}],
        }
        apps.append(build_application(record, now))
    with store.write() as session:
        session.add_all(apps)
    store.close()


def contact_ids(url: str) -> set[int]:
    """The ids of every contact in the database."""
    from sqlalchemy import text

    from afterview.store.database import open_store

    store = open_store(url)
    try:
        with store.engine.connect() as conn:
            return {int(r[0]) for r in conn.execute(text("SELECT id FROM contacts"))}
    finally:
        store.close()


def serve(url: str, config_dir: str, port: int) -> None:
    """The server process: the app on 127.0.0.1 with one uvicorn worker."""
    import uvicorn

    from afterview.web.app import create_app
    from afterview.web.config import WebConfig

    app = create_app(WebConfig(database_url=url, config_dir=Path(config_dir)))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False,
                http="httptools" if _has("httptools") else "h11")


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


async def _worker(port: int, cookie: str, stop_at: float, samples: list[float]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    request = (b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n"
               b"Cookie: " + cookie.encode() + b"\r\nConnection: keep-alive\r\n\r\n")
    while time.perf_counter() < stop_at:
        start = time.perf_counter()
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        status = head.split(b" ", 2)[1]
        await reader.readexactly(length)
        if status != b"200":
            raise RuntimeError(f"GET / answered {status.decode()}")
        samples.append(time.perf_counter() - start)
    writer.close()


async def _writer(port: int, cookie: str, stop_at: float, apps: int, *, seed: int,
                  samples: list[float], saved: list[int]) -> None:
    """Log contacts on random applications; keep the ids the server says it saved."""
    rnd = random.Random(seed)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    while time.perf_counter() < stop_at:
        body = json.dumps({"channel": rnd.choice(["email", "email", "call"]),
                           "purpose": rnd.choice([None, "thank_you", "status", "final"]),
                           "notes": "bench"}).encode()
        request = (f"POST /api/applications/{rnd.randrange(1, apps + 1)}/contacts HTTP/1.1\r\n"
                   "Host: 127.0.0.1\r\nContent-Type: application/json\r\n"
                   f"Content-Length: {len(body)}\r\nCookie: {cookie}\r\n"
                   "Connection: keep-alive\r\n\r\n").encode() + body
        start = time.perf_counter()
        writer.write(request)
        head = await reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        answer = await reader.readexactly(length)
        samples.append(time.perf_counter() - start)
        status = head.split(b" ", 2)[1]
        if status != b"201":
            raise RuntimeError(f"POST answered {status.decode()}: {answer[:200]!r}")
        saved.append(int(json.loads(answer)["contact"]["id"]))
    writer.close()


def _percentiles(samples: list[float]) -> dict[str, float]:
    samples = sorted(samples)
    if not samples:
        return {"p50": 0.0, "p95": 0.0, "p99": 0.0}
    return {"p50": samples[len(samples) // 2], "p95": samples[int(len(samples) * 0.95)],
            "p99": samples[int(len(samples) * 0.99)]}


def drive_mixed(port: int, cookie: str, seconds: float, apps: int) -> None:
    """The load process of a mixed run: a JSON line with both latencies and saved ids."""
    async def main() -> tuple[list[float], list[float], list[int]]:
        warm: list[float] = []
        await asyncio.gather(*(_worker(port, cookie, time.perf_counter() + 1.0, warm)
                               for _ in range(READERS)))
        reads: list[float] = []
        writes: list[float] = []
        saved: list[int] = []
        stop_at = time.perf_counter() + seconds
        await asyncio.gather(
            *(_worker(port, cookie, stop_at, reads) for _ in range(READERS)),
            *(_writer(port, cookie, stop_at, apps, seed=i, samples=writes, saved=saved)
              for i in range(WRITERS)))
        return reads, writes, saved

    started = time.perf_counter()
    reads, writes, saved = asyncio.run(main())
    elapsed = time.perf_counter() - started - 1.0
    print(json.dumps({"seconds": elapsed, "reads": len(reads), "writes": len(writes),
                      "today": _percentiles(reads), "write": _percentiles(writes),
                      "saved": saved}))


def drive(port: int, cookie: str, seconds: float, connections: int) -> None:
    """The load process: prints a JSON line with the latencies measured."""
    async def main() -> list[float]:
        warm: list[float] = []
        await asyncio.gather(*(_worker(port, cookie, time.perf_counter() + 1.0, warm)
                               for _ in range(connections)))
        samples: list[float] = []
        stop_at = time.perf_counter() + seconds
        await asyncio.gather(*(_worker(port, cookie, stop_at, samples)
                               for _ in range(connections)))
        return samples

    started = time.perf_counter()
    samples = asyncio.run(main())
    elapsed = time.perf_counter() - started - 1.0
    samples.sort()
    print(json.dumps({"requests": len(samples), "seconds": elapsed,
                      "p50": samples[len(samples) // 2],
                      "p95": samples[int(len(samples) * 0.95)],
                      "p99": samples[int(len(samples) * 0.99)]}))


WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format('{"requests": %d, "seconds": %f, "p50": %f, "p95": %f, '
    .. '"p99": %f, "errors": %d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e6,
    latency:percentile(95) / 1e6, latency:percentile(99) / 1e6,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
"""


def _wrk(port: int, cookie: str, seconds: float, connections: int, folder: Path
         ) -> dict[str, Any]:
    script = folder / "report.lua"
    script.write_text(WRK_SCRIPT)
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{int(seconds)}s", "-s",
                          str(script), "-H", f"Cookie: {cookie}", f"http://127.0.0.1:{port}/"],
                         capture_output=True, text=True, check=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def _session_cookie(port: int) -> str:
    """The session cookie a browser gets on its first visit (and then sends every time)."""
    from urllib.request import urlopen

    with urlopen(f"http://127.0.0.1:{port}/", timeout=120) as answer:  # first build: slow
        return str(answer.headers["set-cookie"]).split(";", 1)[0]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(port: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the server stopped before answering")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start within a minute")


@contextmanager
def postgres_server(folder: Path) -> Iterator[str]:
    """A throwaway PostgreSQL server on 127.0.0.1 (as ``nobody`` when run as root)."""
    import pwd

    found = sorted(str(p) for p in Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    bindir = Path(found[-1]).parent if found else None
    if bindir is None:
        raise SystemExit("PostgreSQL is not installed (scripts/setup --dev installs it)")
    root = folder / "pg"
    root.mkdir()
    run_as: dict[str, Any] = {}
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        folder.chmod(0o755)  # the server's user must reach its folder inside
        os.chown(root, nobody.pw_uid, nobody.pw_gid)
        run_as = {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}
    data, sockets, log = root / "data", root / "sockets", root / "server.log"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(list(args), check=False, capture_output=True, text=True,
                              cwd=root, **run_as)

    run("mkdir", "-p", str(sockets))
    init = run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
               "-E", "UTF8", "--no-sync", "--no-instructions")
    if init.returncode != 0:
        raise SystemExit(f"initdb failed: {init.stderr.strip()[-300:]}")
    port = _free_port()
    options = (f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off")
    start = run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options,
                "-w", "-t", "60", "start")
    if start.returncode != 0:
        raise SystemExit(f"PostgreSQL did not start: {start.stderr.strip()[-300:]}")
    try:
        import psycopg

        with psycopg.connect(f"postgresql://postgres@127.0.0.1:{port}/postgres",
                             autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/bench"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")


@contextmanager
def server(url: str, folder: Path) -> Iterator[tuple[int, str]]:
    """The app serving ``url`` in its own process: (port, session cookie)."""
    port = _free_port()
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    proc = subprocess.Popen([sys.executable, __file__, "--serve", url,
                             str(folder / "config"), str(port)], env=env)
    try:
        _wait(port, proc)
        yield port, _session_cookie(port)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _reads(url: str, folder: Path, args: argparse.Namespace) -> bool:
    with server(url, folder) as (port, cookie):
        if args.driver == "wrk" and shutil.which("wrk"):
            result = _wrk(port, cookie, args.seconds, args.connections, folder)
        else:
            out = subprocess.run([sys.executable, __file__, "--drive", str(port), cookie,
                                  "--seconds", str(args.seconds), "--connections",
                                  str(args.connections)], capture_output=True, text=True,
                                 check=True).stdout
            result = json.loads(out.strip().splitlines()[-1])
    rps = result["requests"] / result["seconds"]
    p95_ms = result["p95"] * 1000
    print(f"reads: GET / (Today) with {args.apps:,} applications on SQLite, "
          f"{args.connections} connections, {result['seconds']:.1f} s, driver {args.driver}")
    print(f"  requests      {result['requests']:,}")
    print(f"  p50 latency   {result['p50'] * 1000:.1f} ms")
    print(f"  p95 latency   {p95_ms:.1f} ms   target < {TARGET_P95_MS:.0f} ms   "
          f"ratio {p95_ms / TARGET_P95_MS:.2f} of the limit")
    print(f"  p99 latency   {result['p99'] * 1000:.1f} ms")
    print(f"  throughput    {rps:.0f} req/s   target >= {TARGET_RPS:.0f}   "
          f"ratio {rps / TARGET_RPS:.2f}x")
    if result.get("errors"):
        print(f"  errors        {result['errors']} (answers other than 200, or socket errors)")
    ok = p95_ms < TARGET_P95_MS and rps >= TARGET_RPS and not result.get("errors")
    print("  targets met" if ok else "  targets NOT met")
    return ok


def _mixed(url: str, folder: Path, args: argparse.Namespace, backend: str) -> bool:
    before = contact_ids(url)
    with server(url, folder) as (port, cookie):
        out = subprocess.run([sys.executable, __file__, "--drive-mixed", str(port), cookie,
                              "--seconds", str(args.seconds), "--apps", str(args.apps)],
                             capture_output=True, text=True, check=True).stdout
        result = json.loads(out.strip().splitlines()[-1])
    after = contact_ids(url)
    saved = set(result["saved"])
    lost = saved - after
    unexpected = after - before - saved
    today_ms = result["today"]["p95"] * 1000
    write_ms = result["write"]["p95"] * 1000
    secs = result["seconds"]
    print(f"mixed on {backend}: {READERS} readers of GET / and {WRITERS} writers of "
          f"POST /api/applications/ID/contacts, {args.apps:,} applications, {secs:.1f} s")
    print(f"  Today   {result['reads']:,} requests ({result['reads'] / secs:.0f}/s)   "
          f"p50 {result['today']['p50'] * 1000:.1f} ms   p95 {today_ms:.1f} ms   "
          f"p99 {result['today']['p99'] * 1000:.1f} ms   target p95 < "
          f"{TARGET_MIXED_P95_MS:.0f} ms   ratio {today_ms / TARGET_MIXED_P95_MS:.2f}")
    print(f"  writes  {result['writes']:,} requests ({result['writes'] / secs:.0f}/s)   "
          f"p50 {result['write']['p50'] * 1000:.1f} ms   p95 {write_ms:.1f} ms   "
          f"p99 {result['write']['p99'] * 1000:.1f} ms   target p95 < "
          f"{TARGET_WRITE_P95_MS:.0f} ms   ratio {write_ms / TARGET_WRITE_P95_MS:.2f}")
    print(f"  saved   {len(saved):,} contacts answered as saved; {len(lost)} missing from the "
          f"database, {len(unexpected)} there unanswered")
    ok = (today_ms < TARGET_MIXED_P95_MS and write_ms < TARGET_WRITE_P95_MS and not lost
          and not unexpected and len(saved) == result["writes"])
    print("  targets met" if ok else "  targets NOT met")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--driver", choices=["python", "wrk"], default="python")
    parser.add_argument("--runs", default="reads,mixed,postgresql",
                        help="comma-separated: reads, mixed, postgresql")
    parser.add_argument("--serve", nargs=3, metavar=("URL", "CONFIG", "PORT"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--drive", nargs=2, metavar=("PORT", "COOKIE"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--drive-mixed", nargs=2, metavar=("PORT", "COOKIE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], args.serve[1], int(args.serve[2]))
        return
    if args.drive:
        drive(int(args.drive[0]), args.drive[1], args.seconds, args.connections)
        return
    if args.drive_mixed:
        drive_mixed(int(args.drive_mixed[0]), args.drive_mixed[1], args.seconds, args.apps)
        return

    runs = [r.strip() for r in args.runs.split(",") if r.strip()]
    unknown = set(runs) - {"reads", "mixed", "postgresql"}
    if unknown:
        parser.error(f"unknown run {sorted(unknown)[0]!r}: use reads, mixed, postgresql")
    results: list[bool] = []
    with tempfile.TemporaryDirectory(prefix="afterview-bench-") as tmp:
        folder = Path(tmp)
        if {"reads", "mixed"} & set(runs):
            url = f"sqlite:///{folder / 'bench.db'}"
            started = time.perf_counter()
            build(url, args.apps, date.today())
            print(f"built {args.apps:,} applications on SQLite in "
                  f"{time.perf_counter() - started:.1f} s")
            if "reads" in runs:
                results.append(_reads(url, folder, args))
            if "mixed" in runs:
                results.append(_mixed(url, folder, args, "SQLite"))
        if "postgresql" in runs:
            with postgres_server(folder) as url:
                started = time.perf_counter()
                build(url, args.apps, date.today())
                print(f"built {args.apps:,} applications on PostgreSQL in "
                      f"{time.perf_counter() - started:.1f} s")
                results.append(_mixed(url, folder, args, "PostgreSQL"))
    print("all targets met" if all(results) else "some targets NOT met")


if __name__ == "__main__":
    main()
