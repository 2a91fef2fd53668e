# The grammar of a body's opening line, on its folded key: datelines ("أربيل (كوردستان24)-",
# "الإسكندرية في 14 يونيو /أ ش أ/", "شفق نيوز- كركوك"), opening credits and bylines.
# Rule: a shape holds only when its words are a known place or credit, or when the shape itself
# is unmistakable (a known credit in brackets, or a date and a credit after the place); ordinary
# words before a dash or colon ("وزير الخارجية: ..."), quotations and questions never match.
"""Opening-line shapes: the reader, and the byline-, date- and place-led shapes (the
credit-led ones are in _credit_openings, what follows a place in _opening_tail)."""

from __future__ import annotations

import re

from ._boilerplate import is_section
from ._byline import (
    NameRun,
    bare_byline,
    desk_then_sep,
    desk_word_end,
    opens_with_given_name,
    read_byline,
    read_label,
    read_name,
)
from ._credit_openings import (
    bracket_first,
    credit_first,
    lead_outlet_alone,
    outlet_first,
    place_in_brackets_first,
    quoted_first,
)
from ._credits import (
    bracket_credits,
    known_credit,
    opens_like_outlet,
    outlet_shaped,
    self_credit,
    trim_span,
)
from ._datebars import YEAR, is_date_line, opens_with_date_label
from ._fold import Folded
from ._found import Found, date_end, date_then_sep, slashed_credit
from ._grammar import ARABIC_LETTER, DASHES
from ._linereader import (
    DATE,
    IN,
    MAX_UNKNOWN_PLACE_WORDS,
    OPEN_BRACKETS,
    SEP,
    Line,
    Span,
    make_line,
)
from ._opening_tail import (
    check_dateline,
    comma_credit,
    comma_qualifier,
    date_to_end,
    opens_date,
    read_tail,
    reporter_after_credit,
)
from ._places import PlaceEntry, place_by_key
from ._reporter_lines import byline_dated, byline_from_place, name_place
from ._segment import count_words
from ._tail_credits import MAX_OUTLET_WORDS, desk_label, desk_then_quoted
from ._unknown_outlets import outlet_slash_place, outlet_then_place, unknown_outlet_first
from ._writer_lines import outlet_and_writer

__all__ = ["Found", "read_opening"]

_ARABIC_LETTER = re.compile(ARABIC_LETTER)
_DEFINITE = "ال"
_DATED_LEAD_MIN_WORDS = 5  # words of the body after "DATE: " that make a sentence
_DASHES = tuple(DASHES)  # the marks a writer's name may close with before his paper


def read_opening(folded: Folded, limit: int, eol: bool) -> Found | None:
    """The dateline/credit/byline opening `folded.key` (its first line ends at `limit`), or None.

    `eol` says whether `limit` is a real line end rather than the edge of a window.
    """
    line = make_line(folded, limit, eol)
    dated = byline_dated(line) or byline_from_place(line)
    if dated is not None:
        return dated
    byline = read_byline(line.key, 0, limit, eol)
    if byline is None and eol:
        byline = bare_byline(line.key[:limit])  # "كتبت سعاد حسن" alone on its line
    if byline is None and eol and line.key[:1] == "(" and line.key[limit - 1 : limit] == ")":
        # "(من إعداد وإخراج: NAME)": the whole line in brackets
        inner = read_byline(line.key, 1, limit - 1, True)
        byline = NameRun(inner.start, inner.end, limit, inner.words) if inner else None
    if byline is None:
        byline = _bare_label_then_sep(line)  # "كتب محمد علي - أصدرت ..."
    named = line.key[byline.start : byline.end] if byline is not None else ""
    if byline is not None and (
        outlet_shaped(named)
        or known_credit(named) is not None
        or _lone_definite(named)
        or opens_like_outlet(named)  # "متابعة – منصة السودان": a lead mark opens no person's name
    ):
        # "متابعات _ اوراد نيوز", "رصد – أثير", "متابعات – النوارس –": a desk label, then the
        # outlet itself, no person
        credit = (byline.start, byline.end)
        return Found([("dateline", 0, byline.stop)], credits=[credit], end=byline.stop)
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
        paper = _paper_to_end(line, byline.stop, after) if after < limit else None
        if paper is not None:  # "بقلم /سامر علي – فرسان الرياضة": the writer, then his paper
            found.credits, found.end = [paper], paper[1]
            found.pieces = [("byline", 0, paper[1])]
        return found
    bracketed = _label_then_bracket(line)  # "متابعات-«الخليج»"
    if bracketed is not None:
        return bracketed
    # "بديل ـ أحمد عبيد", "سامر الحسيني - السفير": the outlet's credit and its writer
    writer = outlet_and_writer(line.key[:limit]) if eol else None
    if writer is not None:
        (outlet, name), stop = writer, len(line.key[:limit].rstrip())
        return Found([("byline", 0, stop)], credits=[outlet], name=(name.start, name.end), end=stop)
    desk = _desk_then_outlet(line) if eol else None
    if desk is not None:  # "خاص / المركز الخبري الوطني": the outlet's own story
        return desk
    own = self_credit(line.key, 0, limit)  # "الرباط اليوم: متابعة"
    if own is not None and line.at_end(own[1]):
        return Found([("byline", 0, own[1])], credits=[own[0]], end=own[1])
    return _dateline(line, 0)


