"""The full expected output of every seed dump; regenerate only with --regen-golden."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import arnews
from arnews._fold import clean_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
GOLDEN = Path(__file__).resolve().parent
NOW = dt.datetime(2026, 1, 6, 12, 0)
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _golden_path(seed: Path) -> Path:
    return GOLDEN / f"{seed.stem}.json"


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_seed_matches_golden(seed: Path, regen_golden: bool) -> None:
    text = seed.read_text(encoding="utf-8")
    got = {"now": NOW.isoformat(), "article": arnews.parse(text, now=NOW).to_dict()}
    path = _golden_path(seed)
    if regen_golden:
        path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        pytest.skip("golden file regenerated")
    assert path.exists(), f"no golden file for {seed.name}: run pytest --regen-golden"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert got == expected


def _spans(node: Any) -> list[dict[str, Any]]:
    """Every dict in the output that carries a span and a text."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if isinstance(node.get("span"), list) and "text" in node:
            found.append(node)
        for value in node.values():
            found.extend(_spans(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_spans(value))
    return found


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_every_golden_span_slices_back_to_its_text(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    expected = json.loads(_golden_path(seed).read_text(encoding="utf-8"))
    spans = _spans(expected["article"])
    assert len(spans) > 20
    for field in spans:
        start, end = field["span"]
        assert clean_text(text[start:end]) == field["text"]


def test_seed_fields_are_the_ones_a_reader_sees(seed_text: str) -> None:
    art = arnews.parse(seed_text, now=NOW)
    assert len(art.paragraphs) == 14
    assert [(s.text, s.before) for s in art.subheadings] == [("أسرار عسكرية", 6)]
    assert art.paragraphs[6].text.startswith("في منتصف كانون الأول/ديسمبر")
    assert art.timestamp is not None and art.timestamp.date == dt.date(2026, 1, 6)
    assert art.relative is not None
    assert (art.relative.amount, art.relative.unit) == (46, "minute")
    assert art.dateline is not None
    assert (art.dateline.place, art.dateline.place_en, art.dateline.country) == (
        "أربيل",
        "Erbil",
        "IQ",
    )
    assert art.agency is not None and (art.agency.name, art.agency.country) == ("Kurdistan24", "IQ")
    assert art.title is None
    assert art.published_at == dt.datetime(2026, 1, 6, 11, 14)
    assert art.paragraphs[0].text.startswith("يجتمع الحلفاء")
