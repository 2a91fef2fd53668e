# The date/time grammar: one small pattern per atom kind (a written or numeric date, a Hijri
# date, a clock time, a weekday, a zone label, a dual-date link, a relative phrase), built once
# from the lexicons. _date_scan.py tries them only where a word can open one, _date_atoms.py
# reads the matches, _dates.py joins neighbouring atoms into expressions.
# Rule: matched on the folded key (_fold.py); vocabulary comes from lexicon tables, turned into
# prefix-tree alternations (longest variant first, walked by the engine in time linear
# in the word); every atom starts at a word boundary. The patterns use the stdlib engine, which
# runs these literal-heavy patterns about twice as fast as `regex` (the folded key has no marks
# left, so a letter is simply [^\W\d_]).
"""Regex grammar of date, time and relative-time atoms."""

from __future__ import annotations

import functools
import re

from ._lexicon import index

__all__ = [
    "CLOCK_FRACTIONS",
    "END",
    "LETTER",
    "ORDINAL_SUFFIXES",
    "gap_pattern",
    "month_keys",
    "number_keys",
    "patterns",
    "relative_body",
    "relative_cue_words",
    "relative_pattern",
    "role_words",
    "single_month_pattern",
    "trie",
    "words",
]

LETTER = r"[^\W\d_]"
END = rf"(?!{LETTER})"  # a word ends here
_SEP = r"[ \t]*(?:[/\-\u2013.,\u060c][ \t]*)?"  # between day, month and year, on one line
_DAY = r"(?<![0-9])[0-9]{1,2}(?![0-9])"
_YEAR = r"[0-9]{4}(?![0-9])"
_GLUED_CLOCK = r"(?<=[0-9]{4})(?=[0-9]{1,2}:[0-9]{2}(?![0-9]))"  # "202405:37": the clock glued
_OFFSET = r"[+\-\u2212]\s*[0-9]{1,2}(?::?[0-9]{2})?(?![0-9])"
_ISO_OFFSET = r"[Zz]|[+\-][0-9]{2}:?[0-9]{2}"
_GAP_PUNCT = r" \t\-\u2013\u2014|,\u060c/@()\[\]«»\"'"
_ORDINAL_KINDS = ("ordinal", "ordinal_unit")
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")  # an English ordinal day: "27th, August 2024"
# date_words roles after an hour in words -> minutes past it (negative: before it)
CLOCK_FRACTIONS = {"clock_half": 30, "clock_quarter": 15, "clock_third": 20, "clock_to": -15}


def trie(keys: list[str] | set[str] | tuple[str, ...]) -> str:
    """A non-capturing alternation of literal folded keys as a prefix tree; spaces match \\s+.

    Longest variant first, like a sorted alternation of the words, but the engine walks
    one branch per character instead of trying every word in turn. Latin keys also match in
    lower, upper, title and sentence case.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for key in _cased(keys):
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _emit(root) + ")"


def _cased(keys: list[str] | set[str] | tuple[str, ...]) -> set[str]:
    out = set(keys)
    for key in keys:
        if key.lower() != key.upper():  # Latin letters (English, French); Arabic has no case
            out |= {key.lower(), key.upper(), key.title(), key.capitalize()}
    return out


def _emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = sorted((ch, sub) for ch, sub in node.items() if ch)
    if not branches:
        return ""
    parts = [(r"\s+" if ch == " " else re.escape(ch)) + _emit(sub) for ch, sub in branches]
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in node else body


@functools.cache
def words(name: str, columns: int) -> str:
    """A prefix-tree alternation of every folded variant in lexicon table `name`."""
    return trie(list(index(name, columns)))


@functools.cache
def role_words(table_name: str, role: str) -> tuple[str, ...]:
    """The folded variants of the rows of `table_name` (role, variants, note) with `role`."""
    return tuple(key for key, rows in index(table_name, 3).items() if rows[0].fields[0] == role)


@functools.cache
def relative_cue_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The folded words opening ("منذ", "قبل") and closing ("مضت", "خلت") a relative phrase
    (lexicon/relative_cues.tsv)."""
    return role_words("relative_cues", "before"), role_words("relative_cues", "after")


def _role(role: str, table_name: str = "date_words") -> str:
    return trie(role_words(table_name, role))


