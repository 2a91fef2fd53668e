# What follows a dateline's place or credit on the opening line (on its folded key): a qualifier
# ("دبي، الإمارات"), a date, credits, a desk label, a second place or a reporter's name; and the
# final check that the shape read is a dateline. Shared by the place-first and credit-first readers.
"""The rest of an opening line after its place or credit."""

from __future__ import annotations

import re

from ._byline import NameRun, desk_word_end, opens_with_given_name, read_byline, read_name
from ._credits import bracket_credits, known_credit, outlet_shaped, trim_span
from ._datebars import opens_with_weekday
from ._datetime_grammar import role_words
from ._found import NAME_END, Found, date_end, date_then_sep
from ._grammar import DASH
from ._linereader import (
    CREDIT_SEP,
    CREDIT_TOKEN,
    OPEN_BRACKETS,
    SEP,
    SLASH,
    Line,
    Span,
    place_then_end,
)
from ._places import place_by_key
from ._tail_credits import (
    MAX_OUTLET_WORDS,
    desk_label,
    desk_then_quoted,
    lead_outlet_at,
    outlet_at,
    set_apart,
    slash_credit,
    word_and_colon,
)

__all__ = [
    "check_dateline",
    "comma_credit",
    "comma_qualifier",
    "credit_at",
    "date_to_end",
    "opens_date",
    "read_tail",
    "reporter_after_credit",
]

_MAX_PLACE_WORDS = 4
_REPORTER_LOOK = 48  # characters enough for a reporter's name and the mark after it
_COMMA_OUTLET_MIN_WORDS = 2  # an unknown outlet after "PLACE،": "الساحل الغربي", never "العاصمة"
_DEFINITE = "ال"
_SLASHED_NAME = re.compile(r"((?:[^\W\d_]+[ \t]+){1,3}[^\W\d_]+)[ \t]*/[ \t]*")
_COMMA = re.compile(r"[ \t]*[،,][ \t]*")
_DASH_AT = re.compile(rf"[ \t]*{DASH}[ \t]*")
_NAME_THEN_IN = re.compile(r"((?:[^\W\d_]+[ \t]+){1,3}[^\W\d_]+)[ \t]+في[ \t]")  # a name, then "في"


_DESK_LOOK = 24  # characters enough for a desk's label and its closing marks


def opens_date(line: Line, pos: int) -> bool:
    """Whether the words at `pos` may open a date: a digit or a weekday (a cheap look: the key
    is folded already, so its first word is looked up as it stands)."""
    return pos < line.limit and (
        line.key[pos].isdigit()
        or opens_with_weekday(line.key, pos, line.limit)
        or line.key.startswith(role_words("date_words", "first_day"), pos)  # "فاتح شتنبر 2023"
    )


def _date_then_bracket(line: Line, found: Found, at: int) -> int | None:
    """After "PLACE- ", a date and bracketed credits (or a separator and a credit) ending the
    dateline: sets the date and credits, returns where the dateline ends."""
    end = date_end(line, at) if opens_date(line, at) else None
    if end is None:
        return None
    br = line.bracket(line.skip(end))
    if br is None or br["open"] not in OPEN_BRACKETS:
        return _date_then_outlet(line, found, at, end)
    credits = bracket_credits(line.key, *br.span("body"), unknown=True)
    sep = SEP.match(line.key, br.end(), line.limit)
    if not credits or (sep is None and not line.at_end(br.end())):
        return None
    found.date, found.credits = (at, end), credits
    return sep.end() if sep is not None else br.end()


def _date_then_outlet(line: Line, found: Found, at: int, end: int) -> int | None:
    """After "PLACE - " the date and a separator, then maybe a known credit or an outlet known
    by its shape closed by a separator or the line's end ("الحديدة | 25 فبراير | المسيرة نت:
    ..."), else the body ("بغداد - 5 تموز 2025 - أعلنت ...")."""
    sep = SEP.match(line.key, end, line.limit)
    if sep is None:
        return None
    found.date = (at, end)
    pos = line.skip(sep.end())
    credit = credit_at(line, pos, tatweel=False) or outlet_at(line, pos)
    if credit is None or (credit[1] == credit[0][1] and not line.at_end(credit[1])):
        return sep.end()
    found.credits = [credit[0]]
    return credit[1]


