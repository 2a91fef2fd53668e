"""A random date written in any naming system, form and digit set parses back; noise is harmless."""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
from arnews._lexicon import table

MONTH_NAMES = [(int(r.fields[0]), v) for r in table("months", 4) for v in r.variants]
HIJRI_NAMES = [(int(r.fields[0]), v) for r in table("hijri_months", 3) for v in r.variants]
WEEKDAY_NAMES = [(int(r.fields[0]), v) for r in table("weekdays", 3) for v in r.variants]
DIGITS = {
    "ascii": str.maketrans("", ""),
    "arabic": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "persian": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
}
NOISE = ["\u200f", "\u200e", "\u061c", "\u2066", "\u2069"]

dates = st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2070, 12, 31))
times = st.one_of(st.none(), st.times().map(lambda t: t.replace(second=0, microsecond=0)))


def _written(date: dt.date, month_name: str, form: int) -> str:
    if form == 0:
        return f"{date.day} {month_name} {date.year}"
    if form == 1:
        return f"{date.day:02d}/{month_name}/{date.year}"
    if form == 2:
        return f"{date.day:02d}/{date.month:02d}/{date.year}"
    if form == 3:
        return f"{date.day}-{date.month}-{date.year}"
    return date.isoformat()


def _clock(time: dt.time, twelve: bool) -> str:
    if not twelve:
        return f"{time.hour:02d}:{time.minute:02d}"
    hour = time.hour % 12 or 12
    return f"{hour}:{time.minute:02d} {'م' if time.hour >= 12 else 'ص'}"


@settings(max_examples=200, deadline=None)
@given(
    date=dates,
    time=times,
    month=st.sampled_from(MONTH_NAMES),
    form=st.integers(0, 4),
    digits=st.sampled_from(sorted(DIGITS)),
    with_weekday=st.booleans(),
    twelve=st.booleans(),
    sep=st.sampled_from([" - ", " ", "، ", " | "]),
)
def test_written_date_parses_back(
    *,
    date: dt.date,
    time: dt.time | None,
    month: tuple[int, str],
    form: int,
    digits: str,
    with_weekday: bool,
    twelve: bool,
    sep: str,
) -> None:
    date = date.replace(month=month[0], day=min(date.day, 28))
    text = _written(date, month[1], form)
    if with_weekday:
        name = next(v for d, v in WEEKDAY_NAMES if d == date.weekday() and v.startswith("ال"))
        text = f"{name} {text}"
    if time is not None:
        text = f"{text}{sep}{_clock(time, twelve)}"
    text = text.translate(DIGITS[digits])
    m = arnews.parse_date(text)
    assert m is not None, text
    assert (m.date, m.time) == (date, time), text
    assert m.text == text and m.span == (0, len(text))
    assert m.warnings == ()


@settings(max_examples=150, deadline=None)
@given(
    st.dates(min_value=dt.date(1924, 8, 1), max_value=dt.date(2077, 11, 16)),
    st.sampled_from(HIJRI_NAMES),
    st.sampled_from(["هـ", "ه", "هجري", "للهجرة"]),
    st.sampled_from(sorted(DIGITS)),
)
def test_hijri_date_parses_back(
    date: dt.date, month: tuple[int, str], mark: str, digits: str
) -> None:
    hijri = Gregorian(date.year, date.month, date.day).to_hijri()
    if hijri.month != month[0]:
        return
    text = f"{hijri.day} {month[1]} {hijri.year} {mark}".translate(DIGITS[digits])
    m = arnews.parse_date(text)
    assert m is not None and m.hijri == (hijri.year, hijri.month, hijri.day), text
    assert m.date == date and m.text == text


@settings(max_examples=150, deadline=None)
@given(dates, st.sampled_from(MONTH_NAMES), st.data())
def test_tatweel_and_bidi_noise_never_change_a_value(
    date: dt.date, month: tuple[int, str], data: st.DataObject
) -> None:
    date = date.replace(month=month[0], day=min(date.day, 28))
    clean = f"{date.day} {month[1]} {date.year} 10:30 م"
    noisy = list(clean)
    for _ in range(data.draw(st.integers(0, 4))):
        at = data.draw(st.integers(0, len(noisy)))
        noisy.insert(at, data.draw(st.sampled_from(NOISE)))
    for i in range(len(noisy) - 1, 0, -1):  # tatweel inside an Arabic word only lengthens it
        pair = noisy[i - 1] + noisy[i]
        if all("\u0621" <= ch <= "\u064a" for ch in pair) and data.draw(st.booleans()):
            noisy.insert(i, "\u0640")
    text = "".join(noisy)
    m = arnews.parse_date(text)
    assert m is not None, text
    assert (m.date, m.time) == (date, dt.time(22, 30)), text
    assert text[m.span[0] : m.span[1]] == m.text


PIECES = [
    "منذ", "قبل", "6", "يناير", "2026", "10:30", "م", "رجب", "1447", "هـ", "الموافق", "/", "-",
    "،", "الثلاثاء", "يوم", "بتوقيت", "القاهرة", "GMT+3", "أمس", "ساعتين", "ساعات", "3",
    "\u200f", "\u0640", "ص", "الساعة", "١٢", ":", "من",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=30),
    st.booleans(),
)
def test_find_dates_never_raises_and_spans_slice(pieces: list[str], anchored: bool) -> None:
    text = " ".join(pieces)
    anchor = dt.datetime(2026, 1, 6, 12, 0) if anchored else None
    found = arnews.find_dates(text, anchor=anchor)
    end = 0
    for m in found:
        assert end <= m.span[0] < m.span[1] <= len(text)
        assert text[m.span[0] : m.span[1]] == m.text
        end = m.span[1]
    first = arnews.parse_date(text, now=anchor)
    assert (first is None) == (not found)
    if first is not None:
        assert first.span == found[0].span
