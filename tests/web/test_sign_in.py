"""Signing in with a password: lockouts after wrong guesses, sessions that really end.

In-process through the ASGI client, with the app's clock in the test's hand.
"""

from __future__ import annotations

import base64
import dataclasses
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest

from tests.web.conftest import NOW, csrf

PASSWORD = "correct horse"
SESSION = "afterview_session"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> Any:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@contextmanager
def serving(config: Any, *, client: tuple[str, int] = ("203.0.113.7", 50000)
            ) -> Iterator[Any]:
    """A test client on an app built from ``config`` (closed afterwards)."""
    from afterview.web.app import create_app

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
        from starlette.testclient import TestClient

        app = create_app(config)
        try:
            with TestClient(app, client=client) as test_client:
                yield test_client
        finally:
            app.state.av.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def config(web_config: Any, clock: Clock) -> Any:
    return dataclasses.replace(web_config, password=PASSWORD, clock=clock)


@pytest.fixture
def locked(config: Any) -> Iterator[Any]:
    with serving(config) as client:
        yield client


def _login(client: Any, password: str) -> Any:
    return client.post("/login", data={"csrf_token": csrf(client, "/login"),
                                       "password": password}, follow_redirects=False)


def _basic(password: str) -> dict[str, str]:
    return {"authorization": "Basic " + base64.b64encode(f"me:{password}".encode()).decode()}


def test_five_wrong_passwords_then_even_the_right_one_waits(locked: Any, clock: Clock
                                                            ) -> None:
    for _ in range(5):
        assert _login(locked, "guess").status_code == 401
    refused = _login(locked, "guess")
    assert refused.status_code == 429 and refused.headers["retry-after"] == "15"
    assert "try again in 15 seconds" in refused.text
    right = _login(locked, PASSWORD)
    assert right.status_code == 429 and int(right.headers["retry-after"]) <= 15
    assert locked.get("/", follow_redirects=False).status_code == 303  # not signed in
    clock.advance(16)
    assert _login(locked, PASSWORD).status_code == 303
    assert locked.get("/").status_code == 200


def test_each_lockout_is_twice_the_last(locked: Any, clock: Clock) -> None:
    for _ in range(5):
        _login(locked, "guess")
    clock.advance(16)
    assert _login(locked, "guess").status_code == 401  # judged: the lockout had ended
    assert _login(locked, PASSWORD).headers["retry-after"] == "30"
    clock.advance(29)
    assert _login(locked, PASSWORD).status_code == 429
    clock.advance(2)
    assert _login(locked, "guess").status_code == 401
    assert _login(locked, PASSWORD).headers["retry-after"] == "60"


def test_a_right_password_clears_the_count(locked: Any) -> None:
    for _ in range(4):
        _login(locked, "guess")
    assert _login(locked, PASSWORD).status_code == 303
    locked.post("/logout", data={"csrf_token": csrf(locked, "/")})
    for _ in range(4):
        assert _login(locked, "guess").status_code == 401
    assert _login(locked, PASSWORD).status_code == 303


def test_basic_credentials_are_limited_too(locked: Any, clock: Clock) -> None:
    assert locked.get("/api/today", headers=_basic(PASSWORD)).status_code == 200
    for _ in range(5):
        assert locked.get("/api/today", headers=_basic("nope")).status_code == 401
    refused = locked.get("/api/today", headers=_basic(PASSWORD))
    assert refused.status_code == 429 and refused.headers["retry-after"] == "15"
    # the form and the API share one count per address
    assert _login(locked, PASSWORD).status_code == 429
    clock.advance(16)
    assert locked.get("/api/today", headers=_basic(PASSWORD)).status_code == 200


def test_the_lockout_is_per_address_and_outlives_a_restart(config: Any) -> None:
    with serving(config) as first:
        for _ in range(6):
            _login(first, "guess")
        assert _login(first, PASSWORD).status_code == 429
    with serving(config) as restarted:
        assert _login(restarted, PASSWORD).status_code == 429
    with serving(config, client=("198.51.100.4", 50000)) as elsewhere:
        assert _login(elsewhere, PASSWORD).status_code == 303


