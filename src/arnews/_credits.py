# Credits: reading the agency names in a credit ("رويترز، أ ف ب", "(د ب أ)", "وكالات") and the
# closing credits of a body: a bracketed credit after the last sentence, a line that is only a
# credit, a source line ("المصدر: رويترز") and an outlet crediting itself ("الرباط اليوم: متابعة").
# Rule: matched on the folded key, spans through Folded.span; in credit position every spelling
# counts (credit-only words too), an unknown credit in a sure credit position is kept with
# name None, and a bracket whose content is not a known credit is left alone ("(انتهى)").
"""Credit parsing and closing credits."""

from __future__ import annotations

import functools
import re

import regex

from ._byline import is_function_word, read_label
from ._fold import Folded, fold
from ._grammar import DASH, DASH_RUN, DATELINE_HEAD
from ._lexicon import index, table
from ._model import Agency
from ._places import AgencyEntry, agency_by_key, place_by_key

__all__ = [
    "BRACKETS",
    "TODAY",
    "bracket_credits",
    "closing_line",
    "credit_spans",
    "has_outlet_mark",
    "is_caption",
    "known_credit",
    "make_agencies",
    "opens_like_dateline",
    "opens_like_outlet",
    "outlet_shaped",
    "self_credit",
    "trailing_credit",
    "trim_span",
]

_BOILERPLATE_COLUMNS = 4  # kind, match, variants, note
_OUTLET_MARKS_COLUMNS = 3  # kind, variants, note
_MIN_OUTLET_WORDS = 2
_MAX_OUTLET_WORDS = 4
_GLUED_STEM_MIN_CHARS = 3
TODAY = "اليوم"  # a place's name and "today": a paper's ("العراق اليوم", "البلقاء اليوم")
_SOURCE_KIND = "source"
_MAX_CREDIT_WORDS = 6
_TAIL_CHARS = 120
_CAPTION_MIN_WORDS = 3
BRACKETS = {"(": ")", "[": "]", "{": "}", "«": "»", "/": "/"}

# between two credits: a comma, a semicolon, a plus, a slash or a spaced dash
_SPLIT = re.compile(rf"[ \t]*(?:[،,;؛+&/]|(?<=[ \t]){DASH}{{1,2}}(?=[ \t]))[ \t]*")
_AND = re.compile(r"[ \t]+و")
_TOKEN = regex.compile(r"[^\W_]+")
_LETTER = regex.compile(r"[^\W\d_]")
_WORD = regex.compile(r"[^\W_]+(?:['’.][^\W_]+)*\.?")
_DATELINE_HEAD = regex.compile(DATELINE_HEAD)
_LIST_MARKS = " \t-–—•·▪*"  # marks a meta list puts before its items
_LONE = regex.compile(
    r"[ \t]*(?P<open>[(\[{«/])[ \t]*(?P<body>[^()\[\]{}«»/\n]{1,60}?)[ \t]*[)\]}»/]"
)
_TRAILING = regex.compile(
    r"(?P<open>[(\[{/])[ \t]*(?P<body>[^()\[\]{}«»/\n]{1,60}?)[ \t]*(?P<close>[)\]}/])[ \t]*$"
)
_OUTLET = regex.compile(
    rf"(?P<outlet>[^\W_]+(?:[ \t]+[^\W_]+){{0,3}})[ \t]*(?:{DASH_RUN}|[:/|])[ \t]*"
)
_SENTENCE_END = ".!?؟…"
_CLOSERS = "»\"”'’)"


def known_credit(key: str) -> AgencyEntry | None:
    """The agency of a credit in credit position (credit-only spellings count), or None."""
    return agency_by_key(key) if _TOKEN.search(key) else None


@functools.cache
def _outlet_marks() -> dict[str, frozenset[str]]:
    """Folded, lower-cased outlet marks of lexicon/outlet_marks.tsv by kind (suffix, prefix)."""
    marks: dict[str, set[str]] = {}
    for key, rows in index("outlet_marks", _OUTLET_MARKS_COLUMNS).items():
        for row in rows:
            marks.setdefault(row.fields[0], set()).add(key.lower())
            if row.fields[0] == "suffix":  # every word of a suffix ("تي في"): the cheap look
                marks.setdefault("suffix_word", set()).update(key.lower().split())
    return {kind: frozenset(words) for kind, words in marks.items()}


