"""A source the sentence discredits or leaves unconfirmed (redteam15, issue #8).

"Fake reports said the Taliban control 157 districts", "Baseless reports claimed ...",
"Rumours say the Taliban captured Zaranj", "Wrongly, officials said ...", "Unconfirmed reports
said ...": the attribution grammar (attribution.py) takes a sentence's first word for a name
when a reporting verb follows it ("Milley said", "Unconfirmed reports" read as a name and the
verb "reports"), so the discrediting word was set aside as who said it and the claim read as
stated, though the words say it may be false or is only a rumour. The words of this closed
list are refused by name wherever they stand: no reading of the sentence rests on them. "as a
hoax" / "as a rumour" are left to the role reading (circumstance._AS_ROLE), which names them
whole; the closed caveat "but news unverified" (grammar._CAVEAT) is set aside before this.
"""

from __future__ import annotations

import re

DISCREDITED = re.compile(
    r"(?<!\bas\sa\s)(?<!\bas\san\s)\b(?:fake|bogus|baseless|unfounded|unsubstantiated"
    r"|uncorroborated|unconfirmed|unverified|rumou?r(?:s|ed)?|gossip|speculation|speculative"
    r"|propaganda|disinformation|misinformation|hoax(?:es)?|debunked|discredited"
    r"|erroneous(?:ly)?|inaccurate(?:ly)?|incorrect(?:ly)?|fabricated|misleading"
    r"|mistaken(?:ly)?|wrongly|falsely|premature(?:ly)?|retract(?:s|ed|ion)?|liars?"
    # redteam16: "Exaggerated reports said ...", "dubious claims": words that say a source
    # overstates or may be false (not "an exaggeration", which r021 reads as a caveat)
    r"|exaggerated|overstated|inflated|overblown|dubious(?:ly)?|questionable|doubtful"
    r"|spurious|unreliable|implausible)\b"
    # redteam16: "Disputed reports said ...": a source someone disputes ("disputed" alone is
    # a status: "199 districts are disputed")
    r"|\b(?:disputed|contested)\s+(?:reports?|claims?|accounts?|statements?)\b"
)
WHY = (
    "a source the sentence discredits or leaves unconfirmed ({w!r}): the words say the claim "
    "may be false or is only a rumour, so it is not read as a claim that a side holds it"
)

#: "Say the Taliban control 157 districts": an imperative "say" opening the sentence supposes
#: the claim ("say" is otherwise a filler word of who said it, grammar.FILLER_WORDS).
SUPPOSE = re.compile(r"^\W*says?\b")
WHY_SUPPOSE = (
    "a supposition ({w!r}: 'say' with no speaker before it) is not a claim that a side holds "
    "it; not read"
)

#: "Projections show ...", "Simulations show ...", "Guesses say ...", "Allegations say ...": a
#: source that is a forecast, a supposition or an accusation (a closed list), read as a name
#: before a reporting verb by the attribution grammar; what it "shows" is not a claim that a
#: side holds the units on the date.
_HYPOTHETICAL_NOUN = (
    r"(?:projections?|simulations?|predictions?|guess(?:es)?|scenarios?|war\s?games?"
    r"|hypothes[ie]s|assumptions?|allegations?|accusations?|suspicions?|polls?|hopes|dreams?"
    r"|wish(?:es)?)"
)
_SAYS = (
    r"(?:say|says|said|show|shows|showed|shown|suggest|suggests|suggested|claim|claims|claimed"
    r"|indicate|indicates|indicated|put|puts|found|find|finds|estimate|estimates|estimated"
    r"|reveal|reveals|revealed)"
)
#: As the source only: right before a reporting verb ("Projections show ...", "..., US
#: intelligence projections say") or after "according to"; elsewhere the words may describe
#: something else ("warning of dire scenarios", a real report's tail).
HYPOTHETICAL = re.compile(
    rf"\b{_HYPOTHETICAL_NOUN}\s+(?:(?:have|has|had)\s+)?(?:also\s+|now\s+)?{_SAYS}\b"
    rf"|\baccording\s+to\s+(?:[\w.'-]+\s+){{0,3}}{_HYPOTHETICAL_NOUN}\b"
)
WHY_HYPOTHETICAL = (
    "a forecast, supposition or accusation as the source ({w!r}) says what may be, not what a "
    "side holds on the date; not read"
)

#: Where the events are not the world's: "in a novel", "in a dream", "in a simulation", "on
#: paper" (a closed list).
FICTION = re.compile(
    r"\b(?:in|inside)\s+(?:a|an|the|his|her|their|its|one)\s+(?:[a-z-]+\s+)?(?:novel|dream|"
    r"simulation|game|war\s?game|film|movie|story|fiction|fantasy|scenario|exercise)s?\b"
    r"|\bon\s+paper\b"
)
WHY_FICTION = (
    "events placed where they are not the world's ({w!r}: a story, a dream, a simulation) are "
    "no claim that a side holds the units; not read"
)

#: The words a change clause set aside before its state clause (clauses.state_clause) may not
#: carry ("Assuming the Taliban seized three provincial capitals, giving them control of
#: two-thirds ...", "In 2015 the Taliban seized ..."): a supposition, a hedge, a discredited or
#: hypothetical source, fiction, or a year or a month (the state it gave would be that date's).
CHANGE_CLAUSE_BARS = (
    DISCREDITED,
    HYPOTHETICAL,
    FICTION,
    re.compile(
        r"\b(?:assum\w*|suppos\w*|imagin\w*|hypothetical\w*|theoretical\w*|allegedly|purportedly"
        r"|apparently|ostensibly|seemingly|jokingly|sarcastically|ironically|wishful\w*"
        r"|believe[sd]?|think|thinks|thought)\b"
        r"|\b(?:1[89]\d\d|20\d\d|\d{2,4}s)\b"
        r"|\b(?:january|february|march|april|june|july|august|september|october|november"
        r"|december)\b"
    ),
)
