# The grammar of a body's opening line, on its folded key: datelines ("أربيل (كوردستان24)-",
# "الإسكندرية في 14 يونيو /أ ش أ/", "شفق نيوز- كركوك"), opening credits and bylines.
# Rule: a shape holds only when its words are a known place or credit, or when the shape itself
# is unmistakable (a known credit in brackets, or a date and a credit after the place); ordinary
# words before a dash or colon ("وزير الخارجية: ..."), quotations and questions never match.
"""Opening-line shapes."""

from __future__ import annotations

import re

from ._boilerplate import furniture_kind, is_section
from ._byline import (
    NameRun,
    bare_byline,
    opens_with_given_name,
    read_byline,
    read_label,
    read_name,
)
from ._credits import (
    bracket_credits,
    has_outlet_mark,
    known_credit,
    outlet_shaped,
    self_credit,
    trim_span,
)
from ._datebars import opens_with_weekday
from ._fold import Folded, fold_word
from ._found import NAME_END, Found, date_end, date_then_sep
from ._grammar import ARABIC_LETTER, DASH_RUN
from ._lexicon import index
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
from ._paragraphs import opens_with_saying
from ._places import PlaceEntry, place_by_key
from ._reporter_lines import byline_dated, name_place
from ._writer_lines import outlet_then_writer

__all__ = ["Found", "read_opening"]

_MAX_PLACE_WORDS = 4
_MAX_OUTLET_WORDS = 3
_MAX_SLASHED_OUTLET_WORDS = 4  # "موقع محافظة حضرموت" between two slashes
_MAX_BRACKETED_OUTLET_WORDS = 2
_NISBA_MIN_CHARS = 4  # "الحي" (the quarter) is no family name
_COMMA_OUTLET_MIN_WORDS = 2  # an unknown outlet after "PLACE،": "الساحل الغربي", never "العاصمة"
_OUTLET_SEP = re.compile(rf"[ \t]*(?:{DASH_RUN}|\|)[ \t]+")  # "تصـ ـعيد": a split word, no dash
_A_DASH_IN_CLAUSE = re.compile(rf"[ \t]{DASH_RUN}[ \t]")  # "... - التي ... - قررت": a clause
_CLAUSE_LOOK = 80
_CONJUNCTION = "و"  # "وأضاف ماكرون – ...": a sentence, never an outlet's name
_WITH_THE = "بال"
_ADVERB_END = "ا"  # an adverb's tanween alef: "أيضا", "ثانيا", "رسميا"
_DEFINITE = "ال"
_ARABIC_LETTER = re.compile(ARABIC_LETTER)
_STRAY_CLOSERS = " \t)]»"  # a bracket left over at the end of a credit line
_FROM = re.compile(r"[ \t]+من[ \t]+")
_SLASH = re.compile(r"[ \t]*/[ \t]*")
_SLASHED_OUTLET = re.compile(r"((?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+)[ \t]*/")
_SLASHED_NAME = re.compile(r"((?:[^\W\d_]+[ \t]+){1,3}[^\W\d_]+)[ \t]*/[ \t]*")
_SPACED_DASH = re.compile(rf"[ \t]*{DASH_RUN}(?=[ \t])")
_COMMA = re.compile(r"[ \t]*[،,][ \t]*")


def read_opening(folded: Folded, limit: int, eol: bool) -> Found | None:
    """The dateline/credit/byline opening `folded.key` (its first line ends at `limit`), or None.

    `eol` says whether `limit` is a real line end rather than the edge of a window.
    """
    line = make_line(folded, limit, eol)
    dated = byline_dated(line)
    if dated is not None:
        return dated
    byline = read_byline(line.key, 0, limit, eol)
    if byline is None and eol:
        byline = bare_byline(line.key[:limit])  # "كتبت سعاد حسن" alone on its line
    if byline is None:
        byline = _bare_label_then_sep(line)  # "كتب محمد علي - أصدرت ..."
    named = line.key[byline.start : byline.end] if byline is not None else ""
    if byline is not None and (outlet_shaped(named) or known_credit(named) is not None):
        # "متابعات _ اوراد نيوز", "رصد – أثير": a desk label, then the outlet itself, no person
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
        return found
    bracketed = _label_then_bracket(line)  # "متابعات-«الخليج»"
    if bracketed is not None:
        return bracketed
    writer = outlet_then_writer(line.key[:limit]) if eol else None
    if writer is not None:  # "بديل ـ أحمد عبيد": the outlet's credit and its writer
        (outlet, name), stop = writer, len(line.key[:limit].rstrip())
        return Found([("byline", 0, stop)], credits=[outlet], name=(name.start, name.end), end=stop)
    own = self_credit(line.key, 0, limit)  # "الرباط اليوم: متابعة"
    if own is not None and line.at_end(own[1]):
        return Found([("byline", 0, own[1])], credits=[own[0]], end=own[1])
    return _dateline(line, 0)


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


