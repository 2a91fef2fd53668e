"""Shapes met on real pages after the first release (composed text in the same shapes).

A source line above the body, a source on the scraper line, a social post the scraper saw only as
its placeholder, and a feed's footer: each must land in the right field and block.
"""

from __future__ import annotations

import datetime as dt

import pytest

import arnews
from arnews._header import find_header
from arnews._structure import lay_out

BODY = "بغداد - أعلنت وزارة الكهرباء إعادة تشغيل محطة التوليد الجنوبية بعد أعمال صيانة استمرت شهرا."


def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(b.kind, b.role) for b in lay_out(text, find_header(text)).blocks]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (f" date 2026-01-06\nالمصدر: رويترز\n\n{BODY}", ["Reuters"]),
        (f" date 2026-01-06 المصدر: وكالة الأنباء العراقية\n\n{BODY}", ["INA"]),
        (f" date 2026-01-06\nمصدر الخبر: وكالات\n\n{BODY}", ["Agencies"]),
    ],
)
def test_a_source_line_above_the_body_feeds_agencies(text: str, names: list[str | None]) -> None:
    art = arnews.parse(text)
    assert [a.name for a in art.agencies] == names
    assert art.boilerplate and art.boilerplate[0].text.startswith(("المصدر", "مصدر"))
    assert art.dateline is not None and art.dateline.place_en == "Baghdad"
    assert "unknown-place" not in [w.code for w in art.warnings]
    for agency in art.agencies:
        assert text[agency.span[0] : agency.span[1]] == agency.text


@pytest.mark.parametrize(
    "line",
    [
        "https://x.com/i/web/status/1234567890 This post can't be displayed without cookies",
        "View this post on Instagram",
        "A post shared by وزارة الثقافة (@culture)",
    ],
)
def test_a_social_post_placeholder_is_boilerplate(line: str) -> None:
    after = "وأضافت الوزارة أن الأعمال شملت تبديل المحولات القديمة."
    text = f" date 2026-01-06\n\n{BODY}\n\n{line}\n\n{after}"
    assert ("boilerplate", "embed") in _roles(text)
    art = arnews.parse(text)
    assert len(art.paragraphs) == 2
    assert all(line[:20] not in p.text for p in art.paragraphs)


def test_a_feed_footer_is_boilerplate() -> None:
    footer = "The post عودة التيار الكهربائي إلى الأحياء الجنوبية first appeared on أخبار المدينة."
    text = f" date 2026-01-06\n\n{BODY}\n\n{footer}"
    assert _roles(text)[-1] == ("boilerplate", "source")
    assert [p.text for p in arnews.parse(text).paragraphs] == [
        "أعلنت وزارة الكهرباء إعادة تشغيل محطة التوليد الجنوبية بعد أعمال صيانة استمرت شهرا."
    ]


@pytest.mark.parametrize(
    "line",
    ["https://x.com/i/web/status/1234567890", "https://example.net/2025/10/06/وزارة-الكهرباء-123"],
)
def test_a_bare_address_line_is_boilerplate(line: str) -> None:
    text = f" date 2026-01-06\n\n{line}\n\nعودة التيار إلى الأحياء الجنوبية\n\n{BODY}"
    assert _roles(text)[1] == ("boilerplate", "link")
    art = arnews.parse(text)
    assert art.title is not None and art.title.text == "عودة التيار إلى الأحياء الجنوبية"


def test_an_address_inside_a_sentence_stays_text() -> None:
    text = f" date 2026-01-06\n\n{BODY}\n\nونشرت الوزارة البيان على موقعها https://example.net أمس."
    assert _roles(text)[-1] == ("paragraph", None)


def test_a_numbered_crumb_is_navigation() -> None:
    text = (
        " date 2026-01-06\n\n1. الرئيسية\n\n2. أخبار محلية\n\n"
        f"عودة التيار إلى الأحياء الجنوبية\n\n{BODY}"
    )
    assert _roles(text)[1:3] == [("boilerplate", "nav"), ("boilerplate", "nav")]
    art = arnews.parse(text)
    assert art.title is not None and art.title.text == "عودة التيار إلى الأحياء الجنوبية"


