"""The real console script, run in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_2ab0bc65dba4d484.txt"
ARTICLE = " date 2026-03-13 منذ ساعة\n\nالموصل - افتتحت البلدية جسرا جديدا فوق النهر.\n"


def _script() -> list[str]:
    exe = Path(sys.executable).parent / "arnews"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("arnews")
    if found is None:
        pytest.skip("the arnews console script is not installed")
    return [found]


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [*_script(), *args], input=stdin, capture_output=True, cwd=cwd, timeout=120, check=False
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def test_parse_seed_jsonl_with_now() -> None:
    out = run("parse", str(SEED), "--format", "jsonl", "--now", "2026-01-06T12:00")
    assert out.returncode == 0, out.stderr
    (line,) = out.stdout.splitlines()
    record = json.loads(line)
    assert record["source"] == str(SEED)
    assert record["published_at"] == "2026-01-06T11:14:00"
    assert record["agency"]["name"] == "Kurdistan24"


def test_python_dash_m_is_the_same_program() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "arnews", "parse", str(SEED), "--format", "jsonl"],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["dateline"]["place_en"] == "Erbil"


def test_stdin_and_default_json_format() -> None:
    out = run("parse", "-", stdin=ARTICLE.encode())
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    assert record["source"] == "-"
    assert record["relative"]["amount"] == 1


def test_directory_is_read_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "ignored.md").write_text("لا", encoding="utf-8")
    out = run("parse", str(tmp_path), "--format", "jsonl")
    assert out.returncode == 0
    sources = [json.loads(line)["source"] for line in out.stdout.splitlines()]
    assert sources == [str(tmp_path / "1.txt"), str(tmp_path / "b" / "2.txt")]


def test_failures_are_one_stderr_line_each_and_the_rest_is_written(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(0x80, 0x100)) * 3 + b"\x00\x01")
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    out = run(
        "parse",
        str(good),
        str(tmp_path / "missing.txt"),
        str(bad),
        str(empty_dir),
        "--format",
        "jsonl",
    )
    assert out.returncode == 1
    assert len(out.stdout.splitlines()) == 1
    errors = out.stderr.splitlines()
    assert len(errors) == 3
    assert "missing.txt" in errors[0] and "no such file" in errors[0]
    assert "bad.txt" in errors[1] and "utf-8" in errors[1]
    assert "empty" in errors[2] and ".txt" in errors[2]


def test_strict_fails_only_the_bad_document(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    blank = tmp_path / "b.txt"
    blank.write_text("  \n", encoding="utf-8")
    out = run("parse", str(tmp_path), "--strict", "--format", "jsonl")
    assert out.returncode == 1
    assert [json.loads(x)["source"] for x in out.stdout.splitlines()] == [str(good)]
    assert "b.txt" in out.stderr and "empty-input" in out.stderr


def test_bad_usage_exits_2() -> None:
    assert run("parse", "--format", "xml").returncode == 2
    assert run("parse", "--now", "yesterday").returncode == 2
    assert run("parse", "--workers", "0").returncode == 2
    assert run().returncode == 2


def test_csv_output(tmp_path: Path) -> None:
    out = run("parse", str(SEED), "--format", "csv", "--now", "2026-01-06T12:00")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == 1
    assert rows[0]["dateline_place_en"] == "Erbil"
    assert rows[0]["relative"] == "46 minute"
    assert rows[0]["paragraphs"].count("\n\n") == 13


def test_output_file_is_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old content\n", encoding="utf-8")
    out = run("parse", str(SEED), "--format", "jsonl", "-o", str(target))
    assert out.returncode == 0 and out.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["agency"]["name"] == "Kurdistan24"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]  # no temp file left


def test_unwritable_output_keeps_the_old_file(tmp_path: Path) -> None:
    out = run("parse", str(SEED), "-o", str(tmp_path / "no" / "such" / "dir" / "out.json"))
    assert out.returncode == 1
    assert "cannot write" in out.stderr


def test_workers_give_the_same_output_in_order(tmp_path: Path) -> None:
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(
            ARTICLE.replace("ساعة", f"{i + 3} ساعات"), encoding="utf-8"
        )
    one = run("parse", str(tmp_path), "--format", "jsonl")
    two = run("parse", str(tmp_path), "--format", "jsonl", "--workers", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    amounts = [json.loads(x)["relative"]["amount"] for x in one.stdout.splitlines()]
    assert amounts == [3, 4, 5, 6, 7, 8]


def test_multi_article_file_gives_one_document_each(tmp_path: Path) -> None:
    path = tmp_path / "many.txt"
    path.write_text(ARTICLE + "\n" + ARTICLE.replace("2026-03-13", "2026-03-14"), encoding="utf-8")
    out = run("parse", str(path), "--format", "jsonl")
    records = [json.loads(x) for x in out.stdout.splitlines()]
    assert [r["source"] for r in records] == [f"{path}#1", f"{path}#2"]
    assert [r["timestamp"]["date"] for r in records] == ["2026-03-13", "2026-03-14"]
