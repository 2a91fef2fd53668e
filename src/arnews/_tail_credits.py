# The outlet named after "PLACE - " when the lexicon does not know it: an outlet known by its
# shape ("رام الله- غزة برس:"), a lead mark's name ("غزة - إعلام الحركة -"), guillemets that set a
# name apart ("نواكشوط ـ «الساحل»"), one word and a spaced dash after a slash ("اليمن/نبأ – ..."),
# and the desk's label ending the line ("صنعاء – متابعات").
# Rule: an unknown name counts only before a separator or the line's end.
"""Unknown outlets' credits after a dateline's place."""

from __future__ import annotations

import re

from ._boilerplate import furniture_kind, is_section
from ._byline import desk_word_end, opens_with_given_name, read_label
from ._credits import has_outlet_mark, opens_like_outlet, outlet_shaped, trim_span
from ._grammar import DASH_RUN
from ._linereader import CREDIT_SEP, SEP, TOKEN, Line, Span
from ._places import place_by_key

__all__ = [
    "MAX_OUTLET_WORDS",
    "desk_label",
    "desk_then_quoted",
    "lead_outlet_at",
    "outlet_at",
    "set_apart",
    "slash_credit",
    "word_and_colon",
]

MAX_OUTLET_WORDS = 3  # words of an unknown outlet's name after "PLACE - "
_MAX_SLASHED_OUTLET_WORDS = 4  # "موقع محافظة حضرموت" between two slashes
_SPACED_DASH = re.compile(rf"[ \t]*{DASH_RUN}(?=[ \t])")


_DESK_COLON = re.compile(r"[ \t]*:[ \t]*")  # "خاص:" before the body
_DESK_CLOSERS = " \t.:"


def desk_label(line: Line, pos: int) -> int:
    """After a dateline's credit, a label ending the line ("خاص", "متابعة"), or a label and a
    colon before the body ("رويترز - خاص: ..."): where it ends."""
    at = line.skip(pos)
    if at >= line.limit:
        return pos
    end = read_label(line.key, at, line.limit, alone=True)
    if end is not None and line.eol and not line.key[end : line.limit].strip(_DESK_CLOSERS):
        return line.limit  # "خاص ." and "خاص :" end the line too
    word_end = desk_word_end(line.key, at, line.limit)
    colon = _DESK_COLON.match(line.key, word_end, line.limit) if word_end is not None else None
    if colon is not None and line.key[colon.end() : line.limit].strip():
        return colon.end()  # "رويترز - خاص: أعلنت ...": the desk, then the body
    return pos


def desk_then_quoted(line: Line, pos: int) -> tuple[Span, int] | None:
    """At `pos` (after the place, or at the line's start), the desk's word and an outlet in
    quotation marks or guillemets closing the line or followed by a separator ("قامشلو خاص
    “OUTLET”", "عدن خاص «OUTLET» -"): the outlet's span and where the credit ends."""
    desk_end = desk_word_end(line.key, line.skip(pos), line.limit)
    if desk_end is None:
        return None
    at = line.skip(desk_end)
    br = line.bracket(at)
    quoted = br if br is not None and br["open"] == "«" else line.quoted(at)
    if quoted is None:
        return None
    sep = SEP.match(line.key, quoted.end(), line.limit)
    if sep is None and not (line.eol and line.at_end(quoted.end())):
        return None
    return trim_span(line.key, *quoted.span("body")), sep.end() if sep else quoted.end()


def set_apart(line: Line, body: Span, end: int, sep: re.Match[str] | None) -> bool:
    """Guillemets after "PLACE - " that hold an outlet: one known by its shape, or one to three
    plain words closing the line or closed by a separator ("نواكشوط ـ «سينماتوغراف»"; a quoted
    subject goes on with its verb: "بيروت - «الحزب» يعلن ...")."""
    if outlet_shaped(line.key[body[0] : body[1]]):
        return True
    words = line.words(body[0], TOKEN)
    words = [w for w in words if w[1] <= body[1]]
    if not 1 <= len(words) <= MAX_OUTLET_WORDS or not line.plain(words):
        return False
    return sep is not None or (line.eol and line.at_end(end))


