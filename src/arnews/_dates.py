# The date grammar behind parse_date and find_dates: absolute, Hijri, dual and relative
# expressions. Atoms (_date_atoms.py) that stand next to each other with only punctuation or a
# glue word between them form one expression: weekday, date, Hijri date, time, zone.
# Rule: matched on the folded key; day first always; an impossible date is rejected, not guessed;
# a missing year comes only from the anchor.
"""Date and time expressions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from ._date_atoms import Atom, find_atoms
from ._date_values import gregorian_date, hijri_date, near_enough, nearest_hijri_year
from ._datetime_grammar import gap_pattern
from ._fold import Folded, fold
from ._hijri import HijriResult, hijri_to_gregorian
from ._model import DateMatch, ParseWarning, RelativeTime
from ._relative import resolve_relative

__all__ = ["Scan", "find_dates", "parse_date", "scan_dates"]

_STARTERS = frozenset({"date", "hijri", "time", "weekday", "relative", "zone"})  # "GMT+3 10:00"
_SUB_DAY_UNITS = frozenset({"second", "minute", "hour"})


@dataclass(frozen=True, slots=True)
class Scan:
    """Absolute expressions found in a text, and the date-shaped ones that were impossible."""

    matches: tuple[DateMatch, ...]
    rejected: tuple[ParseWarning, ...]


_GAP_CHARS = " \t-\u2013\u2014|,\u060c/@()[]«»\"'"
_MAX_GAP = 8

Group = dict[str, Atom]  # kind -> atom, in the order met; one atom of each kind at most


def _fits(group: Group, last: Atom, atom: Atom, key: str) -> bool:
    """Whether `atom` continues the expression whose latest atom is `last`."""
    kind = atom.kind
    if kind == "relative" or last.kind == "relative":
        return False  # a relative phrase stands alone
    gap = key[last.end : atom.start]
    if kind == "link" or last.kind == "link":
        if gap.strip():
            return False
    elif (len(gap) > _MAX_GAP or gap.strip(_GAP_CHARS)) and gap_pattern().fullmatch(gap) is None:
        return False
    if kind in group:
        return False
    if last.kind == "link":  # a link joins a Gregorian and a Hijri half
        return kind in ("date", "hijri")
    if kind == "link":
        return last.kind in ("date", "hijri") and not ("date" in group and "hijri" in group)
    if kind == "weekday":
        return "date" not in group and "hijri" not in group
    if kind == "date" and atom.weekday >= 0 and "weekday" in group:
        return False  # a date with its own weekday does not take a second one
    if kind == "time":
        return all(a.time is None for a in group.values())
    return True  # a zone after a date or a time; a date or Hijri half not yet held


def _expressions(
    folded: Folded, anchor: dt.date | dt.datetime | None
) -> Iterator[DateMatch | ParseWarning]:
    """Atoms joined into expressions, each read as it closes."""
    day = anchor.date() if isinstance(anchor, dt.datetime) else anchor
    key = folded.key
    group: Group = {}
    last: Atom | None = None
    for atom in find_atoms(key):
        if last is not None:
            if _fits(group, last, atom, key):
                group[atom.kind] = atom
                last = atom
                continue
            found = _close(folded, group, last, anchor, day)
            if found is not None:
                yield found
        group, last = ({atom.kind: atom}, atom) if atom.kind in _STARTERS else ({}, None)
    if last is not None:
        found = _close(folded, group, last, anchor, day)
        if found is not None:
            yield found


def _close(
    folded: Folded,
    group: Group,
    last: Atom,
    anchor: dt.date | dt.datetime | None,
    day: dt.date | None,
) -> DateMatch | ParseWarning | None:
    """The expression a finished group of atoms makes, or None when it holds no date or time."""
    if last.kind == "link":  # a link with nothing after it is not part of the expression
        del group["link"]
        last = max(group.values(), key=lambda a: a.end)
    if "relative" in group:
        return _relative(folded, group["relative"], anchor)
    if "date" in group or "hijri" in group or "time" in group:
        return _build(folded, group, last, day)
    return None


def _relative(folded: Folded, atom: Atom, anchor: dt.date | dt.datetime | None) -> DateMatch:
    start, end = folded.span(atom.start, atom.end)
    rel = RelativeTime(atom.amount, atom.unit, folded.text[start:end], (start, end))
    date: dt.date | None = None
    time: dt.time | None = None
    tz: dt.tzinfo | None = None
    if isinstance(anchor, dt.datetime):
        when = resolve_relative(rel, anchor)
        date = when.date()
        if rel.unit in _SUB_DAY_UNITS:
            time, tz = when.time(), when.tzinfo
    elif anchor is not None:  # a day: hours and minutes before it are still that day
        sub_day = rel.unit in _SUB_DAY_UNITS
        date = anchor if sub_day else resolve_relative(rel, _midnight(anchor)).date()
    return DateMatch(date, time, tz, None, rel, rel.text, rel.span)


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _build(
    folded: Folded, group: Group, last: Atom, anchor: dt.date | None
) -> DateMatch | ParseWarning:
    first = next(iter(group.values()))
    start, end = folded.span(first.start, last.end)
    if folded.text[end : end + 1] == ")" and (
        folded.text.count("(", start, end) > folded.text.count(")", start, end)
    ):
        end += 1  # "21:21 (بتوقيت الدوحة)": the bracket the expression opened closes it
    text = folded.text[start:end]
    greg, hij = group.get("date"), group.get("hijri")
    warnings: list[ParseWarning] = []
    date: dt.date | None = None
    hijri: tuple[int, int, int] | None = None
    if greg is not None:
        date, impossible = gregorian_date(greg.day, greg.month, greg.year, anchor)
        if impossible:
            return ParseWarning("impossible-date", f"no such day: {text}", (start, end))
        if greg.month_first:
            message = f"read {text!r} month first: its second number is no month"
            warnings.append(ParseWarning("reordered-date", message, (start, end)))
    if hij is not None:
        hijri, converted, result = _hijri_half(hij, date, anchor)
        if result is HijriResult.IMPOSSIBLE:
            return ParseWarning("impossible-date", f"no such Hijri day: {text}", (start, end))
        if greg is None:
            date = converted
            if result is HijriResult.OUT_OF_RANGE:
                message = f"Hijri date outside 1343-1500 AH: {text}"
                warnings.append(ParseWarning("hijri-out-of-range", message, (start, end)))
        elif date is not None and converted is not None and not near_enough(date, converted):
            message = f"Hijri {converted.isoformat()} vs Gregorian {date.isoformat()}"
            warnings.append(ParseWarning("dual-date-mismatch", message, (start, end)))
    week = group.get("weekday") or greg
    if (
        week is not None
        and week.weekday >= 0
        and date is not None
        and date.weekday() != week.weekday
    ):
        other = _month_first_fits(greg, week.weekday, anchor)
        if other is not None:  # "سبت, 08/06/2022": Saturday is 6 August, not 8 June
            date = other
            message = f"read {text!r} month first: its weekday names that day"
            warnings.append(ParseWarning("reordered-date", message, (start, end)))
        else:
            message = f"{date.isoformat()} is not that weekday"
            warnings.append(ParseWarning("weekday-mismatch", message, (start, end)))
    clock = group.get("time") or (greg if greg is not None and greg.time else hij)
    zone = group.get("zone")
    tz = zone.tz if zone is not None else (clock.tz if clock is not None else None)
    if zone is not None and zone.unknown_zone:
        warnings.append(ParseWarning("unknown-zone", "no known zone for this place", (start, end)))
    time = clock.time if clock is not None else None
    return DateMatch(date, time, tz, hijri, None, text, (start, end), tuple(warnings))


def _month_first_fits(greg: Atom | None, weekday: int, anchor: dt.date | None) -> dt.date | None:
    """A numeric date with two readings whose printed weekday fits the month-first one only
    (a Drupal or American page's "08/06/2022"): that date, else None."""
    if greg is None or not greg.two_readings:
        return None
    other, impossible = gregorian_date(greg.month, greg.day, greg.year, anchor)
    return other if not impossible and other is not None and other.weekday() == weekday else None


def _hijri_half(
    hij: Atom, date: dt.date | None, anchor: dt.date | None
) -> tuple[tuple[int, int, int] | None, dt.date | None, HijriResult]:
    if hij.year is None and date is not None:  # a dual date: the year is the Gregorian half's
        year = nearest_hijri_year(hij.day, hij.month, date)
        if year is None:
            return None, None, HijriResult.OUT_OF_RANGE
        converted, result = hijri_to_gregorian(year, hij.month, hij.day)
        return (year, hij.month, hij.day), converted, result
    return hijri_date(hij.day, hij.month, hij.year, anchor)


def scan_dates(folded: Folded, anchor: dt.date | dt.datetime | None = None) -> Scan:
    """Every expression of a folded text, and the impossible date-shaped ones as warnings."""
    matches: list[DateMatch] = []
    rejected: list[ParseWarning] = []
    for found in _expressions(folded, anchor):
        if isinstance(found, DateMatch):
            matches.append(found)
        else:
            rejected.append(found)
    return Scan(tuple(matches), tuple(rejected))


def find_dates(text: str, *, anchor: dt.date | dt.datetime | None = None) -> list[DateMatch]:
    """Every date expression in `text` in order, relative ones resolved against `anchor`."""
    return list(scan_dates(fold(text), anchor).matches)


def parse_date(text: str, *, now: dt.datetime | None = None) -> DateMatch | None:
    """The first date or time expression in `text`, absolute or relative, or None."""
    for found in _expressions(fold(text), now):
        if isinstance(found, DateMatch):
            return found
    return None
