"""Listing pages: not-an-article, no invented title/subheadings/dateline, one block per teaser."""

from __future__ import annotations

import arnews
from arnews._fold import clean_text
from arnews._header import find_header
from arnews._structure import lay_out

HEADLINES = [
    "انفجار عبوة ناسفة في قضاء الطارمية",
    "البرلمان يستأنف جلساته الأسبوع المقبل",
    "ارتفاع أسعار الذهب في الأسواق المحلية",
    "وزارة الصحة تطلق حملة تلقيح جديدة",
]
SNIPPETS = [
    "أصيب جنديان بانفجار عبوة ناسفة شمالي العاصمة.",
    "قررت رئاسة البرلمان استئناف الجلسات بعد انتهاء العطلة التشريعية.",
    "سجلت أسعار الذهب ارتفاعا ملحوظا في أسواق العاصمة.",
    "أطلقت الوزارة حملة للتلقيح ضد الحصبة في المحافظات.",
]


def teasers(text: str) -> tuple[bool, list[str], list[str]]:
    layout = lay_out(text, find_header(text))
    paragraphs = [clean_text(text[b.start : b.end]) for b in layout.blocks if b.kind == "paragraph"]
    return layout.listing, paragraphs, [w.code for w in layout.warnings]


def test_headline_stamp_snippet_teasers() -> None:
    parts = [
        f"{h}\nمنذ {2 * i + 3} ساعات\n{s}"
        for i, (h, s) in enumerate(zip(HEADLINES, SNIPPETS, strict=True))
    ]
    text = " date 2026-01-06 أخبار العراق\n\n" + "\n\n".join(parts)
    listing, paragraphs, codes = teasers(text)
    assert listing and codes == ["not-an-article"]
    assert paragraphs == [clean_text(p) for p in parts]


def test_date_first_teasers_without_blank_lines() -> None:
    lines = [f"{6 - i} يناير 2026\n{h}" for i, h in enumerate(HEADLINES)]
    listing, paragraphs, _ = teasers("الصفحة الرئيسية\n" + "\n".join(lines))
    assert listing
    assert paragraphs == [clean_text(p) for p in lines]


def test_date_after_teasers() -> None:
    lines = [f"{h}\n{6 - i}/01/2026" for i, h in enumerate(HEADLINES)]
    listing, paragraphs, _ = teasers("\n".join(lines))
    assert listing
    assert paragraphs == [clean_text(p) for p in lines]


def test_one_line_teasers_with_their_stamp_at_the_end() -> None:
    lines = [f"{h} منذ {i + 2} ساعات" for i, h in enumerate(HEADLINES)]
    listing, paragraphs, _ = teasers("عناوين اليوم\n" + "\n".join(lines))
    assert listing
    assert paragraphs == lines  # the list's label is boilerplate (a related list's label)


def test_listing_article_has_no_title_subheadings_or_dateline() -> None:
    parts = [
        f"{h}\nمنذ {i + 2} ساعات\n{s}"
        for i, (h, s) in enumerate(zip(HEADLINES, SNIPPETS, strict=True))
    ]
    art = arnews.parse("بغداد - آخر الأخبار\n\n" + "\n\n".join(parts))
    assert art.title is None and art.subheadings == () and art.dateline is None
    assert "not-an-article" in [w.code for w in art.warnings]
    assert len(art.paragraphs) >= len(HEADLINES)


# --- articles that carry dates are not listings -----------------------------------------------


def test_article_with_publication_and_update_lines() -> None:
    text = (
        "افتتاح جسر جديد في البصرة\n"
        "نشر بتاريخ: 6 يناير 2026\n"
        "آخر تحديث: 6 يناير 2026 - 10:30\n"
        "الثلاثاء 6 يناير 2026\n"
        "البصرة - افتتح المحافظ جسرا جديدا.\n"
        "وقال إن الجسر سيخفف الزحام."
    )
    listing, _, codes = teasers(text)
    assert not listing and codes == []


def test_article_with_long_paragraphs_and_dated_related_links() -> None:
    long = "وقال المتحدث إن الوزارة ماضية في تنفيذ خطتها لتأهيل المدارس في المحافظات. " * 10
    related = "\n".join(f"{h}\n{5 - i} يناير 2026" for i, h in enumerate(HEADLINES))
    listing, _, _ = teasers(long + "\n\n" + related)
    assert not listing


def test_two_stamps_are_not_enough() -> None:
    text = "\n".join(f"{h}\nمنذ {i + 2} ساعات" for i, h in enumerate(HEADLINES[:2]))
    assert not teasers(text)[0]


def test_short_article_with_a_dated_related_list() -> None:
    related = "\n".join(f"{h}\n{5 - i} يناير 2026" for i, h in enumerate(HEADLINES[:3]))
    text = (
        "افتتاح جسر جديد في البصرة\n"
        "الثلاثاء 6 يناير 2026\n"
        "البصرة - افتتح المحافظ جسرا جديدا.\n"
        "وقال إن الجسر سيخفف الزحام.\n" + related
    )
    listing, paragraphs, codes = teasers(text)
    assert not listing and codes == []
    assert paragraphs == ["البصرة - افتتح المحافظ جسرا جديدا.", "وقال إن الجسر سيخفف الزحام."]
