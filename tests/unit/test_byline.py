"""_byline: labelled bylines and the person-name runs of the dateline shapes."""

from __future__ import annotations

import datetime as dt

import pytest

import arnews
from arnews._byline import (
    bare_byline,
    is_function_word,
    read_byline,
    read_label,
    read_name,
)
from arnews._date_tails import date_then_tail
from arnews._fold import fold, fold_key
from arnews._writer_lines import (
    outlet_and_writer,
    outlet_then_writer,
    trailing_byline,
    writer_then_outlet,
)


def _byline(line: str) -> str | None:
    key = fold(line).key
    found = read_byline(key, 0, len(key), True)
    return key[found.start : found.end] if found is not None else None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("كتب - محمد علي", "محمد علي"),
        ("كتب : محمد علي", "محمد علي"),
        ("كتب: محمد علي", "محمد علي"),
        ("كتبت – سعاد الحسيني", "سعاد الحسيني"),
        ("بقلم: د. سعاد علي", "د. سعاد علي"),
        ("بقلم محمد علي", "محمد علي"),  # a strong label needs no separator
        ("تقرير: حسين كريم", "حسين كريم"),
        ("إعداد: ليلى حسن", "ليلى حسن"),
        ("اعداد - ليلى حسن", "ليلى حسن"),
        ("متابعة - أحمد جاسم", "أحمد جاسم"),
        ("كتب - محمد علي - بغداد", "محمد علي"),
        ("من إعداد: ليلى حسن", "ليلى حسن"),  # the label's longer forms
        ("إعداد وإخراج: ليلى حسن", "ليلى حسن"),
        ("جمع وإعداد / ليلى حسن", "ليلى حسن"),
        ("تابعت/ ليلى حسن", "ليلى حسن"),  # "followed (the story)", the feminine verb
        ("كتب - الدكتور محمد علي", "الدكتور محمد علي"),
        ("Written by: Ali Hassan", "Ali Hassan"),
        # two or three writers filling the line, parted by "و", a comma or a dash
        ("كتب: سامر علي و محمد حسن", "سامر علي و محمد حسن"),
        ("كتبت | منى سعيد وليلى حسن و هالة سعيد", "منى سعيد وليلى حسن و هالة سعيد"),
        ("كتب - سامر علي، محمد حسن", "سامر علي، محمد حسن"),
        ("متابعة : زكي العلي – مصطفى حسين", "زكي العلي – مصطفى حسين"),
        # a label after the comma names no second writer; one word after a dash is a place
        ("كتب: سامر علي، مراسل الجزيرة", "سامر علي"),
        ("كتب - محمد علي - بغداد الجديدة", "محمد علي"),
        # a doubled or paired mark after the label
        ("كتبت//منى سعيد", "منى سعيد"),
        ("بقلم:- سامر علي", "سامر علي"),
    ],
)
def test_labelled_bylines(line: str, name: str) -> None:
    assert _byline(line) == fold(name).key


@pytest.mark.parametrize(
    "line",
    [
        "كتب الرئيس على حسابه أن الاجتماع ناجح",  # the verb "wrote" in a sentence
        "تقرير جديد يكشف الأرقام",  # a label word with no separator
        "كتب - محمد علي أن الحكومة ستعمل",  # the name does not end: no separator, no line end
        "متابعة - قال الوزير",  # a saying verb is no name
        "بقلم:",
        "متابعات/ بغداد/ أقام قسم العلاقات العامة ندوة علمية",  # a desk's word and a place
    ],
)
def test_not_bylines(line: str) -> None:
    assert _byline(line) is None


def test_a_label_may_end_the_line_alone_only_when_asked() -> None:
    key = fold("متابعة").key
    assert read_label(key, 0, len(key)) is None
    assert read_label(key, 0, len(key), alone=True) == len(key)


