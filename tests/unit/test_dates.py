"""parse_date / find_dates: every supported form reads right, everything else is None."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

import arnews

D = dt.date
T = dt.time
NOW = dt.datetime(2026, 1, 6, 12, 0)


def _read(text: str, now: dt.datetime | None = None) -> tuple[object, ...]:
    m = arnews.parse_date(text, now=now)
    assert m is not None, text
    assert text[m.span[0] : m.span[1]] == m.text
    return (m.date, m.time, m.hijri)


# --- numeric dates: day first always ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "time"),
    [
        ("2026-01-06", D(2026, 1, 6), None),
        ("2026-01-06T10:30:00", D(2026, 1, 6), T(10, 30)),
        ("2024-07-06@17:32:53", D(2024, 7, 6), T(17, 32, 53)),
        ("2025-05-23 | 12:18", D(2025, 5, 23), T(12, 18)),
        ("2026/1/6", D(2026, 1, 6), None),
        ("06/01/2026", D(2026, 1, 6), None),
        ("6-1-2026", D(2026, 1, 6), None),
        ("6.1.2026", D(2026, 1, 6), None),
        ("17-12-2021, 08:55", D(2021, 12, 17), T(8, 55)),
        ("١٧/١٢/٢٠٢١", D(2021, 12, 17), None),
        ("۱۷/۱۲/۲۰۲۱", D(2021, 12, 17), None),
        ("١٧\u200f/١٢\u200f/٢٠٢١", D(2021, 12, 17), None),
        ("17 / 12 / 2021", D(2021, 12, 17), None),
        ("06/01/2026 م", D(2026, 1, 6), None),
        # the page lost the space between the year and the time
        ("24/3/202405:37 م", D(2024, 3, 24), T(17, 37)),
        ("4/2/202512:25 AM", D(2025, 2, 4), T(0, 25)),
    ],
)
def test_numeric_dates(text: str, date: dt.date, time: dt.time | None) -> None:
    assert _read(text)[:2] == (date, time)


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2026",  # no 31 February: rejected, not moved to 3 March
        "13/25/2026",  # month 25: rejected, never swapped into 25 December
        "29/02/2025",  # not a leap year
        "2026-13-01",
        "17/07/1447",  # a Hijri year without its mark is no Gregorian year
        "6/1",  # no year
        "1-2/2026",  # mixed separators
        "12345678",
        "2026",
        "الرقم 06012026 ثابت",
        "15/3/20250116",  # no colon: no time glued to the year, and no year of eight digits
    ],
)
def test_numeric_non_dates(text: str) -> None:
    assert arnews.parse_date(text) is None


# --- written dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("6 يناير 2026", D(2026, 1, 6)),
        ("٦ كانون الثاني ٢٠٢٦", D(2026, 1, 6)),
        ("6 كانون الثاني/يناير 2026", D(2026, 1, 6)),
        ("6 تشرين الثاني (نوفمبر) 2025", D(2025, 11, 6)),
        ("23 يوليو تموز 2025", D(2025, 7, 23)),
        ("30/أغسطس/2017", D(2017, 8, 30)),
        ("17 نونبر 2013م", D(2013, 11, 17)),
        ("17 نونبر 2013 ميلادية", D(2013, 11, 17)),
        ("3 شتنبر 2024", D(2024, 9, 3)),
        ("1 جانفي 2025", D(2025, 1, 1)),
        ("14 جويلية 2024", D(2024, 7, 14)),
        ("1 الفاتح 1999", D(1999, 9, 1)),
        ("5 كانون 2 2026", D(2026, 1, 5)),
        ("السادس من يناير 2026", D(2026, 1, 6)),
        ("الحادي عشر من مارس 2026", D(2026, 3, 11)),
        ("الحادي والعشرين من آذار 2026", D(2026, 3, 21)),
        ("6 ينايـــر 2026", D(2026, 1, 6)),
        ("6 يَنَايِر 2026", D(2026, 1, 6)),
    ],
)
def test_written_dates(text: str, date: dt.date) -> None:
    assert _read(text)[0] == date


@pytest.mark.parametrize(
    ("text", "date", "weekday_ok"),
    [
        ("الثلاثاء 6 يناير 2026", D(2026, 1, 6), True),
        ("يوم الاثنين، 5 كانون الثاني 2026", D(2026, 1, 5), True),
        ("الإثنين 03 شباط 2025", D(2025, 2, 3), True),
        ("الأحد 6 يناير 2026", D(2026, 1, 6), False),
        ("الجمعة 30/أغسطس/2017", D(2017, 8, 30), False),
    ],
)
def test_weekday_is_checked_not_trusted(text: str, date: dt.date, weekday_ok: bool) -> None:
    m = arnews.parse_date(text)
    assert m is not None and m.date == date and m.text == text
    codes = [w.code for w in m.warnings]
    assert codes == ([] if weekday_ok else ["weekday-mismatch"])


def test_day_and_month_without_year_need_an_anchor() -> None:
    m = arnews.parse_date("في 6 يناير")
    assert m is not None and m.date is None and m.text == "6 يناير"
    assert _read("6 يناير", NOW)[0] == D(2026, 1, 6)
    assert _read("7 يناير", NOW)[0] == D(2025, 1, 7)  # never after the anchor
    assert _read("31 ديسمبر", NOW)[0] == D(2025, 12, 31)
    found = arnews.find_dates("يوم 29 فبراير", anchor=D(2026, 1, 6))
    assert [f.date for f in found] == [D(2024, 2, 29)]


@pytest.mark.parametrize(
    "text",
    ["31 فبراير 2026", "30 شباط", "32 يناير 2026", "6 كانون الثاني/مارس 2026", "0 يناير 2026"],
)
def test_impossible_written_dates(text: str) -> None:
    m = arnews.parse_date(text, now=NOW)
    assert m is None or m.date is None


def test_side_by_side_months_that_disagree_keep_the_first_only() -> None:
    m = arnews.parse_date("6 يناير مارس 2026")
    assert m is not None and m.text == "6 يناير" and m.date is None


# --- times and zones ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("3:15 م", T(15, 15)),
        ("3:15 مـ", T(15, 15)),
        ("10:30 ص", T(10, 30)),
        ("12:05 ص", T(0, 5)),
        ("12:05 م", T(12, 5)),
        ("09:20 مساءً", T(21, 20)),
        ("09:20 مساءا", T(21, 20)),
        ("09:20 مساء", T(21, 20)),
        ("7:45 صباحاً", T(7, 45)),
        ("الساعة 3", T(3, 0)),
        ("الساعة 3 عصراً", T(15, 0)),
        ("على الساعة 12:40", T(12, 40)),
        ("1 ظهراً", T(13, 0)),
        ("11:30 ظهرا", T(11, 30)),
        ("الساعة 12 ليلاً", T(0, 0)),
        ("10 ليلا", T(22, 0)),
        ("4 فجراً", T(4, 0)),
        ("17:30", T(17, 30)),
        ("١٠:٣٠ م", T(22, 30)),
        ("15:00 م", T(15, 0)),
        ("10:30:15", T(10, 30, 15)),
    ],
)
def test_times(text: str, time: dt.time) -> None:
    m = arnews.parse_date(text)
    assert m is not None and m.date is None and m.time == time and m.text == text


@pytest.mark.parametrize(
    "text", ["3 م", "3", "25:10", "10:75", "15:00 ص", "10 فجراً", "النتيجة 2:1", "3 ساعات"]
)
def test_non_times(text: str) -> None:
    assert arnews.parse_date(text) is None


def test_date_with_time() -> None:
    assert _read("الثلاثاء 6 يناير 2026 - 10:30 م")[:2] == (D(2026, 1, 6), T(22, 30))
    assert _read("الأربعاء، 04 نوفمبر 2015 09:20 م")[:2] == (D(2015, 11, 4), T(21, 20))
    assert _read("6 يناير 2026 في 17:30")[:2] == (D(2026, 1, 6), T(17, 30))
    assert _read("10:30 م الثلاثاء 6 يناير 2026")[:2] == (D(2026, 1, 6), T(22, 30))


def _offset(m: arnews.DateMatch | None) -> dt.timedelta | None:
    assert m is not None and m.date is not None and m.time is not None and m.tz is not None
    return dt.datetime.combine(m.date, m.time, tzinfo=m.tz).utcoffset()


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("6 يناير 2026 10:00 GMT", 0),
        ("6 يناير 2026 10:00 ت.غ", 0),
        ("6 يناير 2026 10:00 ت غ", 0),
        ("6 يناير 2026 10:00 بتوقيت غرينتش", 0),
        ("6 يناير 2026 10:00 GMT+3", 3),
        ("6 يناير 2026 10:00 UTC +03:00", 3),
        ("6 يناير 2026 10:00 بتوقيت مكة المكرمة", 3),
        ("6 يناير 2026 10:00 بتوقيت القاهرة", 2),
        ("6 يوليو 2025 10:00 بتوقيت القاهرة", 3),  # Egypt's summer time
        ("6 يناير 2026 10:00 بتوقيت القدس", 2),
        ("6 يوليو 2025 10:00 بتوقيت القدس", 3),
        ("6 يناير 2026 10:00 بتوقيت بيروت", 2),
        ("6 يوليو 2025 10:00 بتوقيت بيروت", 3),
        ("6 يناير 2026 10:00 بتوقيت الرباط", 1),
        ("6 يناير 2026 10:00 بتوقيت أبوظبي", 4),
        ("2026-07-01T10:30:00+03:00", 3),
        ("2026-07-01T10:30:00Z", 0),
        ("2026-07-01 10:30:00+03:00", 3),
        ("2026-07-01 10:30:00.250-05:00", -5),
    ],
)
def test_zones_follow_daylight_saving(text: str, hours: int) -> None:
    assert _offset(arnews.parse_date(text)) == dt.timedelta(hours=hours)


def test_zone_is_a_zoneinfo_zone() -> None:
    m = arnews.parse_date("10:30 م بتوقيت الرياض")
    assert m is not None and m.tz == zoneinfo.ZoneInfo("Asia/Riyadh")


@pytest.mark.parametrize(
    "text", ["16/09/2025 الساعة 21:21 (بتوقيت الدوحة)", "6 يناير 2026 - 10:00 (بتوقيت مكة المكرمة)"]
)
def test_a_zone_in_brackets_keeps_its_closing_bracket(text: str) -> None:
    m = arnews.parse_date(text)
    assert m is not None and m.text == text and m.tz is not None
    assert m.span == (0, len(text))


def test_unknown_zone_warns() -> None:
    m = arnews.parse_date("6 يناير 2026 10:00 بتوقيت المريخ")
    assert m is not None and m.tz is None
    assert [w.code for w in m.warnings] == ["unknown-zone"]


# --- Hijri and dual dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hijri", "date"),
    [
        ("17 رجب 1447 هـ", (1447, 7, 17), D(2026, 1, 6)),
        ("17 رجب 1447 هــ", (1447, 7, 17), D(2026, 1, 6)),
        ("17 رجب 1447ه", (1447, 7, 17), D(2026, 1, 6)),
        ("17 رجب 1447 للهجرة", (1447, 7, 17), D(2026, 1, 6)),
        ("17 رجب 1447 هجري", (1447, 7, 17), D(2026, 1, 6)),
        ("17 رجب 1447", (1447, 7, 17), D(2026, 1, 6)),
        ("17/07/1447هـ", (1447, 7, 17), D(2026, 1, 6)),
        ("1447/07/17 هـ", (1447, 7, 17), D(2026, 1, 6)),
        ("١ رمضان ١٤٤٦ هـ", (1446, 9, 1), D(2025, 3, 1)),
        ("29 شعبان 1444 هـ", (1444, 8, 29), D(2023, 3, 21)),
        ("10 ذي الحجة 1445 هـ", (1445, 12, 10), D(2024, 6, 16)),
        ("السابع عشر من رجب 1447 هـ", (1447, 7, 17), D(2026, 1, 6)),
    ],
)
def test_hijri_dates_convert_with_umm_al_qura(
    text: str, hijri: tuple[int, int, int], date: dt.date
) -> None:
    m = arnews.parse_date(text)
    assert m is not None and (m.hijri, m.date) == (hijri, date) and m.text == text


def test_hijri_day_month_is_never_gregorian() -> None:
    m = arnews.parse_date("17 رجب")
    assert m is not None and m.date is None and m.hijri is None
    m = arnews.parse_date("17 رجب", now=NOW)
    assert m is not None and (m.hijri, m.date) == ((1447, 7, 17), D(2026, 1, 6))
    m = arnews.parse_date("18 رجب", now=NOW)  # after the anchor: the year before
    assert m is not None and m.hijri == (1446, 7, 18)


def test_hijri_out_of_the_table_keeps_hijri_only() -> None:
    for text, hijri in (("17 رجب 1342 هـ", (1342, 7, 17)), ("1 محرم 1501 هـ", (1501, 1, 1))):
        m = arnews.parse_date(text)
        assert m is not None and m.hijri == hijri and m.date is None
        assert [w.code for w in m.warnings] == ["hijri-out-of-range"]


def test_hijri_impossible_day_is_rejected() -> None:
    assert arnews.parse_date("31 رجب 1447 هـ") is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("31 جمادى الأولى 1345 هـ", D(1926, 12, 6)),
        ("31 ذو القعدة 1348 هـ", D(1930, 4, 29)),
        ("31 ذو القعدة 1349 هـ", D(1931, 4, 18)),
    ],
)
def test_the_three_31_day_months_of_the_umm_al_qura_table(text: str, date: dt.date) -> None:
    # the table the converter uses gives these early months 31 days: the converter decides
    m = arnews.parse_date(text)
    assert m is not None and m.date == date


def test_thirtieth_of_a_short_month_is_the_day_after_the_29th() -> None:
    m = arnews.parse_date("30 صفر 1447 هـ")  # Umm al-Qura gives Safar 1447 29 days
    assert m is not None and m.date == D(2025, 8, 24)


def test_safar_without_year_or_mark_is_not_read() -> None:
    assert arnews.parse_date("فاز الفريق 3 صفر") is None
    m = arnews.parse_date("3 صفر 1447 هـ")
    assert m is not None and m.hijri == (1447, 2, 3)


@pytest.mark.parametrize(
    ("text", "date", "hijri", "codes"),
    [
        ("17 رجب 1447 هـ الموافق 6 يناير 2026 م", D(2026, 1, 6), (1447, 7, 17), []),
        ("6 يناير 2026 م الموافق 17 رجب 1447 هـ", D(2026, 1, 6), (1447, 7, 17), []),
        ("الثلاثاء 6 يناير 2026 م - 17 رجب 1447 هـ", D(2026, 1, 6), (1447, 7, 17), []),
        ("21 مارس 2023 م | 29 شعبان 1444 هـ", D(2023, 3, 21), (1444, 8, 29), []),
        # local sighting a day off Umm al-Qura: not a mismatch
        ("18 رجب 1447 هـ الموافق 6 يناير 2026", D(2026, 1, 6), (1447, 7, 18), []),
        ("20 رجب 1447 هـ الموافق 6 يناير 2026", D(2026, 1, 6), (1447, 7, 20), ["dual"]),
        ("الثلاثاء 17 رجب / 6 يناير 2026", D(2026, 1, 6), (1447, 7, 17), []),
    ],
)
def test_dual_dates(
    text: str, date: dt.date, hijri: tuple[int, int, int], codes: list[str]
) -> None:
    m = arnews.parse_date(text)
    assert m is not None and (m.date, m.hijri) == (date, hijri) and m.text == text
    assert [w.code for w in m.warnings] == [
        "dual-date-mismatch" if c == "dual" else c for c in codes
    ]


# --- relative through parse_date ----------------------------------------------------------


def test_relative_resolves_only_with_now() -> None:
    m = arnews.parse_date("منذ 46 دقيقة")
    assert m is not None and m.relative is not None and m.date is None
    m = arnews.parse_date("منذ 46 دقيقة", now=NOW)
    assert m is not None and (m.date, m.time) == (D(2026, 1, 6), T(11, 14))
    m = arnews.parse_date("منذ شهرين", now=dt.datetime(2026, 3, 31, 9, 0))
    assert m is not None and m.date == D(2026, 1, 31) and m.time is None


def test_first_expression_wins() -> None:
    m = arnews.parse_date("قبل 3 أيام وفي 6 يناير 2026")
    assert m is not None and m.relative is not None
    m = arnews.parse_date("في 6 يناير 2026 وقبل 3 أيام")
    assert m is not None and m.relative is None and m.date == D(2026, 1, 6)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "نص بلا تاريخ", "رجب طيب أردوغان", "الثلاثاء", "يناير", "عام 2026", "المادة 17"],
)
def test_not_dates(text: str) -> None:
    assert arnews.parse_date(text) is None


# --- find_dates -----------------------------------------------------------------------------


def test_find_dates_in_a_body_in_order_with_spans() -> None:
    text = (
        "وقال المتحدث أمس إن الاجتماع سيعقد في 20 يناير 2026 على الساعة 10:30 صباحاً، "
        "بعد أن أعلن قبل 3 أيام أن القمة السابقة عقدت في 17 رجب 1447 هـ. ومنذ ساعتين وصل الوفد."
    )
    found = arnews.find_dates(text, anchor=NOW)
    assert [f.text for f in found] == [
        "أمس",
        "20 يناير 2026 على الساعة 10:30 صباحاً",
        "قبل 3 أيام",
        "17 رجب 1447 هـ",
        "منذ ساعتين",
    ]
    assert [f.date for f in found] == [
        D(2026, 1, 5),
        D(2026, 1, 20),
        D(2026, 1, 3),
        D(2026, 1, 6),
        D(2026, 1, 6),
    ]
    assert found[1].time == T(10, 30) and found[4].time == T(10, 0)
    for f in found:
        assert text[f.span[0] : f.span[1]] == f.text


def test_find_dates_with_a_date_anchor() -> None:
    found = arnews.find_dates("منذ 46 دقيقة، أمس", anchor=D(2026, 1, 6))
    assert [(f.date, f.time) for f in found] == [(D(2026, 1, 6), None), (D(2026, 1, 5), None)]


def test_find_dates_without_anchor_leaves_relative_unresolved() -> None:
    found = arnews.find_dates("منذ ساعة، وفي 6 يناير 2026")
    assert found[0].date is None and found[0].relative is not None
    assert found[1].date == D(2026, 1, 6)
