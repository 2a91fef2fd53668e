"""Diacritics, tatweel, bidi marks and digit scripts never change a looked-up value."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
from arnews._lexicon import table

HARAKAT = [chr(c) for c in range(0x064B, 0x0653)]
BIDI = ["\u200e", "\u200f", "\u061c", "\u2066", "\u2069", "\u202b", "\u202c"]
MONTHS = [(v, int(r.fields[0])) for r in table("months", 4) for v in r.variants]
HIJRI = [(v, int(r.fields[0])) for r in table("hijri_months", 3) for v in r.variants]
WEEKDAYS = [(v, int(r.fields[0])) for r in table("weekdays", 3) for v in r.variants]


@st.composite
def noisy(draw: st.DrawFn, word: str) -> str:
    """`word` with random harakat after letters, tatweel inside, bidi marks at the edges."""
    out = []
    for i, ch in enumerate(word):
        out.append(ch)
        if ch.isalpha() and "\u0600" <= ch <= "\u06ff":
            if draw(st.booleans()):
                out.append(draw(st.sampled_from(HARAKAT)))
            if i + 1 < len(word) and word[i + 1].isalpha() and draw(st.integers(0, 4)) == 0:
                out.append("\u0640" * draw(st.integers(1, 3)))
    lead = draw(st.lists(st.sampled_from(BIDI), max_size=2))
    trail = draw(st.lists(st.sampled_from([*BIDI, "،", " ", "»", ")"]), max_size=2))
    return "".join(lead) + "".join(out) + "".join(trail)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_month_names_survive_noise(data: st.DataObject) -> None:
    word, month = data.draw(st.sampled_from(MONTHS))
    assert arnews.month_number(data.draw(noisy(word))) == month


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_hijri_and_weekday_names_survive_noise(data: st.DataObject) -> None:
    word, month = data.draw(st.sampled_from(HIJRI))
    assert arnews.hijri_month_number(data.draw(noisy(word))) == month
    word, day = data.draw(st.sampled_from(WEEKDAYS))
    assert arnews.weekday_number(data.draw(noisy(word))) == day


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 999_999), st.sampled_from(["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]))
def test_numbers_in_any_digit_script(value: int, digits: str) -> None:
    written = str(value).translate(str.maketrans("0123456789", digits))
    assert arnews.number_value(written) == value
    assert arnews.normalize_digits(written) == str(value)