def test_a_name_cut_by_the_window_is_no_name() -> None:
    key = fold("كتب - محمد علي").key
    assert read_byline(key, 0, len(key), False) is None  # the line may go on past the window


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("سعاد علي:", True),  # "علي" (Ali) folds like the preposition "على": allowed inside
        ("محمد بن سلمان -", True),
        ("وزير الخارجية:", False),  # an office opens it
        ("مصادر أمنية:", False),  # an anonymous source
        ("نائب رئيس الوزراء:", False),
        ("الحكومة العراقية:", False),  # a name does not open with the article
        ("قال الوزير:", False),
        ("محمد:", False),  # one word is too little without a label
        ("سعاد علي حسن كريم جاسم:", False),  # five words is too many
    ],
)
def test_unlabelled_names(text: str, ok: bool) -> None:
    key = fold(text).key
    assert (read_name(key, 0, len(key), True, labelled=False) is not None) is ok


def test_function_words_come_from_the_joiners_table() -> None:
    assert is_function_word("في") and is_function_word("قال") and is_function_word("السيد")
    assert is_function_word("وزير") and is_function_word("مصادر")  # from roles.tsv
    assert not is_function_word("وزير", titles=False)
    assert not is_function_word("محمد")


AUTHOR_BODY = "يبدو أن أسعار المحروقات ستبقى مرتفعة لفترة من الوقت بسبب نقص المعروض في الأسواق."


def test_an_authors_name_alone_above_the_body() -> None:
    text = (
        f"أسعار المحروقات\n\nتاريخ النشر : الثلاثاء 11:50 2-6-2026\n\nسعاد الفلاني\n\n{AUTHOR_BODY}"
    )
    art = arnews.parse(text)
    assert art.title is not None and art.title.text == "أسعار المحروقات"
    assert art.byline is not None and art.byline.name == "سعاد الفلاني"
    assert [p.text for p in art.paragraphs] == [AUTHOR_BODY]
    # two words that do not open with a first name are not taken for an author
    art = arnews.parse(text.replace("سعاد الفلاني", "تحليل اقتصادي"))
    assert art.byline is None


def test_a_name_ending_the_dateline_line() -> None:
    art = arnews.parse(f"الدار البيضاء - سعاد الفلاني\n\n{AUTHOR_BODY}")
    assert art.dateline is not None and art.dateline.place_en == "Casablanca"
    assert art.byline is not None and art.byline.name == "سعاد الفلاني"
    assert [p.text for p in art.paragraphs] == [AUTHOR_BODY]
    art = arnews.parse(f"الدار البيضاء - ملعب الوداد\n\n{AUTHOR_BODY}")
    assert art.byline is None


def test_a_writer_and_the_paper_the_piece_ran_in() -> None:
    art = arnews.parse(f"علي الفلاني – النهار اللبنانية\n\n{AUTHOR_BODY}")
    assert art.byline is not None and art.byline.name == "علي الفلاني"
    assert [a.name for a in art.agencies] == ["Annahar"] and art.dateline is None
    art = arnews.parse(f"سامر الفلاني – القدس العربي - {AUTHOR_BODY}")
    assert art.byline is not None and art.byline.name == "سامر الفلاني"
    assert [a.name for a in art.agencies] == ["Al-Quds Al-Arabi"] and art.dateline is None
    assert [p.text for p in art.paragraphs] == [AUTHOR_BODY]


def test_trailing_dots_after_a_labelled_name() -> None:
    art = arnews.parse(f"كتبت – سعاد الفلاني..\n\n{AUTHOR_BODY}")
    assert art.byline is not None and art.byline.name == "سعاد الفلاني"
    assert art.byline.text == "كتبت – سعاد الفلاني.."


def test_an_authors_name_under_the_date_is_no_caption() -> None:
    title = "الدوري الممتاز: المقاولون يخطف فوزا مهما من الجونة"
    for line in ("عاطف الفلاني", "| عبد الهادي الفلاني"):
        art = arnews.parse(f"{title}\nالخميس 4 أبريل 2024 12:31 ص\n{line}\n{AUTHOR_BODY}")
        assert art.byline is not None and art.byline.name == line.lstrip("| "), line
        assert art.boilerplate == ()
    # a person named with a title under the headline is still a caption
    art = arnews.parse(f"{title}\nالرئيس السوري أحمد الفلاني\n{AUTHOR_BODY}")
    assert [b.text for b in art.boilerplate] == ["الرئيس السوري أحمد الفلاني"]


