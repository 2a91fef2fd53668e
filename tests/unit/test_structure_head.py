"""The page head: title (once), its repeat, section names, date lines, menu words, standfirst."""

from __future__ import annotations

import pytest

import arnews
from arnews._fold import clean_text
from arnews._header import find_header
from arnews._structure import lay_out

BODY = "\n\nبغداد - أعلنت وزارة التخطيط إطلاق خطة جديدة لتطوير البنى التحتية في المحافظات.\n"


def blocks(text: str) -> list[tuple[str, str]]:
    layout = lay_out(text, find_header(text))
    return [(b.kind, clean_text(text[b.start : b.end])) for b in layout.blocks]


def kinds_of(text: str) -> list[str]:
    return [k for k, _ in blocks(text)]


def title_of(text: str) -> str | None:
    found = [t for k, t in blocks(text) if k == "title"]
    assert len(found) <= 1
    return found[0] if found else None


# --- where the title sits ---------------------------------------------------------------------


def test_title_on_the_header_line() -> None:
    text = " date 2026-03-11 غارات على أطراف المدينة ليلاً" + BODY
    assert blocks(text)[:2] == [
        ("header", "date 2026-03-11"),
        ("title", "غارات على أطراف المدينة ليلاً"),
    ]


def test_title_after_the_header_line() -> None:
    text = " date 2026-03-11 منذ ساعة\n\nغارات على أطراف المدينة ليلاً" + BODY
    assert kinds_of(text) == ["header", "title", "paragraph"]


def test_title_before_the_header_line() -> None:
    text = "غارات على أطراف المدينة ليلاً\n date 2026-03-11" + BODY
    assert kinds_of(text) == ["title", "header", "paragraph"]


def test_title_after_a_section_name_and_a_date_bar() -> None:
    text = "محليات\nالثلاثاء 6 يناير 2026 - 10:30 م\nافتتاح جسر جديد في البصرة" + BODY
    assert kinds_of(text) == ["header", "header", "title", "paragraph"]


def test_repeated_title_becomes_boilerplate() -> None:
    text = " date 2026-03-11 غارات على أطراف المدينة ليلاً\n\nغارات على أطراف المدينة ليلاً" + BODY
    assert kinds_of(text) == ["header", "title", "boilerplate", "paragraph"]


def test_repeated_title_with_the_site_name() -> None:
    title = "مقتل ثلاثة أشخاص بانهيار مبنى في حلب"
    text = f"{title}\n{title} - سكاي نيوز عربية"
    assert kinds_of(text + BODY) == ["title", "boilerplate", "paragraph"]


def test_a_writers_name_under_a_headline_that_opens_with_it_is_no_shorter_title() -> None:
    # "NAME: HEADLINE" (a column), then the date and the name: the headline stays the title
    headline = "سامر الحلبي: بقية مشهد السفارة"
    text = f"{headline}\n\n2026/01/06\nسامر الحلبي\n\nكم كان مخجلا ما قاله المسؤول أمام الجميع."
    assert title_of(text) == headline


def test_repeated_title_below_the_site_name_a_counter_and_the_date() -> None:
    # the head ends at the site's name; the repeat a few lines down is still the title's
    text = (
        "ندوة حول إصلاح التعليم في الجهة\n\nشبكة المدينة\n2٬417 مشاهدة\n"
        "آخر تحديث : الإثنين 14 أبريل 2025 - 9:40 مساءً\nندوة حول إصلاح التعليم في الجهة\n\n"
        "نظم فرع الجمعية يوم الجمعة لقاء دراسيا حول موضوع إصلاح التعليم في الجهة وآفاقه\n\n"
        "واستمرت أشغال اللقاء إلى المساء بحضور عدد من الأساتذة والباحثين والطلبة من المدينة.\n"
    )
    found = blocks(text)
    assert found[0] == ("title", "ندوة حول إصلاح التعليم في الجهة")
    assert ("boilerplate", "2٬417 مشاهدة") in found
    assert [t for k, t in found if k == "boilerplate"].count(found[0][1]) == 1
    assert [k for k, t in found if t.startswith(("نظم", "واستمرت"))] == ["paragraph"] * 2


