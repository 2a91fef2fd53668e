# Hijri <-> Gregorian conversion with hijridate (the Umm al-Qura table, 1343-1500 AH).
# Rule: a day the calendar cannot hold is rejected; a date outside the table is kept as Hijri
# only (no Gregorian guess), and the caller warns `hijri-out-of-range`.
"""Hijri calendar conversion."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from hijridate import Gregorian, Hijri

__all__ = ["HijriResult", "hijri_to_gregorian", "hijri_year_of"]

_MONTHS = 12
_LONGEST_MONTH = 30
# the table itself gives three early months 31 days (1345/5, 1348/11, 1349/11): the converter's
# own validation decides those
_TABLE_LONGEST_MONTH = 31
_SHORT_MONTH_END = 29


class HijriResult(Enum):
    """Why a conversion gave no Gregorian date."""

    OK = "ok"
    OUT_OF_RANGE = "hijri-out-of-range"
    IMPOSSIBLE = "impossible-date"


def hijri_to_gregorian(year: int, month: int, day: int) -> tuple[dt.date | None, HijriResult]:
    """The Gregorian date of Hijri `year-month-day` (Umm al-Qura), or None and the reason.

    Day 30 of a month that has 29 days in the Umm al-Qura table is read as the day after the
    29th: local sighting can give that month 30 days, and the two calendars differ by one day.
    """
    if not (1 <= month <= _MONTHS and 1 <= day <= _TABLE_LONGEST_MONTH):
        return None, HijriResult.IMPOSSIBLE
    try:
        return _plain(Hijri(year, month, day, validate=True).to_gregorian()), HijriResult.OK
    except OverflowError:
        return None, HijriResult.OUT_OF_RANGE
    except ValueError:
        if day != _LONGEST_MONTH:
            return None, HijriResult.IMPOSSIBLE
    try:
        last = Hijri(year, month, _SHORT_MONTH_END, validate=True).to_gregorian()
    except (OverflowError, ValueError):
        return None, HijriResult.OUT_OF_RANGE
    return _plain(last) + dt.timedelta(days=1), HijriResult.OK


def _plain(date: dt.date) -> dt.date:
    return dt.date(date.year, date.month, date.day)


def hijri_year_of(date: dt.date) -> int | None:
    """The Umm al-Qura Hijri year that `date` falls in, or None outside the table."""
    try:
        return int(Gregorian(date.year, date.month, date.day).to_hijri().year)
    except (OverflowError, ValueError):
        return None
