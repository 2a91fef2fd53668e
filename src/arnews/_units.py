# Cuts a dump into units, the pieces the layout classifies: the scraper header line (and the
# rest of it), then every line, with page markup split off (a markdown "##", bold "**", a bullet
# "▪", inline bullets of one long line) and a trailing U+FFFD cut off as `unparsed`.
# Rule: units are ordered, non-overlapping and trimmed only of white space, so every
# non-white-space character of the text lies in exactly one unit; each line is folded once.
"""Units: lines and their markup, with a first, line-local class."""

from __future__ import annotations

import functools
import re

from ._boilerplate import crumb_then_headline, furniture_kind, is_section, unwrap
from ._date_units import date_shapes, relative_then_meta, source_then_date
from ._datebars import YEAR, is_date_line, opens_with_weekday
from ._datetime_grammar import relative_cue_words
from ._decode import garbled, may_be_garbled
from ._fold import fold, fold_key
from ._header import Header, find_header
from ._headline_dates import headline_site_date, may_hold_site_date
from ._markup_units import INLINE_BULLET_CHARS, NOT_SPACE, inline_bullets, split_markup, unwrapped
from ._menus import GLUED_MENU_MAX_CHARS, glued_menu
from ._segment import TWIN_MAX_WORDS, find_lines
from ._title_repeats import glued_copy
from ._unit import Unit, make_unit
from ._writer_lines import trailing_byline

__all__ = ["cut_units"]

# a digit right after the mark makes a number, not an item: "1.06 مليار", "2/3 الأعضاء"
_NUMBERED = re.compile(
    rf"(?:[0-9]{{1,2}}|[٠-٩]{{1,2}})[ \t]*[-.)\]/](?![0-9٠-٩])[ \t]*(?={NOT_SPACE})"
)
_STAMP_SEPARATOR = re.compile(r"[ \t]+[-–—|][ \t]+(?=\S)")
# the longest line a date shape reads (a date line, or a date line and its tail): 160 characters
_DATE_SHAPES_MAX_CHARS = 160
_STAMP_LOOK = 24  # "12 دقيقة مضت": where the closing cue of a stamp opening the line stands
_YEAR_ALONE = re.compile(r"[12][0-9]{3}")
_OFFICER_MAX_WORDS = 4  # "عمر أحمد سامي" under "رئيس مجلس الإدارة"
_CRUMB_MAX_WORDS = 4  # "2. أخبار فلسطين": a level of a numbered crumb, number included
_LIST_ROLES = frozenset({"related", "read_more"})  # a related list's label, or its items
_LIST_ITEM_MAX_WORDS = 25  # a related headline, never a paragraph
_FULL_STOP = "stop"  # a sentence's end class: a list item so closed is the body's
_KEYED = frozenset({"text", "item", "heading", "numbered"})  # units whose key was folded
_SCRAPER = re.compile(r"[ \t]*date", re.IGNORECASE)  # no other letter case-folds to d, a, t, e


def cut_units(text: str, header: Header | None) -> list[Unit]:
    """Every unit of `text` in order (see the module comment)."""
    units: list[Unit] = []
    body_start = 0
    if header is not None:
        body_start = header.span[1]
        units.extend(_header_units(text, header))
    # `in` finds a character ~20x faster than a regex scans for a class: one test per dump
    # spares most lines the inline-bullet search
    bullets = any(map(text.__contains__, INLINE_BULLET_CHARS))
    mojibake = may_be_garbled(text)
    seen_text = False
    for line in find_lines(text, body_start):
        if mojibake and garbled(text, line.start, line.end):
            # "ط©" is ة garbled, no copyright sign: a garbled line is text, whatever it holds
            units.append(make_unit(text, "text", line.start, line.end, line.gap_before))
            continue
        found = _classify(text, line.start, line.end, line.gap_before, bullets=bullets)
        if not seen_text and len(found) == 1 and found[0].kind == "text":
            found = _glued_copy(text, found[0]) or found  # the page's first line of text
        seen_text = seen_text or any(u.kind == "text" for u in found)
        # the line above decides for a few lines: a crumb, a masthead label, a date line
        last_role = units[-1].role if units else None
        if last_role == "nav" and _crumb_goes_on(units[-1], found):
            found[0].kind, found[0].role = "boilerplate", "nav"  # "1. الرئيسية" / "2. أخبار فلسطين"
        elif last_role == "nav" and _menu_goes_on(text, units, found):
            found[1].kind, found[1].role = "boilerplate", "nav"  # "• الرئيسية" / "• أخبار محلية"
        elif last_role in _LIST_ROLES and _list_goes_on(found):
            found[1].kind, found[1].role = "boilerplate", "related"  # "أحدث الأخبار" / "• HEADLINE"
        elif last_role == "masthead" and _officer_name(units[-1], found):
            found[0].kind, found[0].role = "boilerplate", "masthead"  # "رئيس التحرير" / its name
        elif last_role == "date" and _year_goes_on(units[-1], found):
            units[-1].end = found[0].end  # "6 يناير" / "2026": one date line, wrapped
            continue
        units.extend(found)
    _cut_replacement_tail(text, units)
    return _absorb_invisible(units)


def _glued_copy(text: str, unit: Unit) -> list[Unit] | None:
    """The headline said twice with no break, as the page's first line of text: two units, the
    second its repeat. A shorter phrase said twice, or one further down, is a caption's."""
    if unit.end_class != "open" or unit.words <= 2 * TWIN_MAX_WORDS:
        return None
    copy_at = glued_copy(unit.key)
    if copy_at is None:
        return None
    mid = fold(text, unit.start, unit.end).offset(copy_at)
    first_end = unit.start + len(text[unit.start : mid].rstrip())
    return [
        make_unit(text, "text", unit.start, first_end, unit.gap_before),
        make_unit(text, "text", mid, unit.end),
    ]