def test_repeated_title_a_few_lines_into_the_body() -> None:
    title = "ندوة حول إصلاح التعليم في الجهة"
    text = (
        f"{title}\n\nموقع المدينة الإخباري للأخبار المحلية والجهوية\n"
        f"الإثنين 14 أبريل 2025\n{title}\n\n"
        "نظم فرع الجمعية يوم الجمعة لقاء دراسيا حول موضوع إصلاح التعليم في الجهة وآفاقه\n\n"
        "واستمرت أشغال اللقاء إلى المساء بحضور عدد من الأساتذة والباحثين والطلبة من المدينة.\n"
    )
    found = blocks(text)
    assert [k for k, t in found if t == title] == ["title", "boilerplate"]
    assert [k for k, t in found if t.startswith(("نظم", "واستمرت"))] == ["paragraph"] * 2


def test_a_dateline_and_reporter_line_above_the_lede_is_no_section_label() -> None:
    text = (
        "كسلا:خالد الطيب\n"
        "وصل إلى ولاية كسلا اليوم الاثنين وزير الصحة الاتحادي في زيارة رسمية تستمر يومين يتفقد\n"
        "وكان في استقباله عند مدخل المدينة والي الولاية وأعضاء حكومته وعدد من القيادات.\n"
    )
    art = arnews.parse(text)
    assert art.dateline is not None and art.dateline.place_en == "Kassala"
    assert art.byline is not None and art.byline.name == "خالد الطيب"
    assert art.title is None


@pytest.mark.parametrize("mark", ["-", "|", "~"])
def test_the_title_with_the_site_name_then_alone(mark: str) -> None:
    title = "مقتل ثلاثة أشخاص بانهيار مبنى في حلب"
    text = f"{title} {mark} سيدي يحيى بريس\n{title}"
    assert blocks(text + BODY)[:2] == [
        ("boilerplate", f"{title} {mark} سيدي يحيى بريس"),
        ("title", title),
    ]


def test_a_welcome_line_and_a_menu_bar_from_home_to_contact_are_navigation() -> None:
    welcome = "سيدي يحيى بريس ترحب بكم ..."
    menu = "الرئيسيـــــة فيديوهات سيدي يحيى بريس نحن دائمـــا معكم إتصل بنـــا"
    title = "البرلمان يصوت على قانون الموازنة"
    assert blocks(f"{welcome}\n{menu}\n{title}" + BODY)[:3] == [
        ("boilerplate", welcome),
        ("boilerplate", menu),
        ("title", title),
    ]


def test_bulleted_headlines_under_a_latest_news_label_above_the_title_are_related() -> None:
    items = ["مفوضية الانتخابات تجري اختبارا للأجهزة", "اتحاد الكرة يحدد موعد قرعة الكأس"]
    title = "وزير الموارد يعلن زيادة الإطلاقات المائية للزائرين"
    text = "أحدث الأخبار\n" + "".join(f"• {t}\n" for t in items) + title + BODY
    found = blocks(text)
    assert [(k, t) for k, t in found if t in items] == [("boilerplate", t) for t in items]
    assert title_of(text) == title
    # a sentence closed by its full stop is no related headline
    closed = "أحدث الأخبار\n• وصلت الشحنة إلى الميناء صباح اليوم.\n" + title + BODY
    assert ("boilerplate", "وصلت الشحنة إلى الميناء صباح اليوم.") not in blocks(closed)


def test_the_title_again_under_wrapped_header_lines_is_never_joined_to_them() -> None:
    title = "مدير الشؤون الدينية في زيارة تفقدية للمساجد والمدارس القرآنية بالدائرة"
    text = f"{title}\n\nالجلفة أونلاين\nإسلاميات\n{title}" + BODY
    got = blocks(text)
    assert got[0] == ("title", title)
    assert ("boilerplate", title) in got
    assert all(title not in t for k, t in got if k == "paragraph")


def test_a_bullet_before_a_close_button_is_markup_and_the_title_follows() -> None:
    title = "البرلمان يصوت على قانون الموازنة"
    got = blocks("• ×\n" + title + "\n\n" + title + BODY)
    assert got[:2] == [("unparsed", "• ×"), ("title", title)]


def test_markdown_title() -> None:
    text = "# هل تنجح الوساطة الإقليمية؟" + BODY
    assert blocks(text)[:2] == [("unparsed", "#"), ("title", "هل تنجح الوساطة الإقليمية؟")]


