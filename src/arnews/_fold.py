# The matching key. Every parser matches on `fold(text).key` and reports spans through
# `Folded.span`, so offsets always slice the caller's original string however much was folded.
# Rule: the character maps below are the only place letters are normalised.
"""Digit normalisation and the offset-keeping matching fold."""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right

import regex

__all__ = [
    "Folded",
    "clean_text",
    "fold",
    "fold_key",
    "fold_word",
    "normalize_digits",
    "strip_marks",
]

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
    "ۍ": "ي",  # ya forms (ئ stays)
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


def _char_class(chars: str) -> str:
    """A compact regex character class (ranges) for a set of characters."""
    codes = sorted({ord(c) for c in chars})
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    parts = (
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs
    )
    return "[" + "".join(parts) + "]"


# str.translate costs ~100 ns per non-ASCII character; replacing only the characters present
# is 5-10x faster on Arabic text. Common letters are replaced outright; rare groups (other
# digits, Persian/Kurdish letters, odd spaces) are first detected with one class scan.
_COMMON = "أإآىة"
_ONE_TO_ONE_GROUPS = tuple(
    (re.compile(_char_class("".join(group))), tuple((c, _ONE_TO_ONE[ord(c)]) for c in group))
    for group in (
        [chr(k) for k in _DIGITS],
        [c for c in _LETTERS if c not in _COMMON and _LETTERS[c] != c],
        list(_SPACES) + list(_SEPARATORS),
    )
)
_COMMON_PAIRS = tuple((c, _LETTERS[c]) for c in _COMMON)
_ANY_RARE = re.compile(_char_class("".join(chr(k) for k in _ONE_TO_ONE if chr(k) not in _COMMON)))
_DIGIT_PAIRS = tuple((chr(k), v) for k, v in _DIGITS.items())
# The stdlib engine scans a plain character class several times faster than `regex`.
# Whole blocks, not the exact set: a few ranges scan far faster than a thousand single
# characters. A presentation-form code point with no decomposition maps to itself.
_PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefe"
_SPECIAL_CHAR = (
    "[" + _char_class(_HARAKAT + _BIDI + _INVISIBLE + _TATWEEL)[1:-1] + _PRESENTATION + "]"
)
# A run is written c(?:c)* rather than c+: the stdlib engine skips ahead with its fast
# character-class scan only when a pattern opens with a plain class, ~2x faster here.
_SPECIAL = re.compile(f"{_SPECIAL_CHAR}(?:{_SPECIAL_CHAR})*")
_SPECIAL_RUNS = re.compile("(" + _SPECIAL.pattern + ")")  # split() keeps the runs
_SPECIAL_OR_RARE = "[" + _SPECIAL_CHAR[1:-1] + _ANY_RARE.pattern[1:-1] + "]"
_SPECIAL_OR_RARE_RUNS = re.compile(f"({_SPECIAL_OR_RARE}(?:{_SPECIAL_OR_RARE})*)")
# Besides tatweel (which may become "-"), the characters whose key is not simply nothing.
_PRESENTATION_FORM = re.compile("[" + _PRESENTATION + "]")
# A tatweel that lengthens a letter is dropped; one standing alone is a dash ("الخرطوم ـ ...").
# Marks the fold drops (harakat, bidi and zero-width marks) may stand between the letter and it.
_JOINED_TATWEEL = regex.compile(
    r"(?<=\p{Arabic}[\p{Mn}\u0640" + _char_class(_BIDI + _INVISIBLE)[1:-1] + r"]*)\u0640+"
)
_ONE_TATWEEL = re.compile(_TATWEEL)
_TRAILING_MARKS = frozenset(_HARAKAT + _TATWEEL)
_DIGIT_SEP = regex.compile(r"(?<=[0-9٠-٩۰-۹])[٫٬](?=[0-9٠-٩۰-۹])")