def _opens_date(line: Line, pos: int) -> bool:
    """Whether the words at `pos` may open a date: a digit or a weekday (a cheap look: the key
    is folded already, so its first word is looked up as it stands)."""
    return pos < line.limit and (
        line.key[pos].isdigit() or opens_with_weekday(line.key, pos, line.limit)
    )


def _date_then_bracket(line: Line, found: Found, at: int) -> int | None:
    """After "PLACE- ", a date and bracketed credits ending the dateline: sets the date and
    credits, returns where the dateline ends."""
    end = date_end(line, at) if _opens_date(line, at) else None
    br = line.bracket(line.skip(end)) if end is not None else None
    if end is None or br is None or br["open"] not in OPEN_BRACKETS:
        return None
    credits = bracket_credits(line.key, *br.span("body"), unknown=True)
    sep = SEP.match(line.key, br.end(), line.limit)
    if not credits or (sep is None and not line.at_end(br.end())):
        return None
    found.date, found.credits = (at, end), credits
    return sep.end() if sep is not None else br.end()


def _date_first(line: Line, pos: int) -> Found | None:
    """ "الأربعاء 09/إبريل/2025م- المكلا/...": the date, a separator, then the dateline's place
    and credits. Only a line opening with a digit or a weekday is tried."""
    if not _opens_date(line, pos):
        return None
    end = date_end(line, pos)
    sep = SEP.match(line.key, end, line.limit) if end is not None else None
    if end is None or sep is None:
        return None
    at = line.skip(sep.end())
    rest = _dateline(line, at) if at < line.limit else None
    if rest is None or rest.date is not None or not rest.pieces or rest.pieces[0][1] != at:
        return None
    kind, _, stop = rest.pieces[0]
    rest.pieces[0] = (kind, pos, stop)
    rest.date = (pos, end)
    return rest


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
        or _credit_first(line, pos)
        or _bracket_first(line, pos)
        or _quoted_first(line, pos)
        or _outlet_first(line, pos)
        or _place_first(line, pos)
        or _outlet_then_place(line, pos)
        or _outlet_slash_place(line, pos)
        or name_place(line, pos)
        or _unknown_outlet_first(line, pos)
    )


def _unknown_outlet_first(line: Line, pos: int) -> Found | None:
    """ "حابي – قررت اللجنة ...", "هوى الشام| أعلن ...": one plain word and a dash, or one or
    two and a bar, then the body. Nothing else opens a news sentence so: not a place (the
    gazetteer holds the datelines), a person, a section, a clause in dashes ("الحكومة - التي
    ... - قررت") or a sentence ("وأضاف ماكرون – خلال ...")."""
    words = line.words(pos, TOKEN)[:_MAX_BRACKETED_OUTLET_WORDS]
    for n in range(len(words), 0, -1):
        span = (pos, words[n - 1][1])
        placed = _outlet_then_place_alone(line, span, words[:n])  # "بشائر: الدمام"
        if placed is not None:
            return placed
        sep = _OUTLET_SEP.match(line.key, span[1], line.limit)
        if sep is None:
            continue
        name = line.key[span[0] : span[1]]
        if n > 1 and "|" not in line.key[sep.start() : sep.end()]:
            return None  # "الاتحاد قوة - شعار ...": two words before a dash read as a phrase
        rest = line.key[sep.end() : sep.end() + _CLAUSE_LOOK]
        if (
            line.at_end(sep.end())
            or not _ARABIC_LETTER.match(rest)
            or _A_DASH_IN_CLAUSE.search(rest)
            or not _unknown_outlet_name(line, words[:n])
            or opens_with_saying(name)
            or read_label(line.key, pos, line.limit, bare=True) is not None  # "تقرير -"
        ):
            return None
        place = place_then_end(line, sep.end(), unknown=False)  # "المسلم-المنامة:"
        if place is not None:
            p_span, entry, stop = place
            return Found([("dateline", pos, stop)], p_span, entry, [span], end=stop)
        return Found([("dateline", pos, sep.end())], credits=[span], end=sep.end())
    return None