def test_menu_words_above_the_title_are_navigation() -> None:
    text = "أخبار\nشؤون برلمانية\nالبرلمان يصوت على قانون الموازنة" + BODY
    assert kinds_of(text) == ["header", "boilerplate", "title", "paragraph"]


def test_a_place_above_the_body_is_not_a_menu_word() -> None:
    text = "الموصل\nأعلنت القيادة انتهاء العملية العسكرية في أطراف المدينة بعد أسبوعين من القتال."
    assert kinds_of(text) == ["paragraph", "paragraph"]


def test_photo_credit_above_the_title() -> None:
    text = "(أ ف ب)\nمقتل ثلاثة أشخاص بانهيار مبنى في حلب" + BODY
    assert kinds_of(text) == ["boilerplate", "title", "paragraph"]


# --- what is not a title ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        "محليات",  # a section name
        "رأي ومقالات",
        "الثلاثاء 6 يناير 2026 - 10:30 م",  # a date bar
        "نشر بتاريخ: 6 يناير 2026",  # a labelled date
        "الرباط - المغرب اليوم",  # a dateline on its own line
        "شفق نيوز- دهوك",
        "كتب - محمد علي",  # a byline
        "وزير الخارجية:",  # a speaker label
        "وقال المتحدث باسم الوزارة",  # a sentence going on
        "صوت الريف الإخباري -",  # an outlet's credit, known by its shape, alone
        "الساحلي – أخبار محلية",  # an outlet's name over its section
        "زار رئيس البلدية “المهندس",  # a quotation going on below
        "أعلنت الوزارة عن خطة جديدة لتطوير النقل.",  # a sentence
    ],
)
def test_not_a_title(first: str) -> None:
    assert title_of(first + BODY) is None


def test_the_seed_shape_has_no_title() -> None:
    text = (
        " date 2026-01-06 منذ 46 دقيقة\n\n"
        "أربيل (كوردستان24)- يجتمع الحلفاء الأوروبيون لأوكرانيا في باريس لمناقشة الضمانات.\n\n"
        "ويقدّم المحيطون بالرئيس الفرنسي هذا الاجتماع على أنه تتويج لجهود استمرت عاما."
    )
    assert kinds_of(text) == ["header", "paragraph", "paragraph"]


def test_a_title_needs_body_after_it() -> None:
    assert kinds_of("غارات على أطراف المدينة ليلاً") == ["paragraph"]


def test_dateline_on_the_header_line_is_the_first_paragraph() -> None:
    text = " date 2025-11-22 شفق نيوز- دهوك\n\nأعلنت مديرية الشرطة القبض على متهمين."
    assert blocks(text) == [
        ("header", "date 2025-11-22"),
        ("paragraph", "شفق نيوز- دهوك"),
        ("paragraph", "أعلنت مديرية الشرطة القبض على متهمين."),
    ]


def test_first_body_sentence_on_the_header_line() -> None:
    text = " date 2026-01-06 أعلن البنك المركزي رفع أسعار الفائدة بمقدار نقطتين مئويتين.\n\nنص."
    assert kinds_of(text) == ["header", "paragraph", "paragraph"]


def test_a_headline_closed_by_a_full_stop_above_a_dateline_paragraph() -> None:
    title = "مسبار جديد يرصد بحيرات من الميثان على سطح قمر بعيد."
    text = title + "\n\nباريس في 26 يونيو /العمانية/ رصد المسبار بحيرات واسعة على سطح القمر.\n"
    assert blocks(text)[0] == ("title", title)


@pytest.mark.parametrize(
    "first",
    [
        "رصد المسبار بحيرات واسعة، وفق ما أعلنته الوكالة.",  # a lede's clauses
        "رصد المسبار بحيرات. وأعلنت الوكالة النتائج.",  # two sentences
    ],
)
def test_a_closed_sentence_above_a_dateline_is_no_title(first: str) -> None:
    text = first + "\n\nباريس (أ ف ب) - أعلنت الوكالة نتائج المهمة الجديدة أمس.\n"
    assert title_of(text) is None


