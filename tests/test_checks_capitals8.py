"""Provincial capitals as real reporting names them (capitals8, issue #8): several under one
plural head ("the cities of Kunduz and Sar-e-Pul", "the capitals of Kunar, Logar and Paktika
provinces"), the province named by the city's own name ("Farah city, capital of the eponymous
province", "Sar-e-Pul, in the northern province of the same name"), where the province lies
("the provincial capital of Nimruz in southwestern Afghanistan", "capital of Kunar province in
the east"), and two appositions joined by "and" after "province". Each name is read as its own
provincial capital, checked on the places data; near misses stay refused."""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.boundaries import UnitSet
from mapper.checks import ClaimParseError, parse_claim

DAY = dt.date(2021, 8, 14)


@pytest.mark.parametrize(
    ("text", "side", "names", "said"),
    [
        ("The Afghan Taliban also captured the cities of Kunduz and Sar-e-Pul", "taliban",
         ["Kunduz", "Sar-e Pol"], "2 cities"),
        ("The Taliban have taken control of the Afghan cities of Kunduz and Sar-e-Pul", "taliban",
         ["Kunduz", "Sar-e Pol"], "2 cities"),
        ("The Taliban captured the northern cities of Kunduz, Taloqan and Sar-e-Pul", "taliban",
         ["Kunduz", "Taloqan", "Sar-e Pol"], "3 cities"),
        ("The government controls the cities of Kabul and Jalalabad", "government",
         ["Kabul", "Jalalabad"], "2 cities"),
        ("The provincial capitals of Kunar, Logar and Paktika provinces have fallen to the "
         "Taliban", "taliban", ["Asadabad", "Pul-i-Alam", "Sharana"], "3 provinces"),
        # a near miss of test_checks_capitals before: the capitals of the two provinces
        ("The Taliban hold the provincial capitals of Herat and Kandahar", "taliban",
         ["Herat", "Kandahar"], "2 provinces"),
        ("The Taliban captured the capitals of Afghanistan's Badakhshan and Baghlan provinces",
         "taliban", ["Fayzabad", "Pul-e Khumri"], "2 provinces"),
        ("The Taliban also gained control over Farah city, capital of the eponymous province",
         "taliban", ["Farah"], "eponymous province"),
        ("The Taliban captured Sar-e-Pul, in the northern province of the same name", "taliban",
         ["Sar-e Pol"], "same name"),
        ("The Taliban overran Zaranj, the provincial capital of Nimruz in southwestern "
         "Afghanistan", "taliban", ["Zaranj"], "nimruz"),
        ("The Taliban seized Assad Abad, capital of Kunar province in the east", "taliban",
         ["Asadabad"], "kunar"),
        ("Taliban militants overran Pul-e-Khumri city, capital of northern Baghlan province and "
         "Faizabad city, capital of Badakhshan province", "taliban",
         ["Pul-e Khumri", "Fayzabad"], "badakhshan"),
    ],
)  # fmt: skip
def test_capitals_named_as_reporting_writes_them_are_read(
    text: str, side: str, names: list[str], said: str, districts: UnitSet
) -> None:
    c = parse_claim(text, gazetteer=districts.gazetteer(), anchor=DAY)
    assert c.side == side
    assert c.measure == "units"
    assert [(u.kind, u.name) for u in c.named_units or []] == [("capital", n) for n in names]
    assert (c.figure.lo, c.figure.hi) == (len(names), len(names))
    assert c.comparison == "as-stated"
    assert said in " ".join(c.reading_notes).lower()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The Taliban captured the cities of Kunduz", "cities of kunduz"),
        ("The Taliban captured the cities of Kunduz and Imam Sahib", "imam sahib"),
        ("The Taliban captured the cities of Kunduz and Narnia", "narnia"),
        ("The Taliban captured the southern cities of Kunduz and Sar-e-Pul", "southern"),
        ("The Taliban captured the cities of Kunduz and Sar-e-Pul and Takhar province",
         "cities of kunduz"),
        ("The Taliban did not capture the cities of Kunduz and Sar-e-Pul", "not"),
        ("The Taliban captured the capitals of Kunar and Narnia", "narnia"),
        ("The Taliban captured the capitals of western Kunar and Logar provinces", "western"),
        ("The Taliban captured the capitals of Kunar and Logar districts", "capitals of kunar"),
        ("The Taliban also gained control over Lashkar Gah city, capital of the eponymous "
         "province", "eponymous"),
        ("The Taliban also gained control over Narnia city, capital of the eponymous province",
         "narnia"),
        ("The Taliban captured Taloqan, in the northern province of the same name", "same name"),
        ("The Taliban captured Sar-e-Pul, in the southern province of the same name",
         "southern"),
        ("The Taliban captured the eponymous province", "eponymous"),
        ("The Taliban overran Zaranj, the provincial capital of Nimruz in northeastern "
         "Afghanistan", "northeastern"),
        ("The Taliban seized Assad Abad, capital of Kunar province in the west", "west"),
        ("The Taliban captured Kunduz city, capital of Herat province", "kunduz"),
        ("The Taliban captured Narnia city, capital of Herat province", "narnia"),
        ("Taliban militants overran Pul-e-Khumri city, capital of northern Baghlan province and "
         "Faizabad city, capital of Herat province", "faizabad"),
        ("Taliban militants overran Pul-e-Khumri city, capital of Baghlan province and Narnia",
         "narnia"),
        ("Taliban militants overran Pul-e-Khumri city, capital of northern Baghlan province and "
         "Faizabad city, capital of neighboring Badakhshan province", "neighboring"),
    ],
)  # fmt: skip
def test_near_misses_stay_refused_naming_the_part(
    text: str, named: str, districts: UnitSet
) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, gazetteer=districts.gazetteer(), anchor=DAY)
    assert named in str(e.value).lower()


