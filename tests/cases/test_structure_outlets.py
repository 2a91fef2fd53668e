"""Whole dumps in the shapes of real outlets (composed, FORMATS.md), cut into typed blocks.

Each case lists every block as (kind, text); `...` stands for a paragraph whose text is not
the point of the case. Grouped by region, then known failures (strict xfail).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import arnews
from arnews._fold import clean_text
from arnews._header import find_header
from arnews._structure import lay_out

P, H, T, S, B, U = "paragraph", "header", "title", "subheading", "boilerplate", "unparsed"


def blocks(text: str) -> list[tuple[str, str]]:
    layout = lay_out(text, find_header(text))
    return [(b.kind, clean_text(text[b.start : b.end])) for b in layout.blocks]


def check(text: str, expected: list[tuple[str, Any]]) -> None:
    got = blocks(text)
    assert [k for k, _ in got] == [k for k, _ in expected], got
    for (_, text_got), (_, text_expected) in zip(got, expected, strict=True):
        if text_expected is not ...:
            assert text_got == text_expected


# --- Iraq and the Kurdistan Region ------------------------------------------------------------

KURDISTAN24 = """ date 2026-01-06 منذ 46 دقيقة

أربيل (كوردستان24)- افتتح رئيس حكومة إقليم كوردستان مشروعا لتحلية المياه في أطراف المدينة.

وقال في كلمة خلال الافتتاح إن المشروع سيؤمن مياه الشرب لأكثر من مئة ألف نسمة.

مراحل المشروع

وتبلغ كلفة المرحلة الأولى نحو خمسين مليون دولار بحسب وزارة البلديات.

اقرأ أيضاً: حكومة الإقليم تقر خطة لتأهيل شبكات المياه
الكلمات الدالة: أربيل، المياه
"""


def test_kurdistan24_shape() -> None:
    check(
        KURDISTAN24,
        [
            (H, "date 2026-01-06 منذ 46 دقيقة"),
            (P, ...),
            (P, ...),
            (S, "مراحل المشروع"),
            (P, ...),
            (B, "اقرأ أيضاً: حكومة الإقليم تقر خطة لتأهيل شبكات المياه"),
            (B, "الكلمات الدالة: أربيل، المياه"),
        ],
    )


SHAFAQ = """ date 2025-11-22 شفق نيوز- دهوك

أعلنت مديرية شرطة دهوك، يوم السبت، القبض على متهمين بسرقة محال تجارية وسط المدينة.
وذكرت المديرية في بيان أن المتهمين اعترفوا بجرائمهم أمام قاضي التحقيق.
شارك
Facebook Twitter WhatsApp
"""


def test_shafaq_credit_and_place_on_the_header_line() -> None:
    check(
        SHAFAQ,
        [(H, "date 2025-11-22"), (P, "شفق نيوز- دهوك"), (P, ...), (P, ...), (B, "شارك"), (B, ...)],
    )


# --- the Levant -------------------------------------------------------------------------------

LEVANT = """سياسة
الأربعاء، 04 نوفمبر 2015 09:20 م
البرلمان اللبناني يفشل مجددا في انتخاب رئيس
فشل مجلس النواب للمرة العاشرة في انتخاب رئيس للجمهورية بسبب غياب النصاب.
بيروت: «الشرق الأوسط»
لم يتمكن مجلس النواب اللبناني من عقد جلسته المخصصة لانتخاب رئيس للجمهورية.
وقال رئيس المجلس
نبيه بري
إن الجلسة المقبلة ستعقد الشهر المقبل.
(صورة: أرشيفية)
#لبنان #البرلمان
فيسبوك | تويتر | واتساب
"""


def test_levant_section_date_bar_title_standfirst() -> None:
    check(
        LEVANT,
        [
            (H, "سياسة"),
            (H, "الأربعاء، 04 نوفمبر 2015 09:20 م"),
            (T, "البرلمان اللبناني يفشل مجددا في انتخاب رئيس"),
            (S, "فشل مجلس النواب للمرة العاشرة في انتخاب رئيس للجمهورية بسبب غياب النصاب."),
            (P, "بيروت: «الشرق الأوسط»"),
            (P, ...),
            (P, "وقال رئيس المجلس نبيه بري إن الجلسة المقبلة ستعقد الشهر المقبل."),
            (B, "(صورة: أرشيفية)"),
            (B, "#لبنان #البرلمان"),
            (B, "فيسبوك | تويتر | واتساب"),
        ],
    )


# --- the Gulf ---------------------------------------------------------------------------------

WAM = """ date 2026-03-03 افتتاح مهرجان العين للكتاب بمشاركة واسعة

