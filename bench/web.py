"""The Today page with 10,000 applications, at 32 concurrent connections.

Builds a SQLite file of 10,000 applications (interviews over the last 90 days, so every
section of the agenda is full), starts ``afterview``'s web app with uvicorn on 127.0.0.1
in one process, and drives ``GET /`` from a second process with 32 keep-alive
connections for a fixed time. Prints p50/p95/p99 latency and requests per second against
the targets (p95 under 50 ms, at least 300 requests/s) and their ratios.

Uses ``wrk`` (Debian package) as the driver when it is installed and ``--driver wrk`` is
given; the default driver is a small asyncio HTTP/1.1 client in its own process.

The driver sends the session cookie a browser gets on its first visit, as browsers do.

Run: .venv/bin/python bench/web.py [--apps 10000] [--seconds 10] [--connections 32]
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
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

TARGET_P95_MS = 50.0
TARGET_RPS = 300.0
COMPANIES = ["Harborline", "Northwind", "Cobalt Ridge", "Brightloop", "Meridian", "Tallis",
             "Quarry & Pine", "Solace Labs", "Vantage", "Orchard Health"]
POSITIONS = ["Data Analyst", "Product Manager", "Frontend Engineer", "Risk Analyst",
             "UX Researcher", "Account Executive", "Nurse Practitioner", "Librarian"]


def build(path: Path, n: int, today: date) -> None:
    """Write ``n`` applications through the store's own builder, in one transaction."""
    from afterview.store.database import open_store
    from afterview.store.tracker import build_application

    rnd = random.Random(7)
    now = datetime.now(UTC)
    store = open_store(f"sqlite:///{path}")
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


def serve(db: str, config_dir: str, port: int) -> None:
    """The server process: the app on 127.0.0.1 with one uvicorn worker."""
    import uvicorn

    from afterview.web.app import create_app
    from afterview.web.config import WebConfig

    app = create_app(WebConfig(database_url=f"sqlite:///{db}", config_dir=Path(config_dir)))
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--driver", choices=["python", "wrk"], default="python")
    parser.add_argument("--serve", nargs=3, metavar=("DB", "CONFIG", "PORT"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--drive", nargs=2, metavar=("PORT", "COOKIE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], args.serve[1], int(args.serve[2]))
        return
    if args.drive:
        drive(int(args.drive[0]), args.drive[1], args.seconds, args.connections)
        return

    with tempfile.TemporaryDirectory(prefix="afterview-bench-") as tmp:
        folder = Path(tmp)
        db = folder / "bench.db"
        started = time.perf_counter()
        build(db, args.apps, date.today())
        print(f"built {args.apps:,} applications in {time.perf_counter() - started:.1f} s")
        port = _free_port()
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(db),
                                   str(folder / "config"), str(port)], env=env)
        try:
            _wait(port, server)
            cookie = _session_cookie(port)
            if args.driver == "wrk" and shutil.which("wrk"):
                result = _wrk(port, cookie, args.seconds, args.connections, folder)
            else:
                out = subprocess.run([sys.executable, __file__, "--drive", str(port), cookie,
                                      "--seconds", str(args.seconds), "--connections",
                                      str(args.connections)], capture_output=True, text=True,
                                     check=True).stdout
                result = json.loads(out.strip().splitlines()[-1])
        finally:
            server.terminate()
            server.wait(timeout=10)
    rps = result["requests"] / result["seconds"]
    p95_ms = result["p95"] * 1000
    print(f"GET / (Today) with {args.apps:,} applications, {args.connections} connections, "
          f"{result['seconds']:.1f} s, driver {args.driver}")
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


if __name__ == "__main__":
    main()
