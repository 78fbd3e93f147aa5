"""Who said it: the closed grammar of attribution (issue #8).

Real reporting wraps a claim in who said it: "..., officials said", "According to a Long War
Journal assessment, ...", "Taliban spokesman Zabihullah Mujahid told Sputnik on Thursday that
...", "..., said Bilal Karimi, a Taliban spokesman". The checker sets such a part aside (it is
the source, not the claim) only when it is one of these forms, every word of it accounted for:

* ``SPEAKER VERB FRAME [that] CLAIM``  (leading; "Officials in Kabul say ..." is refused: a
  place that could be the scope)
* ``CLAIM, SPEAKER VERB FRAME``  and  ``CLAIM, VERB SPEAKER FRAME``  (trailing)
* ``According to SPEAKER, CLAIM``,  ``CLAIM, according to SPEAKER``,  ``As per reports, CLAIM``

SPEAKER is one to three noun phrases separated by commas (an apposition: "Zabihullah Mujahid,
the group's spokesman,"), each of at most :data:`MAX_SPEAKER_WORDS` words, every word one of:

* a determiner (*the, a, an, its, their, some, one* ...) or a title (*General, Maulavi, Mr*);
* a role or source noun (:data:`ROLES`: *official(s), spokesman, source, commander, governor,
  envoy, residents, witnesses, analysts, survey, tally, analysis, assessment, map, data,
  estimates, report(s), statements* ...);
* a describing word (:data:`MODIFIERS`: *senior, top, local, Afghan, US, Russian, Taliban,
  government, military, security, foreign, ministry, deputy, special* ...);
* an outlet or organisation (:data:`OUTLETS`: *dpa, Reuters, AP, AFP, Sputnik, TASS, TOLOnews,
  the Long War Journal, CNN, Al Jazeera, the Pentagon, the UN* ...);
* a name: a word written with a capital in the sentence (not only as its first word), at most
  :data:`MAX_NAME_WORDS` in a row; a name may not stand before a role noun ("Narnia officials":
  a place or an organisation the list does not know) unless it follows a title or a role
  ("spokesman Bilal Karimi", "General Mark Milley");
* the links *of, for, by, on* between them ("a spokesman for the group", "a survey by the news
  agency", "envoy on Afghanistan"); *in, at, from* only before a place that is never a scope
  (grammar.py ``_NOT_A_SCOPE``: Moscow, Doha ...).

VERB is a reporting verb (:data:`VERBS`), optionally after *has/have/had* and *also/now*
("The Taliban also said that ...", "have now claimed that ..."; "had said" is refused by the
reader, when._SAID_EARLIER: a pluperfect report is not the state on the date); FRAME is who was
told (*reporters, journalists, Sputnik, Russian media*) and when and how it was said (*on
Thursday, in a statement, in an interview, at a news conference, on Twitter, in Moscow*).
A speaker may stand behind a leading source ("According to NBC News, Rohgul Khairzad, ...,
confirmed that ..."); an outlet may carry its own initials in brackets ("The Agence
France-Presse (AFP) has said in a tweet that ..."); a wire agency's credit in brackets may
close the sentence ("... Helmand province. (AP)", :data:`WIRES`, a closed list).
A negated or modal attribution ("did not say", "may have said", "denied", "rejected claims
that") never matches: its words are not in these lists (and the sentence-wide refusals name
them first). The place and claim-word checks of grammar.py still apply on top: a set-aside
part holds no figure, no share or measure word, no control verb, no side-less place.
"""

from __future__ import annotations

import re

from .grammar import _NOT_A_SCOPE

#: At most this many words in one noun phrase of the speaker (appositions are separate).
MAX_SPEAKER_WORDS = 9
#: At most this many name words in a row ("Maulavi Shahabuddin Delawar": two after a title).
MAX_NAME_WORDS = 4


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


VERBS = (
    "said", "says", "say", "told", "tells", "tell", "claimed", "claims", "claim", "declared",
    "declares", "announced", "announces", "stated", "states", "reported", "reports",
    "wrote", "writes", "tweeted", "tweets", "added", "adds", "noted", "notes", "confirmed",
    "confirms", "estimated", "estimates", "estimate", "found", "finds", "showed", "shows",
    "show", "revealed", "reveals", "calculated", "calculates", "assessed", "assesses",
    "indicated", "indicates", "acknowledged", "acknowledges", "admitted", "admits",
    "asserted", "asserts", "insisted", "insists", "maintained", "maintains", "boasted",
    "boasts", "explained", "explains", "posted",
)  # fmt: skip
#: An adverb between the auxiliary and the verb ("The Taliban also said that ...", "have now
#: claimed that ...", "has also said"): adds nothing to who said it.
_VERB_ADVERB = r"(?:(?:also|now)\s+)?"
_VERB = (
    r"(?:(?:has|have|had)\s+)?"
    + _VERB_ADVERB
    + r"(?:"
    + "|".join(VERBS)
    + r"|(?:is|are)\s+claiming"
    r"|issued\s+(?:a|the)\s+statement"
    r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?\s*,?"
    r"\s+saying)"
)

