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
from ._lexicon import index, table

__all__ = [
    "AgencyEntry",
    "PlaceEntry",
    "agency_by_key",
    "lookup_agency",
    "lookup_place",
    "place_by_key",
    "place_heads",
]

_PLACES_COLUMNS = 4  # place_en, country, variants, note
_AGENCIES_COLUMNS = 5  # name, country, position, variants, note
_CREDIT_ONLY = "credit"
_CACHE = 4096
_ABBREVIATION_MAX_CHARS = 5  # "KUNA", "AFP", "MENA": an agency's Latin initials
_TITLE_CASE_MIN_CHARS = 3  # "Kuna" names the agency; "Aa" is a font-size button
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


_CAPITAL = "العاصمه "  # folded: "the capital" before a city's name ("العاصمة عدن")


@functools.cache
def place_heads() -> frozenset[str]:
    """The first words of every gazetteer key (folded, lower-cased), "العاصمه" among them: a
    phrase opening with any other word names no known place."""
    heads = {key.split(" ", 1)[0] for key in index("places", _PLACES_COLUMNS)}
    return frozenset(heads | {_CAPITAL.strip()})


@functools.lru_cache(maxsize=_CACHE)
def _place(key: str) -> PlaceEntry | None:
    rows = index("places", _PLACES_COLUMNS).get(key)
    if not rows and key.startswith(_CAPITAL):
        rows = index("places", _PLACES_COLUMNS).get(key[len(_CAPITAL) :])  # "العاصمة عدن"
    if not rows:
        return None
    row = rows[0]
    return PlaceEntry(row.fields[0], _country(row.fields[1]))


def lookup_agency(credit: str, *, in_credit_position: bool = True) -> AgencyEntry | None:
    """The agency a credit names ("كوردستان 24" -> Kurdistan24), or None.

    Spellings marked credit-only (ordinary words such as "الاتحاد") match only when
    `in_credit_position` is true.
    """
    key = fold_word(credit)
    if key in _capitals_only() and not _capitalised(credit.strip()):
        return None
    return _agency(key, in_credit_position)


@functools.lru_cache(maxsize=_CACHE)
def agency_by_key(key: str, *, in_credit_position: bool = True) -> AgencyEntry | None:
    """lookup_agency for text that is already a folded key."""
    normal = _normal(key)
    if normal in _capitals_only() and not _capitalised(key.strip()):
        return None  # "Aa": a font-size button, never AA (Anadolu)
    return _agency(normal, in_credit_position)


def _capitalised(word: str) -> bool:
    """In capitals ("AFP"), or of three letters or more with a capital first ("Kuna", as an
    aggregator prints its sources); never "Aa" or "afp"."""
    return word.isupper() or (len(word) >= _TITLE_CASE_MIN_CHARS and word[:1].isupper())


@functools.cache
def _capitals_only() -> frozenset[str]:
    """Latin abbreviations the lexicon writes in capitals only ("AA", "AFP", "KUNA"): in small
    letters on the page ("aa", "Aa") they are words or buttons, no agency."""
    capitals: set[str] = set()
    other: set[str] = set()  # "dpa": the lexicon lists a spelling in small letters too
    for row in table("agencies", _AGENCIES_COLUMNS):
        for v in row.variants:
            if v.isascii() and len(v.replace(" ", "")) <= _ABBREVIATION_MAX_CHARS:
                (capitals if v.isupper() else other).add(fold_word(v))
    return frozenset(capitals - other)


@functools.lru_cache(maxsize=_CACHE)
def _agency(key: str, in_credit_position: bool) -> AgencyEntry | None:
    for row in index("agencies", _AGENCIES_COLUMNS).get(key, ()):
        credit_only = row.fields[2] == _CREDIT_ONLY
        if credit_only and not in_credit_position:
            continue
        return AgencyEntry(row.fields[0], _country(row.fields[1]), credit_only)
    return None
