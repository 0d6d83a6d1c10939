"""Business days from the ``holidays`` package (RULES.md §1)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

from afterview.domain.errors import InputError

_ONE_DAY = timedelta(days=1)


class BusinessCalendar:
    """Monday–Friday minus the public holidays of a country (and subdivision).

    Holidays are the package's defaults, observed and substitute days included. Years are
    loaded on first use and kept as plain sets, which keeps day arithmetic cheap.
    """

    def __init__(self, country: str = "US", subdivision: str | None = None) -> None:
        try:
            self._source = holidays.country_holidays(country, subdiv=subdivision)
        except NotImplementedError as exc:
            if subdivision:
                raise InputError(
                    f"unknown subdivision {subdivision!r} for country {country!r}",
                    field="subdivision",
                ) from exc
            raise InputError(
                f"unknown country {country!r}: use an ISO 3166 code such as US or GB",
                field="country",
            ) from exc
        self.country = country
        self.subdivision = subdivision
        self._years: set[int] = set()
        self._closed: set[date] = set()

    def _load(self, year: int) -> None:
        # a lookup loads the whole year into the package's dict; copy it out once
        _ = date(year, 1, 1) in self._source
        self._closed.update(d for d in self._source if d.year == year)
        self._years.add(year)

    def holiday_name(self, day: date) -> str | None:
        """The name of the public holiday on ``day``, if any."""
        name = self._source.get(day)
        return None if name is None else str(name)

    def holidays_in(self, year: int) -> dict[date, str]:
        """Every public holiday of ``year``, by date."""
        if year not in self._years:
            self._load(year)
        return {d: str(n) for d, n in sorted(self._source.items()) if d.year == year}

    def is_business_day(self, day: date) -> bool:
        if day.weekday() >= 5:
            return False
        if day.year not in self._years:
            self._load(day.year)
        return day not in self._closed

    def add_business_days(self, day: date, n: int) -> date:
        """``D + n bd``: the n-th business day after ``day`` (n ≥ 0; n = 0 gives ``day``)."""
        current = day
        remaining = n
        while remaining > 0:
            current += _ONE_DAY
            if self.is_business_day(current):
                remaining -= 1
        return current

    def first_business_day_from(self, day: date) -> date:
        """``first bd ≥ X``: ``day`` itself if it is a business day, else the next one."""
        current = day
        while not self.is_business_day(current):
            current += _ONE_DAY
        return current


@lru_cache(maxsize=64)
def calendar_for(country: str = "US", subdivision: str | None = None) -> BusinessCalendar:
    """A shared calendar per (country, subdivision); calendars only memoise holiday data."""
    return BusinessCalendar(country.upper(), subdivision.upper() if subdivision else None)
