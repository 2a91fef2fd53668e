# Writers' lines that carry more than a byline: an outlet's name and its writer's on one line
# ("بديل ـ أحمد عبيد"), and a byline glued to the end of a headline ("... المنكوب… كتب: NAME").
# Rule: the writer's name is read by _byline.read_name and read_byline; the outlet is plain
# Arabic words that name no known place; both shapes must fill the rest of their line.
"""Outlet-and-writer lines and bylines glued to headlines."""

from __future__ import annotations

import itertools

import regex

from ._byline import (
    LABEL_GAP,
    NameRun,
    desk_word_end,
    is_function_word,
    opens_with_given_name,
    read_byline,
    read_label,
    read_name,
    writes_words,
)
from ._credits import known_credit, opens_like_outlet, outlet_shaped
from ._grammar import DASH, DASH_RUN
from ._places import place_by_key

__all__ = ["outlet_then_writer", "trailing_byline", "writer_in_headline", "writer_then_outlet"]

# an outlet's name (one to four words in Arabic letters), then a dash: "بديل ـــ", "صدى الشام -";
# a colon or a slash only after an outlet known by name or shape ("إشراقة نيوز: NAME", "صدى
# نيوز/ NAME"): after other words it names a role or a desk ("حكم الساحة: NAME")
_OUTLET_THEN = regex.compile(
    rf"[ \t]*(?P<outlet>\p{{Arabic}}+(?:[ \t]+\p{{Arabic}}+){{0,3}})[ \t]*"
    rf"(?:{DASH_RUN}|(?P<colon>[:/]))[ \t]*"
)
# a name opening with an initial: "ع محياوي", "م. الفلاني"
_INITIAL = regex.compile(r"[^\W\d_]\.?[ \t]")
_OUTLET_WORD = regex.compile(r"\p{Arabic}+")
_DASH_CHAR = regex.compile(DASH)
_OUTLET_END = " \t:|/"
_CLAUSE_MARK = regex.compile(r"[،,:;؛.(]")
_OUTLET_WRITER_MAX_CHARS = 60
# a headline's end before a byline glued to it: a sentence's end, or a spaced dash; "بقلم"
# with its colon or dash needs neither ("... جشع بقلم:- NAME")
_TRAILING_MARK = regex.compile(
    rf"(?:[.…!؟?]+|[ \t]{DASH_RUN}|[ \t](?=بقلم[ \t]*(?::|{DASH})))[ \t]*"
)
_TRAILING_LOOK = 48  # characters enough for a label and a name of four words
_TRAILING_MAX_CHARS = 240
_HEADLINE_MIN_WORDS = 4
_COLUMN_LOOK = 60  # characters enough for a writer's name, its verb and the colon


def outlet_then_writer(key: str) -> tuple[tuple[int, int], NameRun] | None:
    """ "بديل ـــ أحمد عبيد", "صدى الشام - عمار الحلبي/": a line that is an outlet's name and its
    writer's, parted by a dash. The outlet is one to three plain Arabic words that
    name no known place and open with no label or first name; the writer's name opens with a
    first name of given_names.tsv and ends the line. After an outlet known by name or shape,
    the writer may follow a colon ("إشراقة نيوز: NAME") or open with an initial ("هبة بريس- ع
    محياوي"), with no first name of the table. Returns (outlet span, the name)."""
    limit = len(key.rstrip())
    if limit > _OUTLET_WRITER_MAX_CHARS:
        return None
    m = _OUTLET_THEN.match(key, 0, limit)
    if m is None:
        return None
    outlet = m.span("outlet")
    words = [w.span() for w in _OUTLET_WORD.finditer(key, *outlet)]
    text = key[outlet[0] : outlet[1]]
    if (
        place_by_key(text) is not None
        or read_label(key, outlet[0], limit, bare=True) is not None
        or opens_with_given_name(key, words)
        or any(is_function_word(key[a:b]) for a, b in words)
    ):
        return None  # "بغداد - ...", "كتب - ...", "سامر علي - ...", "في ..."
    # after an outlet the tables know ("هبة بريس- ع محياوي", "إشراقة نيوز: NAME"), a name needs
    # no first name of the table: the writer's initial, or the colon, tells it from a place
    known = known_credit(text) is not None or outlet_shaped(text)
    if m.group("colon") is not None and not known:
        return None
    free = known and (m.group("colon") is not None or _INITIAL.match(key, m.end()) is not None)
    name = read_name(key, m.end(), limit, True, labelled=False, given_first=not free)
    if name is None or key[name.stop : limit].strip(" \t/:"):
        return None
    named = key[name.start : name.end]
    if free and (
        place_by_key(named) is not None
        or read_label(key, name.start, limit, bare=True) is not None
        or desk_word_end(key, name.start, limit) is not None  # "يمن مونيتور/ قسم الأخبار"
        or opens_like_outlet(named)
        or known_credit(named) is not None  # "المنارة نت / سبأ نت": two outlets
        or outlet_shaped(named)
    ):
        return None  # "هسبريس: سيدي بنور", "الجديد برس : متابعة إخبارية", "الاخبار : أخبار وطنية"
    return outlet, name


