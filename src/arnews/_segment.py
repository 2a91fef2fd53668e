# Cuts a dump into lines, and reads the shape of a line's folded key (its words, how it ends):
# the raw material every later layout stage classifies.
# Rule: a Line's span is trimmed only of str.isspace() characters (never bidi marks), so blocks
# built from lines cover every non-white-space character of the input once.
"""Line segmentation and line shapes."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import filterfalse

import regex

__all__ = [
    "BREAKS",
    "SHORT_LINES_CACHED",
    "SHORT_LINE_CHARS",
    "TITLE_MAX_CHARS",
    "TITLE_MIN_WORDS",
    "TWIN_MAX_WORDS",
    "Line",
    "count_words",
    "ending",
    "find_lines",
    "first_word",
    "last_word",
    "norm_key",
    "same_line",
]

# Any line break scrapers leave: \r\n, \r, \n, form feed, vertical tab, U+2028/9, NEL.
# A line trimmed as str.strip() trims it (the stdlib's \s is str.isspace(), which every break
# satisfies): from its first to its last non-space character, never across a break.
_LINE_BODY = re.compile(r"\S(?:[^\r\n\f\v\u2028\u2029\x85]*\S)?")
BREAKS = "\n\r\f\v\u2028\u2029\x85"
# Short lines (menus, share bars, labels, stamps) repeat across the pages of a site and of a
# corpus: the checks that read them keep their answers, this many per check and process.
SHORT_LINE_CHARS = 80
TITLE_MAX_CHARS = 200  # the longest headline; a longer line is body text or a menu
TITLE_MIN_WORDS = 3  # the fewest words of a headline
TWIN_MAX_WORDS = 6  # a phrase said twice up to this long is a photo's alt text and caption
SHORT_LINES_CACHED = 8192
NORM_KEYS_CACHED = 8192  # keys norm_key remembers (a page asks each several times)


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line: `start`/`end` trimmed of edge white space; `gap_before` after a blank."""

    start: int
    end: int
    gap_before: bool