def test_a_name_with_its_place_in_brackets_above_the_body() -> None:
    art = arnews.parse(f"معتز الفلاني (أبوظبي)\n{AUTHOR_BODY}")
    assert art.byline is not None and art.byline.name == "معتز الفلاني"
    assert art.dateline is not None and art.dateline.place_en == "Abu Dhabi"
    assert art.dateline.text == "(أبوظبي)"
    # an unknown word in the brackets is no place
    assert arnews.parse(f"معتز الفلاني (تقرير)\n{AUTHOR_BODY}").dateline is None


_LONG_BODY = (
    "تقام المباراة مساء الجمعة على الملعب الدولي وسط حضور جماهيري كبير منتظر من أنصار "
    "الفريقين، في لقاء يحسم صاحب المركز الأول بعد موسم طويل من المنافسة.\n"
)


@pytest.mark.parametrize(
    ("above", "line"),
    [
        # a teaser and the name alone above it
        (
            "قمة الدوري تحسم ملامح الموسم\n\n"
            "تسعون دقيقة تفصل الفريقين عن حسم اللقب هذا الموسم\n\nسعاد حسن\n\n",
            "كتبت - سعاد حسن",
        ),
        # a contact box between the head and the byline: short lines, no body yet
        (
            "الهاتف:\n\n0123456789 - 0198765432\n\nالعنوان:\n\nشارع الجمهورية - القاهرة\n\n",
            "كتبت: سعاد حسن",
        ),
    ],
)
def test_a_labelled_byline_a_few_lines_below_the_first_body_block(above: str, line: str) -> None:
    art = arnews.parse(f"{above}{line}\n\n{_LONG_BODY}")
    assert art.byline is not None and art.byline.name == "سعاد حسن"
    assert art.byline.text == line
    assert line not in [p.text for p in art.paragraphs]


def test_an_unlabelled_name_far_below_the_body_is_no_byline_unless_it_signs_off() -> None:
    text = (
        "تقام المباراة مساء الجمعة على الملعب الدولي وسط حضور جماهيري كبير منتظر.\n\n"
        "سعاد حسن\n\n"
        "ويأمل الفريقان في حسم اللقب هذا الموسم.\n"
    )
    assert arnews.parse(text).byline is None  # between paragraphs: a name the story holds
    # the body's last line alone: the writer signing off
    signed = arnews.parse(text.replace("سعاد حسن\n\n", "") + "\nسعاد حسن\n")
    assert signed.byline is not None and signed.byline.name == "سعاد حسن"


def test_writers_in_latin_letters_on_the_date_line() -> None:
    # the Anadolu style: the writers, a bar, the date and its update
    text = (
        "البرلمان يهنئ الوكالة بذكرى تأسيسها\n\n"
        "Ayşe Demir, Baybars Can  | 07.04.2024 - محدث : 08.04.2024\n\n"
        "أنقرة/ الأناضول\n\n"
        "هنأ رئيس البرلمان الوكالة بمناسبة الذكرى الـ104 لتأسيسها في رسالة نشرها اليوم.\n"
    )
    art = arnews.parse(text)
    assert art.byline is not None and art.byline.name == "Ayşe Demir, Baybars Can"
    assert text[art.byline.span[0] : art.byline.span[1]] == art.byline.text
    assert art.timestamp is not None and str(art.timestamp.date) == "2024-04-07"
    assert art.updated is not None and str(art.updated.date) == "2024-04-08"
    assert [a.name for a in art.agencies] == ["Anadolu"]
    # Arabic words before a bar are no writers
    plain = arnews.parse("عاجل | 07.04.2024\n\nهنأ رئيس البرلمان الوكالة بمناسبة الذكرى اليوم.")
    assert plain.byline is None


