"""Private files: the profile (it holds the feed's secret), the policy, template overrides and
the database are created 0600 in 0700 folders."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from afterview.config import save_policy
from afterview.domain.policy import DEFAULT_POLICY
from afterview.profile import Profile, save_profile


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _usual_umask() -> object:
    import os

    previous = os.umask(0o022)  # the usual one, under which files were world-readable
    yield
    os.umask(previous)


def test_the_profile_and_policy_are_private_in_a_private_folder(tmp_path: Path) -> None:
    folder = tmp_path / "config" / "afterview"
    save_profile(Profile(name="Ana", calendar_token="secret"), folder / "profile.toml")
    save_policy(DEFAULT_POLICY, folder / "policy.toml")
    assert _mode(folder) == 0o700 and _mode(folder.parent) == 0o700
    assert _mode(folder / "profile.toml") == 0o600
    assert _mode(folder / "policy.toml") == 0o600
    save_profile(Profile(name="Ana B", calendar_token="secret"), folder / "profile.toml")
    assert _mode(folder / "profile.toml") == 0o600  # replaced in one step, still private
    assert sorted(p.name for p in folder.iterdir()) == ["policy.toml", "profile.toml"]


def test_an_existing_folder_keeps_its_permissions(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    save_profile(Profile(calendar_token="secret"), tmp_path / "profile.toml")
    assert _mode(tmp_path) == 0o755 and _mode(tmp_path / "profile.toml") == 0o600


def test_a_new_database_and_its_wal_files_are_private(tmp_path: Path) -> None:
    from afterview.store import tracker
    from afterview.store.database import open_store
    from tests.store.samples import NOW, application

    path = tmp_path / "afterview.db"
    store = open_store(f"sqlite:///{path}")
    tracker.add_application(store, application(), now=NOW)
    modes = {p.name: _mode(p) for p in tmp_path.iterdir()}
    store.close()
    assert modes == {"afterview.db": 0o600, "afterview.db-wal": 0o600,
                     "afterview.db-shm": 0o600}


def test_the_default_data_folder_is_created_private(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from afterview.store.database import default_path, open_store

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = default_path()
    assert path.parent == tmp_path / "data" / "afterview"
    open_store(f"sqlite:///{path}").close()
    assert _mode(path.parent) == 0o700 and _mode(path) == 0o600
