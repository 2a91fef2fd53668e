# Listing pages (a tag, section or home page): many short teasers, each with its own date, time
# or relative stamp. Such a dump is not an article: no title, dateline or subheadings are
# invented; each teaser (its headline, stamp and snippet) becomes one paragraph block.
# Rule: a listing holds at least three stamps, each group of stamps separated from the next by
# at most four short lines (≤ 400 characters, at most one of them a closed sentence), no long
# paragraph (> 600 characters) anywhere and at most four lines outside the stamped run.
# Teasers are cut where the stamps say: after each stamp when nothing follows the last one, at
# each stamp when nothing precedes the first, else one line before each stamp (headline, stamp,
# snippet). One pass over the units.
"""Listing pages and their teasers."""

from __future__ import annotations

from ._datebars import ends_with_stamp
from ._paragraphs import FINAL, merge
from ._unit import Unit

__all__ = ["find_listing", "group_teasers"]

_MIN_GROUPS = 3
_MAX_GAP_UNITS = 4
_MAX_TEASER_CHARS = 400
_MAX_BODY_CHARS = 600
_MAX_OUTSIDE = 4
_LEAD_MIN_GAP = 2
_CONTENT = frozenset({"text", "item", "numbered", "heading"})


def _is_stamp(unit: Unit) -> bool:
    if unit.kind == "header":
        return unit.role == "date"
    return unit.kind in _CONTENT and ends_with_stamp(unit.key)


def _in_teaser(unit: Unit) -> bool:
    return unit.kind in _CONTENT or (unit.kind == "header" and unit.role == "date")


def find_listing(units: list[Unit]) -> list[list[int]] | None:
    """The groups of stamp units (indexes) when the dump is a listing page, else None."""
    if any(u.kind in _CONTENT and u.chars > _MAX_BODY_CHARS for u in units):
        return None  # an article's paragraph: cheap to see, so looked at first
    groups: list[list[int]] = []
    gap = 0  # content units since the last stamp
    sentences = 0  # of which closed sentences: a teaser has one snippet at most
    before = 0
    for i, unit in enumerate(units):
        if not _in_teaser(unit):
            continue
        if not _is_stamp(unit):
            sentences += unit.end_class in FINAL
            if groups and (unit.chars > _MAX_TEASER_CHARS or sentences > 1):
                return None  # article paragraphs between two stamps
            gap += 1
            if not groups:
                before += 1
                if before > _MAX_OUTSIDE:
                    return None  # too much before the first stamp: no listing, seen early
            continue
        sentences = 0
        inline = unit.kind in _CONTENT
        if groups and gap == 0 and not inline and not _inline(units, groups[-1][-1]):
            groups[-1].append(i)  # a date and a time on two lines: one stamp
        else:
            if groups and gap > _MAX_GAP_UNITS:
                return None
            groups.append([i])
        gap = 0
    if len(groups) < _MIN_GROUPS or before > _MAX_OUTSIDE or gap > _MAX_OUTSIDE:
        return None
    return groups


def _inline(units: list[Unit], i: int) -> bool:
    return units[i].kind in _CONTENT


def group_teasers(units: list[Unit], groups: list[list[int]]) -> list[Unit]:
    """The units with each teaser merged into one paragraph unit (role "teaser")."""
    starts = _teaser_starts(units, groups)
    out: list[Unit] = []
    pieces: list[Unit] = []

    def close() -> None:
        if pieces:
            teaser = merge(pieces)
            teaser.kind, teaser.role = "paragraph", "teaser"
            out.append(teaser)
            pieces.clear()

    for i, unit in enumerate(units):
        if not _in_teaser(unit):
            close()
            out.append(unit)
            continue
        if i in starts:
            close()
        pieces.append(unit)
    close()
    return out


def _teaser_starts(units: list[Unit], groups: list[list[int]]) -> set[int]:
    """The unit indexes where a new teaser begins."""
    content = [i for i, u in enumerate(units) if _in_teaser(u)]
    position = {i: p for p, i in enumerate(content)}
    firsts = [position[g[0]] for g in groups]
    lasts = [position[g[-1]] for g in groups]
    after_last = len(content) - 1 - lasts[-1]
    gaps = [f - e - 1 for e, f in zip(lasts[:-1], firsts[1:], strict=True)]
    if all(_inline(units, g[0]) for g in groups):
        cut = firsts  # "headline منذ 3 ساعات" lines: each opens its teaser
    elif after_last == 0:
        cut = [last + 1 for last in lasts[:-1]]  # headline, then its stamp
    elif firsts[0] == 0 or min(gaps) < _LEAD_MIN_GAP:
        cut = firsts  # stamp, then its headline
    else:
        cut = [first - 1 for first in firsts]  # headline, stamp, snippet
    return {content[p] for p in cut if 0 < p < len(content)}
