"""Line-level layout: date bars, datelines and bylines, markup, the header line's rest."""

from __future__ import annotations

import pytest

from arnews._datebars import ends_with_stamp, is_date_line, is_relative_line
from arnews._fold import clean_text, fold
from arnews._header import find_header
from arnews._openers import is_byline, is_dateline_like, opens_with_dateline
from arnews._units import cut_units


def key(line: str) -> str:
    return fold(line).key


def units(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (u.kind, u.role, clean_text(text[u.start : u.end]))
        for u in cut_units(text, find_header(text))
    ]


# --- date bars and stamp lines (FORMATS.md "Dates and times on the page") ----------------------

DATE_LINES = [
    "الثلاثاء 6 يناير 2026 - 10:30 م",
    "الأربعاء، 04 نوفمبر 2015 09:20 م",
    "الجمعة 30/أغسطس/2017 - 04:20 م",
    "الإثنين 03 شباط 2025",
    "6 يناير 2026 17:30",
    "17-12-2021, 08:55",
    "2025-05-23 | 12:18",
    "2024-07-06@17:32:53 GMT",
    "١ كانون الثاني ٢٠٢٦",
    "الثلاثاء ٢٢ يوليو ٢٠١٤ - ٠١:٥٠",
    "نشر بتاريخ: 6 يناير 2026",
    "تاريخ النشر: 17 نونبر 2013م",
    "آخر تحديث: الثلاثاء 6 يناير 2026 - 10:30 م بتوقيت القاهرة",
    "21 مارس 2023 م - 29 شعبان 1444 هـ",
    "Published 06/01/2026 - Updated 07/01/2026",
    "بغداد - الثلاثاء 6 كانون الثاني 2026",  # today's date beside a city
    "10:30 GMT",
    "10:31 مساءً EET",  # an Egyptian site's clock in Eastern European Time
    "05 janvier 2026 - 14:00",  # French month names on Maghreb sites
    "نشر بتاريخ:",  # the label alone, its date on the next line
]


@pytest.mark.parametrize("line", DATE_LINES)
def test_date_lines(line: str) -> None:
    assert is_date_line(key(line))


NOT_DATE_LINES = [
    "أعلنت الحكومة في 6 يناير 2026 عن خطة جديدة.",  # a date inside a sentence is a mention
    "غارات على الموصل في 6 يناير",
    "2026",  # a year alone
    "1 2 3 4 التالي",  # pagination
    "الأهلي 2-1 الزمالك",
    "الثلاثاء",  # a weekday alone
    "نشر الخبر على نطاق واسع",
    "",
]


@pytest.mark.parametrize("line", NOT_DATE_LINES)
def test_not_date_lines(line: str) -> None:
    assert not is_date_line(key(line))


@pytest.mark.parametrize(
    "line",
    [
        "منذ 3 ساعات",
        "منذ ساعتين",
        "( منذ 28 دقيقة )",
        "قبل يومين",
        # a closing cue alone: every cue of lexicon/relative_cues.tsv, "مضى" folded to "مضي"
        "3 ساعات مضى",
        "ساعتين مضى",
        "4 أيام خلت",
    ],
)
def test_relative_stamp_lines(line: str) -> None:
    assert is_relative_line(key(line))


@pytest.mark.parametrize(
    "line", ["انطلقت منذ قليل المباراة النهائية", "الأعنف منذ بدء الحرب", "منذ", "منذ قرون"]
)
def test_relative_words_in_sentences_are_not_stamp_lines(line: str) -> None:
    assert not is_relative_line(key(line))


@pytest.mark.parametrize(
    ("line", "stamped"),
    [
        ("البرلمان يستأنف جلساته منذ 5 ساعات", True),
        ("البرلمان يستأنف جلساته 5 ساعات مضى", True),
        ("ارتفاع منسوب نهر دجلة 2026-01-05", True),
        ("افتتاح معرض الكتاب 6 يناير 2026", True),
        ("مباراة الليلة تبدأ 21:45", True),
        ("أعلنت الحكومة خطة جديدة.", False),
        ("الأعنف منذ بدء الحرب", False),
        ("قتلى في انفجار 3", False),
    ],
)
def test_teaser_ends_with_stamp(line: str, stamped: bool) -> None:
    assert ends_with_stamp(key(line)) is stamped


