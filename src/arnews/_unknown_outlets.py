# Opening lines led by an outlet the lexicons do not know: its plain name of one to three words
# before a bracketed place, a slash and a known place, or a dash and the body ("استبن (نواكشوط) -",
# "المشهد الجنوبي/لحج", "حابي – قررت اللجنة ...").
# Rule: an unknown name counts only when nothing else (a place, a person, a section, a sentence's
# opening word) can read it.
"""Unknown outlets' opening-line shapes."""

from __future__ import annotations

import re

from ._boilerplate import furniture_kind, is_section
from ._byline import opens_with_given_name, read_label
from ._credits import known_credit
from ._fold import fold_word
from ._found import Found
from ._grammar import ARABIC_LETTER, DASH_RUN
from ._lexicon import index
from ._linereader import CREDIT_SEP, SEP, SLASH, TOKEN, Line, Span, place_then_end
from ._paragraphs import opens_with_saying
from ._places import place_by_key

__all__ = ["outlet_slash_place", "outlet_then_place", "unknown_outlet_first"]

_ARABIC_LETTER = re.compile(ARABIC_LETTER)
_MAX_BRACKETED_OUTLET_WORDS = 2
_NISBA_MIN_CHARS = 4  # "الحي" (the quarter) is no family name
_OUTLET_SEP = re.compile(rf"[ \t]*(?:{DASH_RUN}|\|)[ \t]+")  # "تصـ ـعيد": a split word, no dash
_A_DASH_IN_CLAUSE = re.compile(rf"[ \t]{DASH_RUN}[ \t]")  # "... - التي ... - قررت": a clause
_CLAUSE_LOOK = 80
_CONJUNCTION = "و"  # "وأضاف ماكرون – ...": a sentence, never an outlet's name
_WITH_THE = "بال"
_ADVERB_END = "ا"  # an adverb's tanween alef: "أيضا", "ثانيا", "رسميا"
_DEFINITE = "ال"
_SLASHED_OUTLET = re.compile(r"((?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+)[ \t]*/")


def outlet_then_place(line: Line, pos: int) -> Found | None:
    """ "استبن (نواكشوط) - ...": one or two plain words that are no place and no person, a known
    place in brackets and a separator. The words are the outlet, its Agency unnamed."""
    words = line.words(pos, TOKEN)[:_MAX_BRACKETED_OUTLET_WORDS]
    for n in range(len(words), 0, -1):
        span = (pos, words[n - 1][1])
        where = line.bracketed_place(span[1])
        if where is None:
            continue
        sep = SEP.match(line.key, where[2], line.limit)
        if sep is None or not _plain_name(line, words[:n]):
            return None
        return Found([("dateline", pos, sep.end())], where[0], where[1], [span], end=sep.end())
    return None


def outlet_slash_place(line: Line, pos: int) -> Found | None:
    """ "المشهد الجنوبي/لحج", "صوت عدن /زنجبار / خاص:": a whole line of one to three plain words
    (an outlet the lexicon does not know), a slash and a known place, maybe then a slash and
    the desk's label. The words are the outlet, its Agency unnamed."""
    m = _SLASHED_OUTLET.match(line.key, pos, line.limit) if pos == 0 and line.eol else None
    if m is None:
        return None
    words = line.words(pos, TOKEN)[: m.group(1).count(" ") + 1]
    if not words or words[-1][1] != m.end(1) or not _plain_name(line, words):
        return None
    if _family_name(line.key[words[-1][0] : words[-1][1]]) and len(words) > 1:
        return None  # "عزيز المسناوي / خنيفرة": a reporter's family name, no outlet's
    at = line.skip(m.end())
    for span, entry in line.known_places(at, line.words(at)):
        after = span[1]
        slash = SLASH.match(line.key, after, line.limit)  # "/ خاص:": the desk's label
        if slash is not None and slash.end() < line.limit:
            after = read_label(line.key, slash.end(), line.limit, alone=True) or after
        if not line.key[after : line.limit].strip(" \t:"):
            end = line.limit
            return Found([("dateline", pos, end)], span, entry, [(pos, words[-1][1])], end=end)
    return None


def _family_name(word: str) -> bool:
    """A nisba, the commonest shape of a family name: "ال" and a final ي ("المسناوي", "الحلبي")."""
    return word.startswith(_DEFINITE) and word.endswith("ي") and len(word) > _NISBA_MIN_CHARS


