"""Date arithmetic for the conventions of RULES.md §2, relative to the day the words were said.

Weeks run Monday to Sunday. Every method returns the last date of the window the employer
named; none of them reads the clock.
"""

from __future__ import annotations

import calendar as _monthdays
from dataclasses import dataclass
from datetime import date, timedelta

from afterview.domain.calendar import BusinessCalendar

# Countries that write the month first in slash dates ("3/14"); the rest write the day first.
MONTH_FIRST = frozenset({"US", "PR", "GU", "VI", "AS", "MP", "UM", "PH", "FM", "MH", "PW"})


def last_day(year: int, month: int) -> date:
    """The last calendar day of a month."""
    return date(year, month, _monthdays.monthrange(year, month)[1])


def shift_months(day: date, months: int) -> date:
    """The same day number ``months`` later, clipped to that month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, _monthdays.monthrange(year, month)[1]))


@dataclass(frozen=True)
class DateContext:
    """The day the words were said and the calendar of the candidate's country."""

    said_on: date
    country: str
    calendar: BusinessCalendar

    @property
    def month_first(self) -> bool:
        return self.country in MONTH_FIRST

    # --- days and weeks -------------------------------------------------------------
    def days(self, n: int) -> date:
        return self.said_on + timedelta(days=n)

    def business_days(self, n: int) -> date:
        return self.calendar.add_business_days(self.said_on, n)

    def week_day(self, weeks_ahead: int, weekday: int) -> date:
        """``weekday`` (0 = Monday) of the week ``weeks_ahead`` after said_on's week."""
        monday = self.said_on - timedelta(days=self.said_on.weekday())
        return monday + timedelta(days=7 * weeks_ahead + weekday)

    def weekday_after(self, weekday: int) -> date:
        """The first such weekday strictly after said_on ("by Friday")."""
        ahead = (weekday - self.said_on.weekday() - 1) % 7 + 1
        return self.said_on + timedelta(days=ahead)

    def this_weekday(self, weekday: int) -> date:
        """That weekday in said_on's week; said_on itself if it is that day; else as "by"."""
        day = self.week_day(0, weekday)
        return day if day >= self.said_on else self.weekday_after(weekday)

    def this_week(self, weekday: int = 4) -> date:
        """A day of said_on's week; said on a weekend or past it, the coming week's."""
        day = self.week_day(0, weekday)
        if day < self.said_on or self.said_on.weekday() >= 5:
            return self.week_day(1, weekday)
        return day

    # --- months, quarters, years ----------------------------------------------------
    def month_end(self, months_ahead: int = 0) -> date:
        first = shift_months(self.said_on.replace(day=1), months_ahead)
        return last_day(first.year, first.month)

    def month_day(self, months_ahead: int, day: int) -> date:
        first = shift_months(self.said_on.replace(day=1), months_ahead)
        return date(first.year, first.month, min(day, last_day(first.year, first.month).day))

    def months(self, n: int) -> date:
        return shift_months(self.said_on, n)

    def quarter_end(self, quarters_ahead: int = 0) -> date:
        quarter = (self.said_on.month - 1) // 3 + quarters_ahead
        year = self.said_on.year + quarter // 4
        return last_day(year, (quarter % 4) * 3 + 3)

    def named_quarter_end(self, quarter: int) -> date:
        """The last day of quarter 1–4, this year or, once past, next year's."""
        end = last_day(self.said_on.year, quarter * 3)
        return end if end >= self.said_on else last_day(self.said_on.year + 1, quarter * 3)

    def year_end(self, years_ahead: int = 0) -> date:
        return date(self.said_on.year + years_ahead, 12, 31)

    # --- explicit dates -------------------------------------------------------------
    def next_month_day(self, month: int, day: int) -> date | None:
        """The next date (said_on included) with this month and day, if one exists."""
        for year in range(self.said_on.year, self.said_on.year + 9):
            if day <= _monthdays.monthrange(year, month)[1]:
                candidate = date(year, month, day)
                if candidate >= self.said_on:
                    return candidate
        return None

    def next_day_of_month(self, day: int, months_ahead: int = 0) -> date | None:
        """The next date (said_on included) with this day number, skipping short months."""
        if not 1 <= day <= 31:
            return None
        start = shift_months(self.said_on.replace(day=1), months_ahead)
        for k in range(13):
            first = shift_months(start, k)
            if day <= _monthdays.monthrange(first.year, first.month)[1]:
                candidate = first.replace(day=day)
                if candidate >= self.said_on:
                    return candidate
        return None

    def month_window_end(self, month: int) -> date:
        """The last day of the named month, this year or, once past, next year's."""
        end = last_day(self.said_on.year, month)
        return end if end >= self.said_on else last_day(self.said_on.year + 1, month)

    def month_part(self, month: int, day: int) -> date:
        """A day of the named month ("early March" = the 10th), next occurrence of the month."""
        year = self.month_window_end(month).year
        return date(year, month, min(day, last_day(year, month).day))


def full_date(year: int, month: int, day: int) -> date | None:
    """A date from parts, or None when they name no real day; two-digit years are 20YY."""
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None