@functools.cache
def month_keys(system: str) -> tuple[str, ...]:
    """The folded month names of months.tsv written in `system` (english, syriac, ...)."""
    return tuple(
        key for key, rows in index("months", 4).items() if any(r.fields[1] == system for r in rows)
    )


@functools.cache
def number_keys(*kinds: str) -> tuple[str, ...]:
    """The folded number words of numbers.tsv with one of `kinds` (unit, ordinal, ...)."""
    return tuple(
        key for key, rows in index("numbers", 4).items() if any(r.fields[1] in kinds for r in rows)
    )


# --- one pattern per atom kind; _date_atoms.py unpacks their groups in this order -------------


def _ordinal_day() -> str:
    """An ordinal day in words: السادس, الحادي عشر, الحادي والعشرين, العشرين."""
    unit = trie(number_keys(*_ORDINAL_KINDS))
    ten = trie([k for k in number_keys("ten") if len(k) <= 4])  # عشر, عشره
    tens = trie(number_keys("ordinal_ten"))
    return rf"(?:{unit}(?:\s+{ten}|\s+و\s*{tens})?|{tens}){END}"


def _day(digits: str, words_group: str) -> str:
    link = _role("ordinal_link")
    first = _role("first_day")  # "فاتح شتنبر": no link after it
    # "27th, August 2024": an English ordinal suffix on a digit day
    # "16 من أبريل", "16 من شهر أبريل": the ordinal link or a month link after a digit day
    month_link = trie(
        [*role_words("date_words", "ordinal_link"), *role_words("date_words", "month_link")]
    )
    return (
        rf"(?:(?P<{digits}>{_DAY})(?:{'|'.join(ORDINAL_SUFFIXES)})?(?:[ \t]+{month_link}(?=[ \t]))?"
        rf"|(?P<{words_group}>{_ordinal_day()}(?=\s+{link}\s)|{first}{END})\s+(?:{link}\s+)?)"
        rf"{_SEP}"
    )


def _clock_after(p: str) -> str:
    """A time right after a date ("... 2026 - 10:30 م"). Groups: pt, pH, pM, pS, poff, pper.

    Part of the date patterns because a date and its time is the commonest shape; any other
    time ("الساعة 3", a time before the date) is its own atom.
    """
    periods = trie(list(index("day_periods", 3)))
    return (
        rf"(?P<{p}t>(?:[ \t]*[\-\u2013|,\u060c@][ \t]*|[ \t]+|(?<=[0-9]){_GLUED_CLOCK})"
        rf"(?P<{p}H>[0-9]{{1,2}}):(?P<{p}M>[0-9]{{2}})"  # after a mark or the year: no digit before
        rf"(?::(?P<{p}S>[0-9]{{2}})(?:[.,][0-9]{{1,6}})?(?P<{p}off>{_ISO_OFFSET})?)?(?![0-9:])"
        rf"(?:[ \t]*(?P<{p}per>{periods}){END}\.?)?)?"
    )


def _gregorian(pairs: bool) -> str:
    """Groups: gwd, gwd2 (a weekday before it), gd, gdw, gm, gy, gmk, then _clock_after's.

    The weekday and a following time are part of the pattern because "الثلاثاء 6 يناير 2026 -
    10:30 م" is the commonest shape; a weekday or time around any other date is its own atom.
    """
    month = words("months", 4)
    pair = rf"\s*(?:[/\\\-\u2013]|\()\s*{month}\s*\)?"
    side = rf"|\s+{month}" if pairs else ""
    weekday = rf"(?:{_weekday('gwd', 'gwd2')}[ \t]*[,\u060c\-\u2013|]?[ \t]*)?"
    # the year alone on the next line ("6 يناير\n2026"): a date bar wrapped by the page
    next_line = r"[ \t]*\r?\n[ \t]*(?=[0-9]{4}[ \t]*(?:\r?\n|$))"
    return (
        rf"{weekday}{_day('gd', 'gdw')}(?P<gm>{month}(?:{pair}{side})?){END}"
        rf"(?:(?:{_SEP}(?:{_role('year_link')}[ \t]+)?|{next_line})(?P<gy>{_YEAR})"
        rf"(?:\s*(?P<gmk>{_role('gregorian_mark')}){END})?)?"
        rf"{_clock_after('g')}"
    )