@pytest.mark.parametrize(
    ("text", "names", "said"),
    [
        ("The provincial capital Lashkar Gah and two major cities, Herat and Kandahar, have also "
         "been captured by the Taliban", ["Lashkar Gah", "Herat", "Kandahar"], "list's length"),
        ("The Taliban captured two major cities, Herat and Kandahar", ["Herat", "Kandahar"],
         "list's length"),
        ("Herat and Kandahar have also been captured by the Taliban", ["Herat", "Kandahar"], ""),
        ("The militants took Maidan Wardak, the capital of Maidan Wardak, on Sunday",
         ["Maidan Shar"], "province's name"),
        ("The Taliban took control of Mazar-i-Sharif, a crucial northern Afghan city",
         ["Mazar-i-Sharif"], "a crucial northern afghan city"),
        ("The Taliban captured Farah, a provincial capital in western Afghanistan", ["Farah"],
         "in western afghanistan"),
        ("The Taliban control Kunduz, a northern Afghan city", ["Kunduz"], "set aside"),
        ("The Taliban captured the key northern Afghan city of Mazar-i-Sharif",
         ["Mazar-i-Sharif"], ""),
    ],
)  # fmt: skip
def test_counted_described_and_province_named_capitals_are_read(
    text: str, names: list[str], said: str, districts: UnitSet
) -> None:
    c = parse_claim(text, gazetteer=districts.gazetteer(), anchor=DAY)
    assert c.side == "taliban" and c.measure == "units" and c.comparison == "as-stated"
    assert [(u.kind, u.name) for u in c.named_units or []] == [("capital", n) for n in names]
    assert (c.figure.lo, c.figure.hi) == (len(names), len(names))
    assert said in " ".join(c.reading_notes).lower()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The Taliban captured three cities, Herat and Kandahar", "three cities"),
        ("The Taliban captured two cities, Herat and Narnia", "cities"),
        ("The Taliban captured two cities, Herat and Imam Sahib", "cities"),
        ("The Taliban control two major cities, Herat and Kandahar", "cities"),
        ("Government forces now control two major cities - Kabul and Jalalabad", "cities"),
        ("The Taliban have not captured two major cities, Herat and Kandahar", "not"),
        ("Two major cities, Herat and Kandahar, are under Taliban control", "cities"),
        ("Herat has not been captured by the Taliban", "not"),
        ("Herat has almost been captured by the Taliban", "almost"),
        ("The Taliban took Helmand, the capital of Kandahar province", "helmand"),
        ("The Taliban took Maidan Wardak, the capital of Logar", "maidan wardak"),
        ("The Taliban captured Farah, a provincial capital in eastern Afghanistan", "eastern"),
        ("The Taliban took control of Mazar-i-Sharif, a crucial southern Afghan city",
         "southern"),
        ("The Taliban took control of Imam Sahib, a crucial northern Afghan city", "city"),
        ("The Taliban took control of Narnia, a crucial northern Afghan city", "narnia"),
        ("The Taliban captured the key southern Afghan city of Mazar-i-Sharif", "southern"),
        ("The Taliban took control of Mazar-i-Sharif, a crucial northern Afghan district",
         "district"),
    ],
)  # fmt: skip
def test_near_misses_of_counted_and_described_capitals_stay_refused(
    text: str, named: str, districts: UnitSet
) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, gazetteer=districts.gazetteer(), anchor=DAY)
    assert named in str(e.value).lower()


@pytest.mark.parametrize(
    ("text", "label", "said"),
    [
        ("The Taliban (a terrorist group banned in Russia) said they have captured the province "
         "of Badakhshan in northeastern Afghanistan", ["Badakhshan province"], "northeastern"),
        ("The Taliban captured Badakhshan province in the north of the country",
         ["Badakhshan province"], "in the north of the country"),
        ("The second and third-largest cities of Herat and Kandahar have also fallen to the "
         "insurgents", ["Herat (capital of Herat)", "Kandahar (capital of Kandahar)"],
         "rank of size"),
    ],
)  # fmt: skip
def test_a_province_located_and_a_rank_pair_over_cities_are_read(
    text: str, label: list[str], said: str, districts: UnitSet
) -> None:
    c = parse_claim(text, gazetteer=districts.gazetteer(), anchor=DAY)
    assert c.side == "taliban" and c.measure == "units"
    assert [u.label for u in c.named_units or []] == label
    assert said in " ".join(c.reading_notes).lower()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The Taliban captured the province of Badakhshan in southwestern Afghanistan",
         "southwestern"),
        ("The Taliban captured Badakhshan province in the south", "south"),
        ("The Taliban captured the province of Narnia in northeastern Afghanistan", "narnia"),
        ("The second and third-largest cities of Herat and Kunduz have fallen to the Taliban",
         "rank of size"),
        ("The Taliban have not captured the second and third largest cities of Kandahar and "
         "Herat", "not"),
    ],
)  # fmt: skip
def test_a_province_located_elsewhere_or_a_rank_that_does_not_fit_is_refused(
    text: str, named: str, districts: UnitSet
) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, gazetteer=districts.gazetteer(), anchor=DAY)
    assert named in str(e.value).lower()
