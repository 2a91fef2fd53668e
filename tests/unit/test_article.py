"""parse(): the stages assembled, bad input, strict mode, linear time."""

from __future__ import annotations

import datetime as dt
import time

import pytest

import arnews


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\r\n", b"", b"  \n"])
def test_empty_input_is_an_empty_article_with_a_warning(text: str | bytes) -> None:
    art = arnews.parse(text)
    assert art.blocks == () and art.paragraphs == () and art.timestamp is None
    assert [w.code for w in art.warnings] == ["empty-input"]


def test_empty_input_raises_in_strict_mode() -> None:
    with pytest.raises(arnews.ParseError) as info:
        arnews.parse("  ", strict=True)
    assert info.value.code == "empty-input"


def test_impossible_header_date_warns_and_raises_in_strict_mode() -> None:
    text = " date 2026-02-30 منذ ساعة\n\nالبصرة - وصلت شحنة جديدة إلى الميناء."
    art = arnews.parse(text)
    assert art.timestamp is None
    assert "bad-header-date" in [w.code for w in art.warnings]
    with pytest.raises(arnews.ParseError, match="bad-header-date") as info:
        arnews.parse(text, strict=True)
    assert info.value.offset == text.index("2026")


def test_dump_without_header_or_dateline_still_has_paragraphs() -> None:
    text = "قررت البلدية توسيع الطريق الرئيسي.\n\nوتبدأ الأعمال الأسبوع المقبل بحسب البيان."
    art = arnews.parse(text)
    assert [p.text for p in art.paragraphs] == [
        "قررت البلدية توسيع الطريق الرئيسي.",
        "وتبدأ الأعمال الأسبوع المقبل بحسب البيان.",
    ]
    assert art.dateline is None and art.timestamp is None
    assert "no-timestamp" in [w.code for w in art.warnings]


def test_relative_without_now_stays_unresolved() -> None:
    art = arnews.parse(" date 2026-01-06 منذ 3 ساعات\n\nنص الخبر.")
    assert art.relative is not None and art.relative.amount == 3
    assert art.published_at == dt.datetime(2026, 1, 6)  # from the date, never from the clock
    assert "relative-unresolved" in [w.code for w in art.warnings]


def test_relative_with_aware_now_gives_aware_published_at() -> None:
    now = dt.datetime(2026, 1, 6, 12, 0, tzinfo=dt.timezone.utc)
    art = arnews.parse(" date 2026-01-06 منذ ساعتين\n\nنص الخبر.", now=now)
    assert art.published_at == dt.datetime(2026, 1, 6, 10, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("noise", "code"), [("\ufffd", "replacement-chars"), ("\x00", "control-chars")]
)
def test_noise_is_reported_with_its_offset(noise: str, code: str) -> None:
    text = f"الموصل - خبر عن{noise} السوق."
    art = arnews.parse(text)
    (warning,) = [w for w in art.warnings if w.code == code]
    assert warning.span == (text.index(noise), text.index(noise) + 1)
    assert "".join(b.text for b in art.blocks).replace(" ", "").count(noise) == 1  # kept, not lost


def test_to_dict_is_json_ready() -> None:
    import json

    art = arnews.parse(
        " date 2026-01-06 منذ 46 دقيقة\n\nأربيل (كوردستان24)- خبر.", now=dt.datetime(2026, 1, 6, 12)
    )
    data = json.loads(json.dumps(art.to_dict(), ensure_ascii=False))
    assert data["published_at"] == "2026-01-06T11:14:00"
    assert data["timestamp"]["date"] == "2026-01-06"
    assert data["agency"]["span"] == list(art.agency.span)  # type: ignore[union-attr]
    assert data["updated"] is None and data["byline"] is None and data["boilerplate"] == []


def _best_time(text: str, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        arnews.parse(text)
        best = min(best, time.perf_counter() - t0)
    return best


def test_parse_time_grows_linearly(seed_text: str) -> None:
    head, _, body = seed_text.partition("\n\n")
    big = head + "\n\n" + "\n\n".join([body] * 50)
    arnews.parse(seed_text)  # lexicons loaded
    small_t = _best_time(seed_text, 20)
    big_t = _best_time(big, 3)
    # 50x the text; quadratic behaviour would be ~2500x. A generous bound, not a clock limit.
    assert big_t / small_t < 50 * 4


def test_many_paragraphs_alike_at_their_edges_stay_linear() -> None:
    # paragraphs compared for repeats: thousands opening and closing with the same words (each
    # one different) must not be compared with every earlier one
    def page(n: int) -> str:
        return "\n\n".join(
            f"وقال المسؤول إن العدد {i} من الزوار بلغ حدا كبيرا اليوم." for i in range(n)
        )

    arnews.parse(page(10))
    small, big = _best_time(page(250), 3), _best_time(page(2000), 3)  # best of 3: load spikes
    assert big / small < 8 * 4  # 8x the paragraphs; pairwise comparing was ~40x here


@pytest.mark.parametrize(
    "line",
    [
        "الأحد 12 مايو 2024 | " + "قسم " * 30 + "1",  # section words after a date
        "| " + "القسم عربية " * 6 + "12",  # a counters line alone
        "12 مشاهدة " * 14 + "!",
    ],
)
def test_lines_of_repeated_counter_and_section_words_stay_linear(line: str) -> None:
    # Each reads in microseconds; a pattern that could cut such a line into items in many ways
    # backtracks exponentially (a 160-character line took minutes) and this test never ends.
    text = f"{line}\n\nأعلنت الوزارة اليوم عن خطة جديدة للنقل في المدينة."
    short = f"{line[:40]}\n\nأعلنت الوزارة اليوم عن خطة جديدة للنقل في المدينة."
    arnews.parse(short)
    assert _best_time(text, 3) / _best_time(short, 3) < 50


@pytest.mark.parametrize(
    ("lead", "unit"),
    [
        ("كلمة ", "… "),  # a run of marks in a line: no edge strip may search it from each point
        ("كلمة ", "- "),
        ("", "%d8"),  # an address slug that never ends
        ("كلمة ", "<image>"),
    ],
)
def test_long_runs_of_one_mark_stay_linear(lead: str, unit: str) -> None:
    def first_parse(n: int) -> float:
        # every round a new text: the caches keyed by a line's text must not hide the cost
        best = float("inf")
        for i in range(3):
            words = lead * (50 + i) + "نص " * (n % 7) if lead else "%d8" * i
            text = f"عنوان\n\n{words}{unit * n}كتب: سامر\n\nأعلنت الوزارة خطة جديدة."
            t0 = time.perf_counter()
            arnews.parse(text)
            best = min(best, time.perf_counter() - t0)
        return best

    first_parse(10)  # lexicons loaded
    small, big = first_parse(500), first_parse(4000)
    # 8x the run; a quadratic scan is ~64x (a 4,000-mark run of "… " took 0.4 s); no digit but
    # the slug's in the text: a digit sends a line down other paths
    assert big / small < 8 * 4
