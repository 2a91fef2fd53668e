# The opening of the body: dateline place, credits and byline ("أربيل (كوردستان24)- ...").
# Rule: looks only at the first characters of the first body paragraph; matches on the folded
# key; a shape that does not hold returns None (a false dateline is worse than none).
"""Dateline and credit grammar."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ._fold import clean_text, fold
from ._grammar import DASHES
from ._model import Agency, Byline, Dateline
from ._places import lookup_agency, lookup_place

__all__ = ["Opening", "find_opening"]

_WINDOW = 160  # a dateline never runs longer than this
_DASH = f"[{DASHES}]"
_PLACE = r"(?P<place>[\p{L}\p{M}'’]+(?:\s+[\p{L}\p{M}'’]+){0,3})"
_PAREN_CREDIT = r"\(\s*(?P<credit>[^()\n]{2,40}?)\s*\)"

# Shapes, tried in order; each must end where the body text begins.
_SHAPES = (
    regex.compile(rf"{_PLACE}\s*{_PAREN_CREDIT}\s*{_DASH}+\s*"),  # PLACE (CREDIT)-
)


@dataclass(frozen=True, slots=True)
class Opening:
    """What opened the paragraph and where the body text starts after it."""

    dateline: Dateline | None
    agencies: tuple[Agency, ...]
    byline: Byline | None
    end: int  # offset in the caller's text where the paragraph proper starts
    pieces: tuple[tuple[str, int, int], ...] = field(default=())  # (kind, start, end) blocks


def find_opening(text: str, start: int, end: int) -> Opening | None:
    """The dateline/credit/byline that opens `text[start:end]`, or None."""
    folded = fold(text, start, min(end, start + _WINDOW))
    for shape in _SHAPES:
        m = shape.match(folded.key)
        if m is None:
            continue
        p_start, p_end = folded.span(m.start("place"), m.end("place"))
        place_raw = text[p_start:p_end]
        entry = lookup_place(place_raw)
        agencies: list[Agency] = []
        if m.group("credit") is not None:
            c_start, c_end = folded.span(m.start("credit"), m.end("credit"))
            credit_raw = text[c_start:c_end]
            known = lookup_agency(credit_raw)
            agencies.append(
                Agency(
                    known.name if known else None,
                    known.country if known else None,
                    credit_raw,
                    (c_start, c_end),
                )
            )
        d_start, d_end = folded.span(m.start(), m.end())
        d_end = len(text[d_start:d_end].rstrip()) + d_start
        dateline = Dateline(
            clean_text(place_raw),
            entry.name_en if entry else None,
            entry.country if entry else None,
            text[d_start:d_end],
            (d_start, d_end),
        )
        body = folded.offset(m.end())
        return Opening(dateline, tuple(agencies), None, body, (("dateline", d_start, d_end),))
    return None