def comma_credit(line: Line, found: Found, pos: int) -> int | None:
    """After a known place, a comma and a credit filling the rest of the line ("ذمار، الساحل
    الغربي:", "مرسى مطروح، فيتو"): the credit is taken; returns where the line ends."""
    comma = _COMMA.match(line.key, pos, line.limit)
    if comma is None or not line.eol:
        return None
    credit = credit_at(line, comma.end(), tatweel=False) or outlet_at(line, comma.end())
    if credit is None or not line.at_end(credit[1]):
        return None
    name = line.key[credit[0][0] : credit[0][1]]
    if not (known_credit(name) or outlet_shaped(name)) and (
        len(name.split()) < _COMMA_OUTLET_MIN_WORDS or opens_with_weekday(name)
    ):
        return None  # "بغداد، الأربعاء", "بيروت، العاصمة": a day or a word, no outlet
    found.credits = [credit[0]]
    return credit[1]


def comma_qualifier(line: Line, pos: int) -> int:
    """After a place, ", COUNTRY" when a known place follows the comma and a bracket, a
    separator or a comma and a date follow it, or a date ending the line ("القاهرة، مصر 12 مايو
    2024", "غزة/فلسطين 7 مايو 2022": a slash too, then), or a dash when a known credit in
    brackets follows ("طرابلس-ليبيا(بانا)-"): where the qualifier ends (else `pos`)."""
    m = _COMMA.match(line.key, pos, line.limit)
    if m is None:
        slash = SLASH.match(line.key, pos, line.limit)
        for span, _ in line.known_places(slash.end(), line.words(slash.end())) if slash else ():
            if date_to_end(line, span[1]) is not None:
                return span[1]
        dash = _DASH_AT.match(line.key, pos, line.limit)
        for span, _ in line.known_places(dash.end(), line.words(dash.end())) if dash else ():
            br = line.bracket(line.skip(span[1]))  # "طرابلس-ليبيا(بانا)- ...": country, credit
            if br is not None and bracket_credits(line.key, *br.span("body"), unknown=False):
                return span[1]
        return pos
    for span, _ in line.known_places(m.end(), line.words(m.end())):
        if date_to_end(line, span[1]) is not None:
            return span[1]
        after = line.skip(span[1])
        if line.bracket(after) is not None or SEP.match(line.key, span[1], line.limit):
            return span[1]
        dated = _COMMA.match(line.key, span[1], line.limit)  # "مصراتة، ليبيا, 20 يناير 2026 -"
        if dated is not None and opens_date(line, dated.end()):
            return span[1]
        if line.eol and line.at_end(span[1]):
            return span[1]  # "عمان، الأردن" alone on its line above the body
    return pos


def check_dateline(line: Line, found: Found, pos: int, had_sep: bool) -> Found | None:
    """Whether the shape read is a dateline; fills its pieces."""
    # an outlet known by its shape is as sure as a lexicon entry: "نواكشوط (صحراء نيوز) فاز"
    known = any(
        known_credit(line.key[s:e]) or outlet_shaped(line.key[s:e]) for s, e in found.credits
    )
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
    if line.eol and line.limit - pos <= _DESK_LOOK:  # the desk ends the line: a short rest
        pos = desk_label(line, pos)  # "قتبان نيوز - المهرة - الغيضة- خاص :"
    if not found.pieces:
        found.pieces.append(("dateline", found.place[0] if found.place else 0, pos))
    found.end = max(pos, found.pieces[-1][2])
    return found