ROLES = _words(
    """official officials spokesman spokesmen spokeswoman spokesperson spokespeople source
    vice-governor deputy-governor
    sources commander commanders general chairman chief chiefs head minister ministers ministry
    president envoy negotiator negotiators diplomat diplomats analyst analysts expert experts
    resident residents witness witnesses correspondent correspondents journalist journalists
    reporter reporters lawmaker lawmakers member members leader leaders governor governors
    delegation delegate delegates representative representatives elder elders police
    inspector adviser advisor advisers advisors secretary ambassador observers observer
    authorities agency broadcaster magazine newspaper channel media outlet website network
    survey tally analysis assessment assessments map maps count data estimate estimates report
    reports statement statements study research review tracker monitors monitor figures
    update army department office committee council staff group movement administration
    council pentagon intelligence think tank fighters militants insurgents forces troops
    correspondent sources journal politburo counterpart counterparts mp mps legislator
    legislators parliamentarian parliamentarians senator senators parliament"""
)
MODIFIERS = _words(
    """senior top afghan us u.s u.s. american russian british german french western
    foreign military security intelligence defence defense interior deputy special
    independent international un u.n nato taliban government tribal political militant
    insurgent extremist islamist unnamed anonymous former current acting chief main
    press news state federal national private previous latest recent new daily weekly
    official movement group pentagon kremlin joint local provincial"""
)  # "local", "provincial": a source only with the claim's own place named (grammar.py ``_LOCAL``)
#: Outlets and organisations, written as the normalised sentence has them (lower case, no
#: possessive 's).
OUTLETS = (
    "dpa", "reuters", "ap", "the associated press", "associated press", "afp",
    "agence france-presse", "bbc", "the bbc", "cnn", "al jazeera", "al arabiya", "sputnik",
    "tass", "ria novosti", "interfax", "tolonews", "tolo news", "tolo", "pajhwok",
    "khaama press", "ariana news", "the long war journal", "long war journal", "lwj", "fdd",
    "aan", "the afghanistan analysts network", "afghanistan analysts network",
    "newsweek pakistan", "newsweek", "irib", "iran irib", "voa", "voice of america",
    "rfe/rl", "radio free europe", "radio azadi", "the new york times", "new york times",
    "the washington post", "washington post", "the guardian", "the wall street journal",
    "wall street journal", "bloomberg", "xinhua", "anadolu", "anadolu agency", "the times",
    "the telegraph", "the independent", "sigar", "the pentagon", "pentagon", "the kremlin",
    "the white house", "white house", "the state department", "state department",
    "the un", "the u.n", "the united nations", "united nations", "unama", "nato", "the us",
    "the u.s", "washington", "moscow", "the joint chiefs of staff",
    "joint chiefs of staff", "the special inspector general for afghanistan reconstruction",
    "special inspector general for afghanistan reconstruction", "the taliban", "taliban",
    "the afghan government", "the government", "the group", "the movement", "the militants",
    "the insurgents", "the islamic emirate", "islamic emirate", "anews", "a news", "dawn",
    "geo news", "the express tribune", "the news", "eir", "larouchepub", "ntv", "rt",
    "euronews", "deutsche welle", "dw", "the economist", "politico", "axios", "fox news",
    "nbc news", "cbs news", "abc news", "sky news", "the hill", "the diplomat",
    "xinhua news agency", "trt world", "kabul now", "hasht-e subh", "hasht e subh",
    "etilaatroz", "iswnews", "ariana news tv", "ariana news", "pajhwok afghan news", "khaama press",
    "the european union", "european union", "eu", "the eu",
)  # fmt: skip
#: News outlets (no actor, no government, no place): who may be told ("witnesses tell the
#: Associated Press that ...", "officials told Xinhua"). Only after told/tell/tells.
MEDIA = (
    "the associated press", "associated press", "the ap", "ap", "afp", "agence france-presse",
    "reuters", "dpa", "the bbc", "bbc", "cnn", "al jazeera", "al arabiya", "sputnik", "tass",
    "ria novosti", "interfax", "tolonews", "tolo news", "pajhwok", "khaama press",
    "ariana news", "ariananews", "voa", "voice of america", "radio free europe", "radio azadi",
    "the new york times", "the washington post", "the guardian", "the wall street journal",
    "bloomberg", "xinhua", "xinhua news agency", "anadolu agency", "anadolu", "trt world",
    "kabul now", "the times", "the telegraph", "the independent", "deutsche welle", "dw",
    "nbc news", "cbs news", "abc news", "sky news", "fox news", "rfe/rl",
)  # fmt: skip
_MEDIA = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(MEDIA, key=len, reverse=True))
DETERMINERS = _words("the a an its their his her some one our another")
#: A pronoun is a speaker only standing alone ("they said in a statement on Monday").
PRONOUNS = _words("he she they it we")
TITLES = _words(
    """general gen maj lt col colonel mr mrs ms dr maulavi mawlawi mullah mawlavi sheikh
    president minister spokesman spokeswoman commander governor envoy ambassador senator
    secretary chairman chief admiral"""
)
_DATE_WORD = re.compile(
    r"(?:(?:early|mid|late)-?)?(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)"
)
LINKS = frozenset(["of", "for", "by", "on", "and", "with", "to"])
#: Participles inside a source's noun phrase ("a dpa survey conducted mid-July", "a report
#: published by ...").
PARTICIPLES = _words("conducted published released compiled cited quoted seen visiting")
#: Who was told, and when or how it was said, after the verb (a closed list).
_FRAME = (
    r"(?:(?:\s+|\s*,\s*(?=citing\b))(?:(?:(?<=\btold\s)|(?<=\btell\s)|(?<=\btells\s))"
    rf"(?:{_MEDIA})\b|reporters|journalists|the\s+media|russian\s+media|local\s+media|state\s+media"
    r"|media|sputnik|tass|ria\s+novosti|afp|reuters|the\s+ap|ap|the\s+bbc|bbc|cnn|al\s+jazeera"
    r"|voa|tolonews|dpa|parliament|lawmakers|a\s+news\s+conference|a\s+press\s+conference"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|today\s*,\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday"
    # whom it was confirmed to, an outlet ("a local journalist confirmed to CNN on Monday")
    rf"|(?:(?<=\bconfirmed\s)|(?<=\bconfirms\s))to\s+(?:{_MEDIA})\b"
    r"|in\s+a\s+(?:statement|tweet|video|interview|briefing|speech|televised\s+speech"
    r"|press\s+release|report|post|message|voice\s+message|audio\s+message)"
    r"(?:\s+(?:with|to)\s+(?:sputnik|tass|afp|reuters|the\s+bbc|bbc|cnn|al\s+jazeera|voa"
    r"|tolonews|dpa|the\s+ap|ap|reporters|journalists|russian\s+media|local\s+media))?"
    r"|at\s+a\s+(?:news|press)\s+(?:conference|briefing)|at\s+a\s+briefing"
    r"|on\s+twitter|on\s+social\s+media|on\s+state\s+(?:tv|television)|on\s+television"
    r"|citing\s+(?:(?:unnamed|local|security|government|military|taliban)\s+)?(?:sources"
    r"|residents|officials|witnesses|a\s+source|an\s+official)"
    r"|during\s+the\s+survey|in\s+(?:moscow|washington|doha|islamabad|tehran|beijing|london"
    r"|geneva|brussels|new\s+york)|late\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)|on\s+condition\s+of\s+anonymity|earlier|later|also|separately"
    r"|previously|recently"
    # who was told, named (an outlet as written: "told Rudaw", "told Kabul Now"): tried last,
    # its words checked by _find (names written with a capital, no role noun)
    r"|(?:(?<=\btold\s)|(?<=\btell\s)|(?<=\btells\s))(?P<addr>[a-z][a-z.'-]*"
    r"(?:\s+[a-z][a-z.'-]*){0,2}?)(?=[\s,]|$)))*"
)
_THAT = r"(?:\s+that)?"
#: Whom the source cites: "..., Hasht e Subh reported on Friday, citing local residents",
#: "TOLO News reported quoting Defense Ministry, that ...". The cited noun phrase is a speaker
#: of the same closed grammar (:func:`speaker_ok`): "citing residents who deny ..." is not.
_CITE_END = r"(?P<cite>\s*,?\s*(?:citing|quoting)\s+[^,\d%;:]{1,80}?)?"
_CITE_MID = r"(?P<cite>\s+(?:citing|quoting)\s+[^,\d%;:]{1,80}?(?=\s*,))?"
_OUTLET_RE = re.compile(r"\b(?:" + "|".join(re.escape(o) for o in sorted(OUTLETS, key=len,
                        reverse=True)) + r")\b")  # fmt: skip