def test_a_closed_sentence_with_no_dateline_below_is_no_title() -> None:
    nxt = "وأعلنت الوكالة نتائج المهمة الجديدة أمس في مؤتمر صحفي عقدته في مقرها."
    text = "مسبار جديد يرصد بحيرات من الميثان على سطح قمر بعيد.\n\n" + nxt + BODY
    assert title_of(text) is None


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("الحكومة تقر خطة النقل الجديدة » وكالة الأنباء العراقية", "وكالة الأنباء العراقية"),
        ("الحكومة تقر خطة النقل الجديدة | صوت المدينة نيوز", "صوت المدينة نيوز"),
        ("الحكومة تقر خطة النقل الجديدة – رويترز", "رويترز"),
        # the page title's section after a bar
        ("الحكومة تقر خطة النقل الجديدة | أخبار", "أخبار"),
        ("الحكومة تقر خطة النقل الجديدة | اقتصاد", "اقتصاد"),
        # a hashtag and the section after a bar
        ("الحكومة تقر خطة النقل الجديدة | #موريتانيا أخبار", "#موريتانيا أخبار"),
    ],
)
def test_the_sites_name_after_the_headline_is_cut_off(line: str, site: str) -> None:
    got = blocks(line + BODY)
    head = line.rsplit(" ", len(site.split()) + 1)[0]
    assert got[0] == ("title", head)
    assert got[1][0] == "boilerplate" and got[1][1].endswith(site)  # the mark goes with it


def test_a_headline_ending_with_a_dash_and_an_ordinary_phrase_stays_whole() -> None:
    line = "الحكومة تقر خطة النقل الجديدة - المرحلة الثانية"
    assert title_of(line + BODY) == line
    # a section name after a dash may be the headline's own word: only a bar cuts it
    line = "الحكومة تقر خطة النقل الجديدة - اقتصاد"
    assert title_of(line + BODY) == line


_WHOLE = "الجامعة تخرج دفعة جديدة من طلبة الطب في حفل رسمي"
_CUT = "الجامعة تخرج دفعة جديدة من طلبة"


@pytest.mark.parametrize(
    ("first", "second"), [(_CUT, _WHOLE), (_WHOLE, _CUT)], ids=["cut-first", "whole-first"]
)
def test_a_headline_cut_short_and_printed_whole_is_one_title(first: str, second: str) -> None:
    got = blocks(first + "\n\n" + second + BODY)
    assert [t for k, t in got if k == "title"] == [_WHOLE]
    assert ("boilerplate", _CUT) in got


def test_a_long_headline_printed_again_cut_after_a_joiner_is_its_copy() -> None:
    whole = (
        'مجلس المدينة يرفض قرار حله الصادر عن "الحكومة المؤقتة" ....والقوات تقترب من حدود '
        "المحافظة الإدارية الشمالية بعد معارك عنيفة"
    )
    cut = "مجلس المدينة يرفض قرار حله الصادر عن"  # ends with "عن": cut short
    got = blocks(whole + "\n\n" + cut + BODY)
    assert got[:2] == [("title", whole), ("boilerplate", cut)]
    # a line ending with a word of its own is the body's, the headline going on for long
    own = "مجلس المدينة يرفض قرار حله الصادر"
    assert ("boilerplate", own) not in blocks(whole + "\n\n" + own + BODY)


def test_a_caption_glued_to_the_headline_does_not_make_it_the_title() -> None:
    glued = _CUT + " طلبة"  # the last words again: an alt text run on
    assert [t for k, t in blocks(_CUT + "\n\n" + glued + BODY) if k == "title"] == [_CUT]


@pytest.mark.parametrize("crumb", ["الرئيسية اقتصاد", "Home أخبار محلية", "غير مصنف"])
def test_a_crumb_glued_before_the_headline_printed_again_alone(crumb: str) -> None:
    # "CRUMB HEADLINE" then "HEADLINE": the bare headline is the title, the crumb's line nav
    got = blocks(f"{crumb} {_WHOLE}\n\n{_WHOLE}{BODY}")
    assert [t for k, t in got if k == "title"] == [_WHOLE]
    assert ("boilerplate", f"{crumb} {_WHOLE}") in got
    # five words or more before it are no crumb: a kicker line stays the title
    kicker = "في خطوة غير مسبوقة منذ عقود"
    got = blocks(f"{kicker} {_WHOLE}\n\n{_WHOLE}{BODY}")
    assert [t for k, t in got if k == "title"] == [f"{kicker} {_WHOLE}"]


