# Rejoins body lines that a scraper broke mid-sentence (around a linked name, at a line break)
# and notices a dump cut off at its end.
# Rule: two adjacent text lines (no blank line between) are one paragraph only when the first
# cannot end a sentence: no final punctuation and a sign that the sentence goes on (a trailing
# comma or function word from lexicon/joiners.tsv, a next line opening with a comma or "أن",
# a short fragment such as a linked name between two pieces, a long unpunctuated line in a
# dump whose paragraphs are separated by blank lines, or a line of a body hard-wrapped at a
# fixed width). One pass, each key joined once.
"""Paragraph rejoining and truncation."""

from __future__ import annotations

import functools

from ._errors import WARNING_CODES
from ._fold import fold_word
from ._lexicon import table
from ._model import ParseWarning
from ._openers import is_byline, is_dateline_like, opens_with_dateline
from ._segment import first_word, last_word
from ._unit import Unit

__all__ = [
    "FINAL",
    "ends_mid_sentence",
    "is_body",
    "is_long",
    "join_lines",
    "merge",
    "opens_with_connective",
    "opens_with_saying",
    "truncation",
]

_JOINERS_COLUMNS = 3  # kind, variants, note
_TITLE_KIND = "title"
_BAR = "|"
_BAR_EDGES = " \t|"
_ENDING_KINDS = frozenset({_TITLE_KIND, "not_name"})  # joiners.tsv kinds that may end a line
_FRAGMENT_MAX_WORDS = 4
_HEADING_MAX_CHARS = 80
_HEADING_MAX_WORDS = 10
_CONTINUATION_OPENERS = "،,)»:؛.؟"
_CLITICS = ("و", "ف")
_NOUN_TOO = frozenset({"ام"})  # "أم" is "or", and "mother": "أم المليون نخلة"
_OPENING_QUOTES = "“«"  # marks that only open: a straight quote " may close too
_CLOSING_QUOTES = "”»"
_QUOTED_WORD_LOOK = 40  # characters enough to hold a line's last word
_WRAPPED_MIN_LINES = 3
_WRAP_MIN_WIDTH = 40
_WRAP_MAX_WIDTH = 140
_WRAP_FULL = 0.78  # a line broken by the width fills at least this share of it
_WRAP_EVEN = 0.85  # lines this even need no mid-phrase break to count as wrapped
FINAL = frozenset({"stop", "question", "colon", "quote"})  # endings that close a sentence


@functools.cache
def _joiners() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words that cannot end a sentence, words that continue a line when they open the next,
    verbs of saying)."""
    ends: set[str] = set()
    openers: set[str] = set()
    saying: set[str] = set()
    for row in table("joiners", _JOINERS_COLUMNS):
        kind = row.fields[0]
        keys = {fold_word(v) for v in row.variants}
        if kind == "opener":
            openers.update(keys)
        elif kind not in _ENDING_KINDS:  # "انتخاب رئيس" ends a headline; "لم يصل بعد" a sentence
            ends.update(keys)
        if kind == "saying":
            saying.update(keys)
    return frozenset(ends), frozenset(openers), frozenset(saying)


def ends_mid_sentence(unit: Unit) -> bool:
    """True when the line ends with a comma, a word that cannot end a sentence ("في", "أن") or
    a word that opens a quotation ("... رئيس البلدية “المهندس": the quotation goes on below)."""
    if unit.end_class == "comma":
        return True
    return _opens_a_quote(unit.key) or _in(last_word(unit.key), _joiners()[0])


def _opens_a_quote(key: str) -> bool:
    """Whether the last word of `key` opens a quotation the line leaves open ("... “المهندس");
    a quote mark alone ("... الممتد “") closes one on sites that print the same mark twice."""
    tail = key[-_QUOTED_WORD_LOOK:].rsplit(None, 1)[-1:]  # the last word, its marks kept
    if not tail or len(tail[0]) < 2 or not tail[0][1].isalpha():
        return False
    opener = tail[0][0]
    closer = _CLOSING_QUOTES[_OPENING_QUOTES.find(opener)] if opener in _OPENING_QUOTES else ""
    return bool(closer) and closer not in tail[0] and key.count(opener) > key.count(closer)


def opens_with_saying(key: str) -> bool:
    """True when the line opens with a verb of saying ("وأكد ...", "قال ..."): a sentence."""
    return _in(first_word(key), _joiners()[2])


def opens_with_joined_saying(key: str) -> bool:
    """True when the line opens with "و" or "ف" and a verb of saying ("وقال ...", "فأكد ..."):
    a sentence going on, never a heading (a bare "كشف ..." may head a section)."""
    word = first_word(key)
    return len(word) > 2 and word[0] in _CLITICS and word[1:] in _joiners()[2]


def opens_with_connective(key: str) -> bool:
    """True when the line opens a clause that goes on from the text above: a conjunction
    ("كما ...", "حيث ...") or a clitic and a particle, a conjunction or a relative pronoun
    ("وكان ...", "فقد ...", "ولم ...", "والتي ..."): a sentence of the body, never a headline."""
    word = first_word(key)
    conjunctions, particles, relatives = _connectives()
    if len(word) > 1 and word in conjunctions and word not in _NOUN_TOO:
        return True
    rest = word[1:]
    return (
        len(word) > 2
        and word[0] in _CLITICS
        and (rest in particles or rest in conjunctions or rest in relatives)
    )


@functools.cache
def _connectives() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(conjunctions, particles, relative pronouns) of lexicon/joiners.tsv, folded."""
    found: dict[str, set[str]] = {"conjunction": set(), "particle": set(), "relative": set()}
    for row in table("joiners", _JOINERS_COLUMNS):
        if row.fields[0] in found:
            found[row.fields[0]].update(fold_word(v) for v in row.variants)
    return (
        frozenset(found["conjunction"]),
        frozenset(found["particle"]),
        frozenset(found["relative"]),
    )


