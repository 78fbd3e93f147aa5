"""Spellings of capitals and districts as real reporting printed them
(mapper/data/reported_spellings.csv, issue #8): every row is sourced, and the checker's name
reading gives the unit the row names, or refuses naming it and the other unit the spelling
could be; never another unit."""

from __future__ import annotations

import pytest

from mapper.boundaries import UnitSet
from mapper.check.model import ClaimParseError
from mapper.check.unit_names import read_units
from mapper.matching import ReportedSpelling, read_reported_spellings
from mapper.places import builtin_places

ROWS = read_reported_spellings()


def test_every_row_is_sourced_and_names_a_known_unit(districts: UnitSet) -> None:
    assert len(ROWS) >= 60
    names = set(zip(districts.units["name"], districts.units["province"], strict=True))
    caps = builtin_places("AFG")
    for r in ROWS:
        assert r.outlet and r.url.startswith(("https://", "http://")), r
        if r.level == "district":
            assert (r.canonical, r.province) in names, r
        elif r.level == "province":
            assert r.canonical == r.province and r.province in set(names_p(districts)), r
        else:
            row = caps[(caps["name"] == r.canonical) & (caps["province"] == r.province)]
            assert len(row) == 1 and r.spelling in [r.canonical, *row.iloc[0]["variants"]], r


def names_p(districts: UnitSet) -> list[str]:
    return [str(p) for p in districts.units["province"].unique()]


def _read(text: str, districts: UnitSet) -> tuple[str, str]:
    units, _notes = read_units(text, text.lower(), districts.gazetteer(), change=True)
    assert len(units) == 1, units
    return units[0].kind, units[0].name


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.level}:{r.spelling}" for r in ROWS])
def test_a_reported_spelling_reads_as_its_unit_or_is_refused_naming_it(
    row: ReportedSpelling, districts: UnitSet
) -> None:
    r = row
    if r.level == "province":
        forms = [f"{r.spelling} province", f"the province of {r.spelling}"]
        want = ("province", r.canonical)
    elif r.level == "capital":
        forms = [r.spelling, f"{r.spelling} city"]
        if not r.spelling.lower().endswith(" city"):
            forms.append(f"the city of {r.spelling}")
        want = ("capital", r.canonical)
    else:
        forms = [
            f"{r.spelling} district in {r.province}",
            f"{r.spelling} district",
        ]
        want = ("district", " ".join(r.canonical.split()))
    read = 0
    for text in forms:
        try:
            got = _read(text, districts)
        except ClaimParseError as e:
            # refused: only when the spelling may be another unit, and the refusal says so
            msg = str(e).lower()
            assert "ambiguous" in msg or "elsewhere" in msg or "names" in msg, (text, msg)
            continue
        assert (got[0], " ".join(got[1].split())) == want, (text, got)
        read += 1
    assert read >= 1, forms  # the fullest form is read


@pytest.mark.parametrize(
    "text",
    ["Faizabad", "Borka district", "Doshi district", "Lakshar Gah", "Talghan district in Kunduz"],
)
def test_a_spelling_of_two_units_or_a_near_miss_stays_refused(
    text: str, districts: UnitSet
) -> None:
    with pytest.raises(ClaimParseError):
        _read(text, districts)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Firoz Koh", "Chaghcharan"),  # each word a spelling of a name's word
        ("Qalai Naw", "Qala-i-Naw"),
        ("Mahmood Raqi", "Mahmud-i-Raqi"),
        ("Jalal Abad", "Jalalabad"),  # two words written apart: one name
        ("Asad Abad", "Asadabad"),
    ],
)
def test_a_name_of_several_words_reads_when_each_word_is_a_spelling_of_its_words(
    text: str, name: str, districts: UnitSet
) -> None:
    assert _read(text, districts) == ("capital", name)


@pytest.mark.parametrize(
    "text", ["Lashkar ggg Gah", "Lashkar a Gah", "Kunduz zzz", "zzz Kunduz", "Jalal Abad zzz"]
)
def test_an_extra_word_is_never_absorbed_into_a_name(text: str, districts: UnitSet) -> None:
    with pytest.raises(ClaimParseError):
        _read(text, districts)
