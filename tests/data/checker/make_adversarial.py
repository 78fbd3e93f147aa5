"""Write adversarial.csv: the checker's adversarial corpus (issue #8).

Every row says what the checker must do with the sentence: ``refuse``, or ``read`` with the
reading (side, relation, low, high, unit, measure, scope, stated denominator), in the column
layout of real_reporting.csv. The expected outcome is written here by hand for each template,
never taken from the checker. Run ``python tests/data/checker/make_adversarial.py`` to rewrite
the CSV after changing a template; the test is tests/test_checks_corpus.py.
"""

from __future__ import annotations

import csv
from pathlib import Path

COLUMNS = [
    "id", "sentence", "expect", "side", "relation", "low", "high", "unit", "measure", "scope",
    "stated_denominator", "category", "note",
]  # fmt: skip

rows: list[dict[str, str]] = []


def read(
    sentence: str,
    side: str,
    relation: str,
    low: object,
    high: object,
    unit: str,
    measure: str,
    scope: str = "country",
    den: str = "",
    category: str = "readable",
    note: str = "",
) -> None:
    rows.append(
        {
            "sentence": sentence, "expect": "read", "side": side, "relation": relation,
            "low": "" if low is None else str(low), "high": "" if high is None else str(high),
            "unit": unit, "measure": measure, "scope": scope, "stated_denominator": den,
            "category": category, "note": note,
        }
    )  # fmt: skip


def refuse(sentence: str, category: str, note: str = "") -> None:
    rows.append({"sentence": sentence, "expect": "refuse", "category": category, "note": note})


# --------------------------------------------------------------------------------------------
# Negations, denials and hedges: the words say the opposite, or less, than the figure
for hedge in [
    "The Taliban failed to capture over a quarter of the country",
    "The Taliban have failed to take half the country",
    "The Taliban were unable to hold half the country",
    "The Taliban are unable to control a third of the districts",
    "The Taliban have yet to capture half the country",
    "The Taliban are yet to take 100 districts",
    "The Taliban are far from controlling half the country",
    "The Taliban are nowhere near controlling two-thirds of the country",
    "The Taliban hardly control a tenth of the districts",
    "The Taliban hardly control 10% of the country",
    "The Taliban barely hold 5% of the territory",
    "The Taliban scarcely hold 20 districts",
    "The Taliban have all but captured Kunduz",  # was "all but two provinces": now read
    "The Taliban hold all but 5% of the country",
    "It is false that the Taliban control half the country",
    "It is untrue that the Taliban hold 85% of the territory",
    "It is wrong to say the Taliban control 85% of the country",
    "Half the country is free of the Taliban",
    "85% of the country is free of Taliban control",
    "Half the country is beyond Taliban control",
    "Two-thirds of the districts are beyond the reach of the Taliban",
    "Half the country is Taliban-free",
    "The Taliban do not control half the country",
    "The Taliban don't hold 150 districts",
    "The Taliban never controlled a third of the country",
    "The Taliban no longer control 50 districts",
    "The Taliban cannot hold half the country",
    "The Taliban can't keep 100 districts",
    "Neither the Taliban nor the government control half the country",
    "The Taliban deny controlling 85% of the country",
    "The government denied that the Taliban hold half the country",
    "None of the 34 provinces is under Taliban control",
    "No more than nothing: the Taliban hold 0 districts, not 150",
    "The Taliban hold half the country without Kabul",
    "The Taliban hold little of the country, perhaps 10%",
    "The Taliban control 20% rather than 85% of the country",
    "The Taliban control 85% instead of 20% of the country",
    "Nobody holds more than half the country",
    "The Taliban haven't taken five districts in Herat",
    "The government isn't in control of half the country",
]:
    refuse(hedge, "negation-hedge")

# Modality, future and past habit
for s in [
    "The Taliban might control half the country",
    "The Taliban may control half the country",
    # "may" before a verb after a preposition of time is the modal, not the month
    "The Taliban, in may control half the country",
    "The Taliban In May Control Half The Country",
    "Taliban fighters in may seize 100 districts",
    "The Taliban could control two-thirds of the country",
    "The Taliban would control 85% of the territory",
    "The Taliban should hold 150 districts",
    "The Taliban will control half the country",
    "The Taliban will soon hold 200 districts",
    "The Taliban can take half the country",
    "The Taliban must hold a third of the districts",
    "The Taliban are expected to control half the country",
    "The Taliban are poised to take 200 districts",
    "The Taliban are set to capture a third of the country",
    "The Taliban are about to take half the country",
    "The Taliban are likely to hold 150 districts",
    "The Taliban probably control half the country",
    "The Taliban possibly hold 60% of the country",
    "Perhaps the Taliban control half the country",
    "The Taliban threaten to take over half the country",
    "The Taliban aim to control 85% of the territory",
    "The Taliban are trying to take half the country",
    "The Taliban plan to seize two-thirds of the country",
    "The Taliban hope to hold half the districts",
    "The Taliban used to control 90% of the country",
    "The Taliban formerly held half the country",
    "The Taliban previously controlled 80% of the country",
    "The Taliban once held 90% of the country",
    "If the offensive continues, the Taliban control half the country",
    "Unless stopped, the Taliban hold 200 districts",
    "Analysts fear the Taliban control half the country",
    "Officials warn the Taliban hold 200 districts",
    "The Taliban controlled half the country before the US invasion",
    "The Taliban held 90% of the country until 2001",
    "At its peak, the Taliban held 90% of the country",
    "The Taliban controlled half the country two years ago",
]:
    refuse(s, "modal-tense")

# Exclusions: never read as the scope
for s in [
    "The Taliban control 150 districts outside Herat",
    "The Taliban control half the country outside Kabul",
    "The Taliban hold every district except those in Herat, 300 districts",
    "The Taliban control 80% of the country excluding Panjshir",
    "The Taliban hold 200 districts apart from Kandahar",
    "The Taliban hold half the districts other than Kabul's",
    "The Taliban control 60% of the country aside from the cities",
    "Besides Herat, the Taliban control 100 districts",
    "The Taliban control half the country but for Kabul",
    "The Taliban hold 90% of the country save for Panjshir",
]:
    refuse(s, "exclusion")

# Unknown places: refused, never widened to the country
for s in [
    "The Taliban control five districts in northern Afghanistan",
    "The Taliban control half of northern Afghanistan",
    "The Taliban control five districts in the north",
    "The Taliban hold half of the south",
    "The Taliban control five districts in the north-east",
    "The Taliban control 10 districts in the east",
    "The Taliban control five districts in western Herat",
    "The Taliban control half of central Afghanistan",
    "The Taliban hold five districts in Herta",
    "The Taliban hold half of Balk",
    "The Taliban hold half of the border with Narnia",
    "The Taliban hold five districts along the border with Mordor",
    "The Taliban hold two-thirds of the border with Atlantis",
    "The Taliban control half of Narnia",
    "The Taliban control five districts in Paris",
    "The Taliban control five districts in Ohio",
    "The Taliban control half of the Pashtun belt",
    "The Taliban control 20 districts in the Hazarajat",
    "The Taliban control half of the northern provinces",
    "The Taliban control five districts in the southern provinces",
    "The Taliban control most of the countryside",
    "The Taliban control five districts near Kabul",
    "The Taliban control 30% of the Wakhan corridor",
    "The Taliban control 12 districts in the Panjshir valley",
    "The Taliban control half of the Kabul region",
    "The Taliban hold 10 districts in the tribal areas",
    "The Taliban hold half the districts of greater Kandahar",
    "The Taliban hold five districts on the Narnian border",
    "The Taliban control 12 districts of Narnia's 19 districts",
    "The Taliban control 12 districts of northern Ghazni's 19 districts",
    "The Taliban control half of qqq Ghazni",
    "The Taliban control half of Ghazni zzz",
]:
    refuse(s, "unknown-place")

# A romanisation variant folds to the province (mapper.matching.fold: doubled letters,
# unstressed vowels): read as the province, named in "Read as"
read(
    "The Taliban hold five districts in Helmandd", "taliban", "eq", 5, 5, "count", "districts",
    "Helmand", category="unknown-place", note="folds to Helmand (doubled letter)",
)  # fmt: skip
read(
    "The Taliban control half of Maidan Wardak", "taliban", "eq", 0.5, 0.5, "fraction", "area",
    "Maidan Wardak", category="unknown-place", note="a two-word province",
)  # fmt: skip
for text, prov in [
    ("The Taliban hold five districts in Gazni", "Ghazni"),
    ("The Taliban hold five districts in Kandahr", "Kandahar"),
    ("The Taliban hold five districts in Nangahar province", "Nangarhar"),
]:
    read(text, "taliban", "eq", 5, 5, "count", "districts", prov, category="unknown-place")
read(
    "The Taliban hold five districts in Hilmend", "taliban", "eq", 5, 5, "count", "districts",
    "Helmand", category="unknown-place", note="folds to Helmand (romanisation)",
)  # fmt: skip

# Numbers written oddly
T = "The Taliban control"
read(f"{T} half a dozen districts", "taliban", "eq", 6, 6, "count", "districts", category="number")
read(f"{T} a dozen districts", "taliban", "eq", 12, 12, "count", "districts", category="number")
read(f"{T} two dozen districts", "taliban", "eq", 24, 24, "count", "districts", category="number")
read(
    f"{T} one hundred and fifty districts",
    "taliban", "eq", 150, 150, "count", "districts", category="number",
)  # fmt: skip
read(
    f"{T} one hundred fifty districts", "taliban", "eq", 150, 150, "count", "districts",
    category="number",
)  # fmt: skip
read(
    f"{T} two hundred districts", "taliban", "eq", 200, 200, "count", "districts", category="number"
)
read(f"{T} twenty-five districts", "taliban", "eq", 25, 25, "count", "districts", category="number")
read(f"{T} ninety nine districts", "taliban", "eq", 99, 99, "count", "districts", category="number")
read(f"{T} <150 districts", "taliban", "lt", None, 150, "count", "districts", category="number")
read(f"{T} >150 districts", "taliban", "gt", 150, None, "count", "districts", category="number")
read(f"{T} ≥150 districts", "taliban", "ge", 150, None, "count", "districts", category="number")
read(f"{T} ≤150 districts", "taliban", "le", None, 150, "count", "districts", category="number")
read(f"{T} >=150 districts", "taliban", "ge", 150, None, "count", "districts", category="number")
read(f"{T} <=150 districts", "taliban", "le", None, 150, "count", "districts", category="number")
read(f"{T} ~150 districts", "taliban", "approx", 150, 150, "count", "districts", category="number")
read(f"{T} ≈150 districts", "taliban", "approx", 150, 150, "count", "districts", category="number")
read(f"{T} > 60% of the country", "taliban", "gt", 60, None, "percent", "area", category="number")
read(f"{T} < 10% of the country", "taliban", "lt", None, 10, "percent", "area", category="number")
read(
    f"{T} 150 districts or more", "taliban", "ge", 150, None, "count", "districts",
    category="number",
)  # fmt: skip
read(
    f"{T} 150 or more districts", "taliban", "ge", 150, None, "count", "districts",
    category="number",
)  # fmt: skip
read(f"{T} 150+ districts", "taliban", "ge", 150, None, "count", "districts", category="number")
read(
    f"{T} 150 or fewer districts", "taliban", "le", None, 150, "count", "districts",
    category="number",
)  # fmt: skip
read(
    f"{T} over 150-180 districts", "taliban", "gt", 150, None, "count", "districts",
    category="number", note="a range with a comparison is read at its weakest end",
)  # fmt: skip
read(
    f"{T} up to 85% of the territory", "taliban", "le", None, 85, "percent", "area",
    category="number", note="'up to' read as a cap; the verdict notes the estimate reading",
)  # fmt: skip
read(
    "The Taliban have taken over 127 district centres", "taliban", "ge", 127, None, "count",
    "districts", category="number",
    note="'taken over' is a verb, not 'more than': what was taken, at least 127 held",
)  # fmt: skip
read(
    "The Taliban took over 40 districts", "taliban", "ge", 40, None, "count", "districts",
    category="number", note="what was taken: a lower bound on what the side holds",
)  # fmt: skip
read(
    "The Taliban have taken over 127 district centres so far", "taliban", "eq", 127, 127,
    "count", "districts", category="number", note="'so far': the total taken, as stated",
)  # fmt: skip
read(
    "Five districts fell to the Taliban", "taliban", "ge", 5, None, "count", "districts",
    category="number", note="what fell: a lower bound on what the side holds",
)  # fmt: skip
read(
    "The Taliban now hold five districts in Herat", "taliban", "eq", 5, 5, "count",
    "districts", "Herat", category="number", note="'now hold': the total, as stated",
)  # fmt: skip
read(f"{T} 0% of the country", "taliban", "eq", 0, 0, "percent", "area", category="number")
read(f"{T} 100% of the country", "taliban", "eq", 100, 100, "percent", "area", category="number")
read(f"{T} 0 districts", "taliban", "eq", 0, 0, "count", "districts", category="number")
read(f"{T} 85.5% of the country", "taliban", "eq", 85.5, 85.5, "percent", "area", category="number")
read(f"{T} 1,000 districts", "taliban", "eq", 1000, 1000, "count", "districts", category="number")
for s in [
    f"{T} -150 districts",
    f"{T} - 150 districts",
    f"{T} minus 10 districts",
    f"{T} negative 5 districts",
    f"{T} -50% of the country",
    f"{T} 2³ districts",
    f"{T} 10² districts",
    f"{T} 1e2% of the country",
    f"{T} 1e2 districts",
    f"{T} 5E1 districts",
    f"{T} 2x3 districts",
    f"{T} 2^3 districts",
    f"{T} 2**3 districts",
    f"{T} 85,5% of the country",
    f"{T} 150% of the country",
    f"{T} 1.2.3 districts",
    f"{T} dozens of districts",
    f"{T} hundreds of districts",
    f"{T} several districts",
    f"{T} a few districts",
    f"{T} many districts",
    f"{T} numerous districts",
    f"{T} a handful of districts",
    f"{T} a number of districts",
    f"{T} large parts of the country",
    f"{T} much of the country",
    f"{T} swathes of the country",
    f"{T} vast areas of the country",
    f"{T} a significant share of the country",
    f"{T} five six districts",
    f"{T} some of the districts",
    f"{T} +150 districts",
]:
    refuse(s, "number")

# Symbols, punctuation, markup
read(
    "The Taliban control half the country!", "taliban", "eq", 0.5, 0.5, "fraction", "area",
    category="symbols",
)  # fmt: skip
read(
    '"The Taliban control half the country"', "taliban", "eq", 0.5, 0.5, "fraction", "area",
    category="symbols",
)  # fmt: skip
read(
    "The Taliban control half the country <b>", "taliban", "eq", 0.5, 0.5, "fraction", "area",
    category="symbols", note="markup carries no claim",
)  # fmt: skip
read(
    "THE TALIBAN CONTROL HALF THE COUNTRY", "taliban", "eq", 0.5, 0.5, "fraction", "area",
    category="symbols",
)  # fmt: skip
read(
    "The  Taliban   control\thalf the country.", "taliban", "eq", 0.5, 0.5, "fraction", "area",
    category="symbols",
)  # fmt: skip
for s in [
    "Do the Taliban control half the country?",
    "The Taliban control half the country?",
    "The Taliban control half the country #breaking",
    "@AfghanNews The Taliban control half the country",
    "The Taliban control half the country 🔥",
    "The Taliban control half the country (or not)",
    "The Taliban control half the country = false",
    "The Taliban control half the country >> not",
    "The Taliban control half the country https://example.org/x",
    "The Taliban control {half} the country $",
]:
    refuse(s, "symbols")

# Long inputs: a documented limit, refused at once
pad = " now" * 260
refuse("The Taliban control half the country" + pad, "long", "over 1,000 characters")
refuse("The Taliban control half the country. " * 30, "long", "over 1,000 characters")
refuse("x" * 1001, "long", "over 1,000 characters")
refuse("The Taliban control " + "very " * 300 + "half the country", "long")
refuse(
    "The Taliban control half the country " + "and a lot more besides " * 5, "long",
    "unread words",
)  # fmt: skip
read(
    "The Taliban now already currently control half the country" + " now" * 200,
    "taliban", "eq", 0.5, 0.5, "fraction", "area", category="long",
    note="under the limit: filler words only",
)  # fmt: skip

# Increments, changes over a period, losses, contested claims, cities, lengths
for s in [
    "The Taliban captured another five districts",
    "The Taliban captured five more districts",
    "The Taliban took 3 more districts in Herat",
    "The Taliban seized additional districts, 20 in all",
    "The Taliban took further districts, now 200",
    "The Taliban captured 20 new districts",
    "The Taliban have captured five districts since May",
    "The Taliban captured 50 districts in the past week",
    "The Taliban captured 50 districts in the last month",
    "The Taliban captured 50 districts this week",
    "The government has lost half the districts",
    "The government ceded 100 districts",
    "The Taliban control or contest 70% of the country",
    "Around 80 districts are contested by the Taliban",  # a bare "are contested" is now read
    "The Taliban besieged 10 provincial capitals",
]:
    refuse(s, "increment-period-loss")
# provincial capitals are a measure (#8, capitals); cities and towns are not
read("The Taliban control 10 provincial capitals", "taliban", "eq", 10, 10, "count", "capitals",
     category="capitals")  # fmt: skip
for s in [
    "The Taliban control five cities",
    "The Taliban control 1,000 km of the border",
    "The Taliban control 200,000 square kilometres",
]:
    refuse(s, "increment-period-loss")

# Two claims in one sentence
for s in [
    "The Taliban control 88 of 407 districts and contest another 214",
    "The Taliban control 150 districts and 20 provinces",
    "The Taliban control half the country and a third of the population",
    "The Taliban control 40% of the country, the government 30%",
    "The Taliban hold 100 districts and the government holds 150",
    "The Taliban hold 60% of the country or 70% of the districts",
]:
    refuse(s, "two-claims")
read(
    "The Taliban control 224 out of a possible 421 districts, some 53 percent of the country",
    "taliban", "eq", 224, 224, "count", "districts", den="421", category="two-claims",
    note="the percentage restates the count (224/421 = 53.2%): read once",
)  # fmt: skip

# Stated denominators
for sentence, relation, low, high, unit, measure, scope, den in [
    ("The Taliban control a third of Afghanistan's 421 districts", "eq", 0.3333, 0.3333,
     "fraction", "districts", "country", "421"),
    ("The Taliban control more than half of the country's roughly 400 districts", "gt", 0.5,
     None, "fraction", "districts", "country", "~400"),
    ("The Taliban control five of Herat's 16 districts", "eq", 5, 5, "count", "districts",
     "Herat", "16"),
    ("The Taliban control 224 out of a possible 421 districts", "eq", 224, 224, "count",
     "districts", "country", "421"),
    ("The Taliban control 250 of 398 districts", "eq", 250, 250, "count", "districts",
     "country", "398"),
    ("The Taliban control 250 out of 398 districts", "eq", 250, 250, "count", "districts",
     "country", "398"),
    ("The Taliban control ten of Afghanistan's 34 provinces", "eq", 10, 10, "count",
     "provinces", "country", "34"),
    ("The Taliban hold half of the approximately 400 districts", "eq", 0.5, 0.5, "fraction",
     "districts", "country", "~400"),
    ("The Taliban hold 60% of Afghanistan's 407 districts", "eq", 60, 60, "percent",
     "districts", "country", "407"),
    ("The Taliban hold about 250 of Afghanistan's nearly 400 districts", "approx", 250, 250,
     "count", "districts", "country", "~400"),
    ("The Taliban hold two of Kunduz's seven districts", "eq", 2, 2, "count", "districts",
     "Kunduz", "7"),
    ("The Taliban hold 3 out of 7 districts in Kunduz", "eq", 3, 3, "count", "districts",
     "Kunduz", "7"),
    ("The Taliban control 12 districts of Ghazni's 19 districts", "eq", 12, 12, "count",
     "districts", "Ghazni", "19"),
    ("The Taliban control five districts out of Sar-e-Pul's seven districts", "eq", 5, 5,
     "count", "districts", "Sar-e Pol", "7"),
    ("The Taliban control 12 districts out of about 400 districts", "eq", 12, 12, "count",
     "districts", "country", "~400"),
]:  # fmt: skip
    read(sentence, "taliban", relation, low, high, unit, measure, scope, den, "denominator")

# Date phrases (set aside: the check uses the date given) and attributions
for sentence in [
    "On 17 July 2021 the Taliban controlled 150 districts",
    "By mid-July the Taliban controlled 150 districts",
    "As of 2021, the Taliban controlled 150 districts",
    "In July, the Taliban controlled 150 districts",
    "As of July 27, the Taliban controlled 150 districts",
    "The Taliban controlled 150 districts by 15 August 2021",
    "The Taliban controlled 150 districts, officials said",
    "The Taliban controlled 150 districts, according to the Long War Journal",
    "According to the Long War Journal, the Taliban controlled 150 districts",
    "Officials said on Friday that the Taliban controlled 150 districts",
    "The Taliban said they control 150 districts",
    "The Taliban controlled 150 districts, a survey by the news agency found",
]:
    read(sentence, "taliban", "eq", 150, 150, "count", "districts", category="date-source")

# who said it is set aside only when it holds no figure and no place (a place there may be
# the claim's scope)
for s in [
    "The Taliban control five districts, officials in Helmand said",
    "Officials in Helmand said the Taliban control five districts",
    "The Taliban control five districts, officials said in Helmand on Friday",
    "The Taliban control five districts, according to officials in the north",
    "Northern officials said the Taliban control five districts",
]:
    refuse(s, "date-source", "a place in the attribution")
read(
    "AAN has calculated that, as of 1 May, the Taleban held 33 of Afghanistan's 421 district "
    "centres", "taliban", "eq", 33, 33, "count", "districts", den="421", category="date-source",
)  # fmt: skip
read(
    "The Taliban control five districts, Zabiullah Mujahid, the group's spokesman, told "
    "reporters on Thursday", "taliban", "eq", 5, 5, "count", "districts",
    category="date-source",
)  # fmt: skip

# Readable sentences: sides x verbs x figures x scopes
SIDES = [
    ("The Taliban", "taliban"),
    ("Militants", "taliban"),
    ("Insurgents", "taliban"),
    ("The insurgents", "taliban"),
    ("Taliban fighters", "taliban"),
    ("The government", "government"),
    ("Afghan forces", "government"),
    ("Government forces", "government"),
    ("Security forces", "government"),
    ("The Afghan government", "government"),
]
VERBS = ["control", "hold", "have captured", "have seized", "now control", "are in control of"]
FIGURES = [
    ("two-thirds of the country", "eq", 0.6667, 0.6667, "fraction", "area", "country"),
    ("over half the country", "gt", 0.5, None, "fraction", "area", "country"),
    ("more than half of the districts", "gt", 0.5, None, "fraction", "districts", "country"),
    ("85% of the territory", "eq", 85, 85, "percent", "area", "country"),
    ("85 percent of the land", "eq", 85, 85, "percent", "area", "country"),
    ("about 40% of the country", "approx", 40, 40, "percent", "area", "country"),
    ("roughly a third of the country", "approx", 0.3333, 0.3333, "fraction", "area", "country"),
    ("nearly 60% of the country", "approx", 60, 60, "percent", "area", "country"),
    ("at least 150 districts", "ge", 150, None, "count", "districts", "country"),
    ("fewer than 100 districts", "lt", None, 100, "count", "districts", "country"),
    ("150-180 districts", "range", 150, 180, "count", "districts", "country"),
    ("between 150 and 180 districts", "range", 150, 180, "count", "districts", "country"),
    ("five districts in Herat", "eq", 5, 5, "count", "districts", "Herat"),
    ("a third of Kandahar province", "eq", 0.3333, 0.3333, "fraction", "area", "Kandahar"),
    ("half of Helmand", "eq", 0.5, 0.5, "fraction", "area", "Helmand"),
    ("2/3 of the border with Tajikistan", "eq", 0.6667, 0.6667, "fraction", "border",
     "border:TJK"),
    ("half of the Afghan-Tajik border", "eq", 0.5, 0.5, "fraction", "border", "border:TJK"),
    ("two-thirds of the territory on the Afghan-Tajik border", "eq", 0.6667, 0.6667,
     "fraction", "area", "border:TJK"),
    ("five districts along the border with Iran", "eq", 5, 5, "count", "districts",
     "border:IRN"),
    ("12 provinces", "eq", 12, 12, "count", "provinces", "country"),
    ("60% of the provinces", "eq", 60, 60, "percent", "provinces", "country"),
    ("about half of the population", "approx", 0.5, 0.5, "fraction", "population", "country"),
    ("most of the country", "gt", 0.5, None, "fraction", "area", "country"),
    ("up to 30% of the country", "le", None, 30, "percent", "area", "country"),
]  # fmt: skip
i = 0
for fig in FIGURES:
    for k in range(5):
        side_text, side = SIDES[(i * 3 + k) % len(SIDES)]
        verb = VERBS[(i + k) % len(VERBS)]
        if side_text in ("The government", "The Afghan government") and verb.startswith(
            ("control", "hold")
        ):
            verb = verb + "s"
        text, relation, low, high, unit, measure, scope = fig
        if relation in ("eq", "range") and unit == "count" and verb.startswith("have "):
            # "have captured five districts in Herat": what was taken, a lower bound on what
            # the side holds (it may hold others taken before), not the total; a range taken
            # ("have captured 150-180 districts"), at least its low end
            relation, high = "ge", None
        read(f"{side_text} {verb} {text}", side, relation, low, high, unit, measure, scope)
        i += 1

# --------------------------------------------------------------------------------------------
# Clauses set aside (grammar): a period with a share (the state entails it), the writer's
# doubt, a clause of circumstance holding no claim; and their near misses
read(
    "The Taliban control 85% of the country, which appears to be an exaggeration",
    "taliban",
    "eq",
    85,
    85,
    "percent",
    "area",
    category="set-aside",
    note="doubt is not negation",
)
read(
    "The Taliban hold half of the districts, as the militants mount an offensive",
    "taliban",
    "eq",
    0.5,
    0.5,
    "fraction",
    "districts",
    category="set-aside",
)
read(
    "The Taliban control two-thirds of the country, days before foreign troops leave",
    "taliban",
    "eq",
    0.6667,
    0.6667,
    "fraction",
    "area",
    category="set-aside",
)
read(
    "The Taliban captured more than half of the districts since May",
    "taliban",
    "gt",
    0.5,
    None,
    "fraction",
    "districts",
    category="period",
    note="a share held entails the state",
)
refuse(
    "In the last week the Taliban have taken a third of the country",
    "period",
    "a share taken in a period: the side may hold more (only a lower bound is entailed)",
)
read(
    "The Taliban now hold 150 districts, all of which have been captured in recent weeks",
    "taliban",
    "eq",
    150,
    150,
    "count",
    "districts",
    category="period",
    note="'now': a state",
)
for text, note in [
    ("The Taliban captured 5 districts in the last week", "a count over a period: a change"),
    ("The Taliban have taken 50 of 370 districts since May", "a gain, not the state"),
    ("The Taliban took 12 provinces over the past two weeks", "a count over a period"),
    ("The Taliban control half the country, as they might", "a modal in the clause"),
    ("The Taliban control half the country, as the government denies it", "a denial"),
    ("The Taliban control half the country, as clashes rage in Herat", "a place in the clause"),
    ("The Taliban control half the country, amid a push toward Tajikistan", "a neighbour"),
    ("The Taliban control half the country, as the government holds the rest", "a claim"),
    ("The Taliban control 50 districts, which does not appear to be an exaggeration", "not"),
    ("The Taliban control half the country, which appears to be true", "not the doubt clause"),
    ("Since the Taliban took Herat, they control half the country", "a claim in the clause"),
    ("The Taliban since control half the country", "'since' with no period"),
    ("The Taliban control half the country as a whole", "'as' is no clause here"),
    ("The Taliban control half the country, as Narnia watches", "an unknown word is no place"),
]:
    refuse(text, "set-aside", note)

# --------------------------------------------------------------------------------------------
# Totality: "fully controls X", "complete control of X", "control the whole country" = 100%
read(
    "The Taliban fully control the province of Herat",
    "taliban",
    "eq",
    100,
    100,
    "percent",
    "area",
    "Herat",
    category="totality",
)
read(
    "Government forces have full control of Kabul province",
    "government",
    "eq",
    100,
    100,
    "percent",
    "area",
    "Kabul",
    category="totality",
)
read(
    "The Taliban control the whole country",
    "taliban",
    "eq",
    100,
    100,
    "percent",
    "area",
    category="totality",
)
read(
    "The Taliban fully control the border with Iran",
    "taliban",
    "eq",
    100,
    100,
    "percent",
    "border",
    "border:IRN",
    category="totality",
)
read(
    "The Taliban fully control 50 districts",
    "taliban",
    "eq",
    50,
    50,
    "count",
    "districts",
    category="totality",
    note="'fully' qualifies the count",
)
for text, note in [
    ("The Taliban fully control Narnia", "unknown place"),
    ("The Taliban fully control the province", "no province named"),
    ("The Taliban almost fully control the country", "a hedged whole is no figure"),
    ("The Taliban nearly completely control Herat", "a hedged whole is no figure"),
    ("The Taliban are fully in control", "no scope"),
    ("The Taliban control the entire north", "'north' is no scope"),
    ("The Taliban fully control Herat and Kabul", "two provinces"),
    ("The Taliban have complete control over 5 provinces", "'complete' before a count"),
]:
    refuse(text, "totality", note)

# --------------------------------------------------------------------------------------------
# Relative dates: resolved from the date the sentence was written (--date); the corpus test
# passes no anchor, so those without a year are refused here
read(
    "Before May 1, 2021, the Taliban controlled 73 districts",
    "taliban",
    "eq",
    73,
    73,
    "count",
    "districts",
    category="relative-date",
    note="checked on 2021-04-30",
)
for text, note in [
    ("Before May 1, the Taliban controlled 73 districts", "no anchor for the year"),
    ("The Taliban held half the country three weeks ago", "no anchor (--date)"),
    ("Earlier on Friday, the Taliban held half the country", "no anchor (--date)"),
    ("The Taliban held half the country a few weeks ago", "vague"),
    ("The Taliban held half the country three months ago", "months: not one day"),
    ("Late last month, the Taliban held half the country", "vague"),
    ("The Taliban controlled half the country before the offensive", "before an event"),
    ("Before May 32, 2021, the Taliban controlled 73 districts", "not a calendar date"),
    ("Three weeks ago the Taliban held half the country on 17 July 2021", "two dates"),
]:
    refuse(text, "relative-date", note)

# Date windows (#8, windows): without a date of writing (this corpus has none) an absolute
# window is read and shown, a relative one refused; a figure taken over a span is a change
for text in [
    "Between 6 and 9 August, the Taliban controlled 150 districts",
    "On 6-9 August, the Taliban controlled 150 districts",
    "By the end of July the Taliban controlled 150 districts",
    "The Taliban had captured 150 districts by the end of July",
    "In mid-July, the Taliban held 150 districts",
]:
    read(text, "taliban", "eq", 150, 150, "count", "districts", category="date-window")
# a share taken over a span as a lower bound: the state on its last day (with a date of writing)
read("In July, the Taliban captured more than half of the country", "taliban", "gt", 0.5, None,
     "fraction", "area", category="date-window")  # fmt: skip
for text, note in [
    ("Last week the Taliban controlled 150 districts", "no anchor (--date)"),
    ("Earlier this month the Taliban controlled 150 districts", "no anchor (--date)"),
    ("The Taliban controlled 150 districts this week", "no anchor (--date)"),
    ("The Taliban seized 30 districts on 6-9 August", "a count taken over a span: a change"),
    ("The Taliban captured 30 districts in July", "a count taken over a month: a change"),
    ("Thirty districts fell to the Taliban between 6 and 9 August", "a change over a span"),
    ("The Taliban captured a third of the country in July", "a share taken over a month"),
    ("On 6-9 August, the Taliban captured six provincial capitals", "no anchor to date it"),
    ("The Taliban will control 150 districts by next week", "future"),
    ("The Taliban will soon control 150 districts", "future"),
    ("The Taliban controlled 150 districts last week and earlier this month", "two windows"),
    ("The Taliban controlled 150 districts in late July and early August", "two windows"),
    ("The Taliban controlled 150 districts on 9-6 August", "a span that runs backwards"),
    ("The Taliban controlled 150 districts on 30-32 July", "not a calendar date"),
    ("The Taliban controlled 150 districts late next month", "future"),
    ("The Taliban controlled 150 districts in recent months", "a count over a period"),
    ("The Taliban controlled 150 districts from July to August", "two months"),
    ("The Taliban controlled 150 districts late last week", "a part of a week"),
]:
    refuse(text, "date-window", note)

