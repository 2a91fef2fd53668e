# Short lines that hold the page's date, cut into units: a date line, a relative stamp and its
# date, writers then the date, WordPress meta glued together, a date and its source or counters.
# Rule: only lines of up to 160 characters are read here; the rest of a glued line is classified
# by the caller's classifier, as if alone on its line.
"""Units of a line that holds the page's date."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ._boilerplate import furniture_kind, is_bare_count, is_section
from ._byline import author_name
from ._credits import closing_line
from ._date_tails import date_then_tail, glued_update_meta
from ._datebars import (
    ANY_DIGIT,
    NUMERIC_DATE,
    date_then_relative,
    is_date_line,
    is_named_date_line,
    is_relative_line,
    opening_relative,
    opens_with_weekday,
    relative_then_date,
)
from ._datetime_grammar import role_words
from ._fold import fold, fold_key
from ._lexicon import table
from ._unit import Unit, make_unit

__all__ = ["Classifier", "date_shapes", "relative_then_meta", "source_then_date"]

# the caller's line classifier: (text, start, end, gap before) -> the units of that piece
Classifier = Callable[[str, int, int, bool], list[Unit]]

_LATIN_NAME = r"[A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ÿĀ-ž'-]+(?: [A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ÿĀ-ž'-]+){1,3}"
_LATIN_NAMES = re.compile(rf"{_LATIN_NAME}(?:, ?{_LATIN_NAME}){{0,3}}")  # "Ali Veli, Ayse Can"
_AUTHORS_DATE_MAX_CHARS = 160
_WRITER_DATE_MAX_CHARS = 80
# a numeric date ending the line, after a space: "... بوابة المدينة 2/3/2021"
_LAST_DATE = re.compile(rf"(?<=[ \t])(?:{NUMERIC_DATE})[ \t]*$")
_WRITER_MARKS = " \t•·|-–—،,:"  # between a writer's name and the date
_META_LINE_MAX_CHARS = 80
# a bar after a relative stamp; a capital I stands for one on some themes ("قبل 6 ساعات I أخبار")
_BAR_MARKS = r"|•·\-–—"
_I_BAR = r"(?<=[ \t])I(?=[ \t])"
_META_BAR = re.compile(rf"[ \t]*(?:[{_BAR_MARKS}]+|{_I_BAR})[ \t]*")
_META_PARTS = re.compile(rf"[{_BAR_MARKS},،]|{_I_BAR}")  # the sections after it, parted
_BUTTON_WORDS = 2  # "اضف تعليق", "شارك الخبر": a button's words closing a meta line


def date_shapes(text: str, unit: Unit, classify: Classifier) -> list[Unit] | None:
    """The units of a short line that holds the page's date: a date line, a relative stamp and
    its date, the writers and the date, WordPress meta glued together, a date and its source,
    counters or writer, a writer and the date, or a date opened by a name the lexicons do not
    know. None when the line holds none of them."""
    start, end, gap, key = unit.start, unit.end, unit.gap_before, unit.key
    if is_date_line(key) or is_relative_line(key):
        today = _today().match(key)
        if today is not None and opens_with_weekday(key, today.end()):
            unit.kind, unit.role = "boilerplate", "nav"  # "اليوم الأربعاء 22 نوفمبر 2017": a clock
        else:
            unit.kind, unit.role = "header", "date"
        return [unit]
    if key[:1] in ("م", "ق"):  # "منذ سنتين - Sunday 07 November 2021": the stamp, then its date
        date_at = relative_then_date(key)
        if date_at is not None:
            return _stamp_and_date(text, unit, date_at)
    if ANY_DIGIT.search(key) is None:
        return None  # every shape below holds a date in digits: most body lines have none
    stamp_at = date_then_relative(key)  # "الأحد 17 نوفمبر 2024 | منذ 5 ساعات"
    if stamp_at is not None:
        return _stamp_and_date(text, unit, stamp_at)
    authored = _authors_then_date(text, start, end, key)
    if authored is not None:
        return authored
    glued = _glued_meta(text, unit, classify)
    if glued is not None:
        return glued
    dated = date_then_tail(text, start, end, key)  # "... | المصدر: وكالات", "... | 543 مشاهدة"
    if dated is not None and dated[2] == "menu":
        # the site's clock in its menu bar: the day the page was rendered, never the article's
        unit.kind, unit.role = "boilerplate", "nav"
        return [unit]
    if dated is not None:
        byline = dated[2] == "byline"  # a writer's line: text, read by the credits
        tail = make_unit(text, "text" if byline else "boilerplate", dated[1], end)
        tail.role = None if byline else dated[2]
        date_stop = start + len(text[start : dated[1]].rstrip())  # separators go with the date
        return [Unit("header", start, date_stop, gap, role="date"), tail]
    written = _writer_then_date(text, start, end, key)
    if written is not None:  # "عبد الكريم قادري 29 فبراير 2024": the writer, then the date
        return written
    if is_named_date_line(key):  # after the shapes above: "NAME | DATE" may be a byline's
        unit.kind, unit.role = "header", "date"
        return [unit]
    return None


@functools.cache
def _today() -> re.Pattern[str]:
    """The words for "today" (lexicon/relative_phrases.tsv, amount 0 and unit day) opening a
    line, maybe with a colon: a date line so opened says "today is", the site's clock."""
    words = sorted(
        {
            fold(v).key
            for row in table("relative_phrases", 4)
            if row.fields == ("0", "day")
            for v in row.variants
        },
        key=lambda w: (-len(w), w),
    )
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    return re.compile(rf"[ \t]*(?:{alternatives})[ \t]*:?[ \t]*")


