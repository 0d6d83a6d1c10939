"""The candidate's profile: name, email and phone for drafts, home calendar, secret feed URL.

Kept as ``profile.toml`` in the config folder, beside ``policy.toml`` and ``templates/``.
"""

from __future__ import annotations

import json
import secrets
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from afterview.domain.errors import InputError


@dataclass(frozen=True)
class Profile:
    """Who the candidate is and where they live (holidays and time zone of new records)."""

    name: str = ""
    email: str = ""
    phone: str = ""
    country: str = "US"
    subdivision: str = ""
    timezone: str = ""
    """IANA name; empty means the system's time zone."""
    calendar_token: str = ""
    """The secret part of the calendar feed URL; made on first use, renewable."""

    def candidate(self) -> dict[str, str | None]:
        """The candidate as a draft record wants it."""
        return {"name": self.name or None, "email": self.email or None,
                "phone": self.phone or None}


def _validated(values: dict[str, Any]) -> Profile:
    from afterview.store import validate as check

    name = check.text(values.get("name"), "name") or ""
    email = check.email(values.get("email")) or ""
    phone = check.phone(values.get("phone")) or ""
    country = check.country(values.get("country"))
    subdivision = check.subdivision(values.get("subdivision")) or ""
    zone = values.get("timezone") or ""
    timezone = check.timezone_name(zone) if zone else ""
    try:
        import holidays

        holidays.country_holidays(country, subdiv=subdivision or None)
    except (NotImplementedError, KeyError) as exc:
        field = "subdivision" if subdivision else "country"
        raise InputError(f"no holiday calendar for {country} {subdivision}".strip(),
                         field=field) from exc
    token = str(values.get("calendar_token") or "")
    return Profile(name=name, email=email, phone=phone, country=country,
                   subdivision=subdivision, timezone=timezone, calendar_token=token)


def load_profile(path: Path) -> Profile:
    """The saved profile, or an empty one (with a new calendar token) if none is saved."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Profile(calendar_token=secrets.token_urlsafe(24))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read profile {path}: {exc}") from exc
    section = data.get("profile", {})
    known = {f.name for f in fields(Profile)}
    profile = _validated({k: v for k, v in section.items() if k in known})
    if not profile.calendar_token:
        profile = replace(profile, calendar_token=secrets.token_urlsafe(24))
    return profile


def update_profile(profile: Profile, form: dict[str, Any]) -> Profile:
    """The profile with the fields of a settings form applied (validated)."""
    editable = ("name", "email", "phone", "country", "subdivision", "timezone")
    merged = {**asdict(profile), **{k: form[k] for k in editable if k in form}}
    return _validated(merged)


def save_profile(profile: Profile, path: Path) -> None:
    """Write the profile as TOML, replacing the file in one step (0600: it holds a secret)."""
    lines = ["[profile]"]
    for key, value in asdict(profile).items():
        lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    from afterview.files import write_private

    write_private(path, "\n".join(lines) + "\n")


def new_calendar_token(profile: Profile) -> Profile:
    """The profile with a new secret feed URL (the old one stops working)."""
    return replace(profile, calendar_token=secrets.token_urlsafe(24))