@pytest.mark.parametrize(
    ("author", "date", "update", "updated"),
    [
        ("محرر الموقع", "8 يوليو 2025", "آخر تحديث :", None),
        ("سامي", "12 فبراير 2024", "آخر تحديث : 14 فبراير 2024", "2024-02-14"),
        ("سامي العلي", "3 سبتمبر 2023", "", None),  # the author and the date alone
    ],
)
def test_wordpress_meta_glued_into_one_line(
    author: str, date: str, update: str, updated: str | None
) -> None:
    meta = f"{author}{date}{update}"
    # the author's name, the date and the update label with nothing between them
    text = f"الحكومة تقر خطة النقل الجديدة\n\n{meta}\n\nأقرت الحكومة اليوم خطة جديدة للنقل العام."
    art = arnews.parse(text)
    assert art.byline is not None and art.byline.name == author
    assert art.timestamp is not None and art.timestamp.text == date
    assert text[art.timestamp.span[0] : art.timestamp.span[1]] == art.timestamp.text
    if update:
        assert update in [b.text for b in art.blocks if b.kind in ("header", "boilerplate")]
    assert (art.updated and str(art.updated.date)) == updated
    # a date inside a sentence before the label stays in its paragraph
    prose = "وقال إن الخطة أقرت في 8 يوليو 2025 بعد نقاش طويل في المجلس، آخر تحديث لها كان أمس."
    assert arnews.parse(f"{prose}\n\n{prose}").timestamp is None
    # a number glued to a word in a headline, a date further on: no meta
    headline = "مهرجان الصيف2023 ينطلق في 3 سبتمبر 2023"
    assert arnews.parse(f"{headline}\n{prose}").timestamp is None


@pytest.mark.parametrize(
    ("line", "name"), [("كتب محمد علي", "محمد علي"), ("كتبت سعاد حسن", "سعاد حسن")]
)
def test_a_label_and_a_first_name_with_no_separator_alone_on_the_line(line: str, name: str) -> None:
    art = arnews.parse(f"{line}\n\nأعلنت الوزارة اليوم عن خطة جديدة للنقل في المدينة تشمل الطرق.")
    assert art.byline is not None and art.byline.name == name and art.title is None


def test_a_label_word_before_ordinary_words_is_no_bare_byline() -> None:
    art = arnews.parse("كتب التاريخ المدرسية\n\nأعلنت الوزارة اليوم عن خطة جديدة للمناهج.")
    assert art.byline is None and art.title is not None


def test_a_byline_then_the_date_line_on_one_line() -> None:
    # "بواسطة" labels the writer; the date line left after the name is the page's date
    text = (
        "الحكومة تقر خطة النقل الجديدة\n\n"
        "كتب بواسطة: سعاد حسن | نشر في 12 مايو 2024\n\n"
        "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    )
    art = arnews.parse(text)
    assert art.byline is not None and art.byline.name == "سعاد حسن"
    assert art.timestamp is not None and art.timestamp.text == "12 مايو 2024"
    assert text[art.timestamp.span[0] : art.timestamp.span[1]] == art.timestamp.text
    assert [p.text for p in art.paragraphs] == [text.rsplit("\n\n", 1)[1]]


@pytest.mark.parametrize("tail", ["| كتب: سعاد حسن |", "- كتبت سعاد حسن", "| بقلم: سعاد حسن"])
def test_the_date_line_then_a_byline_on_one_line(tail: str) -> None:
    body = "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    text = f"الحكومة تقر خطة النقل الجديدة\n\nالجمعة 10-03-2017 16:53 {tail}\n\n{body}"
    art = arnews.parse(text)
    assert art.byline is not None and art.byline.name == "سعاد حسن"
    assert art.published_at == dt.datetime(2017, 3, 10, 16, 53)
    assert [p.text for p in art.paragraphs] == [body]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("تم الإرسال في 19/09/2022، 12:50 ص بواسطة سعاد حسن", (2022, 9, 19, 0, 50)),
        ("نشر في 10-03-2017 16:53 | كتب: سعاد حسن", (2017, 3, 10, 16, 53)),
    ],
)
def test_a_labelled_date_then_a_labelled_byline(line: str, when: tuple[int, ...]) -> None:
    body = "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    art = arnews.parse(f"الحكومة تقر خطة النقل الجديدة\n\n{line}\n\n{body}")
    assert art.byline is not None and art.byline.name == "سعاد حسن"
    assert art.published_at == dt.datetime(*when)
    assert art.dateline is None
    assert [p.text for p in art.paragraphs] == [body]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("نشر في: الأحد 12/05/2024 10:45 ص سعاد حسن", "سعاد حسن"),
        ("نشر في: الأحد 12/05/2024 10:45 ص | د. سعاد حسن", "د. سعاد حسن"),
    ],
)
def test_a_labelled_date_then_a_writer_with_no_label(line: str, name: str) -> None:
    body = "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    art = arnews.parse(f"الحكومة تقر خطة النقل الجديدة\n\n{line}\n\n{body}")
    assert art.byline is not None and art.byline.name == name
    assert art.published_at == dt.datetime(2024, 5, 12, 10, 45)
    assert [p.text for p in art.paragraphs] == [body]
    assert art.subheadings == ()


