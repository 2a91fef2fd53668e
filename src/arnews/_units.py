# Cuts a dump into units, the pieces the layout classifies: the scraper header line (and the
# rest of it), then every line, with page markup split off (a markdown "##", bold "**", a bullet
# "▪", inline bullets of one long line) and a trailing U+FFFD cut off as `unparsed`.
# Rule: units are ordered, non-overlapping and trimmed only of white space, so every
# non-white-space character of the text lies in exactly one unit; each line is folded once.
"""Units: lines and their markup, with a first, line-local class."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._boilerplate import crumb_then_headline, furniture_kind, is_section, unwrap
from ._byline import author_name
from ._datebars import (
    ANY_DIGIT,
    YEAR,
    date_then_tail,
    glued_update_meta,
    is_date_line,
    is_named_date_line,
    is_relative_line,
    relative_then_date,
)
from ._decode import garbled, may_be_garbled
from ._fold import fold, fold_key
from ._header import Header, find_header
from ._segment import count_words, ending, find_lines
from ._writer_lines import trailing_byline

__all__ = ["Unit", "cut_units", "make_unit"]

# These run on every line: the stdlib engine matches such plain classes ~2x faster than
# `regex`. `_NOT_SPACE` is `regex`'s \S: str.isspace() (the stdlib's \s) also counts
# U+001C..U+001F as space, the Unicode White_Space property does not.
_NOT_SPACE = r"[\S\x1c-\x1f]"
_MARKDOWN = re.compile(rf"#{{1,6}}[ \t]+(?={_NOT_SPACE})")
_BOLD = re.compile(rf"(\*\*|__)(?={_NOT_SPACE})(.+?)(?<={_NOT_SPACE})\1")
# a bullet, a dash and a space, or a quote mark ("> ") opening an item
_BULLET = re.compile(rf"[▪•●◾◼■◆►▸‣⁃·*][ \t]*(?={_NOT_SPACE})|[-–—>][ \t]+(?={_NOT_SPACE})")
_MARK_FIRST = "#*_▪•●◾◼■◆►▸‣⁃·-–—<>"  # every first character the mark patterns allow
# HTML the scraper left: a line of tags only ("<img src=... >"), or one element around text
_HTML_TAGS = re.compile(r"(?:<[a-zA-Z/!][^<>]{0,400}>[ \t]*)+")
_HTML_WRAP = re.compile(
    r"<(strong|b|em|i|u|p|span|h[1-6])(?:[ \t][^<>]*)?>[ \t]*"
    rf"(?={_NOT_SPACE})(.+?)(?<={_NOT_SPACE})[ \t]*</\1>",
    re.IGNORECASE,
)
_INLINE_BULLET_CHARS = "▪•●◾◼■◆►▸‣⁃"
_INLINE_BULLET_CHAR = re.compile(f"[{_INLINE_BULLET_CHARS}]")
_INLINE_BULLET = re.compile(r"[ \t]*[▪•●◾◼■◆►▸‣⁃][ \t]*")
# a digit right after the mark makes a number, not an item: "1.06 مليار", "2/3 الأعضاء"
_NUMBERED = re.compile(
    rf"(?:[0-9]{{1,2}}|[٠-٩]{{1,2}})[ \t]*[-.)\]/](?![0-9٠-٩])[ \t]*(?={_NOT_SPACE})"
)
_INVISIBLE_CHARS = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069"
    "\u061c\ufeff"
)
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]*")
_STAMP_SEPARATOR = re.compile(r"[ \t]+[-–—|][ \t]+(?=\S)")
_LATIN_NAME = r"[A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ÿĀ-ž'-]+(?: [A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ÿĀ-ž'-]+){1,3}"
_LATIN_NAMES = re.compile(rf"{_LATIN_NAME}(?:, ?{_LATIN_NAME}){{0,3}}")  # "Ali Veli, Ayse Can"
_AUTHORS_DATE_MAX_CHARS = 160
_WRITER_DATE_MAX_CHARS = 80
# the longest line a date shape reads (a date line, or a date line and its tail): 160 characters
_DATE_SHAPES_MAX_CHARS = 160
_WRITER_MARKS = " \t•·|-–—،,:"  # between a writer's name and the date
_YEAR_ALONE = re.compile(r"[12][0-9]{3}")
_OFFICER_MAX_WORDS = 4  # "عمر أحمد سامي" under "رئيس مجلس الإدارة"
_CRUMB_MAX_WORDS = 4  # "2. أخبار فلسطين": a level of a numbered crumb, number included
_KEYED = frozenset({"text", "item", "heading", "numbered"})  # units whose key was folded
_SCRAPER = re.compile(r"[ \t]*date", re.IGNORECASE)  # no other letter case-folds to d, a, t, e


@dataclass(slots=True)
class Unit:
    """A classified piece of the dump (mutable while the layout decides its final kind).

    `kind` starts as one of text, header, boilerplate, unparsed, item, numbered, heading and ends
    as a block kind; `role` says more (the boilerplate kind, "date", "section", "standfirst").
    """

    kind: str
    start: int
    end: int
    gap_before: bool = False
    key: str = ""  # folded matching key of text[start:end]
    role: str | None = None
    counted: int = -1  # the word count once asked for (-1: not counted yet)
    end_class: str = "open"  # see _segment.ending
    on_header: bool = False  # the rest of the scraper header line

    @property
    def chars(self) -> int:
        """The length of the folded key."""
        return len(self.key)

    @property
    def words(self) -> int:
        """The number of words in the key, counted on first use: most long lines never ask."""
        if self.counted < 0:
            self.counted = count_words(self.key)
        return self.counted


def make_unit(text: str, kind: str, start: int, end: int, gap: bool = False) -> Unit:
    """A unit over text[start:end] with its folded key and shape filled in."""
    key = fold_key(text, start, end)
    return Unit(kind, start, end, gap, key, None, -1, ending(key))


def cut_units(text: str, header: Header | None) -> list[Unit]:
    """Every unit of `text` in order (see the module comment)."""
    units: list[Unit] = []
    body_start = 0
    if header is not None:
        body_start = header.span[1]
        units.extend(_header_units(text, header))
    # `in` finds a character ~20x faster than a regex scans for a class: one test per dump
    # spares most lines the inline-bullet search
    bullets = any(map(text.__contains__, _INLINE_BULLET_CHARS))
    mojibake = may_be_garbled(text)
    for line in find_lines(text, body_start):
        if mojibake and garbled(text, line.start, line.end):
            # "ط©" is ة garbled, no copyright sign: a garbled line is text, whatever it holds
            units.append(make_unit(text, "text", line.start, line.end, line.gap_before))
            continue
        found = _classify(text, line.start, line.end, line.gap_before, bullets=bullets)
        # the line above decides for a few lines: a crumb, a masthead label, a date line
        last_role = units[-1].role if units else None
        if last_role == "nav" and _crumb_goes_on(units[-1], found):
            found[0].kind, found[0].role = "boilerplate", "nav"  # "1. الرئيسية" / "2. أخبار فلسطين"
        elif last_role == "masthead" and _officer_name(units[-1], found):
            found[0].kind, found[0].role = "boilerplate", "masthead"  # "رئيس التحرير" / its name
        elif last_role == "date" and _year_goes_on(units[-1], found):
            units[-1].end = found[0].end  # "6 يناير" / "2026": one date line, wrapped
            continue
        units.extend(found)
    _cut_replacement_tail(text, units)
    return _absorb_invisible(units)


def _crumb_goes_on(last: Unit, found: list[Unit]) -> bool:
    """A short numbered line right under a numbered crumb is the crumb's next level."""
    return (
        len(found) == 1
        and found[0].kind == "numbered"
        and last.role == "nav"
        and _NUMBERED.match(last.key) is not None
        and found[0].words <= _CRUMB_MAX_WORDS
    )