افتتاح مهرجان العين للكتاب بمشاركة واسعة

العين في 3 مارس/ وام/ افتتح المهرجان أبوابه أمام الزوار بمشاركة أكثر من مئتي دار نشر.

ويستمر المهرجان عشرة أيام تتخللها ندوات وأمسيات شعرية.

جميع الحقوق محفوظة © 2026
حمل تطبيق الصحيفة على App Store
"""


def test_gulf_title_on_header_line_and_repeated() -> None:
    check(
        WAM,
        [
            (H, "date 2026-03-03"),
            (T, "افتتاح مهرجان العين للكتاب بمشاركة واسعة"),
            (B, "افتتاح مهرجان العين للكتاب بمشاركة واسعة"),
            (P, ...),
            (P, ...),
            (B, "جميع الحقوق محفوظة © 2026"),
            (B, ...),
        ],
    )


# --- Egypt, Sudan, Libya ----------------------------------------------------------------------

EGYPT = """الرئيسية > أخبار > مصر
الحكومة تعلن حزمة إجراءات لضبط الأسعار
كتب - أحمد سمير
نشر بتاريخ: الثلاثاء 6 يناير 2026 - 10:30 م
آخر تحديث: الثلاثاء 6 يناير 2026 - 11:45 م بتوقيت القاهرة
أعلن مجلس الوزراء حزمة إجراءات جديدة لضبط أسعار السلع الأساسية في الأسواق.
وتضمنت الإجراءات:
1- زيادة المعروض من السلع
2- تشديد الرقابة على الأسواق
3- دعم المنافذ الحكومية
وأكد المتحدث الرسمي أن التنفيذ يبدأ الأسبوع المقبل.
أضف تعليقك
الاسم
البريد الإلكتروني
"""


def test_egypt_crumb_byline_labelled_dates_numbered_list_comment_form() -> None:
    check(
        EGYPT,
        [
            (B, "الرئيسية > أخبار > مصر"),
            (T, "الحكومة تعلن حزمة إجراءات لضبط الأسعار"),
            (P, "كتب - أحمد سمير"),
            (H, ...),
            (H, ...),
            (P, ...),
            (P, "وتضمنت الإجراءات:"),
            (P, "1- زيادة المعروض من السلع"),
            (P, "2- تشديد الرقابة على الأسواق"),
            (P, "3- دعم المنافذ الحكومية"),
            (P, ...),
            (B, "أضف تعليقك"),
            (B, "الاسم"),
            (B, "البريد الإلكتروني"),
        ],
    )


SUDAN = """ date 2026-02-04 منذ 3 ساعات

الخرطوم ـ اليوم التالي
أعلنت لجنة أطباء السودان ارتفاع عدد الإصابات بالكوليرا في ولاية الخرطوم إلى أكثر من ألف حالة.
ودعت اللجنة السلطات إلى توفير المياه النظيفة في الأحياء المتضررة.