# Provincial capitals (#8, capitals): the measure's near-misses, expectations by hand
for text, side, rel, lo, hi, unit, den in [
    (
        "The Taliban control 17 of Afghanistan's 34 provincial capitals",
        "taliban",
        "eq",
        17,
        17,
        "count",
        "34",
    ),
    (
        "The Taliban hold more than a quarter of the 34 provincial capitals",
        "taliban",
        "gt",
        0.25,
        None,
        "fraction",
        "34",
    ),
    ("Government forces hold 6 provincial centres", "government", "eq", 6, 6, "count", ""),
    (
        "The Taliban have not taken over any of the 34 provincial capitals",
        "taliban",
        "eq",
        0,
        0,
        "count",
        "34",
    ),
    (
        "The Taliban hold nine provincial capitals of the country's 34 provinces",
        "taliban",
        "eq",
        9,
        9,
        "count",
        "34",
    ),
    # a count over a period of days: a change, checked as the state only if the ledger shows
    # the side held none when the period began (else no verdict)
    (
        "The Taliban captured 5 provincial capitals in the last week",
        "taliban",
        "eq",
        5,
        5,
        "count",
        "",
    ),
]:
    read(text, side, rel, lo, hi, unit, "capitals", den=den, category="capitals")
for text, note in [
    ("The Taliban control the capital", "the capital alone: Kabul, not the measure"),
    ("The Taliban control half of the capitals", "capitals, not provincial capitals"),
    ("The Taliban hold 5 capitals of Narnia", "a capital of Narnia"),
    ("The Taliban hold most provincial capitals outside Herat", "an exclusion"),
    ("The Taliban hold the provincial capital of Narnia", "an unknown place"),
    ("The Taliban seized three more provincial capitals", "an increment"),
    ("The Taliban took another provincial capital", "an increment"),
    ("The Taliban control five provincial capitals in Herat", "one capital a province"),
    (
        "Herat, the capital of Kandahar province, is one of 10 provincial capitals they hold",
        "an appositive the places data contradicts",
    ),
    ("The Taliban have not captured half of the provincial capitals", "a negation, not 'any'"),
    ("The Taliban hold none of the provincial capitals", "'none' stays refused"),
    ("The Taliban control 10 provincial capitals including Narnia", "Narnia is no capital"),
    ("With the fall of Narnia, the Taliban control 10 provincial capitals", "Narnia is no capital"),
    ("The Taliban captured 5 provincial capitals in the last week", "a count over a period"),
    ("The Taliban control the provincial capital", "which one is not said"),
    ("The Taliban control 10 capital cities of Narnia", "Narnia"),
]:
    refuse(text, "capitals", note)

# --------------------------------------------------------------------------------------------
# Complements (counted on the gazetteer's units: the built-in table has 34 provinces and no
# districts, so a district complement is refused here; tests/test_checks_grammar.py reads
# them on the boundary set's districts). "all but" + a verb is the hedge, still refused.
read(
    "The Taliban control all but two provinces",
    "taliban",
    "eq",
    32,
    32,
    "count",
    "provinces",
    category="complement",
    note="34 provinces less two",
)
read(
    "Panjshir is the only province that is not under Taliban control",
    "taliban",
    "eq",
    33,
    33,
    "count",
    "provinces",
    category="complement",
    note="34 less Panjshir",
)
for text, note in [
    ("The Taliban control all but one district in Herat", "no district names: refused"),
    ("The Taliban control all but one district in Narnia", "unknown place"),
    ("Narnia is the only province that is out of Taliban control", "unknown province"),
    ("The Taliban took all districts of Herat except Kabul", "needs district names"),
    ("Panjshir is the only province that is not under Narnian control", "unknown side"),
    ("The Taliban control all but two provinces in Herat", "provinces in a province"),
]:
    refuse(text, "complement", note)

# --------------------------------------------------------------------------------------------
# A change, then the state it led to: the state clause is read, the change set aside
for text, lo, unit, measure in [
    ("The Taliban seized Herat, giving them control of half the country", 0.5, "fraction",
     "area"),
    ("Militants overran two more districts, with the insurgents now controlling a third of "
     "the country", 0.3333, "fraction", "area"),
    ("The Taliban have advanced across the north and now control 200 districts", 200, "count",
     "districts"),
]:  # fmt: skip
    read(text, "taliban", "eq", lo, lo, unit, measure, category="change-then-state")
for text, note in [
    ("The Taliban seized Herat, with government forces now controlling half the country",
     "two sides"),
    ("The Taliban failed to seize Herat, giving them control of half the country", "negation"),
    ("The Taliban may seize Herat, giving them control of half the country", "modal"),
    ("The Taliban control Herat, giving them control of half the country", "not a change"),
    ("Herat fell, giving them control of half the country", "no side"),
    ("The Taliban seized Herat, giving them control of half of Narnia", "unknown place"),
    ("The Taliban seized half the country, giving them control of 200 districts", "two claims"),
]:  # fmt: skip
    refuse(text, "change-then-state", note)

# A fronted clause of circumstance ("As the government collapses, ...")
read(
    "As the US withdraws, the Taliban control half the country",
    "taliban",
    "eq",
    0.5,
    0.5,
    "fraction",
    "area",
    category="set-aside",
)
for text, note in [
    ("As the Taliban took Herat, they control half the country", "a claim word in the clause"),
    ("As the government may collapse, the Taliban control half the country", "a modal"),
    (
        "As the government collapses, the Taliban control half the country",
        "the other side named in a clause set aside (clauses5: rule 3 of common-s5)",
    ),
    ("As the militants push into Herat, the Taliban control half the country", "a place"),
]:
    refuse(text, "set-aside", note)

# A contested status counted ("around 80 districts are contested"), and discourse markers
read(
    "About 80 districts are contested",
    "contested",
    "approx",
    80,
    80,
    "count",
    "districts",
    category="contested",
    note="the status, not a side",
)
read(
    "Half of the country is contested",
    "contested",
    "eq",
    0.5,
    0.5,
    "fraction",
    "area",
    category="contested",
)
read(
    "Further, the Taliban control half the country",
    "taliban",
    "eq",
    0.5,
    0.5,
    "fraction",
    "area",
    category="set-aside",
    note="a discourse marker",
)
for text, note in [
    ("The Taliban control 50 districts, 80 are contested", "a side and a status: two claims"),
    ("Around 80 districts are contested by the Taliban", "contested by a side"),
    ("The Taliban hold 80 contested districts", "contested as an adjective"),
    ("Around 80 districts are not contested", "negation"),
    ("Around 80 districts are contested between Narnia and Oz", "unknown parties"),
]:
    refuse(text, "contested", note)

# A complement that is not the sentence's one figure (found by inserting words)
for text, note in [
    ("The Taliban control about all but two provinces", "a comparison before the complement"),
    ("Half of Afghanistan all but one province was under Taliban control", "two figures"),
    ("The Taliban hold 20 provinces all but two provinces", "two figures"),
]:
    refuse(text, "complement", note)

# "all but K of ... provinces", "every district", "X fell, leaving them in control of ..."
read(
    "The Taliban now control all but two of Afghanistan's 34 provinces",
    "taliban",
    "eq",
    32,
    32,
    "count",
    "provinces",
    den="34",
    category="complement",
)
read(
    "The Taliban now control every district of Herat",
    "taliban",
    "eq",
    100,
    100,
    "percent",
    "districts",
    "Herat",
    category="totality",
)
read(
    "Herat fell to the Taliban, leaving them in control of 200 districts",
    "taliban",
    "eq",
    200,
    200,
    "count",
    "districts",
    category="change-then-state",
)
for text, note in [
    ("The Taliban now control all but two of Afghanistan's 35 provinces", "35 vs 34"),
    ("The Taliban control every Herat district", "not read"),
    ("Herat fell to the Taliban, leaving the government in control of 200 districts", "two sides"),
    ("The Taliban control every district of Narnia", "unknown place"),
]:
    refuse(text, "complement", note)

read(
    "In the last week the Taliban have taken at least a third of the country",
    "taliban",
    "ge",
    0.3333,
    None,
    "fraction",
    "area",
    category="period",
    note="a lower bound: entailed",
)
refuse(
    "In the last week the Taliban have taken a third of the country and now hold half of it",
    "change-then-state",
    "a share in the change clause: two figures",
)
refuse(
    "The Taliban captured less than a third of the country since May",
    "period",
    "an upper bound on a change says nothing of the state",
)

# An earlier figure given for comparison (", up from 73 in May"): set aside, not checked
read(
    "The Taliban now control 223 districts, up from 73 in May",
    "taliban",
    "eq",
    223,
    223,
    "count",
    "districts",
    category="set-aside",
    note="the earlier figure is not checked",
)
for text, note in [
    ("The Taliban control 223 districts, up from 73 in Herat", "a place, not a date"),
    ("The Taliban control 223 districts, up from 73", "no date: two figures"),
]:
    refuse(text, "set-aside", note)

# --------------------------------------------------------------------------------------------
# Found on unseen reporting (tests/data/checker/real_reporting_dev.csv, devbatch): a figure
# of the units a side holds that have some property ("the districts controlled by the Taliban
# are rural") is not the side's share; "Kabul" alone is the city as well (police districts).
for text, note in [
    ("Nearly all the districts controlled by the Taliban are rural", "dev d107"),
    ("Half of the districts held by the Taliban are in Helmand", "a subset of the side's"),
    ("Two-thirds of the territory held by the Taliban is rural", "a property of the holding"),
    ("Most of the provinces captured by the Taliban are in the north", "a subset"),
    ("All the districts controlled by the government are strategic", "a property"),
    ("The 200 districts held by the Taliban are mostly rural", "a property"),
    ("The Taliban control half the districts, and those are rural", "a property"),
]:
    refuse(text, "description", note)
for text in [
    "The Taliban now control all districts of Kabul",
    "The Taliban control five districts in Kabul",
    "The Taliban control half of Kabul's districts",
    "The Taliban hold 11 of Kabul's 22 districts",
    "The Taliban control all the districts of Kabul",
]:
    refuse(text, "unknown-place", "'Kabul' alone: the city's police districts or the province")
read(
    "Half of the districts are controlled by the Taliban", "taliban", "approx", 50, 50,
    "percent", "districts", category="description", note="the copula before the participle",
)  # fmt: skip
read(
    "The Taliban control all districts of Kabul province", "taliban", "eq", 100, 100,
    "percent", "districts", "Kabul", category="unknown-place", note="the province, named so",
)  # fmt: skip
read(
    "The Taliban hold half of Kabul province's districts", "taliban", "approx", 50, 50,
    "percent", "districts", "Kabul", category="unknown-place", note="the province, named so",
)  # fmt: skip

# Who said it, the closed forms (attribution.py): a name, role or outlet noun phrase, a
# reporting verb and a closed frame; everything else stays in the sentence (read or refused)
for sentence in [
    "The Taliban control 150 districts, Taliban spokesman Zabihullah Mujahid said on Friday",
    "The Taliban control 150 districts, said Zabihullah Mujahid, a Taliban spokesman",
    "The Taliban control 150 districts, the Pentagon said in a statement",
    "The Taliban control 150 districts, officials said on condition of anonymity",
    "The Taliban's spokesman said on Friday that the group controls 150 districts",
    "A Long War Journal assessment shows that the Taliban control 150 districts",
    "According to a tally by the Long War Journal, the Taliban control 150 districts",
    "The Taliban control 150 districts, according to an analysis by the Long War Journal",
    "US officials told reporters that the Taliban control 150 districts",
    "Zabihullah Mujahid wrote on Twitter that the Taliban control 150 districts",
    "The Taliban claim to now control 150 districts",
]:
    read(sentence, "taliban", "eq", 150, 150, "count", "districts", category="date-source")
for text, note in [
    ("Mujahid denied that the Taliban control 150 districts", "a denial"),
    ("Mujahid did not say that the Taliban control 150 districts", "negated attribution"),
    ("Mujahid may have said that the Taliban control 150 districts", "modal attribution"),
    ("Mujahid rejected claims that the Taliban control 150 districts", "rejected: not a verb"),
    ("Narnia officials said the Taliban control 150 districts", "an unknown name before a role"),
    ("The governor of Nad Ali said the Taliban control 150 districts", "a name after 'of'"),
    ("Local officials said the Taliban control 150 districts", "'local' may be the scope"),
    ("Officials in Kabul say the Taliban control 150 districts", "a province in the speaker"),
    ("The Taliban control 150 districts, officials said in Kandahar", "a place in the frame"),
    ("The Taliban control 150 districts, officials from Kandahar said", "a place"),
    ("The Taliban control 150 districts, officials said in a bid to calm fears", "not a frame"),
    ("Two officials said the Taliban control 150 districts", "a number in the speaker"),
    (
        "Half of the districts, officials in Herat said, are under Taliban control",
        "a place in the speaker between commas",
    ),
    ("officials claim came after Taliban control 150 districts", "no speaker before the verb"),
    ("The Taliban control 150 districts, officials said who control the north", "not a frame"),
]:
    refuse(text, "date-source", note)

# Unnamed and chained sources, the writer's doubt that a claim can be verified, clauses of
# reason or sequence (", following ...", "In light of ..., "): set aside, each quoted in a note
for sentence in [
    "The militants are believed to control 150 districts",
    "The claim came as the Taliban control 150 districts",
    "The Taliban control 150 districts, a Taliban spokesman said on Friday, Reuters reported",
    "The Taliban control 150 districts, according to officials who spoke with the Associated Press",
    "The Taliban control 150 districts, though the group's claims cannot be independently verified",
    "The Taliban control 150 districts, a claim impossible to independently verify",
    "The Taliban control 150 districts, following the collapse of the peace talks",
    "In light of the US withdrawal, the Taliban control 150 districts",
    "The Taliban control 150 districts, despite the US airstrikes",
]:
    read(sentence, "taliban", "eq", 150, 150, "count", "districts", category="date-source")
read(
    "The Taliban have control over around half of the country", "taliban", "approx", 0.5, 0.5,
    "fraction", "area", category="readable", note="'over' is the preposition of 'control'",
)  # fmt: skip
for text, note in [
    ("The Taliban controlled 150 districts, after the US invasion", "'after' dates a past claim"),
    ("The Taliban control 150 districts, following the collapse of the Western-backed government",
     "the other side named in a clause set aside (clauses5: rule 3 of common-s5)"),
    ("After the US invasion, the Taliban controlled 150 districts", "'after' dates a past claim"),
    ("The Taliban control 150 districts, after the fall of Herat", "a control word and a place"),
    ("The Taliban control 150 districts, as the militants mount an offensive in the north",
     "a region in the clause"),
    ("The Taliban control 150 districts, following the collapse of the northern provinces",
     "a region and a measure word"),
    ("The militants are not believed to control 150 districts", "negated"),
    ("The militants are feared to control 150 districts", "not a reporting participle"),
    ("The Taliban control 150 districts, according to officials who spoke in Kandahar",
     "a place in the relative clause"),
    ("The Taliban control 150 districts, a claim disputed by the government", "not the closed "
     "doubt phrase: a second side"),
    ("The claim was made as the militants may control 150 districts", "modal"),
    ("The Taliban control 150 districts, officials said in Kandahar, Reuters reported",
     "a place in the inner source"),
    ("The Taliban control 150 districts, though the government cannot be defeated",
     "not the doubt phrase: a negation"),
    ("The Taliban control 150 districts, though the group's claims cannot be verified in Herat",
     "not the doubt phrase at the end"),
]:  # fmt: skip
    refuse(text, "date-source", note)

# Sides (issue #8, helper `sides`): how reporting names each side, read from the vocabulary
# preset (afghanistan-2021: words and anaphora); actors that are no side of it, words that may
# name two actors, and a generic noun or pronoun with no side named before it are refused.
for text, side, rel, lo, unit, measure in [
    ("The Taliban movement controls 80% of the country", "taliban", "eq", 80, "percent", "area"),
    ("The insurgent group controls 150 districts", "taliban", "eq", 150, "count", "districts"),
    ("The militant group holds 150 districts", "taliban", "eq", 150, "count", "districts"),
    ("Taliban fighters hold 150 districts", "taliban", "eq", 150, "count", "districts"),
    ("Taliban militants control 150 districts", "taliban", "eq", 150, "count", "districts"),
    ("The Islamic Emirate of Afghanistan controls 85% of the country", "taliban", "eq", 85,
     "percent", "area"),
    ("The IEA controls 85% of the country", "taliban", "eq", 85, "percent", "area"),
    ("The Islamic Emirates control 85% of the territory", "taliban", "eq", 85, "percent", "area"),
    ("Afghan security forces hold 120 districts", "government", "eq", 120, "count", "districts"),
    ("The ANDSF control 120 districts", "government", "eq", 120, "count", "districts"),
    ("The Afghan National Army holds 120 districts", "government", "eq", 120, "count",
     "districts"),
    ("Afghan National Defense and Security Forces hold 120 districts", "government", "eq", 120,
     "count", "districts"),
    ("The Ghani government controls 120 districts", "government", "eq", 120, "count",
     "districts"),
    ("The Islamic Republic controls 120 districts", "government", "eq", 120, "count",
     "districts"),
    ("Government troops hold 40% of the country", "government", "eq", 40, "percent", "area"),
]:  # fmt: skip
    read(text, side, rel, lo, lo, unit, measure, category="sides")
# the side named before a pronoun or a generic noun that refers back to it (who said it is
# set aside: excluded from the nonsense-word property like date-source)
for text, side in [
    ("The Taliban said it controls 85% of the country", "taliban"),
    ("The Taliban said Friday the group now controls 85% of the country", "taliban"),
    ("The Taliban said the movement controls 85% of the country", "taliban"),
    ("The Taliban claim they control 85% of the country", "taliban"),
    ("The Taliban said its fighters control 85% of the country", "taliban"),
    ("The government said its forces control 85% of the country", "government"),
]:
    read(text, side, "eq", 85, 85, "percent", "area", category="sides-speaker")
for text, note in [
    ("The group controls 85% of the country", "'the group' alone names no side"),
    ("The movement controls 85% of the country", "'the movement' alone names no side"),
    ("Fighters control 150 districts", "'fighters' alone names no side"),
    ("The militia holds 150 districts", "'the militia' alone names no side"),
    ("Their fighters control 150 districts", "a possessive with no side named"),
    ("They control 85% of the country", "a pronoun with no antecedent"),
    ("It controls 85% of the country", "a pronoun with no antecedent"),
    ("We control 85% of the country", "the speaker is not named"),
    ("They control 85% of the country, the Taliban said", "the pronoun stands before the side"),
    ("Government officials said the group controls 85% of the country",
     "'the group' never refers back to the government"),
    ("Afghan forces said the movement controls 150 districts",
     "'the movement' never refers back to the government"),
    ("The Taliban said the troops hold 150 districts", "'troops' does not refer to the Taliban"),
    ("Terrorists control 150 districts", "ambiguous: the Taliban or ISIS-K"),
    ("The terrorists hold 40% of the country", "ambiguous: the Taliban or ISIS-K"),
    ("The extremists control 40% of the country", "ambiguous: the Taliban or ISIS-K"),
    ("The extremist group controls 40% of the country", "ambiguous: the Taliban or ISIS-K"),
    ("The radicals control 85% of the country", "ambiguous: the Taliban or ISIS-K"),
    ("The jihadists control 150 districts", "ambiguous: the Taliban or ISIS-K"),
    ("The Islamists control 150 districts", "ambiguous: the Taliban or ISIS-K"),
    ("The rebels control 40% of the country", "ambiguous: the Taliban or the resistance"),
    ("The National Resistance Front controls 60% of Panjshir", "not a side of the vocabulary"),
    ("The NRF controls 60% of Panjshir", "not a side of the vocabulary"),
    ("Resistance forces hold 60% of Panjshir province", "not a side of the vocabulary"),
    ("Massoud's forces control 60% of Panjshir", "not a side of the vocabulary"),
    ("ISIS-K controls 5 districts", "not a side of the vocabulary"),
    ("Islamic State fighters control 5 districts", "not a side of the vocabulary"),
    ("Daesh holds 5 districts", "not a side of the vocabulary"),
    ("Kabul controls 120 districts", "'Kabul' is a province, never read as the government"),
    ("Taliban security forces control 150 districts", "two sides' words"),
    ("The Taliban and Afghan forces control 150 districts", "two sides"),
]:  # fmt: skip
    refuse(text, "sides", note)

# Who said it between commas, datelines, the legal formula, "come under control"; a share of
# the country with a province named elsewhere
read(
    "Half of the districts, officials said, are under Taliban control",
    "taliban",
    "eq",
    0.5,
    0.5,
    "fraction",
    "districts",
    category="date-source",
    note="who said it between commas",
)
read(
    "Moscow: The Taliban (banned in Russia) control 150 districts",
    "taliban",
    "eq",
    150,
    150,
    "count",
    "districts",
    category="date-source",
    note="dateline; legal formula",
)
read(
    "Half of the Afghan-Tajik border has come under Taliban control",
    "taliban",
    "eq",
    0.5,
    0.5,
    "fraction",
    "border",
    "border:TJK",
    category="readable",
)
for text, note in [
    ("Kabul: The Taliban control half of the country", "Kabul is a province: a dateline "
     "that may be the scope"),
    ("In Herat, the Taliban control half of the country", "two scopes"),
    ("The Taliban control half of the country in Helmand", "two scopes"),
    ("The Taliban (banned in Herat) control 150 districts", "not the legal formula: a place"),
    ("Half of the districts, two officials said, are under Taliban control", "a number"),
    ("Narnia: The Taliban control 150 districts", "not a dateline the list knows"),
    ("Half of the border has come under Taliban attack", "attack is not control"),
]:  # fmt: skip
    refuse(text, "date-source", note)

# Sides, second increment: an ambiguous word beside a side it may name describes that side;
# the legal tag Russian outlets add ("(banned in Russia)") is part of the side's name
for text, side, lo, unit, measure in [
    ("The Taliban terrorist group controls 150 districts", "taliban", 150, "count", "districts"),
    ("Islamist militants control 150 districts", "taliban", 150, "count", "districts"),
    ("The radical movement Taliban controls 150 districts", "taliban", 150, "count",
     "districts"),
    ("The Taliban movement (banned in Russia) controls 150 districts", "taliban", 150, "count",
     "districts"),
    ("The Taliban (outlawed in Russia) control 85% of the country", "taliban", 85, "percent",
     "area"),
    ("The Taliban (a terrorist organization banned in Russia) control 85% of the country",
     "taliban", 85, "percent", "area"),
]:  # fmt: skip
    read(text, side, "eq", lo, lo, unit, measure, category="sides")
for text, note in [
    ("Afghan forces terrorists control 150 districts", "'terrorists' never names the government"),
    ("Afghan forces, terrorists control 150 districts", "a comma: not one noun phrase"),
    ("Terrorists (banned in Russia) control 85% of the country", "the tag names no side"),
    ("The Taliban (banned in Ukraine) control 85% of the country", "not the tag"),
    ("The Taliban control 85% (banned in Russia) of the country", "the tag after no side"),
    ("The Taliban (banned in Russia) and ISIS-K control 150 districts", "another actor"),
    ("The Taliban said the extremists control 150 districts", "not beside the side's name"),
]:
    refuse(text, "sides", note)
# --------------------------------------------------------------------------------------------
# Named units (mapper/check/units.py): a side holds a named province, district or provincial
# capital. Parsed without the boundary set's district names (a district is then refused).
for text, side, scope in [
    ("The Taliban control Kunduz province", "taliban", "province:Kunduz"),
    ("Helmand is under Taliban control", "taliban", "province:Helmand"),
    ("Kunduz province is in the hands of the Taliban", "taliban", "province:Kunduz"),
    ("Panjshir province is under government control", "government", "province:Panjshir"),
    ("The Taliban captured Zaranj", "taliban", "capital:Zaranj"),
    ("Zaranj fell to the Taliban", "taliban", "capital:Zaranj"),
    ("Sheberghan was captured by the Taliban", "taliban", "capital:Sheberghan"),
    ("The city of Kunduz fell to the Taliban", "taliban", "capital:Kunduz"),
    ("The Taliban captured Kunduz", "taliban", "capital:Kunduz"),
    ("Government forces retook Lashkar Gah", "government", "capital:Lashkar Gah"),
    ("Afghan forces recaptured Lashkar Gah from the Taliban", "government", "capital:Lashkar Gah"),
    ("The Taliban captured the capital of Helmand province", "taliban", "capital:Lashkar Gah"),
    ("The Taliban have seized Zaranj, the capital of Nimroz province", "taliban",
     "capital:Zaranj"),
    ("The Taliban captured Zaranj in Nimroz province", "taliban", "capital:Zaranj"),
    ("The Taliban captured Helmand's capital", "taliban", "capital:Lashkar Gah"),
]:  # fmt: skip
    read(text, side, "eq", 1, 1, "count", "units", "units:" + scope, category="named units")
read("The Taliban have taken Herat and Kandahar", "taliban", "eq", 2, 2, "count", "units",
     "units:capital:Herat+capital:Kandahar", category="named units",
     note="a bare name that is a province and its capital, after a capture: the city")  # fmt: skip
read("The Taliban now control Kunduz city and Kunduz province", "taliban", "eq", 2, 2, "count",
     "units", "units:capital:Kunduz+province:Kunduz", category="named units")  # fmt: skip
for text, note in [
    ("The Taliban besieged Kunduz", "a siege is not control"),
    ("The Taliban have besieged Lashkar Gah", "a siege is not control"),
    ("The Taliban laid siege to Lashkar Gah", "a siege is not control"),
    ("Kunduz is under siege by the Taliban", "a siege is not control"),
    ("The Taliban almost captured Kunduz", "a hedge: not captured"),
    ("The Taliban nearly captured Kunduz city", "a hedge: not captured"),
    ("The Taliban briefly captured Kunduz", "held and lost again"),
    ("The Taliban attacked Kunduz", "an attack is not control"),
    ("The Taliban advanced on Herat", "an advance is not control"),
    ("The Taliban surrounded Kandahar", "encircling is not control"),
    ("The Taliban entered Kunduz", "'entered' is not a control verb"),
    ("The Taliban are fighting in Kunduz city", "fighting is not control"),
    ("The Taliban are closing in on Herat", "approaching is not control"),
    ("The Taliban captured parts of Kunduz province", "a part of a unit"),
    ("The Taliban have taken Herat and most of Helmand", "a unit and a share of another"),
    ("The Taliban captured Narnia", "an unknown place is refused, never widened"),
    ("Government forces hold Gotham city", "not a provincial capital"),
    ("The Taliban control Atlantis province", "an unknown province"),
    ("The Taliban captured Kunduz airport", "an airport is not a unit"),
    ("The Taliban captured the provincial capital", "names no capital"),
    ("The Taliban and government forces captured Kunduz", "two sides"),
    ("Government forces retook Lashkar Gah from government troops", "taken from itself"),
    ("The Taliban captured Zaranj and Herat fell to government forces", "two sides"),
    ("Zaranj fell", "names no side"),
    ("The Taliban did not capture Zaranj", "a negation"),
    ("Zaranj has not fallen to the Taliban", "a negation"),
    ("The Taliban failed to take Kandahar", "a negation"),
    ("The Taliban could capture Zaranj", "a modal"),
    ("The Taliban are expected to take Kandahar", "a modal"),
    ("The Taliban control Kunduz", "a province and its capital after a state verb: ambiguous"),
    ("The Taliban hold Herat", "a province and its capital after a state verb: ambiguous"),
    ("Kandahar is under Taliban control", "a province and its capital: ambiguous"),
    ("The Taliban captured Zaranj, the capital of Helmand province",
     "the places data puts Zaranj in Nimroz"),
    ("Kohsan district is under Taliban control", "a district needs the boundary set's names"),
    ("The Taliban captured Zaranj on Friday", "a relative day needs the date of writing"),
    ("The Taliban captured Zaranj in 2015", "a date in the sentence needs the date of writing"),
    ("The Taliban captured Zaranj on August 6", "a date in the sentence needs the date of writing"),
    ("The Taliban captured Zaranj bbb", "an unknown word"),
    ("The rrr Taliban captured Zaranj", "an unknown word in the side's place"),
    ("The Taliban captured Zaranj in Helmand province", "Zaranj is not in Helmand"),
    ("The Taliban captured Zaranj, Helmand's capital", "the places data puts Zaranj in Nimroz"),
]:  # fmt: skip
    refuse(text, "named units", note)
# Named units, helper units5: "was now" in reported speech, a capital named as a city in an
# apposition, appositions that locate or describe the unit (set aside, said in "Read as")
for text, side, scope in [
    ("Panjshir was now under the control of the Taliban", "taliban", "province:Panjshir"),
    ("The city of Zaranj, provincial capital of Nimroz, has fallen to the Taliban", "taliban",
     "capital:Zaranj"),
    ("The Taliban seized the city of Sheberghan in the northern Afghan province of Jawzjan",
     "taliban", "capital:Sheberghan"),
    ("The Taliban have taken control of Panjshir province north of Kabul, the Afghan capital",
     "taliban", "province:Panjshir"),
    ("The Taliban captured Panjshir province, north of the capital Kabul", "taliban",
     "province:Panjshir"),
    ("Government forces reclaimed Lashkar Gah", "government", "capital:Lashkar Gah"),
]:  # fmt: skip
    read(text, side, "eq", 1, 1, "count", "units", "units:" + scope, category="named units")
for text, note in [
    ("Panjshir was under the control of the Taliban", "'was' without 'now': a past state"),
    ("Panjshir was now nearly under the control of the Taliban", "a hedge"),
    ("The city of Zaranj, provincial capital of Helmand, has fallen to the Taliban",
     "the places data puts Zaranj in Nimroz"),
    ("The city of Spin Boldak has fallen to the Taliban", "a town, not a provincial capital"),
    ("The Taliban captured the capital", "'the capital' (Kabul?) names no unit"),
    ("The Taliban have taken control of Panjshir, the last area held by resistance forces",
     "an apposition holding a control claim about another side"),
    ("The Taliban have taken control of Panjshir, the last holdout of the government",
     "an apposition naming another side"),
    ("The Taliban have taken control of Panjshir province north of Narnia",
     "the place that locates the unit is unknown"),
    ("The Taliban have taken control of Panjshir province north of the highway",
     "not a place of the boundary set"),
    ("The Taliban have taken control of Panjshir province and the area north of Kabul",
     "an area is not a unit"),
    ("The Taliban besieged Panjshir, the last holdout Afghan province", "a siege is not control"),
    ("The Taliban have not taken control of Panjshir, the last holdout Afghan province",
     "a negation"),
    ("Government forces almost reclaimed Lashkar Gah", "a hedge"),
    ("Government forces reclaimed parts of Lashkar Gah", "a part of a unit"),
    ("Government forces tried to reclaim Lashkar Gah", "an attempt"),
    ("The Taliban captured Zaranj morning", "a part of the day with no day named"),
]:  # fmt: skip
    refuse(text, "named units", note)

# "Panjshir, the last holdout Afghan province" (helper clauses6): the apposition says every
# other province was the side's; a closed list of appositions after one province, read as a
# second claim checked beside the first (the 33 other provinces held whole on the date checked)
for text in [
    "The Taliban have taken control of Panjshir, the last holdout Afghan province",
    "The Taliban have taken control of Panjshir, the only province the Taliban had not seized",
    "Panjshir, the last pocket of resistance, falls to the Taliban",
    "The Taliban have taken control of Panjshir province, the last holdout of anti-Taliban "
    "forces in Afghanistan",
    "The Taliban captured Panjshir, the last province which was not captured by the Taliban",
    "The Taliban have taken control of Panjshir province north of Kabul, the last holdout of "
    "anti-Taliban forces in the country and the only province the Taliban had not seized",
]:
    read(
        text,
        "taliban",
        "eq",
        1,
        1,
        "count",
        "units",
        "units:province:Panjshir",
        category="named units",
        note="last holdout: every other province checked beside",
    )
