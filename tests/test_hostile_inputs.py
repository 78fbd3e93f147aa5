"""Hostile inputs (issue #11): every one ends in a result or a MapperError naming file,
row/feature, column and value, never a traceback; no silent coercion; safe exports;
overwrite refusal before any work; exclusive, atomic writes; bounded fuzz targets.

The command-line cases are those of ``scripts/hostile_inputs.py`` (which runs each in a
fresh process); here they run in-process through click's runner, one test each.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from mapper.cli import main

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("hostile_inputs", ROOT / "scripts/hostile_inputs.py")
assert _spec and _spec.loader
hostile_inputs = importlib.util.module_from_spec(_spec)
sys.modules["hostile_inputs"] = hostile_inputs
_spec.loader.exec_module(hostile_inputs)


def _case_names() -> list[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return [c.name for c in hostile_inputs.build(Path(tmp))]


NAMES = _case_names()


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("hostile")
    built = hostile_inputs.build(tmp)
    return {"tmp": tmp, **{c.name: c for c in built}}


@pytest.mark.parametrize(
    "name",
    list(dict.fromkeys(NAMES)),
)
def test_cli_case(name: str, cases: dict[str, object], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(cases["tmp"])  # type: ignore[arg-type]
    for case in [c for n, c in cases.items() if n == name]:
        res = CliRunner().invoke(main, case.args)  # type: ignore[attr-defined]
        code = res.exit_code
        if res.exception is not None and not isinstance(res.exception, SystemExit):
            import traceback

            tb = "".join(traceback.format_exception(res.exception))
            pytest.fail(f"{name}: traceback\n{tb[-2000:]}")
        why = hostile_inputs.judge(case, code, res.stdout, res.stderr)
        assert why is None, f"{name}: {why}"