اقرأ أيضا
الصحة العالمية تحذر من انتشار الأوبئة في السودان
وصول شحنة أدوية إلى ميناء بورتسودان
"""


def test_sudan_dateline_line_and_related_headlines() -> None:
    check(
        SUDAN,
        [
            (H, "date 2026-02-04 منذ 3 ساعات"),
            (P, "الخرطوم ـ اليوم التالي"),
            (P, ...),
            (P, ...),
            (B, "اقرأ أيضا"),
            (B, "الصحة العالمية تحذر من انتشار الأوبئة في السودان"),
            (B, "وصول شحنة أدوية إلى ميناء بورتسودان"),
        ],
    )


LIBYA = (
    "سبها 4 فبراير 2026 (وال) – أعلنت بلدية سبها بدء أعمال صيانة شبكة الكهرباء في الأحياء.\n"
    "وقالت البلدية إن الأعمال ستستمر أسبوعين.\n"
    "إعلان\n"
    "وأضافت أن فرق الصيانة تعمل على مدار الساعة لتقليص فترات الانقطاع في الأحياء الجنوبية"
    " والغربية من المدي\ufffd"
)


def test_libya_truncated_dump() -> None:
    check(LIBYA, [(P, ...), (P, ...), (B, "إعلان"), (P, ...), (U, "\ufffd")])
    art = arnews.parse(LIBYA)
    assert "truncated" in [w.code for w in art.warnings]
    assert art.paragraphs[-1].text.endswith("من المدي")


# --- the Maghreb ------------------------------------------------------------------------------

MOROCCO = """تاريخ النشر: 17 نونبر 2013م
الحكومة تصادق على مشروع قانون المالية
الرباط - المغرب اليوم
صادق مجلس الحكومة على مشروع قانون المالية، ويتضمن: ▪ رفع ميزانية التعليم ▪ دعم المقاولات ▪ مناصب شغل
اشترك في النشرة البريدية
"""


def test_morocco_label_dateline_line_inline_bullets() -> None:
    check(
        MOROCCO,
        [
            (H, "تاريخ النشر: 17 نونبر 2013م"),
            (T, "الحكومة تصادق على مشروع قانون المالية"),
            (P, "الرباط - المغرب اليوم"),
            (P, "صادق مجلس الحكومة على مشروع قانون المالية، ويتضمن:"),
            (U, "▪"),
            (P, "رفع ميزانية التعليم"),
            (U, "▪"),
            (P, "دعم المقاولات"),
            (U, "▪"),
            (P, "مناصب شغل"),
            (B, "اشترك في النشرة البريدية"),
        ],
    )


# --- international Arabic services ------------------------------------------------------------

WIRE = """# الأمم المتحدة تحذر من تدهور الوضع الإنساني
أربيل (العراق) 23 يوليو تموز (رويترز) - قال مسؤولون أمميون إن الوضع في المخيمات يتدهور.

## نقص التمويل

وأضافوا أن نقص التمويل أجبر المنظمات على تقليص المساعدات الغذائية.

Read more: UN agencies scale back aid
A+ A-
"""


def test_wire_markdown_title_and_subheading() -> None:
    check(
        WIRE,
        [
            (U, "#"),
            (T, "الأمم المتحدة تحذر من تدهور الوضع الإنساني"),
            (P, ...),
            (U, "##"),
            (S, "نقص التمويل"),
            (P, ...),
            (B, "Read more: UN agencies scale back aid"),
            (B, "A+ A-"),
        ],
    )
    art = arnews.parse(WIRE)
    assert [(s.text, s.before) for s in art.subheadings] == [("نقص التمويل", 1)]


# --- a tag page -------------------------------------------------------------------------------

TAG_PAGE = """ date 2026-01-06 الوسم: الموصل

افتتاح جسر جديد على نهر دجلة
منذ ساعتين
افتتحت البلدية جسرا يربط ضفتي المدينة.

عودة النازحين إلى قرى سهل نينوى
منذ 5 ساعات
عادت عشرات العائلات إلى قراها بعد سنوات من النزوح.

