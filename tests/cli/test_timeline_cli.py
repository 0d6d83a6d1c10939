"""``afterview timeline``: in-process with swapped streams, and once as a real program."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli.helpers import run_cli
from tests.paths import ROOT


def test_says_the_deadline_and_the_follow_up_day() -> None:
    result = run_cli("timeline", "We'll make a decision by the end of next week.",
                     "--on", "2026-03-02")
    assert result.code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first == "Decision expected by Fri 13 Mar 2026 — follow up from Tue 17 Mar"
    assert '"by the end of next week"' in result.stdout


def test_vague_and_none_say_what_that_means() -> None:
    vague = run_cli("timeline", "We'll be in touch soon.", "--on", "2026-03-02")
    assert vague.code == 0
    assert "no date" in vague.stdout
    assert "from Mon 9 Mar" in vague.stdout  # first business day on or after said_on + 7
    none = run_cli("timeline", "Thanks for coming in!", "--on", "2026-03-07")
    assert "Nothing here promises" in none.stdout
    assert "from Mon 16 Mar" in none.stdout  # 14 Mar is a Saturday


def test_passed_date_falls_back_to_one_to_two_weeks() -> None:
    # a full date already past dates something else; the promise is left without a date
    result = run_cli("timeline", "Decision by 2026-02-20.", "--on", "2026-03-02", "--json")
    payload = json.loads(result.stdout)
    assert payload["deadline"] is None and payload["vague"] is True
    assert payload["follow_up"]["rule"] == "wait-one-to-two-weeks"


def test_json_output() -> None:
    result = run_cli("timeline", "by 3/4", "--on", "2026-02-01", "--country", "GB", "--json")
    assert result.code == 0
    payload = json.loads(result.stdout)
    assert payload["deadline"] == "2026-04-03"
    assert payload["kind"] == "deadline"
    assert payload["follow_up"] == {
        "rule": "wait-for-deadline", "earliest": "2026-04-07", "latest": "2026-04-08",
    }  # Easter Monday is no holiday UK-wide; Good Friday is 3 April


def test_an_invitation_to_call_is_said_and_in_the_json() -> None:
    words = "Feel free to call me if you haven't heard in two weeks."
    result = run_cli("timeline", words, "--on", "2026-03-10")
    assert result.code == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("Decision expected by Tue 24 Mar 2026")
    assert "invited you to call" in result.stdout and "invited-to-call" in result.stdout
    payload = json.loads(run_cli("timeline", words, "--on", "2026-03-10", "--json").stdout)
    assert payload["invited_to_call"] is True and payload["deadline"] == "2026-03-24"
    other = json.loads(run_cli("timeline", "We'll call you Friday.", "--on", "2026-03-10",
                               "--json").stdout)
    assert other["invited_to_call"] is False


def test_scenario_with_inviting_words_plans_a_call(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(json.dumps({
        "interview_at": "2026-03-10T10:00", "timezone": "America/New_York",
        "timeline": "Feel free to call me if you haven't heard in two weeks."}))
    result = run_cli("scenario", str(path), "--json")
    assert result.code == 0, result.stderr
    plan = json.loads(result.stdout)
    status = next(s for s in plan["steps"] if s["step"] == "status")
    assert "invited-to-call" in {r["rule"] for r in status["reasons"]}


def test_stdin_gives_one_json_line_per_message() -> None:
    result = run_cli("timeline", "-", "--on", "2026-03-02",
                     stdin="We'll decide by Friday.\nsoon\nThanks!\n")
    assert result.code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["kind"] for line in lines] == ["deadline", "vague", "none"]
    assert lines[0]["deadline"] == "2026-03-06"
    assert lines[0]["text"] == "We'll decide by Friday."


def test_bad_date_is_one_line_and_exit_2() -> None:
    result = run_cli("timeline", "by Friday", "--on", "03/02/2026")
    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "--on" in result.stderr


def test_unknown_country_is_exit_2() -> None:
    result = run_cli("timeline", "by Friday", "--on", "2026-03-02", "--country", "XX")
    assert result.code == 2
    assert "country" in result.stderr


def test_real_program() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "afterview", "timeline", "-", "--on", "2026-03-02"],
        input="We'll get back to you within 5 business days.\n", capture_output=True,
        text=True, check=False, cwd=ROOT, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["deadline"] == "2026-03-09"
    bad = subprocess.run(
        [sys.executable, "-m", "afterview", "timeline", "x", "--on", "tomorrow"],
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=60,
    )
    assert bad.returncode == 2
    assert bad.stderr.startswith("afterview: error:")
