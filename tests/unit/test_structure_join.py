"""Rejoining body lines a scraper broke mid-sentence, and noticing a cut-off dump."""

from __future__ import annotations

import textwrap

import pytest

from arnews._fold import clean_text
from arnews._header import find_header
from arnews._structure import lay_out

HEAD = " date 2026-01-06 منذ ساعة\n\n"


def paragraphs(text: str) -> list[str]:
    layout = lay_out(text, find_header(text))
    return [clean_text(text[b.start : b.end]) for b in layout.blocks if b.kind == "paragraph"]


# --- joined -----------------------------------------------------------------------------------


def test_a_linked_name_on_its_own_line() -> None:
    text = HEAD + "وقال\nفؤاد حسين\nإن العراق يرفض أي اعتداء على أراضيه."
    assert paragraphs(text) == ["وقال فؤاد حسين إن العراق يرفض أي اعتداء على أراضيه."]


def test_a_linked_name_after_a_title_word() -> None:
    text = HEAD + "وقال وزير الخارجية\nفؤاد حسين\nإن العراق يرفض أي اعتداء على أراضيه."
    assert paragraphs(text) == ["وقال وزير الخارجية فؤاد حسين إن العراق يرفض أي اعتداء على أراضيه."]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("وأكد المحافظ في مؤتمر صحفي عقده في", "مبنى المحافظة أن المشروع سينجز قريبا."),
        ("وأعلن المتحدث باسم الوزارة أن", "الحملة ستشمل جميع المحافظات."),
        ("وبحسب البيان فإن الوفد الذي", "زار العاصمة التقى بعدد من المسؤولين."),
        ("وقالت الوزارة،", "في بيان صدر اليوم، إن الأعمال ستبدأ الأسبوع المقبل."),
        ("وأوضح المسؤول", "، في تصريح خاص، أن الخطة جاهزة."),
        ("وذكر المصدر", "أن الاجتماع سيعقد في العاصمة الأسبوع المقبل."),
    ],
)
def test_a_line_ending_mid_sentence_is_continued(first: str, second: str) -> None:
    text = HEAD + f"{first}\n{second}\r\nوفي سياق آخر، افتتح الوزير معرضا للكتاب."
    got = paragraphs(text)
    assert got == [f"{first} {second}", "وفي سياق آخر، افتتح الوزير معرضا للكتاب."]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("وشارك في الحملة رئيس البلدية “المهندس", "سامر الخطيب” إلى جانب المتطوعين."),
        ("وقال الناطق باسم الشركة إن «الخطة", "ستنفذ على ثلاث مراحل» خلال العام المقبل."),
    ],
)
def test_a_line_ending_with_a_word_that_opens_a_quotation_goes_on(first: str, second: str) -> None:
    text = HEAD + f"{first}\n{second}\n\nوفي سياق آخر، افتتح الوزير معرضا للكتاب."
    assert paragraphs(text) == [f"{first} {second}", "وفي سياق آخر، افتتح الوزير معرضا للكتاب."]


def test_a_quotation_closed_on_its_line_or_a_lone_mark_does_not_join() -> None:
    # a closed quotation, and a mark alone printed where the closing one belongs
    for first in ("افتتاح «مهرجان الربيع» في المدينة", "افتتاح مهرجان الربيع في المدينة “"):
        text = HEAD + f"{first}\n\nأعلنت البلدية افتتاح المهرجان السنوي في الحديقة العامة."
        assert paragraphs(text)[-1] == "أعلنت البلدية افتتاح المهرجان السنوي في الحديقة العامة."


def test_a_long_unpunctuated_line_in_a_blank_separated_dump() -> None:
    body = (
        "وأكدت الحكومة العراقية في بيان رسمي صدر عقب اجتماعها الأسبوعي برئاسة رئيس الوزراء\n"
        "ضرورة الإسراع في إنجاز المشاريع المتلكئة في المحافظات.\n\n"
        "وفي سياق متصل، وجه المجلس بتشكيل لجنة لمتابعة التنفيذ.\n\n"
        "وختم البيان بالتأكيد على أهمية التنسيق بين الوزارات."
    )
    assert len(paragraphs(HEAD + body)) == 3


# --- kept apart -------------------------------------------------------------------------------


_WRAPPED_ONE = (
    "أعلنت وزارة الزراعة اليوم أن موسم جني القطن في المحافظات الشمالية بدأ مبكرا هذا العام، "
    "وأن المساحة المزروعة ارتفعت إلى مستوى لم تبلغه منذ سنوات بفضل توفير بذور محسنة للمزارعين "
    "في القرى والمراكز الزراعية المختلفة."
)
_WRAPPED_TWO = (
    "وقال رئيس اتحاد المزارعين إن الأسعار في المزادات الأولى جاءت أعلى من توقعات التجار، "
    "مشيرا إلى أن الطلب الخارجي على الأصناف طويلة التيلة عاد إلى الارتفاع بعد تراجع دام "
    "موسمين متتاليين."
)


@pytest.mark.parametrize("width", [56, 64, 72])
def test_a_body_hard_wrapped_at_a_fixed_width_is_rejoined(width: int) -> None:
    # a print or e-mail page: every line cut wherever the width ran out, no blank lines
    lines = [*textwrap.wrap(_WRAPPED_ONE, width), *textwrap.wrap(_WRAPPED_TWO, width)]
    text = HEAD + "موسم قطن مبكر في المحافظات الشمالية\n\n" + "\n".join(lines)
    assert paragraphs(text) == [_WRAPPED_ONE, _WRAPPED_TWO]


