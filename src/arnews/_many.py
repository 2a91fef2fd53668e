# parse_many(): parse a stream of dumps in order, optionally on a process pool.
# Rule: the output equals mapping parse() over the input, in the same order, lazily, with a
# bounded number of dumps in flight so millions of documents stream in constant memory.
"""Batch parsing."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from ._article import parse
from ._model import Article

__all__ = ["parse_many"]

_CHUNK = 32  # dumps per task: amortises pickling without hurting order or latency much
_IN_FLIGHT_PER_WORKER = 4


def parse_many(
    items: Iterable[str | bytes],
    *,
    workers: int = 1,
    now: dt.datetime | None = None,
    strict: bool = False,
) -> Iterator[Article]:
    """Parse every dump in `items`, yielding Articles in input order.

    `workers > 1` parses on a process pool of that size; results equal `map(parse, items)`.
    """
    if workers <= 1:
        for item in items:
            yield parse(item, now=now, strict=strict)
        return
    chunks = _chunks(items)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[Article]]] = deque()
        for chunk in itertools.islice(chunks, workers * _IN_FLIGHT_PER_WORKER):
            pending.append(pool.submit(_parse_chunk, chunk, now, strict))
        while pending:
            done = pending.popleft().result()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(pool.submit(_parse_chunk, nxt, now, strict))
            yield from done


def _chunks(items: Iterable[str | bytes]) -> Iterator[list[str | bytes]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, _CHUNK)):
        yield chunk


def _parse_chunk(chunk: list[str | bytes], now: dt.datetime | None, strict: bool) -> list[Article]:
    return [parse(item, now=now, strict=strict) for item in chunk]
