# The body of an article: paragraphs, subheadings, list items and related-article headlines.
# Rule: a subheading is a short line (at most 80 characters and 10 words) without final
# punctuation, after body text has begun and with body text after it — or a markdown/bold
# heading anywhere with body text after it, or an isolated short numbered line. Never a dateline,
# a byline, a list item (bulleted, numbered in a run, or under a line ending with ":"), a
# caption or a closing line. Headline-shaped lines after an "اقرأ أيضا"-type label, or two or
# more in a row once the body has begun, are related-article headlines: boilerplate.
"""Subheadings, list items and related headlines in the body."""

from __future__ import annotations

import re

import regex

from ._boilerplate import is_bare_count, is_section, opens_list
from ._byline import author_name
from ._credits import outlet_shaped
from ._datebars import opens_with_date_label
from ._grammar import ARABIC_LETTER, DASHES
from ._menus import doubled_name
from ._openers import is_byline, is_dateline_like
from ._paragraphs import (
    FINAL,
    is_long,
    opens_with_connective,
    opens_with_joined_saying,
    opens_with_saying,
)
from ._places import place_by_key
from ._segment import TWIN_MAX_WORDS, first_word
from ._title_repeats import cut_copy, repeats
from ._titles import followed_by_body
from ._unit import Unit

__all__ = ["latin_only", "mark_body", "mark_twin_captions"]

_HEADING_ENDINGS = frozenset({"open", "paren"})
# a caption may end with a quoted name ("هاتف \"آيفون\""); a sentence's mark ends no caption
_TWIN_ENDINGS = _HEADING_ENDINGS | {"quote"}
_HEADLINE_ENDINGS = frozenset({"open", "quote", "paren"})
_RUN_MIN = 2  # a run this long is related headlines when nothing follows it
_TITLE_AGAIN_SLACK = 4  # characters of marks and spaces a copy of the title may differ by
_RUN_MIN_INSIDE = 3  # between paragraphs a run must be longer
_HEADLINE_MIN_WORDS = 3
_VALUE_MAX_WORDS = 4
_TEXT_OR_PARAGRAPH = frozenset({"text", "paragraph"})  # a unit not yet marked, or marked body
_TAG_VALUE_MAX_WORDS = 6  # a tag, or a related headline cut short under the tags
_DIGIT = re.compile("[0-9]")
_HEADLINE_MAX_WORDS = 25
_HEADLINE_MAX_CHARS = 200
_SENTENCE_LINE_CHARS = 100  # in a page with no full stops, a run of longer lines is its body
_TRANSPARENT = frozenset({"header", "unparsed"})
_ARABIC_LETTER = re.compile(ARABIC_LETTER)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_ABOUT = "عن"  # a WordPress theme's author box: "عن NAME" ("about NAME") over its related list
_ABOUT_MAX_WORDS = 5
_ABOUT_OPENING = _ABOUT + " "
_ABOUT_MAX_CHARS = 60
# a pictograph opening a short line ending with a colon: a section's label ("📌 تفاصيل
# القضية:"); a plain line so ended introduces a quotation or a list ("وأضاف:")
_EMOJI_LABEL = regex.compile(r"[ \t]*\p{Extended_Pictographic}")
_LISTY = frozenset({"item", "numbered"})
_DONE = frozenset({"title", "subheading", "boilerplate", "header", "unparsed"})
_CUT_MIN_WORDS = 10  # a last line this long, cut mid-line, is a paragraph cut short
_SNIPPET_ENDS = ("…", "...")  # a related headline's snippet, cut short
_TWIN_MAX_CHARS = 80  # an alt text and its caption: one short line said twice
_AROUND = 3  # lines looked at around an author box for the name it shows
_TWIN_SLACK = 4  # characters the spaces around a dash may add or take
_CREDIT_EDGES = " \t:|-–—/"  # marks around an outlet's name on its own line
_GLUED_TWIN_MIN_WORDS = 2  # "نعم نعم" is one word said twice for emphasis, not a caption
_DASHES = str.maketrans(DASHES, "-" * len(DASHES))  # a standalone tatweel is "-" already


def _heading_shaped(unit: Unit) -> bool:
    return (
        (
            unit.end_class in _HEADING_ENDINGS
            or (unit.end_class == "colon" and _EMOJI_LABEL.match(unit.key) is not None)
        )
        and not is_long(unit)
        and unit.words > 0
        and not is_dateline_like(unit.key)
        and not is_byline(unit.key)
        # "الداخلة بوست": a credit line (the site's name said twice is furniture, below)
        and (doubled_name(unit) or not outlet_shaped(unit.key.strip(_CREDIT_EDGES)))
        and not opens_with_joined_saying(unit.key)  # "وقال الوليد إن ... جاء": wrapped
        and not opens_with_connective(unit.key)  # "وكانت بحضور ...": a sentence goes on
    )