def test_a_numbered_list_in_the_body_stays_text() -> None:
    text = f" date 2026-01-06\n\n{BODY}\n\n1. صيانة المحولات\n2. تبديل الكابلات القديمة\n"
    assert [k for k, _ in _roles(text)][-2:] == ["paragraph", "paragraph"]


@pytest.mark.parametrize(
    ("line", "wrapper"),
    [
        (
            "انت الان تتابع خبر عودة التيار إلى الأحياء الجنوبية والان مع التفاصيل",
            ["انت الان تتابع خبر", "والان مع التفاصيل"],
        ),
        (
            "انتم الان تتابعون خبر عودة التيار إلى الأحياء الجنوبية من قسم اخبار العراق "
            "والان نترككم مع التفاصيل الكاملة",
            ["انتم الان تتابعون خبر", "من قسم اخبار العراق والان نترككم مع التفاصيل الكاملة"],
        ),
        (
            "شكرا لقرائتكم خبر عن عودة التيار إلى الأحياء الجنوبية والان نبدء بالتفاصيل",
            ["شكرا لقرائتكم خبر عن", "والان نبدء بالتفاصيل"],
        ),
        (
            "شكرًا لكم على متابعة عودة التيار إلى الأحياء الجنوبية وللمزيد من التفاصيل",
            ["شكرًا لكم على متابعة", "وللمزيد من التفاصيل"],
        ),
    ],
)
def test_an_aggregators_wrapped_headline(line: str, wrapper: list[str]) -> None:
    for text in (f" date 2026-01-06 {line}\n\n{BODY}", f" date 2026-01-06\n\n{line}\n\n{BODY}"):
        art = arnews.parse(text)
        assert art.title is not None and art.title.text == "عودة التيار إلى الأحياء الجنوبية"
        assert [b.text for b in art.boilerplate] == wrapper
        assert art.dateline is not None and art.dateline.place_en == "Baghdad"
        for block in art.blocks:
            assert text[block.span[0] : block.span[1]] == block.text


def test_a_headline_that_only_mentions_the_details_is_not_cut() -> None:
    text = f" date 2026-01-06\n\nالوزارة تنشر التفاصيل\n\n{BODY}"
    art = arnews.parse(text)
    assert art.title is not None and art.title.text == "الوزارة تنشر التفاصيل"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("الرباط اليوم: متابعة", "الرباط اليوم"),
        ("صدى الأطلس/ متابعة", "صدى الأطلس"),
        ("أخبار الساحل – متابعة", "أخبار الساحل"),
    ],
)
def test_an_outlet_crediting_itself_above_the_body_is_no_title(line: str, outlet: str) -> None:
    art = arnews.parse(f" date 2026-01-06\n\n{line}\n\n{BODY}")
    assert art.title is None
    assert [(a.name, a.text) for a in art.agencies] == [(None, outlet)]
    assert art.blocks[1].kind == "byline"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("تاريخ النشر: 27th, August 2024 GMT", dt.date(2024, 8, 27)),
        ("سياسة | 24-09-2022, 20:26 |", dt.date(2022, 9, 24)),
    ],
)
def test_date_lines_with_an_ordinal_suffix_or_a_section(line: str, date: dt.date) -> None:
    text = f"عودة التيار إلى الأحياء الجنوبية\n{line}\n\n{BODY}"
    art = arnews.parse(text)
    assert [b.kind for b in art.blocks[:2]] == ["title", "header"]
    assert art.timestamp is not None and art.timestamp.date == date


@pytest.mark.parametrize("counter", ["60 مشاهدة", "1200 قراءة", "3 تعليقات", "25 views"])
def test_a_view_counter_under_the_title_is_furniture(counter: str) -> None:
    text = f"عودة التيار إلى الأحياء الجنوبية\n{counter}\n11:38 - 2025-09-23\n\n{BODY}"
    assert ("boilerplate", "comments") in _roles(text)
    art = arnews.parse(text)
    assert art.timestamp is not None and art.timestamp.time == dt.time(11, 38)


