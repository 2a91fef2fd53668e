# Opening lines led by a credit or an outlet: a known credit ("شفق نيوز- كركوك", "رويترز - "),
# credits in brackets or quotation marks, an outlet known by its shape (lexicon/outlet_marks.tsv);
# an unknown outlet's plain name is read by _unknown_outlets.py.
# Rule: a name counts only when nothing else (a place, a person, a section, a sentence's opening
# word) can read it.
"""Credit- and outlet-led opening-line shapes."""

from __future__ import annotations

import re

from ._byline import opens_with_given_name, read_label, read_name
from ._credits import (
    bracket_credits,
    has_outlet_mark,
    known_credit,
    opens_like_outlet,
    outlet_shaped,
    trim_span,
)
from ._datebars import is_date_line
from ._found import Found
from ._grammar import ARABIC_LETTER
from ._linereader import (
    CREDIT_SEP,
    CREDIT_TOKEN,
    OPEN_BRACKETS,
    SEP,
    SLASH,
    TOKEN,
    Line,
    Span,
    place_then_end,
)
from ._opening_tail import credit_at
from ._places import place_by_key
from ._tail_credits import desk_label

__all__ = [
    "bracket_first",
    "credit_first",
    "lead_outlet_alone",
    "outlet_first",
    "place_in_brackets_first",
    "quoted_first",
]

_MAX_LEAD_OUTLET_WORDS = 4  # "شبكة أخبار الريف اليوم"
_ARABIC_LETTER = re.compile(ARABIC_LETTER)
_BODY_MIN_WORDS = 5  # words after a slash that make a sentence, not a credit
_STRAY_CLOSERS = " \t)]»"  # a bracket left over at the end of a credit line
_FROM = re.compile(r"[ \t]+من[ \t]+")
_COMMA = re.compile(r"[،,]")


def credit_first(line: Line, pos: int) -> Found | None:
    """ "شفق نيوز- كركوك", "أفريقيا برس – تونس. ...", a credit alone: "رويترز - ...", a
    credit that is the whole line: "أ ش أ", and "إيلاف من الرباط: ..."."""
    words = line.words(pos, CREDIT_TOKEN)
    for n in range(len(words), 0, -1):
        credit = (pos, words[n - 1][1])
        entry = known_credit(line.key[credit[0] : credit[1]])
        if entry is None:
            continue
        if entry.credit_only and place_by_key(line.key[credit[0] : credit[1]]) is not None:
            return None  # "العين": the place reading wins
        sep = CREDIT_SEP.match(line.key, credit[1], line.limit)
        if sep is None:
            from_place = _linked_place(line, credit)
            if from_place is not None:
                return from_place
            slash = SLASH.match(line.key, credit[1], line.limit)
            signed = _name_to_end(line, slash.end()) if slash is not None and pos == 0 else None
            if slash is not None and signed is not None:
                # "المستقبل العراقي / سامر الحلبي": the paper and its writer
                pieces = [("dateline", pos, slash.end()), ("byline", *signed)]
                return Found(pieces, credits=[credit], name=signed, end=signed[1])
            if slash is not None and not entry.credit_only:
                # "شفق نيوز/ أفاد ...": an unambiguous outlet's name, a slash, then the body
                return Found([("dateline", pos, slash.end())], credits=[credit], end=slash.end())
        alone_to = credit[1] if sep is None else sep.end()
        if pos == 0 and line.eol and line.at_end(alone_to):
            # a credit alone on its line above the body: "وكالات", "أ ش أ", "الأناضول-"
            return Found([("dateline", pos, alone_to)], credits=[credit], end=alone_to)
        if sep is None:
            return None
        at = line.skip(sep.end())
        place = place_then_end(line, at, unknown=False)
        if place is None:
            second = credit_at(line, at, tatweel=False)  # "المواطن - واس": the agency it cites
            if (
                second is not None
                and (
                    second[1] > second[0][1]  # a separator after it
                    or (line.eol and not line.key[second[1] : line.limit].strip(_STRAY_CLOSERS))
                )
            ):
                stop = line.limit if second[1] == second[0][1] else second[1]
                return Found([("dateline", pos, stop)], credits=[credit, second[0]], end=stop)
            reporter = _reporter_after(line, credit, sep.end(), at)
            if reporter is not None:
                return reporter
            desk = desk_label(line, sep.end())
            if desk > sep.end():  # "الوطن|رصد": the desk that ends the line is no place
                return Found([("dateline", pos, desk)], credits=[credit], end=desk)
            place = place_then_end(line, at, unknown=True)
        if place is not None:
            span, place_entry, stop = place
            stop = _town_and_desk(line, stop)
            return Found([("dateline", pos, stop)], span, place_entry, [credit], end=stop)
        if entry.credit_only:
            return None
        return Found([("dateline", pos, sep.end())], credits=[credit], end=sep.end())
    return None


