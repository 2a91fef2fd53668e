# The result every opening reader fills, and the date a dateline may carry between its place
# and its separator ("القاهرة في الأحد 12 أكتوبر 2025 12:20 مساء - ...").
# Rule: offsets are positions in the folded key of the line; _dateline.py maps them back.
"""What an opening reader found."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._byline import read_byline
from ._credits import known_credit, outlet_shaped
from ._dates import parse_date
from ._grammar import DASH_RUN
from ._linereader import IN, SEP, Line, Span
from ._places import PlaceEntry

__all__ = [
    "NAME_END",
    "Found",
    "date_end",
    "date_then_sep",
    "slashed_credit",
]

_DATE_MAX_CHARS = 60  # a weekday, day, month, year and time fit well within
_DATE_LEAD = re.compile(rf"[ \t]*(?:(?:{IN}|[،,])[ \t]*)?")  # "القاهرة في ...", "القاهرة، ..."
_SLASHED = re.compile(r"[ \t]*/[ \t]*(?P<credit>[^/\n]{2,30}?)[ \t]*/")
_INITIALS = re.compile(r"[^\W\d_](?:[ \t]?\.[ \t]?[^\W\d_]){1,3}\.?")
NAME_END = re.compile(rf"[ \t]*(?::|{DASH_RUN})[ \t]*")  # after a reporter's name


@dataclass(slots=True)
class Found:
    """What opens a line, as key offsets: pieces to cut, place, credits, date, byline name."""

    pieces: list[tuple[str, int, int]] = field(default_factory=list)
    place: Span | None = None
    place_entry: PlaceEntry | None = None
    credits: list[Span] = field(default_factory=list)
    date: Span | None = None
    name: Span | None = None
    end: int = 0  # where the opening ends (the body starts after white space)
    alone: bool = False  # a known place alone on its line: a dateline only before the body


def slashed_credit(line: Line, pos: int, *, body: bool = False) -> tuple[Span, int] | None:
    """A credit between slashes right after a date, then a separator or the line's end: a known
    one ("/PRNewswire/ --", "/العمانية/ -"), or with `body` also an outlet known by its shape,
    the body's first word right after it ("2024/صحيفة الشعب اليومية أونلاين/ يشكل ...").
    Returns the credit's span and where the opening ends."""
    m = _SLASHED.match(line.key, pos, line.limit)
    if m is None:
        return None
    name = m["credit"]
    if known_credit(name) is None and not (body and outlet_shaped(name)):
        return None
    sep = SEP.match(line.key, m.end(), line.limit)
    if sep is not None or line.at_end(m.end()):
        return m.span("credit"), sep.end() if sep is not None else m.end()
    at = line.skip(m.end())
    if body and at > m.end() and line.key[at : at + 1].isalpha():
        return m.span("credit"), at
    return None


def _credit_then_sep(line: Line, pos: int) -> Span | None:
    """A known credit of one to three words right after a dateline's date, then a separator:
    after a place and a date even an ambiguous spelling ("وفا") is the credit."""
    at = line.skip(pos)
    initials = _INITIALS.match(line.key, at, line.limit)  # "و.م.ع"
    if initials is not None:
        span = initials.span()
        if known_credit(line.key[span[0] : span[1]]) and SEP.match(line.key, span[1], line.limit):
            return span
    words = line.words(at)[:3]
    for n in range(len(words), 0, -1):
        span = (at, words[n - 1][1])
        if known_credit(line.key[span[0] : span[1]]) is not None and SEP.match(
            line.key, span[1], line.limit
        ):
            return span
    return None


def date_end(line: Line, at: int) -> int | None:
    """Where a date (not a relative stamp) opening the line's key at `at` ends, else None."""
    if not line.key[at : at + 1].isalnum():
        return None
    match = parse_date(line.key[at : min(line.limit, at + _DATE_MAX_CHARS)])
    if match is None or match.span[0] != 0 or match.relative is not None:
        return None
    if match.date is None and (match.time is not None or match.hijri is not None):
        return None  # a clock alone, or a Hijri date out of the table
    return at + match.span[1]  # a day and month with no year count: "مقديشو 26 نوفمبر/ ..."


def date_then_sep(line: Line, found: Found, pos: int) -> int:
    """A date with no credit between the place and a separator, "القاهرة في الأحد 12 أكتوبر 2025
    12:20 مساء - ...", or a labelled byline ("... مساء كتب سامر حسن - "): sets `found.date` (and
    the byline) and returns where they end (else `pos` unchanged)."""
    m = _DATE_LEAD.match(line.key, pos, line.limit)
    end = date_end(line, m.end()) if m is not None else None
    if m is None or end is None:
        return pos
    wire = slashed_credit(line, end)  # "دبي، 20 يناير 2026 /PRNewswire/ --"
    if wire is not None:
        found.date, found.credits = (m.end(), end), [wire[0]]
        return wire[1]
    if SEP.match(line.key, end, line.limit) is not None or (
        found.place_entry is not None and line.eol and line.at_end(end)
    ):
        found.date = (m.end(), end)  # or a known place's date ending its line: "دمشق، ٢٥ آب ٢٠٢٤"
        return end
    credit = _credit_then_sep(line, end)  # "مراكش 9-9-2023 وفا- ..."
    if credit is not None:
        found.date = (m.end(), end)
        found.credits = [credit]
        return credit[1]
    at = line.skip(end)
    byline = read_byline(line.key, at, line.limit, line.eol, bare=True)
    if byline is None or not NAME_END.fullmatch(line.key, byline.end, byline.stop):
        return pos
    # "الدمام في الثلاثاء 5 أغسطس 2025 10:25 مساء كتب سامر حسن - ..."
    found.date = (m.end(), end)
    found.name = (byline.start, byline.end)
    found.pieces = [
        ("dateline", found.place[0] if found.place else 0, end),
        ("byline", at, byline.stop),
    ]
    return byline.stop
