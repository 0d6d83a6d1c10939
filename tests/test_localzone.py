"""How the computer's time zone is found (issue 12: Settings named it wrongly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.localzone import default_timezone, system_timezone


def _root(tmp_path: Path, link: str | None = None, timezone: str | None = None) -> Path:
    etc = tmp_path / "etc"
    etc.mkdir()
    if link is not None:
        (etc / "localtime").symlink_to(link)
    if timezone is not None:
        (etc / "timezone").write_text(timezone + "\n", encoding="utf-8")
    return tmp_path


def test_the_localtime_link_wins_over_a_stale_etc_timezone(tmp_path: Path) -> None:
    # timedatectl changes the link only; Debian's /etc/timezone keeps the old name
    root = _root(tmp_path, "/usr/share/zoneinfo/Europe/Paris", "Etc/UTC")
    assert system_timezone({}, root) == "Europe/Paris"


@pytest.mark.parametrize(("link", "zone"), [
    ("../usr/share/zoneinfo/America/New_York", "America/New_York"),
    ("/usr/share/zoneinfo/posix/Asia/Tokyo", "Asia/Tokyo"),
    ("/usr/share/zoneinfo/Etc/UTC", "Etc/UTC"),
    ("/var/db/timezone/zoneinfo/Europe/Berlin", "Europe/Berlin"),
])
def test_the_link_target_names_the_zone(tmp_path: Path, link: str, zone: str) -> None:
    assert system_timezone({}, _root(tmp_path, link)) == zone


@pytest.mark.parametrize(("tz", "zone"), [
    ("Europe/Lisbon", "Europe/Lisbon"), (":Europe/Lisbon", "Europe/Lisbon"),
    ("UTC", "UTC"), ("EST5EDT", "EST5EDT"),
    ("/usr/share/zoneinfo/Australia/Sydney", "Australia/Sydney"),
    ("Not/AZone", "Europe/Paris"), ("", "Europe/Paris"),
])
def test_tz_comes_first_when_it_names_a_zone(tmp_path: Path, tz: str, zone: str) -> None:
    root = _root(tmp_path, "/usr/share/zoneinfo/Europe/Paris")
    assert system_timezone({"TZ": tz}, root) == zone


def test_etc_timezone_then_utc(tmp_path: Path) -> None:
    assert system_timezone({}, _root(tmp_path, timezone="Africa/Nairobi")) == "Africa/Nairobi"
    other = tmp_path / "other"
    other.mkdir()
    assert system_timezone({}, _root(other)) == "UTC"


def test_the_profile_zone_comes_before_the_computers() -> None:
    assert default_timezone("Asia/Kolkata") == "Asia/Kolkata"
    assert default_timezone("") == system_timezone()