#: The forms, on the normalised sentence (date phrases already blanked to spaces). The
#: speaker's words are checked by :func:`speaker_ok`; these only find where it may stand.
_WHO = r"[^,\d%;:]{1,120}?(?:,\s*[^,\d%;:]{1,120}?){0,2},?"
#: Before a leading speaker: a place it was said that is never a scope, "all told", "so far",
#: or the event the claim followed ("Mujahid's claim came a day after ...").
_PRE = (
    r"(?:(?:in\s+(?:moscow|washington|doha|islamabad|tehran|beijing|london|geneva|brussels)"
    r"|all\s+told|so\s+far)\s*,\s*"
    # where it was said, with or without a comma ("At a press conference in Moscow Taliban
    # members ... say")
    r"|at\s+a\s+(?:news|press)\s+conference\s+in\s+(?:moscow|washington|doha|islamabad|tehran"
    r"|beijing|london|geneva|brussels)\s*,?\s*"
    r"|(?P<head>[a-z]+)\s+(?:claim|statement|announcement|remarks|comments)\s+(?:came|comes)"
    r"\s+(?:(?:a|one|two|three)\s+(?:day|days|week|hours)\s+|hours\s+|days\s+|shortly\s+"
    r"|just\s+)?after\s+)"
)
LEADING = re.compile(
    rf"^\s*(?P<pre>{_PRE})?(?P<who>{_WHO})\s+(?P<verb>{_VERB})(?P<frame>{_FRAME}){_CITE_MID}"
    rf"(?:(?:\s*,)?\s+that|\s*:)?(?=[\s,])\s*,?"
)
TRAILING = re.compile(rf",\s*(?P<who>{_WHO})\s+(?P<verb>{_VERB})(?P<frame>{_FRAME}){_CITE_END}\s*$")
#: ", said Zabihullah Mujahid, a Taliban spokesman", ", said the report"
INVERTED = re.compile(
    rf",\s*(?P<verb>said|says|told|added|wrote|reported)(?P<frame>{_FRAME})\s+(?P<who>{_WHO})"
    r"\s*$"
)
#: What a tracker does, after its name (", which maps the shifting control lines in the
#: Afghan conflict,", ", which tracks the Taliban's attempts to gain control of territory,"):
#: a description of the source in a closed list of words, no figure, no place but the
#: country; a phrase of who said it after an outlet's name.
SOURCE_CLAUSE = re.compile(
    r"which\s+(?:tracks|maps|monitors|charts)(?:\s+(?:the|taliban|attempts|to|gain|control"
    r"|of|territory|shifting|lines|front|in|afghan|conflict|war|across|afghanistan|fighting"
    r"|and))+"
)
#: The Taliban's own name for themselves, after a Taliban speaker ("Taliban members, who refer
#: to themselves as the "Islamic Emirates of Afghanistan", say ..."): the same side.
SELF_NAME = re.compile(
    r"(?:who|which)\s+(?:refers?\s+to|calls?|describes?|styles?)\s+(?:themselves|itself)\s+"
    r"(?:as\s+)?[\"']?(?:the\s+)?[\"']?islamic\s+emirates?(?:\s+of\s+afghanistan)?[\"']?"
)
ACCORDING_LEAD = re.compile(
    r"^[\s:;-]*(?P<pre>according\s+to|as\s+per)\s+(?P<who>[^,\d%;:]{1,120}?"
    r"(?:\s*,\s*which\s+[^,\d%;:]{1,100}?)?)\s*,"
)
ACCORDING_TRAIL = re.compile(
    r"(?:,\s*|\s+)according\s+to\s+(?P<who>[^,\d%;:]{1,120}?"
    r"(?:\s*,\s*fearing\s+[a-z ]{1,40}?)?)\s*$"
)
#: "The militants are believed to control ...", "The Taliban is now said to hold ...": who
#: said it left unnamed; the participle is set aside ("is ... to" are filler words).
PASSIVE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|also\s+|widely\s+)?(?P<who>)(?P<verb>believed|thought"
    r"|estimated|reported|understood|assessed|said)\s+to(?=\s+(?:now\s+)?(?:control|hold|have|be"
    r"|govern|occupy|run|command)\b)"
)
#: "The Taliban claimed to have seized Badakhshan", "Taliban Claim To Have Seized ...", "The
#: Taliban has also claimed to have captured ...": the side's own claim, its subject the side
#: of the claim. "claimed to" is set aside; "have" and the verb of taking stay, with the side
#: as their subject ("The Taliban have seized ..."). Only before a closed list of verbs of
#: taking; "also" or "now" may stand before it ("has also claimed to"), a day or any other word
#: between is not this form; "had claimed to" is taken with its "had", so that the pluperfect
#: report is refused naming it (when._SAID_EARLIER). The bare
#: infinitive after it ("the Taliban claimed to capture Herat", South Asian outlets' form,
#: sides9) is the same claim of a taking done: the verb stays ("the Taliban capture Herat"), a
#: modal or "soon" is refused as before; "aimed / vowed / plan to capture" are not this form.
CLAIM_TO = re.compile(
    r"\b(?:(?:has|have|had)\s+)?" + _VERB_ADVERB + r"(?P<who>)(?P<verb>claim(?:s|ed)?)\s+to"
    r"(?=\s+(?:have\s+(?:now\s+)?(?:captured|seized|taken|overrun|retaken|recaptured)"
    r"|capture|seize|take\s+(?:over|control)|overrun|retake|recapture)\b)"
)
#: "The claim was made as ...", "The announcement came as ...": a lead-in saying the sentence
#: stands beside someone's claim (the claim itself is what follows).
LEAD_IN = re.compile(
    r"^(?P<head>[a-z]+)\s+(?:claim|statement|announcement|remarks|comments)\s+(?:came|comes"
    r"|was\s+made|is\s+made)\s+(?P<who>)(?:(?:a|one|two)\s+(?:day|days|week)\s+|hours\s+"
    r"|days\s+|shortly\s+|just\s+)?(?:as|while|amid|because)\s+"
)
#: Between commas inside the sentence: "The Taliban seized ..., officials said on Wednesday,
#: putting ...", "Two-thirds of the country, Milley said, is under Taliban control".
MIDDLE = re.compile(
    rf",\s*(?P<who>[^,\d%;:]{{1,90}}?)\s+(?P<verb>{_VERB})(?P<frame>{_FRAME}){_CITE_MID}"
    r"\s*,(?=\s*\S)"
)
#: ", according to experts, ...": between commas inside the sentence.
ACCORDING_MIDDLE = re.compile(r",\s*according\s+to\s+(?P<who>[^,\d%;:]{1,90}?)\s*,(?=\s*\S)")
#: A headline's source after a colon or a dash, with no verb: "Taliban control 65% of
#: Afghanistan: EU official", "... Afghan Districts - Delegation In Moscow". The speaker must
#: hold a role, a title or a source noun (:data:`ROLES`, :data:`TITLES`): a bare name ("-
#: Lavrov", "- Helmand") may be a place and stays in the sentence.
HEADLINE = re.compile(r"(?:\s*:|\s+-{1,2})\s+(?P<who>[^,\d%;:-]{1,60}?)\s*$")
#: Source nouns that are not a speaker: as a label they mark the kind of post ("Update:",
#: "Report:", "Analysis:"), not who said it.
DOCUMENTS = _words(
    """update report reports statement statements study research review analysis survey
    tally map maps count data estimate estimates figures assessment assessments"""
)
#: A speaker's label opening a headline or a lead, with no verb: "Local official: Taliban have
#: overrun Qaisar district in Faryab" (KabulNow), "ISWNews Analysis Group: The Taliban
#: captured ...". As for :data:`HEADLINE`, the speaker must hold a role or a title, a
#: noun of a person or a body (not :data:`DOCUMENTS`): "Update:", "Opinion:",
#: "Fact check:", "Report:", "Local rumour:", "Taliban propaganda:" and a place ("Helmand
#: province:") are not labels and stay in the sentence. ("Taliban claim: ..." is the leading
#: form, its verb before a colon, read as "The Taliban claimed ..." is.)
LABEL = re.compile(r"^\s*(?P<who>[^,\d%;:()-]{1,60}?)\s*:\s+(?=\S)")
#: News agencies whose credit closes a wire story's sentence ("... Helmand province. (AP)"):
#: a closed list; any other word in brackets stays in the sentence (read or refused).
WIRES = ("ap", "afp", "reuters", "dpa", "xinhua", "efe", "upi", "pti", "ians", "ani", "tass",
         "sputnik")  # fmt: skip