def _paper_to_end(line: Line, stop: int, at: int) -> Span | None:
    """After a labelled writer's name and its dash, one to three plain words closing the line:
    the paper the piece ran in (never a place: "كتب - محمد علي - بغداد" is read before)."""
    if not line.eol or not line.key[:stop].rstrip().endswith(_DASHES):
        return None
    words = line.words(at)
    if not 1 <= len(words) <= MAX_OUTLET_WORDS or not line.plain(words):
        return None
    end = words[-1][1]
    if not line.at_end(end) or place_by_key(line.key[at:end]) is not None:
        return None
    return at, end


def _lone_definite(name: str) -> bool:
    """One word with the article and no first name of given_names.tsv ("النوارس"): an outlet's
    name, never a whole person's name."""
    words = name.split()
    return (
        len(words) == 1
        and words[0].startswith(_DEFINITE)
        and not opens_with_given_name(name, [(0, len(name))])
    )


def _desk_then_outlet(line: Line) -> Found | None:
    """A desk label, a slash or a dash, then an outlet's name filling the line ("خاص / شبكة
    الأخبار", "خاص - المركز الخبري الوطني"): the outlet is known, known by its shape, or up to
    three words opening like an outlet's; or in quotation marks or guillemets, any name ("خاص
    “صدى الوطن” –"). After a colon or a bar the label is a headline's
    kicker ("خاص: موقع الوزارة يكشف ...")."""
    quoted = desk_then_quoted(line, 0)  # "خاص “صدى الوطن” –" under the place's line
    if quoted is not None and line.at_end(quoted[1]):
        return Found([("dateline", 0, line.limit)], credits=[quoted[0]], end=line.limit)
    desk_end = desk_then_sep(line.key, 0, line.limit)
    if desk_end is None:
        return None
    start, end = trim_span(line.key, desk_end, line.limit)
    outlet = line.key[start:end]
    lead = opens_like_outlet(outlet) and len(outlet.split()) <= MAX_OUTLET_WORDS
    if end <= start or not (known_credit(outlet) is not None or outlet_shaped(outlet) or lead):
        return None
    return Found([("dateline", 0, line.limit)], credits=[(start, end)], end=line.limit)


def _bare_label_then_sep(line: Line) -> NameRun | None:
    """ "كتب محمد علي - أصدرت ...", "كتابة سعد إبراهيم: ...": a byline label with no separator,
    a name opening with a first name of given_names.tsv, and a dash or a colon before the body
    ("كتب الوزير في تغريدة ..." opens a sentence: no first name)."""
    label_end = read_label(line.key, 0, line.limit, bare=True)
    if label_end is None:
        return None
    at = line.skip(label_end)
    name = read_name(line.key, at, line.limit, False, labelled=False, given_first=True)
    if name is None or name.stop == name.end or "،" in line.key[name.end : name.stop]:
        return None  # no separator after the name, or a comma: a list of names in a sentence
    return name


def _date_first(line: Line, pos: int) -> Found | None:
    """ "الأربعاء 09/إبريل/2025م- المكلا/...": the date, a separator, then the dateline's place
    and credits. Only a line opening with a digit or a weekday is tried."""
    if not opens_date(line, pos):
        return None
    end = date_end(line, pos)
    wire = slashed_credit(line, end, body=True) if end is not None else None
    if end is not None and wire is not None:  # "18 أكتوبر 2024/صحيفة ... أونلاين/ يشكل ..."
        found = Found([("dateline", pos, wire[1])], credits=[wire[0]], end=wire[1])
        found.date = (pos, end)
        return found
    sep = SEP.match(line.key, end, line.limit) if end is not None else None
    if end is None or sep is None:
        return None
    at = line.skip(sep.end())
    rest = _dateline(line, at) if at < line.limit else None
    if rest is None or rest.date is not None or not rest.pieces or rest.pieces[0][1] != at:
        if pos == 0 and _dated_lead(line, pos, end, at):
            # "7 أغسطس 2017:  قضت المحكمة ...": the story's date, no place, then the body
            found = Found([("dateline", pos, sep.end())], end=sep.end())
            found.date = (pos, end)
            return found
        return None
    kind, _, stop = rest.pieces[0]
    rest.pieces[0] = (kind, pos, stop)
    rest.date = (pos, end)
    return rest


