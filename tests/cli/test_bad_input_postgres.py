"""The malformed id and limit classes on a real PostgreSQL, whose ids are 32-bit (issue 11.5)."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest

from afterview.store.database import open_store
from afterview.store.tracker import add_application, get_application
from tests.cli.helpers import run_cli
from tests.cli.test_bad_input_cli import ID_COMMANDS
from tests.store.samples import NOW, application

pytestmark = pytest.mark.postgres
PAST = [str(2**31), "99999999999999999999"]


@pytest.fixture
def pg(postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("AFTERVIEW_CONFIG_DIR", str(tmp_path / "cfg"))
    store = open_store(postgres_url)
    add_application(store, application(), now=NOW)
    store.close()
    return postgres_url


def _record(url: str) -> dict[str, Any]:
    store = open_store(url)
    try:
        return get_application(store, 1)
    finally:
        store.close()


@pytest.mark.parametrize("value", PAST)
@pytest.mark.parametrize("command", ID_COMMANDS, ids=lambda c: "-".join(c[:3]))
def test_ids_past_32_bits_are_no_application(pg: str, command: tuple[str, ...],
                                             value: str) -> None:
    before = _record(pg)
    result = run_cli("--db", pg, *(value if a == "{id}" else a for a in command))
    assert result.code == 2, result.stderr
    assert result.stderr == f"afterview: error: there is no application {value}\n"
    assert _record(pg) == before


def test_person_ids_and_limits_past_32_bits(pg: str) -> None:
    result = run_cli("--db", pg, "log", "1", "--person", str(2**31))
    assert result.code == 2 and "person must be between 1 and 2147483647" in result.stderr
    result = run_cli("--db", pg, "edit", "1", "--person", str(2**31), "--name", "X")
    assert result.code == 2 and f"there is no person {2**31}" in result.stderr
    listed = run_cli("--db", pg, "list", "--limit", str(2**63), "--json")
    assert listed.code == 0 and listed.stdout.count('"company"') == 1
    assert run_cli("--db", pg, "list", "--company", "%", "--json").stdout.strip() == "[]"


def test_the_web_answers_ids_past_32_bits_with_a_4xx(pg: str, tmp_path: Path) -> None:
    from afterview.web.app import create_app
    from afterview.web.config import WebConfig

    (tmp_path / "web").mkdir()
    app = create_app(WebConfig(database_url=pg, config_dir=tmp_path / "web"))
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
        from starlette.testclient import TestClient

        with TestClient(app, raise_server_exceptions=False) as client:
            for value in PAST:
                assert client.get(f"/interviews/{value}").status_code == 404
                assert client.get(f"/interviews/{value}/edit").status_code == 404
                assert client.get(f"/api/applications/{value}").status_code == 422
            assert client.get("/api/applications", params={"q": "a\x00b"}).status_code == 400
            assert client.get("/pipeline", params={"q": "a\x00b"}).status_code == 400
    app.state.av.close()
