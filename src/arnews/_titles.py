# The head of an article page: section names, the headline (once; a repeat is boilerplate),
# menu words above it, a lone photo credit, and the standfirst under it.
# Rule: the head ends at the first line that is body text or opens the body (a dateline, a
# byline). The title is the first headline-shaped line there (3-30 words, at most 200 characters,
# not closed by a full stop, colon or comma, not a dateline, byline or list item, not opening
# with a verb of saying nor ending with a word that cannot end a sentence) with body after it.
# A standfirst — one sentence right under the title — is body text (a paragraph) unless the
# paragraph after it opens with a dateline or byline: then the body visibly starts below it and
# the standfirst is kind `subheading` (role "standfirst") heading paragraph 0.
"""Title, repeated title, sections and standfirst."""

from __future__ import annotations

import regex

from ._boilerplate import holds_masthead, is_bare_count, is_lone_credit, is_section
from ._byline import author_name, opens_with_given_name, read_label
from ._credits import known_credit, opens_like_outlet, outlet_shaped, self_credit
from ._datebars import opens_with_weekday
from ._grammar import ARABIC_LETTER
from ._headline_shapes import (
    DASH_AT_END,
    INNER_STOP,
    LOOKAHEAD,
    SKIP,
    credit_name,
    printed_again,
    site_name,
    stopped_headline,
    title_below,
    title_shaped,
)
from ._menus import MENU_MAX_WORDS, menu_like, menu_line, mostly_sections
from ._openers import is_byline, is_credit_line, is_dateline_like, opens_with_dateline
from ._paragraphs import FINAL, is_body, is_long, opens_with_saying
from ._places import place_by_key
from ._segment import TITLE_MAX_CHARS, first_word, norm_key
from ._title_repeats import adds_words, crumbed_copy, cut_copy, repeats
from ._unit import Unit

__all__ = ["followed_by_body", "mark_head"]

_STANDFIRST_MAX_CHARS = 300
_CAPTION_MAX_WORDS = 5
_CAPTION_MAX_CHARS = 50
_CREDIT_EDGES = " \t/|:-–—"
_DIGIT = regex.compile(r"[0-9]")
_CLITIC_WORD_MIN = 3  # "و" and a word of two letters or more
_SUBHEADINGS_BELOW = 2  # subheadings further down that make the line under the title one
_DECK_MAX_WORDS = 12  # a deck under the headline is a headline itself, not a lede
_COMMA_OR_DIGIT = regex.compile(r"[،,:0-9]")
_WORDS_AFTER_SEPARATOR = regex.compile(r"[:/|\-–—][ \t]*\w")
_WORD = regex.compile(r"\w+")
_PLACE_LABEL_MAX_WORDS = 3
_BYLINE_MAX_WORDS = 8  # "كتب: محمد علي" or "بقلم: د. سامر حسن - القاهرة" under the headline
_ARABIC_LETTER = regex.compile(ARABIC_LETTER)


def followed_by_body(units: list[Unit]) -> list[bool]:
    """For each unit, whether body text comes anywhere after it (one backward pass)."""
    out = [False] * len(units)
    later = False
    for i in range(len(units) - 1, -1, -1):
        out[i] = later
        later = later or is_body(units[i])
    return out


