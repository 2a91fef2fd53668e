"""Line segmentation keeps every non-white-space character; line shapes read right."""

from __future__ import annotations

import pytest

from arnews._segment import count_words, ending, find_lines, first_word, last_word, norm_key


def test_lines_are_trimmed_and_gaps_recorded() -> None:
    text = "  أول سطر \n\n\tثاني\r\nثالث\r\rرابع\u2028خامس"
    lines = find_lines(text)
    assert [text[ln.start : ln.end] for ln in lines] == ["أول سطر", "ثاني", "ثالث", "رابع", "خامس"]
    assert [ln.gap_before for ln in lines] == [False, True, False, True, False]


def test_bidi_marks_at_line_edges_stay_inside_the_line() -> None:
    text = "\u200fعنوان\u200e\n"
    (line,) = find_lines(text)
    assert text[line.start : line.end] == "\u200fعنوان\u200e"


def test_blank_text_has_no_lines() -> None:
    assert find_lines(" \n\t\r\n ") == []


# --- line shapes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("أسرار عسكرية", "open"),
        ("وأكد أن العمل سيستمر.", "stop"),
        ("انتظروا المزيد…", "stop"),
        ("هل تنجح الوساطة؟", "question"),
        ("وتضمنت المطالب:", "colon"),
        ("وقال المتحدث،", "comma"),
        ('قال الوزير: "لن نتراجع"', "quote"),
        ('وختم بالقول: "سنعود."', "stop"),  # the stop inside the quote closes the sentence
        ("غارات على الموصل (فيديو)", "paren"),
        ("وسط المدينة. (د ب أ)", "stop"),  # a closing credit after the full stop
        ("", "open"),
    ],
)
def test_ending(key: str, expected: str) -> None:
    assert ending(key) == expected


def test_norm_key_drops_edge_punctuation_case_and_extra_spaces() -> None:
    assert norm_key("  (ارشيفيه)  ") == "ارشيفيه"
    assert norm_key("Share  THIS:") == "share this"
    assert norm_key("***") == ""


def test_words_count_tokens_with_a_letter_or_digit() -> None:
    assert count_words("بغداد - أعلنت الوزارة") == 3
    assert count_words("منذ 46 دقيقة") == 3
    assert count_words("- | -") == 0
    assert count_words("كلمة " * 100) == 100  # estimated past 200 characters, still right here


def test_first_and_last_word() -> None:
    assert first_word("«وقال» المتحدث") == "وقال"
    assert last_word("وقال المتحدث في") == "في"
    assert last_word("وقال المتحدث في.") == ""  # punctuation after it: the sentence ended