def _authors_then_date(text: str, start: int, end: int, key: str) -> list[Unit] | None:
    """ "Mehmet Kemal Firik, Baybars Can | 07.04.2024 - محدث : 08.04.2024" (the Anadolu
    style): the writers' names in Latin letters, a bar, then a date line. The names become a
    boilerplate unit of role "author" (read as the byline), the rest the date line."""
    bar = key.find("|")
    if bar < 0 or len(key) > _AUTHORS_DATE_MAX_CHARS:
        return None
    if not _LATIN_NAMES.fullmatch(key[:bar].strip()):
        return None
    raw_bar = text.find("|", start, end)
    date_start = raw_bar + 1 + len(text[raw_bar + 1 : end]) - len(text[raw_bar + 1 : end].lstrip())
    if date_start >= end or not is_date_line(fold_key(text, date_start, end)):
        return None
    authors = Unit("boilerplate", start, raw_bar + 1, role="author")
    authors.key = key[:bar].strip()
    return [authors, Unit("header", date_start, end, role="date")]


def _writer_then_date(text: str, start: int, end: int, key: str) -> list[Unit] | None:
    """ "عبد الكريم قادري 29 فبراير 2024", "سعاد حسن • ٢٢ يناير ٢٠٢٣", "سعاد حسن | منذ ٣ أعوام": a
    writer's name (two or three words opening with a first name of given_names.tsv), maybe a
    mark, then a date line or a relative stamp. The name becomes a boilerplate unit of role
    "author" (read as the byline), the rest the date."""
    if len(key) > _WRITER_DATE_MAX_CHARS:
        return None
    digit = ANY_DIGIT.search(key)
    if digit is None:
        return None
    at = digit.start()
    cue = _relative_cue_before(key, at)
    if cue is not None and is_relative_line(key[cue:]):
        at = cue  # "يوسف العلي | منذ ٣ أعوام": the writer, then the relative stamp
    elif not is_date_line(key[at:]):
        month = key[:at].rstrip().rfind(" ") + 1  # "سعاد حسن April 5, 2024": month first
        if month == 0 or not is_date_line(key[month:]):
            return None
        at = month
    head = key[:at].rstrip(_WRITER_MARKS)
    name = author_name(head, 0, len(head), True) if head else None
    if name is None or head[name.stop :].strip():
        return None
    date_start = fold(text, start, end).offset(at)
    # the mark between them goes with the name (the byline reader trims it off)
    author = Unit("boilerplate", start, start + len(text[start:date_start].rstrip()), role="author")
    author.key = key[:at].rstrip()
    return [author, Unit("header", date_start, end, role="date")]


def _relative_cue_before(key: str, digit_at: int) -> int | None:
    """Where a relative stamp's opening word ("منذ", "قبل") stands right before the number at
    `digit_at`, else None."""
    before = key[:digit_at].rstrip()
    for cue in role_words("relative_cues", "before"):
        if before.endswith(cue) and (
            len(before) == len(cue) or before[-len(cue) - 1] in " \t|-–—•·"
        ):
            return len(before) - len(cue)
    return None


