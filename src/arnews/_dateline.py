# The credits stage: the dateline, credits and byline of an article, cut out of its blocks; the
# opening is read here, the closing credits in _closing.py.
# Rule: looks only where they occur — the lines before the body and the first line of the first
# paragraph (a window of 200 characters, _block_opening.py), then the end of the body — never
# the whole body.
# The first paragraph keeps none of the opening; every non-white-space character stays in
# exactly one block.
"""Dateline, credits and byline of an article."""

from __future__ import annotations

from dataclasses import dataclass, field

from ._block_opening import TRAILING_SEPARATORS, Opening, find_author, find_opening
from ._byline import desk_then_sep, desk_word_end, read_label
from ._closing import find_closing, is_caption_block
from ._credits import closing_line, make_agencies
from ._date_tails import outlet_tail
from ._datebars import is_date_line
from ._fold import clean_text, fold, fold_key, fold_word
from ._lexicon import index
from ._model import Agency, Byline, Dateline, ParseWarning
from ._segment import ending, same_line
from ._structure import RawBlock
from ._writer_lines import outlet_and_writer, writer_in_headline

__all__ = ["Credits", "Opening", "find_author", "find_credits", "find_opening"]

_AUTHOR_MAX_CHARS = 60  # a reporter's name alone on its line
_OPENING_BLOCKS = 6  # blocks looked at before the body
_DESK_LOOK = 24  # characters enough for a desk label and its separator
_QUOTES = frozenset('"“”«')  # marks an outlet's name may stand in after the desk's word
_BYLINE_LOOKAHEAD = 8  # lines below the first body block where a labelled byline may stand
_TEASERS_ABOVE_BYLINE = 2  # long lines (a teaser, a standfirst) that may stand above it
_AUTHOR_BELOW = 2  # lines below the first body block where a bare name may stand
_SECTIONS_COLUMNS = 3
_SECTION_ROLE = "section"
_LINES = ("title", "paragraph", "subheading", "dateline", "byline")
_BODY = ("paragraph",)
_OPENING_KINDS = ("dateline", "byline")
_NOT_LINES = ("boilerplate", "header")
_DATE_ROLE = "date"  # the layout's role for a date line
_DATE_REST_MAX_CHARS = 80  # a date line left after a byline on its line
_AUTHOR = "author"  # the layout's role for writers' names on a date line (_units.py)
_AUTHOR_LOOK = 12  # blocks of the page's head where such names may stand
_SOURCE = "source"  # the boilerplate role of a source line
_STANDFIRST = "standfirst"


@dataclass(frozen=True, slots=True)
class Credits:
    """Dateline, credits and byline of an article, and the blocks re-cut around them."""

    blocks: list[RawBlock]
    dateline: Dateline | None = None
    agencies: tuple[Agency, ...] = ()
    byline: Byline | None = None
    date_span: tuple[int, int] | None = None  # a date printed inside the dateline
    warnings: tuple[ParseWarning, ...] = ()


def _next_is_body(blocks: list[RawBlock], i: int, *, past_dates: bool = False) -> bool:
    """Whether the body's paragraph comes next after block `i` (boilerplate aside, and with
    `past_dates` the page's date lines too)."""
    nxt = next(
        (
            b
            for b in blocks[i + 1 :]
            if b.kind != "boilerplate"
            and not (past_dates and b.kind == "header" and b.role == _DATE_ROLE)
        ),
        None,
    )
    return nxt is not None and nxt.kind == "paragraph"


@dataclass(slots=True)
class _State:
    blocks: list[RawBlock]
    dateline: Dateline | None = None
    byline: Byline | None = None
    date_span: tuple[int, int] | None = None
    opening: list[Agency] = field(default_factory=list)
    lone_at: int | None = None  # the block of a dateline that is a known place alone

    def take(self, found: Opening) -> None:
        self.dateline = self.dateline or found.dateline
        self.byline = self.byline or found.byline
        if self.date_span is None:
            self.date_span = found.date_span
        self.opening.extend(found.agencies)


