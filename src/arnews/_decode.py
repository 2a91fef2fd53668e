# Bytes to str. Rule: try the encodings Arabic pages really use, in an order where a wrong
# guess cannot succeed silently (strict UTF decoders first, then the single-byte code pages).
"""Decoding of byte input."""

from __future__ import annotations

import codecs
import unicodedata

import regex

from ._errors import DecodeError
from ._model import ParseWarning

__all__ = ["ENCODINGS", "decode"]

ENCODINGS = ("utf-8", "utf-16", "windows-1256", "iso-8859-6")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: str | bytes | bytearray | memoryview) -> tuple[str, tuple[ParseWarning, ...]]:
    """Return the text and any warning about how it was decoded; raise DecodeError if none fits."""
    if isinstance(data, str):
        return data, ()
    raw = bytes(data)
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), ()
            except UnicodeDecodeError:
                break
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[int, str, str]] = []
    for order, codec in enumerate(("windows-1256", "iso-8859-6")):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_arabic(text):
            candidates.append((_MIXED_WORDS.subn("", text)[1] * 2 + order, codec, text))
    if candidates:
        _, codec, text = min(candidates)
        note = ParseWarning("decoded-fallback", f"bytes are not UTF-8; decoded as {codec}")
        return text, (note,)
    raise DecodeError(ENCODINGS)


# A Latin accented letter inside an Arabic word: the mark of the wrong single-byte code page.
_MIXED_WORDS = regex.compile(r"[\u0600-\u06ff][\u00c0-\u00ff]|[\u00c0-\u00ff][\u0600-\u06ff]")


def _looks_arabic(text: str) -> bool:
    """Single-byte code pages map almost every byte: accept text that reads as Arabic prose.

    No C0 control characters, few symbols, and at least half of the letters Arabic.
    """
    if _CONTROL.search(text):
        return False
    visible = [c for c in text if not c.isspace()]
    symbols = sum(1 for c in visible if unicodedata.category(c) in _SYMBOL_CATEGORIES)
    if symbols * 20 > len(visible):
        return False
    letters = [c for c in visible if c.isalpha()]
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return arabic * 2 >= len(letters)


_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SYMBOL_CATEGORIES = frozenset({"So", "Sc", "Sk", "Sm", "No", "Co", "Cn"})