def _dated_lead(line: Line, pos: int, end: int, at: int) -> bool:
    """Whether a full date (its year printed) at key[pos:end] opens a sentence of the body that
    goes on from `at`: five words or more."""
    return (
        YEAR.search(line.key, pos, end) is not None
        and count_words(line.key[at : line.limit]) >= _DATED_LEAD_MIN_WORDS
    )


def _label_then_bracket(line: Line) -> Found | None:
    """A label of the desk ("متابعات", "رصد"), then known credits in brackets: "متابعات-«الخليج»"
    (no person, no place)."""
    label_end = read_label(line.key, 0, line.limit)
    br = line.bracket(line.skip(label_end)) if label_end is not None else None
    if br is None:
        return None
    credits = bracket_credits(line.key, *br.span("body"), unknown=False)
    if not credits:
        return None
    sep = SEP.match(line.key, br.end(), line.limit)
    stop = sep.end() if sep is not None else br.end()
    return Found([("dateline", 0, stop)], credits=credits, end=stop)


def _dateline(line: Line, pos: int) -> Found | None:
    return (
        _date_first(line, pos)
        or credit_first(line, pos)
        or bracket_first(line, pos)
        or place_in_brackets_first(line, pos)
        or quoted_first(line, pos)
        or outlet_first(line, pos)
        or _place_first(line, pos)
        or outlet_then_place(line, pos)
        or outlet_slash_place(line, pos)
        or name_place(line, pos)
        or unknown_outlet_first(line, pos)
        or lead_outlet_alone(line, pos)
    )


def _place_first(line: Line, pos: int) -> Found | None:
    """A known place (longest first), else one or two plain words, then the dateline's rest."""
    words = line.words(pos)
    tried: set[int] = set()  # where the known places tried end
    for span, entry in line.known_places(pos, words):
        tried.add(span[1])
        found = _after_place(line, span, entry)
        if found is not None:
            return found
    n = len(words)
    while n > 0 and line.key[words[n - 1][0] : words[n - 1][1]] == IN:
        n -= 1
    if (
        0 < n <= MAX_UNKNOWN_PLACE_WORDS
        and words[n - 1][1] not in tried
        and line.plain(words[:n])
        and _ARABIC_LETTER.search(line.key, pos, words[n - 1][1]) is not None  # not "MENAFN"
        and not opens_with_given_name(line.key, words[:n])  # "سامر حسن – ...": a writer
        and not is_section(line.key[pos : words[n - 1][1]])  # "رياضة / صحيفة الخليج"
        and read_label(line.key, pos, words[n - 1][1], alone=True) is None  # "متابعات-«الخليج»"
        and not opens_date(line, pos)  # "الأربعاء 09/إبريل/": a weekday, never a place
        and not opens_with_date_label(line.key[pos:])  # "نشر بتاريخ: 31-01-2023 |"
    ):
        span = (pos, words[n - 1][1])
        found = _after_place(line, span, None)
        if found is not None and found.credits and outlet_shaped(line.key[span[0] : span[1]]):
            # "المنارة نت / سبأ نت": an outlet known by its shape is a credit, never a place
            found.credits.insert(0, span)
            found.place = None
        return found
    return None


