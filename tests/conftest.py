"""Shared fixtures: a database URL for each backend (SQLite file, real PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.postgres_server import postgres_server, postgres_url

__all__ = ["postgres_server", "postgres_url"]


def pytest_configure(config: pytest.Config) -> None:
    """Refuse to test a compiled timeline parser built from older sources."""
    from tests.native import native_status

    if native_status() == "stale":
        pytest.exit("the compiled timeline parser is older than its sources: run "
                    "scripts/setup (or .venv/bin/python scripts/native.py)", returncode=4)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'afterview.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Any]:
    """An open tracker store on ``db_url``."""
    from afterview.store.database import open_store

    opened = open_store(db_url)
    try:
        yield opened
    finally:
        opened.close()
