"""Article timestamps: the header area's own date wins; body and title dates are mentions."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

import arnews
from arnews._header import find_header
from arnews._lexicon import table
from arnews._stamps import find_stamps
from arnews._structure import RawBlock

NOW = dt.datetime(2026, 1, 6, 12, 0)
BODY = "القاهرة - أعلنت الرئاسة أن القمة المقبلة ستعقد في 20 يناير 2026 بمشاركة واسعة."


def _codes(art: arnews.Article) -> list[str]:
    return [w.code for w in art.warnings]


def _slices(text: str, art: arnews.Article) -> None:
    for field in (art.timestamp, art.updated, art.relative):
        if field is not None:
            assert text[field.span[0] : field.span[1]] == field.text


# --- the scraper header line ---------------------------------------------------------------


def test_scraper_line_with_relative_stamp() -> None:
    text = " date 2026-01-06 منذ 46 دقيقة\n\n" + BODY
    art = arnews.parse(text, now=NOW)
    assert art.timestamp is not None and art.timestamp.date == dt.date(2026, 1, 6)
    assert art.timestamp.text == "2026-01-06" and art.timestamp.time is None
    assert art.relative is not None and (art.relative.amount, art.relative.unit) == (46, "minute")
    assert art.published_at == dt.datetime(2026, 1, 6, 11, 14)
    assert "relative-contradicts-date" not in _codes(art)
    _slices(text, art)


def test_without_now_relative_stays_unresolved_and_published_at_is_the_date() -> None:
    art = arnews.parse(" date 2026-01-06 منذ 3 ساعات\n\n" + BODY)
    assert art.relative is not None and art.published_at == dt.datetime(2026, 1, 6)
    assert "relative-unresolved" in _codes(art)


def test_relative_far_from_the_header_date_warns() -> None:
    art = arnews.parse(" date 2026-01-01 منذ ساعتين\n\n" + BODY, now=NOW)
    assert art.published_at == dt.datetime(2026, 1, 6, 10, 0)
    assert art.timestamp is not None and art.timestamp.date == dt.date(2026, 1, 1)
    assert "relative-contradicts-date" in _codes(art)


def test_relative_a_day_off_does_not_warn() -> None:
    art = arnews.parse(" date 2026-01-05 منذ 14 ساعة\n\n" + BODY, now=NOW)
    assert "relative-contradicts-date" not in _codes(art)


@pytest.mark.parametrize(
    "rest",
    [
        "انطلقت منذ قليل المباراة النهائية",  # a headline: منذ inside a sentence
        "الأعنف منذ بدء الحرب في المدينة",
        "الرئيس يلتقي الوفد أمس في القصر",
        "شفق نيوز- دهوك",
    ],
)
def test_headline_after_the_scraper_date_holds_no_stamp(rest: str) -> None:
    art = arnews.parse(f" date 2026-03-11 {rest}\n\n{BODY}", now=NOW)
    assert art.relative is None
    assert art.timestamp is not None and art.timestamp.date == dt.date(2026, 3, 11)
    assert art.published_at == dt.datetime(2026, 3, 11)


def test_stamp_glued_to_the_headline_counts() -> None:
    text = " date 2026-01-06 وصول الوفد الجديدمنذ 5 ساعات\n\n" + BODY
    art = arnews.parse(text, now=NOW)
    assert art.relative is not None and art.relative.text == "منذ 5 ساعات"
    assert art.published_at == dt.datetime(2026, 1, 6, 7, 0)
    _slices(text, art)


def test_stamp_closing_the_headline_counts() -> None:
    art = arnews.parse(" date 2026-01-06 وصول الوفد الجديد منذ 5 ساعات\n\n" + BODY, now=NOW)
    assert art.relative is not None and art.relative.amount == 5


def test_date_opening_the_rest_of_the_scraper_line() -> None:
    text = " date 2026-01-06 الثلاثاء 6 يناير 2026 - 10:30 م\n\n" + BODY
    art = arnews.parse(text, now=NOW)
    assert art.timestamp is not None
    assert (art.timestamp.date, art.timestamp.time) == (dt.date(2026, 1, 6), dt.time(22, 30))
    _slices(text, art)


def test_closing_stamp_after_a_long_headline_counts() -> None:
    rest = "وصول الوفد الحكومي الجديد إلى العاصمة لبحث ملف المياه والكهرباء منذ 5 ساعات"
    art = arnews.parse(f" date 2026-01-06 {rest}\n\n{BODY}", now=NOW)
    assert art.relative is not None and art.relative.amount == 5


@pytest.mark.parametrize(
    "rest",
    [
        # the body's first sentence glued to the header line, opening with a relative phrase
        "قبل عام، خرج آلاف المواطنين إلى الساحات احتفالا بعودة الكهرباء إلى الأحياء.",
        "منذ ثلاثة أيام، تتواصل أعمال الصيانة في محطة المياه الرئيسية شمال المدينة.",
        # ... or ending with one, after a full sentence
        "الموصل: عاد مئات النازحين إلى قراهم في سهل نينوى بعد غياب طويل عنها منذ 20 شهرا.",
    ],
)
def test_relative_phrase_in_the_first_sentence_is_no_stamp(rest: str) -> None:
    art = arnews.parse(f" date 2025-12-08 {rest}\n\n{BODY}", now=NOW)
    assert art.relative is None
    assert art.timestamp is not None and art.timestamp.date == dt.date(2025, 12, 8)
    assert "relative-contradicts-date" not in _codes(art)


def test_month_only_scraper_date() -> None:
    text = " date 2022-05 قال وزير الاقتصاد إن الحكومة ستطرح خطة جديدة لدعم المزارعين.\n\n" + BODY
    art = arnews.parse(text)
    assert art.blocks[0].kind == "header" and art.blocks[0].text == "date 2022-05"
    assert art.paragraphs[0].text.startswith("قال وزير الاقتصاد")
    assert art.timestamp is None
    assert _codes(art)[:2] == ["month-only-header", "no-timestamp"]
    assert arnews.parse(text, strict=True).timestamp is None  # not fatal


def test_month_only_scraper_date_gives_the_year_to_a_bare_day_and_month() -> None:
    text = " date 2022-05\nنشر في: 17 مايو - 09:15 ص\n\n" + BODY
    art = arnews.parse(text)
    assert art.timestamp is not None
    assert (art.timestamp.date, art.timestamp.time) == (dt.date(2022, 5, 17), dt.time(9, 15))


def test_page_date_then_source_on_the_scraper_line() -> None:
    text = " date 2025-01 2025-01-01 18:18:02 - المصدر: وكالة الأنباء العراقية\n\n" + BODY
    art = arnews.parse(text)
    assert art.timestamp is not None
    assert (art.timestamp.date, art.timestamp.time) == (dt.date(2025, 1, 1), dt.time(18, 18, 2))
    assert [(b.kind, b.text) for b in art.blocks[:3]] == [
        ("header", "date 2025-01"),
        ("header", "2025-01-01 18:18:02 -"),
        ("boilerplate", "المصدر: وكالة الأنباء العراقية"),
    ]
    assert art.title is None
    _slices(text, art)


def _date_then_tail(line: str, when: tuple[int, ...], tail: str) -> arnews.Article:
    """Parse `line` under a title: the date is the header (separators go with it), the tail
    boilerplate, and the date the timestamp."""
    title = "عودة التيار الكهربائي إلى الأحياء الجنوبية"
    text = f"{title}\n{line}\n" + BODY
    art = arnews.parse(text)
    assert art.timestamp is not None and art.published_at == dt.datetime(*when)
    assert [(b.kind, b.text) for b in art.blocks[:3]] == [
        ("title", title),
        ("header", " ".join(line[: line.index(tail)].split())),
        ("boilerplate", " ".join(tail.split())),
    ]
    _slices(text, art)
    return art


@pytest.mark.parametrize(
    ("line", "when", "source", "agency"),
    [
        (
            "2024-03-19 04:30:07 صوت اليمن/ متابعات",
            (2024, 3, 19, 4, 30, 7),
            "صوت اليمن/ متابعات",
            None,
        ),
        (
            "الثلاثاء 6 يناير 2026 - 10:30 م | المصدر: وكالات",
            (2026, 1, 6, 22, 30),
            "المصدر: وكالات",
            "Agencies",
        ),
        ("06/01/2026 (رويترز)", (2026, 1, 6, 0, 0), "(رويترز)", "Reuters"),
        # an outlet known by its shape only (its mark "نت")
        ("الجمعة 19 أغسطس 2022 الساعة 05 مساءً / سهيل نت", (2022, 8, 19, 17, 0), "سهيل نت", None),
        # an outlet opened by a lead word ("بوابة"), which after a date is no sentence
        ("29 مارس 2021/بوابة الجزيرة الخضراء", (2021, 3, 29), "بوابة الجزيرة الخضراء", None),
        # its sections first, then the desk's word and the outlet
        (
            "الأحد 16 نيسان 2017 الساعة 04:01 | تقارير خاصة، خاص الرافدين نيوز",
            (2017, 4, 16, 4, 1),
            "تقارير خاصة، خاص الرافدين نيوز",
            None,
        ),
        # a labelled date, then a labelled source
        (
            "التاريخ: 2021-05-21 المصدر: وكالة الأنباء العراقية",
            (2021, 5, 21),
            "المصدر: وكالة الأنباء العراقية",
            "INA",
        ),
        (
            "الأربعاء 31 ديسمبر-كانون الأول 2025 الساعة 07 مساءً / مأرب برس - غرفة الأخبار",
            (2025, 12, 31, 19, 0),
            "مأرب برس - غرفة الأخبار",
            "Mareb Press",
        ),
    ],
)
def test_a_date_line_that_ends_with_its_source(
    line: str, when: tuple[int, ...], source: str, agency: str | None
) -> None:
    art = _date_then_tail(line, when, source)
    assert [a.name for a in art.agencies] == [agency]


@pytest.mark.parametrize(
    ("line", "when", "stats"),
    [
        ("الأحد 12 مايو 2024 - 10:15 ص | 543 مشاهدة", (2024, 5, 12, 10, 15), "543 مشاهدة"),
        ("نشر في 12 مايو 2024 - 1٬210 قراءة", (2024, 5, 12), "1٬210 قراءة"),
        (
            "بتاريخ 7 فبراير, 2015 في 01:13 مساءً | مصنفة في أخبار محلية | لا تعليقات",
            (2015, 2, 7, 13, 13),
            "مصنفة في أخبار محلية | لا تعليقات",
        ),
        (
            "تاريخ الإضافة السبت 12 آب 2023 - 2:43 ص    عدد الزيارات 699    "
            "التعليقات 0    القسم محلية",
            (2023, 8, 12, 2, 43),
            "عدد الزيارات 699    التعليقات 0    القسم محلية",
        ),
        # a label's words parted by a tab (its first letters are no three-letter head)
        ("تم\tالنشر 3 مارس 2025 | 87 مشاهدة", (2025, 3, 3), "87 مشاهدة"),
        ("PUBLISHED 3 مارس 2025 | 87 مشاهدة", (2025, 3, 3), "87 مشاهدة"),
    ],
)
def test_a_date_line_that_ends_with_page_counters(
    line: str, when: tuple[int, ...], stats: str
) -> None:
    _date_then_tail(line, when, stats)


@pytest.mark.parametrize(
    ("line", "when", "sections"),
    [
        ("نشر بتاريخ: 23-07-2017 | متفرقات", (2017, 7, 23), "متفرقات"),
        ("12/05/2024 | رياضة", (2024, 5, 12), "رياضة"),
        ("الأحد 12 مايو 2024 - 10:15 ص | أخبار محلية، سياسة", (2024, 5, 12, 10, 15), "سياسة"),
    ],
)
def test_a_date_line_that_ends_with_its_sections(
    line: str, when: tuple[int, ...], sections: str
) -> None:
    text = f"عودة التيار الكهربائي إلى الأحياء الجنوبية\n{line}\n{BODY}"
    art = arnews.parse(text)
    assert art.published_at == dt.datetime(*when)
    assert all(sections not in b.text for b in (*art.paragraphs, art.title) if b is not None)
    _slices(text, art)


@pytest.mark.parametrize(
    "line",
    [
        "الخميس, 25 نيسان 2019 | الرئيسية اتصل بنا",
        "12/05/2024 | الرئيسية | من نحن",
        "الخميس 24 أغسطس 2017 | بغداد 39° C",  # the clock beside a weather widget
        "من نحن | اتصل بنا | السبت 17 مايو 2025 07:17 مساءً",  # the menu first, then the clock
    ],
)
def test_a_date_in_the_sites_menu_bar_is_its_clock(line: str) -> None:
    title = "عودة التيار الكهربائي إلى الأحياء الجنوبية"
    text = f"{line}\n\n{title}\n\n{BODY}"
    art = arnews.parse(text)
    assert art.timestamp is None
    assert art.title is not None and art.title.text == title
    assert [b.text for b in art.boilerplate][:1] == [line]
    _slices(text, art)


def test_the_meta_line_between_the_teaser_and_the_lead_printed_again() -> None:
    lead = (
        "في شمال غرب البلاد تقع مدينة قديمة كانت محطة للقوافل، وتضم مكتبات خاصة تحفظ مخطوطات "
        "نادرة في الفقه واللغة والفلك، وتسعى الجمعيات المحلية منذ سنوات إلى ترميمها وحمايتها من "
        "الرمال والرطوبة بدعم من منظمات ثقافية دولية."
    )
    more = "وقال مسؤول محلي إن الترميم يحتاج إلى تمويل عاجل قبل موسم الأمطار المقبل."
    text = f"{lead}\n\n27 أبريل، 2023 18 زيارة\n{lead}\n{more}"
    art = arnews.parse(text)
    assert art.published_at == dt.datetime(2023, 4, 27)
    # with no second print below, a date line after a long paragraph is the body's
    assert arnews.parse(f"{lead}\n\n27 أبريل، 2023 18 زيارة\n{more}\n{more}").timestamp is None
    _slices(text, art)


def test_a_themes_top_bar_clock_opening_the_page_is_no_timestamp() -> None:
    title = "عودة التيار الكهربائي إلى الأحياء الجنوبية"
    clock = "الخميس , يناير 8 2026"
    text = f"{clock}\n\n{title}\n\n{BODY}"
    assert arnews.parse(text).timestamp is None
    # under the title, the same line is the article's date
    art = arnews.parse(f"{title}\n\n{clock}\n\n{BODY}")
    assert art.published_at == dt.datetime(2026, 1, 8)
    # the page's own date in its usual shapes still counts as the first line
    own = arnews.parse(f"الخميس 8 يناير 2026\n\n{title}\n\n{BODY}")
    assert own.published_at == dt.datetime(2026, 1, 8)


def test_counters_inside_a_sentence_after_a_date_are_no_page_counters() -> None:
    line = "الأحد 12 مايو 2024 قال المتحدث إن 60 مشاهدة سجلت"
    art = arnews.parse(f"{line}\n\n{BODY}")
    assert ("boilerplate", "60 مشاهدة سجلت") not in [(b.kind, b.text) for b in art.blocks]


@pytest.mark.parametrize("comma", [",", "،"])
def test_an_aggregators_headline_line_ends_with_its_site_and_date(comma: str) -> None:
    head = "الحكومة تقر خطة النقل الجديدة في العاصمة"
    line = f"{head} - أخبار الساعة{comma} اليوم الأحد 4 مايو 2025 09:58 مساءً"
    text = f"{line}\n\n{BODY}"
    art = arnews.parse(text)
    assert art.title is not None and art.title.text == head
    assert art.published_at == dt.datetime(2025, 5, 4, 21, 58)
    assert art.relative is None
    assert ("boilerplate", f"- أخبار الساعة{comma}") in [(b.kind, b.text) for b in art.blocks]
    _slices(text, art)


def test_an_aggregators_headline_line_with_no_site_and_a_clock() -> None:
    head = "الحكومة تقر خطة النقل الجديدة في العاصمة"
    text = f"{head}, اليوم الأحد 4 مايو 2025 09:58 مساءً\n\n{BODY}"
    art = arnews.parse(text)
    assert art.title is not None and art.title.text == head
    assert art.published_at == dt.datetime(2025, 5, 4, 21, 58)
    _slices(text, art)


@pytest.mark.parametrize(
    "line",
    [
        # no date after "today": the headline's own words
        "الحكومة تقر خطة النقل - أخبار الساعة, اليوم الأحد يبدأ التطبيق",
        # no site between a dash and the comma, and no clock in the date
        "الحكومة تقر خطة النقل, اليوم الأحد 4 مايو 2025",
    ],
)
def test_a_headline_with_today_but_not_its_site_and_date_stays_whole(line: str) -> None:
    art = arnews.parse(f"{line}\n\n{BODY}")
    assert art.title is not None and art.title.text == line


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("26 10:27 2026 جانفي", dt.datetime(2026, 1, 26, 10, 27)),
        ("2026 يناير 6", dt.datetime(2026, 1, 6)),
        ("الاثنين 2025 3 نوفمبر", dt.datetime(2025, 11, 3)),
        # a blog's month-first date with a month of two words
        ("الاثنين، كانون الأول ١٨، ٢٠٠٦", dt.datetime(2006, 12, 18)),
        # WordPress's month-first format: a clock and its day period, an ordinal day
        ("1:09 ص, فبراير 17, 2025", dt.datetime(2025, 2, 17, 1, 9)),
        ("الثلاثاء، مارس 4، 2025 05:00 مساءً", dt.datetime(2025, 3, 4, 17, 0)),
        ("الأحد. يوليو 27th, 2025", dt.datetime(2025, 7, 27)),
    ],
)
def test_a_date_line_copied_out_of_order(line: str, when: dt.datetime) -> None:
    title = "عودة التيار الكهربائي إلى الأحياء الجنوبية"
    text = f"{title}\n{line}\n\n" + BODY
    art = arnews.parse(text)
    assert art.published_at == when
    assert art.timestamp is not None and art.timestamp.text == line
    assert "reordered-date" in [w.code for w in art.warnings]


@pytest.mark.parametrize(
    "line",
    [
        "10 2026 15",
        "26 10:27 2026 جانفي 3",
        "2026 يناير 6 سياسة",
        "م فبراير 17, 2025",  # a day period with no clock
        "1:09 ص م فبراير 17, 2025",  # two periods for one clock
    ],
)
def test_an_unreadable_date_line_stays_unread(line: str) -> None:
    art = arnews.parse("عودة التيار الكهربائي إلى الأحياء الجنوبية\n" + line + "\n\n" + BODY)
    assert art.timestamp is None and "reordered-date" not in [w.code for w in art.warnings]


def test_a_date_line_wrapped_before_its_year() -> None:
    title = "عودة التيار الكهربائي إلى الأحياء الجنوبية"
    text = f"{title}\nالثلاثاء 6 يناير\n2026\n\n" + BODY
    art = arnews.parse(text)
    assert art.timestamp is not None and art.timestamp.date == dt.date(2026, 1, 6)
    assert [b.text for b in art.blocks[:2]] == [title, "الثلاثاء 6 يناير 2026"]
    _slices(text, art)
    # a year under a line that already has one is not joined
    art = arnews.parse(f"{title}\n6 يناير 2026\n2025\n\n" + BODY)
    assert art.timestamp is not None and art.timestamp.text == "6 يناير 2026"


def test_the_unix_epoch_is_no_publication_date() -> None:
    title = "عودة التيار الكهربائي إلى الأحياء الجنوبية"
    art = arnews.parse(f"{title}\n1 يناير 1970 05:04 م\n\n" + BODY)
    assert art.timestamp is None and "placeholder-date" in _codes(art)
    art = arnews.parse(f"{title}\n2 يناير 1970 05:04 م\n\n" + BODY)
    assert art.timestamp is not None and "placeholder-date" not in _codes(art)


def test_a_print_issue_masthead_dates_the_article() -> None:
    title = "عودة التيار الكهربائي إلى الأحياء الجنوبية"
    text = f"العدد 5241 Thursday 31, July 2025\n\n{title}\n\n" + BODY
    art = arnews.parse(text)
    assert art.timestamp is not None and art.timestamp.date == dt.date(2025, 7, 31)
    assert art.title is not None and art.title.text == title
    # the issue number alone is no date
    art = arnews.parse(f"العدد 5241\n\n{title}\n\n" + BODY)
    assert art.timestamp is None


def test_a_line_opening_with_a_date_then_words_is_no_date_line() -> None:
    title = "عودة التيار الكهربائي إلى الأحياء الجنوبية"
    for line in ("2026 عام التحديات الكبرى", "6 يناير 2026 موعد افتتاح المحطة الجديدة"):
        art = arnews.parse(f"{title}\n{line}\n" + BODY)
        assert art.timestamp is None and "header" not in [b.kind for b in art.blocks], line


def test_a_date_bar_under_a_credit_line_is_still_in_the_header_area() -> None:
    text = "عودة التيار إلى الأحياء الجنوبية\n\nلبنان 24\n25-11-2025 | 06:45\n" + BODY
    art = arnews.parse(text)
    assert art.timestamp is not None
    assert (art.timestamp.date, art.timestamp.time) == (dt.date(2025, 11, 25), dt.time(6, 45))
    _slices(text, art)


def test_a_date_line_above_the_first_long_paragraph_when_the_head_was_missed() -> None:
    # a headline ending with a full stop is no title: the date line under it still counts
    long_body = " ".join([BODY.replace("القاهرة - ", "")] * 3)
    text = "الركراكي يعلن قائمة المنتخب لمواجهة الغد.\n\nالخميس 03 أكتوبر 2024\n\n" + long_body
    art = arnews.parse(text)
    assert art.timestamp is not None and art.timestamp.date == dt.date(2024, 10, 3)
    # below a long paragraph a bare date line is a mention
    other = long_body.replace("القمة", "الدورة")  # a paragraph said twice is one paragraph
    assert arnews.parse(long_body + "\n\nالخميس 03 أكتوبر 2024\n\n" + other).timestamp is None


def test_a_date_after_the_body_opened_on_a_dateline_line_loses_to_the_heads() -> None:
    # below the body a bare date line is only the last resort (see the page's foot below)
    text = "عودة التيار إلى الأحياء الجنوبية\n6 يناير 2026\n\n" + BODY + "\n25-11-2025 | 06:45\n"
    assert arnews.parse(text).published_at == dt.datetime(2026, 1, 6)


def test_impossible_scraper_date() -> None:
    art = arnews.parse(" date 2026-02-30\n\n" + BODY)
    assert art.timestamp is None and "bad-header-date" in _codes(art)


# --- labelled lines, the line under the title, page-wide bars ------------------------------


def test_labelled_publication_and_update() -> None:
    text = (
        "القمة الأوروبية تبحث الضمانات الأمنية\n"
        "نشر بتاريخ: الثلاثاء 6 يناير 2026 - 10:30 م\n"
        "آخر تحديث: 7 يناير 2026 - 09:15 ص بتوقيت القاهرة\n\n" + BODY
    )
    art = arnews.parse(text, now=NOW)
    assert art.timestamp is not None and art.updated is not None
    assert (art.timestamp.date, art.timestamp.time) == (dt.date(2026, 1, 6), dt.time(22, 30))
    assert art.timestamp.text == "الثلاثاء 6 يناير 2026 - 10:30 م"
    assert (art.updated.date, art.updated.time) == (dt.date(2026, 1, 7), dt.time(9, 15))
    assert art.updated.tz == zoneinfo.ZoneInfo("Africa/Cairo")
    assert art.published_at == dt.datetime(2026, 1, 6, 22, 30)
    _slices(text, art)


def test_english_labels() -> None:
    text = "Published 06/01/2026 10:30 GMT\nUpdated 07/01/2026\n\n" + BODY
    art = arnews.parse(text)
    assert art.timestamp is not None and art.updated is not None
    assert art.timestamp.date == dt.date(2026, 1, 6) and art.updated.date == dt.date(2026, 1, 7)
    assert art.published_at == dt.datetime(2026, 1, 6, 10, 30, tzinfo=dt.timezone.utc)


def test_line_under_the_title_beats_a_page_bar() -> None:
    text = (
        "الثلاثاء 6 يناير 2026 م - 17 رجب 1447 هـ\n"
        "القمة الأوروبية تبحث الضمانات الأمنية\n"
        "5 يناير 2026 17:30\n\n" + BODY
    )
    art = arnews.parse(text, now=NOW)
    assert art.timestamp is not None and art.timestamp.text == "5 يناير 2026 17:30"


def test_a_page_bar_alone_is_better_than_nothing() -> None:
    text = "الثلاثاء 6 يناير 2026 م - 17 رجب 1447 هـ\n\n" + BODY
    art = arnews.parse(text)
    assert art.timestamp is not None and art.timestamp.hijri == (1447, 7, 17)


def test_the_scraper_date_beats_a_page_bar() -> None:
    text = " date 2026-01-05\nالثلاثاء 6 يناير 2026 م - 17 رجب 1447 هـ\n\n" + BODY
    art = arnews.parse(text)
    assert art.timestamp is not None and art.timestamp.date == dt.date(2026, 1, 5)


def test_year_from_the_scraper_line_for_a_bare_day_and_month() -> None:
    text = " date 2026-01-06\nالقمة الأوروبية تبحث الضمانات\nنشر في: 5 يناير - 10:30 م\n\n" + BODY
    art = arnews.parse(text)
    assert art.timestamp is not None
    assert (art.timestamp.date, art.timestamp.time) == (dt.date(2026, 1, 5), dt.time(22, 30))


def test_weekday_mismatch_in_the_stamp_is_reported() -> None:
    art = arnews.parse("نشر بتاريخ: الأحد 6 يناير 2026\n\n" + BODY)
    assert art.timestamp is not None and art.timestamp.date == dt.date(2026, 1, 6)
    assert "weekday-mismatch" in _codes(art)


def test_hijri_out_of_range_in_the_header_is_reported() -> None:
    art = arnews.parse("نشر بتاريخ: 17 رجب 1342 هـ\n\n" + BODY)
    assert art.timestamp is None and "hijri-out-of-range" in _codes(art)


# --- mentions are never the timestamp -------------------------------------------------------


def test_dates_in_title_and_body_are_mentions() -> None:
    text = "قمة 20 يناير 2026 تبحث الضمانات الأمنية\n\n" + BODY + "\n\nوقال مسؤول منذ ساعتين إن..."
    art = arnews.parse(text, now=NOW)
    assert art.timestamp is None and art.relative is None and art.published_at is None
    assert "no-timestamp" in _codes(art)


# --- the dateline's date, the last resort -----------------------------------------------------


def _stamps_from_dateline(text: str, date_text: str, now: dt.datetime | None) -> arnews.Timestamp:
    start = text.index(date_text)
    blocks = [RawBlock("paragraph", 0, len(text))]
    stamps = find_stamps(
        text, find_header(text), blocks, now, dateline_date=(start, start + len(date_text))
    )
    assert stamps.timestamp is not None
    return stamps.timestamp


def test_dateline_date_with_an_anchor() -> None:
    text = "الإسكندرية في 14 يونيو /أ ش أ/ أعلنت المحافظة افتتاح المشروع."
    stamp = _stamps_from_dateline(text, "14 يونيو", NOW)
    assert stamp.date == dt.date(2025, 6, 14) and stamp.text == "14 يونيو"


def test_dateline_day_dash_month() -> None:
    text = "الجهراء - 6 - 1 (كونا) -- أعلنت البلدية افتتاح المشروع."
    stamp = _stamps_from_dateline(text, "6 - 1", NOW)
    assert stamp.date == dt.date(2026, 1, 6)


def test_dateline_date_without_anchor_is_no_timestamp() -> None:
    text = "الإسكندرية في 14 يونيو /أ ش أ/ أعلنت المحافظة افتتاح المشروع."
    start = text.index("14 يونيو")
    stamps = find_stamps(text, None, [], None, dateline_date=(start, start + 8))
    assert stamps.timestamp is None and stamps.published_at is None


# --- every label of the table ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "variant"), [(r.fields[0], v) for r in table("date_labels", 3) for v in r.variants]
)
def test_every_label(field: str, variant: str) -> None:
    text = f"{variant}: 6 يناير 2026 - 10:30 م\n\n{BODY}"
    art = arnews.parse(text)
    stamp = art.updated if field == "updated" else art.timestamp
    assert stamp is not None and stamp.date == dt.date(2026, 1, 6), variant
    if field == "updated":
        assert art.timestamp is None


def test_a_label_printed_after_its_date() -> None:
    # a bidi-unaware copy puts the label last: "2023-09-26 نشرت في"
    art = arnews.parse(f"2025-11-04 نشرت في\nالمعرض يفتح أبوابه للزوار\n\n{BODY}")
    assert art.timestamp is not None and art.timestamp.date == dt.date(2025, 11, 4)


def test_impossible_date_in_the_header_is_reported_not_guessed() -> None:
    art = arnews.parse("نشر بتاريخ: 31/02/2026\n\n" + BODY)
    assert art.timestamp is None
    assert "impossible-date" in _codes(art) and "no-timestamp" in _codes(art)


def test_labelled_date_in_the_rest_of_the_scraper_line() -> None:
    text = " date 2026-01-06 نشر في: 5 يناير 2026 - 10:30 م\n\n" + BODY
    art = arnews.parse(text)
    assert art.timestamp is not None and art.timestamp.text == "5 يناير 2026 - 10:30 م"
    _slices(text, art)


def test_date_inside_a_headline_on_the_scraper_line_is_a_mention() -> None:
    art = arnews.parse(" date 2026-03-11 اجتماع حاسم في 15 مارس 2026 المقبل\n\n" + BODY)
    assert art.timestamp is not None and art.timestamp.date == dt.date(2026, 3, 11)


def test_an_unlabelled_date_line_below_the_body_is_not_the_article_date() -> None:
    text = " date 2026-01-06\n\n" + BODY + "\n\nالأحد 4 يناير 2026 - 09:00 م\n\n" + BODY
    art = arnews.parse(text)
    assert art.timestamp is not None and art.timestamp.text == "2026-01-06"


def test_a_labelled_update_below_the_body_counts() -> None:
    text = " date 2026-01-06\n\n" + BODY + "\n\nآخر تحديث: 7 يناير 2026 - 09:00 م\n"
    art = arnews.parse(text)
    assert art.updated is not None and art.updated.date == dt.date(2026, 1, 7)


def test_a_label_after_a_word_like_today_does_not_make_it_a_stamp() -> None:
    # "اليوم" in an outlet's name, a publication label later on the line: no relative stamp
    art = arnews.parse(" date 2025-11-26 وطنا اليوم: نشر الاتحاد بيانا عن القرعة.\n\n" + BODY)
    assert art.relative is None


def test_a_date_bar_with_a_city_and_its_country() -> None:
    title = "عودة التيار الكهربائي إلى الأحياء الجنوبية"
    text = f"الأربعاء 31 ديسمبر 2025 أبوظبي الإمارات\n{title}\n\n" + BODY
    art = arnews.parse(text)
    assert art.timestamp is not None and art.timestamp.date == dt.date(2025, 12, 31)
    assert art.title is not None and art.title.text == title


def test_a_prayer_times_widget_above_the_stamp_does_not_open_the_body() -> None:
    text = f"• الصلاة القادمة\n\nالعصر 15:20\n\nمنذ 5 دقائق\n\n{BODY}"
    art = arnews.parse(text, now=dt.datetime(2026, 1, 6, 12))
    assert art.relative is not None and art.relative.amount == 5
    assert art.published_at == dt.datetime(2026, 1, 6, 11, 55)


@pytest.mark.parametrize(
    ("line", "relative", "date"),
    [
        ("منذ سنتين - Sunday 07 November 2021", "منذ سنتين", "Sunday 07 November 2021"),
        ("منذ ساعتين | الأحد 04 يناير 2026", "منذ ساعتين", "الأحد 04 يناير 2026"),
        ("منذ 3 أيام في 03/يناير/2026", "منذ 3 أيام", "03/يناير/2026"),
        # the date first, then how long ago it was
        ("الأحد 17 نوفمبر 2024 |منذ 5 ساعات", "منذ 5 ساعات", "الأحد 17 نوفمبر 2024"),
        ("03/01/2026 - منذ ساعتين", "منذ ساعتين", "03/01/2026"),
        ("الأحد 04 يناير 2026 منذ 3 أيام", "منذ 3 أيام", "الأحد 04 يناير 2026"),
        ("الأحد 04 يناير 2026 - 3 أيام مضى", "3 أيام مضى", "الأحد 04 يناير 2026"),
    ],
)
def test_a_relative_stamp_and_the_date_it_stands_for_on_one_line(
    line: str, relative: str, date: str
) -> None:
    text = f"الحكومة تقر خطة النقل الجديدة\n\n{line}\n\nأقرت الحكومة اليوم خطة جديدة للنقل العام."
    art = arnews.parse(text, now=NOW)
    assert art.relative is not None and art.relative.text == relative
    assert art.timestamp is not None and art.timestamp.text == date
    assert [p.text for p in art.paragraphs] == ["أقرت الحكومة اليوم خطة جديدة للنقل العام."]
    _slices(text, art)


@pytest.mark.parametrize(
    "line",
    [
        "منذ سنتين - والحكومة تعد الخطط",  # words after the stamp that are no date
        "آخر تحديث : منذ 3 سنوات",  # a date label with no date: an update line
    ],
)
def test_a_stamp_beside_no_date_is_not_the_pages(line: str) -> None:
    text = f"الحكومة تقر خطة النقل الجديدة\n\n{line}\n\nأقرت الحكومة اليوم خطة جديدة للنقل العام."
    art = arnews.parse(text, now=NOW)
    assert art.relative is None and art.timestamp is None


def test_a_date_line_under_a_news_ticker_glued_into_one_long_line() -> None:
    # the ticker's headlines end no sentence; the date line right above the body is the page's
    ticker = " ".join(
        [
            "وزير النقل يفتتح محطة جديدة في العاصمة",
            "ارتفاع أسعار الذهب في الأسواق المحلية",
            "الأرصاد تحذر من أمطار غزيرة على المرتفعات",
            "منتخب الناشئين يتأهل إلى نهائي البطولة العربية",
            "البنك المركزي يطرح سندات جديدة للاكتتاب",
        ]
    )
    text = f"آخر الأخبار\n\n{ticker}\n\nالخميس 03 أكتوبر 2024 - 10:20\n\n{BODY}"
    art = arnews.parse(text, now=NOW)
    assert art.timestamp is not None and art.timestamp.text == "الخميس 03 أكتوبر 2024 - 10:20"
    # a second date line further down is still no timestamp of its own
    later = f"{ticker}\n\n{BODY}\n\nالخميس 03 أكتوبر 2024\n\n{BODY.replace('القمة', 'الدورة')}"
    assert arnews.parse(later, now=NOW).timestamp is None


# --- a clock on its own line beside the date line ------------------------------------------

_TITLE = "افتتاح مستشفى جديد في المدينة"


@pytest.mark.parametrize(
    ("head", "when", "stamp_text"),
    [
        ("الجمعة 16 مايو 2025\n05:42 م", (2025, 5, 16, 17, 42), "الجمعة 16 مايو 2025\n05:42 م"),
        ("05:42 م\nالجمعة 16 مايو 2025", (2025, 5, 16, 17, 42), "05:42 م\nالجمعة 16 مايو 2025"),
        # a blank line between them, Arabic-Indic digits
        (
            "٠٣:٥٢ م\n\nالإثنين ٣٠ مايو ٢٠٢٢",
            (2022, 5, 30, 15, 52),
            "٠٣:٥٢ م\n\nالإثنين ٣٠ مايو ٢٠٢٢",
        ),
    ],
)
def test_a_clock_alone_beside_a_date_line_gives_its_time(
    head: str, when: tuple[int, ...], stamp_text: str
) -> None:
    text = f"{_TITLE}\n{head}\n\n{BODY}"
    art = arnews.parse(text)
    assert art.published_at == dt.datetime(*when)
    assert art.timestamp is not None and art.timestamp.text == stamp_text
    _slices(text, art)


def test_a_date_line_with_its_own_time_keeps_it() -> None:
    text = f"{_TITLE}\nالجمعة 16 مايو 2025 - 09:10 ص\n05:42 م\n\n{BODY}"
    assert arnews.parse(text).published_at == dt.datetime(2025, 5, 16, 9, 10)


def test_a_clock_parted_from_the_date_line_by_another_line_is_not_its_time() -> None:
    text = f"05:42 م\n{_TITLE}\nالجمعة 16 مايو 2025\n\n{BODY}"
    assert arnews.parse(text).published_at == dt.datetime(2025, 5, 16)


# --- a date line opened by a name the lexicons do not know -----------------------------------


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("صيداويات - الإثنين 26 أيار 2025", (2025, 5, 26)),  # a site section
        ("الوحدة:21-5-2025", (2025, 5, 21)),  # a paper's name and a colon
        ("الوحدة 19-11-2022", (2022, 11, 19)),  # before a numeric date, no mark
        ("نبض الشارع - السبت, 09 نوفمبر, 2024 - 11:19 مساءً", (2024, 11, 9, 23, 19)),
        ("صدى الريف – (8/12/2022)", (2022, 12, 8)),  # the date in brackets
        ("صدى المدينة ـ نشر في 2021/07/06 الساعة 19:30", (2021, 7, 6, 19, 30)),  # and a label
    ],
)
def test_a_date_line_opened_by_an_unknown_name(line: str, when: tuple[int, ...]) -> None:
    text = f"{_TITLE}\n{line}\n\n{BODY}"
    art = arnews.parse(text)
    assert art.published_at == dt.datetime(*when)
    assert [b.kind for b in art.blocks[:2]] == ["title", "header"]


@pytest.mark.parametrize(
    "line",
    [
        "قمة بغداد الطارئة - 17 مايو 2025",  # three words: a headline's
        "وصل الوزير 17 مايو 2025",  # words running into a written date: a sentence's start
        "مهرجان الربيع - 2025",  # a year alone is no whole date
        "الوزير - نشر في الصحيفة 3 مقالات",  # a label's words in a sentence, no date
    ],
)
def test_longer_or_dateless_openers_make_no_date_line(line: str) -> None:
    art = arnews.parse(f"{_TITLE}\n{line}\n\n{BODY}")
    assert art.timestamp is None


@pytest.mark.parametrize(
    ("line", "credit", "when"),
    [
        ("المصدر : بوابة المدينة 2/3/2021", "بوابة المدينة", (2021, 3, 2)),
        ("المصدر: رويترز 06/01/2026", "رويترز", (2026, 1, 6)),
    ],
)
def test_a_source_line_ending_with_its_date(line: str, credit: str, when: tuple[int, ...]) -> None:
    art = arnews.parse(f"{_TITLE}\n{line}\n\n{BODY}")
    assert art.published_at == dt.datetime(*when)
    assert [a.text for a in art.agencies] == [credit]  # the date is no part of the name
    assert [b.text for b in art.boilerplate] == [line.rsplit(" ", 1)[0]]


def test_latin_authors_before_a_date_stay_a_byline() -> None:
    line = "Sami Haddad | 08.09.2024 - محدث : 09.09.2024"
    art = arnews.parse(f"{_TITLE}\n{line}\n\n{BODY}")
    assert art.byline is not None and art.byline.name == "Sami Haddad"
    assert art.published_at == dt.datetime(2024, 9, 8)


# --- the page's date printed at its foot ----------------------------------------------------

_LONG = (
    "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المدينة بطاقة مئتي سرير، وقالت في بيان إن "
    "العمل فيه يبدأ الأسبوع المقبل بعد اكتمال تجهيز الأقسام كافة وتدريب الكوادر الطبية عليها، "
    "وإن المستشفى سيخدم سكان المدينة والقرى المحيطة بها."
)


def test_a_date_line_after_the_last_paragraph_is_the_last_resort() -> None:
    text = f"{_TITLE}\n\n{_LONG}\n\n{BODY}\n\n16/2/2022\n\nاترك تعليقا"
    art = arnews.parse(text)
    assert art.published_at == dt.datetime(2022, 2, 16)
    _slices(text, art)
    # a date in the head wins over it
    assert arnews.parse(f"{_TITLE}\n1/3/2021\n\n{_LONG}\n\n16/2/2022").published_at == (
        dt.datetime(2021, 3, 1)
    )


@pytest.mark.parametrize(
    "foot",
    [
        "16/2/2022\n\nوأضاف المتحدث أن العمل سيستمر حتى نهاية العام.",  # body text follows
        "16/2/2022\n\n17/2/2022",  # a list's dates, not the page's
    ],
)
def test_a_date_line_among_more_text_at_the_foot_is_no_timestamp(foot: str) -> None:
    assert arnews.parse(f"{_TITLE}\n\n{_LONG}\n\n{foot}").timestamp is None


@pytest.mark.parametrize(
    "lead",
    [
        _LONG,  # a long paragraph: the body proper, the date line its foot
        "صدر عن وزير الداخلية قرار باستحداث ثلاث بلديات جديدة في المحافظة.",  # a short one
    ],
)
def test_a_date_bar_closing_the_page_is_the_footers_clock(lead: str) -> None:
    bar = "الأربعاء 11 حزيران 2025 م الموافق 15 ذو الحجة 1446 هـ"
    assert arnews.parse(f"{_TITLE}\n\n{lead}\n\n{bar}").timestamp is None
    # with the body going on below it, it is the article's date line
    art = arnews.parse(f"{_TITLE}\n\n{lead}\n\n{bar}\n\n{BODY}")
    assert lead is _LONG or art.published_at == dt.datetime(2025, 6, 11)


def test_dated_related_teasers_below_the_body_give_no_timestamp() -> None:
    # each teaser a date over its headline: the first date line looks like the page's foot
    foot = (
        "16/2/2022\n«الست» تتعرض لموقف محرج أثناء الطهي: «الأكل معفن» (فيديو)\n"
        "16/2/2022\nقتل القتيل ومشى في جنازته.. الضابط الخائن محمد"
    )
    text = f"{_TITLE}\n\n{_LONG}\n\n{BODY}\n\n{foot}"
    assert arnews.parse(text).timestamp is None
    # the page's own date at its foot, related headlines with no dates below it, still counts
    plain = f"{_TITLE}\n\n{_LONG}\n\n{BODY}\n\n16/2/2022\n\nاقرأ أيضا\nحريق ضخم في مصنع للورق"
    assert arnews.parse(plain).published_at == dt.datetime(2022, 2, 16)


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("2019-12-17T21:00:00Z", dt.datetime(2019, 12, 17, 21, 0, tzinfo=dt.timezone.utc)),
        (
            "2019-12-17T21:00:00.233+03:00",
            dt.datetime(2019, 12, 17, 21, 0, tzinfo=dt.timezone(dt.timedelta(hours=3))),
        ),
    ],
)
def test_an_iso_stamp_alone_on_its_line_is_a_date_line(line: str, when: dt.datetime) -> None:
    art = arnews.parse(f"{line}\n{_TITLE}\n\n{BODY}")
    assert art.published_at == when
    assert [b.kind for b in art.blocks[:2]] == ["header", "title"]


def test_the_date_line_under_the_title_wins_over_a_tag_line_and_the_site_clock() -> None:
    # the site's clock above its menu, the title, a tag line that ends no sentence, the date
    tags = "سد الوادي\nسياسة\nسد الوادي"  # a tag list, one tag a line: the layout joins them
    text = f"الأحد 24 نوفمبر 2024\n\n{_TITLE}\n\n{tags}\nالسبت 01/مايو/2021 - 03:08 م\n\n{_LONG}"
    assert arnews.parse(text).published_at == dt.datetime(2021, 5, 1, 15, 8)
    # a paragraph of sentences above it: the date line is a mention, the clock is the last word
    text = f"الأحد 24 نوفمبر 2024\n\n{_TITLE}\n\n{BODY}\n\nالسبت 01/مايو/2021 - 03:08 م\n\n{_LONG}"
    assert arnews.parse(text).published_at == dt.datetime(2024, 11, 24)


def test_a_date_line_with_the_page_counters_is_the_articles_meta_line() -> None:
    # the site's dual-date clock, a headline ending with a full stop (no title), then the
    # article's date with its view count on one line
    text = (
        "الجمعة 27 جمادى الآخرة 1447هـ | 19 كانون الأول 2025\n\n"
        "الجامعة تعقد مؤتمرها العلمي الدولي لحماية التراث.\n\n"
        f"2022/03/02 المشاهدات : 864\n\n{_LONG}"
    )
    assert arnews.parse(text).published_at == dt.datetime(2022, 3, 2)


def test_a_date_line_saying_today_is_the_sites_clock() -> None:
    # "اليوم الأربعاء ...": the day the page was rendered, over the article's own lines
    text = (
        "اليوم الأربعاء 22 نوفمبر 2017 - 5:37 صباحًا\n\n"
        "الحكومة تقر خطة النقل الجديدة\n\n02 ابريل 2015 - 10:28\n\n" + BODY
    )
    art = arnews.parse(text, now=NOW)
    assert art.timestamp is not None and art.timestamp.text == "02 ابريل 2015 - 10:28"
    assert art.boilerplate[0].text.startswith("اليوم الأربعاء")
    # alone it is still no timestamp; without "اليوم" the same line is the page's date
    assert arnews.parse(text.replace("\n\n02 ابريل 2015 - 10:28", ""), now=NOW).timestamp is None
    bare = arnews.parse(
        text.replace("اليوم الأربعاء", "الأربعاء").replace("\n\n02 ابريل 2015 - 10:28", "")
    )
    assert bare.timestamp is not None and bare.timestamp.date == dt.date(2017, 11, 22)


def test_a_labelled_date_among_meta_lines_taken_for_a_teaser_run_is_still_the_pages() -> None:
    # three short meta lines read as a related run take the dates inside it; a labelled one stays
    text = (
        "رئيس الجامعة يشارك في فعاليات الأسبوع الثقافي في المدينة\n\n"
        "طباعة ورفع: قسم الاعلام\n\nعدد الزيارات: 170 مشاهدة\n\nبواسطة اعلام الجامعة\n\n"
        "كتابة وتحرير - قسم الاعلام والعلاقات العامة\n\nتاريخ النشر: 2025/11/20\n\n" + BODY
    )
    art = arnews.parse(text, now=NOW)
    assert art.timestamp is not None and art.timestamp.date == dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("line", "stamp", "meta"),
    [
        ("منذ 5 ساعات | أخبار محلية", "منذ 5 ساعات |", "أخبار محلية"),
        ("قبل 6 ساعات I الأخبار I محليات", "قبل 6 ساعات I", "الأخبار I محليات"),
        ("منذ 9 سنوات   شارك:", "منذ 9 سنوات", "شارك:"),
        ("منذ 2 أسابيع 26", "منذ 2 أسابيع", "26"),
        (
            "2 دقيقتين مضت أخبار محلية, سامر اضف تعليق",
            "2 دقيقتين مضت",
            "أخبار محلية, سامر اضف تعليق",
        ),
    ],
)
def test_a_relative_stamp_opening_the_meta_line_is_the_pages(
    line: str, stamp: str, meta: str
) -> None:
    title = "البلدية تفتتح حديقة عامة جديدة في حي الزهور"
    art = arnews.parse(f"{title}\n\n{line}\n\n{BODY}", now=NOW)
    assert art.relative is not None and art.relative.text == stamp.rstrip(" |I")
    assert [b.text for b in art.blocks[1:3]] == [stamp, meta]
    assert [b.kind for b in art.blocks[1:3]] == ["header", "boilerplate"]
    _slices(f"{title}\n\n{line}\n\n{BODY}", art)


@pytest.mark.parametrize(
    "line",
    ["منذ عامين والحكومة تعد بإصلاح الطرق", "قبل يومين - أعلنت الوزارة عن خطة جديدة للطرق."],
)
def test_a_sentence_opening_with_a_relative_phrase_is_no_meta_line(line: str) -> None:
    art = arnews.parse(f"البلدية تفتتح حديقة عامة جديدة\n\n{line}\n\n{BODY}", now=NOW)
    assert art.relative is None
    assert line in [b.text for b in art.blocks]


def test_a_date_line_over_the_page_counters_wins_over_the_site_clock_above_it() -> None:
    text = (
        "الخميس 16 أغسطس 2018\nتصويت\nمقابلات وتقارير\nالأربعاء 18 أبريل 2018 | 07:06 مساءً\n"
        "| عدد القراءات : 3311\nالنادي يتأهل إلى الدوري الممتاز بعد موسم طويل\n\n" + BODY
    )
    art = arnews.parse(text)
    assert art.timestamp is not None
    assert art.timestamp.text == "الأربعاء 18 أبريل 2018 | 07:06 مساءً"
    # with no counters below it the first date line stays the page's
    plain = arnews.parse(text.replace("| عدد القراءات : 3311\n", ""))
    assert plain.timestamp is not None and plain.timestamp.text == "الخميس 16 أغسطس 2018"


def test_a_bulleted_meta_line_with_a_stamp_and_its_date_is_the_pages() -> None:
    text = f"الحكومة تقر خطة النقل الجديدة\n\n• منذ سنتين - Sunday 07 November 2021\n\n{BODY}"
    art = arnews.parse(text, now=NOW)
    assert art.relative is not None and art.relative.text == "منذ سنتين"
    assert art.timestamp is not None and art.timestamp.date == dt.date(2021, 11, 7)
    # a labelled date in a bulleted list of facts is the body's
    facts = f"الحكومة تقر خطة النقل الجديدة\n\n{BODY}\n\n• تاريخ الحادث: 25/06/2020.\n"
    assert arnews.parse(facts).timestamp is None


@pytest.mark.parametrize("date", ["April 5, 2024", "أبريل 5, 2024"])
def test_a_writer_then_a_month_first_date_under_the_title(date: str) -> None:
    art = arnews.parse(f"الحكومة تقر خطة النقل الجديدة\n\nسامر الحلبي {date}\n\n{BODY}")
    assert art.byline is not None and art.byline.name == "سامر الحلبي"
    assert art.timestamp is not None and art.timestamp.date == dt.date(2024, 4, 5)
