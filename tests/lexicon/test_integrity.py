"""The lexicon tables test themselves: shape, no conflicts, every row reachable."""

from __future__ import annotations

import zoneinfo
from collections import defaultdict
from importlib import resources

import pytest

from arnews._fold import fold, fold_word
from arnews._lexicon import table
from arnews._segment import norm_key

# name -> number of columns (variants and note last)
TABLES = {
    "months": 4,
    "hijri_months": 3,
    "weekdays": 3,
    "numbers": 4,
    "time_units": 4,
    "agencies": 5,
    "places": 4,
    "zones": 3,
    "boilerplate": 4,
    "sections": 3,
    "joiners": 3,
    "byline_labels": 3,
    "roles": 3,
    "date_labels": 3,
    "date_words": 3,
    "day_periods": 3,
    "relative_cues": 3,
    "relative_phrases": 4,
    "given_names": 4,
    "outlet_marks": 3,
}
SYSTEMS = {"levantine", "egyptian", "algerian", "moroccan", "mauritanian", "libyan", "english"}


def test_every_lexicon_file_is_known() -> None:
    files = {
        p.name.removesuffix(".tsv")
        for p in resources.files("arnews").joinpath("lexicon").iterdir()
        if p.name.endswith(".tsv")
    }
    assert set(TABLES) == files, "a new table needs a row in TABLES (and a test of its rows)"


@pytest.mark.parametrize("name", sorted(TABLES))
def test_table_loads_with_its_columns_and_a_header_comment(name: str) -> None:
    rows = table(name, TABLES[name])
    assert rows
    raw = resources.files("arnews").joinpath("lexicon").joinpath(f"{name}.tsv").read_text("utf-8")
    assert raw.startswith("#"), f"{name}.tsv must open with a comment naming its columns"
    for row in rows:
        assert all(v == v.strip() and v for v in row.variants)
        for variant in row.variants:
            assert not any(ch in variant for ch in '"\\{}[]\t'), f"{name}:{row.line} {variant!r}"
            # a variant of only symbols or punctuation ("×") folds to an empty key, which every
            # line would match; only a phrase searched anywhere in a line ("©") may be one
            if not (name == "boilerplate" and row.fields[1] == "any"):
                assert norm_key(fold(variant).key), f"{name}:{row.line} {variant!r} has no letter"


def _conflicts(name: str, value_of) -> list[str]:  # type: ignore[no-untyped-def]
    seen: dict[str, set[str]] = defaultdict(set)
    for row in table(name, TABLES[name]):
        for variant in row.variants:
            seen[fold_word(variant)].add(value_of(row))
    return [f"{k}: {sorted(v)}" for k, v in seen.items() if len(v) > 1]


@pytest.mark.parametrize(
    ("name", "value_of"),
    [
        ("months", lambda r: r.fields[0]),
        ("hijri_months", lambda r: r.fields[0]),
        ("weekdays", lambda r: r.fields[0]),
        ("time_units", lambda r: r.fields[0] + r.fields[1]),
        ("agencies", lambda r: r.fields[0]),
        ("places", lambda r: r.fields[0]),
        ("zones", lambda r: r.fields[0]),
        ("given_names", lambda r: r.fields[0]),
    ],
)
def test_no_variant_maps_to_two_values(name: str, value_of) -> None:  # type: ignore[no-untyped-def]
    assert _conflicts(name, value_of) == []


def test_numbers_no_variant_has_two_values_within_a_kind() -> None:
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in table("numbers", 4):
        for variant in row.variants:
            seen[(fold_word(variant), row.fields[1])].add(row.fields[0])
    assert [k for k, v in seen.items() if len(v) > 1] == []


def test_every_naming_system_has_twelve_months() -> None:
    by_system: dict[str, set[int]] = defaultdict(set)
    for row in table("months", 4):
        by_system[row.fields[1]].add(int(row.fields[0]))
    for system in SYSTEMS:
        assert by_system[system] == set(range(1, 13)), system


def test_hijri_and_weekday_tables_are_complete() -> None:
    assert {int(r.fields[0]) for r in table("hijri_months", 3)} == set(range(1, 13))
    assert {int(r.fields[0]) for r in table("weekdays", 3)} == set(range(7))


def test_codes_are_valid() -> None:
    for row in table("agencies", 5):
        assert row.fields[1] == "-" or (len(row.fields[1]) == 2 and row.fields[1].isupper())
        assert row.fields[2] in {"any", "credit"}
    for row in table("places", 4):
        assert len(row.fields[1]) == 2 and row.fields[1].isupper(), row
    for row in table("zones", 3):
        zoneinfo.ZoneInfo(row.fields[0])


def test_given_names_are_no_place_outlet_or_month() -> None:
    """A first name that is also a place or an outlet would flip a dateline into a byline."""
    names = {fold_word(v) for row in table("given_names", 4) for v in row.variants}
    for other, columns in (("places", 4), ("agencies", 5), ("months", 4), ("weekdays", 3)):
        clashes = names & {fold_word(v) for row in table(other, columns) for v in row.variants}
        assert clashes == set(), (other, clashes)
    assert {row.fields[1] for row in table("given_names", 4)} == {"m", "f"}
