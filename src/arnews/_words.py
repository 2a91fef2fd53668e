# Word-level normalisers: month names (every naming system), Hijri months, weekdays, number words.
# Rule: a lookup is a dictionary hit on the folded key, never a scan; anything that is not
# exactly one known value (an ambiguous fragment, two halves that disagree) is None.
"""Month, weekday and number-word lookups."""

from __future__ import annotations

import functools

import regex

from ._fold import fold_word
from ._lexicon import Row, index

__all__ = [
    "hijri_month_number",
    "month_number",
    "month_rows",
    "number_value",
    "weekday_number",
]

_PAIR_SPLIT = regex.compile(r"\s*[/\\(\)\[\]\-–—]\s*|\s*،\s*")
_DEFINITE = "ال"
_DAY_WORD = "يوم"


def month_rows(key: str) -> tuple[Row, ...]:
    """The months.tsv rows listing the folded `key` (empty when none)."""
    return index("months", 4).get(key, ())


def _single(rows: tuple[Row, ...]) -> int | None:
    values = {int(r.fields[0]) for r in rows}
    return values.pop() if len(values) == 1 else None


def _lookup(name: str, columns: int, key: str) -> int | None:
    found = _single(index(name, columns).get(key, ()))
    if found is None and key.startswith(_DEFINITE):
        found = _single(index(name, columns).get(key[len(_DEFINITE) :], ()))
    return found


def _paired(name: str, columns: int, key: str) -> int | None:
    """A direct name, or a pair of names ("كانون الثاني/يناير", "يوليو تموز") that agree."""
    direct = _lookup(name, columns, key)
    if direct is not None:
        return direct
    parts = [p for p in _PAIR_SPLIT.split(key) if p]
    if len(parts) == 2:
        values = {_lookup(name, columns, p) for p in parts}
        return values.pop() if len(values) == 1 else None
    words = key.split(" ")
    for cut in range(1, len(words)):
        first = _lookup(name, columns, " ".join(words[:cut]))
        if first is not None and first == _lookup(name, columns, " ".join(words[cut:])):
            return first
    return None


def month_number(word: str) -> int | None:
    """Any Gregorian month name of any Arabic naming system, or an agreeing pair -> 1..12."""
    return _paired("months", 4, fold_word(word))


def hijri_month_number(word: str) -> int | None:
    """A Hijri month name ("رجب", "ذي القعدة", "ربيع الآخر") -> 1..12; a bare "ربيع" is None."""
    return _lookup("hijri_months", 3, fold_word(word))


def weekday_number(word: str) -> int | None:
    """A weekday name ("الثلاثاء", "يوم الاثنين") -> 0..6 with Monday = 0."""
    key = fold_word(word)
    if key.startswith(_DAY_WORD + " "):
        key = key[len(_DAY_WORD) + 1 :]
    return _lookup("weekdays", 3, key)


# --- number words --------------------------------------------------------------------------

_CONJUNCTION = "و"
_ASCII_DIGITS = regex.compile(r"[0-9]+")
_KINDS_CARDINAL = ("unit", "ten", "hundred", "scale", "dual_scale", "teen_unit")
_KINDS_ORDINAL = ("ordinal", "ordinal_unit", "ordinal_ten")


@functools.cache
def _number_atoms() -> dict[str, dict[str, int]]:
    """Folded word -> {kind: value} from numbers.tsv."""
    out: dict[str, dict[str, int]] = {}
    for key, rows in index("numbers", 4).items():
        for row in rows:
            out.setdefault(key, {})[row.fields[1]] = int(row.fields[0])
    return out


def _atom(word: str) -> dict[str, int] | None:
    atoms = _number_atoms()
    found = atoms.get(word)
    if found is None and word.startswith(_CONJUNCTION) and len(word) > 2:
        found = atoms.get(word[1:])
    return found


def number_value(words: str) -> int | None:
    """A cardinal or day-ordinal in words or digits -> int ("خمس وثلاثين" -> 35); else None."""
    key = fold_word(words)
    if not key:
        return None
    if _ASCII_DIGITS.fullmatch(key):
        return int(key)
    tokens = [t for t in key.replace(" و ", " و").split(" ") if t]
    atoms = [_atom(t) for t in tokens]
    if any(a is None for a in atoms):
        return None
    return _compose([a for a in atoms if a is not None])


def _compose(atoms: list[dict[str, int]]) -> int | None:
    total = 0
    group = 0
    used: set[str] = set()
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else {}
        if nxt.get("ten") == 10 or nxt.get("ordinal") == 10:  # teens: "أحد عشر", "الحادي عشر"
            unit = _first(atom, "teen_unit", "unit", "ordinal_unit", "ordinal")
            if unit is None or unit == 0 or unit > 9 or "unit" in used or "ten" in used:
                return None
            group += 10 + unit
            used |= {"unit", "ten"}
            i += 2
            continue
        if "hundred" in nxt and _first(atom, "unit") and nxt["hundred"] == 100:
            if "hundred" in used:  # "ثلاث مئة": unit times a hundred
                return None
            group += atom["unit"] * 100
            used.add("hundred")
            i += 2
            continue
        slot, value = _slot(atom)
        if slot is None:
            return None
        if slot == "scale":
            total += (group or 1) * value
            group, used = 0, set()
        elif slot == "dual_scale":
            if group:
                return None
            total += value
            used = set()
        else:
            if slot in used:
                return None
            used.add(slot)
            group += value
        i += 1
    return total + group


def _first(atom: dict[str, int], *kinds: str) -> int | None:
    for kind in kinds:
        if kind in atom:
            return atom[kind]
    return None


def _slot(atom: dict[str, int]) -> tuple[str | None, int]:
    for kind, slot in (
        ("hundred", "hundred"),
        ("ten", "ten"),
        ("ordinal_ten", "ten"),
        ("unit", "unit"),
        ("ordinal", "unit"),
        ("ordinal_unit", "unit"),
        ("scale", "scale"),
        ("dual_scale", "dual_scale"),
    ):
        if kind in atom:
            return slot, atom[kind]
    return None, 0