LONG_BODY = (
    "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة وتوسعة محطات"
    " القطار في الأحياء الشمالية والجنوبية خلال العامين المقبلين."
)


def test_a_bare_name_under_the_teaser_and_over_the_body_is_the_byline() -> None:
    teaser = "خطة النقل تشمل خطوط حافلات جديدة"
    art = arnews.parse(f"الحكومة تقر خطة النقل الجديدة\n\n{teaser}\n\nسعاد حسن\n\n{LONG_BODY}")
    assert art.byline is not None and art.byline.name == "سعاد حسن"
    # a roundup whose headings name people: the first name is one of them, no byline
    more = f"\n\nمحمد علي\n\n{LONG_BODY.replace('اليوم', 'أمس')}"
    art = arnews.parse(
        f"الحكومة تقر خطة النقل الجديدة\n\n{teaser}\n\nسعاد حسن\n\n{LONG_BODY}{more}"
    )
    assert art.byline is None


def test_a_sentence_ending_on_the_next_line_with_a_name_like_place_is_no_byline() -> None:
    cut = (
        "وتسببت الأمطار الغزيرة في تشريد عشرات العائلات التي تضررت منازلهم بشكل مباشر جراء "
        "تدفق مياه السيول في كل من تيماوين وبرج"
    )
    text = f"فيضانات تضرب مدينة في الجنوب\n\n{cut}\n\nباجي مختار.\n\n{LONG_BODY}"
    assert arnews.parse(text).byline is None
    # the same name with no full stop, under a closed sentence, is the writer's
    closed = cut + "."
    text = f"فيضانات تضرب مدينة في الجنوب\n\n{closed}\n\nباجي مختار\n\n{LONG_BODY}"
    art = arnews.parse(text)
    assert art.byline is not None and art.byline.name == "باجي مختار"


def test_a_writer_then_a_relative_stamp_on_one_line() -> None:
    body = "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    art = arnews.parse(f"الحكومة تقر خطة النقل الجديدة\n\nسعاد حسن | منذ ٣ أعوام\n\n{body}")
    assert art.byline is not None and art.byline.name == "سعاد حسن"
    assert art.relative is not None and art.relative.amount == 3 and art.relative.unit == "year"
    assert [p.text for p in art.paragraphs] == [body]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("نشر في: 10/09/2025 - سعاد حسن", "author"),
        ("10/09/2025 - سعاد حسن", None),  # no label: a teaser list's item, under its headline
    ],
)
def test_a_writer_with_no_label_after_a_date_needs_the_date_label(
    line: str, role: str | None
) -> None:
    found = date_then_tail(line, 0, len(line), fold_key(line))
    assert (found[2] if found else None) == role


@pytest.mark.parametrize("name", ["سعاد حسن", "إدارة الإعلام"])  # a person or an office
def test_a_label_before_a_writer_and_place_stays_out_of_the_name(name: str) -> None:
    body = "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    art = arnews.parse(f"الحكومة تقر خطة النقل الجديدة\n\nبواسطة {name} - بغداد\n\n{body}")
    assert art.byline is not None and art.byline.name == name
    assert art.dateline is not None and art.dateline.place == "بغداد"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("بواسطة John Smith", "John Smith"),
        ("By Ann Lee", "Ann Lee"),
        ("بواسطة kibaru", "kibaru"),  # a site's user name
        ("كتب محمد علي", "محمد علي"),
        ("BySayed", "Sayed"),  # a theme's "By" glued to the author's name
    ],
)
def test_a_label_then_a_name_with_no_separator(line: str, name: str) -> None:
    body = "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    text = f"الحكومة تقر خطة النقل الجديدة\n\n{line}\n\n{body}"
    art = arnews.parse(text)
    assert art.byline is not None and art.byline.name == name
    assert text[slice(*art.byline.span)].endswith(name)
    assert [p.text for p in art.paragraphs] == [body]


