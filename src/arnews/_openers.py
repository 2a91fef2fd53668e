# Lines that open a body rather than head it: a dateline or credit on its own line
# ("الرباط - المغرب اليوم", "شفق نيوز- دهوك", "دهوك (كوردستان24)"), a paragraph opening with one
# ("بغداد - أعلنت ..."), and bylines ("كتب - محمد علي", "بقلم: ..."). Such lines are never a
# title or a subheading; they stay paragraph-like for the dateline stage to read.
# Rule: a cheap look at the first words only, confirmed by the place gazetteer or the agency
# lexicon (dictionary hits); the byline labels are data (lexicon/byline_labels.tsv).
"""Datelines, credits and bylines, seen from the layout."""

from __future__ import annotations

import functools

import regex

from ._byline import bare_byline
from ._fold import fold
from ._grammar import DASH, DASHES
from ._lexicon import table
from ._places import lookup_agency, lookup_place
from ._segment import SHORT_LINES_CACHED, count_words
from ._writer_lines import outlet_and_writer

__all__ = ["is_byline", "is_credit_line", "is_dateline_like", "opens_with_dateline"]

_HEAD_CHARS = 80
_LINE_MAX_WORDS = 6
_LINE_MAX_CHARS = 60
_PART_MAX_WORDS = 3
_BYLINE_COLUMNS = 3  # strength, variants, note

_SEPARATORS = DASHES + "|/:(«"
_HEAD = regex.compile(r"[\s\"'«(]*(?P<head>[\p{L}\p{M}'’]+(?:\s+[\p{L}\p{M}'’]+){0,3})\s*")
_PAREN = regex.compile(r"\(\s*(?P<credit>[^()\n]{2,40}?)\s*\)")
_PLACE_DOTS = regex.compile(r"[^\W\d_]+(?: [^\W\d_]+)?[ \t]*(?:\.\.|…)[ \t]")
_TITLE_AFTER_DOTS = 3  # words after "PLACE.." that make it a headline
_PARTS = regex.compile(rf"[{regex.escape(DASHES)}|/:()«»\[\]،,.]+")
_IN_DATE = regex.compile(r"\s+في$")
_LABEL_MARK = regex.compile(rf"[{regex.escape(DASHES)}:|/]")


def _known(name: str) -> bool:
    name = name.strip()
    return bool(name) and (lookup_place(name) is not None or lookup_agency(name) is not None)


def opens_with_dateline(key: str, *, colon: bool = True) -> bool:
    """True when the folded paragraph `key` opens with a dateline or a credit.

    "بغداد - ...", "أربيل (العراق) 23 يوليو ...", "الإسكندرية في 14 يونيو /أ ش أ/ ...",
    "شفق نيوز- كركوك ...", "الفلوجة (رويترز) - ...": the first words are a known place or
    agency followed by a separator, a date, or a bracketed known credit. With `colon=False` a
    colon does not count ("العراق: ..." is how headlines open).
    """
    head = key[:_HEAD_CHARS]
    m = _HEAD.match(head)
    if m is None:
        return False
    name = _IN_DATE.sub("", m.group("head"))
    after = head[m.end() :]
    if not after:
        return False
    if after[0] == "(":
        credit = _PAREN.match(after)
        if credit is not None and lookup_agency(credit.group("credit")) is not None:
            return True
    if (after[0] in _SEPARATORS and (colon or after[0] != ":")) or after[0].isdigit():
        return _known(name)
    return False


def is_credit_line(key: str) -> bool:
    """A dateline, credit or byline line: one that opens with a dateline ("صلالة – NAME –"), is
    one by itself ("بغداد - واع") or is a byline ("كتب: NAME")."""
    return opens_with_dateline(key) or is_dateline_like(key) or is_byline(key)


def is_dateline_like(key: str) -> bool:
    """True when the short folded line `key` is a dateline, credit or reporter line by itself.

    "بغداد", "الرباط - المغرب اليوم", "دهوك (كوردستان24)", "شفق نيوز- دهوك",
    "محمد علي – بغداد": at most six words in parts of at most three, one part a known place or
    agency.
    """
    if len(key) > _LINE_MAX_CHARS:
        return False
    return _dateline_like(key)


@functools.lru_cache(maxsize=SHORT_LINES_CACHED)
def _dateline_like(key: str) -> bool:
    """is_dateline_like for a short line: kept, since short lines repeat across pages."""
    if count_words(key) > _LINE_MAX_WORDS:
        return False
    parts = [p.strip() for p in _PARTS.split(key) if p.strip()]
    if not parts or any(count_words(p) > _PART_MAX_WORDS for p in parts):
        return False
    if _PLACE_DOTS.match(key) and count_words(key) - count_words(parts[0]) >= _TITLE_AFTER_DOTS:
        return False  # "مصر.. الإعدام لقاتل شقيقته": a headline's kicker, then the news
    return any(_known(p) for p in parts)


@functools.cache
def _byline_patterns() -> tuple[regex.Pattern[str] | None, regex.Pattern[str] | None]:
    labels: list[str] = []
    strong: list[str] = []
    for row in table("byline_labels", _BYLINE_COLUMNS):
        if row.fields[0] in ("desk", "after"):
            continue  # "خاص" opens headlines too, "يكتب" follows a name: never a byline's first
        target = strong if row.fields[0] == "strong" else labels
        target.extend(fold(v).key for v in row.variants)
    word_end = r"(?![\p{L}\p{M}])"

    def build(variants: list[str], tail: str) -> regex.Pattern[str] | None:
        if not variants:
            return None
        ordered = sorted(set(variants), key=lambda v: (-len(v), v))
        alts = "|".join(regex.escape(v).replace(r"\ ", r"\s+") for v in ordered)
        return regex.compile(r"[\s\"'«(]*(?:" + alts + ")" + word_end + tail, regex.IGNORECASE)

    return build(labels, rf"\s*(?:{DASH}|[:/|])"), build(strong, "")


@functools.lru_cache(maxsize=SHORT_LINES_CACHED)
def is_byline(key: str) -> bool:
    """True when the folded line `key` opens with a byline ("كتب - ...", "بقلم: ..."), maybe
    after a known place ("مراكش كتب: ..."), or is an outlet's name and its writer's ("بديل ـ
    أحمد عبيد", "سامر الحسيني - السفير")."""
    labelled, strong = _byline_patterns()
    head = key[:_HEAD_CHARS]
    if (
        (labelled is not None and labelled.match(head))
        or (strong is not None and strong.match(head))
        or bare_byline(key) is not None  # "كتب محمد علي"
    ):
        return True
    if _LABEL_MARK.search(head) is None:
        return False  # the shapes below need a dash, a colon, a bar or a slash; most lines: none
    if outlet_and_writer(head) is not None:
        return True  # "بديل ـ أحمد عبيد", "سامر الحسيني - السفير": the outlet's writer
    return labelled is not None and _place_then_label(head, labelled)


def _place_then_label(head: str, labelled: regex.Pattern[str]) -> bool:
    """A known place of one to three words, maybe a separator, then a byline: "بني أنصار كتب: ...",
    "خنيفرة : متابعة عبد العزيز"."""
    words = head.split(maxsplit=_PART_MAX_WORDS)
    for n in range(1, min(len(words), _PART_MAX_WORDS + 1)):
        if lookup_place(" ".join(words[:n])) is not None:
            rest = " ".join(words[n:]).lstrip(_SEPARATORS + " ")  # "خنيفرة : متابعة NAME"
            return labelled.match(rest) is not None or bare_byline(rest) is not None
    return False
