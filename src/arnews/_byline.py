# Bylines: the author credit at the start or end of a body ("كتب - محمد علي", "بقلم: ...",
# "تقرير: ...", "متابعة - ..."), and the person-name runs that the dateline shapes need
# ("طرابلس - سعاد علي:", "محمد علي – بغداد").
# Rule: works on a folded key between `pos` and a line limit; the labels are data
# (lexicon/byline_labels.tsv) and so are the function words a name never holds
# (lexicon/joiners.tsv), and the words of offices and sources a reporter's name never holds
# (lexicon/roles.tsv); a name must end at a separator or at a real line end.
"""Byline labels and author names."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import pairwise

import regex

from ._fold import fold_word
from ._grammar import DASH, DASH_RUN
from ._lexicon import index, table
from ._places import agency_by_key, place_by_key

__all__ = [
    "LABEL_GAP",
    "NameRun",
    "author_name",
    "bare_byline",
    "desk_then_sep",
    "desk_word_end",
    "is_function_word",
    "opens_with_given_name",
    "read_byline",
    "read_label",
    "read_name",
    "writes_words",
]

_BYLINE_COLUMNS = 3  # strength, variants, note
_AFTER = "after"  # the strength of the words that follow a writer's name ("يكتب")
_JOINERS_COLUMNS = 3  # kind, variants, note
_GIVEN_NAMES_COLUMNS = 4  # name_en, gender, variants, note
_TRAILING_DOTS = " .…"
_AUTHOR_MAX_WORDS = 3  # an unlabelled name alone on its line
_LEAD_MARKS = re.compile(rf"[ \t|•*]*(?:{DASH}[ \t]*)?")  # "| عبد الهادي ..."
_ROLES_COLUMNS = 3  # kind, variants, note
_NOT_IN_NAMES = frozenset(
    {"preposition", "conjunction", "particle", "relative", "saying", "not_name"}
)
_NOT_INSIDE_NAMES = frozenset({"conjunction", "particle", "relative", "saying"})
_TITLES = "title"
_NAME_LINK = "name_link"
_MAX_NAME_WORDS = 5
_DEFINITE = "ال"

_SPACE = re.compile(r"[ \t]*")
_NAME_WORD = regex.compile(r"[^\W\d_]{1,2}\.|[^\W\d_]+(?:['’][^\W\d_]+)?")  # "د." or a word
_GAP = re.compile(r"[ \t]+")
_GLUED_NAME = regex.compile(r"[^\W\d_]{3}")  # a name after an honorific's dot, not an initial
LABEL_GAP = re.compile(r"[ \t.]*")  # after a label: "بقلم د. محمد علي" (the abbreviation's dot)
_GLUED_BY = regex.compile(r"By[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?")  # "BySayed", "ByAnn Lee"
_BARE_BYLINE_MAX_CHARS = 48  # a label and a name of two to four words, alone on the line
# A name in Latin letters after an Arabic or English label ("بواسطة John Smith", "By Ann Lee"):
# capitalised words, or one lower-case handle ("بواسطة kibaru"); never an Arabic sentence's
# words, so no first name of the table is needed
_LATIN_NAME = regex.compile(
    r"[A-Z][A-Za-z'’-]*\.?(?:[ \t]+[A-Z][A-Za-z'’-]*\.?){0,3}|[a-z][a-z0-9_.]{2,24}"
)
_END_SEP = re.compile(rf"[ \t]*(?:{DASH_RUN}|[:|،,/])")
_DESK_SEP = re.compile(rf"[ \t]*(?:{DASH_RUN}|/)")  # "خاص / OUTLET"; never "خاص:" (a kicker)
# "كتب -", "بقلم:", and doubled or paired marks: "كتبت//", "بقلم:-"
_LABEL_SEP = re.compile(rf"[ \t]*(?:{DASH_RUN}|[:|/]{{1,2}}(?:{DASH_RUN})?)")
# between two writers' names: a comma, an ampersand, a spaced "و" or a spaced dash
_NICKNAME_MAX_WORDS = 3  # "( ابو نشوان )" after a writer's name
_LISTING_MARKS = frozenset({"،", ",", "&", "و"})  # the marks that list writers; a dash parts more
_CO_AUTHOR_SEP = re.compile(rf"[ \t]*[،,&][ \t]*|[ \t]+و[ \t]+|[ \t]+{DASH_RUN}[ \t]+")
_MAX_CO_AUTHORS = 4


@dataclass(frozen=True, slots=True)
class NameRun:
    """A name at key[start:end]; `stop` is where its terminating separator ends."""

    start: int
    end: int
    stop: int
    words: int


@functools.cache
def _labels() -> tuple[regex.Pattern[str], frozenset[str], frozenset[str]]:
    """An anchored pattern of every byline label, the folded labels that need no separator, and
    the desk labels ("خاص") that only end an outlet's own line."""
    variants: list[str] = []
    strong: set[str] = set()
    desk: set[str] = set()
    for row in table("byline_labels", _BYLINE_COLUMNS):
        if row.fields[0] == _AFTER:
            continue  # "يكتب" follows a name, it never opens a byline
        keys = [fold_word(v) for v in row.variants]
        variants.extend(keys)
        if row.fields[0] == "strong":
            strong.update(keys)
        elif row.fields[0] == "desk":
            desk.update(keys)
    ordered = sorted(set(variants), key=lambda v: (-len(v), v))
    alts = "|".join(regex.escape(v).replace(r"\ ", r"[ \t]+") for v in ordered)
    pattern = regex.compile(rf"(?:{alts})(?![^\W_])", regex.IGNORECASE)
    return pattern, frozenset(strong), frozenset(desk)


