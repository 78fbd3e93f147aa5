"""Red-team of session 15 (redteam15, issue #8): sentences the checker read WRONGLY, read as
``mapper check`` reads them (the boundary set's names, the date of writing as the anchor).

Found and fixed (each is now refused, naming the words it could not read):

* a discredited or rumoured source taken for a name: the attribution grammar takes a
  sentence's first word for a name before a reporting verb, so "Fake reports said ...",
  "Baseless reports claimed ...", "Rumours say ...", "Unconfirmed reports said ...",
  "Propaganda says ..." set the discrediting word aside as who said it and read the claim as
  stated (discredit.DISCREDITED, refused by name wherever it stands);
* a forecast, supposition or accusation as that source: "Projections show ...", "Simulations
  show ...", "Guesses say ...", "Allegations say ..." (discredit.HYPOTHETICAL, only right before
  a reporting verb or after "according to": "warning of dire scenarios" stays);
* a hedging adverb opening the sentence before the speaker, taken as a name in apposition:
  "Allegedly, officials said ...", "Jokingly, ...", "Hypothetically, ...", "Initially, ..."
  (attribution._ADVERB, a closed list: "Similarly, an Afghan deputy reported ..." still reads);
* an imperative "Say the Taliban control 157 districts" ("say" is a filler word);
* a change clause set aside before its state clause without its words being read:
  "Assuming the Taliban seized three provincial capitals, giving them control of two-thirds of
  the nation", "Zork the Taliban seized ...", "In 2015 the Taliban seized ..., giving them
  control of ...", "... in a simulation, with the insurgents now controlling ..." read the
  state clause as a present claim (clauses._subject_ok and discredit.CHANGE_CLAUSE_BARS: the
  subject must be a side named exactly or a place; no supposition, hedge, fiction, discredited
  source, year or month).

Classes probed (sentences run through probe.py, publication date 2021-08-10 or 2021-08-11;
misread = read confidently with a reading a careful fact-checker would not take):

=================================================  ======  =======  =====
class                                              probed  misread  fixed
=================================================  ======  =======  =====
negations hidden in subordinate clauses                20        0      -
attributions that are denials, reported rumours        55       15     15
hedging adverb before the speaker                      15       11     11
forecasts / suppositions as the source                 20       13     12
future / conditional                                   18        0      -
past states                                            10        0      -
losses as gains, side swaps, retakes                   52        0      -
scope: district / province / capital names             82        1      0
distances, directions, appositions of capitals         67        0      -
counts whose noun is not a unit                        24        0      -
ranges, comparators, hedges of a figure                39        0      -
population vs territory, borders, crossings            46        0      -
lists with a negated item, two sides                   37        0      -
date phrases relative to the publication date          43        0      -
quotes within quotes, scare quotes                     15        0      -
"fall(s) to", "as" roles, set-aside circumstances      45        0      -
"under X", nominalisations                             67        0      -
change clause set aside before a state clause          28       20     20
perturbations of corpus reads (14 + 14 kinds)        ~1900       ~30   ~25
=================================================  ======  =======  =====

Left: "The Taliban captured Mazar" reads Mazari Sharif *district* (an alias) where "Mazar-i-
Sharif" reads the capital (the same place; not fixed); "Models show ...", "Critics say ...",
"Skeptics say ..." read the claim as stated (a source like any other); "Samangan, the capital
of Aybak" reads Aybak (the same city, the apposition's relation not checked).
"""

from __future__ import annotations

import datetime as dt

import pytest

from mapper.checks import ClaimParseError, parse_claim
from tests.checker_corpus import refusal, scope_of

DAY = dt.date(2021, 8, 10)
WED = dt.date(2021, 8, 11)


def _refusal(gaz, sentence: str, day: dt.date = DAY) -> ClaimParseError:  # type: ignore[no-untyped-def]
    e: ClaimParseError = refusal(sentence, gazetteer=gaz, anchor=day)
    return e