def test_a_headline_opening_like_a_dateline_and_printed_again_is_the_title() -> None:
    line = "سلطنة عمان - افتتاح المنطقة الحرة الجديدة بتكلفة عشرة ملايين"
    text = f"{line}\n\nتاريخ النشر: 31 مارس 2005 - 07:03 GMT\n\n{line}\n\n{P_LEAD}"
    got = blocks(text)
    assert got[0] == ("title", line)
    assert ("boilerplate", line) in got and ("paragraph", P_LEAD) in got
    art = arnews.parse(text)
    assert art.dateline is None
    # said once, the same line is a dateline over its paragraph
    assert arnews.parse(f"{line}\n\n{P_LEAD}").dateline is not None


P_LEAD = "احتفلت الحكومة بوضع حجر الأساس للمنطقة الحرة بحضور عدد من الوزراء والمسؤولين."


# --- the standfirst rule ----------------------------------------------------------------------

TITLE = "افتتاح جسر جديد في البصرة\n"
STANDFIRST = "افتتحت الحكومة المحلية جسرا جديدا يربط ضفتي شط العرب.\n"


def test_standfirst_above_a_dateline_paragraph_is_a_subheading() -> None:
    text = TITLE + STANDFIRST + "البصرة - افتتح المحافظ الجسر بحضور عدد من المسؤولين.\n"
    assert blocks(text)[:2] == [("title", TITLE.strip()), ("subheading", STANDFIRST.strip())]


def test_standfirst_above_a_byline_with_header_lines_between() -> None:
    text = TITLE + "نشر بتاريخ: 6 يناير 2026\n" + STANDFIRST + "كتب - محمد علي\nنص الخبر.\n"
    assert kinds_of(text)[:3] == ["title", "header", "subheading"]


def test_a_bare_counter_under_the_title_is_no_standfirst() -> None:
    # "329": the view counter whose word the scraper dropped, over the reporter's line
    text = TITLE + "329\nالبصرة (رويترز) خاص\nافتتح المحافظ الجسر بحضور عدد من المسؤولين.\n"
    assert blocks(text)[1] == ("boilerplate", "329")


def test_standfirst_without_a_visible_body_start_is_body_text() -> None:
    text = TITLE + STANDFIRST + "وحضر الافتتاح عدد من المسؤولين والوجهاء في المحافظة.\n"
    assert kinds_of(text) == ["title", "paragraph", "paragraph"]


def test_a_lede_above_its_next_sentence_citing_an_agency_is_no_standfirst() -> None:
    # "وفقا لوكالة ... (وام)" opens like a credit line, but its "و" goes on from the lede
    text = TITLE + STANDFIRST + "ووفقا لوكالة أنباء الإمارات (وام)، حضر الافتتاح مسؤولون.\n"
    assert kinds_of(text) == ["title", "paragraph", "paragraph"]


def test_two_sentences_under_the_title_are_body_text() -> None:
    two = "افتتحت الحكومة جسرا جديدا. وحضر الافتتاح عدد من المسؤولين.\n"
    text = TITLE + two + "البصرة - افتتح المحافظ الجسر بحضور عدد من المسؤولين.\n"
    assert kinds_of(text) == ["title", "paragraph", "paragraph"]


DECK = "الحكومة المحلية تعد بإنجاز طرق جديدة تربط أحياء المدينة الشمالية"
LEDE = "وحضر الافتتاح عدد من المسؤولين والوجهاء في المحافظة إلى جانب ممثلين عن الشركات المنفذة."


def test_a_headline_shaped_deck_above_a_closed_sentence_is_a_subheading() -> None:
    text = TITLE + "\n" + DECK + "\n\n" + LEDE + "\n"
    assert blocks(text) == [("title", TITLE.strip()), ("subheading", DECK), ("paragraph", LEDE)]


def test_a_deck_printed_twice_is_one_subheading() -> None:
    text = TITLE + "\n" + DECK + "\n" + DECK + "\n\n" + LEDE + "\n"
    assert kinds_of(text) == ["title", "subheading", "boilerplate", "paragraph"]


