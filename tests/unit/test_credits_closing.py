"""_closing: the end of the body, read in place."""

from __future__ import annotations

import arnews
from arnews._closing import find_closing, is_caption_block
from arnews._structure import RawBlock


def _blocks(text: str, kinds: list[str]) -> list[RawBlock]:
    out = []
    pos = 0
    for line, kind in zip(text.split("\n"), kinds, strict=True):
        out.append(RawBlock(kind, pos, pos + len(line)))
        pos += len(line) + 1
    return out


def test_credits_in_document_order_and_blocks_recut_in_place() -> None:
    text = "وقال الوزير إنه سيعود. (رويترز)\nالمصدر: وكالات\nشارك الخبر"
    blocks = _blocks(text, ["paragraph", "boilerplate", "boilerplate"])
    closing = find_closing(text, blocks, 0)
    assert [a.name for a in closing.agencies] == ["Reuters", "Agencies"]
    assert [b.kind for b in blocks] == ["paragraph", "byline", "boilerplate", "boilerplate"]
    assert text[blocks[0].start : blocks[0].end] == "وقال الوزير إنه سيعود."


def test_lines_after_the_body_become_byline_blocks() -> None:
    text = "وقال الوزير إنه سيعود.\nإعداد: سعاد علي\n(أ ف ب)"
    blocks = _blocks(text, ["paragraph", "paragraph", "paragraph"])
    closing = find_closing(text, blocks, 0)
    assert closing.byline is not None and closing.byline.name == "سعاد علي"
    assert [a.name for a in closing.agencies] == ["AFP"]
    assert [b.kind for b in blocks] == ["paragraph", "byline", "byline"]


def test_the_first_body_paragraph_is_never_taken_for_a_closing_line() -> None:
    text = "وكالات"
    blocks = _blocks(text, ["paragraph"])
    assert find_closing(text, blocks, 0).agencies == () and blocks[0].kind == "paragraph"


def test_a_caption_after_the_body_is_skipped_and_the_paragraph_before_read() -> None:
    text = "وقال الوزير إنه سيعود. (د ب أ)\nمتطوعون يبحثون بين الركام (أ ف ب)"
    blocks = _blocks(text, ["paragraph", "paragraph"])
    assert is_caption_block(text, blocks[1])
    assert [a.name for a in find_closing(text, blocks, 0).agencies] == ["dpa"]


def test_a_lone_credit_that_is_also_a_word_counts_under_the_body() -> None:
    text = "وقال الوزير إنه سيعود.\nوفا"
    blocks = _blocks(text, ["paragraph", "paragraph"])
    assert [a.name for a in find_closing(text, blocks, 0).agencies] == ["WAFA"]
    assert [b.kind for b in blocks] == ["paragraph", "byline"]
    # the same word inside a short closing sentence stays text
    text = "وقال الوزير إنه سيعود.\nوفا الوعد"
    blocks = _blocks(text, ["paragraph", "paragraph"])
    assert find_closing(text, blocks, 0).agencies == ()


def test_a_known_credit_then_the_paper_that_printed_it() -> None:
    text = "وقال الوزير إنه سيعود.\nسانا – البعث"
    blocks = _blocks(text, ["paragraph", "paragraph"])
    closing = find_closing(text, blocks, 0)
    assert [(a.name, a.text) for a in closing.agencies] == [("SANA", "سانا"), (None, "البعث")]
    # a place after the credit is no paper, and the unknown part never comes first
    for line in ("سانا – دمشق", "البعث – سانا", "سانا – قال الوزير"):
        text = f"وقال الوزير إنه سيعود.\n{line}"
        blocks = _blocks(text, ["paragraph", "paragraph"])
        assert find_closing(text, blocks, 0).agencies == (), line


def test_an_editors_number_after_the_closing_credit_is_no_credit() -> None:
    # the Omani agency's style: the credit, a slash and the editor's number
    text = "وشهد الحفل تكريم عدد من الشعراء.\nالعمانية/179"
    blocks = _blocks(text, ["paragraph", "paragraph"])
    closing = find_closing(text, blocks, 0)
    assert [(a.name, a.text) for a in closing.agencies] == [("ONA", "العمانية")]


