"""Bytes are decoded per the contract, or refused with DecodeError."""

from __future__ import annotations

import codecs

import pytest

import arnews
from arnews._decode import decode

SAMPLE = "بغداد - أعلنت الوزارة اليوم عن خطة جديدة للنقل."


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_unicode_encodings_decode_silently(data: bytes) -> None:
    assert decode(data) == (SAMPLE, ())


@pytest.mark.parametrize("codec", ["windows-1256", "iso-8859-6"])
def test_legacy_arabic_code_pages_decode_with_a_warning(codec: str) -> None:
    plain = "بغداد - اعلنت الوزارة اليوم عن خطة جديدة للنقل."
    text, warnings = decode(plain.encode(codec))
    assert text == plain
    assert [w.code for w in warnings] == ["decoded-fallback"]


def test_undecodable_bytes_raise_decode_error_listing_what_was_tried() -> None:
    junk = bytes(range(0x80, 0x100)) * 4 + b"\x00\x01\x02"
    with pytest.raises(arnews.DecodeError) as info:
        arnews.parse(junk)
    assert "utf-8" in str(info.value) and "windows-1256" in str(info.value)
    with pytest.raises(arnews.DecodeError):
        arnews.parse(junk, strict=True)


def test_parse_accepts_bytes_and_keeps_offsets_in_the_decoded_text() -> None:
    raw = " date 2026-01-06 منذ ساعتين\n\nنص الخبر هنا.".encode()
    art = arnews.parse(raw)
    assert art.relative is not None and art.relative.amount == 2
    assert art.paragraphs[0].text == "نص الخبر هنا."


@pytest.mark.parametrize("codec", ["windows-1256", "windows-1252", "latin-1"])
def test_text_misdecoded_upstream_is_reported_and_left_as_is(codec: str) -> None:
    garbled = "أعلنت الوزارة خطة للنقل".encode().decode(codec, errors="ignore")
    text = f" date 2026-03-02 منذ ساعة\n\nبغداد - {garbled}\n\nوتبدأ الخطة في الربيع."
    art = arnews.parse(text)
    (warning,) = [w for w in art.warnings if w.code == "mojibake"]
    assert warning.span is not None
    start, end = warning.span
    assert text.index(garbled) <= start < end <= text.index(garbled) + len(garbled)
    assert garbled in art.paragraphs[0].text  # kept: a repair would move every span
    assert art.timestamp is not None and art.timestamp.date.isoformat() == "2026-03-02"


def test_windows_1256_read_as_latin_1_is_reported() -> None:
    garbled = "رمضان".encode("windows-1256").decode("latin-1")  # "ÑãÖÇä"
    text = f"قتل شخصان في حادث سير\n\nالاربعاء 8 {garbled} 1434 هـ"
    (warning,) = [w for w in arnews.parse(text).warnings if w.code == "mojibake"]
    assert warning.span is not None and text[warning.span[0] : warning.span[1]] == garbled
    # Latin-script words with accents are no such run
    french = "Le président a été élu à Paris. Ça va, répète-t-il."
    assert "mojibake" not in [w.code for w in arnews.parse(french).warnings]


def test_real_arabic_is_never_taken_for_mojibake() -> None:
    from pathlib import Path

    from arnews._decode import find_mojibake

    lexicons = Path(arnews.__file__).parent / "lexicon"
    texts = [p.read_text(encoding="utf-8") for p in sorted(lexicons.glob("*.tsv"))]
    seeds = Path(__file__).parents[2] / "seeds"
    texts += [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    texts.append("ضبط، ضبط، نظّم؛ طب، ظل؟ غاب… علم» عبء")  # lead letters before punctuation
    assert texts and all(find_mojibake(t) is None for t in texts)
