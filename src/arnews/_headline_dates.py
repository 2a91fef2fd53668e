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
_SITE_THEN_TODAY = re.compile(
    r"[ \t]+[-–—][ \t]+(?P<site>[^,،|\-–—]{2,40}?)[ \t]*[,،][ \t]*(?=اليوم[ \t])"
)
_HEAD_MIN_WORDS = 3


def may_hold_site_date(key: str) -> bool:
    """The cheap look: "اليوم" after a comma somewhere in the folded line."""
    return "اليوم" in key and ("," in key or "،" in key)


def headline_site_date(text: str, unit: Unit) -> list[Unit] | None:
    """The headline (text), the site (boilerplate, role "nav") and the date (header, role
    "date") of a line shaped "HEADLINE - SITE, اليوم DATE", else None."""
    key = unit.key
    # the last such place: a headline may hold a dash and a comma of its own
    found = next(reversed(list(_SITE_THEN_TODAY.finditer(key))), None)
    if found is None or len(key[: found.start()].split()) < _HEAD_MIN_WORDS:
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