def test_a_meta_bar_above_a_hard_wrapped_body_is_not_joined_to_it() -> None:
    # "| متابعات" / "| 1234": the page's section and view counter, each after a bar
    lines = [*textwrap.wrap(_WRAPPED_ONE, 64), *textwrap.wrap(_WRAPPED_TWO, 64)]
    text = HEAD + "موسم قطن مبكر في المحافظات الشمالية\n\n| متابعات\n| 1234\n" + "\n".join(lines)
    layout = lay_out(text, find_header(text))
    got = [(b.kind, clean_text(text[b.start : b.end])) for b in layout.blocks]
    assert ("paragraph", _WRAPPED_ONE) in got and ("paragraph", _WRAPPED_TWO) in got
    assert ("boilerplate", "| 1234") in got
    # bars alone between list items still join like the items
    items = "\n|\n".join(textwrap.wrap(_WRAPPED_ONE, 60))
    assert paragraphs(HEAD + items) == [clean_text(items)]


def test_headlines_of_similar_length_are_not_a_wrapped_paragraph() -> None:
    # related headlines after the body: unpunctuated lines, but their lengths scatter and none
    # stops mid-phrase
    related = [
        "وزير الزراعة يفتتح معرض التمور الدولي بمشاركة واسعة",
        "ارتفاع أسعار الذهب في الأسواق المحلية مع بداية الأسبوع",
        "منتخب الناشئين يتأهل إلى نهائي البطولة العربية للمرة الأولى",
        "الأرصاد تتوقع أمطارا غزيرة على المناطق الساحلية غدا",
    ]
    text = HEAD + _WRAPPED_ONE + "\n\n" + "\n".join(related)
    assert paragraphs(text) == [_WRAPPED_ONE]


def test_one_paragraph_per_line() -> None:
    body = "أعلنت الوزارة خطة جديدة.\nوتشمل الخطة ثلاث مراحل.\nوتبدأ المرحلة الأولى غدا."
    assert len(paragraphs(HEAD + body)) == 3


def test_a_subheading_between_one_line_paragraphs_is_not_joined() -> None:
    body = "أعلنت الوزارة خطة جديدة.\nتفاصيل الخطة\nوتشمل الخطة ثلاث مراحل تبدأ الأسبوع المقبل."
    layout = lay_out(HEAD + body, find_header(HEAD + body))
    assert [b.kind for b in layout.blocks] == ["header", "paragraph", "subheading", "paragraph"]


def test_a_blank_line_always_separates() -> None:
    body = "وقال المتحدث في\n\nبيان إن الأعمال مستمرة."
    assert len(paragraphs(HEAD + body)) == 2


def test_a_byline_or_dateline_line_is_not_joined_to_the_body() -> None:
    body = "كتب - محمد علي\nبغداد - بحث الوزير ملف المياه مع نظيره التركي."
    assert paragraphs(HEAD + body) == [
        "كتب - محمد علي",
        "بغداد - بحث الوزير ملف المياه مع نظيره التركي.",
    ]


def test_a_paragraph_opening_with_a_dateline_starts_a_new_paragraph() -> None:
    body = "وأكد المسؤولون أن الاستعدادات اكتملت في\nالموصل - أعلنت القيادة انتهاء العملية."
    assert len(paragraphs(HEAD + body)) == 2


def test_two_sentences_without_signals_stay_apart() -> None:
    body = "وأكد المشاركون أهمية الحوار\nودعوا إلى وقف التصعيد في المنطقة"
    assert len(paragraphs(HEAD + body)) == 2


# --- cut-off dumps ----------------------------------------------------------------------------


def warnings(text: str) -> list[str]:
    return [w.code for w in lay_out(text, find_header(text)).warnings]


def test_trailing_replacement_character_is_truncated() -> None:
    text = HEAD + "وأكد الوزير أن الحكومة ستواصل العمل على تنفيذ الخطة في كل المحاف\ufffd"
    layout = lay_out(text, find_header(text))
    assert [b.kind for b in layout.blocks][-2:] == ["paragraph", "unparsed"]
    last = layout.blocks[-2]
    assert text[last.start : last.end].endswith("المحاف")
    (warning,) = layout.warnings
    assert warning.code == "truncated" and warning.span == (len(text) - 1, len(text))


def test_a_long_last_paragraph_cut_mid_word_is_truncated() -> None:
    text = HEAD + "وأكد الوزير أن الحكومة ستواصل العمل على تنفيذ الخطة في كل المحافظات والمد"
    assert warnings(text) == ["truncated"]


@pytest.mark.parametrize(
    "ending",
    [
        "وأكد الوزير أن الحكومة ستواصل العمل على تنفيذ الخطة في كل المحافظات.",
        "وأكد الوزير أن الحكومة ستواصل العمل على تنفيذ الخطة في كل المحافظات والمد\n",
        "المصدر: وكالات",
        "والله الموفق",
    ],
)
def test_complete_dumps_are_not_truncated(ending: str) -> None:
    assert warnings(HEAD + "نص الخبر الأول.\n\n" + ending) == []
