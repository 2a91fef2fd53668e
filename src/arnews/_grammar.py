# Regex fragments named after what they match, built once from the lexicons on first use.
# Rule: vocabulary comes from lexicon tables; this module only turns it into alternations that
# run on the folded key (see _fold.py), longest variant first so no prefix shadows a word.
"""Shared regex fragments."""

from __future__ import annotations

import functools

import regex

from ._lexicon import index

__all__ = ["DIGITS", "alternation", "words_of"]

DIGITS = r"[0-9]"
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"  # with tatweel folded to "-" by _fold


def alternation(keys: list[str] | set[str] | tuple[str, ...]) -> str:
    """A non-capturing alternation of literal folded keys, longest first; spaces match \\s+."""
    ordered = sorted(set(keys), key=lambda k: (-len(k), k))
    return "(?:" + "|".join(regex.escape(k).replace(r"\ ", r"\s+") for k in ordered) + ")"


@functools.cache
def words_of(name: str, columns: int) -> str:
    """An alternation of every folded variant in lexicon table `name`."""
    return alternation(list(index(name, columns)))
