# Page markup split off a line into units of its own: markdown headings, bold, bullets and
# numbered items, HTML the scraper left, inline bullets of one long line, and an aggregator's
# wrapper words or a crumb around a headline.
"""Units of a line's markup and wrappers."""

from __future__ import annotations

import re

from ._fold import fold, fold_key
from ._openers import is_credit_line
from ._unit import Unit, make_unit

__all__ = ["INLINE_BULLET_CHARS", "NOT_SPACE", "inline_bullets", "split_markup", "unwrapped"]

# These run on every line: the stdlib engine matches such plain classes ~2x faster than
# `regex`. `NOT_SPACE` is `regex`'s \S: str.isspace() (the stdlib's \s) also counts
# U+001C..U+001F as space, the Unicode White_Space property does not.
NOT_SPACE = r"[\S\x1c-\x1f]"
_MARKDOWN = re.compile(rf"#{{1,6}}[ \t]+(?={NOT_SPACE})")
# bold: "**TEXT**", "__TEXT__", or a messenger's "*TEXT*" (a bullet has a space after its "*")
_BOLD = re.compile(rf"(\*\*|__|\*)(?={NOT_SPACE})(.+?)(?<={NOT_SPACE})\1")
# a line framed by runs of colons: "::: TITLE :::" (a forum or CMS's heading style)
_FRAMED = re.compile(rf"(:{{2,4}})[ \t]*(?={NOT_SPACE})(.+?)(?<={NOT_SPACE})[ \t]*\1")
# a bullet, a dash and a space, or a quote mark ("> ") opening an item
# (a tatweel standing alone and spaced is a dash: "ـ كتب : NAME")
_BULLET = re.compile(rf"[▪•●◾◼■◆►▸‣⁃·*][ \t]*(?={NOT_SPACE})|[-–—>ـ][ \t]+(?={NOT_SPACE})")
_MARK_FIRST = "#*_▪•●◾◼■◆►▸‣⁃·-–—<>ـ:"  # every first character the mark patterns allow
# HTML the scraper left: a line of tags only ("<img src=... >"), or one element around text
_TATWEEL = "\u0640"
_DASH_ENDS = "\u0640-–—"  # a dash closing the line as one opened it
_FULL_STOP = "stop"  # the end class of a line closed by a full stop
_BOLD_HEADING_MAX_WORDS = 20  # a bold line longer than this is a paragraph, never a heading
_HTML_TAGS = re.compile(r"(?:<[a-zA-Z/!][^<>]{0,400}>[ \t]*)+")
_HTML_WRAP = re.compile(
    r"<(strong|b|em|i|u|p|span|h[1-6])(?:[ \t][^<>]*)?>[ \t]*"
    rf"(?={NOT_SPACE})(.+?)(?<={NOT_SPACE})[ \t]*</\1>",
    re.IGNORECASE,
)
INLINE_BULLET_CHARS = "▪•●◾◼■◆►▸‣⁃"
_INLINE_BULLET_CHAR = re.compile(f"[{INLINE_BULLET_CHARS}]")
_INLINE_BULLET = re.compile(r"[ \t]*[▪•●◾◼■◆►▸‣⁃][ \t]*")
_INVISIBLE_CHARS = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069"
    "\u061c\ufeff"
)
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]*")


def split_markup(text: str, start: int, end: int, raw: str, gap: bool) -> list[Unit]:
    """A markdown heading, a bold line or a bulleted item: the marks as `unparsed` units.

    Invisible marks (bidi, zero-width) before the markup belong to the first mark unit.
    """
    # a string test first: most lines open with a visible character
    lead = _INVISIBLE.match(raw) if raw[:1] in _INVISIBLE_CHARS else None
    if lead is not None and lead.end():
        marked = split_markup(text, start + lead.end(), end, raw[lead.end() :], gap)
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
    m = _BOLD.fullmatch(raw) or (_FRAMED.fullmatch(raw) if raw[:2] == "::" else None)
    if m is not None:
        inner_start, inner_end = start + m.start(2), start + m.end(2)
        inner = make_unit(text, "heading", inner_start, inner_end)
        if m.group(1) == "*" and is_credit_line(inner.key):
            inner.kind = "text"  # "*العلم: الحسيمة - NAME*": a credit line in bold, read below
        elif inner.end_class == _FULL_STOP or inner.words > _BOLD_HEADING_MAX_WORDS:
            inner.kind = "text"  # "*من المؤسف حقاً ... اليومية.*": a paragraph in bold
        return [
            Unit("unparsed", start, inner_start, gap, role="markup"),
            inner,
            Unit("unparsed", inner_end, end, role="markup"),
        ]
    m = _BULLET.match(raw)
    if m is not None and raw[:1] == _TATWEEL and raw.rstrip()[-1:] in _DASH_ENDS:
        m = None  # "ـ HEADLINE ـ": a line set between two dashes, no bullet
    if m is not None and not any(c.isalnum() for c in raw[m.end() :]):
        return [Unit("unparsed", start, end, gap, role="markup")]  # "• ×": marks, no item
    if m is not None:
        mark = Unit("unparsed", start, start + len(m.group().rstrip()), gap, role="markup")
        item = make_unit(text, "item", start + m.end(), end)
        return [mark, *(inline_bullets(text, item, raw[m.end() :]) or [item])]
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


def inline_bullets(text: str, unit: Unit, raw: str) -> list[Unit]:
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


def unwrapped(text: str, unit: Unit, cut: tuple[int, int], role: str = "wrapper") -> list[Unit]:
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
