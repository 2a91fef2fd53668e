"""Generated dumps: the layout loses nothing, and split_dump covers every article.

The dumps mix the pieces real pages are made of (scraper header lines with whatever follows the
date, section names, date bars, titles, datelines, bylines, paragraphs split or not,
subheadings, markdown, bullets, boilerplate) with every line-ending style and noise (bidi
marks, tatweel, harakat, U+FFFD, no-break spaces).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import arnews
from arnews._fold import clean_text
from arnews._header import find_header
from arnews._lexicon import table
from arnews._structure import lay_out

KINDS = {"header", "title", "paragraph", "subheading", "boilerplate", "unparsed"}
FURNITURE = sorted(v for r in table("boilerplate", 4) for v in r.variants)
SECTIONS = sorted(v for r in table("sections", 3) for v in r.variants)

HEADER_RESTS = [
    "",
    "منذ 46 دقيقة",
    "منذ ساعة",
    "شفق نيوز- دهوك",
    "غارات على أطراف المدينة ليلاً",
    "رأي ومقالات",
    "(صورة: أرشيفية)",
    "أعلنت الوزارة اليوم عن خطة جديدة للنقل.",
]
LINES = [
    "عاجل",
    "الثلاثاء 6 يناير 2026 - 10:30 م",
    "نشر بتاريخ: ١ كانون الثاني ٢٠٢٦",
    "آخر تحديث: 17-12-2021, 08:55",
    "منذ 3 ساعات",
    "افتتاح جسر جديد على نهر دجلة",
    "البصرة - افتتح المحافظ جسرا جديدا يربط ضفتي شط العرب بكلفة كبيرة.",
    "الرباط - المغرب اليوم",
    "دهوك (كوردستان24)- أعلنت المديرية القبض على متهمين.",
    "كتب - محمد علي",
    "بقلم: سعاد الربيعي",
    "وقال المتحدث باسم الوزارة",
    "فؤاد حسين",
    "إن الحكومة ماضية في خططها.",
    "وأضاف أن العمل سيستمر حتى نهاية العام الجاري في كل المحافظات.",
    "أسرار عسكرية",
    "## خلفية الأزمة",
    "**الموقف الرسمي**",
    "1. الملف الأمني",
    "وتضمنت المطالب:",
    "▪ زيادة الرواتب",
    "• دعم المزارعين",
    "وتشمل الخطة: ▪ الطرق ▪ الجسور ▪ المدارس",
    "جنود على الحدود خلال دورية ليلية (أ ف ب)",
    "(أ ف ب)",
    "الرئيسية > أخبار > العراق",
    "#العراق #بغداد",
    "فيسبوك تويتر واتساب",
    "A+ A-",
    " date 2026-03-14 منذ ساعتين",
    "وسط المدينة. (د ب أ)",
]
NOISE = ["\u200f", "\u200e", "\u0640", "\ufffd", "\u064e", "\u00a0", "\u200b", "\u202b", "\u2066"]
BREAKS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", "\n \n", "\f", "\u2028"]


@st.composite
def noisy(draw: st.DrawFn, line: str) -> str:
    """`line` with noise characters inserted at random places."""
    chars = list(line)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(chars)))
        chars.insert(at, draw(st.sampled_from(NOISE)))
    return "".join(chars)


@st.composite
def dumps(draw: st.DrawFn) -> str:
    """A whole dump: maybe a header line, then a random mix of lines and breaks."""
    out: list[str] = []
    if draw(st.booleans()):
        rest = draw(st.sampled_from(HEADER_RESTS))
        out.append(f" date 2026-01-{draw(st.integers(1, 28)):02d} {rest}".rstrip())
        out.append(draw(st.sampled_from(BREAKS)))
    pool = st.one_of(st.sampled_from(LINES), st.sampled_from(FURNITURE), st.sampled_from(SECTIONS))
    for _ in range(draw(st.integers(0, 14))):
        out.append(draw(noisy(draw(pool))))
        out.append(draw(st.sampled_from(BREAKS)))
    if out and draw(st.booleans()):
        out.pop()  # no final line break: the dump was cut
    return "".join(out)


def check_layout(text: str) -> None:
    layout = lay_out(text, find_header(text))
    pos = 0
    covered = [False] * len(text)
    for block in layout.blocks:
        assert block.kind in KINDS
        assert pos <= block.start < block.end <= len(text), block
        # never a blank block, unless the whole dump is invisible marks
        assert clean_text(text[block.start : block.end]) or block.role == "invisible", block
        for i in range(block.start, block.end):
            covered[i] = True
        pos = block.end
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert covered[i], f"{ch!r} at {i} is in no block"
    titles = [b for b in layout.blocks if b.kind == "title"]
    assert len(titles) <= 1
    if layout.listing:
        assert not titles and not any(b.kind == "subheading" for b in layout.blocks)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dumps())
def test_generated_dumps_lose_nothing(text: str) -> None:
    check_layout(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dumps())
def test_subheadings_point_at_a_paragraph(text: str) -> None:
    art = arnews.parse(text)
    for sub in art.subheadings:
        assert 0 <= sub.before <= len(art.paragraphs)
    assert all(b.text == clean_text(text[slice(*b.span)]) for b in art.blocks)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(dumps(), min_size=1, max_size=4), st.sampled_from(["\n", "\r\n", "\f", "\n\f\n"]))
def test_split_dump_pieces_cover_the_file(articles: list[str], glue: str) -> None:
    headed = [f" date 2026-02-0{i + 1} منذ ساعة\n\n{a}" for i, a in enumerate(articles)]
    text = glue.join(headed)
    pieces = arnews.split_dump(text)
    pos = 0
    for start, end in pieces:
        assert pos <= start < end <= len(text)
        assert text[start:end].strip()
        pos = end
    outside = "".join(
        text[a:b]
        for a, b in zip(
            [0, *(e for _, e in pieces)], [*(s for s, _ in pieces), len(text)], strict=True
        )
    )
    assert not outside.strip()
    assert len(pieces) >= len(articles)  # a generated body may hold a header line of its own
    for start, end in pieces:
        check_layout(text[start:end])