def test_html_the_scraper_kept() -> None:
    title = "عودة التيار إلى الأحياء الجنوبية"
    text = f" date 2026-01-06\n<img src=http://example.net/a.jpg width=100 border=0>\n\n{BODY}"
    assert _roles(text)[1] == ("unparsed", "markup")
    art = arnews.parse(f" date 2026-01-06\n\n<strong>{title} </strong>\n\n{BODY}")
    assert art.title is not None and art.title.text == title
    assert [b.text for b in art.blocks if b.kind == "unparsed"] == ["<strong>", "</strong>"]
    # "<" opening ordinary text is no tag
    assert _roles(f" date 2026-01-06\n\n{BODY}\n\n<3 شكرا للجميع\n")[-1] == ("paragraph", None)


def test_a_language_switch_on_the_scraper_line_does_not_hide_the_title() -> None:
    title = "عودة التيار إلى الأحياء الجنوبية"
    art = arnews.parse(f" date 2026-01-06 Français\n{title}\n\n{BODY}")
    assert art.title is not None and art.title.text == title


def test_a_latin_widget_label_above_the_headline_is_no_title() -> None:
    title = "عودة التيار إلى الأحياء الجنوبية"
    text = f" date 2026-01-06\nliving cost indicators\n{title}\n\n{BODY}"
    assert _roles(text)[1] == ("boilerplate", "nav")
    art = arnews.parse(text)
    assert art.title is not None and art.title.text == title


def test_a_wrapped_headline_after_a_bidi_mark() -> None:
    # found by hypothesis: the mark before the wrapper must not become a block of its own
    line = "\u200fانت الان تتابع خبر عودة التيار إلى الأحياء والان مع التفاصيل\u200f"
    art = arnews.parse(f"{line}\n\n{BODY}")
    assert [b.kind for b in art.blocks[:3]] == ["boilerplate", "title", "boilerplate"]
    assert all(b.text for b in art.blocks)
    assert art.title is not None and art.title.text == "عودة التيار إلى الأحياء"
    whole = "\u200fنعرض لكم زوارنا أهم وأحدث الأخبار فى المقال الاتي"
    assert arnews.parse(f"{whole}\n\n{BODY}").blocks[0].kind == "boilerplate"


def test_a_reading_time_in_words_above_the_body_is_no_title() -> None:
    lead = "قررت بلدية المدينة تقليص ساعات العمل في دوائرها خلال موجة الحر التي تضرب المنطقة."
    after = "وأوضح البيان أن القرار يسري حتى نهاية الشهر."
    text = f"حجم الخط\n\nأقل من دقيقة للقراءة\n\n{lead}\n\n{after}"
    art = arnews.parse(text)
    assert art.title is None
    assert art.paragraphs[0].text == lead
    assert "أقل من دقيقة للقراءة" in [b.text for b in art.boilerplate]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        # a social network's alt text, its words set apart by right-to-left marks
        ("قد تكون صورة لـ \u200fشخصين\u200f و\u200fأشخاص يقفون\u200f", "caption"),
        ("التعليقات مغلقة، ولكن تركبكس وبينغبكس مفتوحة.", "comments"),
        ("عدد القراء: 2026", "comments"),
    ],
)
def test_furniture_between_the_paragraphs_leaves_the_body(line: str, role: str) -> None:
    after = "وأضافت الوزارة أن الأعمال شملت تبديل المحولات القديمة."
    text = f" date 2026-01-06\n\n{BODY}\n\n{line}\n\n{after}"
    assert ("boilerplate", role) in _roles(text)
    art = arnews.parse(text)
    assert len(art.paragraphs) == 2 and not art.subheadings


def test_a_line_opening_with_and_likewise_is_no_subheading() -> None:
    text = (
        f"{BODY}\n\nوكذلك كلمة لممثل الطلبة في الحفل\n\n"
        "وشهد الحفل توزيع الشهادات على الخريجين وتكريم الأوائل من كل قسم."
    )
    art = arnews.parse(text)
    assert not art.subheadings
    assert art.paragraphs[1].text == "وكذلك كلمة لممثل الطلبة في الحفل"


def test_a_writer_signing_off_above_the_comment_box_heading_is_the_byline() -> None:
    after = "وأضافت الوزارة أن الأعمال شملت تبديل المحولات القديمة."
    text = f"{BODY}\n\n{after}\n\nسعاد الحلبي\n\n\n\nمناقشة حول هذا المقال\n"
    art = arnews.parse(text)
    assert art.byline is not None and art.byline.name == "سعاد الحلبي"
    assert [b.text for b in art.boilerplate] == ["مناقشة حول هذا المقال"]
