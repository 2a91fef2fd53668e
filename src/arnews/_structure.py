# Cuts a dump into typed raw blocks: header, title, paragraph, subheading, boilerplate, unparsed.
# Rule: every non-white-space character ends up in exactly one block, in order (nothing is lost);
# the stages run once each over the lines, so the layout is linear in the size of the dump:
# units (lines, markup) -> listing page? -> page head (title, sections, standfirst) -> rejoined
# body lines -> body kinds (subheadings, related headlines) -> truncation.
"""Block layout of a dump."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ._byline import read_label
from ._credits import known_credit
from ._errors import WARNING_CODES
from ._header import Header
from ._headings import latin_only, mark_body, mark_twin_captions
from ._listing import find_listing, group_teasers
from ._model import ParseWarning
from ._openers import is_byline
from ._paragraphs import FINAL, join_lines, truncation
from ._segment import norm_key
from ._tickers import mark_tickers
from ._title_repeats import cut_site_name, mark_title_repeats
from ._titles import mark_head
from ._unit import Unit
from ._units import cut_units

__all__ = ["Layout", "RawBlock", "lay_out"]

_FINAL_KINDS = frozenset({"header", "title", "paragraph", "subheading", "boilerplate", "unparsed"})
_TEXT_KINDS = frozenset({"title", "paragraph", "subheading"})
_ALNUM = re.compile(r"[^\W_]")
_LATIN_LINE_CHARS = 40  # a short paragraph in Latin letters only: a theme's string
_FURNITURE_MAX_CHARS = 80  # lines this short may be marks or a theme's string
_REPEAT_MIN_WORDS = 6  # a shorter paragraph may well be said twice ("وأضاف الوزير:")
_ELLIPSES = ("…", "...")  # a teaser cut short
_LABEL_ALONE_MAX_CHARS = 24
_LABEL_MARKS = " \t:-–—/|."


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A classified piece of the dump, as offsets into the caller's text.

    `role` says more about the block: for boilerplate its kind from lexicon/boilerplate.tsv
    ("source", "share", "tags", "caption", "related", "title" for a repeated title, ...); for
    header "scraper", "date" or "section"; "standfirst", "teaser", "markup", "truncated".
    """

    kind: str
    start: int
    end: int
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Layout:
    """The dump cut into typed blocks, with what was noticed while cutting."""

    blocks: list[RawBlock]
    warnings: tuple[ParseWarning, ...] = ()
    listing: bool = False  # a listing page (many teasers), not one article


def _theme_string(unit: Unit) -> bool:
    """A short paragraph in Latin letters only that names no known credit and is no byline
    ("Reuters", "Lebanon 24" and "Written by: ..." stay for the credits to read)."""
    return (
        unit.kind == "paragraph"
        and unit.chars <= _LATIN_LINE_CHARS
        and latin_only(unit.key)
        and known_credit(unit.key.strip(" -–—|:()")) is None
        and not is_byline(unit.key)  # "Written by: Marwa Dridi"
    )


def lay_out(text: str, header: Header | None) -> Layout:
    """Cut `text` into ordered, non-overlapping typed blocks covering every non-blank line."""
    units = cut_units(text, header)
    warnings: list[ParseWarning] = []
    groups = find_listing(units)
    if groups is not None:
        units = group_teasers(units, groups)
        span = (units[0].start, units[-1].end) if units else None
        warnings.append(ParseWarning("not-an-article", WARNING_CODES["not-an-article"][1], span))
    else:
        mark_tickers(units)
        start = mark_head(units)
        mark_twin_captions(units, start)  # before joining: twins are never wrapped lines
        start = cut_site_name(text, units, start)
        mark_title_repeats(units, start)  # and the title again is never a wrapped line's end
        units = join_lines(text, units, start)
        cut_short = bool(units) and not text[units[-1].end :].strip(" \t") and text[-1:] != "\n"
        mark_body(units, start, cut_short=cut_short)
    for unit in units:
        if unit.kind not in _FINAL_KINDS:
            unit.kind = "paragraph"
        # decided last: as lines these still part the units around them while the layout is read
        if unit.kind in _TEXT_KINDS and len(unit.key) <= _FURNITURE_MAX_CHARS:
            if _ALNUM.search(unit.key) is None:  # "-", "|", ":" alone: a page's marks
                unit.kind, unit.role = "unparsed", "markup"
            elif _theme_string(unit) or _label_alone(unit.key):
                # "spot_img", "View all comments"; "كتب :" with no name: a theme's byline slot
                unit.kind, unit.role = "boilerplate", "nav"
    _mark_repeats(units)
    cut = truncation(text, units)
    if cut is not None:
        warnings.append(cut)
    blocks = [RawBlock(u.kind, u.start, u.end, u.role) for u in units]
    return Layout(blocks, tuple(warnings), groups is not None)


def _label_alone(key: str) -> bool:
    """A byline label and its mark alone on the line ("كتب :", "بقلم:"): the name, if any, is on
    the next line and read from there."""
    if len(key) > _LABEL_ALONE_MAX_CHARS:
        return False
    end = read_label(key, 0, len(key), alone=True)
    return end is not None and not key[end:].strip(_LABEL_MARKS)


def _mark_repeats(units: list[Unit]) -> None:
    """A paragraph said again word for word further down (the page printed its lead, a caption
    or the whole body twice): the copy becomes boilerplate of role "repeat" (in place). Keys are
    folded (hamza, ya, ta marbuta), so spelling variants of a letter do not hide a copy."""
    seen: set[str] = set()
    for unit in units:
        if unit.kind != "paragraph":
            continue
        if unit.key not in seen:
            seen.add(unit.key)
        elif unit.words >= _REPEAT_MIN_WORDS:
            unit.kind, unit.role = "boilerplate", "repeat"
    _mark_teasers(units)


def _mark_teasers(units: list[Unit]) -> None:
    """A paragraph with no full stop that the next paragraph opens with, word for word (a
    page's teaser, its lead's first clause, printed above the lead), or one cut short with an
    ellipsis anywhere in a word (the lead's first lines, "... وأسفر أيضاً عن 6 …"):
    boilerplate `repeat`."""
    body = [u for u in units if u.kind == "paragraph"]
    for unit, after in pairwise(body):
        # the ending first (keys end with their last mark): a paragraph's word count is read
        # only when asked for
        cut = unit.key.endswith(_ELLIPSES)
        if (unit.end_class in FINAL and not cut) or unit.words < _REPEAT_MIN_WORDS:
            continue
        teaser = norm_key(unit.key)  # the ellipsis is edge punctuation: gone
        lead = norm_key(after.key)
        if (
            len(lead) > len(teaser)
            and lead.startswith(teaser)
            and (cut or not lead[len(teaser)].isalnum())
        ):
            unit.kind, unit.role = "boilerplate", "repeat"
