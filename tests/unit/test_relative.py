"""parse_relative: every unit form, number words, fixed phrases; None for what counts from else."""

from __future__ import annotations

import datetime as dt

import pytest

import arnews
from arnews._fold import fold
from arnews._lexicon import table
from arnews._relative import find_relative, resolve_relative


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        # singular: a bare word is one
        ("منذ ثانية", 1, "second"), ("منذ دقيقة", 1, "minute"), ("منذ ساعة", 1, "hour"),
        ("منذ يوم", 1, "day"), ("منذ أسبوع", 1, "week"), ("منذ شهر", 1, "month"),
        ("منذ سنة", 1, "year"), ("منذ عام", 1, "year"),
        # dual
        ("منذ ثانيتين", 2, "second"), ("منذ دقيقتين", 2, "minute"), ("منذ ساعتين", 2, "hour"),
        ("قبل ساعتان", 2, "hour"), ("منذ يومين", 2, "day"), ("منذ أسبوعين", 2, "week"),
        ("منذ شهرين", 2, "month"), ("منذ سنتين", 2, "year"), ("منذ عامين", 2, "year"),
        # plural with a number, digits in any script
        ("منذ 3 ثوان", 3, "second"), ("منذ 5 ثواني", 5, "second"), ("منذ 4 دقائق", 4, "minute"),
        ("منذ 3 ساعات", 3, "hour"), ("منذ ٣ ساعات", 3, "hour"), ("منذ ۳ ساعات", 3, "hour"),
        ("منذ 5 أيام", 5, "day"), ("منذ 3 أسابيع", 3, "week"), ("منذ 4 أشهر", 4, "month"),
        ("منذ 4 شهور", 4, "month"), ("منذ 3 سنوات", 3, "year"), ("منذ 3 سنين", 3, "year"),
        ("منذ 3 أعوام", 3, "year"),
        # accusative singular after 11..99
        ("منذ 46 دقيقة", 46, "minute"), ("منذ 15 يوماً", 15, "day"), ("منذ 11 شهراً", 11, "month"),
        ("منذ 20 عاماً", 20, "year"), ("منذ 12 ساعةً", 12, "hour"),
        # number words
        ("منذ ثلاث ساعات", 3, "hour"), ("منذ ثلاثة أيام", 3, "day"),
        ("منذ خمس وثلاثين دقيقة", 35, "minute"), ("منذ عشرين عاماً", 20, "year"),
        ("منذ يوم واحد", 1, "day"), ("منذ ساعة واحدة", 1, "hour"), ("منذ 1 أسبوع", 1, "week"),
        # about / closers
        ("منذ حوالي 3 ساعات", 3, "hour"), ("منذ نحو ساعة", 1, "hour"),
        ("قبل حوالى يومين", 2, "day"),
        ("3 ساعات مضت", 3, "hour"), ("ساعتين مضت", 2, "hour"), ("منذ يومين مضت", 2, "day"),
        ("قبل 5 دقائق", 5, "minute"),
        # fixed phrases
        ("أمس", 1, "day"), ("البارحة", 1, "day"), ("بالأمس", 1, "day"), ("أول أمس", 2, "day"),
        ("أول من أمس", 2, "day"), ("اليوم", 0, "day"), ("الآن", 0, "second"),
        ("للتو", 0, "second"), ("منذ قليل", 0, "minute"), ("منذ لحظات", 0, "second"),
        ("منذ ثوانٍ", 0, "second"),
        # noise: tatweel, bidi marks, harakat
        ("مـنـذ 46 دقيـقـة", 46, "minute"), ("\u200fمنذ\u200f ٤٦ دقيقة", 46, "minute"),
        ("مُنْذُ سَاعَةٍ", 1, "hour"),
    ],
)  # fmt: skip
def test_relative_forms(text: str, amount: int, unit: str) -> None:
    rel = arnews.parse_relative(text)
    assert rel is not None, text
    assert (rel.amount, rel.unit) == (amount, unit)
    assert text[rel.span[0] : rel.span[1]] == rel.text


@pytest.mark.parametrize(
    "text",
    [
        "منذ ساعات",  # a plural needs a number
        "منذ أيام",
        "الأعنف منذ بدء الحرب",
        "منذ يوم الاثنين",  # since Monday
        "منذ عام 2020",  # since 2020
        "منذ شهر رمضان",
        "منذ شهر مارس",
        "قبل يوم الانتخابات",
        "قبل يومين من الانتخابات",  # counts from the elections
        "قبل 3 أيام على الموعد",
        "منذ ساعة ونصف",  # not a whole number of hours
        "منذ ساعة و20 دقيقة",
        "في المستقبل يوم",
        "منذ",
        "ساعة",
        "ثلاث ساعات",
    ],
)
def test_not_relative(text: str) -> None:
    assert arnews.parse_relative(text) is None


