"""_dateline: find_opening on one paragraph, find_credits over a layout: spans, re-cut blocks,
the looked-at region, noise in the text."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
from arnews import _block_opening as block_opening
from arnews._dateline import find_credits, find_opening
from arnews._fold import Folded
from arnews._opening import Found, read_opening
from arnews._structure import RawBlock

BODY = "أعلنت الوزارة افتتاح المشروع."


def _blocks(text: str) -> list[RawBlock]:
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            start = pos + len(line) - len(line.lstrip())
            out.append(RawBlock("paragraph", start, start + len(line.strip())))
        pos += len(line) + 1
    return out


def _assert_cover(text: str, blocks: list[RawBlock]) -> None:
    last = 0
    seen: set[int] = set()
    for b in blocks:
        assert last <= b.start < b.end, (b, last)
        last = b.end
        seen.update(range(b.start, b.end))
    missing = [i for i, ch in enumerate(text) if not ch.isspace() and i not in seen]
    assert missing == []


# --- find_opening -------------------------------------------------------------------------------


def test_find_opening_inside_a_larger_text() -> None:
    prefix = "عنوان الخبر\n\n"
    text = prefix + f"دهوك (كوردستان24)- {BODY}"
    found = find_opening(text, len(prefix), len(text))
    assert found is not None and found.dateline is not None
    assert found.dateline.span == (len(prefix), len(prefix) + len("دهوك (كوردستان24)-"))
    assert text[found.end :] == BODY
    assert found.pieces == (("dateline", *found.dateline.span),)


def test_offsets_survive_harakat_tatweel_and_bidi_marks() -> None:
    text = f"\u200fأَرْبِيل (كـوردستان٢٤)\u200f- {BODY}"
    found = find_opening(text, 0, len(text))
    assert found is not None and found.dateline is not None
    assert found.dateline.place == "أَرْبِيل" and found.dateline.place_en == "Erbil"
    (agency,) = found.agencies
    assert agency.name == "Kurdistan24" and text[agency.span[0] : agency.span[1]] == "كـوردستان٢٤"
    assert text[found.end :] == BODY


def test_arabic_indic_digits_in_the_date() -> None:
    text = f"الإسكندرية في ١٤ يونيو /أ ش أ/ {BODY}"
    found = find_opening(text, 0, len(text))
    assert found is not None and found.date_span is not None
    assert text[found.date_span[0] : found.date_span[1]] == "١٤ يونيو"


def test_an_opening_longer_than_the_window_is_none() -> None:
    long_place = "كلمة " * 60
    text = f"{long_place}(رويترز) - {BODY}"
    assert find_opening(text, 0, len(text)) is None


def test_a_line_cut_by_the_window_is_not_a_line_of_its_own() -> None:
    text = "بغداد " + "كلمة " * 100
    assert find_opening(text, 0, len(text)) is None


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folded lines find_opening hands to the line readers, in order."""
    lines: list[str] = []

    def spy(folded: Folded, limit: int, eol: bool) -> Found | None:
        lines.append(folded.key[:limit])
        return read_opening(folded, limit, eol)

    monkeypatch.setattr(block_opening, "read_opening", spy)
    return lines


def test_a_line_opening_with_ten_plain_words_never_reaches_the_readers(asked: list[str]) -> None:
    sentence = "قالت الوزارة في بيان صدر اليوم إن الفرق الفنية أنهت أعمال الصيانة"
    assert find_opening(sentence, 0, len(sentence)) is None
    assert asked == []
    # nine plain words, then a dash: read as before (here an unknown outlet's name, too long)
    nine = "شبكة أخبار المدينة الجديدة للإعلام المستقل في شمال البلاد - " + BODY
    find_opening(nine, 0, len(nine))
    assert len(asked) == 1


def test_short_lines_below_the_body_with_no_label_or_outlet_are_not_read(asked: list[str]) -> None:
    lead = "أعلنت الوزارة اليوم افتتاح المشروع الجديد في المدينة بحضور عدد من المسؤولين والسكان."
    text = "\n".join([lead, lead, lead, "نتائج الجولة الأولى", "كتب - سعاد حسن", lead])
    credits = find_credits(text, _blocks(text))
    assert credits.byline is not None and credits.byline.name == "سعاد حسن"
    assert "نتائج الجوله الاولي" not in asked  # the folded key of the plain short line
    assert "كتب - سعاد حسن" in asked


def test_a_dateline_on_its_own_line_inside_one_block() -> None:
    text = f"الرباط - المغرب اليوم\n{BODY}"
    found = find_opening(text, 0, len(text))
    assert found is not None and not found.whole and text[found.end :] == BODY


# --- find_credits: the re-cut layout ------------------------------------------------------------


