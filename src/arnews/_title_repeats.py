# The headline said again: alone or with the site's name after it, cut short, a few lines into
# the body; and the site's name closing the title's own line.
# Rule: the copy becomes boilerplate of role "title"; of two copies the whole headline, without
# the site's name, is the title.
"""Repeats of the title, and the site's name after it."""

from __future__ import annotations

import regex

from ._boilerplate import is_section
from ._credits import known_credit, outlet_shaped
from ._fold import fold
from ._grammar import DASH
from ._paragraphs import ends_mid_sentence
from ._segment import TITLE_MIN_WORDS, count_words, norm_key
from ._unit import Unit, make_unit

__all__ = [
    "adds_words",
    "crumbed_copy",
    "cut_copy",
    "cut_site_name",
    "glued_copy",
    "mark_title_repeats",
    "repeats",
]

_REPEAT_TAIL_WORDS = 5
_CUT_COPY_MIN_WORDS = 4  # a headline cut short still holds this many words
_GLUED_COPY_MIN_CHARS = 40  # two copies of a headline of four words or more
_HEAD_LOOK = 8  # characters of the line's head looked for where the second copy starts
_CRUMB_MAX_WORDS = 4  # crumb or kicker words before the headline on its line
_CUT_COPY_MAX_TAIL = 8  # words the whole headline may go on for
_QUOTE_CHARS = "\"“”«»„‘’'"
_NO_QUOTES = str.maketrans("", "", _QUOTE_CHARS)
_QUOTES_SLACK = 6  # characters the quotation marks of one copy may add or take
_REPEAT_LOOK = 6  # body units (site name, counter, date line) the title's repeat may sit below
# the site's name closing the title's line, after a spaced separator (40 characters at most)
_SITE_AFTER_TITLE = regex.compile(rf"[ \t]+(?:{DASH}|[|»])[ \t]+(?P<name>[^|»\n]{{2,40}}?)[ \t]*$")
# a site's name after the headline: "... - الجزيرة نت", "... | SITE", "... ~ SITE"
_TAIL_SEPARATOR = regex.compile(rf"\s*(?:{DASH}|[|~])")


def cut_site_name(text: str, units: list[Unit], start: int) -> int:
    """The site's name after the headline on the title's line ("... » وكالة الأنباء العراقية",
    "... | صوت المدينة نيوز"): cut off as boilerplate of role "title" (in place). The name must
    be a known credit or an outlet known by its shape, or, after a bar, a section or a hashtag
    ("... | #موريتانيا أخبار"). Returns where the body starts now (one unit later when the
    title was cut)."""
    i = next((k for k in range(start) if units[k].kind == "title"), None)
    if i is None:
        return start
    title = units[i]
    m = _SITE_AFTER_TITLE.search(title.key)
    if m is None or count_words(title.key[: m.start()]) < TITLE_MIN_WORDS:
        return start
    name = m.group("name").strip()
    # a section name only after a bar: "... | أخبار" (a dash may part a headline's own phrase)
    section = "|" in m.group() and is_section(name)
    tagged = "|" in m.group() and name.startswith("#")  # "... | #موريتانيا أخبار": its tags
    if not (known_credit(name) or outlet_shaped(name) or section or tagged):
        return start
    folded = fold(text, title.start, title.end)
    cut = folded.offset(m.start())
    head_end = title.start + len(text[title.start : cut].rstrip())
    site_start = cut + len(text[cut : title.end]) - len(text[cut : title.end].lstrip())
    site = Unit("boilerplate", site_start, title.end, role="title")
    units[i : i + 1] = [make_unit(text, "title", title.start, head_end, title.gap_before), site]
    return start + 1


def mark_title_repeats(units: list[Unit], start: int) -> None:
    """The title again a few lines into the body, below the site's name, a counter or the date
    line that ended the head: boilerplate, like a repeat inside the head (in place)."""
    title = next((u for u in units[:start] if u.kind == "title"), None)
    if title is None:
        return
    for unit in units[start : start + _REPEAT_LOOK]:
        if repeats(unit, title):
            unit.kind, unit.role = "boilerplate", "title"