def _crumb_goes_on(last: Unit, found: list[Unit]) -> bool:
    """A short numbered line right under a numbered crumb is the crumb's next level."""
    return (
        len(found) == 1
        and found[0].kind == "numbered"
        and last.role == "nav"
        and _NUMBERED.match(last.key) is not None
        and found[0].words <= _CRUMB_MAX_WORDS
    )


def _menu_goes_on(text: str, units: list[Unit], found: list[Unit]) -> bool:
    """A short bulleted line right under a bulleted menu entry (the home word's, "• الرئيسية",
    or one read so) is the menu's next entry: a site menu the scraper kept as a list."""
    if len(found) != 2 or found[0].role != "markup" or found[1].kind != "item":
        return False
    if found[1].words > _CRUMB_MAX_WORDS:
        return False
    last = units[-1]
    if text[last.start : last.start + 1] in INLINE_BULLET_CHARS:
        return True  # "• الرئيسية", furniture as a whole
    mark = units[-2] if len(units) > 1 else None
    return (
        last.kind == "boilerplate"
        and mark is not None
        and mark.role == "markup"
        and text[mark.start : mark.end].strip()[:1] in INLINE_BULLET_CHARS
    )


def _list_goes_on(found: list[Unit]) -> bool:
    """A bulleted headline right under a related list's label ("أحدث الأخبار", "اقرأ أيضا") or
    under an item read so: the list's next headline."""
    return (
        len(found) == 2
        and found[0].role == "markup"
        and found[1].kind == "item"
        and found[1].words <= _LIST_ITEM_MAX_WORDS
        and found[1].end_class != _FULL_STOP
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
    if key[:1] in _stamp_heads() and _may_open_with_stamp(key):
        stamped = relative_then_meta(text, unit)  # "منذ 5 ساعات | أخبار محلية"
        if stamped is not None:
            return stamped
    kind = furniture_kind(key)
    if kind == "source" and key[-1:].isdigit():
        dated = source_then_date(text, start, end, key)  # "المصدر: OUTLET 2/3/2021"
        if dated is not None:
            return dated
    if kind is not None:
        unit.kind, unit.role = "boilerplate", kind
        return [unit]
    if len(key) <= GLUED_MENU_MAX_CHARS and glued_menu(text, start, end):
        unit.kind, unit.role = "boilerplate", "nav"  # "أخبار دوليةأخبار وطنيةإستطلاع رأي..."
        return [unit]
    cut = unwrap(key)
    if cut is not None:
        return unwrapped(text, unit, cut)
    crumb_end = crumb_then_headline(key)
    if crumb_end is not None and is_date_line(key[crumb_end:]):
        unit.kind, unit.role = "boilerplate", "nav"  # "من نحن | اتصل بنا | DATE": the clock
        return [unit]
    if crumb_end is not None:  # "الرئيسية / مال وأعمال / <headline>"
        return unwrapped(text, unit, (crumb_end, len(key)), role="nav")
    if may_hold_site_date(key):
        titled = headline_site_date(text, unit)  # "HEADLINE - SITE, اليوم DATE"
        if titled is not None:
            return titled
    if len(key) <= _DATE_SHAPES_MAX_CHARS:  # every date shape below is a short line
        dated = date_shapes(text, unit, _classify)
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
    marked = split_markup(text, start, end, raw, gap)
    if len(marked) == 2 and _meta_item(marked[1]):
        # "• منذ سنة - Sunday 11 September 2022", "• 4/22/2021": a meta list's date
        dated = date_shapes(text, marked[1], _classify)
        if dated is not None:
            return [marked[0], *dated]
    if marked:
        return marked
    numbered = _NUMBERED.match(raw)
    if numbered is not None:
        if furniture_kind(fold_key(text, start + numbered.end(), end)) == "nav":
            unit.kind, unit.role = "boilerplate", "nav"  # a numbered crumb: "1. الرئيسية"
            return [unit]
        unit.kind = "numbered"
    return (bullets and inline_bullets(text, unit, raw)) or [unit]


def _meta_item(unit: Unit) -> bool:
    """A short bulleted item opening with a digit, a weekday or a relative stamp's cue: maybe
    a meta list's date ("• 4/22/2021"); a labelled one ("• تاريخ الانتهاك: ...") is the body's."""
    key = unit.key
    return (
        unit.kind == "item"
        and len(key) <= _DATE_SHAPES_MAX_CHARS
        and (key[:1].isdigit() or _may_open_with_stamp(key) or opens_with_weekday(key))
    )


def _may_open_with_stamp(key: str) -> bool:
    """A cheap look: the line opens with a relative stamp's cue ("منذ", "قبل"), or with a
    number and the cue that closes such a stamp comes soon after ("2 دقيقتين مضت")."""
    before, after = relative_cue_words()
    if key.startswith(before):
        return True
    if not key[:1].isdigit():
        return False
    head = key[:_STAMP_LOOK]
    return any(cue in head for cue in after)


@functools.cache
def _stamp_heads() -> frozenset[str]:
    """The characters a relative stamp may open with: its cue's first letter, or a digit."""
    return frozenset(w[:1] for w in relative_cue_words()[0]) | frozenset("0123456789")


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
