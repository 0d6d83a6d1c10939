"""``create_app``: the Afterview web interface as an ASGI application.

FastAPI rather than bare Starlette: the JSON API's request and answer shapes are typed
models, so the OpenAPI description the tests and schemathesis read is generated from the
same code that validates requests and cannot drift from it. The HTML pages are plain
routes left out of that description.
"""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.responses import JSONResponse, RedirectResponse, Response

from afterview import __version__
from afterview.domain.errors import InputError
from afterview.web.forms import CsrfError
from afterview.web.security import SecurityHeaders, needs_sign_in, password_ok
from afterview.web.state import HERE, WebState

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Receive, Scope, Send

    from afterview.web.config import WebConfig


class SignInGate:
    """With a password set, every page but the open ones needs a signed-in session.

    API clients may send the password as HTTP Basic credentials (any user name) instead.
    """

    def __init__(self, app: ASGIApp, password: str | None) -> None:
        self.app = app
        self.password = password

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (self.password is None or scope["type"] != "http"
                or not needs_sign_in(scope["path"])
                or scope.get("session", {}).get("signed_in")
                or self._basic_ok(scope)):
            await self.app(scope, receive, send)
            return
        response: Response
        if scope["path"].startswith("/api/"):
            response = JSONResponse({"detail": "sign in first"}, status_code=401,
                                    headers={"www-authenticate": 'Basic realm="afterview"'})
        elif scope["method"] == "GET":
            response = RedirectResponse("/login", status_code=303)
        else:
            response = JSONResponse({"detail": "sign in first"}, status_code=401)
        await response(scope, receive, send)

    def _basic_ok(self, scope: Scope) -> bool:
        for name, value in scope.get("headers", []):
            if name == b"authorization" and value[:6].lower() == b"basic ":
                try:
                    decoded = base64.b64decode(value[6:], validate=True).decode()
                except ValueError:
                    return False
                return self.password is not None and password_ok(
                    self.password, decoded.partition(":")[2])
        return False


def create_app(config: WebConfig) -> FastAPI:
    """The app for one database and config folder; opens (and migrates) the store."""
    from afterview.web import api
    from afterview.web.pages import (
        calendar,
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
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(TrustedHostMiddleware, allowed_hosts=list(config.allowed_hosts)),
        Middleware(SessionMiddleware, secret_key=config.secret_key,
                   session_cookie="afterview_session", same_site="strict",
                   https_only=False, max_age=14 * 24 * 3600),
        Middleware(SignInGate, password=config.password),
    ]
    app = FastAPI(title="Afterview", version=__version__, middleware=middleware,
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,
                  description="The Afterview tracker: applications, plans, contacts, "
                              "drafts and statistics.")
    app.state.av = state
    # Today first: routes are matched in order and it is the page opened most often
    app.include_router(today.router)
    app.include_router(api.router)
    for module in (pipeline, interview_form, interview, people, drafts, stats, settings,
                   calendar, login):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _errors(app)
    return app


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
