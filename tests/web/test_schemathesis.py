"""schemathesis drives the JSON API from its OpenAPI description: no answer is a 5xx.

The operations are driven with Hypothesis directly (schemathesis's pytest plugin does not
load under this pytest), one test per operation.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from tests.web.conftest import NOW, PROFILE, application

_QUIET = "Using `httpx` with `starlette.testclient`"


def _schema(folder: Path) -> Any:
    import schemathesis

    from afterview.store.tracker import add_application, log_contact
    from afterview.web.app import create_app
    from afterview.web.config import WebConfig

    config_dir = folder / "config"
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "profile.toml").write_text(PROFILE, encoding="utf-8")
    app = create_app(WebConfig(database_url=f"sqlite:///{folder / 'api.db'}",
                               config_dir=config_dir, clock=lambda: NOW))
    store = app.state.av.store
    first = add_application(store, application(), now=NOW)["id"]
    add_application(store, application(company="Cobalt Ridge Bank"), now=NOW)
    log_contact(store, first, {"channel": "email", "purpose": "thank_you"}, now=NOW)
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=_QUIET)
        return schemathesis.openapi.from_asgi("/api/openapi.json", app)


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return _schema(tmp_path_factory.mktemp("schemathesis"))


OPERATIONS = [
    "GET /api/today", "GET /api/applications", "POST /api/applications",
    "GET /api/applications/{app_id}", "PATCH /api/applications/{app_id}",
    "PATCH /api/applications/{app_id}/people/{person_id}",
    "DELETE /api/applications/{app_id}/people/{person_id}",
    "POST /api/applications/{app_id}/contacts", "POST /api/applications/{app_id}/close",
    "PATCH /api/applications/{app_id}/contacts/{contact_id}",
    "DELETE /api/applications/{app_id}/contacts/{contact_id}",
    "GET /api/applications/{app_id}/drafts/{kind}", "POST /api/drafts/check",
    "POST /api/timeline", "GET /api/stats",
]


def test_the_list_covers_every_operation(api_schema: Any) -> None:
    labels = {result.ok().label for result in api_schema.get_all_operations()}
    assert labels == set(OPERATIONS)


@pytest.mark.parametrize("label", OPERATIONS)
def test_api_never_answers_5xx(api_schema: Any, label: str) -> None:
    from schemathesis.checks import not_a_server_error

    operation = next(r.ok() for r in api_schema.get_all_operations() if r.ok().label == label)

    @given(operation.as_strategy())
    @settings(max_examples=60, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=_QUIET)
            case.call_and_validate(checks=[not_a_server_error])

    run()
