"""Names as reporters spell them (issue 9): spelling families, the joined "-i", kind words
("province", "district"), ambiguity without a province, and names the boundary set lacks."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from mapper.boundaries import UnitSet
from mapper.claims import read_claims
from mapper.errors import MatchError
from mapper.matching import (
    Gazetteer,
    Place,
    fold,
    name_keys,
    near_key,
    normalize,
    read_aliases,
    read_places,
    read_province_table,
    strip_kind,
)

# each family: a spelling in the boundary set or in reporting, and its variant
FAMILIES = [
    # Char / Chahar / Chahr
    ("Char Dara", "Chahar Dara"),
    ("Chahrdara", "Chahar Dara"),
    ("Charbolak", "Chahar Bolak"),
    ("Char Kent", "Chahar Kint"),
    ("Char Asiab", "Chahar Asyab"),
    ("Char Burjak", "Chahar Burjak"),
    ("Chaharikar", "Charikar"),
    # Khel / Khail
    ("Jani Khel", "Jani Khail"),
    ("Musa Khel", "Mosa Khail"),
    ("Sayd Khel", "Sayed Khail"),
    ("Yahya Khel", "Yahya Khail"),
    # Daulat / Dawlat / Dowlat
    ("Daulatabad", "Dawlatabad"),
    ("Dowlat Abad", "Dawlatabad"),
    ("Daulat Shah", "Dawlat Shah"),
    ("Dawlat Yar", "Daulatyar"),
    # Firus / Firuz / Feroz
    ("Firuz Nakhchir", "Feroz Nakhchir"),
    ("Firus Koh", "Firoz Koh"),
    # au / aw / ow / o
    ("Naw Zad", "Nauzad"),
    ("Now Zad", "Nawzad"),
    ("Khowst", "Khost"),
    ("Jowzjan", "Jawzjan"),
    ("Jawzjan", "Juzjan"),
    ("Yakawlang", "Yakaolang"),
    ("Chawkay", "Chowkay"),
    # a / i and a / u in unstressed syllables
    ("Shibirghan", "Sheberghan"),
    ("Nahri Sarraj", "Nahr-e Saraj"),
    ("Lash wa Juwayn", "Lash-e Jowain"),
    ("Kalafgan", "Kalfagan"),
    ("Bala Buluk", "Bala Baluk"),
    ("Qaramqol", "Qaramqul"),
    ("Garmser", "Garmsir"),
    ("Mandozayi", "Mando Zayi"),
    # a trailing -ah
    ("Musa Qalah", "Musa Qala"),
    ("Dih Salah", "Deh Sala"),
    ("Obeh", "Obe"),
    # "wa" / "o" as a connector
    ("Pachir wa Agam", "Pachier Agam"),
    ("Kuran o Munjan", "Kuran Wa Munjan"),
    ("Dand wa Patan", "Dand Patan"),
    ("Tala wa Barfak", "Tala Barfak"),
    ("Khost wa Firing", "Khost-o-Fering"),
    # ezafe, written apart, joined or dropped
    ("Mazar-e Sharif", "Mazari Sharif"),
    ("Dasht-e Archi", "Dashte Archi"),
    ("Qala-e Naw", "Qala-I- Naw"),
    ("Qalai Naw", "Qala Naw"),
    # the joined "-i" is part of the word, not an ezafe (the fold() bug of issue 9)
    ("Bati Kot", "Batikot"),
    ("Tere Zayi", "Terezayi"),
    ("Tere Zayi", "Terezai"),
    ("Shah Wali Kot", "Shahwalikot"),
    ("Shah Wali Kot", "Shah Walikot"),
    ("Deh Bala", "Dehbala"),
    # an h after a vowel, gh/g, Khwaja/Khawja/Khoja
    ("Dahana-e Ghori", "Dahna Ghori"),
    ("Kohistan", "Koistan"),
    ("Torghundi", "Torgondi"),
    ("Khwaja Du Koh", "Khawja Do Koh"),
    ("Khwaja Ghar", "Khoja Ghar"),
    # semivowels: i/y before a vowel
    ("Khogayani", "Khogyani"),
    ("Bamyan", "Bamiyan"),
    ("Paktia", "Paktya"),
    ("Daykundi", "Daikundi"),
    ("Maidan Shahr", "Meydan Shahr"),
    ("Qaysar", "Qaisar"),
    ("Panjwayi", "Panjwai"),
]


@pytest.mark.parametrize(("a", "b"), FAMILIES)
def test_each_family_folds_both_spellings_alike(a: str, b: str) -> None:
    assert fold(a) == fold(b)


# names that a too-loose key would merge: every pair is two real districts (or a district
# and its neighbour's province)
APART = [
    ("Bagram", "Bagrami"),
    ("Shinwar", "Shinwari"),
    ("Kohistan", "Kohistanat"),
    ("Khash", "Khoshi"),
    ("Sarobi", "Surobi"),
    ("Dishu", "Dushi"),
    ("Parun", "Paryan"),
    ("Nawa", "Nawur"),
    ("Kunar", "Kunduz"),
    ("Khost", "Khash"),
    ("Balkh", "Balkhab"),
    ("Andar", "Andarab"),
    ("Chak", "Chah Ab"),
    ("Zari", "Zhari"),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_the_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert fold(a) != fold(b)


def test_fold_keeps_arabic_script_as_written() -> None:
    assert fold("هرات") == "هرات" != fold("هرا")


def _district_rows(units: UnitSet) -> list[tuple[str, str, str]]:
    return [
        (str(u), str(n), str(p))
        for u, n, p in zip(
            units.units.index, units.units["name"], units.units["province"], strict=True
        )
    ]


#: the one pair of differently spelled districts the key merges on purpose: two provinces
#: spell one name two ways, and a bare "Jani Khel" must be reported as ambiguous
SAME_NAME_TWO_SPELLINGS = {frozenset({"Jani Khel", "Jani Khail"})}


def test_no_two_of_the_398_districts_collide_under_the_key(districts: UnitSet) -> None:
    rows = _district_rows(districts)
    assert len(rows) == 398
    seen: dict[str, list[tuple[str, str]]] = {}
    for _uid, name, prov in rows:
        for key in name_keys(name):
            seen.setdefault(key, []).append((name, prov))
    for key, names in seen.items():
        provinces = [p for _n, p in names]
        assert len(set(provinces)) == len(provinces), (key, names)  # never within a province
        parts = [_parts(n) for n, _p in names]
        shared = set.intersection(*parts)
        # the same name in two provinces (Kohistan, Arghandab, Tagab, Jaghatu) or the pair
        assert shared or frozenset(n for n, _p in names) in SAME_NAME_TWO_SPELLINGS, (key, names)


def _parts(name: str) -> set[str]:
    """A boundary name's spellings: the whole, outside the brackets, inside them."""
    outside, _, inside = name.partition("(")
    return {normalize(x) for x in (name, outside, inside.rstrip(")")) if x.strip()}