@pytest.mark.parametrize(
    "line",
    [
        "افتتاح جسر الشهداء",  # a caption's few words
        "وقالت الوزارة، في بيان، إن المشروع يربط أحياء المدينة",  # a lede's clauses
        "المرحلة الثانية من المشروع تبدأ في 2027 وتشمل الأحياء الشمالية",  # a number in it
    ],
)
def test_no_deck_without_its_shape(line: str) -> None:
    text = TITLE + "\n" + line + "\n\n" + LEDE + "\n"
    assert ("subheading", line) not in blocks(text)


SECTIONED = [
    ("subheading", "تفاصيل المشروع"),
    ("paragraph", "يمتد الجسر على مسافة كيلومترين ويضم أربعة مسارات للسيارات وممرا للمشاة."),
    ("subheading", "كلفة التنفيذ"),
    ("paragraph", "بلغت كلفة المشروع نحو مئة مليون دولار تحملتها الموازنة الاتحادية."),
    ("subheading", "المرحلة المقبلة"),
    ("paragraph", "تعتزم المحافظة إنشاء جسرين آخرين خلال السنوات الثلاث المقبلة."),
]


def test_a_short_line_under_the_title_of_a_sectioned_story_is_its_first_subheading() -> None:
    text = TITLE + "\n".join(line for _, line in SECTIONED) + "\n"
    assert blocks(text) == [("title", TITLE.strip()), *SECTIONED]


@pytest.mark.parametrize(
    "line", ["39 ثانية ago", "وكالة أوقات الجنوب الاخبارية /", "bridge opening"]
)
def test_a_stamp_credit_or_latin_caption_under_the_title_is_no_first_subheading(
    line: str,
) -> None:
    text = TITLE + line + "\n" + "\n".join(t for _, t in SECTIONED[1:]) + "\n"
    assert ("subheading", line.strip(" /")) not in blocks(text)


def test_a_caption_under_the_title_of_a_story_without_subheadings_stays_a_caption() -> None:
    text = TITLE + "افتتاح جسر الشهداء\n" + LEDE + "\n"
    assert kinds_of(text) == ["title", "boilerplate", "paragraph"]


def test_menu_entries_glued_without_spaces_are_no_title() -> None:
    menu = "أخبار محليةأخبار دوليةمقالات الرأيرياضةثقافةصحة وطب"
    text = menu + "\n" + TITLE + LEDE + "\n"
    assert blocks(text)[:2] == [("boilerplate", menu), ("title", TITLE.strip())]


def test_a_headline_with_one_glued_typo_is_still_the_title() -> None:
    headline = "افتتاح جسر جديد في مدينةالبصرة القديمة"
    assert blocks(headline + "\n" + LEDE + "\n")[0] == ("title", headline)


def test_a_headline_said_twice_with_no_break_is_the_title_and_its_repeat() -> None:
    headline = "العطش يضرب أحياء المدينة الشمالية للأسبوع الثالث على التوالي"
    text = f"{headline}{headline}\n\n{LEDE}\n"
    assert blocks(text) == [("title", headline), ("boilerplate", headline), ("paragraph", LEDE)]
    # further down, the same glued line is a photo's caption: never cut in two
    caption = "عمال البلدية يرفعون النفايات من شوارع الحي القديم في المدينة"
    closing = "وأكد المحافظ أن العمل سيستمر حتى إزالة جميع المخلفات من الأحياء المتضررة."
    text = f"{TITLE}\n{LEDE}\n\n{caption}{caption}\n\n{closing}\n"
    assert all(t != caption for _, t in blocks(text))


def test_a_place_and_two_dots_opening_a_headline_is_its_kicker() -> None:
    headline = "البصرة.. افتتاح جسر «شط العرب»"
    assert blocks(headline + "\n" + LEDE + "\n")[0] == ("title", headline)


def test_a_dateline_paragraph_under_the_title_is_not_a_standfirst() -> None:
    text = TITLE + "البصرة - افتتح المحافظ الجسر.\nالبصرة - وحضر الافتتاح مسؤولون.\n"
    assert kinds_of(text) == ["title", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    "menu",
    [
        # a menu of sections and places with no separators between the entries
        "اخبار محلية اخبار بغداد اعلانات منوعات عربي ودولي صور وفيديو",
        # the site's name said twice (its logo's text and alt text), glued or not
        "أخبار الرافدين اليومأخبار الرافدين اليوم",
        "Rafidain Today - الرافدين اليوم Rafidain Today - الرافدين اليوم",
        # interviews, multimedia and arts are sections too
        "أخبار آراء تقارير لقاءات اقتصاد ملتميديا ثقافة و فنون",
    ],
)
def test_a_menu_or_a_doubled_site_name_is_never_the_title(menu: str) -> None:
    headline = "الحكومة تقر خطة جديدة لتطوير البنى التحتية"
    text = f"{menu}\n\n{headline}{BODY}"
    assert title_of(text) == headline
    assert ("boilerplate", clean_text(menu)) in blocks(text)
    # a headline naming a place and a festival stays the title
    festival = "تونس تحتضن مهرجان قرطاج الدولي"
    assert title_of(f"{festival}{BODY}") == festival