def _town_and_desk(line: Line, stop: int) -> int:
    """After "OUTLET - PLACE - " (or "OUTLET / PLACE – "), a town of that region and a desk's
    label ending the line ("قتبان نيوز - المهرة - الغيضة- خاص :", "عنكاوا كوم / البصرة – ميسان /
    خاص"): where the dateline ends (the region stays its place, as in "القاهرة - الرياض -")."""
    if stop >= line.limit or line.key[stop - 1 : stop].isalnum():
        return stop  # no separator after the place: the body goes on
    at = line.skip(stop)
    town = place_then_end(line, at, unknown=False)
    if town is not None and line.key[town[0][1] : town[2]].strip():
        stop = town[2]
    elif town is None:  # "عنكاوا كوم / البصرة – ميسان / خاص": a slash after the town
        for span, _ in line.known_places(at, line.words(at)):
            slash = SLASH.match(line.key, span[1], line.limit)
            if slash is not None:
                stop = slash.end()
                break
    return desk_label(line, stop)


def _reporter_after(line: Line, credit: Span, sep_end: int, at: int) -> Found | None:
    """ "الوكيل الإخباري - مجدي الباطية -": after a credit, where an unknown place could stand,
    a reporter's name (two to four words opening with a first name of given_names.tsv, or
    whose second word is one: "الأنباط - فرح موسى", a father's name after a first name that is
    also a word)."""
    name = read_name(line.key, at, line.limit, line.eol, labelled=False, given_first=True)
    if name is None:
        name = read_name(line.key, at, line.limit, line.eol, labelled=False)
        if name is None or not _fathers_name_second(line, name.start, name.end):
            return None
    pieces = [("dateline", credit[0], sep_end), ("byline", at, name.stop)]
    return Found(pieces, credits=[credit], name=(name.start, name.end), end=name.stop)


def _fathers_name_second(line: Line, start: int, end: int) -> bool:
    """Whether the name key[start:end] has a first name of given_names.tsv as its second word
    and no known place as its first ("فرح موسى", never "ديرة محمد" of a known place)."""
    words = line.words(start)
    words = [w for w in words if w[1] <= end]
    if len(words) < 2 or place_by_key(line.key[words[0][0] : words[0][1]]) is not None:
        return False
    return opens_with_given_name(line.key, words[1:])


def _name_to_end(line: Line, pos: int) -> Span | None:
    """A reporter's name of two to four words from `pos` to the end of a real line."""
    at = line.skip(pos)
    name = read_name(line.key, at, line.limit, line.eol, labelled=False)
    if name is None or not line.eol or not line.at_end(name.stop):
        return None
    named = line.key[name.start : name.end]
    if known_credit(named) is not None or outlet_shaped(named):
        return None  # "المنارة نت / سبأ نت": a second credit, no writer
    return name.start, name.end