#: The wire credit at the very end of the sentence, in brackets: who distributed the report.
WIRE_CREDIT = re.compile(r"[\s.]*\(\s*(?P<who>" + "|".join(WIRES) + r")\s*\)\s*[.]?\s*$")
FORMS = (
    LEADING, TRAILING, INVERTED, ACCORDING_LEAD, ACCORDING_TRAIL, PASSIVE, LEAD_IN, MIDDLE,
    ACCORDING_MIDDLE, HEADLINE, LABEL, CLAIM_TO, WIRE_CREDIT,
)  # fmt: skip


def find(s: str, original: str = "") -> list[tuple[int, int, str]]:
    """Spans of who said it in ``s`` (normalised, dates blanked) with the speaker's words,
    for the forms of the module docstring whose speaker and frame are closed. The caller
    checks the place and claim words (grammar.py)."""
    names = names_in(original)
    first = first_word(original)
    # "The Taliban's claim to have taken Panjshir ...": a noun, not the side's verb
    noun_claim = re.search(r"['’]s\s+claims?\s+to\b", original, re.IGNORECASE) is not None
    # the wire credit only where the sentence as written ends with it (not before a date
    # blanked out of ``s``: "Ghazni (AP) on Monday")
    wire = WIRE_CREDIT.search(original.lower()) is not None if original else True
    out = _find(s, names, first, noun_claim=noun_claim, wire=wire)
    # a second source behind the first (", Maria Zakharova said on Friday, Urdu Point
    # reported"): the trailing forms again, on what stands before the first
    # a form inside another's span ("..., X reported on Friday, citing ...": the middle form
    # too) is the same source
    out = [o for o in out if not any(p != o and p[0] <= o[0] and o[1] <= p[1] for p in out)]
    # the speaker behind a leading source ("According to NBC News, Rohgul Khairzad, ...,
    # confirmed that ...", "According to Kabul Now, officials said ..."): the leading form
    # again, on what follows the source; its first word is not the sentence's
    lead = [o for o in out if not s[: o[0]].strip() and ACCORDING_LEAD.match(s[o[0] : o[1]])]
    if lead:
        e = lead[0][1]
        behind = _find(s[e:], names, "", forms=(LEADING,))
        out += [(e + a, e + b, w) for a, b, w in behind[:1]]
    while out:
        last = min(a for a, _b, _w in out)
        more = [m for m in _find(s[:last], names, first, trailing_only=True) if m[0] < last]
        if not more:
            break
        out += more[:1]
    return out


