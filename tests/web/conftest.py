"""Fixtures for the web tests: an app on a SQLite file in ``tmp_path`` with a pinned clock."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.store.samples import application

NOW = datetime(2026, 3, 12, 15, 0, tzinfo=UTC)  # Thu 12 March 2026, 11:00 in New York
PROFILE = """[profile]
name = "Priya Nair"
email = "priya@example.com"
phone = "+1 617 555 0100"
country = "US"
subdivision = ""
timezone = "America/New_York"
calendar_token = "feed-secret-token"
"""



@pytest.fixture
def web_config(tmp_path: Path) -> Any:
    from afterview.web.config import WebConfig

    config_dir = tmp_path / "config"
    config_dir.mkdir()
    (config_dir / "profile.toml").write_text(PROFILE, encoding="utf-8")
    return WebConfig(database_url=f"sqlite:///{tmp_path / 'afterview.db'}",
                     config_dir=config_dir, clock=lambda: NOW)


@pytest.fixture
def app(web_config: Any) -> Any:
    from afterview.web.app import create_app

    built = create_app(web_config)
    yield built
    built.state.av.close()


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
        from starlette.testclient import TestClient

        with TestClient(app) as test_client:
            yield test_client


@pytest.fixture
def saved(app: Any) -> int:
    """The id of one stored application (added through the store's service)."""
    from afterview.store.tracker import add_application

    return int(add_application(app.state.av.store, application(), now=NOW)["id"])


def csrf(client: Any, path: str = "/") -> str:
    """The session's CSRF token, read from a page's form."""
    found = re.search(r'"X-CSRF-Token": "([^"]+)"', client.get(path).text)
    assert found, "no CSRF token on the page"
    return found.group(1)


@pytest.fixture
def server(web_config: Any) -> Iterator[str]:
    """The app served on 127.0.0.1 for Chromium (tests/web/browser.py)."""
    from tests.web.browser import serve

    with serve(web_config) as url:
        yield url


@pytest.fixture
def page(server: str) -> Iterator[Any]:
    """A desktop-sized Chromium tab; a console error fails the test."""
    from tests.web.browser import DESKTOP, tab

    with tab(server, DESKTOP) as found:
        yield found


@pytest.fixture
def phone(server: str) -> Iterator[Any]:
    """A 390×844 Chromium tab, a phone's screen; a console error fails the test."""
    from tests.web.browser import PHONE, tab

    with tab(server, PHONE) as found:
        yield found