read(
    "The Taliban are in complete control of Panjshir province, the last area in Afghanistan "
    "held by resistance forces",
    "taliban",
    "eq",
    100,
    100,
    "percent",
    "area",
    "Panjshir",
    category="named units",
    note="last area: every other province checked beside",
)
for text, note in [
    ("The Taliban have taken control of Panjshir, the last holdout of anti-government forces "
     "in Afghanistan", "the apposition's side is not the claim's"),
    ("Government forces have retaken Panjshir, the only province the Taliban had not seized",
     "the apposition's side is not the claim's"),
    ("The Taliban have taken control of Panjshir, the last province which was not captured by "
     "the government", "the apposition's side is not the claim's"),
    ("The Taliban have taken control of Panjshir, the only province the Taliban had seized",
     "no negation: another claim (the only one seized)"),
    ("The Taliban have taken control of Panjshir, the last holdout of anti-Taliban forces in "
     "the north", "a region: the last in the north, not the country"),
    ("The Taliban have taken control of Panjshir, the last holdout of anti-Taliban forces in "
     "the country and the only province the Taliban had not seized in 2019", "a date"),
    ("The Taliban have taken control of Panjshir, the last pocket of resistance to the "
     "government's rule", "the apposition's side is not the claim's"),
    ("The Taliban have taken control of Panjshir, the last pocket of resistance in the north",
     "a region"),
    ("The Taliban have taken control of Panjshir, the last area held by resistance forces in "
     "the north", "a region"),
    ("The Taliban have taken control of Narnia, the last holdout Afghan province",
     "an unknown place"),
    ("The Taliban have taken control of Kohsan district, the last holdout Afghan province",
     "a district, not a province"),
    ("The Taliban have taken control of Zaranj, the last holdout Afghan province",
     "a capital, not a province"),
    ("The Taliban have taken control of Kapisa and Panjshir, the last holdout Afghan province",
     "two units"),
    ("The Taliban have taken control of half of Panjshir, the last holdout Afghan province",
     "a share of the province, not all of it"),
    ("The Taliban have taken control of three districts in Panjshir, the last holdout Afghan "
     "province", "a count of districts, not the province"),
    ("The Taliban may take control of Panjshir, the last holdout Afghan province", "a modal"),
    ("The Taliban almost captured Panjshir, the last holdout Afghan province", "a hedge"),
    ("The Taliban have taken control of Panjshir, the first holdout Afghan province",
     "not the last"),
    ("The Taliban have taken control of Panjshir, the last holdout Afghan province in the "
     "north", "a region"),
]:  # fmt: skip
    refuse(text, "named units", note)

# Ordinals of falls (helper units5): "the Nth provincial capital to fall" counts falls up to
# the day of the event and is checked on that day only; parsed here without the date of
# writing, every ordinal is refused (the day of the event is not known). The readings, with
# the date of writing, are in tests/test_checks_falls.py.
for text, note in [
    ("The Taliban have taken control of Herat, the capital of Herat province, the 12th "
     "provincial capital to fall", "an ordinal with no date of writing: the day is not known"),
    ("Sheberghan is the second provincial capital to fall to the Taliban in the last two days",
     "an ordinal with no date of writing"),
    ("Zaranj was the first provincial capital to fall to the Taliban",
     "told as past with no day: the day of the event is not known"),
    ("The Taliban took the eighth provincial capital", "told as past with no day"),
    ("The Taliban captured Zaranj, the first provincial capital to fall",
     "told as past with no day"),
    ("The Taliban captured Zaranj on Friday, the first provincial capital to fall",
     "a day relative to a date of writing that is not given"),
    ("The Taliban captured Zaranj, the first provincial capital to fall to government forces",
     "the ordinal names another side"),
    ("The Taliban captured Nimroz province, the first provincial capital to fall",
     "a province is not a provincial capital"),
    ("The Taliban captured Zaranj and Herat, the first provincial capital to fall",
     "two units for one ordinal"),
    ("The Taliban besieged Zaranj, the first provincial capital to fall", "a siege"),
    ("Government forces have retaken Herat, the 11th provincial capital to fall",
     "after a retake, 'to fall' with no side may count the other side's falls"),
    ("The Taliban captured Zaranj, the first provincial capital to fall, and Herat",
     "one ordinal for two units"),
    ("The Taliban captured Herat, the third largest city, the 11th provincial capital to fall",
     "an apposition of size before the ordinal"),
    ("The Taliban have not captured Zaranj, the first provincial capital to fall",
     "a negation"),
    ("The Taliban captured Zaranj, the first provincial capital to fall in August",
     "a month is not a period of days"),
    ("The Taliban captured Zaranj, the first provincial capital to fall since May",
     "'since' is not a period of days"),
    ("The Taliban could take the first provincial capital", "a modal"),
    ("Nangarhar was the 23rd occupied province", "an ordinal of provinces told as past"),
    ("The Taliban hold the second largest provincial capital", "a rank of size, not of falls"),
    ("The Taliban now control at least 13 provincial capitals, including Kandahar and Narnia",
     "a list naming an unknown place"),
    ("The Taliban now control at least 13 provincial capitals, including Kandahar and Spin "
     "Boldak", "a list naming a town that is no provincial capital"),
    ("The Taliban now control at least 13 provincial capitals, including Paktika and Zabul",
     "a list of capitals naming provinces"),
]:  # fmt: skip
    refuse(text, "ordinals and lists", note)
read("The Taliban now control at least 13 provincial capitals, including Kandahar and Herat",
     "taliban", "ge", 13, None, "count", "capitals", category="ordinals and lists",
     note="the list is a second claim, checked beside the count")  # fmt: skip

# Sides, third increment: descriptions before a side's name are read beside it, in a chain
for text in [
    "The Sunni Muslim insurgent group controls 85% of the country",
    "The hardline Islamist Taliban control 85% of the country",
]:
    read(text, "taliban", "eq", 85, 85, "percent", "area", category="sides")
for text, note in [
    ("The Sunni Muslim group controls 85% of the country", "no side's name to describe"),
    ("Sunni Muslims control 85% of the country", "no side's name to describe"),
    ("The hardline Islamists control 85% of the country", "no side's name to describe"),
]:
    refuse(text, "sides", note)

# A pronoun speaker, "citing ...", "issued the statement saying", "the war-torn country"; a
# place named only as where it was said is never the scope
for sentence in [
    "The Taliban control 150 districts, they said in a statement on Monday",
    "The Taliban control 150 districts, the agency reported, citing local residents",
    "Taliban spokesman Zabihullah Mujahid issued the statement saying the Taliban control 150 "
    "districts",
]:
    read(sentence, "taliban", "eq", 150, 150, "count", "districts", category="date-source")
read("The Taliban control half of the war-torn country", "taliban", "eq", 0.5, 0.5, "fraction",
     "area", category="readable")  # fmt: skip
for text, note in [
    ("The Taliban control 150 districts, they said in Herat", "where it was said, not the scope"),
    ("The Taliban said in Helmand they control five districts", "where it was said"),
    ("The Taliban control 150 districts, the agency reported, citing residents of Herat",
     "'citing' a place"),
    ("The Taliban control half of the war-torn districts", "'war-torn' only before the country"),
    ("They said the Taliban control 150 districts and they hold Herat", "two claims"),
]:  # fmt: skip
    refuse(text, "date-source", note)

# Red-team (redteam2, #8): sentences read under a reading that is not theirs; each must stay
# refused (tests/test_checks_redteam.py reads the units ones with the boundary set's names).
for text, note in [
    ("The Taliban captured Islam Qala", "a locality (border town) is not its whole district"),
    ("Islam Qala fell to the Taliban", "a locality is not its whole district"),
    ("The Taliban captured Khoshamand district in Paktika",
     "a district newer than the boundary set is part of Dila, not all of it"),
]:  # fmt: skip
    refuse(text, "redteam", note)
for text, note in [
    ("The Taliban control half of the districts in 20 provinces",
     "a share of the districts of 20 provinces (a part), not of the country's"),
    ("The Taliban control half of the districts in two provinces", "a share of a part"),
    ("The Taliban control a third of the districts across 12 provinces", "a share of a part"),
    ("The Taliban control half of the districts bordering Herat",
     "districts next to Herat, not Herat's on the international border"),
    ("The Taliban control half of the districts on the border with Herat province",
     "a province's line, not an international border"),
    ("The Taliban control half of the districts on the border of Herat", "a province's line"),
    ("The Taliban control a third of the districts adjacent to Kandahar", "next to a province"),
    ("The Taliban control half of the districts across the border in Pakistan",
     "districts in Pakistan, not Afghan districts on the border"),
    ("The Taliban control half of the territory across the border", "the other side"),
    ("The Taliban half captured Kunduz", "'half' is no share of Kunduz (half-captured)"),
    ("The half Taliban captured Kunduz", "'half' stands before the side, not the province"),
    ("Half the Taliban fighters in Kunduz surrendered", "half of the fighters"),
    ("The Taliban control 10 of the 20 key districts",
     "20 counts the key districts, not the country's"),
    ("The Taliban control 10 out of 20 strategic districts", "a total of a part"),
    ("Helmand province has been under Taliban control since May",
     "held on every day since May: only the date would be checked"),
]:  # fmt: skip
    refuse(text, "redteam", note)
for text, lo, unit, den in [
    ("The Taliban control 50 districts in 20 provinces", 50, "count", ""),
    ("The Taliban control a third of the 400 districts in 34 provinces", 0.3333, "fraction",
     "400"),
]:  # fmt: skip
    read(text, "taliban", "eq", lo, lo, unit, "districts", den=den, category="redteam",
         note="'in N provinces' is context after a count, or after a share when N is every "
         "province")  # fmt: skip

# Sides: a speaker of another side than the claim's is refused (two sides in one sentence),
# as is a first-person claim whose speaker's side the sentence does not name
for text, note in [
    ("Government officials said the Taliban control 150 districts", "a speaker of another side"),
    ("A Taliban spokesman said government forces hold 10% of the country",
     "a speaker of another side"),
    ("Government officials said the movement controls 150 districts",
     "'the movement' does not refer to the government speaker"),
    ("A Taliban spokesman said the troops hold 10% of the country",
     "'the troops' does not refer to the Taliban speaker"),
    ("Zabihullah Mujahid said we control 85% of the country", "the speaker's side is not named"),
]:  # fmt: skip
    refuse(text, "sides", note)

# Sides in the subject of a named-units claim: the whole noun phrase is one side's name
for text, side in [
    ("The Taliban movement captured Zaranj", "taliban"),
    ("Taliban forces captured Zaranj", "taliban"),
    ("The Islamist militant group captured Zaranj", "taliban"),
    ("Afghan security forces captured Zaranj", "government"),
]:
    read(text, side, "eq", 1, 1, "count", "units", "units:capital:Zaranj", category="sides")
for text, note in [
    ("The Sunni group captured Zaranj", "a description with no side's name"),
    ("The group captured Zaranj", "'the group' names no side"),
    ("Government officials said the group captured Zaranj", "'the group' is not the government"),
]:
    refuse(text, "sides", note)

# a pronoun in the side's place refers back to who said it, named before it
read("Taliban says it has taken control of Panjshir", "taliban", "eq", 1, 1, "count", "units",
     "units:province:Panjshir", category="sides-speaker")  # fmt: skip
for text, note in [
    ("It has taken control of Panjshir", "'it' with no side named before it"),
    ("They captured Zaranj, the Taliban said", "the pronoun stands before the side"),
]:
    refuse(text, "sides", note)

# A neighbour named only where it was said or written, with "the border" naming none
read("Moscow: The Taliban control half of the border with Tajikistan", "taliban", "eq", 0.5, 0.5,
     "fraction", "border", "border:TJK", category="date-source")  # fmt: skip
for text, note in [
    ("Islamabad: The Taliban control half of the border", "which border: Pakistan's?"),
    ("The Taliban control half of the border, officials said in Tehran", "which border"),
    ("The Taliban control 90% of the border, a source in Tajikistan's State Committee for "
     "National Security told Sputnik", "which border"),
]:  # fmt: skip
    refuse(text, "date-source", note)

# "Officials in Kabul say": the seat of the government, read only when the claim states the
# country as its scope (Kabul is also a province)
read(
    "Officials in Kabul say the Taliban control half of the country",
    "taliban",
    "eq",
    0.5,
    0.5,
    "fraction",
    "area",
    category="date-source",
    note="Kabul, the seat of government",
)
for text, note in [
    ("Officials in Kabul say the Taliban control half of the districts", "scope not stated"),
    ("Officials in Kabul and Herat say the Taliban control half of the country", "two places"),
    ("Kabul says the Taliban control half of the country", "Kabul alone: a province"),
]:  # fmt: skip
    refuse(text, "date-source", note)

# Sides: a count of the side's men before its name, a generic noun after it
for text in [
    "Thousands of Taliban fighters hold 150 districts",
    "Thousands of militants control 150 districts",
    "The insurgent organization controls 150 districts",
]:
    read(text, "taliban", "eq", 150, 150, "count", "districts", category="sides")
for text, note in [
    ("Thousands of districts are under Taliban control", "a vague quantity of districts"),
    ("Thousands of fighters hold 150 districts", "no side named"),
    ("The organization controls 150 districts", "no side named"),
    ("Dozens of districts fell to Taliban fighters", "a vague quantity of districts"),
]:
    refuse(text, "sides", note)

# --------------------------------------------------------------------------------------------
# Clauses that carry no claim around a control clause (clauses5; mapper.check.circumstance):
# circumstance, sequence, concession, campaign, an ongoing change, a second clause of
# description, fronted frames and formulas, the caveat that a claim cannot be verified; and
# their near misses (a figure, a state, the other side, a place, a date, a modal, a negation,
# a claim in the simple past that the clause would date, an unknown name)
for text in [
    "The Taliban control 150 districts, as major cities fall",
    "The Taliban control 150 districts, with more territory falling to the insurgents every day",
    "The Taliban control 150 districts, and its fighters are tightening their grip on strategic "
    "areas",
    "The Taliban control 150 districts and are pressing on with their offensive",
    "The Taliban now control 150 districts after a string of gains as foreign forces pull out",
    "Despite the claims of resistance, the Taliban control 150 districts",
    "In a shocking revelation, the Taliban control 150 districts",
    "By the grace of Allah Almighty, the Taliban control 150 districts",
    "The Taliban control 150 districts amid the US withdrawal",
    "While foreign forces withdraw, the Taliban control 150 districts",
    "The Taliban control 150 districts, stepping up their offensive",
    "The Taliban control 150 districts, following their offensives amid withdrawal of American "
    "forces",
    "The Taliban control 150 districts as the insurgent group launches an offensive in parallel "
    "with the withdrawal of US troops from the country",
    "The Taliban control 150 districts, though the claims cannot be independently verified",
    "The Taliban control 150 districts as part of a weeklong blitz",
    "The Taliban control 150 districts amid a surge in wins on the ground and as American troops "
    "complete their pullout",
    "The Taliban claimed Friday that they now control 150 districts amid the US withdrawal",
    "The Taliban control 150 districts amid the U.S. withdrawal from the country",
]:
    read(text, "taliban", "eq", 150, 150, "count", "districts", category="set-aside")
refuse(
    "The Taliban have taken more than a dozen provincial capitals and now control two-thirds of "
    "the country",
    "set-aside",
    "two claims: a count taken (a present perfect) and a share held",
)
for text, note in [
    ("The Taliban control half the country, as the government retook half of them", "a figure"),
    ("The Taliban control half the country, as the government retakes territory",
     "the other side as subject of control"),
    ("The Taliban control half the country, as the provincial capitals fall",
     "a count noun that is no vague increment: a second claim"),
    ("The Taliban control half the country, as the last districts fall", "a quantifier"),
    ("The Taliban control half the country, as militants control more of it", "a state held"),
    ("The Taliban control half the country, with more districts falling to the government every "
     "day", "the other side gains"),
    ("The Taliban control half the country, with more territory falling to US forces",
     "a foreign actor as subject of control"),
    ("The Taliban control half the country, with 20 districts falling every day", "a figure"),
    ("The Taliban control half the country, with lakhs displaced", "a figure (lakhs)"),
    ("The Taliban control half the country, and are pressing on in Kandahar", "a place"),
    ("The Taliban control half the country, and are not pressing on", "a negation"),
    ("The Taliban control half the country, and the government holds the rest", "a second claim"),
    ("The Taliban control half the country, and are tightening their grip on the north",
     "a compass word"),
    ("The Taliban control half the country, and are now holding most of the north",
     "a second claim"),
    ("The Taliban controlled half the country as part of their campaign",
     "a claim in the simple past: the clause dates it"),
    ("The Taliban controlled 90% of the country as the US invaded", "the clause dates the claim"),
    ("The Taliban controlled 90% of the country amid the US invasion", "the clause dates it"),
    ("The Taliban controlled 90% of the country, weeks before the US invasion", "dated"),
    ("As the US invaded, the Taliban controlled 90% of the country", "dated"),
    ("Despite the US invasion, the Taliban controlled half of the country", "dated"),
    ("While the Americans were there, the Taliban controlled half of the country", "dated"),
    ("The Taliban held half the country, as the Soviets withdrew", "dated"),
    ("The Taliban control half the country, as they sweep across the north", "a compass word"),
    ("The Taliban control half the country, as they sweep across the country",
     "where it happened may be the claim's scope"),
    ("The Taliban control half the districts, as fighting rages in rural areas", "a region"),
    ("The Taliban control half the country, before the US withdrawal", "'before': a past state"),
    ("The Taliban control half the country, as they seized more territory before the US "
     "withdrawal by August 31", "a date in the clause"),
    ("The Taliban control half the country, as fighting rages on Tuesday", "a date"),
    ("Earlier this week, more than 1,000 Afghan troops fled as the Taliban captured half of "
     "Badakhshan", "a leading event clause with its own figure"),
    ("In a shocking revelation, the Taliban may control half the country", "a modal"),
    ("By the grace of Allah, the Taliban will control half the country", "a modal"),
    ("The Taliban control half the country, as Hemland falls", "an unknown name"),
    ("The Taliban control half the country, as part of a deal with the government",
     "the other side named"),
    ("The Taliban control 150 districts, in a string of attacks across Herat", "a place"),
    ("The Taliban control 150 districts, though the government claims cannot be verified",
     "not the caveat: the other side's claims"),
    ("The Taliban control half the country, while the rest is contested", "a status claim"),
    ("The Taliban control half the country, while others are contested", "a status claim"),
    ("The Taliban control half the country, as well as Herat", "'as well as' is no clause"),
    ("The Taliban control half the country, with Kabul falling", "a place"),
    ("The Taliban control half the country, and are holding Herat", "a place and a state"),
    ("The Taliban control half the country, as the insurgents might", "a modal"),
    ("The Taliban control half the country, as Afghan forces retreat", "the other side named"),
    ("Afghan forces control half the country, as the Taliban seize more territory",
     "the other side as subject of control"),
    ("The Taliban control half the country, as many as the government", "'as many as'"),
    ("The Taliban control half the country, as of the fall of Herat", "'as of' and a place"),
    ("The Taliban control half the country \u2014 as fighting rages in \u201cHemland\u201d",
     "an unknown name after a quote mark"),
    ("The Taliban claimed control of half the country as the US invaded",
     "a claim in the simple past: the clause dates it"),
    ("The Taliban control half the country amid clashes and as the government retakes territory",
     "the second of two joined clauses names the other side as subject of control"),
    ("The Taliban control half the country amid clashes and as they took Herat",
     "a place in the second joined clause"),
]:  # fmt: skip
    refuse(text, "set-aside", note)
# A generic noun before the one side the sentence names, named by who said it (sides5): the
# speaker's own group ("The group now controls 250 districts, a Taliban representative told a
# press conference"); near misses: another speaker, two sides, a noun the side's anaphora does
# not list, a side named in the claim after the noun, a description before the noun
for text in [
    "The group controls 85% of the country, the Taliban said",
    "The group now controls 85% of the country, a Taliban representative told a press "
    "conference in Moscow",
    "The movement controls 85% of the country, Taliban spokesman Zabihullah Mujahid said",
]:
    read(text, "taliban", "eq", 85, 85, "percent", "area", category="sides-speaker")
for text, note in [
    ("The group controls 85% of the country, officials said", "no side named"),
    ("The group controls 85% of the country, government officials said",
     "'the group' never names the government"),
    ("Forces control 85% of the country, a Taliban spokesman said",
     "'forces' is not in the Taliban's anaphora"),
    ("The group controls 85% of the country, a Taliban spokesman and government officials said",
     "two sides"),
    ("The group controls 85% of the country, the Taliban said of ISIS-K", "another actor"),
    ("The extremist group controls 85% of the country, the Taliban said",
     "a description before the noun may name another actor"),
    ("The group controls 85% of the country that the Taliban lost",
     "the side named in the claim, not by who said it"),
    ("They control 85% of the country, a Taliban spokesman said",
     "a pronoun is read only after the side it stands for"),
]:  # fmt: skip
    refuse(text, "sides-speaker", note)

# First person after a colon (sides5): the speaker's side named in the sentence
read('Taliban spokesman Zabihullah Mujahid said: "We are in control of 85% of the country"',
     "taliban", "eq", 85, 85, "percent", "area", category="sides-speaker")  # fmt: skip
for text, note in [
    ('Mujahid said: "We are in control of 85% of the country"', "the speaker's side not named"),
    ('Officials said: "We are in control of 85% of the country"', "no side named"),
    ('Taliban spokesman Zabihullah Mujahid said in Herat: "We control half of the districts"',
     "a place where it was said"),
    ('Taliban spokesman Zabihullah Mujahid said: "We do not control 85% of the country"',
     "a negation"),
    ('Taliban spokesman Zabihullah Mujahid said: "The government controls 85% of the country"',
     "two sides"),
]:  # fmt: skip
    refuse(text, "sides-speaker", note)

# Glosses on a side's name (sides5): the legal tag Russian outlets add, a gloss in brackets
# naming the same side, the side's own name for itself; set aside with a note. Near misses:
# a gloss holding a figure, a control verb, a place, another side, a negation
for text in [
    "The Taliban (banned as a terrorist organization in Russia) control 85% of the country",
    "The Taliban (recognized as terrorist movement and banned in Russia) control 85% of the "
    "country",
    "The Taliban (a terrorist organisation banned in Russia) control 85% of the country",
    "The Islamic Emirate [the self-name of the Taliban political system] controls 85% of the "
    "country",
    "Taliban fighters, who call themselves the Islamic Emirate, control 85% of the country",
    'The Taliban, which calls itself "the Islamic Emirate of Afghanistan," control 85% of the '
    "country",
]:
    read(text, "taliban", "eq", 85, 85, "percent", "area", category="sides-gloss")
for text, note in [
    ("The Taliban (a terrorist group with 50 districts) control 85% of the country",
     "a figure in the gloss"),
    ("The Taliban [who control Herat] control 85% of the country", "a control verb and a place"),
    ("The Taliban [the self-name of the government] control 85% of the country",
     "another side in the gloss"),
    ("The Taliban (banned in Herat) control 85% of the country", "a place in the legal tag"),
    ("The Taliban (not banned in Russia) control 85% of the country", "a negation"),
    ("Taliban fighters, who call themselves the Islamic Republic, control 85% of the country",
     "the self-name names another side"),
    ("The Islamic Emirate [the self-name of the Taliban political system in Herat] controls "
     "85% of the country", "a place in the gloss"),
    ("The Taliban [ISIS-K] control 85% of the country", "another actor in the gloss"),
    ('The Taliban, which calls itself "the Islamic Emirate of Herat," control 85% of the '
     "country", "a place in the self-name"),
    ("The Taliban, which calls itself the government, control 85% of the country",
     "the self-name names another side"),
    ("The Taliban [half the country] control 85% of the country", "a figure in the gloss"),
]:  # fmt: skip
    refuse(text, "sides-gloss", note)

# "from X" after a verb of taking names the side that lost the units (sides5): set aside, the
# claim is about the other side. Near misses: the same side, no verb of taking, a passive
for text, args in [
    ("Government forces captured five districts of Balkh from the Taliban",
     ("government", "ge", 5, 5, "count", "districts", "Balkh")),
    ("The Taliban captured half of the districts of Balkh from government forces",
     ("taliban", "eq", 0.5, 0.5, "fraction", "districts", "Balkh")),
    ("The Taliban have seized 50 districts from the government",
     ("taliban", "ge", 50, 50, "count", "districts", "country")),
]:  # fmt: skip
    read(text, *args, category="sides-from")
for text, note in [
    ("The Taliban captured five districts of Balkh from the Taliban", "the same side"),
    ("Government forces fled from five districts of Balkh as the Taliban advanced",
     "no verb of taking"),
    ("Five districts of Balkh were captured from the Taliban by government forces",
     "a passive: the winner after 'by'"),
    ("The government said the Taliban captured five districts of Balkh from the government",
     "the side also named as the speaker"),
    ("The Taliban captured five districts of Balkh from government forces and the group holds "
     "half of Herat", "a second claim"),
    ("From the Taliban, government forces captured five districts of Balkh",
     "no verb of taking before 'from'"),
    ("Government forces captured five districts of Balkh and withdrew from the Taliban",
     "'from' after another verb"),
]:  # fmt: skip
    refuse(text, "sides-from", note)

# Who said it (helper sides5): a news outlet told, whom the source cites or quotes (a closed
# speaker), why a source is anonymous, a local source (only with the claim's own place)
P8 = ("eq", 8, 8, "count", "districts", "Panjshir")
for text in [
    "The Taliban control eight districts of Panjshir, witnesses tell the Associated Press",
    "Residents told Xinhua that the Taliban control eight districts of Panjshir",
    "The Taliban control eight districts of Panjshir, TOLO News reported, citing local residents",
    "The Taliban control eight districts of Panjshir, TOLO News reported quoting the Defense "
    "Ministry",
    "TOLO News reported quoting the Defense Ministry, that the Taliban control eight districts "
    "of Panjshir",
    "The Taliban control eight districts of Panjshir, according to residents who spoke on "
    "condition of anonymity, fearing reprisals",
    "The Taliban control eight districts of Panjshir, local media reported",
    "The Taliban control eight districts of Panjshir, according to witnesses from the area",
]:
    read(text, "taliban", *P8, category="who-said-it")
for text in [
    "A Taliban spokesman told Rudaw that the Taliban control eight districts of Panjshir",
    "The Taliban control eight districts of Panjshir, officials told Daily Times on Friday",
]:
    read(text, "taliban", *P8, category="who-said-it")
read(
    "The Taliban control half of the districts of Herat, local media reported",
    "taliban", "eq", 0.5, 0.5, "fraction", "districts", "Herat", category="who-said-it",
)  # fmt: skip
for text, note in [
    ("The Taliban control half of the districts, local media reported",
     "a local source and no place in the claim: its own place may be meant"),
    ("Local officials say the Taliban control half of the districts", "local, no place"),
    ("According to witnesses from the area, the Taliban control half of the districts",
     "local, no place"),
    ("The Taliban control eight districts of Panjshir, TOLO News reported, citing residents "
     "who deny it", "a denial in the cited part"),
    ("The Taliban control eight districts of Panjshir, TOLO News reported, citing officials in "
     "Herat", "a place in the cited part"),
    ("The Taliban control eight districts of Panjshir, TOLO News reported, quoting officials "
     "who say the government holds two", "a claim in the cited part"),
    ("The Taliban control eight districts of Panjshir, witnesses tell the Taliban",
     "an actor told, not an outlet"),
    ("The Taliban control eight districts of Panjshir, according to residents who spoke on "
     "condition of anonymity, fearing the Taliban hold half of Herat", "a claim in the tail"),
    ("The Taliban control eight districts of Panjshir, residents tell the Associated Press in "
     "Herat", "a place after the outlet told"),
    ("The Taliban control eight districts, residents of the area told the Associated Press",
     "local, no place"),
    ("The Taliban control 80 percent of the country, officials told Herat",
     "a province as who was told"),
    ("The Taliban control half of the districts, officials told Herat residents",
     "a place and a role noun as who was told"),
    ("The Taliban control 80 percent of the country, officials told the Taliban",
     "an actor as who was told"),
    ("Officials told rudaw the Taliban control 80 percent of the country",
     "who was told not written as a name"),
]:  # fmt: skip
    refuse(text, "who-said-it", note)
# --------------------------------------------------------------------------------------------
# Figures, denominators and control frames (helper denoms5, #8): number words before
# "percent", a denominator put first ("Out of 421 districts ..., X has taken nearly a third"),
# a total with its noun left out ("250 districts out of 398"), "passed into the control of",
# an increment then the total it led to ("seized three more provincial capitals, putting nine
# of the nation's 34 in the insurgents' hands": the total is read, the increment set aside)
for text, lo, scope in [
    ("Eighty-five percent of Afghan territory is under Taliban control", 85, "country"),
    ("Ninety per cent of the country is held by the Taliban", 90, "country"),
    ("The Taliban control seventy-five percent of Herat province", 75, "Herat"),
    ("The Taliban control one hundred percent of Panjshir province", 100, "Panjshir"),
]:
    read(text, "taliban", "eq", lo, lo, "percent", "area", scope, category="percent-words")
for text, note in [
    ("The Taliban control twenty-five six percent of the country", "two numbers"),
    ("The Taliban control eighty-five percent", "a share of nothing named"),
    ("Eighty-five percent of Afghan territory might be under Taliban control", "modal"),
    ("Eighty-five percent of Afghan territory is not under Taliban control", "negation"),
    ("The Taliban control a dozen percent of the country", "'a dozen' is no percentage"),
]:
    refuse(text, "percent-words", note)
for text, lo, measure in [
    ("Eighty-five percent of Afghan territory has passed into the control of the Taliban", 85,
     "area"),
    ("Half of the districts have passed into Taliban hands", 0.5, "districts"),
]:  # fmt: skip
    unit = "percent" if lo > 1 else "fraction"
    read(text, "taliban", "eq", lo, lo, unit, measure, category="control-frame")
for text, note in [
    ("Half of the districts have passed out of the control of the Taliban", "a loss"),
    ("Half of the districts have passed from the control of the government to the Taliban",
     "two sides"),
    ("Half of the districts came under attack from the Taliban", "under attack"),
    ("Half of the districts came under pressure from the Taliban", "under pressure"),
    ("Half of the districts came under fire from the Taliban", "under fire"),
    ("The Taliban put half of the districts at risk", "at risk"),
]:  # fmt: skip
    refuse(text, "control-frame", note)
read("Out of 421 districts and district centers in the country, the Taliban have taken "
     "control of nearly a third", "taliban", "approx", 0.3333, 0.3333, "fraction", "districts",
     den="421", category="denominator")  # fmt: skip
read("Of Ghazni's 18 districts, seven have fallen to the Taliban", "taliban", "eq", 7, 7,
     "count", "districts", "Ghazni", den="18", category="denominator")  # fmt: skip
read("Out of 16 districts in Herat, the Taliban control 10", "taliban", "eq", 10, 10, "count",
     "districts", "Herat", den="16", category="denominator")  # fmt: skip
read("Of the 34 provincial capitals, the Taliban now hold 20", "taliban", "eq", 20, 20, "count",
     "capitals", den="34", category="denominator")  # fmt: skip
read("Of Ghazni's 18 districts, seven have fallen to the government", "government", "eq", 7, 7,
     "count", "districts", "Ghazni", den="18", category="denominator")  # fmt: skip
read("Of the 34 provinces, nine are held by the Taliban, officials said", "taliban", "eq", 9, 9,
     "count", "provinces", den="34", category="denominator")  # fmt: skip
read("The Taliban control about 250 Afghan districts out of 398", "taliban", "approx", 250, 250,
     "count", "districts", den="398", category="denominator")  # fmt: skip
read("The Taliban control 150 districts out of a possible 421", "taliban", "eq", 150, 150,
     "count", "districts", den="421", category="denominator")  # fmt: skip
for text, note in [
    ("Out of 34 provinces, the Taliban control 150 districts", "denominator of another measure"),
    ("The Taliban control 150 districts out of 34 provinces", "denominator of another measure"),
    ("Out of 398 districts, the Taliban control half of Herat", "a share of another whole"),
    ("Out of 421 districts in the country, the Taliban control a third of Herat's districts",
     "a denominator for a different place"),
    ("Out of 16 districts in Herat, the Taliban control 10 in Kandahar",
     "a denominator for a different place"),
    ("The Taliban control 150 districts out of 398 in Herat", "a place after the bare total"),
    ("The Taliban control 150 of 421 districts out of 398", "two denominators"),
    ("Out of 398 districts, the Taliban control 150 of 421 districts", "two denominators"),
    ("The Taliban control 450 districts out of 398", "count above its stated total"),
    ("Out of 398 districts, the Taliban control 450", "count above its stated total"),
    ("The Taliban control 450 of Afghanistan's 421 districts", "count above its stated total"),
    ("The Taliban were forced out of 3 districts", "'out of' meaning exclusion"),
    ("The Taliban were driven out of 30 of the 398 districts", "'out of' meaning exclusion"),
    ("From 300 districts in May, the Taliban now hold 200 districts", "'from': a change"),
    ("From 18 districts in Ghazni, I think seven districts have fallen to the Taliban",
     "'from' and a hedge"),
    ("Out of 398 districts, the Taliban might control half", "modal"),
    ("Out of 398 districts, the Taliban do not control half", "negation"),
    ("Out of 398 districts, the Taliban control half and the government a third", "two claims"),
    ("Of 398 districts in 2001, the Taliban hold 150", "a date inside the fronted denominator"),
    ("The Taliban took a third district in Herat province", "an ordinal, not a share"),
    ("The Taliban captured a fourth province", "an ordinal, not a share"),
    ("The Taliban captured a third province, Herat", "an ordinal, not a share of Herat"),
    ("The Taliban seized a half district", "a share of one unnamed district"),
    ("The Taliban hold half the district", "a share of one unnamed district"),
    ("The Taliban hold a quarter district of Herat province", "a share of one unnamed district"),
    ("Out of 398 districts, the Taliban control a third in Herat",
     "a fronted denominator for another place"),
    ("Out of 398 districts, in Herat the Taliban control a third",
     "a fronted denominator for another place"),
    ("Out of 398 districts, the Taliban control 10 districts in Herat",
     "a fronted denominator for another place"),
    ("Of Herat's 16 districts, the Taliban control 10 on the border with Iran",
     "a fronted denominator for another scope"),
    ("Out of 398 districts, the Taliban control a third on the border with Iran",
     "a fronted denominator for another scope"),
    ("Of the 34 provinces, the Taliban control 20 districts", "denominator of another measure"),
    ("Out of 34 provincial capitals, the Taliban hold nine provinces",
     "denominator of another measure"),
    ("Out of 398 districts the Taliban hold 150", "no comma: not a fronted denominator"),
    ("Another 199 districts are disputed between the parties",
     "'another': a part of a total begun in an earlier sentence"),
]:  # fmt: skip
    refuse(text, "denominator", note)
