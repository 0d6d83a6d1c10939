"""Today on both backends: Coming up, and a write from another process shows at once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.paths import ROOT
from tests.store.samples import application
from tests.web.conftest import NOW, PROFILE


@pytest.fixture
def client_on(db_url: str, tmp_path: Path) -> Iterator[Any]:
    """A client of the app on ``db_url`` (SQLite file or PostgreSQL)."""
    from afterview.web.app import create_app
    from afterview.web.config import WebConfig

    config_dir = tmp_path / "config"
    config_dir.mkdir()
    (config_dir / "profile.toml").write_text(PROFILE, encoding="utf-8")
    app = create_app(WebConfig(database_url=db_url, config_dir=config_dir, clock=lambda: NOW))
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
        from starlette.testclient import TestClient

        with TestClient(app) as client:
            yield client
    app.state.av.close()


def _cli(db_url: str, config_dir: Path, *args: str) -> None:
    env = {**os.environ, "AFTERVIEW_CONFIG_DIR": str(config_dir)}
    done = subprocess.run([sys.executable, "-m", "afterview", "--db", db_url, *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr


def _today_once(client: Any, shows: Callable[[str], bool]) -> str:
    """The Today page as soon as ``shows`` holds for it (within ten seconds).

    A page may show the previous agenda for the few milliseconds its successor takes to
    work out (``STALE_AFTER_S``); the requests after that get the new one.
    """
    page = client.get("/").text
    for _ in range(100):
        if shows(page):
            break
        time.sleep(0.1)
        page = client.get("/").text
    return page


def test_a_write_from_another_process_shows_on_today(client_on: Any, db_url: str,
                                                     tmp_path: Path) -> None:
    from afterview.store.tracker import add_application

    store = client_on.app.state.av.store
    app_id = add_application(store, application(), now=NOW)["id"]
    page = client_on.get("/").text
    # Thu 12 March: the thank-you (due 11 March) is late; the status window opens on the 17th
    assert 'id="h-overdue"' in page and 'id="h-coming_up"' in page and "Coming up" in page
    assert client_on.get("/").text == page  # served again from the kept agenda
    api = client_on.get("/api/today").json()
    assert [(i["id"], i["step"]) for i in api["coming_up"]] == [(app_id, "status")]
    assert api["overdue"][0]["advised"] == "2026-03-12"

    _cli(db_url, tmp_path / "config", "log", str(app_id), "--purpose", "thank_you",
         "--at", "2026-03-11T09:00")
    page = _today_once(client_on, lambda text: 'id="h-overdue"' not in text)
    assert 'id="h-overdue"' not in page and 'id="h-coming_up"' in page
    assert client_on.get("/api/today").json()["overdue"] == []

    _cli(db_url, tmp_path / "config", "close", str(app_id), "--reason", "withdrawn")
    assert "Nothing due this week" in _today_once(
        client_on, lambda text: "Nothing due this week" in text)
    assert client_on.get("/api/today").json()["coming_up"] == []