def read_tail(line: Line, found: Found, pos: int) -> int:
    """After "PLACE - ": a bracketed credit, a second place, a credit, or a reporter's name.

    Returns where the dateline ends; may add credits, or a byline piece and its name.
    """
    key = line.key
    at = line.skip(pos)
    br = line.bracket(at)
    if br is not None:  # "روما - (أ. ف. ب):", "بيروت: «الشرق الأوسط»"
        unknown = br["open"] in OPEN_BRACKETS
        found.credits = bracket_credits(key, *br.span("body"), unknown=unknown)
        body = trim_span(key, *br.span("body"))
        sep = SEP.match(key, br.end(), line.limit)
        if not found.credits and br["open"] == "«" and set_apart(line, body, br.end(), sep):
            found.credits = [body]  # "بيروت: «لبنان 24»", "نواكشوط ـ «سينماتوغراف»"
        if not found.credits:
            return pos
        return sep.end() if sep is not None else br.end()
    quoted = line.quoted(at)  # "الدوحة- “القدس العربي”:": a known credit
    if quoted is not None:
        found.credits = bracket_credits(key, *quoted.span("body"), unknown=False)
        body = trim_span(key, *quoted.span("body"))
        if not found.credits and line.eol and set_apart(line, body, quoted.end(), None):
            found.credits = [body]  # "ميشيغان – “اليمني الأميركي”" alone on its line
        if found.credits:
            sep = SEP.match(key, quoted.end(), line.limit)
            return sep.end() if sep is not None else quoted.end()
    desk = desk_label(line, pos)
    if desk > pos:
        return desk  # "صنعاء – متابعات", "سقطرى/خاص": the desk, no outlet named
    to_end = date_to_end(line, pos)
    if to_end is not None:  # "الرباط – الجمعة 9 يناير 2026" alone on its line
        found.date = to_end
        return to_end[1]
    dated = _date_then_bracket(line, found, at)
    if dated is not None:  # "بنغازي- 29 أكتوبر 2022م (وام)", "الحديدة | 25 فبراير | المسيرة نت:"
        return dated
    second = place_then_end(line, at, unknown=False)
    if second is not None and key[second[0][1] : second[2]].strip() not in (".", "،", ","):
        to_end = date_to_end(line, second[2])  # "العمارة – ميسان – ١٠ ايار ٢٠١٨"
        if to_end is not None and found.date is None:
            found.date = to_end
            return to_end[1]
        return second[2]  # "القاهرة - الرياض - "
    slashed = _name_then_credit(line, found, pos, at) if key[:pos].rstrip().endswith("/") else None
    if slashed is not None:
        return slashed
    desk_word = desk_word_end(key, at, line.limit)
    if desk_word is not None:  # "القدس المحتلة - خاص صفا": the desk's word, then the outlet
        after = line.skip(desk_word)
        desked = desk_then_quoted(line, pos)  # "ديربورن – خاص “صدى الوطن” –": any name
        if desked is not None:
            found.credits = [desked[0]]
            return desked[1]
        credit = (
            credit_at(line, after, tatweel=False)
            or outlet_at(line, after)
            or word_and_colon(line, after)  # "بيت لحم – خاصّ نبأ:": the outlet's one word
        )
        if credit is not None and (credit[1] > credit[0][1] or line.at_end(credit[1])):
            found.credits = [credit[0]]
            return credit[1]
    credit = (
        credit_at(line, at, tatweel=pos - 1 in line.tatweels)
        or word_and_colon(line, at)
        or outlet_at(line, at)
        or lead_outlet_at(line, at)
        or (slash_credit(line, at) if key[:pos].rstrip(" \t").endswith("/") else None)
    )
    if credit is not None:
        found.credits = [credit[0]]
        date = date_to_end(line, credit[1])  # "كسلا – السودان الآن | 12 فبراير 2026"
        if date is not None and found.date is None:
            found.date = date
            return date[1]
        if credit[1] > credit[0][1]:  # "بغداد-واع-سعاد الحلبي": the reporter after the credit
            return reporter_after_credit(line, found, credit[1])
        return credit[1]
    dated = _name_then_date(line, found, pos, at)
    if dated is not None:  # "الرياض - ياسر الفلاني في الأربعاء 21 يناير 2026 03:31 مساءً -"
        return dated
    # "الرياض - كتبت رنا صلاح -": a label (any, separator or not) stays out of the name
    labelled = read_byline(key, at, line.limit, line.eol, bare=True)
    name = labelled or read_name(key, at, line.limit, line.eol, labelled=False)
    if name is None:
        return pos
    # a name ending the line ("الدار البيضاء - جميلة الفلاني") needs its label or a first name
    ends_line = line.eol and line.at_end(name.stop)
    if ends_line and labelled is None:
        given = read_name(key, at, line.limit, line.eol, labelled=False, given_first=True)
        ends_line = given is not None
    if NAME_END.fullmatch(key, name.end, name.stop) or ends_line:
        # "طرابلس - سعاد علي:", "الدمام - سامر حسن - ..."
        start, end, stop = name.start, name.end, name.stop
        other = _second_reporter(line, stop) if not ends_line else None
        if other is not None:  # "الخرطوم – سعاد علي – منى حسن": two reporters fill the line
            end, stop = other.end, other.stop
        found.pieces = [("dateline", found.place[0] if found.place else 0, pos)]
        found.pieces.append(("byline", at, stop))
        found.name = (start, end)
        return stop
    return pos


