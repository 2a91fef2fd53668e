# Navigation crumbs: "الرئيسية > أخبار > العراق", a crumb whose marks the scraper lost or whose
# home word is glued to the next level, and a crumb whose last level is the page's headline.
# Rule: a crumb opens with a home word of boilerplate.tsv ("الرئيسية", "Home") or holds two
# section names; its levels are a few words each.
"""Navigation crumbs."""

from __future__ import annotations

import re
from itertools import pairwise

import regex

from ._boilerplate_lexicon import phrase_table, section_table
from ._segment import count_words, norm_key

__all__ = ["crumb_then_headline", "glued_home", "is_crumb", "lost_marks_crumb"]

_CRUMB_PART_WORDS = 4
_CRUMB_HEADLINE_MIN_WORDS = 4
_CRUMB_LINE_MAX_CHARS = 300
_CRUMB_HOME_CHARS = 24
_CRUMB_SPLIT = regex.compile(r"\s*(?:[>»›<«|\\←→]|/(?![0-9])|(?<![0-9])/(?=[0-9]))+\s*")
_CRUMB_MARK = re.compile(r"[>»›<«|/\\←→]")
_HOME = "الرئيسيه"  # folded: "home", a crumb's first level
_HOME_WORDS = frozenset({_HOME, "home"})
_HOME_CRUMB_WORDS = 5


def glued_home(key: str) -> bool:
    """A crumb whose home word is glued to the next level, with no mark anywhere (with its
    marks, crumb_then_headline reads it): "الرئيسيةفن و ثقافةHEADLINE"."""
    return (
        key.startswith(_HOME)
        and key[len(_HOME) : len(_HOME) + 1].isalpha()
        and _CRUMB_MARK.search(key) is None
    )


def lost_marks_crumb(whole: str) -> bool:
    """A short crumb whose marks the scraper lost: "الرئيسية رياضة كرة جزائرية" (`whole` is the
    line's normalised key)."""
    return whole.partition(" ")[0] in _HOME_WORDS and count_words(whole) <= _HOME_CRUMB_WORDS


def is_crumb(key: str, line: dict[str, str]) -> bool:
    """A navigation crumb: "الرئيسية > أخبار > العراق" (home first, or two section names)."""
    if _CRUMB_MARK.search(key) is None:
        return False  # one part
    parts = [norm_key(p) for p in _CRUMB_SPLIT.split(key)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or any(count_words(p) > _CRUMB_PART_WORDS for p in parts):
        return False
    if line.get(parts[0]) == "nav":
        return True
    sections = section_table()
    return sum(p in sections for p in parts) >= 2


def crumb_then_headline(key: str) -> int | None:
    """ "الرئيسية / مال وأعمال / <headline>": a crumb whose last level is the page's headline,
    maybe after its label ("أنت هنا :الرئيسية » ..."). Returns where the headline starts in
    `key`, else None."""
    # the first level is one home word: its mark comes early (a cheap look on every line)
    if len(key) > _CRUMB_LINE_MAX_CHARS:
        return None
    start = 0
    colon = key.find(":", 0, _CRUMB_HOME_CHARS)
    if colon > 0 and phrase_table().line.get(norm_key(key[:colon])) == "nav":
        start = colon + 1  # "أنت هنا :الرئيسية » ...": the trail's own label first
    mark = _CRUMB_MARK.search(key, start, start + _CRUMB_HOME_CHARS)
    if mark is None:
        return None
    first = norm_key(key[start : mark.start()])
    if phrase_table().line.get(first) != "nav" and not first.startswith(_HOME):
        return None  # a crumb opens with "الرئيسية" / "Home", maybe glued: "الرئيسيةأخبار ←"
    marks = list(_CRUMB_SPLIT.finditer(key, mark.start()))
    last = marks[-1]
    head = key[last.end() :]
    if count_words(head) < _CRUMB_HEADLINE_MIN_WORDS:
        return None
    levels = [key[a.end() : b.start()] for a, b in pairwise(marks)]
    if any(count_words(level) > _CRUMB_PART_WORDS for level in levels):
        return None
    return last.end()