def find_credits(text: str, blocks: list[RawBlock], *, listing: bool = False) -> Credits:
    """Find the dateline, credits and byline, and cut them out of the blocks they sit in."""
    if listing:
        return Credits(blocks)
    state = _State(list(blocks))
    _authors(text, state)
    body_index = _open(text, state)
    closing = find_closing(text, state.blocks, body_index)
    state.byline = state.byline or closing.byline or _columnist(text, state.blocks)
    agencies = tuple(state.opening) + closing.agencies
    warnings: list[ParseWarning] = []
    if state.dateline is not None and state.dateline.place_en is None:
        message = f"the dateline place {state.dateline.place!r} is not in the gazetteer"
        warnings.append(ParseWarning("unknown-place", message, state.dateline.span))
    for agency in agencies:
        if agency.name is None:
            message = f"the credit {agency.text!r} is not in the agency lexicon"
            warnings.append(ParseWarning("unknown-agency", message, agency.span))
    return Credits(
        state.blocks, state.dateline, agencies, state.byline, state.date_span, tuple(warnings)
    )


def _open(text: str, state: _State) -> int:
    """Cut the lines before the body and the first paragraph's opening; returns the index of
    the first body block."""
    blocks = state.blocks
    looked = 0
    i = 0
    while i < len(blocks) and looked < _OPENING_BLOCKS:
        block = blocks[i]
        if block.kind == "boilerplate" and block.role == _SOURCE:
            state.opening.extend(_source_credits(text, block))  # "المصدر: رويترز" above the body
            i += 1
            continue
        if block.kind == "header" and block.role == _DATE_ROLE and _next_is_body(blocks, i):
            placed = _placed_date_line(text, block)  # "الرباط – الجمعة 9 يناير 2026"
            if placed is not None:
                blocks[i : i + 1] = _cut(text, block, placed)
                state.take(placed)
            i += 1
            continue
        if block.kind not in _LINES and not _on_header_line(text, blocks, i):
            i += 1
            continue
        looked += 1
        if is_caption_block(text, block):
            i += 1
            continue
        found = find_opening(text, block.start, block.end)
        if (
            found is None
            and block.end - block.start <= _AUTHOR_MAX_CHARS
            and _next_is_body(blocks, i)
        ):
            found = find_author(text, block.start, block.end)  # "عصام الفلاني" above the body
        body = block.kind in _BODY and block.role != _STANDFIRST
        trusted = body or block.kind in _OPENING_KINDS  # the layout already saw an opening
        if found is not None and found.whole and _line_ok(text, blocks, i, found, trusted):
            if state.lone_at == i - 1 and found.dateline is not None and not found.alone:
                # "الإمارات" / "الشارقة: الوطن": the place alone above was the page's label
                lone = blocks[i - 1]
                blocks[i - 1] = RawBlock("header", lone.start, lone.end, _SECTION_ROLE)
                state.dateline = None
            blocks[i : i + 1] = _cut(text, block, found)
            state.take(found)
            bare = found.alone and not found.agencies and found.byline is None
            state.lone_at = i if bare and len(found.pieces) == 1 else None
            i += len(found.pieces)
            continue
        if body:
            if found is not None and not found.whole:
                blocks[i : i + 1] = _cut(text, block, found)
                state.take(found)
                return _place_below(text, state, i + len(found.pieces))
            if found is None and state.byline is None:
                _labelled_byline_below(text, state, i)
            return i
        i += 1
    return i


def _place_below(text: str, state: _State, i: int) -> int:
    """After an opening with no place, cut from the first line of a block ("يمن بوست/ متابعات"
    over "الضالع", joined by the layout): the rest of that block, when it is a known place
    alone on its line right above the body, is the dateline. Returns the first body index."""
    blocks = state.blocks
    if state.dateline is not None or i >= len(blocks) or blocks[i].kind != "paragraph":
        return i
    found = find_opening(text, blocks[i].start, blocks[i].end)
    if found is None or not (found.whole and found.alone) or not _place_alone_ok(text, blocks, i):
        return i
    blocks[i : i + 1] = _cut(text, blocks[i], found)
    state.take(found)
    return i + len(found.pieces)


def _placed_date_line(text: str, block: RawBlock) -> Opening | None:
    """A date line right above the body opening with a known place and a separator ("القاهرة –
    ١٨ ابريل ٢٠٢٥"): the dateline, its date the page's. Any other date line stays a header (a
    site's clock over its menus names its city too)."""
    found = find_opening(text, block.start, block.end)
    if (
        found is None
        or not found.whole
        or found.date_span is None
        or found.dateline is None
        or found.dateline.place_en is None
        or found.agencies
        or found.byline is not None
    ):
        return None
    return found


