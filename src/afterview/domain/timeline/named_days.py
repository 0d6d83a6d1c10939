"""Named holidays: the country's calendar, matched loosely ("Thanksgiving", "new year").

A name resolves to the holiday's actual date (never the day it is observed on), at its next
occurrence from the day the words were said. Names come from the country's calendar, plus
the everyday forms people use for them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter

from afterview.domain.calendar import BusinessCalendar

# Everyday names → the words of the calendar's name (normalised as by ``name_words``).
ALIASES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("thanksgiving",): ("thanksgiving", "day"),
    ("thanksgiving", "break"): ("thanksgiving", "day"),
    ("christmas",): ("christmas", "day"),
    ("christmas", "break"): ("christmas", "day"),
    ("christmas", "holidays"): ("christmas", "day"),
    ("new", "year"): ("new", "year", "day"),
    ("new", "years"): ("new", "year", "day"),
    ("mlk", "day"): ("martin", "luther", "king", "jr", "day"),
    ("martin", "luther", "king", "day"): ("martin", "luther", "king", "jr", "day"),
    ("presidents", "day"): ("washington", "birthday"),
    ("president", "day"): ("washington", "birthday"),
    ("juneteenth",): ("juneteenth", "national", "independence", "day"),
    ("fourth", "of", "july"): ("independence", "day"),
    ("labour", "day"): ("labor", "day"),
    ("veteran", "day"): ("veterans", "day"),
    ("early", "may", "bank", "holiday"): ("may", "day"),
    ("august", "bank", "holiday"): ("late", "summer", "bank", "holiday"),
    ("summer", "bank", "holiday"): ("late", "summer", "bank", "holiday"),
    ("may", "bank", "holiday"): ("may", "day"),
}
# Days that are no public holiday but are known by name: (month, day), or Easter's offset.
FIXED: dict[tuple[str, ...], tuple[int, int]] = {
    ("christmas", "eve"): (12, 24),
    ("new", "year", "eve"): (12, 31),
    ("new", "years", "eve"): (12, 31),
    ("halloween",): (10, 31),
}
EASTER: dict[tuple[str, ...], int] = {
    ("easter",): 0, ("easter", "sunday"): 0, ("easter", "weekend"): 0, ("easter", "break"): 0,
    ("easter", "holidays"): 0,
}
ANY_HOLIDAY = ("bank", "holiday")  # "before the bank holiday": the next one, whatever it is

_NAME_WORDS = re.compile(r"[a-z]+")


def name_words(name: str) -> tuple[str, ...]:
    """A holiday name as lower-case words, with possessive s and "observed" marks gone."""
    words = _NAME_WORDS.findall(name.lower().replace("'s", "").replace("s'", "s"))
    return tuple(words)


@lru_cache(maxsize=256)
def _holidays(calendar: BusinessCalendar, year: int) -> dict[tuple[str, ...], date]:
    """Each holiday of ``year`` by its name's words, on its actual (not observed) date."""
    found: dict[tuple[str, ...], date] = {}
    for day, names in calendar.holidays_in(year).items():
        for name in names.split("; "):
            if "observed" in name.lower():
                continue
            found.setdefault(name_words(name), day)
    return found


@lru_cache(maxsize=256)
def _names(calendar: BusinessCalendar, year: int) -> frozenset[tuple[str, ...]]:
    return frozenset(_holidays(calendar, year)) | frozenset(ALIASES)


def known_names(calendar: BusinessCalendar, year: int) -> frozenset[tuple[str, ...]]:
    """Every name (as words) a message may use for a holiday of this calendar."""
    return _names(calendar, year) | frozenset(FIXED) | frozenset(EASTER) | {ANY_HOLIDAY}


def holiday_date(words: tuple[str, ...], calendar: BusinessCalendar, said_on: date) -> date | None:
    """The next date (said_on included) of the holiday called ``words``, if the country has it."""
    if words in FIXED:
        month, day = FIXED[words]
        this_year = date(said_on.year, month, day)
        return this_year if this_year >= said_on else date(said_on.year + 1, month, day)
    if words in EASTER:
        for year in (said_on.year, said_on.year + 1):
            sunday: date = easter(year)
            if sunday + timedelta(days=EASTER[words]) >= said_on:
                return sunday + timedelta(days=EASTER[words])
        return None
    canonical = ALIASES.get(words, words)
    for year in (said_on.year, said_on.year + 1):
        found = _holidays(calendar, year)
        if canonical == ANY_HOLIDAY:
            upcoming = sorted(d for d in found.values() if d >= said_on)
            if upcoming:
                return upcoming[0]
            continue
        named = found.get(canonical)
        if named is not None and named >= said_on:
            return named
    return None
