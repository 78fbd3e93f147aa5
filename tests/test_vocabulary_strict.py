"""Vocabulary presets and the strict loader (issue #11: no silent coercion; #12: presets)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper.cli import main
from mapper.errors import MapperError, ValidationError
from mapper.vocabulary import (
    DEFAULT,
    VocabularyError,
    available,
    get_vocabulary,
    load_vocabulary,
)

SIDES = '[[status]]\nkey = "a"\ncolour = "#D55E00"\n'


def _toml(tmp_path: Path, text: str, name: str = "v.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, "utf-8")
    return p


def _problems(path: Path) -> list[str]:
    with pytest.raises(VocabularyError) as e:
        load_vocabulary(path)
    return [str(p) for p in e.value.problems]


def test_presets_ship_and_load() -> None:
    assert set(available()) >= {"afghanistan-2021", "russia-ukraine", "sudan-saf-rsf", "myanmar"}
    sides = {n: get_vocabulary(n).sides for n in available()}
    assert sides["russia-ukraine"] == ["russia", "ukraine"]
    assert sides["sudan-saf-rsf"] == ["saf", "rsf"]
    assert sides["myanmar"] == ["junta", "resistance"]
    assert get_vocabulary(None) is DEFAULT and DEFAULT.name == "afghanistan-2021"


@pytest.mark.parametrize(
    ("preset", "phrase", "side"),
    [
        ("russia-ukraine", "Russian forces", "russia"),
        ("russia-ukraine", "Moscow", "russia"),
        ("russia-ukraine", "the Kremlin", "russia"),
        ("russia-ukraine", "Kyiv", "ukraine"),
        ("russia-ukraine", "Ukrainian troops", "ukraine"),
        ("sudan-saf-rsf", "the RSF", "rsf"),
        ("sudan-saf-rsf", "Rapid Support Forces", "rsf"),
        ("sudan-saf-rsf", "the military", "saf"),
        ("sudan-saf-rsf", "the army", "saf"),
        ("myanmar", "Tatmadaw", "junta"),
        ("myanmar", "the military", "junta"),
        ("myanmar", "People's Defense Force", "resistance"),
        ("afghanistan-2021", "security forces", "government"),
        ("afghanistan-2021", "insurgents", "taliban"),
    ],
)
def test_reporting_words_name_sides(preset: str, phrase: str, side: str) -> None:
    v = get_vocabulary(preset)
    assert v.resolve_side(phrase) == side
    assert v.side_of_phrase(phrase) == side
    # the words name an actor in a ledger, never a status
    assert v.resolve("controlled", phrase) == (side, side)
    with pytest.raises(ValueError, match="unknown status"):
        v.resolve(phrase)


def test_the_country_is_a_scope_not_a_side() -> None:
    v = get_vocabulary("russia-ukraine")
    assert v.is_country("Ukraine") and v.is_country("Ukrainian territory")
    assert v.side_of_phrase("Ukraine") is None
    # in a ledger's status or actor column the key still means the side
    assert v.resolve("Ukraine") == ("ukraine", "ukraine")


def test_the_afghan_default_is_unchanged() -> None:
    assert DEFAULT.keys == [
        "taliban",
        "contested",
        "government",
        "unconfirmed",
        "disputed",
        "unknown",
    ]
    assert DEFAULT["contested"].hatch and not DEFAULT["taliban"].hatch
    assert DEFAULT.resolve("ANSF") == ("government", "government")


def test_a_string_is_not_split_into_aliases(tmp_path: Path) -> None:
    msgs = _problems(_toml(tmp_path, SIDES + 'aliases = "xyz"\n'))
    assert any("aliases must be a list of strings" in m and "'xyz'" in m for m in msgs)


@pytest.mark.parametrize("value", ['"false"', "0", '"yes"', "[true]"])
def test_hatch_must_be_a_boolean(tmp_path: Path, value: str) -> None:
    msgs = _problems(_toml(tmp_path, SIDES + f"hatch = {value}\n"))
    assert any("hatch must be true or false" in m for m in msgs)


def test_hatch_false_is_false(tmp_path: Path) -> None:
    v = load_vocabulary(
        _toml(
            tmp_path,
            SIDES + '[[status]]\nkey = "c"\ncolour = "#E69F00"\nkind = "contested"\n'
            "hatch = false\n",
        )
    )
    assert v["c"].hatch is False


def test_an_alias_on_two_statuses_names_both(tmp_path: Path) -> None:
    text = (
        SIDES + 'aliases = ["held by them"]\n'
        '[[status]]\nkey = "b"\ncolour = "#0072B2"\naliases = ["Held by them"]\n'
    )
    msgs = _problems(_toml(tmp_path, text))
    assert any("given to two statuses: 'a'" in m and "and 'b'" in m for m in msgs)


def test_a_word_on_two_sides_or_on_the_country_is_refused(tmp_path: Path) -> None:
    text = (
        '[vocabulary]\ncountry = ["Freedonia"]\n' + SIDES + 'words = ["the army", "Freedonia"]\n'
        '[[status]]\nkey = "b"\ncolour = "#0072B2"\nwords = ["army"]\n'
    )
    msgs = _problems(_toml(tmp_path, text))
    assert any("'army' is given to two statuses: 'a' ('the army') and 'b'" in m for m in msgs)
    assert any("also listed as the country" in m for m in msgs)


def test_unknown_keys_and_types_are_refused(tmp_path: Path) -> None:
    text = SIDES + 'colr = "#000000"\nkind = 3\nlabel = ["x"]\n[extra]\nx = 1\n'
    msgs = _problems(_toml(tmp_path, text))
    assert any("'colr'" in m and "unknown key" in m for m in msgs)
    assert any("kind must be a string" in m for m in msgs)
    assert any("label must be a string" in m for m in msgs)
    assert any("'extra'" in m and "unknown top-level key" in m for m in msgs)


def test_generic_control_word_cannot_be_an_alias(tmp_path: Path) -> None:
    msgs = _problems(_toml(tmp_path, SIDES + 'aliases = ["Captured"]\n'))
    assert any("generic control word" in m for m in msgs)


def test_words_only_on_sides(tmp_path: Path) -> None:
    text = SIDES + '[[status]]\nkey = "c"\ncolour = "#E69F00"\nkind = "contested"\nwords = ["x"]\n'
    assert any("words name a side" in m for m in _problems(_toml(tmp_path, text)))


def test_json_vocabulary_is_held_to_the_same_types(tmp_path: Path) -> None:
    p = tmp_path / "v.json"
    p.write_text(json.dumps({"status": [{"key": "a", "colour": "#D55E00", "aliases": "ab"}]}))
    assert any("aliases must be a list" in m for m in _problems(p))
    p.write_text(json.dumps({"status": [{"key": "a", "colour": "#D55E00", "hatch": 1}]}))
    assert any("hatch must be true or false" in m for m in _problems(p))


def test_non_utf8_and_bad_syntax_are_errors_not_tracebacks(tmp_path: Path) -> None:
    p = tmp_path / "v.toml"
    p.write_bytes(b'[[status]]\nkey = "\xff"\n')
    assert any("not UTF-8" in m for m in _problems(p))
    p.write_text("[[status]\n")
    assert any("invalid TOML" in m for m in _problems(p))


def test_cli_vocabulary_by_name_and_file(tmp_path: Path) -> None:
    runner = CliRunner()
    r = runner.invoke(main, ["vocabularies"])
    assert r.exit_code == 0 and "russia-ukraine" in r.output and "(default)" in r.output
    r = runner.invoke(main, ["vocabularies", "myanmar"])
    assert r.exit_code == 0 and "Tatmadaw" in r.output
    r = runner.invoke(main, ["vocabularies", "narnia"])
    assert r.exit_code == 1 and "presets: afghanistan-2021" in r.output


# ---------------------------------------------------------------- fuzz target

_scalar = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=12)
)
_value = st.recursive(
    _scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_status = st.dictionaries(
    st.sampled_from(["key", "label", "colour", "color", "kind", "hatch", "aliases", "words", "x"]),
    st.one_of(
        _value,
        st.sampled_from(["a", "b", "side", "contested", "unknown", "#D55E00", "#0072B2"]),
        st.lists(st.sampled_from(["x", "y", "The X", "controlled", ""]), max_size=3),
    ),
    max_size=8,
)
_doc = st.one_of(
    _value,
    st.fixed_dictionaries(
        {"status": st.one_of(_value, st.lists(_status, max_size=5))},
        optional={"vocabulary": _value},
    ),
)


@settings(
    max_examples=300,
    deadline=200,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(doc=_doc)
def test_fuzz_loader_gives_a_vocabulary_or_a_mapper_error(tmp_path: Path, doc: object) -> None:
    """Whatever JSON a user writes, the loader returns a well-formed vocabulary or raises a
    ValidationError naming the problems; never another exception."""
    p = tmp_path / "fuzz.json"
    p.write_text(json.dumps(doc), "utf-8")
    try:
        v = load_vocabulary(p)
    except ValidationError as e:
        assert e.problems and all(isinstance(str(x), str) for x in e.problems)
        assert isinstance(e, MapperError)
        return
    assert v.sides and v.unknown and v.disputed
    for s in v.statuses:
        assert isinstance(s.hatch, bool)
        assert all(isinstance(a, str) and a for a in s.aliases)
    # no spelling silently goes to another status than the one that lists it
    for s in v.statuses:
        for a in s.aliases:
            assert v.resolve(a, s.key if s.kind == "side" else "")[0] == s.key


def test_cli_stats_reads_a_ledger_with_a_preset(tmp_path: Path) -> None:
    from tests.worlds import tiny_units

    bfile = tmp_path / "units.geojson"
    tiny_units().units.reset_index().to_file(bfile, driver="GeoJSON")
    ledger = tmp_path / "c.csv"
    ledger.write_text(
        "date,province,district,status,actor,source\n"
        "2024-01-01,North,,controlled,Russian forces,Reuters\n"
        "2024-01-01,South,Sarak,Ukrainian control,,AFP\n",
        "utf-8",
    )
    base = ["--boundary-file", str(bfile), "--name-column", "name", "--parent-column", "province"]
    r = CliRunner().invoke(
        main,
        [
            "stats",
            str(ledger),
            "--date",
            "2024-01-02",
            "--format",
            "json",
            "--vocabulary",
            "russia-ukraine",
            *base,
        ],
    )
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    by = {x["status"]: x["units"] for x in doc["by_status"]}
    assert by["russia"] == 2 and by["ukraine"] == 1 and by["unknown"] == 1
    # the same ledger under the default vocabulary is refused, naming the actor
    r = CliRunner().invoke(main, ["validate", str(ledger), *base])
    assert r.exit_code == 1 and "Russian forces" in r.output
