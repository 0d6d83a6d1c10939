"""The password gate, and ``afterview serve`` refusing to listen beyond this computer."""

from __future__ import annotations

import base64
import dataclasses
import warnings
from typing import Any

import pytest

from tests.web.conftest import csrf


@pytest.fixture
def locked(web_config: Any) -> Any:
    from afterview.web.app import create_app

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
        from starlette.testclient import TestClient

        app = create_app(dataclasses.replace(web_config, password="correct horse"))
        with TestClient(app) as test_client:
            yield test_client
        app.state.av.close()


def test_pages_need_the_password(locked: Any) -> None:
    answer = locked.get("/", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/login"
    assert locked.get("/api/today").status_code == 401
    assert locked.get("/static/app.css").status_code == 200
    token = csrf(locked, "/login")
    wrong = locked.post("/login", data={"csrf_token": token, "password": "guess"})
    assert wrong.status_code == 401
    right = locked.post("/login", data={"csrf_token": token, "password": "correct horse"},
                        follow_redirects=False)
    assert right.status_code == 303
    assert locked.get("/").status_code == 200
    locked.post("/logout", data={"csrf_token": csrf(locked, "/")})
    assert locked.get("/", follow_redirects=False).status_code == 303


def test_api_accepts_basic_credentials(locked: Any) -> None:
    good = base64.b64encode(b"me:correct horse").decode()
    bad = base64.b64encode(b"me:nope").decode()
    assert locked.get("/api/today", headers={"authorization": f"Basic {good}"}
                      ).status_code == 200
    assert locked.get("/api/today", headers={"authorization": f"Basic {bad}"}
                      ).status_code == 401
    assert locked.get("/api/today", headers={"authorization": "Basic !!!"}).status_code == 401


def test_serve_refuses_a_public_host_without_flag_and_password() -> None:
    from tests.cli.helpers import run_cli

    result = run_cli("serve", "--host", "0.0.0.0")
    assert result.code == 2 and "--allow-remote" in result.stderr
    result = run_cli("serve", "--host", "192.168.1.5", "--allow-remote")
    assert result.code == 2 and "--password" in result.stderr


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True),
    ("127.0.0.2", True), ("0.0.0.0", False), ("example.com", False), ("10.0.0.1", False)])
def test_loopback_hosts(host: str, loopback: bool) -> None:
    from afterview.cli.serve import is_loopback

    assert is_loopback(host) is loopback
