"""``afterview draft``: in-process with swapped streams, and once as a real process."""

from __future__ import annotations

import email
import email.policy
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import run_cli
from tests.paths import ROOT

RECORDS = ROOT / "tests" / "domain" / "snapshots" / "drafts" / "records"


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the user's own template overrides out of the tests (the one config folder)."""
    config = tmp_path / "config"
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(config))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    return config / "templates"


def write_record(tmp_path: Path, data: dict[str, Any]) -> str:
    path = tmp_path / "record.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def minimal() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((RECORDS / "minimal.json").read_text(encoding="utf-8"))
    return data


class FakeTerminal(io.StringIO):
    """Typed answers on a standard input that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_prints_the_draft_as_text() -> None:
    result = run_cli("draft", "status_email", "--record", str(RECORDS / "minimal.json"))
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("Subject: Following up on the Youth Services Librarian")
    assert "Chloe Adams" in result.stdout


def test_tone_and_interviewer_options() -> None:
    result = run_cli("draft", "thank_you_email", "--record", str(RECORDS / "team.json"),
                     "--tone", "casual", "--interviewer", "Elena")
    assert result.code == 0, result.stderr
    assert "Hi Elena," in result.stdout
    assert "data quality checks" in result.stdout


def test_call_script_shows_its_speaking_time() -> None:
    result = run_cli("draft", "call-script", "--record", str(RECORDS / "team.json"))
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("Estimated speaking time: about ")


def test_a_missing_fact_without_a_terminal_exits_2_naming_it(tmp_path: Path) -> None:
    data = minimal()
    del data["position"]
    result = run_cli("draft", "status_email", "--record", write_record(tmp_path, data),
                     stdin="")
    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "no position" in result.stderr


def test_a_missing_fact_at_a_terminal_is_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = minimal()
    del data["position"]
    monkeypatch.setattr(sys, "stdin", FakeTerminal("Teen Librarian\n555-0100\n"))
    result = run_cli("draft", "voicemail", "--record", write_record(tmp_path, data))
    assert result.code == 0, result.stderr
    assert "the Teen Librarian position" in result.stdout
    assert "reach me at 555-0100" in result.stdout
    assert "The position you interviewed for" in result.stderr
    assert "Your phone number" in result.stderr


def test_eml_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "draft.eml"
    result = run_cli("draft", "status_email", "--record", str(RECORDS / "team.json"),
                     "--format", "eml", "--output", str(target))
    assert result.code == 0, result.stderr
    assert result.stdout == ""
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert message["To"] == "Jordan Blake <jordan.blake@brightwater.example>"
    assert message["From"] == "Daniel Okafor <daniel.okafor@example.com>"
    assert message["Subject"] == "Follow-up on my Senior Data Engineer interview"


def test_eml_asks_for_a_missing_address_at_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", FakeTerminal("derek@library.example\n"))
    result = run_cli("draft", "status_email", "--record", str(RECORDS / "minimal.json"),
                     "--format", "eml")
    assert result.code == 0, result.stderr
    assert "To: Derek Foster <derek@library.example>" in result.stdout


def test_eml_without_an_address_and_no_terminal_exits_2() -> None:
    result = run_cli("draft", "status_email", "--record", str(RECORDS / "minimal.json"),
                     "--format", "eml", stdin="")
    assert result.code == 2
    assert "no email address for Derek Foster" in result.stderr


def test_mailto_link() -> None:
    result = run_cli("draft", "thank_you_email", "--record", str(RECORDS / "british.json"),
                     "--format", "mailto")
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("mailto:?subject=Thanks%20for%20the%20Asset")


def test_eml_needs_an_email_kind() -> None:
    result = run_cli("draft", "voicemail", "--record", str(RECORDS / "team.json"),
                     "--format", "eml")
    assert result.code == 2
    assert "needs an email kind" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["memo"], "unknown draft kind"),
        (["status_email", "--format", "pdf"], "unknown format"),
        (["status_email", "--tone", "chummy"], "unknown tone"),
    ],
)
def test_bad_options_exit_2(args: list[str], message: str) -> None:
    result = run_cli("draft", *args, "--record", str(RECORDS / "minimal.json"))
    assert result.code == 2
    assert message in result.stderr


def test_unreadable_or_bad_record_exits_2(tmp_path: Path) -> None:
    assert run_cli("draft", "status_email", "--record", str(tmp_path / "nope.json")).code == 2
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = run_cli("draft", "status_email", "--record", str(bad))
    assert result.code == 2
    assert "not valid JSON" in result.stderr


def test_user_templates_override_the_packaged_ones(_private_config: Path) -> None:
    _private_config.mkdir(parents=True)
    (_private_config / "text_message.neutral.j2").write_text(
        "{{ candidate.name }} here: any news on the {{ position }} position? Thanks.\n")
    result = run_cli("draft", "text_message", "--record", str(RECORDS / "minimal.json"))
    assert result.code == 0, result.stderr
    assert result.stdout == (
        "Chloe Adams here: any news on the Youth Services Librarian position? Thanks.\n")


def test_a_broken_override_names_file_and_line(_private_config: Path) -> None:
    _private_config.mkdir(parents=True)
    broken = _private_config / "text_message.neutral.j2"
    broken.write_text("Hello,\n{{ candidate.name }\n")
    result = run_cli("draft", "text_message", "--record", str(RECORDS / "minimal.json"))
    assert result.code == 2
    assert f"{broken}, line 2" in result.stderr


def editor(tmp_path: Path, replacement: str) -> str:
    """An $EDITOR that replaces the draft's body after its header with ``replacement``."""
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\n"
        "path = pathlib.Path(sys.argv[1])\n"
        "head = path.read_text().split('\\n\\n', 1)[0]\n"
        f"path.write_text(head + '\\n\\n' + {replacement!r})\n"
    )
    return f"{sys.executable} {script}"


