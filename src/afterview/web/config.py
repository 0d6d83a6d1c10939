"""How one web app instance is set up: which database, which config folder, who may enter."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class WebConfig:
    """Everything ``create_app`` needs; tests build one per app with a ``tmp_path``.

    ``clock`` is the app's only reading of the time (tests pin it). ``password`` is
    required to sign in when set; ``secret_key`` signs the session cookie and CSRF tokens
    and is random per start unless given (sessions then last until the server stops).
    """

    database_url: str
    config_dir: Path
    password: str | None = None
    secret_key: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    clock: Callable[[], datetime] = _utc_now
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "testserver", "[::1]")
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
