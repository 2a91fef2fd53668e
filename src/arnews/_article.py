# parse(): runs the stages in order and assembles the Article.
# Rule: stages never raise on content; strict mode raises ParseError here, from the first fatal
# warning, so both modes share one code path.
"""The article parser."""

from __future__ import annotations

import datetime as dt

from ._dateline import find_credits
from ._decode import decode, find_mojibake
from ._errors import WARNING_CODES, ParseError
from ._fold import clean_text
from ._header import find_header
from ._model import Article, Block, ParseWarning, Subheading
from ._stamps import find_stamps
from ._structure import lay_out

__all__ = ["parse"]

_NOISE = {"\ufffd": "replacement-chars", "\x00": "control-chars"}


def parse(text: str | bytes, *, now: dt.datetime | None = None, strict: bool = False) -> Article:
    """Parse one raw Arabic news dump into an Article (see the contract in docs/fields.md)."""
    raw, decoded = decode(text)
    warnings: list[ParseWarning] = list(decoded)
    if not raw.strip():
        warnings.append(ParseWarning("empty-input", "the input is empty or white space only"))
        return _finish(Article(warnings=tuple(warnings)), strict)
    for char, code in _NOISE.items():
        at = raw.find(char)
        if at >= 0:
            warnings.append(ParseWarning(code, WARNING_CODES[code][1], (at, at + 1)))
    mojibake = find_mojibake(raw)
    if mojibake is not None:
        warnings.append(mojibake)

    header = find_header(raw)
    layout = lay_out(raw, header)
    warnings.extend(layout.warnings)
    credits = find_credits(raw, layout.blocks, listing=layout.listing)
    warnings.extend(credits.warnings)
    stamps = find_stamps(raw, header, credits.blocks, now, dateline_date=credits.date_span)
    warnings.extend(stamps.warnings)
    agencies = credits.agencies

    raw_blocks = credits.blocks
    blocks = tuple(
        Block(b.kind, clean_text(raw[b.start : b.end]), (b.start, b.end)) for b in raw_blocks
    )
    paragraphs = tuple(b for b in blocks if b.kind == "paragraph")
    if not paragraphs:
        warnings.append(ParseWarning("no-body", "no body paragraph was found"))
    article = Article(
        timestamp=stamps.timestamp,
        updated=stamps.updated,
        relative=stamps.relative,
        published_at=stamps.published_at,
        dateline=credits.dateline,
        agency=agencies[0] if agencies else None,
        agencies=agencies,
        byline=credits.byline,
        title=next((b for b in blocks if b.kind == "title"), None),
        paragraphs=paragraphs,
        subheadings=_subheadings(blocks),
        boilerplate=tuple(b for b in blocks if b.kind == "boilerplate"),
        blocks=blocks,
        warnings=tuple(warnings),
    )
    return _finish(article, strict)


def _subheadings(blocks: tuple[Block, ...]) -> tuple[Subheading, ...]:
    out: list[Subheading] = []
    paragraph_index = 0
    for block in blocks:
        if block.kind == "paragraph":
            paragraph_index += 1
        elif block.kind == "subheading":
            out.append(Subheading(block.text, block.span, paragraph_index))
    return tuple(out)


def _finish(article: Article, strict: bool) -> Article:
    if strict:
        for w in article.warnings:
            if WARNING_CODES.get(w.code, (False, ""))[0]:
                raise ParseError(w.code, w.message, w.span[0] if w.span else None)
    return article
