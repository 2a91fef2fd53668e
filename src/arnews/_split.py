# Multi-article dumps: where each article starts in a file holding several.
# Rule: a new article starts at a form feed or at a scraper header line (" date YYYY-MM-DD");
# the pieces cover the whole text between the first article's start and the end.
"""Splitting multi-article dumps."""

from __future__ import annotations

import regex

__all__ = ["split_dump"]

_BOUNDARY = regex.compile(
    r"\f|(?:^|(?<=[\r\n]))[ \t]*date[ \t]*:?[ \t]*"
    r"[0-9٠-٩۰-۹]{4}[-/.][0-9٠-٩۰-۹]{1,2}[-/.][0-9٠-٩۰-۹]{1,2}(?![0-9٠-٩۰-۹])",
    regex.IGNORECASE,
)


def split_dump(text: str) -> list[tuple[int, int]]:
    """One (start, end) per article; a dump with no boundary is one article (if not blank)."""
    cuts = [m.start() if m.group() != "\f" else m.end() for m in _BOUNDARY.finditer(text)]
    starts = sorted({0, *cuts})
    pieces = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        if text[start:end].strip(" \t\r\n\f\v"):
            pieces.append((start, end))
    return pieces