def _second_reporter(line: Line, pos: int) -> NameRun | None:
    """A second reporter's name after the first one's dash, ending the line: it opens with a
    first name of given_names.tsv."""
    if not line.eol:
        return None
    at = line.skip(pos)
    name = read_name(line.key, at, line.limit, True, labelled=False, given_first=True)
    return name if name is not None and line.at_end(name.stop) else None


def _name_then_date(line: Line, found: Found, pos: int, at: int) -> int | None:
    """After "PLACE - ", the reporter's name (opening with a first name of given_names.tsv),
    "في" and the date, then a separator: fills the byline piece and the date, returns where
    the separator ends."""
    m = _NAME_THEN_IN.match(line.key, at, line.limit)
    if m is None:
        return None
    name = read_name(line.key, at, m.end(1), True, labelled=False, given_first=True)
    if name is None or name.end != m.end(1):
        return None
    dated = Found(place=found.place)
    end = date_then_sep(line, dated, name.end)
    sep = SEP.match(line.key, end, line.limit) if dated.date is not None else None
    if sep is None:
        return None
    found.date, found.name = dated.date, (name.start, name.end)
    found.pieces = [
        ("dateline", found.place[0] if found.place else 0, pos),
        ("byline", at, name.end),
        ("dateline", line.skip(name.end), sep.end()),
    ]
    return sep.end()


def _reporter_closes(line: Line, pos: int) -> bool:
    """Whether a reporter's name (opening with a first name of given_names.tsv) fills the rest
    of a real line from `pos`, maybe closed by a colon."""
    name = read_name(
        line.key, line.skip(pos), line.limit, line.eol, labelled=False, given_first=True
    )
    return name is not None and line.eol and not line.key[name.end : line.limit].strip(" \t:.")


def reporter_after_credit(line: Line, found: Found, at: int) -> int:
    """After "PLACE - CREDIT -", a reporter's name (opening with a first name of
    given_names.tsv) ending the line or followed by a separator: a byline piece. Returns where
    the opening ends."""
    start = line.skip(at)
    ahead = line.key[start : min(line.limit, start + _REPORTER_LOOK)]
    if not (line.eol and line.limit - start <= _REPORTER_LOOK) and not SEP.search(ahead):
        return at  # body text runs on: no name ends or is parted within reach (most lines)
    # "بيروت - OUTLET - متابعة كريم حداد": a label stays out of the name
    name = read_byline(line.key, start, line.limit, line.eol, bare=True) or read_name(
        line.key, start, line.limit, line.eol, labelled=False, given_first=True
    )
    if name is None and line.eol:  # ending the line, any name: "بغداد-واع-آمنة السامر"
        name = read_name(line.key, start, line.limit, line.eol, labelled=False)
        if name is not None and not line.at_end(name.stop):
            name = None
    if name is None or not (line.at_end(name.stop) or name.stop > name.end):
        return at
    if place_by_key(line.key[name.start : name.end]) is not None:
        return at  # "بغداد - واع - البصرة": a second place, no reporter
    found.pieces = [("dateline", found.place[0] if found.place else 0, at)]
    found.pieces.append(("byline", start, name.stop))
    found.name = (name.start, name.end)
    return name.stop


