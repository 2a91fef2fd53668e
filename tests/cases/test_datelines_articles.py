"""Datelines, credits and bylines through arnews.parse(): whole composed dumps in the shapes of
real outlets (the scraper header line, titles, captions, closing credits, source lines)."""

from __future__ import annotations

import datetime as dt

import arnews
from arnews._fold import clean_text

NOW = dt.datetime(2026, 1, 6, 12, 0)


def _spans_slice_back(text: str, art: arnews.Article) -> None:
    for f in (art.dateline, art.agency, art.byline, *art.agencies):
        if f is not None:
            assert text[f.span[0] : f.span[1]] == f.text  # as written
    for b in art.blocks:
        assert clean_text(text[b.span[0] : b.span[1]]) == b.text


def _covered_once(text: str, art: arnews.Article) -> None:
    seen: set[int] = set()
    last = 0
    for block in art.blocks:
        assert block.span[0] >= last
        last = block.span[1]
        seen.update(range(*block.span))
    assert all(i in seen for i, ch in enumerate(text) if not ch.isspace())


# --- the scraper header line --------------------------------------------------------------------


def test_dateline_on_the_scraper_header_line() -> None:
    text = (
        " date 2025-11-22 شفق نيوز- دهوك\n\n"
        "أعلنت مديرية الشرطة افتتاح مركز جديد في المدينة.\n\n"
        "وقال مدير المركز إن العمل يبدأ الأسبوع المقبل."
    )
    art = arnews.parse(text, now=NOW)
    assert art.dateline is not None
    assert (art.dateline.place, art.dateline.place_en, art.dateline.country) == (
        "دهوك",
        "Duhok",
        "IQ",
    )
    assert art.dateline.text == "شفق نيوز- دهوك"
    assert art.agency is not None and (art.agency.name, art.agency.text) == (
        "Shafaq News",
        "شفق نيوز",
    )
    assert art.paragraphs[0].text.startswith("أعلنت مديرية الشرطة")
    assert art.timestamp is not None and art.timestamp.date == dt.date(2025, 11, 22)
    assert [b.kind for b in art.blocks][:2] == ["header", "dateline"]
    _spans_slice_back(text, art)
    _covered_once(text, art)


def test_byline_on_the_scraper_header_line() -> None:
    text = " date 2026-01-06 كتب - محمد علي\n\nبغداد - أعلنت الوزارة افتتاح المشروع الجديد."
    art = arnews.parse(text, now=NOW)
    assert art.byline is not None and art.byline.name == "محمد علي"
    assert art.dateline is not None and art.dateline.place_en == "Baghdad"
    assert art.paragraphs[0].text == "أعلنت الوزارة افتتاح المشروع الجديد."
    _spans_slice_back(text, art)


def test_the_seed_opening_is_unchanged(seed_text: str) -> None:
    art = arnews.parse(seed_text, now=NOW)
    assert art.dateline is not None and art.dateline.text == "أربيل (كوردستان24)-"
    assert art.agencies == (art.agency,)
    assert [b.kind for b in art.blocks][:3] == ["header", "dateline", "paragraph"]


# --- under a title ------------------------------------------------------------------------------


def test_dateline_line_under_a_title() -> None:
    text = (
        " date 2026-03-11 غارات على أطراف المدينة ليلاً\n\n"
        "الرباط - المغرب اليوم\n\n"
        "أعلنت الوزارة افتتاح المشروع.\n\n"
        "وقال الوزير إن المشروع مهم للمنطقة."
    )
    art = arnews.parse(text, now=NOW)
    assert art.title is not None and art.title.text == "غارات على أطراف المدينة ليلاً"
    assert art.dateline is not None and art.dateline.text == "الرباط - المغرب اليوم"
    assert art.agency is not None and art.agency.name == "Al-Maghrib Al-Youm"
    assert art.paragraphs[0].text == "أعلنت الوزارة افتتاح المشروع."
    _covered_once(text, art)


def test_dateline_date_feeds_the_timestamp_when_the_page_has_none() -> None:
    text = "سبها 4 فبراير 2026 (وال) – أعلنت البلدية افتتاح سوق جديد وسط المدينة."
    art = arnews.parse(text)
    assert art.timestamp is not None and art.timestamp.date == dt.date(2026, 2, 4)
    assert art.timestamp.text == "4 فبراير 2026"
    assert art.agency is not None and art.agency.name == "LANA"