def _linked_place(line: Line, credit: Span) -> Found | None:
    """A credit, "من" or a slash, and a known place: "إيلاف من الرباط: ..." (the place never
    ends the line), "المعلومة/ بغداد.. ..." (then a separator, the outlet's full stops or the
    line end)."""
    m = _FROM.match(line.key, credit[1], line.limit)
    slash = m is None
    if slash:
        m = SLASH.match(line.key, credit[1], line.limit)
    if m is None:
        return None
    place = place_then_end(line, line.skip(m.end()), unknown=False)
    if place is None or (not slash and line.at_end(place[0][1])):
        return None
    span, entry, stop = place
    while slash and stop < line.limit and line.key[stop] == ".":
        stop += 1  # "بغداد.."
    if slash:
        stop = _town_and_desk(line, stop)  # "عنكاوا كوم / البصرة – ميسان / خاص"
    return Found([("dateline", credit[0], stop)], span, entry, [credit], end=stop)


def bracket_first(line: Line, pos: int) -> Found | None:
    """ "(رويترز) – قال ...": known credits in brackets opening the text, then a separator or,
    after a space, the body's first word ("(شينخوا) حولت ...")."""
    br = line.bracket(pos)
    if br is None or br["open"] not in OPEN_BRACKETS:
        return None
    credits = bracket_credits(line.key, *br.span("body"), unknown=False)
    if not credits:
        return None
    sep = SEP.match(line.key, br.end(), line.limit)
    # with no separator, the body's first word right after the bracket: "(شينخوا) حولت ..."
    end = sep.end() if sep is not None else line.skip(br.end())
    if sep is None and (end == br.end() or not line.key[end : end + 1].isalpha()):
        return None
    return Found([("dateline", pos, end)], credits=credits, end=end)


def place_in_brackets_first(line: Line, pos: int) -> Found | None:
    """ "(نابلس): ...", "(نابلس، 14-11-2011): ...": a known place in round brackets, maybe a
    comma and the date, then a separator (a municipality's press style): the dateline."""
    br = line.bracket(pos)
    if br is None or br["open"] != "(":
        return None
    start, end = br.span("body")
    comma = _COMMA.search(line.key, start, end)
    place = trim_span(line.key, start, comma.start() if comma else end)
    entry = place_by_key(line.key[place[0] : place[1]])
    if entry is None:
        return None
    date = trim_span(line.key, comma.end(), end) if comma else None
    if date is not None and not is_date_line(line.key[date[0] : date[1]]):
        return None
    sep = SEP.match(line.key, br.end(), line.limit)
    if sep is None:
        return None
    return Found([("dateline", pos, sep.end())], place, entry, date=date, end=sep.end())


def quoted_first(line: Line, pos: int) -> Found | None:
    """ "“نبض المدينة”- القاهرة", "«الخليج» - دبي": an outlet in quotation marks or guillemets
    (known or not: the marks set it apart), a separator and a known place; or the place alone
    after the marks, ending the line ("« OUTLET » حضرموت")."""
    br = line.bracket(pos)
    quoted = line.quoted(pos) if br is None else (br if br["open"] == "«" else None)
    if quoted is None:
        return None
    sep = SEP.match(line.key, quoted.end(), line.limit)
    place = place_then_end(line, line.skip(sep.end() if sep else quoted.end()), unknown=False)
    if place is None or (sep is None and not line.at_end(place[2])):
        return None  # with no separator, the place must end the line: "« OUTLET » حضرموت"
    span, entry, stop = place
    body = trim_span(line.key, *quoted.span("body"))
    return Found([("dateline", pos, stop)], span, entry, [body], end=stop)


def lead_outlet_alone(line: Line, pos: int) -> Found | None:
    """ "شبكة أخبار الريف:", "موقع صدى المدينة -": a lead mark (lexicon/outlet_marks.tsv) and one
    to three plain words, then a colon or a dash, alone on the line above the body: the
    outlet's credit (alone on its line, "موقع الحادث" opens no sentence)."""
    if pos != 0 or not line.eol or not opens_like_outlet(line.key[: line.limit]):
        return None
    words = line.words(pos, TOKEN)[: _MAX_LEAD_OUTLET_WORDS + 1]
    if not 2 <= len(words) <= _MAX_LEAD_OUTLET_WORDS or not line.plain(words):
        return None
    sep = CREDIT_SEP.match(line.key, words[-1][1], line.limit)
    if sep is None or not line.at_end(sep.end()):
        return None
    span = (pos, words[-1][1])
    return Found([("dateline", pos, sep.end())], credits=[span], end=sep.end())


