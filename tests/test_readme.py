"""The README's two commands exist, CI runs the same test command, and the example runs."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SETUP_AND_RUN = "bash scripts/example.sh"
TEST_COMMAND = "bash scripts/test.sh"


def test_readme_states_both_commands() -> None:
    blocks = "\n".join(re.findall(r"```(?:sh|bash|console)?\n(.*?)```", README, re.S))
    assert SETUP_AND_RUN in blocks
    assert TEST_COMMAND in blocks


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert TEST_COMMAND in ci.splitlines()


def test_readme_picture_exists() -> None:
    for img in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README):
        assert (ROOT / img).is_file(), img


def test_example_command_runs(mirror: Path, tmp_path: Path) -> None:
    env = dict(
        os.environ,
        MAPPER_MIRROR=str(mirror),
        MAPPER_OUTPUT=str(tmp_path),
        MAPPER_CACHE=str(tmp_path / "cache"),
    )
    res = subprocess.run(
        SETUP_AND_RUN.split(),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    for d in ("2021-06-30", "2021-07-17", "2021-08-10", "2021-08-16"):
        assert (tmp_path / f"map-{d}.html").stat().st_size > 100_000
    doc = json.loads((tmp_path / "stats-2021-08-10.json").read_text())
    assert doc["denominators"]["units"] == 398
    assert "Denominators: 398 districts" in res.stdout


def test_readme_lists_every_checker_module() -> None:
    """The table of `mapper/check/` modules names each one (a new module is not left out)."""
    table = README.split("### The checker's modules", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1] for line in table.splitlines() if line.startswith("| `")]
    named = {m for row in rows for m in re.findall(r"`(\w+)`", row)}
    modules = {p.stem for p in (ROOT / "mapper" / "check").glob("*.py") if p.stem != "__init__"}
    assert modules - named == set()
    assert named - modules == set()