@pytest.mark.parametrize(
    "line", ["بواسطة the team", "By pressing the button", "كتب التاريخ المدرسي"]
)
def test_a_label_then_words_that_are_no_name(line: str) -> None:
    key = fold(line).key
    assert bare_byline(key) is None


@pytest.mark.parametrize(
    "line", ["(إعداد: ليلى حسن)", "(من إعداد وإخراج: ليلى حسن)", "ـ كتب : ليلى حسن"]
)
def test_a_byline_line_in_brackets_or_after_a_dash(line: str) -> None:
    body = "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    text = f"الحكومة تقر خطة النقل الجديدة\n\n{line}\n\n{body}"
    art = arnews.parse(text)
    assert art.byline is not None and art.byline.name == "ليلى حسن"
    assert [p.text for p in art.paragraphs] == [body]


@pytest.mark.parametrize("source", ["وسائل الإعلام", "مصادر مطلعة"])
def test_an_anonymous_source_after_the_place_is_no_writer(source: str) -> None:
    body = "تحول المشهد في الشارع بعد القرار الأخير للحكومة بشأن أسعار الوقود في البلاد."
    art = arnews.parse(f"الحكومة تقر خطة النقل الجديدة\n\nالقاهرة: {source}: {body}")
    assert art.byline is None
    assert art.dateline is not None and art.dateline.place == "القاهرة"


@pytest.mark.parametrize("cut", ["علي ا", "أحمد ب"])
def test_a_name_cut_short_under_the_body_signs_nothing(cut: str) -> None:
    lead = "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    body = "وقال الوزير إن الخطة ستنفذ على مراحل خلال العامين المقبلين في كل المحافظات."
    art = arnews.parse(f"الحكومة تقر خطة النقل الجديدة\n\n{lead}\n\n{body}\n\n{cut}")
    assert art.byline is None


def test_a_wordpress_author_line_under_the_body_signs_it() -> None:
    lead = "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    body = "وقال الوزير إن الخطة ستنفذ على مراحل خلال العامين المقبلين في كل المحافظات."
    text = f"الحكومة تقر خطة النقل الجديدة\n\n{lead}\n\n{body}\n\nBy hafida\n\nاترك تعليقاً"
    art = arnews.parse(text)
    assert art.byline is not None and art.byline.name == "hafida"
    assert [p.text for p in art.paragraphs] == [lead, body]


# --- an outlet's name and its writer's on one line --------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet", "name"),
    [
        ("البديل ـــ أحمد السعدي", "البديل", "أحمد السعدي"),  # a run of tatweels as the dash
        ("صوت المدينة - محمد الحلبي/", "صوت المدينة", "محمد الحلبي"),  # a slash closes the name
        ("المرصد– خالد العبيدي", "المرصد", "خالد العبيدي"),
        # after an outlet the tables know, a colon or the writer's initial tells a name with no
        # first name of the lexicon from a place
        ("إشراقة نيوز: بوسلهام الكريني", "إشراقة نيوز", "بوسلهام الكريني"),
        ("هبة بريس- ع محياوي", "هبة بريس", "ع محياوي"),
        ("هبة بريس - م. الدكالي", "هبة بريس", "م. الدكالي"),
        # ... or a slash, after an outlet of up to four words
        ("فضاء الأطلس المتوسط نيوز/ محمد عبيد", "فضاء الأطلس المتوسط نيوز", "محمد عبيد"),
        # the writer first, then the outlet (writer_then_outlet)
        ("سامر الحسيني - السفير", "السفير", "سامر الحسيني"),  # a paper known in credit position
        ("علي سفر-شام برس", "شام برس", "علي سفر"),  # an outlet known by its shape
        ("عبدالله البرقاوي - سبق :", "سبق", "عبدالله البرقاوي"),  # the mark after the outlet
        # before a known outlet, a father's name second tells a person from a place
        ("أشرف محمد – كووورة", "كووورة", "أشرف محمد"),
    ],
)
def test_an_outlet_and_its_writer(line: str, outlet: str, name: str) -> None:
    key = fold(line).key
    found = outlet_and_writer(key)
    assert found is not None
    (start, end), writer = found
    assert key[start:end] == fold(outlet).key and key[writer.start : writer.end] == fold(name).key


