# Reads the grammar's matches (_datetime_grammar.py, found by _date_scan.py) into typed atoms:
# a Gregorian or Hijri day, a clock time, a weekday, a zone, a dual-date link, a relative phrase.
# Values only; joining them into expressions is _dates.py's job.
# Rule: what cannot be what it looks like (a bare number, "3 صفر" with no year, a time whose
# part-of-day word contradicts it, two month names that disagree) is no atom; an impossible
# calendar day is still an atom, so that _dates.py can reject it and say so.
"""Date and time atoms."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator

from ._date_scan import scan_atoms
from ._datetime_grammar import CLOCK_FRACTIONS, role_words, single_month_pattern
from ._lexicon import index
from ._relative import read_relative
from ._times import clock, is_abbreviation, offset_zone, period_of, utc_zone, zone_of
from ._words import hijri_month_number, month_number, number_value, weekday_number

__all__ = ["Atom", "find_atoms"]

_MIN_NUMERIC_YEAR = 1600  # an unmarked numeric year below this may be a Hijri year: no guess
_MONTHS = 12
_MAX_DAY = 31
# a two-digit year right after the month, then the end, a separator or a time
_TWO_DIGIT_YEAR = re.compile(
    r"[ \t]*[/\-\u2013.,\u060c]?[ \t]*[0-9]{2}(?![0-9:])[ \t]*(?:$|[\-\u2013|,\u060c])"
)


@functools.cache
def _values(name: str, columns: int) -> dict[str, int]:
    """Folded variant -> value for the variants of `name` that name exactly one value."""
    out: dict[str, int] = {}
    for key, rows in index(name, columns).items():
        values = {int(r.fields[0]) for r in rows}
        if len(values) == 1:
            out[key] = values.pop()
    return out


def _lookup(name: str, columns: int, words: str, slow: Callable[[str], int | None]) -> int | None:
    """A value by direct lookup on the folded key; the word-level normaliser when not found."""
    values = _values(name, columns)
    found = values.get(words)
    if found is None:
        key = " ".join(words.split())
        found = values.get(key)
        if found is None:
            found = slow(key)
    return found


class Atom:
    """One piece of a date expression: date, hijri, time, weekday, zone, link or relative.

    A plain class: only the fields an atom has are set, the rest read the class defaults (atoms
    are made per word scanned, so their construction is kept cheap).
    """

    day = 0
    month = 0
    year: int | None = None
    time: dt.time | None = None
    tz: dt.tzinfo | None = None
    unknown_zone = False
    weekday = -1
    amount = 0
    unit = ""
    month_first = False  # "08/17/2016": read month first, there being no month 17
    two_readings = False  # "08/06/2022": a numeric date whose numbers are both months

    def __init__(self, kind: str, start: int, end: int) -> None:
        self.kind = kind
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return f"Atom({self.kind}, {self.start}, {self.end})"


def _dated(kind: str, m: re.Match[str], day: int, month: int, year: int | None) -> Atom:
    atom = Atom(kind, *m.span())
    atom.day, atom.month, atom.year = day, month, year
    return atom


def find_atoms(key: str, start: int = 0) -> Iterator[Atom]:
    """The atoms of a folded key, in order, from key position `start`."""
    return scan_atoms(key, _READERS, start=start)


# The readers below unpack `m.groups()` in the order the groups open in _datetime_grammar.py
# (one call instead of a lookup per name); tests/unit/test_dates_grammar.py pins that order.


def _numeric(m: re.Match[str], key: str) -> Atom | None:
    iy, _, _, im, iday, hh, mm, ss, off, nd, _, nm, ny, hmark, gmark, *after = m.groups()
    iso = iy is not None
    year, month, day = (int(iy), int(im), int(iday)) if iso else (int(ny), int(nm), int(nd))
    if hmark is None and gmark is None and year < _MIN_NUMERIC_YEAR:
        return None
    swapped = not iso and hmark is None and month > _MONTHS >= day > 0 and month <= _MAX_DAY
    if swapped:  # "08/17/2016", "2/28/2026 1:57:00 PM": an American page; no other reading
        day, month = month, day
    atom = _dated("hijri" if hmark is not None else "date", m, day, month, year)
    atom.month_first = swapped
    atom.two_readings = (
        not iso and hmark is None and day != month and 0 < month <= _MONTHS >= day > 0
    )
    if iso and hh is not None:
        atom.time = clock(int(hh), int(mm), int(ss or 0), None)
        if off is not None:
            atom.tz = offset_zone(off)
    _read_clock_after(atom, m, "nt", after)
    return atom


def _read_clock_after(atom: Atom, m: re.Match[str], group: str, after: list[str | None]) -> None:
    """The time printed right after the date; one that cannot be is left out of the atom."""
    text, hour, minute, second, offset, word = after
    if text is None:
        return
    time = None
    if atom.time is None:
        period = period_of(word) if word is not None else None
        time = clock(int(hour or 0), int(minute or 0), int(second or 0), period)
    if time is None:
        atom.end = m.start(group)
    else:
        atom.time = time
        if offset is not None:
            atom.tz = offset_zone(offset)


def _word_day(words: str) -> int | None:
    """A day in words: an ordinal ("السادس"), or the Maghreb's "فاتح" (the first)."""
    return 1 if words in role_words("date_words", "first_day") else number_value(words)


