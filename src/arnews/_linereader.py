# One line of a folded key, read left to right for the opening shapes: words, brackets,
# separators, and a place that ends where a dateline may end.
# Rule: every reader is anchored at a position and stops at the line's limit; repetitions are
# bounded (five words, brackets of sixty characters), so reading a line is linear in its length.
"""A reader over the first line of a folded key."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from ._boilerplate import is_section
from ._byline import is_function_word
from ._credits import BRACKETS
from ._fold import Folded
from ._grammar import DASH_RUN
from ._places import PlaceEntry, place_by_key, place_heads

__all__ = [
    "CREDIT_SEP",
    "CREDIT_TOKEN",
    "DATE",
    "IN",
    "MAX_UNKNOWN_PLACE_WORDS",
    "OPEN_BRACKETS",
    "SEP",
    "SLASH",
    "TOKEN",
    "WORD",
    "Line",
    "Span",
    "make_line",
    "place_then_end",
]

Span = tuple[int, int]

_MAX_WORDS = 5
_MAX_PLACE_WORDS = 4
MAX_UNKNOWN_PLACE_WORDS = 2
_TATWEEL = "\u0640"
IN = "في"
OPEN_BRACKETS = "([{"  # brackets that may hold a credit the lexicon does not know
_SPACE = re.compile(r"[ \t]*")
WORD = regex.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")  # letters: a place
TOKEN = regex.compile(r"[^\W_]+(?:['’][^\W_]+)?")  # letters or digits: an outlet ("كوردستان24")
# a credit's words: TOKEN, or dotted initials as one token ("أ.ف.ب", "د.ب.أ")
CREDIT_TOKEN = regex.compile(r"(?:[^\W\d_]\.){1,3}[^\W\d_](?![^\W_])\.?|[^\W_]+(?:['’][^\W_]+)?")
SLASH = re.compile(r"[ \t]*/[ \t]*")  # a slash between two parts of a line
# a colon may carry a dash after it: "OUTLET :-", "PLACE:- ..."
SEP = re.compile(rf"[ \t]*(?::[ \t]*{DASH_RUN}|{DASH_RUN}|[:|/])")
CREDIT_SEP = re.compile(rf"[ \t]*(?::[ \t]*{DASH_RUN}|{DASH_RUN}|[:|])")
_PLACE_END = re.compile(rf"[ \t]*(?:{DASH_RUN}|[:|.،,])")
# "/أ ش أ/" and the doubled "// وكالة الصحافة اليمنية //" alike
_BRACKET = re.compile(
    r"(?P<open>[(\[{«]|/{1,2})[ \t]*(?P<body>[^()\[\]{}«»/\n]{1,60}?)[ \t]*(?:[)\]}»]|/{1,2})"
)
# A credit in quotation marks after the place ("الدوحة- “القدس العربي”:"), as in a bracket
_QUOTED = re.compile(r'(?P<open>[“"])[ \t]*(?P<body>[^“”"\n]{1,60}?)[ \t]*[”"]')
# A date between the place and the credit ("في 14 يونيو", "- 6 - 1", "23 يوليو تموز") ends
# where the credit's bracket opens; the date grammar reads it later (_stamps.py).
_DATE_BODY = r"(?P<date>[0-9][^()\[\]{}«»/\n]{0,40}?)"
DATE = re.compile(rf"(?:(?:{DASH_RUN}|{IN})[ \t]+)?{_DATE_BODY}[ \t]*(?=[(\[{{«/])")


# Up to five words parted by spaces, each a group, in one match (a match per word and per gap
# cost ten calls): the groups are nested, so a word is read only after the one before it.
_GROUPS = range(1, _MAX_WORDS + 1)


@functools.cache
def _word_run(word: regex.Pattern[str]) -> regex.Pattern[str]:
    """`word` up to five times, parted by spaces or tabs; group n holds the n-th word."""
    if word.groups:
        raise ValueError("a word pattern holds no capturing group")
    one = f"({word.pattern})"
    run = (one + "(?:[ \t]+") * (_MAX_WORDS - 1) + one + ")?" * (_MAX_WORDS - 1)
    return regex.compile(run, word.flags)


@dataclass(frozen=True, slots=True)
class Line:
    """The first line of a folded key: `limit` ends it; `eol` says it is a real line end."""

    key: str
    limit: int
    eol: bool
    tatweels: frozenset[int] = frozenset()  # key positions of a dash that was a tatweel
    # words() by (position, pattern): a dozen readers ask the same line for its words
    _read: dict[tuple[int, regex.Pattern[str]], list[Span]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def skip(self, pos: int) -> int:
        """The first position at or after `pos` that is not a space or tab."""
        m = _SPACE.match(self.key, pos, self.limit)
        return m.end() if m is not None else pos

    def closes(self, pos: int) -> bool:
        """Nothing but spaces and a full stop from `pos` to a real line end ("النهار24 .")."""
        return self.eol and not self.key[pos : self.limit].strip(" \t.")

    def at_end(self, pos: int) -> bool:
        """Nothing but spaces from `pos` to a real line end."""
        return self.eol and self.skip(pos) >= self.limit

    def words(self, pos: int, pattern: regex.Pattern[str] = WORD) -> list[Span]:
        """Up to five words from `pos`, separated by spaces only (the list is shared: never
        change it)."""
        read = self._read.get((pos, pattern))
        if read is not None:
            return read
        m = _word_run(pattern).match(self.key, pos, self.limit)
        out = [] if m is None else [m.span(g) for g in _GROUPS if m.start(g) >= 0]
        self._read[(pos, pattern)] = out
        return out

    def known_places(self, pos: int, words: list[Span]) -> Iterator[tuple[Span, PlaceEntry]]:
        """The known places opening key[pos:] over `words` (this line's words from `pos`),
        longest first: "الدار البيضاء" before "الدار"."""
        if not words or self.key[pos : words[0][1]].lower() not in place_heads():
            return  # most lines open with a word no place opens with
        for n in range(min(len(words), _MAX_PLACE_WORDS), 0, -1):
            entry = place_by_key(self.key[pos : words[n - 1][1]])
            if entry is not None:
                yield (pos, words[n - 1][1]), entry

    def bracket(self, pos: int) -> re.Match[str] | None:
        """A bracketed group at `pos` whose brackets pair: "(رويترز)", "/أ ش أ/", "«...»"."""
        m = _BRACKET.match(self.key, pos, self.limit)
        if m is None or BRACKETS[m["open"][0]] != self.key[m.end() - 1]:
            return None
        if m["open"] == "//" and self.key[m.end() - 2 : m.end()] != "//":
            return None  # a doubled slash closes doubled
        return m

    def quoted(self, pos: int) -> re.Match[str] | None:
        """A group in quotation marks at `pos` ("“القدس العربي”", straight quotes alike)."""
        return _QUOTED.match(self.key, pos, self.limit)

    def bracketed_place(self, pos: int) -> tuple[Span, PlaceEntry, int] | None:
        """A known place in round or square brackets at `pos` ("(نواكشوط)"): its span, its entry
        and where the bracket ends."""
        br = self.bracket(self.skip(pos))
        if br is None or br["open"] not in OPEN_BRACKETS:
            return None
        raw = self.key[br.start("body") : br.end("body")]
        entry = place_by_key(raw.strip())
        if entry is None:
            return None
        start = br.start("body") + len(raw) - len(raw.lstrip())
        return (start, start + len(raw.strip())), entry, br.end()

    def plain(self, words: list[Span]) -> bool:
        """No word is a function word or names an office ("في", "وزير")."""
        return not any(is_function_word(self.key[s:e]) for s, e in words)


def make_line(folded: Folded, limit: int, eol: bool) -> Line:
    """The reader over `folded.key[:limit]`, knowing which dashes were tatweels."""
    key = folded.key
    tatweels: frozenset[int] = frozenset()
    if _TATWEEL in folded.text[folded.base : folded.offset(limit)]:
        dashes = (i for i, ch in enumerate(key[:limit]) if ch == "-")
        tatweels = frozenset(i for i in dashes if folded.text[folded.offset(i)] == _TATWEEL)
    return Line(key, limit, eol, tatweels)


def place_then_end(
    line: Line, pos: int, *, unknown: bool
) -> tuple[Span, PlaceEntry | None, int] | None:
    """A place ending at a separator, a full stop or the line end: (span, entry, stop).

    A known place may end at a full stop ("أفريقيا برس – تونس. ..."); with `unknown`, one or
    two plain words ending at a separator or the line end are a place not in the gazetteer.
    """
    words = line.words(pos)
    for span, entry in line.known_places(pos, words):
        stop = _end_of_place(line, span[1], full_stop=True)
        if stop is not None:
            return span, entry, stop
    if (
        unknown
        and 0 < len(words) <= MAX_UNKNOWN_PLACE_WORDS
        and line.plain(words)
        and not is_section(line.key[pos : words[-1][1]])  # "بغداد بوست - أخبار العراق -"
    ):
        stop = _end_of_place(line, words[-1][1], full_stop=False)
        if stop is not None:
            return (pos, words[-1][1]), None, stop
    return None


def _end_of_place(line: Line, end: int, *, full_stop: bool) -> int | None:
    if line.at_end(end):
        return end
    m = _PLACE_END.match(line.key, end, line.limit)
    if m is None:
        # "عبد الحسين بريسم / العمارة/": a slash closing the line closes the place too
        m = SLASH.match(line.key, end, line.limit)
        return m.end() if m is not None and line.at_end(m.end()) else None
    if not full_stop and m.group().strip() in ".،,":
        return None
    return m.end()
