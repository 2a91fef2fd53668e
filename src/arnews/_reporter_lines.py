# Reporters' lines that open a body: a name with the place or the date it was filed from
# ("محمد علي – بغداد", "سامر حسن - القاهرة في <date> -", "كتبت: رنا علي في <date> -").
# Rule: an unlabelled name is two to four plain words (_byline.read_name); the place must be
# known and a separator must follow the date.
"""Reporter-line openings."""

from __future__ import annotations

import re

from ._byline import NameRun, author_name, opens_with_given_name, read_label, read_name
from ._credits import TODAY, known_credit, opens_like_outlet
from ._found import Found, date_then_sep
from ._grammar import DASH
from ._linereader import IN, SEP, TOKEN, Line, place_then_end
from ._tail_credits import desk_label

__all__ = ["author_alone", "byline_dated", "byline_from_place", "name_place"]

_A_DASH_OR_SLASH = re.compile(rf"{DASH}|/")
_IN_WORD = re.compile(rf"[ \t]+{IN}[ \t]+")
_FROM_WORD = re.compile(r"[ \t]+من[ \t]+")  # "كتب NAME من تونس"
_NAME_MAX_CHARS = 60  # a labelled name before "في <date>"
_CREDIT_MAX_WORDS = 4  # "وكالة الأنباء العراقية" after a writer's name


def _labelled_name_before(
    line: Line, word: re.Pattern[str], *, bare: bool
) -> tuple[NameRun, re.Match[str]] | None:
    """A byline label opening the line, a writer's name of two words or more, then `word` (a
    preposition: "في", "من") after it: the name and the preposition's match."""
    label_end = read_label(line.key, 0, line.limit, bare=bare)
    if label_end is None:
        return None
    at = line.skip(label_end)
    m = word.search(line.key, at, min(line.limit, at + _NAME_MAX_CHARS))
    if m is None:
        return None
    name = read_name(line.key, at, m.start(), True, labelled=True, min_words=2)
    return None if name is None else (name, m)


def byline_from_place(line: Line) -> Found | None:
    """ "كتب سامر الحلبي من تونس": a labelled writer, "من" and a known place closing the line or
    followed by a separator: the byline, then the dateline (the place it was filed from)."""
    read = _labelled_name_before(line, _FROM_WORD, bare=True)
    if read is None:
        return None
    name, m = read
    if name.end != len(line.key[: m.start()].rstrip()):
        return None
    place = place_then_end(line, m.end(), unknown=False)
    if place is None:
        return None
    span, entry, stop = place
    pieces = [("byline", 0, name.end), ("dateline", line.skip(name.end), stop)]
    return Found(pieces, span, entry, name=(name.start, name.end), end=stop)


def byline_dated(line: Line) -> Found | None:
    """ "كتبت: ياسمين عمرو في الثلاثاء 5 أغسطس 2025 12:58 مساء - ...": a labelled byline, then
    the date it was filed (a dateline piece without a place), or the place ("... في بغداد -")."""
    read = _labelled_name_before(line, _IN_WORD, bare=False)
    if read is None:
        return None
    name, m = read
    place = place_then_end(line, m.end(), unknown=False)
    if place is not None and not line.at_end(place[2]):  # "كتب: محمد علي في بغداد - ..."
        span, entry, stop = place
        pieces = [("byline", 0, name.end), ("dateline", line.skip(m.start()), stop)]
        return Found(pieces, span, entry, name=(name.start, name.end), end=stop)
    found = Found(name=(name.start, name.end))
    end = date_then_sep(line, found, name.end)
    sep = SEP.match(line.key, end, line.limit) if found.date and not found.pieces else None
    if sep is None:
        return None
    found.pieces = [("byline", 0, name.end), ("dateline", line.skip(name.end), sep.end())]
    found.end = sep.end()
    return found


