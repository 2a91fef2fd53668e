# Character classes shared by the grammars of several stages.
# Rule: only punctuation-level constants live here; vocabulary comes from lexicon tables, and
# word alternations are built by the stage that uses them (see _datetime_grammar.trie).
"""Shared regex fragments."""

from __future__ import annotations

__all__ = ["ARABIC_LETTER", "DASH", "DASHES", "DASH_RUN", "DATELINE_HEAD"]

# Every dash outlets print between a dateline and the text; a standalone tatweel is already "-"
# in the folded key (_fold.py). Some sites type an underscore for one ("الصحافة _ الرباط").
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_"
DASH = "[" + DASHES.replace("-", "\\-") + "]"  # one dash, as a character class
# A separator: one dash or a run of them ("--", "ــــ" as typed with tatweels)
DASH_RUN = DASH + "{1,8}"
# A base Arabic letter (hamza to ya): a line without one is no Arabic headline or place name.
ARABIC_LETTER = "[\u0621-\u064a]"
# One or two words and a dash open the text: a dateline's head ("بنغازي- 29 أكتوبر 2022م (وام)"),
# never a photo caption's.
_NOT_DASH = "[^\\s" + DASHES.replace("-", "\\-") + "]"
DATELINE_HEAD = f"{_NOT_DASH}+(?: {_NOT_DASH}+)?\\s*{DASH}"
