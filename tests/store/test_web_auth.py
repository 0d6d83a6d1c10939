"""The web's sign-in tables on both backends: attempts counted atomically, sessions found."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from afterview.store.web_auth import (
    FREE_TRIES,
    end_session,
    find_session,
    lockout_left,
    password_attempt,
    password_key,
    start_session,
)

NOW = datetime(2026, 3, 12, 15, 0, tzinfo=UTC)
HOURS = {"idle": timedelta(hours=8), "lifetime": timedelta(days=7)}


def test_parallel_guesses_cannot_pass_the_free_tries(store: Any) -> None:
    results: list[int] = []
    start = threading.Barrier(16)

    def guess() -> None:
        start.wait()
        results.append(password_attempt(store, "203.0.113.9", ok=False, now=NOW))

    threads = [threading.Thread(target=guess) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(0) == FREE_TRIES  # judged; the other 11 were told to wait
    assert lockout_left(store, "203.0.113.9", now=NOW) == 15
    assert password_attempt(store, "203.0.113.9", ok=True, now=NOW) == 15
    assert password_attempt(store, "198.51.100.1", ok=True, now=NOW) == 0


def test_a_run_of_failures_is_forgotten_after_a_day(store: Any) -> None:
    for _ in range(FREE_TRIES):
        password_attempt(store, "a", ok=False, now=NOW)
    later = NOW + timedelta(hours=25)
    for _ in range(FREE_TRIES - 1):
        assert password_attempt(store, "a", ok=False, now=later) == 0
    assert lockout_left(store, "a", now=later) == 0


def test_sessions_by_hash_with_the_password_they_were_opened_with(store: Any) -> None:
    key = password_key(store, "correct horse")
    assert key == password_key(store, "correct horse") != password_key(store, "other")
    start_session(store, "the-id", csrf="token", key=key, now=NOW)
    assert find_session(store, "the-id", key=key, now=NOW, **HOURS) == "token"
    assert find_session(store, "another-id", key=key, now=NOW, **HOURS) is None
    assert find_session(store, "the-id", key="0" * 64, now=NOW, **HOURS) is None
    # a session found with the wrong password is gone for good
    assert find_session(store, "the-id", key=key, now=NOW, **HOURS) is None
    start_session(store, "second", csrf="t2", key=key, now=NOW)
    end_session(store, "second")
    assert find_session(store, "second", key=key, now=NOW, **HOURS) is None
