"""arnews: structured, trustworthy fields from raw Arabic news dumps.

`arnews.parse(text)` returns an Article: publication timestamp, relative time, dateline,
credits, byline, title, paragraphs, subheadings and boilerplate, every field with its span
into the caller's text. The building blocks (date grammar, normalisers) are exported too.
"""

from ._article import parse
from ._dates import find_dates, parse_date
from ._errors import ArnewsError, DecodeError, ParseError
from ._fold import normalize_digits
from ._many import parse_many
from ._model import (
    Agency,
    Article,
    Block,
    Byline,
    Dateline,
    DateMatch,
    ParseWarning,
    RelativeTime,
    Subheading,
    Timestamp,
)
from ._relative import parse_relative
from ._split import split_dump
from ._words import hijri_month_number, month_number, number_value, weekday_number

__all__ = [
    "Agency",
    "ArnewsError",
    "Article",
    "Block",
    "Byline",
    "DateMatch",
    "Dateline",
    "DecodeError",
    "ParseError",
    "ParseWarning",
    "RelativeTime",
    "Subheading",
    "Timestamp",
    "find_dates",
    "hijri_month_number",
    "month_number",
    "normalize_digits",
    "number_value",
    "parse",
    "parse_date",
    "parse_many",
    "parse_relative",
    "split_dump",
    "weekday_number",
]

__version__ = "0.1.0"
