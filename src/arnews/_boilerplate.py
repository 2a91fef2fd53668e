# Page furniture: which lines are boilerplate (share bars, "اقرأ أيضا", tags, copyright, photo
# captions, navigation crumbs, comment forms) and which lines name a site section.
# Rule: the phrases are data (lexicon/boilerplate.tsv, lexicon/sections.tsv); this module only
# matches them on a line's folded key, anchored (whole line or line start) or, for the few
# "any" phrases, inside a short line; the tables are compiled once, on first use, in
# _boilerplate_lexicon.
"""Boilerplate phrases and section names."""

from __future__ import annotations

import functools
import re

import regex

from ._boilerplate_lexicon import (
    Phrases,
    first_token,
    phrase_table,
    section_table,
    squeeze,
    unwrap,
)
from ._byline import opens_with_given_name
from ._credits import opens_like_dateline
from ._crumbs import crumb_then_headline, glued_home, is_crumb, lost_marks_crumb
from ._places import lookup_agency
from ._segment import SHORT_LINE_CHARS, SHORT_LINES_CACHED, count_words, ending, norm_key

__all__ = [
    "crumb_then_headline",
    "furniture_kind",
    "holds_masthead",
    "is_bare_count",
    "is_lone_credit",
    "is_menu_entry",
    "is_section",
    "opens_list",
    "page_stats",
    "unwrap",
]

_ANY_MAX_CHARS = 200
_START_MAX_CHARS = 400
_LINE_MAX_CHARS = 80
_DOMAIN_MAX_CHARS = 60
_BAR_MAX_WORDS = 12
_CAPTION_MIN_WORDS = 4
_LIST_KINDS = frozenset({"read_more", "related"})

