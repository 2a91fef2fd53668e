# The command line: `arnews parse [PATH ...]`.
# Rule: one clear stderr line per failed document, the others still written; exit 0 when every
# document parsed, 1 when any failed, 2 for bad usage; -o is written atomically.
"""Command-line interface."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from ._decode import decode
from ._errors import ArnewsError
from ._many import parse_many
from ._model import Article
from ._split import split_dump

__all__ = ["main"]

_CSV_COLUMNS = (
    "source",
    "published_at",
    "timestamp",
    "updated",
    "relative",
    "dateline_place",
    "dateline_place_en",
    "dateline_country",
    "agency",
    "agencies",
    "byline",
    "title",
    "subheadings",
    "paragraphs",
    "warnings",
)


@dataclass(frozen=True, slots=True)
class _Doc:
    source: str
    text: str


class _UsageError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arnews", description="Structured fields from raw Arabic news dumps."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse dumps and print one JSON object per document")
    p.add_argument(
        "paths",
        nargs="*",
        default=["-"],
        metavar="PATH",
        help="a file, a directory (its *.txt, recursively) or - for stdin",
    )
    p.add_argument("--format", choices=("json", "jsonl", "csv"), default="json")
    p.add_argument(
        "--now",
        type=_iso_datetime,
        default=None,
        help="capture time (ISO 8601) to resolve relative phrases",
    )
    p.add_argument("--workers", type=_positive_int, default=1)
    p.add_argument("--strict", action="store_true", help="fail a document on any fatal problem")
    p.add_argument("-o", "--output", default=None, help="write here (atomically), not stdout")
    return parser


def _iso_datetime(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date-time: {value!r}") from None


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {value!r}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    failures: list[str] = []
    docs = list(_collect(args.paths, failures))
    records = list(_parse_docs(docs, args, failures))
    rendered = _render(records, args.format)
    if args.output:
        try:
            _write_atomically(Path(args.output), rendered)
        except OSError as exc:
            print(f"arnews: {args.output}: cannot write: {exc.strerror or exc}", file=sys.stderr)
            return 1
    else:
        sys.stdout.write(rendered)
        sys.stdout.flush()
    for line in failures:
        print(f"arnews: {line}", file=sys.stderr)
    return 1 if failures else 0


def _collect(paths: Sequence[str], failures: list[str]) -> Iterator[_Doc]:
    for name in paths:
        if name == "-":
            yield from _split_docs("-", sys.stdin.buffer.read(), failures)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                failures.append(f"{name}: directory holds no .txt file")
            for file in files:
                yield from _read(file, failures)
        elif path.exists():
            yield from _read(path, failures)
        else:
            failures.append(f"{name}: no such file or directory")


def _read(path: Path, failures: list[str]) -> Iterator[_Doc]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        failures.append(f"{path}: cannot read: {exc.strerror or exc}")
        return
    yield from _split_docs(str(path), data, failures)


def _split_docs(source: str, data: bytes, failures: list[str]) -> Iterator[_Doc]:
    try:
        text, _ = decode(data)
    except ArnewsError as exc:
        failures.append(f"{source}: {exc}")
        return
    pieces = split_dump(text)
    if len(pieces) <= 1:
        yield _Doc(source, text)
        return
    for n, (start, end) in enumerate(pieces, start=1):
        yield _Doc(f"{source}#{n}", text[start:end])


def _parse_docs(
    docs: list[_Doc], args: argparse.Namespace, failures: list[str]
) -> Iterator[dict[str, Any]]:
    if args.strict:
        # One document's ParseError must not stop the others: parse them one at a time.
        for doc in docs:
            try:
                article = next(parse_many([doc.text], now=args.now, strict=True))
            except ArnewsError as exc:
                failures.append(f"{doc.source}: {exc}")
                continue
            yield _record(doc.source, article)
        return
    articles = parse_many((d.text for d in docs), workers=args.workers, now=args.now)
    for doc, article in zip(docs, articles, strict=False):
        yield _record(doc.source, article)


def _record(source: str, article: Article) -> dict[str, Any]:
    record = article.to_dict()
    record["source"] = source
    return record


def _render(records: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "json":
        return "".join(json.dumps(r, ensure_ascii=False, indent=2) + "\n" for r in records)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for r in records:
        writer.writerow(_csv_row(r))
    return out.getvalue()


def _csv_row(r: dict[str, Any]) -> list[str]:
    def date_of(ts: dict[str, Any] | None) -> str:
        if not ts:
            return ""
        return str(ts["date"]) + ("T" + str(ts["time"]) if ts["time"] else "")

    dateline = r["dateline"] or {}
    rel = r["relative"]
    return [
        r["source"],
        r["published_at"] or "",
        date_of(r["timestamp"]),
        date_of(r["updated"]),
        f"{rel['amount']} {rel['unit']}" if rel else "",
        dateline.get("place") or "",
        dateline.get("place_en") or "",
        dateline.get("country") or "",
        (r["agency"] or {}).get("name") or (r["agency"] or {}).get("text") or "",
        ";".join(a["name"] or a["text"] for a in r["agencies"]),
        (r["byline"] or {}).get("name") or "",
        (r["title"] or {}).get("text") or "",
        "\n".join(s["text"] for s in r["subheadings"]),
        "\n\n".join(p["text"] for p in r["paragraphs"]),
        ";".join(w["code"] for w in r["warnings"]),
    ]


def _write_atomically(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename: a crash never leaves half a file."""
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            _write_all(handle, content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_all(handle: TextIO, content: str) -> None:
    handle.write(content)
    handle.flush()
    os.fsync(handle.fileno())