def outlet_at(line: Line, pos: int) -> tuple[Span, int] | None:
    """An outlet missing from the lexicon, known by its shape, after "PLACE - " and before a
    separator or the line end: "رام الله- غزة برس:" (an outlet, never a reporter's name)."""
    words = line.words(pos, TOKEN)[:MAX_OUTLET_WORDS]
    if len(words) < 2 or not has_outlet_mark(line.key, words):
        return None
    for n in range(len(words), 1, -1):
        span = (pos, words[n - 1][1])
        if not outlet_shaped(line.key[span[0] : span[1]]):
            continue
        sep = CREDIT_SEP.match(line.key, span[1], line.limit)
        if sep is not None:
            return span, sep.end()
        return (span, span[1]) if line.at_end(span[1]) else None
    return None


def lead_outlet_at(line: Line, pos: int) -> tuple[Span, int] | None:
    """ "غزة - اعلام فتح -", "اللاذقية - مكتب أخبار سوريا": after "PLACE - ", a lead mark
    (lexicon/outlet_marks.tsv) and one to three more plain words, then a separator or the line
    end: an outlet (a lead mark never opens a person's name)."""
    if not opens_like_outlet(line.key[pos : line.limit]):
        return None
    words = line.words(pos, TOKEN)[: MAX_OUTLET_WORDS + 1]
    for n in range(2, len(words) + 1):
        if not line.plain(words[:n]):
            return None
        end = words[n - 1][1]
        sep = CREDIT_SEP.match(line.key, end, line.limit)
        if sep is not None:
            return (pos, end), sep.end()
        if line.at_end(end):
            return (pos, end), end
    return None


def slash_credit(line: Line, pos: int) -> tuple[Span, int] | None:
    """ "اليمن/نبأ – ...": after "PLACE/", one plain word and a spaced dash are the credit, known
    or not (a sentence never breaks with a dash after its first word); or a few words, a slash
    and a desk label ending the line: "المكلا/موقع المحافظة/خاص"."""
    words = line.words(pos, TOKEN)[:_MAX_SLASHED_OUTLET_WORDS]
    if not words or not line.plain(words[:1]):
        return None
    dash = _SPACED_DASH.match(line.key, words[0][1], line.limit)
    if dash is not None:
        return words[0], dash.end()
    for n in range(len(words), 0, -1):
        end = words[n - 1][1]
        if line.key[end : end + 1] == "/":  # the desk ending the line vouches for the words
            desk = desk_label(line, end + 1)
            if desk > end + 1:
                return (pos, end), desk
    return None


def word_and_colon(line: Line, pos: int) -> tuple[Span, int] | None:
    """After "PLACE - ", one plain word with no article glued to a colon, then the body or the
    line's end: the outlet ("رام الله- وطن: قال ...", "نواكشوط – أكم:" alone on its line); never
    a first name, a place, a label, a section or a banner word ("عاجل:")."""
    words = line.words(pos, TOKEN)[:1]
    if not words or not line.plain(words):
        return None
    start, end = words[0]
    if line.key[end : end + 1] != ":" or (line.at_end(end + 1) and not line.eol):
        return None  # the body after the colon, or the line ends there ("نواكشوط – أكم:")
    word = line.key[start:end]
    if (
        word.startswith("ال")  # "القاهرة - الشرطة: ...": an office speaking, not an outlet
        or is_section(word)  # "عاجل:"
        or opens_with_given_name(line.key, words)
        or place_by_key(word) is not None
        or read_label(line.key, start, end + 1, alone=True) is not None
        or furniture_kind(word) is not None
    ):
        return None
    return (start, end), end + 1