def _place_alone(unit: Unit) -> bool:
    """A known place alone on its line ("البصرة"): between body paragraphs, a roundup's heading
    (a dateline stands only before the body)."""
    return unit.end_class == "open" and place_by_key(unit.key.strip()) is not None


def _headline_shaped(unit: Unit, *, item: bool = False, question: bool = False) -> bool:
    """`question`: a headline may end with "؟" (under a list's label, a teaser's question)."""
    return (
        (unit.kind == "text" or (item and unit.kind == "item"))
        and (unit.end_class in _HEADLINE_ENDINGS or (question and unit.end_class == "question"))
        and unit.chars <= _HEADLINE_MAX_CHARS
        and _HEADLINE_MIN_WORDS <= unit.words <= _HEADLINE_MAX_WORDS
        and not is_dateline_like(unit.key)
        and not is_byline(unit.key)
        and not opens_with_saying(unit.key)
        and not opens_with_connective(unit.key)  # "وكان ...", "فقد ...": the body goes on
    )


def _related_runs(units: list[Unit], start: int, followed: list[bool]) -> list[bool]:
    """Units in a run of headline-shaped lines (dates and marks may sit between): two or more
    after the last paragraph, three or more between paragraphs."""
    in_run = [False] * len(units)
    members: list[int] = []
    for i in range(start, len(units) + 1):
        unit = units[i] if i < len(units) else None
        if unit is not None and _headline_shaped(unit):
            members.append(i)
            continue
        if unit is not None and unit.kind in _TRANSPARENT and members:
            continue
        inside = bool(members) and followed[members[-1]]
        needed = _RUN_MIN_INSIDE if inside else _RUN_MIN
        if (
            len(members) >= needed
            and not all(_value_line(units[j]) for j in members)
            and (inside or not _unpunctuated_body(units, start, members))
        ):
            for j in range(members[0], i):  # with the dates right after the last headline
                in_run[j] = True
        members = []
    return in_run


def _unpunctuated_body(units: list[Unit], start: int, members: list[int]) -> bool:
    """Whether a trailing run of sentence-long lines ends a body that never closes a sentence:
    the page's last paragraphs, not a list of headlines (a related headline is shorter)."""
    if any(units[j].chars <= _SENTENCE_LINE_CHARS for j in members):
        return False
    long_lines = [u for u in units[start : members[0]] if u.kind == "text" and is_long(u)]
    return bool(long_lines) and all(u.end_class not in FINAL for u in long_lines)


def _value_line(unit: Unit) -> bool:
    """A list's item of a few words holding a number ("التفاح 60 جنيها"): a run of them is a
    price or score list of the body, never related headlines."""
    return unit.words <= _VALUE_MAX_WORDS and _DIGIT.search(unit.key) is not None


def _tags_value(units: list[Unit], i: int, start: int, last_long: list[int]) -> bool:
    """A value under a bare tags or category label (or under the label's first value): a site
    section's name; or, past the body's last long line, a few words that end no sentence
    ("الكلمات المفتاحية" / "الدوري السوري" / "نادي أمية"). `last_long` caches that line's
    index (found on first need, from `start`)."""
    before = units[i - 1] if i > 0 else None
    if before is None or before.kind != "boilerplate" or before.role != "tags":
        return False
    unit = units[i]
    if is_section(unit.key.strip()):
        return True
    if unit.words > _TAG_VALUE_MAX_WORDS or unit.end_class in FINAL:
        return False
    if not last_long:
        last_long.append(
            next(
                (
                    j
                    for j in range(len(units) - 1, start - 1, -1)
                    if units[j].kind in _TEXT_OR_PARAGRAPH and is_long(units[j])
                ),
                -1,
            )
        )
    return i > last_long[0]


def _neighbours_listy(units: list[Unit], start: int) -> list[bool]:
    """For each unit, whether the content unit before or after it is a list item."""
    n = len(units)
    prev_listy = [False] * n
    next_listy = [False] * n
    last = False
    for i in range(start, n):
        prev_listy[i] = last
        if units[i].kind not in _TRANSPARENT:
            last = units[i].kind in _LISTY
    last = False
    for i in range(n - 1, start - 1, -1):
        next_listy[i] = last
        if units[i].kind not in _TRANSPARENT:
            last = units[i].kind in _LISTY
    return [p or q for p, q in zip(prev_listy, next_listy, strict=True)]


