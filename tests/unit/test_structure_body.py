"""The body: subheadings and what is never one, list items, related headlines, boilerplate."""

from __future__ import annotations

import pytest

import arnews
from arnews._fold import clean_text
from arnews._header import find_header
from arnews._structure import lay_out

HEAD = " date 2026-01-06 منذ ساعة\n\n"
P1 = "أعلنت وزارة الصحة إطلاق حملة تلقيح واسعة تشمل جميع المحافظات خلال الشهر الجاري."
P2 = "وقال المتحدث باسم الوزارة إن الحملة تستهدف الأطفال دون سن الخامسة بالدرجة الأولى."
P3 = "وأضاف أن الفرق الجوالة ستصل إلى القرى والأرياف البعيدة خلال الأسابيع المقبلة."


def blocks(text: str) -> list[tuple[str, str]]:
    layout = lay_out(text, find_header(text))
    return [(b.kind, clean_text(text[b.start : b.end])) for b in layout.blocks]


def body(*lines: str, sep: str = "\n\n") -> list[tuple[str, str]]:
    return blocks(HEAD + sep.join(lines))[1:]


# --- subheadings ------------------------------------------------------------------------------


@pytest.mark.parametrize("sep", ["\n\n", "\n", "\r\n", "\r\r", "\r\n\r\n"])
def test_short_line_between_paragraphs(sep: str) -> None:
    assert body(P1, "تفاصيل الحملة", P2, sep=sep) == [
        ("paragraph", P1),
        ("subheading", "تفاصيل الحملة"),
        ("paragraph", P2),
    ]


def test_markdown_and_bold_subheadings() -> None:
    got = body(P1, "## تفاصيل الحملة", P2, "**المرحلة الثانية**", P3)
    assert [k for k, _ in got] == [
        "paragraph", "unparsed", "subheading", "paragraph",
        "unparsed", "subheading", "unparsed", "paragraph",
    ]  # fmt: skip
    assert ("subheading", "المرحلة الثانية") in got


def test_a_line_framed_by_colons_is_a_heading() -> None:
    headline = "تكريم فنانات من المنطقة في أمسية ثقافية بالبلدة"
    art = arnews.parse(f"::: {headline} :::\n\n{P1}\n\n{P2}")
    assert art.title is not None and art.title.text == headline
    assert ("subheading", "المرحلة الثانية") in body(P1, ":: المرحلة الثانية ::", P2)
    # colons opening a line with no frame closing it are no markup of their own
    assert [k for k, _ in body(P1, ":: المرحلة الثانية", P2)].count("unparsed") == 0


def test_a_messengers_single_asterisk_bold() -> None:
    # "*TEXT*" (WhatsApp-style bold): a heading; a headline in it is the title
    assert ("subheading", "المرحلة الثانية") in body(P1, "*المرحلة الثانية*", P2)
    headline = "وزير الصحة يطلع على الأوضاع الصحية في الولاية الشمالية"
    art = arnews.parse(f"*{headline}*\n\n{P1}\n\n{P2}")
    assert art.title is not None and art.title.text == headline
    # a credit line in bold stays a line of text for the credits to read; a bullet stays one
    assert ("paragraph", "بغداد - واع") in body(P1, "*بغداد - واع*", P2, P3)
    assert ("paragraph", "بند أول في القائمة") in body(P1, "* بند أول في القائمة", P2)
    # a tatweel standing alone as the bullet's dash; a line set between two dashes is no item
    assert body(P1, "ـ المرحلة الثانية", P2)[1:3] == [
        ("unparsed", "ـ"),
        ("paragraph", "المرحلة الثانية"),
    ]
    assert ("unparsed", "ـ") not in body(P1, "ـ المرحلة الثانية ـ", P2)
    # a paragraph in bold (a sentence closed by its full stop) stays a paragraph
    assert ("paragraph", P2) in body(P1, f"*{P2}*", P3)


def test_subheading_before_points_at_the_next_paragraph() -> None:
    art = arnews.parse(HEAD + "\n\n".join([P1, "تفاصيل الحملة", P2, "## المرحلة الثانية", P3]))
    assert [(s.text, s.before) for s in art.subheadings] == [
        ("تفاصيل الحملة", 1),
        ("المرحلة الثانية", 2),
    ]
    assert art.paragraphs[1].text == P2


