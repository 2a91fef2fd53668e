# A date line with something else about the page after it: its source, its writer or its
# counters ("2019-03-19 04:30:07 OUTLET/ متابعات", "DATE | كتب: NAME", "DATE | 543 مشاهدة"),
# and WordPress meta glued into one line ("مدير الموقع8 يوليو 2025آخر تحديث :").
# Rule: the date must open the line (a label may stand before it); the tail is cut off whole.
"""Date lines and their tails."""

from __future__ import annotations

import functools
import re

import regex

from ._boilerplate import furniture_kind, is_section, page_stats
from ._byline import author_name, desk_word_end, read_byline
from ._credits import closing_line, opens_like_outlet, outlet_shaped, trim_span
from ._datebars import SOURCE_EDGES, is_date_line, opens_with_date_label, opens_with_weekday
from ._dates import scan_dates
from ._fold import fold, fold_key
from ._lexicon import index
from ._places import place_by_key
from ._stamp_lines import label_at

__all__ = ["date_then_tail", "glued_update_meta", "outlet_tail"]

_DATE_SOURCE_MAX_CHARS = 100
_DATE_STATS_MAX_CHARS = 160
_WRITER_MIN_WORDS = 2  # a writer after the date: "كتبت سعاد حسن", never "تقرير خاص"
_GLUED_META_MAX_CHARS = 120
_MIN_LED_WORDS, _MAX_LED_WORDS = 2, 4  # "بوابة سقطرى", "شبكة أخبار الريف اليوم"
_LETTER_THEN_DIGIT = re.compile(r"[^\W\d_][0-9]")
_TAIL_PART = re.compile(r"[^|,،]+")  # a part between bars and commas
# a weather widget's reading: a place and its temperature ("بغداد 39° C", "عمان 12 °م")
_WEATHER = regex.compile(r"(?P<place>\D+?)[ \t]*[-+]?[0-9]{1,2}[ \t]*°[ \t]*[CFcfمس]?")
# WordPress meta with its tags stripped and nothing between them: the author's name, the date
# (day month year) and the update label glued on ("مدير الموقع8 يوليو 2025آخر تحديث :")
_GLUED_UPDATE = regex.compile(
    r"(?P<date>(?<![0-9])[0-9]{1,2} [^\W\d_]+(?: [^\W\d_]+)?,? [0-9]{4})(?P<update>اخر تحديث)?"
)


def date_then_tail(text: str, start: int, end: int, key: str) -> tuple[int, int, str] | None:
    """A line that opens with the page's date and ends with something else about the page:
    (where the date ends, where the tail starts, the tail's role), else None.

    - its source, role "source": "2019-03-19 04:30:07 أخبار اليوم/ متابعات", "06/01/2026 |
      المصدر: وكالات" (the line opens with a digit or a weekday; after a labelled date, only a
      labelled source: "التاريخ: 2021-05-21 المصدر: ...");
    - its writer, role "byline": "الجمعة 10-03-2017 16:53 | كتب: سامر علي |" (the tail is
      then a line of its own, for the credits to read); a name with no label, role "author":
      "آخر تحديث: الجمعة 09/09/2016 04:48 م هشام النمر" (after a labelled date only; a first name
      of given_names.tsv opens it, and it fills the tail);
    - its section, role "nav": "نشر بتاريخ: 23-07-2017 | متفرقات";
    - the site's menu or a weather reading, role "menu": "الخميس, 25 نيسان 2019 | الرئيسية اتصل
      بنا", "الخميس 24 أغسطس 2017 | بغداد 39° C" (no label: the date is the site's clock);
    - its counters, role "comments": "الأحد 12 مايو 2024 - 10:15 ص | 543 مشاهدة", "تاريخ الإضافة
      السبت 12 آب 2023 - 2:43 ص عدد الزيارات 699 التعليقات 0" (a date label may open it).

    `key` is the folded line. The separators between the date and the tail go with the date.
    """
    if len(key) > _DATE_STATS_MAX_CHARS:
        return None
    if not key[:1].isdigit():
        # a cheap look at the first letters spares most lines opens_with_weekday and label_at
        head = key.lstrip().lstrip(SOURCE_EDGES + ":")[:3].lower()
        heads = _heads()
        if not (head in heads or head[:2] in heads or head[:1] in heads):
            return None  # no weekday's name or date label can open the line
    plain = key[:1].isdigit() or opens_with_weekday(key)
    if not plain and not opens_with_date_label(key):
        return None
    found = scan_dates(fold(text, start, end)).matches
    if not found or found[0].date is None:
        return None
    before = fold_key(text, start, found[0].span[0]).strip(SOURCE_EDGES + ":").lower()
    if before and label_at(before) != len(before):
        return None  # only a label may stand before the date
    date_end = found[0].span[1]
    tail_start = end - len(text[date_end:end].lstrip(SOURCE_EDGES))
    if tail_start >= end:
        return None
    tail = fold_key(text, tail_start, end)
    if page_stats(tail):
        return date_end, tail_start, "comments"
    if len(key) > _DATE_SOURCE_MAX_CHARS:
        return None
    rest = tail.strip(SOURCE_EDGES)
    labelled_source = closing_line(rest) if rest and before else None
    if labelled_source is not None and labelled_source[0] == "source":
        return date_end, tail_start, "source"  # "التاريخ: 2021-05-21 المصدر: شبكة شينخوا"
    if plain and not before and rest and (closing_line(rest) or outlet_tail(rest)):
        return date_end, tail_start, "source"  # "... 05 مساءً / سهيل نت": the outlet
    if rest and _sections_only(rest):
        return date_end, tail_start, "nav"  # "نشر بتاريخ: 23-07-2017 | متفرقات": its section
    if rest and not before and (_menu_only(rest) or _weather(rest)):
        # "الخميس, 25 نيسان 2019 | الرئيسية اتصل بنا", "الخميس 24 أغسطس 2017 | بغداد 39° C"
        return date_end, tail_start, "menu"
    if plain or before:
        # "... 16:53 | كتب: NAME |", "تم الإرسال في DATE بواسطة NAME": a label opens the writer
        writer = read_byline(tail, 0, len(tail), True, bare=True) if rest else None
        if writer is not None and writer.words >= _WRITER_MIN_WORDS:
            return date_end, tail_start, "byline"
        # "آخر تحديث: الجمعة 09/09/2016 04:48 م هشام النمر": the writer's name with no label
        # (after a label only: "DATE - NAME" lines are a teaser list's items)
        named = author_name(tail, 0, len(tail), True) if rest and before else None
        if named is not None and named.stop >= len(tail.rstrip()):
            return date_end, tail_start, "author"  # the credits take it for the byline
    return None


