"""Whole-text fast paths give exactly what their per-line references give.

Each shortcut taken for speed is pinned to the general code it stands in for, over text built
from the characters that make the general path necessary.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from regex import Pattern

from arnews._linereader import CREDIT_TOKEN, TOKEN, WORD, Line, Span
from arnews._segment import _scan_lines, _split_lines

_LINE_TEXT = st.lists(
    st.sampled_from(["ب", "x", " ", "\t", "\n", "\n\n", " \n ", "\x1c", "\u200f", "\xa0", "."]),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_LINE_TEXT, st.integers(0, 5), st.integers(0, 5))
def test_split_lines_equals_the_line_scan(text: str, cut_start: int, cut_end: int) -> None:
    start = min(cut_start, len(text))
    stop = max(start, len(text) - cut_end)
    assert _split_lines(text, start, stop) == _scan_lines(text, start, stop)


_KEY_TEXT = st.lists(
    st.sampled_from(
        ["ب", "X", "ß", "3", " ", "\t", ".", "«", "»", "©", "\u064e", "\u200c", "-", "_"]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_KEY_TEXT)
def test_norm_key_fast_path_equals_the_edge_regex(key: str) -> None:
    from arnews._segment import _INNER, norm_key

    m = _INNER.search(key.casefold())
    assert norm_key(key) == (" ".join(m.group().split()) if m else "")


_WORDS_TEXT = st.lists(
    st.sampled_from(["ب", "ال", "x", "Y", "3", " ", "  ", "\t", ".", "-", "'", "’", "ـ", "(", "،"]),
    max_size=30,
).map("".join)


def _words_one_at_a_time(key: str, limit: int, pos: int, word: Pattern[str]) -> list[Span]:
    """The reference: a match per word and per gap, five words at most."""
    out: list[Span] = []
    while len(out) < 5:
        m = word.match(key, pos, limit)
        if m is None:
            break
        out.append(m.span())
        gap = re.compile(r"[ \t]+").match(key, m.end(), limit)
        if gap is None:
            break
        pos = gap.end()
    return out


@settings(max_examples=500, deadline=None)
@given(_WORDS_TEXT, st.integers(0, 30), st.integers(0, 30))
def test_a_lines_words_in_one_match_equal_a_match_per_word(key: str, cut: int, at: int) -> None:
    limit = max(0, len(key) - cut)
    pos = min(at, limit)
    for word in (WORD, TOKEN, CREDIT_TOKEN):
        line = Line(key, limit, True)
        assert line.words(pos, word) == _words_one_at_a_time(key, limit, pos, word)