def test_an_isolated_numbered_head_is_a_subheading() -> None:
    assert body(P1, "1. المرحلة الأولى", P2)[1] == ("subheading", "1. المرحلة الأولى")


# --- never a subheading -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "الرباط - المغرب اليوم",  # a dateline
        "محمد علي – بغداد",  # a reporter line
        "كتب - محمد علي",  # a byline
        "وزير الخارجية:",  # a speaker label
        "جنود على الحدود خلال دورية ليلية (أ ف ب)",  # a caption
        "فما الذي تغير؟",  # a question is a sentence
        'قال الوزير: "لن نتراجع"',  # a quotation
        "وقال المدير إن انتظام الدراسة في الكليات المختلفة جاء",  # a sentence wrapped mid-way
        "وذكرت القيادة",
        "صدى الساحل نيوز",  # an outlet's name between paragraphs: its credit or watermark
    ],
)
def test_not_subheadings(line: str) -> None:
    kinds = [k for k, _ in body(P1, line, P2)]
    assert "subheading" not in kinds


def test_short_closing_line_is_a_paragraph() -> None:
    assert body(P1, P2, "والله الموفق") == [
        ("paragraph", P1),
        ("paragraph", P2),
        ("paragraph", "والله الموفق"),
    ]


def test_heading_shaped_line_before_any_body_is_not_a_subheading() -> None:
    kinds = [k for k, _ in blocks(HEAD + "كلمة واحدة\n\n" + P1)]
    assert "subheading" not in kinds


def test_list_under_a_colon_is_paragraphs() -> None:
    got = body(
        P1, "وتضمنت المطالب:", "زيادة الرواتب", "تخفيض الضرائب", "دعم المزارعين", P2, sep="\n"
    )
    assert [k for k, _ in got] == ["paragraph"] * 6


def test_numbered_list_items_are_paragraphs() -> None:
    got = body(P1, "1- رفع العقوبات", "2- ضمانات التنفيذ", "3- جدول زمني", P2, sep="\n")
    assert [k for k, _ in got] == ["paragraph"] * 5


def test_bulleted_items_are_paragraphs_without_their_bullets() -> None:
    got = body(P1, "▪ رفع العقوبات", "• ضمانات التنفيذ", P2, sep="\n")
    assert got == [
        ("paragraph", P1),
        ("unparsed", "▪"),
        ("paragraph", "رفع العقوبات"),
        ("unparsed", "•"),
        ("paragraph", "ضمانات التنفيذ"),
        ("paragraph", P2),
    ]


def test_one_long_line_with_inline_bullets() -> None:
    line = "وتشمل الخطة: ▪ تأهيل الطرق الريفية ▪ بناء الجسور ▪ ترميم المدارس"
    got = body(P1, line)
    assert [t for k, t in got if k == "paragraph"] == [
        P1,
        "وتشمل الخطة:",
        "تأهيل الطرق الريفية",
        "بناء الجسور",
        "ترميم المدارس",
    ]


# --- boilerplate in the body ------------------------------------------------------------------


def test_furniture_between_and_after_paragraphs() -> None:
    got = body(
        P1,
        "اقرأ أيضا: الصحة تعلن نتائج الحملة السابقة",
        P2,
        "إعلان",
        P3,
        "المصدر: وكالات",
        "الكلمات الدالة: الصحة، التلقيح",
        "شارك",
        "© 2026 جميع الحقوق محفوظة",
        sep="\n",
    )
    assert [k for k, _ in got] == [
        "paragraph", "boilerplate", "paragraph", "boilerplate", "paragraph",
        "boilerplate", "boilerplate", "boilerplate", "boilerplate",
    ]  # fmt: skip


@pytest.mark.parametrize("count", ["0", "849", "1٬039", "٦١٢٢", "12,480", "5k"])
def test_a_number_alone_is_a_counter(count: str) -> None:
    got = body("الصحة تطلق حملة تلقيح واسعة", count, P1, count, P2)
    assert [k for k, t in got if t == count] == ["boilerplate", "boilerplate"]
    assert [k for k, t in got if t in (P1, P2)] == ["paragraph", "paragraph"]


@pytest.mark.parametrize("line", ["2026", "9.", "3 أشخاص"])
def test_a_year_or_a_list_number_is_no_counter(line: str) -> None:
    assert ("boilerplate", line) not in body(P1, line, P2)


