# The unit: a piece of the dump the layout classifies, with its folded key and its shape.
"""The Unit the layout classifies, and its constructor."""

from __future__ import annotations

from dataclasses import dataclass

from ._fold import fold_key
from ._segment import count_words, ending

__all__ = ["Unit", "make_unit"]


@dataclass(slots=True)
class Unit:
    """A classified piece of the dump (mutable while the layout decides its final kind).

    `kind` starts as one of text, header, boilerplate, unparsed, item, numbered, heading and ends
    as a block kind; `role` says more (the boilerplate kind, "date", "section", "standfirst").
    """

    kind: str
    start: int
    end: int
    gap_before: bool = False
    key: str = ""  # folded matching key of text[start:end]
    role: str | None = None
    counted: int = -1  # the word count once asked for (-1: not counted yet)
    end_class: str = "open"  # see _segment.ending
    on_header: bool = False  # the rest of the scraper header line

    @property
    def chars(self) -> int:
        """The length of the folded key."""
        return len(self.key)

    @property
    def words(self) -> int:
        """The number of words in the key, counted on first use: most long lines never ask."""
        if self.counted < 0:
            self.counted = count_words(self.key)
        return self.counted


def make_unit(text: str, kind: str, start: int, end: int, gap: bool = False) -> Unit:
    """A unit over text[start:end] with its folded key and shape filled in."""
    key = fold_key(text, start, end)
    return Unit(kind, start, end, gap, key, None, -1, ending(key))
