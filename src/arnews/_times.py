# Values of clock times and time zones: a part-of-day word applied to an hour, a "بتوقيت" place
# or a GMT/UTC label turned into a tzinfo. The grammar (_datetime_grammar.py) finds them.
# Rule: a place zone is a zoneinfo zone, so its offset follows the date's daylight saving; an
# hour that contradicts its part-of-day word gives no time rather than a guess.
"""Clock times, day periods and time zones."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import regex

from ._fold import fold_word
from ._lexicon import index

__all__ = ["clock", "is_abbreviation", "offset_zone", "period_of", "utc_zone", "zone_of"]

# period -> (first hour, last hour, hours to add): "3 م" is 15, "12 ص" is 0, "15:00 م" stays.
_SHIFTS: dict[str, tuple[tuple[int, int, int], ...]] = {
    "am": ((0, 11, 0), (12, 12, -12)),
    "pm": ((1, 11, 12), (12, 23, 0)),
    "noon": ((11, 12, 0), (1, 5, 12), (13, 17, 0)),
    "afternoon": ((1, 7, 12), (13, 19, 0)),
    "night": ((6, 11, 12), (12, 12, -12), (0, 5, 0), (18, 23, 0)),
    "dawn": ((0, 6, 0), (12, 12, -12)),
}
_OFFSET = regex.compile(r"(?P<sign>[+\-\u2212])\s*(?P<h>[0-9]{1,2})(?::?(?P<m>[0-9]{2}))?")
_MAX_OFFSET_HOURS = 14


@functools.cache
def _periods() -> dict[str, str]:
    return {key.lower(): rows[0].fields[0] for key, rows in index("day_periods", 3).items()}


def period_of(key: str) -> str | None:
    """The period ("am", "pm", "noon", "afternoon", "night", "dawn") of a folded period word."""
    periods = _periods()
    found = periods.get(key)
    return found if found is not None else periods.get(" ".join(key.split()).lower())


def is_abbreviation(key: str) -> bool:
    """True for a one-letter period mark (ص, م): it needs minutes or "الساعة" to count."""
    return len(key.replace(".", "").strip()) == 1


def clock(hour: int, minute: int, second: int, period: str | None) -> dt.time | None:
    """The time of day, with `period` applied to a 12-hour `hour`; None when impossible."""
    if not (0 <= minute <= 59 and 0 <= second <= 59):
        return None
    if period is not None:
        for first, last, add in _SHIFTS[period]:
            if first <= hour <= last:
                return dt.time(hour + add, minute, second)
        return None
    if not 0 <= hour <= 23:
        return None
    return dt.time(hour, minute, second)


@functools.cache
def _zones() -> dict[str, str]:
    return {key: rows[0].fields[0] for key, rows in index("zones", 3).items()}


@functools.cache
def _zone(name: str) -> dt.tzinfo:
    return zoneinfo.ZoneInfo(name)


def zone_of(place: str) -> dt.tzinfo | None:
    """The zoneinfo zone of a place named after "بتوقيت" ("القاهرة" -> Africa/Cairo), or None."""
    key = " ".join(fold_word(place).split())
    name = _zones().get(key)
    if name is None and key.startswith("ال"):
        name = _zones().get(key[2:])
    return _zone(name) if name is not None else None


def utc_zone(offset: str | None) -> dt.tzinfo | None:
    """UTC, or UTC shifted by `offset` ("+3", "+03:00", "-0530"); None for an impossible one."""
    if not offset:
        return dt.timezone.utc
    return offset_zone(offset)


def offset_zone(offset: str) -> dt.tzinfo | None:
    """A fixed-offset zone from "+03:00", "+3", "-0530" or "Z"; None when out of range."""
    text = offset.strip()
    if text in ("Z", "z"):
        return dt.timezone.utc
    m = _OFFSET.fullmatch(text)
    if m is None:
        return None
    hours, minutes = int(m["h"]), int(m["m"] or 0)
    if hours > _MAX_OFFSET_HOURS or minutes > 59:
        return None
    delta = dt.timedelta(hours=hours, minutes=minutes)
    if m["sign"] != "+":
        delta = -delta
    return dt.timezone(delta) if delta else dt.timezone.utc
