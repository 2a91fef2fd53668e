# The boilerplate and section tables (lexicon/boilerplate.tsv, lexicon/sections.tsv) compiled
# once, on first use: whole-line keys, start and "any" phrase regexes with the needles that gate
# them, and an aggregator's wrapper phrases around a headline.
"""Compiled boilerplate and section phrase tables."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex

from ._fold import fold
from ._lexicon import table
from ._segment import count_words, norm_key

__all__ = ["Phrases", "first_token", "phrase_table", "section_table", "squeeze", "unwrap"]

_BOILERPLATE_COLUMNS = 4  # kind, match, variants, note
_SECTIONS_COLUMNS = 3  # section, variants, note
_SECTION_MAX_WORDS = 4
_WORD_LOOK = 20  # characters enough to hold a wrapper's first or last word
_BAR_KINDS = frozenset({"share", "follow", "font", "nav", "comments", "newsletter", "app"})

_SPACES = regex.compile(r"\s+")
_SPACE_BEFORE_PUNCT = regex.compile(r"\s+(?=\p{P})")
_LEAD = r"^[\s(\[«\"“'*•▪\-–—]*"
_FIRST = regex.compile(r"[^\p{L}\p{N}©]*([\p{L}\p{M}\p{N}©]+)")
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}©]+")


def squeeze(s: str) -> str:
    """A phrase compared after matching: lower case, no space before punctuation, one space."""
    return _SPACES.sub(" ", _SPACE_BEFORE_PUNCT.sub("", s.casefold())).strip()


def _pattern(variant: str) -> str:
    """A variant as a regex: spaces match any run, a space before punctuation is optional."""
    out = []
    for ch in variant:
        if ch.isspace():
            out.append(r"\s+")
        elif regex.match(r"\p{P}", ch):
            out.append(r"\s*" + regex.escape(ch))
        else:
            out.append(regex.escape(ch))
    if variant[-1:].isalnum():
        out.append(r"(?![\p{L}\p{M}\p{N}])")
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Phrases:
    """The boilerplate table compiled: lookups by whole line, counter word and bar word, the
    start and "any" regexes, and the needles that gate them."""

    line: dict[str, str]  # whole-line key -> kind
    counts: dict[str, str]  # the word a number opens a counter line with ("مشاهده") -> kind
    clocks: dict[str, str]  # the word a time of day follows on a widget's row ("الفجر") -> kind
    bar: dict[str, str]  # one-word key allowed in a bar of such words -> kind
    start: regex.Pattern[str] | None
    anywhere: regex.Pattern[str] | None
    kinds: dict[str, str]  # squeezed phrase (start and any modes) -> kind
    openers: frozenset[str]  # first words of the start phrases: the regex runs only after one
    opener_heads: frozenset[str]  # the first two letters of each opener (of a short one, all)
    needles: tuple[str, ...]  # a word of each "any" phrase: the regex runs only after one
    first_words: tuple[str, ...]  # the first words of the "any" phrases (see _may_hold_any)
    uncased_needles: tuple[str, ...]  # the needles in Arabic letters: no case to fold
    cased_needles: tuple[str, ...]  # the others, looked for in the case-folded line
    cased_chars: re.Pattern[str]  # a character whose case fold may hold a cased needle's


def first_token(s: str) -> str:
    """The first word of a squeezed phrase or line, without the punctuation around it."""
    m = _FIRST.match(s)
    return m.group(1) if m else ""


def _needles(phrases: list[str]) -> tuple[str, ...]:
    """Words a line must contain (case-folded) for one of the squeezed `phrases` to match in it.

    Each phrase gives its longest word, not its first: a short common word ("كل", "اب" of
    "اب ستور") is inside most Arabic lines and would run the phrase regex on them. A needle
    holding another needle is dropped: the shorter one finds every line the longer one does.
    """
    words: set[str] = set()
    for phrase in phrases:
        tokens = _TOKEN.findall(phrase)
        words.add(max(tokens, key=len) if tokens else phrase)
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def _compile(prefix: str, variants: list[str]) -> regex.Pattern[str] | None:
    if not variants:
        return None
    ordered = sorted(set(variants), key=lambda v: (-len(v), v))
    alts = "|".join(_pattern(v) for v in ordered)
    return regex.compile(prefix + "(?P<p>" + alts + ")", regex.IGNORECASE)


@functools.cache
def phrase_table() -> Phrases:
    """lexicon/boilerplate.tsv compiled once (its `line`, `count`, `clock`, `start` and `any`
    rows)."""
    line: dict[str, str] = {}
    counts: dict[str, str] = {}
    clocks: dict[str, str] = {}
    bar: dict[str, str] = {}
    kinds: dict[str, str] = {}
    start: list[str] = []
    anywhere: list[str] = []
    for row in table("boilerplate", _BOILERPLATE_COLUMNS):
        kind, mode = row.fields
        for variant in row.variants:
            key = fold(variant).key
            if mode == "line":
                line.setdefault(norm_key(key), kind)
                if kind in _BAR_KINDS and count_words(key) == 1:
                    bar.setdefault(norm_key(key), kind)
            elif mode == "count":
                counts.setdefault(norm_key(key), kind)
            elif mode == "clock":
                clocks.setdefault(norm_key(key), kind)
            elif mode in ("start", "any"):  # prefix and suffix rows are read by _wrappers
                (start if mode == "start" else anywhere).append(squeeze(key))
                kinds.setdefault(squeeze(key), kind)
    openers = frozenset(first_token(v) for v in start)
    needles = _needles(anywhere)
    first_words = tuple(sorted({first_token(v) or v for v in anywhere}))
    uncased = tuple(n for n in needles if all("\u0600" <= c <= "\u06ff" for c in n))
    cased = tuple(n for n in needles if n not in uncased)
    return Phrases(
        line,
        counts,
        clocks,
        bar,
        _compile(_LEAD, start),
        _compile("", anywhere),
        kinds,
        openers,
        frozenset(o[:2] for o in openers),
        needles,
        first_words,
        uncased,
        cased,
        _folding_into("".join(cased)),
    )


def _folding_into(chars: str) -> re.Pattern[str]:
    """A class of the characters whose case fold holds one of `chars` (their own upper and
    lower case, "ſ" for "s", "ﬁ" for "f" and "i", the Kelvin sign for "k", ...).

    Case folds that reach another block (ſ, ß, İ, ligatures, the Kelvin sign) all lie below
    U+3000 or among the Latin presentation forms (U+FB00..U+FB4F): those ranges are searched.
    """
    wanted = set(chars)
    found = {
        c
        for cp in (*range(0x3000), *range(0xFB00, 0xFB50))
        if wanted & set((c := chr(cp)).casefold())
    }
    return re.compile("[" + "".join(re.escape(c) for c in sorted(found | wanted)) + "]")


@functools.cache
def section_table() -> dict[str, str]:
    """lexicon/sections.tsv: each folded section name -> its section."""
    out: dict[str, str] = {}
    for row in table("sections", _SECTIONS_COLUMNS):
        for variant in row.variants:
            out.setdefault(norm_key(fold(variant).key), row.fields[0])
    return out


@dataclass(frozen=True, slots=True)
class _Wrappers:
    heads: tuple[str, ...]  # first words of the prefixes: the regex runs only after one
    tails: tuple[str, ...]  # last words of the suffixes
    prefix: regex.Pattern[str] | None
    suffix: regex.Pattern[str] | None


@functools.cache
def _wrappers() -> _Wrappers:
    """The `prefix` and `suffix` rows of lexicon/boilerplate.tsv, compiled."""
    found: dict[str, list[str]] = {"prefix": [], "suffix": []}
    for row in table("boilerplate", _BOILERPLATE_COLUMNS):
        if row.fields[1] in found:
            found[row.fields[1]].extend(squeeze(fold(v).key) for v in row.variants)
    prefixes, suffixes = found["prefix"], found["suffix"]

    def alts(phrases: list[str]) -> str:
        return "|".join(_pattern(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))

    return _Wrappers(
        tuple({p.split()[0] for p in prefixes}),
        tuple({p.split()[-1] for p in suffixes}),
        regex.compile(rf"\s*(?:{alts(prefixes)})[\s:]*", regex.IGNORECASE) if prefixes else None,
        # the aggregator may name its section first: "... من قسم اخبار العالم والان مع التفاصيل"
        regex.compile(
            rf"(?:\s+من\s+قسم(?:\s+\S+){{1,{_SECTION_MAX_WORDS}}}?)?\s+(?:{alts(suffixes)})[\s.:!]*$",
            regex.IGNORECASE,
        )
        if suffixes
        else None,
    )


def unwrap(key: str) -> tuple[int, int] | None:
    """Where the content of an aggregator's wrapped headline lies in the line `key`:
    "انت الان تتابع خبر <headline> والان مع التفاصيل" -> the headline's (start, end), else None."""
    w = _wrappers()
    # runs on every line: two short slices decide for almost all of them
    # the phrases' words were lower-cased when loaded: a Latin one may be printed in capitals
    head = key[:_WORD_LOOK].lstrip()
    tail = key[-_WORD_LOOK:].rstrip(" .:!\t")
    opens = (head.lower() if head[:1].isascii() else head).startswith(w.heads)
    closes = (tail.lower() if tail[-1:].isascii() else tail).endswith(w.tails)
    if not (opens or closes):
        return None
    end = len(key.rstrip())
    start = 0
    if opens and w.prefix is not None:
        m = w.prefix.match(key)
        start = m.end() if m is not None else 0
    if closes and w.suffix is not None:
        m = w.suffix.search(key, start, end)
        end = m.start() if m is not None else end
    if (start, end) == (0, len(key.rstrip())) or not key[start:end].strip():
        return None
    return start, end
