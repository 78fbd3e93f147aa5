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