def mark_head(units: list[Unit]) -> int:
    """Mark the page head in place and return the index where the body starts."""
    followed = followed_by_body(units)
    title: Unit | None = None
    pending: list[int] = []  # menu words above a title not yet found
    i = 0
    n = len(units)
    while i < n:
        unit = units[i]
        if unit.kind in SKIP:
            i += 1
            continue
        if unit.kind == "text" and is_section(unit.key):
            unit.kind, unit.role = "header", "section"
        elif unit.kind == "text" and is_lone_credit(unit.key):
            unit.kind, unit.role = "boilerplate", "caption"
        elif unit.kind == "text" and unit.chars <= TITLE_MAX_CHARS and holds_masthead(unit.key):
            unit.kind, unit.role = "boilerplate", "masthead"  # the paper's name and officers
        elif title is None and unit.kind == "text" and site_name(units, i):
            unit.kind, unit.role = "boilerplate", "nav"  # "قناة عشتار الفضائية" over the headline
        elif title is None and unit.kind == "text" and menu_line(unit):
            # a site's menu of its own channels: "قناة صدى البلد البلد سبورت صدى البلد ...", or of
            # its sections: "اخبار لبنان اخبار صيدا اعلانات منوعات عربي ودولي صور وفيديو"
            unit.kind, unit.role = "boilerplate", "nav"
        elif (
            title is None
            and (title_shaped(unit) or stopped_headline(units, i) or printed_again(units, i))
            and followed[i]
        ):
            unit.kind, title = "title", unit
            for j in pending:
                units[j].kind, units[j].role = "boilerplate", "nav"
            pending = []
        elif title is None and _label_above_title(units, i, followed):
            unit.kind, unit.role = "header", "section"  # "تركيا" over the headline: a label
        elif title is None and menu_like(unit):
            pending.append(i)
        elif title is None and unit.kind == "text" and not _ARABIC_LETTER.search(unit.key):
            unit.kind, unit.role = "boilerplate", "nav"  # "living cost indicators": a widget
        elif title is not None and _headline_over_date(units, i, title):
            # "كلام الأمين خطاب القائد لبنان ..." / headline / date line: the menu or ad line
            # above was no title; the headline is the one right above the page's date
            title.kind, title.role, unit.kind, title = "boilerplate", "nav", "title", unit
        elif title is not None and repeats(unit, title):
            if len(norm_key(unit.key)) < len(norm_key(title.key)):
                # "العنوان - بوابة الشروق" then "العنوان": the bare headline is the title
                title.kind, title.role, unit.kind, title = "boilerplate", "title", "title", unit
            else:
                unit.kind, unit.role = "boilerplate", "title"
        elif title is not None and cut_copy(unit, title):
            if len(unit.key) > len(title.key) and adds_words(unit, title):
                # "HEADLINE CUT" then "HEADLINE CUT SHORT": the whole headline is the title
                title.kind, title.role, unit.kind, title = "boilerplate", "title", "title", unit
            else:
                unit.kind, unit.role = "boilerplate", "title"
        elif title is not None and crumbed_copy(unit, title):
            # "الرئيسية اقتصاد HEADLINE" then "HEADLINE": the crumb's line was no title
            title.kind, title.role, unit.kind, title = "boilerplate", "nav", "title", unit
        elif _byline_line(unit) and (title is not None or title_below(units, i)):
            pass  # the reporter's line stays in the head: a caption or the headline may follow
        elif title is not None and _photo_caption(units, i, title):
            if _subheading_shaped(units, i) and _subheadings_below(units, i):
                unit.kind = "subheading"  # the first of the body's subheadings: it opens the body
                break
            unit.kind, unit.role = "boilerplate", "caption"
        else:
            if title is not None and _is_standfirst(units, i):
                unit.kind, unit.role = "subheading", "standfirst"
                i += 1
                if i < len(units) and units[i].kind == "text" and _twins(units[i], unit):
                    units[i].kind, units[i].role = "boilerplate", "title"  # printed twice
                    i += 1
            break
        i += 1
    if title is None and _short_headline(units, pending, i):
        units[pending[0]].kind = "title"  # "زلزال تركيا" right above "أنقرة - ..."
        return i
    return pending[0] if pending else i


def _short_headline(units: list[Unit], pending: list[int], body: int) -> bool:
    """Two words alone above a body that opens with a dateline, or right above the page's date
    line: a short headline, not a menu."""
    if not pending or body >= len(units) or units[pending[0]].words < MENU_MAX_WORDS:
        return False
    nxt = next((u for u in units[pending[0] + 1 : body] if u.kind != "boilerplate"), None)
    if nxt is not None and nxt.kind == "header" and nxt.role == "date":
        return True  # "أسعار المحروقات" / "تاريخ النشر : ..."
    if len(pending) != 1:
        return False
    if any(u.kind not in SKIP for u in units[pending[0] + 1 : body]):
        return False
    nxt = units[body]
    return nxt.kind == "text" and opens_with_dateline(nxt.key)


def _label_above_title(units: list[Unit], i: int, followed: list[bool]) -> bool:
    """A known place (or a word that is also a credit, "الاقتصادية") alone right above the
    headline labels the page's region or section; a dateline alone on its line stands above the
    body instead."""
    unit = units[i]
    if unit.kind != "text" or unit.end_class != "open" or unit.words > _PLACE_LABEL_MAX_WORDS:
        return False
    if place_by_key(norm_key(unit.key)) is None and not is_dateline_like(unit.key):
        return False
    after = _WORDS_AFTER_SEPARATOR.search(unit.key)
    if after is not None:
        words = [m.span() for m in _WORD.finditer(unit.key, after.end() - 1)]
        if words and opens_with_given_name(unit.key, words):
            return False  # "سنار:حامد النعيم": a dateline and its reporter, no label
    j = next((j for j in range(i + 1, len(units)) if units[j].kind not in SKIP), None)
    if j is None or not title_shaped(units[j]) or not followed[j]:
        return False
    nxt = next((u for u in units[j + 1 :] if u.kind not in SKIP), None)
    return nxt is not None and is_body(nxt)


def _headline_over_date(units: list[Unit], i: int, title: Unit) -> bool:
    """A headline-shaped line right above the page's date line, under a "title" that reads as
    a menu bar or an ad: mostly section and place names ("بنك القاهرة عمان")."""
    if not title_shaped(units[i]) or repeats(units[i], title):
        return False
    nxt = next((u for u in units[i + 1 :] if u.kind != "boilerplate"), None)
    if nxt is None or nxt.kind != "header" or nxt.role != "date":
        return False
    return mostly_sections(title)


