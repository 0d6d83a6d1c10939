"""Export and import through the command line: one application, JSON, a dry run, bad files,
and a database path whose folder is missing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli
from tests.cli.test_tracker_cli import ADD


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "tracker.db")
    assert run_cli("--db", path, *ADD).code == 0
    second = [a if a != "Harborline Logistics" else "Cobalt Ridge Bank" for a in ADD]
    assert run_cli("--db", path, *second).code == 0
    return path


def test_export_json_and_one_interview(db: str) -> None:
    everything = run_cli("--db", db, "export", "--json")
    assert everything.code == 0, everything.stderr
    data = json.loads(everything.stdout)
    assert [a["company"] for a in data["applications"]] == ["Harborline Logistics",
                                                            "Cobalt Ridge Bank"]
    one = json.loads(run_cli("--db", db, "export", "--interview", "2").stdout)
    assert one["applications"] == data["applications"][1:]
    csv = run_cli("--db", db, "export", "--format", "csv", "--interview", "1").stdout
    assert "Harborline" in csv and "Cobalt" not in csv
    missing = run_cli("--db", db, "export", "--interview", "9")
    assert (missing.code, missing.stderr) == (2, "afterview: error: there is no application 9\n")
    clash = run_cli("--db", db, "export", "--json", "--format", "csv")
    assert clash.code == 2 and "--json exports JSON" in clash.stderr


def test_a_dry_run_says_what_it_would_add_change_and_skip(db: str, tmp_path: Path) -> None:
    exported = json.loads(run_cli("--db", db, "export").stdout)
    exported["applications"][0]["position"] = "Lead Data Analyst"
    exported["applications"][0]["updated_at"] = "2099-01-01T00:00:00+00:00"
    path = tmp_path / "back.json"
    path.write_text(json.dumps(exported))
    dry = run_cli("--db", db, "import", "--dry-run", str(path))
    assert dry.code == 0, dry.stderr
    assert dry.stdout.splitlines() == [
        "back.json: would add 0, change 1 and skip 1 of 2 applications; nothing was written.",
        "  would change #1 Harborline Logistics (Lead Data Analyst): newer in the file",
        "  would skip #2 Cobalt Ridge Bank (Senior Data Analyst): unchanged"]
    shown = json.loads(run_cli("--db", db, "show", "1", "--json").stdout)
    assert shown["application"]["position"] == "Senior Data Analyst"
    done = run_cli("--db", db, "import", str(path))
    assert done.stdout.startswith("back.json: added 0, changed 1 and skipped 1 of 2")
    assert len(json.loads(run_cli("--db", db, "list", "--json").stdout)) == 2


@pytest.mark.parametrize(("name", "content", "message"), [
    ("deep.json", "[" * 50_000 + "]" * 50_000, "nested too deeply"),
    ("big.csv", "company,position,interview_at,notes\nA,B,2026-03-10T10:00,\""
     + "x" * 140_000 + "\"\n", "CSV line 2: a cell is longer than 128 KB"),
    ("extra.json", json.dumps([{"company": "A", "position": "B", "bonus": 1}]),
     "application 1 (A): unknown key 'bonus'"),
])
def test_a_bad_import_file_is_one_line_and_exit_2(db: str, tmp_path: Path, name: str,
                                                  content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    result = run_cli("--db", db, "import", str(path))
    assert result.code == 2
    (line,) = result.stderr.splitlines()
    assert message in line


def test_a_missing_folder_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "nonexistent" / "dir" / "x.db"
    for args in (("list",), ("add", "--company", "A")):
        result = run_cli("--db", str(target), *args)
        assert result.code == 2
        assert result.stderr == (f"afterview: error: the folder {target.parent} does not "
                                 "exist: create it first, or give --db a file in an existing "
                                 "folder\n")
    assert not (tmp_path / "nonexistent").exists()


def test_progress_is_a_rich_bar_at_a_terminal_and_lines_otherwise() -> None:
    import io

    from afterview.cli import console
    from afterview.cli.tracker_data import _progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    saved = console.out.stderr
    try:
        for stream in (Terminal(), io.StringIO()):
            console.out.stderr = stream
            with _progress() as progress:
                progress(500, 1000)
                progress(1000, 1000)
            shown = stream.getvalue()
            if isinstance(stream, Terminal):
                assert "importing" in shown and "\x1b[" in shown  # drawn, then cleared
            else:
                assert shown == "imported 500/1000\nimported 1000/1000\n"
    finally:
        console.out.stderr = saved
