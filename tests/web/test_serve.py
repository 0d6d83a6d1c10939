"""``afterview serve --demo`` as a user runs it: a real process on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_demo_answers_and_cleans_up(tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "afterview", "serve", "--demo", "--port",
                             str(port)], env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        page = ""
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as answer:
                    page = answer.read().decode()
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.2)
        assert "Demo data" in page and "Harborline Logistics" in page
        assert any(p.name.startswith("afterview-demo-") for p in tmp_path.iterdir())
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    assert not any(p.name.startswith("afterview-demo-") for p in tmp_path.iterdir())