def test_edit_opens_the_editor_then_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = (
        "Hello Derek,\n\nI'm following up on my interview on Tuesday, May 20 for the Youth "
        "Services Librarian position. Thank you again for the conversation about the summer "
        "reading challenge. I'm still very interested in the position. Is there an update you "
        "can share on next steps?\n\nBest regards,\nChloe Adams\n"
    )
    monkeypatch.setenv("EDITOR", editor(tmp_path, good))
    monkeypatch.delenv("VISUAL", raising=False)
    result = run_cli("draft", "status_email", "--record", str(RECORDS / "minimal.json"),
                     "--edit")
    assert result.code == 0, result.stderr
    assert result.stdout == (
        "Subject: Following up on the Youth Services Librarian interview\n\n" + good)
    assert "check: no findings" in result.stderr


def test_edit_reports_what_the_checker_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = "Hey Derek!!! Did I get the job?? I really need this, please answer ASAP.\n"
    monkeypatch.setenv("EDITOR", editor(tmp_path, bad))
    monkeypatch.delenv("VISUAL", raising=False)
    result = run_cli("draft", "status_email", "--record", str(RECORDS / "minimal.json"),
                     "--edit")
    assert bad in result.stdout
    assert result.code == 1
    assert "desperate-tone" in result.stderr
    assert "asks-if-hired" in result.stderr


def test_edit_says_so_when_the_checker_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", editor(tmp_path, "Short.\n"))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setitem(sys.modules, "afterview.domain.checker", None)
    result = run_cli("draft", "text_message", "--record", str(RECORDS / "minimal.json"),
                     "--edit")
    assert result.code == 0
    assert "checker is not available" in result.stderr


def test_runs_as_a_program(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    done = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "afterview"), "draft", "voicemail",
         "--record", str(RECORDS / "team.json")],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "this is Daniel Okafor" in done.stdout
    missing = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "afterview"), "draft", "voicemail",
         "--record", str(RECORDS / "minimal.json")],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, check=False,
    )
    assert missing.returncode == 2
    assert missing.stderr == (
        "afterview: error: the record has no phone number for the candidate "
        "(a voicemail message needs it)\n")
