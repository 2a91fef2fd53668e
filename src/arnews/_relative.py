# Relative time phrases: "منذ 46 دقيقة", "قبل حوالي ساعتين", "3 ساعات مضت", "أمس", "الآن".
# Rule: matched on the folded key (grammar in _datetime_grammar.py); the unit's grammatical
# number (lexicon time_units) gives the amount when no number is written (singular = 1,
# dual = 2); a plural needs a number. A phrase that counts from something else ("قبل يومين من
# الانتخابات", "منذ يوم الاثنين", "منذ عام 2020") or is not a whole number of units ("منذ ساعة
# ونصف") is not read.
"""Relative-time grammar."""

from __future__ import annotations

import datetime as dt
import functools
import re

from dateutil.relativedelta import relativedelta

from ._date_scan import scan_atoms
from ._datetime_grammar import END, LETTER, relative_body, trie, words
from ._datetime_grammar import role_words as _role_words
from ._fold import Folded, fold
from ._lexicon import index
from ._model import RelativeTime
from ._words import number_value

__all__ = [
    "find_relative",
    "find_relatives",
    "parse_relative",
    "read_relative",
    "resolve_relative",
]


@functools.cache
def _glued_pattern() -> re.Pattern[str]:
    """An opener glued to the word before it ("...الجديدمنذ 5 ساعات"): header stamps only."""
    before = trie(_role_words("relative_cues", "before"))
    return re.compile(rf"(?<={LETTER})(?={before}){relative_body()}")


@functools.cache
def _after_bare_unit() -> re.Pattern[str]:
    """What follows a unit that names a day, month or year rather than an amount of time."""
    names = "|".join(
        (
            words("weekdays", 3),
            words("months", 4),
            words("hijri_months", 3),
            words("relative_phrases", 4),
        )
    )
    return re.compile(rf"\s*(?:[0-9]|ال{LETTER}|(?:{names}){END})")


@functools.cache
def _units() -> dict[str, tuple[str, str]]:
    """Folded unit word -> (unit, count) where count is "1", "2" or "n"."""
    return {k: (rows[0].fields[0], rows[0].fields[1]) for k, rows in index("time_units", 4).items()}


@functools.cache
def _cardinals() -> dict[str, int]:
    """Folded one-word cardinal ("ثلاث", "عشرين") -> value: the common case, looked up directly."""
    out: dict[str, int] = {}
    for key, rows in index("numbers", 4).items():
        values = {int(r.fields[0]) for r in rows if r.fields[1] in ("unit", "ten")}
        if len(values) == 1:
            out[key] = values.pop()
    return out


@functools.cache
def _phrases() -> dict[str, tuple[int, str]]:
    """Folded fixed phrase -> (amount, unit)."""
    return {
        key: (int(rows[0].fields[0]), rows[0].fields[1])
        for key, rows in index("relative_phrases", 4).items()
    }


def read_relative(m: re.Match[str], key: str) -> tuple[int, str] | None:
    """(amount, unit) of a match of the relative grammar over `key`, or None when not one."""
    phrase, num, unit_word, num2, unit2, unit3 = m.groups()
    if phrase is not None:
        return _phrases()[" ".join(phrase.split())]
    num = num or num2
    unit, count = _units()[" ".join((unit_word or unit2 or unit3).split())]
    if num is not None:
        amount = int(num) if num.isascii() and num.isdigit() else _cardinals().get(num)
        if amount is None:
            amount = number_value(num)
        if amount is None or amount > _MAX_AMOUNT.get(unit, _MAX_YEARS):
            return None  # "منذ 2026202646 دقيقة": digits run together, no real stamp
        return amount, unit
    if count == "n" or _after_bare_unit().match(key, m.end()):
        return None  # "منذ ساعات" has no amount; "منذ يوم الاثنين" is "since Monday"
    return (2 if count == "2" else 1), unit


def find_relatives(folded: Folded, *, glued: bool = False) -> list[RelativeTime]:
    """Every relative phrase in a folded text, in order, with spans in the original text.

    `glued=True` finds only phrases whose opener is glued to the word before it.
    """

    def build(m: re.Match[str], key: str) -> RelativeTime | None:
        read = read_relative(m, key)
        if read is None:
            return None
        start, end = folded.span(m.start(), m.end())
        return RelativeTime(read[0], read[1], folded.text[start:end], (start, end))

    if not glued:
        return list(scan_atoms(folded.key, {"rel": build}))
    found = (build(m, folded.key) for m in _glued_pattern().finditer(folded.key))
    return [rel for rel in found if rel is not None]


def find_relative(folded: Folded, *, glued: bool = False) -> RelativeTime | None:
    """The first relative phrase in a folded text, with its span in the original text."""
    found = find_relatives(folded, glued=glued)
    return found[0] if found else None


def parse_relative(text: str) -> RelativeTime | None:
    """The first relative-time phrase in `text` ("منذ 46 دقيقة" -> 46 minutes), or None."""
    return find_relative(fold(text))


# the longest span a relative phrase may name: a thousand years in its unit (beyond, it is
# noise, and `now` minus it would leave the calendar)
_MAX_YEARS = 1000
_MAX_AMOUNT = {
    "second": _MAX_YEARS * 366 * 86400,
    "minute": _MAX_YEARS * 366 * 1440,
    "hour": _MAX_YEARS * 366 * 24,
    "day": _MAX_YEARS * 366,
    "week": _MAX_YEARS * 53,
    "month": _MAX_YEARS * 12,
    "year": _MAX_YEARS,
}
_FIXED_UNITS = {
    "second": dt.timedelta(seconds=1),
    "minute": dt.timedelta(minutes=1),
    "hour": dt.timedelta(hours=1),
    "day": dt.timedelta(days=1),
    "week": dt.timedelta(weeks=1),
}


def resolve_relative(rel: RelativeTime, now: dt.datetime) -> dt.datetime:
    """`now` minus the phrase: calendar months and years via relativedelta, the rest exactly."""
    if rel.unit == "month":
        return now - relativedelta(months=rel.amount)
    if rel.unit == "year":
        return now - relativedelta(years=rel.amount)
    return now - _FIXED_UNITS[rel.unit] * rel.amount