def _year_goes_on(last: Unit, found: list[Unit]) -> bool:
    """A year alone right under a date line that has none is that date's year."""
    return (
        last.kind == "header"
        and last.role == "date"
        and len(found) == 1
        and not found[0].gap_before
        and _YEAR_ALONE.fullmatch(found[0].key) is not None
        and YEAR.search(last.key) is None
    )


def _officer_name(last: Unit, found: list[Unit]) -> bool:
    """A short plain line right under a masthead label ("رئيس التحرير") is the officer's name."""
    return (
        last.role == "masthead"
        and len(found) == 1
        and found[0].kind == "text"
        and found[0].end_class == "open"
        and found[0].words <= _OFFICER_MAX_WORDS
    )


def _absorb_invisible(units: list[Unit]) -> list[Unit]:
    """A piece holding only invisible marks joins the unit before it (or after it): no block is
    ever blank."""
    out: list[Unit] = []
    carry: int | None = None
    for unit in units:
        blank = unit.kind in _KEYED and not unit.key.strip()
        if blank and out:
            out[-1].end = unit.end
        elif blank:
            carry = unit.start if carry is None else carry
        else:
            if carry is not None:
                unit.start, carry = carry, None
            out.append(unit)
    if carry is not None:
        out.append(Unit("unparsed", carry, units[-1].end, role="invisible"))
    return out