# --- credits wherever they are given -----------------------------------------------------------


def test_every_credit_in_order_and_captions_ignored() -> None:
    text = (
        " date 2026-01-06 منذ ساعتين\n\n"
        "قصف على أطراف المدينة\n\n"
        "صورة: جنود عند الحاجز (رويترز)\n\n"
        "غزة (د ب أ) - أعلن الدفاع المدني انتشال ضحايا من تحت الأنقاض.\n\n"
        "متطوعون يبحثون بين الركام عند الفجر (أ ف ب)\n\n"
        "وقال المتحدث إن العمل مستمر رغم القصف. (أ ف ب)\n\n"
        "المصدر: الجزيرة + وكالات\n\n"
        "شارك الخبر"
    )
    art = arnews.parse(text, now=NOW)
    assert [(a.name, a.text) for a in art.agencies] == [
        ("dpa", "د ب أ"),
        ("AFP", "أ ف ب"),
        ("Al Jazeera", "الجزيرة"),
        ("Agencies", "وكالات"),
    ]
    assert art.agency == art.agencies[0]
    assert art.agencies[1].span[0] > text.index("مستمر")  # the closing one, not the caption's
    assert "رويترز" not in [a.text for a in art.agencies]
    assert not any("(أ ف ب)" in p.text for p in art.paragraphs if "مستمر" in p.text)
    _spans_slice_back(text, art)
    _covered_once(text, art)


def test_unknown_source_is_kept_with_name_none() -> None:
    text = "أعلنت الوزارة افتتاح المشروع الجديد.\n\nالمصدر: موقع الوزارة الرسمي"
    art = arnews.parse(text)
    assert [(a.name, a.text) for a in art.agencies] == [(None, "موقع الوزارة الرسمي")]
    assert "unknown-agency" in [w.code for w in art.warnings]


def test_a_one_paragraph_article_loses_both_its_credits() -> None:
    text = "الموصل (رويترز) - أعلنت الشرطة اعتقال مطلوبين في عملية ليلية. (رويترز)"
    art = arnews.parse(text)
    assert art.paragraphs[0].text == "أعلنت الشرطة اعتقال مطلوبين في عملية ليلية."
    assert [a.span[0] for a in art.agencies] == [text.index("رويترز"), text.rindex("رويترز")]


def test_end_marker_is_not_a_credit() -> None:
    text = "أعلنت الحكومة خطة جديدة.\n\nوقال الوزير إن التنفيذ يبدأ غدا. (انتهى)"
    art = arnews.parse(text)
    assert art.agencies == () and art.paragraphs[-1].text.endswith("(انتهى)")


# --- bylines at the end -------------------------------------------------------------------------


def test_byline_after_the_body() -> None:
    text = (
        "بغداد - أعلنت الحكومة خطة جديدة لدعم المزارعين.\n\n"
        "وقال الوزير إن الخطة تبدأ الشهر المقبل.\n\n"
        "إعداد: سعاد علي"
    )
    art = arnews.parse(text)
    assert art.byline is not None and (art.byline.name, art.byline.text) == (
        "سعاد علي",
        "إعداد: سعاد علي",
    )
    assert [p.text for p in art.paragraphs][-1] == "وقال الوزير إن الخطة تبدأ الشهر المقبل."
    assert art.blocks[-1].kind == "byline"


# --- what stays a paragraph -----------------------------------------------------------------------


def test_speaker_label_opening_is_body_text() -> None:
    text = "وزير الخارجية: لن نتراجع عن موقفنا في المفاوضات.\n\nوأضاف أن الحوار مستمر."
    art = arnews.parse(text)
    assert art.dateline is None and art.agencies == () and art.byline is None
    assert art.paragraphs[0].text.startswith("وزير الخارجية:")


def test_listing_pages_have_no_credits() -> None:
    from arnews._dateline import find_credits
    from arnews._structure import RawBlock

    text = "بغداد - أعلنت الوزارة."
    blocks = [RawBlock("paragraph", 0, len(text))]
    assert find_credits(text, blocks, listing=True).blocks == blocks
