# The matching key. Every parser matches on `fold(text).key` and reports spans through
# `Folded.span`, so offsets always slice the caller's original string however much was folded.
# Rule: the character maps below are the only place letters are normalised.
"""Digit normalisation and the offset-keeping matching fold."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

__all__ = ["Folded", "clean_text", "fold", "fold_word", "normalize_digits"]

# --- character maps (data) -------------------------------------------------------------------

_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"  # U+0660..0669
_PERSIAN = "۰۱۲۳۴۵۶۷۸۹"  # U+06F0..06F9
_DIGITS = {ord(c): str(i) for i, c in enumerate(_ARABIC_INDIC)} | {
    ord(c): str(i) for i, c in enumerate(_PERSIAN)
}

# One letter for another: same length, so the key keeps the caller's offsets unchanged.
_LETTERS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",  # alef forms
    "ى": "ي",
    "ی": "ي",
    "ێ": "ي",
    "ې": "ي",
    "ۍ": "ي",
    "ئ": "ئ",  # ya forms (ئ stays)
    "ة": "ه",
    "ە": "ه",
    "ہ": "ه",
    "ھ": "ه",
    "ۀ": "ه",  # ta marbuta, Kurdish/Urdu ha
    "ک": "ك",
    "ڪ": "ك",
    "گ": "ك",  # kaf forms
    "ۆ": "و",
    "ۇ": "و",
    "ۈ": "و",
    "ٶ": "و",  # waw forms
    "ڕ": "ر",
    "ڵ": "ل",
    "پ": "ب",
    "چ": "ج",
    "ژ": "ز",
    "ڤ": "ف",
    "ڨ": "ق",
}
_SPACES = "\u00a0\u1680\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))
_SEPARATORS = {"٫": ".", "٬": ",", "٪": "%", "٭": "*"}

_ONE_TO_ONE: dict[int, str] = (
    _DIGITS
    | {ord(k): v for k, v in _LETTERS.items()}
    | {ord(c): " " for c in _SPACES}
    | {ord(k): v for k, v in _SEPARATORS.items()}
)

_TATWEEL = "\u0640"
_HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670"
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # ZWSP, ZWNJ, ZWJ, WJ, BOM, soft hyphen


def _presentation_forms() -> dict[str, str]:
    """Arabic presentation forms folded (NFKC) to base letters, themselves folded 1:1."""
    table: dict[str, str] = {}
    for lo, hi in ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE)):
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            base = unicodedata.normalize("NFKC", ch)
            if base != ch:
                base = "".join(c for c in base if c not in _HARAKAT and c not in _TATWEEL)
                table[ch] = base.translate(_ONE_TO_ONE).replace("\u0640", "")
    return table


# Characters whose key is not one character: dropped ("") or expanded (ligatures).
_EXPANDING: dict[str, str] = {c: "" for c in _HARAKAT + _BIDI + _INVISIBLE} | _presentation_forms()
_SPECIAL = regex.compile(
    "[" + regex.escape("".join(_EXPANDING) + _TATWEEL, special_only=True) + "]+"
)
# A tatweel that lengthens a letter is dropped; one standing alone is a dash ("الخرطوم ـ ...").
_JOINED_TATWEEL = regex.compile(r"(?<=\p{Arabic}[\p{Mn}]*)\u0640+")
_TRAILING_MARKS = frozenset(_HARAKAT + _TATWEEL)
_DIGIT_SEP = regex.compile(r"(?<=[0-9٠-٩۰-۹])[٫٬](?=[0-9٠-٩۰-۹])")
_DIGITS_ONLY = {**_DIGITS, ord("٪"): "%"}


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII; ٫ ٬ between digits to . and ,; ٪ to %.

    Nothing else changes and the result has the same length as `text`.
    """
    out = text.translate(_DIGITS_ONLY)
    if "٫" in out or "٬" in out:
        out = _DIGIT_SEP.sub(lambda m: "." if m.group() == "٫" else ",", out)
    return out


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded matching key over `text[base:base + n]` with a map back to `text`'s offsets."""

    text: str
    key: str
    base: int
    index: tuple[int, ...] | None  # key position -> offset in `text`; None: identity + base

    def offset(self, k: int) -> int:
        """The offset in `text` of key position `k` (k may equal len(key))."""
        if self.index is None:
            return self.base + k
        return self.index[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span in `text` of the key slice `key[start:end]`, covering every folded char."""
        if self.index is None:
            return (self.base + start, self.base + end)
        if end <= start:
            at = self.index[start]
            return (at, at)
        stop = self.index[end - 1] + 1
        limit = self.index[end]
        while stop < limit and self.text[stop] in _TRAILING_MARKS:
            stop += 1  # harakat and tatweel belong to the letter before them
        return (self.index[start], stop)


def fold(text: str, start: int = 0, end: int | None = None) -> Folded:
    """Fold `text[start:end]` into a matching key that remembers the caller's offsets."""
    stop = len(text) if end is None else end
    part = text[start:stop].translate(_ONE_TO_ONE)
    if not _SPECIAL.search(part):
        return Folded(text, part, start, None)
    keep_dash = _standalone_tatweels(part)
    pieces: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _SPECIAL.finditer(part):
        if m.start() > pos:
            pieces.append(part[pos : m.start()])
            index.extend(range(start + pos, start + m.start()))
        for i in range(m.start(), m.end()):
            ch = part[i]
            out = ("-" if i in keep_dash else "") if ch == _TATWEEL else _EXPANDING[ch]
            if out:
                pieces.append(out)
                index.extend([start + i] * len(out))
        pos = m.end()
    pieces.append(part[pos:])
    index.extend(range(start + pos, stop))
    index.append(stop)
    return Folded(text, "".join(pieces), start, tuple(index))


def _standalone_tatweels(part: str) -> set[int]:
    if _TATWEEL not in part:
        return set()
    joined = {i for m in _JOINED_TATWEEL.finditer(part) for i in range(m.start(), m.end())}
    return {i for i, ch in enumerate(part) if ch == _TATWEEL and i not in joined}


_EDGE_PUNCT = regex.compile(r"^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$")
_INNER_SPACE = regex.compile(r"\s+")


def fold_word(word: str) -> str:
    """The lookup key of a lexicon word: folded, lower-cased, edge punctuation and spaces trimmed."""
    key = fold(word).key.lower()
    key = _EDGE_PUNCT.sub("", key)
    return _INNER_SPACE.sub(" ", key)


_BIDI_RUN = regex.compile("[" + _BIDI + "\u200b\u2060\ufeff" + "]+")
_WS_RUN = regex.compile(r"[\s" + _SPACES + r"]+")


def clean_text(raw: str) -> str:
    """A block's display text: bidi controls dropped, white space runs to one space, stripped."""
    return _WS_RUN.sub(" ", _BIDI_RUN.sub("", raw)).strip()
