# The one error family of arnews, and the table of warning codes.
# Rule: stages never raise on content; they return warnings with a code from WARNING_CODES.
# Strict mode turns the first fatal warning into ParseError at the boundary (_article.py).
"""Errors and warning codes."""

from __future__ import annotations

__all__ = ["WARNING_CODES", "ArnewsError", "DecodeError", "ParseError"]


class ArnewsError(ValueError):
    """Base class of every error arnews raises."""


class ParseError(ArnewsError):
    """Raised in strict mode when a field cannot be parsed; names the field and offset."""

    def __init__(self, code: str, message: str, offset: int | None = None) -> None:
        where = f" at offset {offset}" if offset is not None else ""
        super().__init__(f"{code}: {message}{where}")
        self.code = code
        self.offset = offset


class DecodeError(ArnewsError):
    """Raised when bytes decode in none of the supported Arabic encodings."""

    def __init__(self, tried: tuple[str, ...]) -> None:
        super().__init__("input bytes are not valid text in any of: " + ", ".join(tried))
        self.tried = tried


# code -> (fatal in strict mode, what it means). Codes are stable: users filter on them.
WARNING_CODES: dict[str, tuple[bool, str]] = {
    "empty-input": (True, "the input is empty or white space only"),
    "decoded-fallback": (False, "bytes were not UTF-8; decoded with a legacy Arabic code page"),
    "replacement-chars": (False, "the text holds U+FFFD: it was mis-decoded somewhere upstream"),
    "mojibake": (
        False,
        "part of the text was decoded with the wrong code page upstream (ط§ظ„ for ال); left as is",
    ),
    "control-chars": (False, "the text holds control or NUL characters; they were left in place"),
    "truncated": (False, "the dump ends mid-word or with U+FFFD: the last paragraph is cut off"),
    "no-timestamp": (False, "no publication date was found"),
    "bad-header-date": (True, "the scraper header line holds an impossible date"),
    "month-only-header": (False, "the scraper header line gives a year and month, no day"),
    "relative-unresolved": (False, "a relative time was found but no `now` was given"),
    "relative-contradicts-date": (
        False,
        "now minus the relative phrase is over a day from the date",
    ),
    "weekday-mismatch": (False, "the weekday printed does not fall on the date printed"),
    "hijri-out-of-range": (False, "the Hijri date is outside the Umm al-Qura table (1343-1500)"),
    "dual-date-mismatch": (False, "the Hijri and Gregorian halves disagree by more than a day"),
    "placeholder-date": (False, "a header date is the Unix epoch, a site's empty-date placeholder"),
    "reordered-date": (
        False,
        "a date line out of order (bidi) or month first; read day, month, year",
    ),
    "impossible-date": (False, "a date-shaped expression names a day that does not exist"),
    "unknown-zone": (False, "a local-time label names a place with no known zone"),
    "unknown-place": (False, "the dateline place is not in the gazetteer"),
    "unknown-agency": (False, "a credit is not in the agency lexicon"),
    "not-an-article": (False, "the dump looks like a listing page, not one article"),
    "no-body": (False, "no body paragraph was found"),
}