read("The Taliban seized three more provincial capitals, putting nine of the nation's 34 under "
     "Taliban control", "taliban", "eq", 9, 9, "count", "capitals", den="34",
     category="increment-state")  # fmt: skip
read("Afghan officials say three more provincial capitals have fallen to the Taliban, putting "
     "nine out of the country's 34 in the insurgents' hands", "taliban", "eq", 9, 9, "count",
     "capitals", den="34", category="increment-state")  # fmt: skip
for text in [
    "The Taliban seized three more provincial capitals, putting nine of the nation's 34 in their "
    "hands",
    "The Taliban seized three more provincial capitals, putting nine of the nation's 34 in "
    "Taliban hands",
]:
    read(text, "taliban", "eq", 9, 9, "count", "capitals", den="34", category="increment-state")
for text, note in [
    ("The Taliban seized three more provincial capitals, putting nine of the nation's 34 in "
     "government hands", "two sides"),
    ("The Taliban seized three more provincial capitals, putting nine of the nation's 34 in safe "
     "hands", "no side holds them"),
]:  # fmt: skip
    refuse(text, "increment-state", note)
read("Officials say 3 more provincial capitals fall to Taliban; insurgents now hold 9 out of 34",
     "taliban", "eq", 9, 9, "count", "capitals", den="34",
     category="increment-state")  # fmt: skip
for text, note in [
    ("The Taliban seized three more districts, putting nine of the nation's 34 provinces in the "
     "insurgents' hands", "the total counts another unit"),
    ("The Taliban seized three more provincial capitals, putting nine of the nation's 34 in the "
     "government's hands", "two sides"),
    ("The Taliban failed to seize three more provincial capitals, putting nine of the nation's "
     "34 in the insurgents' hands", "negation"),
    ("The Taliban may seize three more provincial capitals, putting nine of the nation's 34 in "
     "the insurgents' hands", "modal"),
    ("The Taliban seized three more provincial capitals, putting nine of the nation's 34 at "
     "risk", "'put ... at risk'"),
    ("The Taliban seized three more provincial capitals in the north, putting nine of the "
     "nation's 34 in the insurgents' hands", "a place in the increment"),
    ("The Taliban seized three more provincial capitals and 20 districts, putting nine of the "
     "nation's 34 in the insurgents' hands", "a second figure in the increment"),
    ("The Taliban seized three more provincial capitals", "an increment alone"),
    ("The Taliban seized three more provincial capitals, putting 40 of the nation's 34 in the "
     "insurgents' hands", "count above its stated total"),
]:  # fmt: skip
    refuse(text, "increment-state", note)
# A hold, then the total it brings the side to (real r174; session 16, garbled16): the total is
# what the side holds, the named capitals among them (was refused: the state clause set aside
# holds a control verb with an object; the set-aside clause is the same side's hold, named in
# the reading's note, and real r174 expects the total read)
read("The Taliban control the capitals of Badakhshan and Farah, bringing the total of "
     "Taliban-controlled provincial capitals to nine", "taliban", "eq", 9, 9, "count", "capitals",
     category="increment-state",
     note="bringing: the total held; the named capitals set aside")  # fmt: skip
# Red-team (redteam3, #8): read under a reading that is not theirs; issue #8's notes.
# A clause of circumstance or sequence beside a simple past dates the claim (2001, 1989): the
# state on the date checked is not what is said.
for text in [
    "The Taliban controlled 90% of the country as the US invaded",
    "The Taliban controlled 90% of the country as the Americans invaded",
    "The Taliban held half the country as the Soviets withdrew",
    "The Taliban controlled half of the country amid the US invasion",
    "The Taliban controlled half of the country weeks before the US invasion",
    "The Taliban controlled 90% of the country, months before the American invasion toppled them",
    "The Taliban controlled 90% of the country months before they were toppled",
    "The Taliban controlled half the country, despite the US invasion",
    "The Taliban were in control of half the country, as the Americans arrived",
    "As the US invaded, the Taliban controlled 90% of the country",
    "Amid the US invasion, the Taliban controlled 90% of the country",
    "Despite the US invasion, the Taliban controlled half of the country",
    "While the Americans were there, the Taliban controlled half of the country",
    "As the Soviets withdrew, the government held 150 districts",
]:
    refuse(text, "redteam", "a circumstance beside a simple past dates the claim to that time")
for text in [
    "The Taliban control half of the country, following the US invasion",
    "Despite the US invasion, the Taliban control half of the country",
    "The Taliban control half the country, as their grip weakens",
]:
    read(
        text,
        "taliban",
        "eq",
        0.5,
        0.5,
        "fraction",
        "area",
        # "set-aside": the property test of unknown words skips clauses set aside (their
        # words are not read; an unknown word inside one leaves the reading unchanged)
        category="set-aside",
        note="a circumstance beside a claim in the present is set aside (named in Read as)",
    )
# A percentage beside a count restates it only as a share of the same units (or of "the
# country"); of the population, the territory or the border it is a second claim.
for text in [
    "The Taliban control 224 out of a possible 421 districts, some 53 percent of the population",
    "The Taliban control 224 out of a possible 421 districts, some 53 percent of the territory",
    "The Taliban control 224 out of a possible 421 districts, some 53 percent of the border",
    "The Taliban control 224 out of a possible 421 districts, some 53 percent of the land",
    "The Taliban control 224 out of a possible 421 districts, some 53 percent of Afghan territory",
    "The Taliban control 224 out of 421 districts, about 53% of the country's population",
]:
    refuse(text, "redteam", "a share of another measure beside a count: two claims")
read(
    "The Taliban control 224 out of a possible 421 districts, some 53 percent of Afghanistan",
    "taliban", "eq", 224, 224, "count", "districts", den="421", category="redteam",
    note="'of Afghanistan' like 'of the country': the percentage restates the count",
)  # fmt: skip

# A pluperfect with no date, period or who-said-it of its own: a state before an earlier time
# the sentence does not give (it was checked on the date of writing).
for text in [
    "The Taliban had controlled about 10% of the country",
    "The Taliban had captured half of the country",
    "The Taliban had held 150 districts",
    "The government had controlled two-thirds of the districts",
    "Half of the country had fallen to the Taliban",
    "Half of the country had been under Taliban control",
    "The Taliban had already taken 200 districts",
]:
    refuse(text, "redteam", "a pluperfect: the state before an earlier time not given")
for text in [
    "Officials said the Taliban had captured half of the country",
    "By 15 July the Taliban had captured half of the country",
]:
    read(
        text,
        "taliban",
        "eq",
        0.5,
        0.5,
        "fraction",
        "area",
        category="date-source",
        note="a pluperfect after who said it (backshift) or with a date of its own is read",
    )

# "claims control over 85%" (corpus5, dev2 e191): after a verb whose object is the noun
# "control" (claim, maintain, retain ...) or after a possessive, "over" is the noun's
# preposition; after the verb "control" it is "more than". It was read as "more than 85%".
for text, side, low, high, unit, measure in [
    ("The Taliban claim control over 85% of Afghanistan", "taliban", 85, 85, "percent", "area"),
    ("The Taliban claimed control over 200 districts", "taliban", 200, 200, "count", "districts"),
    ("The Taliban's control over 85% of the country", "taliban", 85, 85, "percent", "area"),
    (
        "The Taliban claimed control over half of Afghanistan",
        "taliban",
        0.5,
        0.5,
        "fraction",
        "area",
    ),
    (
        "The government maintains control over 30% of the country",
        "government",
        30,
        30,
        "percent",
        "area",
    ),
    (
        "The Taliban claims control over 85% of Afghanistan, officials said",
        "taliban",
        85,
        85,
        "percent",
        "area",
    ),
]:
    read(text, side, "eq", low, high, unit, measure, category="readable",
         note="'over' is the preposition of the noun 'control'")  # fmt: skip
for text, low, unit, measure in [
    ("The Taliban control over 85% of Afghanistan", 85, "percent", "area"),
    ("The Taliban, officials say, control over 85% of Afghanistan", 85, "percent", "area"),
    ("The Taliban claim to control over 85% of Afghanistan", 85, "percent", "area"),
    ("The Taliban claims control of over 85% of Afghanistan", 85, "percent", "area"),
    ("The Taliban claim they control over 85% of Afghanistan", 85, "percent", "area"),
    ("The Taliban claim control over more than 85% of Afghanistan", 85, "percent", "area"),
    ("Afghanistan's Taliban control over 200 districts", 200, "count", "districts"),
    ("The Taliban's fighters control over 200 districts", 200, "count", "districts"),
]:
    read(text, "taliban", "gt", low, None, unit, measure, category="readable",
         note="'control' is the verb (or 'of over'): 'over' = more than")  # fmt: skip
for text, note in [
    ("The Taliban do not claim control over 85% of Afghanistan", "negated"),
    ("The Taliban may claim control over 85% of Afghanistan", "modal"),
    ("The Taliban's claim of control over 85% of the country is false", "a denial"),
    (
        "The Taliban claim control over 85% of Afghanistan, but the government says 30%",
        "two figures",
    ),
]:
    refuse(text, "redteam", note)

# The same for "won control over", "hold sway over", "have a grip over" (an article before the
# noun) and the phrasal "rule over" (corpus5).
for text in [
    "The Taliban won control over 85% of Afghanistan",
    "The Taliban hold sway over 85% of Afghanistan",
    "The Taliban now rule over 85% of Afghanistan",
    "The Taliban have a grip over 85% of Afghanistan",
    "The Taliban claim a hold over 85% of Afghanistan",
]:
    read(text, "taliban", "eq", 85, 85, "percent", "area", category="readable",
         note="'over' is the preposition of 'control', 'sway' or 'rule'")  # fmt: skip
for text in [
    "The Taliban hold over 85% of Afghanistan",
    "The Taliban, officials say, hold over 85% of Afghanistan",
    "The Taliban won control of over 85% of Afghanistan",
    "The Taliban hold sway over more than 85% of Afghanistan",
    "The Taliban have a grip on over 85% of Afghanistan",
]:
    read(text, "taliban", "gt", 85, None, "percent", "area", category="readable",
         note="'hold over' (the verb), 'of over', 'over more than': more than 85%")  # fmt: skip
for text, note in [
    ("The Taliban do not rule over 85% of Afghanistan", "negated"),
    ("The Taliban will rule over 85% of Afghanistan", "future"),
]:
    refuse(text, "redteam", note)

# A fronted frame's adjective is a closed list: an open slot let it date the claim ("In a
# previous report": the state on the date checked is not the report's) or deny it ("In a fake
# report"); a definite place in a clause set aside may be inside the claim's scope.
for text in [
    "In a previous report, the Taliban control 85% of the country",
    "In a prior statement, the Taliban control 85% of the country",
    "In an old statement, the Taliban control 85% of the country",
    "In a decades-old report, the Taliban control 85% of the country",
    "In an initial report, the Taliban control 85% of the country",
    "In a fake report, the Taliban control 85% of the country",
    "In a debunked claim, the Taliban control 85% of the country",
    "In a retracted report, the Taliban control 85% of the country",
    "In a hypothetical report, the Taliban control 85% of the country",
    "In a satirical report, the government controls 15% of the country",
    "The Taliban control Kandahar province, tightening their grip on the city",
    "The Taliban control Kandahar province, and are tightening their grip on the city",
    "The Taliban control Kandahar province, continuing their push on the provincial capital",
    "The Taliban control half of Kandahar, tightening their grip on its capital",
]:
    refuse(text, "redteam", "a frame that dates or denies the claim; a place inside its scope")
for text in [
    "In a shocking revelation, the Taliban control 85% of the country",
    "In a new report, the Taliban control 85% of the country",
]:
    read(
        text,
        "taliban",
        "eq",
        85,
        85,
        "percent",
        "area",
        category="set-aside",
        note="a frame of the closed list is set aside (named in Read as)",
    )

# Direct quotes (review5): inside a quote the words are the speaker's own. A third-person
# pronoun is not the speaker's side; a pluperfect is not a backshift of reported speech.
for text, note in [
    ('Taliban spokesman said: "They control 85% of the country"',
     "in a direct quote 'they' is not the speaker's side"),
    ('Taliban spokesman said: "Their fighters control 85% of the country"',
     "in a direct quote 'their' is not the speaker's side"),
    ('Taliban spokesman said: "We had controlled 85% of the country"',
     "a pluperfect in a direct quote: an earlier time the sentence does not give"),
    ('"We had taken 85% of the country," a Taliban spokesman said',
     "a pluperfect in a direct quote: an earlier time the sentence does not give"),
]:  # fmt: skip
    refuse(text, "sides-speaker", note)
read("Taliban spokesman said they control 85% of the country",
     "taliban", "eq", 85, 85, "percent", "area", category="sides-speaker",
     note="indirect speech: 'they' refers back to the side named")  # fmt: skip

# In direct speech (after a colon or a quote mark) a third-person pronoun is not the speaker's
# side: 'The Taliban said: "They control 15% ..."' was read as the Taliban.
for text in [
    'Government spokesman said: "They are in control of 85% of the country"',
    'Government spokesman said "they control 85% of the country"',
    'Taliban spokesman Zabihullah Mujahid said: "They now hold only 15% of the country"',
    'The Taliban said: "They control 15% of the country"',
    'Government spokesman said: "It controls 85% of the country"',
    'Taliban spokesman said: "Their forces control 15% of the country"',
]:
    refuse(text, "redteam", "a third person in the speaker's own words is not the speaker")
read(
    'The Taliban said: "We control 85% of the country"',
    "taliban",
    "eq",
    85,
    85,
    "percent",
    "area",
    category="sides-speaker",
    note="first person in a quotation: the speaker's side",
)

read(
    'The "Taliban" movement said that it controls 85% of the country',
    "taliban",
    "eq",
    85,
    85,
    "percent",
    "area",
    category="sides-speaker",
    note="scare quotes on the side's name open no quotation: 'it' is the Taliban",
)

# An increment larger than the total it leads to (review5): the sentence contradicts itself;
# the total is not checked as if it did not.
for text in [
    "The Taliban captured 200 more provincial capitals, putting nine of the nation's 34 in "
    "their hands",
    "The Taliban captured twelve more provincial capitals, putting nine of the nation's 34 in "
    "their hands",
    "The Taliban seized 30 more districts; the Taliban now hold 20 of 398",
]:
    refuse(text, "increment", "the increment is more than the total it leads to")

# A campaign clause (two open words before its noun) that puts the event earlier or makes it
# unreal is not set aside beside a claim in the present.
for text in [
    "The Taliban control half the country, in a failed offensive",
    "The Taliban control half the country, in a previous offensive",
    "The Taliban control half the country, in a hypothetical offensive",
    "The Taliban control half the country, in an aborted blitz",
    "During their former campaign, the Taliban control half the country",
    "The Taliban control half the country, as part of a proposed deal",
]:
    refuse(text, "redteam", "a campaign clause that dates the claim earlier or makes it unreal")
read(
    "The Taliban control half the country, in a lightning offensive",
    "taliban",
    "eq",
    0.5,
    0.5,
    "fraction",
    "area",
    category="set-aside",
    note="a campaign clause is set aside",
)
# A clause of circumstance naming an actor opposed to a side (review5): which side is not
# said; never set aside.
for text in [
    "The Taliban control over half of the country amid an offensive by the militants' rivals",
    "The Taliban control over half of the country despite attacks by their enemies",
]:
    refuse(text, "set-aside", "a clause naming an opposed actor is not set aside")

# The whole country as what a side holds (session 6): a share of it ("all of Afghanistan",
# "the whole country") is the area; the country named bare ("control Afghanistan", "seized
# control of the country") may mean who governs it, and is refused. "all of X" where X names a
# province and its capital alike is refused (the city or the province?).
for text in [
    "The Taliban control all of Afghanistan",
    "The Taliban took control of all of Afghanistan",
    "The Taliban now hold all of the country",
]:
    read(text, "taliban", "eq", 100, 100, "percent", "area", category="country-whole")
read("The Taliban hold all of Logar province", "taliban", "eq", 100, 100, "percent", "area",
     scope="Logar", category="country-whole")  # fmt: skip
for text in [
    "The Taliban control Afghanistan",
    "The Taliban control the country",
    "Taliban seize control of Afghanistan",
    "The Taliban have seized control over the nation",
    "The Taliban control all of Kunduz",
    "The Taliban control the entire Herat",
    "The Taliban do not control all of Afghanistan",
    "The Taliban control nearly all of Afghanistan",
    "The Taliban may control all of Afghanistan",
    "The Taliban control all of Afghanistan's border posts",
    "The Taliban control all of Afghanistan except Panjshir",
]:
    refuse(text, "country-whole", "the country named bare, a hedge, or a name that is a city too")
# Periods, ordinals over a span and second dates (helper spans6). Parsed here without the date
# of writing: "since Friday" and every ordinal are refused (their days are not known); the
# readings with the date of writing are in tests/test_checks_periods.py.
for text, note in [
    ("The Taliban have seized five provincial capitals since Friday",
     "'since Friday' needs the date of writing"),
    ("Taliban seize sixth Afghan provincial capital since Saturday",
     "a headline ordinal: its day needs the date of writing"),
    ("Taliban capture third Afghan provincial capital in 48 hours",
     "a headline ordinal: its day needs the date of writing"),
    ("Taliban captured second Afghan provincial capital in 24 hours",
     "a headline ordinal told as past"),
    ("Taliban capture second largest Afghan provincial capital", "a rank of size"),
    ("Taliban capture a second Afghan provincial capital in 24 hours",
     "'a second': not the headline ordinal"),
    ("Government forces retake second Afghan provincial capital in 24 hours",
     "a retake: not a verb of the headline ordinal"),
    ("Taliban may capture second Afghan provincial capital in 24 hours", "a modal"),
    ("Taliban capture second Afghan provincial capital in Herat in 24 hours",
     "capitals in a province"),
    ("Taliban capture second and third Afghan provincial capitals in 24 hours",
     "two ordinals"),
    ("Taliban seize seventh Afghan provincial capital in five months",
     "a period of months"),
    ("The Taliban have seized five districts in just two days",
     "a count of districts over a period: a change"),
    ("The Taliban have seized five provincial capitals in just two months",
     "a period of months"),
    ("The Taliban have seized half of the districts since Friday", "a share taken over a period"),
    ("Helmand province has been under Taliban control in the past week",
     "held on every day of the period"),
    ("The Taliban hold Helmand province in the past 24 hours", "a state verb over a period"),
    ("The Taliban have taken control of Helmand province in the past five months",
     "a period of months"),
    ("The Taliban have not taken control of Helmand province in the past 24 hours",
     "a negation"),
    ("The Taliban may have taken control of Helmand province in the past 24 hours", "a modal"),
    ("The Taliban have taken control of Narnia province in the past 24 hours",
     "an unknown place"),
    ("The Taliban have besieged Helmand province in the past 24 hours", "a siege"),
    ("The Taliban have taken control of Helmand province on 6 August in the past 24 hours",
     "a date and a span"),
    ("The Taliban have taken control of Helmand province in the past 24 hours and in the last "
     "week", "two periods"),
    ("The Taliban have taken control of Helmand province and five districts in the past 24 "
     "hours", "a second figure"),
    ("Two days later, the Taliban control half the country",
     "a date counted from another sentence's event"),
    ("A week later, the Taliban control half the country",
     "a date counted from another sentence's event"),
    ("The Taliban controlled half the country nearly three weeks ago", "a hedged date"),
    ("The Taliban controlled half the country about 10 days ago", "a hedged date"),
    ("The Taliban controlled half the country more than a week ago", "a hedged date"),
    ("The Taliban control half the new country", "'new' still an increment"),
    ("The Taliban control half of the New Delhi districts", "an unknown place"),
    ("From May to 20 June, the Taliban captured half the country",
     "the month May: not read, never the modal"),
    ("May the Taliban control half the country", "the modal"),
    ("The Taliban may well control half the country", "the modal"),
    ("Officials said on May 11 2021 that the Taliban controlled half the country on May 12 "
     "2021", "two dates that differ"),
    ("Officials said on 11 May 2021 that the Taliban controlled half the country in May 2021",
     "a day and a month"),
]:  # fmt: skip
    refuse(text, "periods and second dates", note)
read(
    "The Taliban have captured five provincial capitals in just two days",
    "taliban",
    "eq",
    5,
    5,
    "count",
    "capitals",
    category="periods and second dates",
    note="'in just two days': a period of two days (a change, checked on the ledger)",
)
read(
    "The Taliban have taken control of Helmand province in the past 24 hours",
    "taliban",
    "eq",
    1,
    1,
    "count",
    "units",
    "units:province:Helmand",
    category="periods and second dates",
    note="a unit taken in a span up to the date of writing: the state it leaves",
)
read(
    "The Taliban have captured Zaranj in the past 24 hours",
    "taliban",
    "eq",
    1,
    1,
    "count",
    "units",
    "units:capital:Zaranj",
    category="periods and second dates",
    note="a unit taken in a span up to the date of writing: the state it leaves",
)
read("The Taliban control half the country, The New York Times reported", "taliban", "eq", 0.5,
     0.5, "fraction", "area", category="periods and second dates",
     note="'New York': a name, not the increment 'new'")  # fmt: skip

# Who said it, more of reporting's forms (sources6): a headline's source after a colon or a
# dash (a role or a source noun named), "according to" between commas, "This claim was made
# because", "in Russia" and "which arrived in Moscow" in who said it, a headline's caveat
# ("but news unverified"), datelines from Erbil and a republisher's bracket with its day
for sentence in [
    "The Taliban control 150 districts: EU official",
    "The Taliban control 150 districts - Taliban delegation in Moscow",
    "The Taliban, according to experts, control 150 districts",
    "This claim was made because the Taliban control 150 districts",
    "A Taliban delegation in Russia said the Taliban control 150 districts",
    "The Taliban control 150 districts, but news unverified",
    "ERBIL, Kurdistan Region - The Taliban control 150 districts",
    "MOSCOW (UrduPoint News / Sputnik - 09th July, 2021) The Taliban control 150 districts",
    "The Taliban control 150 districts, the head of the Taliban delegation which arrived in "
    "Moscow said",
    "Afghanistan map shows the Taliban control 150 districts",
    "The Taliban are claiming they control 150 districts",
    "According to the Long War Journal, which maps the shifting control lines in the Afghan "
    "conflict, the Taliban control 150 districts",
    "Data from the Long War Journal, which tracks the Taliban's attempts to gain control of "
    "territory, shows that the Taliban control 150 districts",
    "At a press conference in Moscow Taliban members say they control 150 districts",
    'Taliban members, who refer to themselves as the "Islamic Emirate of Afghanistan", say they '
    "control 150 districts",
]:
    read(sentence, "taliban", "eq", 150, 150, "count", "districts", category="date-source")
for text, note in [
    ("The Taliban control 150 districts - Lavrov", "a bare name after a dash: may be a place"),
    ("The Taliban control 150 districts: Helmand officials", "a name before a role"),
    ("The Taliban control 150 districts: governor of Kunduz", "a place after 'of'"),
    ("The Taliban control 150 districts - officials deny", "a denial"),
    ("The Taliban control 150 districts - officials in Kandahar", "a place in the source"),
    ("The Taliban control 150 districts: not officials", "a negation"),
    ("The Taliban control 150 districts: officials, 20 districts remain contested",
     "a second figure"),
    ("The Taliban, according to officials in Helmand, control 150 districts",
     "a province in the source between commas"),
    ("The Taliban, according to two officials, control 150 districts", "a number in the source"),
    ("The Taliban, according to officials, do not control 150 districts", "negated"),
    ("This claim was made because the Taliban may control 150 districts", "modal"),
    ("A Taliban delegation in Kunduz said the Taliban control 150 districts",
     "a province in the speaker"),
    ("The Taliban control 150 districts, but news unconfirmed", "not the closed caveat"),
    ("The Taliban control 150 districts, but the government denies it", "a denial"),
    ("KUNDUZ, Kurdistan Region - The Taliban control 10 districts",
     "an Afghan place in the dateline, no scope of the claim's own"),
    ("MOSCOW (UrduPoint News / Sputnik) The Taliban control 150 districts",
     "the bracket without its day"),
    ("The Taliban control 150 districts, the head of the Taliban delegation which arrived in "
     "Kunduz said", "a province in the relative clause"),
    ("Helmand map shows the Taliban control 150 districts", "a province before a source noun"),
    ("The Taliban are not claiming they control 150 districts", "negated"),
    ("The Taliban were claiming they control 150 districts", "a past claim: not the closed form"),
    ("According to the Long War Journal, which maps the shifting control lines in Helmand, the "
     "Taliban control 150 districts", "a province in the tracker's description"),
    ("According to the Long War Journal, which maps 40 districts, the Taliban control 150 "
     "districts", "a second figure in the description"),
    ("According to officials, which maps the shifting control lines in the Afghan conflict, the "
     "Taliban control 150 districts", "a tracker's description after no outlet"),
    ("According to the Long War Journal, which says the government holds the north, the Taliban "
     "control 150 districts", "the other side and a region in the description"),
    ("Data from Helmand shows that the Taliban control 150 districts", "data from a province"),
    ("At a press conference in Kunduz Taliban members say they control 150 districts",
     "a province where it was said"),
    ('Government officials, who refer to themselves as the "Islamic Emirate of Afghanistan", say '
     "they control 150 districts", "two sides"),
    ('Taliban members, who refer to themselves as the "Islamic Republic of Afghanistan", say '
     "they control 150 districts", "the other side's name"),
]:  # fmt: skip
    refuse(text, "date-source", note)
# An unnamed capital before its ordinal ("took control of another city in northern Afghanistan
# on Wednesday, the eighth provincial capital to fall ..."): the ordinal alone is read, with the
# date of writing (tests/test_checks_periods.py); here every variant is refused.
for text, note in [
    ("The Taliban took control of another city in northern Afghanistan on Wednesday, the "
     "eighth provincial capital to fall to the insurgents in six days",
     "a weekday with no date of writing"),
    ("The Taliban took control of another city in Herat on Wednesday, the eighth provincial "
     "capital to fall to the insurgents in six days", "a province: not a region of the country"),
    ("The Taliban took control of another city in the north on Wednesday, the eighth "
     "provincial capital to fall in six days", "'in the north': not in the closed list"),
    ("The Taliban took control of another town on Wednesday, the eighth provincial capital to "
     "fall in six days", "a town"),
    ("The Taliban took control of another city on Wednesday, the eighth largest provincial "
     "capital", "a rank of size"),
    ("The Taliban took control of another city in northern Afghanistan on Wednesday, the "
     "eighth provincial capital to fall to government forces in six days", "two sides"),
    ("The Taliban took control of another city on Wednesday, the eighth provincial capital to "
     "fall in six months", "a period of months"),
    ("The Taliban took control of another city on Wednesday, the eighth and ninth provincial "
     "capital to fall in six days", "two ordinals for one city"),
    ("The Taliban took control of another city in northern Afghanistan, the eighth provincial "
     "capital to fall to the insurgents in six days", "told as past with no day"),
    ("The Taliban may have taken control of another city, the eighth provincial capital to "
     "fall to the insurgents in six days", "a modal"),
]:  # fmt: skip
    refuse(text, "periods and second dates", note)
# Fighting beside a claim (helper clauses6): "after briefly fighting with government forces"
# names the other side as the other party to a fight, no claim of holding; a closed form
# (a manner or length word, a word of fighting, optionally "with/against" + the other side)
for text, side in [
    ("The Taliban control half of the country after briefly fighting with government forces",
     "taliban"),
    ("The Taliban control half of the country amid heavy clashes with Afghan forces", "taliban"),
    ("Government forces control half of the country after days of fierce fighting with the "
     "Taliban", "government"),
]:  # fmt: skip
    read(text, side, "eq", 0.5, 0.5, "fraction", "area", category="set-aside",
         note="a clause of fighting with the other side is set aside")  # fmt: skip
read("The Taliban have captured Zaranj after brief fighting with government forces", "taliban",
     "eq", 1, 1, "count", "units", "units:capital:Zaranj", category="set-aside",
     note="a clause of fighting with the other side is set aside")  # fmt: skip
for text, note in [
    ("The Taliban control half of the country after fighting with the Taliban",
     "the party fought is the claim's own side"),
    ("The Taliban control half of the country after fighting with government forces in Herat",
     "a place in the clause"),
    ("The Taliban control half of the country after fighting with government forces ended",
     "more than the closed form"),
    ("The Taliban control half of the country after fighting for the city", "a place"),
    ("The Taliban control half of the country after fighting with Narnian forces",
     "an unknown party"),
    ("The Taliban control half of the country after fighting with the militias",
     "a party that is not a side"),
    ("The Taliban control half of the country after fighting with government forces for two "
     "weeks", "a figure"),
    ("The Taliban controlled half of the country after fighting with government forces",
     "a claim in the simple past dated by the clause"),
    ("The Taliban control half of the country despite fighting with government forces",
     "a concession naming the other side: not the closed form's lead"),
    ("The Taliban control half of the country after government forces retreated",
     "the other side as the subject: a change of hands"),
    ("The Taliban control half of the country after fighting with government forces who "
     "still hold Kabul", "a claim of the other side"),
]:  # fmt: skip
    refuse(text, "set-aside", note)

# An approach joined to a capture (helper clauses6): "had reached and captured Kabul" is the
# capture; only reached/entered/stormed, only before a verb of taking
read("The Taliban have reached and captured Zaranj", "taliban", "eq", 1, 1, "count", "units",
     "units:capital:Zaranj", category="named units", note="'reached and' set aside")  # fmt: skip
read("The Taliban stormed and seized Herat and Kandahar", "taliban", "eq", 2, 2, "count",
     "units", "units:capital:Herat+capital:Kandahar", category="named units",
     note="'stormed and' set aside")  # fmt: skip
for text, note in [
    ("The Taliban reached and besieged Kabul", "a siege, not a capture"),
    ("The Taliban reached and nearly captured Zaranj", "a hedge"),
    ("The Taliban approached and captured Zaranj", "not in the closed list"),
    ("The Taliban entered and captured parts of Zaranj", "a part of a unit"),
    ("The Taliban reached and will capture Zaranj", "a modal"),
]:  # fmt: skip
    refuse(text, "named units", note)
# A change, then the state with its date (helper clauses6): "..., and as of June 29, 2021, now
# controls 157 districts" (LWJ via r200); "once the May 1 deadline expired" in the change
# clause is a time, not a condition (a closed list of past verbs)
for text in [
    "The Taliban began to seize territory once the May 1 deadline expired, and now control 157 "
    "districts",
    "The Taliban began to seize territory, and as of June 29, 2021, now control 157 districts",
]:
    read(text, "taliban", "eq", 157, 157, "count", "districts", category="set-aside",
         note="a change clause set aside; the state clause read")  # fmt: skip
for text, note in [
    ("The Taliban began to seize territory once the deadline expires, and now control 157 "
     "districts", "'once' + present: a condition"),
    ("The Taliban will seize territory once the May 1 deadline expired, and now control 157 "
     "districts", "a modal"),
    ("The Taliban began to seize territory once the government collapsed, and now control 157 "
     "districts", "'once' + a verb outside the closed list"),
    ("The Taliban began to seize territory, and as of June 29, 2021, government forces now "
     "control 157 districts", "two sides"),
    ("The Taliban began to seize territory once the deadline expired, and as of June 29 and "
     "July 5, now control 157 districts", "two dates"),
    ("The Taliban began to seize half of the territory once the May 1 deadline expired, and now "
     "control 157 districts", "a share in the change clause: two claims"),
]:  # fmt: skip
    refuse(text, "set-aside", note)

