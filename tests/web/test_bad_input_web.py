"""Malformed requests: a 4xx, never a 500, nothing written, and the security headers on
every answer, errors included (issue 11.5).

The API sweep reads every operation from the OpenAPI description, so a new route gets
huge ids, dates out of range and lone surrogates without a change here.
"""

from __future__ import annotations

import json
import re
import sqlite3
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from tests.web.conftest import csrf

HUGE_IDS = ["99999999999999999999", str(2**63), str(2**31), "0", "-1"]
BAD_DATES = ["9999-12-31", "0001-01-01", "0", "2101-01-01", "1989-12-31", "2026-02-30"]
DATE_FIELDS = {"date", "said_on", "interview_at", "at", "deadline"}
SURROGATE = "\ud800"
"""As it arrives in JSON: the six characters \\ud800, a surrogate with no partner."""
EXAMPLE_VALUES = {"interview_at": "2026-03-10T14:00", "said_on": "2026-03-02",
                  "kind": "status_email", "text": "Thank you for your time.",
                  "company": "Harborline", "position": "Analyst", "name": "Dana Ruiz"}


def snapshot(app: Any) -> list[tuple[object, ...]]:
    """Every row of every table of the app's SQLite file."""
    from afterview.store.database import sqlite_file

    path = sqlite_file(app.state.av.config.database_url)
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return [(t, *row) for t in tables for row in conn.execute(f"SELECT * FROM {t}")]


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]]
    for key in ("anyOf", "oneOf"):
        if key in node:
            return _resolve(schema, next(n for n in node[key] if n.get("type") != "null"))
    return node


def _valid(schema: dict[str, Any], name: str, node: dict[str, Any]) -> Any:
    """A valid value for a property (enough of one for the request to reach the code)."""
    node = _resolve(schema, node)
    if "enum" in node:
        return node["enum"][0]
    if "const" in node:
        return node["const"]
    kind = node.get("type")
    if kind == "object":
        return {k: _valid(schema, k, v) for k, v in node.get("properties", {}).items()
                if k in node.get("required", [])}
    return {"string": EXAMPLE_VALUES.get(name, "x"), "integer": 1, "boolean": False,
            "array": [], "number": 1}.get(kind, "x")


def _string_fields(schema: dict[str, Any], body: dict[str, Any]) -> Iterator[str]:
    for name, node in body.get("properties", {}).items():
        resolved = _resolve(schema, node)
        if resolved.get("type") == "string" and "enum" not in resolved:
            yield name


