# The values arnews returns: frozen, slotted dataclasses, and their JSON form.
# Rule: every extracted field keeps `.text` (as written) and `.span` into the caller's string.
"""Result types of the public API."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Agency",
    "Article",
    "Block",
    "Byline",
    "DateMatch",
    "Dateline",
    "ParseWarning",
    "RelativeTime",
    "Span",
    "Subheading",
    "Timestamp",
]

Span = tuple[int, int]

BLOCK_KINDS = frozenset(
    {"header", "title", "dateline", "byline", "paragraph", "subheading", "boilerplate", "unparsed"}
)
TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")


@dataclass(frozen=True, slots=True)
class ParseWarning:
    """Something that could not be parsed, or was parsed with a doubt: stable `.code`."""

    code: str
    message: str
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class RelativeTime:
    """A relative phrase such as "منذ 46 دقيقة": `.amount` of `.unit` before the capture."""

    amount: int
    unit: str
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Timestamp:
    """An absolute date on the page, with its optional time, zone and Hijri reading."""

    date: dt.date
    time: dt.time | None
    tz: dt.tzinfo | None
    hijri: tuple[int, int, int] | None
    text: str
    span: Span

    def to_datetime(self) -> dt.datetime:
        """The instant this stamp names (midnight when no time is printed)."""
        return dt.datetime.combine(self.date, self.time or dt.time(0, 0), tzinfo=self.tz)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date or time expression found in text, absolute or relative.

    `.date` is None for a relative match without `now`/`anchor`, for a day and month without a
    year and no anchor, and for a Hijri date outside the conversion table.
    """

    date: dt.date | None
    time: dt.time | None
    tz: dt.tzinfo | None
    hijri: tuple[int, int, int] | None
    relative: RelativeTime | None
    text: str
    span: Span
    warnings: tuple[ParseWarning, ...] = ()


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place an article was filed from, as written and canonicalised."""

    place: str
    place_en: str | None
    country: str | None
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Agency:
    """A news-agency or outlet credit; `.name` is None when the credit is not in the lexicon."""

    name: str | None
    country: str | None
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Byline:
    """The author credit ("كتب - ...", "بقلم: ...")."""

    name: str
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of the dump: `.kind`, cleaned `.text`, raw `.span`."""

    kind: str
    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Subheading:
    """A subheading in the body; `.before` indexes the paragraph it heads."""

    text: str
    span: Span
    before: int


@dataclass(frozen=True, slots=True)
class Article:
    """Everything arnews found in one dump. Absent fields are None or empty."""

    timestamp: Timestamp | None = None
    updated: Timestamp | None = None
    relative: RelativeTime | None = None
    published_at: dt.datetime | None = None
    dateline: Dateline | None = None
    agency: Agency | None = None
    agencies: tuple[Agency, ...] = ()
    byline: Byline | None = None
    title: Block | None = None
    paragraphs: tuple[Block, ...] = ()
    subheadings: tuple[Subheading, ...] = ()
    boilerplate: tuple[Block, ...] = ()
    blocks: tuple[Block, ...] = ()
    warnings: tuple[ParseWarning, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: keys are the attribute names; ISO 8601 dates; spans as lists."""
        return {
            "timestamp": _timestamp(self.timestamp),
            "updated": _timestamp(self.updated),
            "relative": _relative(self.relative),
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "dateline": _dateline(self.dateline),
            "agency": _agency(self.agency),
            "agencies": [_agency(a) for a in self.agencies],
            "byline": _byline(self.byline),
            "title": _block(self.title),
            "paragraphs": [_block(b) for b in self.paragraphs],
            "subheadings": [
                {"text": s.text, "span": list(s.span), "before": s.before} for s in self.subheadings
            ],
            "boilerplate": [_block(b) for b in self.boilerplate],
            "blocks": [_block(b) for b in self.blocks],
            "warnings": [
                {"code": w.code, "message": w.message, "span": _span(w.span)} for w in self.warnings
            ],
        }


def tz_name(tz: dt.tzinfo | None) -> str | None:
    """A zone's IANA key where it has one, else its UTC offset as "+HH:MM"."""
    if tz is None:
        return None
    key = getattr(tz, "key", None)
    if isinstance(key, str):
        return key
    offset = tz.utcoffset(None)
    if offset is None:
        return str(tz)
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def _span(span: Span | None) -> list[int] | None:
    return list(span) if span is not None else None


def _timestamp(ts: Timestamp | None) -> dict[str, Any] | None:
    if ts is None:
        return None
    return {
        "date": ts.date.isoformat(),
        "time": ts.time.isoformat() if ts.time else None,
        "tz": tz_name(ts.tz),
        "hijri": list(ts.hijri) if ts.hijri else None,
        "text": ts.text,
        "span": list(ts.span),
    }


def _relative(rel: RelativeTime | None) -> dict[str, Any] | None:
    if rel is None:
        return None
    return {"amount": rel.amount, "unit": rel.unit, "text": rel.text, "span": list(rel.span)}


def _dateline(d: Dateline | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {
        "place": d.place,
        "place_en": d.place_en,
        "country": d.country,
        "text": d.text,
        "span": list(d.span),
    }


def _agency(a: Agency | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"name": a.name, "country": a.country, "text": a.text, "span": list(a.span)}


def _byline(b: Byline | None) -> dict[str, Any] | None:
    if b is None:
        return None
    return {"name": b.name, "text": b.text, "span": list(b.span)}


def _block(b: Block | None) -> dict[str, Any] | None:
    if b is None:
        return None
    return {"kind": b.kind, "text": b.text, "span": list(b.span)}