def _gregorian(m: re.Match[str], key: str) -> Atom | None:
    weekday, weekday2, digits, words, name, year, _, *after = m.groups()
    month = _lookup("months", 4, name, month_number)
    if month is None:  # two month names side by side that disagree: keep the first alone
        m2 = single_month_pattern().match(key, m.start())
        if m2 is None or m2.end() >= m.end():
            return None
        m = m2
        weekday, weekday2, digits, words, name, year, _, *after = m.groups()
        month = _lookup("months", 4, name, month_number)
        if month is None:
            return None
    day = int(digits) if digits is not None else _word_day(words)
    if day is None:
        return None
    if year is None and _TWO_DIGIT_YEAR.match(key, m.end("gm")):
        return None  # "29 تشرين الثاني 19 - 14:00": 1919 or 2019? no guess
    atom = _dated("date", m, day, month, int(year) if year else None)
    if weekday or weekday2:
        found = _lookup("weekdays", 3, weekday or weekday2, weekday_number)
        atom.weekday = -1 if found is None else found
    _read_clock_after(atom, m, "gt", after)
    return atom


def _month_first(m: re.Match[str], key: str) -> Atom | None:
    name, day, year, *after = m.groups()
    month = _lookup("months", 4, name.lower(), month_number)
    if month is None:
        return None
    atom = _dated("date", m, int(day), month, int(year))
    _read_clock_after(atom, m, "mt", after)
    return atom


@functools.cache
def _number_words() -> frozenset[str]:
    return frozenset(index("numbers", 4))


def _hijri(m: re.Match[str], key: str) -> Atom | None:
    digits, words, name, year, mark = m.groups()
    name = " ".join(name.split())
    month = _lookup("hijri_months", 3, name, hijri_month_number)
    day = int(digits) if digits is not None else number_value(words)
    if month is None or day is None:
        return None
    if year is None and mark is None and name in _number_words():
        return None  # "3 صفر" is three-nil as often as a date
    return _dated("hijri", m, day, month, int(year) if year else None)


def _time(m: re.Match[str], key: str) -> Atom | None:
    prefix, hour, minute, second, word, hour2, minute2, second2, offset, word2, hour3, word3 = (
        m.groups()[:12]
    )
    if m.group("tHw") is not None:
        return _time_in_words(m)
    if hour is None:
        hour, minute, second, word = hour2 or hour3, minute2, second2, word2 or word3
    if minute is None and prefix is None and (word is None or is_abbreviation(word)):
        return None  # a bare number, or "3 م" (metres?), is not a time
    period = period_of(word) if word is not None else None
    time = clock(int(hour), int(minute or 0), int(second or 0), period)
    if time is None:
        return None
    atom = Atom("time", *m.span())
    atom.time = time
    if offset is not None:  # "10:30:00+03:00", the time half of an ISO stamp
        atom.tz = offset_zone(offset)
    return atom


def _time_in_words(m: re.Match[str]) -> Atom | None:
    """ "الساعة العاشرة والنصف صباحا" -> 10:30; "الساعة الثالثة إلا ربعا" -> 2:45."""
    hour = number_value(m.group("tHw"))
    if hour is None or (hour == 1 and "واحد" not in m.group("tHw")):
        return None  # "الساعة الأولى من الهجوم" is the first hour, not one o'clock
    minute = 0
    fraction = m.group("tfrac")
    if fraction is not None:
        key = " ".join(fraction.split())
        minute = next(
            (v for r, v in CLOCK_FRACTIONS.items() if key in role_words("date_words", r)), 0
        )
    if minute < 0:
        hour, minute = hour - 1, 60 + minute
    word = m.group("tper4")
    time = clock(hour, minute, 0, period_of(word) if word is not None else None)
    if time is None:
        return None
    atom = Atom("time", *m.span())
    atom.time = time
    return atom


def _zone(m: re.Match[str], key: str) -> Atom:
    utc, named, unknown, utc2, offset = m.groups()
    atom = Atom("zone", *m.span())
    if utc is not None or utc2 is not None:
        atom.tz = utc_zone(offset)
    elif named is not None:
        atom.tz = zone_of(named)
    else:
        atom.unknown_zone = unknown is not None
    return atom


def _weekday(m: re.Match[str], key: str) -> Atom | None:
    day = _lookup("weekdays", 3, m.group(1) or m.group(2), weekday_number)
    if day is None:
        return None
    atom = Atom("weekday", *m.span())
    atom.weekday = day
    return atom


def _relative(m: re.Match[str], key: str) -> Atom | None:
    read = read_relative(m, key)
    if read is None:
        return None
    atom = Atom("relative", *m.span())
    atom.amount, atom.unit = read
    return atom


def _link(m: re.Match[str], key: str) -> Atom:
    return Atom("link", *m.span())


_READERS: dict[str, Callable[[re.Match[str], str], Atom | None]] = {
    "num": _numeric,
    "greg": _gregorian,
    "mdy": _month_first,
    "hij": _hijri,
    "time": _time,
    "week": _weekday,
    "zone": _zone,
    "link": _link,
    "rel": _relative,
}
