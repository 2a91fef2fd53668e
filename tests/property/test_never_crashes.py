"""Lenient parse never raises, and its spans and blocks always hold."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import arnews
from arnews._fold import clean_text, fold
from arnews._model import BLOCK_KINDS, TIME_UNITS

SEED = (Path(__file__).resolve().parents[2] / "seeds" / "000_2ab0bc65dba4d484.txt").read_text(
    encoding="utf-8"
)
NOISE = st.sampled_from(
    ["\u200f", "\u200e", "\u0640", "\ufffd", "\x00", "\r\n", "\n\n", "  ", "ـ", "(", ")", "-",
     "منذ", "date 2026-01-06", "٢٠٢٦", ":", "«", "ﻻ", "\u064e", "\f", "\t"]
)  # fmt: skip
ARABICISH = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x600, max_codepoint=0x6FF),
        st.sampled_from(list(" \n\r\t.-:()/|،0123456789")),
        st.characters(),
    ),
    max_size=400,
)


def check_invariants(text: str, art: arnews.Article) -> None:
    pos = 0
    for block in art.blocks:
        start, end = block.span
        assert block.kind in BLOCK_KINDS
        assert pos <= start <= end <= len(text)
        assert block.text == clean_text(text[start:end])
        pos = end
    covered = set()
    for block in art.blocks:
        covered.update(range(*block.span))
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert i in covered, f"character {ch!r} at {i} is in no block"
    if art.relative is not None:
        assert art.relative.unit in TIME_UNITS and art.relative.amount >= 0
    for field in (art.timestamp, art.relative, art.dateline, art.agency, art.byline):
        if field is not None:
            assert text[slice(*field.span)] == field.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARABICISH, st.booleans())
def test_arbitrary_text_never_raises(text: str, with_now: bool) -> None:
    now = dt.datetime(2026, 1, 6, 12, 0) if with_now else None
    art = arnews.parse(text, now=now)
    check_invariants(text, art)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(SEED)), NOISE), max_size=8), st.integers(0, len(SEED)))
def test_seed_with_random_insertions_and_cuts(edits: list[tuple[int, str]], cut: int) -> None:
    text = SEED
    for at, noise in sorted(edits, reverse=True):
        text = text[:at] + noise + text[at:]
    text = text[: cut + len(text) - len(SEED)]
    art = arnews.parse(text, now=dt.datetime(2026, 1, 6, 12, 0))
    check_invariants(text, art)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_fold_offsets_land_inside_and_round_trip(text: str) -> None:
    folded = fold(text)
    previous = 0
    for k in range(len(folded.key) + 1):
        at = folded.offset(k)
        assert previous <= at <= len(text)
        previous = at
    if folded.key:
        start, end = folded.span(0, len(folded.key))
        assert fold(text[start:end]).key == folded.key


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_normalize_digits_is_idempotent_and_length_preserving(text: str) -> None:
    once = arnews.normalize_digits(text)
    assert len(once) == len(text)
    assert arnews.normalize_digits(once) == once
