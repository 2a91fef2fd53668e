# Classifies the lines of a dump into typed raw blocks: header, title, paragraph, subheading,
# boilerplate. Rule: every line ends up in exactly one block, so nothing is lost.
"""Block layout of a dump."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ._fold import fold
from ._header import Header
from ._relative import find_relative
from ._segment import Line, find_lines

__all__ = ["RawBlock", "lay_out"]

_FINAL_PUNCT = frozenset(".!?؟…:؛;»\"'”)")
_SUBHEADING_MAX_CHARS = 80
_SUBHEADING_MAX_WORDS = 10
_TITLE_MAX_CHARS = 200
_WORD = regex.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class RawBlock:
    """A classified piece of the dump, as offsets into the caller's text."""

    kind: str
    start: int
    end: int


def lay_out(text: str, header: Header | None) -> list[RawBlock]:
    """Cut `text` into ordered, non-overlapping typed blocks covering every non-blank line."""
    blocks: list[RawBlock] = []
    body_start = 0
    if header is not None:
        rest_start, rest_end = header.rest
        rest_is_stamp = rest_end > rest_start and _is_relative_only(text, rest_start, rest_end)
        if rest_end == rest_start or rest_is_stamp:
            blocks.append(RawBlock("header", *header.span))
            body_start = header.span[1]
        else:
            blocks.append(RawBlock("header", *header.date_span))
            body_start = rest_start
    lines = find_lines(text, body_start)
    kinds = [_line_kind(text, line) for line in lines]
    _mark_titles_and_subheadings(kinds)
    blocks.extend(RawBlock(kind, ln.start, ln.end) for kind, ln in zip(kinds, lines, strict=True))
    return blocks


def _is_relative_only(text: str, start: int, end: int) -> bool:
    rel = find_relative(fold(text, start, end))
    if rel is None:
        return False
    leftover = (text[start : rel.span[0]] + text[rel.span[1] : end]).strip(" \t-–|،,:")
    return not leftover


def _line_kind(text: str, line: Line) -> str:
    """ "short" for a heading-like line, else "paragraph"."""
    body = text[line.start : line.end]
    if body[-1] in _FINAL_PUNCT:
        return "paragraph"
    if len(body) > _SUBHEADING_MAX_CHARS or len(_WORD.findall(body)) > _SUBHEADING_MAX_WORDS:
        return "long"
    return "short"


def _mark_titles_and_subheadings(kinds: list[str]) -> None:
    """Short lines before the first paragraph are the title; between paragraphs, subheadings."""
    followed_by_body = [False] * len(kinds)
    later = False
    for i in range(len(kinds) - 1, -1, -1):
        followed_by_body[i] = later
        later = later or kinds[i] in ("paragraph", "long")
    seen_paragraph = False
    title_done = False
    for i, kind in enumerate(kinds):
        if kind in ("paragraph", "long"):
            kinds[i] = "paragraph"
            seen_paragraph = True
            continue
        followed = followed_by_body[i]
        if not seen_paragraph and not title_done and followed:
            kinds[i] = "title"
            title_done = True
        elif seen_paragraph and followed:
            kinds[i] = "subheading"
        else:
            kinds[i] = "paragraph"