@functools.cache
def writes_words() -> frozenset[str]:
    """The folded words that follow a writer's name in a column's headline ("يكتب", "تكتب")."""
    return frozenset(
        fold_word(v) for row in table("byline_labels", _BYLINE_COLUMNS)
        if row.fields[0] == _AFTER for v in row.variants
    )  # fmt: skip


@functools.cache
def _function_words() -> dict[str, frozenset[str]]:
    """Folded function words by joiners.tsv kind (preposition, particle, saying, title...)."""
    kinds: dict[str, set[str]] = {}
    for row in table("joiners", _JOINERS_COLUMNS):
        kinds.setdefault(row.fields[0], set()).update(fold_word(v) for v in row.variants)
    return {kind: frozenset(words) for kind, words in kinds.items()}


@functools.cache
def _roles() -> frozenset[str]:
    """Folded words naming an office or a source (lexicon/roles.tsv)."""
    return frozenset(fold_word(v) for row in table("roles", _ROLES_COLUMNS) for v in row.variants)


def is_function_word(word: str, *, titles: bool = True) -> bool:
    """True for a preposition, particle, saying verb..., and unless `titles=False` for an
    honorific or a word naming an office or a source ("وزير", "مصادر")."""
    key = fold_word(word)
    kinds = _function_words()
    wanted = _NOT_IN_NAMES | ({_TITLES} if titles else set())
    if any(key in kinds.get(kind, frozenset()) for kind in wanted):
        return True
    return titles and key in _roles()


def opens_with_given_name(key: str, words: list[tuple[int, int]]) -> bool:
    """True when the words (spans into `key`) open with a first name of
    lexicon/given_names.tsv: one word ("مجدي", "علي") or two ("عبد الله", "نور الدين"), maybe
    after an abbreviated honorific ("د. مجدي")."""
    names = index("given_names", _GIVEN_NAMES_COLUMNS)
    if len(words) > 1 and key[words[0][1] - 1 : words[0][1]] == ".":
        words = words[1:]  # "أ. سناء", "د.سامر": the first name after the honorific
    if fold_word(key[words[0][0] : words[0][1]]) in names:
        return True
    return len(words) > 1 and fold_word(key[words[0][0] : words[1][1]]) in names


def _inner_word_ok(word: str) -> bool:
    """A word inside a name: prepositions pass, since "علي" (Ali) folds like "على" (on)."""
    key = fold_word(word)
    kinds = _function_words()
    return not any(key in kinds.get(kind, frozenset()) for kind in _NOT_INSIDE_NAMES)


def desk_word_end(key: str, pos: int, limit: int) -> int | None:
    """Where a desk label ("خاص") opening key[pos:limit] ends, before the outlet that follows
    it ("خاص جهينة نيوز"), else None."""
    pattern, _, desk = _labels()
    m = pattern.match(key, pos, limit)
    return m.end() if m is not None and fold_word(m.group()) in desk else None


def desk_then_sep(key: str, pos: int, limit: int) -> int | None:
    """Where a desk label opening key[pos:limit] and the slash or dash after it end ("خاص / "
    before an outlet's name), else None. After a colon or a bar the label is a headline's
    kicker ("خاص: ...")."""
    end = desk_word_end(key, pos, limit)
    sep = _DESK_SEP.match(key, end, limit) if end is not None else None
    return sep.end() if sep is not None else None


