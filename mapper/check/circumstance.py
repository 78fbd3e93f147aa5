"""Clauses that carry no claim, around a readable control clause (issue #8).

Real reporting wraps a control claim in clauses of circumstance and caveats: "The Taliban
say they control 85 percent of Afghanistan's territory *as the militants mount an offensive
amid a US military withdrawal, though the group's claims cannot be independently verified*".
This module is a closed grammar of such clauses. A clause is set aside only when

1. it opens with one of a closed list of leads (below), where it stands: a fronted frame to
   its comma, or a trailing clause running to the end of the sentence (trailing clauses are
   peeled one at a time from the end: "following their offensives ... amid withdrawal of
   American forces" is two);
2. its content cannot change the claim (:func:`_holds_claim`): no figure or quantity word,
   no negation, no modal or past-state word, no date, no compass word and no region word
   after a preposition of place (a place that would narrow the scope), no border or
   population word, no count noun of the boundary set (districts, provinces, provincial
   capitals) unless as a vague increment ("more districts fall"); a control word ("falling
   to", "gains", "grip") only with no actor other than the claim's side (a foreign actor or
   the other side as subject of control is refused);
3. it does not date the claim to another time: with a claim in the simple past ("The Taliban
   controlled 90% of the country as the US invaded") a clause of time or circumstance says
   when, and the state on the date checked is not what is said; refused (a second clause of
   description and a caveat do not date the claim).

Places the gazetteer knows and neighbours are checked by the reader
(:func:`mapper.check.scopes._aside_notes`: a set-aside clause naming one is refused), and the
sides a clause names by :func:`check_sides` once the claim's side is known (a clause naming
another side is refused).

The leads, each with the note "Read as" gives (:data:`KINDS`):

* circumstance: ``as`` (a clause: "as major cities fall"; not "as of", "as well as", "as
  many as" ...), ``amid``, ``while``, ``whilst``;
* sequence: ``after``, ``following``, ``in the wake of``, ``on the heels of``;
  ``days|weeks|months before|after`` (the claim stands now, the event is dated from it);
* concession: ``despite``, ``in spite of``;
* fighting (after a sequence or circumstance lead): ``[brief(ly)|heavy|fierce|days of ...]
  fighting|clashes|battles [with|against <the other side>]`` (:data:`_FIGHT`), the other
  party a side other than the claim's, named whole; ``[erupted] between <one side> and <the
  other>``; after "after" / "following" only, ``a [monthslong] siege`` and the claim's side's
  own ``a [multipronged|major ...] assault|attack|offensive [launched by <the claim's side>]``
  (clauses9); ``in which both sides suffered casualties`` after a fight; beside a capture in the
  simple past too ("The Taliban captured X after fierce fighting": the fight came before it),
  never beside a state in the simple past ("controlled X amid fighting" dates it); a fight that
  goes on ("as fighting continues") or a move against the hold ("a counterattack") is refused;
  the other side's retreat beside a capture (``_RETREAT``: "as government forces retreated"),
  after "after" / "following" naming the claim's own unit left ("after security forces left
  the city without offering any resistance": one named provincial capital or district,
  checked by :func:`check_sides`; circumstance13);
* campaign: ``as part of``, ``in a string|series|wave|spate of``, ``in a (lightning)
  offensive|blitz|sweep|push ...``, fronted ``during|throughout <their> campaign ...``;
* change: ``with <vague subject> <-ing>`` ("with more territories falling to the insurgents
  every day");
* description: ``, and [same-side subject] <verb phrase>`` ("and are pressing on with their
  offensive", "and its fighters were tightening their grip on strategic areas") and a
  closed list of participles (", putting pressure on ...", ", continuing ...");
* frame: fronted ``In a <adjective> revelation|development|move ...,``;
* formula: fronted ``By the grace of Allah (Almighty),``, ``Thanks to God,``.

Around the claim (helper clauses7): captures before it (``following their capture of
Kandahar and Herat``: :func:`prior_captures`, a second claim checked beside the first by the
reader, never set aside), a headline's kicker (``Afghanistan Turmoil:``) and an outlet's name
after a bar (``| Oneindia News``): :func:`headline_frame`. A clause placing its event in the
country ("following their offensives across the conflict-ridden country") is set aside only
beside a claim that names the country itself (:data:`_COUNTRY_IN_CLAIM`).

The side's move on another place (helper clauses9): ``Taliban take Mazar-i-Sharif, set sights
on Kabul``, ``... as they close in on the capital``, ``As the Taliban advance across Afghanistan
making its way to the capital city, ...``, ``..., Kabul next``: :func:`move_on`, a closed list
of verbs of approach, aim or attack and the place (Kabul or "the capital", a provincial capital,
a province); the reader keeps it only beside named units of the mover's side, none in the
province of the place moved on.

Refused rather than set aside (documented in README, "Clauses set aside"): a clause with a
figure ("as the government retook half of them", "with lakhs displaced"), a date ("before
the US withdrawal by August 31"), a bare ``before <event>`` after a state (it may be a past
state), a whole leading event clause with its own figure ("Earlier this week, more than
1,000 Afghan security personnel fled into Tajikistan as ..."), and anything not in the lists.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import obstacles

if TYPE_CHECKING:
    from ..matching import Gazetteer
    from ..vocabulary import Vocabulary
    from .model import ParsedClaim
    from .unit_names import NamedUnit

#: kind -> what "Read as" says of a clause of that kind (after "'<clause>' (...) set aside").
KINDS: dict[str, str] = {
    "circumstance": "a circumstance: what happened at the same time; no figure, place or "
    "other side in it",
    "sequence": "what came before or after; no figure, place or other side in it",
    "concession": "a concession; no figure, place or other side in it",
    "campaign": "the campaign the claim came with; no figure, place or other side in it",
    "change": "an ongoing change with no figure, no place and no other side: not a claim "
    "the checker can check, and it does not change the one checked",
    "description": "a second clause describing what the side does; it holds no claim",
    "frame": "how the report introduces the claim; no claim in it",
    "formula": "a religious formula; no claim in it",
    "blow": "the side the capture was a blow to, the side that lost it; no figure, place or "
    "claim in it",
}

_LOOKBEHIND_NOT_AS = (
    r"(?<!\bwell )(?<!\bsuch )(?<!\bsame )(?<!\bmuch )(?<!\bmany )(?<!\bfar )(?<!\blong )"
    r"(?<!\bsoon )(?<!\bfew )(?<!\blittle )(?<!\bjust )"
)
#: "as" opening a clause, not "as of", "as many as", "as part of" (its own lead), "as if" ...
_AS = (
    _LOOKBEHIND_NOT_AS
    + r"\bas\s+(?!(?:of|part|well|many|much|few|little|far|long|soon|if|though|to|for|per"
    r"|such|a\s+whole|a\s+result|against|opposed|compared|expected|usual|yet|high|large|low"
    r"|big|small|less|the\s+result|is|was|are|were|it\s+stands|things\s+stand|at|in|on"
    r"|by|from|with|recently|late|early|already|planned|agreed|promised|claimed|reported"
    r"|said|stated)\b)"
)
#: Trailing leads: (kind, pattern); the pattern matches at the lead's first word.
_TRAIL: tuple[tuple[str, str], ...] = (
    ("campaign", r"\bas\s+part\s+of\b"),
    ("campaign", r"\b(?:in|with)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:string|series|wave|spate"
     r"|flurry|succession)\s+of\b"),
    ("campaign", r"\bin\s+(?:a|an|their|its)\s+(?:[a-z-]+\s+){0,2}(?:offensive|blitz"
     r"|onslaught|sweep|push|campaign|assault|advance)\b"),
    # "during a surge of victories", "during their offensive": only a campaign's noun (a bare
    # "during the summer / the talks / the ceasefire" would limit the claim's time: not here)
    ("campaign", r"\bduring\s+(?:a|an|the|their|its)\s+(?:[a-z-]+\s+)?(?:(?:surge|string|wave"
     r"|series|spate|flurry)\s+of\s+(?:victories|gains|wins|attacks|advances)|offensive|advance"
     r"|campaign|blitz|sweep|push|onslaught)$"),
    ("circumstance", _AS),
    ("circumstance", r"\b(?:amid|amidst|while|whilst)\b"),
    ("sequence", r"\b(?:after|following|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of)\b"),
    ("sequence", r"\b(?:just\s+|only\s+)?(?:days|weeks|months)\s+(?:before|after)\b"),
    ("concession", r"\b(?:despite|in\s+spite\s+of)\b"),
    # "in a major blow to government forces": the side that lost the unit, named whole and
    # the other side (check_sides); the form is sides._BLOW
    ("blow", r"\b(?:in\s+)?(?:a|another)\s+(?:[a-z-]+\s+){0,2}(?:blow\s+to"
     r"|setback\s+(?:to|for))\b"),
    ("change", r"\bwith\b(?=\s+(?:more|new|further|fresh|other|[a-z-]+)\s+(?:[a-z-]+\s+){0,3}"
     r"[a-z]+ing\b)"),
    ("description", r"\band\b"),
    ("description", r"(?<=,)\s*(?:continuing|pressing|tightening|stepping\s+up|intensifying"
     r"|ramping\s+up|putting\s+(?:further\s+|more\s+|increasing\s+|mounting\s+)?pressure"
     r"|raising|sparking|prompting|fuelling|fueling|heightening|deepening|adding\s+to"
     # "..., making rapid territorial gains": the side's gains, no figure or place (clauses9)
     r"|making(?=\s+(?:[a-z-]+\s+){0,2}gains\b))\b"),
)  # fmt: skip
_TRAIL_RE = [(kind, re.compile(p)) for kind, p in _TRAIL]

#: The words a fronted frame's noun may take before it ("In a shocking revelation", "In a
#: stunning turn of events", "In a separate announcement"): a closed list. An open slot let
#: a frame date the claim ("In a previous / an old / a 2019-style report": the state on the
#: date checked is not the report's) or deny it ("In a fake / debunked / retracted /
#: hypothetical report"); red-team finding (#8).
_FRAME_ADJECTIVES = (
    r"shocking|stunning|surprising|startling|dramatic|major|big|significant|key|important"
    r"|new|latest|fresh|separate|further|brief|short|joint|written|televised|video|audio"
    r"|official|formal|public|rare|unusual|bold|worrying|alarming|troubling|ominous|grim"
    r"|damning|striking|remarkable|sudden|swift|rapid|unexpected|unprecedented|huge"
    r"|serious|severe"
)

#: Fronted frames, to their comma.
_LEAD = re.compile(
    r"^(?:"
    r"(?P<campaign>(?:as\s+part\s+of|during|throughout|in\s+the\s+course\s+of)\s+"
    r"(?:the|their|its|a|an)\s+[^,;:]{1,120}?)"
    r"|(?P<circumstance>(?:as(?!\s+(?:of|per|many|much|well|such|a\s+result|expected|usual"
    r"|reported|said|claimed|stated)\b)|amid|amidst|while|whilst)\s+[^,;:]{1,140}?)"
    r"|(?P<sequence>(?:after|following|in\s+the\s+wake\s+of|in\s+light\s+of)\s+[^,;:]{1,140}?)"
    r"|(?P<concession>(?:despite|in\s+spite\s+of)\s+[^,;:]{1,140}?)"
    r"|(?P<frame>in\s+(?:a|an)\s+(?:(?:"
    + _FRAME_ADJECTIVES
    + r")\s+){0,2}(?:revelation|development|twist|move|blow"
    r"|setback|boost|sign|escalation|statement|announcement|report|update|turn\s+of\s+events"
    r"|disclosure|admission|claim)(?:\s+(?:to|for)\s+[^,;:]{1,60}?)?)"
    r"|(?P<formula>(?:by\s+the\s+grace\s+of|thanks\s+to|thanks\s+be\s+to|praise\s+be\s+to"
    r"|with\s+the\s+help\s+of)\s+(?:allah|god)(?:\s+(?:almighty|the\s+almighty))?"
    r"|alhamdulillah)"
    r")\s*,\s*"
)

# ---- what a clause may not hold -------------------------------------------------------------

_FIGURE = re.compile(
    r"[\d%]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores|lakhs?|crores?|millions?"
    r"|billions?|half|halves|thirds?|quarters?|fourths?|fifths?|percent|per\s+cent|pc|most"
    r"|majority|all|whole|entire|entirety|none|both|only|several|many|few|numerous|handful"
    r"|countless|bulk|much|swathes?|swaths?|parts?|portions?|share|total|vast|huge"
    r"|significant|substantial|large|majority|minority|double|doubled|triple|tripled|twice"
    r"|once|every(?!\s+(?:day|week|night|hour)\b)|each(?!\s+(?:day|week|night)\b))\b"
)
#: "the last district", "the remaining provinces", "the rest of the country": a quantifier
#: only before a territory word (otherwise "its last remaining troops" is the troops').
_TERRITORY = (
    r"(?:districts?|provinces?|provincial|capitals?|centres?|centers?|country|nation|territory"
    r"|territories|land|areas?|regions?|cities|city|towns?|holdouts?|strongholds?)"
)
_LAST = re.compile(rf"\b(?:last|remaining|rest|other)\s+(?:[a-z-]+\s+){{0,2}}{_TERRITORY}\b")
_NEGATION = re.compile(
    r"\b(?:not|never|no|none|nor|neither|without|[a-z]+n't|cannot|fail\w*|unable|yet|far"
    r"|hardly|barely|scarcely|false|untrue|wrong|den(?:y|ies|ied|ying)|free|beyond|rather"
    r"|instead|nothing|nobody|except\w*|outside|excluding|besides|but|save|lack\w*"
    # redteam16: "..., despite the US airstrikes, a claim officials rejected"
    r"|reject\w*|disput\w*|dismiss\w*|refut\w*|contradict\w*)\b"
)
_MODAL = re.compile(
    r"\b(?:might|may|could|would|should|will|shall|can|must|ought|likely|unlikely|probably"
    r"|possibly|perhaps|maybe|expected|poised|set\s+to|about\s+to|going\s+to|threaten\w*"
    r"|aim\w*\s+to|seek\w*\s+to|sought\s+to|tr(?:y|ies|ied|ying)\s+to|plan\w*|hop(?:e|es|ed"
    r"|ing)\s+to|want\w*\s+to|soon|if|unless|whether|once|assume\w*|predict\w*|forecast\w*"
    r"|fear\w*|warn\w*|inshallah|insha'allah)\b"
)
_PAST = re.compile(
    r"\b(?:used\s+to|formerly|previously|earlier|at\s+(?:its|their|the)\s+(?:peak|height)"
    r"|ago|before|prior\s+to|until|till|back\s+in|in\s+the\s+past|then|once)\b"
)
_DATE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight"
    r"|tomorrow|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|year|years|weekend|overnight"
    r"|morning|evening|night|last\s+(?:week|month)|this\s+(?:week|month))\b"
)
_COMPASS = re.compile(
    r"\b(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\b"
    r"(?!-?\s*(?:backed|led|powers?|forces|troops|countries|allies|nations|governments?)\b)"
    r"|\b(?:central|northward|southward|eastward|westward)\b"
)
#: A region word after a preposition of place ("in rural areas", "across the cities"): it may
#: narrow the claim's scope. As a subject or object ("as major cities fall", "grip on
#: strategic areas") it does not locate the claim.
_LOCATED_REGION = re.compile(
    r"\b(?:in|across|throughout|inside|within|around|near|along|into|outside|of|at)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:regions?|areas?|city|cities|towns?|valleys?|villages?"
    r"|countryside|provinces?|districts?|capitals?|frontiers?|hinterland|heartland|parts?)\b"
    r"|\b(?:rural|urban|provincial|district|regional|local)\b"
)
_BORDER_OR_PEOPLE = re.compile(
    r"\b(?:borders?|frontiers?|boundar(?:y|ies)|durand|crossings?|population|people|inhabitants"
    r"|residents|citizens|populace)\b"
)
#: The whole country as where something happens ("as they sweep across the country"): the
#: clause says where, and that may be the claim's scope (widened or restated, the reader
#: cannot tell): not set aside. "from the country" (a withdrawal) does not locate the claim.
_LOCATED_COUNTRY = re.compile(
    r"\b(?:in|across|throughout|around|over|all\s+over|inside|within)\s+(?:the\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:country|nation|afghanistan)\b"
)
#: The claim itself names the country as its scope ("90 percent of Afghanistan's borders", "107
#: of the country's 398 districts", "the Afghan city of Lashkar Gah"), read on the sentence
#: with the dateline and other set-asides blanked: a clause of the closed forms below, placing
#: the side's campaign or the country's situation "across the country", names the same
#: country; it cannot be the scope. Without it ("The Taliban control 85 percent, as they sweep
#: across the country") the clause may be the scope: refused, as before.
_COUNTRY_IN_CLAIM = re.compile(
    r"\bafghanistan['\u2019]s\b|\bof\s+afghanistan\b"
    r"|\b(?:the|this)\s+(?:[a-z-]+\s+)?(?:country|nation)['\u2019]s\b"
    r"|\bof\s+(?:the|this)\s+(?:[a-z-]+\s+)?(?:country|nation)\b"
    r"|\bafghan\s+(?:territory|city|cities|province|provinces|district|districts)\b"
)
#: The clauses placing their event in the country that are set aside beside such a claim: the
#: side's campaign across it ("their offensives across the conflict-ridden country", "(in a
#: string of) attacks across the nation") and the country's situation worsening ("the security
#: situation in the country rapidly deteriorates"). Nothing else.
_COUNTRY_CLAUSE = re.compile(
    r"^(?:(?:their|its)\s+)?(?:[a-z-]+\s+)?(?:offensives?|advances?|attacks|assaults|campaign"
    r"|sweep|push|blitz|onslaught)\s+(?:across|throughout)\s+the\s+(?:[a-z-]+\s+)?"
    r"(?:country|nation)$"
    r"|^the\s+(?:security|humanitarian)\s+situation\s+in\s+the\s+country\s+(?:rapidly\s+"
    r"|quickly\s+|further\s+)?(?:deteriorates|worsens)$"
)
#: A place the reader knows from the sentence before, whatever the preposition ("tightening
#: their grip on the city", "closing in on the provincial capital", "as the capital holds
#: out"): it may be inside the claim's scope (the province claimed is then not held whole).
#: "The Taliban control Kandahar province, tightening their grip on the city" was read as
#: every district of Kandahar held; red-team finding (#8).
_DEFINITE_PLACE = re.compile(
    r"\b(?:the|its|their|this|that)\s+(?:[a-z-]+\s+)?(?:city|capital|town|valley|province"
    r"|district|outskirts|suburbs)\b"
)
#: Words that put the clause's event at another time or make it unreal ("in a previous
#: offensive", "in a failed / hypothetical offensive", "During their former campaign, ..."):
#: beside a claim in the present they say the claim is not about now, or not real. The
#: campaign leads take two open words before their noun; red-team finding (#8).
_EARLIER_OR_UNREAL = re.compile(
    r"\b(?:previous|prior|former|past|earlier|original|initial|failed|aborted"
    r"|temporary|temporarily|short-lived|shortlived|brief|briefly|momentary|fleeting|transient"
    r"|abortive|stalled|thwarted|repelled|foiled|hypothetical|imagined|imaginary|fictional"
    r"|possible|potential|future|proposed|would-be|rumou?red|alleged|fake|bogus|mock|simulated"
    r"|\d{4}s?|[a-z]+-old)\b"
)
#: A fight that goes on beside the claim ("as fighting continues", "while clashes are still
#: underway", "amid ongoing battles", "as the battle rages"): it may be in the claim's own place,
#: which is then contested, not held (clauses8). A fight before the claim (:data:`_FIGHT`) is
#: read before this.
_FIGHT_NOUN = (
    r"(?:fighting|fights?|clashes|clash|battles?|gun\s*battles?|gunfights?|firefights?"
    r"|skirmishes|combat|hostilities|resistance|war|violence)"
)
_ONGOING_FIGHT = re.compile(
    rf"\b(?:ongoing|on-going|continu\w*|persist\w*|raging|still|renewed|fresh"
    # "amid unabated / relentless / escalating fighting": it goes on (redteam8)
    r"|unabated|relentless|unrelenting|escalating|intensifying|mounting|unending|endless"
    rf"|incessant|constant|ceaseless|non-?stop)\s+(?:[a-z-]+\s+)?{_FIGHT_NOUN}\b"
    # "after days of fierce fighting, which continues": the comma of a relative clause
    rf"|\b{_FIGHT_NOUN},?\s+(?:[a-z-]+\s+){{0,3}}?(?:continu\w*|go(?:es)?\s+on|going\s+on"
    r"|rag(?:e|es|ing)|persist\w*|(?:is|are|was|were)\s+(?:still\s+)?(?:underway|under\s+way"
    r"|ongoing|on-going)|underway|spread\w*|resum\w*|intensif\w*|escalat\w*|erupt\w*"
    r"|flar\w*|broke\s+out|break\s+out|breaks\s+out)\b"
)
#: A move against the claim's hold ("as the army prepares a counterattack", "only to be pushed
#: back", "as efforts to retake it continue", "as the city holds out"): the unit may be lost
#: again or never held; any clause holding one is refused (clauses8). ("Despite the claims of
#: resistance" is a concession, set aside; resistance that goes on is :data:`_ONGOING_FIGHT`.)
_COUNTER = re.compile(
    r"\b(?:counter-?\s?(?:attack|offensive|assault|strike|operation)s?|counterattack\w*"
    r"|pushed\s+back|push(?:es|ing)?\s+back|driven\s+(?:out|back)|drive\s+(?:out|back)"
    r"|repel\w*|repuls\w*|retak\w*|retook|recaptur\w*|regain\w*|reclaim\w*"
    r"|hold(?:s|ing)?\s+out|held\s+out|holdouts?"
    # "and the army is regrouping", "as government forces mount a fightback" (redteam8)
    r"|regroup\w*|fight-?\s?backs?)\b"
)

#: Count nouns of the boundary set: in a clause set aside only as a vague increment ("as more
#: districts fall"); any other use may be a second claim ("as the provincial capitals fall").
_COUNT_NOUN = re.compile(
    r"\b(?P<q>[a-z-]+\s+)?(?:districts?|provinces?|provincial\s*capitals?|capitals?"
    r"|district\s+cent(?:re|er)s?|provincial\s+cent(?:re|er)s?)\b"
)
_VAGUE_INCREMENT = {"more", "new", "further", "additional", "fresh"}
#: Words of a state held: a clause holding one says what a side holds (a second claim, even
#: vague: "as militants control more of Afghanistan"), never set aside.
_STATE = re.compile(
    r"\b(?:control(?:s|led|ling)?|hold(?:s|ing)?|held|occup(?:y|ies|ied|ying)|rule[sd]?|ruling"
    r"|sway|hands|in\s+charge|dominat\w*|govern\w*|more\s+of|less\s+of)\b"
)
#: Control words: a clause holding one is a change; set aside only with no actor other than
#: the claim's side (checked by :func:`check_sides`, and foreign actors here).
_CONTROL = re.compile(
    r"\b(?:control\w*|hold\w*|held|captur\w*|seiz\w*|took|take|takes|taken|taking|overr(?:an"
    r"|un)\w*|occup\w*|fell|fall|falls|fallen|falling|retak\w*|retook|recaptur\w*|regain\w*"
    r"|conquer\w*|grab\w*|gain|gains|gained|gaining|win|wins|won|winning|lost|lose|loses"
    r"|losing|grip|hands|sway|rule|rules|ruled|ruling|liberat\w*|surrender\w*|swept|overwhelm\w*"
    r"|stormed|contest\w*|dominat\w*|secur(?:e|ed|es|ing)|annex\w*)\b"
)
_FOREIGN_ACTOR = re.compile(
    r"\b(?:us|u\.s|american|americans|nato|foreign|western|international|coalition|allied"
    r"|british|soviets?|russian|russians|pakistani|iranian|isis|is-k|isis-k|daesh|al-qaeda"
    r"|qaeda|warlords?|militias?|resistance|uprising|commandos|police|army)\b"
)
#: A verb phrase a second clause of description may open with (after its optional subject).
_VP_START = re.compile(
    r"(?:(?:are|is|were|was|have\s+been|has\s+been|had\s+been)\s+(?:now\s+|still\s+|also\s+)?"
    r"[a-z]+ing\b|continu(?:e|es|ed|ing)\b|press(?:es|ed)?\s+(?:on|ahead)\b"
    r"|push(?:es|ed)?\s+(?:on|ahead)\b|keep(?:s)?\s+[a-z]+ing\b|kept\s+[a-z]+ing\b"
    r"|tighten(?:s|ed)?\b|step(?:s|ped)?\s+up\b)"
)
#: The subject a second clause may name: the claim's side by a pronoun or a generic noun.
_SAME_SUBJECT = re.compile(
    r"(?:(?:they|it|he)\s+|(?:its|their)\s+(?:fighters|forces|militants|men|units|commanders)\s+"
    r"|the\s+(?:group|insurgents|militants|movement|taliban|islamists?|fighters)\s+"
    r"|taliban\s+(?:fighters|forces|militants)\s+)?"
)
#: A claim in the simple past (not "has/have seized"): a clause of time or circumstance with
#: it may date it ("controlled 90% of the country as the US invaded").
_PAST_CLAIM = re.compile(
    r"\b(?:controlled|held|captured"
    r"|seized|took|fell|overran|occupied|conquered|gained|won|grabbed|governed|ruled|had|was"
    r"|were|brought|swept|stormed|overwhelmed|extended|established|retook|recaptured|lost"
    r"|liberated|secured|retained|kept|remained|came|ceded|claimed\s+control)\b"
)
_PERFECT = {"has", "have", "'ve", "having", "been"}


def _simple_past(core: str) -> bool:
    """Whether ``core`` holds a claim verb in the simple past (:data:`_PAST_CLAIM`), not a
    present perfect ("has now seized", "have been captured")."""
    for m in _PAST_CLAIM.finditer(core):
        before = re.findall(r"[a-z']+", core[: m.start()])[-3:]
        if not _PERFECT & set(before) or "had" in before:
            return True
    return False


#: Lead words a fronted frame opens with (its content is what follows them).
_LEAD_WORDS = re.compile(
    r"(?:as\s+part\s+of|in\s+the\s+course\s+of|in\s+spite\s+of|in\s+the\s+wake\s+of"
    r"|in\s+light\s+of|by\s+the\s+grace\s+of|thanks(?:\s+be)?\s+to|praise\s+be\s+to"
    r"|with\s+the\s+help\s+of|[a-z]+)\s+"
)
#: A trailing "..., a report by the Long War Journal said Tuesday", "..., according to a
#: lawmaker": who said it, read by the reader (grammar.attributions); the clauses before it
#: are peeled as at the end.
_TRAILING_SAID = re.compile(
    r",\s*(?:[a-z'.-]+\s+){1,10}?(?:said|says|say|reported|reports|told\s+(?:[a-z'.-]+\s*){1,5}"
    r"|added|stated|announced|confirmed|noted|wrote)(?:\s+(?:on\s+)?(?:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|today|yesterday))?\s*$"
    # "..., according to a lawmaker": the same, after "according to" (clauses9)
    r"|,\s*according\s+to\s+(?:[a-z'.-]+\s+){0,6}?[a-z'.-]+\s*$"
)
#: Kinds that say when (a clause of time or circumstance): not with a claim in the simple past.
_DATING = {"circumstance", "sequence", "concession", "campaign", "change"}
_MAX_WORDS = 30


@dataclass(frozen=True)
class Clause:
    """A clause set aside: its span in the prepared sentence, its kind (:data:`KINDS`) and
    whether it holds a control word (its actors are then checked against the claim's side)."""

    start: int
    end: int
    kind: str
    text: str


#: Fighting beside a claim ("after briefly fighting with government forces", "amid heavy
#: clashes with the Taliban"): a fight between the sides says nothing of who holds what. A
#: closed form: a manner or length word, a noun or verb of fighting and, optionally, the other
#: party, which must be a side of the vocabulary other than the claim's (:func:`check_sides`).
#: Nothing else: a place, a figure or a result ("fighting for the city", "fighting in Herat",
#: "fighting that left ...") keeps the clause in the sentence.
#: "the U.S.-backed Afghan government": who backs a side, before its name (circumstance13)
_BACKED = r"(?:(?:u\.s\.?|us|nato|western|american|foreign)-backed\s+)"
_FIGHT_PARTY = r"(?:the\s+)?" + _BACKED + r"?(?:afghan\s+)?[a-z-]+(?:\s+[a-z-]+)?"
_FIGHT = re.compile(
    r"^(?:(?:a\s+)?(?:(?:brief(?:ly)?|short|heavy|heavily|fierce|fiercely|intense|intensely"
    r"|some\s+(?:fierce|heavy|intense)|(?:(?:several|many)\s+)?(?:days|hours|weeks)\s+of"
    r"|overnight|night-time|nighttime|late-night|all-night|(?P<renewed>renewed))\s+){1,3})?"
    r"(?P<noun>fighting|fight|clashes|clashing|battles|battling|gun\s+battles|violence"
    r"|a\s+(?:gun\s+)?battle|(?:a\s+)?(?:(?:long|lengthy|monthslong|month-long|months-long"
    r"|weeklong|week-long|weeks-long|days-long)\s+)?siege)(?P<erupted>\s+erupted)?"
    r"(?:\s+(?:with|against)\s+(?P<other>" + _FIGHT_PARTY + r")"
    r"|\s+between\s+(?P<a>" + _FIGHT_PARTY + r")\s+and\s+(?P<b>" + _FIGHT_PARTY + r"))?"
    # "after fierce fighting in which both sides suffered casualties": a toll of both, not a
    # place or a result of the fight (clauses9)
    r"(?:,?\s+in\s+which\s+both\s+sides\s+(?:suffered|sustained)\s+(?:heavy\s+)?"
    r"(?:casualties|losses))?$"
)
#: The claim's side's own assault before the capture ("fell to the Taliban after a multipronged
#: assault launched by insurgents", "following a coordinated attack"): after "after" /
#: "following" only (clauses9); the party after "by" must be the claim's side, named whole
#: (:func:`check_sides`). "amid an assault" (going on) and an assault by anyone else are not
#: this form; "a counter-assault" and "a failed attack" are refused by their words.
_ASSAULT = re.compile(
    r"^(?:a|an)\s+(?:(?:multi-?pronged|major|massive|large-scale|coordinated|heavy|fierce"
    r"|intense|sustained|fresh|new|final|swift|rapid|lightning|days-long|weeks-long|week-long"
    r"|month-long|monthslong)\s+){0,2}(?:assault|attack|offensive)"
    r"(?:\s+(?:(?:launched|mounted|carried\s+out|led)\s+)?by\s+(?P<by>" + _FIGHT_PARTY + r"))?$"
)
_FIGHT_LEADS = ("sequence", "circumstance")
#: The unit the other side left, named back: "the city" (the claim's one provincial capital),
#: "the district('s) center", "the district" (its one district): checked against the claim's
#: units by :func:`check_sides` (another unit is a second claim; circumstance13).
_LEFT_UNIT = r"the\s+(?:city|district(?:['\u2019]s)?\s+cent(?:er|re)|district)"
#: The other side's retreat beside the claim's gain ("as government forces retreated", "after
#: Afghan security forces withdrew"): the bare verb (no place: "withdrew to Kabul" may say
#: what the other side still holds) or, after "after" / "following", the claim's own unit left
#: ("after security forces left the city without offering any resistance", "after government
#: forces abandoned the district's center"; circumstance13), after "after", "following" or
#: "as"; the party must be the other side, named whole (:func:`check_sides`; clauses8).
_RETREAT = re.compile(
    r"^(?P<other>" + _FIGHT_PARTY + r")\s+(?:had\s+)?(?:suddenly\s+)?(?:(?:retreat(?:s|ed)?"
    r"|withdr(?:ew|aw|aws)|fle(?:d|e|es)|pull(?:s|ed)?\s+(?:out|back))"
    r"|(?:(?:left|abandoned|evacuated|vacated|fled)|(?:retreated|withdrew|fled|pulled\s+out)"
    r"\s+from)\s+(?P<left>" + _LEFT_UNIT + r")(?:\s+without\s+(?:offering\s+|putting\s+up\s+)?"
    r"(?:any\s+)?(?:resistance|a\s+fight))?)$"
)


def _fight(lead: str, body: str) -> re.Match[str] | None:
    """A clause of fighting (:data:`_FIGHT`) after its ``lead``, or ``None``. A siege and clashes
    that "erupted" only after "after" / "following" (before the claim): "amid a siege" says the
    place is besieged now, not held (clauses8)."""
    f = _FIGHT.match(body.strip(" ,."))
    if f is None and (a := _ASSAULT.match(body.strip(" ,."))) is not None:
        return a if lead.strip() in ("after", "following") else None
    if f is None:
        r = _RETREAT.match(body.strip(" ,."))
        if r is None or _FOREIGN_ACTOR.search(r["other"]):
            return None  # "as the US withdraws": a circumstance of the ordinary kind
        if r["left"] is not None:  # the unit left: before the capture only
            return r if lead.strip() in ("after", "following") else None
        return r if lead.strip() in ("after", "following", "as") else None
    if ("siege" in f["noun"] or f["erupted"] or f["renewed"]) and lead.strip() not in (
        "after",
        "following",
    ):
        return None
    if f["erupted"] and f["a"] is None:
        return None
    return f


def fight_parties(clause: str) -> tuple[str, ...] | None:
    """The parties of a clause of fighting (:data:`_FIGHT`) as written: () when none, (other,)
    after "with", (a, b) after "between"; ``None`` when ``clause`` (its lead included) is not
    one."""
    m = re.match(
        r"(?P<lead>after|following|amid|amidst|while|whilst|as)\s+(?P<body>.+)$", clause.strip()
    )
    f = _fight(m["lead"], m["body"]) if m else None
    if f is None:
        return None
    if f.re is _ASSAULT:
        return ()  # the side's own assault: its party is checked by assault_by
    g = f.groupdict()
    if g.get("a") is not None:
        return (g["a"], g["b"])
    return (g["other"],) if g["other"] else ()


#: A verb of taking in the claim: the other side's retreat is set aside only beside one ("The
#: Taliban captured X as government forces retreated"); beside a state ("control half of the
#: country after government forces retreated") it stays refused (a change of hands: adversarial).
_TAKING_VERB = re.compile(
    r"\b(?:captur(?:e|ed|es)|seiz(?:e|ed|es)|took|taken|takes|overr(?:an|un)|fell|fallen|falls"
    r"|conquered|stormed|overwhelmed|retook|retaken|recaptured|gained)\b"
)


def _fight_now_beside_a_unit(clause: str, core: str) -> bool:
    """Whether ``clause`` is a fight at the claim's time ("amid heavy fighting", "while clashes
    ...") beside a claim with no figure and no verb of taking ("The Taliban control Panjwai
    district amid heavy fighting"): the named unit may be the place fought over, contested, not
    held whole; refused (clauses8). Beside a capture ("have captured X amid heavy fighting") the
    fight went with the taking; beside a share or count ("half of the country") it may be
    anywhere."""
    lead = clause.strip().split(" ", 1)[0]
    return (
        lead in ("amid", "amidst", "while", "whilst", "as")
        and fight_party(clause) is not None
        and not retreat(clause)
        and not _TAKING_VERB.search(core)
        and not _FIGURE.search(core)
    )


def retreat(clause: str) -> bool:
    """Whether ``clause`` (its lead included) is the other side's retreat (:data:`_RETREAT`)."""
    m = re.match(r"(?P<lead>after|following|as)\s+(?P<body>.+)$", clause.strip())
    f = _fight(m["lead"], m["body"]) if m else None
    return f is not None and f.re is _RETREAT


def left_unit(clause: str) -> str | None:
    """The unit the other side left in a retreat (:data:`_LEFT_UNIT`, "the city") as written, or
    ``None`` when ``clause`` (its lead included) is not a retreat naming one."""
    m = re.match(r"(?P<lead>after|following)\s+(?P<body>.+)$", clause.strip())
    f = _fight(m["lead"], m["body"]) if m else None
    return f["left"] if f is not None and f.re is _RETREAT else None


def _check_left(text: str, clause: str, left: str, units: tuple[NamedUnit, ...] | None) -> None:
    """Refuse a retreat naming the unit left ("after security forces left the city") unless the
    claim is about one named unit that the words name back: "the city" a provincial capital,
    "the district" or "the district's center" a district. Beside another claim the unit left may
    be another place (a second claim): refused."""
    from .model import ClaimParseError

    kind = "capital" if left.endswith("city") else "district"
    if units is None or len(units) != 1 or units[0].kind != kind:
        raise ClaimParseError(
            text,
            clause,
            f"'{left}' in the other side's retreat is set aside only beside a capture of one "
            f"named {'provincial capital' if kind == 'capital' else 'district'} it names back: "
            "here it may be another place (a second claim); not set aside",
        )


def assault_by(clause: str) -> str | None:
    """The party after "by" of the side's own assault (:data:`_ASSAULT`) as written ("" when
    none), or ``None`` when ``clause`` (its lead included) is not one."""
    m = re.match(r"(?P<lead>after|following)\s+(?P<body>.+)$", clause.strip())
    f = _fight(m["lead"], m["body"]) if m else None
    if f is None or f.re is not _ASSAULT:
        return None
    return f["by"] or ""


def fight_party(clause: str) -> str | None:
    """The other party of a clause of fighting (:data:`_FIGHT`) as written ("" when none; both
    parties joined by 'and' after "between"), or ``None`` when ``clause`` is not one."""
    parties = fight_parties(clause)
    return None if parties is None else " and ".join(parties)


#: Verbs of taking in the simple past ("captured", "took", "fell", "was overrun"): a clause of
#: fighting before such a claim says what came before the capture, not when a state held.
_PAST_TAKING = frozenset(
    [
        *("captured", "seized", "took", "fell", "overran", "conquered", "grabbed", "stormed"),
        *("overwhelmed", "retook", "recaptured", "gained"),
    ]
)
_TAKEN = re.compile(
    r"\s+(?:(?:now|reportedly|finally|also)\s+)?(?:captured|seized|taken|overrun|conquered"
    r"|stormed|overwhelmed|retaken|recaptured)\b"
)


def _past_taking_only(core: str) -> bool:
    """Whether every claim verb in the simple past in ``core`` (:func:`_simple_past`) is a verb
    of taking (:data:`_PAST_TAKING`; "was / were" only before a participle of taking)."""
    for m in _PAST_CLAIM.finditer(core):
        before = re.findall(r"[a-z']+", core[: m.start()])[-3:]
        if _PERFECT & set(before) and "had" not in before:
            continue
        v = m.group(0)
        if v in ("was", "were") and _TAKEN.match(core, m.end()):
            continue
        if v not in _PAST_TAKING:
            return False
    return True


#: Foreign troops' withdrawal, planned or going on, as background ("as US troops plan to
#: withdraw from the war-torn country by the end of the month after 20 years there", "as the
#: US and its allies withdraw"): who leaves is neither side, and its date and plan are the
#: withdrawal's, not the claim's; a closed form after "as" (clauses9). Nothing else may stand
#: in it (a place, a side, a figure other than the 20 years of the war).
_FOREIGN_WITHDRAWAL = re.compile(
    r"^(?:the\s+)?(?:us|u\.s\.?|american|nato|foreign|international|us-led|nato-led|western)"
    r"(?:\s+(?:troops|forces|military|soldiers))?(?:\s+and\s+(?:its|their)\s+(?:nato\s+)?allies)?"
    r"\s+(?:(?:plans?|prepares?|are\s+set|is\s+set|are\s+due|is\s+due|are\s+preparing"
    r"|is\s+preparing)\s+to\s+)?(?:withdraws?|pulls?\s+out|leaves?|complete\s+(?:its|their)"
    r"\s+withdrawal|completes\s+(?:its|their)\s+withdrawal)"
    r"(?:\s+from\s+(?:the\s+)?(?:war-torn\s+|conflict-ridden\s+|war-ravaged\s+)?"
    r"(?:country|afghanistan))?"
    r"(?:\s+by\s+(?:the\s+end\s+of\s+(?:the\s+month|august)|august\s+31|31\s+august"
    r"|september\s+11|11\s+september))?"
    r"(?:\s+after\s+(?:nearly\s+|almost\s+)?(?:20|twenty)\s+years(?:\s+there|\s+of\s+war)?"
    r"|\s+after\s+two\s+decades(?:\s+of\s+war)?)?$"
)


#: "as" before a short noun phrase with no verb ("Taliban capture Zaranj as a lesson / as a
#: hoax / as the prize / as examples"): a role (how the side uses or regards the place, or
#: what the report calls the capture), not a clause of time; it may unsay the capture ("as a
#: hoax", "as a rumour"), so it is never set aside (lead, 5 December). A clause of time has
#: a verb: "as the insurgency continues", "as major cities fall", "as the US withdraws". Read
#: as a role: "as a(n)" and up to three more words; one word ("as examples"); a determiner
#: and up to two words whose last is not a verb form (a form in -s or -ed, or a verb of the
#: closed list: "as their grip weakens", "as troops withdraw").
_AS_ROLE = re.compile(
    r"^(?:an?\s+(?:[\w'-]+\s+){0,2}[\w'-]+"
    r"|[\w'-]+"
    r"|(?:the|their|its|his|her|our|my|this|that)\s+(?:[\w'-]+\s+)?"
    r"(?![\w'-]*(?:s|ed)$)(?!(?:fall|withdraw|advance|continue|mount|rage|close|leave|pull"
    r"|retreat|flee|collapse|crumble|grow|rise|unfold|spread|escalate|intensify)$)[\w'-]+)$"
)


#: Not a role: a pronoun subject ("as they"), an -ing form ("quoted him as saying") or a
#: verb in the past ("as the Soviets withdrew"): a clause, read or refused as it is.
_AS_NOT_ROLE = re.compile(
    r"^(?:they|he|she|it|we|you|u)$|^[\w'-]+ing$|\b(?:withdrew|fell|left|fled|took|began|rose"
    r"|grew|went|came|ran|might|may|could|would|will|did|does|do)$"
)
_AS_LEAD_RE = re.compile(r"(?:^|(?<=[\s,]))" + _AS + r"(?P<body>[^,.;:]+?)\s*(?=[,.;:]|$)")


def as_role(s: str) -> str | None:
    """The words "as <role>" of ``s`` (:data:`_AS_ROLE`: "as a lesson", "as a hoax", "as the
    prize"), or ``None``: never set aside, the reader refuses them by name."""
    end = len(s.rstrip(" ,.;:"))
    for m in _AS_LEAD_RE.finditer(s):
        body = m["body"].strip()
        if not _AS_ROLE.match(body) or _AS_NOT_ROLE.search(body):
            continue
        if m.end("body") >= end or re.match(r"an?\s", body):
            return m.group(0).strip()
    return None


def _holds_claim(lead: str, body: str, kind: str, country_named: bool = False) -> bool:
    """Whether a clause (its ``lead`` words and the ``body`` after them) may hold or change a
    claim (see the module docstring, rule 2); ``country_named``: the claim names the country
    (:data:`_COUNTRY_IN_CLAIM`; a clause placing its event in the country is then no scope)."""
    if len(re.findall(r"[a-z]+", body)) > _MAX_WORDS:
        return True
    if kind == "blow":
        # "in a major blow to government forces": its whole body is checked to be the other
        # side's name (check_sides), "government" there no state held
        return bool(_FIGURE.search(body) or _NEGATION.search(body) or len(body.split()) > 6)
    if kind in _FIGHT_LEADS and _fight(lead, body):
        return False  # the other party is checked to be a side (check_sides)
    if lead.strip() == "as" and _FOREIGN_WITHDRAWAL.match(body.strip(" ,.")):
        return False
    if lead.strip() == "as" and _AS_ROLE.match(body.strip(" ,.")):
        return True
    if _FIGURE.search(body) or _LAST.search(body) or _NEGATION.search(body):
        return True
    # "weeks before the US plans to withdraw": the modal and "before" are the other event's
    timed = kind == "sequence" and re.match(r"(?:just\s+|only\s+)?(?:days|weeks|months)\b", lead)
    if not timed and (_MODAL.search(body) or _PAST.search(body)):
        return True
    if _DATE.search(body) or _COMPASS.search(body) or _LOCATED_REGION.search(body):
        return True
    if _BORDER_OR_PEOPLE.search(body):
        return True
    if _LOCATED_COUNTRY.search(body) and not (
        country_named and _COUNTRY_CLAUSE.match(body.strip(" ,."))
    ):
        return True
    if _DEFINITE_PLACE.search(body):
        return True
    if _ONGOING_FIGHT.search(body) or _COUNTER.search(body):
        return True
    if _EARLIER_OR_UNREAL.search(f"{lead} {body}"):
        return True
    for m in _COUNT_NOUN.finditer(body):
        if (m["q"] or "").strip() not in _VAGUE_INCREMENT:
            return True
    if _STATE.search(body):
        return True
    return bool(_CONTROL.search(body) and (_FOREIGN_ACTOR.search(body) or kind == "frame"))


def leading(s: str, original: str | None = None) -> Clause | None:
    """The fronted frame of ``s`` (to its comma) that holds no claim, or ``None``.
    ``original``: ``s`` before other set-asides were blanked (its content is checked)."""
    m = _LEAD.match(s)
    if m is None:
        return None
    kind = next(k for k, v in m.groupdict().items() if v)
    text = (original or s)[m.start(kind) : m.end(kind)]
    lead = _LEAD_WORDS.match(text)
    cut = lead.end() if lead else 0
    if _holds_claim(text[:cut], text[cut:], kind):
        return None
    core = s[m.end() :]
    # "After heavy fighting, the Taliban took control of ...": the fight came before the
    # capture; it does not date a state (clauses8)
    before_capture = fight_party(m.group(kind)) is not None and _past_taking_only(core)
    if kind in _DATING and _simple_past(core) and not before_capture:
        return None
    if retreat(m.group(kind)) and not _TAKING_VERB.search(core):
        return None
    if _fight_now_beside_a_unit(m.group(kind), core):
        return None
    return Clause(m.start(), m.end(), kind, m.group(kind))


def _description_ok(body: str) -> bool:
    """Whether "and ..." is a second clause of description: [same-side subject] + a verb
    phrase of the closed list (:data:`_VP_START`)."""
    rest = re.sub(r"^and\s+", "", body)
    subj = _SAME_SUBJECT.match(rest)
    return bool(_VP_START.match(rest[subj.end() if subj else 0 :]))


def trailing(s: str, original: str | None = None) -> list[Clause]:
    """The trailing clauses of ``s`` that hold no claim, peeled from the end (the last first);
    ``s`` is the prepared sentence with earlier set-asides blanked, ``original`` the same
    before blanking (a clause's content is checked there: a date blanked as a date phrase
    inside it still counts)."""
    full = original if original is not None and len(original) == len(s) else s
    out: list[Clause] = []
    end = len(s.rstrip(" ,.;"))
    said = _TRAILING_SAID.search(s[:end])
    if said:  # ", a report by the Long War Journal said Tuesday": read by the reader
        end = said.start()
    while end > 0:
        head = s[:end]
        best: Clause | None = None
        for kind, pat in _TRAIL_RE:
            for m in pat.finditer(head):
                a = m.start()
                body = head[a:end].strip(" ,")
                if not body or not re.search(r"[,\s]$", head[:a] or " "):
                    continue
                if kind == "description" and body.startswith("and") and not _description_ok(body):
                    continue
                if _holds_claim(full[a : m.end()], full[m.end() : end], kind, True):
                    continue
                if kind == "change" and not re.search(r"\b[a-z]+ing\b", body):
                    continue
                if best is None or a > best.start:
                    best = Clause(a, end, kind, body)
        if best is None:
            break
        core = head[: best.start]
        if len(re.findall(r"[a-z]+", core)) < 3:
            break  # nothing left to claim: the "clause" is the sentence
        # "The Taliban captured Panjwai after fierce fighting": the fight came before the
        # capture; it does not date a state ("controlled 90% as the US invaded" does)
        before_capture = fight_party(best.text) is not None and _past_taking_only(core)
        if best.kind in _DATING and _simple_past(core) and not before_capture:
            break
        if retreat(best.text) and not _TAKING_VERB.search(core):
            break
        if _fight_now_beside_a_unit(best.text, core):
            break
        # the separator before the clause (a comma, a dash; "and" joining two clauses of
        # this grammar: "amid a surge in wins and as American troops complete their pullout")
        start = best.start
        # (over the separator as written: a date blanked before it, "within a week, making
        # gains", is the claim's, not the clause's; clauses9)
        while start > 0 and s[start - 1] in " ,-" and full[start - 1] in " ,-":
            start -= 1
        joined = re.search(r"(?:,\s*|\s+)and\s*$", s[:start])
        if joined and best.kind != "description":
            start = joined.start()
        out.append(Clause(start, best.end, best.kind, best.text))
        end = len(s[:start].rstrip(" ,"))
    # a clause placing its event in the country ("across the conflict-ridden country") only
    # beside a claim that names the country itself, checked on what is left once every
    # trailing clause is peeled: the first such clause (from the end) and the clauses peeled
    # after it stay in the sentence otherwise (and are refused as unread)
    if not _COUNTRY_IN_CLAIM.search(s[:end]):
        for i, c in enumerate(out):
            if _LOCATED_COUNTRY.search(full[c.start : c.end]):
                return out[:i]
    return out


def note(kind: str, clause: str) -> str:
    """What "Read as" says of a clause set aside."""
    if kind in _FIGHT_LEADS and retreat(clause):
        return (
            f"'{clause}' (the other side's retreat beside the claim's gain: it says nothing "
            "against who holds what; no figure or place in it) set aside"
        )
    if kind in _FIGHT_LEADS and assault_by(clause) is not None:
        return (
            f"'{clause}' (the side's own assault before the capture: it says how the unit was "
            "taken, not who holds it; no figure or place in it) set aside"
        )
    if kind in _FIGHT_LEADS and fight_party(clause):
        return (
            f"'{clause}' (fighting between the sides: it says nothing of who holds what; no "
            "figure or place in it) set aside"
        )
    if _LOCATED_COUNTRY.search(clause):
        return (
            f"'{clause}' ({KINDS[kind]}, but the country, which the claim names itself: "
            "the clause says where its event happened, not the claim's scope) set aside"
        )
    return f"'{clause}' ({KINDS[kind]}) set aside"


_ACTOR_NOUN = re.compile(
    r"\b(?:forces|troops|soldiers|fighters|militants|insurgents|rebels|men|units|commanders"
    r"|government|authorities|officials)\b"
)


#: Words for an actor opposed to a side: which side is not said, so a clause naming one is
#: never set aside ("amid an offensive by the militants' rivals").
_OPPONENTS = frozenset(
    [
        "rival",
        "rivals",
        "opponent",
        "opponents",
        "enemy",
        "enemies",
        "adversary",
        "adversaries",
        "foe",
        "foes",
    ]
)


#: A generic noun after a side's name in a party of fighting ("Taliban fighters").
_PARTY_NOUN = re.compile(
    r"^(?P<side>.+?)\s+(?:fighters|forces|militants|troops|soldiers|insurgency)$"
)


def _party_side(party: str, vocabulary: Vocabulary) -> str | None:
    """The side a party of fighting names whole ("the government forces", "the Taliban",
    "Taliban fighters": a side's name and a generic noun of the closed list), or ``None``."""
    from .sides import _side_of

    who = re.sub(r"^(?:the\s+)?" + _BACKED + "?", "", party)
    key = _side_of(who, vocabulary)
    if key is None and (m := _PARTY_NOUN.match(who)):
        key = _side_of(m["side"], vocabulary)
    return key


def _check_blow(
    text: str, clause: str, side: str, vocabulary: Vocabulary, on: dt.date | None
) -> None:
    """Refuse a clause "in a major blow to X" (:data:`_TRAIL`, kind "blow") unless it is the
    form :data:`mapper.check.sides._BLOW` and X is the other side than the claim's, named
    whole: the side the capture was a blow to lost the unit; another actor ("a blow to the
    resistance"), the claim's own side or any other word is not that."""
    from .model import ClaimParseError
    from .sides import _BLOW

    body = clause.strip(" ,.")
    for m in re.finditer(r"\s+", body):
        key = _party_side(body[m.end() :], vocabulary)
        if key is not None and key != side and _BLOW.search(" " + body[: m.end()]):
            who = re.sub(r"^(?:the|an?)\s+", "", body[m.end() :])
            why = vocabulary.ambiguous_on(who, on)
            if why is not None:  # "government forces" after 15 August 2021: whose?
                raise ClaimParseError(
                    text, clause, f"{why}: whom the blow was dealt to is not known"
                )
            return
    raise ClaimParseError(
        text,
        clause,
        "a clause 'in a blow to ...' is set aside only when it names the other side than the "
        "claim's, whole (the side that lost the unit)",
    )


def check_sides(
    text: str,
    aside: list[tuple[str, str]],
    side: str,
    vocabulary: Vocabulary,
    on: dt.date | None = None,
    *,
    units: tuple[NamedUnit, ...] | None = None,
) -> None:
    """Refuse when a clause set aside by this grammar names a side other than the claim's
    ``side`` ("as government forces retreat" beside a Taliban claim), or, holding a control
    word, an actor that is not the claim's side ("with more territory falling to the
    fighters": whose?), or a unit left that is not the claim's one named unit (``units``, the
    claim's units; ``None`` beside a claim that is not about named units: :func:`_check_left`)."""
    from .model import ClaimParseError
    from .sides import _side_of

    for kind, clause in aside:
        if not kind.startswith("clause:"):
            continue
        if kind == "clause:blow":
            _check_blow(text, clause, side, vocabulary, on)
            continue
        parties = fight_parties(clause) if kind[len("clause:") :] in _FIGHT_LEADS else None
        if parties is not None and len(parties) == 2:
            # "after clashes erupted between the government forces and Taliban fighters": one
            # party the claim's side, the other the other side, each named whole
            keys = [_party_side(p, vocabulary) for p in parties]
            if None in keys or keys[0] == keys[1] or side not in keys:
                raise ClaimParseError(
                    text,
                    clause,
                    f"{parties[0]!r} and {parties[1]!r} in a clause of fighting are not the "
                    "claim's side and the other side of the vocabulary: who fought is not known; "
                    "not set aside",
                )
            continue
        by = assault_by(clause) if kind[len("clause:") :] in _FIGHT_LEADS else None
        if by:
            # "after a multipronged assault launched by insurgents": the claim's own side
            key = _party_side(by, vocabulary)
            if key != side:
                raise ClaimParseError(
                    text,
                    clause,
                    f"{by!r} in an assault before the capture is not the claim's side ({side}), "
                    "named whole: whose assault it was is not known; not set aside",
                )
            continue
        left = left_unit(clause) if kind[len("clause:") :] in _FIGHT_LEADS else None
        if left is not None:
            _check_left(text, clause, left, units)
        party = parties[0] if parties else ("" if parties is not None else None)
        if party is not None:
            # "after briefly fighting with government forces": the other party must be a
            # side other than the claim's, named whole
            who = re.sub(r"^the\s+", "", party)
            key = _party_side(who, vocabulary) if who else side
            if key is None or (who and key == side):
                raise ClaimParseError(
                    text,
                    clause,
                    f"{party!r} in a clause of fighting is not the other side of the "
                    "vocabulary: whom the side fought is not known; not set aside",
                )
            continue
        words = re.findall(r"[a-z]+(?:-[a-z]+)*", clause)
        covered: set[int] = set()
        for n in (4, 3, 2, 1):
            for i in range(len(words) - n + 1):
                if covered & set(range(i, i + n)):
                    continue
                key = _side_of(" ".join(words[i : i + n]), vocabulary)
                if key is None:
                    continue
                if key != side:
                    raise ClaimParseError(
                        text,
                        clause,
                        f"a clause set aside names {' '.join(words[i : i + n])!r} ({key}), "
                        f"another side than the claim's ({side}); a clause that names the "
                        "other side is not set aside (it may hold a second claim)",
                    )
                covered |= set(range(i, i + n))
        other = next((w for w in words if w in _OPPONENTS), None)
        if other is not None:
            # "amid an offensive by the militants' rivals": an actor opposed to one side,
            # which side is not said; it was set aside as holding "no other side" (review5)
            raise ClaimParseError(
                text,
                clause,
                f"a clause set aside names {other!r}, an actor opposed to a side: it may be "
                "the other side (a second claim); not set aside",
            )
        if not _CONTROL.search(clause):
            continue
        for i, w in enumerate(words):
            if i in covered or not _ACTOR_NOUN.fullmatch(w):
                continue
            if i > 0 and words[i - 1] in ("its", "their"):
                continue  # the claim's side's own men ("its fighters")
            raise ClaimParseError(
                text,
                clause,
                f"a clause set aside with a control word names {w!r}, not the claim's side: "
                "whose control it says is not known; not set aside",
            )


#: Names a clause set aside may hold (capitalised in the sentence as written): actors and
#: words that are never a place of the boundary set. Any other name may be a place the
#: gazetteer does not know ("as fighting rages in Hemland"): the clause is not set aside.
_NAMES_ALLOWED = frozenset(
    [
        *("us", "u.s", "nato", "american", "americans", "afghan", "afghans", "afghanistan"),
        *("taliban", "western", "islamic", "emirate", "allah", "god", "almighty", "sunni"),
        *("muslim", "muslims", "islamist", "islamists", "european", "union", "eu", "un"),
        *("united", "states", "nations", "biden", "washington", "soviet", "soviets", "trump"),
    ]
)


_FUNCTION_WORDS = frozenset(
    [
        *("the", "a", "an", "it", "its", "they", "their", "as", "in", "on", "at", "this"),
        *("that", "these", "those", "but", "and", "while", "amid", "after", "following"),
        *("with", "despite", "by", "during", "for", "from", "of", "to"),
    ]
)


def check_names(text: str, clause: str) -> None:
    """Refuse a clause set aside that holds a name (a capitalised word of ``text``, not its
    first) outside :data:`_NAMES_ALLOWED`: it may be a place the gazetteer does not know."""
    from .model import ClaimParseError

    # a capital after a stop, a dash, a colon, a quote or a bracket opens a sentence part
    # ("KABUL, Afghanistan (AP) — The Taliban ..."); a word also written in lower case in the
    # sentence is no name
    lower = {m.group(0).rstrip(".") for m in re.finditer(r"\b[a-z][a-z'.]*", text)}
    caps = {
        m.group(0).lower().rstrip(".")
        for m in re.finditer(r"\b[A-Z][A-Za-z'.]*", text)
        if not (
            m.group(0).lower() in _FUNCTION_WORDS
            and re.search(r"(?:^|[.!?:;\u2014\u2013\"\u201c(\[-])\W*$", text[: m.start()])
        )
    } - lower
    for w in re.findall(r"[a-z][a-z'.]*", clause):
        w = w.rstrip(".")
        if w in caps and w not in _NAMES_ALLOWED:
            raise ClaimParseError(
                text,
                w,
                "a clause of time or circumstance that holds a name the checker does not know "
                "is not set aside (it may be a place, and then the claim's scope)",
            )


# ---- around a claim about named units: the manner of a capture, where the unit lies ----------


#: "..., (that too,) without a fight": how a unit was taken, at the end of the sentence or,
#: quoted or not, before a comma (the rest read as written: 'fell to the Taleban "without a
#: fight", according to its deputy governor'; session 11); also
#: "almost without any fighting", "without any clashes", "without firing a shot", "with no
#: battles or clashes", "with little resistance" (clauses8), "without violence / a struggle /
#: a shot" (circumstance13): the fight it negates or lessens,
#: not the capture. A hedge ("almost", "largely") is of the fight only.
def _manner(body: str, *, dated: bool = False) -> re.Pattern[str]:
    """A manner ``body`` after the capture, at the end of the sentence or before a comma,
    quoted or not; ``dated``: also before the day that ends the sentence (:data:`_DAY_LAST`)."""
    day = r"|(?=\s+" + _DAY_LAST + r")" if dated else ""
    return re.compile(
        r"(?:\s*,\s*(?:that\s+too\s*,\s*)?|\s+)(?P<o>[\"\u201c\u2018']?)(?P<m>" + body + r")"
        r"(?P<q>[\"\u201d\u2019']?)(?:\s*[.!]?\s*$|(?=\s*,\s*\S)" + day + r")",
        re.IGNORECASE,
    )


#: "fell to the Taliban without violence late Saturday": the day of the capture after its
#: manner, ending the sentence or before a comma (the rest read as written); a closed form (a
#: weekday, "today" or "yesterday", "late" or "early" before it, a part of the day after it).
#: The manner is of the capture itself, so the day is the capture's (not so after "after heavy
#: fighting": the fight's day, not read so).
_DAY_LAST = (
    r"(?:(?:late|early)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?(?:\s*[.!]?\s*$|\s*,\s*\S)"
)


_MANNER = _manner(
    r"(?:(?:almost|virtually|largely|mostly"
    r"|practically)\s+)?(?:without\s+(?:a\s+fight|(?:any\s+)?fight(?:ing)?|(?:any\s+|much\s+)?"
    r"resistance|(?:any\s+)?(?:clashes|bloodshed|violence|conflicts?)|(?:a|any)\s+struggle"
    r"|a\s+battle|a\s+(?:single\s+)?shot(?:\s+(?:being\s+)?fired)?"
    r"|firing\s+a\s+(?:single\s+)?(?:shot|bullet)|encountering\s+(?:any\s+|much\s+)?"
    r"resistance)|with\s+(?:no|little|hardly\s+any)\s+(?:fighting|resistance|bloodshed|clashes"
    r"|violence|(?:battles?|fighting)\s+or\s+clashes))",
    dated=True,
)
#: "after two weeks of heavy fighting", "after fierce night-time fighting with Afghan
#: government forces" (session 12): the fight before the capture, not a contest of the unit
#: taken; set aside only when what is left reads as a capture of named units (else the
#: sentence is read as it was without it, :func:`around_units` with ``fight=False``).
_AFTER_FIGHTING = _manner(
    r"(?:after|following)\s+(?:(?:some|several|two|three|four|five|a\s+few|days|weeks"
    r"|months|hours)\s+(?:of\s+)?){0,2}(?:(?:heavy|fierce|intense|bitter|overnight|night-time"
    r"|nighttime|days-long|weeks-long)\s+){0,2}fighting(?:\s+with\s+(?:the\s+)?(?:afghan\s+)?"
    r"(?:(?:government|security|army|national)\s+)?(?:forces|troops|soldiers)"
    r"|\s+with\s+(?:the\s+)?taliban(?:\s+(?:fighters|militants))?)?"
)
#: "Logar province, which is not very far from Kabul, fell ...": where the unit lies (the
#: capital only), between commas.
_NEAR_CAPITAL = re.compile(
    r",\s*(?P<m>which\s+is\s+(?:not\s+(?:very\s+)?far\s+from|(?:very\s+)?close\s+to|near)\s+"
    r"(?:kabul|the\s+capital(?:\s*,\s*kabul)?))\s*,",
    re.IGNORECASE,
)
#: "fell (to the Taliban)": an editor's insertion naming to whom, read as written without the
#: brackets.
_BRACKETED_AGENT = re.compile(
    r"\b(?P<v>fell|fallen|falls)\s+[(\[](?P<a>to\s+[^()\[\],;]{1,40})[)\]]", re.IGNORECASE
)


@dataclass(frozen=True)
class AroundUnits:
    """The sentence without the parts around a claim about named units, what was taken out
    (the manner of the capture: only after a verb of taking) and the notes."""

    text: str
    manner: str
    notes: tuple[str, ...]
    #: the manner is the fight before the capture ('after heavy fighting')
    fight: bool = False


def around_units(text: str, *, fight: bool = True) -> AroundUnits | None:
    """ "On August 14, Logar province, which is not very far from Kabul, fell to the Taliban,
    that too, without a fight": the sentence without the manner of the capture and where the
    unit lies, or ``None`` when it has neither (the reader keeps it only for a capture of named
    units)."""
    t = text.strip()
    notes: list[str] = []
    manner = ""
    m = _MANNER.search(t)
    fought = False
    if m is None and fight:
        m = _AFTER_FIGHTING.search(t)
        fought = m is not None
    if m:
        manner = m["m"]
        notes.append(
            f"'{manner}' (the fight before the capture, not a contest of the unit taken) set aside"
            if fought
            else f"'{manner}' (how the unit was taken: it negates a fight, not the capture; no "
            "figure, place or side in it) set aside"
        )
        if bool(m["o"]) != bool(m["q"]):
            return None  # a quotation opened or closed elsewhere: not the manner alone
        rest = t[m.end() :].strip()
        # at the end of the sentence, or mid-sentence before a comma ('fell to the Taleban
        # "without a fight", according to its deputy governor, ...'): the rest is read as written
        # ("without violence late Saturday": the day that ends the sentence stays with it)
        t = t[: m.start()].rstrip(" ,") + (
            rest if rest.startswith(",") else f" {rest}" if rest.strip(" .!") else "."
        )
    n = _NEAR_CAPITAL.search(t)
    if n:
        notes.append(f"'{n['m']}' (where the unit lies) set aside: it locates it, not checked")
        t = t[: n.start()] + t[n.end() - 1 :].lstrip(",")
    b = _BRACKETED_AGENT.search(t)
    if b:
        notes.append(f"'({b['a']})' (an editor's insertion: to whom) read without the brackets")
        t = t[: b.start()] + f"{b['v']} {b['a']}" + t[b.end() :]
    if not notes:
        return None
    return AroundUnits(re.sub(r"\s+", " ", t).strip(), manner, tuple(notes), fought)


# ---- "..., following their capture of Kandahar and Herat, ...": captures before the claim -------

#: A name of the list: one to three capitalised words ("Herat", "Lashkar Gah", "Mazar-e-Sharif").
_NAME = r"[A-Z][A-Za-z'\u2019-]*(?:\s+[A-Z][A-Za-z'\u2019-]*){0,2}"
#: "following/after (their|its|the) capture|seizure|takeover of X (, Y) and Z", "after capturing
#: X and Y": what the side took before the claim, named; a clause between commas or at the
#: end, after the claim (a fronted one may date the claim: not read). Not "the fall of"
#: (to whom?), not a recapture, not a hedge or a date (the names must end the clause).
_PRIOR_CAPTURE = re.compile(
    r"(?:\s*,\s*|\s+)(?P<c>(?:following|after)\s+(?:(?:(?:their|its|the)\s+)?(?:capture|seizure"
    r"|takeover)\s+of|capturing|seizing|taking\s+(?:over|control\s+of))\s+(?P<u>"
    + _NAME
    + r"(?:\s*,\s*"
    + _NAME
    + r")*(?:\s*,?\s+and\s+"
    + _NAME
    + r")?))(?P<end>\s*,\s*(?=\S)|\s*[.!]?\s*$)"
)


@dataclass(frozen=True)
class PriorCaptures:
    """The sentence without a clause of captures before the claim, the clause and its units."""

    text: str
    clause: str
    units: str
    #: "following the capture of X": whose capture the sentence does not say
    unowned: bool = False


def prior_captures(text: str) -> PriorCaptures | None:
    """ "Taliban fighters have taken the Afghan city of Lashkar Gah, following their capture of
    Kandahar and Herat, as ...": the sentence without the clause, or ``None``. The reader
    checks the units it names beside the claim (a second claim), never skips them."""
    m = _PRIOR_CAPTURE.search(text)
    if m is None or len(re.findall(r"[A-Za-z]+", text[: m.start()])) < 3:
        return None
    # "Government forces retook Kandahar, following the capture of Ghazni": whose capture is
    # not said (it was checked as the claim's side's: red-team finding, #8); a possessive
    # ("their capture") or a gerund ("after capturing") has the claim's own subject
    unowned = re.match(r"(?:following|after)\s+(?:the\s+)?(?:capture|seizure|takeover)\b", m["c"])
    rest = text[m.end() :]
    joined = f"{text[: m.start()]}, {rest}" if rest.strip() else f"{text[: m.start()]}."
    return PriorCaptures(re.sub(r"\s+", " ", joined).strip(), m["c"], m["u"], unowned is not None)


def with_prior_captures(
    text: str, prior: PriorCaptures, parse: Callable[[str], ParsedClaim]
) -> ParsedClaim:
    """The claim without the clause, and beside it (:mod:`mapper.check.beside`) the units the
    clause says the side captured, held by the same side on the date checked."""
    from dataclasses import replace

    from .model import ClaimParseError

    try:
        c = parse(prior.text)
    except ClaimParseError as e:  # name the sentence as published
        raise ClaimParseError(text, e.part, e.problem, unread=e.unread) from None
    try:
        u = parse(f"{c.side_text} captured {prior.units}")
    except ClaimParseError as e:
        raise ClaimParseError(
            text,
            prior.clause,
            (
                f"the units '{prior.clause}' names could not be read: {e.problem}"
                if prior.unowned
                else f"the captures '{prior.clause}' names are a second claim, checked beside "
                f"the first, and could not be read: {e.problem}"
            ),
        ) from None
    if (
        u.measure != "units"
        or not u.named_units
        or u.side != c.side
        or u.check_date != c.check_date
        or u.ordinal is not None
        or u.also_units
        or c.ordinal is not None
        or c.window_start
    ):
        raise ClaimParseError(
            text,
            prior.clause,
            f"the captures '{prior.clause}' names are a second claim, checked beside the first "
            "as named units held by the claim's side on its date: they do not read so here",
        )
    names = ", ".join(x.label for x in u.named_units)
    if prior.unowned:
        # whose capture is not said: the clause says when the claim came, not a second claim
        # of the claim's side; its units are read (an unknown name is refused) but not checked
        return replace(
            c,
            text=text,
            reading_notes=(
                *c.reading_notes,
                f"'{prior.clause}' (a capture before the claim; the sentence does not say by "
                f"whom) set aside: {names} not checked",
            ),
        )
    note = (
        f"'{prior.clause}' (captures before the claim, by the claim's side) is a second claim, "
        f"checked beside the first: {names} held by {c.side} on the date checked (that they "
        "were not lost again in between is what the sentence implies; that the side did not "
        "hold them before is not checked); the sentence holds only if both do"
    )
    return replace(
        c,
        text=text,
        also_units=(*c.also_units, *u.named_units),
        reading_notes=(*c.reading_notes, note),
    )


# ---- a headline's kicker and its outlet tail ----------------------------------------------------

#: A headline's kicker, before a colon: the country's name and a topic noun ("Afghanistan
#: Turmoil: ..."), or a breaking-news tag; a closed list. A place, a person or an official
#: before the colon ("Kabul:", "Afghan officials:") is read by the reader, not here.
_KICKER = re.compile(
    r"^(?P<k>(?:afghanistan|afghan)\s+(?:turmoil|crisis|conflict|war|news|latest|update|updates"
    r"|live|live\s+updates|takeover|unrest|chaos)|(?:big\s+|major\s+)?breaking(?:\s+news)?)"
    r"\s*:\s+(?=\S)",
    re.IGNORECASE,
)
#: An outlet's name after a bar at a headline's end ("... | Oneindia News"): one to four
#: capitalised words, the last an outlet's noun of a closed list.
_OUTLET_TAIL = re.compile(
    r"\s+\|\s+(?P<o>(?:[A-Z][A-Za-z0-9.&'-]*\s+){0,3}(?:News|Times|Post|Tribune|Express|Herald"
    r"|Today|TV|Online|Daily|Journal|Gazette|Standard|Telegraph|Guardian|Independent|Observer"
    r"|Reuters|AFP|AP|BBC|CNN|Jazeera|Dawn|Sputnik|TASS|Xinhua|Bulletin|Network|Media"
    r"|World|Live))\s*$"
)


@dataclass(frozen=True)
class Headline:
    """The headline without its kicker or outlet tail, and the notes."""

    text: str
    notes: tuple[str, ...]


def headline_frame(text: str, names_place: Callable[[str], bool]) -> Headline | None:
    """ "Afghanistan Turmoil: Taliban forces take over Herat", "Taliban seizes northern city of
    Kunduz in Afghanistan | Oneindia News": the headline alone, or ``None``. ``names_place``
    says whether words name a place of the boundary set (a tail or kicker naming one is not
    set aside: "| Kabul Times" may be where, and is refused by the reader)."""
    t = text.strip()
    notes: list[str] = []
    m = _OUTLET_TAIL.search(t)
    if m is not None and not names_place(m["o"]):
        notes.append(f"'| {m['o']}' (the outlet's name after the headline) set aside")
        t = t[: m.start()].rstrip()
    k = _KICKER.match(t)
    if k is not None:
        notes.append(f"'{k['k']}:' (the headline's kicker: its topic, no claim in it) set aside")
        t = t[k.end() :]
    if not notes:
        return None
    return Headline(t, tuple(notes))


def names_place(words: str, gaz: Gazetteer) -> bool:
    """Whether one to three words of ``words`` name a province, a district or a provincial
    capital of the boundary set, or a neighbouring country."""
    from ..matching import fold
    from .capitals import capital_named
    from .scopes import _find_neighbours

    ws = re.findall(r"[a-z][a-z'-]*", words.lower())
    for i in range(len(ws)):
        for j in range(i + 1, min(len(ws), i + 3) + 1):
            w = " ".join(ws[i:j])
            if gaz.resolve_province(w) or capital_named(w) or gaz._by_key.get(fold(w)):
                return True
    return bool(_find_neighbours(words.lower())[0])


# ---- "Taliban take Mazar-i-Sharif, set sights on Kabul": the side's move on another place -------

#: The side's move on a place it does not (yet) hold (clauses9): a closed list of verbs of
#: approach, aim or attack, each followed by the place. Not control: the place moved on is not
#: the claim, and the claim's units must lie outside its province (checked by the reader). A
#: modal, a negation or a failure ("prepare to close in", "fail to reach") is not in the list.
_MOVE_VP = (
    r"(?:(?:now|rapidly|steadily|quickly|swiftly|gradually|further)\s+)?(?:"
    r"clos(?:e|es|ed|ing)\s+in\s+on"
    r"|(?:advanc(?:e|es|ed|ing)|march(?:es|ed|ing)?|push(?:es|ed|ing)?|mov(?:e|es|ed|ing))\s+"
    r"(?:on|towards?)"
    r"|(?:advanc(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?"
    r"|creep(?:s|ing)?|crept|draw(?:s|ing)?|drew)\s+(?:ever\s+)?(?:closer|nearer)\s+to"
    r"|head(?:s|ed|ing)?\s+(?:for|towards?)"
    r"|bring(?:s|ing)?\s+(?:them|it)\s+(?:ever\s+|even\s+)?(?:closer|nearer)\s+to"
    r"|encircl(?:e|es|ed|ing)"
    r"|set(?:s|ting)?\s+(?:their\s+|its\s+)?sights\s+on"
    r"|ey(?:e|es|ed|ing|eing)"
    r"|(?:bear(?:s|ing)?|bore)\s+down\s+on"
    r"|mak(?:e|es|ing)\s+(?:its|their)\s+way\s+(?:to|towards?)"
    r"|launch(?:es|ed|ing)?\s+(?:(?:a|an)\s+)?(?:(?:multi-?pronged|major|massive|fresh|new|final"
    r"|coordinated)\s+){0,2}(?:assault|attack|offensive)\s+on"
    r")"
)
#: "advances across Afghanistan making its way to the capital city": the campaign across the
#: country before the participle of the move (a claim about named units has its own scope).
_ACROSS = (
    r"(?:(?:advanc(?:e|es|ing)|sweep(?:s|ing)?|push(?:es|ing)?)\s+across\s+(?:the\s+country"
    r"|the\s+nation|afghanistan)\s*,?\s+)?"
)
#: Who moves, in "as <subject> <move>": the claim's side by a pronoun, a generic noun or its name.
_MOVER = (
    r"(?P<subj>they|it|(?:the\s+)?taliban(?:\s+(?:fighters|forces|militants|insurgents))?"
    r"|the\s+(?:militant\s+)?(?:group|insurgents|militants|islamists|fighters|movement)"
    r"|(?:their|its)\s+(?:fighters|forces|militants|men))"
)
_PLACE = r"(?P<t>[a-z][a-z'\u2019 -]{1,40}?)"
_MOVE_TRAIL = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s+as\s+" + _MOVER + r"\s+)"
    r"(?P<c>" + _ACROSS + _MOVE_VP + r"\s+" + _PLACE + r")\s*[.!]?\s*$",
    re.IGNORECASE,
)
_MOVE_FRONT = re.compile(
    r"^(?P<pre>[A-Z][A-Za-z .]{1,30}:\s+)?(?P<c>as\s+" + _MOVER + r"\s+" + _ACROSS + _MOVE_VP
    + r"\s+" + _PLACE + r")\s*,\s*(?=\S)",
    re.IGNORECASE,
)  # fmt: skip
#: "Taliban move closer to (Afghan) capital after taking Ghazni city" (a headline): the move,
#: then the taking by the same subject in a gerund after "after" (never "after failing to take")
_MOVE_AFTER = re.compile(
    r"^(?P<subj>(?:the\s+)?taliban(?:\s+(?:fighters|forces|militants|insurgents))?)\s+"
    r"(?P<c>" + _MOVE_VP + r"\s+" + _PLACE + r")\s+after\s+(?:taking|capturing|seizing)\s+"
    r"(?P<o>[^,;]+?)$",
    re.IGNORECASE,
)  # fmt: skip
#: "..., as worries grow about the security of the capital Kabul" (Reuters): a fear for a place,
#: neither side's act; read as the move is (the place outside the claim's units).
_WORRY = re.compile(
    r"\s*,?\s+(?P<c>as\s+(?:worries|concerns?|fears|anxiety|alarm)\s+(?:grows?|mounts?|rises?"
    r"|deepens?)\s+(?:about|over|for)\s+the\s+(?:security|safety|fate)\s+of\s+" + _PLACE
    + r")\s*[.!]?\s*$",
    re.IGNORECASE,
)  # fmt: skip
#: "..., Kabul next": the next place the side aims at, after a headline's claim.
_NEXT = re.compile(r"\s*,\s*(?P<c>" + _PLACE + r"\s+next)\s*[.!]?\s*$", re.IGNORECASE)
#: Kabul as the place moved on: its name, or "the (Afghan) capital (city)", with it or alone.
_KABUL = re.compile(
    r"^(?:(?:the\s+)?(?:afghan\s+|country['\u2019]s\s+|nation['\u2019]s\s+)?capital(?:\s+city)?"
    r"(?:\s*,?\s*kabul|\s+of\s+kabul)?|kabul(?:\s+city)?)$"
)


