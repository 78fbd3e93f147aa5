"""The ``units`` measure: who holds a named province, district or provincial capital (#8).

End-to-end through ``mapper check`` on examples/afghanistan-2021.csv. Every expected verdict
is worked out by hand from the ledger rows cited (row = the CSV line number, header = 1), with
the ledger's rules: a district claim outranks a province-wide one, the latest date wins, two
sides on the same date make a district disputed; row 2 is the 1 May baseline (country-wide,
government).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mapper.checks import ClaimParseError, parse_claim
from mapper.cli import main
from tests.conftest import EXAMPLE, NEWS_ONLY


def check(mirror: Path, date: str, sentence: str, *extra: str) -> dict:
    res = CliRunner().invoke(
        main,
        ["--mirror", str(mirror), "check", str(EXAMPLE), "--date", date, sentence,
         "--format", "json", *extra],
        catch_exceptions=False,
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def units_of(d: dict) -> dict[str, dict]:
    return {u["unit"]: u for u in d["units"]}


# --------------------------------------------------------------------------------------------
# End to end


def test_zaranj_captured_on_friday_is_checked_on_that_friday(mirror: Path) -> None:
    s = "The Taliban captured Zaranj, the capital of Nimroz province, on Friday"
    # written on Sunday 8 August: Friday is 6 August; Zaranj district (which holds the city's
    # point): rows 170 and 171, 2021-08-06, taliban
    d = check(mirror, "2021-08-08", s)
    assert d["verdict"] == "supported" and d["date"] == "2021-08-06"
    z = units_of(d)["Zaranj (capital of Nimroz)"]
    assert z["kind"] == "capital" and z["verdict"] == "supported"
    assert z["claims"] == ["rows 170, 171 (2021-08-06, AFP via UrduPoint; Axios via Yahoo)"]
    assert d["parsed"]["measure"] == "units" and d["parsed"]["change_verb"] == "captured"
    assert any("change itself" in n and "not checked" in n for n in d["parsed"]["reading_notes"])
    # written on Thursday 5 August: Friday is 30 July; no claim on Zaranj yet, so the 1 May
    # baseline (row 2, government) decides: contradicted
    d = check(mirror, "2021-08-05", s)
    assert d["verdict"] == "contradicted" and d["date"] == "2021-07-30"
    assert units_of(d)["Zaranj (capital of Nimroz)"]["claims"][0].startswith("row 2 (2021-05-01")


def test_two_cities_taken(mirror: Path) -> None:
    s = "The Taliban have taken Herat and Kandahar"
    # 14 Aug: Herat district row 200 (08-13 taliban; outranks province-wide row 199),
    # Kandahar district row 202 (08-13 taliban)
    d = check(mirror, "2021-08-14", s)
    assert d["verdict"] == "supported"
    u = units_of(d)
    assert u["Herat (capital of Herat)"]["claims"] == ["row 200 (2021-08-13, The Independent)"]
    assert u["Kandahar (capital of Kandahar)"]["claims"] == [
        "row 202 (2021-08-13, Reuters via Devdiscourse)"
    ]
    # 10 Aug: Herat district row 165 (08-05 government); Kandahar district no claim of its
    # own, baseline row 2 (government): neither can be the Taliban's
    d = check(mirror, "2021-08-10", s)
    assert d["verdict"] == "contradicted"
    assert {u["verdict"] for u in d["units"]} == {"contradicted"}
    assert any("read as the city of Herat" in n for n in d["parsed"]["reading_notes"])


def test_a_province_is_all_of_its_districts(mirror: Path) -> None:
    # 8 Aug: row 128 (07-08, Helmand province-wide, contested) leaves 12 districts contested;
    # row 161 (08-02 Garmsir taliban); row 164 (08-03 Lashkar Gah contested): 1 of 13 the
    # Taliban's, 12 contested -> depends on how contested districts count
    d = check(mirror, "2021-08-08", "The Taliban control Helmand province")
    assert d["verdict"] == "depends-on-assumptions"
    h = units_of(d)["Helmand province"]
    assert len(h["districts"]) == 13 and h["measured_as"] == "all 13 districts of Helmand"
    assert h["status"].startswith("Contested 12") and "Taliban control 1 (Garmser)" in h["status"]
    assert "all 13 districts of Helmand" in d["denominator"]
    # 14 Aug: rows 196-197 (08-13 Helmand province-wide taliban) and 198 (Lashkar Gah): all 13
    d = check(mirror, "2021-08-14", "The Taliban control Helmand province")
    assert d["verdict"] == "supported"
    assert d["values"] == {"low": 1, "mid": 1, "high": 1}
    d = check(mirror, "2021-08-14", "Government forces hold Helmand province")
    assert d["verdict"] == "contradicted"


def test_a_district_with_conflicting_claims(mirror: Path) -> None:
    s = "Kohsan district is under Taliban control"
    # 8 Jul: rows 130 (taliban) and 131 (government) the same day: disputed
    d = check(mirror, "2021-07-08", s)
    assert d["verdict"] == "depends-on-assumptions"
    assert units_of(d)["Kohsan district (Herat)"]["status"].startswith("Disputed")
    # 10 Jul: row 132 (07-09, taliban) is the latest
    d = check(mirror, "2021-07-10", s)
    assert d["verdict"] == "supported"
    assert units_of(d)["Kohsan district (Herat)"]["claims"] == ["row 132 (2021-07-09, TOLOnews)"]


def test_retook_a_contested_capital(mirror: Path) -> None:
    # Lashkar Gah's district: row 164 (08-03, contested) on 8 Aug
    d = check(mirror, "2021-08-08", "Government forces retook Lashkar Gah")
    assert d["verdict"] == "depends-on-assumptions" and d["side"] == "government"
    assert units_of(d)["Lashkar Gah (capital of Helmand)"]["status"] == "Contested 1"


@pytest.mark.parametrize(
    ("mode", "verdict"),
    [("open", "undetermined"), ("nobody", "contradicted"), ("taliban", "supported"),
     ("government", "contradicted")],
)  # fmt: skip
def test_unclaimed_districts_of_a_province(mirror: Path, mode: str, verdict: str) -> None:
    # news-only ledger on 17 Jul: of Kandahar's 16 districts only Khakrez (row 27), Panjwai
    # (row 33) and Spin Boldak (rows 44-46, the latest day taliban) have claims, all taliban; 13
    # have none. Open: held on what is recorded only if the 13 count -> undetermined; nobody:
    # 3 of 16 -> contradicted; counted as the Taliban's: all 16 -> supported; as the
    # government's -> contradicted.
    res = CliRunner().invoke(
        main,
        ["--mirror", str(mirror), "check", str(NEWS_ONLY), "--date", "2021-07-17",
         "--unclaimed", mode, "The Taliban control Kandahar province", "--format", "json"],
        catch_exceptions=False,
    )  # fmt: skip
    d = json.loads(res.stdout)
    assert d["verdict"] == verdict and d["unclaimed"] == mode
    k = units_of(d)["Kandahar province"]
    assert len(k["districts"]) == 16 and len(k["unclaimed_districts"]) == 13


def test_table_and_html_box(mirror: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(
        main,
        ["--mirror", str(mirror), "check", str(EXAMPLE), "--date", "2021-08-14",
         "The Taliban have taken Herat and Kandahar", "--html", str(tmp_path / "v.html")],
        catch_exceptions=False,
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    assert "Verdict:  SUPPORTED" in res.stdout
    assert "Unit:     Herat (capital of Herat) — SUPPORTED" in res.stdout
    html = (tmp_path / "v.html").read_text()
    assert "mapper-units" in html and "Kandahar (capital of Kandahar)" in html


def test_batch_json(mirror: Path, tmp_path: Path) -> None:
    batch = tmp_path / "b.csv"
    batch.write_text(
        "claim,date\n"
        '"Zaranj fell to the Taliban",2021-08-07\n'
        '"The Taliban besieged Kunduz",2021-08-07\n'
    )
    res = CliRunner().invoke(
        main,
        ["--mirror", str(mirror), "check", str(EXAMPLE), "--batch", str(batch),
         "--format", "json"],
        catch_exceptions=False,
    )  # fmt: skip
    assert res.exit_code == 1  # one sentence is refused
    out = json.loads(res.stdout)
    assert out[0]["verdict"] == "supported" and out[0]["units"][0]["name"] == "Zaranj"
    assert out[1]["verdict"] is None and "not control" in out[1]["error"]


def test_batch_row_with_an_unquoted_comma_is_named(mirror: Path, tmp_path: Path) -> None:
    batch = tmp_path / "b.csv"
    batch.write_text("claim\nThe Taliban captured Zaranj, the capital of Nimroz province\n")
    res = CliRunner().invoke(
        main,
        ["--mirror", str(mirror), "check", str(EXAMPLE), "--date", "2021-08-08", "--batch",
         str(batch)],
    )  # fmt: skip
    assert res.exit_code != 0 and "row 2: 2 cells, the header has 1" in res.output


# --------------------------------------------------------------------------------------------
# Reading


@pytest.mark.parametrize(
    ("sentence", "side", "units"),
    [
        ("The Taliban control Kunduz province", "taliban", ["province:Kunduz"]),
        ("Kohsan district is under Taliban control", "taliban", ["district:Kohsan"]),
        ("Government forces retook Lashkar Gah", "government", ["capital:Lashkar Gah"]),
        ("The Taliban captured Kunduz", "taliban", ["capital:Kunduz"]),
        ("The Taliban have taken Herat and Kandahar", "taliban",
         ["capital:Herat", "capital:Kandahar"]),
        ("Sheberghan was captured by the Taliban", "taliban", ["capital:Sheberghan"]),
        ("The city of Kunduz fell to the Taliban", "taliban", ["capital:Kunduz"]),
        ("The Taliban captured the capital of Helmand province", "taliban",
         ["capital:Lashkar Gah"]),
        ("Helmand is under Taliban control", "taliban", ["province:Helmand"]),
        ("The Taliban now control Kunduz city and Kunduz province", "taliban",
         ["capital:Kunduz", "province:Kunduz"]),
        ("The Taliban seized Imam Sahib district", "taliban", ["district:Imam Sahib"]),
        ("Afghan forces have retaken Kohsan district", "government", ["district:Kohsan"]),
        ("Afghan forces recaptured Lashkar Gah from the Taliban", "government",
         ["capital:Lashkar Gah"]),
        ("Afghan security forces retook the control of Saighan and Kahmard districts in Bamiyan",
         "government", ["district:Sayghan", "district:Kahmard"]),
        ("KABUL: Afghan forces have retaken Kohsan district", "government", ["district:Kohsan"]),
        ("The Afghan army has liberated the Kaldar district from the Taliban (a terror group, "
         "banned in Russia) in the northern province of Balkh", "government", ["district:Kaldar"]),
        ("The Afghan National Defense and Security Forces (ANDSF) retook Kohsan district",
         "government", ["district:Kohsan"]),
        ("The Taliban captured Helmand's capital", "taliban", ["capital:Lashkar Gah"]),
        ("The Taliban captured Lashkar Gah, Helmand's provincial capital", "taliban",
         ["capital:Lashkar Gah"]),
        ("Afghan forces regained control of Kohsan district", "government", ["district:Kohsan"]),
        ("The Taliban captured Fayzabad city", "taliban", ["capital:Fayzabad"]),
        ("The Taliban captured Zaranj in Nimroz province", "taliban", ["capital:Zaranj"]),
        ("The Taliban captured Imam Sahib in Kunduz", "taliban", ["district:Imam Sahib"]),
        ("The Taliban captured Fayzabad in Jowzjan", "taliban", ["district:Fayzabad"]),
        ("The Taliban have taken over control of Panjshir province", "taliban",
         ["province:Panjshir"]),
    ],
)  # fmt: skip
def test_reads(gaz, sentence: str, side: str, units: list[str]) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 15))
    assert c.measure == "units" and c.side == side
    assert [f"{u.kind}:{u.name}" for u in c.named_units] == units


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("The Taliban besieged Kunduz", "not control"),
        ("The Taliban almost captured Kunduz", "hedges"),
        ("The Taliban attacked Kunduz", "not control"),
        ("The Taliban entered Kunduz", "not control"),
        ("The Taliban surrounded Lashkar Gah", "not control"),
        ("The Taliban advanced on Herat", "not control"),
        ("Fighting in Kunduz city", "not control"),
        ("The Taliban control Kunduz", "names both Kunduz province and its capital"),
        ("The Taliban captured Narnia", "never widened"),
        ("The Taliban and government forces captured Kunduz", "more than one side"),
        ("The Taliban have taken Herat and most of Helmand", "more than one province"),
        ("The Taliban control parts of Helmand province", "vague"),
        ("The Taliban did not capture Zaranj", "negation"),
        ("The Taliban may capture Zaranj", "modal"),
        ("The Taliban captured Zaranj, the capital of Helmand province", "places data gives"),
        ("The Taliban captured Zaranj on Friday and Herat on Saturday", "more than one date"),
        ("Resistance forces hold Panjshir", "side"),
        ("The Taliban captured Zaranj bbb", "bbb"),
        ("Government forces retook Lashkar Gah from government troops", "not from itself"),
        ("The Taliban captured Zaranj in August", "span of days"),
        ("The Taliban captured Zaranj, Helmand's capital", "places data gives"),
        ("The Taliban captured Fayzabad", "a district elsewhere"),
        ("The Taliban captured Zaranj in Helmand", "not in Helmand"),
        ("The Taliban captured Zaranj in Narnia", "not a province"),
    ],
)
def test_refuses(gaz, sentence: str, why: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match=why):
        parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 8, 15))


def test_a_district_needs_the_boundary_names() -> None:
    with pytest.raises(ClaimParseError, match="district names"):
        parse_claim("Kohsan district is under Taliban control")


def test_a_relative_day_needs_the_date_of_writing(gaz) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError, match="needs that date"):
        parse_claim("The Taliban captured Zaranj on Friday", gazetteer=gaz)
    with pytest.raises(ClaimParseError, match="never checked on another day"):
        parse_claim("The Taliban captured Zaranj on August 6", gazetteer=gaz)
    c = parse_claim("The Taliban captured Zaranj on August 6", anchor=dt.date(2021, 8, 9))
    assert c.check_date == "2021-08-06"


def test_as_well_as_lists_units_and_no_placeholder_reaches_a_message() -> None:
    """dev2 e083: "the city of Farah, the capital of ... Farah Province, as well as the city of
    Puli Khumri, the capital of ... Baghlan Province" was refused naming "'as well as @1'" (an
    internal placeholder); "as well as" lists units like "and"."""
    c = parse_claim(
        "The Taliban captures the city of Farah, the capital of the southwestern Farah "
        "Province, as well as the city of Puli Khumri, the capital of the northern Baghlan "
        "Province."
    )
    assert [u.name for u in c.named_units] == ["Farah", "Pul-e Khumri"]
    assert len(parse_claim("The Taliban captured Herat as well as Kandahar.").named_units) == 2
    with pytest.raises(ClaimParseError) as info:
        parse_claim("The Taliban captured Zaranj, the capital of Nimroz, foo Kunduz.")
    assert "@" not in str(info.value)


def test_a_units_claim_inside_unread_words_names_them_not_a_missing_figure() -> None:
    """corpus5 C5-2: "In the meantime, the Taliban took control of ... district" was refused
    with "found no figure", telling the writer to add a share the sentence does not need. ("In
    the meantime," is now a discourse marker, set aside: test_checks_past16; another opener
    stands for the unread words.)"""
    with pytest.raises(ClaimParseError) as info:
        parse_claim("In the fog, the Taliban took control of Kunduz province.")
    assert "fog" in info.value.unread
    assert "found no figure" not in str(info.value)


# --------------------------------------------------------------------------------------------
# "Panjshir, the last holdout Afghan province": every other province checked beside (clauses6)


def test_the_last_holdout_is_a_second_claim_checked_beside(mirror: Path) -> None:
    s = "Taliban says it has taken control of Panjshir, the last holdout Afghan province"
    # 6 Sep: Panjshir 6 districts disputed (rows 248-250); Baghlan's Dih Salah and Puli Hisar
    # unconfirmed (rows 242, 243): both parts depend on how those count
    d = check(mirror, "2021-09-06", s)
    assert d["verdict"] == "depends-on-assumptions"
    u = units_of(d)
    assert len(u) == 34 and u["Panjshir province"]["verdict"] == "depends-on-assumptions"
    assert u["Herat province"]["verdict"] == "supported"
    assert u["Baghlan province"]["verdict"] == "depends-on-assumptions"
    assert any("the 33 other provinces" in n for n in d["parsed"]["reading_notes"])
    assert any("sentence holds only if both do" in n for n in d["notes"])
    # 10 Aug: Herat and Kandahar were still the government's: the apposition is contradicted
    d = check(mirror, "2021-08-10", s)
    assert d["verdict"] == "contradicted"
    assert units_of(d)["Herat province"]["verdict"] == "contradicted"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban have taken control of Panjshir, the last holdout Afghan province",
        "Panjshir, the last pocket of resistance, falls to Taliban",
        "The Taliban have taken control of Panjshir province, the last holdout of anti-Taliban "
        "forces in Afghanistan.",
        "The Taliban said Monday that it has taken control of Panjshir province north of Kabul, "
        "the last holdout of anti-Taliban forces in the country and the only province the "
        "Taliban had not seized during its blitz across Afghanistan last month.",
        "The Taliban claims it is now in complete control of the Afghan province of Panjshir, "
        "the last pocket of resistance to its rule.",
    ],
)
def test_last_holdout_reads_the_province_and_every_other(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 9, 6))
    assert c.side == "taliban"
    assert c.province == "Panjshir" or [u.name for u in c.named_units] == ["Panjshir"]
    assert len(c.also_units) == 33 and "Panjshir" not in {u.name for u in c.also_units}
    assert {u.kind for u in c.also_units} == {"province"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban have taken control of Panjshir, the last holdout of anti-government forces "
        "in Afghanistan",
        "Government forces have retaken Panjshir, the only province the Taliban had not seized",
        "The Taliban have taken control of Panjshir, the only province the Taliban had seized",
        "The Taliban have taken control of Kohsan district, the last holdout Afghan province",
        "The Taliban have taken control of half of Panjshir, the last holdout Afghan province",
        "The Taliban have taken control of Kapisa and Panjshir, the last holdout Afghan province",
        "The Taliban may take control of Panjshir, the last holdout Afghan province",
        "The Taliban have taken control of Panjshir, the last area held by resistance forces",
    ],
)
def test_last_holdout_near_misses_are_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(sentence, gazetteer=gaz, anchor=dt.date(2021, 9, 6))
