"""The data behind the credits stage: lookups by key agree with lookups by text, credit-only
spellings stay out of running text, every role word and every source label is exercised."""

from __future__ import annotations

import pytest

import arnews
from arnews import _linereader as linereader
from arnews._byline import read_name
from arnews._credits import closing_line
from arnews._dateline import find_credits
from arnews._fold import fold, fold_word
from arnews._lexicon import table
from arnews._linereader import make_line
from arnews._places import (
    agency_by_key,
    lookup_agency,
    lookup_place,
    place_by_key,
    place_heads,
)
from arnews._structure import RawBlock

BODY = "أعلنت الوزارة افتتاح المشروع."


def _rows(name: str, columns: int) -> list[tuple[str, tuple[str, ...]]]:
    return [(v, r.fields) for r in table(name, columns) for v in r.variants]


@pytest.mark.parametrize("name", ["هولير", "القدس المحتلة", "عمّان", "سلطنة عمان", "العراق"])
def test_place_by_key_agrees_with_lookup_place(name: str) -> None:
    assert place_by_key(fold(name).key) == lookup_place(name) is not None


@pytest.mark.parametrize(
    ("word", "place_en"),
    [("الصور", None), ("المدني", None), ("البحري", None), ("صور", "Tyre"), ("مدني", "Wad Madani")],
)
def test_no_article_stripping(word: str, place_en: str | None) -> None:
    entry = lookup_place(word)
    assert (entry.name_en if entry else None) == place_en


@pytest.mark.parametrize(
    ("name", "country"),
    [("العراق", "IQ"), ("مصر", "EG"), ("سلطنة عمان", "OM"), ("المغرب", "MA"), ("إيران", "IR")],
)
def test_countries_are_places(name: str, country: str) -> None:
    entry = lookup_place(name)
    assert entry is not None and entry.country == country


@pytest.mark.parametrize("word", ["وام", "الوطنية", "العمانية", "سبأ", "الاتحاد"])
def test_credit_only_words(word: str) -> None:
    assert lookup_agency(word, in_credit_position=False) is None
    assert agency_by_key(fold(word).key, in_credit_position=False) is None
    assert lookup_agency(word) is not None
    # in running text at the start of a body they are no credit ...
    text = f"{word} - قال المتحدث إن الاجتماع ناجح."
    assert find_credits(text, [RawBlock("paragraph", 0, len(text))]).agencies == ()
    # ... in brackets after a place they are
    text = f"بغداد ({word}) - {BODY}"
    found = find_credits(text, [RawBlock("paragraph", 0, len(text))])
    assert [a.text for a in found.agencies] == [word]


@pytest.mark.parametrize(
    ("variant", "fields"), [r for r in _rows("byline_labels", 3) if r[1][0] == "desk"]
)
def test_every_desk_label_ends_an_outlet_line_and_opens_no_byline(
    variant: str, fields: tuple[str, ...]
) -> None:
    text = f"الساحل نيوز – {variant}\n{BODY}"
    blocks = [
        RawBlock("paragraph", 0, text.index("\n")),
        RawBlock("paragraph", text.index(BODY), len(text)),
    ]
    found = find_credits(text, blocks)
    assert [a.text for a in found.agencies] == ["الساحل نيوز"] and found.byline is None
    opening = f"{variant}: سعاد حسن\n{BODY}"
    blocks = [
        RawBlock("paragraph", 0, opening.index("\n")),
        RawBlock("paragraph", opening.index(BODY), len(opening)),
    ]
    assert find_credits(opening, blocks).byline is None


@pytest.mark.parametrize(("variant", "fields"), _rows("roles", 3))
def test_every_role_word_makes_a_phrase_no_name(variant: str, fields: tuple[str, ...]) -> None:
    key = fold(f"{variant} علي:").key
    assert read_name(key, 0, len(key), True, labelled=False) is None


@pytest.mark.parametrize(
    ("variant", "fields"), [r for r in _rows("boilerplate", 4) if r[1][0] == "source"]
)
def test_every_source_label_opens_a_source_line(variant: str, fields: tuple[str, ...]) -> None:
    label = variant if variant[-1] in ":-/" else variant + ":"
    found = closing_line(fold(f"{label} رويترز").key)
    assert found is not None and found[0] == "source"


@pytest.mark.parametrize(
    ("variant", "fields"),
    [r for r in _rows("byline_labels", 3) if r[1][0] not in ("desk", "after")],
)
def test_every_byline_label_opens_a_byline(variant: str, fields: tuple[str, ...]) -> None:
    text = f"{variant}: سعاد حسن\n{BODY}"
    blocks = [
        RawBlock("paragraph", 0, text.index("\n")),
        RawBlock("paragraph", text.index(BODY), len(text)),
    ]
    found = find_credits(text, blocks)
    assert found.byline is not None and found.byline.name == "سعاد حسن"


@pytest.mark.parametrize(
    ("variant", "fields"), [r for r in _rows("byline_labels", 3) if r[1][0] == "after"]
)
def test_every_after_word_names_a_columnist_in_the_title(
    variant: str, fields: tuple[str, ...]
) -> None:
    text = f"سعاد حسن {variant}: بقية المشهد في المدينة\n\n{BODY}"
    art = arnews.parse(text)
    assert art.byline is not None and art.byline.name == "سعاد حسن"
    assert art.title is not None and art.title.text.startswith("سعاد حسن")
    assert text[art.byline.span[0] : art.byline.span[1]] == art.byline.text


def test_every_place_opens_with_a_head_word() -> None:
    heads = place_heads()
    missing = [
        v
        for row in table("places", 4)
        for v in row.variants
        if fold_word(v).split()[0] not in heads
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("يجتمع الحلفاء في باريس - أعلن", False),  # no place opens with "يجتمع"
        ("الدار البيضاء - أعلن", True),
        ("العاصمة عدن - أعلن", True),
    ],
)
def test_known_places_asks_the_gazetteer_only_after_a_head_word(
    line: str, asked: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = linereader.place_by_key

    def spy(key: str) -> object:
        calls.append(key)
        return real(key)

    monkeypatch.setattr(linereader, "place_by_key", spy)
    folded = fold(line)
    reader = make_line(folded, len(folded.key), True)
    found = list(reader.known_places(0, reader.words(0)))
    assert bool(calls) == asked
    assert bool(found) == asked