def _photo_caption(units: list[Unit], i: int, title: Unit) -> bool:
    """A few words naming the picture between the title and the body: "الرئيس السوري أحمد
    الشرع" under the headline, the body's long first paragraph (or the title again) below."""
    unit = units[i]
    if unit.kind != "text" or unit.end_class != "open" or unit.chars > _CAPTION_MAX_CHARS:
        return False
    if not 1 <= unit.words <= _CAPTION_MAX_WORDS:
        return False
    key = unit.key
    if is_credit_line(key) or opens_with_saying(key):
        return False  # "صلالة – حسن بن سالم الكثيري –": the dateline and its reporter
    if unit.words > 1 and opens_with_weekday(key):
        return False  # "الخميس 18/أغسطس/2016- شبام/...": a dated dateline, no caption
    if self_credit(key, 0, len(key)) is not None or _author_name(key):
        return False
    dash = DASH_AT_END.search(key)
    if dash is not None and credit_name(key[: dash.start()].strip()):
        return False  # "عدن برس -": a credit the body below follows, no caption
    if dash is None and outlet_shaped(key.strip()):
        return False  # "صدى الريف الإخباري" alone: the outlet's credit above the body
    ahead = units[i + 1 : i + 1 + LOOKAHEAD]
    nxt = next((u for u in ahead if u.kind not in SKIP and not _byline_line(u)), None)
    return nxt is not None and (repeats(nxt, title) or (nxt.kind == "text" and is_body(nxt)))


def _subheading_shaped(units: list[Unit], i: int) -> bool:
    """Whether a short line under the title may be the body's first subheading: Arabic words
    with no digit ("39 ثانية ago" is a stamp), naming no outlet, the body right below it."""
    key = units[i].key.strip(_CREDIT_EDGES)
    return (
        i + 1 < len(units)
        and is_body(units[i + 1])
        and _ARABIC_LETTER.search(key) is not None
        and _DIGIT.search(key) is None
        and not opens_like_outlet(key)
        and not outlet_shaped(key)
    )


def _subheadings_below(units: list[Unit], i: int) -> bool:
    """Whether two or more short lines below stand each between two body paragraphs: the
    body's subheadings, of which the short line under the title is the first."""
    found = 0
    for j in range(i + 2, len(units) - 1):
        unit = units[j]
        if (
            unit.kind == "text"
            and unit.end_class == "open"
            and 1 <= unit.words <= _DECK_MAX_WORDS
            and is_body(units[j - 1])
            and is_body(units[j + 1])
        ):
            found += 1
            if found == _SUBHEADINGS_BELOW:
                return True
    return False


def _author_name(key: str) -> bool:
    """A name of two or three words opening with a known first name ("عاطف الفلاني"): under
    the title it is the author's, not a caption (a caption names its person with a title)."""
    name = author_name(key, 0, len(key), True)
    return name is not None and not key[name.stop :].strip()


def _byline_line(unit: Unit) -> bool:
    """A short labelled reporter's line ("كتب: محمد علي"), not a sentence that opens with one."""
    return (
        unit.kind == "text"
        and unit.end_class == "open"
        and unit.words <= _BYLINE_MAX_WORDS
        and is_byline(unit.key)
    )


def _is_standfirst(units: list[Unit], i: int) -> bool:
    """One sentence under the title with the body visibly starting below it."""
    unit = units[i]
    if unit.kind != "text" or unit.chars > _STANDFIRST_MAX_CHARS:
        return False
    key = unit.key
    if outlet_shaped(key.strip()):
        return False  # "صدى الريف الإخباري": the outlet's credit line
    if is_bare_count(key):
        return False  # "329": a view counter under the title, its word lost
    if is_dateline_like(key) or is_byline(key) or opens_with_dateline(key):
        return False
    if INNER_STOP.search(key.rstrip()) is not None:
        return False  # more than one sentence: body text
    # a deck: headline-shaped (no closing mark), longer than a caption, above a closed sentence
    deck = (
        _CAPTION_MAX_WORDS < unit.words <= _DECK_MAX_WORDS
        and not _COMMA_OR_DIGIT.search(key)  # a lede's clauses, a toolbar's counters
        and read_label(key, 0, len(key), bare=True) is None  # "بواسطة NAME - PLACE": a byline
        and title_shaped(unit)
    )
    for nxt in units[i + 1 : i + 1 + LOOKAHEAD]:
        if nxt.kind in SKIP or (deck and nxt.kind == "text" and _twins(nxt, unit)):
            continue  # the deck printed twice
        if nxt.kind != "text":
            return False
        if deck and is_long(nxt) and nxt.end_class in FINAL:
            return True
        if _goes_on(nxt.key):
            return False  # "ووفقا لوكالة ... (وام)": the lede's next sentence, no body's opening
        return opens_with_dateline(nxt.key) or is_dateline_like(nxt.key) or is_byline(nxt.key)
    return False


def _goes_on(key: str) -> bool:
    """Whether the line opens with "و" glued to a word that is no known place or credit: a
    sentence going on from the one above it."""
    word = first_word(key)
    return (
        word[:1] == "و"
        and len(word) > _CLITIC_WORD_MIN
        and place_by_key(word) is None
        and known_credit(word) is None  # "وكالات", "وفا": a credit alone above the body
    )


def _twins(a: Unit, b: Unit) -> bool:
    """The same line printed twice."""
    return a.key == b.key