def operations(schema: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            yield method.upper(), path, op


def malformed_requests(schema: dict[str, Any], saved: int
                       ) -> Iterator[tuple[str, str, str, dict[str, str], Any]]:
    """(label, method, url, query, JSON body) for each operation and each malformed class."""
    for method, path, op in operations(schema):
        params = op.get("parameters", [])
        ids = [p["name"] for p in params if p["in"] == "path"
               and _resolve(schema, p["schema"]).get("type") == "integer"]
        body_node = (op.get("requestBody", {}).get("content", {})
                     .get("application/json", {}).get("schema"))
        body_schema = _resolve(schema, body_node) if body_node else None
        body = _valid(schema, "", body_schema) if body_schema else None
        fill = {p["name"]: str(saved) if p["name"] in ids else _valid(schema, p["name"],
                                                                       p["schema"])
                for p in params if p["in"] == "path"}
        for name in ids:
            for bad in HUGE_IDS:
                url = path.format(**{**fill, name: bad})
                yield f"{method} {path} {name}={bad}", method, url, {}, body
        url = path.format(**fill)
        for p in params:
            if p["in"] == "query" and p["name"] in DATE_FIELDS:
                for bad in BAD_DATES:
                    yield f"{method} {path} ?{p['name']}={bad}", method, url, {p["name"]: bad}, body
        if body_schema is None:
            continue
        for name in _string_fields(schema, body_schema):
            yield f"{method} {path} {name}=surrogate", method, url, {}, {**body, name: SURROGATE}
            if name in DATE_FIELDS:
                for bad in BAD_DATES:
                    yield f"{method} {path} {name}={bad}", method, url, {}, {**body, name: bad}


@pytest.fixture
def loose(app: Any) -> Iterator[Any]:
    """A client that hands back 500 answers instead of raising the server's error."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
        from starlette.testclient import TestClient

        with TestClient(app, raise_server_exceptions=False) as test_client:
            yield test_client


def test_every_api_operation_refuses_malformed_input(app: Any, loose: Any, saved: int) -> None:
    schema = loose.get("/api/openapi.json").json()
    requests = list(malformed_requests(schema, saved))
    covered = {request[0].split(" ")[1] for request in requests}
    assert {"/api/applications/{app_id}", "/api/applications", "/api/timeline",
            "/api/drafts/check", "/api/today"} <= covered
    before = snapshot(app)
    wrong = []
    for label, method, url, query, body in requests:
        content = None if body is None else json.dumps(body)  # ASCII: \ud800 as written
        answer = loose.request(method, url, params=query, content=content,
                               headers={"content-type": "application/json"})
        if not 400 <= answer.status_code < 500 or "content-security-policy" not in \
                answer.headers:
            wrong.append(f"{label}: {answer.status_code} {answer.text[:120]}")
    assert not wrong, "\n".join(wrong)
    assert snapshot(app) == before


@pytest.mark.parametrize(("query", "message"), [
    ("9999-12-25", "date 9999-12-25 is outside 1990–2100"),
    ("0", "date '0' is not a date like 2026-03-10"),
    ("0001-01-01", "date 0001-01-01 is outside 1990–2100"),
])
def test_today_keeps_to_the_date_range(client: Any, query: str, message: str) -> None:
    answer = client.get("/api/today", params={"date": query})
    assert answer.status_code == 400
    assert answer.json() == {"detail": message, "field": "date"}
    assert client.get("/api/today", params={"date": "2100-12-31"}).status_code == 200


@pytest.mark.parametrize("path", ["/api/applications", "/api/timeline", "/api/drafts/check"])
def test_a_lone_surrogate_in_json_is_a_422(app: Any, loose: Any, path: str) -> None:
    body = {"/api/applications": '{"company": "\\ud800", "position": "P", '
                                 '"interview_at": "2026-03-10T10:00"}',
            "/api/timeline": '{"text": "soon \\ud800", "said_on": "2026-03-10"}',
            "/api/drafts/check": '{"text": "Hi \\udfff", "kind": "status_email"}'}[path]
    before = snapshot(app)
    answer = loose.post(path, content=body, headers={"content-type": "application/json"})
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0]["type"] == "string_unicode"
    assert snapshot(app) == before


@pytest.mark.parametrize("path", ["/interviews/99999999999999999999", f"/interviews/{2**63}",
                                  "/interviews/-1", "/interviews/0",
                                  "/interviews/99999999999999999999/edit",
                                  "/interviews/99999999999999999999/draft"])
def test_pages_answer_an_impossible_id_with_404(loose: Any, path: str) -> None:
    answer = loose.get(path)
    assert answer.status_code == 404, answer.text[:300]
    assert "content-security-policy" in answer.headers


@pytest.mark.parametrize("notes", ["%ED%A0%80", "%FF%FE", "caf%E9"])
def test_a_form_that_is_not_utf8_is_refused(app: Any, client: Any, saved: int,
                                            notes: str) -> None:
    token = csrf(client)
    before = snapshot(app)
    answer = client.post(f"/interviews/{saved}/contacts",
                         content=f"csrf_token={token}&direction=outbound&notes={notes}",
                         headers={"content-type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 400
    assert "not UTF-8" in answer.text
    assert snapshot(app) == before


def test_pipeline_search_escapes_like_wildcards(client: Any, saved: int) -> None:
    found = client.get("/api/applications", params={"q": "harbor"}).json()["matched"]
    assert found == 1
    assert client.get("/api/applications", params={"q": "%"}).json()["matched"] == 0
    assert client.get("/api/applications", params={"q": "h_rbor"}).json()["matched"] == 0
    page = client.get("/pipeline", params={"q": "a\x00b"})
    assert page.status_code == 400


def test_a_server_error_carries_the_security_headers(app: Any, loose: Any) -> None:
    def broken() -> None:
        raise RuntimeError("a bug")

    app.add_api_route("/api/broken", broken)
    answer = loose.get("/api/broken")
    assert answer.status_code == 500
    for header in ("content-security-policy", "x-content-type-options", "x-frame-options"):
        assert header in answer.headers
    assert not re.search("Traceback|RuntimeError", answer.text)
