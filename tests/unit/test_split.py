"""split_dump: one (start, end) per article in a multi-article file."""

from __future__ import annotations

import time

import pytest

import arnews

FIRST = " date 2026-03-13 منذ ساعة\n\nالموصل - افتتحت البلدية جسرا جديدا فوق النهر.\n"
SECOND = " date 2026-03-14 منذ ساعتين\n\nأربيل - افتتح المحافظ مدرسة جديدة.\n"
THIRD = " date ٢٠٢٦-٠٣-١٥\nالبصرة - وصلت شحنة جديدة إلى الميناء."


def pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in arnews.split_dump(text)]


@pytest.mark.parametrize("glue", ["", "\n", "\r\n", "\n\n\n", "\f", "\n\f\n", "\r"])
def test_each_header_line_opens_an_article(glue: str) -> None:
    text = FIRST + glue + SECOND + glue + THIRD
    got = pieces(text)
    assert [p.strip(" \n\r\f")[:15] for p in got] == [
        "date 2026-03-13",
        "date 2026-03-14",
        "date ٢٠٢٦-٠٣-١٥",
    ]
    assert "".join(got).split() == text.split()  # only white space between pieces is left out


def test_form_feeds_separate_articles_without_header_lines() -> None:
    text = "الخبر الأول.\n\fالخبر الثاني.\n\f\fالخبر الثالث."
    assert [p.strip() for p in pieces(text)] == ["الخبر الأول.", "الخبر الثاني.", "الخبر الثالث."]


def test_one_article_is_one_piece() -> None:
    assert arnews.split_dump(FIRST) == [(0, len(FIRST))]


def test_blank_text_has_no_piece() -> None:
    assert arnews.split_dump("") == []
    assert arnews.split_dump(" \n\f\n ") == []


def test_a_headline_above_the_first_header_line_stays_with_its_article() -> None:
    text = "غارات على أطراف المدينة ليلاً\n" + FIRST + SECOND
    got = pieces(text)
    assert len(got) == 2 and got[0].startswith("غارات")


def test_a_whole_article_before_the_first_header_line_is_its_own_piece() -> None:
    lead = "أعلنت الوزارة خطة جديدة.\nوتشمل الخطة ثلاث مراحل.\nوتبدأ المرحلة الأولى غدا.\n"
    assert len(pieces(lead + FIRST)) == 2


def test_date_inside_a_line_is_not_a_boundary() -> None:
    text = FIRST + "وكان آخر تحديث date 2026-03-14 للموقع.\n"
    assert len(pieces(text)) == 1


def test_each_piece_parses_as_its_own_article() -> None:
    text = FIRST + SECOND
    arts = list(arnews.parse_many(text[a:b] for a, b in arnews.split_dump(text)))
    assert [a.timestamp.date.isoformat() for a in arts if a.timestamp] == [
        "2026-03-13",
        "2026-03-14",
    ]


def test_split_is_fast_on_a_big_file() -> None:
    text = (FIRST + SECOND) * 5000  # about 1 MB
    arnews.split_dump(text)
    t0 = time.perf_counter()
    assert len(arnews.split_dump(text)) == 10000
    assert time.perf_counter() - t0 < 2.0  # one regex pass; generous on a loaded machine