def _header_units(text: str, header: Header, line_start: int | None = None) -> list[Unit]:
    """The header line: one `header` unit, or the date and the units of the rest of the line.

    Marks the fold ignores (a bidi mark before "date" or after the date) stay inside a unit.
    """
    lead = len(text) - len(text.lstrip()) if line_start is None else line_start
    start = min(lead, header.span[0])
    date_end, rest_end = header.date_span[1], header.rest[1]
    between = text[date_end:rest_end]
    rest_start = date_end + len(between) - len(between.lstrip())
    whole = Unit("header", start, header.span[1], role="scraper")
    if rest_end <= rest_start:
        return [whole]
    rest = _classify(text, rest_start, rest_end, False)
    if len(rest) == 1 and (rest[0].kind == "header" or is_section(rest[0].key)):
        return [whole]  # " date 2026-01-06 منذ 46 دقيقة", " date 2026-01-06 رأي ومقالات"
    if len(rest) == 1 and rest[0].kind == "text":
        rest = _stamp_first(text, rest[0]) or rest
    for unit in rest:
        unit.on_header = True
    return [Unit("header", start, date_end, role="scraper"), *rest]


def _stamp_first(text: str, unit: Unit) -> list[Unit]:
    """The page's own date opening the header line's rest, cut from what follows a separator:
    " date 2025-01 2025-01-01 18:18:02 - المصدر: ..." (the date, then a source line)."""
    m = _STAMP_SEPARATOR.search(text, unit.start, unit.end)
    if m is None or not is_date_line(fold_key(text, unit.start, m.start())):
        return []
    date = Unit("header", unit.start, m.start() + len(m.group().rstrip()), role="date")
    return [date, *_classify(text, m.end(), unit.end, False)]


def _classify(text: str, start: int, end: int, gap: bool, *, bullets: bool = True) -> list[Unit]:
    """The units of one line: markup split off, a first class for each piece."""
    unit = make_unit(text, "text", start, end, gap)
    key = unit.key
    if _SCRAPER.match(key):
        found = _scraper_line(text, start, end, gap)
        if found:
            return found
    kind = furniture_kind(key)
    if kind is not None:
        unit.kind, unit.role = "boilerplate", kind
        return [unit]
    cut = unwrap(key)
    if cut is not None:
        return _unwrapped(text, unit, cut)
    crumb_end = crumb_then_headline(key)
    if crumb_end is not None:  # "الرئيسية / مال وأعمال / <headline>"
        return _unwrapped(text, unit, (crumb_end, len(key)), role="nav")
    if len(key) <= _DATE_SHAPES_MAX_CHARS:  # every date shape below is a short line
        dated = _date_shapes(text, unit)
        if dated is not None:
            return dated
    signed = trailing_byline(key) if key.rstrip()[-1:].isalpha() else None
    if signed is not None:  # "... المنكوب… كتب: حسن يونس": the headline, its mark, its writer
        folded = fold(text, start, end)
        mark, at = folded.offset(signed[0]), folded.offset(signed[1])
        head_end = start + len(text[start:mark].rstrip())
        mark_start = mark + len(text[mark:at]) - len(text[mark:at].lstrip())
        mark_end = mark_start + len(text[mark_start:at].rstrip())
        return [
            make_unit(text, "text", start, head_end, gap),
            Unit("unparsed", mark_start, mark_end, role="markup"),
            make_unit(text, "text", at, end),
        ]
    raw = text[start:end]
    marked = _markup(text, start, end, raw, gap)
    if marked:
        return marked
    numbered = _NUMBERED.match(raw)
    if numbered is not None:
        if furniture_kind(fold_key(text, start + numbered.end(), end)) == "nav":
            unit.kind, unit.role = "boilerplate", "nav"  # a numbered crumb: "1. الرئيسية"
            return [unit]
        unit.kind = "numbered"
    return (bullets and _inline_bullets(text, unit, raw)) or [unit]