@dataclass(frozen=True)
class MoveOn:
    """The sentence without the side's move on another place; the clause, the place as written,
    its province, and who moves (as written, "" when the clause names nobody)."""

    text: str
    clause: str
    place: str
    province: str
    mover: str


def _place_province(place: str, gaz: Gazetteer) -> str | None:
    """The province of the place a move is on: Kabul (its name or "the capital"), a provincial
    capital or a province of the boundary set; ``None`` otherwise (a district, an unknown name)."""
    from .capitals import capital_named

    p = " ".join(place.lower().replace("\u2019", "'").split())
    if _KABUL.match(p):
        return "Kabul"
    p = re.sub(r"^the\s+", "", p)
    if (cap := capital_named(re.sub(r"\s+city$", "", p))) is not None:
        return cap[1]
    return gaz.resolve_province(p)


def move_on(text: str, gaz: Gazetteer) -> MoveOn | None:
    """ "Taliban take Mazar-i-Sharif, set sights on Kabul", "The Taliban have captured Herat as
    they close in on the capital", "As the Taliban advance across Afghanistan making its way to
    the capital city, the militants have captured Lashkar Gah": the sentence without the move,
    or ``None``. The reader keeps it only beside a claim about named units of the mover's side
    that lie outside the province of the place moved on (a move on a place inside the claim
    says it is not held whole). Beside a state in the simple past ("held Ghazni as they
    advanced on Kabul") the move dates the state: ``None``, refused as before."""
    t = text.strip()
    # "..., officials said": who said it stays with the claim (read by the reader)
    said = _TRAILING_SAID.search(t.rstrip(" .!").lower())
    tail = t.rstrip(" .!")[said.start() :] if said else ""
    head = t.rstrip(" .!")[: said.start()] if said else t
    m = _MOVE_TRAIL.search(head) or _NEXT.search(head) or _WORRY.search(head)
    m = m or obstacles.LAST_OBSTACLE.search(head)  # "..., leaving only Kabul between them and"
    if m is not None and (m.groupdict().get("subj") or "").lower() in ("", "they", "it"):
        # "... after government forces retreated and headed toward Kabul", "..., as they close
        # in on the capital": the move with no subject of its own, or a pronoun, may be the
        # retreating side's, not the claim's (circumstance13)
        last = re.search(r"\b(?:after|following|as)\s+[^,;]+$", head[: m.start()].lower())
        if last is not None and retreat(last.group(0)):
            return None
    after = _MOVE_AFTER.match(head.rstrip(" .!")) if m is None else None
    if m is not None:
        rest = head[: m.start()].rstrip(" ,") + (tail or "") + "."
    elif after is not None:
        # "Taliban move closer to Afghan capital after taking Ghazni city": the taking, read
        # as the headline "Taliban take Ghazni city, move closer to Afghan capital" is
        m = after
        rest = f"{after['subj']} take {after['o']}{tail or ''}."
    else:
        m = _MOVE_FRONT.match(t)
        if m is None:
            return None
        rest = (m["pre"] or "") + t[m.end() :]
    core = " ".join(rest.lower().split())
    if _simple_past(core) and not _past_taking_only(core):
        return None  # "The Taliban held Ghazni as they advanced on Kabul": dated by the move
    place = m["t"].strip()
    province = _place_province(place, gaz)
    if province is None:
        return None
    mover = (m.groupdict().get("subj") or "").strip()
    return MoveOn(re.sub(r"\s+", " ", rest).strip(), m["c"].strip(), place, province, mover)