def test_conjunction_before_the_opener() -> None:
    rel = arnews.parse_relative("ومنذ ساعتين وصل الوفد")
    assert rel is not None and rel.text == "منذ ساعتين" and rel.span == (1, 11)


def test_glued_only_on_request() -> None:
    text = "وصول الوفد الجديدمنذ 5 ساعات"
    assert arnews.parse_relative(text) is None
    rel = find_relative(fold(text), glued=True)
    assert rel is not None and (rel.amount, rel.unit, rel.text) == (5, "hour", "منذ 5 ساعات")


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("منذ 46 دقيقة", dt.datetime(2026, 1, 6, 12, 0), dt.datetime(2026, 1, 6, 11, 14)),
        ("منذ ساعتين", dt.datetime(2026, 1, 6, 1, 0), dt.datetime(2026, 1, 5, 23, 0)),
        ("منذ أسبوع", dt.datetime(2026, 1, 6, 12, 0), dt.datetime(2025, 12, 30, 12, 0)),
        ("منذ شهر", dt.datetime(2026, 3, 31, 12, 0), dt.datetime(2026, 2, 28, 12, 0)),
        ("منذ سنة", dt.datetime(2024, 2, 29, 8, 0), dt.datetime(2023, 2, 28, 8, 0)),
        ("الآن", dt.datetime(2026, 1, 6, 12, 0), dt.datetime(2026, 1, 6, 12, 0)),
        ("أمس", dt.datetime(2026, 1, 1, 9, 0), dt.datetime(2025, 12, 31, 9, 0)),
    ],
)
def test_resolve(text: str, now: dt.datetime, expected: dt.datetime) -> None:
    rel = arnews.parse_relative(text)
    assert rel is not None and resolve_relative(rel, now) == expected


def test_resolve_keeps_an_aware_now_aware() -> None:
    now = dt.datetime(2026, 1, 6, 12, 0, tzinfo=dt.timezone.utc)
    rel = arnews.parse_relative("منذ ساعة")
    assert rel is not None and resolve_relative(rel, now).tzinfo is dt.timezone.utc


@pytest.mark.parametrize(
    ("amount", "unit", "variant"),
    [(r.fields[0], r.fields[1], v) for r in table("relative_phrases", 4) for v in r.variants],
)
def test_every_fixed_phrase(amount: str, unit: str, variant: str) -> None:
    rel = arnews.parse_relative(variant)
    assert rel is not None and (rel.amount, rel.unit) == (int(amount), unit)


@pytest.mark.parametrize(
    ("unit", "count", "variant"),
    [(r.fields[0], r.fields[1], v) for r in table("time_units", 4) for v in r.variants],
)
def test_every_unit_word(unit: str, count: str, variant: str) -> None:
    text = f"منذ 7 {variant}" if count == "n" else f"منذ {variant}"
    rel = arnews.parse_relative(text)
    assert rel is not None and rel.unit == unit
    assert rel.amount == {"1": 1, "2": 2, "n": 7}[count]


@pytest.mark.parametrize(
    ("role", "variant"),
    [(r.fields[0], v) for r in table("relative_cues", 3) for v in r.variants],
)
def test_every_cue(role: str, variant: str) -> None:
    phrase = {
        "before": f"{variant} 3 ساعات",
        "after": f"3 ساعات {variant}",
        "about": f"منذ {variant} 3 ساعات",
        "one": f"منذ يوم {variant}",
        "elsewhere": f"قبل 3 ساعات {variant} الموعد",
        "fraction": f"منذ ساعة {variant}",
    }[role]
    rel = arnews.parse_relative(phrase)
    if role in ("elsewhere", "fraction"):
        assert rel is None, phrase
    else:
        assert rel is not None and rel.text == phrase, phrase


def test_an_amount_past_a_thousand_years_is_noise_not_a_stamp() -> None:
    # Found by hypothesis: digits run together ("منذ ٢٠٢٦٢٠٢٦46 دقيقة") overflowed `now` minus it.
    now = dt.datetime(2026, 1, 6, 12, 0)
    art = arnews.parse(" date 2026-01-06 منذ ٢٠٢٦٢٠٢٦46 دقيقة\n\nنص الخبر.", now=now)
    assert art.relative is None and art.published_at == dt.datetime(2026, 1, 6)
    assert arnews.parse_relative("منذ 999 سنة") is not None
    assert arnews.parse_relative("منذ 1001 سنة") is None