def has_outlet_mark(key: str, words: list[tuple[int, int]]) -> bool:
    """Whether one of `words` (spans into folded `key`, the first few) is an outlet mark: the
    cheap look before trying each phrase with outlet_shaped()."""
    marks = _outlet_marks()
    if key[words[0][0] : words[0][1]].lower() in marks.get("prefix", frozenset()):
        return True
    suffix_words = marks.get("suffix_word", frozenset())
    if len(words) > 1 and key[words[1][0] : words[1][1]] == TODAY:
        return True  # "العراق اليوم"
    return any(key[s:e].lower() in suffix_words for s, e in words[1:])


def opens_like_outlet(key: str) -> bool:
    """Whether the folded phrase opens with a word only outlets' names open with among the
    names of people: a prefix or a lead mark ("موقع أنصار الله", "صحيفة الفلاني")."""
    first = key.split(maxsplit=1)[0].lower() if key.strip() else ""
    marks = _outlet_marks()
    return first in marks.get("prefix", frozenset()) or first in marks.get("lead", frozenset())


def outlet_shaped(key: str) -> bool:
    """Whether folded `key` names an outlet by its shape: two to four words, the last an outlet
    mark ("المسار الاخباري", "تاوريرت بريس") or the first one ("صحيفه الفلاني"), or a known
    place and "اليوم" ("العراق اليوم"; "طقس اليوم" is a heading's words)."""
    words = key.lower().split()
    if len(words) == 1:
        return _glued_number_mark(words[0])  # "البحر24": the mark glued to the name
    if not _MIN_OUTLET_WORDS <= len(words) <= _MAX_OUTLET_WORDS:
        return False
    marks = _outlet_marks()
    suffixes, prefixes = marks.get("suffix", frozenset()), marks.get("prefix", frozenset())
    return (
        words[-1] in suffixes
        or " ".join(words[-2:]) in suffixes
        or (words[0] in prefixes and len(words) > 1)
        or (
            len(words) == _MIN_OUTLET_WORDS
            and words[1] == TODAY
            and place_by_key(words[0]) is not None
        )
    )


def _glued_number_mark(word: str) -> bool:
    """A name of three letters or more with a number mark of outlet_marks.tsv glued to it
    ("البحر24", "هبة24"): one word that names an outlet."""
    stem = word.rstrip("0123456789")
    number = word[len(stem) :]
    return (
        bool(number)
        and len(stem) >= _GLUED_STEM_MIN_CHARS
        and stem.isalpha()
        and number in _outlet_marks().get("suffix", frozenset())
    )


def trim_span(key: str, start: int, end: int) -> tuple[int, int]:
    """The span key[start:end] without the spaces and tabs at both ends."""
    while start < end and key[start] in " \t":
        start += 1
    while end > start and key[end - 1] in " \t":
        end -= 1
    return start, end


def credit_spans(key: str, start: int, end: int) -> list[tuple[int, int]]:
    """The credits in key[start:end] (brackets excluded): one span per agency named."""
    start, end = trim_span(key, start, end)
    if start >= end or known_credit(key[start:end]):
        return [(start, end)] if start < end else []
    out: list[tuple[int, int]] = []
    pos = start
    for m in [*_SPLIT.finditer(key, start, end), None]:
        part_end = m.start() if m is not None else end
        s, e = trim_span(key, pos, part_end)
        if s < e and _LETTER.search(key, s, e) and not _desk_word(key, s, e):
            # "العمانية/179": an editor's number; "... - متابعات": the desk's word, no credit
            out.extend(_and_split(key, s, e))
        if m is not None:
            pos = m.end()
    return out


def _desk_word(key: str, start: int, end: int) -> bool:
    """A byline label alone after a credit ("متابعات", "رصد", "خاص"): the desk's word, unless a
    known credit is spelt so."""
    label_end = read_label(key, start, end, alone=True)
    return (
        label_end is not None
        and not key[label_end:end].strip()
        and not known_credit(key[start:end])
    )