def read_label(
    key: str, pos: int, limit: int, *, alone: bool = False, bare: bool = False
) -> int | None:
    """The end of a byline label and its separator opening key[pos:limit], or None.

    "كتب -", "بقلم:" and "بقلم" (a strong label needs no separator); with `alone`, also a label
    that ends the line by itself ("الرباط اليوم: متابعة"), the only place a desk label counts.
    """
    pattern, strong, desk = _labels()
    m = pattern.match(key, pos, limit)
    if m is None:
        return None
    if fold_word(m.group()) in desk:  # "حيروت- خاص": only ending the outlet's line
        return m.end() if alone and not key[m.end() : limit].strip(" \t.:") else None
    sep = _LABEL_SEP.match(key, m.end(), limit)
    if sep is not None:
        return sep.end()
    if bare or fold_word(m.group()) in strong:
        return m.end()
    if alone and not key[m.end() : limit].strip():
        return m.end()
    return None


def read_name(
    key: str,
    pos: int,
    limit: int,
    eol: bool,
    *,
    labelled: bool,
    min_words: int = 1,
    given_first: bool = False,
) -> NameRun | None:
    """A person's name at key[pos:limit] ending at a separator or a real line end.

    An unlabelled name ("سعاد علي" in "طرابلس - سعاد علي:") holds two to four words, none a
    function or title word, the first without the article "ال". With `given_first`, the name
    must open with a first name of lexicon/given_names.tsv.
    """
    words: list[tuple[int, int]] = []
    at = pos
    while len(words) < _MAX_NAME_WORDS:
        m = _NAME_WORD.match(key, at, limit)
        if m is None:
            break
        words.append(m.span())
        gap = _GAP.match(key, m.end(), limit)
        if gap is None and key[m.end() - 1 : m.end()] == "." and _GLUED_NAME.match(key, m.end()):
            at = m.end()  # "أ.سناء", "د.سامر": an honorific glued to the name (never "أ.ف.ب")
            continue
        if gap is None:
            break
        at = gap.end()
    if not words or (len(words) > 1 and words[-1][1] - words[-1][0] < 2):
        return None  # "علي ا": a name cut short, never a surname of one letter
    end = words[-1][1]
    stop = _terminator(key, end, limit, eol)
    if stop is None:
        return None
    first = key[words[0][0] : words[0][1]]
    links = _function_words().get(_NAME_LINK, frozenset())
    for (s0, e0), (s, e) in pairwise(words):
        if fold_word(key[s0:e0]) not in links and not _inner_word_ok(key[s:e]):
            return None
    # A first name of the lexicon opens a name even where it folds like a preposition (علي,
    # على) or carries the article (المصطفى)
    given = opens_with_given_name(key, words)
    if given_first and not given:
        return None
    if not labelled:
        if not 2 <= len(words) <= 4 or (first.startswith(_DEFINITE) and not given):
            return None
        if (is_function_word(first) and not given) or any(
            fold_word(key[s:e]) in _roles() for s, e in words
        ):
            return None
    elif len(words) < min_words or (is_function_word(first, titles=False) and not given):
        return None
    return NameRun(words[0][0], end, stop, len(words))


def author_name(key: str, pos: int, limit: int, eol: bool) -> NameRun | None:
    """An author's name with no label ("عصام الفلاني", "| عبد الهادي الفلاني"): two or three
    words opening with a first name of lexicon/given_names.tsv, a leading bar or dash skipped."""
    lead = _LEAD_MARKS.match(key, pos, limit)
    at = lead.end() if lead is not None else pos
    name = read_name(key, at, limit, eol, labelled=False, given_first=True)
    return name if name is not None and name.words <= _AUTHOR_MAX_WORDS else None


def _terminator(key: str, end: int, limit: int, eol: bool) -> int | None:
    after = _SPACE.match(key, end, limit)
    at = after.end() if after is not None else end
    if at >= limit or (eol and not key[at:limit].strip(_TRAILING_DOTS)):
        return (limit if at < limit else end) if eol else None  # "كتبت – هناء علي.."
    sep = _END_SEP.match(key, end, limit)
    return sep.end() if sep is not None else None


