"""Every command, driven with generated arguments: never a traceback (issue 11.5).

The commands and their options are read from the Typer app, so a new command or option is
fuzzed without touching this file. Values mix the classes that used to crash (huge and
negative numbers, dates out of range, bytes that are not UTF-8, empty and very long
strings) with words the commands accept, so that examples also get past the parser.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.cli.app import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, app
from tests.cli.helpers import run_cli

SKIPPED = {"serve": "starts a web server that runs until stopped (tests/web/test_serve.py)"}
EXAMPLES = int(os.environ.get("AFTERVIEW_FUZZ_EXAMPLES", "300"))
FIXED = "AFTERVIEW_FUZZ_EXAMPLES" not in os.environ
"""The suite runs the same 300 examples each time; set AFTERVIEW_FUZZ_EXAMPLES to explore."""

NASTY = [
    "99999999999999999999", "9223372036854775808", str(2**63 - 1), str(2**31), "-1", "-0",
    "0", "1", "2", "3", "-2147483649", "9999-12-31", "0001-01-01", "1989-12-31", "2101-01-01",
    "2026-03-10", "2026-03-10T14:00", "2026-02-30", "2026-03-10T25:00", "", " ", "-",
    "x" * 5_000, "a" * 50_000, "\udcff\udcfe", "caf\udce9", "%", "_%_", "\\", "NONE",
    "VAGUE", "nan", "1e309", "'; DROP TABLE applications; --", "{}", "[]", "null", "\t",
]
WORDS = [
    "email", "call", "text", "status", "final", "thank_you", "other", "sent", "replied",
    "rude", "offer", "rejected", "moved_on", "withdrawn", "overdue", "today", "week",
    "awaiting", "json", "csv", "ics", "eml", "mailto", "formal", "casual", "panel",
    "thank_you_email", "status_email", "call_script", "voicemail", "text_message",
    "America/New_York", "Mars/Olympus", "US", "GB", "ZZ", "CA", "Dana Ruiz",
    "Dana Ruiz, Manager, dana@example.com, +1 212 555 0100", "not an email",
]
values = st.one_of(
    st.sampled_from(NASTY), st.sampled_from(WORDS),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    # no path separators: generated file names stay in the test's folder
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\\\x00"),
            max_size=40),
)

numbers = st.one_of(st.integers(1, 8).map(str), st.sampled_from(NASTY[:12]), values)
dates = st.one_of(st.dates(date(2026, 1, 1), date(2026, 6, 30)).map(date.isoformat),
                  st.sampled_from(NASTY[11:20]), values)


def value_for(param: Any) -> st.SearchStrategy[str]:
    """Values for one parameter: mostly of its kind (so that examples get past the parser
    and reach the command), often nasty."""
    if getattr(param.type, "name", "") in ("int", "integer"):
        return numbers
    if param.name in ("today", "as_of", "at", "on", "deadline"):
        return dates
    return values


def _commands() -> dict[str, Any]:
    import typer.main

    group = typer.main.get_command(app)
    commands: dict[str, Any] = group.commands  # type: ignore[attr-defined]
    return {name: cmd for name, cmd in sorted(commands.items()) if name not in SKIPPED}


COMMANDS = _commands()


@st.composite
def invocations(draw: st.DrawFn) -> list[str]:
    """A command name, then its arguments and options in a random order, with values drawn
    from ``values``; now and then an option it does not have, or a value left off."""
    name = draw(st.sampled_from(sorted(COMMANDS)))
    command = COMMANDS[name]
    arguments = [p for p in command.params if p.param_type_name == "argument"]
    options = [p for p in command.params
               if p.param_type_name == "option" and p.name != "help"]
    parts: list[list[str]] = []
    count = draw(st.sampled_from([len(arguments)] * 4 + [0, len(arguments) + 1]))
    for param in (arguments + arguments[-1:])[:count]:
        parts.append([draw(value_for(param))])
    for option in draw(st.lists(st.sampled_from(options), max_size=5)) if options else []:
        flag = draw(st.sampled_from([*option.opts, *option.secondary_opts]))
        if getattr(option, "is_flag", False):
            parts.append([flag])
        else:
            parts.append([flag, draw(value_for(option))])
    if draw(st.integers(0, 9)) == 0:
        parts.append([draw(st.sampled_from(["--bogus", "-z", "--json=1", "--"]))])
    order = draw(st.permutations(range(len(parts))))
    tokens = [token for i in order for token in parts[i]]
    if tokens and draw(st.integers(0, 9)) == 0:
        tokens.pop()  # an option without its value, or a command without its argument
    return [name, *tokens]


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file of the demo's sample applications, copied fresh for each example."""
    from datetime import UTC, datetime

    from afterview.store.demo import create_demo

    path = tmp_path_factory.mktemp("fuzz") / "sample.db"
    now = datetime(2026, 3, 12, 15, tzinfo=UTC)
    create_demo(path, today=now.date(), now=now)
    return path


def test_every_command_is_fuzzed() -> None:
    from afterview.cli.app import COMMAND_MODULES

    assert len(COMMANDS) + len(SKIPPED) >= len(COMMAND_MODULES)
    assert {"show", "plan", "log", "reply", "round", "close", "draft", "edit", "list", "today",
            "check", "scenario", "timeline", "stats", "import", "export"} <= set(COMMANDS)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=FIXED,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(args=invocations())
def test_no_command_ends_in_a_traceback(args: list[str], sample_db: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    work = tmp_path / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    db = work / "tracker.db"
    shutil.copy(sample_db, db)
    monkeypatch.chdir(work)
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(work / "config"))
    monkeypatch.setenv("EDITOR", "true")  # draft --edit opens an editor that changes nothing
    monkeypatch.setenv("VISUAL", "true")
    result = run_cli("--db", str(db), *args, stdin="")
    assert "Traceback" not in result.stderr, result.stderr
    assert result.code in (EXIT_OK, EXIT_FINDINGS, EXIT_USAGE), (result.code, result.stderr)
    if result.code == EXIT_USAGE:
        errors = [line for line in result.stderr.splitlines() if line.startswith("afterview")]
        assert len(errors) == 1, result.stderr
