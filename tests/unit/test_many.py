"""parse_many equals mapping parse, in order, with and without a process pool."""

from __future__ import annotations

import datetime as dt

import pytest

import arnews

NOW = dt.datetime(2026, 1, 6, 12, 0)


def _dumps(n: int) -> list[str | bytes]:
    out: list[str | bytes] = []
    for i in range(n):
        text = f" date 2026-01-{1 + i % 28:02d} منذ {i + 1} ساعات\n\nالموصل - خبر رقم {i}.\n"
        out.append(text.encode() if i % 3 == 0 else text)
    return out


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_equals_map_parse_in_order(workers: int) -> None:
    items = _dumps(70)  # more than one chunk per worker
    expected = [arnews.parse(x, now=NOW) for x in items]
    got = list(arnews.parse_many(items, workers=workers, now=NOW))
    assert got == expected


def test_parse_many_is_lazy_over_a_generator() -> None:
    consumed = []

    def gen():  # type: ignore[no-untyped-def]
        for item in _dumps(5):
            consumed.append(item)
            yield item

    it = arnews.parse_many(gen())
    first = next(it)
    assert first.relative is not None and first.relative.amount == 1
    assert len(consumed) == 1


def test_parse_many_strict_raises_at_the_bad_item() -> None:
    items = ["الموصل - خبر.", "   ", "بغداد - خبر."]
    it = arnews.parse_many(items, strict=True)
    assert next(it).paragraphs
    with pytest.raises(arnews.ParseError, match="empty-input"):
        next(it)
