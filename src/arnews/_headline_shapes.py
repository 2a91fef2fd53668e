# The shapes of a headline: a line of a headline's length that closes no sentence (or a short
# one closed by "." over the page's meta line), printed twice, or not a headline at all: an
# outlet's name, a credit alone with its dash, the site's name over the headline.
# Rule: each test reads one line and, at most, the few lines right below it.
"""Headline-shaped lines."""

from __future__ import annotations

import regex

from ._boilerplate import is_section
from ._byline import author_name, is_function_word
from ._credits import known_credit, opens_like_outlet, outlet_shaped, self_credit
from ._grammar import ARABIC_LETTER, DASH
from ._openers import is_byline, is_dateline_like, opens_with_dateline
from ._paragraphs import ends_mid_sentence, is_body, is_long, opens_with_saying
from ._places import place_by_key
from ._segment import TITLE_MAX_CHARS, TITLE_MIN_WORDS, count_words, norm_key
from ._unit import Unit

__all__ = [
    "DASH_AT_END",
    "INNER_STOP",
    "LOOKAHEAD",
    "SKIP",
    "credit_name",
    "printed_again",
    "site_name",
    "stopped_headline",
    "title_below",
    "title_shaped",
]

SKIP = frozenset({"header", "boilerplate", "unparsed"})  # kinds a head's reader looks past
LOOKAHEAD = 8  # units skipped (header, boilerplate) while looking for the line below
DASH_AT_END = regex.compile(rf"{DASH}[ \t]*$")  # "عدن برس -": a credit the body follows
INNER_STOP = regex.compile(r"[.!?؟…](?=\s+\S)")  # a stop inside the line: two sentences
_ARABIC_LETTER = regex.compile(ARABIC_LETTER)
_TITLE_MAX_WORDS = 30
_TITLE_ENDINGS = frozenset({"open", "question", "quote", "paren"})
_AGAIN_LOOK = 6  # lines below a headline where the page may print it again
_SITE_NAME_MAX_WORDS = 4
_SITE_NAME_SEP = regex.compile(r"[-–—:|/]")  # "الخليل- مصدر الإخبارية": a dateline, no site name
_STOPPED_TITLE_MAX_WORDS = 14  # a headline some sites end with ".." or "…"
# ".." or "…" after a letter ends a headline on some sites; "..." is an excerpt cut short
# ("... عناصر الدرك التابعة..."), and marks after a separator close no headline ("الإعلام /…")
_DOTTED_END = regex.compile(r"(?<=[^\W\d_][ \t]*)(?:\.\.|\.{4,}|[ \t]*…)[ \t]*$")
_STOPPED_HEADLINE_MAX_WORDS = 20
_DOTS = ".…"
_SECTION_AFTER_NAME = regex.compile(
    rf"[^\s|]+(?:\s+[^\s|]+){{0,2}}\s*(?:{DASH}|\|)\s*(?P<section>[^|\n]{{2,40}})"
)
_OUTLET_WORDS = 4  # an outlet's name alone with its dash: "موقع صدى المدينة -"


def stopped_headline(units: list[Unit], i: int) -> bool:
    """A headline closed by a full stop, as some sites print it: one sentence of a headline's
    length right above a paragraph that opens with a dateline ("... في المجرات البعيدة." /
    "باريس في 26 يونيو /العمانية/ ..."), above the page's date line, or above the credit or
    reporter's line (or the writer's name alone) that opens the body."""
    unit = units[i]
    if unit.kind != "text" or unit.end_class != "stop" or unit.chars > TITLE_MAX_CHARS:
        return False
    key = unit.key
    if key.rstrip()[-2:-1] in _DOTS:
        return False  # "...": an excerpt cut short, no headline's stop
    if not TITLE_MIN_WORDS <= unit.words <= _STOPPED_HEADLINE_MAX_WORDS:
        return False
    if INNER_STOP.search(key.rstrip()) is not None or opens_with_saying(key) or "،" in key:
        return False  # two sentences, a verb of saying, a lede's clauses
    if is_dateline_like(key) or is_byline(key) or opens_with_dateline(key):
        return False
    below = units[i + 1] if i + 1 < len(units) else None
    if below is not None and below.kind == "header" and below.role == "date":
        return True  # the page's date line right under it
    ahead = [u for u in units[i + 1 : i + 1 + LOOKAHEAD] if u.kind not in SKIP]
    nxt = ahead[0] if ahead else None
    if nxt is None or nxt.kind != "text":
        return False
    # a paragraph opening with a dateline, or the credit or reporter's line over the body (a
    # place alone may be a roundup's first heading under its lede)
    alone = place_by_key(nxt.key.strip()) is not None
    return (
        opens_with_dateline(nxt.key)
        or is_byline(nxt.key)
        or (is_dateline_like(nxt.key) and not alone)
        # "اسمهان شرقي" under it, a long paragraph below: the writer's name alone
        or (_bare_name(nxt.key) and len(ahead) > 1 and is_long(ahead[1]))
    )