def mark_twin_captions(units: list[Unit], start: int) -> None:
    """A short line said twice in a row is a photo's alt text and its caption ("قناة السويس" /
    "قناة السويس"): both boilerplate, role "caption"; role "author" for a person's name the
    story does not name (an author box, read as the byline). Dashes and spaces may differ; a
    line of more than six words, or one ending with a mark ("..", "!", ":"), said twice is
    left alone (a headline or a heading, repeated by a theme). One line holding a phrase twice
    and ending with no full stop is a caption too, whatever its length."""
    for i in range(start, len(units)):
        unit = units[i]  # a caption ends with no full stop (most paragraphs do: a cheap look)
        if unit.kind == "text" and unit.end_class != "stop" and _said_twice_glued(unit.key):
            unit.kind, unit.role = "boilerplate", "caption"
    for i in range(start, len(units) - 1):
        a, b = units[i], units[i + 1]
        if (
            a.kind == "text" == b.kind
            and a.chars <= _TWIN_MAX_CHARS
            and abs(a.chars - b.chars) <= _TWIN_SLACK  # cheap: most neighbours differ in length
            and a.end_class in _TWIN_ENDINGS  # "..", "!", ":" end a headline or a heading
            and 0 < a.words <= TWIN_MAX_WORDS
            and _caption_key(a.key) == _caption_key(b.key)
        ):
            a.kind = b.kind = "boilerplate"
            a.role = b.role = "author" if _author_box(units, i) else "caption"


