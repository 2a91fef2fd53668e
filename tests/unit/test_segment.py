"""Line segmentation keeps every non-white-space character."""

from __future__ import annotations

from arnews._segment import find_lines


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