def _outlet_then_place_alone(line: Line, span: Span, words: list[Span]) -> Found | None:
    """ "بشائر: الدمام", "المسلم - المنامة": an unknown outlet's name, a separator and a known
    place, alone on the line above the body."""
    sep = CREDIT_SEP.match(line.key, span[1], line.limit)
    if sep is None or not line.eol:
        return None
    place = place_then_end(line, line.skip(sep.end()), unknown=False)
    if place is None or not line.at_end(place[2]):
        return None
    if not _unknown_outlet_name(line, words):
        return None
    p_span, entry, stop = place
    return Found([("dateline", span[0], stop)], p_span, entry, [span], end=stop)


def _plain_name(line: Line, words: list[Span]) -> bool:
    """Plain words that are no known place and open with no first name: an outlet's name."""
    name = line.key[words[0][0] : words[-1][1]]
    return (
        line.plain(words)
        and place_by_key(name) is None
        and not opens_with_given_name(line.key, words)
    )


def _unknown_outlet_name(line: Line, words: list[Span]) -> bool:
    """A plain name (see _plain_name) that no lexicon knows as a credit (_credit_first declined
    the ambiguous ones: "الوطنية - قال ...") and that opens no sentence (_name_like)."""
    name = line.key[words[0][0] : words[-1][1]]
    return _plain_name(line, words) and known_credit(name) is None and _name_like(name, len(words))


def _name_like(name: str, words: int) -> bool:
    """Whether the words before the dash can name an outlet, not open a sentence: no "و"
    ("وأضاف ماكرون –"), no adverb ("أيضا –", "ثانيا –", "اليوم –"), no "بال" phrase ("بالصور –"),
    no banner or section ("خاص –", "رياضة –")."""
    if name.startswith((_CONJUNCTION, _WITH_THE)) or not _ARABIC_LETTER.search(name):
        return False  # and "2026 - عام الانتخابات": a year, no name
    if words == 1 and name.endswith(_ADVERB_END) and not name.startswith(_DEFINITE):
        return False
    if fold_word(name) in index("relative_phrases", 4) or is_section(name):
        return False
    return furniture_kind(name) is None


def _outlet_then_place(line: Line, pos: int) -> Found | None:
    """ "استبن (نواكشوط) - ...": one or two plain words that are no place and no person, a known
    place in brackets and a separator. The words are the outlet, its Agency unnamed."""
    words = line.words(pos, TOKEN)[:_MAX_BRACKETED_OUTLET_WORDS]
    for n in range(len(words), 0, -1):
        span = (pos, words[n - 1][1])
        where = line.bracketed_place(span[1])
        if where is None:
            continue
        sep = SEP.match(line.key, where[2], line.limit)
        if sep is None or not _plain_name(line, words[:n]):
            return None
        return Found([("dateline", pos, sep.end())], where[0], where[1], [span], end=sep.end())
    return None


def _outlet_slash_place(line: Line, pos: int) -> Found | None:
    """ "المشهد الجنوبي/لحج", "صوت عدن /زنجبار / خاص:": a whole line of one to three plain words
    (an outlet the lexicon does not know), a slash and a known place, maybe then a slash and
    the desk's label. The words are the outlet, its Agency unnamed."""
    m = _SLASHED_OUTLET.match(line.key, pos, line.limit) if pos == 0 and line.eol else None
    if m is None:
        return None
    words = line.words(pos, TOKEN)[: m.group(1).count(" ") + 1]
    if not words or words[-1][1] != m.end(1) or not _plain_name(line, words):
        return None
    if _family_name(line.key[words[-1][0] : words[-1][1]]) and len(words) > 1:
        return None  # "عزيز المسناوي / خنيفرة": a reporter's family name, no outlet's
    at = line.skip(m.end())
    for span, entry in line.known_places(at, line.words(at)):
        after = span[1]
        slash = _SLASH.match(line.key, after, line.limit)  # "/ خاص:": the desk's label
        if slash is not None and slash.end() < line.limit:
            after = read_label(line.key, slash.end(), line.limit, alone=True) or after
        if not line.key[after : line.limit].strip(" \t:"):
            end = line.limit
            return Found([("dateline", pos, end)], span, entry, [(pos, words[-1][1])], end=end)
    return None


def _family_name(word: str) -> bool:
    """A nisba, the commonest shape of a family name: "ال" and a final ي ("المسناوي", "الحلبي")."""
    return word.startswith(_DEFINITE) and word.endswith("ي") and len(word) > _NISBA_MIN_CHARS