def _date_shapes(text: str, unit: Unit) -> list[Unit] | None:
    """The units of a short line that holds the page's date: a date line, a relative stamp and
    its date, the writers and the date, WordPress meta glued together, a date and its source,
    counters or writer, a writer and the date, or a date opened by a name the lexicons do not
    know. None when the line holds none of them."""
    start, end, gap, key = unit.start, unit.end, unit.gap_before, unit.key
    if is_date_line(key) or is_relative_line(key):
        unit.kind, unit.role = "header", "date"
        return [unit]
    if key[:1] in ("م", "ق"):  # "منذ سنتين - Sunday 07 November 2021": the stamp, then its date
        date_at = relative_then_date(key)
        if date_at is not None:
            return _stamp_and_date(text, unit, date_at)
    authored = _authors_then_date(text, start, end, key)
    if authored is not None:
        return authored
    glued = _glued_meta(text, unit)
    if glued is not None:
        return glued
    dated = date_then_tail(text, start, end, key)  # "... | المصدر: وكالات", "... | 543 مشاهدة"
    if dated is not None:
        byline = dated[2] == "byline"  # a writer's line: text, read by the credits
        tail = make_unit(text, "text" if byline else "boilerplate", dated[1], end)
        tail.role = None if byline else dated[2]
        date_stop = start + len(text[start : dated[1]].rstrip())  # separators go with the date
        return [Unit("header", start, date_stop, gap, role="date"), tail]
    written = _writer_then_date(text, start, end, key)
    if written is not None:  # "عبد الكريم قادري 29 فبراير 2024": the writer, then the date
        return written
    if is_named_date_line(key):  # after the shapes above: "NAME | DATE" may be a byline's
        unit.kind, unit.role = "header", "date"
        return [unit]
    return None


def _authors_then_date(text: str, start: int, end: int, key: str) -> list[Unit] | None:
    """ "Mehmet Kemal Firik, Baybars Can | 07.04.2024 - محدث : 08.04.2024" (the Anadolu
    style): the writers' names in Latin letters, a bar, then a date line. The names become a
    boilerplate unit of role "author" (read as the byline), the rest the date line."""
    bar = key.find("|")
    if bar < 0 or len(key) > _AUTHORS_DATE_MAX_CHARS:
        return None
    if not _LATIN_NAMES.fullmatch(key[:bar].strip()):
        return None
    raw_bar = text.find("|", start, end)
    date_start = raw_bar + 1 + len(text[raw_bar + 1 : end]) - len(text[raw_bar + 1 : end].lstrip())
    if date_start >= end or not is_date_line(fold_key(text, date_start, end)):
        return None
    authors = Unit("boilerplate", start, raw_bar + 1, role="author")
    authors.key = key[:bar].strip()
    return [authors, Unit("header", date_start, end, role="date")]


