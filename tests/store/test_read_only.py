"""Reading a database that cannot be written: read commands write nothing, not even the WAL
index; one that needs an upgrade there is one clear line."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from afterview.store import tracker
from afterview.store.database import StoreError, open_store
from tests.paths import ROOT
from tests.store.samples import NOW, application

READS = [("list",), ("show", "1"), ("today", "--today", "2026-03-12"), ("plan", "1"),
         ("stats",), ("export",), ("export", "--format", "csv"), ("list", "--json")]


def _as_a_plain_user() -> list[str]:
    """A prefix that runs a command without root's power to write anywhere."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        # setpriv is in util-linux, which every Debian system has; only a machine without
        # it (and running as root, who writes anywhere) cannot make the folder read-only
        message = "running as root without setpriv: a read-only folder cannot be made"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def _afterview(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}",
           "AFTERVIEW_CONFIG_DIR": str(db.parent.parent / "config")}
    return subprocess.run([*_as_a_plain_user(), sys.executable, "-m", "afterview", "--db",
                           str(db), *args], env=env, capture_output=True, text=True,
                          timeout=120, check=False)


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Path]:
    """A database with one application, in a folder that cannot be written."""
    folder = tmp_path / "archive"
    folder.mkdir()
    db = folder / "afterview.db"
    store = open_store(f"sqlite:///{db}")
    tracker.add_application(store, application(), now=NOW)
    store.close()
    assert sorted(p.name for p in folder.iterdir()) == ["afterview.db"]
    folder.chmod(0o555)
    yield db
    folder.chmod(0o755)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("args", READS, ids=" ".join)
def test_read_commands_work_in_a_read_only_folder(locked: Path, args: tuple[str, ...]) -> None:
    before = _digest(locked)
    result = _afterview(locked, *args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "Harborline" in result.stdout or args[0] in ("today", "stats")
    assert _digest(locked) == before
    assert sorted(p.name for p in locked.parent.iterdir()) == ["afterview.db"]


def test_a_write_there_is_one_clear_line(locked: Path) -> None:
    result = _afterview(locked, "close", "1")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "readonly" in result.stderr or "read-only" in result.stderr


def test_a_database_needing_an_upgrade_there_is_one_clear_line(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    import afterview.store.database as database

    folder = tmp_path / "old"
    folder.mkdir()
    db = folder / "afterview.db"
    store = open_store(f"sqlite:///{db}")
    config = Config()
    config.set_main_option("script_location",
                           str(Path(database.__file__).with_name("migrations")))
    with store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    store.close()
    folder.chmod(0o555)
    try:
        result = _afterview(db, "list")
    finally:
        folder.chmod(0o755)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"afterview: error: {db} needs its schema brought up to date")
    assert "open it once where it can be written" in line


@pytest.mark.postgres
def test_a_read_only_store_on_postgresql_reads_in_read_only_transactions(
        postgres_url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    store = open_store(postgres_url)
    tracker.add_application(store, application(), now=NOW)
    store.close()
    reader = open_store(postgres_url, read_only=True)
    try:
        assert reader.read_only
        assert tracker.get_application(reader, 1)["company"] == "Harborline Logistics"
        with pytest.raises(StoreError, match="opened read-only"):
            tracker.close_application(reader, 1, "moved_on")
        with reader.engine.connect() as conn, pytest.raises(DBAPIError, match="read-only"):
            conn.execute(text("DELETE FROM applications"))
    finally:
        reader.close()


def test_a_missing_folder_is_an_error_and_nothing_is_created(tmp_path: Path) -> None:
    from afterview.store.database import resolve_url

    target = tmp_path / "nonexistent" / "dir" / "x.db"
    with pytest.raises(StoreError, match=r"the folder .*nonexistent/dir does not exist"):
        open_store(resolve_url(str(target)), read_only=True)
    assert not (tmp_path / "nonexistent").exists()
