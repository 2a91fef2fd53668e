# Chooses the article's own dates among those on the page: publication, update, relative stamp.
# Rule: only the header area counts: the scraper line, header-kind blocks (date bars, labelled
# lines, the date line under the title) and, last, the date inside the dateline; dates in the
# title or body are mentions, never the timestamp. A labelled date beats the line under the
# title, which beats the scraper line, which beats a page-wide bar above the title.
"""Article-level timestamps."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ._date_values import gregorian_date
from ._datebars import is_date_line, opens_with_weekday
from ._dates import scan_dates
from ._fold import fold, fold_key
from ._header import Header
from ._model import DateMatch, ParseWarning, RelativeTime, Timestamp
from ._paragraphs import FINAL
from ._relative import resolve_relative
from ._segment import ending, same_line
from ._stamp_lines import Segment, read_segment
from ._structure import RawBlock

__all__ = ["Stamps", "find_stamps"]

# candidate ranks, best first
_LABELLED, _UNDER_TITLE, _HEADER_REST, _SCRAPER, _BAR, _DATELINE, _EARLY_BODY, _CLOSING = range(8)
_LONG_PARAGRAPH = 200  # characters: the body proper has begun
_TICKER_BLOCKS = 6  # a ticker's lines and the page's date line sit among the first blocks
_LEAD_AGAIN_LOOK = 3  # the date line's counters, then the lead printed again
_THEME_CLOCK = re.compile(r"[^\W\d_]+ , [^\W\d_]+ [0-9]{1,2} [0-9]{4}")
_BODY_OPENERS = frozenset({"paragraph", "dateline", "byline"})
_TEXT_BELOW = frozenset({"paragraph", "subheading", "title"})
_RELATED = "related"  # the role of a related-article run below the body
_PASSED_ON = frozenset({"weekday-mismatch", "dual-date-mismatch", "unknown-zone", "reordered-date"})
_MAX_DISAGREEMENT = dt.timedelta(days=1)
# a content system prints the Unix epoch when a page has no date
_PLACEHOLDER_DATES = frozenset({dt.date(1970, 1, 1), dt.date(1969, 12, 31)})
_DAY_MONTH = re.compile(r"(?<![0-9])(?P<d>[0-9]{1,2})\s*[-/.]\s*(?P<m>[0-9]{1,2})(?![0-9])")


@dataclass(frozen=True, slots=True)
class Stamps:
    """The article's timestamps and the warnings met while choosing them."""

    timestamp: Timestamp | None
    updated: Timestamp | None
    relative: RelativeTime | None
    published_at: dt.datetime | None
    warnings: tuple[ParseWarning, ...]


@dataclass(slots=True)
class _Found:
    """What the header area holds, gathered in page order."""

    published: list[tuple[int, Timestamp, DateMatch | None]]
    updated: list[tuple[Timestamp, DateMatch]]
    relative: RelativeTime | None
    warnings: list[ParseWarning]


def find_stamps(
    text: str,
    header: Header | None,
    blocks: list[RawBlock],
    now: dt.datetime | None,
    *,
    dateline_date: tuple[int, int] | None = None,
) -> Stamps:
    """Publication, update and relative time from the header area of `text`.

    `blocks` is the final layout (header-kind blocks are date bars and labelled lines);
    `dateline_date` is the span of a date printed inside the dateline, the last resort.
    """
    found = _Found([], [], None, [])
    anchor = now.date() if now is not None else None
    if header is not None:
        _scraper_line(text, header, found, anchor)
        if anchor is None and header.date is not None:
            anchor = header.date  # a date printed without a year is the page's own year
        elif anchor is None and header.month is not None:
            year, month = header.month  # the month's last day: any day of it is on or before
            anchor = dt.date(year, month, calendar.monthrange(year, month)[1])
    _header_blocks(text, header, blocks, found, anchor)
    if dateline_date is not None:
        _dateline(text, dateline_date, found, anchor)
    return _choose(found, now)