def _writer_then_date(text: str, start: int, end: int, key: str) -> list[Unit] | None:
    """ "عبد الكريم قادري 29 فبراير 2024", "سعاد حسن • ٢٢ يناير ٢٠٢٣": a writer's name (two or three
    words opening with a first name of given_names.tsv), maybe a mark, then a date line. The
    name becomes a boilerplate unit of role "author" (read as the byline), the rest the date."""
    if len(key) > _WRITER_DATE_MAX_CHARS:
        return None
    digit = ANY_DIGIT.search(key)
    if digit is None:
        return None
    head = key[: digit.start()].rstrip(_WRITER_MARKS)
    name = author_name(head, 0, len(head), True) if head else None
    if name is None or head[name.stop :].strip() or not is_date_line(key[digit.start() :]):
        return None
    date_start = fold(text, start, end).offset(digit.start())
    # the mark between them goes with the name (the byline reader trims it off)
    author = Unit("boilerplate", start, start + len(text[start:date_start].rstrip()), role="author")
    author.key = key[: digit.start()].rstrip()
    return [author, Unit("header", date_start, end, role="date")]


def _stamp_and_date(text: str, unit: Unit, date_at: int) -> list[Unit]:
    """A relative stamp and the date it stands for on one line: two date units."""
    folded = fold(text, unit.start, unit.end)
    date_start = folded.offset(date_at)
    stamp_end = unit.start + len(text[unit.start : date_start].rstrip())
    stamp = Unit("header", unit.start, stamp_end, unit.gap_before, role="date")
    return [stamp, Unit("header", date_start, unit.end, role="date")]


def _glued_meta(text: str, unit: Unit) -> list[Unit] | None:
    """ "مدير الموقع8 يوليو 2025آخر تحديث : منذ 3 سنوات", "سامي3 سبتمبر 2023": the author
    (boilerplate of role "author", read as the byline), the date line, and the update line, cut
    apart."""
    found = glued_update_meta(unit.key)
    if found is None:
        return None
    folded = fold(text, unit.start, unit.end)
    date_start, date_end = folded.span(found[0], found[1])
    out = [Unit("header", date_start, date_end, role="date")]
    if found[2] is not None:  # the update part is read as it would be alone on its line
        out.extend(_classify(text, folded.offset(found[2]), unit.end, False))
    if text[unit.start : date_start].strip():
        author_end = unit.start + len(text[unit.start : date_start].rstrip())
        out.insert(0, Unit("boilerplate", unit.start, author_end, role="author"))
    out[0].gap_before = unit.gap_before
    return out


def _unwrapped(text: str, unit: Unit, cut: tuple[int, int], role: str = "wrapper") -> list[Unit]:
    """A line cut around its content (key span `cut`): an aggregator's wrapper words, or a
    crumb before the headline, become boilerplate of `role`; the content a text unit."""
    folded = fold(text, unit.start, unit.end)
    inner_start, inner_end = folded.span(*cut)
    inner_start += len(text[inner_start:inner_end]) - len(text[inner_start:inner_end].lstrip())
    inner_end = inner_start + len(text[inner_start:inner_end].strip())
    # marks the fold drops (a bidi mark before the line) are no wrapper of their own
    if not fold_key(text, unit.start, inner_start).strip():
        inner_start = unit.start
    if not fold_key(text, inner_end, unit.end).strip():
        inner_end = unit.end
    out: list[Unit] = []
    if inner_start > unit.start:
        lead_end = unit.start + len(text[unit.start : inner_start].rstrip())
        out.append(Unit("boilerplate", unit.start, lead_end, unit.gap_before, role=role))
    out.append(make_unit(text, "text", inner_start, inner_end, not out and unit.gap_before))
    if inner_end < unit.end:
        tail_start = unit.end - len(text[inner_end : unit.end].lstrip())
        out.append(Unit("boilerplate", tail_start, unit.end, role=role))
    return out


def _scraper_line(text: str, start: int, end: int, gap: bool) -> list[Unit]:
    """A scraper header line below the top (a title above it, or a glued second article)."""
    header = find_header(text[start:end])
    if header is None:
        return []
    shifted = Header(
        (header.span[0] + start, header.span[1] + start),
        header.date,
        (header.date_span[0] + start, header.date_span[1] + start),
        (header.rest[0] + start, header.rest[1] + start),
        (header.value_span[0] + start, header.value_span[1] + start),
        header.month,
    )
    units = _header_units(text, shifted, start)
    units[0].gap_before = gap
    return units