def outlet_and_writer(key: str) -> tuple[tuple[int, int], NameRun] | None:
    """A line that is an outlet's name and its writer's, in either order (outlet_then_writer,
    writer_then_outlet): (outlet span, the name), else None."""
    return outlet_then_writer(key) or writer_then_outlet(key)


def writer_then_outlet(key: str) -> tuple[tuple[int, int], NameRun] | None:
    """ "سامر الحسيني - السفير", "علي سفر-شام برس": a line that is a writer's name and then the
    outlet's, parted by a dash. The outlet fills the rest of the line and is known by name
    (agencies.tsv) or by its shape ("شام برس"); the name opens with a first name of
    given_names.tsv, or, before a known outlet, has one second (a father's name: "أشرف محمد
    – كووورة", never a place). Returns (outlet span, the name), like outlet_then_writer."""
    limit = len(key.rstrip())
    if limit > _OUTLET_WRITER_MAX_CHARS or _DASH_CHAR.search(key, 0, limit) is None:
        return None
    # the name's first two words, read first: most lines hold no first name there
    head = [m.span() for m in itertools.islice(_OUTLET_WORD.finditer(key, 0, limit), 2)]
    given = bool(head) and opens_with_given_name(key, head)
    fathers = (
        len(head) > 1
        and opens_with_given_name(key, head[1:])
        and not is_function_word(key[head[1][0] : head[1][1]])  # "بئر علي": "على"
    )
    if not (given or fathers):
        return None
    name = read_name(key, 0, limit, False, labelled=False)
    if name is None or name.stop >= limit or not _DASH_CHAR.search(key, name.end, name.stop):
        return None
    start = name.stop + len(key[name.stop : limit]) - len(key[name.stop : limit].lstrip())
    limit = len(key[:limit].rstrip(_OUTLET_END))  # "NAME - سبق :": the mark after the outlet
    outlet = key[start:limit]
    if _CLAUSE_MARK.search(outlet):
        return None  # "محمد كاظم – بائع، لوكالة المدار الإخبارية:": a speaker and his role
    known = known_credit(outlet) is not None
    if not (known or outlet_shaped(outlet)) or not (given or known):
        return None  # a father's name alone tells a writer only before an outlet of the table
    return (start, limit), name


def trailing_byline(key: str) -> tuple[int, int] | None:
    """Where a byline glued to the end of a headline starts: "... المنكوب… كتب: حسن يونس",
    "... الأحلام. بقلم: سعيد علي", "... في التقرير -تقرير حامد علي". After a sentence's end or a
    dash, a label and a name of two words or more fill the rest of the line (with no separator
    after the label, the name opens with a first name of given_names.tsv); four words or more
    stand before it. Returns where the mark before the label and the label start in `key`."""
    end = len(key.rstrip())
    if end > _TRAILING_MAX_CHARS or not key[end - 1 : end].isalpha():
        return None  # a name ends the line: most lines end with a full stop or a digit
    for m in _TRAILING_MARK.finditer(key, max(0, end - _TRAILING_LOOK), end):
        at = m.end()
        label_end = read_label(key, at, end, bare=True) if at < end else None
        if label_end is None:
            continue  # most marks: a sentence's end, no label after it
        name = read_byline(key, at, end, True)
        if name is None:
            gap = LABEL_GAP.match(key, label_end, end)
            name = read_name(
                key, gap.end() if gap else label_end, end, True, labelled=True, given_first=True
            )
        if (
            name is not None
            and name.words >= 2
            and not key[name.stop : end].strip()
            and len(key[: m.start()].split()) >= _HEADLINE_MIN_WORDS
        ):
            return m.start(), at
    return None


def writer_in_headline(key: str) -> NameRun | None:
    """The writer a column's headline names: "سامر الحلبي يكتب: بقية المشهد", "د. سامر الحلبي
    يكتب :المشهد" (a name of two words or more, a word of the "after" rows of
    byline_labels.tsv, a colon, then the headline). None for any other line."""
    colon = key.find(":", 0, _COLUMN_LOOK)
    if colon < 0 or not key[colon + 1 :].strip():
        return None
    before = key[:colon].rstrip()
    cut = before.rfind(" ")
    if cut < 0 or before[cut + 1 :] not in writes_words():
        return None
    name = read_name(key, 0, cut, True, labelled=True, min_words=2)
    if name is None or key[name.stop : cut].strip():
        return None
    return name
