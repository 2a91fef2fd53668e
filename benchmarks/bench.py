"""arnews benchmark: never a test. Run: python benchmarks/bench.py [--articles N] [--dir DIR].

Reports, on one core:
- whole-article parse: articles/s, µs/article, and the ratio to one plain regex pass
  (`[^\\n]+` over the same text: the cheapest scan that touches every character once);
- the header line alone: arnews.parse_date vs dateparser.parse(header, languages=['ar']);
- date expressions: arnews.parse_date median µs vs dateparser (with and without languages=);
- fold + digit normalisation throughput (MB/s) vs a plain str.translate pass;
- dateline/credit detection cost per article.
dateparser is installed only for this benchmark (`pip install -e '.[bench]'`), never a dependency.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import regex

import arnews
from arnews._dateline import find_credits
from arnews._fold import fold
from arnews._header import find_header
from arnews._structure import lay_out

SEED = (Path(__file__).resolve().parent.parent / "seeds" / "000_2ab0bc65dba4d484.txt").read_text(
    encoding="utf-8"
)
_ONE_PASS = regex.compile(r"[^\n]+")
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PLACES = ["أربيل", "اربيل", "هولير", "دهوك", "بغداد", "الموصل", "القاهرة", "عمّان", "بيروت"]
CREDITS = ["كوردستان24", "كوردستان 24", "كردستان24", "رويترز", "أ ف ب", "واع"]
UNITS = ["دقيقة", "دقائق", "ساعة", "ساعات", "يوم", "أيام"]
EXPRESSIONS = [
    "الثلاثاء 6 يناير 2026 - 10:30 م",
    "الأربعاء، 04 نوفمبر 2015 09:20 م",
    "٦ كانون الثاني ٢٠٢٦",
    "17-12-2021, 08:55",
    "2025-05-23 | 12:18",
    "منذ 46 دقيقة",
    "منذ ساعتين",
    "منذ ثلاث ساعات",
    "17 رجب 1447 هـ",
    "الإثنين 03 شباط 2025",
]


def make_variants(n: int, seed: int = 7) -> list[str]:
    """Seed-shaped dumps with other dates, stamps, places, credits, digits and paragraph order."""
    rng = random.Random(seed)
    body = SEED.partition("\n\n")[2]
    paragraphs = body.split("\n\n")
    opening = paragraphs[0].split("- ", 1)[1]
    out = []
    for _ in range(n):
        date = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        stamp = f"منذ {rng.randint(2, 59)} {rng.choice(UNITS)}"
        first = f"{rng.choice(PLACES)} ({rng.choice(CREDITS)})- {opening}"
        rest = paragraphs[1:]
        rng.shuffle(rest)
        text = f" date {date} {stamp}\n\n" + "\n\n".join([first, *rest])
        if rng.random() < 0.3:
            text = text.translate(_ARABIC_DIGITS)
        out.append(text)
    return out


def per_item(fn: Callable[[Any], object], items: list[Any], repeat: int = 3) -> float:
    """Best-of-`repeat` mean seconds per item."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for item in items:
            fn(item)
        best = min(best, (time.perf_counter() - t0) / len(items))
    return best


def median_per_call(fn: Callable[[str], object], items: list[str], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        for item in items:
            t0 = time.perf_counter()
            fn(item)
            samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def _time_corpus(folder: Path) -> None:
    """Parse time per document and per 1,000 characters on real dumps, with the regex pass."""
    docs = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))]
    if not docs:
        print(f"{folder}: no .txt files")
        return
    parse_s = per_item(arnews.parse, docs)
    scan_s = per_item(lambda t: sum(1 for _ in _ONE_PASS.finditer(t)), docs)
    chars = sum(len(d) for d in docs) / len(docs)
    print(
        f"{folder}: {len(docs)} dumps, {chars:,.0f} chars on average: "
        f"{parse_s * 1e6:.0f} µs/doc ({parse_s / chars * 1e9:.0f} µs per 1,000 chars), "
        f"parse/scan ratio {parse_s / scan_s:.0f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument(
        "--dir", type=Path, help="also time the .txt dumps of this directory (your own corpus)"
    )
    args = parser.parse_args()
    texts = make_variants(args.articles)
    arnews.parse(texts[0])  # load the lexicons before timing
    if args.dir is not None:
        _time_corpus(args.dir)

    parse_s = per_item(arnews.parse, texts)
    scan_s = per_item(lambda t: sum(1 for _ in _ONE_PASS.finditer(t)), texts)
    print(f"articles: {len(texts)} (seed-sized, {len(SEED)} chars)")
    print(f"parse: {1 / parse_s:,.0f} articles/s, {parse_s * 1e6:.1f} µs/article")
    print(
        f"one regex pass: {scan_s * 1e6:.1f} µs/article -> parse/scan ratio {parse_s / scan_s:.2f}x"
    )

    layouts = {t: lay_out(t, find_header(t)).blocks for t in texts}
    opening_s = per_item(lambda t: find_credits(t, layouts[t]), texts)
    print(f"dateline+credit detection: {opening_s * 1e6:.1f} µs/article")

    sample = texts[: min(len(texts), 300)]
    fold_s = per_item(fold, sample)
    digits_s = per_item(arnews.normalize_digits, sample)
    plain = str.maketrans({"أ": "ا"})
    translate_s = per_item(lambda t: t.translate(plain), sample)
    mb = sum(len(t.encode()) for t in sample) / len(sample) / 1e6
    print(
        f"fold: {mb / fold_s:.1f} MB/s, normalize_digits: {mb / digits_s:.1f} MB/s, "
        f"plain str.translate: {mb / translate_s:.1f} MB/s "
        f"(fold/translate time ratio {fold_s / translate_s:.2f}x)"
    )

    headers = [t.split("\n", 1)[0] for t in sample]
    ours_header = per_item(arnews.parse_date, headers)
    ours_expr = median_per_call(arnews.parse_date, EXPRESSIONS, rounds=50)
    print(
        f"arnews.parse_date: header line {ours_header * 1e6:.1f} µs, "
        f"expressions median {ours_expr * 1e6:.1f} µs"
    )
    try:
        import dateparser
    except ImportError:
        print("dateparser: not installed (pip install -e '.[bench]') - comparison skipped")
        return
    dateparser.parse("منذ ساعة", languages=["ar"])  # warm its caches
    dp_header = per_item(lambda h: dateparser.parse(h, languages=["ar"]), headers[:100], repeat=1)
    dp_ar = median_per_call(lambda e: dateparser.parse(e, languages=["ar"]), EXPRESSIONS, 5)
    dp_any = median_per_call(dateparser.parse, EXPRESSIONS, 2)
    print(
        f"dateparser header line (languages=['ar']): {dp_header * 1e6:.0f} µs "
        f"-> arnews.parse_date on it is {dp_header / ours_header:.0f}x faster; the whole "
        f"arnews parse costs {parse_s / dp_header:.1f}x dateparser's header-line call"
    )
    print(
        f"dateparser expressions median: {dp_ar * 1e6:.0f} µs with languages=['ar'] "
        f"({dp_ar / ours_expr:.0f}x arnews), {dp_any * 1e6:.0f} µs without "
        f"({dp_any / ours_expr:.0f}x arnews)"
    )
    right = sum(1 for e in EXPRESSIONS if arnews.parse_date(e) is not None)
    theirs = sum(1 for e in EXPRESSIONS if dateparser.parse(e, languages=["ar"]) is not None)
    total = len(EXPRESSIONS)
    print(f"expressions read: arnews {right}/{total}, dateparser {theirs}/{total}")


if __name__ == "__main__":
    main()
