# Relative time phrases: "منذ 46 دقيقة", "منذ ساعتين", "قبل ثلاث ساعات", "أمس".
# Rule: matched on the folded key; the unit's grammatical number (lexicon time_units) gives the
# amount when no number is written (singular = 1, dual = 2); a plural needs a number.
"""Relative-time grammar."""

from __future__ import annotations

import datetime as dt
import functools

import regex
from dateutil.relativedelta import relativedelta

from ._fold import Folded, fold
from ._grammar import words_of
from ._lexicon import index
from ._model import RelativeTime
from ._words import number_value

__all__ = ["find_relative", "parse_relative", "resolve_relative"]

_PREFIX = r"(?:منذ|قبل)"
_ABOUT = r"(?:(?:حوالي|حوالى|نحو|قرابه|زهاء)\s+)?"


@functools.cache
def _pattern() -> regex.Pattern[str]:
    number_words = words_of("numbers", 4)
    units = words_of("time_units", 4)
    number = rf"(?P<num>[0-9]+|{number_words}(?:\s+و?\s*{number_words}){{0,3}})"
    return regex.compile(
        rf"{_PREFIX}\s*{_ABOUT}(?:{number}\s*)?(?P<unit>{units})(?![\p{{L}}\p{{M}}])"
    )


@functools.cache
def _units() -> dict[str, tuple[str, str]]:
    """Folded unit word -> (unit, count) where count is "1", "2" or "n"."""
    out: dict[str, tuple[str, str]] = {}
    for key, rows in index("time_units", 4).items():
        out[key] = (rows[0].fields[0], rows[0].fields[1])
    return out


def find_relative(folded: Folded) -> RelativeTime | None:
    """The first relative phrase in a folded text, with its span in the original text."""
    for m in _pattern().finditer(folded.key):
        rel = _build(folded, m)
        if rel is not None:
            return rel
    return None


def _build(folded: Folded, m: regex.Match[str]) -> RelativeTime | None:
    unit_key = regex.sub(r"\s+", " ", m.group("unit"))
    unit, count = _units()[unit_key]
    if m.group("num"):
        amount = number_value(m.group("num"))
        if amount is None:
            return None
    elif count == "n":
        return None
    else:
        amount = 2 if count == "2" else 1
    start, end = folded.span(m.start(), m.end())
    return RelativeTime(amount, unit, folded.text[start:end], (start, end))


def parse_relative(text: str) -> RelativeTime | None:
    """The first relative-time phrase in `text` ("منذ 46 دقيقة" -> 46 minutes), or None."""
    return find_relative(fold(text))


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