def _name_then_credit(line: Line, found: Found, pos: int, at: int) -> int | None:
    """ "الجزائر/ عباس ميموني/ الأناضول": after "PLACE/", the reporter's name, a slash and a
    known credit (the Anadolu style). Fills the pieces; returns where the credit ends."""
    m = _SLASHED_NAME.match(line.key, at, line.limit)
    if m is None or not line.plain(line.words(at)[: m.group(1).count(" ") + 1]):
        return None
    credit = credit_at(line, m.end(), tatweel=False)
    if credit is None or known_credit(line.key[slice(*credit[0])]) is None:
        return None
    start = found.place[0] if found.place else 0
    found.pieces = [("dateline", start, pos), ("byline", at, m.end()), ("dateline", *credit[0])]
    found.name = m.span(1)
    found.credits = [credit[0]]
    return credit[1]


def date_to_end(line: Line, pos: int) -> Span | None:
    """A date from `pos` (after white space) to the end of a real line, "12 فبراير 2026"."""
    at = line.skip(pos)
    end = date_end(line, at) if line.eol and opens_date(line, at) else None
    return (at, end) if end is not None and line.at_end(end) else None


def credit_at(line: Line, pos: int, *, tatweel: bool) -> tuple[Span, int] | None:
    """A credit after "PLACE - ": "الرباط - المغرب اليوم", "الخرطوم ـ اليوم التالي ...".

    Body text may follow a credit directly only when its spelling is unambiguous, or after a
    tatweel used as a dash (the Sudanese style); an ordinary word needs a separator or the end.
    An unknown outlet ("الصباح الجديد") counts only alone on the dateline's line; after a tatweel
    dash it need not open with "ال" ("الخرطوم ــــ سودان فيرست"), unless a first name opens it.
    """
    words = line.words(pos, CREDIT_TOKEN)
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
        if not entry.credit_only or tatweel:
            return span, span[1]
        break  # "الوطن اليوم": an ambiguous word opening an outlet's longer name, read below
    if not 0 < len(words) <= MAX_OUTLET_WORDS:
        return None
    stop = words[-1][1]
    sep = CREDIT_SEP.match(line.key, stop, line.limit)  # "بغداد- العراق اليوم:"
    dated = sep is not None and date_to_end(line, sep.end()) is not None  # "... | 12 فبراير 2026"
    # (or the outlet, then its reporter's name closing the line: "القريات ـ واصل ـ NAME :")
    if line.at_end(stop) or (
        sep is not None and (line.at_end(sep.end()) or dated or _reporter_closes(line, sep.end()))
    ):
        first = line.key[words[0][0] : words[0][1]]
        # after a tatweel dash (the Sudanese style) any outlet's name, not a reporter's; a
        # colon closes a reporter's name there ("الأقصر ـ حجاج سلامة:", the Egyptian style)
        colon = sep is not None and ":" in line.key[stop : sep.end()]
        sudanese = tatweel and not colon and not opens_with_given_name(line.key, words)
        shaped = outlet_shaped(line.key[pos:stop])  # "العمانية – صحيفة رصد": never a place
        if (first.startswith(_DEFINITE) or sudanese or shaped) and line.plain(words):
            name_stop = stop
            if len(words) > 1 and desk_word_end(line.key, words[-1][0], stop) == stop:
                name_stop = words[-2][1]  # "تونس – الخشبة خاص": the desk's word is no name's
            return (pos, name_stop), stop if sep is None else sep.end()
    return None
