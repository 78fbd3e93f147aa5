"""A taking told as the time of a side story (#8, session 16, helper fresh8tail).

"Turkey still aims to maintain security at Kabul airport, after Taliban fighters took control of
Afghanistan's capital" (fresh8 k8258, k8259), "Ever since the Taliban took control of
Afghanistan's capital Kabul, most educational institutions ... have remained shut" (k8199), "The
day after Taliban took control of the Afghan capital Kabul, the country's cricket board said
..." (k8174), "... no threat to the game despite the Taliban taking over the capital city of
Kabul" (k8170), "The Taliban have announced an interim government in Afghanistan, three weeks
after seizing control of most of the country" (k8296) were refused for the side story's words.
The clause opened by after, since or despite is taken as fact whatever the main clause says; it
is read alone (mapper/check/presupposed.py), only in the past, with a span of hours, days or
weeks at most, and only beside a main clause that speaks of no control, loss, fighting, movement
of forces, year or discredited source.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim

ON = dt.date(2021, 8, 19)


def _units(c) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(u.kind, u.name) for u in c.named_units]


@pytest.mark.parametrize(
    ("text", "on", "units"),
    [
        ("Ever since the Taliban took control of Afghanistan's capital Kabul, most educational "
         "institutions in the country have remained shut as the group has failed to revive the "
         "economy and restore normalcy.", "2021-09-18", [("capital", "Kabul")]),
        ("ISTANBUL, Aug 18 (Reuters) - President Tayyip Erdogan said on Wednesday that Turkey "
         "still aims to maintain security at Kabul airport, after Taliban fighters took control "
         "of Afghanistan\u2019s capital.", "2021-08-18", [("capital", "Kabul")]),
        ("President Tayyip Erdogan has said that Turkey still aims to maintain security at Kabul "
         "airport, after Taliban fighters took control of Afghanistan\u2019s capital.",
         "2021-08-19", [("capital", "Kabul")]),
        ("However, as quoted by PTI, ACB president Hamid Shinwari insisted that the Islamist "
         "organization loved the sport and that there was no threat to the game despite the "
         "Taliban taking over the capital city of Kabul.", "2021-08-22", [("capital", "Kabul")]),
        ("The day after Taliban took control of the Afghan capital Kabul, the country\u2019s "
         "cricket board said its team\u2019s assignments would be honoured as there has been no "
         "interference from any quarters.", "2021-08-16", [("capital", "Kabul")]),
        # the same shapes, written from other rows' stories (trade, the currency, a governor,
        # aid)
        ("Since the Taliban captured Spin Boldak, trade through the crossing has stopped.",
         "2021-07-20", [("district", "Spin Boldak")]),
        ("The afghani hit a record low days after the Taliban seized Kabul.", "2021-08-19",
         [("capital", "Kabul")]),
        ("The Taliban have named a new governor for Herat, two days after capturing the city of "
         "Herat.", "2021-08-15", [("capital", "Herat")]),
        ("UN agencies said aid deliveries continued despite the Taliban controlling Kunduz "
         "province.", "2021-08-19", [("province", "Kunduz")]),
    ],
)  # fmt: skip
def test_the_taking_is_read_alone(text: str, on: str, units: list, gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(text, gazetteer=gaz, anchor=dt.date.fromisoformat(on))
    assert c.side == "taliban"
    assert c.measure == "units"
    assert _units(c) == units
    assert any("side story" in n for n in c.reading_notes)


def test_a_gerund_takes_the_main_clauses_side(gaz) -> None:  # type: ignore[no-untyped-def]
    c = parse_claim(
        "The Taliban have announced an interim government in Afghanistan, three weeks after "
        "seizing control of most of the country.",
        gazetteer=gaz,
        anchor=dt.date(2021, 9, 7),
    )
    assert (c.side, c.comparison, c.figure.lo, c.measure, c.scope_text()) == (
        "taliban",
        "over",
        0.5,
        "area",
        "the country",
    )


@pytest.mark.parametrize(
    "text",
    [
        # the main clause changes who holds it, or says it was lost, abandoned or fought over
        "The government retook Kunduz a week after the Taliban captured it.",
        "Kunduz was abandoned weeks after the Taliban captured Kunduz.",
        "Fighting continued in Kabul days after the Taliban took Kabul.",
        "Refugees fled to Iran after the Taliban took Herat.",
        "Schools reopened after fighting in Kabul, after the Taliban took Kandahar.",
        # maybe a future, or a tense the gerund takes from a modal main clause
        "Afghans will flee after the Taliban take Kabul.",
        "Schools closed after the Taliban take Kabul.",
        "The Taliban will form a government after taking Kabul.",
        "The Taliban plan to form a government after taking Kabul.",
        # another time: years, a month or more, a year named, a past state
        "Refugees crossed into Iran years after the Taliban took Herat.",
        "Schools reopened a month after the Taliban took Kabul.",
        "In 1996, schools closed after the Taliban took Kabul.",
        "Schools closed until the Taliban took Kabul.",
        "Schools closed before the Taliban took Kabul.",
        # discredited, fictional or denied
        "Fake reports said schools closed after the Taliban took Kabul.",
        "In a novel, schools closed after the Taliban took Kabul.",
        "It is false that schools closed after the Taliban took Kabul.",
        # no side, or one a pronoun stands for, or not a side as the subject
        "Schools closed after they took Kabul.",
        "Turkey has praised the Taliban since they captured Kabul.",
        "The Taliban and the US agreed on a deal after taking Kabul.",
        "Schools closed despite the army controlling Kabul.",
        # the clause itself unread: a hedge, a negation, an unknown place, a fall to nobody
        "Schools closed after the Taliban nearly took Kabul.",
        "Schools closed after the Taliban failed to take Kabul.",
        "Schools closed after the Taliban took Narnia.",
        "Schools closed after the fall of Kabul.",
        # a claim in the main clause: left to the reader (two claims refused)
        "Since the Taliban took Herat, they control half the country",
        # no story before 'since': a nonsense word or a negation, and 'since <day>,' is a day,
        # not a clause (a sweep inserting 'bbb' into read rows found these read as the capture
        # of five capitals, checked on Friday)
        "bbb Since Friday, the Taliban have captured five provincial capitals.",
        "Blorf since Friday, the Taliban have captured five provincial capitals.",
        "Not since Friday, the Taliban have captured five provincial capitals.",
        "Never since the Taliban took Kabul.",
    ],
)
def test_near_misses_stay_refused(text: str, gaz) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError):
        parse_claim(text, gazetteer=gaz, anchor=ON)
