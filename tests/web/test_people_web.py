"""Correcting and removing people: the JSON API and the interview page's forms."""

from __future__ import annotations

import base64
import dataclasses
import re
import warnings
from typing import Any

from tests.web.conftest import NOW, application, csrf


def _people(client: Any, app_id: int) -> dict[int, dict[str, Any]]:
    shown = client.get(f"/api/applications/{app_id}").json()
    return {p["id"]: p for p in shown["application"]["people"]}


def _ids(client: Any, app_id: int) -> tuple[int, int]:
    dana, sam = _people(client, app_id)
    return dana, sam


# the JSON API

def test_api_patch_corrects_a_person(client: Any, saved: int) -> None:
    dana, sam = _ids(client, saved)
    answer = client.patch(f"/api/applications/{saved}/people/{dana}",
                          json={"name": "Dana Ruiz", "email": "", "primary": True})
    assert answer.status_code == 200
    people = {p["id"]: p for p in answer.json()["people"]}
    assert (people[dana]["name"], people[dana]["email"], people[dana]["primary"]) == (
        "Dana Ruiz", None, True)
    assert people[dana]["title"] == "Analytics Manager"  # not sent, kept
    assert people[sam]["primary"] is False
    assert answer.json()["updated_at"] == NOW.isoformat()
    assert _people(client, saved)[dana]["name"] == "Dana Ruiz"
    cleared = client.patch(f"/api/applications/{saved}/people/{dana}", json={"title": None})
    assert cleared.status_code == 200
    assert _people(client, saved)[dana]["title"] is None
    draft = client.get(f"/api/applications/{saved}/drafts/thank_you_email").json()
    assert "Dana" in draft["body"] and draft["to"]["email"] is None


def test_api_delete_removes_a_person_and_keeps_the_contacts(client: Any, saved: int) -> None:
    dana, sam = _ids(client, saved)
    logged = client.post(f"/api/applications/{saved}/contacts", json={
        "purpose": "thank_you", "at": "2026-03-10T15:00", "person": dana})
    assert logged.status_code == 201
    answer = client.delete(f"/api/applications/{saved}/people/{dana}")
    assert answer.status_code == 200
    body = answer.json()
    assert body["removed"]["id"] == dana
    assert body["unlinked_contacts"] == [logged.json()["contact"]["id"]]
    shown = client.get(f"/api/applications/{saved}").json()["application"]
    assert [p["id"] for p in shown["people"]] == [sam]
    assert [(c["person"], c["purpose"]) for c in shown["contacts"]] == [(None, "thank_you")]
    assert client.delete(f"/api/applications/{saved}/people/{dana}").status_code == 404


def test_api_unknown_ids_are_404_and_bad_input_4xx(client: Any, saved: int) -> None:
    dana, _ = _ids(client, saved)
    other = client.post("/api/applications", json=application(company="Cobalt Ridge")).json()
    foreign = other["people"][0]["id"]
    for method in ("patch", "delete"):
        kwargs = {"json": {"name": "X"}} if method == "patch" else {}
        for path in (f"/api/applications/999/people/{dana}",
                     f"/api/applications/{saved}/people/999",
                     f"/api/applications/{saved}/people/{foreign}"):
            answer = getattr(client, method)(path, **kwargs)
            assert answer.status_code == 404, (method, path)
            assert "no" in answer.json()["detail"]
        assert getattr(client, method)(f"/api/applications/{saved}/people/0",
                                       **kwargs).status_code == 422
    url = f"/api/applications/{saved}/people/{dana}"
    for body, status, field in (({"name": "x" * 201}, 422, None),
                                ({"role": "boss"}, 422, None),
                                ({"nickname": "D"}, 422, None),
                                ({"round": 0}, 422, None),
                                ({"name": ""}, 400, "name"),
                                ({"name": None}, 400, "name"),
                                ({"email": "dana at home"}, 400, "email"),
                                ({"phone": "call me"}, 400, "phone"),
                                ({"round": 3}, 400, "round"),
                                ({}, 400, "person")):
        answer = client.patch(url, json=body)
        assert answer.status_code == status, body
        if field:
            assert answer.json()["field"] == field, body
    assert _people(client, saved)[dana]["name"] == "Dana Whitfield"
    assert _people(client, other["id"])[foreign]["name"] == "Dana Whitfield"


def test_api_person_routes_need_the_password(web_config: Any) -> None:
    from afterview.store.tracker import add_application
    from afterview.web.app import create_app

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
        from starlette.testclient import TestClient

        app = create_app(dataclasses.replace(web_config, password="correct horse"))
        added = add_application(app.state.av.store, application(), now=NOW)
        url = f"/api/applications/{added['id']}/people/{added['people'][0]['id']}"
        with TestClient(app) as locked:
            assert locked.patch(url, json={"name": "X"}).status_code == 401
            assert locked.delete(url).status_code == 401
            good = {"authorization": "Basic " + base64.b64encode(b"me:correct horse").decode()}
            assert locked.patch(url, json={"name": "X"}, headers=good).status_code == 200
        app.state.av.close()


