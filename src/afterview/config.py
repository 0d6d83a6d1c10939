"""The user's own files: the policy and template overrides in the config folder."""

from __future__ import annotations

import os
from pathlib import Path

from afterview.domain.errors import InputError
from afterview.domain.policy import DEFAULT_POLICY, Policy

ENV_CONFIG_DIR = "AFTERVIEW_CONFIG_DIR"


def config_dir() -> Path:
    """The folder for the user's policy and templates (``AFTERVIEW_CONFIG_DIR`` overrides)."""
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_config_path

    return user_config_path("afterview", appauthor=False)


def policy_path() -> Path:
    return config_dir() / "policy.toml"


def profile_path() -> Path:
    """The candidate's profile (name, email, phone) that drafts sign with."""
    return config_dir() / "profile.toml"


def templates_dir() -> Path:
    """Where a template of the same name as a shipped one overrides it."""
    return config_dir() / "templates"


def load_policy(path: Path | None = None) -> Policy:
    """The user's policy file if there is one, else the defaults of RULES.md."""
    target = path or policy_path()
    try:
        text = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        if path is not None:
            raise InputError(f"policy file {target} does not exist") from None
        return DEFAULT_POLICY
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read policy file {target}: {exc}") from exc
    return Policy.from_toml(text, source=str(target))


def save_policy(policy: Policy, path: Path | None = None) -> Path:
    """Write the policy as TOML, replacing the file in one step."""
    target = path or policy_path()
    from afterview.files import write_private

    write_private(target, policy.to_toml())
    return target