def name_place(line: Line, pos: int) -> Found | None:
    """A reporter's line: "محمد علي – بغداد", "سعاد حسن / الرباط", alone on its line "محمد علي :
    نواكشوط" (the name is the byline, the place the dateline); a label before the name stays
    out of it ("بواسطة إدارة الإعلام -
    بغداد")."""
    label_end = read_label(line.key, pos, line.limit, bare=True)
    at = line.skip(label_end) if label_end is not None else pos
    name = read_name(line.key, at, line.limit, line.eol, labelled=label_end is not None)
    if name is None:
        return None
    colon = not _A_DASH_OR_SLASH.search(line.key, name.end, name.stop)
    if colon and (
        ":" not in line.key[name.end : name.stop]
        or not opens_with_given_name(line.key, line.words(name.start, TOKEN)[:2])
    ):
        return None  # "شروين المهرة: شبوة": before a colon, only a first name tells a writer
    at = line.skip(name.stop)
    place = place_then_end(line, at, unknown=False)
    if colon and (place is None or not line.at_end(place[2])):
        return None  # "NAME : PLACE" alone on its line only: after a colon the body may go on
    if place is None:
        return _name_place_date(line, pos, name.start, name.end, name.stop) or _name_credit(
            line, pos, name.start, name.end, name.stop
        )
    span, entry, stop = place
    named = line.key[name.start : name.end]
    if opens_like_outlet(named) or named.rsplit(maxsplit=1)[-1] == TODAY:
        # "موقع أنصار الله – إب –", "شبكة الأخبار – بغداد": the outlet's credit, no writer;
        # "حدث اليوم - العاصمة عدن": no person's name ends with "today"
        stop = desk_label(line, stop)  # "... - خاص" closing the outlet's line
        return Found([("dateline", pos, stop)], span, entry, [(name.start, name.end)], end=stop)
    pieces = [("byline", pos, name.stop), ("dateline", span[0], stop)]
    return Found(pieces, span, entry, name=(name.start, name.end), end=stop)


def _name_place_date(line: Line, pos: int, n_start: int, n_end: int, n_stop: int) -> Found | None:
    """ "أحمد علي - القاهرة في الأحد 12 أكتوبر 2025 12:20 مساء - ...": name, place, date."""
    at = line.skip(n_stop)
    for span, entry in line.known_places(at, line.words(at)):
        found = Found(place=span, place_entry=entry, name=(n_start, n_end))
        end = date_then_sep(line, found, span[1])
        sep = SEP.match(line.key, end, line.limit) if found.date is not None else None
        if sep is None:
            return None
        found.pieces = [("byline", pos, n_stop), ("dateline", span[0], sep.end())]
        found.end = sep.end()
        return found
    return None


def author_alone(line: Line) -> Found | None:
    """ "عصام الفلاني" alone on its line above the body (no label, a known first name
    first), or with its place in brackets: "معتز الفلاني (أبوظبي)"."""
    open_at = line.key.rfind("(", 0, line.limit)
    where = line.bracketed_place(open_at) if open_at > 0 else None
    if where is not None and not line.at_end(where[2]):
        where = None  # the bracket must end the line
    limit = open_at if where is not None else line.limit
    name = author_name(line.key, 0, limit, line.eol or where is not None)
    if name is None:
        return None
    if where is None:
        if not line.at_end(name.stop):
            return None
        return Found([("byline", 0, name.stop)], name=(name.start, name.end), end=name.stop)
    pieces = [("byline", 0, name.end), ("dateline", open_at, line.limit)]
    return Found(pieces, where[0], where[1], name=(name.start, name.end), end=line.limit)


def _name_credit(line: Line, pos: int, n_start: int, n_end: int, n_stop: int) -> Found | None:
    """ "علي الفلاني – النهار اللبنانية": a writer, then the paper the piece ran in, ending the
    line or followed by a separator and the body."""
    # "اخبار سوريا اليوم – وطن نيوز": a section's or an outlet's words, no writer's name
    unnamed = opens_like_outlet(line.key[n_start:n_end])
    at = line.skip(n_stop)
    for _, word_end in reversed(line.words(at)[:_CREDIT_MAX_WORDS]):
        if known_credit(line.key[at:word_end]) is None:
            continue
        if line.at_end(word_end):
            stop = line.limit
        else:
            sep = SEP.match(line.key, word_end, line.limit)
            if sep is None:
                return None
            stop = sep.end()
        if unnamed:
            return Found([("dateline", pos, stop)], credits=[(at, word_end)], end=stop)
        pieces = [("byline", pos, n_stop), ("dateline", at, stop)]
        return Found(pieces, credits=[(at, word_end)], name=(n_start, n_end), end=stop)
    return None
