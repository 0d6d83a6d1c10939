"""The web draft picker and the contact log form follow the plan."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.store.samples import application
from tests.web.conftest import PROFILE

LATER = datetime(2026, 5, 1, 15, 0, tzinfo=UTC)  # long after the final follow-up


def _client(tmp_path: Path, now: datetime) -> Iterator[tuple[Any, Any]]:
    from afterview.web.app import create_app
    from afterview.web.config import WebConfig

    config_dir = tmp_path / "config"
    config_dir.mkdir(exist_ok=True)
    (config_dir / "profile.toml").write_text(PROFILE, encoding="utf-8")
    app = create_app(WebConfig(database_url=f"sqlite:///{tmp_path / 'afterview.db'}",
                               config_dir=config_dir, clock=lambda: now))
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
        from starlette.testclient import TestClient

        with TestClient(app) as client:
            yield client, app.state.av.store
    app.state.av.close()


@pytest.fixture
def later(tmp_path: Path) -> Iterator[tuple[Any, Any]]:
    yield from _client(tmp_path, LATER)


def _add(store: Any, now: datetime, contacts: list[dict[str, Any]]) -> int:
    from afterview.store.tracker import add_application, log_contact

    app_id = int(add_application(store, application(), now=now)["id"])
    for contact in contacts:
        log_contact(store, app_id, contact, direction="outbound", now=now, today=now.date())
    return app_id


def _kinds(page: str) -> list[str]:
    picker = page[page.index('name="kind"'):]
    picker = picker[: picker.index("</select>")]
    return re.findall(r'<option value="([a-z_]+)"', picker)


def _selected(page: str, name: str) -> str:
    """The option selected in the first ``name`` select of the log form (the page also
    holds a correction form per logged contact, each with its own selection)."""
    marker = '/contacts" class="grid-form"'
    if marker in page:
        page = page[page.index(marker):]
    select = page[page.index(f'name="{name}"'):]
    select = select[: select.index("</select>")]
    found = re.search(r'<option value="([a-z_]+)" selected', select)
    assert found, select
    return found.group(1)


def test_the_picker_offers_the_advised_kind_first(client: Any, saved: int) -> None:
    page = client.get(f"/interviews/{saved}/draft").text
    assert _kinds(page)[0] == "thank_you_email"
    assert _selected(page, "kind") == "thank_you_email"
    assert "(advised)" in page
    # kinds against the plan come last: nobody texted (same-medium)
    assert _kinds(page).index("text_message") > _kinds(page).index("status_email")


def test_a_kind_against_the_plan_is_warned_with_its_rule(client: Any, saved: int) -> None:
    page = client.get(f"/interviews/{saved}/draft?kind=text_message").text
    assert "(same-medium)" in page
    assert "(same-medium)" not in client.get(f"/interviews/{saved}/draft?kind=thank_you_email").text


def test_no_call_script_after_two_calls(app: Any, client: Any) -> None:
    from tests.web.conftest import NOW

    calls = [{"at": f"2026-03-1{d}T10:00", "channel": "call", "purpose": "status",
              "outcome": "no_answer"} for d in (1, 2)]
    app_id = _add(app.state.av.store, NOW, calls)
    page = client.get(f"/interviews/{app_id}/draft").text
    assert _selected(page, "kind") not in ("call_script", "voicemail")
    warned = client.get(f"/interviews/{app_id}/draft?kind=call_script").text
    assert "(follow-up-limit)" in warned


def test_after_moving_on_the_log_form_does_not_propose_a_status_follow_up(
    later: tuple[Any, Any]
) -> None:
    client, store = later
    app_id = _add(store, LATER, [
        {"at": "2026-03-10T15:00", "purpose": "thank_you"},
        {"at": "2026-03-17T10:00", "purpose": "status"},
        {"at": "2026-03-24T10:00", "purpose": "final"},
    ])
    page = client.get(f"/interviews/{app_id}").text
    assert _selected(page, "purpose") == "other"
    draft = client.get(f"/interviews/{app_id}/draft").text
    assert _selected(draft, "kind") == "closing_email"
    assert "(silence-means-move-on)" in client.get(
        f"/interviews/{app_id}/draft?kind=status_email").text


def test_the_log_form_proposes_the_next_step(client: Any, saved: int) -> None:
    assert _selected(client.get(f"/interviews/{saved}").text, "purpose") == "thank_you"


def test_the_api_draft_carries_the_plan_warning(client: Any, saved: int) -> None:
    texted = client.get(f"/api/applications/{saved}/drafts/text_message").json()
    assert texted["warnings"] and texted["warnings"][0].endswith("(same-medium)")
    thanks = client.get(f"/api/applications/{saved}/drafts/thank_you_email").json()
    assert thanks["warnings"] == []