def test_no_two_of_the_34_provinces_collide_under_the_key() -> None:
    table = read_province_table()
    assert len(table) == 34
    keys: dict[str, str] = {}
    for row in table:
        for spelling in [row["name"], *filter(None, row["aliases"].split("|"))]:
            key = fold(spelling)
            assert keys.setdefault(key, row["name"]) == row["name"], (spelling, keys[key])


def test_a_province_name_is_not_the_key_of_another_province_district(districts: UnitSet) -> None:
    """A province name in the district column must not silently land elsewhere."""
    g = districts.gazetteer()
    for row in read_province_table():
        m = g.match("", row["name"])
        if m.unit_ids:
            assert g.district_names[m.unit_ids[0]][1] == row["name"], (row["name"], m)


@pytest.mark.parametrize(
    ("province", "district", "unit"),
    [
        ("Nangarhar", "Batikot", "AF-NAN/bati-kot"),
        ("Khost", "Terezai", "AF-KHO/tere-zayi"),
        ("Kandahar", "Shahwalikot", "AF-KAN/shah-wali-kot"),
        ("Kunduz", "Char Dara", "AF-KDZ/chahar-dara"),
        ("Balkh", "Charbolak", "AF-BAL/chahar-bolak"),
        ("Kabul", "Char Asiab", "AF-KAB/chahar-asyab"),
        ("Helmand", "Musa Qalah", "AF-HEL/musa-qala"),
        ("Nangarhar", "Pachir wa Agam", "AF-NAN/pachier-agam"),
        ("Farah", "Lash-e Juwayn", "AF-FRA/lash-wa-juwayn"),
        ("Paktia", "Jani Khel", "AF-PIA/jani-khail"),
        ("Paktika", "Jani Khail", "AF-PKA/jani-khel"),
        ("Kunar", "Asmar", "AF-KNR/bar-kunar"),
        ("Wardak", "Chak", "AF-WAR/chaki-wardak"),
        ("Kabul", "Sarobi", "AF-KAB/surobi"),
        ("Paktika", "Sarobi", "AF-PKA/sarobi"),
        ("Kunduz province", "Imam Sahib district", "AF-KDZ/imam-sahib"),
        ("Helmand Province", "Nad Ali District", "AF-HEL/nad-ali"),
        ("Helmand", "Nad-e Ali wuluswali", "AF-HEL/nad-ali"),
    ],
)
def test_reported_spellings_resolve(
    districts: UnitSet, province: str, district: str, unit: str
) -> None:
    m = districts.gazetteer().match(province, district)
    assert m.problem is None, m.problem
    assert m.unit_ids == [unit]