def _said_twice_glued(key: str) -> bool:
    """One line that is a phrase of two words or more said twice (a photo's alt text and its
    caption glued together: "من حفل الافتتاح في الرياض من حفل الافتتاح في الرياض")."""
    # a cheap look first (translating a long line costs more than the rest): the line's first
    # word must come again in its middle third, where the second copy starts
    size = len(key)
    first = first_word(key)
    if not first or key.find(first, max(len(first), size // 3), 2 * size // 3 + len(first)) < 0:
        return False
    words = _caption_key(key).split()
    half = len(words) // 2
    return len(words) % 2 == 0 and half >= _GLUED_TWIN_MIN_WORDS and words[:half] == words[half:]


def _author_box(units: list[Unit], i: int) -> bool:
    """Whether the twin lines at `i` name a person (a first name of the lexicon opening two or
    three words) the title and the first lines around them do not name: the writer's box, its
    picture's alt text and the name; a person the story is about is the photo's subject."""
    key = units[i].key
    named = author_name(key, 0, len(key), True)
    if named is None or key[named.stop :].strip():
        return False
    name = " ".join(key[named.start : named.end].split())
    around = units[max(0, i - _AROUND) : i] + units[i + 2 : i + 2 + _AROUND]
    return not any(name in " ".join(u.key.split()) for u in around)


def _about_the_author(units: list[Unit], i: int) -> int:
    """How many lines the author box at `i` fills (0 if none): "عن NAME" (a theme's "about
    the author", one to four words, no mark closing it), maybe the name again, right above a
    related list's label."""
    unit = units[i]
    if not unit.key.startswith(_ABOUT_OPENING) or unit.chars > _ABOUT_MAX_CHARS:
        return 0  # most lines: a cheap look before splitting
    words = unit.key.split()
    if not (
        words[:1] == [_ABOUT]
        and 2 <= len(words) <= _ABOUT_MAX_WORDS
        and unit.end_class == "open"
        and not _DIGIT.search(unit.key)
    ):
        return 0
    size = 1
    nxt = units[i + 1] if i + 1 < len(units) else None
    if nxt is not None and nxt.kind == "text" and nxt.key.split() == words[1:]:
        size, nxt = 2, units[i + 2] if i + 2 < len(units) else None  # the name again
    if nxt is None or nxt.kind != "boilerplate" or not opens_list(nxt.role, nxt.key):
        return 0
    return size


def _caption_key(key: str) -> str:
    return " ".join(key.translate(_DASHES).split())


def mark_body(units: list[Unit], start: int, *, cut_short: bool = False) -> None:
    """Give every unit from `start` on its final kind (in place).

    `cut_short`: the dump ends mid-line (no line break after its last line), as an excerpt
    does; a long last line is then a paragraph cut short, never a related headline.
    """
    followed = followed_by_body(units)
    title = next((u for u in units[:start] if u.kind == "title"), None)
    related = _related_runs(units, start, followed)
    if cut_short and related and related[-1] and units[-1].words >= _CUT_MIN_WORDS:
        related[-1] = False
        if len(units) > 1 and sum(related[start:]) < _RUN_MIN:
            related = [False] * len(units)  # the run it ended is too short now
    listy = _neighbours_listy(units, start)
    seen_body = any(u.kind == "subheading" for u in units[:start])  # a standfirst heads the body
    after_label = False
    after_colon = False
    after_related = False  # right after a related headline under a list's label
    last_text = next(
        (i for i in range(len(units) - 1, start - 1, -1) if units[i].kind == "text"), -1
    )
    last_long: list[int] = []  # the body's last long line, found when a tags label needs it
    for i in range(start, len(units)):
        unit = units[i]
        if unit.kind == "boilerplate":
            after_label = seen_body and opens_list(unit.role, unit.key)
            continue
        if unit.kind == "text" and _tags_value(units, i, start, last_long):
            unit.kind, unit.role = "boilerplate", "tags"  # "تصنيفات" / "منوعات": the label's value
            continue
        if (
            after_related
            and i == last_text
            and unit.kind == "text"
            and is_long(unit)
            and unit.key.rstrip().endswith(_SNIPPET_ENDS)
        ):
            # "شاهد أيضا" / a headline / its snippet cut short, then only the page's furniture
            unit.kind, unit.role = "boilerplate", "related"
            continue
        after_related = False
        if unit.kind in _DONE:
            if (
                related[i]
                and seen_body
                and unit.kind == "header"
                and not opens_with_date_label(unit.key)
            ):
                # a teaser's date in the list ("تاريخ النشر: ..." is the page's own, labelled)
                unit.kind, unit.role = "boilerplate", "related"
            continue
        if is_bare_count(unit.key):
            unit.kind, unit.role = "boilerplate", "comments"  # "849": a counter, its word lost
            continue
        box = (
            _about_the_author(units, i)
            if seen_body and unit.kind == "text" and unit.key.startswith(_ABOUT_OPENING)
            else 0
        )
        if box:  # "عن سامر الخطيب" / "شاهد أيضاً": a theme's author box over its related list
            for boxed in units[i : i + box]:
                # not role "author" (read as the byline): the box often shows the site's account
                boxed.kind, boxed.role = "boilerplate", "author_box"
            continue
        if title is not None and _title_again(unit, title):
            unit.kind, unit.role = "boilerplate", "title"  # the headline as a photo's caption
            continue
        in_list = after_label or (related[i] and seen_body and not after_colon)
        # under a list's label, bulleted headlines too ("اقرأ أيضا" / "- HEADLINE")
        listed = after_label and unit.kind == "item" and _headline_shaped(unit, item=True)
        # a question or exclamation only right under the label: "شاهد أيضا" / "... ؟"
        before = units[i - 1]
        question = after_label and before.kind == "boilerplate" and before.role != "related"
        if in_list and (listed or _headline_shaped(unit, question=question)):
            unit.kind, unit.role = "boilerplate", "related"
            after_related = after_label
            continue
        after_label = False
        heads_body = followed[i] and seen_body and not after_colon
        unit.kind = _body_kind(unit, followed[i], heads_body, listy[i])
        if unit.kind == "subheading" and _furniture_heading(unit):
            unit.kind, unit.role = "boilerplate", "nav"
            continue
        if unit.kind == "paragraph":
            seen_body = True
            # a line ending with ":" opens a list: the short lines under it are its items
            after_colon = unit.end_class == "colon" or (
                after_colon and (_heading_shaped(unit) or unit.end_class not in FINAL)
            )


def _title_again(unit: Unit, title: Unit) -> bool:
    """A body line that is the title again, maybe cut short after four words or more (a photo's
    caption): never longer than the title."""
    return (
        unit.kind == "text"
        and len(unit.key) <= len(title.key) + _TITLE_AGAIN_SLACK
        and (repeats(unit, title) or cut_copy(unit, title))
    )


def latin_only(key: str) -> bool:
    """Latin letters and no Arabic one: in an Arabic page, a short such line is furniture ("IMG
    8286", "No Image", "spot_img", "View all comments": an image's alt text, a theme's label)."""
    return _LATIN_LETTER.search(key) is not None and _ARABIC_LETTER.search(key) is None


def _furniture_heading(unit: Unit) -> bool:
    """A heading-shaped line that is page furniture: Latin letters only, or the site's name
    said twice."""
    return latin_only(unit.key) or doubled_name(unit)


def _body_kind(unit: Unit, followed: bool, heads_body: bool, listy: bool) -> str:
    """The kind of a body unit; `heads_body`: body text before and after it, not in a list."""
    if unit.kind == "heading":
        return "subheading" if followed else "paragraph"
    if unit.kind == "item":
        return "paragraph"
    shaped = heads_body and (_heading_shaped(unit) or _place_alone(unit))
    if unit.kind == "numbered":
        return "subheading" if shaped and not listy else "paragraph"
    return "subheading" if shaped else "paragraph"