# ---- misreadings found: a discredited, rumoured or hypothetical source -----------------------


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Fake reports said the Taliban control 157 districts.", "fake"),
        ("Baseless reports claimed the Taliban control 157 districts.", "baseless"),
        ("Rumours say the Taliban captured Zaranj.", "rumours"),
        ("Rumors said the Taliban captured Zaranj.", "rumors"),
        ("Unconfirmed reports said the Taliban now control 157 districts.", "unconfirmed"),
        ("Unverified reports said the Taliban control 157 districts.", "unverified"),
        ("Unverified claims say the Taliban control 157 districts.", "unverified"),
        ("Propaganda says the Taliban captured Zaranj.", "propaganda"),
        ("Disinformation claims the Taliban captured Zaranj.", "disinformation"),
        ("Hoaxes claim the Taliban captured Zaranj.", "hoaxes"),
        ("Gossip says the Taliban captured Zaranj.", "gossip"),
        ("Speculation says the Taliban captured Zaranj.", "speculation"),
        ("Liars say the Taliban captured Zaranj.", "liars"),
        ("Mistakenly, reports said the Taliban captured Zaranj.", "mistakenly"),
        ("Wrongly, officials said the Taliban captured Zaranj.", "wrongly"),
    ],
)
def test_a_discredited_or_rumoured_source_is_refused_by_name(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    part: str,
) -> None:
    e = _refusal(gaz, sentence)
    assert e.part == part, str(e)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("Projections show the Taliban control 157 districts.", "projections show"),
        ("Simulations show the Taliban control 157 districts.", "simulations show"),
        ("Predictions say the Taliban control 157 districts.", "predictions say"),
        ("Guesses say the Taliban control 157 districts.", "guesses say"),
        ("Scenarios show the Taliban control 157 districts.", "scenarios show"),
        ("Wargames show the Taliban control 157 districts.", "wargames show"),
        ("Polls show the Taliban control 157 districts.", "polls show"),
        ("Hypotheses say the Taliban control 157 districts.", "hypotheses say"),
        ("Assumptions say the Taliban control 157 districts.", "assumptions say"),
        ("Allegations say the Taliban control 157 districts.", "allegations say"),
        ("Accusations say the Taliban captured Zaranj.", "accusations say"),
        ("Suspicions say the Taliban captured Zaranj.", "suspicions say"),
        ("The Taliban control 157 districts, projections show.", "projections show"),
    ],
)
def test_a_forecast_or_supposition_as_the_source_is_refused(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    part: str,
) -> None:
    e = _refusal(gaz, sentence)
    assert e.part == part, str(e)
    assert "forecast" in e.problem


@pytest.mark.parametrize(
    "adverb",
    [
        "Allegedly", "Supposedly", "Purportedly", "Apparently", "Hypothetically", "Jokingly",
        "Sarcastically", "Ironically", "Initially", "Originally", "Doubtfully",
    ],
)  # fmt: skip
def test_a_hedging_adverb_before_the_speaker_is_no_name(
    gaz,  # type: ignore[no-untyped-def]
    adverb: str,
) -> None:
    """Read on main as the claim of a speaker named "<adverb>, officials"."""
    with pytest.raises(ClaimParseError):
        parse_claim(f"{adverb}, officials said the Taliban captured Zaranj.", gazetteer=gaz,
                    anchor=DAY)  # fmt: skip


def test_an_imperative_say_is_a_supposition(gaz) -> None:  # type: ignore[no-untyped-def]
    e = _refusal(gaz, "Say the Taliban control 157 districts.")
    assert e.part == "say", str(e)
    assert "supposition" in e.problem


