# The scraper's header line: " date YYYY-MM-DD <rest>" as the first line of a dump; some
# scrapers write the month only (" date 2022-05 <rest>").
# Rule: only the first non-blank line can be the header; digits in any script (via the fold).
"""The scraper header line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from ._fold import fold

__all__ = ["Header", "find_header"]

_HEADER = regex.compile(
    r"[ \t]*date[ \t]*:?[ \t]*"
    r"(?P<y>[0-9]{4})\s*[-/.]\s*(?P<m>[0-9]{1,2})(?:\s*[-/.]\s*(?P<d>[0-9]{1,2}))?"
    r"(?![0-9])[ \t]*",
    regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Header:
    """Where the header line is, its date (None if impossible) and the rest of the line.

    A month-only header (" date 2022-05") has `date` None and `month` (2022, 5).
    """

    span: tuple[int, int]  # the whole line, without its line break
    date: dt.date | None
    date_span: tuple[int, int]  # "date 2026-01-06" with the label
    rest: tuple[int, int]  # what follows the date on the same line (may be empty)
    value_span: tuple[int, int] = (0, 0)  # "2026-01-06": the date as written, without the label
    month: tuple[int, int] | None = None  # (year, month) of a header without a day


def find_header(text: str) -> Header | None:
    """The scraper header line, when the dump's first non-blank line is one."""
    start = len(text) - len(text.lstrip())
    line_end = _line_end(text, start)
    folded = fold(text, start, line_end)
    m = _HEADER.match(folded.key)
    if m is None:
        return None
    year, month = int(m["y"]), int(m["m"])
    date: dt.date | None = None
    partial: tuple[int, int] | None = None
    if m["d"] is None:
        partial = (year, month) if 1 <= month <= 12 else None
    else:
        try:
            date = dt.date(year, month, int(m["d"]))
        except ValueError:
            date = None
    last = "d" if m["d"] is not None else "m"
    label_start = folded.offset(m.start() + len(m.group()) - len(m.group().lstrip()))
    date_end = folded.span(m.start(last), m.end(last))[1]
    value_start = folded.offset(m.start("y"))
    rest_start = folded.offset(m.end())
    rest_end = len(text[rest_start:line_end].rstrip()) + rest_start
    return Header(
        (label_start, max(rest_end, date_end)),
        date,
        (label_start, date_end),
        (rest_start, rest_end),
        (value_start, date_end),
        partial,
    )


def _line_end(text: str, start: int) -> int:
    ends = [i for i in (text.find("\n", start), text.find("\r", start)) if i >= 0]
    return min(ends) if ends else len(text)