# --- datelines, credits and bylines (FORMATS.md "Datelines and credits") ----------------------

OPENINGS = [
    "دهوك (كوردستان24)- افتتح المحافظ مشروعا جديدا.",
    "الموصل - أعلنت القيادة انتهاء العملية.",
    "عمّان: قال وزير الخارجية إن الاتصالات مستمرة.",
    "البصرة/ أفادت مصادر محلية بوصول شحنة جديدة.",
    "القاهرة | تتسارع الاستعدادات للانتخابات.",
    "الخرطوم ـ اليوم التالي أعلنت لجنة الأطباء ارتفاع الإصابات.",
    "شفق نيوز- كركوك أعلنت الشرطة القبض على متهمين.",
    "أربيل (العراق) 23 يوليو تموز (رويترز) - قال مسؤولون إن ...",
    "الإسكندرية في 14 يونيو /أ ش أ/ بدأت أعمال المؤتمر.",
    "سبها 4 فبراير 2026 (وال) – أعلنت البلدية ...",
    "الفلوجة (رويترز) - قال شهود إن ...",
]


@pytest.mark.parametrize("line", OPENINGS)
def test_paragraphs_opening_with_a_dateline(line: str) -> None:
    assert opens_with_dateline(key(line))


NOT_OPENINGS = [
    "بغداد تستضيف القمة العربية - وسط إجراءات أمنية مشددة.",
    "وزير الخارجية: لن نقبل بأي تدخل.",  # a speaker label
    "يجتمع الحلفاء الأوروبيون لمناقشة الضمانات.",
    "قال مسؤول - طلب عدم نشر اسمه - إن الاتفاق قريب.",
    '"لن نتراجع" - هكذا رد الوزير.',
]


@pytest.mark.parametrize("line", NOT_OPENINGS)
def test_ordinary_openings_are_not_datelines(line: str) -> None:
    assert not opens_with_dateline(key(line))


def test_a_colon_after_a_place_is_a_dateline_unless_titles_are_asked() -> None:
    assert opens_with_dateline(key("بيروت: غارات على مواقع في الجنوب"))
    assert not opens_with_dateline(key("بيروت: غارات على مواقع في الجنوب"), colon=False)


@pytest.mark.parametrize(
    "line",
    [
        "بغداد",
        "الرباط - المغرب اليوم",
        "دهوك (كوردستان24)",
        "شفق نيوز- دهوك",
        "بيروت: «الشرق الأوسط»",
        "طرابلس - سعاد علي:",
        "محمد علي – بغداد",
        "أفريقيا برس – تونس.",
    ],
)
def test_dateline_lines(line: str) -> None:
    assert is_dateline_like(key(line))


@pytest.mark.parametrize(
    "line",
    ["أسرار عسكرية", "العراق والكويت", "الموقف الإيراني", "زيارة الرئيس", "تفاصيل العملية"],
)
def test_headings_are_not_dateline_lines(line: str) -> None:
    assert not is_dateline_like(key(line))


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("كتب - محمد علي", True),
        ("كتب : محمد علي", True),
        ("بقلم: سعاد الربيعي", True),
        ("بقلم سعاد الربيعي", True),
        ("متابعة - أحمد حسن", True),
        ("تقرير: ليلى كريم", True),
        ("تقرير جديد يكشف حجم الدمار في المدينة", False),
        ("كتبت الصحيفة في افتتاحيتها أن الأزمة تتعمق.", False),
        ("متابعة الملف مستمرة", False),
    ],
)
def test_bylines(line: str, byline: bool) -> None:
    assert is_byline(key(line)) is byline


# --- units: the header line, markup, cut-off tails ---------------------------------------------


def test_header_line_with_a_relative_stamp_is_one_header_unit() -> None:
    text = " date 2026-01-06 منذ 46 دقيقة\n\nأربيل (كوردستان24)- خبر."
    assert units(text)[0] == ("header", "scraper", "date 2026-01-06 منذ 46 دقيقة")


def test_header_line_with_a_section_name_is_one_header_unit() -> None:
    text = " date 2026-01-06 رأي ومقالات\n\nنص المقال."
    assert units(text)[0] == ("header", "scraper", "date 2026-01-06 رأي ومقالات")


