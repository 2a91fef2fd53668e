"""Month, weekday and number-word lookups: tolerant of noise, None when unsure."""

from __future__ import annotations

import pytest

import arnews


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("كانون الثاني", 1), ("كانون الثانى", 1), ("شباط", 2), ("اذار", 3), ("آذار", 3),
        ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8), ("ايلول", 9),
        ("تشرين الاول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12),
        ("يناير", 1), ("فبراير", 2), ("إبريل", 4), ("ابريل", 4), ("يونيه", 6), ("يولية", 7),
        ("أغسطس", 8), ("اغسطس", 8), ("ديسمبر", 12),
        ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7),
        ("أوت", 8), ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
        ("أغشت", 8), ("شتمبر", 9), ("دجمبر", 12),
        ("أي النار", 1), ("النوار", 2), ("الطير", 4), ("هانيبال", 8), ("الفاتح", 9),
        ("الكانون", 12),
        ("كانون 2", 1), ("تشرين ١", 10),
        ("كانون الثاني/يناير", 1), ("تشرين الثاني (نوفمبر)", 11), ("أيار/مايو", 5),
        ("يوليو تموز", 7), ("«آب»،", 8), ("\u200fأَيّـار\u200e", 5),
    ],
)  # fmt: skip
def test_month_number(word: str, month: int) -> None:
    assert arnews.month_number(word) == month


@pytest.mark.parametrize(
    "word", ["", "كانون", "تشرين", "كانون الثاني/مارس", "يوليو آب", "خبر", "13", "الثلاثاء"]
)
def test_month_number_none(word: str) -> None:
    assert arnews.month_number(word) is None


@pytest.mark.parametrize(
    ("word", "month"),
    [("محرم", 1), ("محرّم", 1), ("صفر", 2), ("ربيع الأول", 3), ("ربيع الاخر", 4),
     ("ربيع الثاني", 4), ("جمادى الأولى", 5), ("جمادى الآخرة", 6), ("رجب", 7), ("شعبان", 8),
     ("رمضان", 9), ("شوال", 10), ("ذو القعدة", 11), ("ذي القعدة", 11), ("ذو الحجة", 12),
     ("ذي الحجة", 12)],
)  # fmt: skip
def test_hijri_month_number(word: str, month: int) -> None:
    assert arnews.hijri_month_number(word) == month


def test_hijri_fragments_are_none() -> None:
    assert arnews.hijri_month_number("ربيع") is None
    assert arnews.hijri_month_number("جمادى") is None
    assert arnews.hijri_month_number("يناير") is None


@pytest.mark.parametrize(
    ("word", "day"),
    [("الإثنين", 0), ("الاثنين", 0), ("يوم الاثنين،", 0), ("الثلاثاء", 1), ("الأربعاء", 2),
     ("اربعاء", 2), ("الخميس", 3), ("الجمعة", 4), ("السبت", 5), ("الأحد", 6), ("الاحد", 6)],
)  # fmt: skip
def test_weekday_number(word: str, day: int) -> None:
    assert arnews.weekday_number(word) == day


@pytest.mark.parametrize("word", ["", "يوم", "اليوم", "غدا", "يناير"])
def test_weekday_number_none(word: str) -> None:
    assert arnews.weekday_number(word) is None


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("ثلاث", 3), ("ثلاثة", 3), ("خمس وثلاثين", 35), ("خمسة و ثلاثون", 35), ("٤٦", 46),
        ("46", 46), ("واحد", 1), ("واحدة", 1), ("اثنان", 2), ("اثنتين", 2), ("ثماني", 8),
        ("عشر", 10), ("أحد عشر", 11), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("اثني عشر", 12),
        ("ثلاثة عشر", 13), ("تسعة عشر", 19), ("عشرون", 20), ("عشرين", 20), ("مئة", 100),
        ("مائة", 100), ("مئتين", 200), ("ثلاثمائة", 300), ("ثلاث مئة", 300),
        ("مئة وخمسون", 150), ("ثلاثمائة وخمسة وعشرون", 325), ("ألف", 1000), ("ألفين", 2000),
        ("ثلاثة آلاف", 3000), ("ألف وتسعمائة", 1900), ("الأول", 1), ("السادس", 6),
        ("العاشر", 10), ("الحادي عشر", 11), ("الحادي والثلاثين", 31), ("العشرين", 20),
        ("  «ثلاث»، ", 3), ("ثَلَاث", 3),
    ],
)  # fmt: skip
def test_number_value(words: str, value: int) -> None:
    assert arnews.number_value(words) == value


@pytest.mark.parametrize(
    "words", ["", "ثلاث ثلاث", "عشرون ثلاثون", "ساعة", "ثلاث ساعات", "مليون كلمة", "٤٦ دقيقة"]
)
def test_number_value_none(words: str) -> None:
    assert arnews.number_value(words) is None
