"""Shell completion (Typer's own): commands, options, draft kinds and stored application ids."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_tracker_cli import ADD, cli

AFTERVIEW = str(Path(sys.executable).with_name("afterview"))


def complete(words: str, env: dict[str, str]) -> list[str]:
    """What bash would be offered for ``afterview WORDS`` (a trailing space: a new word)."""
    parts = words.split()
    cword = len(parts) + (1 if words.endswith(" ") or not words else 0)
    proc = subprocess.run([AFTERVIEW], capture_output=True, text=True, timeout=60, check=False,
                          env={**env, "_AFTERVIEW_COMPLETE": "complete_bash",
                               "COMP_WORDS": f"afterview {words}", "COMP_CWORD": str(cword)})
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    return proc.stdout.split()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "AFTERVIEW_CONFIG_DIR": str(tmp_path / "config")}


def test_commands_options_kinds_and_ids(tmp_path: Path, env: dict[str, str]) -> None:
    db = str(tmp_path / "tracker.db")
    for company in ("Harborline", "Northwind", "Cobalt", "Brightloop", "Quillstone", "Alder",
                    "Cedar", "Fernwood", "Granite", "Bluefin", "Meridian", "Driftwood"):
        assert cli(db, *ADD[:2], company, *ADD[3:]).code == 0
    assert {"show", "plan", "today", "draft", "serve"} <= set(complete("", env))
    assert "--json" in complete("show 1 --", env)
    assert sorted(complete(f"--db {db} show 1", env)) == ["1", "10", "11", "12"]
    assert sorted(complete(f"--db {db} plan ", env), key=int) == [str(i) for i in range(1, 13)]
    assert complete(f"--db {db} draft --interview 12", env) == ["12"]
    assert complete("draft thank", env) == ["thank_you_email"]
    assert complete(f"--db {db} show x", env) == []


def test_completing_ids_never_creates_a_database(tmp_path: Path, env: dict[str, str]) -> None:
    missing = tmp_path / "none.db"
    assert complete(f"--db {missing} show ", env) == []
    assert not missing.exists()