def _find(
    s: str,
    names: frozenset[str],
    first: str,
    *,
    trailing_only: bool = False,
    noun_claim: bool = False,
    wire: bool = False,
    forms: tuple[re.Pattern[str], ...] = FORMS,
) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    forms = (TRAILING, INVERTED, ACCORDING_TRAIL) if trailing_only else forms
    forms = tuple(f for f in forms if f is not CLAIM_TO) if noun_claim else forms
    forms = forms if wire else tuple(f for f in forms if f is not WIRE_CREDIT)
    claim_to = None if noun_claim else CLAIM_TO.search(s)
    for pat in forms:
        for m in _matches(pat, s):
            who = m.group("who")
            groups = m.groupdict()
            if pat is LEADING and claim_to and claim_to.end("verb") == m.end("verb"):
                continue  # "The Taliban claimed to have seized ...": the side is the subject
            if pat is CLAIM_TO:
                out.append((m.start(), m.end(), ""))
                break
            if groups.get("head") and not (
                groups["head"] in DETERMINERS
                or groups["head"] in names
                or groups["head"] in ("this", "that", "the")
                or groups["head"] == first
            ):
                continue
            if groups.get("frame") is not None and not frame_ok(s, *m.span("frame")):
                continue
            addr = groups.get("addr")
            if addr and not all(w in names and w not in ROLES for w in addr.split()):
                continue  # who was told: a name as written (an outlet: "told Rudaw")
            cite = groups.get("cite")
            if cite and not speaker_ok(
                re.sub(r"^\s*,?\s*(?:citing|quoting)\s+", "", cite), names, first
            ):
                continue
            if pat in (PASSIVE, LEAD_IN, WIRE_CREDIT):
                out.append((m.start(), m.end(), ""))
                break
            if who == "reports" and pat is ACCORDING_LEAD:
                out.append((m.start(), m.end(), who))  # "As per reports,"
                break
            if pat is LABEL and not (ROLES - DOCUMENTS | TITLES) & set(who.split()):
                continue  # "Update:", "Fact check:", "Taliban:": not a speaker's label
            if pat is HEADLINE and not (ROLES | TITLES) & set(re.findall(r"[a-z]+", who)):
                continue  # a headline's source names a role ("EU official", "delegation")
            if speaker_ok(who, names, first):
                out.append((m.start(), m.end(), who))
                break
    return out