_URL_LINE = regex.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+", regex.IGNORECASE)
# An image the scraper kept as markup, alone on its line (maybe several): "<image>...</image>",
# a markdown "![alt](url)", or an empty "![]()"; a run of percent escapes ("%d8%a7%d8%b3-2"):
# a page's address slug
_IMAGE = r"(?:<image>[^\n]{0,2000}?</image>|!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\))"
_IMAGE_LINE = re.compile(rf"{_IMAGE}(?:[ \t|]*{_IMAGE})*[ \t|]*", re.IGNORECASE)
# each piece opens with its own characters (an escape's "%" is no slug letter): linear
# (the slug's dashes may have become spaces: "%d9%88%d9%81 %d9%81%d9%86")
_SLUG_LINE = re.compile(r"(?:%[0-9a-fA-F]{2}|[0-9a-zA-Z._~/-])+(?: (?:%[0-9a-fA-F]{2})+)*")
# A bare domain alone ("alquds.co.uk"): an aggregator naming the article's source site
_DOMAIN_LINE = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*\.[a-zA-Z]{2,6}")
# "60 مشاهدة", "1٬039 مشاهدة" (thousands grouped; ٬ folds to ","), "2.5K views": a counter
_COUNT = r"[0-9]+(?:[,.][0-9]{3})*(?:\.[0-9])?[kK]?"
_COUNT_LINE = regex.compile(rf"{_COUNT}\s*(?P<word>\S.*)")
# a word and a time of day: "الفجر 04:42", "العشاء : 7:18 م" (no date: a widget's row)
_CLOCK_LINE = regex.compile(
    r"(?P<word>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]*:?[ \t]*[0-9]{1,2}:[0-9]{2}"
    r"(?:[ \t]*(?:[صمaApP]|مساء|صباحا|am|pm|AM|PM)\S*)?"
)
_STATS_EDGES = " \t|•·-–—"
_COUNTED = re.compile(r"[0-9]|تعليق")  # a number, or "لا تعليقات"
# a cheap look; "قراءات: 1067": a counter's word, a colon and its number
_STATS_FIRST = re.compile(
    r"[ \t|•·\-–—]*(?:[0-9]|عدد|ال|لا|قسم|مصنف|التصنيف|\w+[ \t]*:[ \t]*[0-9])"
)
# A number alone, not a year (a year alone may finish a date line above it: _units.py)
_BARE_COUNT = re.compile(rf"(?!(?:19|20)[0-9]{{2}}$){_COUNT}")
# an embedded post's signature line: a dash, the account's name, its handle, the date
_POST_SIGNATURE = regex.compile(
    r"[—–-]\s*[^()\n]{1,120}\(@\w{1,30}\)\s*(?:\p{L}+\.?\s+[0-9]{1,2},?\s+[0-9]{4}"
    r"|[0-9]{1,2}\s+\p{L}+\s+[0-9]{4})"
)
# a tag list's commas: ASCII, never between two digits
_TAG_COMMA = regex.compile(r"(?<![0-9]),|,(?![0-9])")
_UNSPACED_COMMA = regex.compile(r"(?<![0-9]),(?=[^\s0-9])")
_HAS_LETTER = regex.compile(r"\p{L}")
_TAG_LIST_MIN_ITEMS = 4
_TAG_MAX_WORDS = 4
_COMMAS = "،,"
_ANY_COMMA = re.compile(f"[{_COMMAS}]")
_SHORT_TAGS_MAX_CHARS = 60
_SHORT_TAGS_MIN_ITEMS, _SHORT_TAGS_MAX_ITEMS = 2, 6
_SHORT_TAG_MAX_WORDS = 3
_BAR_MENU_MIN_ITEMS = 3
_HASHTAGS = regex.compile(r"(?:#[^\s#,،]+[\s,،]*)+")
_BAR_SPLIT = regex.compile(r"[\s|·•▪/\\،,\-–—()]+")
_GALLERY = re.compile(r"([0-9]{1,3}) ?/ ?([0-9]{1,3})")  # "1 / 45": a photo gallery's place
# a social network's photo file names the scraper kept: "17425851_272638076523622_3673..._n"
_PHOTO_FILE = r"[0-9]{5,}_[0-9]{5,}_[0-9]{5,}_[a-z](?:\.(?:jpe?g|png|webp))?"
# a CMS's resized picture, by its file name: "NAME-PARTS-598x337" (width x height), maybe ".jpg"
_RESIZED_IMAGE = re.compile(r"[\w.-]{3,}-[0-9]{2,4}x[0-9]{2,4}(?:\.(?:jpe?g|png|webp|gif))?", re.I)
_PHOTO_FILES = re.compile(rf"{_PHOTO_FILE}(?:[ \t]+{_PHOTO_FILE})*", re.IGNORECASE)
# a slash between two digits is a date's ("10/02/2021"), never a crumb's mark
_LABEL_SEP = re.compile(r"[:|]")
_LABEL_SPLIT = re.compile(r"\s*[:|]+\s*")
_CREDIT_TAIL = regex.compile(r"\(\s*([^()\n]{2,40}?)\s*\)\s*$")
_MEDIA_FLAGS = frozenset({"صوره", "صور"})  # "(صورة)" closing a headline: a picture goes with it
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}")  # an e-mail address
# "... Source: SBS": the picture's source closing a caption (an English label in Arabic text)
_SOURCE_TAIL = regex.compile(r"[ \t]Source[ \t]*:[ \t]*\w+(?:[ \t]+\w+){0,2}[ \t]*$", regex.I)
# the words that name a picture's maker (folded); after a comma or alone on the line only those
# that never open a sentence's noun ("صورة الوضع ..."): "تصوير", "عدسة" (the lens of ...)
_PHOTOGRAPHER_WORDS = ("تصوير", "عدسه")
_PICTURE_WORDS = (*_PHOTOGRAPHER_WORDS, "صوره", "الصوره")
# "... - تصوير: NAME", "... - صورة: NAME", "...، عدسة NAME": a photographer's credit closing a
# caption, after a dash or a comma
_DASH_MARKS = "-–—"
_CREDIT_MARKS = (_DASH_MARKS, _COMMAS)
_PHOTO_CREDIT = regex.compile(
    rf"(?:[{_DASH_MARKS}][ \t]*(?:{'|'.join(_PICTURE_WORDS)})"
    rf"|[{_COMMAS}][ \t]*(?:{'|'.join(_PHOTOGRAPHER_WORDS)}))"
    r"[ \t]*:?[ \t]*\w+(?:[ \t]+\w+){0,3}[ \t]*"
)
_PHOTOGRAPHER_MIN_WORDS, _PHOTOGRAPHER_MAX_WORDS = 3, 4
_WORD_SPAN = regex.compile(r"[^\W\d_]+")  # a word of letters
_INITIALS = re.compile("(?:[\u0621-\u064a][ .]){1,3}[\u0621-\u064a]\\.?")
_INITIALS_MAX_CHARS = 12
_LONE_CREDIT = regex.compile(r"\(\s*([^()\n]{2,40}?)\s*\)")


