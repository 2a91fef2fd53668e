# Canonicalisation of places and credits against the gazetteer (lexicon/places.tsv) and the
# agency lexicon (lexicon/agencies.tsv).
# Rule: lookups are exact dictionary hits on the folded key (no prefix stripping: "الصور" is not
# Tyre, "المدني" is not Wad Madani); unknown names stay with None fields, never guessed. Text
# already folded (a slice of a Folded key) is looked up by `*_by_key` without folding it again.
"""Place and agency lookups."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ._fold import fold_word, strip_marks
from ._lexicon import index

__all__ = [
    "AgencyEntry",
    "PlaceEntry",
    "agency_by_key",
    "lookup_agency",
    "lookup_place",
    "place_by_key",
]

_PLACES_COLUMNS = 4  # place_en, country, variants, note
_AGENCIES_COLUMNS = 5  # name, country, position, variants, note
_CREDIT_ONLY = "credit"
_CACHE = 4096
_SPACES = regex.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """A gazetteer row: English name and ISO country."""

    name_en: str
    country: str | None


@dataclass(frozen=True, slots=True)
class AgencyEntry:
    """An agency row: canonical English name, ISO country, and whether it is credit-only."""

    name: str
    country: str | None
    credit_only: bool


def _country(code: str) -> str | None:
    return None if code in ("", "-") else code


def _normal(key: str) -> str:
    """A folded key as the lexicon index holds it (what fold_word does after folding)."""
    return _SPACES.sub(" ", strip_marks(key.lower()))


def lookup_place(name: str) -> PlaceEntry | None:
    """The gazetteer entry for a place as written ("اربيل", "هولير"), or None."""
    return _place(fold_word(name))


@functools.lru_cache(maxsize=_CACHE)
def place_by_key(key: str) -> PlaceEntry | None:
    """lookup_place for text that is already a folded key."""
    return _place(_normal(key))


@functools.lru_cache(maxsize=_CACHE)
def _place(key: str) -> PlaceEntry | None:
    rows = index("places", _PLACES_COLUMNS).get(key)
    if not rows:
        return None
    row = rows[0]
    return PlaceEntry(row.fields[0], _country(row.fields[1]))


def lookup_agency(credit: str, *, in_credit_position: bool = True) -> AgencyEntry | None:
    """The agency a credit names ("كوردستان 24" -> Kurdistan24), or None.

    Spellings marked credit-only (ordinary words such as "الاتحاد") match only when
    `in_credit_position` is true.
    """
    return _agency(fold_word(credit), in_credit_position)


@functools.lru_cache(maxsize=_CACHE)
def agency_by_key(key: str, *, in_credit_position: bool = True) -> AgencyEntry | None:
    """lookup_agency for text that is already a folded key."""
    return _agency(_normal(key), in_credit_position)


@functools.lru_cache(maxsize=_CACHE)
def _agency(key: str, in_credit_position: bool) -> AgencyEntry | None:
    for row in index("agencies", _AGENCIES_COLUMNS).get(key, ()):
        credit_only = row.fields[2] == _CREDIT_ONLY
        if credit_only and not in_credit_position:
            continue
        return AgencyEntry(row.fields[0], _country(row.fields[1]), credit_only)
    return None
