"""``create_app``: the Afterview web interface as an ASGI application.

FastAPI rather than bare Starlette: the JSON API's request and answer shapes are typed
models, so the OpenAPI description the tests and schemathesis read is generated from the
same code that validates requests and cannot drift from it. The HTML pages are plain
routes left out of that description.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.middleware import Middleware
from starlette.responses import JSONResponse, Response

from afterview import __version__
from afterview.domain.errors import InputError
from afterview.web.forms import CsrfError
from afterview.web.gate import SignInGate
from afterview.web.guards import LOCAL_NAMES, BodyLimit, HostCheck, OriginCheck
from afterview.web.security import SecurityHeaders
from afterview.web.sessions import Sessions
from afterview.web.state import HERE, WebState

if TYPE_CHECKING:
    from afterview.web.config import WebConfig


def create_app(config: WebConfig) -> FastAPI:
    """The app for one database and config folder; opens (and migrates) the store."""
    from afterview.web import api
    from afterview.web.pages import (
        calendar,
        contacts,
        drafts,
        interview,
        interview_form,
        login,
        people,
        pipeline,
        settings,
        stats,
        today,
    )

    state = WebState.open(config)
    key = _password_key(state)
    # outermost first: every answer gets the security headers, and a request with a
    # foreign Host or Origin, or too large a body, is refused before any database work
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(HostCheck, allowed=(*config.allowed_hosts, *LOCAL_NAMES)),
        Middleware(OriginCheck),
        Middleware(BodyLimit, max_bytes=config.max_body_bytes),
        Middleware(Sessions, state=state, password_key=key),
        Middleware(SignInGate, state=state),
    ]
    app = FastAPI(title="Afterview", version=__version__, middleware=middleware,
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,
                  description="The Afterview tracker: applications, plans, contacts, "
                              "drafts and statistics.")
    app.state.av = state
    app.state.password_key = key
    # Today first: routes are matched in order and it is the page opened most often
    app.include_router(today.router)
    app.include_router(api.router)
    for module in (pipeline, interview_form, interview, people, contacts, drafts, stats,
                   settings, calendar, login):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _errors(app)
    return app


def _password_key(state: WebState) -> str | None:
    """The password's fingerprint; sessions opened with another password end here."""
    config = state.config
    if config.password is None:
        return None
    from afterview.store.web_auth import end_stale_sessions, password_key

    key = password_key(state.store, config.password)
    end_stale_sessions(state.store, key=key, now=config.clock(), idle=config.session_idle,
                       lifetime=config.session_lifetime)
    return key


def _errors(app: FastAPI) -> None:
    from afterview.web.render import page

    @app.exception_handler(CsrfError)
    async def _csrf(request: Request, _exc: CsrfError) -> Response:
        return page(request, "error.html", {
            "title": "This form has expired",
            "message": "Reload the page and submit it again."}, status_code=403)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> Response:
        # FastAPI's own answer, but with JSON kept to ASCII: the input it quotes back may
        # hold a lone surrogate, which cannot be sent as UTF-8
        body = json.dumps({"detail": jsonable_encoder(exc.errors())})
        return Response(body, status_code=422, media_type="application/json")

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError) -> Response:
        from afterview.store.validate import NotFoundError

        status = 404 if isinstance(exc, NotFoundError) else 400
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.message, "field": exc.field}, status_code=status)
        return page(request, "error.html", {"title": "That did not work",
                                            "message": exc.message}, status_code=status)

    @app.exception_handler(404)
    async def _not_found(request: Request, exc: Exception) -> Response:
        if request.url.path.startswith("/api/"):
            detail = getattr(exc, "detail", "not found")
            return JSONResponse({"detail": detail}, status_code=404)
        return page(request, "error.html", {"title": "Not found",
                                            "message": "There is nothing at this address."},
                    status_code=404)
