"""The read commands start without SQLAlchemy's ORM or the web stack (a fresh process each).

Loading SQLAlchemy's ORM and the models takes longer than any of these reads; a command
that reads one record or today's agenda must not pay for it, so that it answers at the
speed of a shell. This test fails as soon as one of them imports either again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_tracker_cli import ADD, cli

FORBIDDEN = ("sqlalchemy.orm", "afterview.store.models", "fastapi", "starlette", "uvicorn",
             "jinja2")
PROBE = """
import json, sys
from afterview.cli.app import main
code = main(sys.argv[1:])
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {names}
               or any(m == f or m.startswith(f + ".") for f in {forbidden}))
sys.stderr.write("\\nLOADED " + json.dumps([code, heavy]) + "\\n")
"""
DAY = ("--today", "2026-03-12")
READS = [
    ("today", *DAY), ("today", "--json", *DAY), ("list", *DAY),
    ("list", "--due", "week", "--json", *DAY), ("show", "1", *DAY),
    ("show", "1", "--json", *DAY), ("plan", "1", *DAY), ("plan", "1", "--json", *DAY),
    ("export", "--interview", "1"), ("export", "--interview", "1", "--format", "csv"),
    ("timeline", "We'll decide by Friday", "--on", "2026-03-12"), ("policy",), ("profile",),
]


@pytest.fixture(scope="module")
def tracker(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    folder = tmp_path_factory.mktemp("startup")
    db = str(folder / "tracker.db")
    assert cli(db, *ADD).code == 0
    assert cli(db, "log", "1", "--at", "2026-03-10T17:00", "--purpose", "thank_you").code == 0
    env = {**os.environ, "AFTERVIEW_CONFIG_DIR": str(folder / "config"),
           "AFTERVIEW_DATABASE_URL": db}
    return db, env


def loaded(args: tuple[str, ...], env: dict[str, str]) -> tuple[int, list[str]]:
    probe = PROBE.format(names=repr({f.split(".")[0] for f in FORBIDDEN if "." not in f}),
                         forbidden=repr(FORBIDDEN))
    proc = subprocess.run([sys.executable, "-c", probe, *args], env=env, capture_output=True,
                          text=True, timeout=60, cwd=Path(__file__).parent, check=False)
    line = next((x for x in proc.stderr.splitlines() if x.startswith("LOADED ")), proc.stderr)
    code, heavy = json.loads(line.removeprefix("LOADED "))
    assert code == 0, proc.stderr
    return code, heavy


@pytest.mark.parametrize("args", READS, ids=" ".join)
def test_read_command_skips_the_orm_and_the_web(args: tuple[str, ...],
                                                tracker: tuple[str, dict[str, str]]) -> None:
    code, heavy = loaded(args, tracker[1])
    assert code == 0
    assert heavy == []


def test_the_probe_sees_the_orm_when_a_command_loads_it(
        tracker: tuple[str, dict[str, str]]) -> None:
    """A write opens the store through the ORM: the probe must report it, or it proves nothing."""
    copy = str(Path(tracker[0]).with_name("written.db"))
    assert cli(copy, *ADD).code == 0
    env = {**tracker[1], "AFTERVIEW_DATABASE_URL": copy}
    code, heavy = loaded(("close", "1", "--reason", "withdrawn"), env)
    assert code == 0
    assert "sqlalchemy.orm" in heavy