# Capitals named with a title, and "regional capitals" (helper capitals6): the name must be a
# capital the title fits (the national capital, Kabul, for "the (Afghan) capital"); every near
# miss is refused.
for text, cap in [
    ("Taliban seizes Afghan provincial capital Sheberghan", "Sheberghan"),
    ("The Taliban captured the Afghan capital, Kabul", "Kabul"),
    ("The Taliban captured Kabul, the Afghan capital", "Kabul"),
    ("The Taliban control the Afghan capital", "Kabul"),
    ("The Taliban took Kunduz, a provincial capital", "Kunduz"),
    ("The Taliban took Lashkar Gah, the Helmand capital", "Lashkar Gah"),
    ("Taliban seize control over Taleqan", "Taloqan"),
]:
    read(text, "taliban", "eq", 1, 1, "count", "units", f"units:capital:{cap}",
         category="capital titles")  # fmt: skip
read("Taliban seize three regional capitals", "taliban", "ge", 3, None, "count", "capitals",
     category="capital titles", note="'regional capitals' = provincial capitals")  # fmt: skip
read("The Taliban control 17 of Afghanistan's 34 regional capitals", "taliban", "eq", 17, 17,
     "count", "capitals", den="34", category="capital titles")  # fmt: skip
read("The Taliban now control at least 13 provincial capitals, including the strategic city of "
     "Kunduz, officials said", "taliban", "ge", 13, None, "count", "capitals",
     category="capital titles", note="the named capital is checked beside the count")  # fmt: skip
for text, note in [
    ("The Taliban captured the capital", "'the capital' with no name"),
    ("The Taliban captured the city", "'the city' with no name"),
    ("The Taliban captured the capital, Kandahar", "'the capital' is Kabul"),
    ("The Taliban captured the Afghan capital Herat", "'the Afghan capital' is Kabul"),
    ("The Taliban captured the provincial capital Spin Boldak", "not a provincial capital"),
    ("The Taliban captured the provincial capital Helmand", "a province, not a capital"),
    ("The Taliban took Sheberghan, the provincial capital in Faryab", "another province's"),
    ("The Taliban took Lashkar Gah, the Kandahar capital", "another province's capital"),
    ("The Taliban captured the Afghan capital Narnia", "unknown place"),
    ("Taliban seize control over Narnia", "unknown place"),
    ("The Taliban did not capture the Afghan capital Kabul", "negation"),
    ("The Taliban may have captured the Afghan capital Kabul", "modal"),
    ("The Taliban besieged the Afghan capital Kabul", "not control"),
    ("Government forces retook the Afghan capital Kabul from government troops", "same side"),
    (
        "The Taliban captured the Afghan capital Kabul on 15 August and Herat on 13 August",
        "two dates",
    ),
    ("The Taliban captured three regional capitals and 20 districts", "a second figure"),
    ("The Taliban captured three regional cities", "cities are no unit"),
    ("The Taliban captured three capitals", "'capitals' alone"),
    ("The Taliban captured many regional capitals", "a vague count"),
    ("The Taliban captured three more regional capitals", "an increment"),
    (
        "The Taliban now control at least 13 provincial capitals, including the city of Spin "
        "Boldak",
        "a city that is no provincial capital",
    ),
    ("The Taliban now control at least 13 provincial capitals, including the city", "no name"),
]:
    refuse(text, "capital titles", note)

# Red team 4 (session 6): a bare dateline ("Kabul:", "KABUL --", "Herat -"), with no agency's
# tag, was read as the claim's scope: "Kabul: The Taliban control 200 districts" was checked
# as 200 districts of Kabul province (CONTRADICTED). It is where the report was filed (or a
# headline's topic): refused when the claim names no place of its own, set aside when it does.
for text in [
    "Kabul: The Taliban control half of the districts",
    "KABUL: The Taliban control 200 districts",
    "Kabul, Aug 9: The Taliban now control 200 districts",
    "KABUL -- The Taliban control half of the districts",
    "KABUL \u2014 The Taliban now hold 150 districts",
    "Herat - The Taliban control half of the districts",
    "Kandahar: Taliban fighters have captured 5 districts",
    "Mazar-i-Sharif: The Taliban control a third of the districts",
    "Herat [Afghanistan]: The Taliban control 10 districts",
]:
    refuse(text, "redteam", "a bare dateline names where it was filed, not the scope")
read(
    "Kabul: The Taliban control 10 of Herat's 16 districts",
    "taliban",
    "eq",
    10,
    10,
    "count",
    "districts",
    "Herat",
    den="16",
    category="redteam",
    note="a bare dateline is set aside when the claim names its own place",
)
read(
    "KABUL: The Taliban control half of Kunduz province",
    "taliban",
    "eq",
    0.5,
    0.5,
    "fraction",
    "area",
    "Kunduz",
    category="redteam",
    note="a bare dateline is set aside when the claim names its own place",
)

# Red team 4: a province or a border joined by "and" to the figure is a second thing held,
# not the figure's scope. "The Taliban control 50 districts and Herat province" was read as 50
# districts of Herat; "half of the country and the border with Iran" as half of the area of
# the districts on the Iranian border; "half of the border with Tajikistan and all of the
# border with Iran" as half of both borders ("all" is a filler word).
for text in [
    "The Taliban control 50 districts and Herat province",
    "The Taliban control 50 districts and all of Herat",
    "The Taliban control half of the districts and all of Herat province",
    "The Taliban control half of the districts and the whole of Herat",
    "The Taliban control half of the country and the border with Iran",
    "The Taliban control half of the country, and the border with Iran",
    "The Taliban control half of the country and its border with Iran",
    "The Taliban control half of the country and all of its borders",
    "The Taliban control half of the country and all of the border with Iran",
    "The Taliban control 50 districts and the border with Iran",
    "The Taliban control half of Herat province and its border with Iran",
    "The Taliban control half of the border with Tajikistan and all of the border with Iran",
    "The Taliban control half of the border with Tajikistan and the whole border with Iran",
    "The Taliban control half of the border with Tajikistan, and the entire border with Iran",
    "The Taliban control half of the border with Tajikistan and the border with Iran",
    "The Taliban control the border with Iran and half of the districts",
    "The Taliban control all of the border with Iran and half of the country",
    "The Taliban control Herat province and over half of the districts",
    "The Taliban control half of the districts on the border with Iran and Herat",
    "The Taliban control half of the districts along with Herat province",
    "The Taliban control 50 districts together with the border with Iran",
]:
    refuse(text, "redteam", "a place joined by 'and' is a second thing held, not the scope")
read(
    "The Taliban control two-thirds of the border with Tajikistan and Uzbekistan",
    "taliban",
    "eq",
    0.6667,
    0.6667,
    "fraction",
    "border",
    "border:TJK+UZB",
    category="redteam",
    note="two neighbours of one border phrase: one scope",
)
read(
    "The Taliban control half of the territory along the border with Iran",
    "taliban",
    "eq",
    0.5,
    0.5,
    "fraction",
    "area",
    "border:IRN",
    category="redteam",
    note="a border after a locative preposition is the scope",
)

# Red team 4: a locator after a unit ("north of Kabul") was set aside and not checked:
# "The Taliban captured Kandahar, north of Kabul" was SUPPORTED on 7 September. It is checked
# on the places data's points (a province by its capital's): within 45 degrees of the compass
# word's bearing; a district has no point there, and is refused with a locator.
for text, scope in [
    ("The Taliban captured Charikar, north of Kabul", "capital:Charikar"),
    ("The Taliban captured Charikar, just north of Kabul", "capital:Charikar"),
    ("The Taliban control Logar province, south of Kabul", "province:Logar"),
    ("The Taliban captured Jalalabad, east of Kabul", "capital:Jalalabad"),
    ("The Taliban captured Maidan Shar, west of Kabul", "capital:Maidan Shar"),
    ("The Taliban captured Ghazni, southwest of Kabul", "capital:Ghazni"),
]:
    read(text, "taliban", "eq", 1, 1, "count", "units", "units:" + scope, category="redteam",
         note="a locator that agrees with the places data is set aside")  # fmt: skip
for text in [
    "The Taliban captured Kandahar, north of Kabul",
    "The Taliban captured Charikar, south of Kabul",
    "The Taliban control Logar province, north of Kabul",
    "The Taliban captured Pul-e Khumri, northeast of Kabul",
    "The Taliban captured Jalalabad, west of Kabul",
    "The Taliban have taken control of Panjshir province south of Kabul, the Afghan capital",
    "The Taliban captured Kabul, north of Kabul",
    "The Taliban captured Kohsan district, north of Herat",
]:
    refuse(text, "redteam", "a locator the places data contradicts, or after a district")
# A concession that Kabul is not under threat (helper clauses6, AP 13 August 2021): about a
# threat, not who holds what; set aside only beside a share of the country short of the whole
for text in [
    "Although Kabul is not yet under direct threat, the Taliban control half of the country",
    "While the nation's capital, Kabul, isn't directly under threat yet, the losses and the "
    "battles elsewhere further tighten the grip of a resurgent Taliban, who now hold half of "
    "the country",
]:
    read(text, "taliban", "eq", 0.5, 0.5, "fraction", "area", category="set-aside",
         note="a concession about a threat to Kabul is set aside")  # fmt: skip
for text, note in [
    ("Although Kabul is not yet under direct threat, the Taliban control all of the country",
     "the whole country would include Kabul"),
    ("Although Kabul is not yet under direct threat, the Taliban control half of Kabul province",
     "a province"),
    ("Although Kabul is not yet under direct threat, the Taliban control 200 districts",
     "a count, not a share of the country"),
    ("Although Kabul is not yet under direct threat, the Taliban have captured Herat",
     "a named unit"),
    ("Although Kabul is under direct threat, the Taliban control half of the country",
     "no negation: a threat to the capital"),
    ("Although Herat is not yet under direct threat, the Taliban control half of the country",
     "another place than Kabul"),
    ("Although the Taliban do not control Kabul, they hold half of the country",
     "a negation of control"),
    ("Although Kabul is not yet under direct threat, the Taliban may control half of the country",
     "a modal"),
    ("Although Kabul is not yet under direct threat, the losses and battles in Herat further "
     "tighten the grip of the resurgent Taliban, who now hold half of the country", "a place"),
    ("Although Kabul is not yet under direct threat, the losses and battles elsewhere further "
     "tighten the grip of the resurgent Narnians, who now hold half of the country",
     "an unknown side"),
]:  # fmt: skip
    refuse(text, "set-aside", note)

# Red team 4: a headline's future, "SIDE to VERB", was read as done: "Taleban to capture
# second provincial capital" as the second capital's fall (DEPENDS-ON-ASSUMPTIONS on 7
# August), "Taliban to control 85% of Afghanistan" as 85% held (CONTRADICTED).
for text in [
    "Taleban to capture second provincial capital",
    "Taliban to capture second Afghan provincial capital in 24 hours",
    "Taliban to control 85% of Afghanistan",
    "Taliban to seize half of the districts",
    "Afghan forces to retake five districts",
    "Taliban to take Kunduz",
    "KABUL: Taliban to control 85% of Afghanistan",
]:
    refuse(text, "redteam", "a headline's 'SIDE to VERB' is the future")
read(
    "The Taliban claim to control 85% of the country",
    "taliban",
    "eq",
    85,
    85,
    "percent",
    "area",
    category="redteam",
    note="'claim to' is the side's own claim, not the future",
)
read(
    "The Taliban are believed to control 85% of the country",
    "taliban",
    "eq",
    85,
    85,
    "percent",
    "area",
    category="redteam",
    note="a source left unnamed, not the future",
)
# Two ordinals the same day ("These are the seventh and eighth provincial capitals to fall"):
# read with the date of writing (tests/test_checks_periods.py); without it refused, and so are
# the near misses.
for text, note in [
    ("These are the seventh and eighth provincial capitals to fall under Taliban control in "
     "the past five days", "an ordinal needs the date of writing"),
    ("These are the seventh and ninth provincial capitals to fall under Taliban control",
     "two ordinals that are not consecutive"),
    ("These were the seventh and eighth provincial capitals to fall to the Taliban",
     "told as past with no day"),
    ("These may be the seventh and eighth provincial capitals to fall to the Taliban",
     "a modal"),
    ("These are the seventh and eighth largest provincial capitals", "a rank of size"),
    ("Farah and Herat are the seventh and eighth provincial capitals to fall to the Taliban",
     "two capitals named: not read with a pair of ordinals"),
    ("These are not the seventh and eighth provincial capitals to fall to the Taliban",
     "a negation"),
]:  # fmt: skip
    refuse(text, "periods and second dates", note)

# An ambiguous word describing who said it, the side named outside it (sources6): set aside
# with the speaker; in the claim, or with no side outside who said it, it stays refused
for sentence in [
    "The Taliban control 150 districts, the extremist group's spokesman said",
    "The Taliban control 150 districts, according to the extremist group's spokesman",
]:
    read(sentence, "taliban", "eq", 150, 150, "count", "districts", category="date-source")
for text, note in [
    ("The extremist group's spokesman said the group controls 150 districts",
     "an ambiguous word and no side named outside who said it"),
    ("The extremist group controls 150 districts, its spokesman said",
     "an ambiguous word in the claim"),
    ("The extremists control 150 districts, a Taliban spokesman said",
     "an ambiguous word as the claim's side"),
    ("The Taliban control 150 districts, an ISIS-K spokesman said", "a named other actor"),
]:  # fmt: skip
    refuse(text, "date-source", note)
# Around a capture of named units (helper clauses6): the manner ("without a fight" at the end),
# where the unit lies ("which is not very far from Kabul"), an editor's "(to the Taliban)"
for text, scope in [
    ("Logar province fell to the Taliban without a fight", "province:Logar"),
    ("The Taliban captured Zaranj, that too, without a fight", "capital:Zaranj"),
    ("Logar province, which is not very far from Kabul, fell to the Taliban", "province:Logar"),
    ("Zaranj fell (to the Taliban) without resistance", "capital:Zaranj"),
]:
    read(text, "taliban", "eq", 1, 1, "count", "units", "units:" + scope,
         category="named units", note="the manner or the place set aside")  # fmt: skip
for text, note in [
    ("The Taliban control Logar province without a fight", "a state, not a capture"),
    ("The Taliban captured half of Logar province without a fight", "a share, not named units"),
    ("The Taliban captured 5 districts without a fight", "a count, not named units"),
    ("Logar province fell without a fight", "no side"),
    ("The Taliban did not capture Logar province without a fight", "a negation"),
    ("The Taliban captured Logar province without a fight from the government",
     "more words after the manner"),
    ("Logar province, which is not very far from Herat, fell to the Taliban",
     "a place other than the capital"),
    ("Logar province fell (to the Narnians) without a fight", "an unknown side"),
    ("The Taliban captured Logar province without the government's consent",
     "not the closed manner"),
]:  # fmt: skip
    refuse(text, "named units", note)
# --------------------------------------------------------------------------------------------
# lists6 (#8): two claims in one sentence. Capitals named in an evaluative clause beside a count
# ("Kandahar and Herat are the biggest gains yet for them") are checked beside it, and a count
# with its list ("at least two provincial capitals, Mazar-e-Sharif of Balkh and Maymana of
# Faryab, fell to the Taliban") is the named capitals, every pair agreeing with the places data
# and the list as long as the count. Near misses stay refused.
_GAINS_COUNT = "The Taliban have conquered 12 of Afghanistan's 34 provincial capitals"
for text in [
    f"{_GAINS_COUNT}, and Kandahar and Herat are the biggest gains yet for them",
    f"{_GAINS_COUNT}, and Kandahar and Herat are the biggest gains yet",
    f"{_GAINS_COUNT}, and Kandahar, Herat and Ghazni are the largest prizes yet for them",
    "The seizure of Kandahar and Herat marks the biggest prizes yet for the Taliban, who have "
    "taken 12 of Afghanistan's 34 provincial capitals",
    "The fall of Kandahar and Herat was the biggest reward for the Taliban, who have captured "
    "12 of Afghanistan's 34 provincial capitals",
]:
    read(text, "taliban", "eq", 12, 12, "count", "capitals", den="34",
         category="ordinals and lists", note="named capitals won, checked beside it")  # fmt: skip
for text, note in [
    (f"{_GAINS_COUNT}, and Kandahar and Herat could be the biggest gains yet for them", "modal"),
    (f"{_GAINS_COUNT}, and Kandahar and Herat are not the biggest gains yet for them", "negated"),
    (f"{_GAINS_COUNT}, and Kandahar and Herat are the biggest losses yet for them", "losses"),
    (
        f"{_GAINS_COUNT}, and Kandahar and Herat are the biggest gains yet for the government",
        "gains of another side",
    ),
    (
        f"{_GAINS_COUNT}, and Kandahar and Helmand are the biggest gains yet for them",
        "a province, not a capital",
    ),
    (f"{_GAINS_COUNT}, and Kandahar and Narnia are the biggest gains yet for them", "unknown"),
    (
        f"{_GAINS_COUNT}, and Kandahar and Herat are the biggest gains yet for them and 40 "
        "districts",
        "a second figure",
    ),
    (f"{_GAINS_COUNT}, and Kandahar and Herat will be the biggest gains yet for them", "future"),
    (
        "The seizure of Kandahar and Herat marks the biggest prizes yet for the Taliban, who have "
        "lost 12 of Afghanistan's 34 provincial capitals",
        "losses",
    ),
    (
        "The seizure of Kandahar and Herat marks the biggest prizes yet for the Taliban, who may "
        "take 12 of Afghanistan's 34 provincial capitals",
        "modal",
    ),
    (
        "The seizure of Kandahar and Narnia marks the biggest prizes yet for the Taliban, who have "
        "taken 12 of Afghanistan's 34 provincial capitals",
        "unknown",
    ),
]:
    refuse(text, "ordinals and lists", note)
_LIST2 = "Mazar-e-Sharif of Balkh and Maymana of Faryab"
for text in [
    f"At least two provincial capitals, {_LIST2}, fell to the Taliban",
    f"Two provincial capitals, {_LIST2}, have fallen to the Taliban",
    "Two provincial capitals, Mazar-e-Sharif of Balkh, and Maymana of Faryab, have been "
    "captured by the Taliban",
    "At least three provincial capitals, Mazar-e-Sharif of Balkh, Maymana of Faryab and Gardez "
    "of Paktia province, fell to the Taliban",
]:
    n = 3 if "Gardez" in text else 2
    scope = "units:capital:Mazar-i-Sharif+capital:Maymana" + ("+capital:Gardez" if n == 3 else "")
    read(text, "taliban", "eq", n, n, "count", "units", scope, category="ordinals and lists",
         note="a count with its list: the named capitals")  # fmt: skip
for text, note in [
    (f"At least three provincial capitals, {_LIST2}, fell to the Taliban", "list shorter"),
    (f"One provincial capital, {_LIST2}, fell to the Taliban", "list longer"),
    (f"More than two provincial capitals, {_LIST2}, fell to the Taliban", "beyond the list"),
    (f"Nearly two provincial capitals, {_LIST2}, fell to the Taliban", "approximate"),
    (
        "At least two provincial capitals, Mazar-e-Sharif of Balkh and Maymana of Kunar, fell to "
        "the Taliban",
        "a capital paired with the wrong province",
    ),
    (
        "At least two provincial capitals, Mazar-e-Sharif of Balkh and Narnia of Kunar, fell "
        "to the Taliban",
        "unknown",
    ),
    (
        "At least two provincial capitals, Mazar-e-Sharif of Balkh and Kohsan of Herat, fell "
        "to the Taliban",
        "a district, not a capital",
    ),
    (f"At least two provincial capitals, {_LIST2}, are held by the Taliban", "a verb of state"),
    (f"At least two provincial capitals, {_LIST2}, have not fallen to the Taliban", "negated"),
    (f"At least two provincial capitals, {_LIST2}, may have fallen to the Taliban", "modal"),
    (
        f"At least two provincial capitals, {_LIST2}, fell to the Taliban and the government",
        "two sides",
    ),
    (
        f"At least two provincial capitals, {_LIST2}, fell to the Taliban with 40 districts",
        "a second figure",
    ),
    (f"At least two provincial capitals, {_LIST2}, fell to the Taliban since May", "a span"),
]:
    refuse(text, "ordinals and lists", note)

# A list of captured capitals leading a count, and "When ... on DAY ..., it was the Nth"
# (capitals6): every name a capital, every province named its own; the day named.
read("With the capture of Zaranj, the capital of the southwestern province of Nimroz, and the "
     "city of Sheberghan days earlier, the Taliban now control two provincial capitals",
     "taliban", "eq", 2, 2, "count", "capitals", category="capital titles",
     note="the captured capitals are checked beside the count")  # fmt: skip
for text, note in [
    (
        "With the capture of Zaranj, the capital of Jowzjan province, and the city of Sheberghan, "
        "the Taliban now control two provincial capitals",
        "a capital named with another province",
    ),
    (
        "With the capture of Zaranj and the town of Kohsan, the Taliban now control two provincial "
        "capitals",
        "a town that is no provincial capital",
    ),
    (
        "With the capture of Zaranj and Nimroz province, the Taliban now control two provincial "
        "capitals",
        "a province in the list",
    ),
    (
        "With the capture of Zaranj and Sheberghan weeks earlier, the Taliban now control two "
        "provincial capitals",
        "'weeks earlier' is not read",
    ),
    (
        "When the Taliban on Friday seized the city of Zaranj, it was the first provincial capital "
        "to fall",
        "no date of writing for 'on Friday'",
    ),
    (
        "When the Taliban seized the city of Zaranj, it was the first provincial capital to fall",
        "no day of the capture",
    ),
    (
        "When the Taliban on Friday seized Nimroz province, it was the first provincial capital to "
        "fall",
        "a province, not a capital",
    ),
]:
    refuse(text, "capital titles", note)

# Red team 4: a verb of taking in the progressive was read as done ("capturing" and
# "being" are filler words): "The Taliban are capturing half of the districts" as half held,
# "Half of the districts are being overrun by the Taliban" the same, "The Taliban are
# overrunning five districts in Herat" as at least five held.
for text in [
    "The Taliban are capturing half of the districts",
    "The Taliban are taking control of half the country",
    "The Taliban are seizing more than half of the districts",
    "Half of the districts are being captured by the Taliban",
    "Half of the districts are being overrun by the Taliban",
    "The Taliban are overrunning five districts in Herat",
    "The Taliban were capturing five districts in Herat",
    "The Taliban were seizing half of Herat province",
    "Taliban seizing control of 85% of the country",
    "The Taliban are now rapidly capturing 200 districts",
    "Zaranj is being captured by the Taliban",
]:
    refuse(text, "redteam", "a verb of taking in the progressive: under way, not done")
read(
    "The Taliban are controlling half of the districts",
    "taliban",
    "eq",
    0.5,
    0.5,
    "fraction",
    "districts",
    category="redteam",
    note="a verb of state in the progressive is the state",
)

# "his province" closing the claim, the province a named speaker is from (sources6): "X, a
# lawmaker from Badakhshan, said the Taliban had seized his province" reads Badakhshan
read(
    "Hujatullah Kheradmand, a lawmaker from Badakhshan, said the Taliban control half of his "
    "province", "taliban", "eq", 0.5, 0.5, "fraction", "area", "Badakhshan",
    category="date-source", note="'his province' = the speaker's province",
)  # fmt: skip
for text, note in [
    ("Hujatullah Kheradmand, a lawmaker from Badakhshan, said the Taliban control half of their "
     "province", "'their': whose?"),
    ("Hujatullah Kheradmand, a lawmaker from Narnia, said the Taliban control half of his "
     "province", "an unknown province"),
    ("Hujatullah Kheradmand, a lawmaker from Badakhshan, said the Taliban control half of his "
     "district", "a district: which?"),
    ("Hujatullah Kheradmand, a lawmaker from Badakhshan, said the Taliban do not control half of "
     "his province", "negated"),
    ("Hujatullah Kheradmand, a lawmaker from Badakhshan, said the Taliban may control half of "
     "his province", "modal"),
    ("Hujatullah Kheradmand, a lawmaker from Badakhshan and Takhar, said the Taliban control "
     "half of his province", "two provinces"),
    ("Hujatullah Kheradmand, a lawmaker from Kunduz, said the Taliban control half of Badakhshan",
     "a province in who said it and another in the claim"),
]:  # fmt: skip
    refuse(text, "date-source", note)

# A region word before a capital or a province must fit its point in the places data
# (capitals6): "the southern city of Kunduz" was read as Kunduz, the word set aside unchecked.
read("The Taliban seized the eastern city of Jalalabad", "taliban", "eq", 1, 1, "count",
     "units", "units:capital:Jalalabad", category="capital titles")  # fmt: skip
for text in [
    "The Taliban seized the southern city of Mazar-i-Sharif",
    "The Taliban seized the eastern city of Zaranj",
    "The Taliban seized the western city of Jalalabad",
    "The Taliban captured the northern province of Kandahar",
    "The Taliban captured Lashkar Gah, the capital of the northern province of Helmand",
    "The Taliban now control at least 13 provincial capitals, including the eastern city of Herat",
]:
    refuse(text, "capital titles", "a region word the places data contradicts")

# Red team 4: a day named between units dated the units after "and" too: "The Taliban
# captured Zaranj on Friday and Sheberghan" (written 10 August 2021) was CONTRADICTED, both
# checked on Friday 6 August, when Sheberghan fell on Saturday.
for text in [
    "The Taliban captured Zaranj on Friday and Sheberghan",
    "The Taliban captured Zaranj on 6 August and Sheberghan",
    "The Taliban captured Zaranj on Friday, and Sheberghan",
    "The Taliban captured Zaranj yesterday and Sheberghan",
    "The Taliban captured Zaranj three days ago and Sheberghan",
    "Zaranj on Friday and Sheberghan fell to the Taliban",
    "Government forces retook Lashkar Gah on Sunday and Zaranj",
]:
    refuse(text, "redteam", "a day between units dates the one before it only")
# (read with a date of writing, which this corpus does not give: "The Taliban captured Zaranj
# and Sheberghan on Friday" dates both; tests/test_checks_redteam4.py)

# Red team 4: "..., which is near Kabul, ..." (clauses6) was set aside unchecked: "Kandahar
# province, which is near Kabul, fell to the Taliban" was read (Kandahar is ~450 km away). The
# unit must be in Kabul province or a province bordering it.
for text in [
    "Kandahar province, which is near Kabul, fell to the Taliban",
    "Herat, which is near Kabul, fell to the Taliban",
    "The city of Herat, which is close to Kabul, fell to the Taliban",
]:
    refuse(text, "redteam", "'near Kabul' for a unit far from Kabul")
read(
    "Logar province, which is close to Kabul, fell to the Taliban",
    "taliban",
    "eq",
    1,
    1,
    "count",
    "units",
    "units:province:Logar",
    category="redteam",
    note="a province bordering Kabul's is near it",
)
# lists6: capitals named by their provinces after a dash, as many as the count
_MORE3 = (
    "The Taliban has taken control of three more Afghan provincial capitals — Badakhshan and "
    "Baghlan provinces in the northeast and Farah province to the west of the country"
)
read(_MORE3, "taliban", "eq", 3, 3, "count", "units",
     "units:capital:Fayzabad+capital:Pul-e Khumri+capital:Farah", category="ordinals and lists",
     note="capitals named by their provinces; 'more' set aside")  # fmt: skip
read("The Taliban captured two more provincial capitals — Kunduz and Takhar provinces",
     "taliban", "eq", 2, 2, "count", "units", "units:capital:Kunduz+capital:Taloqan",
     category="ordinals and lists", note="capitals named by their provinces")  # fmt: skip
for text, note in [
    (_MORE3.replace("three", "four"), "list shorter than the count"),
    (_MORE3.replace("northeast", "southwest"), "a region the places data contradicts"),
    (_MORE3.replace("Farah province", "Narnia province"), "unknown province"),
    (_MORE3.replace("Farah province", "Farah provinces"), "plural for one name"),
    (_MORE3.replace("has taken", "may have taken"), "modal"),
    (_MORE3.replace("Farah province", "Farah city"), "not a province"),
    (_MORE3.replace("west of the country", "west of Iran"), "another country"),
    (_MORE3.replace("taken control of", "lost"), "losses"),
    (_MORE3.replace("has taken", "has not taken"), "negated"),
    (_MORE3 + " and 40 districts", "a second figure"),
]:
    refuse(text, "ordinals and lists", note)
# A province set off by punctuation at the end or in brackets (session 6, sources6 saw it):
# a headline's place tag or a list's last item, not the claim's scope. It was read as the scope
# ("The Taliban control 150 districts - Helmand": 150 of Helmand's districts).
for text in [
    "The Taliban control 150 districts - Helmand",
    "The Taliban control 150 districts \u2013 Helmand",
    "The Taliban control 150 districts: Helmand",
    "Taliban control half of the districts, Kandahar",
    "Taliban control half of the districts (Kandahar)",
    "Taliban control half of the districts - Kandahar province.",
]:
    refuse(text, "place-tag", "a place set off by punctuation is not the claim's scope")
read("Taliban control half of the districts in Kandahar", "taliban", "eq", 0.5, 0.5, "fraction",
     "districts", scope="Kandahar", category="place-tag")  # fmt: skip

# lists6: 'From N districts in P,' before a count of falls is its stated total (out of N)
read("From 18 districts in Ghazni, seven districts in total have fallen to the Taliban",
     "taliban", "eq", 7, 7, "count", "districts", "Ghazni", den="18",
     category="ordinals and lists", note="'from N' before a count of falls: out of N")  # fmt: skip
for text, note in [
    (
        "From 18 districts in Ghazni, the government now holds seven districts",
        "'from' before a state: may be a fall from 18",
    ),
    ("From 18 districts in Ghazni, seven districts could have fallen to the Taliban", "modal"),
    (
        "From 18 districts in Ghazni, seven districts in Herat have fallen to the Taliban",
        "another province",
    ),
    ("From 18 districts in Ghazni, 20 districts have fallen to the Taliban", "more than the total"),
    ("From 18 districts in Ghazni, seven districts have fallen to the Taliban since May", "a span"),
    (
        "From 18 districts in Ghazni, I think seven districts in total have fallen to the Taliban",
        "'I think': a hedge, not read",
    ),
]:
    refuse(text, "ordinals and lists", note)

# Review 6: near misses of the headline future and of a place joined by "and", each read with
# a verdict on 13 August: "to" and the control verbs are filler words, so "Taliban to occupy
# 85%" was 85% held; "50 districts & Herat province", "... and now control Herat province",
# "... and the Iranian border" were 50 districts of Herat (of the Iranian border).
for text in [
    "Taliban to occupy 85% of Afghanistan",
    "Taliban to rule 85% of Afghanistan",
    "Taliban to be in control of 85% of Afghanistan",
    "Taliban to have captured 85% of Afghanistan",
    "Taliban 'to control 85% of Afghanistan'",
    "Taliban, to control 85% of Afghanistan",
]:
    refuse(text, "redteam", "a headline's 'SIDE to VERB' is the future, whatever the verb")
for text in [
    "The Taliban control 50 districts & Herat province",
    "The Taliban control 50 districts along with Herat province",
    "The Taliban control 50 districts and now Herat province",
    "The Taliban control 50 districts and now control Herat province",
    "The Taliban control 50 districts and the Iranian border",
]:
    refuse(text, "redteam", "a place joined to the figure by 'and' is a second thing held")
read(
    "Taliban fighters now hold five districts in Herat province",
    "taliban",
    "eq",
    5,
    5,
    "count",
    "districts",
    "Herat",
    category="redteam",
    note="the scope after the figure, no 'and' before it",
)

# Review 6: a compass adjective before a capital was set aside unchecked: "the southern city
# of Kunduz" was Kunduz held (refused since capitals6's region check; more rows of it).
for text in [
    "The Taliban captured the southern city of Kunduz",
    "The Taliban captured the northern city of Kandahar",
    "Taliban fighters have seized the western city of Kunduz",
    "The Taliban captured the eastern city of Herat",
    "The Taliban captured 9 provincial capitals, including the northern city of Kandahar",
]:
    refuse(text, "redteam", "a compass adjective the places data contradicts")

# Review 6: a bare dateline or headline topic in another shape, read as the claim's scope:
# "Kabul (Afghanistan): The Taliban control 200 districts" was 200 districts of Kabul province.
for text in [
    "Kabul (Afghanistan): The Taliban control 200 districts",
    "In Kabul: The Taliban control 200 districts",
    "In Herat: Taliban fighters have captured five districts",
]:
    refuse(text, "redteam", "a bare dateline or a headline's topic is not the claim's scope")