@functools.cache
def _stats_pattern() -> regex.Pattern[str]:
    """Page statistics to the end of the line: counters ("543 مشاهدة", "عدد الزيارات 699",
    "التعليقات 0", "لا تعليقات") and the section ("القسم عربية", "مصنفة في شؤون محلية").

    Each item is an atomic group and the repetition possessive: a line of many section words
    ("قسم قسم قسم ...") can be cut into items one way only, so the match is linear."""
    words = "|".join(
        regex.escape(w) for w in sorted(phrase_table().counts, key=lambda w: (-len(w), w))
    )
    item = (
        rf"(?>{_COUNT}[ \t]*(?:ال)?(?:{words})"
        rf"|(?:عدد[ \t]+)?(?:ال)?(?:{words})[ \t]*:?[ \t]*{_COUNT}"
        r"|لا[ \t]+(?:توجد[ \t]+)?تعليقات?"  # "لا تعليقات": none yet
        # the section it was filed under: "القسم عربية", "مصنفة في شؤون محلية"
        r"|(?:التصنيف|القسم|مصنفه|مصنف|قسم)(?:[ \t]+في)?(?:[ \t]*:[ \t]*|[ \t]+)"
        r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})"
    )
    gap = r"[ \t|•·,،\-–—/]*+"
    return regex.compile(rf"{item}(?:{gap}{item})*+[ \t]*+", regex.IGNORECASE)


def page_stats(key: str) -> bool:
    """Whether the folded `key` is only page statistics: "543 مشاهدة", "عدد الزيارات 699
    التعليقات 0 القسم عربية" (what a page prints after its date)."""
    return _stats_pattern().fullmatch(key.strip()) is not None


def is_bare_count(key: str) -> bool:
    """A number alone on its line ("849", "1٬039", "5k"), not a year: a share, view or comment
    counter whose word the scraper dropped. Asked of body units, after short lines were joined
    (a weather widget's "29" / "o" / "بيروت" stays one piece)."""
    key = key.strip(" \t|+-")  # "| 1234": a counter in the page's meta bar; "+ 16 -": a font size
    return key[:1].isdigit() and _BARE_COUNT.fullmatch(key) is not None


def furniture_kind(key: str) -> str | None:
    """The boilerplate kind of a line whose folded key is `key` ("share", "tags", ...), or None."""
    if len(key) <= SHORT_LINE_CHARS:  # short lines repeat: see _segment.SHORT_LINES_CACHED
        return _short_furniture_kind(key)
    return _furniture_kind(key)


@functools.lru_cache(maxsize=SHORT_LINES_CACHED)
def _short_furniture_kind(key: str) -> str | None:
    return _furniture_kind(key)


