"""What every request must pass: a Host of ours, an Origin of ours, a body of sane size."""

from __future__ import annotations

import dataclasses
import json
import os
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import csrf
from tests.web.test_serve import _free_port

TIMELINE = {"text": "We will decide by Friday.", "said_on": "2026-03-10", "country": "US"}


@pytest.mark.parametrize(("host", "status"), [
    ("testserver", 200), ("localhost:8000", 200), ("127.0.0.1", 200), ("[::1]:8000", 200),
    ("LOCALHOST", 200), ("evil.example", 400), ("localhost.evil.example", 400),
    ("[::2]:8000", 400)])
def test_host_check(client: Any, host: str, status: int) -> None:
    answer = client.get("/", headers={"host": host})
    assert answer.status_code == status
    assert "content-security-policy" in answer.headers


def test_host_check_allows_the_served_name(web_config: Any) -> None:
    from tests.web.test_sign_in import serving

    config = dataclasses.replace(web_config, allowed_hosts=("afterview.example.org",))
    with serving(config) as named:
        assert named.get("/", headers={"host": "afterview.example.org"}).status_code == 200
        assert named.get("/", headers={"host": "testserver"}).status_code == 400
        assert named.get("/api/today", headers={"host": "x.example"}).json() == {
            "detail": "unknown host name"}


@pytest.mark.parametrize(("headers", "status"), [
    ({}, 200),
    ({"origin": "http://testserver"}, 200),
    ({"origin": "http://testserver:80"}, 200),
    ({"referer": "http://testserver/interviews/1/draft"}, 200),
    ({"origin": "https://evil.example"}, 403),
    ({"origin": "https://testserver"}, 403),  # another scheme is another origin
    ({"origin": "http://testserver:8080"}, 403),
    ({"origin": "null"}, 403),
    ({"referer": "https://evil.example/page"}, 403),
    ({"origin": "https://evil.example", "referer": "http://testserver/"}, 403),
    ({"referer": "not a url"}, 403),
])
def test_origin_check_on_the_api(client: Any, headers: dict[str, str], status: int) -> None:
    answer = client.post("/api/timeline", json=TIMELINE, headers=headers)
    assert answer.status_code == status
    if status == 403:
        assert answer.json() == {"detail": "this request came from another site"}


def test_origin_check_on_pages_even_with_the_csrf_token(client: Any, saved: int) -> None:
    form = {"csrf_token": csrf(client, "/"), "reason": "withdrawn"}
    refused = client.post(f"/interviews/{saved}/close", data=form,
                          headers={"origin": "https://evil.example"}, follow_redirects=False)
    assert refused.status_code == 403
    assert client.get(f"/api/applications/{saved}").json()["application"]["stage"] != \
        "withdrawn"
    done = client.post(f"/interviews/{saved}/close", data=form,
                       headers={"origin": "http://testserver"}, follow_redirects=False)
    assert done.status_code == 303
    # reading is never refused: a link from another site still opens the page
    assert client.get("/", headers={"origin": "https://evil.example"}).status_code == 200


def test_a_large_body_is_refused_from_its_length(client: Any) -> None:
    big = json.dumps({**TIMELINE, "text": "x" * (5 * 1024 * 1024)})
    answer = client.post("/api/timeline", content=big,
                         headers={"content-type": "application/json"})
    assert answer.status_code == 413
    assert "larger than 4 MB" in answer.json()["detail"]
    assert "content-security-policy" in answer.headers
    form = client.post("/interviews/preview", data={"notes": "x" * (5 * 1024 * 1024)})
    assert form.status_code == 413


def test_a_streamed_body_is_refused_once_it_passes_the_limit(client: Any) -> None:
    sent = 0

    def chunks() -> Iterator[bytes]:
        nonlocal sent
        yield b'{"text": "'
        for _ in range(64):
            sent += 256 * 1024
            yield b"x" * (256 * 1024)
        yield b'"}'

    answer = client.post("/api/timeline", content=chunks(),
                         headers={"content-type": "application/json"})
    assert answer.status_code == 413
    page = client.post("/interviews/preview", content=chunks(),
                       headers={"content-type": "application/x-www-form-urlencoded"})
    assert page.status_code == 413


def test_small_bodies_still_pass(client: Any) -> None:
    assert client.post("/api/timeline", json=TIMELINE).status_code == 200


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def _response_head(sock: socket.socket) -> str:
    data = b""
    while b"\r\n\r\n" not in data:
        part = sock.recv(65536)
        if not part:
            break
        data += part
    return data.decode("latin-1")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[int, subprocess.Popen[str]]]:
    """``afterview serve --demo`` on 127.0.0.1 (no password: bodies reach the routes)."""
    port = _free_port()
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "afterview", "serve", "--demo",
                             "--port", str(port)], env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.2)
        yield port, proc
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)


def test_a_real_server_stays_small_under_a_huge_streamed_body(
        server: tuple[int, subprocess.Popen[str]]) -> None:
    port, proc = server
    with socket.create_connection(("127.0.0.1", port), timeout=10) as warm:
        warm.sendall(b"GET /api/today HTTP/1.1\r\nHost: localhost\r\n"
                     b"Connection: close\r\n\r\n")
        assert " 200 " in _response_head(warm)
    before = _rss_kb(proc.pid)
    chunk = b"x" * (1024 * 1024)
    sent = 0
    head = ""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"POST /api/applications HTTP/1.1\r\nHost: localhost\r\n"
                     b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        opening = b'{"notes":"'
        sock.sendall(b"%x\r\n%s\r\n" % (len(opening), opening))
        try:
            while sent < 300 * 1024 * 1024:
                sock.sendall(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
                sent += len(chunk)
                if select.select([sock], [], [], 0)[0]:
                    break  # the server answered before the body ended
        except (BrokenPipeError, ConnectionResetError):
            pass
        peak = _rss_kb(proc.pid)
        head = _response_head(sock)
    assert head.startswith("HTTP/1.1 413"), head[:200]
    assert sent < 64 * 1024 * 1024, f"the server read {sent >> 20} MB before answering"
    assert peak - before < 48 * 1024, f"the server grew by {(peak - before) >> 10} MB"


def test_a_real_server_refuses_a_declared_huge_body_without_reading_it(
        server: tuple[int, subprocess.Popen[str]]) -> None:
    port, _proc = server
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"POST /api/applications HTTP/1.1\r\nHost: localhost\r\n"
                     b"Content-Type: application/json\r\nContent-Length: 314572800\r\n\r\n")
        head = _response_head(sock)
    assert head.startswith("HTTP/1.1 413"), head[:200]
