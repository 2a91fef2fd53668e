"""Date lines in the shapes Arabic outlets print them, grouped by where the shape is seen.

Every example is composed for this file (FORMATS.md describes the shapes); none is copied.
Known gaps run as strict xfails so a fix is noticed.
"""

from __future__ import annotations

import datetime as dt

import pytest

import arnews

D = dt.date
T = dt.time
NOW = dt.datetime(2026, 1, 6, 12, 0)

Case = tuple[str, dt.date | None, dt.time | None, tuple[int, int, int] | None]


def _check(case: Case) -> None:
    text, date, time, hijri = case
    m = arnews.parse_date(text, now=NOW)
    assert m is not None, text
    assert (m.date, m.time, m.hijri) == (date, time, hijri), text
    assert text[m.span[0] : m.span[1]] == m.text


LEVANT_AND_IRAQ: list[Case] = [
    ("الإثنين 03 شباط 2025", D(2025, 2, 3), None, None),
    ("السبت، 14 آذار 2026 - 08:05", D(2026, 3, 14), T(8, 5), None),
    ("١ كانون الثاني ٢٠٢٦", D(2026, 1, 1), None, None),
    ("تاريخ النشر: 12 تشرين الأول 2025 | 4:40 م", D(2025, 10, 12), T(16, 40), None),
    ("الخميس 9 كانون الثاني/يناير 2025", D(2025, 1, 9), None, None),
    ("23 يوليو تموز 2025", D(2025, 7, 23), None, None),
    ("الأحد 5 مايس 2024", D(2024, 5, 5), None, None),
    ("11 أيلول 2024 بتوقيت بغداد 9:15 ص", D(2024, 9, 11), T(9, 15), None),
]

EGYPT_AND_SUDAN: list[Case] = [
    ("الثلاثاء 6 يناير 2026 - 10:30 م", D(2026, 1, 6), T(22, 30), None),
    ("الأربعاء، 04 نوفمبر 2015 09:20 م", D(2015, 11, 4), T(21, 20), None),
    ("الخميس 19 يونيه 2025 - 11:45 ص", D(2025, 6, 19), T(11, 45), None),
    ("الجمعة 30/أغسطس/2017 - 04:20 م", D(2017, 8, 30), T(16, 20), None),
    ("6 يناير 2026 17:30", D(2026, 1, 6), T(17, 30), None),
    ("السبت 1 فبراير 2025 07:00 مساءً بتوقيت القاهرة", D(2025, 2, 1), T(19, 0), None),
    # the formal style of official pages: a link between the day and month, and the year
    ("16 من أبريل لعام 2025", D(2025, 4, 16), None, None),
    ("5 من شهر مايو 2024", D(2024, 5, 5), None, None),
    ("الأحد 3 نوفمبر عام 2024", D(2024, 11, 3), None, None),
    # a colon after "الساعة", a comma glued to the year
    ("الأحد 02 يونيو ,2024 الساعة: 08:52 صباحاً", D(2024, 6, 2), T(8, 52), None),
]

MAGHREB: list[Case] = [
    ("17 نونبر 2013م", D(2013, 11, 17), None, None),
    ("الأربعاء 3 شتنبر 2025 - 18:20", D(2025, 9, 3), T(18, 20), None),
    ("الإثنين 22 دجنبر 2025", D(2025, 12, 22), None, None),
    ("الخميس 14 جويلية 2022 على الساعة 12:40", D(2022, 7, 14), T(12, 40), None),
    ("1 جانفي 2024", D(2024, 1, 1), None, None),
    ("السبت 16 أوت 2025 - 10:05 صباحا", D(2025, 8, 16), T(10, 5), None),
    ("25 يوليوز 2025 بتوقيت الرباط", D(2025, 7, 25), None, None),
    ("5 أغشت 2024", D(2024, 8, 5), None, None),
    # French month and weekday names in a Maghreb site's bars, any letter case, accents or not
    ("05 janvier 2026 - 14:00", D(2026, 1, 5), T(14, 0), None),
    ("Mardi 3 Février 2026", D(2026, 2, 3), None, None),
    ("16 AOUT 2025", D(2025, 8, 16), None, None),
    ("22 décembre 2025 - 09:30", D(2025, 12, 22), T(9, 30), None),
    ("1 sept. 2024", D(2024, 9, 1), None, None),
]

GULF_AND_HIJRI: list[Case] = [
    ("17 رجب 1447 هـ", D(2026, 1, 6), None, (1447, 7, 17)),
    ("17/07/1447هـ", D(2026, 1, 6), None, (1447, 7, 17)),
    ("الثلاثاء 17 رجب 1447 هـ الموافق 6 يناير 2026 م", D(2026, 1, 6), None, (1447, 7, 17)),
    ("21 مارس 2023 م - 29 شعبان 1444 هـ", D(2023, 3, 21), None, (1444, 8, 29)),
    ("السبت 1 رمضان 1446 هـ", D(2025, 3, 1), None, (1446, 9, 1)),
    ("10 ذو الحجة 1445 هـ - 12:30 م بتوقيت مكة المكرمة", D(2024, 6, 16), T(12, 30), (1445, 12, 10)),
    ("17 رجب", D(2026, 1, 6), None, (1447, 7, 17)),
]