def bare_byline(key: str) -> NameRun | None:
    """A whole line that is a label and a name with no separator between them, the name
    opening with a first name of given_names.tsv: "كتب محمد علي", "كتبت سعاد حسن" (never
    "كتب التاريخ المدرسية"), or written in Latin letters: "بواسطة John Smith", "By Ann Lee",
    even glued to "By" ("BySayed")."""
    limit = len(key.rstrip())
    if limit > _BARE_BYLINE_MAX_CHARS:
        return None
    label_end = read_label(key, 0, limit, bare=True)
    if label_end is None:
        glued = _GLUED_BY.match(key, 0, limit)  # "BySayed": a theme lost the space
        return NameRun(2, limit, limit, 1) if glued is not None and glued.end() == limit else None
    start = LABEL_GAP.match(key, label_end, limit)
    at = start.end() if start else label_end
    name = read_name(key, at, limit, True, labelled=False, min_words=2, given_first=True)
    if name is not None and name.stop >= limit:
        return name
    latin = _LATIN_NAME.match(key, at, limit)
    if latin is None or latin.end() != limit:
        return None
    return NameRun(at, limit, limit, len(key[at:limit].split()))


def read_byline(key: str, pos: int, limit: int, eol: bool, *, bare: bool = False) -> NameRun | None:
    """A labelled byline opening key[pos:] ("كتب - محمد علي"): its name, or None (never a
    known place's name).

    With `bare`, any label may stand without its separator ("كتب سامر حسن -"): for places where
    a byline is expected, such as right after a dateline's date.
    """
    label_end = read_label(key, pos, limit, bare=bare)
    if label_end is None:
        return None
    start = LABEL_GAP.match(key, label_end, limit)
    at = start.end() if start else label_end
    again = read_label(key, at, limit)  # "تغطية: بواسطة: NAME": a second label, never a name
    if again is not None:
        start = LABEL_GAP.match(key, again, limit)
        at = start.end() if start else again
    name = (
        _co_authors(key, at, limit, eol)
        or read_name(key, at, limit, eol, labelled=True)
        or _name_then_nickname(key, at, limit, eol)
    )
    if name is not None and place_by_key(key[name.start : name.end]) is not None:
        return None  # "متابعات/ بغداد/ ...": the desk's word and the place, no writer
    return name


def _name_then_nickname(key: str, at: int, limit: int, eol: bool) -> NameRun | None:
    """ "بقلم / محمد علي( ابو نشوان )": a writer's name and the nickname in brackets closing
    the line (one to three words): the name, the bracket with it."""
    end = len(key[:limit].rstrip())
    if not eol or key[end - 1 : end] != ")":
        return None
    paren = key.rfind("(", at, end)
    inner = key[paren + 1 : end - 1].strip()
    if paren <= at or not 1 <= len(inner.split()) <= _NICKNAME_MAX_WORDS:
        return None
    if place_by_key(inner) is not None or agency_by_key(inner) is not None:
        return None  # "(بغداد)", "(واع)": a place or a credit, read by the dateline's rules
    name = read_name(key, at, paren, True, labelled=True)
    if name is None or key[name.stop : paren].strip():
        return None
    return NameRun(name.start, name.end, end, name.words)


def _second_writer(key: str, name: NameRun | None, limit: int, dashed: bool = False) -> bool:
    """Whether a name read after a writer's is another writer's: no label opens it ("مراسل
    الجزيرة") and it names no known place ("بغداد الجديدة"); after a dash, a first name of
    given_names.tsv opens it ("سامر علي – فرسان الرياضة": the writer, then his paper)."""
    if name is None or read_label(key, name.start, limit, bare=True) is not None:
        return False
    if dashed and not opens_with_given_name(
        key, [m.span() for m in _NAME_WORD.finditer(key, name.start, name.end)]
    ):
        return False
    first_word = key[name.start : name.end].split(maxsplit=1)[0]
    return place_by_key(first_word) is None and place_by_key(key[name.start : name.end]) is None


def _co_authors(key: str, pos: int, limit: int, eol: bool) -> NameRun | None:
    """Two to four writers' names filling the rest of a byline's line, parted by "و", a comma or
    a dash ("سامر علي و محمد حسن", "سامر علي – محمد حسن"): one run over them all. Each name
    is a person's (two to four words, no office, no "ال" opening it)."""
    if not eol:
        return None
    seps = list(_CO_AUTHOR_SEP.finditer(key, pos, limit))
    if not seps or len(seps) >= _MAX_CO_AUTHORS:
        return None
    first: NameRun | None = None
    words = 0
    dashed = False  # the name read next follows a dash
    for sep in seps:
        name = read_name(key, pos, sep.start(), True, labelled=False)
        if name is None or (first is not None and not _second_writer(key, name, limit, dashed)):
            return None
        first = first or name
        words += name.words
        pos = sep.end()
        dashed = sep.group().strip() not in _LISTING_MARKS
    last = read_name(key, pos, limit, eol, labelled=False)
    if first is None or last is None or not _second_writer(key, last, limit, dashed):
        return None
    return NameRun(first.start, last.end, last.stop, words + last.words)
