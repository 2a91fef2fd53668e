# One block's opening read into fields: the dateline, credit and byline pieces a line's reader
# found (_opening.py) become a Dateline, Agencies and a Byline with spans into the caller's text.
# Rule: pieces cover every non-white-space character between them and the body.
"""A block's opening, as fields."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._credits import make_agencies
from ._fold import Folded, clean_text, fold
from ._linereader import make_line
from ._model import Agency, Byline, Dateline
from ._opening import Found, read_opening
from ._reporter_lines import author_alone
from ._segment import BREAKS

__all__ = ["TRAILING_SEPARATORS", "Opening", "find_author", "find_opening"]

_WINDOW = 200  # a dateline never runs longer than this
# Every opening shape ends its place, credit or name within its first five words, at a
# separator, a bracket, a quotation mark, a digit or the line's end. A line opening with ten
# words of letters parted by spaces alone, and going on, is a sentence: its readers (a dozen
# of them) are spared.
_SENTENCE_OPENING = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){9}[ \t]+[^\W\d_]")
TRAILING_SEPARATORS = (
    " \t:|/،,•·-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u0640"  # marks a byline piece ends with
)


@dataclass(frozen=True, slots=True)
class Opening:
    """What opened a paragraph and where the body text starts after it."""

    dateline: Dateline | None
    agencies: tuple[Agency, ...]
    byline: Byline | None
    end: int  # offset in the caller's text where the paragraph proper starts (== block end)
    pieces: tuple[tuple[str, int, int], ...] = ()  # (kind, start, end) blocks to cut
    date_span: tuple[int, int] | None = None
    alone: bool = False  # a known place alone on its line
    whole: bool = False  # the opening fills the block


def find_opening(text: str, start: int, end: int) -> Opening | None:
    """The dateline/credit/byline that opens `text[start:end]`, or None."""
    stop = min(end, start + _WINDOW)
    folded = fold(text, start, stop)
    key = folded.key
    limit = min((i for i in (key.find(c) for c in BREAKS) if i >= 0), default=len(key))
    eol = limit < len(key) or stop == end
    limit = len(key[:limit].rstrip())
    if _SENTENCE_OPENING.match(key, 0, limit) is not None:
        return None
    found = read_opening(folded, limit, eol)
    if found is None:
        return None
    return _opening(folded, found, start, end)


def find_author(text: str, start: int, end: int) -> Opening | None:
    """A reporter's name alone on its line, with no label: two or three words opening with a
    first name of lexicon/given_names.tsv ("عصام الفلاني")."""
    folded = fold(text, start, end)
    found = author_alone(make_line(folded, len(folded.key.rstrip()), True))
    return None if found is None else _opening(folded, found, start, end)


def _opening(folded: Folded, found: Found, start: int, end: int) -> Opening:
    text = folded.text
    spans = [(kind, *folded.span(s, e)) for kind, s, e in found.pieces if e > s]
    body = folded.offset(found.end) if found.end < len(folded.key) else folded.span(0, found.end)[1]
    while body < end and text[body].isspace():
        body += 1
    agencies = tuple(make_agencies(folded, found.credits))
    dateline = None
    if found.place is not None:
        p_start, p_end = folded.span(*found.place)
        entry = found.place_entry
        d = next(p for p in spans if p[0] == "dateline")
        dateline = Dateline(
            clean_text(text[p_start:p_end]),
            entry.name_en if entry else None,
            entry.country if entry else None,
            text[d[1] : d[2]],
            (d[1], d[2]),
        )
    byline = None
    if found.name is not None:
        b = next(p for p in spans if p[0] == "byline")
        n_start, n_end = folded.span(*found.name)
        b_end = b[1] + len(text[b[1] : b[2]].rstrip(TRAILING_SEPARATORS))
        byline = Byline(clean_text(text[n_start:n_end]), text[b[1] : b_end], (b[1], b_end))
    date_span = folded.span(*found.date) if found.date is not None else None
    pieces = tuple(_covering(text, spans, start, body))
    return Opening(dateline, agencies, byline, body, pieces, date_span, found.alone, body >= end)


def _covering(
    text: str, pieces: list[tuple[str, int, int]], start: int, body: int
) -> list[tuple[str, int, int]]:
    """Pieces widened so that no non-white-space character between them and the body is lost
    (a bidi mark before the place, a stray character between two pieces)."""
    out: list[tuple[str, int, int]] = []
    if pieces and text[start : pieces[0][1]].strip():
        pieces = [(pieces[0][0], start, pieces[0][2]), *pieces[1:]]
    for i, (kind, s, e) in enumerate(pieces):
        nxt = pieces[i + 1][1] if i + 1 < len(pieces) else body
        gap = text[e:nxt]
        out.append((kind, s, e + len(gap.rstrip()) if gap.strip() else e))
    return out