def test_openapi_describes_the_person_routes(client: Any) -> None:
    schema = client.get("/api/openapi.json").json()
    item = schema["paths"]["/api/applications/{app_id}/people/{person_id}"]
    assert set(item) == {"patch", "delete"}
    patch = schema["components"]["schemas"]["PersonPatch"]
    assert patch["additionalProperties"] is False
    assert patch["properties"]["name"]["anyOf"][0]["maxLength"] == 200


# the interview page

def test_the_page_offers_edit_and_remove_for_each_person(client: Any, saved: int) -> None:
    dana, sam = _ids(client, saved)
    page = client.get(f"/interviews/{saved}").text
    for person in (dana, sam):
        assert f'action="/interviews/{saved}/people/{person}"' in page
        assert f'action="/interviews/{saved}/people/{person}/remove"' in page
    assert "Yes, remove Dana Whitfield" in page
    assert 'value="Dana Whitfield"' in page
    assert "<script>" not in page and " style=" not in page and "onclick" not in page


def test_edit_form_saves_and_the_page_shows_the_change(client: Any, saved: int) -> None:
    dana, sam = _ids(client, saved)
    answer = client.post(f"/interviews/{saved}/people/{dana}", data={
        "csrf_token": csrf(client), "name": "Dana Ruiz", "title": "Head of Analytics",
        "email": "dana.ruiz@harborline.example", "phone": "", "role": "hiring_manager",
        "round": "1", "primary": "on"}, follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/interviews/{saved}#person-{dana}"
    page = client.get(answer.headers["location"]).text
    assert "Dana Ruiz" in page and "Head of Analytics" in page and "Whitfield" not in page
    people = _people(client, saved)
    assert (people[dana]["role"], people[dana]["round"], people[dana]["primary"]) == (
        "hiring_manager", 1, True)
    assert people[sam]["primary"] is False
    # an unticked box is not sent: saving without it makes them not the primary contact
    client.post(f"/interviews/{saved}/people/{dana}", data={
        "csrf_token": csrf(client), "name": "Dana Ruiz", "role": "hiring_manager"})
    assert _people(client, saved)[dana]["primary"] is False


def test_edit_form_errors_show_beside_the_field(client: Any, saved: int) -> None:
    dana, _ = _ids(client, saved)
    answer = client.post(f"/interviews/{saved}/people/{dana}", data={
        "csrf_token": csrf(client), "name": "Dana Ruiz", "email": "dana at home",
        "role": "interviewer"})
    assert answer.status_code == 400
    assert f'id="person-{dana}-email-err"' in answer.text
    assert "not an email address" in answer.text
    assert 'value="dana at home"' in answer.text  # what was typed is kept
    opened = re.search(r'<details class="person-edit" open>.*?</details>', answer.text, re.S)
    assert opened and f"/people/{dana}" in opened.group(0)
    assert _people(client, saved)[dana]["name"] == "Dana Whitfield"
    empty = client.post(f"/interviews/{saved}/people/{dana}", data={
        "csrf_token": csrf(client), "name": ""})
    assert empty.status_code == 400 and f'id="person-{dana}-name-err"' in empty.text


def test_remove_form_removes_and_keeps_the_contact(client: Any, saved: int) -> None:
    dana, sam = _ids(client, saved)
    client.post(f"/interviews/{saved}/contacts", data={
        "csrf_token": csrf(client), "direction": "outbound", "channel": "email",
        "purpose": "thank_you", "outcome": "sent", "at": "2026-03-10T16:00",
        "person": str(dana), "notes": "thanked her for the dashboards tour"})
    page = client.get(f"/interviews/{saved}").text
    assert "Contacts logged with them stay in the log" in page
    answer = client.post(f"/interviews/{saved}/people/{dana}/remove",
                         data={"csrf_token": csrf(client)}, follow_redirects=False)
    assert answer.status_code == 303
    page = client.get(f"/interviews/{saved}").text
    assert "Dana Whitfield" not in page and "Sam Ortega" in page
    assert "thanked her for the dashboards tour" in page
    assert list(_people(client, saved)) == [sam]


def test_person_forms_refuse_unknown_ids_and_forged_tokens(client: Any, saved: int) -> None:
    dana, _ = _ids(client, saved)
    token = csrf(client)
    for path in (f"/interviews/{saved}/people/999", f"/interviews/{saved}/people/999/remove",
                 f"/interviews/999/people/{dana}", f"/interviews/999/people/{dana}/remove"):
        assert client.post(path, data={"csrf_token": token, "name": "X"}).status_code == 404
    for path in (f"/interviews/{saved}/people/{dana}",
                 f"/interviews/{saved}/people/{dana}/remove"):
        assert client.post(path, data={"csrf_token": "forged", "name": "X"}
                           ).status_code == 403
    assert _people(client, saved)[dana]["name"] == "Dana Whitfield"