def _furniture_kind(key: str) -> str | None:
    phrases = phrase_table()
    size = len(key)
    if ("://" in key[:12] or key[:4] == "www.") and _URL_LINE.fullmatch(key.strip()):
        return "link"  # a bare address: the page's own, or an embed the scraper did not load
    if size <= _DOMAIN_MAX_CHARS and "." in key and _DOMAIN_LINE.fullmatch(key.strip()):
        return "link"
    if key[:1] in "<!" and _IMAGE_LINE.fullmatch(key.strip()):
        return "caption"  # the picture, its alt text inside
    if key[:1] == "%" and key.count("%") >= 2 and _SLUG_LINE.fullmatch(key.strip()):
        return "link"
    if key[:1].isdigit() and "_" in key[:24] and _PHOTO_FILES.fullmatch(key.strip()):
        return "caption"  # the pictures, by their file names
    if key[-1:].isdigit() and "x" in key[-10:] and _RESIZED_IMAGE.fullmatch(key.strip()):
        return "caption"  # "iraq_flag_by_NAME-d3hgobk-598x337": a resized picture's file name
    if "@" in key and size <= _ANY_MAX_CHARS and _EMAIL.search(key):
        return "link"  # "للتواصل ... info@site.net": a contact line, never the story's text
    if "{{" in key and "}}" in key and size <= _ANY_MAX_CHARS:
        return "nav"  # "التعليقات {{getCommentCount()}}": a theme's template, never rendered
    if size <= _LINE_MAX_CHARS:
        counted = _COUNT_LINE.fullmatch(key.strip()) if key[:1].isdigit() else None
        if counted is not None and (kind := phrases.counts.get(norm_key(counted["word"]))):
            return kind
        timed = _CLOCK_LINE.fullmatch(key.strip()) if ":" in key else None
        if timed is not None and (kind := phrases.clocks.get(norm_key(timed["word"]))):
            return kind  # "الفجر 04:42": a prayer-times widget's row
        whole = norm_key(key)
        if whole in phrases.line:
            return phrases.line[whole]
        if _STATS_FIRST.match(key) and _COUNTED.search(key) and page_stats(key.strip(_STATS_EDGES)):
            return "comments"  # "| عدد القراءات : 711", "127 عدد القراءات" (a count in it)
        if key.lstrip().startswith("#") and _HASHTAGS.fullmatch(key.strip()):
            return "tags"
        bar = _bar_kind(whole, phrases.bar)
        if bar is not None:
            return bar
        gallery = _GALLERY.fullmatch(key.strip()) if key[:1].isdigit() else None
        if gallery is not None and int(gallery[1]) <= int(gallery[2]) and int(gallery[2]) > 12:
            return "nav"  # never a day and month: the second number is over twelve
        initials = size <= _INITIALS_MAX_CHARS and _INITIALS.fullmatch(key.strip()) is not None
        if initials and lookup_agency(key) is None:
            return "masthead"  # "ع م ر", "ق.م": an editor's initials ("أ ف ب" is AFP's)
        if _said_twice(whole):
            return "nav"  # "الاخبار : الاخبار": a menu's label said twice
        if glued_home(key) or lost_marks_crumb(whole) or is_crumb(key, phrases.line):
            return "nav"  # "الرئيسية > أخبار", "الرئيسيةفن و ثقافةHEADLINE", "الرئيسية رياضة"
    if size > _START_MAX_CHARS:
        return None  # a paragraph: every check below is for shorter lines
    if "," in key and key.count(",") >= _TAG_LIST_MIN_ITEMS - 1 and _tag_list(key):
        return "tags"
    last = key[-1:] if key[-1:] not in " \t" else key.rstrip()[-1:]  # keys are mostly trimmed
    if last in _COMMAS and _short_tag_line(key):
        return "tags"  # "السلمية ، انقطاع المياه ،": a few tags, a comma closing the line
    if last == "|" and key.lstrip()[:1] == "|" and _bar_menu(key):
        return "nav"  # "| الناس | الثقافية | وثائق | للاتصال بنا |": a menu, bars at both ends
    if "(@" in key and _POST_SIGNATURE.fullmatch(key.strip()):
        return "embed"  # "— NAME (@handle) February 20, 2023": an embedded post's signature
    start, anywhere = phrases.start, phrases.anywhere
    if start and _opens_with_opener(key, phrases):
        m = start.match(key)
        if m is not None:
            return phrases.kinds.get(squeeze(m.group("p")), "more")
    if size > _ANY_MAX_CHARS:
        return None
    if anywhere and _may_hold_any(key, phrases):
        m = anywhere.search(key)
        if m is not None:
            return phrases.kinds.get(squeeze(m.group("p")), "copyright")
    if _is_credited_caption(key):
        return "caption"
    return None


def _tag_list(key: str) -> bool:
    """A CMS's tag list: four or more short items (one to four words, each with a letter) parted
    by ASCII commas the way no sentence is: with no space after most of them ("الاردن,اخبار
    الاردن,الطقس") or a comma closing the line ("ناسا, فلك, كواكب,"). A comma between digits
    ("2,266,373") parts no items."""
    items = [p.strip() for p in _TAG_COMMA.split(key.strip())]
    trailing = not items[-1]
    items = [p for p in items if p]
    if len(items) < _TAG_LIST_MIN_ITEMS:
        return False
    if any(count_words(p) > _TAG_MAX_WORDS or not _HAS_LETTER.search(p) for p in items):
        return False
    unspaced = len(_UNSPACED_COMMA.findall(key))
    return trailing or unspaced * 2 >= len(items) - 1