def test_a_copied_cookie_stops_working_at_sign_out(config: Any) -> None:
    with serving(config) as browser:
        assert _login(browser, PASSWORD).status_code == 303
        stolen = browser.cookies[SESSION]
        with serving(config) as thief:
            thief.cookies.set(SESSION, stolen)
            assert thief.get("/", follow_redirects=False).status_code == 200
            answer = browser.post("/logout", data={"csrf_token": csrf(browser, "/")},
                                  follow_redirects=False)
            assert answer.status_code == 303
            assert thief.get("/", follow_redirects=False).status_code == 303
            assert thief.get("/api/today").status_code == 401
        assert browser.get("/", follow_redirects=False).status_code == 303


def test_sessions_end_when_idle_or_old(config: Any, clock: Clock) -> None:
    with serving(config) as browser:
        _login(browser, PASSWORD)
        clock.advance(7 * 3600)
        assert browser.get("/", follow_redirects=False).status_code == 200
        clock.advance(7 * 3600)  # used 7 hours ago: still within the 8 idle hours
        assert browser.get("/", follow_redirects=False).status_code == 200
        clock.advance(8 * 3600 + 1)
        assert browser.get("/", follow_redirects=False).status_code == 303
        _login(browser, PASSWORD)
        for _ in range(23):  # busy every 7 hours, but a week is the most a session lives
            clock.advance(7 * 3600)
            last = browser.get("/", follow_redirects=False).status_code
        assert last == 200
        clock.advance(7 * 3600)
        assert browser.get("/", follow_redirects=False).status_code == 303


def test_a_restart_keeps_sessions_but_a_new_password_ends_them(config: Any) -> None:
    with serving(config) as browser:
        _login(browser, PASSWORD)
        cookie = browser.cookies[SESSION]
    with serving(config) as restarted:
        restarted.cookies.set(SESSION, cookie)
        assert restarted.get("/", follow_redirects=False).status_code == 200
    with serving(dataclasses.replace(config, password="battery staple")) as changed:
        changed.cookies.set(SESSION, cookie)
        assert changed.get("/", follow_redirects=False).status_code == 303
    with serving(config) as back:  # and the old password does not bring them back
        back.cookies.set(SESSION, cookie)
        assert back.get("/", follow_redirects=False).status_code == 303


def test_signing_in_makes_a_new_csrf_token_and_session_id(locked: Any) -> None:
    before = csrf(locked, "/login")
    assert _login(locked, PASSWORD).status_code == 303
    first_id = locked.cookies[SESSION]
    after = csrf(locked, "/")
    assert after != before
    # the token seen before signing in no longer passes a form
    assert locked.post("/logout", data={"csrf_token": before}).status_code == 403
    assert _login(locked, PASSWORD).status_code == 303
    assert locked.cookies[SESSION] != first_id
    with serving(locked.app.state.av.config) as other:
        other.cookies.set(SESSION, first_id)  # the session signed in over has ended
        assert other.get("/", follow_redirects=False).status_code == 303


def test_the_session_cookie_holds_only_a_random_id(locked: Any) -> None:
    answer = _login(locked, PASSWORD)
    header = next(v for k, v in answer.headers.multi_items()
                  if k == "set-cookie" and v.startswith(SESSION + "="))
    value = header.split(";")[0].split("=", 1)[1]
    assert len(value) >= 40 and "." not in value
    assert "HttpOnly" in header and "SameSite=strict" in header and "Secure" not in header
    with locked.app.state.av.store.read() as session:
        from sqlalchemy import text

        stored = session.execute(text("SELECT id_hash FROM web_sessions")).scalars().all()
    assert len(stored) == 1 and value not in stored[0]