def _scraper_line(text: str, header: Header, found: _Found, anchor: dt.date | None) -> None:
    d_start, d_end = header.value_span
    if header.month is not None:
        message = "the header line gives a year and month only: no publication day"
        found.warnings.append(ParseWarning("month-only-header", message, (d_start, d_end)))
    elif header.date is None:
        message = "the header line names an impossible date"
        found.warnings.append(ParseWarning("bad-header-date", message, (d_start, d_end)))
    else:
        stamp = Timestamp(header.date, None, None, None, text[d_start:d_end], (d_start, d_end))
        found.published.append((_SCRAPER, stamp, None))
    if header.rest[1] > header.rest[0]:
        rest = read_segment(text, *header.rest, anchor)
        opening = [(f, m) for f, m in rest.dates if f or _opens(text, header.rest[0], m)]
        _take(Segment(tuple(opening), rest.relative, rest.rejected), _HEADER_REST, found)


def _opens(text: str, start: int, match: DateMatch) -> bool:
    """A date that opens the header line's rest is the page's; one further in is a mention."""
    return not fold(text, start, match.span[0]).key.strip(" \t:-\u2013|,\u060c")


def _header_blocks(
    text: str, header: Header | None, blocks: list[RawBlock], found: _Found, anchor: dt.date | None
) -> None:
    seen_title = in_body = long_body = sentence = False
    dated_lines = 0  # date lines met so far, the scraper line aside
    late_lines = 0  # date lines met in the body proper
    for i, block in enumerate(blocks):
        seen_title = seen_title or block.kind == "title"
        in_body = in_body or block.kind == "paragraph" or _opens_a_paragraph(text, blocks, i)
        sentence = sentence or (
            block.kind == "paragraph" and ending(text[block.start : block.end]) in FINAL
        )
        if block.kind == "dateline" or (
            block.kind == "paragraph" and block.end - block.start >= _LONG_PARAGRAPH
        ):
            long_body = True  # a dateline or a long paragraph: the body proper has begun
        if block.kind != "header":
            continue
        if header is not None and header.span[0] <= block.start < header.span[1]:
            continue  # the scraper line: read above, with its own rules for the rest
        if i == 0 and _theme_clock(text, block):
            continue  # "الخميس , يناير 8 2026" opening the page: the theme's top-bar clock
        dated_lines += block.role == "date"
        segment = read_segment(text, block.start, block.end, anchor)
        segment = _with_clock_beside(text, blocks, i, segment, anchor)
        # above the title, a date line with the page's counters right below it is the
        # article's meta line, not the site's clock ("DATE | TIME" / "| عدد القراءات : N")
        rank = _UNDER_TITLE if seen_title or _counted(text, blocks, i, below=True) else _BAR
        if in_body and long_body and _counted(text, blocks, i) and _lead_again(blocks, i):
            # "LEAD" / "27 أبريل، 2023 18 زيارة" / "LEAD ...": the teaser printed above the
            # article's meta line, the body from it again below
            segment = Segment(segment.dates, None, segment.rejected)
            rank = _UNDER_TITLE
        elif in_body and long_body and _over_the_body(text, blocks, i, dated_lines):
            # a news ticker glued into long lines above the page's own date line and body
            segment = Segment(segment.dates, None, segment.rejected)
            rank = _EARLY_BODY
        elif in_body and long_body:  # in the body proper only a labelled line is the article's
            late_lines += 1
            if late_lines == 1 and _closes_the_page(text, blocks, i):
                # the one date line after the body's last paragraph: the page's date printed at
                # its foot, the last resort when the head holds none
                # (never a date bar, Gregorian and Hijri: the footer's clock)
                unlabelled = tuple(
                    (f, m) for f, m in segment.dates if f is None and m.hijri is None
                )
                _take(Segment(unlabelled, None, ()), _CLOSING, found)
            labelled = tuple((f, m) for f, m in segment.dates if f is not None)
            segment = Segment(labelled, None, segment.rejected)
        elif in_body and ((seen_title and not sentence) or _counted(text, blocks, i)):
            # under the title, below short lines that end no sentence (a tag line, a kicker),
            # or with the page's counters on its line ("2022/03/02 المشاهدات : 864"): the
            # article's own meta line, as good as the line under the title
            segment = Segment(segment.dates, None, segment.rejected)
            rank = _UNDER_TITLE
        elif in_body:
            # short lines above the first long paragraph: a head the layout did not see (a
            # title with a full stop); its date line counts when nothing better is found, but
            # a date bar (Gregorian and Hijri) closing the page is the footer's clock
            footer = _closes_the_page(text, blocks, i) and all(m.hijri for _, m in segment.dates)
            segment = Segment(() if footer else segment.dates, None, segment.rejected)
            rank = _EARLY_BODY
        _take(segment, rank, found)


