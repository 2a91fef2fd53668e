# Reads the data tables in arnews/lexicon/ (format: docs/lexicons.md). Tables load on first use,
# never at import, and are cached for the life of the process.
# Rule: code never holds vocabulary; it asks this module for a table.
"""Loader for the lexicon tables."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from ._fold import fold_word

__all__ = ["Row", "index", "table"]

_VARIANT_SEPARATOR = "|"


@dataclass(frozen=True, slots=True)
class Row:
    """One lexicon entry: its fields (every column but variants and note), variants, note."""

    fields: tuple[str, ...]
    variants: tuple[str, ...]
    note: str
    line: int


class LexiconError(RuntimeError):
    """A lexicon file is malformed (a packaging bug, never a content problem)."""


@functools.cache
def table(name: str, columns: int) -> tuple[Row, ...]:
    """The rows of `lexicon/<name>.tsv`, which must have `columns` columns (variants, note last)."""
    raw = resources.files("arnews").joinpath("lexicon").joinpath(f"{name}.tsv").read_text("utf-8")
    rows: list[Row] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) == columns - 1:  # a missing trailing note
            cols.append("")
        if len(cols) != columns:
            raise LexiconError(f"{name}.tsv:{number}: {len(cols)} columns, expected {columns}")
        variants = tuple(v.strip() for v in cols[-2].split(_VARIANT_SEPARATOR) if v.strip())
        if not variants:
            raise LexiconError(f"{name}.tsv:{number}: no variants")
        fields = tuple(c.strip() for c in cols[:-2])
        rows.append(Row(fields, variants, cols[-1].strip(), number))
    return tuple(rows)


@functools.cache
def index(name: str, columns: int) -> dict[str, tuple[Row, ...]]:
    """Folded variant -> the rows that list it, for dictionary lookups on the matching key."""
    out: dict[str, list[Row]] = {}
    for row in table(name, columns):
        for variant in row.variants:
            key = fold_word(variant)
            bucket = out.setdefault(key, [])
            if row not in bucket:
                bucket.append(row)
    return {k: tuple(v) for k, v in out.items()}