@pytest.mark.parametrize(
    "title",
    [
        "بين الأمل واليأس.. المزارعون ينتظرون موسم الأمطار",  # "بين" is no verb of saying
        "1.06 مليار أرباح شركات النقل هذا العام",  # a number opening a headline is no list item
    ],
)
def test_headlines_that_open_like_other_things(title: str) -> None:
    assert title_of(title + BODY) == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("الفرق الطبية تبدأ حملة التلقيح في القرى ..", True),  # a site's closing dots
        ("الفرق الطبية تبدأ حملة التلقيح في القرى…", True),
        # one full stop: a headline only right above a dateline (as BODY opens; see below)
        ("الفرق الطبية تبدأ حملة التلقيح في القرى.", True),
        ("الفرق الطبية تبدأ حملة التلقيح في القرى البعيدة التابعة...", False),  # an excerpt cut
    ],
)
def test_a_short_headline_ending_with_dots(line: str, title: bool) -> None:
    assert (title_of(line + BODY) == line) is title


@pytest.mark.parametrize(
    "body",
    [
        "البصرة: افتتح المحافظ الجسر الجديد بحضور عدد من المسؤولين.",  # a dateline below
        "افتتح المحافظ الجسر الجديد بحضور عدد من المسؤولين والوجهاء في المحافظة.",
    ],
)
def test_an_outlet_alone_under_the_title_is_its_credit_not_a_caption(body: str) -> None:
    art = arnews.parse(f"{TITLE}\nصدى الريف الإخباري\n{body}\n")
    assert [(a.name, a.text) for a in art.agencies] == [(None, "صدى الريف الإخباري")]
    assert [b.kind for b in art.blocks if b.text == "صدى الريف الإخباري"] == ["dateline"]
    assert art.paragraphs[-1].text.startswith("افتتح المحافظ")


def test_a_papers_masthead_tagline_is_no_dateline_and_the_title_follows() -> None:
    # "PAPER - EDITION - TAGLINE" over the paper's address and the headline
    text = (
        "الصباح - طبعة البصرة - عربية يومية دولية مستقلة\n"
        "www.example.iq\n"
        "ميسان.. من النزاعات العشائرية الى الحلول\n\n"
        "لم يمر أسبوع إلا ونسمع عن نزاع عشائري في المحافظة وتتسبب النزاعات في خسائر كبيرة.\n"
    )
    art = arnews.parse(text)
    assert art.dateline is None and art.agencies == ()
    assert art.title is not None and art.title.text == "ميسان.. من النزاعات العشائرية الى الحلول"
    assert art.boilerplate[0].text.endswith("عربية يومية دولية مستقلة")


@pytest.mark.parametrize("site", ["قناة الرافدين الفضائية", "وكالة الساحل للأنباء", "جريدة الوطن"])
def test_the_sites_name_above_the_headline_is_no_title(site: str) -> None:
    headline = "الشرطة تكثف الانتشار الأمني في مواقع الخريف"
    got = blocks(f"{site}\n\n{headline}{BODY}")
    assert got[:2] == [("boilerplate", site), ("title", headline)]
    # alone above the body it is no title either, but the credit the body opens with
    art = arnews.parse(
        f"{site}\n\nأعلنت وزارة الداخلية خطة أمنية جديدة للموسم السياحي في المحافظة."
    )
    assert art.title is None and [a.text for a in art.agencies] == [site]