@pytest.mark.parametrize(
    ("province", "district", "unit"),
    [
        ("Kandahar", "Zheray", "AF-KAN/zhari"),
        ("Daykundi", "Kijran", "AF-DAY/kajran"),
        ("Khost", "Garboz", "AF-KHO/gurbuz"),
        ("Panjshir", "Anaba", "AF-PAN/unaba"),
        ("Balkh", "Chamtal", "AF-BAL/chimtal"),
        ("Kabul", "Bagram", "AF-KAB/bagrami"),
        ("Parwan", "Bagrami", "AF-PAR/bagram"),
    ],
)
def test_in_a_province_the_first_and_last_vowel_may_differ(
    districts: UnitSet, province: str, district: str, unit: str
) -> None:
    assert districts.gazetteer().match(province, district).unit_ids == [unit]


def test_a_near_spelling_is_said_in_validate(districts: UnitSet, tmp_path: Path) -> None:
    m = districts.gazetteer().match("Kandahar", "Zheray")
    assert (
        m.read_as
        == "'Zheray' read as Zhari (Kandahar): the names differ only in a first or last vowel"
    )
    assert m.note is None  # not a popup note
    f = tmp_path / "c.csv"
    f.write_text("date,province,district,status,source\n2021-07-01,Kandahar,Zheray,taliban,AP\n")
    ledger = read_claims(f, districts)
    assert ledger.claims.iloc[0]["note"] == ""
    assert [p.message for p in ledger.problems if p.severity == "warning"] == [m.read_as]


def test_no_two_districts_of_a_province_share_a_near_key(districts: UnitSet) -> None:
    seen: dict[tuple[str, str], str] = {}
    for uid, name, prov in _district_rows(districts):
        for key in name_keys(name):
            assert seen.setdefault((prov, near_key(key)), uid) == uid, (name, prov)


def test_a_near_key_is_not_accepted_without_a_province(districts: UnitSet) -> None:
    g = districts.gazetteer()
    for spelling in ("Zheray", "Kijran", "Garboz"):
        m = g.match("", spelling)
        assert m.unit_ids == [] and m.problem and "unknown district" in m.problem, m
        assert m.suggestions  # but suggested