def _after_place(line: Line, place: Span, entry: PlaceEntry | None) -> Found | None:
    """The rest of a dateline after its place: qualifier, date, credit, separator, tail."""
    key = line.key
    found = Found(place=place, place_entry=entry)
    pos = comma_qualifier(line, place[1])  # "دبي، الإمارات العربية المتحدة (CNN) --"
    br = line.bracket(line.skip(pos))
    if br is not None and br["open"] in OPEN_BRACKETS:
        body = key[br.start("body") : br.end("body")]
        dated = _date_before_bracket(line, line.skip(br.end())) is not None
        if not known_credit(body) and (dated or place_by_key(body) is not None):
            pos = br.end()  # a qualifier: "أربيل (العراق) 23 يوليو", "بغداد (العراق) -"
            then = line.bracket(line.skip(pos))  # and a credit: "سرت (ليبيا) (أ ف ب) -"
            if then is not None and then["open"] in OPEN_BRACKETS and not dated:
                found.credits = bracket_credits(key, *then.span("body"), unknown=False)
                pos = then.end() if found.credits else pos
        else:
            found.credits = bracket_credits(key, *br.span("body"), unknown=True)
            if not found.credits:
                return None
            pos = br.end()
    elif br is not None:  # "«" or "/": a credit only when known ("بيروت «الشرق الأوسط»")
        found.credits = bracket_credits(key, *br.span("body"), unknown=False)
        if not found.credits and br["open"] == "«" and desk_label(line, br.end()) > br.end():
            found.credits = [trim_span(key, *br.span("body"))]  # "غيل باوزير «جسر» خاص"
        pos = br.end() if found.credits else pos
    else:
        quoted = line.quoted(line.skip(pos))  # "تعز "عدن سيتي" خاص": quotes, then the desk
        desked = desk_then_quoted(line, pos) if quoted is None else None
        if desked is not None:  # "قامشلو خاص “OUTLET”": the desk, then the outlet
            found.credits, pos = [desked[0]], desked[1]
        elif quoted is not None and desk_label(line, quoted.end()) > quoted.end():
            found.credits = [trim_span(key, *quoted.span("body"))]
            pos = quoted.end()
        elif quoted is not None:  # "المكلا "المكلا اليوم" خاص عاود ...": the desk, then the body
            desk_end = desk_word_end(key, line.skip(quoted.end()), line.limit)
            lead = line.skip(desk_end) if desk_end is not None else 0
            if desk_end is not None and lead > desk_end and key[lead : lead + 1].isalpha():
                found.credits = [trim_span(key, *quoted.span("body"))]
                found.pieces = [("dateline", place[0], desk_end)]
                return check_dateline(line, found, desk_end, True)
    if found.credits:
        pos = desk_label(line, pos)  # "المكلا (حضارم اليوم) خاص"
        if not line.at_end(pos) and SEP.match(key, pos, line.limit) is None:
            pos = _reporter_to_end(line, found, pos)  # "المحفد (أبين الآن) NAME"
    if not found.credits:
        date = _date_before_bracket(line, line.skip(pos))
        if date is None:
            pos = date_then_sep(line, found, pos)
        else:
            br = line.bracket(date.end())
            found.credits = bracket_credits(key, *br.span("body"), unknown=True) if br else []
            if br is None or not found.credits:
                # "مقديشو 26 نوفمبر/ عيّن ...": the slash after the date is its separator
                pos = date_then_sep(line, found, pos)
                if found.date is None:
                    return None
            else:
                found.date = date.span("date")
                pos = br.end()
    if entry is not None and not found.credits and found.date is None:
        comma_end = comma_credit(line, found, pos)  # "ذمار، الساحل الغربي:" alone
        if comma_end is not None:
            return check_dateline(line, found, comma_end, True)
        at = line.skip(pos)
        signed = read_byline(key, at, line.limit, line.eol) if at > pos else None
        if signed is not None:  # "بني أنصار كتب: مصطفى علي": the place, then a labelled byline
            found.pieces = [("dateline", place[0], pos), ("byline", at, signed.stop)]
            found.name = (signed.start, signed.end)
            return check_dateline(line, found, signed.stop, True)
    sep = SEP.match(key, pos, line.limit)
    if sep is not None:
        pos = sep.end()
        if not found.credits and found.date is None:
            pos = read_tail(line, found, pos)
        elif found.date is None:
            to_end = date_to_end(line, pos)  # "صيدا (وكالة الجنوب) - 6 تشرين الثاني 2025"
            if to_end is not None:
                found.date, pos = to_end, to_end[1]
            else:  # "بغداد (واع) - سعاد الحلبي"
                pos = reporter_after_credit(line, found, pos)
    return check_dateline(line, found, pos, sep is not None)


def _reporter_to_end(line: Line, found: Found, pos: int) -> int:
    """After "PLACE (CREDIT)" with no separator, a reporter's name filling the rest of the line
    (opening with a first name of given_names.tsv): a byline piece. Returns where the opening
    ends ("بغداد (العاصمة) تشهد ..." goes on as a sentence: `pos` unchanged)."""
    at = line.skip(pos)
    name = read_name(line.key, at, line.limit, line.eol, labelled=False, given_first=True)
    if name is None or not line.at_end(name.stop):
        return pos
    found.pieces = [("dateline", found.place[0] if found.place else 0, pos)]
    found.pieces.append(("byline", at, name.stop))
    found.name = (name.start, name.end)
    return name.stop


def _date_before_bracket(line: Line, pos: int) -> re.Match[str] | None:
    """A date between the place and a bracket ("في 14 يونيو", "- 6 - 1"): its words must be a
    date or digits alone, never a sentence's number ("سجلت 24 شركة ... «تاسي»")."""
    m = DATE.match(line.key, pos, line.limit)
    if m is None:
        return None
    body = m["date"]
    if is_date_line(body) or not any(c.isalpha() for c in body):
        return m
    return None
