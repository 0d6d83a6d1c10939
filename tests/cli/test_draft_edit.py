"""``afterview draft --edit``: the edited text is checked like ``check`` checks a file."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli
from tests.paths import ROOT

MINIMAL = str(ROOT / "tests" / "domain" / "snapshots" / "drafts" / "records" / "minimal.json")
WRONG_NAME = (
    "Hi Patricia,\n\nI'm following up on my interview on Tuesday, May 20 for the Youth "
    "Services Librarian position at Pinecrest Public Library. Thank you again for the "
    "conversation about the summer reading challenge. I'm still very interested in the "
    "position. Is there an update you can share on next steps?\n\nBest regards,\nChloe Adams\n"
)


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    monkeypatch.delenv("VISUAL", raising=False)


def _editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """An $EDITOR that keeps the subject line and replaces the rest with ``body``."""
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\n"
        "path = pathlib.Path(sys.argv[1])\n"
        "head = path.read_text().split('\\n\\n', 1)[0]\n"
        f"path.write_text(head + '\\n\\n' + {body!r})\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")


def test_a_wrong_name_in_an_edited_email_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _editor(tmp_path, monkeypatch, WRONG_NAME)
    result = run_cli("draft", "status_email", "--record", MINIMAL, "--edit")
    assert result.stdout.startswith("Subject: ")
    assert "wrong-name" in result.stderr
    assert "'Patricia'" in result.stderr


def test_findings_are_located_by_line_and_column_as_check_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _editor(tmp_path, monkeypatch, WRONG_NAME)
    edited = run_cli("draft", "status_email", "--record", MINIMAL, "--edit")
    # the subject line is line 1, a blank line 2, the greeting line 3: 'Patricia' at 3:4
    head = next(line for line in edited.stderr.splitlines() if " wrong-name " in line)
    assert head.startswith("draft:3:4 wrong-name error ")
    assert not re.search(r"\bat \d+:", edited.stderr)  # no character offsets
    text = tmp_path / "edited.txt"
    text.write_text(edited.stdout, encoding="utf-8")
    checked = run_cli("check", str(text), "--kind", "status_email", "--record", MINIMAL)
    line = next(line for line in checked.stdout.splitlines() if " wrong-name " in line)
    assert line.removeprefix(str(text)) == head.removeprefix("draft")
