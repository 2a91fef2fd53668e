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

from ._boilerplate import is_section, page_stats
from ._byline import desk_word_end, read_byline
from ._credits import closing_line, outlet_shaped, trim_span
from ._dates import scan_dates
from ._datetime_grammar import ORDINAL_SUFFIXES
from ._fold import fold, fold_key, fold_word
from ._lexicon import index, table
from ._places import lookup_place
from ._relative import find_relative
from ._segment import SHORT_LINE_CHARS, SHORT_LINES_CACHED
from ._stamp_lines import label_at

__all__ = [
    "ANY_DIGIT",
    "NUMERIC_DATE",
    "YEAR",
    "date_then_relative",
    "date_then_tail",
    "ends_with_stamp",
    "glued_update_meta",
    "is_date_line",
    "is_named_date_line",
    "is_relative_line",
    "opens_with_weekday",
    "outlet_tail",
    "relative_then_date",
]

_DATE_LINE_MAX_CHARS = 160
_RELATIVE_MAX_CHARS = 48
_TAIL_CHARS = 48
_PLACE_MAX_WORDS = 3
_LABEL_ONLY_MAX_WORDS = 4
_LABEL_ONLY_MAX_CHARS = 40
_DATE_SOURCE_MAX_CHARS = 100
_DATE_STATS_MAX_CHARS = 160
_WRITER_MIN_WORDS = 2  # a writer after the date: "كتبت سعاد حسن", never "تقرير خاص"
_SOURCE_EDGES = " \t-–—|/،,"
_WEEKDAY_LOOK = 16  # characters enough for a weekday's name and its comma
_LABEL_LOOK = 32  # characters enough for a date label ("تاريخ آخر تحديث")

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
_RELATIVE_CUE = regex.compile(r"منذ|قبل|مضت|مضى")
# WordPress meta with its tags stripped and nothing between them: the author's name, the date
# (day month year) and the update label glued on ("مدير الموقع8 يوليو 2025آخر تحديث :")
_GLUED_UPDATE = regex.compile(
    r"(?P<date>(?<![0-9])[0-9]{1,2} [^\W\d_]+(?: [^\W\d_]+)?,? [0-9]{4})(?P<update>اخر تحديث)?"
)
_LETTER_THEN_DIGIT = re.compile(r"[^\W\d_][0-9]")
_GLUED_META_MAX_CHARS = 120
_RELATIVE_DATE_MAX_CHARS = 90
_STAMP_MAX_CHARS = 32  # "منذ ثلاث ساعات و20 دقيقة": a relative stamp's length, its cue first
_TAIL_PART = re.compile(r"[^|,،]+")  # a part between bars and commas
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
    label_end = label_at(rest[:_LABEL_LOOK].lower()) if m["sep"] is not None else None
    dated = rest[label_end:].lstrip(" \t:") if label_end else rest.lstrip("([ \t")
    if not (_NUMERIC_DATE.match(dated) or _names_a_month(dated)):
        return False  # a clock or a year alone is no whole date
    return is_date_line(rest)


def _names_a_month(key: str) -> bool:
    months = _vocabulary()[0]
    return any(t.casefold() in months for t in _TOKEN.findall(key))


def is_relative_line(key: str) -> bool:
    """True when the folded line `key` is only a relative stamp ("منذ 3 ساعات", "قبل يومين")."""
    if len(key) > _RELATIVE_MAX_CHARS or _RELATIVE_CUE.search(key) is None:
        return False
    return _relative_line(key)


@functools.lru_cache(maxsize=SHORT_LINES_CACHED)
def _relative_line(key: str) -> bool:
    rel = find_relative(fold(key))
    if rel is None:
        return False
    start, end = rel.span
    return not (key[:start] + key[end:]).strip(_RELATIVE_EDGES)


def relative_then_date(key: str) -> int | None:
    """A relative stamp, a separator and the date it stands for: "منذ سنتين - Sunday 07
    November 2021", "منذ سنتين في 01/ديسمبر/2022". Returns where the date starts in `key`."""
    if len(key) > _RELATIVE_DATE_MAX_CHARS or _RELATIVE_CUE.match(key) is None:
        return None
    rel = find_relative(fold(key))
    if rel is None or rel.span[0] != 0:
        return None
    sep = _THEN_DATE.match(key, rel.span[1])
    if sep is None or sep.end() == len(key) or not is_date_line(key[sep.end() :]):
        return None
    return sep.end()


def date_then_relative(key: str) -> int | None:
    """A date, maybe a separator, then a relative stamp ending the line: "الأحد 17 نوفمبر 2024
    | منذ 5 ساعات" (the date and how long ago it was). Returns where the stamp starts in `key`."""
    if len(key) > _RELATIVE_DATE_MAX_CHARS:
        return None
    cue = _RELATIVE_CUE.search(key)
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
    if _RELATIVE_CUE.search(tail) is not None:
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


