"""A news ticker the scraper kept above the article: headlines each closed by a dash."""

from __future__ import annotations

import re

from ._grammar import DASH, DASHES
from ._openers import is_byline, is_dateline_like
from ._unit import Unit

__all__ = ["mark_tickers"]

_HEAD_UNITS = 30  # the ticker runs above the article: only the page's first lines are read
_ITEM_MIN_WORDS = 3  # "سعاد حسن –": a byline's dash, not a ticker's
_RUN_MIN = 2
# the dash a marquee puts after each headline: after a space, closing the line
_DANGLING_DASH = re.compile(rf"[ \t]{DASH}+[ \t]*$")
_DASH_CHARS = frozenset(DASHES)
_BETWEEN = frozenset({"unparsed"})  # marks between items part no run


def mark_tickers(units: list[Unit]) -> None:
    """Two or more text lines in a row in the page's head, each of three words or more closed by
    a dangling dash ("قرار الفائدة الأوروبية -" / "زلزال يضرب شمال اليابان -"): a ticker's
    headlines, boilerplate of role `related` (in place); never a byline or a dateline."""
    run: list[Unit] = []
    for unit in units[:_HEAD_UNITS]:
        if unit.kind in _BETWEEN:
            continue
        if unit.key[-1:] in _DASH_CHARS and _ticker_item(unit):  # a cheap look first
            run.append(unit)
        elif run:
            _close(run)
            run = []
    _close(run)


def _ticker_item(unit: Unit) -> bool:
    return (
        unit.kind == "text"
        and _DANGLING_DASH.search(unit.key) is not None
        and unit.words >= _ITEM_MIN_WORDS
        and not is_byline(unit.key)
        and not is_dateline_like(unit.key)
    )


def _close(run: list[Unit]) -> None:
    if len(run) >= _RUN_MIN:
        for unit in run:
            unit.kind, unit.role = "boilerplate", "related"