def test_related_headlines_after_a_label() -> None:
    got = body(
        P1, "اقرأ أيضا", "الصحة تعلن نتائج الحملة السابقة", "افتتاح مستشفى جديد في الديوانية", P2
    )
    assert [k for k, _ in got] == [
        "paragraph", "boilerplate", "boilerplate", "boilerplate", "paragraph",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "lines",
    [
        ("وكان المحافظ قد زار المدينة الأسبوع الماضي", "فقد شملت الحملة كل الأحياء الشعبية"),
        ("كما تفقد المحافظ أعمال الصيانة في المدارس", "حيث وعد بإنجازها قبل بدء العام الدراسي"),
    ],
)
def test_unpunctuated_lines_that_go_on_from_the_text_are_no_related_headlines(
    lines: tuple[str, str],
) -> None:
    got = body(P1, *lines)
    assert [k for k, _ in got] == ["paragraph"] * 3


def test_a_clause_going_on_is_no_subheading_but_a_noun_phrase_is() -> None:
    assert ("subheading", "وكانت الفرق قد بدأت العمل") not in body(
        P1, "وكانت الفرق قد بدأت العمل", P2
    )
    assert ("subheading", "أم المدن الساحلية") in body(P1, "أم المدن الساحلية", P2)  # "أم": mother


_TEASER = (
    "أعلنت مديرية التربية في المحافظة عن جدول الامتحانات النهائية للمرحلة المتوسطة، وقالت إن "
    "الامتحانات ستبدأ مطلع الشهر المقبل في جميع المدارس …"
)


def test_a_related_headlines_snippet_at_the_end_of_the_page_is_no_paragraph() -> None:
    got = body(P1, P2, "شاهد أيضا", "التربية تعلن جدول الامتحانات النهائية", _TEASER, "اترك تعليقا")
    assert [k for k, _ in got] == ["paragraph", "paragraph"] + ["boilerplate"] * 4


def test_a_font_widgets_size_line_is_furniture() -> None:
    got = body(P1, "حجم الخط", "+ 16 -", "تباعد السطور", "+ 2 -", P2)
    assert [k for k, _ in got] == ["paragraph"] + ["boilerplate"] * 4 + ["paragraph"]


def test_the_title_again_in_the_body_is_its_photos_caption() -> None:
    title = "وزارة الصحة تطلق حملة تلقيح واسعة في جميع المحافظات"
    got = blocks(f"{title}\n\n{P1}\n\n{title}\n\n{P2}")
    assert got == [("title", title), ("paragraph", P1), ("boilerplate", title), ("paragraph", P2)]
    # cut short after four words or more, too
    cut = " ".join(title.split()[:-2])
    assert blocks(f"{title}\n\n{P1}\n\n{cut}\n\n{P2}")[2] == ("boilerplate", cut)


def test_a_price_list_between_paragraphs_stays_in_the_body() -> None:
    prices = ["التفاح 60 جنيها", "الموز 30 جنيها", "البرتقال 20 جنيها", "العنب 45 جنيها"]
    got = body(P1, "أسعار الفاكهة", *prices, P2)
    assert all(("boilerplate", line) not in got for line in prices)
    # three headlines without numbers in the same place are a related run
    heads = [
        "الصحة تعلن نتائج الحملة السابقة",
        "افتتاح مستشفى جديد في الديوانية",
        "وزير الصحة يزور البصرة",
    ]
    assert all(("boilerplate", line) in body(P1, P2, *heads, sep="\n") for line in heads)


def test_a_question_right_under_a_list_label_is_a_related_headline() -> None:
    question = "هل تنجح خطة التربية في إنهاء أزمة الامتحانات؟"
    got = body(P1, P2, "شاهد أيضا", question, _TEASER, "اترك تعليقا")
    assert [k for k, _ in got] == ["paragraph", "paragraph"] + ["boilerplate"] * 4
    # below a related headline, a question goes back to the body (a subheading's own question)
    got = body(P1, "شاهد أيضا", "التربية تعلن جدول الامتحانات النهائية", question, P2, P3)
    assert ("boilerplate", question) not in got


def test_a_long_paragraph_after_a_related_headline_with_body_below_stays() -> None:
    got = body(P1, "شاهد أيضا", "التربية تعلن جدول الامتحانات النهائية", _TEASER, P2, P3)
    assert ("paragraph", _TEASER) in got