read(
    "Kabul (Afghanistan): The Taliban control five districts in Herat",
    "taliban",
    "eq",
    5,
    5,
    "count",
    "districts",
    "Herat",
    category="redteam",
    note="the dateline set aside: the claim names its own place",
)

# Review 6: a day between units joined by '&', 'as well as' or a comma dated the units after
# it too: "The Taliban captured Zaranj on Friday, Sheberghan and Taloqan" (written 10 August)
# was CONTRADICTED, all checked on Friday 6 August.
for text in [
    "The Taliban captured Zaranj on Friday & Sheberghan",
    "The Taliban captured Zaranj on Friday as well as Sheberghan",
    "The Taliban captured Zaranj on Friday, Sheberghan and Taloqan",
    "The Taliban captured Zaranj on Friday, Sheberghan",
    "Taliban fighters seized Kunduz yesterday, Taloqan and Sar-e Pol",
]:
    refuse(text, "redteam", "a day between units dates the one before it only")

# A hedged change before the state it gives (review6): refused, not set aside; a plain
# capture before it is a second claim checked beside the state (session 6).
for text in [
    "The Taliban nearly seized Farah, giving them control of more than two-thirds of the country",
    "The Taliban almost captured Zaranj, giving them control of half of the country",
    "The Taliban partly captured Farah province, leaving them in control of half the country",
]:
    refuse(text, "change-then-state", "a hedged change: the state with it may not hold")
read("The Taliban seized Farah, giving them control of more than two-thirds of the country",
     "taliban", "gt", 0.6667, None, "fraction", "area", category="change-then-state",
     note="Farah checked beside the state")  # fmt: skip

# A capital "in <region> Afghanistan" (session 6): the region word is checked on the places
# data; a region that does not fit, or another country, is refused.
read("The Taliban have seized the city of Taloqan in northeastern Afghanistan", "taliban", "eq",
     1, 1, "count", "units", scope="units:capital:Taloqan", category="capital-region")  # fmt: skip
for text in [
    "The Taliban have seized the city of Taloqan in southwestern Afghanistan",
    "The Taliban have seized the city of Zaranj in northern Afghanistan",
    "The Taliban have seized the city of Taloqan in Pakistan",
    "The Taliban have nearly seized the city of Taloqan in northeastern Afghanistan",
]:
    refuse(text, "capital-region", "a region that does not fit, another country, or a hedge")

# Who said it and the side's wording (session 7, sources7): a side's own noun after its name
# ("Taliban militants"), the side's own claim ("claimed to have seized"), the legal tag on a
# speaker that is the side. Near misses: another side's noun, another actor, negation, modal,
# "had claimed", a day inside, a verb that is not control, an unknown place, a noun "claim".
for text, side, unit in [
    ("Taliban militants have captured Kunduz province", "taliban", "province:Kunduz"),
    ("Taliban insurgents seized Kunduz province", "taliban", "province:Kunduz"),
    ("Taliban Claim To Have Seized Badakhshan Province", "taliban", "province:Badakhshan"),
    ("The Taliban has also claimed to have captured Kunduz province", "taliban",
     "province:Kunduz"),
    ("The government claimed to have retaken Badakhshan province", "government",
     "province:Badakhshan"),
    ("The Taliban (a terrorist group banned in Russia) said they have captured Badakhshan "
     "province", "taliban", "province:Badakhshan"),
]:  # fmt: skip
    read(text, side, "eq", 1, 1, "count", "units", scope=f"units:{unit}",
         category="sources7")  # fmt: skip
read("The Taliban (a terrorist group banned in Russia) said they control 85% of the country",
     "taliban", "eq", 85, 85, "percent", "area", category="sources7")  # fmt: skip
for text in [
    "Government militants seized Kunduz province",
    "Taliban government seized Kunduz province",
    "ISIS militants seized Kunduz province",
    "Taliban militants did not seize Kunduz province",
    "Taliban militants may have seized Kunduz province",
    "The Taliban had claimed to have seized Badakhshan province",
    "The Taliban claimed on Friday to have seized Badakhshan province",
    "Officials claimed to have retaken Badakhshan province",
    "They claimed to have seized Badakhshan province",
    "The Taliban claimed to have not seized Badakhshan province",
    "The Taliban claimed to have attacked Badakhshan province",
    "The Taliban claimed to have seized Narnia province",
    "The Taliban falsely claimed to have seized Badakhshan province",
    "The Taliban's claim to have taken Panjshir, they tweeted",
    "The Taliban claimed to have seized 12 districts and half of Badakhshan province",
    "The Taliban (a terrorist group banned in Helmand) said they control 85% of the country",
    "ISIS (a terrorist group banned in Russia) said they control 85% of the country",
    "Officials (a terrorist group banned in Russia) said the Taliban control 85% of the country",
]:
    refuse(text, "sources7", "a near miss of a side's wording or of the side's own claim")

# A date phrase inside or right after a clause of time or circumstance (redteam5, session 7):
# the date was blanked before the clause was peeled, so the clause was set aside and its date
# checked as the claim's ("as American troops completed their pullout two weeks ago" -> the
# state on the day of the pullout). Refused; who said it and its day stay read.
for text in [
    "The Taliban now control 85% of Afghanistan's territory as American troops completed their "
    "pullout two weeks ago",
    "The Taliban claimed on Friday that they now control 85% of Afghanistan's territory as "
    "American troops completed their pullout two weeks ago",
    "As American troops completed their pullout two weeks ago, the Taliban now control 85% of "
    "the country",
    "The Taliban now control 85% of Afghanistan's territory amid a surge in wins last week",
    "The Taliban now control half of the districts despite US airstrikes last week",
    "The Taliban control half of the districts as foreign troops pull out on Friday",
    "The Taliban now control 85% of the country, as American troops completed their pullout "
    "earlier this month",
    "The Taliban have captured Kunduz as troops retreated yesterday",
    "The Taliban have captured Kunduz following days of fighting last week",
]:
    refuse(text, "redteam", "a date inside or right after a clause set aside may be the clause's")
read("The Taliban now control half of the districts amid a surge in wins, a spokesman said "
     "on Friday",
     "taliban", "eq", 0.5, 0.5, "fraction", "districts", category="set-aside",
     note="redteam5: the day of who said it, not of the clause (set-aside: its clause's words "
          "are set aside, not read; the property tests leave such rows out)")  # fmt: skip

# A capital named with an apposition, a title or a rank of size (session 7, capitals7): the
# name is checked against the province the title names, a rank against a closed table
# (appositions.RANKS); a mismatch, a rank with no name, or a list the title may open is refused.
for text, caps in [
    (
        "The city of Zaranj, the provincial capital of Nimroz, has fallen to the Taliban",
        "capital:Zaranj",
    ),
    ("The Taliban have captured the capital of Paktika province, Sharana", "capital:Sharana"),
    (
        "The Taliban have captured the capital of the south-eastern Afghan province of Paktika, "
        "Sharana, and Logar's provincial capital Pul-e-Alam city",
        "capital:Sharana+capital:Pul-i-Alam",
    ),
    ("The Taliban have taken control of Zaranj, Nimruz province's capital city", "capital:Zaranj"),
    ("The Taliban have captured Kandahar province's capital", "capital:Kandahar"),
    ("The Taliban have captured Kandahar, Afghanistan's second-largest city", "capital:Kandahar"),
    ("The Taliban have captured Herat, the third-largest city in Afghanistan", "capital:Herat"),
    (
        "The Taliban have captured Herat and Kandahar, the country's second- and third-largest "
        "cities",
        "capital:Herat+capital:Kandahar",
    ),
    ("The Taliban have captured the third-largest city Herat", "capital:Herat"),
    (
        "The Taliban have captured Mazar-i-Sharif, the country's fourth-largest city",
        "capital:Mazar-i-Sharif",
    ),
]:
    read(text, "taliban", "eq", len(caps.split("+")), len(caps.split("+")), "count", "units",
         scope=f"units:{caps}", category="capital appositions")  # fmt: skip
read("Government forces have retaken Kandahar, Afghanistan's second-largest city", "government",
     "eq", 1, 1, "count", "units", scope="units:capital:Kandahar",
     category="capital appositions")  # fmt: skip
read("The Taliban now control at least 13 provincial capitals, including Kandahar and Herat, the "
     "second and third largest cities in the country", "taliban", "ge", 13, None, "count",
     "capitals", category="capital appositions",
     note="the rank is set aside, checked; the named capitals beside the count")  # fmt: skip
for text, note in [
    (
        "The Taliban have captured the capital of Nimroz province, Herat",
        "the name after the title is not the capital",
    ),
    (
        "The Taliban have captured the capital of Nimroz province, Herat and Kandahar",
        "an apposition or a list: not guessed",
    ),
    ("The Taliban have captured the capital of Narnia province, Zaranj", "unknown province"),
    ("The Taliban have captured Helmand's provincial capital Zaranj", "another province's"),
    (
        "The Taliban have taken control of Herat, Nimruz province's capital city",
        "another province's",
    ),
    (
        "The city of Herat, the provincial capital of Nimroz, has fallen to the Taliban",
        "another province's",
    ),
    (
        "Zaranj, the capital of Nimroz province, has fallen to the Taliban, who hold 12 provincial "
        "capitals",
        "a named capital beside a count it is not one of",
    ),
    (
        "The Taliban have captured Herat, Afghanistan's fourth-largest city",
        "a rank that does not fit",
    ),
    (
        "The Taliban have captured Zaranj, Afghanistan's second-largest city",
        "a rank that does not fit",
    ),
    (
        "The Taliban have captured Kabul, Afghanistan's second-largest city",
        "a rank that does not fit",
    ),
    (
        "The Taliban have captured Herat and Zaranj, the country's second- and third-largest "
        "cities",
        "a rank that does not fit",
    ),
    ("The Taliban have captured Afghanistan's third-largest city", "a rank with no name"),
    (
        "The Taliban have captured Kandahar, Afghanistan's second-largest city in the south",
        "a rank in a region",
    ),
    (
        "The Taliban have captured Kandahar, Afghanistan's sixth-largest city",
        "a rank not in the table",
    ),
    ("The Taliban have not captured Kandahar, Afghanistan's second-largest city", "negation"),
    ("The Taliban may capture Kandahar, Afghanistan's second-largest city", "modal"),
    (
        "The Taliban have captured Kandahar, Afghanistan's second-largest city, and 40 districts",
        "a second figure",
    ),
    (
        "The Taliban have captured Kandahar, Afghanistan's second-largest city, on 13 August",
        "a date with no date of writing",
    ),
    (
        "The Taliban have captured half of Kandahar, Afghanistan's second-largest city",
        "a share of a city",
    ),
    (
        "The Taliban now control at least 13 provincial capitals, including the fourth-largest "
        "city Herat",
        "a rank that does not fit",
    ),
    ("Taliban seize 10th Afghan capitals", "an ordinal before a plural"),
    ("Taliban seize 11th Afghan capital", "an ordinal with no date of writing"),
]:
    refuse(text, "capital appositions", note)

# --------------------------------------------------------------------------------------------
# Unit names as reporting spells them (names7, mapper/data/reported_spellings.csv and
# unit_names._known_words): a reported spelling, each word a spelling of a name's word, two
# words written apart; an extra word, a typo no outlet is cited for, and the usual near misses
# stay refused.
for text, scope in [
    ("The Taliban captured Assad Abad", "capital:Asadabad"),
    ("The Taliban captured Firoz Koh", "capital:Chaghcharan"),
    ("Jalal Abad fell to the Taliban", "capital:Jalalabad"),
    ("The Taliban overran Taleqan, the capital of Takhar province", "capital:Taloqan"),
    ("The Taliban captured Maidan Shaar, the capital of Maidan Wardak province",
     "capital:Maidan Shar"),
]:  # fmt: skip
    read(text, "taliban", "eq", 1, 1, "count", "units", "units:" + scope, category="names7")
for text, note in [
    ("The Taliban captured Jalal Abad zzz", "an extra word is not absorbed into a name"),
    ("The Taliban captured Lashkar ggg Gah", "an extra word is not absorbed into a name"),
    ("The Taliban captured Lakshar Gah", "a typo no outlet is cited for: unknown"),
    ("The Taliban did not capture Assad Abad", "a negation"),
    ("The Taliban may capture Firoz Koh", "a modal"),
    ("The Taliban besieged Assad Abad", "a siege is not control"),
    ("Government forces and the Taliban captured Assad Abad", "two sides"),
    (
        "The Taliban captured Maidan Wardak, the capital of Logar province",
        "a province named as another province's capital: the places data disagrees (the row "
        "naming Maidan Wardak as its own capital is read since capitals8)",
    ),
    (
        "The Taliban captured Taleqan, the capital of Kunduz province",
        "the spelling's capital is Takhar's, not Kunduz's",
    ),
]:
    refuse(text, "names7", note)

# clauses7 (#8): a clause placing its event in the country beside a claim that names the country
# itself; "have extended/established (their) control over"; captures before the claim
# ("following their capture of Kandahar and Herat") checked beside it; a headline's kicker and
# outlet tail. Near misses stay refused.
for text, low, unit, measure, scope in [
    (
        "The Taliban have seized 90 percent of Afghanistan's borders, following their offensives "
        "across the conflict-ridden country",
        0.9,
        "fraction",
        "border",
        "border:ALL",
    ),
    (
        "The Taliban control 85 percent of the country, as they sweep across the country",
        0.85,
        "fraction",
        "area",
        "country",
    ),
    (
        "The Taliban hold 120 of Afghanistan's 398 districts, in a string of attacks across the "
        "nation",
        120,
        "count",
        "districts",
        "country",
    ),
    (
        "The Taliban have now established control over 85 percent of all Afghan territory",
        0.85,
        "fraction",
        "area",
        "country",
    ),
    (
        "The Taliban have extended their control over 120 of Afghanistan's 398 districts",
        120,
        "count",
        "districts",
        "country",
    ),
]:
    read(text, "taliban", "eq", low, low, unit, measure, scope,
         den="398" if "398" in text else "",
         category="clauses7" if "," not in text else "set-aside",
         note="the clause's country is the claim's own, or the state a change leaves")  # fmt: skip
for text, scope in [
    (
        "Taliban fighters have taken the Afghan city of Lashkar Gah, following their capture of "
        "Kandahar and Herat, as the security situation in the country rapidly deteriorates",
        "units:capital:Lashkar Gah",
    ),
    ("The Taliban have captured Ghazni, after capturing Kandahar", "units:capital:Ghazni"),
    ("Afghanistan Turmoil: Taliban forces take over Kandahar", "units:capital:Kandahar"),
    ("Taliban seizes northern city of Kunduz in Afghanistan | Tolo News", "units:capital:Kunduz"),
]:
    read(text, "taliban", "eq", 1, 1, "count", "units", scope,
         category="set-aside" if "following" in text else "clauses7",
         note="earlier captures checked beside it; a kicker or outlet set aside")  # fmt: skip
for text, note in [
    ("The Taliban control 85 percent, as they sweep across the country",
     "the claim names no country: the clause may be its scope"),
    ("The Taliban control 50 districts, as they sweep across the country",
     "the claim names no country"),
    ("The Taliban control Herat province, as they sweep across the country",
     "the claim names no country"),
    ("KABUL, Afghanistan (AP) -- The Taliban control 50 districts, as they sweep across the "
     "country", "the dateline names the country, not the claim"),
    ("The Taliban control 85 percent of the country, as violence rages across the country",
     "not a campaign of the side's or the country's situation"),
    ("The Taliban control 85 percent of the country, as the government's offensive sweeps "
     "across the country", "another side's campaign"),
    ("The Taliban control 85 percent of the country, as they sweep across 20 provinces of the "
     "country", "a figure in the clause"),
    ("The Taliban control 85 percent of the country, as they fail to sweep across the country",
     "a negation in the clause"),
    ("The Taliban control 85 percent of the country, as the government sweeps across the country",
     "the other side in the clause"),
    ("The Taliban had established control over 85 percent of all Afghan territory",
     "a pluperfect: a past state"),
    ("The Taliban have extended their control to 85 percent of all Afghan territory",
     "'to': what was added, or the total?"),
    ("The Taliban have extended the deadline over 85 percent of all Afghan territory",
     "another object"),
    ("Taliban fighters have taken the Afghan city of Lashkar Gah, following the fall of Kandahar",
     "a fall: to whom not said"),
    ("Taliban fighters have taken the Afghan city of Lashkar Gah, following their recapture of "
     "Kandahar", "not the closed list"),
    ("Taliban fighters have taken the Afghan city of Lashkar Gah, following the government's "
     "capture of Kandahar", "another side's capture"),
    ("Taliban fighters have taken the Afghan city of Lashkar Gah, following their capture of "
     "Hemland", "an unknown place"),
    ("Taliban fighters have taken the Afghan city of Lashkar Gah, after capturing Kandahar on "
     "Saturday", "a date in the clause"),
    ("Taliban fighters have taken the Afghan city of Lashkar Gah, following their capture of "
     "Kandahar province", "more words after the names"),
    ("Taliban fighters may take the Afghan city of Lashkar Gah, following their capture of "
     "Kandahar", "a modal claim"),
    ("Kabul Turmoil: Taliban forces take over Herat", "a place as the kicker"),
    ("Afghanistan Turmoil: Taliban forces could take over Herat", "a modal under the kicker"),
    ("Taliban seizes northern city of Kunduz in Afghanistan | Kabul Times",
     "a place in the outlet tail"),
    ("Taliban seizes northern city of Kunduz in Afghanistan | Herat next",
     "not an outlet's name"),
    ("Afghanistan Crisis: Taliban control 85 percent", "no scope: the kicker is not one"),
]:  # fmt: skip
    refuse(text, "clauses7", note)

# clauses7 (#8): a trailing "during" + a campaign's noun only ("during a surge of victories",
# "during their offensive"); a bare period, a past claim, another side, a place stay refused.
read("The Taliban now hold 85% of Afghanistan's territory during a surge of victories",
     "taliban", "eq", 85, 85, "percent", "area", category="set-aside",
     note="the campaign set aside")  # fmt: skip
for text, note in [
    ("The Taliban now hold 85% of Afghanistan's territory during the summer", "a period"),
    ("The Taliban now hold 85% of Afghanistan's territory during the ceasefire", "a period"),
    ("The Taliban held 85% of Afghanistan's territory during their offensive", "a past claim"),
    ("The Taliban now hold 85% of Afghanistan's territory during the government's offensive",
     "another side's campaign"),
    ("The Taliban now hold 85% of Afghanistan's territory during their failed offensive",
     "an unreal campaign"),
    ("The Taliban now hold 85% of Afghanistan's territory during their offensive in the north",
     "a place in the clause"),
]:  # fmt: skip
    refuse(text, "clauses7", note)

# The exact zero of capitals in the pluperfect (redteam5, session 7): "had not taken over any
# of the 34 provincial capitals" was read as none held on the date of writing (CONTRADICTED on
# 12 August); a pluperfect with no date or who-said-it is refused, as "had taken" is.
for text in [
    "The Taliban had not taken over any of the 34 provincial capitals",
    "The Taliban had not yet taken over any of the 34 provincial capitals",
    "The Taliban had not captured any of Afghanistan's 34 provincial capitals",
]:
    refuse(text, "redteam", "an undated pluperfect: the state before an earlier time")
read("By the end of July, the Taliban had not taken over any of the 34 provincial capitals",
     "taliban", "eq", 0, 0, "count", "capitals", den="34", category="redteam",
     note="dated: the zero at the end of July")  # fmt: skip

# Unit forms (names7, unit_names.py): "X province in Afghanistan"; a district's centre or
# headquarters (the district: read with district names, tests/test_checks_names7.py; here,
# without them, a district is refused) and near misses that name no district.
for text, side, prov in [
    ("Taliban captures Paktika province in Afghanistan", "taliban", "Paktika"),
    ("Helmand province in Afghanistan is under Taliban control", "taliban", "Helmand"),
    ("Afghan forces retook Logar province in Afghanistan", "government", "Logar"),
]:
    read(text, side, "eq", 1, 1, "count", "units", "units:province:" + prov, category="names7")
for text, note in [
    ("Taliban captures Logar province in Pakistan", "another country"),
    ("The Taliban did not capture Logar province in Afghanistan", "a negation"),
    ("The Taliban may capture Logar province in Afghanistan", "a modal"),
    ("The Taliban besieged Logar province in Afghanistan", "a siege"),
    ("The Taliban captured the district headquarters of Kandahar province",
     "a district headquarters of a province names no district"),
    ("The Taliban captured the centre of Nahrin district", "the centre of a district: a hedge"),
    ("The Taliban captured the district centers of Kunduz", "district centres of a province"),
    ("The Taliban captured the police headquarters of Nirkh district",
     "a police headquarters alone is a building, not the district"),
    ("The Taliban captured Orange County", "an unknown county"),
    ("Security forces still controlled the district center", "names no district"),
]:  # fmt: skip
    refuse(text, "names7", note)

# Counts, ranges and restated shares (counts7, session 7): "212 or 213" is the range between
# two consecutive numbers; a share closing the sentence ("– it's about half of the 419 that
# are out there") is read only when it restates the count over a stated total; "I guess" is
# the speaker's hedge; "as of today" is today.
read("212 or 213 of the district centers are in Taliban control", "taliban", "range", 212, 213,
     "count", "districts", category="counts7")  # fmt: skip
read("The Taliban control two or three provinces", "taliban", "range", 2, 3, "count",
     "provinces", category="counts7")  # fmt: skip
read("The Taliban control 212 or 213 of the 419 district centres", "taliban", "range", 212, 213,
     "count", "districts", den="419", category="counts7")  # fmt: skip
read("212 or 213 of the district centers are in Taliban control – it's about half of the 419 "
     "that are out there", "taliban", "range", 212, 213, "count", "districts", den="419",
     category="counts7", note="the share restates the range over its 419")  # fmt: skip
read("As of today, 212 or 213 of the district centers are in Taliban control – it's about half "
     "of the 419 that are out there", "taliban", "range", 212, 213, "count", "districts",
     den="419", category="counts7")  # fmt: skip
read("The Taliban control 212 of the 398 districts, which is about half", "taliban", "eq", 212,
     212, "count", "districts", den="398", category="counts7")  # fmt: skip
read("The Taliban control 200 of the district centers – it's nearly half of the 419", "taliban",
     "eq", 200, 200, "count", "districts", den="419", category="counts7")  # fmt: skip
read("As of today, the Taliban control 212 of the district centers", "taliban", "eq", 212, 212,
     "count", "districts", category="counts7")  # fmt: skip
for text, note in [
    ("The Taliban control 212 or 214 of the district centres", "not consecutive: two figures"),
    ("The Taliban control 5 or 10 districts", "one of two figures, not a range"),
    ("The Taliban control 213 or 212 districts", "descending"),
    ("The Taliban control 212 districts or 213", "the second figure after the noun"),
    ("The Taliban do not control 212 or 213 of the district centres", "negation"),
    ("The Taliban may control 212 or 213 of the district centres", "modal"),
    (
        "The Taliban control 212 or 213 of the district centres and half of Herat province",
        "a second figure",
    ),
    ("The Taliban control 212 districts – it's about half", "no stated total to check it on"),
    (
        "The Taliban control 212 of the district centers – it's about a third of the 419 that are "
        "out there",
        "the share does not restate the count",
    ),
    (
        "The Taliban control 300 of the district centers – it's nearly half of the 419",
        "the share does not restate the count",
    ),
    (
        "The Taliban control 212 of the 400 district centers – it's about half of the 419",
        "two stated totals",
    ),
    (
        "The Taliban control half of the country – it's about half of the 419",
        "a share beside a share: two claims",
    ),
    (
        "The Taliban control 212 of the district centers – it's about half of the 419 in Herat",
        "a place inside the share",
    ),
    (
        "The Taliban captured 212 of the district centers last week – it's about half of the 419",
        "a count over a span: what changed",
    ),
    ("The Taliban may control 212 of the district centers – it's about half of the 419", "modal"),
    (
        "Government forces control 212 of the district centers – it's about half of the 419 the "
        "Taliban hold",
        "the other side",
    ),
    ("The Taliban control 212 of the district centers – it's not half of the 419", "negation"),
    (
        "The Taliban control 212 of the district centers – it's about half of the 419 that are out "
        "there, officials said",
        "the share does not close the sentence",
    ),
    (
        "The Taliban control 212 or 213 of the district centers – it's about 51 percent",
        "a percentage is not in the closed list of share words",
    ),
    ("As of Friday, the Taliban control 212 of the district centers", "only 'as of today'"),
    ("I guess the Taliban control about 212 of the 419 district centres", "the speaker's guess"),
    ("The Taliban control about 212 of the 419 district centres, I think", "the speaker's guess"),
    ("Taliban seize first Afghan capital", "the first Afghan capital may be history"),
    ("Taliban seize 10th capital", "no 'Afghan'"),
    ("Taliban may seize 10th Afghan capital", "modal"),
    ("Taliban lose 10th Afghan capital", "a loss"),
    ("Taliban seize 10th Afghan capital in Herat", "a province"),
    ("Taliban seized 10th Afghan capital", "told as past with no day"),
    ("Taliban do not seize 10th Afghan capital", "negation"),
    ("Taliban seize 10th Afghan capital and Herat province", "a second thing held"),
]:
    refuse(text, "counts7", note)

# An ordinal over a span from an event whose day is not given (counts7): refused naming it
for text in [
    "The Taliban on Friday captured their first provincial capital since launching an offensive",
    "The Taliban have captured their first Afghan provincial capital since launching an offensive",
    "Zaranj is the first provincial capital to fall to the Taliban since the withdrawal began",
    "The Taliban on Friday seized the third provincial capital since the offensive began",
    "The Taliban control under 212 or 213 districts",
]:
    refuse(text, "counts7", "a span from an event; a bound on two figures")

# A comparison after an opening quotation mark (counts7): 'hold sway over "about 250 ..."'
read(
    "The Taliban hold sway over “about 250 of Afghanistan’s nearly 400 districts”",
    "taliban",
    "approx",
    250,
    250,
    "count",
    "districts",
    den="~400",
    category="counts7",
)
read(
    'The Taliban control "more than 150 districts"',
    "taliban",
    "gt",
    150,
    None,
    "count",
    "districts",
    category="counts7",
)
for text in [
    "The Taliban do not hold sway over “about 250 of Afghanistan’s nearly 400 districts”",
    "The Taliban hold sway over “about 250 of Narnia’s nearly 400 districts”",
    "The Taliban hold sway over “about 250 of Afghanistan’s nearly 400 districts” and Herat",
]:
    refuse(text, "counts7", "negation, unknown place, a second thing held")

# Where the capitals taken lie, closing the sentence (counts7): set aside after the country's
# capitals named as such; a share of capitals with no country, a province, another country,
# a place, a list or a loss is refused.
read(
    "In less than a week, the Taliban has overrun one-quarter of Afghanistan's provincial "
    "capitals in a huge swathe of territory across the north of the country",
    "taliban",
    "approx",
    0.25,
    0.25,
    "fraction",
    "capitals",
    category="counts7",
)
read(
    "The Taliban now hold 12 of Afghanistan's 34 provincial capitals in a swathe of territory "
    "across the north",
    "taliban",
    "eq",
    12,
    12,
    "count",
    "capitals",
    den="34",
    category="counts7",
)
for text in [
    "The Taliban have taken one-quarter of the provincial capitals in a huge swathe of territory "
    "across the north of the country",
    "The Taliban have taken half of Herat province in a huge swathe of territory across the north "
    "of the country",
    "The Taliban have taken one-quarter of Afghanistan's provincial capitals in a huge swathe of "
    "territory across the north of Iran",
    "The Taliban have taken one-quarter of Afghanistan's provincial capitals in a huge swathe of "
    "territory across Herat",
    "The Taliban may have taken one-quarter of Afghanistan's provincial capitals in a huge swathe "
    "of territory across the north of the country",
    "The Taliban have taken one-quarter of Afghanistan's provincial capitals and half of the "
    "districts in a huge swathe of territory across the north of the country",
    "The Taliban have taken one-quarter of Afghanistan's provincial capitals in swathes of "
    "territory across the north of the country",
    "Government forces have lost one-quarter of Afghanistan's provincial capitals in a huge "
    "swathe of territory across the north of the country",
    "The Taliban have not taken one-quarter of Afghanistan's provincial capitals in a huge swathe "
    "of territory across the north of the country",
]:
    refuse(
        text,
        "counts7",
        "no country's capitals, a province, another country, a place, a "
        "modal, a second figure, a vague plural, a loss, a negation",
    )

# One capital named as the count's side's latest / most significant gain (counts7): checked
# beside the count as a named unit; the rank is not checked.
read(
    "The Taliban now hold six provincial capitals, and Kunduz is their most significant gain",
    "taliban",
    "eq",
    6,
    6,
    "count",
    "capitals",
    category="counts7",
    note="Kunduz checked beside the count",
)
for text in [
    "The Taliban now hold six provincial capitals and Kunduz is their latest gain",
    "The Taliban now hold six provincial capitals and Narnia is their most significant gain",
    "The Taliban now hold six provincial capitals and Kunduz is not their most significant gain",
    "The Taliban now hold six provincial capitals and Kunduz could be their most significant gain",
    "The Taliban now hold six provincial capitals and Kunduz is their most significant loss",
    "The Taliban now hold six provincial capitals and Helmand is their most significant gain",
    "The Taliban now hold six provincial capitals and Kunduz is the government's most significant "
    "gain",
]:
    refuse(
        text,
        "counts7",
        "no rank word of the list, unknown, negation, modal, a loss, a province, the other side",
    )

# A local source tied to the claim's own province without naming it (sources8): "the head of
# the provincial council says", "according to lawmakers from the province", "an MP from the
# province": set aside like "local officials", only with the claim's own place named.
for text, scope in [
    ("The head of the provincial council says Kunduz fell to the insurgents", "capital:Kunduz"),
    ("A provincial council official says the Taliban overran Lashkar Gah", "capital:Lashkar Gah"),
    ("Lashkar Gah was captured by the Taliban, according to lawmakers from the province",
     "capital:Lashkar Gah"),
    ("Zaranj fell to the Taliban, an MP from the province said", "capital:Zaranj"),
    ("Zaranj fell to the Taliban, according to a member of parliament from the province",
     "capital:Zaranj"),
]:  # fmt: skip
    read(text, "taliban", "eq", 1, 1, "count", "units", "units:" + scope, category="sources8")
read("Zaranj fell to government forces, according to provincial lawmakers", "government", "eq",
     1, 1, "count", "units", "units:capital:Zaranj", category="sources8",
     note="the other side: read as written")  # fmt: skip
for text in [
    "The Taliban control half of the districts, provincial officials said",
    "Provincial officials say the Taliban control half of the districts",
    "The Taliban control half of the districts, according to lawmakers from the province",
    "The head of the provincial council of Helmand says Kunduz fell to the insurgents",
    "Zaranj fell to the Taliban, according to lawmakers from the provincial capital",
    "Zaranj fell to the Taliban, according to lawmakers from the province of Kunar",
    "Provincial lawmakers denied that Zaranj fell to the Taliban",
    "Provincial lawmakers rejected claims that Zaranj fell to the Taliban",
    "Zaranj fell to the Taliban, provincial lawmakers denied",
    "The head of the provincial council says Zaranj did not fall to the insurgents",
    "The head of the provincial council says Zaranj may fall to the insurgents",
    "Provincial Narnia lawmakers say Zaranj fell to the Taliban",
    "The head of the provincial council says Narnia fell to the insurgents",
]:
    refuse(
        text,
        "sources8",
        "no place named in the claim, a place named in the speaker, a denial, a negation, a "
        "modal, an unknown name",
    )