def _labelled_byline_below(text: str, state: _State, i: int) -> None:
    """A labelled byline line ("كتب - أحمد علي", "بقلم : سعاد حسن"), or an outlet's name and its
    writer's ("كيوبوست- أحمد علي", "سامر الحسيني - السفير"), a few lines below the first body
    block (a teaser, a standfirst or the name alone may stand above it), or a bare name of
    find_author one or two lines below it, right above the body: cut in place."""
    blocks = state.blocks
    seen = long_lines = 0
    for j in range(i + 1, len(blocks)):
        block = blocks[j]
        if block.kind in _NOT_LINES:
            continue
        seen += 1
        if seen > _BYLINE_LOOKAHEAD or block.kind not in _LINES:
            return
        if block.end - block.start > _AUTHOR_MAX_CHARS:
            long_lines += 1
            if long_lines > _TEASERS_ABOVE_BYLINE:
                return  # the body proper has begun
            continue
        key = fold_key(text, block.start, block.end)
        labelled = read_label(key, 0, len(key)) is not None
        writer = outlet_and_writer(key) is not None
        author_next = (
            seen <= _AUTHOR_BELOW
            and _long_body_next(blocks, j)
            and not _sentence_goes_on(text, blocks[j - 1], key)
        )
        if not (labelled or writer) and not author_next:
            continue  # no label and no outlet: no opening read below could be cut
        found = find_opening(text, block.start, block.end)
        if found is None and author_next:
            found = find_author(text, block.start, block.end)  # "محمد هيلان" under a teaser
            if found is not None and not _names_below(text, blocks, j):
                blocks[j : j + 1] = _cut(text, block, found)
                state.take(found)
                return
            continue
        if found is None or not found.whole or found.byline is None or found.dateline is not None:
            continue
        if (not found.agencies and labelled) or writer:
            # "كتب - أحمد علي", or the outlet and its writer: "كيوبوست- أحمد علي"
            blocks[j : j + 1] = _cut(text, block, found)
            state.take(found)
            return


def _sentence_goes_on(text: str, before: RawBlock, key: str) -> bool:
    """Whether a short line closed by a full stop ends the sentence of the long line above it,
    cut mid-sentence ("... في كل من تيماوين وبرج" / "باجي مختار."): a place, never a name."""
    return (
        ending(key) == "stop"
        and before.end - before.start > _AUTHOR_MAX_CHARS
        and ending(text[before.start : before.end]) == "open"
    )


def _names_below(text: str, blocks: list[RawBlock], i: int) -> bool:
    """Whether another bare name stands alone between paragraphs below block `i`: the page's
    headings name people (a roundup of obituaries), and the first name is one of them."""
    return any(
        b.kind in _LINES
        and b.end - b.start <= _AUTHOR_MAX_CHARS
        and find_author(text, b.start, b.end) is not None
        for b in blocks[i + 1 :]
    )


def _long_body_next(blocks: list[RawBlock], i: int) -> bool:
    """Whether the body's paragraph after block `i` (boilerplate aside) is a long one: no
    labelled byline line ("كتب - NAME") stands between a bare name and the body."""
    nxt = next((b for b in blocks[i + 1 :] if b.kind != "boilerplate"), None)
    return nxt is not None and nxt.kind == "paragraph" and nxt.end - nxt.start > _AUTHOR_MAX_CHARS


def _columnist(text: str, blocks: list[RawBlock]) -> Byline | None:
    """The writer a column's title names ("سامر الحلبي يكتب: ..."): the byline, its span inside
    the title block (the title keeps its whole text)."""
    title = next((b for b in blocks if b.kind == "title"), None)
    if title is None:
        return None
    folded = fold(text, title.start, title.end)
    name = writer_in_headline(folded.key)
    if name is None:
        return None
    start, end = folded.span(name.start, name.end)
    return Byline(clean_text(text[start:end]), text[start:end], (start, end))


def _authors(text: str, state: _State) -> None:
    """The writers' names the layout found on the page's date line ("Ali Veli, Ayse Can |",
    role "author"), anywhere in the page's head: the byline."""
    for i, block in enumerate(state.blocks[:_AUTHOR_LOOK]):
        if block.kind == "boilerplate" and block.role == _AUTHOR:
            state.blocks[i] = RawBlock("byline", block.start, block.end)
            stop = block.start + len(text[block.start : block.end].rstrip(TRAILING_SEPARATORS))
            name = text[block.start : stop]
            state.byline = Byline(clean_text(name), name, (block.start, stop))
            return


