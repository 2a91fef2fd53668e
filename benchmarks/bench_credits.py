"""Cost of the credits stage (dateline, credits, byline) per article; never a test.

Run: python benchmarks/bench_credits.py
Times `find_credits` on the seed's own layout, and on the seed with 400 more paragraphs (the
stage reads only the opening and the closing lines, so the two should cost about the same),
next to one fold of the whole seed and one whole `parse`.
"""

from __future__ import annotations

import timeit
from pathlib import Path

import arnews
from arnews._dateline import find_credits
from arnews._fold import fold
from arnews._header import find_header
from arnews._structure import lay_out

SEED = (Path(__file__).resolve().parent.parent / "seeds" / "000_2ab0bc65dba4d484.txt").read_text(
    encoding="utf-8"
)
# distinct paragraphs: a paragraph said twice is a repeat (boilerplate), not more body
EXTRA = "".join(
    f"\n\nوقال مسؤول إن الاجتماع {n} ناقش ملفات عدة تتعلق بالأمن والاقتصاد." for n in range(400)
)


def per_call(fn: object, number: int) -> float:
    """Best of five, in µs per call."""
    return min(timeit.repeat(fn, number=number, repeat=5)) / number * 1e6  # type: ignore[arg-type]


def main() -> None:
    for label, text in (("seed", SEED), ("seed + 400 paragraphs", SEED + EXTRA)):
        blocks = lay_out(text, find_header(text)).blocks
        find_credits(text, list(blocks))  # load the lexicons
        cost = per_call(lambda t=text, b=blocks: find_credits(t, list(b)), 2000)
        print(f"find_credits, {label} ({len(text)} chars, {len(blocks)} blocks): {cost:.1f} µs")
    print(f"one fold of the whole seed: {per_call(lambda: fold(SEED), 2000):.1f} µs")
    print(f"whole parse of the seed: {per_call(lambda: arnews.parse(SEED), 200):.1f} µs")


if __name__ == "__main__":
    main()
