# Cuts a dump into lines: the raw material every later stage classifies.
# Rule: a Line's span is trimmed only of str.isspace() characters (never bidi marks),
# so blocks built from lines
# cover every non-white-space character of the input once.
"""Line segmentation."""

from __future__ import annotations

from dataclasses import dataclass

import regex

__all__ = ["Line", "find_lines"]

# Any line break scrapers leave: \r\n, \r, \n, form feed, vertical tab, U+2028/9, NEL.
_LINE = regex.compile(r"[^\r\n\f\v\u2028\u2029\x85]+")


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line: `start`/`end` trimmed of edge white space; `gap_before` after a blank."""

    start: int
    end: int
    gap_before: bool


def find_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Every non-blank line of `text[start:end]`, in order."""
    stop = len(text) if end is None else end
    lines: list[Line] = []
    last_end = start
    for m in _LINE.finditer(text, start, stop):
        raw = m.group()
        body = raw.strip()
        if not body:
            continue
        lead = len(raw) - len(raw.lstrip())
        s = m.start() + lead
        gap = lines != [] and _has_blank_line(text, last_end, s)
        lines.append(Line(s, s + len(body), gap))
        last_end = s + len(body)
    return lines


def _has_blank_line(text: str, start: int, end: int) -> bool:
    """True when text[start:end] (white space between two lines) holds two or more breaks."""
    between = text[start:end].replace("\r\n", "\n")
    breaks = sum(between.count(c) for c in "\n\r\f\v\u2028\u2029\x85")
    return breaks >= 2
