# The dates of one header-area segment (the rest of the scraper line, a date bar, a labelled
# line): its absolute expressions, each with the label before it ("نشر في", "آخر تحديث",
# "Updated"), and a relative stamp in stamp position.
# Rule: a label owns the date that follows it across punctuation only; a relative phrase counts
# as a stamp only when it is the whole segment, opens it (not followed by a comma: that is a
# sentence), or (with an explicit "منذ/قبل ... unit") closes it after a label, a section name or
# a separator, glued to the word before or not; "منذ" inside a sentence is no stamp.
"""Dates, labels and relative stamps of header-area segments."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ._dates import scan_dates
from ._datetime_grammar import END, relative_cue_words, trie
from ._fold import fold
from ._lexicon import index
from ._model import DateMatch, ParseWarning, RelativeTime
from ._relative import find_relatives

__all__ = ["Segment", "label_at", "read_segment"]

_EDGES = " \t:：-\u2013\u2014|,\u060c.()[]«»\"'"
_MAX_LABEL_GAP = 8
_LEAD_MAX_WORDS = 25  # words before a closing stamp: more is a sentence, not a headline
_COMMAS = "،,"
_SEPARATORS = "-\u2013\u2014|:"
_CLOCK = re.compile(r"[0-9]{1,2}:[0-9]{2}")
_REORDER_MIN_WORDS, _REORDER_MAX_WORDS = 3, 7
_ORDINAL_DAY = re.compile(r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Segment:
    """What one header-area segment holds: (field or None, date) pairs, a relative stamp."""

    dates: tuple[tuple[str | None, DateMatch], ...]
    relative: RelativeTime | None
    rejected: tuple[ParseWarning, ...]


@functools.cache
def _labels() -> tuple[re.Pattern[str], dict[str, str]]:
    """The label pattern and folded (lower-case) label -> field (published / updated)."""
    labels = index("date_labels", 3)
    fields = {key.lower(): rows[0].fields[0] for key, rows in labels.items()}
    return re.compile(rf"(?<![^\W_]){trie(list(labels))}{END}"), fields


def label_at(key: str, pos: int = 0) -> int | None:
    """Where a date label ("نشر في", "تاريخ الإضافة", "Updated") opening key[pos:] ends."""
    m = _labels()[0].match(key, pos)
    return m.end() if m is not None else None


def read_segment(text: str, start: int, end: int, anchor: dt.date | None) -> Segment:
    """The labelled dates and the relative stamp of `text[start:end]`."""
    folded = fold(text, start, end)
    scan = scan_dates(folded, anchor)
    pattern, fields = _labels()
    labels = [
        (fields[" ".join(m.group().split()).lower()], *folded.span(m.start(), m.end()))
        for m in pattern.finditer(folded.key)
    ]
    dates: list[tuple[str | None, DateMatch]] = []
    relative: RelativeTime | None = None
    for match in scan.matches:
        if match.relative is not None:
            if relative is None and _in_stamp_position(text, start, end, match.relative, labels):
                relative = match.relative
            continue
        dates.append((_label_of(text, match, labels), match))
    if relative is None:
        relative = _glued(text, start, end)
    if relative is None and all(m.date is None for _, m in dates):
        reordered = _reordered(text, start, end, folded.key, anchor)
        if reordered is not None:
            dates.append((None, reordered))
    return Segment(tuple(dates), relative, scan.rejected)


def _reordered(
    text: str, start: int, end: int, key: str, anchor: dt.date | None
) -> DateMatch | None:
    """A date line whose parts a bidi-unaware copy put out of order ("26 10:27 2026 جانفي"), or
    that a blog printed month first ("1:09 ص, فبراير 17, 2025"): one day, one month name, one
    year and at most a clock (and its day period) and a weekday, read in that order."""
    words = key.split()
    if not _REORDER_MIN_WORDS <= len(words) <= _REORDER_MAX_WORDS + 1:
        return None  # a date line holds three to five parts (a month may take two words)
    months, weekdays = index("months", 4), index("weekdays", 3)
    periods = index("day_periods", 3)
    tokens = _date_tokens(words, months)
    if len(tokens) > _REORDER_MAX_WORDS:
        return None
    parts: dict[str, list[str]] = {
        "day": [], "month": [], "year": [], "clock": [], "period": [], "weekday": []
    }  # fmt: skip
    for word in tokens:
        day = _ORDINAL_DAY.fullmatch(word)  # "يوليو 27th, 2025"
        token = word if day is None else day["day"]
        kind = (
            "day" if token.isdigit() and len(token) <= 2
            else "year" if token.isdigit() and len(token) == 4
            else "clock" if _CLOCK.fullmatch(token)
            else "month" if token in months or token.lower() in months
            else "weekday" if token in weekdays
            else "period" if token.lower() in periods
            else None
        )  # fmt: skip
        if kind is None:
            return None  # a word that is no date part: a sentence, a section, a label
        parts[kind].append(token)
    if [len(parts[k]) for k in ("day", "month", "year")] != [1, 1, 1]:
        return None
    if len(parts["clock"]) > 1 or len(parts["period"]) > len(parts["clock"]):
        return None  # a day period ("1:09 ص, فبراير 17, 2025") only with its clock
    ordered = " ".join(
        [parts["day"][0], parts["month"][0], parts["year"][0], *parts["clock"], *parts["period"]]
    )
    if ordered == " ".join(key.split()):
        return None  # in order already: the scan saw it and read no date
    found = scan_dates(fold(ordered), anchor).matches
    if len(found) != 1 or found[0].date is None or found[0].text != ordered:
        return None
    message = f"read {text[start:end]!r} as {ordered!r}"
    warning = ParseWarning("reordered-date", message, (start, end))
    m = found[0]
    return DateMatch(m.date, m.time, m.tz, m.hijri, None, text[start:end], (start, end), (warning,))


def _date_tokens(words: list[str], months: Mapping[str, object]) -> list[str]:
    """The words of a date line without their edge punctuation, a month of two words ("كانون
    الاول") joined into one token."""
    tokens = [t for t in (w.strip(_EDGES) for w in words) if t]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if i + 1 < len(tokens) and f"{tokens[i]} {tokens[i + 1]}" in months:
            out.append(f"{tokens[i]} {tokens[i + 1]}")
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return out


def _label_of(text: str, match: DateMatch, labels: list[tuple[str, int, int]]) -> str | None:
    owner: str | None = None
    for field, _, label_end in labels:
        if label_end <= match.span[0] and _only_punctuation(text, label_end, match.span[0]):
            owner = field
    return owner


def _only_punctuation(text: str, start: int, end: int) -> bool:
    between = fold(text, start, end).key
    return len(between) <= _MAX_LABEL_GAP and not between.strip(_EDGES)


def _in_stamp_position(
    text: str, start: int, end: int, rel: RelativeTime, labels: list[tuple[str, int, int]]
) -> bool:
    opens = _only_punctuation(text, start, rel.span[0]) or any(
        label_end <= rel.span[0] and _only_punctuation(text, label_end, rel.span[0])
        for _, _, label_end in labels
    )
    after = fold(text, rel.span[1], end).key
    if opens and not after.strip(_EDGES):
        return True
    strong = _is_explicit(rel)
    if opens:
        if after.lstrip(" \t")[:1] in _COMMAS:
            return False  # "قبل عام، نجحت المعارضة ...": the opening words of a sentence
        return strong or _followed_by_separator(text, rel.span[1], end)
    if after.strip(_EDGES) or not strong:
        return False
    return not _ends_a_sentence(fold(text, start, rel.span[0]).key, after)


def _ends_a_sentence(before: str, after: str) -> bool:
    """Whether a closing stamp ends a body sentence rather than a headline, label or section:
    "... ضد القطاع منذ 20 شهرا." (a full stop, or more words than a headline holds)."""
    before = before.rstrip(" \t")
    if not before or before[-1] in _SEPARATORS:
        return False
    return "." in after or len(before.split()) > _LEAD_MAX_WORDS


def _is_explicit(rel: RelativeTime) -> bool:
    """ "منذ 3 ساعات", "3 ساعات مضت": an opener or closer word, not a bare "أمس"/"اليوم"."""
    before, after = relative_cue_words()
    key = fold(rel.text).key
    first, last = key.split()[0], key.split()[-1]
    return len(key.split()) > 1 and (first in before or last in after)


def _followed_by_separator(text: str, at: int, end: int) -> bool:
    rest = fold(text, at, end).key.lstrip(" \t")
    return bool(rest) and rest[0] in "-\u2013\u2014|,\u060c:"


def _glued(text: str, start: int, end: int) -> RelativeTime | None:
    """A stamp glued to the word before it that closes the segment ("...الجديدمنذ 5 ساعات")."""
    for rel in find_relatives(fold(text, start, end), glued=True):
        if not fold(text, rel.span[1], end).key.strip(_EDGES):
            return rel
    return None