def test_a_writers_name_alone_on_the_last_line_signs_the_body_off() -> None:
    text = "وقال الوزير إنه سيعود الأسبوع المقبل.\nسعاد الحلبي"
    blocks = _blocks(text, ["paragraph", "paragraph"])
    closing = find_closing(text, blocks, 0)
    assert closing.byline is not None and closing.byline.name == "سعاد الحلبي"
    assert text[closing.byline.span[0] : closing.byline.span[1]] == "سعاد الحلبي"
    assert [b.kind for b in blocks] == ["paragraph", "byline"]


def test_no_sign_off_without_a_first_name_or_above_the_last_line() -> None:
    # no first name of the lexicon: a short closing sentence
    text = "وقال الوزير إنه سيعود الأسبوع المقبل.\nالمدينة القديمة"
    blocks = _blocks(text, ["paragraph", "paragraph"])
    assert find_closing(text, blocks, 0).byline is None
    # a name above the last line is the story's, not a signature
    text = "وقال الوزير إنه سيعود.\nسعاد الحلبي\nوأضاف أن الزيارة ستشمل المحافظات."
    blocks = _blocks(text, ["paragraph", "paragraph", "paragraph"])
    assert find_closing(text, blocks, 0).byline is None


def test_a_sign_off_naming_the_place_and_an_outlet_known_by_its_shape() -> None:
    for line, credit in (
        ("الخرطوم (صدى نيوز)", "صدى نيوز"),  # the place and the bracketed outlet
        ("السودان اليوم :", "السودان اليوم"),  # the outlet alone
        ("(صدى نيوز)", "صدى نيوز"),
        ("البحر24- سيدي افني", "البحر24"),  # a number mark glued to the name, then the place
        ("CNA– الخدمة الاخبارية", "CNA– الخدمة الاخبارية"),  # the whole line names the outlet
    ):
        text = f"وقال الوزير إنه سيعود.\n{line}"
        blocks = _blocks(text, ["paragraph", "paragraph"])
        closing = find_closing(text, blocks, 0)
        assert [(a.name, a.text) for a in closing.agencies] == [(None, credit)], line
        assert [b.kind for b in blocks] == ["paragraph", "byline"]


def test_a_widget_label_or_a_place_and_prose_under_the_body_is_no_credit() -> None:
    for line in ("Related Post", "الخرطوم (قال الوالي)"):
        text = f"وقال الوزير إنه سيعود.\n{line}"
        blocks = _blocks(text, ["paragraph", "paragraph"])
        assert find_closing(text, blocks, 0).agencies == (), line


def test_an_editors_initials_under_the_closing_credit_are_read_past() -> None:
    body = "وقال الوزير إن المشروع سيكتمل خلال شهرين من الآن وفق الخطة المعتمدة."
    art = arnews.parse(f"{body}\n\n/وام/\n\nع م ر\n")
    assert [a.name for a in art.agencies] == ["WAM"]
    assert [(b.kind, b.text) for b in art.blocks][-1] == ("boilerplate", "ع م ر")
    # initials that spell a known credit are the credit ("أ ف ب")
    assert [a.name for a in arnews.parse(f"{body}\n\nأ ف ب\n").agencies] == ["AFP"]


def test_a_paragraph_said_again_is_not_read_again_for_credits() -> None:
    # the layout made the copy a `repeat`: whatever it holds was read in its first print
    text = "وقال الوزير إنه سيعود.\n(رويترز)"
    blocks = [RawBlock("paragraph", 0, 22), RawBlock("boilerplate", 23, len(text), "repeat")]
    closing = find_closing(text, blocks, 0)
    assert closing.agencies == ()
    assert [b.role for b in blocks] == [None, "repeat"]


def test_a_stray_number_under_the_source_line_hides_nothing() -> None:
    body = "وقال الوزير إن المشروع سيكتمل خلال شهرين من الآن وفق الخطة المعتمدة."
    art = arnews.parse(f"{body}\n\nالمصدر: وفا\n\n2021\n")
    assert [a.name for a in art.agencies] == ["WAFA"]
    # a Latin-letter line under the body is no stray number: it is read itself
    art = arnews.parse(f"{body}\n\n{body}\n\nBy hafida\n")
    assert art.byline is not None and art.byline.name == "hafida"