def _month_first() -> str:
    """An English date, month first: "August 27, 2024", "Aug. 27 2024 10:30 AM", "May,20 2014".

    Groups: mm, md, my, then _clock_after's. Latin month names only (an Arabic month name
    before a number is a verb or a word as often as a date), and the year is required.
    """
    english = trie(month_keys("english"))
    suffix = "|".join(ORDINAL_SUFFIXES)
    return (
        rf"(?P<mm>{english})\.?(?![a-zA-Z])[ \t]*,?[ \t]*(?P<md>{_DAY})(?:{suffix})?"
        rf"(?:[ \t]*,[ \t]*|[ \t]+)(?P<my>{_YEAR}){_clock_after('m')}"
    )


def _hijri() -> str:
    """Groups: hd, hdw, hm, hy, hmk."""
    return (
        rf"{_day('hd', 'hdw')}(?P<hm>{words('hijri_months', 3)}){END}"
        rf"(?:{_SEP}(?P<hy>[0-9]{{3,4}})(?![0-9]))?"
        rf"(?:\s*(?P<hmk>{_role('hijri_mark')}){END})?"
    )


def _numeric() -> str:
    """Groups: iy, isep, isp, im, id, iH, iM, iS, ioff, nd, nsep, nm, ny, nhm, ngm, then
    _clock_after's."""
    iso_time = (
        r"(?:[Tt@](?P<iH>[0-9]{1,2}):(?P<iM>[0-9]{2})(?::(?P<iS>[0-9]{2})(?:[.,][0-9]{1,6})?)?"
        rf"(?P<ioff>{_ISO_OFFSET})?(?![0-9]))?"
    )
    # a year first with single spaces between two-digit parts ("2015 05 14") is a date too
    ymd = (
        r"(?P<iy>[0-9]{4})(?:\s*(?P<isep>[\-/.])\s*|(?P<isp>[ ])(?=[0-9]{2} [0-9]{2}(?![0-9])))"
        r"(?P<im>[0-9]{1,2})(?(isep)\s*(?P=isep)\s*|[ ])"
        rf"(?P<id>[0-9]{{1,2}})(?![0-9]){iso_time}"
    )
    # a time glued to the year ("24/3/202405:37 م", the page lost the space): the year is the
    # first four digits, the clock the rest
    dmy = (
        r"(?P<nd>[0-9]{1,2})\s*(?P<nsep>[\-/.\u2013])\s*(?P<nm>[0-9]{1,2})\s*(?P=nsep)\s*"
        rf"(?P<ny>[0-9]{{4}}(?:(?![0-9])|{_GLUED_CLOCK}))"
    )
    marks = (
        rf"(?:\s*(?P<nhm>{_role('hijri_mark')}){END}"
        rf"|\s*(?P<ngm>{_role('gregorian_mark')}){END})?"
    )
    return rf"(?:{ymd}|{dmy}){marks}(?:{_GLUED_CLOCK}|(?![\-/.:]?[0-9])){_clock_after('n')}"


def _time() -> str:
    """Groups: tp, tH, tM, tS, tper, tH2, tM2, tS2, toff, tper2, tH3, tper3, tp4, tHw, tfrac,
    tper4.

    With minutes ("10:30 م"), after "الساعة" ("الساعة 3"), or an hour with a part-of-day word
    ("3 عصراً"), or an hour in words after "الساعة" with its fraction ("العاشرة والنصف"); a
    one-letter mark (ص, م) alone after a bare hour is not enough.
    """
    periods = list(index("day_periods", 3))
    fractions = trie([k for role in CLOCK_FRACTIONS for k in role_words("date_words", role)])
    word_periods = trie([k for k in periods if len(k.replace(".", "")) > 1])
    period = rf"(?:\s*(?P<{{}}>{trie(periods)}){END}\.?)?"
    return (
        rf"(?:(?P<tp>{_role('time_prefix')})(?:\s*:)?\s*(?P<tH>{_DAY})"  # "الساعة: 08:52"
        rf"(?::(?P<tM>[0-9]{{2}})(?::(?P<tS>[0-9]{{2}}))?)?(?![0-9:]){period.format('tper')}"
        rf"|(?P<tH2>{_DAY}):(?P<tM2>[0-9]{{2}})"
        rf"(?::(?P<tS2>[0-9]{{2}})(?:[.,][0-9]{{1,6}})?(?P<toff>{_ISO_OFFSET})?)?(?![0-9:])"
        rf"{period.format('tper2')}"
        rf"|(?P<tH3>{_DAY})\s*(?P<tper3>{word_periods}){END}"
        # an hour in words: "الساعة العاشرة والنصف صباحا", "الساعة الثالثة إلا ربعا"
        rf"|(?P<tp4>{_role('time_prefix')})\s+(?P<tHw>{_ordinal_day()})"
        rf"(?:\s*(?P<tfrac>{fractions}){END})?"
        rf"{period.format('tper4')})"
    )