def test_bulleted_related_headlines_after_a_label() -> None:
    items = ["- الصحة تعلن نتائج الحملة السابقة", "- افتتاح مستشفى جديد في الديوانية"]
    got = body(P1, P2, "اقرأ أيضا", *items, sep="\n")
    assert [t for k, t in got if k == "paragraph"] == [P1, P2]
    # the same bullets with no label above them stay list items of the body
    got = body(P1, P2, *items, P3, sep="\n")
    assert [t for k, t in got if k == "paragraph"][-1] == P3
    assert len([k for k, _ in got if k == "paragraph"]) == 5


def test_related_headlines_after_the_body_without_a_label() -> None:
    got = body(P1, P2, "الصحة تعلن نتائج الحملة السابقة", "افتتاح مستشفى جديد في الديوانية")
    assert [k for k, _ in got] == ["paragraph", "paragraph", "boilerplate", "boilerplate"]


_CUT = "الفرق الطبية ستواصل عملها في القرى البعيدة خلال الأسابيع المقبلة بعد أن تنتهي من"


def test_a_dump_cut_mid_line_ends_in_a_paragraph_cut_short() -> None:
    # an excerpt cut mid-sentence: its long last line is body text, the line above a subheading
    got = body(P1, P2, "الحملة في أرقام", _CUT)
    assert [k for k, _ in got] == ["paragraph", "paragraph", "subheading", "paragraph"]
    # the same lines ending with a line break: the page ended there, a list of related headlines
    got = body(P1, P2, "الحملة في أرقام", _CUT + "\n")
    assert [k for k, _ in got] == ["paragraph", "paragraph", "boilerplate", "boilerplate"]


def test_related_headlines_with_their_dates() -> None:
    got = body(
        P1,
        P2,
        "الصحة تعلن نتائج الحملة السابقة",
        "5 يناير 2026",
        "افتتاح مستشفى جديد في الديوانية",
        "4 يناير 2026",
        sep="\n",
    )
    assert [k for k, _ in got] == ["paragraph", "paragraph"] + ["boilerplate"] * 4


def test_two_unpunctuated_sentences_at_the_end_stay_body() -> None:
    got = body(P1, "وأكد المشاركون أهمية الحوار بين الأطراف", "ودعوا إلى وقف التصعيد فورا")
    assert [k for k, _ in got] == ["paragraph", "paragraph", "paragraph"]


def test_boilerplate_reaches_the_article() -> None:
    art = arnews.parse(HEAD + "\n\n".join([P1, "شارك الخبر", P2, "المصدر: وكالات"]))
    assert [b.text for b in art.boilerplate] == ["شارك الخبر", "المصدر: وكالات"]
    assert [p.text for p in art.paragraphs] == [P1, P2]


@pytest.mark.parametrize(
    "line",
    [
        "IMG 8286",  # an image's file name
        "No Image",  # a theme's placeholder
        "أخبار الرافدين اليومأخبار الرافدين اليوم",  # the site's name said twice
        "1 / 45",  # a photo gallery's place
        "فيسبوك X (Twitter) الانستغرام",  # a share bar naming X
        "رائج الآن",  # a trending box
    ],
)
def test_furniture_between_paragraphs_is_no_subheading(line: str) -> None:
    assert ("boilerplate", line) in body(P1, line, P2)


def test_an_arabic_or_numeric_heading_between_paragraphs_stays_a_subheading() -> None:
    assert ("subheading", "أسرار عسكرية") in body(P1, "أسرار عسكرية", P2)
    assert ("subheading", "COP28 في دبي") in body(P1, "COP28 في دبي", P2)


@pytest.mark.parametrize("marks", ["-", "|", ":", "...", "* * *"])
def test_a_line_of_marks_only_is_no_paragraph(marks: str) -> None:
    # the page's separators: kept as unparsed markup, never a paragraph of the article
    kinds = dict((text, kind) for kind, text in body(P1, marks, P2))
    assert kinds[P1] == kinds[P2] == "paragraph"
    assert kinds.get(marks, "unparsed") == "unparsed"
    assert marks not in [p.text for p in arnews.parse(HEAD + f"{P1}\n\n{marks}\n\n{P2}").paragraphs]


@pytest.mark.parametrize(
    "line", ["spot_img", "View all comments", "Loading the player...", "[ad_1]"]
)
def test_a_short_line_of_latin_letters_is_a_themes_string(line: str) -> None:
    assert ("boilerplate", line) in body(P1, line, P2)