def _outlet_first(line: Line, pos: int) -> Found | None:
    """ "المسار الإخباري : – ...", "تاوريرت بريس - الرباط -": an outlet missing from the lexicon,
    known by its shape (lexicon/outlet_marks.tsv), then a separator, and a known place or the
    body. Its Agency has no name."""
    words = line.words(pos, TOKEN)
    if len(words) < 2 or not has_outlet_mark(line.key, words):
        return None  # most first lines: no outlet mark among their first words
    for n in range(len(words), 1, -1):
        span = (pos, words[n - 1][1])
        if not outlet_shaped(line.key[span[0] : span[1]]):
            continue
        where = line.bracketed_place(span[1])  # "وكالة السواحل للأنباء(نواكشوط):"
        sep = CREDIT_SEP.match(line.key, where[2] if where else span[1], line.limit)
        if (
            sep is None
            and where is None
            and pos == 0
            and line.eol
            and line.at_end(span[1])
            and _ARABIC_LETTER.search(line.key, pos, span[1])  # "Lana News": a logo's text
        ):
            return Found([("dateline", pos, span[1])], credits=[span], end=span[1])  # "سام برس"
        if sep is None:
            return _linked_place(line, span) if where is None else None  # "شمس نيوز/ رام الله"
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
            return Found([("dateline", pos, stop)], p_span, entry, [span], end=stop)
        return Found([("dateline", pos, end)], credits=[span], end=end)
    return None


def _quoted_first(line: Line, pos: int) -> Found | None:
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


def _bracket_first(line: Line, pos: int) -> Found | None:
    """ "(رويترز) – قال ...": known credits in brackets opening the text, then a separator."""
    br = line.bracket(pos)
    if br is None or br["open"] not in OPEN_BRACKETS:
        return None
    credits = bracket_credits(line.key, *br.span("body"), unknown=False)
    sep = SEP.match(line.key, br.end(), line.limit) if credits else None
    if sep is None:
        return None
    return Found([("dateline", pos, sep.end())], credits=credits, end=sep.end())


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
            from_place = _linked_place(line, credit)
            if from_place is not None:
                return from_place
            slash = _SLASH.match(line.key, credit[1], line.limit)
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
            reporter = _reporter_after(line, credit, sep.end(), at)
            if reporter is not None:
                return reporter
            desk = _desk_label(line, sep.end())
            if desk > sep.end():  # "الوطن|رصد": the desk that ends the line is no place
                return Found([("dateline", pos, desk)], credits=[credit], end=desk)
            place = place_then_end(line, at, unknown=True)
        if place is not None:
            span, place_entry, stop = place
            return Found([("dateline", pos, stop)], span, place_entry, [credit], end=stop)
        if entry.credit_only:
            return None
        return Found([("dateline", pos, sep.end())], credits=[credit], end=sep.end())
    return None


def _reporter_after(line: Line, credit: Span, sep_end: int, at: int) -> Found | None:
    """ "الوكيل الإخباري - مجدي الباطية -": after a credit, where an unknown place could stand,
    a reporter's name (two to four words opening with a first name of given_names.tsv)."""
    name = read_name(line.key, at, line.limit, line.eol, labelled=False, given_first=True)
    if name is None:
        return None
    pieces = [("dateline", credit[0], sep_end), ("byline", at, name.stop)]
    return Found(pieces, credits=[credit], name=(name.start, name.end), end=name.stop)