def repeats(unit: Unit, title: Unit) -> bool:
    """The title again, alone or with the site name after it ("... - الجزيرة نت")."""
    if unit.kind not in ("text", "heading"):
        return False
    a, b = norm_key(unit.key), norm_key(title.key)
    if not a or not b:
        return False
    if a == b or (abs(len(a) - len(b)) <= _QUOTES_SLACK and _unquoted(a) == _unquoted(b)):
        return True  # 'ست الحبايب' and “ست الحبايب”: the same headline in other quotation marks
    short, long = sorted((a, b), key=len)
    if not long.startswith(short):
        return False
    tail = long[len(short) :]
    return bool(_TAIL_SEPARATOR.match(tail)) and count_words(tail) <= _REPEAT_TAIL_WORDS


def _unquoted(key: str) -> str:
    """`key` without its quotation marks and guillemets (a cheap look first: most have none)."""
    if not any(map(key.__contains__, _QUOTE_CHARS)):
        return key
    return " ".join(key.translate(_NO_QUOTES).split())


def cut_copy(unit: Unit, title: Unit) -> bool:
    """The headline printed twice, once cut short (a teaser's or a tab's copy): one of the two
    lines opens the other at a word's end, holds four words or more, and the other goes on for
    a few words only (or for any number, when the copy ends with a joiner of joiners.tsv)."""
    if unit.kind not in ("text", "heading"):
        return False
    short, long = sorted((norm_key(unit.key), norm_key(title.key)), key=len)
    if count_words(short) < _CUT_COPY_MIN_WORDS or not long.startswith(short):
        return False
    tail = long[len(short) :]
    if tail[:1] != " ":
        return False
    # "... الصادر عن": a copy cut after a joiner is cut short, however long the headline goes on
    return count_words(tail) <= _CUT_COPY_MAX_TAIL or (
        short == norm_key(unit.key) and ends_mid_sentence(unit)
    )


def crumbed_copy(unit: Unit, title: Unit) -> bool:
    """The headline alone under a line that ends with it after a few crumb or kicker words
    ("الرئيسية اقتصاد HEADLINE", "الرئيسيةأخبار ← HEADLINE"): the bare headline is the title."""
    if unit.kind not in ("text", "heading"):
        return False
    line, head = norm_key(title.key), norm_key(unit.key)
    if count_words(head) < _CUT_COPY_MIN_WORDS or not line.endswith(head) or line == head:
        return False
    crumb = line[: -len(head)]
    return crumb[-1:] == " " and count_words(crumb) <= _CRUMB_MAX_WORDS


def adds_words(longer: Unit, shorter: Unit) -> bool:
    """Whether the longer copy goes on with words of its own ("... تخرج 90 طالبا"), not with
    the shorter's words again (a caption glued on: "... ولد الغزواني ولد الغزواني")."""
    words = set(norm_key(shorter.key).split())
    return any(w not in words for w in norm_key(longer.key).split())


def glued_copy(key: str) -> int | None:
    """Where the second copy starts in a line that is a headline said twice with no break
    between ("العطش سيد الموقف بالوادي الأخضرالعطش سيد الموقف بالوادي الأخضر"): each copy four
    words or more. None for any other line."""
    size = len(key)
    if size < _GLUED_COPY_MIN_CHARS:
        return None
    half = size // 2
    # a cheap look: the line's head must come again right at its middle
    at = key.find(key[:_HEAD_LOOK], half - 2, half + 2 + _HEAD_LOOK)
    if at < 0:
        return None
    first, second = key[:at].strip(), key[at:].strip()
    if first != second or count_words(first) < _CUT_COPY_MIN_WORDS:
        return None
    return at
