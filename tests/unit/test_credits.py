"""_credits: splitting a credit into agencies, closing lines, trailing credits, captions."""

from __future__ import annotations

import pytest

import arnews
from arnews._credits import (
    closing_line,
    credit_spans,
    is_caption,
    make_agencies,
    outlet_shaped,
    self_credit,
    trailing_credit,
)
from arnews._fold import fold
from arnews._places import lookup_agency


def _names(text: str) -> list[tuple[str | None, str]]:
    folded = fold(text)
    spans = credit_spans(folded.key, 0, len(folded.key))
    return [(a.name, a.text) for a in make_agencies(folded, spans)]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("رويترز", [("Reuters", "رويترز")]),
        ("رويترز، أ ف ب", [("Reuters", "رويترز"), ("AFP", "أ ف ب")]),
        ("رويترز, أ.ف.ب", [("Reuters", "رويترز"), ("AFP", "أ.ف.ب")]),
        ("رويترز - أ ف ب", [("Reuters", "رويترز"), ("AFP", "أ ف ب")]),
        ("رويترز / د ب أ", [("Reuters", "رويترز"), ("dpa", "د ب أ")]),
        ("الجزيرة + وكالات", [("Al Jazeera", "الجزيرة"), ("Agencies", "وكالات")]),
        ("رويترز وأ ف ب", [("Reuters", "رويترز"), ("AFP", "أ ف ب")]),
        ("أ ف ب ورويترز", [("AFP", "أ ف ب"), ("Reuters", "رويترز")]),
        ("وكالة الأنباء العراقية واع", [("INA", "وكالة الأنباء العراقية واع")]),
        ("إيتار-تاس", [("TASS", "إيتار-تاس")]),  # an unspaced dash is part of the name
        ("وام", [("WAM", "وام")]),  # a credit-only spelling counts in credit position
        ("موقع الوزارة", [(None, "موقع الوزارة")]),
        ("رويترز، موقع الوزارة", [("Reuters", "رويترز"), (None, "موقع الوزارة")]),
    ],
)
def test_credit_spans_split_and_look_up(
    credit: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _names(credit) == expected


def test_agency_spans_slice_the_original_text() -> None:
    text = "\u200fرويـــترز، أ ف ب"  # bidi mark and tatweel inside the name
    folded = fold(text)
    agencies = make_agencies(folded, credit_spans(folded.key, 0, len(folded.key)))
    assert [a.name for a in agencies] == ["Reuters", "AFP"]
    assert [text[a.span[0] : a.span[1]] for a in agencies] == ["رويـــترز", "أ ف ب"]


@pytest.mark.parametrize(
    ("line", "kind", "texts"),
    [
        ("(أ ف ب)", "credit", ["أ ف ب"]),
        ("[رويترز]", "credit", ["رويترز"]),
        ("وكالات", "credit", ["وكالات"]),
        ("رويترز، أ ف ب", "credit", ["رويترز", "أ ف ب"]),
        ("المصدر: رويترز", "source", ["رويترز"]),
        ("المصدر : (وكالات)", "source", ["وكالات"]),
        ("مصدر الخبر: وكالة الأنباء الكويتية", "source", ["وكالة الأنباء الكويتية"]),
        ("المصدر - موقع الحكومة", "source", ["موقع الحكومة"]),
        ("الرباط اليوم: متابعة", "credit", ["الرباط اليوم"]),
        ("شفق نيوز - متابعة", "credit", ["شفق نيوز"]),
        # the desk's word after the credit names no second agency
        ("المصدر : الساحل برس - متابعات", "source", ["الساحل برس"]),
        ("المصدر: وكالات - رصد", "source", ["وكالات"]),
    ],
)
def test_closing_lines(line: str, kind: str, texts: list[str]) -> None:
    key = fold(line).key
    found = closing_line(key)
    assert found is not None and found[0] == kind
    assert [key[s:e] for s, e in found[1]] == [fold(t).key for t in texts]


@pytest.mark.parametrize(
    "line",
    [
        "(انتهى)",  # an end marker
        "(فيديو)",
        "وام",  # a credit-only word alone is not a credit line
        "الاتحاد",
        "المصدر: قال الوزير في بيانه إن الحكومة ستعمل",  # a sentence, not a source
        "شارك الخبر",
        "وزير الخارجية: متابعة",  # a title word is no outlet
        "متابعة الأخبار العاجلة",
    ],
)
def test_not_closing_lines(line: str) -> None:
    assert closing_line(fold(line).key) is None


def test_self_credit_needs_the_label_to_end_the_line() -> None:
    key = fold("الرباط اليوم: متابعة").key
    assert self_credit(key, 0, len(key)) == ((0, 12), len(key))
    key = fold("الرباط اليوم: متابعة الأخبار").key
    assert self_credit(key, 0, len(key)) is None


@pytest.mark.parametrize(
    ("text", "body", "names"),
    [
        ("وقال إنه سيعود. (د ب أ)", "وقال إنه سيعود.", ["dpa"]),
        ("وقال إنه سيعود.(رويترز)", "وقال إنه سيعود.", ["Reuters"]),
        ("وقال: «سنعود». (أ ف ب)", "وقال: «سنعود».", ["AFP"]),
        ("وقال: «سنعود.» [رويترز]", "وقال: «سنعود.»", ["Reuters"]),
        ("هل يعود؟ (رويترز، أ ف ب)", "هل يعود؟", ["Reuters", "AFP"]),
        ("وقال إنه سيعود. (وام)", "وقال إنه سيعود.", ["WAM"]),
    ],
)
def test_trailing_credit(text: str, body: str, names: list[str]) -> None:
    found = trailing_credit(text, 0, len(text))
    assert found is not None
    cut, bracket, agencies = found
    assert text[:cut] == body and text[bracket] in "([/{"
    assert [a.name for a in agencies] == names


@pytest.mark.parametrize(
    "text",
    [
        "جنود في الشارع (أ ف ب)",  # a caption: no sentence end before the credit
        "وقال إنه سيعود. (انتهى)",  # unknown bracket content
        "وقال إنه سيعود. (موقع الوزارة)",
        "وقال إنه سيعود (رويترز) إلى بغداد.",  # a mention inside the sentence
        "وقال إنه سيعود.",
    ],
)
def test_no_trailing_credit(text: str) -> None:
    assert trailing_credit(text, 0, len(text)) is None


def test_trailing_credit_looks_only_at_the_end() -> None:
    text = "كلمة " * 20000 + "انتهى الاجتماع. (رويترز)"
    found = trailing_credit(text, 0, len(text))
    assert found is not None and found[2][0].span == (len(text) - 7, len(text) - 1)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("جنود في الشارع (أ ف ب)", True),
        ("متطوعون يبحثون بين الركام (رويترز)", True),
        ("الشارقة (الاتحاد)", False),  # a dateline line
        ("قال الوزير إنه سيعود. (رويترز)", False),  # a closing credit
        ("جنود في الشارع (صورة)", False),
    ],
)
def test_is_caption(line: str, caption: bool) -> None:
    assert is_caption(fold(line).key) is caption


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("AA", "Anadolu"),
        ("AFP", "AFP"),
        ("Kuna", "KUNA"),  # an aggregator's source line in title case
        ("Aa", None),  # a font-size button
        ("aa", None),
        ("afp", None),
    ],
)
def test_latin_initials_name_an_agency_only_in_capitals(word: str, name: str | None) -> None:
    found = lookup_agency(word)
    assert (found.name if found else None) == name
    art = arnews.parse(
        f"الحكومة تقر خطة النقل الجديدة\n\n• {word}\n\nأقرت الحكومة اليوم خطة للنقل."
    )
    assert [a.name for a in art.agencies if a.text == word] == ([name] if name else [])