# ---- misreadings found: the change clause set aside unread ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Zork the Taliban seized three provincial capitals, with the insurgents now controlling "
        "two-thirds of the nation.",
        "Wishful thinkers believe the Taliban seized three provincial capitals, with the "
        "insurgents now controlling two-thirds of the nation.",
        "In a novel, the Taliban seized three provincial capitals, with the insurgents now "
        "controlling two-thirds of the nation.",
        "In the video game, the Taliban seized three provincial capitals, with the insurgents now "
        "controlling two-thirds of the nation.",
        "In 2015 the Taliban seized three provincial capitals, with the insurgents now "
        "controlling two-thirds of the nation.",
        "In the 1990s, the Taliban seized three provincial capitals, giving them control of "
        "two-thirds of the nation.",
        "Supposing the Taliban seized three provincial capitals, giving them control of "
        "two-thirds of the nation.",
        "Imagine the Taliban seized three provincial capitals, giving them control of two-thirds "
        "of the nation.",
        "Assuming the Taliban seized three provincial capitals, giving them control of two-thirds "
        "of the nation.",
        "Suppose the Taliban seized three provincial capitals, giving them control of two-thirds "
        "of the nation.",
        "Allegedly the Taliban seized three provincial capitals, giving them control of "
        "two-thirds of the nation.",
        "Supposedly the Taliban seized three provincial capitals, giving them control of "
        "two-thirds of the nation.",
        "The Taliban seized three capitals in a dream, with the insurgents now controlling "
        "two-thirds of the nation.",
        "The Taliban seized three capitals in a simulation, with the insurgents now controlling "
        "two-thirds of the nation.",
        "The Taliban seized three capitals in a war game, giving them control of two-thirds of "
        "the nation.",
        "The Taliban seized three capitals on paper, giving them control of two-thirds of the "
        "nation.",
        "The Taliban seized three capitals, propaganda said, giving them control of two-thirds "
        "of the nation.",
        "Rumours say the Taliban seized three capitals, giving them control of two-thirds of the "
        "nation.",
        "Hypothetically, the Taliban seized three provincial capitals, officials said Wednesday, "
        "with the insurgents now controlling some two-thirds of the nation.",
        "Projections show the Taliban seized three provincial capitals, officials said "
        "Wednesday, with the insurgents now controlling some two-thirds of the nation.",
    ],
)
def test_the_change_clause_before_a_state_clause_is_read_not_skipped(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
) -> None:
    """Read on main as the state clause alone ("the Taliban control two-thirds of the
    country"), the change clause before it set aside whatever its words."""
    _refusal(gaz, sentence, WED)


# ---- near misses that must still read ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "day", "scope"),
    [
        # AP (r059), 11 August 2021
        ("The Taliban seized three more provincial capitals in Afghanistan and a local army "
         "headquarters in a blitz across the country's northeast, officials said Wednesday, "
         "with the insurgents now controlling some two-thirds of the nation.", WED, "country"),
        # Reuters (d063-shaped)
        ("The Taliban seized three more Afghan provincial capitals and a local army "
         "headquarters Wednesday to complete a blitz across the country's northeast, giving "
         "them control of two-thirds of the nation.", WED, "country"),
        ("After capturing six Afghan provincial capitals over the weekend, the Taliban have "
         "seized an additional three capitals and now control two-thirds of Afghanistan.", WED,
         "country"),
        ("The Taliban have rapidly advanced across northern, western and southern Afghanistan in "
         "recent weeks and now control most of the country's provincial capitals.", WED,
         "country"),
        # Afghan Voice Agency-shaped (f4084)
        ("Similarly, an Afghan deputy reported that the Taliban gained control of Kunar province "
         "in eastern Afghanistan without fighting.", DAY, "units:province:Kunar"),
        ("Militants say 85% of Afghanistan taken, but news unverified", DAY, "country"),
        ("The Taliban control 150 districts, but news unverified", DAY, "country"),
        ("Officials say the Taliban control 157 districts.", DAY, "country"),
        ("Critics say the Taliban captured Zaranj.", DAY, "units:capital:Zaranj"),
        ("Privately, officials said the Taliban captured Zaranj.", DAY, "units:capital:Zaranj"),
        ("Reports said the Taliban captured Zaranj.", DAY, "units:capital:Zaranj"),
        ("Milley said the Taliban control 157 districts.", DAY, "country"),
    ],
)  # fmt: skip
def test_near_misses_still_read(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    day: dt.date,
    scope: str,
) -> None:
    c = parse_claim(sentence, gazetteer=gaz, anchor=day)
    assert c.side == "taliban"
    assert scope_of(c) == scope


def test_as_a_hoax_keeps_its_own_refusal(gaz) -> None:  # type: ignore[no-untyped-def]
    assert _refusal(gaz, "Taliban capture Zaranj as a hoax").part == "as a hoax"


