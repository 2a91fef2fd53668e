# Date bars and stamp lines: a line that is nothing but a date, a time, a labelled date
# ("نشر بتاريخ: ...", "آخر تحديث: ... بتوقيت القاهرة") or a relative stamp ("منذ 3 ساعات") is a
# `header` line; a teaser that ends with one carries a stamp (listing pages).
# Rule: cheap and exact on the folded key: every word of the line must be a date word (month,
# weekday, Hijri month, date label, era/zone/period mark, from the date engineer's lexicons) or
# one place name, and the line must hold a real date signal; dates inside sentences never count.
"""Date-only lines."""

from __future__ import annotations

import functools
import re

import regex

from ._boilerplate import is_section
from ._datetime_grammar import ORDINAL_SUFFIXES, relative_cue_words, trie
from ._fold import fold, fold_word
from ._lexicon import index, table
from ._places import lookup_place
from ._relative import find_relative
from ._segment import SHORT_LINE_CHARS, SHORT_LINES_CACHED
from ._stamp_lines import label_at

__all__ = [
    "ANY_DIGIT",
    "LABEL_LOOK",
    "NUMERIC_DATE",
    "SOURCE_EDGES",
    "YEAR",
    "date_then_relative",
    "ends_with_stamp",
    "is_date_line",
    "is_named_date_line",
    "is_relative_line",
    "opening_relative",
    "opens_with_date_label",
    "opens_with_weekday",
    "relative_then_date",
]

_DATE_LINE_MAX_CHARS = 160
_RELATIVE_MAX_CHARS = 48
_TAIL_CHARS = 48
_PLACE_MAX_WORDS = 3
_LABEL_ONLY_MAX_WORDS = 4
_LABEL_ONLY_MAX_CHARS = 40
SOURCE_EDGES = " \t-–—|/،,"
_WEEKDAY_LOOK = 16  # characters enough for a weekday's name and its comma
LABEL_LOOK = 32  # characters enough for a date label ("تاريخ آخر تحديث")