def test_a_latin_credit_or_byline_is_left_for_the_credits() -> None:
    art = arnews.parse(HEAD + f"{P1}\n\n{P2}\n\nReuters")
    assert [a.name for a in art.agencies] == ["Reuters"]
    art = arnews.parse(f"عنوان الخبر عن حملة التلقيح\n\nWritten by: Marwa Dridi\n\n{P1}\n\n{P2}")
    assert art.byline is not None and art.byline.name == "Marwa Dridi"


# --- a photo's alt text and its caption: one short line said twice --------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("مركز التلقيح", "مركز التلقيح"),
        ("مستشفى المدينة - صورة أرشيفية", "مستشفى المدينة – صورة أرشيفية"),  # the dashes differ
        ('شاشة هاتف "نوكيا"', 'شاشة هاتف "نوكيا"'),  # ending with a quoted name
    ],
)
def test_a_short_line_said_twice_is_a_caption(first: str, second: str) -> None:
    assert body(P1, first, second, P2) == [
        ("paragraph", P1),
        ("boilerplate", first),
        ("boilerplate", second),
        ("paragraph", P2),
    ]


def test_twin_captions_with_no_blank_line_are_not_joined_to_the_writer_under_them() -> None:
    title = "الشركة تؤجل إطلاق هاتفها الجديد إلى الربيع المقبل"
    caption = "هاتف Nova X2"
    art = arnews.parse(f"{title}\n\n{caption}\n{caption}\nسعاد الحلبي\n\n{P1}\n\n{P2}")
    assert [b.text for b in art.boilerplate] == [caption, caption]
    assert art.byline is not None and art.byline.name == "سعاد الحلبي"
    assert [p.text for p in art.paragraphs] == [P1, P2]


def test_a_long_line_said_twice_is_no_caption() -> None:
    line = "الوزارة تطلق حملة التلقيح الوطنية في جميع المحافظات هذا الشهر"
    assert ("boilerplate", line) not in body(P1, line, line, P2)  # a headline a theme repeats


@pytest.mark.parametrize("line", ["الوضع الميداني:", "من راقب المدينة مات قهرا..", "الخطة!"])
def test_a_heading_or_headline_said_twice_is_no_caption(line: str) -> None:
    assert ("boilerplate", line) not in body(P1, line, line, P2)


def test_two_different_short_lines_stay_apart() -> None:
    got = body(P1, "مركز التلقيح", P2, "مركز التلقيح", P3)
    assert ("subheading", "مركز التلقيح") in got


def test_a_name_said_twice_is_an_author_box_unless_the_story_names_it() -> None:
    title = "وزير الثقافة يفتتح معرض الكتاب"
    box = "سعاد الحلبي"
    art = arnews.parse(f"{title}\n\n{box}\n\n{box}\n\n{P1}\n\n{P2}")
    assert art.byline is not None and art.byline.name == box
    # the minister the story is about: his photo's alt text and caption
    subject = "محمد الكردي"
    story = f"افتتح {subject} وزير الثقافة معرض الكتاب السنوي في العاصمة صباح اليوم."
    art = arnews.parse(f"{title}\n\n{subject}\n\n{subject}\n\n{story}\n\n{P2}")
    assert art.byline is None
    assert [b.text for b in art.boilerplate] == [subject, subject]


# --- text the page printed twice ---------------------------------------------------------------


def test_a_paragraph_said_again_word_for_word_is_boilerplate() -> None:
    # the lead printed again at the end, and the whole body twice: each copy is boilerplate
    assert body(P1, P2, P3, P1) == [
        ("paragraph", P1),
        ("paragraph", P2),
        ("paragraph", P3),
        ("boilerplate", P1),
    ]
    assert body(P1, P2, P1, P2) == [
        ("paragraph", P1),
        ("paragraph", P2),
        ("boilerplate", P1),
        ("boilerplate", P2),
    ]
    # a letter's spelling variants do not hide the copy; the article keeps one of each
    variant = P1.replace("أعلنت", "اعلنت")
    art = arnews.parse(HEAD + "\n\n".join([P1, P2, variant]))
    assert [p.text for p in art.paragraphs] == [P1, P2]
    # a short line said twice is no copy: "وأضاف:" may open two quotations
    short = "وأضاف الوزير في تصريحه:"
    assert [k for k, _ in body(P1, short, P2, short, P3)].count("boilerplate") == 0