def test_a_name_of_another_province_suggests_this_province_first(districts: UnitSet) -> None:
    m = districts.gazetteer().match("Maidan Wardak", "Behsud")
    assert m.unit_ids == [] and "is not in Maidan Wardak" in str(m.problem)
    assert set(m.suggestions[:2]) == {"Markazi Bihsud", "Hisa-I- Awali Bihsud"}
    assert "Bihsud (Nangarhar)" in m.suggestions


def test_kind_words_are_stripped_only_at_the_end() -> None:
    assert strip_kind("Kunduz province", "province") == "Kunduz"
    assert strip_kind("Kunduz, Province", "province") == "Kunduz"
    assert strip_kind("Nad Ali district", "district") == "Nad Ali"
    assert strip_kind("Nad Ali Wuluswali", "district") == "Nad Ali"
    # refused: nothing else is dropped, and a bare kind word stays as written
    assert strip_kind("Province of Kunduz", "province") == "Province of Kunduz"
    assert strip_kind("district", "district") == "district"
    assert strip_kind("Nad Ali province", "district") == "Nad Ali province"


def test_kind_words_do_not_hide_an_unknown_name(districts: UnitSet) -> None:
    g = districts.gazetteer()
    m = g.match("Freedonia province", "")
    assert m.unit_ids == [] and m.problem == "unknown province 'Freedonia'"
    m = g.match("Helmand", "Atlantis district")
    assert m.unit_ids == [] and m.problem == "unknown district 'Atlantis' in Helmand"


def test_jani_khel_without_a_province_is_ambiguous(districts: UnitSet) -> None:
    g = districts.gazetteer()
    for spelling in ("Jani Khel", "Jani Khail", "Janikhel"):
        m = g.match("", spelling)
        assert m.unit_ids == [] and "ambiguous" in str(m.problem), spelling
        assert "Jani Khel (Paktika)" in str(m.problem) and "Jani Khail (Paktia)" in str(m.problem)


def test_a_near_name_in_another_province_makes_a_bare_name_ambiguous(
    districts: UnitSet,
) -> None:
    g = districts.gazetteer()
    m = g.match("", "Sarobi")  # exact in Paktika; Kabul's Surobi is spelled so too
    assert m.unit_ids == [] and "Sarobi (Paktika)" in str(m.problem)
    assert "Surobi (Kabul)" in str(m.problem)
    m = g.match("", "Bagram")  # exact in Parwan; Kabul's Bagrami is one vowel away
    assert m.unit_ids == [] and "Bagrami (Kabul)" in str(m.problem)
    # accepted: a bare name with no near name elsewhere
    assert g.match("", "Kohsan").unit_ids == ["AF-HER/kohsan"]
    assert g.match("", "Batikot").unit_ids == ["AF-NAN/bati-kot"]


def test_every_bare_district_name_resolves_to_itself_or_is_ambiguous(
    districts: UnitSet,
) -> None:
    """Property over all 398 names: a bare name never resolves to another district; it is
    ambiguous exactly when another province has a district with the same key or a near key,
    and the error then lists both."""
    g = districts.gazetteer()
    rows = _district_rows(districts)
    keyed = [(uid, prov, fold(name), near_key(fold(name))) for uid, name, prov in rows]
    for uid, name, prov in rows:
        key = fold(name)
        by_key = g._by_key.get(key, set())  # aliases included
        rivals = [
            u
            for u, p, k, nk in keyed
            if p != prov and (k == key or nk == near_key(key) or u in by_key)
        ]
        m = g.match("", name)
        if rivals:
            assert m.unit_ids == [], (name, prov, m)
            assert "ambiguous" in str(m.problem)
            for u in [uid, *rivals]:
                assert g.label(u) in str(m.problem), (name, g.label(u), m.problem)
        elif "(" not in name:
            assert m.unit_ids == [uid], (name, prov, m)
        else:
            assert m.unit_ids in ([uid], []), (name, prov, m)


def test_pairs_of_district_names_never_resolve_to_a_third_unit(districts: UnitSet) -> None:
    """Any two names joined ("Kohsan Gulran") resolve to nothing rather than a guess."""
    g = districts.gazetteer()
    names = sorted({str(n) for n in districts.units["name"]})[:40]
    for a, b in itertools.combinations(names, 2):
        m = g.match("", f"{a} {b}")
        assert not m.unit_ids or g.district_names[m.unit_ids[0]][0] in (a, b), (a, b, m)


