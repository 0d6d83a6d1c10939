"""How one web app instance is set up: which database, which config folder, who may enter."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class WebConfig:
    """Everything ``create_app`` needs; tests build one per app with a ``tmp_path``.

    ``clock`` is the app's only reading of the time (tests pin it). ``password`` is
    required to sign in when set; a signed-in session lives in the database (see
    ``web.sessions``) until signing out, ``session_idle`` without use or
    ``session_lifetime`` after signing in. ``secret_key`` signs the CSRF token of a
    browser not signed in and is random per start unless given. ``secure_cookies``
    (served over HTTPS, directly or behind a proxy) marks the cookies ``Secure``.
    ``allowed_hosts`` are the names a request's Host may carry besides this computer's
    own (``127.0.0.1``, ``localhost``, ``::1``).
    """

    database_url: str
    config_dir: Path
    password: str | None = None
    secret_key: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    clock: Callable[[], datetime] = _utc_now
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "testserver", "[::1]")
    secure_cookies: bool = False
    session_idle: timedelta = timedelta(hours=8)
    session_lifetime: timedelta = timedelta(days=7)
    max_body_bytes: int = 4 * 1024 * 1024
    """Request bodies larger than this are refused (413) before they are read whole."""
    demo: bool = False
    today_limit: int = 25
    """How many rows each section of the Today page shows before "and N more"."""

    @property
    def templates_dir(self) -> Path:
        """The user's template overrides (files named like the shipped ones)."""
        return self.config_dir / "templates"

    @property
    def policy_path(self) -> Path:
        return self.config_dir / "policy.toml"

    @property
    def profile_path(self) -> Path:
        return self.config_dir / "profile.toml"
