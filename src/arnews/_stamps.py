# Chooses the article's own dates among those on the page: publication, update, relative stamp.
# Rule: only the header area counts (the scraper line, labelled lines, the lines above the body);
# dates inside the title or body are mentions, never the timestamp.
"""Article-level timestamps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ._fold import fold
from ._header import Header
from ._model import ParseWarning, RelativeTime, Timestamp
from ._relative import find_relative, resolve_relative

__all__ = ["Stamps", "find_stamps"]


@dataclass(frozen=True, slots=True)
class Stamps:
    """The article's timestamps and the warnings met while choosing them."""

    timestamp: Timestamp | None
    updated: Timestamp | None
    relative: RelativeTime | None
    published_at: dt.datetime | None
    warnings: tuple[ParseWarning, ...]


def find_stamps(text: str, header: Header | None, now: dt.datetime | None) -> Stamps:
    """Publication, update and relative time from the header area of `text`."""
    warnings: list[ParseWarning] = []
    timestamp: Timestamp | None = None
    relative: RelativeTime | None = None
    if header is not None:
        d_start, d_end = header.date_span
        if header.date is None:
            warnings.append(
                ParseWarning(
                    "bad-header-date", "the header line names an impossible date", (d_start, d_end)
                )
            )
        else:
            timestamp = Timestamp(
                header.date, None, None, None, text[d_start:d_end], (d_start, d_end)
            )
        if header.rest[1] > header.rest[0]:
            relative = find_relative(fold(text, *header.rest))
    published_at: dt.datetime | None = None
    if relative is not None and now is not None:
        published_at = resolve_relative(relative, now)
    elif relative is not None:
        warnings.append(
            ParseWarning(
                "relative-unresolved",
                "no `now` was given to resolve the relative time",
                relative.span,
            )
        )
    if published_at is None and timestamp is not None:
        published_at = timestamp.to_datetime()
    if timestamp is None and published_at is None:
        warnings.append(ParseWarning("no-timestamp", "no publication date was found"))
    return Stamps(timestamp, None, relative, published_at, tuple(warnings))
