# Closing credits and bylines: a bracketed credit after the last sentence ("... المدينة. (د ب أ)"),
# credit, source and byline lines after the body ("(أ ف ب)", "المصدر: رويترز", "إعداد: ...").
# Rule: looks only at the last paragraph's end (and only when it ends with a bracket) and at a
# few short blocks after it; a photo caption's credit is the photo's, never the article's.
"""Closing credits."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._byline import NameRun, author_name, bare_byline, read_byline
from ._credits import (
    closing_line,
    is_caption,
    make_agencies,
    outlet_shaped,
    trailing_credit,
    trim_span,
)
from ._fold import Folded, clean_text, fold
from ._grammar import ARABIC_LETTER, DASH
from ._model import Agency, Byline
from ._places import place_by_key
from ._segment import count_words
from ._structure import RawBlock
from ._writer_lines import writer_then_outlet

__all__ = ["Closing", "find_closing", "is_caption_block"]

_LINE_MAX = 120  # a credit or byline line is short
_NAME_MAX = 40  # a writer's name alone
_CLOSING_BLOCKS = 12  # short blocks looked at after the last paragraph
_LONE_CREDIT_WORDS = 2  # a lone credit word or two under the body: "وفا", "سبأ نت"
_CLOSING = ")]}/"
_TAIL_LOOK = 8  # a closing bracket sits among the last few characters
_CAPTION = "caption"
# a photo's caption, and a paragraph said again (its first print was read already)
_NOT_READ = frozenset({_CAPTION, "repeat"})
_ARABIC_LETTER = re.compile(ARABIC_LETTER)
_ANY_LETTER = re.compile(r"[^\W\d_]")
_SIGN_OFF_PLACE_WORDS = 3
_DASH = re.compile(DASH)
_TRAILING_SEPARATORS = " \t:|،,-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u0640"


@dataclass(frozen=True, slots=True)
class Closing:
    """The closing credits in document order, and a byline found after the body."""

    agencies: tuple[Agency, ...] = ()
    byline: Byline | None = None


def is_caption_block(text: str, block: RawBlock) -> bool:
    """A photo caption ("جنود في الشارع (أ ف ب)", or a block the layout calls one)."""
    if block.role == _CAPTION:
        return True
    if block.kind not in ("paragraph", "boilerplate") or block.end - block.start > _LINE_MAX * 2:
        return False
    if not _ends_with_bracket(text, block):
        return False
    return is_caption(fold(text, block.start, block.end).key)


def _ends_with_bracket(text: str, block: RawBlock) -> bool:
    """A cheap look before folding: does the block end with a closing bracket?"""
    return any(c in _CLOSING for c in text[max(block.start, block.end - _TAIL_LOOK) : block.end])


def find_closing(text: str, blocks: list[RawBlock], body_index: int) -> Closing:
    """Read the closing credits and byline, re-cutting `blocks` in place (from `body_index`)."""
    found: list[Agency] = []
    bylines: list[Byline] = []
    last = _previous_paragraph(blocks, len(blocks), body_index)
    if last is None:
        return Closing()
    for i in range(last + 1, min(len(blocks), last + 1 + _CLOSING_BLOCKS)):
        _closing_block(text, blocks, i, found, bylines)
    # "المصدر: وفا" / "2021": a stray number under the credit line hides nothing above it
    while last > body_index and not _ANY_LETTER.search(text, blocks[last].start, blocks[last].end):
        for i in range(last - 1, body_index, -1):
            if blocks[i].kind == "paragraph":
                break
            _closing_block(text, blocks, i, found, bylines)
        last = _previous_paragraph(blocks, last, body_index) or body_index
    for turn in range(3):  # the last "paragraphs" may be credit or byline lines, or a caption
        if last <= body_index:
            break
        caption = is_caption_block(text, blocks[last])
        read = caption or _closing_block(text, blocks, last, found, bylines)
        # the writer's name alone signs off the body's very last line only
        if not read and (turn > 0 or bylines or not _signed_off(text, blocks, last, bylines)):
            break
        last = _previous_paragraph(blocks, last, body_index) or body_index
    block = blocks[last]
    tail = None
    if block.kind == "paragraph" and _ends_with_bracket(text, block):
        tail = trailing_credit(text, block.start, block.end)
    if tail is not None:
        cut, credit_start, agencies = tail
        gap = text[cut:credit_start]
        credit_start = cut + len(gap) - len(gap.lstrip())  # a bidi mark before "(" goes with it
        blocks[last : last + 1] = [
            RawBlock("paragraph", block.start, cut, block.role),
            RawBlock("byline", credit_start, block.end),
        ]
        found.extend(agencies)
    byline = min(bylines, key=lambda b: b.span) if bylines else None
    return Closing(tuple(sorted(found, key=lambda a: a.span)), byline)


def _signed_off(text: str, blocks: list[RawBlock], i: int, bylines: list[Byline]) -> bool:
    """ "سعاد الحلبي" alone as the body's last line: the writer signing off (two or three words
    opening with a first name of given_names.tsv, nothing after them)."""
    block = blocks[i]
    if block.kind != "paragraph" or block.end - block.start > _NAME_MAX:
        return False
    folded = fold(text, block.start, block.end)
    key = folded.key.rstrip()
    name = author_name(key, 0, len(key), True)
    if name is None or name.stop < len(key):
        return False
    bylines.append(_name_alone(text, folded, name))
    blocks[i] = RawBlock("byline", block.start, block.end)
    return True


def _name_alone(text: str, folded: Folded, name: NameRun) -> Byline:
    """The byline of a writer's name read in `folded`, its span the name's alone."""
    n_start, n_end = folded.span(name.start, name.end)
    return Byline(clean_text(text[n_start:n_end]), text[n_start:n_end], (n_start, n_end))


def _credit_line(key: str) -> tuple[str, list[tuple[int, int]]] | None:
    """A credit or source line under the body, or a sign-off naming the outlet; a lone word
    counts there even when it is also a word ("وفا")."""
    ambiguous = count_words(key) <= _LONE_CREDIT_WORDS
    return closing_line(key, ambiguous=ambiguous) or _signed_credit(key)


def _signed_credit(key: str) -> tuple[str, list[tuple[int, int]]] | None:
    """A sign-off under the body that names the outlet: the place and a bracketed credit
    ("الخرطوم (كوش نيوز)"), or an outlet known by its shape alone ("السودان اليوم :"), maybe
    with a dash and the place after it ("البحر24- سيدي افني")."""
    open_at = key.find("(")
    if open_at > 0 and place_by_key(key[:open_at].strip()) is not None:
        inner = closing_line(key[open_at:])
        if inner is not None:
            return inner[0], [(s + open_at, e + open_at) for s, e in inner[1]]
        return None
    end = len(key.rstrip(_TRAILING_SEPARATORS + "."))
    whole = _shaped_outlet(key, end)
    if whole is not None:
        return whole
    dash = _DASH.search(key, 0, end)
    if dash is not None and count_words(key[dash.end() : end]) <= _SIGN_OFF_PLACE_WORDS:
        return _shaped_outlet(key, dash.start())  # "البحر24- سيدي افني": then its place
    return None


def _shaped_outlet(key: str, end: int) -> tuple[str, list[tuple[int, int]]] | None:
    """key[:end], trimmed, as an outlet known by its shape: a credit."""
    start, end = trim_span(key, 0, end)
    name = key[start:end]
    # Arabic letters, and no bar: "Related Post" is a widget's, "المصدر |..." a source line
    if "|" in name or not _ARABIC_LETTER.search(name):
        return None
    return ("credit", [(start, end)]) if outlet_shaped(name) else None


def _previous_paragraph(blocks: list[RawBlock], before: int, first: int) -> int | None:
    """The index of the last paragraph block in blocks[first:before], looking backwards."""
    for i in range(before - 1, first - 1, -1):
        if blocks[i].kind == "paragraph":
            return i
    return None


def _closing_block(
    text: str, blocks: list[RawBlock], i: int, found: list[Agency], bylines: list[Byline]
) -> bool:
    """Read block i as a closing credit or byline line; True when it was one."""
    block = blocks[i]
    if block.kind not in ("paragraph", "subheading", "boilerplate") or block.role in _NOT_READ:
        return False
    if block.end - block.start > _LINE_MAX:
        return False
    folded = fold(text, block.start, block.end)
    signed = writer_then_outlet(folded.key)
    if signed is not None:  # "علي سفر-شام برس": the writer, then the outlet
        found.extend(make_agencies(folded, [signed[0]]))
        bylines.append(_name_alone(text, folded, signed[1]))
    elif (line := _credit_line(folded.key)) is not None:
        found.extend(make_agencies(folded, line[1]))
    else:
        name = read_byline(folded.key, 0, len(folded.key), True) or bare_byline(folded.key)
        if name is None or name.stop < len(folded.key.rstrip()):
            return False
        n_start, n_end = folded.span(name.start, name.end)
        b_end = block.start + len(text[block.start : block.end].rstrip(_TRAILING_SEPARATORS))
        raw = text[block.start : b_end]
        bylines.append(Byline(clean_text(text[n_start:n_end]), raw, (block.start, b_end)))
    if block.kind != "boilerplate":
        blocks[i] = RawBlock("byline", block.start, block.end)
    return True