def test_recut_keeps_the_other_blocks_and_their_order() -> None:
    text = f" date 2026-01-06\n\nعنوان\n\nالموصل - {BODY}\n\nوقال الوزير.\n\nشارك"
    blocks = [
        RawBlock("header", 1, 16),
        RawBlock("title", 18, 23),
        RawBlock("paragraph", 25, 25 + len(f"الموصل - {BODY}")),
        RawBlock("paragraph", text.index("وقال"), text.index("وقال") + 12),
        RawBlock("boilerplate", text.index("شارك"), len(text)),
    ]
    credits = find_credits(text, blocks)
    kinds = [b.kind for b in credits.blocks]
    assert kinds == ["header", "title", "dateline", "paragraph", "paragraph", "boilerplate"]
    assert credits.blocks[3].start == text.index(BODY)
    _assert_cover(text, credits.blocks)


def test_roles_of_the_layout_are_read() -> None:
    text = f"بغداد (رويترز)\n{BODY}\nوقال الوزير إنه سيعود. (أ ف ب)"
    blocks = _blocks(text)
    blocks[0] = RawBlock("boilerplate", blocks[0].start, blocks[0].end, "caption")
    credits = find_credits(text, blocks)
    assert credits.dateline is None  # a caption by the layout's word
    assert [a.name for a in credits.agencies] == ["AFP"]


def test_standfirst_is_skipped_not_cut() -> None:
    text = f"ملخص قصير للخبر يسبق النص\nبغداد - {BODY}"
    blocks = _blocks(text)
    blocks[0] = RawBlock("paragraph", blocks[0].start, blocks[0].end, "standfirst")
    credits = find_credits(text, blocks)
    assert credits.dateline is not None and credits.dateline.place == "بغداد"
    assert credits.blocks[0].role == "standfirst"


def test_title_lines_need_known_credits() -> None:
    text = f"بغداد - الانفجار الكبير\n{BODY}"
    blocks = _blocks(text)
    blocks[0] = RawBlock("title", blocks[0].start, blocks[0].end)
    assert find_credits(text, blocks).dateline is None
    text = f"الشارقة (الاتحاد)\n{BODY}"
    blocks = _blocks(text)
    blocks[0] = RawBlock("title", blocks[0].start, blocks[0].end)
    assert find_credits(text, blocks).dateline is not None


def test_only_the_first_paragraph_opens() -> None:
    text = f"{BODY}\nبغداد - وقال الوزير إن العمل مستمر."
    credits = find_credits(text, _blocks(text))
    assert credits.dateline is None and [b.kind for b in credits.blocks] == ["paragraph"] * 2


def test_body_in_the_middle_is_never_read() -> None:
    middle = "\n".join(["متطوعون يبحثون بين الركام (أ ف ب)", "المصدر: رويترز"] * 3)
    filler = "\n".join([BODY] * 30)
    text = f"{BODY}\n{middle}\n{filler}"
    credits = find_credits(text, _blocks(text))
    assert credits.agencies == ()


# --- properties -----------------------------------------------------------------------------

OPENINGS = st.sampled_from(
    [
        "دهوك (كوردستان24)- ",
        "الموصل - ",
        "عمّان: ",
        "الرباط - المغرب اليوم\n",
        "شفق نيوز- كركوك\n",
        "الإسكندرية في 14 يونيو /أ ش أ/ ",
        "كتب - محمد علي\n",
        "طرابلس - سعاد علي: ",
        "وزير الخارجية: ",
        "",
    ]
)
ENDINGS = st.sampled_from(["", " (رويترز)", "\nالمصدر: وكالات", "\n(أ ف ب)", "\nإعداد: سعاد علي"])
NOISE = st.sampled_from(["", "\u200f", "\u0640", "\u064e", " ", "\t"])


@settings(max_examples=150, deadline=None)
@given(OPENINGS, ENDINGS, st.lists(st.tuples(st.integers(0, 400), NOISE), max_size=4))
def test_blocks_cover_the_text_and_spans_slice_back(
    opening: str, ending: str, edits: list[tuple[int, str]]
) -> None:
    text = f"{opening}{BODY}\nوقال الوزير إن العمل مستمر.{ending}"
    for where, noise in edits:
        at = min(where, len(text))
        text = text[:at] + noise + text[at:]
    credits = find_credits(text, _blocks(text))
    _assert_cover(text, credits.blocks)
    for field in (credits.dateline, credits.byline, *credits.agencies):
        if field is not None:
            assert field.span[0] < field.span[1] <= len(text)
    first = next((b for b in credits.blocks if b.kind == "paragraph"), None)
    if credits.dateline is not None and first is not None:
        assert first.start >= credits.dateline.span[1]


def test_cost_does_not_grow_with_the_body() -> None:
    short = f"دهوك (كوردستان24)- {BODY}\n" + f"{BODY}\n" * 10 + "انتهى. (رويترز)"
    long = f"دهوك (كوردستان24)- {BODY}\n" + f"{BODY} " * 5000 + "\n" + "انتهى. (رويترز)"
    find_credits(short, _blocks(short))  # warm the lexicons

    def cost(text: str) -> float:
        blocks = _blocks(text)
        t0 = time.perf_counter()
        for _ in range(20):
            find_credits(text, list(blocks))
        return time.perf_counter() - t0

    assert cost(long) < cost(short) * 5 + 0.01


