"""The matching fold and digit normalisation keep the caller's offsets."""

from __future__ import annotations

import regex

from arnews import normalize_digits
from arnews._fold import clean_text, fold, fold_word


def _words(text: str) -> list[tuple[str, str]]:
    folded = fold(text)
    out = []
    for m in regex.finditer(r"\S+", folded.key):
        start, end = folded.span(m.start(), m.end())
        out.append((m.group(), text[start:end]))
    return out


def test_normalize_digits_every_script() -> None:
    assert normalize_digits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹") == "0123456789 0123456789"


def test_normalize_digits_separators_only_between_digits() -> None:
    assert normalize_digits("١٢٫٥ و٣٬٠٠٠ ٪٥") == "12.5 و3,000 %5"
    assert normalize_digits("كلمة٫ أخرى٬") == "كلمة٫ أخرى٬"


def test_normalize_digits_keeps_length_and_letters() -> None:
    text = "نُشر في ٦ يناير ٢٠٢٦، الساعة ١٠:٣٠ — أ"
    out = normalize_digits(text)
    assert len(out) == len(text)
    assert out == "نُشر في 6 يناير 2026، الساعة 10:30 — أ"


def test_alef_ya_ta_marbuta_fold_for_matching() -> None:
    assert fold("أإآٱ ى ة").key == "اااا ي ه"


def test_persian_and_kurdish_letters_fold() -> None:
    assert fold("کوردستان هەولێر").key == "كوردستان ههولير"  # ە is Kurdish "e", written as ه


def test_harakat_tatweel_and_bidi_drop_but_spans_cover_the_original() -> None:
    text = "\u200fأَيّـــار\u200e ٢٠٢٦"
    assert _words(text) == [("ايار", "أَيّـــار"), ("2026", "٢٠٢٦")]


def test_trailing_tanween_belongs_to_the_word() -> None:
    assert _words("يوماً واحداً") == [("يوما", "يوماً"), ("واحدا", "واحداً")]


def test_standalone_tatweel_is_a_dash() -> None:
    assert fold("الخرطوم ـ اليوم التالي").key == "الخرطوم - اليوم التالي"
    assert fold("هـ").key == "ه"


def test_unicode_spaces_become_space_and_zwnj_is_ignored() -> None:
    assert fold("كانون\u00a0الثاني").key == "كانون الثاني"
    assert fold("می\u200cخواهم").key == "ميخواهم"


def test_presentation_forms_fold_to_letters() -> None:
    text = "ﻻ ﺑﻐﺪاد"
    assert fold(text).key == "لا بغداد"
    assert _words(text) == [("لا", "ﻻ"), ("بغداد", "ﺑﻐﺪاد")]


def test_fold_of_a_region_reports_offsets_in_the_whole_text() -> None:
    text = "مقدمة ثم \u200fأربيل"
    start = text.index("\u200f")
    folded = fold(text, start)
    assert folded.key == "اربيل"
    s, e = folded.span(0, len(folded.key))
    assert text[s:e] == "أربيل"


def test_fold_word_strips_edges_and_squeezes_spaces() -> None:
    assert fold_word(" «كانون   الثاني»، ") == "كانون الثاني"


def test_clean_text_drops_bidi_and_squeezes_white_space() -> None:
    assert clean_text("\u200f  أربيل \n\t (كوردستان24)\u200e ") == "أربيل (كوردستان24)"


def test_tatweel_split_by_a_haraka_still_lengthens_the_letter() -> None:
    # Found by hypothesis: "ـًـ" after a letter is one stretched letter, not a dash.
    assert fold("أكتوبـًـر").key == "اكتوبر"
    assert fold("بـــًــــــر ـ كلمة").key == "بر - كلمه"


def test_tatweel_after_a_bidi_mark_inside_a_word_still_lengthens_the_letter() -> None:
    # Found by hypothesis: "أكتوب\u200fـر" is one word with a stray mark, not "أكتوب-ر".
    assert fold("أكتوب\u200fـر").key == "اكتوبر"
    assert fold("دهوك \u200fـ اليوم").key == "دهوك - اليوم"