LIBYA: list[Case] = [
    ("4 النوار 2026", D(2026, 2, 4), None, None),
    ("سبها 4 فبراير 2026", D(2026, 2, 4), None, None),
    ("1 الفاتح 2010", D(2010, 9, 1), None, None),
]

INTERNATIONAL_AND_NUMERIC: list[Case] = [
    ("17-12-2021, 08:55", D(2021, 12, 17), T(8, 55), None),
    ("2025-05-23 | 12:18", D(2025, 5, 23), T(12, 18), None),
    ("2024-07-06@17:32:53 GMT", D(2024, 7, 6), T(17, 32, 53), None),
    ("2026-01-06T09:15:00+03:00", D(2026, 1, 6), T(9, 15), None),
    ("Published 06/01/2026 10:30 GMT", D(2026, 1, 6), T(10, 30), None),
    ("الثلاثاء ٢٢ يوليو ٢٠١٤ - ٠١:٥٠", D(2014, 7, 22), T(1, 50), None),
    ("آخر تحديث: 06/01/2026 - 15:04 (ت.غ)", D(2026, 1, 6), T(15, 4), None),
    # English month names and ordinal days on Arabic pages
    ("تاريخ النشر: 27th, August 2024 GMT", D(2024, 8, 27), None, None),
    ("Updated 1st Jan 2025 - 10:30", D(2025, 1, 1), T(10, 30), None),
    ("3 SEPTEMBER 2025", D(2025, 9, 3), None, None),
    ("22nd Sept 2025 | 09:05", D(2025, 9, 22), T(9, 5), None),
    # US order: the English month first, the year required
    ("Published: August 27, 2024", D(2024, 8, 27), None, None),
    ("آخر تحديث: Sep. 3, 2025 10:45 PM", D(2025, 9, 3), T(22, 45), None),
    ("May,20 2014", D(2014, 5, 20), None, None),  # a comma glued after the month
    ("فاتح شتنبر 2023", D(2023, 9, 1), None, None),  # the Maghreb's "first" of a month
    ("DEC 31 2025 - 23:59", D(2025, 12, 31), T(23, 59), None),
    ("Oct 12th, 2023", D(2023, 10, 12), None, None),
    # a comma after the day, English weekdays
    ("Thursday 31, July 2025", D(2025, 7, 31), None, None),
    ("Tuesday, 6 January 2026 - 10:30", D(2026, 1, 6), T(10, 30), None),
    ("الثلاثاء 6، يناير 2026", D(2026, 1, 6), None, None),
    # a year first with spaces; parts glued with no space
    ("2015 05 14", D(2015, 5, 14), None, None),
    ("الخميس03اكتوبر2024_13:56", D(2024, 10, 3), None, None),
    ("تاريخ Nov 9, 2024", D(2024, 11, 9), None, None),
    # a print issue's masthead
    ("العدد 5241 - الخميس 31 يوليو 2025", D(2025, 7, 31), None, None),
]

RELATIVE: list[Case] = [
    ("منذ 46 دقيقة", D(2026, 1, 6), T(11, 14), None),
    ("منذ ساعة", D(2026, 1, 6), T(11, 0), None),
    ("منذ ساعتين", D(2026, 1, 6), T(10, 0), None),
    ("منذ 3 ساعات", D(2026, 1, 6), T(9, 0), None),
    ("منذ يوم واحد", D(2026, 1, 5), None, None),
    ("منذ 1 أسبوع", D(2025, 12, 30), None, None),
    ("منذ سنة", D(2025, 1, 6), None, None),
    ("قبل حوالي ثلاث ساعات", D(2026, 1, 6), T(9, 0), None),
]