def test_header_line_with_a_headline_splits_off_the_rest() -> None:
    text = " date 2026-03-11 غارات على أطراف المدينة ليلاً\n\nنص."
    got = units(text)
    assert got[0] == ("header", "scraper", "date 2026-03-11")
    assert got[1] == ("text", None, "غارات على أطراف المدينة ليلاً")


def test_header_line_with_a_caption() -> None:
    text = " date 2026-01-06 (صورة: أرشيفية)\n\nنص."
    assert units(text)[:2] == [
        ("header", "scraper", "date 2026-01-06"),
        ("boilerplate", "caption", "(صورة: أرشيفية)"),
    ]


def test_bidi_marks_around_the_header_date_stay_in_blocks() -> None:
    text = "\u200f date 2026-01-06\u200f غارات على المدينة\n\nنص."
    got = cut_units(text, find_header(text))
    assert got[0].start == 0
    assert got[1].start == text.index("\u200f", 2)


def test_a_scraper_line_below_a_title() -> None:
    text = "غارات على أطراف المدينة ليلاً\n date 2026-03-11\n\nنص."
    assert units(text)[:2] == [
        ("text", None, "غارات على أطراف المدينة ليلاً"),
        ("header", "scraper", "date 2026-03-11"),
    ]


def test_markdown_and_bold_marks_are_split_off() -> None:
    text = "## خلفية الأزمة\n**الموقف الرسمي**"
    assert units(text) == [
        ("unparsed", "markup", "##"),
        ("heading", None, "خلفية الأزمة"),
        ("unparsed", "markup", "**"),
        ("heading", None, "الموقف الرسمي"),
        ("unparsed", "markup", "**"),
    ]


def test_hashtags_are_tags_not_markdown() -> None:
    assert units("#العراق #بغداد") == [("boilerplate", "tags", "#العراق #بغداد")]


def test_bullets_at_line_start_and_inline() -> None:
    text = "\u200f▪ زيادة الرواتب\nوتشمل الخطة: ▪ الطرق ▪ الجسور • المدارس"
    assert units(text) == [
        ("unparsed", "markup", "▪"),
        ("item", None, "زيادة الرواتب"),
        ("text", None, "وتشمل الخطة:"),
        ("unparsed", "markup", "▪"),
        ("item", None, "الطرق"),
        ("unparsed", "markup", "▪"),
        ("item", None, "الجسور"),
        ("unparsed", "markup", "•"),
        ("item", None, "المدارس"),
    ]


def test_a_quote_mark_opens_an_item() -> None:
    # a markdown blockquote ("> "), as some sites mark their dateline line
    assert units("> عدن «الأيام» خاص\nأفاد المصدر بأن الانهيار مستمر.")[:2] == [
        ("unparsed", "markup", ">"),
        ("item", None, "عدن «الأيام» خاص"),
    ]
    assert units("<> نص")[0][0] == "text" and units("->")[0][0] != "unparsed"


def test_numbered_lines() -> None:
    assert units("1. الملف الأمني")[0][0] == "numbered"
    assert units("٢- ضمانات التنفيذ")[0][0] == "numbered"
    assert units("17-12-2021, 08:55")[0][0] == "header"  # a date, not a numbered line
    # a digit right after the mark: a number opening a headline, no item
    assert units("1.06 مليار أرباح شركات النقل هذا العام")[0][0] == "text"
    assert units("2/3 الأعضاء صوتوا لصالح القرار")[0][0] == "text"


def test_trailing_replacement_characters_become_unparsed() -> None:
    text = "نص الخبر الذي قطع في منتص\ufffd\ufffd"
    assert units(text) == [
        ("text", None, "نص الخبر الذي قطع في منتص"),
        ("unparsed", "truncated", "\ufffd\ufffd"),
    ]


def test_a_line_of_invisible_marks_joins_its_neighbour() -> None:
    text = "سطر أول.\n\u200f\u200e\nسطر ثان."
    got = cut_units(text, None)
    assert [(u.start, u.end) for u in got] == [
        (0, text.index("\n", 9)),
        (text.index("سطر ثان"), len(text)),
    ]