def _bar_menu(key: str) -> bool:
    """Three entries or more of one to three words each between bars, a bar at both ends of
    the line: a site's menu (no headline opens and closes with a bar)."""
    items = [p.strip() for p in key.strip().strip("|").split("|")]
    return len(items) >= _BAR_MENU_MIN_ITEMS and all(
        p and count_words(p) <= _SHORT_TAG_MAX_WORDS and _HAS_LETTER.search(p) for p in items
    )


def _short_tag_line(key: str) -> bool:
    """Two to six short items (one to three words, each with a letter) parted by Arabic or
    ASCII commas, a comma closing the line: a few tags under the headline. A sentence's line
    ends with a full stop, or, wrapped after a comma, holds longer clauses."""
    if len(key) > _SHORT_TAGS_MAX_CHARS:
        return False
    items = [p.strip() for p in _ANY_COMMA.split(key)]
    items = [p for p in items if p]
    return _SHORT_TAGS_MIN_ITEMS <= len(items) <= _SHORT_TAGS_MAX_ITEMS and all(
        count_words(p) <= _SHORT_TAG_MAX_WORDS and _HAS_LETTER.search(p) for p in items
    )


def _opens_with_opener(key: str, phrases: Phrases) -> bool:
    """Whether the first word of the line `key` (case-folded) opens a "start" phrase."""
    # Finding the first word (a `regex` match) costs more than the rest of furniture_kind on
    # most lines. A line opening with a letter has its first word at 0: that word can be an
    # opener only when the line opens with an opener's first two letters (or a one-letter one).
    # casefold() maps each character on its own: the head of the folded line is the fold of
    # its head, so the long line is case-folded only when its head may open a phrase.
    head = key[:2].casefold()[:2]
    first, heads = head[:1], phrases.opener_heads
    if ("a" <= first <= "z" or "\u0621" <= first <= "\u064a") and not (
        head in heads or first in heads
    ):
        return False
    return first_token(key[:_ANY_MAX_CHARS].casefold()) in phrases.openers


def _may_hold_any(key: str, phrases: Phrases) -> bool:
    """Whether the "any" regex may match `key`."""
    # With IGNORECASE the regex matches "İ" (U+0130) as "i", but casefold() makes it "i̇": a
    # needle holding "i" can miss a line the regex matches. Such a line is decided by the
    # phrases' first words, the needles it always had, so that it matches as before.
    if "\u0130" in key:
        return any(map(key.casefold().__contains__, phrases.first_words))
    # Arabic letters have no case: their needles are found in the line as it is. Folding the
    # case of a long line costs more than all the Arabic needles; it is done only when the line
    # holds a character that may fold into a Latin needle's.
    if any(map(key.__contains__, phrases.uncased_needles)):
        return True
    if phrases.cased_chars.search(key) is None:
        return False
    return any(map(key.casefold().__contains__, phrases.cased_needles))


def _bar_kind(whole: str, bar: dict[str, str]) -> str | None:
    """A bar of one-word furniture ("فيسبوك تويتر واتساب", "A+ A-"): the first word's kind."""
    tokens: list[str] = []
    for piece in _BAR_SPLIT.split(whole):
        token = norm_key(piece) if piece else ""
        if token and token not in bar:
            return None  # most lines: their first word is no bar word
        if token:
            tokens.append(token)
    if len(tokens) < 2 or len(tokens) > _BAR_MAX_WORDS:
        return None
    return bar[tokens[0]]


def _said_twice(whole: str) -> bool:
    """A label repeated around a separator ("الاخبار : الاخبار", "رياضة | رياضة")."""
    if not _LABEL_SEP.search(whole):
        return False
    parts = [p for p in _LABEL_SPLIT.split(whole) if p]
    return len(parts) > 1 and len(set(parts)) == 1 and not parts[0].isdigit()  # "00:00"


@functools.cache
def _masthead_phrases() -> tuple[str, ...]:
    """The longer masthead phrases ("رئيس مجلس الاداره ورئيس التحرير"): inside any line they
    mark the paper's officers, glued to the paper's name or an officer's name."""
    phrases = phrase_table()
    return tuple(
        p for p, kind in phrases.line.items() if kind == "masthead" and len(p.split()) >= 4
    )


def holds_masthead(key: str) -> bool:
    """Whether the folded line holds a long masthead phrase (never a headline)."""
    whole = norm_key(key)
    return any(p in whole for p in _masthead_phrases())


