# The grammar of a body's opening line, on its folded key: datelines ("أربيل (كوردستان24)-",
# "الإسكندرية في 14 يونيو /أ ش أ/", "شفق نيوز- كركوك"), opening credits and bylines.
# Rule: a shape holds only when its words are a known place or credit, or when the shape itself
# is unmistakable (a known credit in brackets, or a date and a credit after the place); ordinary
# words before a dash or colon ("وزير الخارجية: ..."), quotations and questions never match.
"""Opening-line shapes."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ._byline import read_byline, read_label, read_name
from ._credits import bracket_credits, known_credit, self_credit
from ._dates import parse_date
from ._fold import Folded
from ._grammar import DASH
from ._linereader import (
    CREDIT_SEP,
    DATE,
    IN,
    MAX_UNKNOWN_PLACE_WORDS,
    OPEN_BRACKETS,
    SEP,
    TOKEN,
    Line,
    Span,
    make_line,
    place_then_end,
)
from ._places import PlaceEntry, place_by_key

__all__ = ["Found", "read_opening"]

_MAX_PLACE_WORDS = 4
_MAX_OUTLET_WORDS = 3
_DEFINITE = "ال"
_A_DASH = regex.compile(DASH)
_DATE_MAX_CHARS = 60  # a weekday, day, month, year and time fit well within
_A_NAME_END = regex.compile(rf"[ \t]*(?::|{DASH}{{1,3}})[ \t]*")
_IN_WORD = regex.compile(rf"[ \t]+{IN}[ \t]+")
_NAME_MAX_CHARS = 60  # a labelled name before "في <date>"
_ARABIC_LETTER = regex.compile(r"[\u0621-\u064a]")
_STRAY_CLOSERS = " \t)]»"  # a bracket left over at the end of a credit line
_FROM = regex.compile(r"[ \t]+من[ \t]+")
_DATE_LEAD = regex.compile(rf"[ \t]*(?:(?:{IN}|[،,])[ \t]*)?")  # "القاهرة في ...", "القاهرة، ..."


@dataclass(slots=True)
class Found:
    """What opens a line, as key offsets: pieces to cut, place, credits, date, byline name."""

    pieces: list[tuple[str, int, int]] = field(default_factory=list)
    place: Span | None = None
    place_entry: PlaceEntry | None = None
    credits: list[Span] = field(default_factory=list)
    date: Span | None = None
    name: Span | None = None
    end: int = 0  # where the opening ends (the body starts after white space)
    alone: bool = False  # a known place alone on its line: a dateline only before the body


def read_opening(folded: Folded, limit: int, eol: bool) -> Found | None:
    """The dateline/credit/byline opening `folded.key` (its first line ends at `limit`), or None.

    `eol` says whether `limit` is a real line end rather than the edge of a window.
    """
    line = make_line(folded, limit, eol)
    dated = _byline_dated(line)
    if dated is not None:
        return dated
    byline = read_byline(line.key, 0, limit, eol)
    if byline is not None:
        found = Found([("byline", 0, byline.stop)], name=(byline.start, byline.end))
        found.end = byline.stop
        after = line.skip(byline.stop)
        rest = _dateline(line, after) if after < limit else None
        if rest is not None:  # "كتب - محمد علي - بغداد"
            rest.alone = False
            rest.pieces.insert(0, found.pieces[0])
            rest.name = found.name
            return rest
        return found
    own = self_credit(line.key, 0, limit)  # "الرباط اليوم: متابعة"
    if own is not None and line.at_end(own[1]):
        return Found([("byline", 0, own[1])], credits=[own[0]], end=own[1])
    return _dateline(line, 0)


def _byline_dated(line: Line) -> Found | None:
    """ "كتبت: ياسمين عمرو في الثلاثاء 5 أغسطس 2025 12:58 مساء - ...": a labelled byline, then
    the date it was filed (a dateline piece without a place), or the place ("... في بغداد -")."""
    label_end = read_label(line.key, 0, line.limit)
    if label_end is None:
        return None
    at = line.skip(label_end)
    m = _IN_WORD.search(line.key, at, min(line.limit, at + _NAME_MAX_CHARS))
    if m is None:
        return None
    name = read_name(line.key, at, m.start(), True, labelled=True, min_words=2)
    if name is None:
        return None
    place = place_then_end(line, m.end(), unknown=False)
    if place is not None and not line.at_end(place[2]):  # "كتب: محمد علي في بغداد - ..."
        span, entry, stop = place
        pieces = [("byline", 0, name.end), ("dateline", line.skip(m.start()), stop)]
        return Found(pieces, span, entry, name=(name.start, name.end), end=stop)
    found = Found(name=(name.start, name.end))
    end = _date_then_sep(line, found, name.end)
    sep = SEP.match(line.key, end, line.limit) if found.date and not found.pieces else None
    if sep is None:
        return None
    found.pieces = [("byline", 0, name.end), ("dateline", line.skip(name.end), sep.end())]
    found.end = sep.end()
    return found


def _dateline(line: Line, pos: int) -> Found | None:
    return _credit_first(line, pos) or _place_first(line, pos) or _name_place(line, pos)


def _credit_first(line: Line, pos: int) -> Found | None:
    """ "شفق نيوز- كركوك", "أفريقيا برس – تونس. ...", a credit alone: "رويترز - ...", a
    credit that is the whole line: "أ ش أ", and "إيلاف من الرباط: ..."."""
    words = line.words(pos, TOKEN)
    for n in range(len(words), 0, -1):
        credit = (pos, words[n - 1][1])
        entry = known_credit(line.key[credit[0] : credit[1]])
        if entry is None:
            continue
        if entry.credit_only and place_by_key(line.key[credit[0] : credit[1]]) is not None:
            return None  # "العين": the place reading wins
        sep = CREDIT_SEP.match(line.key, credit[1], line.limit)
        if sep is None:
            from_place = _from_place(line, credit)
            if from_place is not None:
                return from_place
        if sep is None and pos == 0 and line.at_end(credit[1]):
            # a credit alone on its line above the body: "وكالات", "أ ش أ"
            return Found([("dateline", pos, credit[1])], credits=[credit], end=credit[1])
        if sep is None:
            return None
        at = line.skip(sep.end())
        place = place_then_end(line, at, unknown=False)
        if place is None:
            second = _credit_at(line, at, tatweel=False)  # "المواطن - واس": the agency it cites
            if (
                second is not None
                and (
                    second[1] > second[0][1]  # a separator after it
                    or (line.eol and not line.key[second[1] : line.limit].strip(_STRAY_CLOSERS))
                )
            ):
                stop = line.limit if second[1] == second[0][1] else second[1]
                return Found([("dateline", pos, stop)], credits=[credit, second[0]], end=stop)
            place = place_then_end(line, at, unknown=True)
        if place is not None:
            span, place_entry, stop = place
            return Found([("dateline", pos, stop)], span, place_entry, [credit], end=stop)
        if entry.credit_only:
            return None
        return Found([("dateline", pos, sep.end())], credits=[credit], end=sep.end())
    return None


def _from_place(line: Line, credit: Span) -> Found | None:
    """ "إيلاف من الرباط: ...": an outlet, "من", a known place and a separator."""
    m = _FROM.match(line.key, credit[1], line.limit)
    if m is None:
        return None
    place = place_then_end(line, m.end(), unknown=False)
    if place is None or line.at_end(place[0][1]):
        return None
    span, entry, stop = place
    return Found([("dateline", credit[0], stop)], span, entry, [credit], end=stop)


def _place_first(line: Line, pos: int) -> Found | None:
    """A known place (longest first), else one or two plain words, then the dateline's rest."""
    words = line.words(pos)
    tried: set[int] = set()
    for n in range(min(len(words), _MAX_PLACE_WORDS), 0, -1):
        entry = place_by_key(line.key[pos : words[n - 1][1]])
        if entry is not None:
            tried.add(n)
            found = _after_place(line, (pos, words[n - 1][1]), entry)
            if found is not None:
                return found
    n = len(words)
    while n > 0 and line.key[words[n - 1][0] : words[n - 1][1]] == IN:
        n -= 1
    if (
        0 < n <= MAX_UNKNOWN_PLACE_WORDS
        and n not in tried
        and line.plain(words[:n])
        and _ARABIC_LETTER.search(line.key, pos, words[n - 1][1]) is not None  # not "MENAFN"
    ):
        return _after_place(line, (pos, words[n - 1][1]), None)
    return None