def outlet_first(line: Line, pos: int, *, labelled: bool = False) -> Found | None:
    """ "المسار الإخباري : – ...", "تاوريرت بريس - الرباط -": an outlet missing from the lexicon,
    known by its shape (lexicon/outlet_marks.tsv), then a separator, and a known place or the
    body. Its Agency has no name. `labelled`: a byline label opens the line before `pos`."""
    words = line.words(pos, TOKEN)
    # "منبر24": one word with a number mark glued to it names an outlet too
    glued = (
        bool(words)
        and line.key[words[0][1] - 1 : words[0][1]].isdigit()  # a cheap look first
        and outlet_shaped(line.key[words[0][0] : words[0][1]])
    )
    if not glued and (len(words) < 2 or not has_outlet_mark(line.key, words)):
        return None  # most first lines: no outlet mark among their first words
    label_end = read_label(line.key, pos, line.limit, bare=True)
    if label_end is not None:  # "بواسطة دنيا بريس - ...": the label stays out of the credit
        found = outlet_first(line, line.skip(label_end), labelled=pos == 0)
        if found is not None and found.credits and found.pieces:
            kind, _, end = found.pieces[0]
            found.pieces[0] = (kind, pos, end)
            return found
    for n in range(len(words), 0 if glued else 1, -1):
        span = (pos, words[n - 1][1])
        if not outlet_shaped(line.key[span[0] : span[1]]):
            continue
        where = line.bracketed_place(span[1])  # "وكالة السواحل للأنباء(نواكشوط):"
        sep = CREDIT_SEP.match(line.key, where[2] if where else span[1], line.limit)
        if (
            sep is None
            and where is None
            and (pos == 0 or labelled)  # "متابعة صدى اونلاين": the desk's label, the outlet
            and line.closes(span[1])  # "النهار24 .": a full stop may be left after it
            and _ARABIC_LETTER.search(line.key, pos, span[1])  # "Lana News": a logo's text
        ):
            stop = line.limit
            return Found([("dateline", pos, stop)], credits=[span], end=stop)  # "سام برس"
        if sep is None and where is None:
            slash = SLASH.match(line.key, span[1], line.limit)
            if slash is not None and pos == 0:
                linked = _linked_place(line, span)  # "شمس نيوز/ رام الله"
                if linked is not None:
                    return linked
                signed = _name_to_end(line, slash.end())  # "المورد نيوز / سعاد حسن"
                if signed is not None:
                    pieces = [("dateline", pos, slash.end()), ("byline", *signed)]
                    return Found(pieces, credits=[span], name=signed, end=signed[1])
                if len(line.words(slash.end())) >= _BODY_MIN_WORDS:
                    # "ضفاف نيوز / أعلن ...": the outlet, a slash, then the body (never
                    # "المنارة نت / سبأ نت": a second credit is read below)
                    end = slash.end()
                    return Found([("dateline", pos, end)], credits=[span], end=end)
        if sep is None:
            return _linked_place(line, span) if where is None else None
        if where is not None:
            pieces = [("dateline", pos, sep.end())]
            return Found(pieces, where[0], where[1], [span], end=sep.end())
        end = sep.end()
        while (
            more := CREDIT_SEP.match(line.key, end, line.limit)
        ) is not None and more.end() > end:
            end = more.end()  # "المسار الإخباري : –"
        place = place_then_end(line, line.skip(end), unknown=False)
        if place is not None:
            p_span, entry, stop = place
            stop = _town_and_desk(line, stop)
            return Found([("dateline", pos, stop)], p_span, entry, [span], end=stop)
        reporter = _reporter_after(line, span, end, line.skip(end))
        if reporter is not None:  # "داما بوست _ NAME | ...": the outlet, then its reporter
            return reporter
        end = desk_label(line, end)  # "الشاهد برس | خاص .": the desk ends the outlet's line
        return Found([("dateline", pos, end)], credits=[span], end=end)
    return None
