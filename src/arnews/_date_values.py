# Calendar values of a matched date: a Gregorian day checked against the calendar, a year taken
# from the anchor when none is printed, a Hijri date converted, a dual date cross-checked.
# Rule: never swap or shift a printed day to make it fit; what the calendar cannot hold is
# impossible, and a missing year comes only from the anchor (the closest such date not after it).
"""Calendar arithmetic for date expressions."""

from __future__ import annotations

import datetime as dt

from ._hijri import HijriResult, hijri_to_gregorian, hijri_year_of

__all__ = ["HijriReading", "gregorian_date", "hijri_date", "near_enough", "nearest_hijri_year"]

_LEAP_YEAR = 2000  # a year in which every real (day, month) exists
_YEARS_BACK = 8  # 29 February comes back within eight years
_DUAL_TOLERANCE = dt.timedelta(days=1)  # Umm al-Qura and local sighting differ by a day


def gregorian_date(
    day: int, month: int, year: int | None, anchor: dt.date | None
) -> tuple[dt.date | None, bool]:
    """The date and whether it is impossible. No year: the closest such day not after `anchor`."""
    if year is not None:
        try:
            return dt.date(year, month, day), False
        except ValueError:
            return None, True
    try:
        dt.date(_LEAP_YEAR, month, day)
    except ValueError:
        return None, True
    if anchor is None:
        return None, False
    for back in range(_YEARS_BACK + 1):
        try:
            found = dt.date(anchor.year - back, month, day)
        except ValueError:
            continue
        if found <= anchor:
            return found, False
    return None, False


HijriReading = tuple[tuple[int, int, int] | None, dt.date | None, HijriResult]


def hijri_date(day: int, month: int, year: int | None, anchor: dt.date | None) -> HijriReading:
    """(Hijri y-m-d or None, Gregorian date or None, result). No year: taken from `anchor`."""
    if year is None:
        if anchor is None:
            return None, None, HijriResult.OK
        year = _hijri_year_before(day, month, anchor)
        if year is None:
            return None, None, HijriResult.OUT_OF_RANGE
    date, result = hijri_to_gregorian(year, month, day)
    if result is HijriResult.IMPOSSIBLE:
        return None, None, result
    return (year, month, day), date, result


def _hijri_year_before(day: int, month: int, anchor: dt.date) -> int | None:
    this_year = hijri_year_of(anchor)
    if this_year is None:
        return None
    for year in (this_year, this_year - 1):
        date, _ = hijri_to_gregorian(year, month, day)
        if date is not None and date <= anchor:
            return year
    return None


def nearest_hijri_year(day: int, month: int, gregorian: dt.date) -> int | None:
    """The Hijri year in which day-month falls closest to `gregorian` (a dual date's year)."""
    this_year = hijri_year_of(gregorian)
    if this_year is None:
        return None
    best: tuple[dt.timedelta, int] | None = None
    for year in (this_year - 1, this_year, this_year + 1):
        date, _ = hijri_to_gregorian(year, month, day)
        if date is not None:
            gap = abs(date - gregorian)
            if best is None or gap < best[0]:
                best = (gap, year)
    return best[1] if best is not None else None


def near_enough(first: dt.date, second: dt.date) -> bool:
    """Two readings of one day agree within the Umm al-Qura / sighting tolerance."""
    return abs(first - second) <= _DUAL_TOLERANCE