def test_an_outlet_known_by_its_shape_then_its_reporter_opening_the_body() -> None:
    body = "اشتكى سكان الحي من انقطاع المياه منذ أسبوع كامل دون أي تحرك من الجهات المعنية."
    art = arnews.parse(f"الحكومة تعد بحل أزمة المياه\n\nصدى نيوز _ سامر علي | {body}")
    assert [a.text for a in art.agencies] == ["صدى نيوز"]
    assert art.byline is not None and art.byline.name == "سامر علي"
    assert [p.text for p in art.paragraphs] == [body]


@pytest.mark.parametrize(
    "line",
    [
        "محمد كاظم – بائع، لوكالة المدار الإخبارية:",  # a speaker, his role and whom he told
        "محمد صلاح - ليفربول",  # a club, no outlet
        "سامر الحسيني - بغداد",  # a place
        "مظاهرات طلابية - أ ف ب",  # a caption's words, no name
        "بئر علي - رويترز",  # "علي" second folds like "على": no father's name
    ],
)
def test_lines_that_are_no_writer_then_outlet(line: str) -> None:
    assert writer_then_outlet(fold(line).key) is None


@pytest.mark.parametrize("where", ["top", "below_lead", "closing"])
def test_a_writer_and_outlet_line_is_the_byline_wherever_it_stands(where: str) -> None:
    lead = "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    body = "وقال الوزير إن الخطة ستنفذ على مراحل خلال العامين المقبلين في كل المحافظات."
    line = "علي سفر-شام برس"
    parts = {
        "top": [line, lead, body],
        "below_lead": [lead, line, body],
        "closing": [lead, body, line],
    }[where]
    text = "الحكومة تقر خطة النقل الجديدة\n\n" + "\n\n".join(parts)
    art = arnews.parse(text)
    assert art.byline is not None and art.byline.name == "علي سفر"
    assert text[slice(*art.byline.span)].startswith("علي سفر")
    assert [a.text for a in art.agencies] == ["شام برس"]
    # a lead right above the byline line is the standfirst
    kept = [b.text for b in art.blocks if b.kind in ("paragraph", "subheading")]
    assert kept == [lead, body]


@pytest.mark.parametrize(
    "line",
    [
        "بغداد - محمد علي",  # a known place: a dateline and its reporter
        "كتب - محمد علي",  # a label
        "سامر علي - محمد حسن",  # two people
        "حكم الساحة: محمد علي",  # a colon after words names a role
        "الحكومة - محمد علي يقول إن الخطة جاهزة",  # the name does not fill the line
        "الفريق الأول - سامي العلي",  # "سامي" is no first name of the lexicon
        "هبة بريس- عين حرودة",  # after a dash, no initial: a place the gazetteer may not know
        "الساحل الشرقي: بوسلهام الكريني",  # a colon after words that are no outlet's
        "هسبريس: سيدي بنور",  # a known place after the colon
        "الجديد برس : متابعة إخبارية",  # a desk's label
        "الاخبار : أخبار وطنية",  # a section, opening like an outlet
        "يمن مونيتور/ قسم الأخبار",  # the desk
        "المنارة نت / سبأ نت",  # two outlets
    ],
)
def test_lines_that_are_no_outlet_and_writer(line: str) -> None:
    assert outlet_then_writer(fold(line).key) is None


@pytest.mark.parametrize(
    "head",
    [
        "صوت المدينة - محمد الحلبي\n\n",  # the page's first line: never its title
        "الحكومة تقر خطة النقل الجديدة\nصوت المدينة - محمد الحلبي\n\n",  # under the title
        # below a teaser, above the body
        "الحكومة تقر خطة النقل الجديدة\n\nالخطة تشمل خطوط حافلات جديدة في العاصمة والضواحي"
        " وتبدأ مطلع العام المقبل بعد موافقة البرلمان عليها في جلسة خاصة.\n\n"
        "صوت المدينة - محمد الحلبي\n\n",
    ],
)
def test_an_outlet_and_its_writer_above_the_body(head: str) -> None:
    body = "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    art = arnews.parse(head + body)
    assert art.byline is not None and art.byline.name == "محمد الحلبي"
    assert [a.text for a in art.agencies] == ["صوت المدينة"]
    assert art.title is None or art.title.text == "الحكومة تقر خطة النقل الجديدة"