def _is_credited_caption(key: str) -> bool:
    """A photo caption: a phrase of some words ending in a credit, "جنود في الشارع (أ ف ب)",
    in a caption word, "وزير الخارجية خلال المؤتمر (أرشيف)", in its photographer's credit, or
    in its source's ("... Source: SBS")."""
    if _photo_credit_tail(key) or _photographer_alone(key):
        return True
    m = _SOURCE_TAIL.search(key) if "ource" in key else None
    if m is not None:  # "... في أستراليا Source: SBS": a picture's source, in English
        before = key[: m.start()].rstrip()
        return count_words(before) >= _CAPTION_MIN_WORDS and ending(before) == "open"
    m = _CREDIT_TAIL.search(key) if ")" in key else None
    if m is None:
        return False
    before = key[: m.start()].rstrip()
    if count_words(before) < _CAPTION_MIN_WORDS:
        return False
    word = norm_key(m.group(1))
    if _opens_with_caption_label(word):
        # "... (الصورة من وكالة يونهاب للأنباء)": the picture's source names it, even after
        # the caption's full stop
        return True
    if ending(before) != "open" or opens_like_dateline(before):
        return False
    if word in _MEDIA_FLAGS:
        return False  # "... طابور الصباح (صورة)": a headline's flag that a picture goes with it
    if phrase_table().line.get(word) == "caption":
        return True
    return lookup_agency(m.group(1)) is not None


def _opens_with_caption_label(key: str) -> bool:
    """Whether the folded `key` opens with a caption's `start` label ("الصورة من", "تصوير:")."""
    phrases = phrase_table()
    m = phrases.start.match(key) if phrases.start is not None else None
    return m is not None and phrases.kinds.get(squeeze(m.group("p"))) == "caption"


def _photographer_alone(key: str) -> bool:
    """A photographer's credit alone on its line, with no mark after the word: "تصوير يوسف
    حيدر" (the name opening with a first name of given_names.tsv, two or three words)."""
    if not key.startswith(_PHOTOGRAPHER_WORDS):
        return False  # a cheap look first: most lines open with another word
    words = [m.span() for m in _WORD_SPAN.finditer(key)]
    return (
        _PHOTOGRAPHER_MIN_WORDS <= len(words) <= _PHOTOGRAPHER_MAX_WORDS
        and key[words[0][0] : words[0][1]] in _PHOTOGRAPHER_WORDS
        and opens_with_given_name(key, words[1:])
    )


def _photo_credit_tail(key: str) -> bool:
    """A caption of four words or more closed by its photographer's credit after a dash or a
    comma ("طفل يملأ الماء من صنبور عام - تصوير: سعاد حسن", "...، عدسة سامر علي")."""
    if not any(word in key for word in _PICTURE_WORDS):
        return False  # `in` is far cheaper than looking for the last dash
    for marks in _CREDIT_MARKS:
        at = max(key.rfind(d) for d in marks)
        if at >= 0 and _PHOTO_CREDIT.fullmatch(key, at) is not None:
            return count_words(key[:at]) >= _CAPTION_MIN_WORDS
    return False


def is_lone_credit(key: str) -> bool:
    """A line that is only a bracketed agency credit, "(أ ف ب)"."""
    m = _LONE_CREDIT.fullmatch(key.strip())
    return m is not None and lookup_agency(m.group(1)) is not None


def is_section(key: str) -> bool:
    """True when the whole line names a site section ("محليات", "رأي ومقالات")."""
    return len(key) <= _LINE_MAX_CHARS and norm_key(key) in section_table()


def is_menu_entry(key: str) -> bool:
    """True when the whole line is a menu entry of boilerplate.tsv ("الرئيسية", "اتصل بنا"):
    a `line` row of kind nav (a dictionary look-up, no other furniture test)."""
    return len(key) <= _LINE_MAX_CHARS and phrase_table().line.get(norm_key(key)) == "nav"


def opens_list(kind: str | None, key: str) -> bool:
    """True for a bare list label ("اقرأ أيضا:", "الأكثر قراءة"): headlines follow it."""
    if kind not in _LIST_KINDS:
        return False
    phrases = phrase_table()
    m = phrases.start.match(key) if phrases.start is not None else None
    return m is not None and not norm_key(key[m.end() :])