def _matches(pat: re.Pattern[str], s: str) -> list[re.Match[str]]:
    """The matches of a form; a trailing one may start at a later comma ("Before June 1, the
    Taliban held half the country, officials said": not from the first comma)."""
    if pat in (MIDDLE, ACCORDING_MIDDLE):
        return [m for c in re.finditer(r",", s) if (m := pat.match(s, c.start())) is not None]
    if pat in (TRAILING, INVERTED, ACCORDING_TRAIL):
        out = []
        for c in re.finditer(r",", s):
            m = pat.match(s, c.start()) if pat is not ACCORDING_TRAIL else None
            if m is not None:
                out.append(m)
        if pat is ACCORDING_TRAIL:
            m = pat.search(s)
            if m is not None:
                out.append(m)
        return out
    m = pat.search(s) if pat in (PASSIVE, HEADLINE, CLAIM_TO, WIRE_CREDIT) else pat.match(s)
    return [m] if m else []


def names_in(original: str) -> frozenset[str]:
    """Words written with a capital in ``original`` other than its first word (lower case,
    possessive 's dropped): evidence that a word is a name."""
    words = re.findall(r"[A-Za-z][\w.'-]*", original)
    out = set()
    for i, w in enumerate(words):
        if i == 0 or not w[0].isupper():
            continue
        out.add(re.sub(r"'s$", "", w.lower()).rstrip("."))
    return frozenset(out)


def first_word(original: str) -> str:
    m = re.match(r"\W*([A-Za-z][\w.'-]*)", original)
    return re.sub(r"'s$", "", m.group(1).lower()).rstrip(".") if m else ""


