# Bytes to str. Rule: try the encodings Arabic pages really use, in an order where a wrong
# guess cannot succeed silently (strict UTF decoders first, then the single-byte code pages).
"""Decoding of byte input."""

from __future__ import annotations

import codecs

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
    """Single-byte code pages map almost every byte: accept mostly-Arabic letters only."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return not any(ord(c) < 32 and c not in "\t\n\r\f" for c in text)
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return arabic * 2 >= len(letters)