def _source_credits(text: str, block: RawBlock) -> list[Agency]:
    """The credits of a source line ("المصدر: وكالة الأنباء العراقية"); unknown names kept."""
    folded = fold(text, block.start, block.end)
    line = closing_line(folded.key)
    if line is not None:
        return make_agencies(folded, line[1])
    outlet = outlet_tail(folded.key)  # "... 05 مساءً / سهيل نت": an outlet known by its shape
    return make_agencies(folded, [outlet]) if outlet is not None else []


def _line_ok(text: str, blocks: list[RawBlock], i: int, found: Opening, trusted: bool) -> bool:
    """Whether a whole line read as an opening is one: a place alone only right before the body;
    a line the layout called a title only with credits the lexicon knows, or a labelled byline."""
    if found.alone and not _place_alone_ok(text, blocks, i):
        return False
    if trusted:
        return True
    if found.agencies:
        # "خاص / المركز الخبري الوطني": after a desk label, an outlet the lexicon does not know
        return (
            all(a.name is not None for a in found.agencies)
            or _desk_first(text, blocks[i])
            or _place_then_desk(text, found)
        )
    if found.alone and blocks[i].kind == "subheading":
        return True  # "الضالع" under the outlet's line, the body below: no roundup's heading yet
    return found.byline is not None and found.dateline is None  # "كتب - محمد علي"


def _place_then_desk(text: str, found: Opening) -> bool:
    """Whether a known place and the desk's word open the dateline ("قامشلو خاص “OUTLET”"): the
    outlet after them is sure even when the lexicon does not know it."""
    dateline = found.dateline
    if dateline is None or dateline.place_en is None:
        return False
    start = dateline.span[0]
    key = fold_key(text, start, min(dateline.span[1], start + _DESK_LOOK))
    place = fold_key(dateline.place)
    if not key.startswith(place):
        return False
    at = len(place) + len(key[len(place) :]) - len(key[len(place) :].lstrip())
    return desk_word_end(key, at, len(key)) is not None


def _desk_first(text: str, block: RawBlock) -> bool:
    """Whether the block opens with a desk label ("خاص") and a slash, a dash or quotes."""
    key = fold_key(text, block.start, min(block.end, block.start + _DESK_LOOK))
    if desk_then_sep(key, 0, len(key)) is not None:
        return True
    desk_end = desk_word_end(key, 0, len(key))  # "خاص “صدى الوطن” –": the outlet in quotes
    return desk_end is not None and key[desk_end:].lstrip()[:1] in _QUOTES


def _cut(text: str, block: RawBlock, found: Opening) -> list[RawBlock]:
    out = [RawBlock(kind, s, e) for kind, s, e in found.pieces]
    if found.end < block.end:
        rest = text[found.end : block.end]
        start = found.end + len(rest) - len(rest.lstrip())
        if out and not any(map(str.isalnum, rest)):
            # marks left after a whole line's credit ("الهدى – النجف الاشرف .."): its end
            out[-1] = RawBlock(out[-1].kind, out[-1].start, block.end, out[-1].role)
        elif block.end - start <= _DATE_REST_MAX_CHARS and is_date_line(
            fold_key(text, start, block.end)
        ):
            # "كتب بواسطة: سعاد حسن | نشر في 12 مايو 2024": the rest is the page's date line
            out.append(RawBlock("header", start, block.end, _DATE_ROLE))
        else:
            out.append(RawBlock("paragraph", found.end, block.end, block.role))
    return out


def _on_header_line(text: str, blocks: list[RawBlock], i: int) -> bool:
    """A block on the scraper header line (" date 2025-11-22 شفق نيوز- دهوك")."""
    if i == 0 or blocks[i - 1].kind != "header" or blocks[i].kind != "boilerplate":
        return False
    return same_line(text, blocks[i - 1].end, blocks[i].start)


def _place_alone_ok(text: str, blocks: list[RawBlock], i: int) -> bool:
    """A place alone on its line is a dateline only right before the body (a date line may
    stand between them: "عمان" / "25 تشرين الأول 2015" / body), never a section."""
    if fold_word(text[blocks[i].start : blocks[i].end]) in index("sections", _SECTIONS_COLUMNS):
        return False
    return _next_is_body(blocks, i, past_dates=True)
