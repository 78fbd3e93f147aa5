"""Name normalisation, folding, aliases and suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapper.boundaries import UnitSet
from mapper.matching import fold, name_keys, normalize


def test_normalize_cleans_whitespace_case_and_diacritics() -> None:
    assert normalize("  Zanda  Jan\n") == "zanda jan"
    assert normalize("Qalay-I- Zal") == "qalay i zal"
    assert normalize("Hérat") == "herat"
    assert normalize("هرات") == "هرات"  # Dari kept


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Herat", "Hirat"),
        ("Helmand", "Hilmand"),
        ("Nimroz", "Nimruz"),
        ("Paktia", "Paktya"),
        ("Uruzgan", "Oruzgan"),
        ("Daykundi", "Daikundi"),
        ("Panjshir", "Panjsher"),
        ("Kunduz", "Qunduz"),
        ("Achin", "Acheen"),
        ("Ishkashim", "Ishkashiem"),
        ("Sar-e Pol", "Sari Pul"),
        ("Mazar-e Sharif", "Mazari Sharif"),
        ("Pul-e Khumri", "Puli Khumri"),
        ("Dasht-e Archi", "Dashte Archi"),
    ],
)
def test_fold_absorbs_romanisation_variants(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_fold_keeps_different_names_apart() -> None:
    assert fold("Kunar") != fold("Kunduz")
    assert fold("Khost") != fold("Khash")


def test_bracketed_names_answer_to_each_part() -> None:
    assert name_keys("Reg(Khanshin)") >= {fold("Reg"), fold("Khanshin"), fold("Reg Khanshin")}


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Herat", "Herat"),
        ("Hirat", "Herat"),
        ("Hilmand", "Helmand"),
        ("Nimruz", "Nimroz"),
        ("Paktya", "Paktia"),
        ("Oruzgan", "Uruzgan"),
        ("Sari Pul", "Sar-e Pol"),
        ("Daikundi", "Daykundi"),
        ("Jawzjan", "Jowzjan"),
        ("Panjsher", "Panjshir"),
        ("Wardak", "Maidan Wardak"),
        ("Maydan Wardak", "Maidan Wardak"),
        ("Qunduz", "Kunduz"),
    ],
)
def test_province_spellings(districts: UnitSet, written: str, canonical: str) -> None:
    assert districts.gazetteer().resolve_province(written) == canonical


@pytest.mark.parametrize(
    ("province", "district", "unit"),
    [
        ("Kunduz", "Qala-i-Zal", "AF-KDZ/qalay-i-zal"),
        ("Nangarhar", "Achin", "AF-NAN/acheen"),
        ("Badakhshan", "Ishkashim", "AF-BDS/ishkashiem"),
        ("Helmand", "Khanashin", "AF-HEL/reg-khanshin"),
        ("Hilmand", "Reg", "AF-HEL/reg-khanshin"),
        ("Herat", "Kohsan", "AF-HER/kohsan"),
        ("", "Kohsan", "AF-HER/kohsan"),
        ("Badakhshan", "Warduj", "AF-BDS/warduj"),
    ],
)
def test_district_spellings(districts: UnitSet, province: str, district: str, unit: str) -> None:
    m = districts.gazetteer().match(province, district)
    assert m.problem is None, m.problem
    assert m.unit_ids == [unit]


def test_shared_district_name_needs_its_province(districts: UnitSet) -> None:
    g = districts.gazetteer()
    m = g.match("", "Kohistan")
    assert m.unit_ids == [] and "ambiguous" in str(m.problem)
    assert "Badakhshan" in str(m.problem) and "Faryab" in str(m.problem)
    assert g.match("Faryab", "Kohistan").unit_ids == ["AF-FYB/kohistan"]


def test_district_in_the_wrong_province_says_where_it_is(districts: UnitSet) -> None:
    m = districts.gazetteer().match("Farah", "Kohsan")
    assert m.problem is not None and "not in Farah" in m.problem and "Herat" in m.problem


def test_unknown_names_get_suggestions(districts: UnitSet) -> None:
    g = districts.gazetteer()
    m = g.match("Takhar", "Warsag")
    assert m.unit_ids == [] and m.suggestions[0] == "Warsaj"
    p = g.match("Hellmand", "")
    assert p.problem == "unknown province 'Hellmand'" or p.province == "Helmand"


def test_user_alias_file_extends_the_table(districts: UnitSet, tmp_path: Path) -> None:
    f = tmp_path / "aliases.csv"
    f.write_text("level,province,alias,canonical\ndistrict,Herat,Islam Qala Port,Kohsan\n")
    assert districts.gazetteer().match("Herat", "Islam Qala Port").unit_ids == []
    assert districts.gazetteer(aliases=f).match("Herat", "Islam Qala Port").unit_ids == [
        "AF-HER/kohsan"
    ]
