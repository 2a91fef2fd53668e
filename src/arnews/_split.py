# Multi-article dumps: where each article starts in a file holding several.
# Rule: a new article starts at a form feed or at a scraper header line (" date YYYY-MM-DD") at
# the start of a line; a short preamble before the first header line (a headline printed above
# it: at most two lines, 300 characters) belongs to the first article. The pieces cover the
# whole text; blank pieces are dropped. One cheap scan for "date" and form feeds, each hit
# checked in place: fast on any size.
"""Splitting multi-article dumps."""

from __future__ import annotations

from collections.abc import Iterator

import regex

__all__ = ["split_dump"]

_DIGIT = "[0-9٠-٩۰-۹]"
_CANDIDATE = regex.compile(r"\f|[dD][aA][tT][eE]")  # cheap scan; each hit is then checked
_DATE_AT = regex.compile(
    rf"date[ \t]*:?[ \t]*{_DIGIT}{{4}}[-/.]{_DIGIT}{{1,2}}[-/.]{_DIGIT}{{1,2}}(?!{_DIGIT})",
    regex.IGNORECASE,
)
_BREAKS = "\r\n\v\u2028\u2029\x85"
_BLANK = " \t\r\n\f\v\u2028\u2029\x85"
_PREAMBLE_MAX_CHARS = 300
_PREAMBLE_MAX_LINES = 2
_LINE = regex.compile(r"[^\r\n\f\v\u2028\u2029\x85]*\S[^\r\n\f\v\u2028\u2029\x85]*")


def split_dump(text: str) -> list[tuple[int, int]]:
    """One (start, end) per article; a dump with no boundary is one article (if not blank)."""
    starts = [0]
    first = True
    for at, form_feed in _boundaries(text):
        preamble = first and not form_feed and _is_preamble(text[:at])
        first = False
        if at > starts[-1] and not preamble:  # a headline above the first header line stays
            starts.append(at)
    pieces = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        if text[start:end].strip(_BLANK):
            pieces.append((start, end))
    return pieces


def _boundaries(text: str) -> Iterator[tuple[int, bool]]:
    """(offset, is_form_feed) of each boundary: after a form feed, or where a header line starts."""
    for m in _CANDIDATE.finditer(text):
        at = m.start()
        if m.group() == "\f":
            yield at + 1, True
            continue
        if _DATE_AT.match(text, at) is None:
            continue
        line_start = at
        while line_start > 0 and text[line_start - 1] in " \t":
            line_start -= 1
        if line_start == 0 or text[line_start - 1] in _BREAKS:
            yield line_start, False


def _is_preamble(head: str) -> bool:
    """A few short lines and nothing else: the first article's headline, not an article."""
    body = head.strip(_BLANK)
    if not body or len(body) > _PREAMBLE_MAX_CHARS:
        return False
    return len(_LINE.findall(body)) <= _PREAMBLE_MAX_LINES