def _weekday(first: str = "wd", second: str = "wd2") -> str:
    """Groups: wd (after "يوم"), wd2 (alone; not a form that is also a number word)."""
    every = list(index("weekdays", 3))
    numbers = set(number_keys("unit", "teen_unit"))
    safe = [k for k in every if k not in numbers]  # bare أحد / اثنين need "يوم" before them
    prefix = _role("weekday_prefix")
    return rf"(?:{prefix}\s+(?P<{first}>{trie(every)})|(?P<{second}>{trie(safe)})){END}"


def _zone() -> str:
    """Groups: zu, zn, zx (an unknown place), zu2 (a bare UTC label), zo (its offset)."""
    utc = _role("utc")
    return (
        rf"(?:{_role('zone_prefix')}\s+(?:(?P<zu>{utc})|(?P<zn>{words('zones', 3)})"
        rf"|(?P<zx>{LETTER}+)){END}|(?P<zu2>{utc}){END})(?:\s*(?P<zo>{_OFFSET}))?"
    )


@functools.cache
def relative_body() -> str:
    """A relative phrase after its opening boundary.

    Groups: phrase; then (num, unit) after an opener, (num2, unit2) before a closer ("3 ساعات
    مضت"), unit3 for a bare unit before a closer ("ساعتين مضت").
    """
    number_words = words("numbers", 4)
    units = words("time_units", 4)
    cues = "relative_cues"
    number = rf"(?P<{{}}>[0-9]+(?![0-9])|{number_words}(?:\s+و?\s*{number_words}){{{{0,3}}}}{END})"
    unit = rf"(?P<{{}}>{units}){END}(?:\s+{_role('one', cues)}{END})?"
    about = rf"(?:{_role('about', cues)}\s+)?"
    after = rf"\s+{_role('after', cues)}{END}"
    stop = (
        rf"(?!\s*(?:{_role('elsewhere', cues)}|و?\s*{_role('fraction', cues)}"
        rf"|و\s*(?:[0-9]|{number_words}|{units})){END})"
    )
    return (
        rf"(?:(?P<phrase>{words('relative_phrases', 4)}){END}"
        rf"|(?:{_role('before', cues)}\s*{about}(?:{number.format('num')}\s*)?"
        rf"{unit.format('unit')}(?:{after})?"
        rf"|{about}{number.format('num2')}\s*{unit.format('unit2')}{after}"
        rf"|{unit.format('unit3')}{after}){stop})"
    )


@functools.cache
def relative_pattern() -> re.Pattern[str]:
    """A relative phrase (tried where a word starts, or after a joined "و")."""
    return re.compile(relative_body())


@functools.cache
def patterns() -> dict[str, re.Pattern[str]]:
    """One compiled pattern per atom kind."""
    return {
        "num": re.compile(_numeric()),
        "greg": re.compile(_gregorian(True)),
        "mdy": re.compile(_month_first()),
        "hij": re.compile(_hijri()),
        "time": re.compile(_time()),
        "week": re.compile(_weekday()),
        "zone": re.compile(_zone()),
        "link": re.compile(rf"{_role('dual_link')}{END}"),
        "rel": relative_pattern(),
    }


@functools.cache
def single_month_pattern() -> re.Pattern[str]:
    """A written Gregorian date whose month is one name or a slash/parenthesis pair only."""
    return re.compile(_gregorian(False))


@functools.cache
def gap_pattern() -> re.Pattern[str]:
    """What may stand between two atoms of one expression: punctuation, spaces, a glue word."""
    punct = rf"[{_GAP_PUNCT}]{{0,8}}"
    return re.compile(rf"{punct}(?:{_role('glue')}{punct})?")