def _theme_clock(text: str, block: RawBlock) -> bool:
    """A news theme's top-bar clock, today's date: a weekday, a spaced comma, then a month
    name, the day and the year with no comma ("الخميس , يناير 8 2026"). Pages print their own
    dates otherwise ("8 يناير 2026", "يناير 8, 2026")."""
    key = fold_key(text, block.start, block.end)
    return _THEME_CLOCK.fullmatch(key.strip()) is not None and opens_with_weekday(key)


def _lead_again(blocks: list[RawBlock], i: int) -> bool:
    """Whether the one paragraph above date line `i` is printed again right below its counters
    (the layout calls the second print a repeat): the page's teaser, then its meta line."""
    above = [b for b in blocks[:i] if b.kind == "paragraph"]
    below = [b for b in blocks[i + 1 : i + _LEAD_AGAIN_LOOK] if b.kind != "header"]
    return len(above) == 1 and any(b.role == "repeat" for b in below)


def _counted(text: str, blocks: list[RawBlock], i: int, *, below: bool = False) -> bool:
    """Whether the page's counters follow date line `i` on its line ("| 543 مشاهدة"), or, with
    `below`, on the next line."""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return (
        nxt is not None
        and nxt.kind == "boilerplate"
        and nxt.role == "comments"
        and (below or same_line(text, blocks[i].end, nxt.start))
    )


def _closes_the_page(text: str, blocks: list[RawBlock], i: int) -> bool:
    """Whether block `i` follows the body's last paragraph, with no other date line after it
    (only boilerplate, a byline or marks below: a teaser list would hold paragraphs or dates,
    its dates maybe taken into the related run: "DATE" / "HEADLINE" / "DATE" / ...)."""
    for b in blocks[i + 1 :]:
        if b.kind in _TEXT_BELOW or (b.kind == "header" and b.role == "date"):
            return False
        if b.role == _RELATED and is_date_line(fold(text, b.start, b.end).key):
            return False
    return True


def _with_clock_beside(
    text: str, blocks: list[RawBlock], i: int, segment: Segment, anchor: dt.date | None
) -> Segment:
    """A date line without a time and a clock alone on the date line right below or above it
    ("الجمعة 16 مايو 2025" / "05:42 م"): one stamp over both lines."""
    if len(segment.dates) != 1 or segment.dates[0][1].time is not None:
        return segment
    field, date = segment.dates[0]
    if date.date is None:
        return segment
    for j in (i + 1, i - 1):  # below first: "DATE" / "TIME" is the commoner order
        if not 0 <= j < len(blocks) or blocks[j].kind != "header" or blocks[j].role != "date":
            continue
        clock = _clock_alone(text, blocks[j], anchor)
        if clock is not None:
            start, end = min(date.span[0], clock.span[0]), max(date.span[1], clock.span[1])
            merged = DateMatch(
                date.date, clock.time, clock.tz or date.tz, date.hijri, None,
                text[start:end], (start, end), date.warnings + clock.warnings,
            )  # fmt: skip
            return Segment(((field, merged),), segment.relative, segment.rejected)
    return segment


def _clock_alone(text: str, block: RawBlock, anchor: dt.date | None) -> DateMatch | None:
    """The time of a date line that holds a clock and nothing else of a date ("05:42 م")."""
    segment = read_segment(text, block.start, block.end, anchor)
    if segment.relative is not None or len(segment.dates) != 1:
        return None
    match = segment.dates[0][1]
    if match.date is not None or match.time is None or match.relative is not None:
        return None
    return match


