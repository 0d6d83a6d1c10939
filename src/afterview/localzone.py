"""The computer's time zone by its IANA name, for records made without one.

Read as the C library does: ``TZ`` first, then ``/etc/localtime``, the link that
``timedatectl`` and the installers set (its target names the zone). ``/etc/timezone``
is Debian's older copy of the name and can be stale after the zone changed, so it only
counts when ``/etc/localtime`` names nothing. Kept below the CLI and the web layers,
which both ask it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

_MARKER = "zoneinfo/"


def _valid(name: str) -> str | None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = name.strip()
    for prefix in ("posix/", "right/"):  # the same zones under the tz database's variants
        name = name.removeprefix(prefix)
    if not name or name.startswith(("/", ".")) or ".." in name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
    return name


def _from_path(path: str) -> str | None:
    """The zone a zoneinfo file path names (``/usr/share/zoneinfo/Europe/Paris``)."""
    if _MARKER not in path:
        return None
    return _valid(path.rsplit(_MARKER, 1)[1])


def system_timezone(environ: Mapping[str, str] | None = None, root: Path = Path("/")) -> str:
    """The system's IANA zone name (``TZ``, the /etc/localtime link, /etc/timezone), else UTC.

    ``environ`` and ``root`` default to the process environment and ``/``; tests pass
    their own.
    """
    env = os.environ if environ is None else environ
    tz = env.get("TZ", "").strip()
    if tz:
        tz = tz.removeprefix(":")
        found = _from_path(tz) if tz.startswith("/") else _valid(tz)
        if found:
            return found
    localtime = root / "etc" / "localtime"
    try:
        # one link at a time: the first target names the zone; resolving the whole chain
        # can end at another name for it (posix/…, or a file such as Etc/UTC for UTC)
        target = str(localtime.readlink())
    except OSError:
        target = ""
    found = _from_path(target) if target else None
    if found:
        return found
    try:
        found = _valid(Path(root / "etc" / "timezone").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        found = None
    return found or "UTC"


def default_timezone(profile_zone: str | None) -> str:
    """The zone for a new record: the profile's, else the computer's."""
    return profile_zone or system_timezone()
