"""The date grammar's data and building blocks: every row of the date tables is exercised."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from pathlib import Path

import pytest

import arnews
from arnews._date_values import gregorian_date, hijri_date, nearest_hijri_year
from arnews._datetime_grammar import patterns, trie
from arnews._errors import WARNING_CODES
from arnews._hijri import HijriResult, hijri_to_gregorian, hijri_year_of
from arnews._lexicon import index, table
from arnews._times import clock, offset_zone


def test_group_order_the_readers_unpack() -> None:
    order = {
        kind: [name for name, _ in sorted(p.groupindex.items(), key=lambda kv: kv[1])]
        for kind, p in patterns().items()
    }
    assert order == {
        "num": [
            *("iy", "isep", "isp", "im", "id", "iH", "iM", "iS", "ioff"),
            *("nd", "nsep", "nm", "ny", "nhm", "ngm", "nt", "nH", "nM", "nS", "noff", "nper"),
        ],
        "greg": [
            *("gwd", "gwd2", "gd", "gdw", "gm", "gy", "gmk"),
            *("gt", "gH", "gM", "gS", "goff", "gper"),
        ],
        "mdy": ["mm", "md", "my", "mt", "mH", "mM", "mS", "moff", "mper"],
        "hij": ["hd", "hdw", "hm", "hy", "hmk"],
        "time": [
            *("tp", "tH", "tM", "tS", "tper", "tH2", "tM2", "tS2", "toff", "tper2", "tH3"),
            *("tper3", "tp4", "tHw", "tfrac", "tper4"),
        ],
        "week": ["wd", "wd2"],
        "zone": ["zu", "zn", "zx", "zu2", "zo"],
        "link": [],
        "rel": ["phrase", "num", "unit", "num2", "unit2", "unit3"],
    }


@pytest.mark.parametrize(
    "keys", [["ab", "abc", "b"], ["كانون الثاني", "كانون الاول", "كانون1"], ["GMT", "ت.غ", "ت غ"]]
)
def test_trie_matches_exactly_its_keys_longest_first(keys: list[str]) -> None:
    pattern = re.compile(trie(keys))
    for key in keys:
        assert pattern.fullmatch(key)
        assert pattern.match(key + "zz").group() == key  # type: ignore[union-attr]
    assert pattern.fullmatch("a") is None
    assert pattern.match("abcd").group() == "abc" if "abc" in keys else True  # type: ignore[union-attr]


def test_trie_matches_latin_keys_in_any_common_case() -> None:
    pattern = re.compile(trie(["GMT", "Last updated"]))
    for text in ("GMT", "gmt", "Gmt", "last updated", "Last Updated", "LAST UPDATED"):
        assert pattern.fullmatch(text), text


# --- every row of the tables this grammar owns ----------------------------------------------

_HOUR_3 = {"am": 3, "pm": 15, "noon": 15, "afternoon": 15, "night": 3, "dawn": 3}


@pytest.mark.parametrize(
    ("period", "variant"), [(r.fields[0], v) for r in table("day_periods", 3) for v in r.variants]
)
def test_every_day_period(period: str, variant: str) -> None:
    m = arnews.parse_date(f"3:10 {variant}")
    assert m is not None and m.time == dt.time(_HOUR_3[period], 10), variant


@pytest.mark.parametrize(
    ("role", "variant"), [(r.fields[0], v) for r in table("date_words", 3) for v in r.variants]
)
def test_every_date_word(role: str, variant: str) -> None:
    text, date, time, hijri = {
        "weekday_prefix": (f"{variant} الثلاثاء 6 يناير 2026", dt.date(2026, 1, 6), None, None),
        "gregorian_mark": (f"6 يناير 2026 {variant}", dt.date(2026, 1, 6), None, None),
        "hijri_mark": (f"17/07/1447 {variant}", dt.date(2026, 1, 6), None, (1447, 7, 17)),
        "dual_link": (
            f"17 رجب 1447 هـ {variant} 6 يناير 2026",
            dt.date(2026, 1, 6),
            None,
            (1447, 7, 17),
        ),
        "ordinal_link": (f"السادس {variant} يناير 2026", dt.date(2026, 1, 6), None, None),
        "first_day": (f"{variant} يناير 2026", dt.date(2026, 1, 1), None, None),
        "month_link": (f"6 {variant} يناير 2026", dt.date(2026, 1, 6), None, None),
        "year_link": (f"6 يناير {variant} 2026", dt.date(2026, 1, 6), None, None),
        "time_prefix": (f"6 يناير 2026 {variant} 10:30", dt.date(2026, 1, 6), (10, 30), None),
        "zone_prefix": (f"6 يناير 2026 10:30 {variant} بغداد", dt.date(2026, 1, 6), (10, 30), None),
        "utc": (f"6 يناير 2026 10:30 {variant}", dt.date(2026, 1, 6), (10, 30), None),
        "glue": (f"6 يناير 2026 {variant} 10:30", dt.date(2026, 1, 6), (10, 30), None),
        "clock_half": (
            f"6 يناير 2026 الساعة العاشرة {variant}",
            dt.date(2026, 1, 6),
            (10, 30),
            None,
        ),
        "clock_quarter": (
            f"6 يناير 2026 الساعة العاشرة {variant}",
            dt.date(2026, 1, 6),
            (10, 15),
            None,
        ),
        "clock_third": (
            f"6 يناير 2026 الساعة العاشرة {variant}",
            dt.date(2026, 1, 6),
            (10, 20),
            None,
        ),
        "clock_to": (f"6 يناير 2026 الساعة العاشرة {variant}", dt.date(2026, 1, 6), (9, 45), None),
    }[role]
    m = arnews.parse_date(text)
    assert m is not None and m.text == text, text
    assert (m.date, m.hijri) == (date, hijri)
    if time is not None:
        assert m.time == dt.time(*time)
    if role == "zone_prefix":
        assert m.tz == zoneinfo.ZoneInfo("Asia/Baghdad")
    if role == "utc":
        assert m.tz is not None and m.tz.utcoffset(None) == dt.timedelta(0)


@pytest.mark.parametrize(
    ("zone", "variant"), [(r.fields[0], v) for r in table("zones", 3) for v in r.variants]
)
def test_every_zone_label(zone: str, variant: str) -> None:
    m = arnews.parse_date(f"6 يناير 2026 10:30 بتوقيت {variant}")
    assert m is not None and m.tz is not None
    if zone == "Etc/UTC":
        assert m.tz.utcoffset(None) == dt.timedelta(0)
    else:
        assert m.tz == zoneinfo.ZoneInfo(zone), variant


@pytest.mark.parametrize(
    ("month", "variant"), [(int(r.fields[0]), v) for r in table("months", 4) for v in r.variants]
)
def test_every_month_name_in_a_date(month: int, variant: str) -> None:
    m = arnews.parse_date(f"12 {variant} 2025")
    assert m is not None and m.date == dt.date(2025, month, 12), variant


@pytest.mark.parametrize(
    ("month", "variant"),
    [(int(r.fields[0]), v) for r in table("hijri_months", 3) for v in r.variants],
)
def test_every_hijri_month_name_in_a_date(month: int, variant: str) -> None:
    m = arnews.parse_date(f"12 {variant} 1446 هـ")
    assert m is not None and m.hijri == (1446, month, 12), variant
    assert m.date == hijri_to_gregorian(1446, month, 12)[0]


@pytest.mark.parametrize(
    ("weekday", "variant"),
    [(int(r.fields[0]), v) for r in table("weekdays", 3) for v in r.variants],
)
def test_every_weekday_before_a_date(weekday: int, variant: str) -> None:
    date = dt.date(2026, 1, 5) + dt.timedelta(days=weekday)  # 5 January 2026 is a Monday
    m = arnews.parse_date(f"يوم {variant} {date.day} يناير 2026")
    assert m is not None and m.date == date and m.warnings == (), variant


# --- building blocks ------------------------------------------------------------------------


def test_hijri_conversion() -> None:
    assert hijri_to_gregorian(1447, 7, 17) == (dt.date(2026, 1, 6), HijriResult.OK)
    assert hijri_to_gregorian(1342, 12, 29) == (None, HijriResult.OUT_OF_RANGE)
    assert hijri_to_gregorian(1501, 1, 1) == (None, HijriResult.OUT_OF_RANGE)
    assert hijri_to_gregorian(1447, 13, 1) == (None, HijriResult.IMPOSSIBLE)
    assert hijri_to_gregorian(1447, 1, 31) == (None, HijriResult.IMPOSSIBLE)
    assert type(hijri_to_gregorian(1447, 7, 17)[0]) is dt.date
    assert hijri_year_of(dt.date(2026, 1, 6)) == 1447
    assert hijri_year_of(dt.date(1900, 1, 1)) is None


def test_gregorian_date_without_year_is_the_closest_not_after_the_anchor() -> None:
    anchor = dt.date(2026, 1, 6)
    assert gregorian_date(6, 1, None, anchor) == (dt.date(2026, 1, 6), False)
    assert gregorian_date(7, 1, None, anchor) == (dt.date(2025, 1, 7), False)
    assert gregorian_date(29, 2, None, anchor) == (dt.date(2024, 2, 29), False)
    assert gregorian_date(6, 1, None, None) == (None, False)
    assert gregorian_date(30, 2, None, anchor) == (None, True)
    assert gregorian_date(29, 2, 2025, None) == (None, True)


def test_hijri_date_and_dual_year() -> None:
    assert hijri_date(17, 7, None, None) == (None, None, HijriResult.OK)
    assert hijri_date(17, 7, None, dt.date(2026, 1, 6))[:2] == ((1447, 7, 17), dt.date(2026, 1, 6))
    assert nearest_hijri_year(29, 12, dt.date(2026, 5, 26)) == 1447
    assert nearest_hijri_year(1, 1, dt.date(2026, 6, 16)) == 1448


@pytest.mark.parametrize(
    ("hour", "period", "expected"),
    [
        (12, "am", 0), (11, "am", 11), (13, "am", None), (12, "pm", 12), (1, "pm", 13),
        (0, "pm", None), (23, "pm", 23), (12, "night", 0), (9, "night", 21), (2, "night", 2),
        (11, "noon", 11), (2, "noon", 14), (8, "noon", None), (5, "afternoon", 17),
        (9, "afternoon", None), (5, "dawn", 5), (10, "dawn", None), (24, None, None),
    ],
)  # fmt: skip
def test_clock(hour: int, period: str | None, expected: int | None) -> None:
    found = clock(hour, 0, 0, period)
    assert (found.hour if found else None) == expected


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("+03:00", 180), ("+3", 180), ("-0530", -330), ("Z", 0), ("+00:00", 0), ("+15", None)],
)
def test_offset_zone(text: str, minutes: int | None) -> None:
    tz = offset_zone(text)
    if minutes is None:
        assert tz is None
    else:
        assert tz is not None and tz.utcoffset(None) == dt.timedelta(minutes=minutes)


DATE_WARNINGS = {
    "weekday-mismatch", "hijri-out-of-range", "dual-date-mismatch", "unknown-zone",
    "impossible-date", "relative-contradicts-date", "relative-unresolved", "bad-header-date",
    "no-timestamp",
}  # fmt: skip


def test_date_warning_codes_are_registered_and_documented() -> None:
    assert not DATE_WARNINGS - set(WARNING_CODES)
    doc = (Path(__file__).resolve().parents[2] / "docs" / "dates.md").read_text("utf-8")
    for code in DATE_WARNINGS:
        assert f"`{code}`" in doc, code


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("date_labels", 3),
        ("day_periods", 3),
        ("date_words", 3),
        ("relative_cues", 3),
        ("relative_phrases", 4),
    ],
)
def test_date_tables_have_no_variant_with_two_meanings(name: str, columns: int) -> None:
    conflicts = {
        key: rows for key, rows in index(name, columns).items() if len({r.fields for r in rows}) > 1
    }
    assert conflicts == {}
    raw = (Path(__file__).resolve().parents[2] / "src/arnews/lexicon" / f"{name}.tsv").read_text(
        "utf-8"
    )
    assert raw.startswith("#")
