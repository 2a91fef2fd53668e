"""Whole-text fast paths give exactly what their per-line references give.

The layout folds and scans a dump once instead of once per line; these properties pin each
shortcut to the plain function it replaces, over text built from the characters that make
the fold non-trivial (harakat, tatweel, ligatures, bidi marks, rare digits and letters).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from arnews._fold import fold_key, fold_keys

_PIECES = [
    "ب",
    "ال",
    "أ",
    "ة",
    "ى",
    " ",
    "  ",
    "\n",
    "\t",
    ".",
    "،",
    "x",
    "D",
    "٣",
    "۴",
    "ک",
    "گ",
    "\u064e",  # fatha
    "\u0651",  # shadda
    "\u0640",  # tatweel
    "\u200f",  # RLM
    "\ufeff",
    "\ufefb",  # lam-alef ligature
    "\ufdf2",  # Allah ligature
    "\xa0",
    "\u2003",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@st.composite
def _text_and_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(_TEXT)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    spans = list(zip(cuts[0::2], cuts[1::2], strict=False))
    return text, spans


@settings(max_examples=400, deadline=None)
@given(_text_and_spans())
def test_fold_keys_equals_folding_each_span(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    assert fold_keys(text, spans) == [fold_key(text, s, e) for s, e in spans]


def test_fold_keys_a_span_cut_inside_a_run_of_marks() -> None:
    text = "كَّتب \u200f\u200fعلى"
    spans = [(0, 2), (1, 4), (7, 11), (8, 11)]
    assert fold_keys(text, spans) == [fold_key(text, s, e) for s, e in spans]
    assert fold_keys(text, [(0, 5), (6, 12)]) == ["كتب", "علي"]  # ى folds to ي