def test_dire_scenarios_in_a_tail_is_no_source(gaz) -> None:  # type: ignore[no-untyped-def]
    e = _refusal(
        gaz,
        "The Taliban control 157 districts, UN special envoy Deborah Lyons told the Security "
        "Council, warning of dire scenarios.",
    )
    assert "forecast" not in e.problem


# ---- regression guards: sentences of the probe read right (or refused) on main and after --------

#: (sentence, side, scope) read as written on 2021-08-10
READ_GUARDS = [
    (
        "Afghan forces retook Kohsan district from the Taliban.",
        "government",
        "units:district:Kohsan",
    ),
    (
        "Government forces captured Kohsan district from the Taliban.",
        "government",
        "units:district:Kohsan",
    ),
    ("Afghan forces recaptured Zaranj from the Taliban.", "government", "units:capital:Zaranj"),
    ("Kohsan district fell to government forces.", "government", "units:district:Kohsan"),
    (
        "The Taliban said Afghan forces had captured Kohsan district.",
        "government",
        "units:district:Kohsan",
    ),
    ("The Taliban captured Herat district.", "taliban", "units:district:Hirat"),
    ("The Taliban captured Herat province.", "taliban", "units:province:Herat"),
    ("The Taliban captured the city of Herat.", "taliban", "units:capital:Herat"),
    ("The Taliban captured Kunduz province.", "taliban", "units:province:Kunduz"),
    ("The Taliban captured Ghazni district.", "taliban", "units:district:Ghazni"),
    ("The Taliban captured the Nad Ali district of Helmand.", "taliban", "units:district:Nad Ali"),
    (
        "The Taliban captured the provincial capital of Wardak.",
        "taliban",
        "units:capital:Maidan Shar",
    ),
    ("The Taliban captured Mazar-i-Sharif district.", "taliban", "units:district:Mazari Sharif"),
    ("The Taliban captured Taloqan district.", "taliban", "units:district:Taluqan"),
    ("The Taliban captured Firozkoh.", "taliban", "units:capital:Chaghcharan"),
    (
        "After the Taliban retreated, Afghan forces captured Zaranj.",
        "government",
        "units:capital:Zaranj",
    ),
    (
        "The Taliban captured Zaranj after Afghan forces withdrew.",
        "taliban",
        "units:capital:Zaranj",
    ),
    (
        "The Taliban recaptured Kohsan district from Afghan forces.",
        "taliban",
        "units:district:Kohsan",
    ),
    ("The Taliban captured Zaranj on Friday.", "taliban", "units:capital:Zaranj"),
    ("The Taliban captured Zaranj yesterday.", "taliban", "units:capital:Zaranj"),
    ("The Taliban captured Zaranj on Friday, August 6.", "taliban", "units:capital:Zaranj"),
    ("The Taliban captured 5 border districts.", "taliban", "border:ALL"),
    ("The Taliban captured 9 of Afghanistan's 34 provincial capitals.", "taliban", "country"),
    ("The Taliban control between 50 and 70 districts.", "taliban", "country"),
    ("The Taliban control no more than 200 districts.", "taliban", "country"),
    ("The Taliban control almost 200 districts.", "taliban", "country"),
    ("The Taliban control nearly half of Afghanistan's districts.", "taliban", "country"),
    ("The Taliban control 85 percent of the population.", "taliban", "country"),
    ("The Taliban control 90 percent of the border.", "taliban", "border:ALL"),
    ("The Taliban control 70% of the border districts with Tajikistan.", "taliban", "border:TJK"),
    ("The Taliban control 70% of the Durand Line.", "taliban", "border:PAK"),
    (
        "Kohsan district is in the hands of government forces.",
        "government",
        "units:district:Kohsan",
    ),
    ("Kohsan district came under Taliban control.", "taliban", "units:district:Kohsan"),
    ("The Taliban captured Zaranj, 370 km west of Kandahar.", "taliban", "units:capital:Zaranj"),
    (
        "The Taliban captured Pul-e-Alam, 70 km south of Kabul.",
        "taliban",
        "units:capital:Pul-i-Alam",
    ),
    (
        "The Taliban captured the city of Ghazni, 150 km (95 miles) southwest of Kabul.",
        "taliban",
        "units:capital:Ghazni",
    ),
    (
        "The Taliban captured Zaranj, capital of the southwestern province of Nimroz.",
        "taliban",
        "units:capital:Zaranj",
    ),
    (
        "The Taliban seized three capitals, giving them control of two-thirds of the "
        "nation's population.",
        "taliban",
        "country",
    ),
]
REFUSE_GUARDS = [
    "Kohsan's fall to the Taliban was a rumour.",
    "The Taliban captured Zaranj, fake reports said.",
    "Officials said the Taliban had not captured Kohsan district.",
    "The government denied the Taliban had captured Kohsan district.",
    "Officials dismissed reports that Taloqan had fallen to the Taliban.",
    "There were unconfirmed reports that the Taliban had captured Zaranj.",
    "It was not immediately clear whether the Taliban had captured Zaranj.",
    "Zaranj is set to fall to the Taliban.",
    "The Taliban are on the verge of capturing Kunduz city.",
    "The Taliban are poised to capture Kandahar city.",
    "The Taliban had controlled Kohsan district until Afghan forces retook it.",
    "The Taliban lost Kohsan district.",
    "Taliban forces were driven out of Kohsan district.",
    "The Taliban captured Zaranj and Sheberghan but not Kunduz.",
    "The Taliban captured Zaranj while government forces retook Kohsan district.",
    "The Taliban retook Kohsan district, which they had lost last week.",
    "The Taliban captured Balkh.",
    "The Taliban captured Faizabad.",
    "The Taliban captured Kabul district.",
    "The Taliban captured 20 checkpoints.",
    "The Taliban captured 5 border crossings.",
    "The Taliban control 90 percent of border crossings.",
    "The Taliban captured Zaranj, 600 km from Kandahar.",
    "The Taliban captured Zaranj, 370 km east of Kandahar.",
    "The Taliban captured Ghazni, 150 km northeast of Kabul.",
    "The Taliban captured Zaranj, the capital of Helmand province.",
    "The Taliban captured Kunduz, a strategic city in the south.",
    "The Taliban captured Zaranj on Saturday, August 6.",
    "Kohsan district is under Taliban attack.",
    "Kohsan district is Taliban-besieged.",
    "The Taliban's capture of Kohsan district was denied.",
    "Zaranj fell to the Taliban, only to be retaken hours later.",
    "Zaranj fell to the Islamic State.",
    "The Taliban control 50 percent of Afghanistan's roads.",
    "The Taliban control areas home to 40 percent of the population.",
    "The Taliban control all districts of Kunduz except the provincial capital.",
    "The Taliban captured the outskirts of Kunduz city.",
    "Officials said they could not confirm that the Taliban had captured Zaranj.",
    "The Taliban captured Zaranj as a bargaining chip.",
    "Kohsan district is divided between the Taliban and the government.",
]


@pytest.mark.parametrize(("sentence", "side", "scope"), READ_GUARDS)
def test_guard_reads_as_written(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    side: str,
    scope: str,
) -> None:
    c = parse_claim(sentence, gazetteer=gaz, anchor=DAY)
    assert (c.side, scope_of(c)) == (side, scope)


@pytest.mark.parametrize("sentence", REFUSE_GUARDS)
def test_guard_stays_refused(gaz, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _refusal(gaz, sentence)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The Taliban captured Zaranj on Friday.", "2021-08-06"),
        ("The Taliban captured Zaranj on Sunday.", "2021-08-08"),
        ("The Taliban captured Zaranj on Tuesday.", "2021-08-10"),
        ("The Taliban captured Zaranj yesterday.", "2021-08-09"),
        ("The Taliban captured Zaranj three days ago.", "2021-08-07"),
        ("The Taliban captured Zaranj on 6 August 2020.", "2020-08-06"),
    ],
)
def test_guard_day_named_from_the_date_of_writing(
    gaz,  # type: ignore[no-untyped-def]
    sentence: str,
    day: str,
) -> None:
    assert parse_claim(sentence, gazetteer=gaz, anchor=DAY).check_date == day