def _linked_place(line: Line, credit: Span) -> Found | None:
    """A credit, "من" or a slash, and a known place: "إيلاف من الرباط: ..." (the place never
    ends the line), "المعلومة/ بغداد.. ..." (then a separator, the outlet's full stops or the
    line end)."""
    m = _FROM.match(line.key, credit[1], line.limit)
    slash = m is None
    if slash:
        m = _SLASH.match(line.key, credit[1], line.limit)
    if m is None:
        return None
    place = place_then_end(line, line.skip(m.end()), unknown=False)
    if place is None or (not slash and line.at_end(place[0][1])):
        return None
    span, entry, stop = place
    while slash and stop < line.limit and line.key[stop] == ".":
        stop += 1  # "بغداد.."
    return Found([("dateline", credit[0], stop)], span, entry, [credit], end=stop)


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
        and not _opens_date(line, pos)  # "الأربعاء 09/إبريل/": a weekday, never a place
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
    pos = _comma_qualifier(line, place[1])  # "دبي، الإمارات العربية المتحدة (CNN) --"
    br = line.bracket(line.skip(pos))
    if br is not None and br["open"] in OPEN_BRACKETS:
        body = key[br.start("body") : br.end("body")]
        dated = DATE.match(key, line.skip(br.end()), line.limit) is not None
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
        pos = br.end() if found.credits else pos
    if found.credits:
        pos = _desk_label(line, pos)  # "المكلا (حضارم اليوم) خاص"
    if not found.credits:
        date = DATE.match(key, line.skip(pos), line.limit)
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
        comma_end = _comma_credit(line, found, pos)  # "ذمار، الساحل الغربي:" alone
        if comma_end is not None:
            return _check(line, found, comma_end, True)
        at = line.skip(pos)
        signed = read_byline(key, at, line.limit, line.eol) if at > pos else None
        if signed is not None:  # "بني أنصار كتب: مصطفى علي": the place, then a labelled byline
            found.pieces = [("dateline", place[0], pos), ("byline", at, signed.stop)]
            found.name = (signed.start, signed.end)
            return _check(line, found, signed.stop, True)
    sep = SEP.match(key, pos, line.limit)
    if sep is not None:
        pos = sep.end()
        if not found.credits and found.date is None:
            pos = _tail(line, found, pos)
        elif found.date is None:
            to_end = _date_to_end(line, pos)  # "صيدا (وكالة الجنوب) - 6 تشرين الثاني 2025"
            if to_end is not None:
                found.date, pos = to_end, to_end[1]
    return _check(line, found, pos, sep is not None)


def _comma_credit(line: Line, found: Found, pos: int) -> int | None:
    """After a known place, a comma and a credit filling the rest of the line ("ذمار، الساحل
    الغربي:", "مرسى مطروح، فيتو"): the credit is taken; returns where the line ends."""
    comma = _COMMA.match(line.key, pos, line.limit)
    if comma is None or not line.eol:
        return None
    credit = _credit_at(line, comma.end(), tatweel=False) or _outlet_at(line, comma.end())
    if credit is None or not line.at_end(credit[1]):
        return None
    name = line.key[credit[0][0] : credit[0][1]]
    if not (known_credit(name) or outlet_shaped(name)) and (
        len(name.split()) < _COMMA_OUTLET_MIN_WORDS or opens_with_weekday(name)
    ):
        return None  # "بغداد، الأربعاء", "بيروت، العاصمة": a day or a word, no outlet
    found.credits = [credit[0]]
    return credit[1]


def _desk_label(line: Line, pos: int) -> int:
    """After a dateline's credit, a label ending the line ("خاص", "متابعة"): where it ends."""
    at = line.skip(pos)
    end = read_label(line.key, at, line.limit, alone=True) if at < line.limit else None
    return end if end is not None and line.at_end(end) else pos


def _comma_qualifier(line: Line, pos: int) -> int:
    """After a place, ", COUNTRY" when a known place follows the comma and a bracket or a
    separator follows it: where the qualifier ends (else `pos`)."""
    m = _COMMA.match(line.key, pos, line.limit)
    if m is None:
        return pos
    for span, _ in line.known_places(m.end(), line.words(m.end())):
        after = line.skip(span[1])
        if line.bracket(after) is not None or SEP.match(line.key, span[1], line.limit):
            return span[1]
        if line.eol and line.at_end(span[1]):
            return span[1]  # "عمان، الأردن" alone on its line above the body
    return pos


