"""``afterview serve --allow-remote`` as an administrator runs it: HTTPS, or behind a proxy.

Real processes on 127.0.0.1; the test certificate is made here with the openssl command.
"""

from __future__ import annotations

import http.client
import os
import re
import signal
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.cli.helpers import run_cli
from tests.web.test_serve import _free_port

NAME = "afterview.test"
PASSWORD = "correct horse"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "2", "-subj", f"/CN={NAME}", "-addext",
                    f"subjectAltName=DNS:{NAME},IP:127.0.0.1"],
                   check=True, capture_output=True)
    return cert, key


@contextmanager
def serving(tmp_path: Path, *flags: str) -> Iterator[int]:
    """``afterview serve --demo --allow-remote … FLAGS`` until the block ends; its port."""
    port = _free_port()
    env = {**os.environ, "TMPDIR": str(tmp_path), "AFTERVIEW_PASSWORD": PASSWORD}
    proc = subprocess.Popen([sys.executable, "-m", "afterview", "serve", "--demo",
                             "--allow-remote", "--host-name", NAME, "--port", str(port),
                             *flags], env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        yield port
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)


class Browser:
    """Just enough of a browser: one connection kind, a cookie jar, Host and Origin."""

    def __init__(self, connect: object, origin: str, headers: dict[str, str] | None = None
                 ) -> None:
        self.connect = connect
        self.origin = origin
        self.host = origin.split("://", 1)[1]
        self.extra = headers or {}
        self.cookies: dict[str, str] = {}
        self.set_cookies: list[str] = []

    def request(self, method: str, path: str, form: dict[str, str] | None = None, *,
                host: str | None = None, headers: dict[str, str] | None = None
                ) -> tuple[int, dict[str, str], str]:
        conn = self.connect()  # type: ignore[operator]
        sent = {"host": host or self.host, **self.extra, **(headers or {})}
        if self.cookies:
            sent["cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            sent["content-type"] = "application/x-www-form-urlencoded"
            sent.setdefault("origin", self.origin)
        conn.request(method, path, body=body, headers=sent)
        answer = conn.getresponse()
        text = answer.read().decode()
        for header in answer.headers.get_all("set-cookie") or []:
            self.set_cookies.append(header)
            name, _, value = header.split(";")[0].partition("=")
            if "Max-Age=0" in header:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        conn.close()
        return answer.status, dict(answer.headers.items()), text

    def sign_in(self, password: str = PASSWORD) -> tuple[int, dict[str, str], str]:
        _, _, page = self.request("GET", "/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert token, page[:300]
        return self.request("POST", "/login", {"csrf_token": token.group(1),
                                               "password": password})


def test_https_with_a_certificate(tmp_path: Path, certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    context = ssl.create_default_context(cafile=str(cert))
    with serving(tmp_path, "--tls-cert", str(cert), "--tls-key", str(key)) as port:
        browser = Browser(lambda: http.client.HTTPSConnection(
            "127.0.0.1", port, context=context, timeout=10), f"https://{NAME}:{port}")
        status, _, _ = browser.request("GET", "/login", host=f"evil.example:{port}")
        assert status == 400  # the Host check is on
        status, _, _ = browser.request("GET", "/")
        assert status == 303
        status, headers, _ = browser.sign_in()
        assert status == 303 and headers["location"] == "/"
        session = next(c for c in browser.set_cookies
                       if c.startswith("__Host-afterview_session="))
        assert "Secure" in session and "HttpOnly" in session and "Path=/" in session
        visit = next(c for c in browser.set_cookies if "afterview_visit=" in c)
        assert visit.startswith("__Host-") and "Secure" in visit
        status, _, page = browser.request("GET", "/")
        assert status == 200 and "Sign out" in page
        # no plain HTTP on the same port
        plain = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        with pytest.raises((http.client.HTTPException, OSError)):
            plain.request("GET", "/login", headers={"host": NAME})
            plain.getresponse()
        plain.close()
        # without a proxy, X-Forwarded-For is not believed: a new claimed address each
        # time still counts as the same client
        for n in range(5):
            guess = Browser(browser.connect, browser.origin,
                            {"x-forwarded-for": f"198.51.100.{n}"})
            assert guess.sign_in("guess")[0] == 401
        late = Browser(browser.connect, browser.origin, {"x-forwarded-for": "192.0.2.1"})
        assert late.sign_in()[0] == 429


def test_behind_a_proxy(tmp_path: Path) -> None:
    with serving(tmp_path, "--behind-proxy") as port:
        def proxied(address: str) -> Browser:
            return Browser(lambda: http.client.HTTPConnection("127.0.0.1", port, timeout=10),
                           f"https://{NAME}",
                           {"x-forwarded-proto": "https", "x-forwarded-for": address})

        browser = proxied("198.51.100.20")
        status, _, _ = browser.sign_in()
        assert status == 303
        assert any(c.startswith("__Host-afterview_session=") and "Secure" in c
                   for c in browser.set_cookies)
        assert browser.request("GET", "/")[0] == 200
        # the origin is the one the proxy serves (https), not the plain one behind it
        status, _, text = browser.request("POST", "/logout", {"csrf_token": "x"},
                                          headers={"origin": f"http://{NAME}"})
        assert status == 403 and "another site" in text
        # the limit counts the address the proxy forwarded
        attacker = proxied("203.0.113.50")
        for _ in range(5):
            assert attacker.sign_in("guess")[0] == 401
        assert attacker.sign_in()[0] == 429
        assert proxied("198.51.100.21").sign_in()[0] == 303


@pytest.mark.parametrize(("args", "says"), [
    (["--allow-remote", "--password", "pw"], "--host-name"),
    (["--allow-remote", "--password", "pw", "--host-name", NAME], "HTTPS"),
    (["--allow-remote", "--host-name", NAME, "--behind-proxy"], "--password"),
    (["--behind-proxy", "--password", "pw", "--host-name", NAME], "--allow-remote"),
    (["--allow-remote", "--password", "pw", "--host-name", "https://x.example/"],
     "not a host name"),
    (["--allow-remote", "--password", "pw", "--host-name", NAME, "--tls-cert", "c.pem"],
     "go together"),
    (["--allow-remote", "--password", "pw", "--host-name", NAME, "--tls-cert", "nope.pem",
      "--tls-key", "nope.key"], "no such file"),
    (["--allow-remote", "--password", "pw", "--host-name", NAME, "--behind-proxy",
      "--tls-cert", "c.pem", "--tls-key", "k.pem"], "choose one"),
    (["--host", "0.0.0.0"], "--allow-remote"),
])
def test_serving_others_without_a_safeguard_is_refused(args: list[str], says: str) -> None:
    result = run_cli("serve", *args)
    assert result.code == 2, result.stderr
    assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_certificate_that_does_not_load_is_refused(tmp_path: Path,
                                                     certificate: tuple[Path, Path]) -> None:
    cert, _key = certificate
    wrong_key = tmp_path / "key.pem"
    wrong_key.write_text("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n")
    result = run_cli("serve", "--allow-remote", "--password", "pw", "--host-name", NAME,
                     "--tls-cert", str(cert), "--tls-key", str(wrong_key))
    assert result.code == 2 and "cannot be used" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_every_option_of_serve_is_in_the_remote_page() -> None:
    from tests.paths import ROOT

    page = (ROOT / "docs" / "remote.md").read_text(encoding="utf-8")
    options = set(re.findall(r"^  (--[a-z-]+)", run_cli("serve", "--help").stdout, re.M))
    assert {"--allow-remote", "--behind-proxy", "--tls-cert"} <= options
    missing = sorted(o for o in options - {"--help", "--demo"} if f"`{o}" not in page
                     and f" {o} " not in page)
    assert not missing, f"docs/remote.md does not mention {missing}"
