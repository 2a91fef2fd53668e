# Bytes to str. Rule: try the encodings Arabic pages really use, in an order where a wrong
# guess cannot succeed silently (strict UTF decoders first, then the single-byte code pages).
# Text that was mis-decoded before it reached us (UTF-8 read as a single-byte code page) is
# reported, never "repaired": a repair would change the text every span points into.
"""Decoding of byte input, and the mark of text mis-decoded upstream."""

from __future__ import annotations

import codecs
import re
import unicodedata

import regex

from ._errors import WARNING_CODES, DecodeError
from ._model import ParseWarning

__all__ = ["ENCODINGS", "decode", "find_mojibake", "garbled", "may_be_garbled"]

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


def _continuation_chars(*codecs_: str) -> str:
    """What the UTF-8 continuation bytes 0x80-0xBF read as in single-byte code pages."""
    chars = {bytes([b]).decode(c, errors="ignore") for c in codecs_ for b in range(0x80, 0xC0)}
    return "".join(sorted(chars - {""}))


# UTF-8 Arabic letters are two bytes, a lead 0xD8-0xDB and a continuation byte. Read as
# windows-1256 the lead is ط ظ ع غ, read as windows-1252 or Latin-1 it is Ø Ù Ú Û; the
# continuation byte becomes § „ … ٹ and the like. Three such pairs in a row ("ط§ظ„ط®" for "الخ")
# never occur in real text.
_MOJIBAKE = re.compile(
    "(?:[طظعغ][" + re.escape(_continuation_chars("windows-1256")) + "]){3,}"
    "|(?:[ØÙÚÛ][" + re.escape(_continuation_chars("windows-1252", "latin-1")) + "]){3,}"
)


# The second bytes of ا and ل, the commonest letters, as the code pages read them: any garbled
# sentence holds one, and `in` finds one character ~100x faster than the pattern scans a page.
_TELLTALES = ("§", "„", "\x84")
_LATIN1_MIN = 4


# windows-1256 Arabic read as Latin-1: every letter lands in À..ÿ ("ÑãÖÜÜÇä" for رمضان), four or
# more in a row, which no Latin-script word does.
_LATIN1_RUN = re.compile("[\u00c0-\u00ff]{4,}")
_BELOW_LATIN1_LETTERS = bytes(range(0xC0))


def find_mojibake(text: str) -> ParseWarning | None:
    """A `mojibake` warning at the first run of Arabic read with the wrong code page upstream
    (UTF-8 read as windows-1256, -1252 or Latin-1: "ط§ظ„ط®ط¨ط±", "Ø§Ù„Ø®Ø¨Ø±" for "الخبر";
    windows-1256 read as Latin-1: "ÑãÖÜÜÇä"), else None. The text is left as it is."""
    m = _MOJIBAKE.search(text) if may_be_garbled(text) else None
    if m is None and _latin1_letters(text) >= _LATIN1_MIN:
        m = _LATIN1_RUN.search(text)
    if m is None:
        return None
    return ParseWarning("mojibake", WARNING_CODES["mojibake"][1], m.span())


def _latin1_letters(text: str) -> int:
    """How many characters of À..ÿ the text holds: encoding drops everything else in C, ~20x
    faster than scanning an Arabic page for the class."""
    return len(text.encode("latin-1", "ignore").translate(None, _BELOW_LATIN1_LETTERS))


def may_be_garbled(text: str) -> bool:
    """A cheap look: False means `text` holds no mojibake; True asks `garbled` per line."""
    return any(map(text.__contains__, _TELLTALES))


def garbled(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a run of mojibake."""
    return _MOJIBAKE.search(text, start, end) is not None