def _in(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    return len(word) > 2 and word[0] in _CLITICS and word[1:] in words


def is_long(unit: Unit) -> bool:
    """Too long to be a heading: over 80 characters or 10 words."""
    return unit.chars > _HEADING_MAX_CHARS or unit.words > _HEADING_MAX_WORDS


def is_body(unit: Unit) -> bool:
    """A unit that is body text for sure: a list item, or a long or closed sentence."""
    if unit.kind == "item":
        return True
    return unit.kind in ("text", "numbered") and (unit.end_class in FINAL or is_long(unit))


def _text_pairs(units: list[Unit], start: int) -> tuple[int, int]:
    """(pairs of consecutive text lines in the body, how many of them a blank line separates)."""
    pairs = gaps = 0
    for prev, unit in zip(units[start:-1], units[start + 1 :], strict=True):
        if prev.kind == "text" and unit.kind == "text":
            pairs += 1
            gaps += unit.gap_before
    return pairs, gaps


def _wrapped(units: list[Unit], start: int) -> set[int]:
    """The indices of lines broken by a fixed width (a print or e-mail page cut at some width,
    wherever the width ran out): each runs on into the next line.

    A chain is a run of adjacent unpunctuated lines of print width, each wrapped paragraph
    closed by a line ending its sentence; its width is its longest unpunctuated line. A chain
    is wrapped text when at least three of its lines fill most of the width, none falls short
    of it, and one stops where no sentence can (a comma, "في", "أن") or four lines or more are
    all but equally long. A list of related headlines is no such chain: their lengths scatter
    and none stops mid-phrase. Once one chain is wrapped, a shorter paragraph of the same dump
    filling the same width is wrapped too.
    """
    chains = _chains(units, start)
    out: set[int] = set()
    widths: list[int] = []
    for chain in chains:
        running = [i for i in chain if units[i].end_class in ("open", "comma")]
        if len(running) < _WRAPPED_MIN_LINES:
            continue
        width = max(units[i].chars for i in running)
        full = _full_lines(units, chain, running, width)
        if len(full) < _WRAPPED_MIN_LINES:
            continue
        even = len(full) > _WRAPPED_MIN_LINES and min(units[i].chars for i in full) >= (
            width * _WRAP_EVEN
        )
        if even or any(ends_mid_sentence(units[i]) for i in full):
            out.update(full)
            widths.append(width)
    if widths:
        width = max(widths)
        for chain in chains:
            running = [i for i in chain if units[i].end_class in ("open", "comma")]
            if running and all(units[i].chars <= width for i in running):
                out.update(_full_lines(units, chain, running, width))
    return out


def _chains(units: list[Unit], start: int) -> list[list[int]]:
    """Runs of adjacent text lines of print width: unpunctuated lines, each paragraph of them
    closed by one line ending a sentence, however short."""
    chains: list[list[int]] = [[]]
    for i in range(start, len(units)):
        unit = units[i]
        chain = chains[-1]
        if unit.kind != "text" or len(unit.key) > _WRAP_MAX_WIDTH:
            if chain:
                chains.append([])
        elif (
            unit.end_class in FINAL
            and chain
            and chain[-1] == i - 1
            and units[i - 1].end_class not in FINAL
            and not unit.gap_before
        ):
            chain.append(i)  # the last line of a wrapped paragraph, however short
        elif unit.end_class in ("open", "comma") and len(unit.key) >= _WRAP_MIN_WIDTH:
            if chain and unit.gap_before:
                chains.append([i])
            else:
                chain.append(i)
        elif chain:
            chains.append([])
    return [chain for chain in chains if chain]


def _full_lines(units: list[Unit], chain: list[int], running: list[int], width: int) -> list[int]:
    """The lines of `chain` that fill `width` and run on into the next line of the chain; none
    when an unpunctuated line other than the last falls short of the width."""
    if any(units[i].chars < width * _WRAP_FULL for i in running[:-1]):
        return []  # a short unpunctuated line inside: headlines, not wrapped text
    members = set(chain)
    return [i for i in running if units[i].chars >= width * _WRAP_FULL and i + 1 in members]


def _continues(last_piece: Unit, nxt: Unit, after: Unit | None, mid: bool, blank: bool) -> bool:
    """Does the sentence ending with the line `last_piece` go on into the line `nxt`?"""
    if last_piece.end_class in FINAL:
        return False
    if (
        is_byline(last_piece.key)
        or is_dateline_like(last_piece.key)
        or opens_with_dateline(nxt.key)
    ):
        return False  # a byline or dateline line stays apart; a dateline opens a new paragraph
    if last_piece.end_class == "comma" or nxt.key.lstrip()[:1] in _CONTINUATION_OPENERS:
        return True
    if _opens_a_quote(last_piece.key):
        return True  # "... رئيس البلدية “المهندس" / "علي حسن” ...": the quotation goes on
    ends, openers, _ = _joiners()
    if _in(last_word(last_piece.key), ends) or _in(first_word(nxt.key), openers):
        return True
    if mid and last_piece.words <= _FRAGMENT_MAX_WORDS:
        return True  # a linked name: "وقال" / "فؤاد حسين" / "إن العراق ..."
    fragment = nxt.words <= _FRAGMENT_MAX_WORDS and nxt.end_class not in FINAL
    if fragment and after is not None and after.kind == "text" and not after.gap_before:
        return True
    return blank and is_long(last_piece)


def join_lines(text: str, units: list[Unit], start: int) -> list[Unit]:
    """`units` with the text lines from index `start` on rejoined into paragraphs."""
    pairs, gaps = _text_pairs(units, start)
    blank = pairs > 0 and gaps * 2 >= pairs  # most body lines are blank-line separated
    # a wrapped run needs at least three adjacent lines: most dumps have no such run
    wrapped = _wrapped(units, start) if pairs - gaps >= _WRAPPED_MIN_LINES - 1 else set()
    out = units[:start]
    i = start
    n = len(units)
    in_list = False  # under a line ending with ":", short lines are items: never joined
    while i < n:
        unit = units[i]
        if unit.kind != "text" or (in_list and not is_long(unit)):
            out.append(unit)
            i += 1
            continue
        in_list = False
        pieces = [unit]
        while i + 1 < n:
            nxt = units[i + 1]
            if nxt.kind != "text" or nxt.gap_before or _bar_piece(nxt) or _bar_piece(pieces[-1]):
                break
            after = units[i + 2] if i + 2 < n else None
            if i not in wrapped and not _continues(pieces[-1], nxt, after, len(pieces) > 1, blank):
                break
            pieces.append(nxt)
            i += 1
        out.append(merge(pieces) if len(pieces) > 1 else unit)
        in_list = pieces[-1].end_class == "colon"
        i += 1
    return out


def _bar_piece(unit: Unit) -> bool:
    """ "| متابعات", "| 1234": a piece of the page's meta bar (a bar, then words), never a line
    of a wrapped sentence. A bar alone parts the items of a list and is joined like them."""
    key = unit.key
    return key[:1] == _BAR and bool(key.strip(_BAR_EDGES))


def merge(pieces: list[Unit]) -> Unit:
    """One text unit spanning `pieces` (adjacent units of one paragraph)."""
    first, last = pieces[0], pieces[-1]
    key = " ".join(p.key for p in pieces)
    words = sum(p.words for p in pieces)
    return Unit(
        "text",
        first.start,
        last.end,
        first.gap_before,
        key,
        "joined",
        words,
        last.end_class,
        first.on_header,
    )


def truncation(text: str, units: list[Unit]) -> ParseWarning | None:
    """The `truncated` warning when the dump ends in U+FFFD or mid-sentence without a line break."""
    if not units:
        return None
    last = units[-1]
    message = WARNING_CODES["truncated"][1]
    if last.kind == "unparsed" and last.role == "truncated":
        return ParseWarning("truncated", message, (last.start, last.end))
    if last.kind != "paragraph" or last.end_class != "open" or not is_long(last):
        return None
    if text[last.end :].strip(" \t"):
        return None  # a line break after the last paragraph: the page ended there
    return ParseWarning("truncated", message, (last.start, last.end))