مهرجان الربيع يعود إلى المدينة
منذ يوم
تستعد المدينة لاستقبال المهرجان بعد انقطاع طويل.
"""


def test_tag_page_is_a_listing() -> None:
    layout = lay_out(TAG_PAGE, find_header(TAG_PAGE))
    assert layout.listing
    assert [b.kind for b in layout.blocks] == [H, B, P, P, P]  # "الوسم:" opens the tag list
    art = arnews.parse(TAG_PAGE)
    assert art.title is None and art.subheadings == () and art.dateline is None
    assert [w.code for w in art.warnings if w.code == "not-an-article"] == ["not-an-article"]


def test_city_name_as_a_subheading_in_a_roundup() -> None:
    text = (
        "شهدت المحافظات أمطارا غزيرة أدت إلى غلق عدد من الطرق الرئيسية.\n\n"
        "البصرة\n\n"
        "غمرت المياه شوارع المدينة القديمة وتعطلت الدراسة في المدارس."
    )
    assert blocks(text)[1] == (S, "البصرة")
    roundup = (
        "أعلنت دول عدة أن الخميس أول أيام الشهر.\n\n"
        "سوريا\n\n"
        "أعلنت اللجنة الوطنية أن الأربعاء هو المتمم للشهر.\n\n"
        "مصر\n\n"
        "أكدت دار الإفتاء ثبوت رؤية الهلال."
    )
    assert [k for k, _ in blocks(roundup)] == [P, S, P, S, P]
    art = arnews.parse(roundup)
    assert art.dateline is None and [s.text for s in art.subheadings] == ["سوريا", "مصر"]


def test_unpunctuated_items_under_a_colon_stay_paragraphs() -> None:
    text = (
        "حذرت دائرة الأرصاد المواطنين اليوم من منخفض جوي عميق يضرب البلاد.\n\n"
        "وحذرت الأرصاد من عدد من المخاطر، أبرزها:\n\n"
        "شدة سرعة الرياح التي قد تصل في بعض الهبات إلى 80 كم في الساعة\n\n"
        "تشكل السيول في الأودية والمناطق المنخفضة\n\n"
        "التزحلق على الطرقات بسبب تجمع المياه\n\n"
        "ودعت الدائرة السائقين إلى توخي الحذر على الطرق الخارجية."
    )
    assert [k for k, _ in blocks(text)] == [P] * 6


def test_a_menu_bar_or_an_ad_above_the_headline_is_no_title() -> None:
    title = "المنتخب يتأهل إلى نهائي البطولة العربية"
    body = "تأهل المنتخب الوطني مساء اليوم إلى نهائي البطولة بعد فوزه على منافسه بهدفين."
    menu = "الرئيسية لبنان فلسطين عربي ودولي إيران رياضة منوعات"
    for above in (menu, "بنك بغداد دبي"):
        art = arnews.parse(f"{above}\n{title}\n2025-12-15 21:58\n\n{body}")
        assert art.title is not None and art.title.text == title, above
        assert [b.text for b in art.boilerplate] == [above]
    # a deck under a real headline, even a short one, stays under it
    deck = "الحكومة تعرض خطتها الجديدة أمام البرلمان غدا"
    for headline in (title, "زلزال يضرب تركيا"):
        art = arnews.parse(f"{headline}\n{deck}\n2025-12-15 21:58\n\n{body}")
        assert art.title is not None and art.title.text == headline


def test_a_menu_of_a_sites_own_channels_is_no_title() -> None:
    menu = "قناة صوت المدينة صوت المدينة سبورت صوت المدينة جامعات Madina english"
    title = "ارتفاع أسعار الذهب في الأسواق المحلية مع بداية الأسبوع"
    body = "ارتفعت أسعار الذهب في محلات الصاغة صباح اليوم بعد تراجع استمر عدة أيام متتالية."
    art = arnews.parse(f" date 2026-03-10 {menu}\n{title}\n\n{body}")
    assert art.title is not None and art.title.text == title
    assert [b.text for b in art.boilerplate] == [menu]


def test_a_crumb_glued_to_the_headline() -> None:
    body = "أعلنت الوزارة إعادة تشغيل محطة التوليد الجنوبية بعد أعمال صيانة استمرت شهرا كاملا."
    title = "عودة التيار الكهربائي إلى الأحياء الجنوبية"
    check(
        f"الرئيسية / محليات / {title}\n\n{body}",
        [(B, "الرئيسية / محليات /"), (T, title), (P, body)],
    )


def test_a_list_label_with_trailing_underscores_still_opens_a_list() -> None:
    text = (
        "أعلن المدرب قائمة المنتخب لمباراتي الأسبوع المقبل في التصفيات القارية.\n\n"
        "وتضم القائمة كل من:_\n\n"
        "حراسة المرمى: سامر حسن، رنا علي\n\n"
        "الدفاع: محمد علي، سعاد حسن، أحمد سامي\n\n"
        "الهجوم: يوسف علي، خالد محمد"
    )
    assert [k for k, _ in blocks(text)] == [P] * 5


def test_a_photo_caption_between_the_title_and_the_body() -> None:
    body = "أعلنت الوزارة إعادة تشغيل محطة التوليد الجنوبية بعد أعمال صيانة استمرت شهرا كاملا."
    title = "عودة التيار الكهربائي إلى الأحياء الجنوبية"
    check(
        f"{title}\nالأحد 5 أكتوبر 2025\nوزير الكهرباء\n\n{body}",
        [(T, title), (H, ...), (B, "وزير الكهرباء"), (P, body)],
    )
    check(  # the title again under the caption
        f"{title}\nمحطة التوليد الجنوبية\n{title}\n{body}",
        [(T, title), (B, "محطة التوليد الجنوبية"), (B, title), (P, body)],
    )
    # a short line followed by another short line is no caption
    got = blocks(f"{title}\nوزير الكهرباء\nمحطة التوليد\n\n{body}")
    assert ("boilerplate", "وزير الكهرباء") not in got


@pytest.mark.parametrize(("line", "credit"), [("عدن برس -", "عدن برس"), ("رويترز –", "رويترز")])
def test_a_credit_ending_with_a_dash_under_the_title_is_no_caption(line: str, credit: str) -> None:
    body = "أعلنت الوزارة إعادة تشغيل محطة التوليد الجنوبية بعد أعمال صيانة استمرت شهرا كاملا."
    title = "عودة التيار الكهربائي إلى الأحياء الجنوبية"
    art = arnews.parse(f"{title}\n{line}\n\n{body}")
    assert [a.text for a in art.agencies] == [credit]
    assert art.boilerplate == () and [p.text for p in art.paragraphs] == [body]


def test_a_photo_caption_next_to_the_reporters_line() -> None:
    body = "أقر مجلس النواب مساء اليوم مشروع قانون الموازنة العامة بعد جلسة استمرت سبع ساعات."
    title = "البرلمان يقر موازنة العام المقبل بعد جلسة طويلة"
    caption = "جانب من جلسة البرلمان - أرشيفية"
    for head in (["كتب: سامر حسن", caption], [caption, "بقلم: سامر حسن"]):
        art = arnews.parse("\n".join([title, *head, body]))
        assert [b.text for b in art.boilerplate] == [caption]
        assert art.byline is not None and art.byline.name == "سامر حسن"
        assert [p.text for p in art.paragraphs] == [body] and art.subheadings == ()
    # a sentence that opens like a byline is body text, never skipped as the reporter's line
    text = f"{title}\nكتب الوزير في تغريدة على منصة إكس أن الجلسة كانت طويلة.\n{caption}\n{body}"
    assert [b.text for b in arnews.parse(text).boilerplate] == []


def test_masthead_officers_and_skip_links_above_the_title() -> None:
    body = "أعلنت الوزارة إعادة تشغيل محطة التوليد الجنوبية بعد أعمال صيانة استمرت شهرا كاملا."
    title = "عودة التيار الكهربائي إلى الأحياء الجنوبية"
    officers = "رئيس مجلس الإدارة\n\nسامر حسن الفلاني\n\nرئيس التحرير\n\nرنا علي"
    art = arnews.parse(f"{officers}\n\n{title}\n\n16-9-2025 | 14:58\n\n{body}")
    assert art.title is not None and art.title.text == title
    assert [b.text for b in art.boilerplate][1::2] == ["سامر حسن الفلاني", "رنا علي"]
    assert art.timestamp is not None and art.timestamp.date == dt.date(2025, 9, 16)
    skips = "1. تخطي إلى المحتوى\n2. تخطي إلى القائمة الرئيسية\n"
    art = arnews.parse(f"{skips}\n{title}\n\n١٦ سبتمبر ٢٠٢٥\n\n{body}")
    assert art.title is not None and art.title.text == title
    assert art.timestamp is not None and art.timestamp.date == dt.date(2025, 9, 16)
    # the paper's name and officers glued on one line above the title
    glued = "جريدة المدينة رئيس مجلس الإدارة ورئيس التحريرسامر حسن"
    art = arnews.parse(f"{glued}\n\n{title}\n\n16-9-2025 | 14:58\n\n{body}")
    assert art.title is not None and art.title.text == title
    assert [b.text for b in art.boilerplate] == [glued]
    # a sentence under the label is no officer's name
    got = blocks(f"رئيس التحرير\n{body}")
    assert got[1] == (P, body)


def test_a_place_alone_above_the_headline_is_a_label() -> None:
    title = "الرئيس يفتتح مشروع الطريق الدائري الجديد"
    body = "افتتح الرئيس اليوم مشروع الطريق الدائري الذي يربط شمال العاصمة بجنوبها."
    check(f"تركيا\n\n{title}\n\n{body}", [(H, "تركيا"), (T, title), (P, body)])
    # a section word that is also an outlet's name
    check(f"الاقتصادية\n\n{title}\n\n{body}", [(H, "الاقتصادية"), (T, title), (P, body)])
    # above the body itself, the place is the dateline
    art = arnews.parse(f"{title}\n\nأنقرة\n\n{body}")
    assert art.title is not None and art.title.text == title
    assert art.dateline is not None and art.dateline.place_en == "Ankara"


def test_two_word_title_above_a_dateline() -> None:
    text = "زلزال تركيا\n\nأنقرة - ضرب زلزال بقوة ست درجات جنوب البلاد فجر اليوم."
    assert blocks(text)[0] == (T, "زلزال تركيا")
    # two menu words above a headline stay navigation
    text = "شؤون برلمانية\n\nالبرلمان يصوت على قانون الموازنة\n\nبغداد - صوت البرلمان اليوم."
    assert [k for k, _ in blocks(text)][:2] == [B, T]


def test_the_bare_headline_wins_over_the_page_title_with_the_site_name() -> None:
    body = "أعلنت الوزارة إعادة تشغيل محطة التوليد الجنوبية بعد أعمال صيانة استمرت شهرا كاملا."
    title = "عودة التيار الكهربائي إلى الأحياء الجنوبية"
    check(
        f"{title} - أخبار المدينة\n{title}\n\n{body}",
        [(B, f"{title} - أخبار المدينة"), (T, title), (P, body)],
    )
    check(f"{title}\n{title} - أخبار المدينة\n\n{body}", [(T, title), (B, ...), (P, body)])


# --- known failures ---------------------------------------------------------------------------


@pytest.mark.xfail(strict=True, reason="a split with no joiner word and no short fragment")
def test_long_line_split_without_a_signal_in_a_one_per_line_dump() -> None:
    text = (
        "أعلنت الوزارة خطة جديدة.\n"
        "وأوضح المتحدث باسم وزارة النقل في مؤتمر صحفي عقده ظهر اليوم بحضور عدد من الصحفيين\n"
        "الخطة تشمل توسيع شبكة الطرق السريعة.\n"
    )
    assert len([k for k, _ in blocks(text) if k == P]) == 2


@pytest.mark.parametrize(
    "head",
    [
        "عدن تايم/ متابعات\nالضالع\n",  # the layout joins the two short lines
        "وزير الثقافة يفتتح المعرض الدولي للكتاب\nعدن تايم/ متابعات\nالضالع\n",  # under a title
    ],
)
def test_a_place_alone_under_the_outlets_line_is_the_dateline(head: str) -> None:
    body = "أعلنت السلطة المحلية اليوم افتتاح مشروع جديد لمياه الشرب يخدم آلاف السكان في القرى."
    art = arnews.parse(f"{head}{body}")
    assert art.dateline is not None and art.dateline.place_en == "Al Dhale"
    assert [a.text for a in art.agencies] == ["عدن تايم"]
    assert [p.text for p in art.paragraphs] == [body]
