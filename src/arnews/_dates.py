# The date grammar behind parse_date and find_dates: absolute, Hijri and relative expressions.
# Rule: matched on the folded key; day first always; an impossible date is rejected, not guessed.
"""Date and time expressions."""

from __future__ import annotations

import datetime as dt

import regex

from ._fold import Folded, fold
from ._model import DateMatch
from ._relative import find_relative, resolve_relative

__all__ = ["find_dates", "parse_date"]

_ISO = regex.compile(
    r"(?<![0-9])(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})"
    r"(?:[T@ ](?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2}))?)?(?![0-9])"
)


def _absolute(folded: Folded) -> list[DateMatch]:
    out: list[DateMatch] = []
    for m in _ISO.finditer(folded.key):
        try:
            date = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            time = dt.time(int(m["H"]), int(m["M"]), int(m["S"] or 0)) if m["H"] else None
        except ValueError:
            continue
        start, end = folded.span(m.start(), m.end())
        out.append(DateMatch(date, time, None, None, None, folded.text[start:end], (start, end)))
    return out


def find_dates(text: str, *, anchor: dt.date | dt.datetime | None = None) -> list[DateMatch]:
    """Every date expression in `text` in order, relative ones resolved against `anchor`."""
    folded = fold(text)
    found = _absolute(folded)
    rel = find_relative(folded)
    if rel is not None:
        date = None
        if anchor is not None:
            base = (
                anchor
                if isinstance(anchor, dt.datetime)
                else dt.datetime.combine(anchor, dt.time())
            )
            date = resolve_relative(rel, base).date()
        found.append(DateMatch(date, None, None, None, rel, rel.text, rel.span))
    found.sort(key=lambda d: d.span)
    return found


def parse_date(text: str, *, now: dt.datetime | None = None) -> DateMatch | None:
    """The first date or time expression in `text`, absolute or relative, or None."""
    found = find_dates(text, anchor=now)
    return found[0] if found else None
