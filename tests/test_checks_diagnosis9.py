"""A refusal names the words that stopped the reading (#8, session 10). A sentence refused for
its date, tense or a clause ('In the past, ...', 'would', 'outside', 'many') was refused naming
a later word instead, often "a city, a town or 'the capital' is not a unit" for a capital the
units grammar reads ("In the past, the Afghan Taliban captured Faizabad, the capital of
Badakhshan": the capital is read without "In the past,"). The date, tense and clauses are now
read first, so the refusal names them; which sentences are read is unchanged.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

WRITTEN = dt.date(2021, 8, 15)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("In the past, the Afghan Taliban captured Faizabad, the capital of Badakhshan.",
         "in the past"),
        ("Taliban forces also took over the major cities of Herat and Kandahar, which would be "
         "a blow.", "would"),
        ("The Taleban captures Nerkh district just outside the capital Kabul.", "outside"),
        ("The Taliban have taken many districts around the city of Kunduz.", "many"),
    ],
)  # fmt: skip
def test_the_refusal_names_the_word_that_stopped_the_reading(text: str, named: str) -> None:
    with pytest.raises(ClaimParseError) as e:
        parse_claim(text, anchor=WRITTEN)
    assert e.value.part == named, str(e.value).splitlines()[0]


def test_the_capital_itself_is_read_without_the_blocker() -> None:
    c = parse_claim(
        "The Afghan Taliban captured Faizabad, the capital of Badakhshan.", anchor=WRITTEN
    )
    assert [u.name for u in c.named_units] == ["Fayzabad"]
