"""Correcting and removing the people of an application, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from afterview.domain.errors import InputError
from afterview.store import tracker
from afterview.store.records import draft_record
from afterview.store.validate import NotFoundError
from tests.store.samples import NOW, application

LATER = datetime(2026, 3, 13, 9, 30, tzinfo=UTC)


def _added(store: Any) -> tuple[int, int, int]:
    """An application with Dana (interviewer) and Sam (primary recruiter): their ids."""
    added = tracker.add_application(store, application(), now=NOW)
    dana, sam = (p["id"] for p in added["people"])
    return added["id"], dana, sam


def _person(record: dict[str, Any], person_id: int) -> dict[str, Any]:
    return next(p for p in record["people"] if p["id"] == person_id)


def test_a_mistyped_name_is_corrected_and_drafts_use_it(store: Any) -> None:
    app_id, dana, _ = _added(store)
    edited = tracker.edit_person(store, app_id, dana, {"name": "  Dana Ruiz "}, now=LATER)
    assert _person(edited, dana) == {
        "id": dana, "name": "Dana Ruiz", "title": "Analytics Manager",
        "email": "dana@harborline.example", "phone": None, "role": "interviewer",
        "primary": False, "round": None}
    assert edited["updated_at"] == LATER.isoformat()
    stored = tracker.get_application(store, app_id)
    assert stored == edited
    interviewers = draft_record(stored, {"name": "Priya"})["interviewers"]
    assert [i["name"] for i in interviewers] == ["Dana Ruiz"]


def test_fields_can_be_changed_and_cleared(store: Any) -> None:
    app_id, dana, _ = _added(store)
    edited = tracker.edit_person(store, app_id, dana, {
        "email": "", "title": None, "phone": "+1 617 555 0199", "role": "Hiring-Manager",
        "round": 1}, now=LATER)
    assert _person(edited, dana) | {"id": 0} == {
        "id": 0, "name": "Dana Whitfield", "title": None, "email": None,
        "phone": "+1 617 555 0199", "role": "hiring_manager", "primary": False, "round": 1}
    cleared = tracker.edit_person(store, app_id, dana, {"round": "", "role": None}, now=LATER)
    assert (_person(cleared, dana)["round"], _person(cleared, dana)["role"]) == (
        None, "interviewer")


def test_a_new_primary_contact_is_the_only_one(store: Any) -> None:
    app_id, dana, sam = _added(store)
    edited = tracker.edit_person(store, app_id, dana, {"primary": True}, now=LATER)
    assert (_person(edited, dana)["primary"], _person(edited, sam)["primary"]) == (True, False)
    record = draft_record(tracker.get_application(store, app_id), {"name": "Priya"})
    assert record["primary_contact"]["name"] == "Dana Whitfield"
    # saving a person who already is the primary contact leaves the others alone
    again = tracker.edit_person(store, app_id, sam, {"primary": True}, now=LATER)
    assert [p["primary"] for p in again["people"]] == [False, True]
    kept = tracker.edit_person(store, app_id, sam, {"name": "Sam Ortega-Li"}, now=LATER)
    assert [p["primary"] for p in kept["people"]] == [False, True]


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"name": ""}, "name", "name is required"),
    ({"name": None}, "name", "name is required"),
    ({"name": "x" * 201}, "name", "longer than 200"),
    ({"name": "Dana\nRuiz"}, "name", "single line"),
    ({"email": "dana at harborline"}, "email", "not an email address"),
    ({"phone": "call me"}, "phone", "not a phone number"),
    ({"role": "boss"}, "role", "role must be one of"),
    ({"round": 2}, "round", "between 1 and 1"),
    ({"round": "first"}, "round", "whole number"),
    ({"primary": "maybe"}, "primary", "true or false"),
    ({"stage": "offer"}, "stage", "cannot change a person's stage"),
    ({"id": 7}, "id", "cannot change a person's id"),
    ({}, "person", "nothing to change"),
])
def test_bad_changes_are_refused_and_nothing_is_written(store: Any, changes: dict[str, Any],
                                                        field: str, message: str) -> None:
    app_id, dana, _ = _added(store)
    before = tracker.get_application(store, app_id)
    with pytest.raises(InputError, match=message) as caught:
        tracker.edit_person(store, app_id, dana, changes, now=LATER)
    assert caught.value.field == field
    assert tracker.get_application(store, app_id) == before


def test_unknown_people_and_people_of_another_application(store: Any) -> None:
    app_id, dana, _ = _added(store)
    other_id, other_dana, _ = _added(store)
    for person_id in (999, other_dana):
        with pytest.raises(NotFoundError, match=f"application {app_id} has no person") as e:
            tracker.edit_person(store, app_id, person_id, {"name": "X"})
        assert e.value.field == "person"
        with pytest.raises(NotFoundError, match="has no person"):
            tracker.remove_person(store, app_id, person_id)
    with pytest.raises(NotFoundError, match="there is no application 99"):
        tracker.edit_person(store, 99, dana, {"name": "X"})
    with pytest.raises(NotFoundError, match="there is no application 99"):
        tracker.remove_person(store, 99, dana)
    for bad in (0, -1, True):
        with pytest.raises(InputError, match="person id must be a positive whole number"):
            tracker.remove_person(store, app_id, bad)
    assert _person(tracker.get_application(store, other_id), other_dana)["name"] == (
        "Dana Whitfield")


def test_removing_a_person_keeps_their_contacts_without_the_link(store: Any) -> None:
    app_id, dana, sam = _added(store)
    tracker.log_contact(store, app_id, {"at": "2026-03-10T17:00", "purpose": "thank_you",
                                        "person": dana, "notes": "thanked Dana"}, now=NOW)
    tracker.log_contact(store, app_id, {"at": "2026-03-11T09:00", "channel": "call",
                                        "outcome": "spoke", "person": sam}, now=NOW)
    before = tracker.show_application(store, app_id, today=date(2026, 3, 12))
    result = tracker.remove_person(store, app_id, dana, now=LATER)
    assert result["removed"]["name"] == "Dana Whitfield"
    record = result["application"]
    assert [p["id"] for p in record["people"]] == [sam]
    assert record["updated_at"] == LATER.isoformat()
    thanks, call = record["contacts"]
    assert result["unlinked_contacts"] == [thanks["id"]]
    assert (thanks["person"], thanks["notes"], thanks["purpose"]) == (
        None, "thanked Dana", "thank_you")
    assert call["person"] == sam
    after = tracker.show_application(store, app_id, today=date(2026, 3, 12))
    assert after["application"] == record
    # the same contacts, so the same plan; only the thank-you no longer names Dana
    assert before["plan"]["steps"][0]["person"] == {"id": dana, "name": "Dana Whitfield"}
    assert after["plan"]["steps"][0]["person"] is None
    assert after["plan"]["steps"][0]["state"] == before["plan"]["steps"][0]["state"] == "done"
    for plan in (before, after):
        plan["plan"]["steps"][0]["person"] = None
    assert after["plan"] == before["plan"]
    with pytest.raises(NotFoundError, match="has no person"):
        tracker.remove_person(store, app_id, dana, now=LATER)
    # the contact can be exported and imported again without its person
    from afterview.store.transfer import export_records

    assert [c["person"] for c in export_records(store)[0]["contacts"]] == [None, sam]


def test_removing_the_primary_contact_leaves_drafts_to_the_recruiter_or_no_one(
        store: Any) -> None:
    app_id, dana, sam = _added(store)
    result = tracker.remove_person(store, app_id, sam, now=LATER)
    record = draft_record(result["application"], {"name": "Priya"})
    assert record["primary_contact"] is None
    assert [i["name"] for i in record["interviewers"]] == ["Dana Whitfield"]
    emptied = tracker.remove_person(store, app_id, dana, now=LATER)
    assert emptied["application"]["people"] == [] and emptied["unlinked_contacts"] == []
    assert tracker.get_application(store, app_id)["people"] == []
