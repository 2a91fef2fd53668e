"""README keeps two set-up commands; CI runs the README's test command verbatim."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setup_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section, flags=re.S)


def test_readme_has_exactly_two_setup_commands() -> None:
    commands = _setup_commands()
    assert len(commands) == 2
    parse_cmd, test_cmd = commands
    assert "arnews parse seeds/" in parse_cmd
    assert "pytest" in test_cmd


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test_cmd = _setup_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_cmd in ci.splitlines()
    assert "set -euo pipefail" in ci
    assert "ruff check" in ci and "mypy --strict src" in ci


def test_readme_seed_output_matches_the_parser() -> None:
    import datetime as dt
    import json

    import arnews

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r'"published_at": "([^"]+)"', readme)
    assert shown is not None
    seed = (ROOT / "seeds" / "000_2ab0bc65dba4d484.txt").read_text(encoding="utf-8")
    art = arnews.parse(seed, now=dt.datetime(2026, 1, 6, 12, 0))
    assert shown.group(1) == art.to_dict()["published_at"]
    for field in ("dateline", "agency", "relative"):
        block = re.search(rf'"{field}": (\{{[^{{}}]*\}})', readme)
        assert block is not None, field
        assert json.loads(block.group(1)) == art.to_dict()[field], field