def test_a_phrase_said_twice_on_one_line_is_a_caption() -> None:
    # a photo's alt text and its caption glued into one line, in the body
    caption = "الوزير يتفقد مشروع المياه في البصرة"
    assert body(P1, f"{caption} {caption}", P2) == [
        ("paragraph", P1),
        ("boilerplate", f"{caption} {caption}"),
        ("paragraph", P2),
    ]
    # one word said twice for emphasis, and a line that only opens with its own start, stay
    assert body(P1, "نعم نعم", P2)[1] != ("boilerplate", "نعم نعم")
    line = "الوزير يتفقد مشروع المياه في البصرة الوزير يتفقد المدارس"
    assert ("boilerplate", line) not in body(P1, line, P2)


def test_a_section_name_under_a_bare_category_label_is_its_value() -> None:
    assert body(P1, P2, "تصنيفات", "منوعات") == [
        ("paragraph", P1),
        ("paragraph", P2),
        ("boilerplate", "تصنيفات"),
        ("boilerplate", "منوعات"),
    ]
    # the same word under a paragraph is the body's (a heading or a one-word line)
    assert ("boilerplate", "منوعات") not in body(P1, "منوعات", P2)


def test_short_lines_under_the_tags_label_past_the_body_are_its_tags() -> None:
    tags = ["الدوري السوري", "نادي أمية", "اتحاد الكرة يفرض عقوبات على"]
    assert body(P1, P2, "الكلمات المفتاحية", *tags) == [
        ("paragraph", P1),
        ("paragraph", P2),
        ("boilerplate", "الكلمات المفتاحية"),
        *[("boilerplate", t) for t in tags],
    ]
    # a sentence under the label is the body's, and so is a short line above a long one
    assert ("paragraph", "انتهت المباراة بالتعادل.") in body(
        P1, "الكلمات المفتاحية", "انتهت المباراة بالتعادل."
    )
    assert ("boilerplate", "نادي أمية") not in body(P1, "الكلمات المفتاحية", "نادي أمية", P2)


def test_a_page_with_no_full_stops_keeps_its_last_long_paragraphs() -> None:
    body = [
        "أعلنت هيئة الموانئ أن حركة السفن شهدت نشاطا ملحوظا خلال الأسبوع الماضي مع وصول عدد"
        " من السفن التجارية وسفن الركاب إلى الأرصفة الرئيسية وانتظام مواعيد الإبحار",
        "وأوضحت الهيئة في بيانها أن حجم البضائع المتداولة ارتفع مقارنة بالأسبوع السابق وأن"
        " أعمال التفريغ جرت وفق الجداول المعتمدة دون أي تأخير يذكر في أي من الموانئ",
    ]
    tail = [
        "وشهد الميناء الشمالي تداول ثلاثة آلاف طن من البضائع العامة ونقل مئات الشاحنات"
        " المحملة بالخضر والفاكهة إلى الأسواق",
        "وسجلت الموانئ وصول وسفر أكثر من ألف راكب عبر المنافذ البحرية المختلفة خلال الأيام"
        " السبعة الماضية وفق البيان",
    ]
    art = arnews.parse("\n\n".join([*body, *tail]) + "\n\n\n")
    assert [p.text for p in art.paragraphs] == [*body, *tail]
    # headline-long lines under the same body are still a list of related headlines
    related = ["افتتاح رصيف جديد في الميناء الشمالي", "ارتفاع أعداد المسافرين عبر المنافذ البحرية"]
    listed = arnews.parse("\n\n".join([*body, *related]) + "\n\n\n")
    assert [p.text for p in listed.paragraphs] == body


def test_a_line_opening_with_and_which_goes_on_from_the_line_above() -> None:
    lead = "افتتحت الجمعية الخيرية فرعها الجديد في المدينة بحضور عدد من المسؤولين وأولياء الأمور."
    wrapped = [
        "وتأتي الجمعية الخيرية لتعليم القرآن الكريم “تعلم”",
        "والتي امتد عطاؤها أكثر من ثلاثين عاما في خدمة طلاب المدينة وأسرهم",
    ]
    art = arnews.parse("\n\n".join([lead, *wrapped]) + "\n")
    assert [p.text for p in art.paragraphs] == [lead, *wrapped]
    assert not art.boilerplate