def test_fields_are_as_written_and_blocks_take_the_marks_around_them() -> None:
    text = f"\u200fأربيل (كوردستان24)- {BODY}"
    credits = find_credits(text, _blocks(text))
    assert credits.dateline is not None and credits.dateline.text == "أربيل (كوردستان24)-"
    assert credits.dateline.span == (1, 1 + len("أربيل (كوردستان24)-"))
    assert credits.blocks[0].start == 0  # the mark is in the dateline block, not lost


def test_title_lines_without_a_known_credit_stay_titles() -> None:
    for line in ("محمد صلاح - ليفربول", "مصر - السعودية", "بغداد"):
        text = f"{line}\n{BODY}"
        blocks = _blocks(text)
        blocks[0] = RawBlock("title", blocks[0].start, blocks[0].end)
        credits = find_credits(text, blocks)
        assert credits.dateline is None and credits.byline is None
        assert credits.blocks[0].kind == "title"
    text = f"كتب - محمد علي\n{BODY}"
    blocks = _blocks(text)
    blocks[0] = RawBlock("title", blocks[0].start, blocks[0].end)
    assert find_credits(text, blocks).blocks[0].kind == "byline"


def test_blocks_the_layout_already_called_dateline_are_read_not_taken_for_the_body() -> None:
    text = f"بغداد\n{BODY}\nعمّان: وقال الوزير."
    blocks = _blocks(text)
    blocks[0] = RawBlock("dateline", blocks[0].start, blocks[0].end)
    credits = find_credits(text, blocks)
    assert credits.dateline is not None and credits.dateline.place == "بغداد"
    text = f"سطر غير مفهوم\n{BODY}"
    blocks = _blocks(text)
    blocks[0] = RawBlock("byline", blocks[0].start, blocks[0].end)
    assert [b.kind for b in find_credits(text, blocks).blocks] == ["byline", "paragraph"]


def test_a_lone_credit_the_layout_calls_a_caption_is_the_photos() -> None:
    text = f"بغداد - {BODY}\nوقال الوزير.\n(رويترز)"
    blocks = _blocks(text)
    blocks[-1] = RawBlock("boilerplate", blocks[-1].start, blocks[-1].end, "caption")
    assert find_credits(text, blocks).agencies == ()
    blocks[-1] = RawBlock("boilerplate", blocks[-1].start, blocks[-1].end, "source")
    assert [a.name for a in find_credits(text, blocks).agencies] == ["Reuters"]


def test_a_place_and_a_date_alone_right_above_the_body_is_the_dateline() -> None:
    text = (
        "الحكومة تعلن خطة جديدة للنقل العام في العاصمة\n\n"
        "القاهرة – ١٨ ابريل ٢٠٢٥\n\n"
        "أعلنت وزارة النقل اليوم عن خطة جديدة لتطوير شبكة الحافلات في العاصمة خلال العام المقبل.\n"
    )
    art = arnews.parse(text)
    assert art.dateline is not None and art.dateline.place_en == "Cairo"
    assert art.dateline.text == "القاهرة – ١٨ ابريل ٢٠٢٥"
    assert art.timestamp is not None and str(art.timestamp.date) == "2025-04-18"
    assert text[art.timestamp.span[0] : art.timestamp.span[1]] == art.timestamp.text
    # a site's clock over its menus names its city too: no dateline there
    clock = "القاهرة – ١٨ ابريل ٢٠٢٥\n\nالرئيسية\n\n" + text.split("\n\n", 1)[0] + "\n\n" + BODY
    assert arnews.parse(clock).dateline is None


@pytest.mark.parametrize(
    ("label", "line", "place"),
    [
        ("الإمارات", "الشارقة: الوطن", "الشارقة"),  # a country over its city and the paper
        ("لوسيل", "بغداد - رويترز", "بغداد"),  # the site's name, a known place too
    ],
)
def test_a_place_alone_over_a_dateline_line_is_the_pages_label(
    label: str, line: str, place: str
) -> None:
    title = "الحكومة تعلن خطة جديدة للنقل العام في العاصمة"
    body = "أعلنت وزارة النقل اليوم عن خطة جديدة لتطوير شبكة الحافلات في العاصمة خلال العام المقبل."
    art = arnews.parse(f"{title}\n\n{label}\n\n{line}\n\n{body}")
    assert art.dateline is not None and art.dateline.place == place
    assert ("header", label) in [(b.kind, b.text) for b in art.blocks]
    # alone above the body, the place is the dateline
    alone = arnews.parse(f"{title}\n\n{label}\n\n{body}")
    assert alone.dateline is not None and alone.dateline.place == label