@pytest.mark.parametrize("case", LEVANT_AND_IRAQ, ids=lambda c: c[0])
def test_levant_and_iraq(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", EGYPT_AND_SUDAN, ids=lambda c: c[0])
def test_egypt_and_sudan(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", MAGHREB, ids=lambda c: c[0])
def test_maghreb(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", GULF_AND_HIJRI, ids=lambda c: c[0])
def test_gulf_and_hijri(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", LIBYA, ids=lambda c: c[0])
def test_libya(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", INTERNATIONAL_AND_NUMERIC, ids=lambda c: c[0])
def test_international_and_numeric(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", RELATIVE, ids=lambda c: c[0])
def test_relative_stamps(case: Case) -> None:
    _check(case)


# Things that look like dates and are not, or that we cannot read without guessing.
NOT_DATES = [
    "بنتيجة 3 صفر",  # a score, not 3 Safar
    "المادة 17 من الدستور",
    "قرار رقم 2026",
    "خلال 3 ساعات",
    "الأعنف منذ بدء الحرب",
    "منذ عام 2020",
    "يناير 2026",  # a month, not a day
    "06/01/26",  # a two-digit year: 1926 or 2026?
    "30/02/2024",
    "13/25/2026",  # neither number is a month: never guessed
    "1447/07/17",  # a Hijri year without its mark
    "may 2025",  # an English word (or month) with no day
    "May 5 للتوظيف",  # month first needs its year
    "Marching 12, 2024",  # a word that opens with a month name
    "وصل 3، وغادر",  # a number, a comma, a word
    "2015 5 14",  # spaces between one-digit parts: a list of numbers
    "عام 2015 05",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    m = arnews.parse_date(text, now=NOW)
    assert m is None, m


# Known gaps: each would need a rule we do not have yet.
def test_zone_before_time() -> None:
    m = arnews.parse_date("GMT+3 10:00")
    assert m is not None and m.time == T(10, 0) and m.tz is not None
    assert m.tz.utcoffset(None) == dt.timedelta(hours=3)
    m = arnews.parse_date("بتوقيت القاهرة 10:30 صباحا")
    assert m is not None and str(m.tz) == "Africa/Cairo" and m.text == "بتوقيت القاهرة 10:30 صباحا"
    assert arnews.parse_date("بتوقيت القاهرة") is None  # a zone alone is no time


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("الساعة العاشرة صباحاً", T(10, 0)),
        ("الساعة العاشرة والنصف صباحا", T(10, 30)),
        ("في تمام الساعة الثالثة إلا ربعا عصرا", T(14, 45)),
        ("الساعة الواحدة ظهرا", T(13, 0)),
        ("الساعة الحادية عشرة ليلا", T(23, 0)),
        ("الساعة الثانية عشرة والربع", T(12, 15)),
    ],
)
def test_hour_in_words(text: str, time: dt.time) -> None:
    m = arnews.parse_date(text)
    assert m is not None and m.time == time and m.date is None
    assert text[m.span[0] : m.span[1]] == m.text


def test_hour_in_words_with_a_date() -> None:
    m = arnews.parse_date("الثلاثاء 6 يناير 2026 الساعة الثامنة مساء")
    assert m is not None and (m.date, m.time) == (D(2026, 1, 6), T(20, 0))


def test_the_first_hour_is_no_clock_time() -> None:
    assert arnews.parse_date("خلال الساعة الأولى من الهجوم") is None


def test_year_on_the_next_line() -> None:
    m = arnews.parse_date("6 يناير\n2026")
    assert m is not None and m.date == D(2026, 1, 6) and m.text == "6 يناير\n2026"


@pytest.mark.parametrize("text", ["29 تشرين الثاني 19 - 14:00", "6 يناير 26", "3 مارس 25 |"])
def test_a_two_digit_year_after_a_month_name_is_no_guess(text: str) -> None:
    m = arnews.parse_date(text, now=NOW)
    assert m is None or m.date is None, m


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("12/31/2025", dt.date(2025, 12, 31)),
        ("08 / 17 / 2016", dt.date(2016, 8, 17)),
        ("2/28/2026 1:57:00 PM", dt.date(2026, 2, 28)),
    ],
)
def test_a_numeric_date_whose_second_number_is_no_month_is_read_month_first(
    text: str, date: dt.date
) -> None:
    found = arnews.parse_date(text)
    assert found is not None and found.date == date and found.text == text
    assert [w.code for w in found.warnings] == ["reordered-date"]
    # both readings possible: day first, the Arab convention, with no warning
    both = arnews.parse_date("06/01/2026")
    assert both is not None and both.date == dt.date(2026, 1, 6) and both.warnings == ()


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        # a Drupal page's weekday and month-first date: Saturday is 6 August, not 8 June
        ("سبت, 08/06/2022 - 23:34", dt.date(2022, 8, 6), "reordered-date"),
        ("الاثنين 06/01/2026", dt.date(2026, 6, 1), "reordered-date"),
        # the weekday fits the day-first reading: the Arab convention, no warning
        ("الثلاثاء 06/01/2026", dt.date(2026, 1, 6), None),
        # it fits neither: day first, and the mismatch said
        ("الأحد 06/01/2026", dt.date(2026, 1, 6), "weekday-mismatch"),
        # one reading only: never moved to fit the weekday
        ("الأحد 25/01/2026", dt.date(2026, 1, 25), None),
    ],
)
def test_the_weekday_decides_a_numeric_date_with_two_readings(
    text: str, date: dt.date, code: str | None
) -> None:
    found = arnews.parse_date(text)
    assert found is not None and found.date == date
    assert [w.code for w in found.warnings] == ([code] if code else [])