ANY_DIGIT = re.compile(r"[0-9]")
_TOKEN = regex.compile(r"[\p{L}\p{M}]+|[0-9]+")
# a numeric date: "06/01/2026", "2026-01-06", "2015 05 14"
NUMERIC_DATE = (
    r"[0-9]{1,4}\s*[-/.]\s*[0-9]{1,2}\s*[-/.]\s*[0-9]{1,4}|[0-9]{4} [0-9]{2} [0-9]{2}(?![0-9])"
)
_NUMERIC_DATE = regex.compile(NUMERIC_DATE)
_ISO_STAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?",
    re.IGNORECASE,
)
_CLOCK = regex.compile(r"(?<![0-9])[0-9]{1,2}\s*:\s*[0-9]{2}(?![0-9])")
_RELATIVE_DATE_MAX_CHARS = 90
_STAMP_MAX_CHARS = 32  # "منذ ثلاث ساعات و20 دقيقة": a relative stamp's length, its cue first
_THEN_DATE = regex.compile(r"[ \t]*(?:[-–—|•،,]+|في)[ \t]*")  # "منذ سنتين - <date>"
_RELATIVE_EDGES = " \t-–—|،,:()[]"
# One or two words before a full date line: a site section, a paper or an outlet the lexicons
# do not know ("صيداويات - الإثنين 26 أيار 2025", "الوحدة:21-5-2025", "الوحدة 19-11-2022")
_NAMED_DATE = regex.compile(
    r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*(?P<sep>[-–—|:/،,][ \t]*)?(?=[^\W_]|\()"
)
_NAMED_DATE_MAX_CHARS = 80
YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")  # four digits alone: a year

# (table, columns) holding the words a date line may be made of
_MONTH_TABLES = (("months", 4), ("hijri_months", 3))
_OTHER_TABLES = (("weekdays", 3), ("date_words", 3), ("day_periods", 3))
_LABEL_TABLE = ("date_labels", 3)


def _words_of(name: str, columns: int) -> set[str]:
    out: set[str] = set()
    for row in table(name, columns):
        for variant in row.variants:
            out.update(t.casefold() for t in _TOKEN.findall(fold(variant).key))
    return out


@functools.cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(month words, label words, every date word)."""
    months: set[str] = set()
    for name, columns in _MONTH_TABLES:
        months |= _words_of(name, columns)
    labels = _words_of(*_LABEL_TABLE)
    every = set(months) | labels
    for name, columns in _OTHER_TABLES:
        every |= _words_of(name, columns)
    return frozenset(months), frozenset(labels), frozenset(every)


def _is_place(words: list[str]) -> bool:
    """A place, a zone, or a site section ("سياسة | 24-09-2022, 20:26")."""
    if not words or len(words) > _PLACE_MAX_WORDS:
        return False
    name = " ".join(words)
    if lookup_place(name) is not None or fold_word(name) in index("zones", 3) or is_section(name):
        return True
    # a city and its country side by side: "أبوظبي الإمارات"
    return any(
        lookup_place(" ".join(words[:cut])) is not None
        and lookup_place(" ".join(words[cut:])) is not None
        for cut in range(1, len(words))
    )


def is_date_line(key: str) -> bool:
    """True when the folded line `key` is only a date/time (with labels, marks, one place)."""
    if len(key) > _DATE_LINE_MAX_CHARS:
        return False
    if len(key) <= SHORT_LINE_CHARS:
        return _short_date_line(key)  # short lines repeat across pages: see furniture_kind
    return _date_line(key)


@functools.lru_cache(maxsize=SHORT_LINES_CACHED)
def _short_date_line(key: str) -> bool:
    return _date_line(key)


def _date_line(key: str) -> bool:
    if ANY_DIGIT.search(key) is None and len(key) > _LABEL_ONLY_MAX_CHARS:
        return False  # no date without a digit, and a bare label line is short
    if key[:1].isdigit() and _ISO_STAMP.fullmatch(key.strip()):
        return True  # "2019-12-17T21:00:00Z": its T and Z are no words of a sentence
    months, labels, every = _vocabulary()
    leftovers: list[list[str]] = []
    run: list[str] = []
    has_digit = has_month = has_label = False
    count = 0
    digit_end = -1
    for m in _TOKEN.finditer(key):
        count += 1
        token = m.group().casefold()
        if m.start() == digit_end and token in ORDINAL_SUFFIXES:
            continue  # "27th"
        if token.isdigit():
            has_digit = True
            digit_end = m.end()
        elif token in every:
            has_month = has_month or token in months
            has_label = has_label or token in labels
        else:
            run.append(token)
            if len(run) > _PLACE_MAX_WORDS:
                return False  # a run of other words too long for a place: a sentence
            continue
        if run:
            leftovers.append(run)
            run = []
            if len(leftovers) > 1:
                return False  # words around a date: a sentence
    if count == 0:
        return False
    if run:
        leftovers.append(run)
    if len(leftovers) > 1 or (leftovers and not _is_place(leftovers[0])):
        return False
    if has_digit and (has_month or _NUMERIC_DATE.search(key) or _CLOCK.search(key)):
        return True
    # a label alone, its date on the next line: "نشر بتاريخ:"
    return has_label and not has_digit and not leftovers and count <= _LABEL_ONLY_MAX_WORDS


def is_named_date_line(key: str) -> bool:
    """A date line opened by one or two words that name no place the lexicons know: a site
    section, a paper, an outlet, parted from the date by a mark ("صيداويات - الإثنين 26 أيار
    2025") or before a numeric date ("الوحدة 19-11-2022"). The date must be whole: a day, a
    month and a year, maybe in brackets or after a date label ("OUTLET – نشر في 2021/07/06")."""
    if len(key) > _NAMED_DATE_MAX_CHARS or YEAR.search(key) is None:
        return False  # `search` for a year first: most lines hold none
    m = _NAMED_DATE.match(key)
    if m is None:
        return False
    rest = key[m.end() :]
    if m["sep"] is None and not _NUMERIC_DATE.match(rest):
        return False  # words running into a date written out: a sentence's start
    # the date may be bracketed or labelled: "OUTLET – (8/12/2022)", "OUTLET ـ نشر في 2021/07/06"
    label_end = label_at(rest[:LABEL_LOOK].lower()) if m["sep"] is not None else None
    dated = rest[label_end:].lstrip(" \t:") if label_end else rest.lstrip("([ \t")
    if not (_NUMERIC_DATE.match(dated) or _names_a_month(dated)):
        return False  # a clock or a year alone is no whole date
    return is_date_line(rest)


def _names_a_month(key: str) -> bool:
    months = _vocabulary()[0]
    return any(t.casefold() in months for t in _TOKEN.findall(key))


def opens_with_date_label(key: str) -> bool:
    """Whether the folded line opens with a date label ("تاريخ النشر:", "آخر تحديث")."""
    return label_at(key[:LABEL_LOOK].lstrip().lower()) is not None


@functools.cache
def _relative_cue() -> re.Pattern[str]:
    """Any word opening or closing a relative stamp (lexicon/relative_cues.tsv), as a cheap
    look before the relative grammar runs."""
    before, after = relative_cue_words()
    return re.compile(trie(before + after))


def is_relative_line(key: str) -> bool:
    """True when the folded line `key` is only a relative stamp ("منذ 3 ساعات", "قبل يومين")."""
    if len(key) > _RELATIVE_MAX_CHARS or _relative_cue().search(key) is None:
        return False
    return _relative_line(key)


@functools.lru_cache(maxsize=SHORT_LINES_CACHED)
def _relative_line(key: str) -> bool:
    rel = find_relative(fold(key))
    if rel is None:
        return False
    start, end = rel.span
    return not (key[:start] + key[end:]).strip(_RELATIVE_EDGES)


@functools.lru_cache(maxsize=SHORT_LINES_CACHED)
def opening_relative(key: str) -> int | None:
    """Where a relative stamp opening the folded line `key` ends ("منذ 5 ساعات | أخبار",
    "2 دقيقتين مضت ..."), else None."""
    if len(key) > _RELATIVE_DATE_MAX_CHARS or not _relative_cue().search(key, 0, _STAMP_MAX_CHARS):
        return None
    rel = find_relative(fold(key))
    if rel is None or key[: rel.span[0]].strip():
        return None
    return rel.span[1]


def relative_then_date(key: str) -> int | None:
    """A relative stamp, a separator and the date it stands for: "منذ سنتين - Sunday 07
    November 2021", "منذ سنتين في 01/ديسمبر/2022". Returns where the date starts in `key`."""
    if _relative_cue().match(key) is None:
        return None
    stamp_end = opening_relative(key)
    if stamp_end is None:
        return None
    sep = _THEN_DATE.match(key, stamp_end)
    if sep is None or sep.end() == len(key) or not is_date_line(key[sep.end() :]):
        return None
    return sep.end()


def date_then_relative(key: str) -> int | None:
    """A date, maybe a separator, then a relative stamp ending the line: "الأحد 17 نوفمبر 2024
    | منذ 5 ساعات" (the date and how long ago it was). Returns where the stamp starts in `key`."""
    if len(key) > _RELATIVE_DATE_MAX_CHARS:
        return None
    cue = _relative_cue().search(key)
    # cheap looks first: a digit of the date before the cue, the stamp's few words after it
    if (
        cue is None
        or len(key) - cue.start() > _STAMP_MAX_CHARS
        or not ANY_DIGIT.search(key, 0, cue.start())
    ):
        return None
    rel = find_relative(fold(key))
    if rel is None or key[rel.span[1] :].strip(_RELATIVE_EDGES):
        return None
    head = key[: rel.span[0]].rstrip(_RELATIVE_EDGES)
    if ANY_DIGIT.search(head) is None or not is_date_line(head):
        return None  # "آخر تحديث : منذ 3 سنوات": a label, no date
    return rel.span[0]


def ends_with_stamp(key: str) -> bool:
    """True when a teaser line ends with its own date, time or relative stamp."""
    stripped = key.rstrip(_RELATIVE_EDGES)
    if not stripped or not stripped[-1].isalnum():
        return False  # a sentence ends in punctuation, a stamp in a digit or a unit word
    tail = stripped[-_TAIL_CHARS:]
    if _relative_cue().search(tail) is not None:
        rel = find_relative(fold(tail))
        if rel is not None and not tail[rel.span[1] :].strip(_RELATIVE_EDGES):
            return True
    months, _, every = _vocabulary()
    tokens = [t.casefold() for t in _TOKEN.findall(tail)]
    trailing: list[str] = []
    for token in reversed(tokens):
        if not (token.isdigit() or token in every):
            break
        trailing.append(token)
    has_digit = any(t.isdigit() for t in trailing)
    has_month = any(t in months for t in trailing)
    if has_digit and has_month:
        return True
    if not trailing:
        return False
    # numeric: the trailing date tokens must hold a full numeric date or a clock
    return bool(_NUMERIC_DATE.search(tail[-16:]) or _CLOCK.search(tail[-8:]))


def opens_with_weekday(key: str, pos: int = 0, limit: int | None = None) -> bool:
    """Whether the folded key[pos:limit] opens with a weekday's name ("الخميس 18/أغسطس/2016-
    ...")."""
    stop = pos + _WEEKDAY_LOOK if limit is None else min(limit, pos + _WEEKDAY_LOOK)
    first = key[pos:stop].split(maxsplit=1)
    return bool(first) and first[0].strip(SOURCE_EDGES + ":") in index("weekdays", 3)