# Capitals named several under one plural head, by their province's own name, or with where
# their province lies (capitals8, #8): each name read as its own provincial capital, checked
# on the places data; near misses (a name that is no capital, a plural over one name, a
# province not named by the city's own name, a region word that does not fit) refused.
for text, scope, n in [
    ("The Afghan Taliban also captured the cities of Kunduz and Sar-e-Pul",
     "units:capital:Kunduz+capital:Sar-e Pol", 2),
    ("The Taliban have taken control of the Afghan cities of Kunduz and Sar-e-Pul",
     "units:capital:Kunduz+capital:Sar-e Pol", 2),
    ("The Taliban captured the northern cities of Kunduz, Taloqan and Sar-e-Pul",
     "units:capital:Kunduz+capital:Taloqan+capital:Sar-e Pol", 3),
    ("The provincial capitals of Kunar, Logar and Paktika provinces have fallen to the Taliban",
     "units:capital:Asadabad+capital:Pul-i-Alam+capital:Sharana", 3),
    ("The Taliban captured the capitals of Afghanistan's Badakhshan and Baghlan provinces",
     "units:capital:Fayzabad+capital:Pul-e Khumri", 2),
    ("The Taliban also gained control over Farah city, capital of the eponymous province",
     "units:capital:Farah", 1),
    ("The Taliban captured Sar-e-Pul, in the northern province of the same name",
     "units:capital:Sar-e Pol", 1),
    ("The Taliban overran Zaranj, the provincial capital of Nimruz in southwestern Afghanistan",
     "units:capital:Zaranj", 1),
    ("The Taliban seized Assad Abad, capital of Kunar province in the east",
     "units:capital:Asadabad", 1),
    ("Taliban militants overran Pul-e-Khumri city, capital of northern Baghlan province and "
     "Faizabad city, capital of Badakhshan province",
     "units:capital:Pul-e Khumri+capital:Fayzabad", 2),
]:  # fmt: skip
    read(text, "taliban", "eq", n, n, "count", "units", scope, category="capitals8")
read("The government controls the cities of Kabul and Jalalabad", "government", "eq", 2, 2,
     "count", "units", "units:capital:Kabul+capital:Jalalabad", category="capitals8")  # fmt: skip
for text in [
    "The Taliban captured the cities of Kunduz",
    "The Taliban captured the cities of Kunduz and Imam Sahib",
    "The Taliban captured the cities of Kunduz and Narnia",
    "The Taliban captured the southern cities of Kunduz and Sar-e-Pul",
    "The Taliban captured the cities of Kunduz and Sar-e-Pul and Takhar province",
    "The Taliban did not capture the cities of Kunduz and Sar-e-Pul",
    "The Taliban captured the capitals of Kunar and Narnia",
    "The Taliban captured the capitals of western Kunar and Logar provinces",
    "The Taliban captured the capitals of Kunar and Logar districts",
    "The Taliban also gained control over Lashkar Gah city, capital of the eponymous province",
    "The Taliban also gained control over Narnia city, capital of the eponymous province",
    "The Taliban captured Taloqan, in the northern province of the same name",
    "The Taliban captured Sar-e-Pul, in the southern province of the same name",
    "The Taliban captured the eponymous province",
    "The Taliban overran Zaranj, the provincial capital of Nimruz in northeastern Afghanistan",
    "The Taliban seized Assad Abad, capital of Kunar province in the west",
    "The Taliban captured Kunduz city, capital of Herat province",
    "The Taliban captured Narnia city, capital of Herat province",
    "Taliban militants overran Pul-e-Khumri city, capital of northern Baghlan province and "
    "Faizabad city, capital of Herat province",
    "Taliban militants overran Pul-e-Khumri city, capital of Baghlan province and Narnia",
    "Taliban militants overran Pul-e-Khumri city, capital of northern Baghlan province and "
    "Faizabad city, capital of neighboring Badakhshan province",
]:
    refuse(
        text,
        "capitals8",
        "one name under a plural, no capital, unknown, a region word that does not fit, a "
        "negation, a province not of the city's name, a capital of another province",
    )

# A count of cities with its list after or before a verb of taking, a capital named by its
# province's name in an apposition that says the capital is meant, an indefinite description
# of a named capital, two descriptors before 'city of' (capitals8, #8).
for text, scope, n in [
    ("The provincial capital Lashkar Gah and two major cities, Herat and Kandahar, have also "
     "been captured by the Taliban",
     "units:capital:Lashkar Gah+capital:Herat+capital:Kandahar", 3),
    ("The Taliban captured two major cities, Herat and Kandahar",
     "units:capital:Herat+capital:Kandahar", 2),
    ("Herat and Kandahar have also been captured by the Taliban",
     "units:capital:Herat+capital:Kandahar", 2),
    # was a names7 refusal ('a province named as its own capital'): the apposition says the
    # capital is meant, and the name is the province's own (dev5 h044)
    ("The Taliban captured Maidan Wardak, the capital of Maidan Wardak province",
     "units:capital:Maidan Shar", 1),
    ("The Taliban took control of Mazar-i-Sharif, a crucial northern Afghan city",
     "units:capital:Mazar-i-Sharif", 1),
    ("The Taliban captured Farah, a provincial capital in western Afghanistan",
     "units:capital:Farah", 1),
    ("The Taliban control Kunduz, a northern Afghan city", "units:capital:Kunduz", 1),
    ("The Taliban captured the key northern Afghan city of Mazar-i-Sharif",
     "units:capital:Mazar-i-Sharif", 1),
]:  # fmt: skip
    read(text, "taliban", "eq", n, n, "count", "units", scope, category="capitals8")
for text in [
    "The Taliban captured three cities, Herat and Kandahar",
    "The Taliban captured two cities, Herat and Narnia",
    "The Taliban captured two cities, Herat and Imam Sahib",
    "The Taliban control two major cities, Herat and Kandahar",
    "Government forces now control two major cities - Kabul and Jalalabad",
    "The Taliban have not captured two major cities, Herat and Kandahar",
    "Two major cities, Herat and Kandahar, are under Taliban control",
    "Herat has not been captured by the Taliban",
    "Herat has almost been captured by the Taliban",
    "The Taliban took Helmand, the capital of Kandahar province",
    "The Taliban took Maidan Wardak, the capital of Logar",
    "The Taliban captured Farah, a provincial capital in eastern Afghanistan",
    "The Taliban took control of Mazar-i-Sharif, a crucial southern Afghan city",
    "The Taliban took control of Imam Sahib, a crucial northern Afghan city",
    "The Taliban took control of Narnia, a crucial northern Afghan city",
    "The Taliban captured the key southern Afghan city of Mazar-i-Sharif",
    "The Taliban took control of Mazar-i-Sharif, a crucial northern Afghan district",
    "The Taliban took control of Mazar-i-Sharif, a city held by the government",
]:
    refuse(
        text,
        "capitals8",
        "a count its list does not fill, no capital, unknown, a state verb over a count of "
        "cities, a negation, a hedge, another province's capital, a region word that does not "
        "fit, a district, a second side",
    )

# Where a province lies after it ('the province of Badakhshan in northeastern Afghanistan'), a
# rank pair over 'cities of' two names (capitals8, #8).
for text, scope, n in [
    ("The Taliban said they have captured the province of Badakhshan in northeastern "
     "Afghanistan", "units:province:Badakhshan", 1),
    ("The Taliban captured Badakhshan province in the north of the country",
     "units:province:Badakhshan", 1),
    ("The second and third-largest cities of Herat and Kandahar have fallen to the Taliban",
     "units:capital:Herat+capital:Kandahar", 2),
]:  # fmt: skip
    read(text, "taliban", "eq", n, n, "count", "units", scope, category="capitals8")
for text in [
    "The Taliban captured the province of Badakhshan in southwestern Afghanistan",
    "The Taliban captured Badakhshan province in the south",
    "The Taliban captured the province of Narnia in northeastern Afghanistan",
    "The second and third-largest cities of Herat and Kunduz have fallen to the Taliban",
    "The second and third-largest cities of Herat and Narnia have fallen to the Taliban",
    "The Taliban have not captured the second and third largest cities of Kandahar and Herat",
]:
    refuse(text, "capitals8", "a region word that does not fit, unknown, a rank that does not "
           "fit, a negation")  # fmt: skip

# The side's slot as real reporting writes it (sources8): the side's name with words that
# each name or describe that same side ("the Taliban militant group", "Armed Taliban"), the
# country's own name after "in", "also" before the subject, "Talibani", "immediately".
for text, side in [
    ("The Taliban militant group has overrun Zaranj", "taliban"),
    ("The Taliban terrorist group has captured Zaranj", "taliban"),
    ("Armed Taliban have captured Zaranj", "taliban"),
    ("The Taliban in Afghanistan have captured Zaranj", "taliban"),
    ("Also Taliban captured Zaranj", "taliban"),
    ("Also government forces retook Zaranj", "government"),
    ("Zaranj fell to the Talibani terrorists", "taliban"),
    ("Taliban fighters immediately gained control of Zaranj", "taliban"),
    ("Armed government forces retook Zaranj", "government"),
]:
    read(text, side, "eq", 1, 1, "count", "units", "units:capital:Zaranj", category="sources8")
for text in [
    "The Taliban in Kunduz have captured Zaranj",
    "The Taliban in Pakistan have captured Zaranj",
    "The Pakistani Taliban militant group has captured Zaranj",
    "The ISIS militant group has captured Zaranj",
    "The Taliban government group has captured Zaranj",
    "The Taliban bandit group has captured Zaranj",
    "The Taliban militant group has not captured Zaranj",
    "The Taliban militant group may capture Zaranj",
    "The Taliban militant group failed to capture Zaranj",
    "Armed men have captured Zaranj",
    "The armed group has captured Zaranj",
    "Also Taliban did not capture Zaranj",
    "Taliban fighters immediately lost control of Zaranj",
    "Zaranj fell to the terrorists",
]:
    refuse(
        text,
        "sources8",
        "another place or actor in the slot, another side's word, an unknown word, a "
        "description alone, a negation, a modal, a loss",
    )

# Time phrases (tense8): "currently" is the present, as "now"; a weekday in apposition with a
# date ("on Friday, 6 August 2021") is one day when both name it. (Rows here have no date of
# writing: "earlier in the day" and "today, Wednesday, May 05" are tested with one in
# tests/test_checks_tense8.py.)
for text, side, scope in [
    ("Qala-e-Naw is currently in the hands of government forces", "government",
     "units:capital:Qala-i-Naw"),
    ("Currently, the Taliban control Zaranj", "taliban", "units:capital:Zaranj"),
    ("The Taliban currently hold Zaranj", "taliban", "units:capital:Zaranj"),
    ("Zaranj is currently under Taliban control", "taliban", "units:capital:Zaranj"),
    ("The Taliban are currently in control of Zaranj", "taliban", "units:capital:Zaranj"),
]:  # fmt: skip
    read(text, side, "eq", 1, 1, "count", "units", scope, category="tense8")
for text in [
    "The Taliban controlled 150 districts on Friday, 6 August 2021",
    "On Friday, August 6, 2021, the Taliban controlled 150 districts",
]:
    read(text, "taliban", "eq", 150, 150, "count", "districts", category="tense8")
for text in [
    "Qala-e-Naw is currently besieged by government forces",
    "Qala-e-Naw is currently not in the hands of government forces",
    "Qala-e-Naw is currently almost in the hands of government forces",
    "Qala-e-Naw could currently be in the hands of government forces",
    "Qala-e-Naw is currently in the hands of Narnia forces",
    "Currently, the Taliban besiege Zaranj",
    "Currently, the Taliban do not control Zaranj",
    "Zaranj fell to the Taliban on Thursday, 6 August 2021",
    "The Taliban captured Zaranj on Saturday, August 6, 2021",
    "The Taliban controlled 150 districts on Thursday, 6 August 2021",
    "On Saturday, August 6, 2021, the Taliban controlled 150 districts",
    "Zaranj fell to the Taliban on Friday, 6 August 2021 and on Saturday",
    "Zaranj fell to the Taliban on Friday, 6 August 2021, and Sheberghan on Saturday",
    "Zaranj fell to the Taliban earlier in the day",
    "An official said on Friday that Zaranj fell to the Taliban earlier in the day",
    "The Taliban captured Zaranj today, Friday, August 6",
]:
    refuse(
        text,
        "tense8",
        "not control, negation, hedge, modal, unknown side, a weekday that is not the date's, "
        "two days, no date of writing for a relative day",
    )

# --------------------------------------------------------------------------------------------
# Clauses around a claim that may change who holds what (clauses8): a fight that goes on beside
# the claim (it may be in the claim's own place, then contested), a move against the hold (a
# counter-attack, a retaking, being pushed back, holding out) and a short-lived or temporary
# campaign: refused, where the same clause without them is set aside
for text in [
    "The Taliban have captured Kandahar province as fighting continues",
    "The Taliban have captured Kandahar province amid ongoing fighting",
    "The Taliban control 150 districts as fighting rages",
    "The Taliban control 150 districts, while clashes are still underway",
    "The Taliban have captured Kandahar province amid continuing clashes",
    "The Taliban have captured Kandahar province as fighting goes on",
    "The Taliban have captured Kandahar province while the battle rages on",
    "The Taliban have captured Kandahar province as clashes continue",
    "The Taliban have captured Kandahar province as resistance continues",
    "The Taliban have captured Kandahar province after fierce fighting that continues",
    "The Taliban have captured Kandahar province amid a counteroffensive",
    "The Taliban have captured Kandahar province as the army prepares a counterattack",
    "The Taliban have captured Kandahar province as efforts to retake it continue",
    "The Taliban have captured Kandahar province, only to be pushed back",
    "The Taliban control 150 districts as the capital holds out",
    "The Taliban have captured Kandahar province in a short-lived advance",
    "The Taliban have captured Kandahar province in a temporary advance",
    "The Taliban control 150 districts after a brief offensive",
]:
    refuse(text, "clauses8", "fighting goes on, a move against the hold, or a short-lived gain")
for text in [
    "The Taliban have captured Kandahar province amid heavy fighting",
    "The Taliban control 150 districts amid a surge in wins",
]:
    read(
        text,
        "taliban",
        "eq",
        1 if "Kandahar" in text else 150,
        1 if "Kandahar" in text else 150,
        "count",
        "units" if "Kandahar" in text else "districts",
        "units:province:Kandahar" if "Kandahar" in text else "country",
        category="set-aside",
        note="clauses8: the same clauses with nothing that goes on or turns back: set aside",
    )

# The side's own claim with a noun of control or capture as its object (sources8): "The
# Taliban claimed control of Panjshir", "Taliban claims 'complete capture' of Panjshir": read
# as what it claims, the side named being who said it.
for text, scope in [
    ("The Taliban claimed control of Panjshir province", "province:Panjshir"),
    ("The Taliban claim 'complete capture' of Panjshir province", "province:Panjshir"),
    ("The Taliban claimed the capture of Zaranj", "capital:Zaranj"),
    ("The Taliban have claimed control over Zaranj and Lashkar Gah",
     "capital:Zaranj+capital:Lashkar Gah"),
    ("The Taliban claimed control of Zaranj, officials said", "capital:Zaranj"),
]:  # fmt: skip
    n = scope.count("+") + 1
    read(text, "taliban", "eq", n, n, "count", "units", "units:" + scope, category="sources8")
read("Afghan forces claimed control of Zaranj", "government", "eq", 1, 1, "count", "units",
     "units:capital:Zaranj", category="sources8", note="the other side's claim")  # fmt: skip
for text in [
    "The Taliban denied control of Zaranj",
    "The Taliban claimed partial control of Zaranj",
    "The Taliban claimed control of parts of Zaranj",
    "The Taliban may claim control of Zaranj",
    "The Taliban claimed no control of Zaranj",
    "The Taliban claimed the capture of Narnia",
    "The Taliban claimed the loss of Zaranj",
    "Officials claimed control of Zaranj",
    "The Taliban had claimed control of Zaranj",
    "The Taliban falsely claimed control of Zaranj",
    "The Taliban claimed control of Zaranj was contested",
]:
    refuse(
        text,
        "sources8",
        "a denial, a hedge, a modal, a negation, an unknown name, a loss, no side, a pluperfect "
        "claim, an unread word",
    )

# A fight before a capture in the simple past (clauses8): it says what came before the capture,
# not when a state held; "between" the claim's side and the other side; a siege after "after";
# the manner of a capture ("almost without any fighting", "with no battles or clashes"). Near
# misses: a state in the simple past, a siege now, a party not a side, the same side twice, a
# date or a place in the clause, a fight that goes on, a manner beside a state
for text in [
    "The Taliban captured Kandahar province after fierce fighting with government forces",
    "After heavy fighting, the Taliban took control of Kandahar province",
    "Kandahar province was captured by the Taliban after fierce fighting",
    "Kandahar province fell to the Taliban following days of clashes",
    "The Taliban captured Kandahar province after fierce overnight fighting with Afghan forces",
    "The Taliban took control of Kandahar province after several hours of clashes erupted "
    "between the government forces and Taliban fighters",
    "The Taliban captured Kandahar province after fighting between the security forces and the "
    "Taliban",
    "Kandahar province fell to the Taliban after a monthslong siege",
    "Kandahar province has fallen to the Taliban almost without any fighting",
    "Kandahar province fell to the Taliban with no battles or clashes",
    "Kandahar province fell to the Taliban without firing a shot",
]:
    read(
        text,
        "taliban",
        "eq",
        1,
        1,
        "count",
        "units",
        "units:province:Kandahar",
        category="set-aside",
        note="clauses8: a fight before the capture, or its manner: set aside",
    )
for text in [
    "The Taliban controlled Kandahar province after fierce fighting",
    "The Taliban controlled 150 districts amid fierce fighting",
    "The Taliban captured Kandahar province and held it after fierce fighting",
    "Kandahar province fell to the Taliban amid a siege",
    "The Taliban captured Kandahar province after clashes erupted between Taliban fighters and "
    "the insurgents",
    "The Taliban captured Kandahar province after clashes between government forces and local "
    "militias",
    "The Taliban captured Kandahar province after clashes erupted between ISIS fighters and "
    "government forces",
    "The Taliban captured Kandahar province amid clashes erupted between the government forces "
    "and Taliban fighters",
    "The Taliban captured Kandahar province after fierce fighting on Friday",
    "The Taliban captured Kandahar province after fierce fighting in Herat",
    "The Taliban captured Kandahar province after fierce fighting, but were pushed back",
    "The Taliban captured Kandahar province after one week of clashes",
    "The Taliban captured Kandahar province after a five-day siege",
    "The Taliban control Kandahar province without a fight",
    "Kandahar province almost fell to the Taliban without any fighting",
    "Kandahar province did not fall to the Taliban without a fight",
    "Kandahar province fell to the Taliban without any fighting, but was retaken",
]:
    refuse(
        text,
        "clauses8",
        "a past state, a siege now, a party not a side, a date, a place, a figure, a loss, a "
        "manner beside a state, a hedge or negation of the fall",
    )

# The other side's retreat beside a capture (clauses8): "as government forces retreated", "after
# Afghan security forces withdrew"; beside a state (a change of hands, a919 a1292), the claim's
# own side, an unnamed or foreign party, a place after the verb stay refused
for text in [
    "The Taliban captured Kandahar province as government forces retreated",
    "As government forces retreated, the Taliban captured Kandahar province",
    "Kandahar province fell to the Taliban after Afghan security forces withdrew",
]:
    read(
        text,
        "taliban",
        "eq",
        1,
        1,
        "count",
        "units",
        "units:province:Kandahar",
        category="set-aside",
        note="clauses8: the other side's retreat beside a capture: set aside",
    )
for text in [
    "The Taliban captured Kandahar province as Taliban fighters retreated",
    "Government forces hold Kandahar province as government forces retreated",
    "The Taliban captured Kandahar province after government forces withdrew to Kabul",
    "The Taliban controlled Kandahar province as government forces retreated",
    "The Taliban captured Kandahar province after the soldiers withdrew",
    "The Taliban control 150 districts as government forces retreat",
    "The Taliban captured Kandahar province as government forces retreated and regrouped",
]:
    refuse(
        text,
        "clauses8",
        "the claim's own side, a place, a past state, an unnamed party, a state, more after it",
    )

# A fight at the claim's time beside a named unit held (clauses8): the unit may be the place
# fought over (contested, not held whole): refused; beside a capture or a share: set aside
for text in [
    "The Taliban control Kandahar province amid heavy fighting",
    "The Taliban hold Kandahar province amid heavy clashes with Afghan forces",
    "Amid heavy fighting, the Taliban control Kandahar province",
]:
    refuse(text, "clauses8", "a fight now beside a named unit held: it may be contested")

# Red-team of session 8 (redteam8): near-variants of the forms read today (capitals8: plural
# heads, "the eponymous province", the region after a province, two appositions joined by
# "and"; sources8: a provincial source, the side's described slot, "Talibani", "also",
# "immediately"; tense8: "currently", "earlier in the day", a weekday in apposition). Each read
# row is what the sentence means; each refused row means something the new form does not read
# (another place, a loss, a denial, another actor, a span, a hedge).
for text, side, scope in [
    ("The Taliban captured the capitals of Kunduz and Takhar", "taliban",
     "units:capital:Kunduz+capital:Taloqan"),
    ("The Taliban captured Pul-e-Khumri city, capital of northern Baghlan province and "
     "Badakhshan", "taliban", "units:capital:Pul-e Khumri+province:Badakhshan"),
    ("The Taliban captured Farah city, in the western province of the same name", "taliban",
     "units:capital:Farah"),
    ("The Taliban captured Asadabad, capital of Kunar province in the east of the country",
     "taliban", "units:capital:Asadabad"),
    ("The Taliban captured Zaranj, the provincial capital of Nimruz in the south of the country",
     "taliban", "units:capital:Zaranj"),
    ("The Taliban captured Zaranj, an MP from the province said", "taliban",
     "units:capital:Zaranj"),
    ("Zaranj fell to the Talibani militia", "taliban", "units:capital:Zaranj"),
    ("Also government forces captured Zaranj", "government", "units:capital:Zaranj"),
]:  # fmt: skip
    n = scope.count("+") + 1
    read(text, side, "eq", n, n, "count", "units", scope, category="redteam8")
for text in [
    # capitals8
    "The Taliban captured all but the cities of Kunduz and Sar-e-Pul",
    "The Taliban captured the cities of Kunduz and Sar-e-Pul, except the airport",
    "The Taliban captured the cities of Kunduz or Sar-e-Pul",
    "The Taliban captured the cities of Kunduz and Takhar",
    "The Taliban captured the district capitals of Kunduz and Takhar",
    "The Taliban captured the former capitals of Kunduz and Takhar",
    "The Taliban captured the cities of Kunduz and Sar-e-Pul in Pakistan",
    "The Taliban captured the cities of Kunduz and Sar-e-Pul, officials denied",
    "The Taliban captured the villages of Kunduz and Sar-e-Pul",
    "ISIS-K captured the cities of Kunduz and Sar-e-Pul",
    "Resistance forces captured the cities of Kunduz and Sar-e-Pul",
    "The Taliban captured one of the cities of Kunduz and Sar-e-Pul",
    "The Taliban captured two of the provincial capitals of Kunar, Logar and Paktika",
    "The Taliban captured neither of the cities of Kunduz and Sar-e-Pul",
    "The Taliban captured the road between the cities of Kunduz and Sar-e-Pul",
    "The Taliban captured the capitals of Kunduz and Imam Sahib",
    "The Taliban captured the capitals of Kunduz and Bagram",
    "The Taliban captured the cities of Kunduz and Spin Boldak",
    "The Taliban captured Farah city, in the eastern province of the same name",
    "The Taliban captured Kunduz, capital of the eponymous district",
    "The Taliban captured Sar-e-Pul, outside the northern province of the same name",
    "The Taliban captured Sar-e-Pul, the former capital of the eponymous province",
    "The Taliban captured Ghazni province and its eponymous capital",
    "The Taliban captured Zaranj, the provincial capital of Nimruz in the north of the country",
    "The Taliban captured Zaranj, the provincial capital of Nimruz in southwestern Iran",
    "The Taliban captured Zaranj, the provincial capital of Kunar in the east",
    "The Taliban captured Asadabad, capital of Kunar province in the west",
    "The Taliban captured Pul-e-Khumri city, capital of northern Baghlan province and the "
    "government retook Faizabad",
    "The Taliban captured Pul-e-Khumri, capital of Baghlan province and lost Faizabad",
    "The Taliban captured Pul-e-Khumri, capital of Baghlan province and will take Faizabad",
    "The Taliban captured Pul-e-Khumri, capital of Baghlan province and Faizabad, capital of "
    "Herat province",
    "The Taliban captured Pul-e-Khumri, capital of Baghlan province and not Faizabad",
    # sources8: a provincial source
    "The head of the provincial council says the city of Feroz Koh did not fall to the "
    "insurgents on Friday",
    "The head of the provincial council says the city of Feroz Koh could fall to the "
    "insurgents on Friday",
    "The head of the provincial council says the city of Feroz Koh fell to ISIS-K on Friday",
    "The head of the provincial council says rumours that the city of Feroz Koh fell to the "
    "insurgents are untrue",
    "A provincial council official says the Taliban overran the Nirkh district headquarters, a "
    "claim the Taliban denied",
    "A provincial council official says the Taliban overran the Nirkh district headquarters but "
    "were later driven out",
    "The Taliban overran Nirkh district, an MP from the province denied",
    "An MP from the province said it was false that the Taliban overran Nirkh district",
    "An MP from the province asked whether the Taliban overran Nirkh district",
    "The Taliban control Nirkh district, a senator from the province feared",
    "The Taliban control half of Afghanistan, lawmakers from the province said",
    "Provincial officials have yet to confirm the Taliban captured Nirkh district",
    # sources8: the side's described slot, "Talibani", "also", "immediately"
    "The anti-Taliban militant group has overrun Nirkh district",
    "The pro-Taliban militant group has overrun Nirkh district",
    "The Taliban-allied militant group has overrun Nirkh district",
    "A Taliban splinter group has overrun Nirkh district",
    "The Uzbek militant group has overrun Nirkh district",
    "A rival militant group has overrun Nirkh district",
    "The TTP militant group has overrun Nirkh district",
    "Former Taliban militants have overrun Nirkh district",
    "Taliban defectors have overrun Nirkh district",
    "Armed Taliban opponents have overrun Nirkh district",
    "Armed villagers have overrun Nirkh district",
    "Armed Taliban and ISIS fighters have overrun Nirkh district",
    "Taliban fighters immediately ceded control of Mazar-i-Sharif",
    "Taliban fighters immediately handed control of Mazar-i-Sharif to government forces",
    "Taliban fighters failed to immediately gain control of Mazar-i-Sharif",
    "Taliban fighters almost immediately gained control of Mazar-i-Sharif",
    "Zaranj fell to the anti-Talibani forces",
    "Zaranj was retaken from the Talibani terrorists",
    "Zaranj fell to the Talibani government",
    "Also Taliban did not capture Zaranj",
    "Also ISIS captured Zaranj",
    # tense8
    "The Taliban captured Zaranj after Friday, 6 August",
    "The Taliban captured Zaranj around Friday, 6 August",
    "The Taliban captured Zaranj between Thursday, 5 August and Friday, 6 August",
    "Government forces retook Zaranj on Saturday, 7 August, a day after the Taliban captured "
    "it on Friday, 6 August",
    "The Taliban captured five districts in the week ending Friday, 6 August",
    "The Taliban currently hold the outskirts of Zaranj",
    "The Taliban currently captured Zaranj on Monday",
    "Qala-e-Naw is currently partly in the hands of government forces",
    "The Taliban do not currently hold Zaranj",
    "Dihrawud district fell to the insurgents earlier in the day, the official said in a "
    "statement dated August 6",
    "KABUL, Friday (Reuters) - Zaranj fell to the Taliban earlier in the day",
    "Dihrawud district was retaken from the insurgents earlier in the day",
]:
    refuse(
        text,
        "redteam8",
        "near-variant of a form read today: another place, a loss, a denial, another actor, "
        "a span, a hedge, a negation, a modal",
    )

# redteam8 on clauses8: a fight that goes on, said by its adjective ("amid unabated
# fighting", "amid escalating clashes"), by a relative clause after a comma ("after days of
# fierce fighting, which continues"), and a move against the hold ("as the army regroups"):
# refused as "as fighting continues" is; the same clauses with nothing going on stay set aside.
for claim in ["The Taliban control 150 districts", "The Taliban have captured Kandahar province"]:
    for clause in [
        "amid unabated fighting",
        "amid relentless fighting",
        "amid escalating fighting",
        "amid intensifying clashes",
        "amid mounting clashes",
        "amid unending fighting",
        "amid incessant clashes",
        "amid constant fighting",
        "after days of fierce fighting, which goes on",
        "after days of fierce fighting, which continues",
        "amid heavy fighting, and the army is regrouping",
        "as the army regroups",
    ]:
        refuse(f"{claim} {clause}", "redteam8", "clauses8: a fight that goes on, a move back")

# An official of a province named in who said it (sources8): "..., Roh Gul Khairzad, the deputy
# governor of Nimroz, told AFP": set aside only when every unit of the claim lies in that
# province.
for text, scope in [
    ("Zaranj has fallen to the Taliban, Roh Gul Khairzad, the deputy governor of Nimroz, told "
     "reporters", "capital:Zaranj"),
    ("Lashkar Gah fell to the Taliban, Ali Khan, the police chief of Helmand province, said",
     "capital:Lashkar Gah"),
    ("Nimroz province has fallen to the Taliban, Roh Gul Khairzad, the deputy governor of "
     "Nimroz, said", "province:Nimroz"),
]:  # fmt: skip
    read(text, "taliban", "eq", 1, 1, "count", "units", "units:" + scope, category="sources8")
for text in [
    "Zaranj has fallen to the Taliban, Roh Gul Khairzad, the deputy governor of Helmand, said",
    "Zaranj and Lashkar Gah have fallen to the Taliban, Roh Gul Khairzad, the deputy governor "
    "of Nimroz, said",
    "The Taliban control half of the districts, Roh Gul Khairzad, the deputy governor of "
    "Nimroz, said",
    "Zaranj has not fallen to the Taliban, Roh Gul Khairzad, the deputy governor of Nimroz, said",
    "Zaranj has fallen to the Taliban, Roh Gul Khairzad, the deputy governor of Nimroz, denied",
    "Zaranj has fallen to the Taliban, Roh Gul Khairzad, the deputy governor of Narnia, said",
    "Zaranj may fall to the Taliban, Roh Gul Khairzad, the deputy governor of Nimroz, said",
]:
    refuse(
        text,
        "sources8",
        "a unit outside the speaker's province, a figure, a negation, a denial, an unknown "
        "province, a modal",
    )

# A weekday without "on", "last night", and days counted from an event told elsewhere
# (tense8). Read with a date of writing (tests/test_checks_tense8.py: "fell to the Taliban late
# Sunday", "Sunday night", "The Taliban late Sunday captured ...", "last night"); here, none
# is given, and these stay refused whatever the date.
for text in [
    "Zaranj fell to the Taliban overnight Saturday",
    "The Taliban captured 10 districts overnight Sunday",
    "Zaranj fell to the Taliban Saturday overnight",
    "The day before, the Taliban had seized Zaranj",
    "The day before, the Taliban seized Zaranj",
    "A day before, the Taliban had captured Kandahar and Herat",
    "Just hours earlier the Taliban had captured Kandahar",
    "The previous day, the Taliban seized Zaranj",
    "Two days earlier, the Taliban captured 10 districts",
    "Zaranj fell to the Taliban late Sunday",
    "The Taliban late Sunday captured 10 districts",
    "The Taliban captured 10 districts last night",
    "The Taliban captured 10 districts by Sunday",
    "The Taliban late Sunday besieged Zaranj",
    "The Taliban late Sunday did not capture Zaranj",
]:
    refuse(
        text,
        "tense8",
        "a night named by a weekday (which night?), a day counted from an event told in "
        "another sentence, a relative day with no date of writing, 'by' a weekday, not "
        "control, negation",
    )

# --------------------------------------------------------------------------------------------
# An ordinal of capitals over a span after an event (owner, fresh4 f4203): 'the first
# provincial capital to fall ... after the withdrawal of foreign troops' is not the first ever
for text in (
    "This is the first provincial capital to fall to the Taliban after the withdrawal of "
    "foreign troops from Afghanistan",
    "Zaranj is the first provincial capital to fall to the Taliban following the start of the "
    "US withdrawal",
    "The Taliban captured their first provincial capital after the withdrawal began",
    "Sheberghan is the second provincial capital to fall to the Taliban in the wake of the "
    "foreign pullout",
):
    refuse(text, "ordinals8", "an ordinal over a span from an event whose day is not given")

# --------------------------------------------------------------------------------------------
# A month's abbreviation with a full stop (owner, session 10): AP and Reuters write "Aug. 6",
# "Sept. 12"; read as the day, and what the sentence says around it is read or refused as
# without the stop (named units with a date need the date of writing: tests/test_checks_months9)
read("The Taliban controlled 150 districts as of Sept. 1, 2021", "taliban", "eq", 150, 150,
     "count", "districts", category="months9")  # fmt: skip
read("On Aug. 15, 2021, the Taliban held 26 of the 34 provincial capitals", "taliban", "eq", 26,
     26, "count", "capitals", den="34", category="months9")  # fmt: skip
read("By Aug. 1, 2021, the Taliban controlled half of the districts", "taliban", "eq", 0.5, 0.5,
     "share", "districts", category="months9")  # fmt: skip
