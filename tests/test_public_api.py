"""The public surface equals the contract: names, docstrings, types."""

from __future__ import annotations

import dataclasses
import inspect
import re
from pathlib import Path

import pytest

import arnews

CONTRACT_NAMES = {
    "parse", "parse_many", "parse_date", "find_dates", "parse_relative", "normalize_digits",
    "month_number", "hijri_month_number", "weekday_number", "number_value", "split_dump",
    "Article", "Timestamp", "RelativeTime", "DateMatch", "Dateline", "Agency", "Byline",
    "Block", "Subheading", "ParseWarning", "ArnewsError", "ParseError", "DecodeError",
}  # fmt: skip

ARTICLE_FIELDS = [
    "timestamp", "updated", "relative", "published_at", "dateline", "agency", "agencies",
    "byline", "title", "paragraphs", "subheadings", "boilerplate", "blocks", "warnings",
]  # fmt: skip


def test_all_equals_the_contract() -> None:
    assert set(arnews.__all__) == CONTRACT_NAMES
    assert len(arnews.__all__) == len(CONTRACT_NAMES)


@pytest.mark.parametrize("name", sorted(CONTRACT_NAMES))
def test_every_export_is_documented(name: str) -> None:
    obj = getattr(arnews, name)
    assert inspect.getdoc(obj), f"{name} has no docstring"


def test_article_fields_and_to_dict_keys_follow_the_contract() -> None:
    fields = [f.name for f in dataclasses.fields(arnews.Article)]
    assert fields == ARTICLE_FIELDS
    assert list(arnews.Article().to_dict()) == ARTICLE_FIELDS


def test_results_are_immutable() -> None:
    art = arnews.parse("نص قصير.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        art.title = None  # type: ignore[misc]


def test_errors_are_value_errors() -> None:
    assert issubclass(arnews.ParseError, arnews.ArnewsError)
    assert issubclass(arnews.DecodeError, arnews.ArnewsError)
    assert issubclass(arnews.ArnewsError, ValueError)


def test_package_is_typed() -> None:
    assert (Path(arnews.__file__).parent / "py.typed").exists()


def test_import_is_light() -> None:
    """Importing arnews reads no lexicon and pulls in neither dateparser nor hijridate's data."""
    import subprocess
    import sys

    code = (
        "import sys, arnews, arnews._lexicon as L;"
        "assert L.table.cache_info().currsize == 0, 'lexicon read at import';"
        "assert 'dateparser' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_contract_names_match_contract_file() -> None:
    contract = Path(__file__).resolve().parents[2] / "shared" / "CONTRACT.md"
    if not contract.exists():
        pytest.skip("shared/CONTRACT.md is not beside this checkout")
    text = contract.read_text(encoding="utf-8")
    functions = set(re.findall(r"arnews\.(\w+)\(", text))
    assert functions <= CONTRACT_NAMES


def test_every_warning_code_is_documented() -> None:
    from arnews._errors import WARNING_CODES

    docs = Path(__file__).resolve().parent.parent / "docs"
    text = "".join(
        (docs / name).read_text("utf-8") for name in ("fields.md", "dates.md", "datelines.md")
    )
    assert [code for code in WARNING_CODES if f"`{code}`" not in text] == []
