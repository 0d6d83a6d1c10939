"""What users read points to docs/, never to the project's internal RULES.md or SPEC.md."""

from __future__ import annotations

import re

import pytest

from afterview.cli.app import app
from tests.cli.helpers import run_cli
from tests.paths import ROOT

INTERNAL = re.compile(r"\b(?:RULES|SPEC)\.md\b")


def _commands() -> list[str]:
    import typer

    return sorted(c.name or "" for c in typer.main.get_command(app).commands.values())  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", ["", *_commands()])
def test_help_points_to_docs(command: str) -> None:
    result = run_cli(*([command] if command else []), "--help")
    assert result.code == 0
    assert not INTERNAL.search(result.stdout), result.stdout


@pytest.mark.parametrize("page", sorted(p.name for p in (ROOT / "docs").glob("*.md")))
def test_docs_pages_do_not_point_to_internal_files(page: str) -> None:
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    assert not INTERNAL.search(text)
