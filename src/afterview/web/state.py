"""What an app instance holds between requests: the open store, the templates, the settings."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from afterview.localzone import system_timezone
from afterview.profile import Profile, load_profile, save_profile

if TYPE_CHECKING:
    import jinja2

    from afterview.domain.policy import Policy
    from afterview.store.database import Store
    from afterview.web.config import WebConfig

HERE = Path(__file__).parent


class WebState:
    """The store, templates and settings of one running app."""

    def __init__(self, config: WebConfig, store: Store, env: jinja2.Environment) -> None:
        self.config = config
        self.store = store
        self.env = env
        self.profile = Profile()
        self.policy: Policy
        self.reload_settings()
        from afterview.web.singleflight import SingleFlight

        self.agenda_html: SingleFlight[tuple[str, dict[str, str]]] = SingleFlight()
        """The agenda's HTML for (change version, (day, limit)) and that HTML with each
        recent session's CSRF token filled in (see pages.today)."""
        self.agenda_json: SingleFlight[dict[str, Any]] = SingleFlight()
        """The agenda of ``/api/today`` for (change version, day)."""

    @classmethod
    def open(cls, config: WebConfig) -> WebState:
        from afterview.store.database import open_store
        from afterview.web.templating import make_environment

        return cls(config, open_store(config.database_url), make_environment())

    def reload_settings(self) -> None:
        """Read the profile and the policy again (after the settings page saved them)."""
        from afterview.config import load_policy

        path = self.config.profile_path
        self.profile = load_profile(path)
        if not path.exists():
            # keep the calendar token stable from the first start on
            save_profile(self.profile, path)
        self.policy = load_policy(self.config.policy_path) \
            if self.config.policy_path.exists() else load_policy_default()
        # stored plan dates follow the policy: re-plan once when it changed
        self.store.use_policy(self.policy)
        self.system_timezone = system_timezone()  # read once: it costs two file reads

    @property
    def timezone(self) -> str:
        """The candidate's zone: the profile's, else the computer's."""
        return self.profile.timezone or self.system_timezone

    def now(self) -> datetime:
        """The current time in the candidate's time zone."""
        return self.config.clock().astimezone(ZoneInfo(self.timezone))

    def today(self) -> date:
        return self.now().date()

    def template_dirs(self) -> tuple[str, ...]:
        folder = self.config.templates_dir
        return (str(folder),) if folder.is_dir() else ()

    def render(self, name: str, context: dict[str, Any]) -> str:
        return self.env.get_template(name).render(context)

    def close(self) -> None:
        """Release the database connections."""
        self.store.close()


def load_policy_default() -> Policy:
    from afterview.domain.policy import DEFAULT_POLICY

    return DEFAULT_POLICY