def find_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Every non-blank line of `text[start:end]`, in order."""
    stop = len(text) if end is None else end
    if not any(map(text.__contains__, BREAKS[1:])):
        return _split_lines(text, start, stop)
    return _scan_lines(text, start, stop)


def same_line(text: str, start: int, end: int) -> bool:
    """True when no line break lies in text[start:end]."""
    return not any(c in BREAKS for c in text[start:end])


def _split_lines(text: str, start: int, stop: int) -> list[Line]:
    """find_lines for a text whose only break is "\n": str.split and strip, ~2x a regex scan."""
    lines: list[Line] = []
    pos = start
    breaks = 0  # line breaks since the last line
    for piece in text[start:stop].split("\n"):
        if piece and not piece.isspace():
            body = piece.lstrip()
            s = pos + len(piece) - len(body)
            lines.append(Line(s, s + len(body.rstrip()), breaks >= 2 and lines != []))
            breaks = 0
        pos += len(piece) + 1
        breaks += 1
    return lines


def _scan_lines(text: str, start: int, stop: int) -> list[Line]:
    """find_lines for any text: a scan for line bodies between breaks of every kind."""
    lines: list[Line] = []
    last_end = start
    for m in _LINE_BODY.finditer(text, start, stop):
        s, e = m.span()
        gap = lines != [] and _has_blank_line(text, last_end, s)
        lines.append(Line(s, e, gap))
        last_end = e
    return lines


def _has_blank_line(text: str, start: int, end: int) -> bool:
    """True when text[start:end] (white space between two lines) holds two or more breaks."""
    between = text[start:end]
    if len(between) < 2:
        return False
    between = between.replace("\r\n", "\n")
    breaks = between.count("\n") + between.count("\r")
    if breaks >= 2 or between.isascii():
        return breaks >= 2
    return breaks + sum(between.count(c) for c in BREAKS[2:]) >= 2


# --- the shape of a folded line ---------------------------------------------------------------

_COUNT_MAX_CHARS = 200
# A letter or digit: str.isalnum's classes (the stdlib's \w is isalnum() or "_").
_ALNUM = re.compile(r"[^\W_]")
# A token with no letter or digit, after a space or first (tokens split on single spaces).
_JUNK_AFTER_SPACE = re.compile(r" (?:[^\w ]|_)+(?= |$)")
_JUNK_FIRST = re.compile(r"(?:[^\w ]|_)+(?= |$)")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)?")
# From the first to the last character that is not white space, punctuation or a symbol.
_INNER = regex.compile(r"[^\s\p{P}\p{S}](?:.*[^\s\p{P}\p{S}])?", regex.DOTALL)
_CLOSERS = "\"'”’»)]}›"
_STOPS = ".…"
_QUESTIONS = "?؟!"
_COLONS = ":؛;"
_COMMAS = "،,"
# A trailing "(credit)" after a sentence: "... وسط المدينة. (د ب أ)".
_TRAILING_GROUP = regex.compile(r"\([^()\n]{1,40}\)\s*$")


@functools.lru_cache(maxsize=NORM_KEYS_CACHED)
def norm_key(key: str) -> str:
    """A folded key compared as a whole line: lower case, edge punctuation and extra spaces gone."""
    # cached: the title's key is compared with every body line, a line's with several tables
    folded = key.casefold()
    # letters or digits at both edges (most keys): nothing to trim, and the regex (~2 µs on a
    # short key) is skipped; isalnum() characters are never space, punctuation or a symbol
    if folded[:1].isalnum() and folded[-1:].isalnum():
        return " ".join(folded.split())
    m = _INNER.search(folded)
    return " ".join(m.group().split()) if m else ""


def count_words(key: str) -> int:
    """The number of words (tokens holding a letter or digit) in `key`.

    Past 200 characters punctuation-only tokens count too: far above every word limit the
    layout checks.
    """
    if key.isprintable() and "  " not in key:
        # the only white space is single spaces (isprintable() rejects every other kind):
        # count tokens and punctuation-only tokens without splitting
        if not key:
            return 0
        count = key.count(" ") + 1 - key.startswith(" ") - key.endswith(" ")
        if len(key) > _COUNT_MAX_CHARS:
            return count
        # a first character passing isalnum() is \w: no junk token opens the line
        junk_first = not key[0].isalnum() and _JUNK_FIRST.match(key) is not None
        return count - len(_JUNK_AFTER_SPACE.findall(key)) - junk_first
    tokens = key.split()
    if len(key) > _COUNT_MAX_CHARS:
        return len(tokens)
    # Most tokens are plain words (str.isalnum, tested in C); only the others are searched.
    words = len(tokens)
    for token in filterfalse(str.isalnum, tokens):
        if _ALNUM.search(token) is None:
            words -= 1
    return words


def first_word(key: str) -> str:
    """The first word of `key` ("" when it has none)."""
    m = _WORD.search(key)
    return m.group() if m else ""


def last_word(key: str) -> str:
    """The last word of `key`, when nothing but white space follows it ("" otherwise)."""
    stripped = key.rstrip()
    words = _WORD.findall(stripped[-40:])
    if not words:
        return ""
    word: str = words[-1]
    return word if stripped.endswith(word) else ""


def ending(key: str) -> str:
    """How a line ends: "stop", "question", "colon", "comma", "quote", "paren" or "open".

    "quote" is a closing quote or guillemet after a word ("... "لن نتراجع""); "paren" a closing
    bracket after a word ("... (فيديو)"); a trailing "(credit)" after a full stop is a "stop".
    """
    s = key.rstrip()
    if s[-1:] == "_":
        s = s.rstrip("_ ")  # a trailing underscore is decoration ("كل من:_")
    if not s:
        return "open"
    # s is rstripped, so a trailing group must end s (the search is the costly part)
    m = _TRAILING_GROUP.search(s) if s[-1] == ")" else None
    if m is not None:
        before = s[: m.start()].rstrip()
        if before and before[-1] in _STOPS + _QUESTIONS:
            return "stop" if before[-1] in _STOPS else "question"
    last = s[-1]
    if last in _CLOSERS:
        inner = s.rstrip(_CLOSERS + " ")
        if inner and inner[-1] in _STOPS:
            return "stop"
        if inner and inner[-1] in _QUESTIONS:
            return "question"
        return "paren" if last in ")]}" else "quote"
    if last in _STOPS:
        return "stop"
    if last in _QUESTIONS:
        return "question"
    if last in _COLONS:
        return "colon"
    if last in _COMMAS:
        return "comma"
    return "open"