def _markup(text: str, start: int, end: int, raw: str, gap: bool) -> list[Unit]:
    """A markdown heading, a bold line or a bulleted item: the marks as `unparsed` units.

    Invisible marks (bidi, zero-width) before the markup belong to the first mark unit.
    """
    # a string test first: most lines open with a visible character
    lead = _INVISIBLE.match(raw) if raw[:1] in _INVISIBLE_CHARS else None
    if lead is not None and lead.end():
        marked = _markup(text, start + lead.end(), end, raw[lead.end() :], gap)
        if marked:
            marked[0].start = start
        return marked
    if raw[:1] not in _MARK_FIRST:
        return []  # most lines: none of the marks below can start here
    if raw[:1] == "<":
        return _html(text, start, end, raw, gap)
    m = _MARKDOWN.match(raw)
    if m is not None:
        mark = Unit("unparsed", start, start + len(m.group().rstrip()), gap, role="markup")
        return [mark, make_unit(text, "heading", start + m.end(), end)]
    m = _BOLD.fullmatch(raw)
    if m is not None:
        inner_start, inner_end = start + m.start(2), start + m.end(2)
        return [
            Unit("unparsed", start, inner_start, gap, role="markup"),
            make_unit(text, "heading", inner_start, inner_end),
            Unit("unparsed", inner_end, end, role="markup"),
        ]
    m = _BULLET.match(raw)
    if m is not None:
        mark = Unit("unparsed", start, start + len(m.group().rstrip()), gap, role="markup")
        item = make_unit(text, "item", start + m.end(), end)
        return [mark, *(_inline_bullets(text, item, raw[m.end() :]) or [item])]
    return []


def _html(text: str, start: int, end: int, raw: str, gap: bool) -> list[Unit]:
    """Tags the scraper kept: a line of tags only is `unparsed` markup; one element around the
    whole line ("<strong>عنوان</strong>") leaves its text as a heading between two marks."""
    if _HTML_TAGS.fullmatch(raw):
        return [Unit("unparsed", start, end, gap, role="markup")]
    m = _HTML_WRAP.fullmatch(raw)
    if m is None:
        return []
    inner_start, inner_end = start + m.start(2), start + m.end(2)
    return [
        Unit("unparsed", start, inner_start, gap, role="markup"),
        make_unit(text, "heading", inner_start, inner_end),
        Unit("unparsed", inner_end, end, role="markup"),
    ]


def _inline_bullets(text: str, unit: Unit, raw: str) -> list[Unit]:
    """One long line with inline bullets ("... ▪ أولا ▪ ثانيا") cut into its items."""
    if _INLINE_BULLET_CHAR.search(raw) is None:
        return []
    marks = list(_INLINE_BULLET.finditer(raw))
    if not marks:
        return []
    start = unit.start
    out: list[Unit] = []
    pos = 0
    for m in marks:
        if m.start() > pos:
            kind = "item" if out or unit.kind == "item" else "text"
            out.append(make_unit(text, kind, start + pos, start + m.start()))
        bullet = m.group()
        lead = len(bullet) - len(bullet.lstrip())
        mark_end = start + m.start() + len(bullet.rstrip())
        out.append(Unit("unparsed", start + m.start() + lead, mark_end, role="markup"))
        pos = m.end()
    if pos < len(raw):
        out.append(make_unit(text, "item", start + pos, unit.end))
    out[0].gap_before = unit.gap_before
    return out


def _cut_replacement_tail(text: str, units: list[Unit]) -> None:
    """A dump cut mid-character ends in U+FFFD: that tail becomes its own `unparsed` unit."""
    if not units:
        return
    last = units[-1]
    tail = last.end
    while tail > last.start and text[tail - 1] == "\ufffd":
        tail -= 1
    if tail == last.end:
        return
    if not text[last.start : tail].strip():
        last.kind, last.role = "unparsed", "truncated"
        return
    kept = len(text[last.start : tail].rstrip()) + last.start
    units[-1] = make_unit(text, last.kind, last.start, kept, last.gap_before)
    units[-1].role, units[-1].on_header = last.role, last.on_header
    units.append(Unit("unparsed", tail, last.end, role="truncated"))