def _after_place(line: Line, place: Span, entry: PlaceEntry | None) -> Found | None:
    """The rest of a dateline after its place: qualifier, date, credit, separator, tail."""
    key = line.key
    found = Found(place=place, place_entry=entry)
    pos = place[1]
    br = line.bracket(line.skip(pos))
    if br is not None and br["open"] in OPEN_BRACKETS:
        body = key[br.start("body") : br.end("body")]
        dated = DATE.match(key, line.skip(br.end()), line.limit) is not None
        if not known_credit(body) and (dated or place_by_key(body) is not None):
            pos = br.end()  # a qualifier: "أربيل (العراق) 23 يوليو", "بغداد (العراق) -"
        else:
            found.credits = bracket_credits(key, *br.span("body"), unknown=True)
            if not found.credits:
                return None
            pos = br.end()
    elif br is not None:  # "«" or "/": a credit only when known ("بيروت «الشرق الأوسط»")
        found.credits = bracket_credits(key, *br.span("body"), unknown=False)
        pos = br.end() if found.credits else pos
    if not found.credits:
        date = DATE.match(key, line.skip(pos), line.limit)
        if date is None:
            pos = _date_then_sep(line, found, pos)
        else:
            br = line.bracket(date.end())
            found.credits = bracket_credits(key, *br.span("body"), unknown=True) if br else []
            if br is None or not found.credits:
                return None
            found.date = date.span("date")
            pos = br.end()
    sep = SEP.match(key, pos, line.limit)
    if sep is not None:
        pos = sep.end()
        if not found.credits and found.date is None:
            pos = _tail(line, found, pos)
    return _check(line, found, pos, sep is not None)


