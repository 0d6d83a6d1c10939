"""The JSON API: each route, its 4xx answers, and the OpenAPI description."""

from __future__ import annotations

from typing import Any

from tests.web.conftest import application


def _body(**overrides: Any) -> dict[str, Any]:
    return application(**overrides)


def test_openapi_describes_every_api_route(client: Any) -> None:
    schema = client.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/today", "/api/applications", "/api/applications/{app_id}",
            "/api/applications/{app_id}/contacts", "/api/applications/{app_id}/close",
            "/api/applications/{app_id}/people/{person_id}",
            "/api/applications/{app_id}/drafts/{kind}", "/api/drafts/check",
            "/api/timeline", "/api/stats"} <= paths
    assert not any(p.startswith(("/interviews", "/settings")) for p in paths)


def test_create_show_edit_log_close(client: Any) -> None:
    made = client.post("/api/applications", json=_body())
    assert made.status_code == 201
    app_id = made.json()["id"]
    shown = client.get(f"/api/applications/{app_id}").json()
    assert shown["plan"]["status"]["earliest"] == "2026-03-17"
    edited = client.patch(f"/api/applications/{app_id}", json={"position": "Lead Analyst"})
    assert edited.status_code == 200 and edited.json()["position"] == "Lead Analyst"
    logged = client.post(f"/api/applications/{app_id}/contacts", json={
        "direction": "outbound", "channel": "email", "purpose": "thank_you",
        "outcome": "sent", "at": "2026-03-10T15:00"})
    assert logged.status_code == 201 and logged.json()["stage"] == "awaiting"
    listed = client.get("/api/applications", params={"q": "harbor"}).json()
    assert listed["matched"] == 1 and listed["items"][0]["id"] == app_id
    today = client.get("/api/today", params={"date": "2026-03-17"}).json()
    assert [item["id"] for item in today["due_today"]] == [app_id]
    closed = client.post(f"/api/applications/{app_id}/close", json={"reason": "withdrawn"})
    assert closed.json()["stage"] == "withdrawn"


def test_bad_input_is_a_4xx_with_the_field(client: Any, saved: int) -> None:
    missing = client.post("/api/applications", json={"company": "A"})
    assert missing.status_code == 422
    bad_time = client.post("/api/applications", json=_body(interview_at="next tuesday"))
    assert bad_time.status_code == 400 and bad_time.json()["field"] == "interview_at"
    bad_zone = client.post("/api/applications", json=_body(timezone="Mars/Base"))
    assert bad_zone.status_code == 400
    assert client.get("/api/applications/999").status_code == 404
    assert client.get("/api/applications/0").status_code == 422
    assert client.get(f"/api/applications/{2**40}").status_code == 422
    assert client.post("/api/applications/999/contacts", json={}).status_code == 404
    assert client.post(f"/api/applications/{saved}/contacts",
                       json={"channel": "pigeon"}).status_code == 422
    future = client.post(f"/api/applications/{saved}/contacts", json={"at": "2027-01-01"})
    assert future.status_code == 400 and future.json()["field"] == "at"
    someday = client.get("/api/today", params={"date": "someday"})
    assert someday.status_code == 400 and someday.json()["field"] == "date"
    assert client.post("/api/applications", content=b"{", headers={
        "content-type": "application/json"}).status_code == 422


def test_draft_and_check(client: Any, saved: int) -> None:
    made = client.get(f"/api/applications/{saved}/drafts/status_email").json()
    assert made["to"]["email"] == "sam@harborline.example" and "Priya Nair" in made["body"]
    assert client.get(f"/api/applications/{saved}/drafts/sonnet").status_code == 422
    checked = client.post("/api/drafts/check", json={
        "text": "Why is this taking so long? I still have not heard back.",
        "kind": "status_email",
        "interview": {"candidate": "Priya Nair", "company": "Harborline"}}).json()
    rules = {f["rule"] for f in checked["findings"]}
    assert {"questions-delay", "complains-about-wait"} & rules


def test_timeline_and_stats(client: Any) -> None:
    answer = client.post("/api/timeline", json={"text": "We'll decide by Friday",
                                                "said_on": "2026-03-10"})
    assert answer.status_code == 200 and answer.json()["kind"] in ("date", "unavailable")
    assert client.post("/api/timeline", json={"text": "x", "said_on": "2026-02-30"}
                       ).status_code == 400
    assert client.get("/api/stats").json()["applications"] == 0