def _over_the_body(text: str, blocks: list[RawBlock], i: int, dated_lines: int) -> bool:
    """The page's first date line, among its first few blocks, right above the body, under
    lines that end no sentence (a news ticker's headlines, glued into long lines): its date.
    Under a paragraph of sentences a bare date line is a mention."""
    if dated_lines != 1 or i >= _TICKER_BLOCKS:
        return False
    above = [b for b in blocks[:i] if b.kind == "paragraph"]
    if any(ending(text[b.start : b.end]) in FINAL for b in above):
        return False  # a sentence ended above: the body had begun
    nxt = next((b for b in blocks[i + 1 :] if b.kind != "boilerplate"), None)
    return nxt is not None and nxt.kind in _BODY_OPENERS


def _opens_a_paragraph(text: str, blocks: list[RawBlock], i: int) -> bool:
    """A dateline the body follows on the same line; one alone on its line ("Lebanon 24", "بغداد")
    still sits in the header area, above a date bar."""
    if blocks[i].kind != "dateline":
        return False
    nxt = blocks[i + 1].start if i + 1 < len(blocks) else len(text)
    return same_line(text, blocks[i].end, nxt)


def _take(segment: Segment, rank: int, found: _Found) -> None:
    found.warnings.extend(segment.rejected)
    for field, match in segment.dates:
        if match.date is None:
            found.warnings.extend(w for w in match.warnings if w.code == "hijri-out-of-range")
            continue
        if match.date in _PLACEHOLDER_DATES:
            message = f"{match.text!r} is a site's empty-date placeholder (the Unix epoch)"
            found.warnings.append(ParseWarning("placeholder-date", message, match.span))
            continue
        stamp = _stamp(match)
        if field == "updated":
            found.updated.append((stamp, match))
        else:
            found.published.append((_LABELLED if field else rank, stamp, match))
    if found.relative is None:
        found.relative = segment.relative


def _stamp(match: DateMatch) -> Timestamp:
    assert match.date is not None
    return Timestamp(match.date, match.time, match.tz, match.hijri, match.text, match.span)


def _dateline(text: str, span: tuple[int, int], found: _Found, anchor: dt.date | None) -> None:
    """The date inside a dateline ("الإسكندرية في 14 يونيو /أ ش أ/", "الجهراء - 6 - 1")."""
    for match in scan_dates(fold(text, *span), anchor).matches:
        if match.date is not None and match.relative is None:
            found.published.append((_DATELINE, _stamp(match), match))
            return
    day_month = _DAY_MONTH.search(fold(text, *span).key)
    if day_month is None:
        return
    date, _ = gregorian_date(int(day_month["d"]), int(day_month["m"]), None, anchor)
    if date is not None:
        stamp = Timestamp(date, None, None, None, text[span[0] : span[1]], span)
        found.published.append((_DATELINE, stamp, None))


def _choose(found: _Found, now: dt.datetime | None) -> Stamps:
    warnings = found.warnings
    best = min(found.published, key=lambda c: c[0], default=None)
    timestamp = best[1] if best is not None else None
    updated = found.updated[0][0] if found.updated else None
    for chosen in (best[2] if best else None, found.updated[0][1] if found.updated else None):
        if chosen is not None:
            warnings.extend(w for w in chosen.warnings if w.code in _PASSED_ON)
    relative = found.relative
    published_at: dt.datetime | None = None
    if relative is not None and now is not None:
        published_at = resolve_relative(relative, now)
        if timestamp is not None and abs(published_at.date() - timestamp.date) > _MAX_DISAGREEMENT:
            message = f"now minus {relative.text!r} is {published_at.date()}, not {timestamp.date}"
            warnings.append(ParseWarning("relative-contradicts-date", message, relative.span))
    elif relative is not None:
        message = "no `now` was given to resolve the relative time"
        warnings.append(ParseWarning("relative-unresolved", message, relative.span))
    if published_at is None and timestamp is not None:
        published_at = timestamp.to_datetime()
    if timestamp is None and published_at is None:
        warnings.append(ParseWarning("no-timestamp", "no publication date was found"))
    return Stamps(timestamp, updated, relative, published_at, tuple(warnings))
