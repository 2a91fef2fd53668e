"""Every lexicon row is exercised through the public lookup it feeds."""

from __future__ import annotations

import pytest

import arnews
from arnews._lexicon import table
from arnews._places import lookup_agency, lookup_place

AMBIGUOUS = {"كانون", "تشرين", "ربيع", "جمادى", "جمادي"}


def _rows(name: str, columns: int) -> list[tuple[str, tuple[str, ...]]]:
    return [(v, r.fields) for r in table(name, columns) for v in r.variants]


@pytest.mark.parametrize(("variant", "fields"), _rows("months", 4))
def test_every_month_variant(variant: str, fields: tuple[str, ...]) -> None:
    assert arnews.month_number(variant) == int(fields[0])


@pytest.mark.parametrize(("variant", "fields"), _rows("hijri_months", 3))
def test_every_hijri_month_variant(variant: str, fields: tuple[str, ...]) -> None:
    assert arnews.hijri_month_number(variant) == int(fields[0])


@pytest.mark.parametrize(("variant", "fields"), _rows("weekdays", 3))
def test_every_weekday_variant(variant: str, fields: tuple[str, ...]) -> None:
    assert arnews.weekday_number(variant) == int(fields[0])
    assert arnews.weekday_number(f"يوم {variant}") == int(fields[0])


@pytest.mark.parametrize(("variant", "fields"), _rows("numbers", 4))
def test_every_number_word(variant: str, fields: tuple[str, ...]) -> None:
    value, kind = int(fields[0]), fields[1]
    if kind in {"teen_unit", "ordinal_unit"}:
        assert arnews.number_value(f"{variant} عشر") == 10 + value
    else:
        assert arnews.number_value(variant) == value


@pytest.mark.parametrize(("variant", "fields"), _rows("places", 4))
def test_every_place_variant(variant: str, fields: tuple[str, ...]) -> None:
    entry = lookup_place(variant)
    assert entry is not None and (entry.name_en, entry.country) == (fields[0], fields[1])


@pytest.mark.parametrize(("variant", "fields"), _rows("agencies", 5))
def test_every_agency_variant(variant: str, fields: tuple[str, ...]) -> None:
    entry = lookup_agency(variant, in_credit_position=True)
    assert entry is not None and entry.name == fields[0]
    if fields[2] == "credit":
        found = lookup_agency(variant, in_credit_position=False)
        assert found is None or (found.name == fields[0] and not found.credit_only)


@pytest.mark.parametrize("fragment", sorted(AMBIGUOUS))
def test_ambiguous_fragments_alone_are_none(fragment: str) -> None:
    assert arnews.month_number(fragment) is None
    assert arnews.hijri_month_number(fragment) is None


@pytest.mark.parametrize(("variant", "fields"), _rows("given_names", 4))
def test_every_given_name_opens_a_reporters_name_after_a_credit(
    variant: str, fields: tuple[str, ...]
) -> None:
    text = f"رويترز - {variant} الفلاني - أعلنت الوزارة اليوم خطة جديدة لتوزيع المياه."
    art = arnews.parse(text)
    assert art.byline is not None and art.byline.name == f"{variant} الفلاني", fields[0]
    assert art.dateline is None


@pytest.mark.parametrize(
    ("variant", "fields"), [r for r in _rows("outlet_marks", 3) if r[1][0] != "lead"]
)
def test_every_outlet_mark_makes_an_unknown_outlet_a_credit(
    variant: str, fields: tuple[str, ...]
) -> None:
    outlet = f"الفلاني {variant}" if fields[0] == "suffix" else f"{variant} الفلاني"
    art = arnews.parse(f"{outlet} - أعلنت الوزارة اليوم خطة جديدة لتوزيع المياه.")
    assert [(a.name, a.text) for a in art.agencies] == [(None, outlet)]
    assert "unknown-agency" in [w.code for w in art.warnings]


@pytest.mark.parametrize(
    ("variant", "fields"), [r for r in _rows("outlet_marks", 3) if r[1][0] == "lead"]
)
def test_every_lead_word_makes_the_name_before_a_place_an_outlets(
    variant: str, fields: tuple[str, ...]
) -> None:
    outlet = f"{variant} الفلاني"
    art = arnews.parse(f"{outlet} – بغداد\n\nأعلنت الوزارة اليوم خطة جديدة لتوزيع المياه.")
    assert [(a.name, a.text) for a in art.agencies] == [(None, outlet)]
    assert art.byline is None
    assert art.dateline is not None and art.dateline.place_en == "Baghdad"
