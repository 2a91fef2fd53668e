# Menus above an article's headline: a site's channels named again and again, a bar of its
# sections and places, the site's name said twice (its logo's text and alt text), a line of
# section words with no headline among them.
"""Menu lines in a page's head."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ._boilerplate import is_menu_entry, is_section
from ._openers import is_dateline_like
from ._places import place_by_key
from ._segment import TITLE_MAX_CHARS
from ._unit import Unit

__all__ = [
    "GLUED_MENU_MAX_CHARS",
    "MENU_MAX_WORDS",
    "doubled_name",
    "glued_menu",
    "menu_like",
    "menu_line",
    "mostly_sections",
]

MENU_MAX_WORDS = 2  # a menu word or two above the headline
_MENU_REPEATS = 3  # the same two words this often in one line: a menu
_MENU_SHARE_NUM, _MENU_SHARE_DEN = 2, 5  # two words in five are sections or places: a menu bar
_MENU_BAR_MIN_WORDS = 6
_HOME_BAR_MIN_WORDS = 4  # "الرئيسية أخبار اتصل بنا"
_DOUBLED_MIN_CHARS = 4  # a name said twice, each half at least this long
_MENU_BAR_SHARE_NUM, _MENU_BAR_SHARE_DEN = 3, 5  # no title: three words in five name sections
# A word-final letter (ة, ى) right before another letter: two words glued ("دوليةأخبار")
_GLUED = re.compile("[\u0629\u0649][\u0621-\u063a\u0641-\u064a]")
_GLUED_MENU_MIN = 3  # glued joins in one line: a menu's entries, their spaces lost
GLUED_MENU_MAX_CHARS = 200
_GLUED_WORD_CHARS = 8  # characters per space-parted word when entries are glued


def glued_menu(text: str, start: int, end: int) -> bool:
    """A short line of menu entries whose spaces the scraper lost ("أخبار دوليةأخبار وطنيةإستطلاع
    رأيبرصة كيفةتقارير"): three or more word-final letters (ة, ى) glued to a next word; a
    headline with one typo ("مدينةالموصل") keeps its words."""
    size = end - start
    if size > GLUED_MENU_MAX_CHARS or size < _GLUED_WORD_CHARS * (text.count(" ", start, end) + 1):
        return False  # words of ordinary length: spaces part them (`count` is far cheaper)
    if text.count("\u0629", start, end) < _GLUED_MENU_MIN:
        return False
    return len(_GLUED.findall(text, start, end)) >= _GLUED_MENU_MIN


def _repeats_a_phrase(unit: Unit) -> bool:
    """A site's menu of its own channels: the same two words three times or more in one line
    ("قناة صدى البلد البلد سبورت صدى البلد جامعات صدى البلد عقارات"); no headline does that."""
    if unit.chars > TITLE_MAX_CHARS:
        return False
    words = unit.key.split()
    if len(words) - len(set(words)) < _MENU_REPEATS - 1:
        return False  # a pair said three times repeats its first word twice at least
    pairs = Counter(pairwise(words))
    return bool(pairs) and max(pairs.values()) >= _MENU_REPEATS


def _named_share(unit: Unit, numerator: int, denominator: int) -> bool:
    """Whether at least numerator/denominator of the line's words are site sections or places."""
    words = unit.key.split()
    # stop at the first word past the share's margin: most lines are headlines, and their
    # words are mostly neither (each word is two lexicon lookups)
    misses_allowed = len(words) - -(-len(words) * numerator // denominator)
    misses = 0
    for word in words:
        if not is_section(word) and place_by_key(word) is None:
            misses += 1
            if misses > misses_allowed:
                return False
    return True


def mostly_sections(unit: Unit) -> bool:
    """Whether most words of a line are site sections or places: a menu bar, not a headline."""
    return _named_share(unit, _MENU_SHARE_NUM, _MENU_SHARE_DEN)


def menu_line(unit: Unit) -> bool:
    """A menu or the site's name where a title could stand (see the four tests)."""
    return (
        _repeats_a_phrase(unit) or doubled_name(unit) or _menu_bar(unit) or _home_to_contact(unit)
    )


def _home_to_contact(unit: Unit) -> bool:
    """A menu bar from its home entry to its contact entry ("الرئيسية فيديوهات ... اتصل بنا"):
    the first word and the last two are menu entries of boilerplate.tsv."""
    words = unit.key.split()
    if len(words) < _HOME_BAR_MIN_WORDS or unit.chars > TITLE_MAX_CHARS:
        return False
    return is_menu_entry(words[0]) and is_menu_entry(" ".join(words[-2:]))


def doubled_name(unit: Unit) -> bool:
    """The site's name said twice, its logo's text and alt ("أخبار الإمارات اليومأخبار
    الإمارات اليوم"): no headline repeats itself whole."""
    squeezed = unit.key.replace(" ", "")
    half = len(squeezed) // 2
    return half >= _DOUBLED_MIN_CHARS and squeezed[:half] == squeezed[half:]


def _menu_bar(unit: Unit) -> bool:
    """A menu bar with no separators: six words or more, three in five of them site sections
    or places. A headline names a place or two among its verbs and nouns."""
    if unit.chars > TITLE_MAX_CHARS or unit.words < _MENU_BAR_MIN_WORDS:
        return False
    return _named_share(unit, _MENU_BAR_SHARE_NUM, _MENU_BAR_SHARE_DEN)


def menu_like(unit: Unit) -> bool:
    """One or two words above the title: a menu entry, not the body."""
    return (
        unit.kind == "text"
        and unit.words <= MENU_MAX_WORDS
        and unit.end_class == "open"
        and not is_dateline_like(unit.key)
    )
