"""``afterview edit ID --person PERSON_ID …`` and ``--remove-person``: correcting people."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.helpers import Result, run_cli

ADD = ("add", "--company", "Harborline Logistics", "--position", "Senior Data Analyst",
       "--at", "2026-03-10T14:00", "--timezone", "America/New_York", "--deadline", "2026-03-13",
       "--topic", "route dashboards",
       "--interviewer", "Dena Whitfield, Analytics Manager, dana@harborline.example",
       "--recruiter", "Sam Ortega, sam@harborline.example, +1 617 555 0142")


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "config"))
    path = str(tmp_path / "tracker.db")
    assert run_cli("--db", path, *ADD).code == 0
    return path


def cli(db: str, *args: str) -> Result:
    return run_cli("--db", db, *args)


def ok_json(db: str, *args: str) -> Any:
    result = cli(db, *args, "--json")
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)


def _people(record: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {p["id"]: p for p in record["people"]}


def test_show_gives_the_ids_and_a_mistyped_name_is_corrected_in_drafts(db: str) -> None:
    shown = cli(db, "show", "1")
    assert "Interviewer [1]: Dena Whitfield" in shown.stdout
    assert "Recruiter [2]: Sam Ortega" in shown.stdout
    assert run_cli("profile", "--name", "Priya Nair", "--email", "priya@example.com").code == 0
    before = cli(db, "draft", "thank_you_email", "--interview", "1")
    assert before.code == 0 and "Hello Dena," in before.stdout

    changed = cli(db, "edit", "1", "--person", "1", "--name", "Dana Whitfield")
    assert changed.code == 0, changed.stderr
    assert changed.stdout.strip() == (
        "Updated Dana Whitfield [1] on #1: Senior Data Analyst at Harborline Logistics.")
    assert "Interviewer [1]: Dana Whitfield —" in cli(db, "show", "1").stdout
    after = cli(db, "draft", "thank_you_email", "--interview", "1", "--format", "eml")
    assert "To: Dana Whitfield <dana@harborline.example>" in after.stdout
    assert "Hello Dana," in after.stdout and "Dena" not in after.stdout


def test_every_field_of_a_person_can_be_changed(db: str) -> None:
    record = ok_json(db, "edit", "1", "--person", "1", "--title", "", "--email",
                     "dana.w@harborline.example", "--phone", "+1 617 555 0101",
                     "--role", "hiring-manager", "--round", "1", "--primary")
    people = _people(record)
    assert {k: people[1][k] for k in ("title", "email", "phone", "role", "round", "primary")
            } == {"title": None, "email": "dana.w@harborline.example",
                  "phone": "+1 617 555 0101", "role": "hiring_manager", "round": 1,
                  "primary": True}
    assert people[2]["primary"] is False  # one primary contact
    cleared = _people(ok_json(db, "edit", "1", "--person", "1", "--round", "0",
                              "--not-primary"))
    assert (cleared[1]["round"], cleared[1]["primary"]) == (None, False)


def test_remove_a_person_keeps_their_contacts(db: str) -> None:
    assert cli(db, "log", "1", "--at", "2026-03-10T17:00", "--purpose", "thank_you",
               "--person", "1").code == 0
    logged = cli(db, "show", "1")
    assert "Dena Whitfield" in logged.stdout.split("Contact log")[1]
    removed = ok_json(db, "edit", "1", "--remove-person", "1")
    assert removed["removed"]["name"] == "Dena Whitfield"
    assert [p["id"] for p in removed["application"]["people"]] == [2]
    contact = removed["application"]["contacts"][0]
    assert removed["unlinked_contacts"] == [contact["id"]]
    assert (contact["person"], contact["purpose"]) == (None, "thank_you")
    shown = cli(db, "show", "1").stdout
    assert "Dena" not in shown and "Thank-you" in shown.split("Contact log")[1]
    again = cli(db, "edit", "1", "--remove-person", "2")
    assert again.code == 0
    assert again.stdout.strip() == "Removed Sam Ortega [2] from #1."


def test_the_text_answer_says_the_contacts_stay(db: str) -> None:
    cli(db, "log", "1", "--at", "2026-03-10T17:00", "--person", "1")
    cli(db, "log", "1", "--at", "2026-03-11T09:00", "--person", "1", "--channel", "call")
    removed = cli(db, "edit", "1", "--remove-person", "1")
    assert removed.code == 0, removed.stderr
    assert " ".join(removed.stdout.split()) == (
        "Removed Dena Whitfield [1] from #1. 2 logged contacts with them stay in the log "
        "without the name.")


@pytest.mark.parametrize(("args", "message"), [
    (("--person", "9", "--name", "X"), "application 1 has no person 9"),
    (("--remove-person", "9"), "application 1 has no person 9"),
    (("--name", "X"), "give --person PERSON_ID with --name"),
    (("--email", "x@y.example", "--primary"), "with --email, --primary"),
    (("--person", "1"), "nothing to change for --person"),
    (("--person", "1", "--name", ""), "name is required"),
    (("--person", "1", "--email", "dana at home"), "not an email address"),
    (("--person", "1", "--phone", "call me"), "not a phone number"),
    (("--person", "1", "--role", "boss"), "role must be one of"),
    (("--person", "1", "--round", "2"), "round must be between 1 and 1"),
    (("--person", "1", "--company", "X"), "change one person only"),
    (("--person", "1", "--interviewer", "Ana Ruiz"), "change one person only"),
    (("--person", "1", "--remove-person", "2"), "either --person or --remove-person"),
    (("--remove-person", "1", "--name", "X"), "--remove-person takes no other option"),
    (("--remove-person", "1", "--round", "1"), "--remove-person takes no other option"),
    (("--remove-person", "0"), "person id must be a positive whole number"),
    (("--person", "-3", "--name", "X"), "person id must be a positive whole number"),
    (("--person", "one", "--name", "X"), "valid int"),
])
def test_bad_input_is_one_line_and_exit_2(db: str, args: tuple[str, ...], message: str) -> None:
    before = ok_json(db, "show", "1")
    result = cli(db, "edit", "1", *args)
    assert result.code == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    if "Usage" not in result.stderr:
        assert len(result.stderr.strip().splitlines()) == 1
    assert ok_json(db, "show", "1") == before


def test_an_unknown_application(db: str) -> None:
    result = cli(db, "edit", "7", "--person", "1", "--name", "X")
    assert result.code == 2 and "there is no application 7" in result.stderr
    assert "--remove-person" in cli(db, "edit", "--help").stdout