def _replace_present(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


def _letters_and_runs(text: str) -> tuple[str, list[str]]:
    """The 1:1 part of the fold (same length: digits, letters, spaces, separators), split on
    runs of special characters with the runs kept (pieces[1::2])."""
    for old, new in _COMMON_PAIRS:
        text = text.replace(old, new)
    # One scan finds both the special and the rare characters: most lines have no rare one.
    pieces = _SPECIAL_OR_RARE_RUNS.split(text)
    if len(pieces) == 1 or not _ANY_RARE.search("".join(pieces[1::2])):
        return text, pieces
    for present, pairs in _ONE_TO_ONE_GROUPS:
        if present.search(text):
            text = _replace_present(text, pairs)
    return text, _SPECIAL_RUNS.split(text)


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII; ٫ ٬ between digits to . and ,; ٪ to %.

    Nothing else changes and the result has the same length as `text`.
    """
    out = _replace_present(text, _DIGIT_PAIRS)
    if "٪" in out:
        out = out.replace("٪", "%")
    if "٫" in out or "٬" in out:
        out = _DIGIT_SEP.sub(lambda m: "." if m.group() == "٫" else ",", out)
    return out


class Folded:
    """A folded matching key over `text[base:base + n]` with a map back to `text`'s offsets.

    The map is kept as segments, not one entry per character: segment j starts at key position
    `seg_key[j]` and maps it to `seg_text[j]`, advancing one text offset per key character
    (`seg_step[j] == 1`) or none (0, the characters of one expanded ligature). A text with
    nothing dropped or expanded has no segments: key position k is `base + k`. When characters
    were only dropped (harakat, bidi marks), the segments are computed on first use: most keys
    are matched against and never asked for an offset.
    """

    __slots__ = ("_dropped_from", "_segments", "base", "key", "text")

    def __init__(
        self,
        text: str,
        key: str,
        base: int,
        segments: tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]] | None = None,
        dropped_from: str | None = None,
    ) -> None:
        self.text = text
        self.key = key
        self.base = base
        self._segments = segments
        self._dropped_from = dropped_from  # the 1:1-folded part, when only drops happened

    def _map(self) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]] | None:
        if self._segments is None and self._dropped_from is not None:
            self._segments = _segments(self._dropped_from, self.base, set())[1]
            self._dropped_from = None
        return self._segments

    def offset(self, k: int) -> int:
        """The offset in `text` of key position `k` (k may equal len(key))."""
        segments = self._map()
        if segments is None:
            return self.base + k
        seg_key, seg_text, seg_step = segments
        j = bisect_right(seg_key, k) - 1
        return seg_text[j] + (k - seg_key[j]) * seg_step[j]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span in `text` of the key slice `key[start:end]`, covering every folded char."""
        if self._map() is None:
            return (self.base + start, self.base + end)
        first = self.offset(start)
        if end <= start:
            return (first, first)
        stop = self.offset(end - 1) + 1
        limit = self.offset(end)
        while stop < limit and self.text[stop] in _TRAILING_MARKS:
            stop += 1  # harakat and tatweel belong to the letter before them
        return (first, stop)


def fold(text: str, start: int = 0, end: int | None = None) -> Folded:
    """Fold `text[start:end]` into a matching key that remembers the caller's offsets."""
    stop = len(text) if end is None else end
    part, pieces = _letters_and_runs(text[start:stop])
    if len(pieces) == 1:
        return Folded(text, part, start)
    runs = "".join(pieces[1::2])
    if _TATWEEL not in runs and not _PRESENTATION_FORM.search(runs):
        # only drops: the key is the pieces between the runs, the map on demand
        return Folded(text, "".join(pieces[0::2]), start, dropped_from=part)
    key, segments = _segments(part, start, _standalone_tatweels(part))
    return Folded(text, key, start, segments)


def fold_key(text: str, start: int = 0, end: int | None = None) -> str:
    """`fold(text, start, end).key` without building the Folded: for keys never mapped back."""
    stop = len(text) if end is None else end
    part, pieces = _letters_and_runs(text[start:stop])
    if len(pieces) == 1:
        return part
    runs = "".join(pieces[1::2])
    if _TATWEEL not in runs and not _PRESENTATION_FORM.search(runs):
        return "".join(pieces[0::2])
    return _segments(part, start, _standalone_tatweels(part))[0]


def _segments(
    part: str, start: int, keep_dash: set[int]
) -> tuple[str, tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]]:
    """The key of a 1:1-folded `part` (at offset `start`) and its segment map."""
    stop = start + len(part)
    pieces: list[str] = []
    seg_key: list[int] = []
    seg_text: list[int] = []
    seg_step: list[int] = []
    length = 0
    pos = 0
    for m in _SPECIAL.finditer(part):
        m_start, m_end = m.span()
        if m_start > pos:
            pieces.append(part[pos:m_start])
            seg_key.append(length)
            seg_text.append(start + pos)
            seg_step.append(1)
            length += m_start - pos
        for i in range(m_start, m_end):
            ch = part[i]
            out = ("-" if i in keep_dash else "") if ch == _TATWEEL else _EXPANDING.get(ch, ch)
            if out:
                pieces.append(out)
                seg_key.append(length)
                seg_text.append(start + i)
                seg_step.append(1 if len(out) == 1 else 0)
                length += len(out)
        pos = m_end
    if pos < len(part):
        pieces.append(part[pos:])
        seg_key.append(length)
        seg_text.append(start + pos)
        seg_step.append(1)
        length += len(part) - pos
    seg_key.append(length)  # the end of the key maps to the end of the region
    seg_text.append(stop)
    seg_step.append(1)
    return "".join(pieces), (tuple(seg_key), tuple(seg_text), tuple(seg_step))