def test_a_teaser_the_lead_opens_with_is_a_repeat() -> None:
    title = "البنك المركزي يطلق خدمة جديدة للتحويلات"
    teaser = "يشهد القطاع المصرفي في البلاد تحولات متسارعة خلال الأشهر الأخيرة"
    lead = f"{teaser}، مع توسع الخدمات الرقمية وارتفاع أعداد المستخدمين في المدن والأرياف."
    art = arnews.parse(f"{title}\n\n{teaser}\n\n{title}\n\n{lead}\n\nوأوضح البنك أن الخدمة مجانية.")
    assert [p.text for p in art.paragraphs] == [lead, "وأوضح البنك أن الخدمة مجانية."]
    assert teaser in [b.text for b in art.boilerplate]
    # a sentence closed by a full stop is no teaser, even when the next paragraph repeats it
    said = "وقال الوزير إن الخطة ستنفذ على ثلاث مراحل."
    kept = arnews.parse(f"{title}\n\n{lead}\n\n{said}\n\n{said[:-1]} خلال العامين المقبلين.")
    assert said in [p.text for p in kept.paragraphs]


@pytest.mark.parametrize("ellipsis", ["...", "…", " …"])
def test_a_teaser_cut_short_with_an_ellipsis_is_a_repeat(ellipsis: str) -> None:
    lead = (
        "افتتحت البلدية الحديقة العامة الجديدة . حضره عدد كبير من الأهالي والمسؤولين، "
        "وتخلله عرض فني للأطفال."
    )
    teaser = lead[:60].rstrip() + ellipsis  # cut inside a word, after a full stop
    head = "2017-07-20\n\nالبلدية تفتتح حديقة عامة جديدة"
    art = arnews.parse(f"{head}\n\n{teaser}\n\n{lead}\n\nوأوضح رئيس البلدية أن الحديقة مفتوحة.")
    assert teaser.strip() in [b.text for b in art.boilerplate]
    assert art.paragraphs[0].text == lead
    # an ellipsis closing a paragraph the next one does not open with stays text
    other = arnews.parse(f"{head}\n\n{teaser}\n\nوأوضح رئيس البلدية أن الحديقة مفتوحة للجميع.")
    assert other.paragraphs[0].text == teaser.strip()


def test_a_pictograph_and_a_label_ending_with_a_colon_is_a_subheading() -> None:
    assert body(P1, "📌 تفاصيل الحملة:", P2, "🧑‍⚕️ المرحلة الثانية:", P3) == [
        ("paragraph", P1),
        ("subheading", "📌 تفاصيل الحملة:"),
        ("paragraph", P2),
        ("subheading", "🧑‍⚕️ المرحلة الثانية:"),
        ("paragraph", P3),
    ]
    # with no pictograph the colon introduces what follows: a quotation, a list
    assert body(P1, "وأضاف المتحدث:", P2)[1] == ("paragraph", "وأضاف المتحدث:")


@pytest.mark.parametrize("box", [["عن admin"], ["عن سامر الخطيب", "سامر الخطيب"]])
def test_a_themes_author_box_over_its_related_list_is_boilerplate(box: list[str]) -> None:
    related = "مهرجان الشعر يعود إلى المدينة بعد غياب دام سنتين"
    got = body(P1, P2, *box, "شاهد أيضاً", related)
    assert got[:2] == [("paragraph", P1), ("paragraph", P2)]
    assert [kind for kind, _ in got[2:]] == ["boilerplate"] * (len(box) + 2)
    # the same words with no list below are text: "عن قرب" heads a section
    assert body(P1, "عن قرب", P2)[1] == ("subheading", "عن قرب")


@pytest.mark.parametrize("label", ["كتب :", "بقلم:", "كتب بواسطة :", "هيئة التحرير"])
def test_a_byline_label_alone_on_its_line_is_no_paragraph(label: str) -> None:
    got = body(P1, P2, label, P3)
    assert ("boilerplate", label) in got
    assert [line for kind, line in got if kind == "paragraph"] == [P1, P2, P3]
    # the name on the next line is still the byline
    art = arnews.parse(f"الوزارة تطلق حملة تلقيح واسعة\n\nكتب :\nسامر الحلبي\n\n{P1}\n\n{P2}")
    assert art.byline is not None and art.byline.name == "سامر الحلبي"