def _date_then_sep(line: Line, found: Found, pos: int) -> int:
    """A date with no credit between the place and a separator, "القاهرة في الأحد 12 أكتوبر 2025
    12:20 مساء - ...", or a labelled byline ("... مساء كتب سامر حسن - "): sets `found.date` (and
    the byline) and returns where they end (else `pos` unchanged)."""
    m = _DATE_LEAD.match(line.key, pos, line.limit)
    if m is None or not line.key[m.end() : m.end() + 1].isalnum():
        return pos
    match = parse_date(line.key[m.end() : min(line.limit, m.end() + _DATE_MAX_CHARS)])
    if match is None or match.span[0] != 0 or match.date is None or match.relative is not None:
        return pos
    end = m.end() + match.span[1]
    if SEP.match(line.key, end, line.limit) is not None:
        found.date = (m.end(), end)
        return end
    at = line.skip(end)
    byline = read_byline(line.key, at, line.limit, line.eol, bare=True)
    if byline is None or not _A_NAME_END.fullmatch(line.key, byline.end, byline.stop):
        return pos
    # "الدمام في الثلاثاء 5 أغسطس 2025 10:25 مساء كتب سامر حسن - ..."
    found.date = (m.end(), end)
    found.name = (byline.start, byline.end)
    found.pieces = [
        ("dateline", found.place[0] if found.place else 0, end),
        ("byline", at, byline.stop),
    ]
    return byline.stop


def _check(line: Line, found: Found, pos: int, had_sep: bool) -> Found | None:
    """Whether the shape read is a dateline; fills its pieces."""
    known = any(known_credit(line.key[s:e]) for s, e in found.credits)
    at_end = line.at_end(pos)
    if found.place_entry is None:  # an unknown place needs a known credit or a date
        if not (known or found.date is not None) or (
            found.date is None and not had_sep and not (found.credits and at_end)
        ):
            return None  # "جنود في الشارع (أ ف ب) ..." reads like a caption
    elif not (had_sep or found.credits or found.date is not None):
        if not at_end:
            return None
        found.alone = True
    elif found.credits and not known and not had_sep and not at_end:
        return None  # "بغداد (العاصمة) تشهد ...": the bracket is prose
    if not found.pieces:
        found.pieces.append(("dateline", found.place[0] if found.place else 0, pos))
    found.end = max(pos, found.pieces[-1][2])
    return found


