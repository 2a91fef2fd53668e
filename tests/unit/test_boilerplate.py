"""Boilerplate phrases and section names: every table row works, ordinary sentences never do."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources

import pytest

from arnews._boilerplate import (
    crumb_then_headline,
    furniture_kind,
    is_lone_credit,
    is_section,
    opens_list,
    unwrap,
)
from arnews._boilerplate_lexicon import _folding_into
from arnews._fold import fold
from arnews._lexicon import table
from arnews._segment import norm_key

MY_TABLES = {"boilerplate": 4, "sections": 3, "joiners": 3, "byline_labels": 3}
KINDS = {
    "read_more", "related", "share", "follow", "source", "tags", "copyright", "nav", "caption",
    "comments", "more", "app", "newsletter", "ad", "font", "flag", "embed", "wrapper",
    "masthead",
}  # fmt: skip
ROWS = [(r.fields[0], r.fields[1], v) for r in table("boilerplate", 4) for v in r.variants]


def key(line: str) -> str:
    return fold(line).key


# --- the tables themselves --------------------------------------------------------------------


@pytest.mark.parametrize(("name", "columns"), sorted(MY_TABLES.items()))
def test_table_opens_with_a_comment_and_has_its_columns(name: str, columns: int) -> None:
    raw = resources.files("arnews").joinpath("lexicon", f"{name}.tsv").read_text("utf-8")
    assert raw.startswith("#")
    rows = table(name, columns)
    assert rows
    for row in rows:
        for variant in row.variants:
            assert variant == variant.strip() and not any(c in variant for c in '"\\{}[]\t')


def test_boilerplate_kinds_and_match_modes_are_known() -> None:
    for row in table("boilerplate", 4):
        assert row.fields[0] in KINDS, row
        assert row.fields[1] in {"line", "start", "any", "prefix", "suffix", "count", "clock"}, row
        assert row.fields[1] not in {"prefix", "suffix"} or row.fields[0] == "wrapper", row


def test_no_phrase_names_two_kinds() -> None:
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for kind, mode, variant in ROWS:
        seen[(mode, norm_key(key(variant)))].add(kind)
    assert [k for k, v in seen.items() if len(v) > 1] == []


def test_no_section_name_is_two_sections() -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for row in table("sections", 3):
        for variant in row.variants:
            seen[norm_key(key(variant))].add(row.fields[0])
    assert [k for k, v in seen.items() if len(v) > 1] == []


# --- every row, through the lookup it feeds ----------------------------------------------------


@pytest.mark.parametrize(("kind", "mode", "variant"), ROWS)
def test_every_boilerplate_phrase(kind: str, mode: str, variant: str) -> None:
    if mode in ("prefix", "suffix"):
        headline = "الحكومة تقر الموازنة الجديدة"
        line = f"{variant} {headline}" if mode == "prefix" else f"{headline} {variant}"
        cut = unwrap(key(line))
        assert cut is not None and key(line)[cut[0] : cut[1]].strip() == key(headline), line
        assert furniture_kind(key(line)) is None
        return
    if mode == "count":
        for line in (f"60 {variant}", f"1200 {variant}", f"1٬039 {variant}", f"12,500 {variant}"):
            assert furniture_kind(key(line)) == kind, line
        assert furniture_kind(key(f"قال إن 60 {variant} سجلت")) != kind
        return
    if mode == "clock":
        for line in (f"{variant} 04:42", f"{variant} : 7:18 م", f"{variant}  19:05"):
            assert furniture_kind(key(line)) == kind, line
        assert furniture_kind(key(variant)) != kind  # the word alone is no widget's row
        assert furniture_kind(key(f"{variant} 04:42 قال المتحدث")) != kind
        return
    if mode == "line":
        lines = [variant, f"({variant})", f"{variant}:"]
    elif mode == "start":
        lines = [f"{variant} الحكومة تقر الموازنة", f"({variant} رويترز)"]
    else:
        lines = [f"{variant} 2026 شبكة الأخبار", f"شبكة الأخبار {variant}"]
    for line in lines:
        assert furniture_kind(key(line)) == kind, line


@pytest.mark.parametrize("variant", sorted({v for r in table("sections", 3) for v in r.variants}))
def test_every_section_name(variant: str) -> None:
    assert is_section(key(variant))
    assert is_section(key(f" {variant} "))


# --- shapes from real pages (composed) --------------------------------------------------------

POSITIVE = [
    # counters and a cookie banner on their own lines
    ("| عدد القراءات : 711", "comments"),
    ("127 عدد القراءات", "comments"),
    ("مصنفة في أخبار محلية | لا تعليقات", "comments"),
    ("يستخدم هذا الموقع ملفات تعريف الارتباط لضمان أفضل تجربة", "nav"),
    ("أوافق", "nav"),
    # an aggregator's source site, alone on its line
    ("alquds.co.uk", "link"),
    ("Hespress.com", "link"),
    # a photo caption ending in a caption word, not a credit
    ("وزير الخارجية خلال المؤتمر الصحفي في العاصمة (أرشيف)", "caption"),
    ("news Image", "caption"),
    # Iraq and the Kurdistan Region
    ("اقرأ أيضاً: البرلمان يصوت على قانون الموازنة", "read_more"),
    ("إقرأ المزيد", "read_more"),
    ("المصدر : وكالات", "source"),
    ("المصدر: شفق نيوز", "source"),
    ("الكلمات الدالة: أربيل، الموازنة، الرواتب", "tags"),
    ("#أربيل #كوردستان #الرواتب", "tags"),
    ("صدى المدينة,أخبار الأردن,اخبار الاردن,الطقس", "tags"),  # a CMS's tag list
    ("Mars, المريخ, كواكب المجموعة الشمسية, فلك,", "tags"),
    ("— وزارة الصحة – المكتب الإعلامي (@moh_news) February 20, 2023", "embed"),  # a post's
    ("— سامر الخطيب (@samer_k) 3 مارس 2024", "embed"),  # signature under its text
    ("شارك الخبر", "share"),
    ("شارك هذا الموضوع:", "share"),
    ("الاخبار : الاخبار", "nav"),  # a menu label said twice
    ("رياضة | رياضة", "nav"),
    ("الرئيسية رياضة كرة محلية", "nav"),  # a crumb whose marks the scraper lost
    ("Facebook Twitter WhatsApp Telegram", "share"),
    ("فيسبوك | تويتر | واتساب", "share"),
    # the Levant
    ("الرئيسية > أخبار > لبنان", "nav"),
    ("الرئيسية » سياسة", "nav"),
    ("سياسة / محليات", "nav"),
    ("(صورة: أرشيفية)", "caption"),
    ("(أرشيفية)", "caption"),
    ("الصورة: جانب من الاجتماع", "caption"),
    ("متظاهرون أمام مبنى البرلمان في بيروت (أ ف ب)", "caption"),
    # the Gulf
    ("© 2026 جميع الحقوق محفوظة لصحيفة الخليج", "copyright"),
    ("جميع الحقوق محفوظة ©", "copyright"),
    ("تابعونا على تويتر وإنستغرام", "follow"),
    ("حمّل تطبيق الصحيفة على Google Play", "app"),
    # Egypt, Sudan, Libya
    ("إعلان", "ad"),
    ("أضف تعليقك", "comments"),
    ("البريد الإلكتروني *", "comments"),
    ("لن يتم نشر عنوان بريدك الإلكتروني.", "comments"),
    ("للمزيد من الأخبار اضغط هنا", "more"),
    ("اشترك في النشرة البريدية ليصلك كل جديد", "newsletter"),
    # the Maghreb and international services
    ("حجم الخط", "font"),
    ("A+ A-", "font"),
    ("مواضيع ذات صلة", "related"),
    ("الأكثر قراءة", "related"),
    ("Read more: the ministry statement", "read_more"),
    ("تخطي إلى المحتوى", "nav"),
    ("Skip to main content", "nav"),
    ("رئيس مجلس الإدارة ورئيس التحرير", "masthead"),
    ("رئيس التحرير: سامر حسن", "masthead"),
    ("رئيس مجلسى الإدارة والتحرير", "masthead"),
    ("tag icon ع ع ع", "font"),
    ("Site icon عزة برس", "nav"),
    ("كوردی عربي بادینی", "nav"),  # a language switcher
    ("+ 16 - تباعد السطور + 2 -", "font"),  # a font widget's controls joined into one line
    ("اقرأ: افتتاح جسر جديد فوق نهر دجلة", "read_more"),
    ("علِّق", "comments"),  # harakat folded away
    ("• قراءات: 1067", "comments"),  # a counter's word, its colon, its number
    ("طفل يملأ الماء من صنبور عام - تصوير: سعاد حسن", "caption"),  # the photographer's credit
    ("عمال يرفعون القمامة من شارع السوق- صورة: سامر علي", "caption"),
    ("تصوير – سامر علي", "caption"),  # a photographer's credit, never an outlet and its writer
    ("ع م ر", "masthead"),  # an editor's initials
    ("ق.م", "masthead"),
    ("تعليق واحد", "comments"),  # a comment counter in words
    ("2 تعليقان", "comments"),  # the dual after its number
    ("لا تفوت: زلزال الأمس وما سببه؟", "read_more"),  # "don't miss" before a related headline
    ("السلمية ، انقطاع المياه ،", "tags"),  # a few tags, a comma closing the line
    ("،سلايد،أخبار وطنية،", "tags"),
    ("- تم نسخ عنوان المقال إلى الحافظة", "share"),  # a share button's toast
    ("تقييم المستخدم:  / 0", "nav"),  # a rating widget
    ("Filed under: المغرب, أخبارTagged: المغرب", "tags"),  # a blog theme's footer
    ("أكتب التعليق", "comments"),
    ("سيئجيد", "nav"),  # a rating widget's scale, its two ends glued
    ("لقد تم إرسال رسالتك بنجاح", "comments"),  # a form's confirmation
    ("| الناس | الثقافية | وثائق | ذكريات | للاتصال بنا |", "nav"),  # bars at both ends
    ("حفل الجالية الذي نظمته السفارة في المدينة، عدسة سامر علي", "caption"),  # the lens's credit
    # the picture's source in brackets names a caption, even after its full stop
    ("الرئيس يلقي كلمته في البرلمان صباح اليوم. (الصورة من وكالة الأنباء)", "caption"),
    ("اشتباكات في أحياء المدينة الغربية (صورة أرشيفية/Getty)", "caption"),
    ("نرحب بالتعليقات التي تحترم الرأي الآخر", "comments"),  # a comment box's policy
    ("مدة القراءة: 1'", "comments"),  # a reading time
    ("لا توجد تعليقات حتى الآن. كن أول من يعلق!", "comments"),
    ("أقرأ التالي", "read_more"),
    ("This browser does not support the video element.", "embed"),  # a player's fallback
    ("• الساعة الآن : ٠٣:٢٥ مساءً", "nav"),  # a site's clock
    ("Published in المقالات", "tags"),  # a CMS's category label
    ("انتظر من فضلك .. جاري التحميل", "nav"),  # a loading notice
    ("تصوير يوسف حيدر", "caption"),  # a photographer's credit alone, no mark after the word
    ("عدسة محمد علي", "caption"),
]


@pytest.mark.parametrize(("line", "kind"), POSITIVE)
def test_furniture_lines(line: str, kind: str) -> None:
    assert furniture_kind(key(line)) == kind


NEGATIVE = [
    "زار الوزير بغداد, البصرة, الموصل, كركوك",  # a sentence's list: spaced, no closing comma
    "— قال الوزير (@minister) إن الخطة جاهزة",  # a handle in a sentence, no date after it
    "الإيرادات 2,266,373.00 1,856,373.00 (18.1 %)",  # thousands, no items
    "بنغازي- 29 أكتوبر 2022م (وام)",  # a dateline ending in its credit, no photo caption
    "00:00",  # a clock, not a label said twice
    "القسم الأول من الموازنة العامة",  # a section word and no count: a headline
    "U.S",  # an abbreviation, no domain
    "3.5",
    "الحكومة تقر خطة جديدة للنقل العام في المدن (تفاصيل)",  # a bracket that is no caption word
    "شارك الرئيس في القمة العربية التي عقدت في بغداد.",  # "شارك" opening a sentence
    "إعلان الحكومة عن الموازنة أثار جدلا واسعا.",  # "إعلان" opening a sentence
    "وقال المصدر إن الاجتماع سيعقد غدا.",  # "المصدر" without the label's colon
    "المصدر أكد أن المفاوضات مستمرة.",
    "تابع الوزير جولته في المحافظات الجنوبية.",
    "وأشار إلى أن صورة الوضع ما زالت غامضة.",
    "الرئيسية في هذا الملف هي قضية المياه وليس الحدود.",
    "وأكد أن المزيد من الإجراءات سيتخذ لاحقا.",
    "جنود على الحدود (أ ف ب)",  # three words and a credit: a dateline shape, not a caption
    "يحتفل العالم بيوم حقوق الإنسان في العاشر من ديسمبر من كل عام.",
    "أسرار عسكرية",
    "رئيس التحرير يلتقي وفدا من نقابة الصحفيين في مقر الجريدة.",
    "تخطى الفريق إلى الدور الثاني بعد فوز صعب.",
    "انتهى الاجتماع دون اتفاق على موعد جديد.",  # the end mark is a whole line only
    "إغلاق المعابر يفاقم أزمة الوقود في المدينة",
    "متعلقات الضحايا سلمت إلى ذويهم",
    "اقرأ المقال كاملا في العدد المقبل من المجلة الأسبوعية.",  # "اقرأ" with no colon
    "علق الوزير على القرار في مؤتمر صحفي.",  # "علق" opening a sentence
    "عربي ودولي",  # a section, not a language bar
    "الوزير: 3 قرارات جديدة",  # a speaker, a colon and a number: no counter's word
    "قال الوزير إن التصوير - تصوير: ممنوع في المواقع العسكرية الحساسة",  # a sentence goes on
    "لا تفوت الحكومة فرصة للحديث عن الإصلاح.",  # "لا تفوت" with no colon opens a sentence
    "قال الوزير إن الحكومة ، وبعد مشاورات ،",  # a sentence wrapped after a comma: long clauses
    "الأمطار،",  # one word and a comma: a wrapped line, no list
    "| الحكومة تقر خطة النقل الجديدة في العاصمة بعد أشهر من النقاش |",  # one long part
    "وقال الوزير إن التصوير، تصوير المواقع العسكرية ممنوع في كل الأحوال",  # a sentence goes on
    "تصوير المواقع العسكرية ممنوع",  # no first name after the word: a sentence
]


@pytest.mark.parametrize("line", NEGATIVE)
def test_ordinary_lines_are_not_furniture(line: str) -> None:
    assert furniture_kind(key(line)) is None


def test_a_long_paragraph_opening_with_a_phrase_is_body() -> None:
    line = "للمزيد " + "من التفاصيل حول الخطة الحكومية الجديدة لإعادة الإعمار " * 10
    assert furniture_kind(key(line)) is None


def test_lone_credit_and_list_labels() -> None:
    assert is_lone_credit(key("(أ ف ب)"))
    assert is_lone_credit(key("( رويترز )"))
    assert not is_lone_credit(key("(العراق)"))
    assert opens_list("read_more", key("اقرأ أيضا:"))
    assert opens_list("related", key("الأكثر قراءة"))
    assert not opens_list("read_more", key("اقرأ أيضا: البرلمان يصوت على الموازنة"))
    assert not opens_list("share", key("شارك"))


def test_sections_are_whole_lines_only() -> None:
    assert is_section(key("رأي ومقالات"))
    assert is_section(key("محليات"))
    assert not is_section(key("محليات الأسبوع الماضي شهدت أمطارا غزيرة"))
    assert not is_section(key("الرياضة العراقية تستعد للبطولة"))


def test_a_crumb_whose_home_word_is_glued_to_the_next_level() -> None:
    # with an arrow before the headline, the crumb and the headline are parted
    line = "الرئيسيةأخبار ← أرقام صادمة: الريال ينهار في عدن"
    at = crumb_then_headline(key(line))
    assert at is not None and line[at:] == "أرقام صادمة: الريال ينهار في عدن"
    # with no mark at all, the whole line is the crumb (the headline follows on its own line)
    assert furniture_kind(key("الرئيسيةسياسةساعة تفصل عن الجلسة")) == "nav"
    assert furniture_kind(key("الرئيسيات في المنتخب يستعدون للمباراة")) is None


def test_a_crumb_ending_with_the_headline() -> None:
    line = "الرئيسية / مال وأعمال / أرقام صادمة: الريال ينهار في عدن"
    at = crumb_then_headline(key(line))
    assert at is not None and line[at:] == "أرقام صادمة: الريال ينهار في عدن"
    assert crumb_then_headline(key("الرئيسية / أخبار / العراق")) is None  # all levels short
    assert crumb_then_headline(key("سياسة / الحكومة تقر الموازنة العامة الجديدة")) is None
    # the slashes of a date in the headline are no crumb marks
    dated = "الرئيسية / أخبار عامة / كلمة رئيس المجلس في اختتام الدورة 10/02/2021"
    at = crumb_then_headline(key(dated))
    assert at is not None and dated[at:] == "كلمة رئيس المجلس في اختتام الدورة 10/02/2021"
    # any home phrase of the nav rows opens one ("الصفحة الأساسية", a Mauritanian site's)
    other = "الصفحة الأساسية > الأخبار > افتتاح طريق جديد يربط المدينة بالميناء"
    at = crumb_then_headline(key(other))
    assert at is not None and other[at:] == "افتتاح طريق جديد يربط المدينة بالميناء"
    # the trail's own label before it
    here = "أنت هنا :الرئيسية»أخبار محلية»افتتاح طريق جديد يربط المدينة بالميناء"
    at = crumb_then_headline(key(here))
    assert at is not None and here[at:] == "افتتاح طريق جديد يربط المدينة بالميناء"
    assert crumb_then_headline(key("الوزير: الحكومة ماضية » في خطتها للنقل العام")) is None


# --- "any" phrases in another letter case: Latin needles are looked for case-folded ------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ALL RIGHTS RESERVED لشبكة الأخبار 2026", "copyright"),  # upper case in Arabic
        ("حمّل التطبيق من App \u017ftore الآن", "app"),  # a long s: the regex reads it as "s"
        ("Watch on YOUTUBE", "embed"),
    ],
)
def test_any_phrases_match_in_every_letter_case(line: str, kind: str) -> None:
    assert furniture_kind(key(line)) == kind


def test_the_case_fold_gate_knows_the_letters_that_fold_into_latin_ones() -> None:
    gate = _folding_into("ks")
    for char in "kKsS\u017f\u212a\u00df\ufb06":  # ſ, the Kelvin sign, ß -> ss, ﬆ -> st
        assert gate.search(char), char
    assert gate.search("حقوق النشر محفوظة 2026") is None


# --- images kept as markup, address slugs --------------------------------------------------

_BANG = "!"  # written apart: a markdown image is assembled, never typed whole


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("<image>" + _BANG + "[وزير الثقافة](https://example.org/a.jpg)</image>", "caption"),
        (_BANG + "[وزير الثقافة](https://example.org/a.jpg)", "caption"),
        (_BANG + "[]() |", "caption"),
        (_BANG + "[]() " + _BANG + "[]() |", "caption"),
        ("%d8%a7%d9%84%d9%88%d8%b2%d9%8a%d8%b1-2", "link"),
        ("%d8%a7%d9%84%d9%88 %d8%b2%d9%8a%d8%b1", "link"),  # the slug's dashes as spaces
        ("التعليقات {{getCommentCount()}}", "nav"),  # a theme's template, never rendered
        ("12345678_123456789012345_1234567890123456789_n", "caption"),  # a photo's file name
        ("12345678_12345678901_123456789_n.jpg 22345678_22345678901_223456789_o", "caption"),
    ],
)
def test_image_markup_and_address_slugs_alone_on_a_line(line: str, kind: str) -> None:
    assert furniture_kind(key(line)) == kind


@pytest.mark.parametrize(
    "line",
    [
        _BANG + "[صورة](https://example.org/a.jpg) وقال الوزير إن الخطة جاهزة.",  # text after it
        "%20 من الموظفين حصلوا على الزيادة",
        "<image> أعلنت الوزارة خطة جديدة",  # never closed
        "12345678_123456789012345_1234567890123456789_n أعلنت الوزارة خطة جديدة",
    ],
)
def test_image_markup_with_text_is_no_furniture(line: str) -> None:
    assert furniture_kind(key(line)) is None


@pytest.mark.parametrize(
    "line",
    [
        "(adsbygoogle = window.adsbygoogle || []).push({});",
        "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
    ],
)
def test_an_ad_slots_script_kept_as_text_is_an_ad(line: str) -> None:
    assert furniture_kind(key(line)) == "ad"


def test_a_caption_closed_by_its_english_source_label_is_a_caption() -> None:
    caption = "سوق الخضار في الضاحية الغربية صباح يوم العطلة Source: AAP"
    assert furniture_kind(key(caption)) == "caption"
    # alone, the label is a source line; after a closed sentence it is no caption
    assert furniture_kind(key("Source: AAP")) == "source"
    assert furniture_kind(key("وقال المتحدث إن السوق سيفتح غدا. Source: AAP")) is None


@pytest.mark.parametrize(
    "line",
    ["للتواصل مع غرفة الأخبار يرجى الكتابة إلى news@example.com", "البريد: info@site.net"],
)
def test_a_short_line_holding_an_email_address_is_a_contact_line(line: str) -> None:
    assert furniture_kind(key(line)) == "link"
    # an at sign alone is no address: "@" in a handle list, a price
    assert furniture_kind(key("تابعوا الحساب @news على المنصة الجديدة")) != "link"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("syria_map_by_sami_ali-a1bcdef-598x337", "caption"),
        ("market_photo-by-sami-1024x768", "caption"),
        ("الاكثر تصفحا", "related"),
    ],
)
def test_a_resized_pictures_file_name_and_a_most_browsed_label(line: str, kind: str) -> None:
    assert furniture_kind(key(line)) == kind
    assert furniture_kind(key("ارتفاع الأسعار بنسبة 12 في المئة خلال 2024")) is None


def test_a_headline_flagged_with_its_picture_is_no_caption() -> None:
    # "(صورة)" after a headline says a picture goes with it; "(أرشيفية)" marks a caption
    assert furniture_kind(key("وفاة مفاجئة لمدير مدرسة عقب انتهاء طابور الصباح (صورة)")) is None
    assert furniture_kind(key("وزير الخارجية خلال المؤتمر الصحفي (أرشيفية)")) == "caption"
