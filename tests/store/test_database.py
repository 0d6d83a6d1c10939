"""Opening databases: created and migrated on first use, refused when too new or not ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from afterview.domain.errors import InputError
from afterview.store.database import (
    HEAD_REVISION,
    StoreError,
    describe,
    open_store,
    resolve_url,
    sqlite_file,
)


def test_head_revision_is_alembics_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import afterview.store.database as database

    config = Config()
    config.set_main_option("script_location",
                           str(Path(database.__file__).with_name("migrations")))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_first_use_creates_the_schema_and_reopening_keeps_it(db_url: str) -> None:
    from sqlalchemy import inspect

    store = open_store(db_url)
    with store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    store.close()
    assert {"applications", "rounds", "people", "contacts", "stage_changes",
            "afterview_meta", "alembic_version"} <= tables
    open_store(db_url).close()  # already current: nothing to do, no error


def test_migrations_run_down_and_up_again(db_url: str) -> None:
    from alembic import command
    from alembic.config import Config

    import afterview.store.database as database

    store = open_store(db_url)
    with store.engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location",
                               str(Path(database.__file__).with_name("migrations")))
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
        command.upgrade(config, "head")
    store.close()
    open_store(db_url).close()


def test_a_database_from_a_newer_version_is_refused(db_url: str) -> None:
    from sqlalchemy import text

    store = open_store(db_url)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0042'"))
    store.close()
    with pytest.raises(StoreError, match=r"newer version of Afterview.*upgrade Afterview"):
        open_store(db_url)


def test_a_database_that_is_not_ours_is_refused(db_url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(StoreError, match=r"not an Afterview database.*invoices"):
        open_store(db_url)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list\n" * 200)
    with pytest.raises(StoreError, match="not an Afterview database"):
        open_store(f"sqlite:///{path}")


def test_sqlite_uses_wal_and_a_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    store = open_store(f"sqlite:///{path}")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.close()
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_url_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AFTERVIEW_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    default = resolve_url(None)
    assert default.startswith("sqlite:///") and default.endswith("afterview.db")
    assert str(tmp_path / "data") in default
    assert resolve_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    monkeypatch.setenv("AFTERVIEW_DATABASE_URL", "postgres://u:secret@db/app")
    assert resolve_url(None) == "postgresql+psycopg://u:secret@db/app"
    assert resolve_url(str(tmp_path / "y.db")).endswith("y.db")  # --db wins over the env
    assert "secret" not in describe("postgresql+psycopg://u:secret@db/app")
    assert sqlite_file("postgresql://db/app") is None
    with pytest.raises(InputError, match="unsupported database URL"):
        resolve_url("mysql://db/app")


def test_the_default_file_is_created_in_the_data_folder(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AFTERVIEW_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    open_store(resolve_url(None)).close()
    assert (tmp_path / "data" / "afterview" / "afterview.db").is_file()


def test_an_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot open"):
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