def _weather(key: str) -> bool:
    """Whether the folded tail `key` is a weather widget's reading: a known place and its
    temperature ("بغداد 39° C")."""
    if "°" not in key:
        return False
    m = _WEATHER.fullmatch(key.strip())
    return m is not None and place_by_key(m["place"].strip(" \t-|:")) is not None


def _tail_parts(key: str) -> list[str]:
    """The folded tail's parts, parted by bars or commas, trimmed."""
    parts = [key[s:e] for s, e in (trim_span(key, *m.span()) for m in _TAIL_PART.finditer(key))]
    return [part for part in parts if part]


def _sections_only(key: str) -> bool:
    """Whether the folded tail `key` is only section names, parted by bars or commas."""
    parts = _tail_parts(key)
    return bool(parts) and all(is_section(part) for part in parts)


def _menu_only(key: str) -> bool:
    """Whether the folded tail `key` is the site's menu ("| الرئيسية اتصل بنا"): parts
    furniture_kind calls nav (menu entries, a crumb of them), maybe among section names."""
    parts = _tail_parts(key)
    return bool(parts) and all(is_section(p) or furniture_kind(p) == "nav" for p in parts)


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
    its sections and the desk's word ("سهيل نت", "تقارير خاصة، خاص جهينة نيوز", "بوابة
    سقطرى"), else None."""
    parts = [trim_span(key, *m.span()) for m in _TAIL_PART.finditer(key)]
    parts = [(s, e) for s, e in parts if s < e]
    if not parts or not all(is_section(key[s:e]) for s, e in parts[:-1]):
        return None
    start, end = parts[-1]
    desk = desk_word_end(key, start, end)  # "خاص جهينة نيوز": the desk's word, then the outlet
    if desk is not None:
        start = trim_span(key, desk, end)[0]
    name = key[start:end]
    # after a date line a lead word opens an outlet too ("29 مارس 2021/بوابة سقطرى")
    led = opens_like_outlet(name) and _MIN_LED_WORDS <= len(name.split()) <= _MAX_LED_WORDS
    return (start, end) if led or outlet_shaped(name) else None


@functools.cache
def _heads() -> frozenset[str]:
    """The first letters (lower case) of every weekday's name and date label: three, or those
    before a space within them ("تم" of "تم النشر", whose space matches any white space)."""
    heads = set()
    for word in (*index("weekdays", 3), *index("date_labels", 3)):
        space = word.find(" ", 0, 3)
        heads.add(word[:3] if space < 0 else word[:space])
    return frozenset(heads)
