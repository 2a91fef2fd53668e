# An aggregator prints the headline, the site that ran it and the day it ran on one line:
# "HEADLINE - SITE, اليوم الأربعاء 19 مارس 2025 11:58 صباحاً".
# Rule: the date must be a whole date line with its year, after "today" and a comma; the site
# is a short name between a dash and that comma. Anything else stays one line of text.
"""A headline line that ends with its site and the page's date."""

from __future__ import annotations

import re

from ._datebars import YEAR, is_date_line
from ._fold import fold
from ._unit import Unit, make_unit

__all__ = ["headline_site_date", "may_hold_site_date"]

# " - SITE, " right before "اليوم": the site's name holds no comma, bar or dash of its own
_SITE_THEN_TODAY = re.compile(r"[ \t]+[-–—][ \t]+(?P<site>[^,،|\-–—]{2,40}?)[ \t]*[,،][ \t]*(?=ا)")
_HEAD_MIN_WORDS = 3
_CLOCK = re.compile(r"[0-9]{1,2}:[0-9]{2}")
_SITE_WINDOW = 60  # characters before "اليوم" that hold " - SITE, "


def may_hold_site_date(key: str) -> bool:
    """The cheap look: "اليوم" in the folded line, a comma before it."""
    return "اليوم" in key and ("," in key or "،" in key)


def _today_after_comma(key: str) -> int:
    """Where the last "اليوم" right after a comma starts, else -1."""
    at = key.rfind("اليوم")
    while at > 0:
        if key[:at].rstrip(" \t")[-1:] in (",", "،"):
            return at
        at = key.rfind("اليوم", 0, at)
    return -1


def headline_site_date(text: str, unit: Unit) -> list[Unit] | None:
    """The headline (text), the site (boilerplate, role "nav") and the date (header, role
    "date") of a line shaped "HEADLINE - SITE, اليوم DATE" (the site may be missing when the
    date holds its clock), else None."""
    key = unit.key
    today = _today_after_comma(key)
    if today < 0:
        return None
    # only the few words before "اليوم" are read: most such lines are a lead's "، اليوم الأحد،"
    window = max(0, today - _SITE_WINDOW)
    found = next(reversed(list(_SITE_THEN_TODAY.finditer(key, window, today + 1))), None)
    if found is None or found.end() != today:
        return _headline_date(text, unit, today)  # no site: "HEADLINE, اليوم DATE CLOCK"
    if len(key[: found.start()].split()) < _HEAD_MIN_WORDS:
        return None
    date = key[found.end() :]
    if YEAR.search(date) is None or not is_date_line(date):
        return None
    folded = fold(text, unit.start, unit.end)
    head_end = folded.offset(found.start())
    site_start = head_end + len(text[head_end : unit.end]) - len(text[head_end : unit.end].lstrip())
    date_start = folded.offset(found.end())
    site_end = site_start + len(text[site_start:date_start].rstrip())
    return [
        make_unit(text, "text", unit.start, head_end, unit.gap_before),
        Unit("boilerplate", site_start, site_end, role="nav"),
        Unit("header", date_start, unit.end, role="date"),
    ]


def _headline_date(text: str, unit: Unit, today: int) -> list[Unit] | None:
    """The same aggregator's line with no site: "HEADLINE, اليوم الأربعاء 20 نوفمبر 2024 01:15
    صباحاً" (the date must hold its year and a clock: a lead's "، اليوم ..." goes on as a
    sentence). The comma goes with the date's unit."""
    key = unit.key
    date = key[today:]
    comma = len(key[:today].rstrip(" \t")) - 1
    if len(key[:comma].split()) < _HEAD_MIN_WORDS or _CLOCK.search(date) is None:
        return None
    if YEAR.search(date) is None or not is_date_line(date):
        return None
    folded = fold(text, unit.start, unit.end)
    head_end = unit.start + len(text[unit.start : folded.offset(comma)].rstrip())
    return [
        make_unit(text, "text", unit.start, head_end, unit.gap_before),
        Unit("header", folded.offset(comma), unit.end, role="date"),
    ]