# --- a byline glued to the end of the headline -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "title", "name"),
    [
        (
            "حزن يسود شوارع المدينة بعد الفيضان… كتب: سامر يونس",
            "حزن يسود شوارع المدينة بعد الفيضان",
            "سامر يونس",
        ),
        (
            "وداعا للعزلة يا جزيرة الأحلام. بقلم: سعيد الجابري",
            "وداعا للعزلة يا جزيرة الأحلام",
            "سعيد الجابري",
        ),
        # no separator after the label: the name opens with a first name of the lexicon
        (
            "أرقام الموسم الزراعي نستعرضها في التقرير -تقرير محمد المختار",
            "أرقام الموسم الزراعي نستعرضها في التقرير",
            "محمد المختار",
        ),
        # "بقلم:" needs no mark before it
        (
            "سوق الخضار في المدينة وفرة سلع وغلاء جشع بقلم:- سامر يونس",
            "سوق الخضار في المدينة وفرة سلع وغلاء جشع",
            "سامر يونس",
        ),
    ],
)
def test_a_byline_glued_to_the_headline(line: str, title: str, name: str) -> None:
    body = "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    art = arnews.parse(f"{line}\n\n{body}")
    assert art.title is not None and art.title.text == title
    assert art.byline is not None and art.byline.name == name
    assert [p.text for p in art.paragraphs] == [body]


@pytest.mark.parametrize(
    "line",
    [
        "أرقام الموسم الزراعي نستعرضها في التقرير - تقرير خاص بالموقع",  # no person's name
        "المدينة تغرق. كتب: سامر",  # one word is no name
        "أمطار. كتب: سامر يونس",  # too little before it for a headline
        "وقال الوزير إن الحكومة ماضية في خطتها. كتب الشاعر قصيدة عن المدينة وأهلها",  # a sentence
        "قصة نجاح صغيرة في مدينة كبيرة تحكي عن بقلم الرصاص والورق",  # no colon after "بقلم"
    ],
)
def test_no_byline_glued_to_these_lines(line: str) -> None:
    assert trailing_byline(fold(line).key) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("كتب محمد علي - أصدرت مديرية الأمن العام بيانا حول الحادث.", "محمد علي"),
        ("كتابة سعد إبراهيم: أصدرت مديرية الأمن العام بيانا حول الحادث.", "سعد إبراهيم"),
        ("كتب محمد علي، وزير الخارجية السابق، مقالا عن الأزمة.", None),  # a sentence
        ("كتب الوزير في تغريدة أن الاجتماع كان ناجحا.", None),  # no first name after the label
    ],
)
def test_a_label_and_a_first_name_then_a_dash_and_the_body(line: str, name: str | None) -> None:
    art = arnews.parse(f"{line}\n\nوأضاف البيان أن التحقيقات مستمرة في الحادث.")
    assert (art.byline.name if art.byline else None) == name


@pytest.mark.parametrize(
    ("line", "name", "when"),
    [
        ("عبد الكريم العلي 29 فبراير 2024", "عبد الكريم العلي", dt.datetime(2024, 2, 29)),
        ("سعاد حسن • ٢٢ يناير ٢٠٢٣", "سعاد حسن", dt.datetime(2023, 1, 22)),
        ("محمد علي - 29 فبراير 2024 10:30", "محمد علي", dt.datetime(2024, 2, 29, 10, 30)),
    ],
)
def test_a_writer_then_the_date_on_one_line(line: str, name: str, when: dt.datetime) -> None:
    body = "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    text = f"الحكومة تقر خطة النقل الجديدة\n{line}\n\n{body}"
    art = arnews.parse(text)
    assert art.byline is not None and art.byline.name == name
    assert art.published_at == when
    assert [p.text for p in art.paragraphs] == [body]


def test_words_that_are_no_writer_before_a_date_make_no_byline() -> None:
    body = "أقرت الحكومة اليوم خطة جديدة للنقل العام في العاصمة تشمل خطوط حافلات جديدة."
    art = arnews.parse(f"الحكومة تقر خطة النقل الجديدة\nوزير الخارجية 29 فبراير 2024\n\n{body}")
    assert art.byline is None