def relative_then_meta(text: str, unit: Unit) -> list[Unit] | None:
    """A relative stamp opening a short line, then the page's meta: its sections after a bar
    ("منذ 5 ساعات | أخبار محلية", "قبل 6 ساعات I الأخبار I محليات"), a furniture
    line ("منذ 9 سنوات شارك:"), a bare count, or words closed by a button ("2 دقيقتين مضت أهم
    الأخبار, NAME اضف تعليق"). The stamp becomes a date unit (the bar goes with it), the rest
    boilerplate; None for any other line ("منذ عامين والحكومة تعد ...": a sentence)."""
    key = unit.key
    if len(key) > _META_LINE_MAX_CHARS or is_relative_line(key):
        return None  # the stamp alone (asked again by date_shapes: cached)
    stamp_end = opening_relative(key)
    if stamp_end is None or relative_then_date(key) is not None:
        return None  # "منذ سنتين - Sunday 07 November 2021": the stamp and its date
    bar = _META_BAR.match(key, stamp_end)
    tail_at = bar.end() if bar is not None else len(key) - len(key[stamp_end:].lstrip())
    tail = key[tail_at:].rstrip()
    if not tail:
        return None
    words = tail.split()
    role = furniture_kind(tail)
    if role is None and is_section(tail):
        role = "nav"
    if role is None and is_bare_count(tail):
        role = "comments"
    if role is None and len(words) > _BUTTON_WORDS:
        role = furniture_kind(" ".join(words[-_BUTTON_WORDS:]))  # "... اضف تعليق"
    if role is None and bar is not None and _sections_parted(tail):
        role = "nav"  # "الأخبار I محليات"
    if role is None:
        return None
    folded = fold(text, unit.start, unit.end)
    tail_start = folded.offset(tail_at)
    stamp_stop = unit.start + len(text[unit.start : tail_start].rstrip())
    meta = make_unit(text, "boilerplate", tail_start, unit.end)
    meta.role = role
    return [Unit("header", unit.start, stamp_stop, unit.gap_before, role="date"), meta]


def _sections_parted(tail: str) -> bool:
    """Whether `tail` is section names (sections.tsv) parted by bars or commas."""
    parts = [part.strip() for part in _META_PARTS.split(tail)]
    return all(part and is_section(part) for part in parts)


def source_then_date(text: str, start: int, end: int, key: str) -> list[Unit] | None:
    """ "المصدر : بوابة المدينة 2/3/2021" (a line furniture_kind calls a source): the source,
    then the date it was printed. The source becomes a boilerplate unit of role "source" (read
    by the credits), the rest the date line; None when no date ends the line."""
    if len(key) > _WRITER_DATE_MAX_CHARS:
        return None
    date_at = _LAST_DATE.search(key)
    if date_at is None or not is_date_line(key[date_at.start() :]):
        return None
    head = key[: date_at.start()].rstrip(_WRITER_MARKS)
    found = closing_line(head) if head else None
    if found is None or found[0] != "source":
        return None
    date_start = fold(text, start, end).offset(date_at.start())
    source = Unit("boilerplate", start, start + len(text[start:date_start].rstrip()), role="source")
    source.key = head
    return [source, Unit("header", date_start, end, role="date")]


def _stamp_and_date(text: str, unit: Unit, cut: int) -> list[Unit]:
    """A relative stamp and the date it stands for on one line, in either order: two date
    units, parted where the second begins (`cut`, in the folded key)."""
    folded = fold(text, unit.start, unit.end)
    second = folded.offset(cut)
    first_end = unit.start + len(text[unit.start : second].rstrip())
    first = Unit("header", unit.start, first_end, unit.gap_before, role="date")
    return [first, Unit("header", second, unit.end, role="date")]


def _glued_meta(text: str, unit: Unit, classify: Classifier) -> list[Unit] | None:
    """ "مدير الموقع8 يوليو 2025آخر تحديث : منذ 3 سنوات", "سامي3 سبتمبر 2023": the author
    (boilerplate of role "author", read as the byline), the date line, and the update line, cut
    apart."""
    found = glued_update_meta(unit.key)
    if found is None:
        return None
    folded = fold(text, unit.start, unit.end)
    date_start, date_end = folded.span(found[0], found[1])
    out = [Unit("header", date_start, date_end, role="date")]
    if found[2] is not None:  # the update part is read as it would be alone on its line
        out.extend(classify(text, folded.offset(found[2]), unit.end, False))
    if text[unit.start : date_start].strip():
        author_end = unit.start + len(text[unit.start : date_start].rstrip())
        out.insert(0, Unit("boilerplate", unit.start, author_end, role="author"))
    out[0].gap_before = unit.gap_before
    return out