def _bare_name(key: str) -> bool:
    """A writer's name alone on its line: two or three words opening with a first name of
    given_names.tsv, nothing after them."""
    name = author_name(key, 0, len(key), True)
    return name is not None and not key[name.stop :].strip()


def title_shaped(unit: Unit) -> bool:
    if unit.kind == "heading":
        return True
    if unit.kind != "text" or unit.chars > TITLE_MAX_CHARS:
        return False
    if not TITLE_MIN_WORDS <= unit.words <= _TITLE_MAX_WORDS:
        return False
    if unit.end_class not in _TITLE_ENDINGS and not (
        unit.end_class == "stop"
        and _DOTTED_END.search(unit.key) is not None
        and unit.words <= _STOPPED_TITLE_MAX_WORDS
    ):
        return False  # "..", "…" end headlines on some sites; one full stop ends a sentence
    key = unit.key
    if _ARABIC_LETTER.search(key) is None:
        return False  # "living cost indicators": a widget's English label, not the headline
    return not (
        is_dateline_like(key)
        or is_byline(key)
        or opens_with_dateline(key, colon=False)
        or opens_with_saying(key)  # "وقال ..." is a sentence
        or self_credit(key, 0, len(key)) is not None  # "الرباط اليوم: متابعة"
        or _credit_alone(key)
        or outlet_shaped(key.strip())  # "صدى الساحل نيوز": an outlet's name, never a headline
        or _name_then_section(key)
        or ends_mid_sentence(unit)  # "... عقده في" goes on below
    )


def site_name(units: list[Unit], i: int) -> bool:
    """An outlet known by its shape, alone on its line right above a headline ("قناة عشتار
    الفضائية" / HEADLINE): the site's name, never the title nor a credit. Alone above the
    body it stays the credit the body opens with; "PLACE - OUTLET" is a dateline."""
    unit = units[i]
    key = unit.key.strip()
    if unit.words > _SITE_NAME_MAX_WORDS or _SITE_NAME_SEP.search(key) or not outlet_shaped(key):
        return False
    # the next line of another text (the site's name may be printed twice: logo and alt text)
    nxt = next((u for u in units[i + 1 :] if u.kind not in SKIP and u.key.strip() != key), None)
    return nxt is not None and title_shaped(nxt)


def printed_again(units: list[Unit], i: int) -> bool:
    """A headline-shaped line that opens like a dateline ("سلطنة عمان - وضع حجر الأساس ...")
    and stands again word for word a few lines below: the headline, printed twice, never a
    dateline's paragraph (a lead printed twice closes its sentence)."""
    unit = units[i]
    if unit.kind != "text" or unit.chars > TITLE_MAX_CHARS or unit.end_class not in _TITLE_ENDINGS:
        return False
    if not TITLE_MIN_WORDS <= unit.words <= _TITLE_MAX_WORDS:
        return False
    if _ARABIC_LETTER.search(unit.key) is None or outlet_shaped(unit.key.strip()):
        return False  # "Ad Zone 2B" twice: an ad slot's label; the site's name twice
    key = norm_key(unit.key)
    return any(norm_key(u.key) == key for u in units[i + 1 : i + 1 + _AGAIN_LOOK])


def _name_then_section(key: str) -> bool:
    """ "الثوري – أخبار محلية": a name of one to three words, a dash or bar, and a site section
    ending the line: the outlet's line over its section, never a headline."""
    m = _SECTION_AFTER_NAME.fullmatch(key.strip())
    return m is not None and is_section(m.group("section"))


def _credit_alone(key: str) -> bool:
    """ "صوت الريف الإخباري -": an outlet's name and a dash, alone on the line: the credit the
    body below opens with, never a headline."""
    dash = DASH_AT_END.search(key)
    if dash is None:
        return False
    name = key[: dash.start()].strip()
    # "موقع صدى المدينة -": a lead mark opens it, alone with its dash
    return credit_name(name) or (opens_like_outlet(name) and count_words(name) <= _OUTLET_WORDS)


def credit_name(key: str) -> bool:
    """A known credit or an outlet known by its shape ("عدن برس"), alone."""
    return known_credit(key) is not None or outlet_shaped(key)


def title_below(units: list[Unit], i: int) -> bool:
    """Whether a headline-shaped line stands right below unit `i`, the body below it (not the
    writer's office under the name: "رئيس تحرير القسم العربي ...")."""
    j = i + 1
    while j < len(units) and units[j].kind in SKIP:
        j += 1
    if j + 1 >= len(units) or not title_shaped(units[j]) or not is_body(units[j + 1]):
        return False
    first = units[j].key.split(None, 1)
    return bool(first) and not is_function_word(first[0])