def test_a_reporters_line_above_the_headline_stays_out_of_the_title() -> None:
    body = "أعلنت وزارة العلوم اليوم زيادة ملحوظة في عدد براءات الاختراع المسجلة خلال العام الحالي."
    art = arnews.parse(f"اسم الكاتب : سعاد حسن\n\nزيادة الاهتمام بالاختراعات في العراق\n\n{body}")
    assert art.byline is not None and art.byline.name == "سعاد حسن"
    assert art.title is not None and art.title.text == "زيادة الاهتمام بالاختراعات في العراق"
    # the writer's office under the name is no headline
    office = arnews.parse(f"الكاتب : سعاد حسن\n\nرئيس تحرير القسم العربي لموقع المدينة\n\n{body}")
    assert office.title is None


@pytest.mark.parametrize(
    "below",
    [
        "الأحد 12 مايو 2024 - 10:15 ص",  # the page's date line
        "كتب: سعاد حسن",  # the reporter's line
        "بغداد - واع",  # the dateline and its credit, alone on their line
        "سعاد حسن",  # the writer's name alone
    ],
)
def test_a_headline_closed_by_a_full_stop_over_the_pages_meta_line(below: str) -> None:
    headline = "جمعية الكشافة تتضامن مع الأسر المعوزة في رمضان بتوزيع سلال غذائية."
    lead = "وزعت جمعية الكشافة في المدينة مئات السلال الغذائية على الأسر المحتاجة خلال الأسبوع."
    art = arnews.parse(f"{headline}\n\n{below}\n\n{lead}\n\n{lead.replace('الأسبوع', 'الشهر')}")
    assert art.title is not None and art.title.text == headline
    # over the body's first paragraph it is the lede, never the title
    assert arnews.parse(f"{headline}\n\n{lead}\n\n{lead.replace('الأسبوع', 'الشهر')}").title is None


def test_a_dateline_and_reporter_line_under_the_title_is_no_caption() -> None:
    body = "افتتح المحافظ اليوم مشروعا جديدا لتطوير الطرق في المحافظة بتكلفة كبيرة."
    text = f"افتتاح مشروع جديد لتطوير الطرق\n\nصلالة – سعاد بن سالم الحلبي –\n\n{body}"
    art = arnews.parse(text)
    assert art.dateline is not None and art.dateline.place_en == "Salalah"
    assert art.byline is not None and art.byline.name == "سعاد بن سالم الحلبي"


def test_a_tickers_headlines_closed_by_dashes_are_no_title() -> None:
    ticker = [
        "أسعار الذهب تواصل الارتفاع -",
        "إغلاق طريق المطار للصيانة -",
        "مهرجان الربيع يبدأ غدا -",
    ]
    title = "افتتاح جسر جديد يربط ضفتي النهر في المدينة"
    text = "أخبار عاجلة\n" + "\n".join(ticker) + f"\n{title}" + BODY
    assert title_of(text) == title
    assert [kind for kind, line in blocks(text) if line in ticker] == ["boilerplate"] * 3
    # a byline and a dateline closed by a dash are no ticker
    signed = f"{title}\nكتب – سامر الحلبي –\nالبصرة – ناصر الخصيبي –" + BODY
    assert "boilerplate" not in kinds_of(signed)


def test_a_bulleted_site_menu_under_the_home_entry_is_nav() -> None:
    menu = ["أخبار المحافظة", "مدينة الزهور", "عربي ودولي", "مقالات", "منوعات"]
    title = "الأهالي يطالبون بتوصيل الصرف الصحي إلى القرية"
    text = "  • الرئيسية\n" + "".join(f"  • {m}\n" for m in menu) + title + BODY
    assert title_of(text) == title
    got = blocks(text)
    assert [kind for kind, line in got if line in menu] == ["boilerplate"] * len(menu)
    # a bulleted list in the body, under no menu entry, stays the article's
    listed = title + BODY + "\n• تأهيل الطرق\n• توسيع المدارس\n"
    assert [kind for kind, line in blocks(listed) if line in ("تأهيل الطرق", "توسيع المدارس")] == [
        "paragraph",
        "paragraph",
    ]


def test_the_title_again_in_other_quotation_marks_is_its_repeat() -> None:
    title = 'عيد الأم ينشط الأسواق.. متسوقون: هدية "ست الحبايب" أولا'
    again = "عيد الأم ينشط الأسواق.. متسوقون: هدية “ست الحبايب” أولا"
    got = blocks(f"{title}\n{again}" + BODY)
    assert got[:2] == [("title", title), ("boilerplate", again)]