def speaker_ok(who: str, names: frozenset[str], first: str = "") -> bool:
    """Whether ``who`` (the speaker, normalised) is one to three noun phrases of the closed
    forms (module docstring). ``names``: words written with a capital in the sentence;
    ``first``: its first word, a name only when a reporting verb or a role follows it."""
    who = re.sub(_WHY_ANONYMOUS + r"\s*$", "", who) if _ANONYMOUS.search(who) else who
    # the legal tag Russian outlets put after a side's name ("The Taliban (a terrorist group
    # banned in Russia) said ..."): a gloss on the speaker's name, noted by sides.py
    from .sides import _BANNED_TAG

    who = re.sub(r"\b(taliban(?:\s+movement)?)" + _BANNED_TAG.pattern, r"\1 ", who)
    phrases = [q.strip() for p in who.strip(" ,").split(",") for q in re.split(r"\s+and\s+", p)]
    if not 1 <= len(phrases) <= 4 or any(not p for p in phrases):
        return False
    if len(phrases) > 1 and phrases[0] == first and _ADVERB.fullmatch(first) and first not in names:
        # "Allegedly, officials said ...", "Jokingly, officials said ...": the sentence's first
        # word before a comma, a hedging adverb, is how it was said, not a name in apposition
        return False
    return all(
        _phrase_ok(p, names, first)
        or (i > 0 and SOURCE_CLAUSE.fullmatch(p) is not None and _OUTLET_RE.search(phrases[i - 1]))
        or (i > 0 and SELF_NAME.fullmatch(p) is not None and "taliban" in phrases[i - 1].split())
        for i, p in enumerate(phrases)
    )


#: An adverb that opens the sentence before a comma and hedges or unsays what was said
#: ("Allegedly, officials said ...", "Jokingly, ...", "Initially, ..."), a closed list: not a
#: name in apposition to the speaker (redteam15). Other adverbs ("Similarly, an Afghan deputy
#: reported ...") stay as they were.
_ADVERB = re.compile(
    r"allegedly|supposedly|purportedly|apparently|ostensibly|seemingly|hypothetically"
    r"|theoretically|jokingly|sarcastically|ironically|mockingly|facetiously|satirically"
    r"|doubtfully|dubiously|questionably|initially|originally|tentatively|speculatively"
    r"|hopefully|optimistically|wishfully|implausibly|improbably"
)

#: Why a source was not named, after "on condition of anonymity" (a closed list): "...,
#: fearing for their safety", "because they were not authorized to speak to the media".
_WHY_ANONYMOUS = (
    r"\s*,?\s*(?:fearing\s+(?:for\s+their\s+(?:safety|lives)|reprisals?|retribution)"
    r"|because\s+(?:they|he|she)\s+(?:was|were)\s+not\s+authori[sz]ed\s+to\s+(?:speak\s+"
    r"(?:to|with)\s+(?:the\s+media|reporters|journalists)|brief\s+(?:the\s+media|reporters"
    r"|journalists)|talk\s+(?:to|with)\s+(?:the\s+media|reporters|journalists)))"
)
#: A closed relative clause after the speaker ("officials who spoke with the Associated Press
#: on Wednesday", "an official who spoke on condition of anonymity").
_WHO_CLAUSE = re.compile(
    r"\s+who\s+(?:spoke|talked)\s+(?:(?:with|to)\s+(?:OUTLET|reporters|journalists|the\s+media"
    r"|media)(?:\s+on\s+condition\s+of\s+anonymity)?|on\s+condition\s+of\s+anonymity)"
    r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?"
    rf"(?:{_WHY_ANONYMOUS})?\s*$"
)


#: Why the speaker is where it was ("the head of the movement's delegation which arrived in
#: Moscow"): a closed relative clause naming a place that is never a scope.
_ARRIVED = re.compile(
    r"\s+(?:which|that|who)\s+(?:has\s+|had\s+)?(?:arrived|is|was|are|were)\s+(?:in|at)\s+"
    r"(?:moscow|washington|doha|qatar|islamabad|tehran|beijing|london|geneva|brussels"
    r"|new\s+york)\s*$"
)
_ANONYMOUS = re.compile(r"\bon\s+condition\s+of\s+anonymity\b")
#: Where a local source is from, naming no place ("witnesses from the area", "lawmakers from
#: the province"): grammar.py's ``_LOCAL`` decides when it is set aside (only with the claim's
#: own place named).
_FROM_THE_AREA = re.compile(r"\b(?:from|of|in)\s+the\s+(?:area|province)\b")


#: An outlet's name with its abbreviation in brackets ("The Agence France-Presse (AFP)").
_OUTLET_ABBR = re.compile(_OUTLET_RE.pattern + r"\s*\(\s*(?P<abbr>[a-z]{2,6})\s*\)")


def _outlet_abbr(m: re.Match[str]) -> str:
    """The outlet's name alone, when the bracket holds its own initials ("agence
    france-presse (afp)"); the match unchanged otherwise (read or refused as written)."""
    name = m.group(0)[: m.start("abbr") - m.start()].rstrip(" (")
    initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w not in ("the", "of", "for"))
    return name if m["abbr"] == initials and m["abbr"] in OUTLETS else m.group(0)