def _and_split(key: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "رويترز وأ ف ب" -> two credits, when both halves are known; "ورويترز" -> "رويترز"."""
    if known_credit(key[start:end]):
        return [(start, end)]
    for m in _AND.finditer(key, start, end):
        left, right = (start, m.start()), (m.end(), end)
        if known_credit(key[slice(*left)]) and known_credit(key[slice(*right)]):
            return [left, right]
    if key[start] == "و" and end - start > 2 and known_credit(key[start + 1 : end]):
        return [(start + 1, end)]
    return [(start, end)]


def make_agencies(folded: Folded, spans: list[tuple[int, int]]) -> list[Agency]:
    """Agency values for credit spans of `folded.key` (name None when not in the lexicon)."""
    out: list[Agency] = []
    for s, e in spans:
        entry = known_credit(folded.key[s:e])
        start, end = folded.span(s, e)
        name, country = (entry.name, entry.country) if entry is not None else (None, None)
        out.append(Agency(name, country, folded.text[start:end], (start, end)))
    return out


def _all_known(key: str, spans: list[tuple[int, int]]) -> bool:
    """Every credit known to the lexicon, or an outlet known by its shape ("(كوش نيوز)")."""
    return bool(spans) and all(known_credit(key[s:e]) or outlet_shaped(key[s:e]) for s, e in spans)


def _plausible(key: str, spans: list[tuple[int, int]]) -> bool:
    """Unknown credits are short names, not phrases ("قال الوزير"), nor a known place ("المصدر :
    عرعر - NAME" is a dateline and its reporter under a label)."""
    for s, e in spans:
        words = _WORD.findall(key, s, e)
        if not words or len(words) > _MAX_CREDIT_WORDS:
            return False
        if known_credit(key[s:e]) is None and (
            any(is_function_word(w) for w in words) or place_by_key(key[s:e]) is not None
        ):
            return False
    return True


def bracket_credits(key: str, start: int, end: int, *, unknown: bool) -> list[tuple[int, int]]:
    """The credits inside a bracket body key[start:end]; unknown names only when `unknown`."""
    spans = credit_spans(key, start, end)
    if _all_known(key, spans):
        return spans  # known, or outlets by their shape: "// وكالة الصحافة اليمنية //"
    return spans if unknown and _plausible(key, spans) else []


@functools.cache
def _source_label() -> regex.Pattern[str] | None:
    """The labels of a source line ("المصدر:", "مصدر الخبر:") from lexicon/boilerplate.tsv."""
    variants: list[str] = []
    for row in table("boilerplate", _BOILERPLATE_COLUMNS):
        if row.fields[0] == _SOURCE_KIND:
            variants.extend(fold(v).key for v in row.variants)
    if not variants:
        return None
    ordered = sorted(set(variants), key=lambda v: (-len(v), v))
    parts = []
    for v in ordered:
        body = regex.escape(v.rstrip(":-/ ")).replace(r"\ ", r"[ \t]+")
        tail = v[len(v.rstrip(":-/ ")) :].strip()
        parts.append(body + (rf"[ \t]*{regex.escape(tail)}" if tail else r"(?![^\W_])"))
    return regex.compile(r"[ \t(«\[]*(?:" + "|".join(parts) + r")[ \t]*", regex.IGNORECASE)


def closing_line(key: str, *, ambiguous: bool = False) -> tuple[str, list[tuple[int, int]]] | None:
    """A whole line that is a credit: ("credit", spans) or ("source", spans), else None.

    "(أ ف ب)", "وكالات", "رويترز، أ ف ب", "المصدر: رويترز" (unknown names kept),
    "الرباط اليوم: متابعة" (the outlet crediting itself). A bare spelling that is also an
    ordinary word ("وفا") counts only with `ambiguous`, where a credit is expected.
    """
    end = len(key.rstrip())
    label = _source_label()
    lead = len(key) - len(key.lstrip(_LIST_MARKS))  # "- المصدر: ...": a meta list's item
    m = label.match(key, lead, end) if label is not None else None
    if m is not None:
        inner = _LONE.fullmatch(key, m.end(), end)
        s, e = (inner.start("body"), inner.end("body")) if inner else (m.end(), end)
        spans = credit_spans(key, s, e)
        return ("source", spans) if spans and _plausible(key, spans) else None
    lone = _LONE.fullmatch(key, 0, end)
    if lone is not None:
        spans = credit_spans(key, lone.start("body"), lone.end("body"))
        return ("credit", spans) if _all_known(key, spans) else None
    spans = credit_spans(key, 0, end)
    entries = [known_credit(key[s:e]) for s, e in spans]
    sure = [x is not None and (ambiguous or not x.credit_only) for x in entries]
    if (
        entries
        and sure[0]
        and all(
            ok or (x is None and _paper_after_credit(key, span))
            for ok, x, span in zip(sure, entries, spans, strict=True)
        )
    ):
        # a bare credit line counts only in unambiguous spellings; a known credit first may
        # name the paper that printed it after it: "سانا – الثورة"
        return "credit", spans
    own = self_credit(key, 0, end)
    return ("credit", [own[0]]) if own is not None else None


def _paper_after_credit(key: str, span: tuple[int, int]) -> bool:
    """An unknown name after a known credit is the paper that printed it ("سانا – الثورة"):
    short, no place ("سانا – دمشق") and no desk label ("شفق نيوز - متابعة")."""
    start, end = span
    return (
        _plausible(key, [span])
        and place_by_key(key[start:end]) is None
        and read_label(key, start, end, alone=True) is None
    )


def self_credit(key: str, pos: int, limit: int) -> tuple[tuple[int, int], int] | None:
    """An outlet crediting itself, "الرباط اليوم: متابعة": (outlet span, end of the label).

    The label must end the line; the outlet is one to four words, none a function word.
    """
    m = _OUTLET.match(key, pos, limit)
    if m is None:
        return None
    label_end = read_label(key, m.end(), limit, alone=True)
    if label_end is None or key[label_end:limit].strip():
        return None
    outlet = m.span("outlet")
    name = key[slice(*outlet)]
    if any(is_function_word(w) for w in name.split()):
        return None
    if place_by_key(name) is not None and known_credit(name) is None:
        return None  # "صنعاء – متابعات", "سقطرى/خاص": a dateline with the desk, no outlet
    return outlet, len(key[:label_end].rstrip(" \t"))


def _tail_bracket(key: str) -> tuple[regex.Match[str], str, list[tuple[int, int]]] | None:
    """A bracket of known credits ending `key`: (match, text before it, credit spans)."""
    m = _TRAILING.search(key)
    if m is None or BRACKETS[m["open"]] != m["close"]:
        return None
    spans = bracket_credits(key, m.start("body"), m.end("body"), unknown=False)
    return (m, key[: m.start()].rstrip(" \t"), spans) if spans else None


def _ends_sentence(before: str) -> bool:
    stripped = before.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def is_caption(key: str) -> bool:
    """A photo caption: words, then a bracketed known credit, no sentence end between them.

    "جنود في الشارع (أ ف ب)": its credit is the photo's, not the article's.
    """
    if len(key) > _TAIL_CHARS * 2:
        return False
    found = _tail_bracket(key)
    if found is None or len(_WORD.findall(found[1])) < _CAPTION_MIN_WORDS:
        return False  # "الشارقة (الاتحاد)" is a dateline line
    if opens_like_dateline(found[1]):
        return False
    return not _ends_sentence(found[1])


def opens_like_dateline(key: str) -> bool:
    """One or two words and a dash open `key`: a dateline's head ("بنغازي- 29 أكتوبر 2022م
    (وام)"), never a photo caption's."""
    return _DATELINE_HEAD.match(key) is not None


def trailing_credit(text: str, start: int, end: int) -> tuple[int, int, list[Agency]] | None:
    """A known credit bracketed after the last sentence: "... وسط المدينة. (د ب أ)".

    Returns where the paragraph proper ends, where the bracket opens, and the credits; None
    when the bracket is absent, follows no sentence end (a photo caption "جنود في الشارع
    (أ ف ب)") or names no known agency ("(انتهى)").
    """
    folded = fold(text, max(start, end - _TAIL_CHARS), end)
    found = _tail_bracket(folded.key)
    if found is None or not _ends_sentence(found[1]):
        return None
    m, before, spans = found
    cut = folded.span(0, len(before))[1]
    return cut, folded.offset(m.start()), make_agencies(folded, spans)