def test_a_known_place_under_a_source_label_is_no_source() -> None:
    # "المصدر : PLACE - NAME": a dateline and its reporter under the label, no credits
    assert closing_line(fold("المصدر : عرعر - سعاد الحلبي").key) is None
    found = closing_line(fold("المصدر : صحيفة الساحل - وكالات").key)
    assert found is not None and found[0] == "source"


@pytest.mark.parametrize("mark", ["- ", "• ", "* "])
def test_a_source_line_in_a_meta_list_keeps_its_credit(mark: str) -> None:
    key = fold(f"{mark}المصدر: شبكة الساحل").key
    found = closing_line(key)
    assert found is not None and found[0] == "source"
    assert [key[s:e] for s, e in found[1]] == [fold("شبكة الساحل").key]
    art = arnews.parse(
        f"{mark}المصدر: رويترز\n- 5840 قراءة\nالحكومة تقر خطة النقل\n\nأقرت الحكومة خطة للنقل."
    )
    assert [a.name for a in art.agencies] == ["Reuters"]


@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("البحر24", True),  # the "24" mark of outlet_marks.tsv glued to the name
        ("هبة24", True),
        ("كوفيد19", False),  # a number that is no outlet mark
        ("ب24", False),  # a stem too short for a name
        ("2024", False),
    ],
)
def test_a_number_mark_glued_to_one_word(word: str, shaped: bool) -> None:
    assert outlet_shaped(fold(word).key) is shaped
