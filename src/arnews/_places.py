# Canonicalisation of places and credits against the gazetteer and agency lexicon.
# Rule: lookups are dictionary hits on the folded key; unknown names stay, with None fields.
"""Place and agency lookups."""

from __future__ import annotations

from dataclasses import dataclass

from ._fold import fold_word
from ._lexicon import index

__all__ = ["AgencyEntry", "PlaceEntry", "lookup_agency", "lookup_place"]

_PLACES_COLUMNS = 4  # place_en, country, variants, note
_AGENCIES_COLUMNS = 5  # name, country, position, variants, note


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


def lookup_place(name: str) -> PlaceEntry | None:
    """The gazetteer entry for a place as written ("اربيل", "هولير"), or None."""
    key = fold_word(name)
    rows = index("places", _PLACES_COLUMNS).get(key)
    if not rows and key.startswith("ال"):
        rows = index("places", _PLACES_COLUMNS).get(key[2:])
    if not rows:
        return None
    row = rows[0]
    return PlaceEntry(row.fields[0], _country(row.fields[1]))


def lookup_agency(credit: str, *, in_credit_position: bool = True) -> AgencyEntry | None:
    """The agency a credit names ("كوردستان 24" -> Kurdistan24), or None.

    Spellings marked credit-only (ordinary words such as "الاتحاد") match only when
    `in_credit_position` is true.
    """
    rows = index("agencies", _AGENCIES_COLUMNS).get(fold_word(credit), ())
    for row in rows:
        credit_only = row.fields[2] == "credit"
        if credit_only and not in_credit_position:
            continue
        return AgencyEntry(row.fields[0], _country(row.fields[1]), credit_only)
    return None