# --- districts the 2014 boundary set does not have ----------------------------------------


def test_the_built_in_table_has_a_source_for_every_row(districts: UnitSet) -> None:
    places = read_places()
    assert places
    g = districts.gazetteer()
    for p in places:
        assert p.source and p.url.startswith(("https://", "http://")), p
        assert g.resolve_province(p.province) == p.province, p
        hits = g._by_prov_key.get((p.province, fold(p.district)))
        assert hits and len(hits) == 1, p  # the containing district is in the set
        m = g.match(p.province, p.name)
        assert m.unit_ids == sorted(hits) and m.note == p.note, (p, m)


def test_a_new_district_resolves_to_its_2014_district_with_a_note() -> None:
    g = Gazetteer(
        {"L/alingar": ("Alingar", "Laghman"), "L/alishing": ("Alishing", "Laghman")},
        {"Laghman": []},
        places=[Place("Badpakh", "Laghman", "Alingar", "district", "2018", "test", "")],
    )
    m = g.match("Laghman", "Badpakh")
    assert m.unit_ids == ["L/alingar"]
    assert m.note == "Badpakh: created 2018 from Alingar; counted as Alingar"
    assert g.match("", "Bad Pakh district").note == m.note
    assert g.match("Laghman", "Alingar").note is None  # the set's own name: no note
    # refused: another province, or a table row whose district the set does not have
    assert g.match("Kunar", "Badpakh").unit_ids == []
    g2 = Gazetteer(
        {"L/alishing": ("Alishing", "Laghman")},
        {"Laghman": []},
        places=[Place("Badpakh", "Laghman", "Alingar", "district", "2018", "test", "")],
    )
    assert g2.match("Laghman", "Badpakh").unit_ids == []


def test_a_locality_note_says_what_it_is() -> None:
    p = Place("Islam Qala", "Herat", "Kohsan", "locality", "", "test", "")
    assert p.note == (
        "Islam Qala: a locality in Kohsan district, reported as a district; counted as Kohsan"
    )


def test_the_places_reader_refuses_rows_without_kind_or_source(tmp_path: Path) -> None:
    f = tmp_path / "p.csv"
    f.write_text(
        "name,province,district,kind,created,source,url\n"
        "A,Herat,Kohsan,town,,src,\n"
        "B,Herat,Kohsan,locality,,,\n"
    )
    with pytest.raises(MatchError) as e:
        read_places(f)
    assert "kind must be" in str(e.value) and "row 3" in str(e.value)


def test_a_claim_on_a_new_district_carries_the_note(districts: UnitSet, tmp_path: Path) -> None:
    place = read_places()[0]
    f = tmp_path / "c.csv"
    f.write_text(
        "date,province,district,status,source,note\n"
        f"2021-07-01,{place.province},{place.name},taliban,Pajhwok,fell at dawn\n"
    )
    ledger = read_claims(f, districts)
    row = ledger.claims.iloc[0]
    assert row["note"] == f"fell at dawn; {place.note}"
    assert row["unit_id"] == districts.gazetteer().match(place.province, place.district).unit_ids[0]
    warnings = [p for p in ledger.problems if p.severity == "warning"]
    assert any(place.note in p.message and p.row == 2 for p in warnings)


def test_the_note_reaches_the_map_popup(districts: UnitSet, tmp_path: Path) -> None:
    from mapper.render import unit_properties
    from mapper.snapshots import state_at

    place = next(p for p in read_places() if p.name == "Islam Qala")
    f = tmp_path / "c.csv"
    f.write_text(
        "date,province,district,status,source\n"
        f"2021-07-09,{place.province},{place.name},taliban,TOLOnews\n"
    )
    ledger = read_claims(f, districts)
    state = state_at(ledger, districts, "2021-07-10")
    uid = districts.gazetteer().match(place.province, place.district).unit_ids[0]
    props = {p["unit_id"]: p for p in unit_properties(state, districts, ledger)}
    assert "Islam Qala: a locality in Kohsan district" in props[uid]["popup"]


