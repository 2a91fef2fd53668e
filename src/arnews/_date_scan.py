# Where date atoms can start: each word of the folded key is looked up once in a table of the
# words that can open an atom (built from the lexicons); only digits and those words are handed
# to the few patterns (_datetime_grammar.py) of the kinds they can open.
# Rule: a scan is linear in the text and never tries the whole grammar at every position; a
# conjunction "و" joined to an opener ("ومنذ ساعتين") is stepped over.
"""The scan for date, time and relative-time atoms."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

from ._datetime_grammar import month_keys, number_keys, patterns, role_words
from ._lexicon import index

__all__ = ["scan_atoms"]

_TOKEN = re.compile(r"\w+")
# Digits glued to letters ("الخميس03اكتوبر2024") are tokens of their own: such a word is
# re-read part by part (most words are all letters or all digits: one C-level test each)
_PART = re.compile(r"[^\W\d_]+|\d+|_+")
_ASCII_DIGITS = frozenset("0123456789")
_NUMERIC_SEPARATORS = frozenset("/.-\u2013")
_COMMAS = frozenset(",\u060c")
_YEAR_DIGITS = 4
_CONJUNCTION = "و"  # "and", written joined to the next word
_ORDINAL_KINDS = ("ordinal", "ordinal_unit", "ordinal_ten")
T = TypeVar("T")

_KIND_ORDER = ("num", "greg", "mdy", "hij", "time", "week", "zone", "link", "rel")


@functools.cache
def _openers() -> dict[str, tuple[str, ...]]:
    """First word (folded, lower case) -> the atom kinds that can start with it, in order."""
    ordinals = number_keys(*_ORDINAL_KINDS)
    sources: dict[str, list[str]] = {
        "greg": [*ordinals, *role_words("date_words", "first_day")],
        "hij": list(ordinals),
        "mdy": list(month_keys("english")),
        "time": list(role_words("date_words", "time_prefix")),
        "week": [*index("weekdays", 3), *role_words("date_words", "weekday_prefix")],
        "greg+": [*index("weekdays", 3), *role_words("date_words", "weekday_prefix")],
        "zone": [*role_words("date_words", "zone_prefix"), *role_words("date_words", "utc")],
        "link": list(role_words("date_words", "dual_link")),
        "rel": [
            *index("relative_phrases", 4),
            *role_words("relative_cues", "before"),
            *role_words("relative_cues", "about"),
            *index("numbers", 4),
            *index("time_units", 4),
        ],
    }
    out: dict[str, set[str]] = {}
    for kind, keys in sources.items():
        for key in keys:
            first = _TOKEN.match(key)
            if first is not None:  # "greg+": a written date opening with its weekday
                out.setdefault(first.group().lower(), set()).add(kind.rstrip("+"))
    return {word: tuple(k for k in _KIND_ORDER if k in kinds) for word, kinds in out.items()}


def _digit_kinds(key: str, at: int) -> tuple[str, ...]:
    """The kinds an atom opening with the number at `at` can be, from the character after it."""
    end = len(key)
    first = at
    while at < end and key[at] in _ASCII_DIGITS:
        at += 1
    digits = at - first
    while at < end and key[at] == " ":
        at += 1
    after = key[at] if at < end else ""
    if after in _COMMAS:  # "31, July 2025", "6، يناير 2026": a written date may follow
        at += 1
        while at < end and key[at] == " ":
            at += 1
        return ("greg", "hij") if at < end and key[at].isalpha() else ()
    if after == ":":
        return ("time",)
    if after in _NUMERIC_SEPARATORS:
        return ("num", "greg", "hij")
    if after.isalpha():
        return ("greg", "hij", "time", "rel")
    if digits == _YEAR_DIGITS and after in _ASCII_DIGITS:
        return ("num",)  # "2015 05 14": a year first, spaces between
    return ()


def scan_atoms(
    key: str,
    readers: Mapping[str, Callable[[re.Match[str], str], T | None]],
    *,
    start: int = 0,
) -> Iterator[T]:
    """What `readers` make of every atom in `key`, in order, tried only where one can start.

    Each word is looked up once in a table of the words that can open an atom; only digits and
    those words are handed to the (few) patterns of the kinds they can open. `readers` maps a
    kind to what reads its match (None: not one after all, and the next kind is tried); kinds
    without a reader are not tried.
    """
    openers = _openers()
    compiled = patterns()
    search = _TOKEN.search
    pos = start
    while (token := search(key, pos)) is not None:
        at = token.start()
        word = token.group()
        pos = token.end()
        if not (word.isalpha() or word.isdigit()):
            part = _PART.match(key, at)
            if part is not None:
                word, pos = part.group(), part.end()
        if word[0] in _ASCII_DIGITS:
            kinds = _digit_kinds(key, at)
        else:
            kinds = openers.get(word) or openers.get(word.lower(), ())
            if not kinds and word[0] == _CONJUNCTION and len(word) > 2:  # "ومنذ ساعتين"
                kinds = openers.get(word[1:], ())
                at += 1
        for kind in kinds:
            reader = readers.get(kind)
            if reader is None:
                continue
            m = compiled[kind].match(key, at)
            if m is None:
                continue
            found = reader(m, key)
            if found is not None:
                pos = m.end()
                yield found
                break