def _tail(line: Line, found: Found, pos: int) -> int:
    """After "PLACE - ": a bracketed credit, a second place, a credit, or a reporter's name.

    Returns where the dateline ends; may add credits, or a byline piece and its name.
    """
    key = line.key
    at = line.skip(pos)
    br = line.bracket(at)
    if br is not None:  # "روما - (أ. ف. ب):", "بيروت: «الشرق الأوسط»"
        unknown = br["open"] in OPEN_BRACKETS
        found.credits = bracket_credits(key, *br.span("body"), unknown=unknown)
        if not found.credits:
            return pos
        sep = SEP.match(key, br.end(), line.limit)
        return sep.end() if sep is not None else br.end()
    second = place_then_end(line, at, unknown=False)
    if second is not None and key[second[0][1] : second[2]].strip() not in (".", "،", ","):
        return second[2]  # "القاهرة - الرياض - "
    credit = _credit_at(line, at, tatweel=pos - 1 in line.tatweels)
    if credit is not None:
        found.credits = [credit[0]]
        return credit[1]
    # "الرياض - كتبت رنا صلاح -": a label (any, separator or not) stays out of the name
    name = read_byline(key, at, line.limit, line.eol, bare=True) or read_name(
        key, at, line.limit, line.eol, labelled=False
    )
    if name is not None and _A_NAME_END.fullmatch(key, name.end, name.stop):
        # "طرابلس - سعاد علي:", "الدمام - سامر حسن - ..."
        found.pieces = [("dateline", found.place[0] if found.place else 0, pos)]
        found.pieces.append(("byline", at, name.stop))
        found.name = (name.start, name.end)
        return name.stop
    return pos


def _credit_at(line: Line, pos: int, *, tatweel: bool) -> tuple[Span, int] | None:
    """A credit after "PLACE - ": "الرباط - المغرب اليوم", "الخرطوم ـ اليوم التالي ...".

    Body text may follow a credit directly only when its spelling is unambiguous, or after a
    tatweel used as a dash (the Sudanese style); an ordinary word needs a separator or the end.
    An unknown outlet ("الصباح الجديد") counts only alone on the dateline's line.
    """
    words = line.words(pos, TOKEN)
    for n in range(min(len(words), _MAX_PLACE_WORDS), 0, -1):
        span = (pos, words[n - 1][1])
        entry = known_credit(line.key[span[0] : span[1]])
        if entry is None:
            continue
        if line.at_end(span[1]):
            return span, span[1]
        sep = CREDIT_SEP.match(line.key, span[1], line.limit)
        if sep is not None:
            return span, sep.end()
        return (span, span[1]) if not entry.credit_only or tatweel else None
    if 0 < len(words) <= _MAX_OUTLET_WORDS and line.at_end(words[-1][1]):
        first = line.key[words[0][0] : words[0][1]]
        if first.startswith(_DEFINITE) and line.plain(words):
            return (pos, words[-1][1]), words[-1][1]
    return None


def _name_place(line: Line, pos: int) -> Found | None:
    """A reporter's line: "محمد علي – بغداد" (the name is the byline, the place the dateline)."""
    name = read_name(line.key, pos, line.limit, line.eol, labelled=False)
    if name is None or not _A_DASH.search(line.key, name.end, name.stop):
        return None
    at = line.skip(name.stop)
    place = place_then_end(line, at, unknown=False)
    if place is None:
        return _name_place_date(line, pos, name.start, name.end, name.stop)
    span, entry, stop = place
    pieces = [("byline", pos, name.stop), ("dateline", span[0], stop)]
    return Found(pieces, span, entry, name=(name.start, name.end), end=stop)


def _name_place_date(line: Line, pos: int, n_start: int, n_end: int, n_stop: int) -> Found | None:
    """ "أحمد علي - القاهرة في الأحد 12 أكتوبر 2025 12:20 مساء - ...": name, place, date."""
    at = line.skip(n_stop)
    words = line.words(at)
    for n in range(min(len(words), _MAX_PLACE_WORDS), 0, -1):
        span = (at, words[n - 1][1])
        entry = place_by_key(line.key[span[0] : span[1]])
        if entry is None:
            continue
        found = Found(place=span, place_entry=entry, name=(n_start, n_end))
        end = _date_then_sep(line, found, span[1])
        sep = SEP.match(line.key, end, line.limit) if found.date is not None else None
        if sep is None:
            return None
        found.pieces = [("byline", pos, n_stop), ("dateline", span[0], sep.end())]
        found.end = sep.end()
        return found
    return None