def _standalone_tatweels(part: str) -> set[int]:
    if _TATWEEL not in part:
        return set()
    joined = {i for m in _JOINED_TATWEEL.finditer(part) for i in range(m.start(), m.end())}
    return {m.start() for m in _ONE_TATWEEL.finditer(part) if m.start() not in joined}


_LEADING_MARKS = regex.compile(r"[\s\p{P}\p{S}]+")
_MARK = regex.compile(r"[\s\p{P}\p{S}]")
_INNER_SPACE = regex.compile(r"\s+")


def strip_marks(key: str) -> str:
    """`key` without white space, punctuation and symbols at both ends.

    Linear in the length of `key`: a `[...]+$` search would try every position of a long run of
    marks inside the text (quadratic), so the end is walked back one character at a time.
    """
    lead = _LEADING_MARKS.match(key)
    start = lead.end() if lead is not None else 0
    end = len(key)
    while end > start and _MARK.match(key, end - 1) is not None:
        end -= 1
    return key[start:end]


# Words repeat across lines and pages (function words, first names, place names): the
# readers ask for the same dozen keys of a line, and the same words recur page after page.
_WORDS_CACHED = 16384


@functools.lru_cache(maxsize=_WORDS_CACHED)
def fold_word(word: str) -> str:
    """The lookup key of a word: folded, lower-cased, edge punctuation and spaces trimmed."""
    return _INNER_SPACE.sub(" ", strip_marks(fold_key(word).lower()))


_BIDI_RUN = re.compile(_char_class(_BIDI + "\u200b\u2060\ufeff") + "+")


def clean_text(raw: str) -> str:
    """A block's display text: bidi controls dropped, white space runs to one space, stripped."""
    # isprintable() is False for every control and format character (bidi marks included) and
    # for all white space but " ": a printable line with single inner spaces is already clean.
    if raw.isprintable() and "  " not in raw and raw[:1] != " " and raw[-1:] != " ":
        return raw
    if _BIDI_RUN.search(raw):
        raw = _BIDI_RUN.sub("", raw)
    return " ".join(raw.split())
