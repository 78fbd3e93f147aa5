"""Red-team of session 16 (redteam16, issue #8): adversarial sentences in the style of real
reporting and automatic perturbations of the readable corpus rows (a word inserted or
replaced: a negation, a hedge, a modal, a question mark, a discredited source, swapped sides),
read as ``mapper check`` reads them (the boundary set's names, the date of writing as the
anchor). Each confident misreading found is refused here, the refusal naming the words; the
guards are near-misses and corpus forms that must still be read as they were.

Groups found (all read on main before the fix):

1. A side named only as who said it, over a claim whose predicate names no side ("The
   government says seven districts have fallen" was read as seven districts the government
   holds): :mod:`mapper.check.speaker_side`.
2. A question: a "?" glued to a word a reader sets aside whole ("... in Herat province?",
   "Zaranj fell to the Taliban?", a clause of circumstance "..., despite the US airstrikes?")
   was read as the claim: :mod:`mapper.check.moods`.
3. A source the sentence calls exaggerated, dubious or disputed ("Exaggerated reports said the
   Taliban control 157 districts"): :data:`mapper.check.discredit.DISCREDITED`.
4. A span whose first day names a year and whose second does not ("between June 1, 2020 and
   June 30" was read from 1 June 2020 to 30 June 2021):
   :func:`mapper.check.windows.resolve_absolute`.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from tests.checker_corpus import scope_of

DAY = dt.date(2021, 8, 10)  # a Tuesday


def _refusal(gaz, sentence: str, anchor: dt.date = DAY) -> ClaimParseError:  # type: ignore[no-untyped-def]
    with pytest.raises(ClaimParseError) as info:
        c = parse_claim(sentence, gazetteer=gaz, anchor=anchor)
        pytest.fail(
            f"read as {c.side} {c.comparison} {c.figure.lo} {c.measure} {scope_of(c)} "
            f"on {c.check_date or c.window_start}"
        )
    return info.value


# --------------------------------------------------------------------------------------------
# 1. The side only in who said it, the claim's predicate naming no side

SPEAKER_ONLY = [
    ("The government says seven districts have fallen since May 1", "fallen"),
    ("The government says seven districts have fallen", "fallen"),
    ("The government said that 12 districts have fallen", "fallen"),
    ("Government officials say seven districts have fallen", "fallen"),
    ("The government admits seven districts have fallen", "fallen"),
    ("Seven districts have fallen, the government says", "fallen"),
    ("The government says 85 percent of the country has fallen", "fallen"),
    ("Government forces say 15 districts have fallen", "fallen"),
    ("The government says seven districts have been captured", "been captured"),
    ("The government says seven districts have been overrun", "been overrun"),
    ("The government says 85 percent of the country has been captured", "been captured"),
    ("The government says seven districts were taken", "were taken"),
    ("The government says seven districts are under control", "are under control"),
    ("The government said 85 percent of the country is under control", "is under control"),
    ("The Afghan army said 15 districts had been recaptured", "been recaptured"),
    # the speaker's own side: what fell, to whom, is not said either
    ("The Taliban say seven districts have fallen", "fallen"),
    ("The Taliban say seven districts have fallen since May 1", "fallen"),
    ("Seven districts have fallen, the Taliban say", "fallen"),
    ("The Taliban claim seven districts have fallen", "fallen"),
    ("The Taliban say seven districts have been captured", "been captured"),
    ("The Taliban said 85 percent of the country is under control", "is under control"),
    ("Seven districts fell overnight, Taliban spokesman Zabihullah Mujahid said", "fell"),
    ("Taliban spokesman Zabihullah Mujahid said seven districts had fallen", "fallen"),
]


@pytest.mark.parametrize(("sentence", "words"), SPEAKER_ONLY)
def test_a_side_named_only_as_who_said_it_is_not_the_side_of_an_agentless_claim(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    words: str,
) -> None:
    e = _refusal(gaz, sentence)
    assert e.part == words
    assert "named only as who said it" in e.problem


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        # a word of the claim refers back to who said it
        ("The Taliban said 85 percent of the country had fallen under their control", "taliban"),
        ("The Taliban said 85 percent of the country is under their control", "taliban"),
        ("The Taliban claimed that 85% of the country had come under its control", "taliban"),
        ("Taliban spokesman Zabihullah Mujahid said seven districts had fallen to the group",
         "taliban"),
        ("The government said 85 percent of the country is in its hands", "government"),
        ("The Afghan army said its forces had recaptured 15 districts", "government"),
        ("The government says it controls seven districts", "government"),
        # the side named in the claim itself
        ("Seven districts have fallen to the Taliban since May 1", "taliban"),
        ("At least seven districts have fallen to the Taliban since May 1, officials said",
         "taliban"),
        ("Local official: Taliban have overrun Qaisar district in Faryab", "taliban"),
        ("Taliban spokesman: We have captured Kohsan district", "taliban"),
        ("Afghan army: We have retaken Kohsan district", "government"),
    ],
)  # fmt: skip
def test_a_claim_naming_its_side_or_referring_back_is_still_read(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    side: str,
) -> None:
    assert parse_claim(sentence, gazetteer=gaz, anchor=DAY).side == side


# --------------------------------------------------------------------------------------------
# 2. A question

QUESTIONS = [
    "The Taliban hold five districts in Herat province?",
    "Taliban fighters now hold five districts in Herat province?",
    "The Taliban hold five districts in Herat province?”",
    "Zaranj fell to the Taliban?",
    "Sheberghan was captured by the Taliban?",
    "The city of Kunduz fell to the Taliban?",
    "Panjshir was now under the control of the Taliban?",
    "The Taliban control 150 districts, despite the US airstrikes?",
    "The Taliban control half the country, in a lightning offensive?",
    "The Taliban hold all of Logar province?",
    "Government forces have full control of Kabul province?",
    "The Taliban control seventy-five percent of Herat province?",
    "Panjshir, the last pocket of resistance, falls to Taliban?",
    "The Taliban claimed Friday that they now control 150 districts amid the US withdrawal?",
    "The Taliban have seized Sheberghan, making swift gains as American forces prepare to "
    "leave the country?",
]


@pytest.mark.parametrize("sentence", QUESTIONS)
def test_a_question_is_not_a_claim(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    e = _refusal(gaz, sentence)
    assert e.part.endswith("?") or e.part.endswith("?”")
    assert "question" in e.problem


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban hold five districts in Herat province",
        "Zaranj fell to the Taliban",
        "The Taliban control 150 districts, despite the US airstrikes",
    ],
)
def test_the_same_sentences_without_the_question_mark_are_read(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    parse_claim(sentence, gazetteer=gaz, anchor=DAY)


# --------------------------------------------------------------------------------------------
# 3. A source the sentence calls exaggerated, dubious or disputed

DISCREDITED = [
    # read on main
    ("Exaggerated reports said the Taliban control 157 districts", "exaggerated"),
    ("Disputed reports said the Taliban control 157 districts", "disputed reports"),
    ("Questionable reports said the Taliban control half of the districts of Herat",
     "questionable"),
    # refused on main for other words; the refusal now names the discrediting word
    ("Contested claims say the Taliban control 157 districts", "contested claims"),
    ("Dubious reports said the Taliban had captured Kunduz", "dubious"),
    ("Inflated figures show the Taliban control 157 districts", "inflated"),
    ("Exaggerated reports said the Taliban captured Zaranj, the capital of Nimroz",
     "exaggerated"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "words"), DISCREDITED)
def test_a_source_called_exaggerated_or_disputed_is_not_read(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    words: str,
) -> None:
    e = _refusal(gaz, sentence)
    assert e.part.lower() == words


@pytest.mark.parametrize(
    "sentence",
    [
        # "an exaggeration" is a caveat the corpora read (real r021, adversarial a393)
        "The Taliban control 85% of the country, which appears to be an exaggeration",
        "The Taliban leadership itself claims to now govern 85 percent of Afghanistan's turf, "
        "which still appears to be an exaggeration.",
    ],
)
def test_caveats_the_corpora_read_are_still_read(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    parse_claim(sentence, gazetteer=gaz, anchor=DAY)


# --------------------------------------------------------------------------------------------
# 4. A span whose first day names a year and whose second does not


def test_a_span_with_the_year_on_its_first_day_only_is_refused(gaz) -> None:  # type: ignore[no-untyped-def]
    e = _refusal(gaz, "The Taliban captured 10 districts between June 1, 2020 and June 30")
    assert e.part == "between june 1, 2020 and june 30"
    assert "year" in e.problem


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("The Taliban captured 10 districts between June 1 and June 30", "2021-06-01",
         "2021-06-30"),
        ("The Taliban captured 10 districts between June 1 and June 30, 2021", "2021-06-01",
         "2021-06-30"),
        ("The Taliban captured 10 districts between June 1, 2021 and June 30", "2021-06-01",
         "2021-06-30"),
        ("Four of Laghman's six districts fell to the Taleban between 19 May and 13 July",
         "2021-05-19", "2021-07-13"),
    ],
)  # fmt: skip
def test_spans_with_their_year_said_or_the_same_are_still_read(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    start: str,
    end: str,
) -> None:
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    assert (c.window_start, c.window_end) == (start, end)


# --------------------------------------------------------------------------------------------
# 5. A rejection set aside with a clause of circumstance: the trailing clause ran to the end
#    of the sentence and took ", a claim officials rejected" with it (circumstance._NEGATION)

REJECTED = [
    "The Taliban control 150 districts, despite the US airstrikes, a claim officials rejected",
    "The Taliban control 150 districts, amid the US withdrawal, a claim officials rejected",
    "The Taliban control 150 districts amid the US withdrawal, a claim officials rejected",
    "The Taliban control 150 districts, despite the US airstrikes, a figure officials dispute",
    "The Taliban control 150 districts, despite the US airstrikes, though officials reject the "
    "claim",
    "The Taliban control 150 districts, despite the US airstrikes, officials said, rejecting "
    "the claim",
    "The Taliban control half the country, in a lightning offensive, a claim officials dismissed",
]


@pytest.mark.parametrize("sentence", REJECTED)
def test_a_rejection_is_not_set_aside_with_a_clause_of_circumstance(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _refusal(gaz, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban control 150 districts, despite the US airstrikes",
        "The Taliban control 150 districts amid the US withdrawal",
    ],
)
def test_the_clauses_of_circumstance_alone_are_still_set_aside(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    parse_claim(sentence, gazetteer=gaz, anchor=DAY)