def unknown_outlet_first(line: Line, pos: int) -> Found | None:
    """ "حابي – قررت اللجنة ...", "هوى الشام| أعلن ...": one plain word and a dash, or one or
    two and a bar, then the body. Nothing else opens a news sentence so: not a place (the
    gazetteer holds the datelines), a person, a section, a clause in dashes ("الحكومة - التي
    ... - قررت") or a sentence ("وأضاف ماكرون – خلال ...")."""
    words = line.words(pos, TOKEN)[:_MAX_BRACKETED_OUTLET_WORDS]
    for n in range(len(words), 0, -1):
        span = (pos, words[n - 1][1])
        placed = _outlet_then_place_alone(line, span, words[:n])  # "بشائر: الدمام"
        if placed is not None:
            return placed
        sep = _OUTLET_SEP.match(line.key, span[1], line.limit)
        if sep is None:
            continue
        name = line.key[span[0] : span[1]]
        if n > 1 and "|" not in line.key[sep.start() : sep.end()]:
            return None  # "الاتحاد قوة - شعار ...": two words before a dash read as a phrase
        rest = line.key[sep.end() : sep.end() + _CLAUSE_LOOK]
        if (
            line.at_end(sep.end())
            or not _ARABIC_LETTER.match(rest)
            or _A_DASH_IN_CLAUSE.search(rest)
            or not _unknown_outlet_name(line, words[:n])
            or opens_with_saying(name)
            or read_label(line.key, pos, line.limit, bare=True) is not None  # "تقرير -"
        ):
            return None
        place = place_then_end(line, sep.end(), unknown=False)  # "المسلم-المنامة:"
        if place is not None:
            p_span, entry, stop = place
            return Found([("dateline", pos, stop)], p_span, entry, [span], end=stop)
        end = sep.end()
        if line.eol and is_section(line.key[end : line.limit].strip()):
            end = line.limit  # "الثوري – أخبار محلية": the outlet's line over its section
        return Found([("dateline", pos, end)], credits=[span], end=end)
    return None


def _outlet_then_place_alone(line: Line, span: Span, words: list[Span]) -> Found | None:
    """ "بشائر: الدمام", "المسلم - المنامة": an unknown outlet's name, a separator and a known
    place, alone on the line above the body."""
    sep = CREDIT_SEP.match(line.key, span[1], line.limit)
    if sep is None or not line.eol:
        return None
    place = place_then_end(line, line.skip(sep.end()), unknown=False)
    if place is None or not line.at_end(place[2]):
        return None
    p_span, entry, stop = place
    if read_label(line.key, span[0], span[1], alone=True) == span[1]:
        # "متابعات- عدن": the desk's label and the place, no outlet named
        return Found([("dateline", span[0], stop)], p_span, entry, end=stop)
    if not _unknown_outlet_name(line, words):
        return None
    return Found([("dateline", span[0], stop)], p_span, entry, [span], end=stop)


def _plain_name(line: Line, words: list[Span]) -> bool:
    """Plain words that are no known place and open with no first name: an outlet's name."""
    name = line.key[words[0][0] : words[-1][1]]
    return (
        line.plain(words)
        and place_by_key(name) is None
        and not opens_with_given_name(line.key, words)
    )


def _unknown_outlet_name(line: Line, words: list[Span]) -> bool:
    """A plain name (see _plain_name) that no lexicon knows as a credit (credit_first declined
    the ambiguous ones: "الوطنية - قال ...") and that opens no sentence (_name_like)."""
    name = line.key[words[0][0] : words[-1][1]]
    return _plain_name(line, words) and known_credit(name) is None and _name_like(name, len(words))


def _name_like(name: str, words: int) -> bool:
    """Whether the words before the dash can name an outlet, not open a sentence: no "و"
    ("وأضاف ماكرون –"), no adverb ("أيضا –", "ثانيا –", "اليوم –"), no "بال" phrase ("بالصور –"),
    no banner or section ("خاص –", "رياضة –")."""
    if name.startswith((_CONJUNCTION, _WITH_THE)) or not _ARABIC_LETTER.search(name):
        return False  # and "2026 - عام الانتخابات": a year, no name
    if words == 1 and name.endswith(_ADVERB_END) and not name.startswith(_DEFINITE):
        return False
    if fold_word(name) in index("relative_phrases", 4) or is_section(name):
        return False
    return furniture_kind(name) is None