def _check(line: Line, found: Found, pos: int, had_sep: bool) -> Found | None:
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
        body = trim_span(key, *br.span("body"))
        if not found.credits and br["open"] == "«" and outlet_shaped(key[body[0] : body[1]]):
            found.credits = [body]  # "بيروت: «لبنان 24»": an outlet known by its shape
        if not found.credits:
            return pos
        sep = SEP.match(key, br.end(), line.limit)
        return sep.end() if sep is not None else br.end()
    quoted = line.quoted(at)  # "الدوحة- “القدس العربي”:": a known credit only
    if quoted is not None:
        found.credits = bracket_credits(key, *quoted.span("body"), unknown=False)
        if found.credits:
            sep = SEP.match(key, quoted.end(), line.limit)
            return sep.end() if sep is not None else quoted.end()
    desk = _desk_label(line, pos)
    if desk > pos:
        return desk  # "صنعاء – متابعات", "سقطرى/خاص": the desk, no outlet named
    to_end = _date_to_end(line, pos)
    if to_end is not None:  # "الرباط – الجمعة 9 يناير 2026" alone on its line
        found.date = to_end
        return to_end[1]
    dated = _date_then_bracket(line, found, at)
    if dated is not None:  # "بنغازي- 29 أكتوبر 2022م (وام)"
        return dated
    second = place_then_end(line, at, unknown=False)
    if second is not None and key[second[0][1] : second[2]].strip() not in (".", "،", ","):
        return second[2]  # "القاهرة - الرياض - "
    slashed = _name_then_credit(line, found, pos, at) if key[:pos].rstrip().endswith("/") else None
    if slashed is not None:
        return slashed
    credit = (
        _credit_at(line, at, tatweel=pos - 1 in line.tatweels)
        or _outlet_at(line, at)
        or (_slash_credit(line, at) if key[:pos].rstrip(" \t").endswith("/") else None)
    )
    if credit is not None:
        found.credits = [credit[0]]
        date = _date_to_end(line, credit[1])  # "كسلا – السودان الآن | 12 فبراير 2026"
        if date is not None and found.date is None:
            found.date = date
            return date[1]
        return credit[1]
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
        found.pieces = [("dateline", found.place[0] if found.place else 0, pos)]
        found.pieces.append(("byline", at, name.stop))
        found.name = (name.start, name.end)
        return name.stop
    return pos


def _outlet_at(line: Line, pos: int) -> tuple[Span, int] | None:
    """An outlet missing from the lexicon, known by its shape, after "PLACE - " and before a
    separator or the line end: "رام الله- غزة برس:" (an outlet, never a reporter's name)."""
    words = line.words(pos, TOKEN)[:_MAX_OUTLET_WORDS]
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


def _slash_credit(line: Line, pos: int) -> tuple[Span, int] | None:
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
            desk = _desk_label(line, end + 1)
            if desk > end + 1:
                return (pos, end), desk
    return None


def _name_then_credit(line: Line, found: Found, pos: int, at: int) -> int | None:
    """ "الجزائر/ عباس ميموني/ الأناضول": after "PLACE/", the reporter's name, a slash and a
    known credit (the Anadolu style). Fills the pieces; returns where the credit ends."""
    m = _SLASHED_NAME.match(line.key, at, line.limit)
    if m is None or not line.plain(line.words(at)[: m.group(1).count(" ") + 1]):
        return None
    credit = _credit_at(line, m.end(), tatweel=False)
    if credit is None or known_credit(line.key[slice(*credit[0])]) is None:
        return None
    start = found.place[0] if found.place else 0
    found.pieces = [("dateline", start, pos), ("byline", at, m.end()), ("dateline", *credit[0])]
    found.name = m.span(1)
    found.credits = [credit[0]]
    return credit[1]


def _date_to_end(line: Line, pos: int) -> Span | None:
    """A date from `pos` (after white space) to the end of a real line, "12 فبراير 2026"."""
    at = line.skip(pos)
    end = date_end(line, at) if line.eol and _opens_date(line, at) else None
    return (at, end) if end is not None and line.at_end(end) else None


def _credit_at(line: Line, pos: int, *, tatweel: bool) -> tuple[Span, int] | None:
    """A credit after "PLACE - ": "الرباط - المغرب اليوم", "الخرطوم ـ اليوم التالي ...".

    Body text may follow a credit directly only when its spelling is unambiguous, or after a
    tatweel used as a dash (the Sudanese style); an ordinary word needs a separator or the end.
    An unknown outlet ("الصباح الجديد") counts only alone on the dateline's line; after a tatweel
    dash it need not open with "ال" ("الخرطوم ــــ سودان فيرست"), unless a first name opens it.
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
    if not 0 < len(words) <= _MAX_OUTLET_WORDS:
        return None
    stop = words[-1][1]
    sep = CREDIT_SEP.match(line.key, stop, line.limit)  # "بغداد- العراق اليوم:"
    dated = sep is not None and _date_to_end(line, sep.end()) is not None  # "... | 12 فبراير 2026"
    if line.at_end(stop) or (sep is not None and (line.at_end(sep.end()) or dated)):
        first = line.key[words[0][0] : words[0][1]]
        # after a tatweel dash (the Sudanese style) any outlet's name, not a reporter's; a
        # colon closes a reporter's name there ("الأقصر ـ حجاج سلامة:", the Egyptian style)
        colon = sep is not None and ":" in line.key[stop : sep.end()]
        sudanese = tatweel and not colon and not opens_with_given_name(line.key, words)
        if (first.startswith(_DEFINITE) or sudanese) and line.plain(words):
            return (pos, stop), stop if sep is None else sep.end()
    return None
