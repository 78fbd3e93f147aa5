"""Status vocabularies: defaults, aliases, actors, and user files for other conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapper.claims import read_claims
from mapper.errors import ValidationError
from mapper.snapshots import state_at
from mapper.stats import control_ranges
from mapper.vocabulary import DEFAULT, load_vocabulary
from tests.worlds import tiny_units, write_claims


@pytest.mark.parametrize(
    ("status", "actor", "expected"),
    [
        ("Taliban", "", ("taliban", "taliban")),
        ("taliban controlled", "", ("taliban", "taliban")),
        ("controlled", "Taliban", ("taliban", "taliban")),
        ("recaptured", "govt", ("government", "government")),
        ("Unconfirmed claim", "taliban", ("unconfirmed", "taliban")),
        ("contested", "", ("contested", "")),
    ],
)
def test_resolve(status: str, actor: str, expected: tuple[str, str]) -> None:
    assert DEFAULT.resolve(status, actor) == expected


def test_resolve_errors_say_what_is_valid() -> None:
    with pytest.raises(ValueError, match="valid statuses: taliban, contested, government"):
        DEFAULT.resolve("liberated")
    with pytest.raises(ValueError, match="contradicts actor"):
        DEFAULT.resolve("taliban", "government")
    with pytest.raises(ValueError, match="unknown actor 'rebels'"):
        DEFAULT.resolve("contested", "rebels")


def test_user_vocabulary_for_another_conflict(tmp_path: Path) -> None:
    voc = tmp_path / "v.toml"
    voc.write_text(
        '[[status]]\nkey = "rebels"\nlabel = "Rebel control"\ncolour = "#D55E00"\n'
        'kind = "side"\naliases = ["rebel held"]\n'
        '[[status]]\nkey = "army"\nlabel = "Army control"\ncolour = "#0072B2"\nkind = "side"\n'
        '[[status]]\nkey = "fighting"\nlabel = "Fighting"\ncolour = "#E69F00"\n'
        'kind = "contested"\n'
    )
    v = load_vocabulary(voc)
    assert v.keys == ["rebels", "army", "fighting", "disputed", "unknown"]
    assert v["fighting"].hatch and v.sides == ["rebels", "army"]
    units = tiny_units()
    path = write_claims(
        tmp_path,
        [
            {"date": "2024-01-01", "province": "North", "status": "rebel held"},
            {"date": "2024-01-01", "province": "South", "district": "Sarak", "status": "fighting"},
        ],
    )
    led = read_claims(path, units, vocabulary=v)
    state = state_at(led, units, "2024-01-02")
    assert state["status"].tolist() == ["rebels", "rebels", "fighting", "unknown"]
    r = control_ranges(state, vocabulary=v)
    assert r.loc["rebels", "share_area_low"] == pytest.approx(0.3)
    assert r.loc["army", "share_area_high"] == pytest.approx(0.3)


def test_bad_vocabulary_lists_every_problem(tmp_path: Path) -> None:
    voc = tmp_path / "v.toml"
    voc.write_text('[[status]]\nkey = "Bad Key"\ncolour = "red"\nkind = "winner"\n')
    with pytest.raises(ValidationError) as e:
        load_vocabulary(voc)
    cols = {p.column for p in e.value.problems}
    assert {"key", "colour", "kind"} <= cols
