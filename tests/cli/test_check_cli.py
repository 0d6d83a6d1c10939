"""``afterview check``: linter output, JSON, exit codes 0/1/2, stdin, a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from afterview.domain.checker.rules_presence import RECORD, STATUS_OK
from tests.cli.helpers import run_cli

BAD = STATUS_OK.replace("Could you share an update on the timeline?", "So… am I in?")


def _files(tmp_path: Path, text: str) -> tuple[str, str]:
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    record = tmp_path / "record.json"
    record.write_text(json.dumps(RECORD), encoding="utf-8")
    return str(draft), str(record)


def test_clean_draft_exits_0(tmp_path: Path) -> None:
    draft, record = _files(tmp_path, STATUS_OK)
    result = run_cli("check", draft, "--kind", "status_email", "--record", record)
    assert result.code == 0, result
    assert "no findings" in result.stdout


def test_errors_exit_1_with_location_underline_and_suggestion(tmp_path: Path) -> None:
    draft, record = _files(tmp_path, BAD)
    result = run_cli("check", draft, "--kind", "status_email", "--record", record)
    assert result.code == 1
    lines = result.stdout.splitlines()
    head = next(i for i, line in enumerate(lines) if " asks-if-hired error " in line)
    assert lines[head].startswith(f"{draft}:3:")
    column = int(lines[head].split(":")[2].split()[0])
    assert lines[head + 1].strip() in BAD
    underline = lines[head + 2]
    assert underline.strip() == "^" * len("am I in")
    assert underline.index("^") - 4 == column - 1
    assert lines[head + 3].strip().startswith("suggestion:")


def test_warnings_only_exit_0(tmp_path: Path) -> None:
    text = STATUS_OK.replace("Your plan for cycle counts in the cold store has stayed with me. ",
                             "")
    draft, record = _files(tmp_path, text)
    result = run_cli("check", draft, "--kind", "status_email", "--record", record)
    assert result.code == 0
    assert "no-specific-topic warning" in result.stdout


def test_json_output(tmp_path: Path) -> None:
    draft, record = _files(tmp_path, BAD)
    result = run_cli("check", draft, "--kind", "status_email", "--record", record, "--json")
    assert result.code == 1
    rows = json.loads(result.stdout)
    hit = next(r for r in rows if r["rule"] == "asks-if-hired")
    assert BAD[hit["start"]:hit["end"]] == "am I in"
    assert {"severity", "message", "suggestion", "line", "column"} <= hit.keys()


def test_stdin_words_and_no_spelling(tmp_path: Path) -> None:
    text = STATUS_OK.replace("has stayed with me", "has stayed with me, planr and all")
    words = tmp_path / "words.txt"
    words.write_text("# my words\nplanr\n", encoding="utf-8")
    _, record = _files(tmp_path, text)
    base = ("check", "-", "--kind", "status_email", "--record", record)
    assert "spelling" in run_cli(*base, stdin=text).stdout
    assert run_cli(*base, "--words", str(words), stdin=text).code == 0
    assert run_cli(*base, "--no-spelling", stdin=text).code == 0


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    draft, _ = _files(tmp_path, STATUS_OK)
    missing = run_cli("check", str(tmp_path / "nope.txt"), "--kind", "status_email")
    assert missing.code == 2 and "cannot read" in missing.stderr
    bad_kind = run_cli("check", draft, "--kind", "letter")
    assert bad_kind.code == 2 and "unknown draft kind" in bad_kind.stderr
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    bad_json = run_cli("check", draft, "--kind", "status_email", "--record", str(broken))
    assert bad_json.code == 2 and "not valid JSON" in bad_json.stderr
    no_kind = run_cli("check", draft)
    assert no_kind.code == 2


def test_real_subprocess(tmp_path: Path) -> None:
    draft, record = _files(tmp_path, BAD)
    proc = subprocess.run(
        [sys.executable, "-m", "afterview", "check", draft, "--kind", "status_email",
         "--record", record],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 1, proc.stderr
    assert " asks-if-hired error " in proc.stdout


def test_every_message_kind_is_accepted(tmp_path: Path) -> None:
    """A final follow-up, a closing note and the email after a rude call are checkable."""
    closing = STATUS_OK.replace("Could you share an update on the timeline?", "")
    draft, record = _files(tmp_path, closing)
    for kind in ("final_email", "closing_email", "after_rude_call_email"):
        result = run_cli("check", draft, "--kind", kind, "--record", record)
        assert result.code in (0, 1), (kind, result)
    result = run_cli("check", draft, "--kind", "closing_email", "--record", record)
    assert "no-status-question" not in result.stdout  # a closing note asks nothing
    result = run_cli("check", draft, "--kind", "final_email", "--record", record)
    assert "no-status-question" in result.stdout  # a final follow-up still asks
    result = run_cli("check", draft, "--kind", "memo", "--record", record)
    assert result.code == 2
