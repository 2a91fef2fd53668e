"""The scraper header line."""

from __future__ import annotations

import datetime as dt

import pytest

from arnews._header import find_header


@pytest.mark.parametrize(
    ("text", "date", "rest"),
    [
        (" date 2026-01-06 منذ 46 دقيقة\n\nنص", dt.date(2026, 1, 6), "منذ 46 دقيقة"),
        ("date 2025-11-22 شفق نيوز- دهوك\n", dt.date(2025, 11, 22), "شفق نيوز- دهوك"),
        (
            " date ٢٠٢٦-٠٣-١١ غارات على أطراف المدينة ليلاً",
            dt.date(2026, 3, 11),
            "غارات على أطراف المدينة ليلاً",
        ),
        ("\n\n date 2026-01-06\r\nنص", dt.date(2026, 1, 6), ""),
        (" date 2026-01-06   \nنص", dt.date(2026, 1, 6), ""),
    ],
)
def test_header_line_shapes(text: str, date: dt.date, rest: str) -> None:
    header = find_header(text)
    assert header is not None
    assert header.date == date
    assert text[slice(*header.rest)] == rest
    assert text[slice(*header.date_span)].startswith("date")


def test_impossible_header_date_is_kept_as_none() -> None:
    header = find_header(" date 2026-02-30 منذ ساعة")
    assert header is not None and header.date is None


@pytest.mark.parametrize(
    "text",
    ["نص الخبر date 2026-01-06", "تاريخ 2026-01-06", "dated 2026-01-06", " date 20260106"],
)
def test_not_a_header(text: str) -> None:
    assert find_header(text) is None