for text in (
    "The Taliban did not control 150 districts as of Sept. 1, 2021",
    "The Taliban may control half of the districts by Sept. 1, 2021",
    "The Taliban lost 150 districts on Aug. 6, 2021",
    "The Taliban controlled 150 districts on Aug. 6, 2021 and 200 districts on Aug. 9, 2021",
):
    refuse(text, "months9", "a negation, modal, loss or two dates beside 'Aug. 6'")

# --------------------------------------------------------------------------------------------
# The claim's side's own assault before a capture, a toll of both sides in a fight before it,
# and "according to" after a clause set aside (clauses9): "fell to the Taliban after a
# multipronged assault launched by insurgents, according to a lawmaker", "have captured X after
# fierce fighting in which both sides suffered casualties". Near misses: an assault going on
# ("amid"), by another party, failed or countered, beside a past state, a fight that goes on,
# a place in the clause, the fight's result a loss
for text in [
    "Aybak fell to the Taliban after a coordinated assault launched by the militants",
    "The Taliban seized Pul-e-Khumri following a major offensive",
    "Taloqan was captured by the Taliban after a multi-pronged attack by Taliban fighters",
    "The Taliban have taken Aybak after heavy clashes in which both sides suffered casualties",
    "Aybak fell to the Taliban after fierce fighting, according to a provincial council member",
]:
    read(
        text,
        "taliban",
        "eq",
        1,
        1,
        "count",
        "units",
        "units:capital:Aybak"
        if "Aybak" in text
        else ("units:capital:Pul-e Khumri" if "Pul-e" in text else "units:capital:Taloqan"),
        category="set-aside",
        note="clauses9: the side's assault or a fight with its toll before the capture: set aside",
    )
for text in [
    "Aybak fell to the Taliban amid a coordinated assault",
    "Aybak fell to the Taliban after a coordinated assault launched by government forces",
    "Aybak fell to the Taliban after a coordinated assault by unknown gunmen",
    "Aybak fell to the Taliban after a failed assault",
    "Aybak fell to the Taliban after a counter-assault",
    "The Taliban controlled Aybak after a major offensive",
    "The Taliban seized Aybak following a major offensive on Taloqan",
    "The Taliban seized Aybak following a major offensive that continues",
    "The Taliban have taken Aybak after heavy clashes in which the army lost the city",
    "The Taliban have taken Aybak after heavy clashes in which both sides suffered "
    "casualties, which continue",
    "Aybak fell to the Taliban after a coordinated assault, according to a lawmaker who "
    "said it was retaken",
    "Aybak did not fall to the Taliban after a coordinated assault, according to a lawmaker",
]:
    refuse(
        text,
        "clauses9",
        "an assault going on, by another party, failed or countered; a past state; a place; a "
        "fight that goes on; a loss; a negation",
    )

# --------------------------------------------------------------------------------------------
# The number now (counts9, dev5 h149, dev6 f4298): "the number of districts under Taliban
# control has exceeded 35" is the count held now, not the rise; "has exceeded / crossed /
# surpassed" N is more than N; "it brings the total of districts fallen to the Taliban to 60"
for text, side, rel, n, measure in (
    ("The number of districts under Taliban control has climbed to 150, according to the Long "
     "War Journal", "taliban", "eq", 150, "districts"),
    ("The number of Taliban-held districts has crossed 200", "taliban", "gt", 200, "districts"),
    ("The number of districts held by the insurgents has reached 120", "taliban", "eq", 120,
     "districts"),
    ("This brings the total number of districts captured by the Taliban to 85", "taliban",
     "eq", 85, "districts"),
    ("The number of districts under government control has dropped to 80", "government", "eq",
     80, "districts"),
    ("The number of districts under the control of the militants has surpassed 100",
     "taliban", "gt", 100, "districts"),
    ("The number of provinces under Taliban control has risen to 2", "taliban", "eq", 2,
     "provinces"),
):  # fmt: skip
    read(text, side, rel, n, n if rel == "eq" else None, "count", measure, category="counts9")
for text in (
    "The number of districts under Taliban control has not reached 150",
    "The number of districts under Taliban control is expected to reach 200",
    "The number of districts under Taliban control has risen by 20",
    "The number of districts under Taliban control has doubled",
    "The number of districts under Taliban control had risen to 150",
    "The number of districts lost to the Taliban has reached 60",
    "The number of districts contested by the Taliban has reached 120",
    "The number of districts under Taliban control has risen to 40%",
    "The number of districts under Taliban control has risen to 150 from 100",
    "The number of districts under Taliban control in Badghis has reached 5",
    "The number of opposition-held districts has crossed 30",
):
    refuse(
        text,
        "counts9",
        "negation, future, a rise by N, no figure, past perfect, loss, contested, a share, "
        "a second figure, a place between noun and verb, an unknown side",
    )

# 'another' before who said it qualifies the source, not the units (counts9, dev6 f4035);
# 'another' before the units stays an increment
read(
    "Another provincial council member said the Taliban took control of Sharana",
    "taliban",
    "eq",
    1,
    1,
    "count",
    "units",
    "units:capital:Sharana",
    category="counts9",
)
read(
    "Another security source confirmed the Taliban now control 150 districts",
    "taliban",
    "eq",
    150,
    150,
    "count",
    "districts",
    category="counts9",
)
for text in (
    "The Taliban seized another district, another official said",
    "Another official said the Taliban seized another 12 districts",
    "Another source said Jaghori district did not fall to the Taliban",
    "Another video from Jaghori after its capture by the Taliban",
):
    refuse(text, "counts9", "an increment beside 'another' speaker, negation, no verb")
# A weekday beside a date naming the same day, "today, June 28", a time of day (tense9). Read
# with a date of writing (tests/test_checks_tense9.py); here none is given (a weekday is not
# resolved), and a weekday naming another day than the date's, "yesterday" beside a date, a
# bound of time ("by 6 pm") stay refused whatever the date.
for text in [
    "HERAT, July 9 (AFP) -- The Taliban seized Qala-e-Naw on Friday",
    "HERAT, July 9, 2021 (AFP) -- The Taliban seized Qala-e-Naw on Thursday",
    "MAZAR-I-SHARIF, August 14, 2021 (Reuters) - Sheberghan fell to the Taliban yesterday",
    "The Taliban captured Sheberghan yesterday, 6 August 2021",
    "The Taliban captured Sheberghan today, August 5, 2021",
    "The Taliban took over Jaghatu district by 6 pm",
    "The Taliban took over Jaghatu district after 9:30 pm",
    "The Taliban took over Jaghatu district since 10:00 am",
    "Government forces surrounded Jaghatu district at around 4 a.m.",
    "The Taliban did not take Jaghatu district at 4 a.m. local time",
]:
    refuse(
        text,
        "tense9",
        "a weekday with no date of writing, or another day than the date's; yesterday beside a "
        "date; a bound of time; not control; negation",
    )

# An adverb of earlier time before a verb of taking named units (tense9): "Earlier, ...",
# "Previously, ...", "the Taliban earlier captured", "had earlier taken": the taking before the
# date of writing, checked as the state it leaves then, as a plain past capture is. Not a state
# then ("previously held"), not a count taken, not beside a date of its own, not a pluperfect
# without the adverb, not in a relative clause, not a change of hands.
for text, scope in [
    ("Earlier, the Taliban captured Sheberghan", "units:capital:Sheberghan"),
    ("Previously, Taliban fighters seized Sheberghan", "units:capital:Sheberghan"),
    ("The insurgents earlier overran Pul-e-Khumri", "units:capital:Pul-e Khumri"),
    ("Taliban militants had earlier taken control of Sheberghan", "units:capital:Sheberghan"),
    ("Earlier, the militants had captured Pul-e-Khumri", "units:capital:Pul-e Khumri"),
]:
    read(text, "taliban", "eq", 1, 1, "count", "units", scope, category="tense9")
read(
    "Earlier, Taliban spokesman Zabihullah Mujahid said that the group had taken full control "
    "of Paktika province",
    "taliban", "eq", 100, 100, "percent", "area", "Paktika", category="tense9",
)  # fmt: skip
for text in [
    "Previously, the Taliban held Sheberghan",
    "The Taliban previously controlled Sheberghan",
    "Earlier, the Taliban controlled Sheberghan",
    "Earlier, the Taliban captured 12 districts",
    "Earlier, the Taliban took control of half of Paktika province",
    "Earlier, the Taliban captured Sheberghan on Friday",
    "Earlier, the Taliban captured Sheberghan last week",
    "The Taliban had earlier captured Sheberghan on 6 August",
    "The Taliban had captured Sheberghan",
    "Government forces retook Sheberghan, which the Taliban had earlier captured",
    "Earlier, the Taliban did not capture Sheberghan",
    "Earlier, the Taliban besieged Sheberghan",
    "Earlier, the Taliban lost Sheberghan",
    "Earlier, officials said the Taliban control Sheberghan",
    "The Taliban had earlier declared that they control 85 percent of the country",
    "Earlier, the Taliban claimed control of Sheberghan",
]:
    refuse(
        text,
        "tense9",
        "a state then, a count taken, a date of its own, a pluperfect alone, a relative "
        "clause, negation, not control, a loss, a state said earlier, a claim of control",
    )

# "overnight" closing a capture of named units (tense9): the night before the date of
# writing, the state it leaves checked on the date of writing; beside another day refused.
read("Taliban fighters seized Pul-e-Khumri overnight", "taliban", "eq", 1, 1, "count", "units",
     "units:capital:Pul-e Khumri", category="tense9")  # fmt: skip
for text in [
    "Taliban fighters seized Pul-e-Khumri yesterday overnight",
    "On 10 August Taliban fighters seized Pul-e-Khumri overnight",
    "Taliban fighters besieged Pul-e-Khumri overnight",
    "Taliban fighters seized Pul-e-Khumri overnight Tuesday",
]:
    refuse(text, "tense9", "overnight beside another day; not control")

# The side's move on another place beside named units (clauses9): "Taliban take Mazar-i-Sharif,
# set sights on Kabul", "as they close in on the capital", fronted "As the insurgents close in
# on Kabul, ...". Near misses: the place inside the claim's province, the other side moving, a
# modal or failed move, a share, an unknown place, a past state dated by the move, two places
_PK = "units:capital:Pul-e Khumri"
for text, scope in [
    ("Taliban capture Ghazni, close in on Kabul", "units:capital:Ghazni"),
    ("The Taliban have seized Pul-e-Khumri as they advance on the capital", _PK),
    (
        "As the insurgents close in on Kabul, the Taliban have taken control of Gardez",
        "units:capital:Gardez",
    ),
    ("The Taliban have seized Pul-e-Khumri, bringing them closer to Kabul", _PK),
    (
        "The Taliban captured Ghazni city as they edge closer to the Afghan capital",
        "units:capital:Ghazni",
    ),
    (
        "The Taliban have captured Gardez as they close in on Kabul, officials said",
        "units:capital:Gardez",
    ),
    ("Taliban seize Qalat, launch assault on Kandahar", "units:capital:Qalat"),
]:
    read(
        text,
        "taliban",
        "eq",
        1,
        1,
        "count",
        "units",
        scope,
        category="set-aside",
        note="clauses9: the side's move on a place outside the units claimed: set aside",
    )
read(
    "Government forces retake Taloqan, push towards Kunduz",
    "government",
    "eq",
    1,
    1,
    "count",
    "units",
    "units:capital:Taloqan",
    category="set-aside",
    note="clauses9: the side's move on a place outside the units claimed: set aside",
)
for text in [
    "Taliban capture Ghazni province, close in on Ghazni city",
    "Taliban capture Kabul province, set sights on Kabul",
    "Taliban capture Paghman district, close in on Kabul",
    "Government forces retake Taloqan as the Taliban advance on Kunduz",
    "The Taliban have seized Pul-e-Khumri as they prepare to advance on the capital",
    "The Taliban have seized Pul-e-Khumri as they fail to close in on Kabul",
    "The Taliban control half of the country as they close in on Kabul",
    "Taliban capture 10 districts, close in on Kabul",
    "Taliban capture Ghazni, set sights on Narnia",
    "The Taliban have seized Pul-e-Khumri as they close in on Kabul, which holds out",
    "The Taliban nearly seized Pul-e-Khumri as they close in on Kabul",
    "The Taliban have seized Pul-e-Khumri as ISIS advances on Kabul",
    "Taliban capture Ghazni, close in on Kabul amid fierce resistance",
    "The Taliban have seized Pul-e-Khumri as they close in on Kabul and Kunduz",
    "The Taliban held Ghazni as they advanced on Kabul",
    "Ghazni was under Taliban control as they advanced on Kabul",
]:
    refuse(
        text,
        "clauses9",
        "the place moved on inside the claim's province, the other side or another actor moving, "
        "a modal or failed move, not named units, an unknown place, a hedge, a past state",
    )

# The side's gains after a comma and foreign troops' withdrawal as background (clauses9): "...,
# making rapid territorial gains as US troops plan to withdraw from the war-torn country by the
# end of the month after 20 years there" (AFP). Near misses: no gains, gains in a region or
# against the other side, the other side's or a foreign retaking, a withdrawal to a place, a past
# state, another date, a fight that goes on, a modal on the gains
read(
    "The Taliban have seized Sheberghan, making swift gains as American forces prepare to leave "
    "the country",
    "taliban",
    "eq",
    1,
    1,
    "count",
    "units",
    "units:capital:Sheberghan",
    category="set-aside",
    note="clauses9: the side's gains and a foreign withdrawal as background: set aside",
)
read(
    "The Taliban now control 11 of the 34 provincial capitals, making rapid gains as NATO troops "
    "withdraw from the war-torn country by the end of the month after two decades of war",
    "taliban",
    "eq",
    11,
    11,
    "count",
    "capitals",
    den="34",
    category="set-aside",
    note="clauses9: the side's gains and a foreign withdrawal as background: set aside",
)
for text in [
    "The Taliban have seized Sheberghan, making no gains",
    "The Taliban have seized Sheberghan, making gains in the north",
    "The Taliban have seized Sheberghan, making gains against government forces",
    "The Taliban have seized Sheberghan as US troops plan to retake it",
    "The Taliban have seized Sheberghan as government troops plan to withdraw",
    "The Taliban have seized Sheberghan as US troops plan to withdraw to Kabul",
    "The Taliban controlled Sheberghan as US troops plan to withdraw",
    "The Taliban have seized Sheberghan as US troops plan to withdraw by the end of the year",
    "The Taliban have seized Sheberghan, making gains as fighting continues",
    "The Taliban have seized Sheberghan, making gains that may not last",
]:
    refuse(
        text,
        "clauses9",
        "no gains, gains somewhere or against the other side, a retaking, a withdrawal to a "
        "place, a past state, another date, a fight going on, a modal",
    )
# A capital and its own province after a comma is an address (counts9, dev6 f4074 'Taliban
# captured Nili, Daykundi, ...'): the city, not the city and the whole province; inside a
# longer list it is refused. 'conquer(ed)' and 'surrendered to' are verbs of taking.
for text, scope in (
    ("Taliban fighters captured Lashkar Gah, Helmand province",
     "units:capital:Lashkar Gah"),
    ("The Taliban seized Taloqan, Takhar", "units:capital:Taloqan"),
    ("Taliban conquer Kunduz city", "units:capital:Kunduz"),
    ("The insurgents have conquered Sheberghan", "units:capital:Sheberghan"),
    ("Officials say Bamyan province has surrendered to the Taliban", "units:province:Bamyan"),
    ("Ghor province surrendered to the Taliban without a fight", "units:province:Ghor"),
):  # fmt: skip
    read(text, "taliban", "eq", 1, 1, "count", "units", scope, category="counts9")
for text in (
    "The Taliban seized Taloqan, Takhar and Kunduz",
    "The Taliban captured Sheberghan, Zaranj, Nimroz province and Kunduz",
    "The Taliban nearly conquered Kunduz city",
    "The Taliban did not conquer Kunduz city",
    "The governor of Bamyan surrendered to the Taliban",
    "Hundreds of soldiers in Kunduz surrendered to the Taliban",
    "Afghan forces in Ghor province surrendered to the Taliban",
    "Bamyan province could surrender to the Taliban",
):
    refuse(
        text,
        "counts9",
        "a capital and its province inside a list, a hedge, negation, a person or forces "
        "surrendering (not a unit), a modal",
    )
# An ordinal's 'the group' refers back to the Taliban named before it (counts9, dev3 f018)
# (read with the date of writing: tests/test_checks_counts9.py)
for text in (
    "Afghan forces retook Aybak on Monday, the first provincial capital the group has retaken",
    "The Taliban seized Aybak on Monday, the sixth provincial capital to fall to the Islamic "
    "State group",
):
    refuse(text, "counts9", "'the group' after the government's claim, another group")

# A claim in curly quotes before who said it (counts9, dev4 g081): read as in straight quotes
read("\u201cThe Taliban have captured Sheberghan,\u201d a provincial council member said",
     "taliban", "eq", 1, 1, "count", "units", "units:capital:Sheberghan",
     category="counts9")  # fmt: skip
for text in (
    "\u201cThe Taliban have not captured Sheberghan,\u201d a provincial council member said",
    "\u201cThe Taliban could capture Sheberghan,\u201d a provincial council member said",
):
    refuse(text, "counts9", "negation, modal inside the quotes")
# A day counted back beside who said it on another day (tense9, redteam8): the speaker's day
# or the writer's? Refused (with a date of writing too: tests/test_checks_tense9.py).
for text in [
    "Officials said on Thursday that Taloqan fell to the Taliban last night",
    "Taloqan fell to the Taliban yesterday, a lawmaker told AP on Monday",
    "A spokesman said Sunday that the Taliban captured Taloqan three days ago",
]:
    refuse(text, "tense9", "a day counted back beside another day of saying")

# A fear for another place after the claim (clauses9): "..., officials said on Thursday, as
# worries grow about the security of the capital Kabul" (Reuters). Near misses: the place in the
# claim's province, a place not named, a modal after it, an unknown place
read(
    "Insurgents have overrun Maimana, officials said on Friday, as fears mount over the fate of "
    "the capital Kabul",
    "taliban",
    "eq",
    1,
    1,
    "count",
    "units",
    "units:capital:Maymana",
    category="set-aside",
    note="clauses9: a fear for a place outside the units claimed: set aside",
)
for text in [
    "Insurgents have overrun Faryab province as fears mount over the fate of Maimana",
    "Insurgents have overrun Maimana as fears mount over the fate of the city",
    "Insurgents have overrun Maimana as worries grow about the security of Kabul, which may fall",
    "Insurgents have overrun Maimana as worries grow about the security of Narnia",
    "Insurgents have overrun 10 districts as worries grow about the security of Kabul",
]:
    refuse(
        text,
        "clauses9",
        "the place in the claim's province, not named, a modal, unknown, beside a count",
    )
# A headline's label naming the country before named units (counts9, dev5 h102)
read("Afghanistan: Taliban fighters seize Kunduz city", "taliban", "eq", 1, 1, "count", "units",
     "units:capital:Kunduz", category="counts9")  # fmt: skip
for text in (
    "Tajikistan: Taliban fighters seize Kunduz city",
    "Afghanistan: Taliban fighters close in on Kunduz city",
    "Afghanistan: Taliban fighters could seize Kunduz city",
):
    refuse(text, "counts9", "another country's label, not control, a modal")

# --------------------------------------------------------------------------------------------
# A count of units taken is not what the side holds (redteam9, on counts9's number now): "the
# number of districts captured by government forces has reached 35" is read as the grammar
# reads "government forces have captured 35 districts" (at least 35; the government held many
# it never lost), not as exactly 35 held; about, or a number that drops, stays refused
for text, side, n, measure in (
    ("The number of districts captured by government forces has reached 35", "government", 35,
     "districts"),
    ("The number of districts seized by the Taliban has reached 120", "taliban", 120,
     "districts"),
    ("The number of provinces overrun by the Taliban has risen to 3", "taliban", 3,
     "provinces"),
):  # fmt: skip
    read(text, side, "ge", n, None, "count", measure, category="redteam9")
for text in (
    "The number of districts captured by the Taliban has reached about 120",
    "The number of districts taken by government forces has dropped to 30",
):
    refuse(text, "redteam9", "a count of units taken: approximate, or a number that drops")
# A distance locating a named capital or province (capitals9, #8): checked on the places data
# (straight line NEAR..FAR times the distance, compass within 45 degrees) and set aside; Kabul,
# measured from, is never the scope
for text, scope in (
    ("Government troops retook Gardez city, about 100 km south of Kabul", "units:capital:Gardez"),
    ("The Taliban overran Charikar, located just 60 kilometres (37 miles) north of the Afghan "
     "capital", "units:capital:Charikar"),
    ("The Taliban seized Jalalabad, which is about 120 km east of Kabul",
     "units:capital:Jalalabad"),
    ("Sharana, the capital of Paktika province, 160 km south of Kabul, fell to the Taliban",
     "units:capital:Sharana"),
    ("The Taliban took Aibak, 120 km east of Mazar-i-Sharif", "units:capital:Aybak"),
    ("The Taliban captured Bamiyan city, some 130 km west of Afghanistan's capital Kabul",
     "units:capital:Bamyan"),
):  # fmt: skip
    side = "government" if text.startswith("Government") else "taliban"
    read(text, side, "eq", 1, 1, "count", "units", scope, category="capitals9")
for text in (
    "The Taliban captured Gardez, 300 km south of Kabul",
    "The Taliban captured Jalalabad, 120 km west of Kabul",
    "The Taliban captured Charikar, 60 km (90 miles) north of Kabul",
    "The Taliban captured Charikar, 60 km north of the capital",
    "The Taliban captured Chak district in Wardak, 60 km west of Kabul",
    "The Taliban are within 20 km of Kabul",
    "The Taliban have not captured Gardez, 100 km south of Kabul",
    "The Taliban could seize Gardez, 100 km south of Kabul",
    "Taliban fighters attacked Gardez, 100 km south of Kabul",
    "The Taliban lost Gardez, 100 km south of Kabul",
):
    refuse(
        text,
        "capitals9",
        "a distance or compass word the places data contradicts, miles that are not the km, "
        "'the capital' alone, a district located, no place before it, negation, modal, not "
        "control, a loss",
    )

# "regional capital Zaranj" (AFP, BBC) read as the provincial capital title; a rank of size and
# "the capital of ..." joined by "and" (capitals9): the rank checked on appositions.RANKS, the
# capital's province and region checked on the places data
for text, side, scope in (
    ("Taliban seize regional capital Kunduz", "taliban", "units:capital:Kunduz"),
    ("Afghan forces retook the regional capital, Lashkar Gah", "government",
     "units:capital:Lashkar Gah"),
    ("Herat, the third-largest city and the capital of the western province of Herat, fell to "
     "the Taliban", "taliban", "units:capital:Herat"),
    ("The Taliban seized Jalalabad, the capital of Nangarhar province and the fifth largest "
     "city in the country", "taliban", "units:capital:Jalalabad"),
):  # fmt: skip
    read(text, side, "eq", 1, 1, "count", "units", scope, category="capitals9")
for text in (
    "Taliban seize regional capital Musa Qala",
    "The Taliban seized Jalalabad, the capital of Nangarhar province and the second largest "
    "city in the country",
    "The Taliban seized Jalalabad, the fifth largest city and the capital of Laghman province",
    "The Taliban seized Jalalabad, the fifth largest city and the capital of the western "
    "province of Nangarhar",
    "The Taliban failed to seize the regional capital Kunduz",
):
    refuse(
        text,
        "capitals9",
        "a title before no capital, a rank that does not fit, a province or region the places "
        "data contradicts, a negation",
    )

# --------------------------------------------------------------------------------------------
# The side a capture was a blow to (sides9, dev6 f4068): "in a major blow to government
# forces" names the side that lost the unit, not a second holder; read when it names the other
# side than the claim's, whole, and nothing else
for text, side, scope in (
    ("Insurgents overran Pul-e Khumri, in a major blow to Afghan security forces",
     "taliban", "units:capital:Pul-e Khumri"),
    ("The Taliban seized Farah city in a fresh setback for government troops", "taliban",
     "units:capital:Farah"),
    ("Afghan forces retook Lashkar Gah in a significant blow to the Taliban, officials said",
     "government", "units:capital:Lashkar Gah"),
    ("The militants took Aybak, another blow to the embattled Afghan government", "taliban",
     "units:capital:Aybak"),
):  # fmt: skip
    read(text, side, "eq", 1, 1, "count", "units", scope, category="sides9")
read(
    "Militants now hold a third of the country, in a serious blow to the Afghan army",
    "taliban", "eq", 1 / 3, 1 / 3, "fraction", "area", category="sides9",
)  # fmt: skip
for text in (
    "The Taliban captured Farah city in a major blow to the Taliban",
    "Afghan forces retook Lashkar Gah in a blow to government forces",
    "The Taliban seized Farah city in a major boost to government forces",
    "The Taliban seized Farah city in a major blow to the resistance",
    "The Taliban seized Farah city in a major blow to ISIS-K",
    "The Taliban seized Farah city in a blow to government forces in Herat",
    "The Taliban seized Farah city in a blow to government forces who retook Kunduz",
    "The Taliban seized Farah city in a blow to government forces and the Taliban",
    "The Taliban seized Farah city in a blow to Afghan and US forces",
    "The Taliban may seize Farah city in a major blow to government forces",
    "The Taliban did not seize Farah city, in a major blow to government forces",
    "The Taliban seized Farah city in a blow to government forces holding 40 districts",
):
    refuse(text, "sides9", "the blow not dealt to the other side whole, or not a capture")

# --------------------------------------------------------------------------------------------
# A pronoun glossed by an editor in square brackets (sides9, dev2 e208: '"They [the Taliban]
# are controlling ... of the territory," Lavrov said'): the side the brackets name
for text, side, low in (
    ('"They [the Taliban] now hold 60% of the territory," the envoy told reporters', "taliban",
     60),
    ("The minister said they [the ANDSF] still control 40 percent of the country", "government",
     40),
    ('"Their [Taliban] fighters control 70% of the land," a diplomat said', "taliban", 70),
):  # fmt: skip
    read(text, side, "eq", low, low, "percent", "area", category="sides9")
for text in (
    '"They [ISIS-K] now hold 10% of the territory," the envoy said',
    '"They [the Taliban and Afghan forces] each hold half of the country," he said',
    '"They [the fighters] now hold 60% of the territory," the envoy said',
    '"They (the Taliban) now hold 60% of the territory," the envoy said',
    '"They [the Taliban] do not hold 60% of the territory," the envoy said',
    '"They [the Taliban] could soon hold 60% of the territory," the envoy said',
    "Afghan forces said they [the Taliban] now hold 60% of the territory",
    "They [the Taliban] and Afghan forces now hold 60% of the territory",
):
    refuse(text, "sides9", "a pronoun glossed by no one side, another actor, or a negation/modal")

# --------------------------------------------------------------------------------------------
# "claimed to capture" (sides9, dev6 f4041: "On Thursday, the Taliban claimed to capture Herat"):
# the side's own claim of a taking done, as "claimed to have captured"
read("The insurgents claimed to capture Maimana, the capital of Faryab", "taliban", "eq", 1, 1,
     "count", "units", "units:capital:Maymana", category="sides9")  # fmt: skip
read("Afghan forces claimed to retake Lashkar Gah", "government", "eq", 1, 1, "count",
     "units", "units:capital:Lashkar Gah", category="sides9")  # fmt: skip
for text in (
    "The Taliban aimed to capture Maimana, the capital of Faryab",
    "The Taliban vowed to capture Kohsan district",
    "The Taliban claimed they would capture Kohsan district",
    "The Taliban claimed to soon capture Kohsan district",
    "The Taliban had claimed to capture Kohsan district",
    "The Taliban claimed to attack Kohsan district",
    "The Taliban claimed to besiege Kohsan district",
    "The Taliban claimed not to capture Kohsan district",
):
    refuse(text, "sides9", "not a claim of a taking done")

# --------------------------------------------------------------------------------------------
# A count of a side's men as the subject of a claim about named units (sides9, dev4 g281: "a
# small number of Taliban took control of Qarqin and Khamab"): the side whose men they are
for text, side, scope in (
    ("Hundreds of Taliban fighters overran Kunduz", "taliban", "units:capital:Kunduz"),
    ("A small number of Taliban took control of Ghazni", "taliban", "units:capital:Ghazni"),
    ("Thousands of Afghan troops retook Lashkar Gah", "government", "units:capital:Lashkar Gah"),
    ("Dozens of the insurgents seized Farah", "taliban", "units:capital:Farah"),
):  # fmt: skip
    read(text, side, "eq", 1, 1, "count", "units", scope, category="sides9")
for text in (
    "Hundreds of civilians overran Kunduz",
    "Hundreds of ISIS fighters overran Kunduz",
    "A group of Taliban fighters overran Kunduz",
    "Hundreds of Taliban and Afghan troops overran Kunduz",
    "Hundreds of Taliban prisoners overran Kunduz",
    "Hundreds of Taliban troops overran Kunduz",
    "Hundreds of Taliban fighters attacked Kunduz",
    "Hundreds of Taliban fighters may overrun Kunduz",
    "Hundreds of Taliban fighters surrendered Kunduz",
    "Hundreds of resistance fighters retook Kunduz",
):
    refuse(text, "sides9", "not a count of one side's men, or not a taking")


# --------------------------------------------------------------------------------------------
# redteam16 (session 16): misreadings found by adversarial sentences and by perturbing the
# readable rows; all were read on main before the fix (tests/test_checks_redteam16.py)

# The side named only as who said it, over a claim whose predicate names no side: "The
# government says seven districts have fallen" was read as the government holding seven
for text in (
    "The government says seven districts have fallen since May 1",
    "The government says seven districts have fallen",
    "The government said that 12 districts have fallen",
    "Government officials say seven districts have fallen",
    "The government admits seven districts have fallen",
    "Seven districts have fallen, the government says",
    "The government says 85 percent of the country has fallen",
    "Government forces say 15 districts have fallen",
    "The government says seven districts have been captured",
    "The government says seven districts have been overrun",
    "The government says 85 percent of the country has been captured",
    "The government says seven districts were taken",
    "The government says seven districts are under control",
    "The government said 85 percent of the country is under control",
    "The Afghan army said 15 districts had been recaptured",
    "The Taliban say seven districts have fallen",
    "The Taliban say seven districts have fallen since May 1",
    "Seven districts have fallen, the Taliban say",
    "The Taliban claim seven districts have fallen",
    "The Taliban say seven districts have been captured",
    "The Taliban said 85 percent of the country is under control",
    "Seven districts fell overnight, Taliban spokesman Zabihullah Mujahid said",
    "Taliban spokesman Zabihullah Mujahid said seven districts had fallen",
):
    refuse(text, "speaker-side16", "the side only as who said it; the claim names no side")
# the claim refers back to who said it, or names its side: read
read("The Taliban said 85 percent of the country had fallen under their control", "taliban",
     "eq", 85, 85, "percent", "area", category="speaker-side16")  # fmt: skip
read("The Taliban claimed that 85% of the country had come under its control", "taliban",
     "eq", 85, 85, "percent", "area", category="speaker-side16")  # fmt: skip
read("The government said 85 percent of the country is in its hands", "government", "eq", 85,
     85, "percent", "area", category="speaker-side16")  # fmt: skip
read("The government says it controls seven districts", "government", "eq", 7, 7, "count",
     "districts", category="speaker-side16")  # fmt: skip

# A question: the "?" was taken whole with a province name, a clause of circumstance or a
# named unit, and the question read as the claim
for text in (
    "The Taliban hold five districts in Herat province?",
    "Taliban fighters now hold five districts in Herat province?",
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
):
    refuse(text, "question16", "a question is not a claim")

# A source the sentence calls exaggerated, dubious or disputed
for text in (
    "Exaggerated reports said the Taliban control 157 districts",
    "Disputed reports said the Taliban control 157 districts",
    "Questionable reports said the Taliban control half of the districts of Herat",
    "Contested claims say the Taliban control 157 districts",
    "Dubious reports said the Taliban had captured Kunduz",
    "Inflated figures show the Taliban control 157 districts",
):
    refuse(text, "discredited16", "a source the sentence discredits")

# A span whose first day names a year and whose second does not
refuse("The Taliban captured 10 districts between June 1, 2020 and June 30", "span16",
       "the second day's year is not said")  # fmt: skip

if __name__ == "__main__":
    out = Path(__file__).with_name("adversarial.csv")
    seen: set[str] = set()
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        n = 0
        for r in rows:
            if r["sentence"] in seen:
                continue
            seen.add(r["sentence"])
            n += 1
            w.writerow({c: r.get(c, "") for c in COLUMNS} | {"id": f"a{n:03d}"})
    print(f"wrote {out}: {n} sentences")