def test_built_in_aliases_still_resolve(districts: UnitSet) -> None:
    g = districts.gazetteer()
    for a in read_aliases():
        if a.level != "district":
            continue
        if not g.match(a.province, a.canonical).unit_ids:
            continue  # an alias for a district this province does not have
        m = g.match(a.province, a.alias)
        assert m.unit_ids == g.match(a.province, a.canonical).unit_ids, (a, m.problem)


# --- mapper validate --suggest-aliases ---------------------------------------------------


@pytest.fixture
def run(mirror: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from mapper.cli import main

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(
            main, ["--mirror", str(mirror), "--cache-dir", str(tmp_path / "c"), *args]
        )

    return invoke


LEDGER = (
    "date,province,district,status,source\n"
    "2021-07-01,Takhar,Warsag,taliban,Pajhwok\n"
    "2021-07-02,Takhar,Warsag,taliban,TOLOnews\n"
    "2021-07-03,Helmund Provinse,,taliban,AP\n"
    "2021-07-04,,Jani Khel,taliban,AP\n"
    "2021-07-05,,Shindant,taliban,AP\n"
    "2021-07-06,Herat,Kohsan,taliban,AP\n"
)


def test_suggest_aliases_writes_a_reviewable_alias_file(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ledger = tmp_path / "l.csv"
    ledger.write_text(LEDGER)
    out = tmp_path / "sub" / "aliases.csv"
    res = run("validate", str(ledger), "--suggest-aliases", str(out))
    assert res.exit_code == 1  # the ledger is still invalid: nothing was applied
    assert "unknown district 'Warsag' in Takhar" in res.output
    text = out.read_text()
    assert text.startswith("# Aliases suggested by")
    rows = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    assert rows[0] == "level,province,alias,canonical"
    assert "district,Takhar,Warsag,Warsaj" in rows
    assert "district,Herat,Shindant,Shindand" in rows
    assert "province,,Helmund Provinse,Helmand" in rows
    assert "# rows 2, 3:" in text  # Warsag once, with both rows
    assert "Jani Khel" in text and "no alias suggested" in text  # ambiguous: a comment
    assert not any("Jani Khel" in r for r in rows)
    assert "wrote 3 suggested alias(es)" in res.output
    # passed back, the reviewed file fixes the names (Jani Khel still needs its province)
    fixed = tmp_path / "fixed.csv"
    fixed.write_text(LEDGER.replace("2021-07-04,,Jani Khel,taliban,AP\n", ""))
    res = run("validate", str(fixed), "--aliases", str(out))
    assert res.exit_code == 0, res.output


def test_suggest_aliases_refuses_to_overwrite_without_the_option(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ledger = tmp_path / "l.csv"
    ledger.write_text(LEDGER)
    out = tmp_path / "aliases.csv"
    out.write_text("mine\n")
    res = run("validate", str(ledger), "--suggest-aliases", str(out))
    assert res.exit_code == 1 and "pass --overwrite" in res.output
    assert out.read_text() == "mine\n"
    res = run("validate", str(ledger), "--suggest-aliases", str(out), "--overwrite")
    assert res.exit_code == 1 and out.read_text().startswith("# Aliases suggested")
    assert not list(tmp_path.glob(".aliases.csv.*"))  # no temp file left behind


def test_suggest_aliases_on_a_valid_ledger_writes_only_the_header(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ledger = tmp_path / "l.csv"
    ledger.write_text("date,province,district,status,source\n2021-07-06,Herat,Kohsan,taliban,AP\n")
    out = tmp_path / "aliases.csv"
    res = run("validate", str(ledger), "--suggest-aliases", str(out))
    assert res.exit_code == 0, res.output
    assert "Every name resolved" in out.read_text()
    assert read_aliases(out) == []