def _phrase_ok(phrase: str, names: frozenset[str], first: str) -> bool:
    phrase = _OUTLET_ABBR.sub(_outlet_abbr, phrase)
    marked = _ARRIVED.sub("", re.sub(r"[\"“”‘’']", " ", phrase))
    # a place that is never a scope before the outlets ("in Moscow": Moscow is also an outlet)
    marked = _OUTLET_RE.sub(" OUTLET ", re.sub(r"\bin\s+moscow\b", " NEVERSCOPE ", marked))
    marked = _FROM_THE_AREA.sub(" FROMAREA ", marked)
    marked = _WHO_CLAUSE.sub("", re.sub(r"\s+", " ", marked).rstrip())
    # "officials in Kabul": the seat of the government; the reader keeps it set aside only
    # when the claim states its own scope as the country (Kabul is also a province)
    marked = re.sub(r"\bin\s+kabul\b", " KABULSEAT ", marked)
    marked = _NOT_A_SCOPE.sub(" NEVERSCOPE ", marked)
    toks = [w for w in (t.strip(".") for t in marked.split()) if w]
    if not toks or len(toks) > MAX_SPEAKER_WORDS:
        return False
    if len(toks) == 1 and toks[0] in PRONOUNS:
        return True
    kinds: list[str] = []
    run = 0
    for i, t in enumerate(toks):
        if t in ("OUTLET", "NEVERSCOPE", "KABULSEAT"):
            kind = "org"
        elif t == "FROMAREA":
            kind = "area"
        elif t in DETERMINERS:
            kind = "det"
        elif t in ROLES:
            kind = "role"
        elif t == "afghanistan" and i + 1 < len(toks) and toks[i + 1] in ROLES:
            kind = "mod"  # "Afghanistan map": the whole country, never a narrower scope
        elif t in TITLES:
            kind = "title"
        elif t in MODIFIERS:
            kind = "mod"
        elif t in LINKS or (t == "from" and 0 < i < len(toks) - 1 and toks[i + 1] == "OUTLET"):
            kind = "link"  # "data from the Long War Journal"
        elif t in PARTICIPLES or (kinds and kinds[-1] == "part" and _DATE_WORD.fullmatch(t)):
            kind = "part"  # "a dpa survey conducted mid-July"
        elif t in names or (t == first and i == 0 and phrase.startswith(first)):
            kind = "name"
        else:
            return False
        run = run + 1 if kind == "name" else 0
        if run > MAX_NAME_WORDS:
            return False
        kinds.append(kind)
    if kinds[-1] in ("link", "det"):
        return False
    for i in range(1, len(toks)):
        # "the governor of Nad Ali", "officials of Lashkar Gah": a name after "of", "on" or
        # "for" may be a place (the whole country excepted: "envoy on Afghanistan")
        if (kinds[i] == "name" and toks[i - 1] in ("of", "on", "for")
                and toks[i] != "afghanistan"):  # fmt: skip
            return False
    for i, k in enumerate(kinds):
        if k != "name":
            continue
        # a name before a role noun ("Narnia officials", "Herat officials"): a place or an
        # organisation the lists do not know, unless a title or a role stands before it
        # ("spokesman Bilal Karimi", "General Mark Milley")
        j = i
        while j < len(kinds) and kinds[j] == "name":
            j += 1
        before = kinds[i - 1] if i > 0 else ""
        if j < len(kinds) and kinds[j] in ("role", "mod") and before not in ("title", "role"):
            return False
    # the first word as a name only when it stands alone or with other names ("Milley said")
    return not (
        toks[0] == first
        and first not in names
        and kinds[0] == "name"
        and any(k != "name" for k in kinds)
    )


_FRAME_RE = re.compile(_FRAME)


def frame_ok(s: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``s[start:end]`` is a frame (the verb before it seen: "told the AP")."""
    return _FRAME_RE.fullmatch(s, start, len(s) if end is None else end) is not None


#: The speaker's own affirmation opening the sentence or its quote: '"I can confirm... the
#: city of Zaranj, provincial capital of Nimroz, has fallen to the Taliban," Roh Gul Khairzad,
#: the deputy governor, told AFP on Friday' (real r205). "can" affirms here: it is not a modal
#: of the claim. Only "I / we (can) confirm (that)" at the very start, then what is confirmed.
_AFFIRM = re.compile(
    r"^(?P<q>[\s\"\u201c\u2018']*)(?:i|we)\s+(?:can\s+)?confirm(?:\s+that)?"
    r"(?:\s*(?:\.{2,}|\u2026|,|:))?\s+(?=\S)",
    re.IGNORECASE,
)


def affirmation(text: str) -> tuple[str, str] | None:
    """The sentence without a speaker's opening "I (can) confirm (that)" and the note saying
    so; ``None`` without one. What is confirmed is read as written (a modal or a negation in
    it is refused as ever; "I cannot confirm" is not this form)."""
    m = _AFFIRM.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    said = text[len(m["q"]) : m.end()].strip()
    return (
        m["q"] + rest[:1].upper() + rest[1:],
        f"'{said}' (the speaker affirms what follows; 'can' is not a modal of the claim) set aside",
    )