def date_then_tail(text: str, start: int, end: int, key: str) -> tuple[int, int, str] | None:
    """A line that opens with the page's date and ends with something else about the page:
    (where the date ends, where the tail starts, the tail's role), else None.

    - its source, role "source": "2019-03-19 04:30:07 أخبار اليوم/ متابعات", "06/01/2026 |
      المصدر: وكالات" (the line opens with a digit or a weekday; after a labelled date, only a
      labelled source: "التاريخ: 2021-05-21 المصدر: ...");
    - its writer, role "byline": "الجمعة 10-03-2017 16:53 | كتب: سامر علي |" (the tail is
      then a line of its own, for the credits to read);
    - its counters, role "comments": "الأحد 12 مايو 2024 - 10:15 ص | 543 مشاهدة", "تاريخ الإضافة
      السبت 12 آب 2023 - 2:43 ص عدد الزيارات 699 التعليقات 0" (a date label may open it).

    `key` is the folded line. The separators between the date and the tail go with the date.
    """
    if len(key) > _DATE_STATS_MAX_CHARS:
        return None
    if not key[:1].isdigit():
        # a cheap look at the first letters spares most lines opens_with_weekday and label_at
        head = key.lstrip().lstrip(_SOURCE_EDGES + ":")[:3].lower()
        heads = _heads()
        if not (head in heads or head[:2] in heads or head[:1] in heads):
            return None  # no weekday's name or date label can open the line
    plain = key[:1].isdigit() or opens_with_weekday(key)
    if not plain and label_at(key[:_LABEL_LOOK].lstrip().lower()) is None:
        return None
    found = scan_dates(fold(text, start, end)).matches
    if not found or found[0].date is None:
        return None
    before = fold_key(text, start, found[0].span[0]).strip(_SOURCE_EDGES + ":").lower()
    if before and label_at(before) != len(before):
        return None  # only a label may stand before the date
    date_end = found[0].span[1]
    tail_start = end - len(text[date_end:end].lstrip(_SOURCE_EDGES))
    if tail_start >= end:
        return None
    tail = fold_key(text, tail_start, end)
    if page_stats(tail):
        return date_end, tail_start, "comments"
    if len(key) > _DATE_SOURCE_MAX_CHARS:
        return None
    rest = tail.strip(_SOURCE_EDGES)
    labelled_source = closing_line(rest) if rest and before else None
    if labelled_source is not None and labelled_source[0] == "source":
        return date_end, tail_start, "source"  # "التاريخ: 2021-05-21 المصدر: شبكة شينخوا"
    if plain and not before and rest and (closing_line(rest) or outlet_tail(rest)):
        return date_end, tail_start, "source"  # "... 05 مساءً / سهيل نت": the outlet
    if plain or before:
        # "... 16:53 | كتب: NAME |", "تم الإرسال في DATE بواسطة NAME": a label opens the writer
        writer = read_byline(tail, 0, len(tail), True, bare=True) if rest else None
        if writer is not None and writer.words >= _WRITER_MIN_WORDS:
            return date_end, tail_start, "byline"
    return None


def glued_update_meta(key: str) -> tuple[int, int, int | None] | None:
    """WordPress meta glued into one line: "مدير الموقع8 يوليو 2025آخر تحديث :" (author, date,
    update label and its value, if any), or the author and the date alone ("سامي3 سبتمبر
    2023"). Returns the key offsets where the date starts and ends and where the update part
    starts (None without one), else None."""
    if len(key) > _GLUED_META_MAX_CHARS or not ("20" in key or "19" in key):
        return None  # `in` is far cheaper than a regex scan: most lines print no year
    glued = _LETTER_THEN_DIGIT.search(key)
    if glued is None:
        return None
    m = _GLUED_UPDATE.search(key, glued.start() + 1)
    if m is None or not is_date_line(m["date"]):
        return None
    if m["update"] is None and (m.start() != glued.start() + 1 or key[m.end() :].strip()):
        return None  # the author glued to a date that ends the line, or no meta at all
    return m.start("date"), m.end("date"), m.start("update") if m["update"] else None


def outlet_tail(key: str) -> tuple[int, int] | None:
    """The span of an outlet named by its shape closing a date line's tail `key`, maybe after
    its sections and the desk's word ("سهيل نت", "تقارير خاصة، خاص جهينة نيوز"), else None."""
    parts = [trim_span(key, *m.span()) for m in _TAIL_PART.finditer(key)]
    parts = [(s, e) for s, e in parts if s < e]
    if not parts or not all(is_section(key[s:e]) for s, e in parts[:-1]):
        return None
    start, end = parts[-1]
    desk = desk_word_end(key, start, end)  # "خاص جهينة نيوز": the desk's word, then the outlet
    if desk is not None:
        start = trim_span(key, desk, end)[0]
    return (start, end) if outlet_shaped(key[start:end]) else None


@functools.cache
def _heads() -> frozenset[str]:
    """The first letters (lower case) of every weekday's name and date label: three, or those
    before a space within them ("تم" of "تم النشر", whose space matches any white space)."""
    heads = set()
    for word in (*index("weekdays", 3), *index("date_labels", 3)):
        space = word.find(" ", 0, 3)
        heads.add(word[:3] if space < 0 else word[:space])
    return frozenset(heads)


def opens_with_weekday(key: str, pos: int = 0, limit: int | None = None) -> bool:
    """Whether the folded key[pos:limit] opens with a weekday's name ("الخميس 18/أغسطس/2016-
    ...")."""
    stop = pos + _WEEKDAY_LOOK if limit is None else min(limit, pos + _WEEKDAY_LOOK)
    first = key[pos:stop].split(maxsplit=1)
    return bool(first) and first[0].strip(_SOURCE_EDGES + ":") in index("weekdays", 3)
