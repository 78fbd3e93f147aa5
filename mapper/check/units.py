"""The ``units`` measure: who holds a named province, district or provincial capital (#8).

"The Taliban control Kunduz province", "Kohsan district is under Taliban control", "The
Taliban captured Zaranj, the capital of Nimroz province, on Friday", "Government forces
retook Lashkar Gah", "The Taliban have taken Herat and Kandahar": a side, a control verb and
one or more named units, no figure.

Reading (:func:`read`)
----------------------
A closed grammar, tried only on a sentence with no figure (every such sentence was refused
before this measure, so it reads nothing the other measures read):

* active: ``SIDE [now|currently|reportedly|already|finally|also|still] VERB UNITS`` with a state
  verb (control(s), hold(s), are in control of, remain in control of, retain(s)) or a change verb
  (captured, seized, took, taken, overran, overrun, retook, retaken, recaptured, took control
  of, took over, gained control of, imposed control of; "capture(s)", "take(s)" as a headline
  writes it);
* predicate: ``UNITS (is|are|remains|remain|has been|have been) [now|currently|still]`` followed by
  "under (the) control of SIDE", "under SIDE control", "in the hands of SIDE", "in SIDE
  hands", "held by SIDE", "controlled by SIDE" (a state), or ``UNITS (has|have) fallen to
  SIDE``, "fell to SIDE", "(was|were|has been|have been) captured|seized|taken|overrun|
  retaken|recaptured by SIDE", "came under SIDE control", "fell into the hands of SIDE" (a
  change).
* UNITS: one unit, or several joined by commas and "and". A unit is

  - a province: "Kunduz province", "the province of Kunduz", or a bare name that is only a
    province (Panjshir, Helmand, Nimroz): **all of its districts** ("control Helmand
    province" means every district of it; a province with districts each way is not
    "controlled"; "most of" / "parts of" are refused, they are no unit);
  - a district: "Kohsan district", "the district of Kohsan" (optionally "in Herat
    (province)"), or a bare name that is only one district of the boundary set;
  - a provincial capital (``mapper/data/afg_places.csv``): "Kunduz city", "the city of
    Kunduz", "the capital of Nimroz (province)", "Zaranj, the capital of Nimroz province"
    (the places data must agree), or a bare name that is only a capital (Zaranj, Lashkar
    Gah), or a capital's district of the same name. It takes the status of the district
    holding its point, as the ``capitals`` measure counts it (a district decided by a
    province-wide claim leaves its capital open).

  A bare name that is both a province and its capital (Kunduz, Herat, Kandahar, Ghazni,
  Kabul ...) is read as the **city** after a change verb: reporting of 2021 says "the
  Taliban captured Kunduz" of the city (AFP 8 Aug 2021: "the Taliban captured the city of
  Kunduz"; AP 13 Aug: "the Taliban captured Herat and Kandahar", the two cities), and the
  reading says so. After a state verb ("the Taliban control Kandahar") the same name is
  refused naming both readings: a province held in part and its city held would be a
  confident misreading either way. An unknown name is refused with suggestions, never
  widened.

Change verbs are read as the state they leave: "captured Zaranj on Friday" is checked as
"the side holds Zaranj on the day named (Friday, from --date)"; the reading says that the
change itself (that the side did not hold it before) is not checked. Hedges and verbs that
are not control ("almost captured", "besieged", "attacked", "advanced on", "surrounded",
"entered", "fighting in", "under siege") are refused with the reason.

Checking (:func:`check_units`)
------------------------------
Each named unit is held by the side at an allocation when every district in it counts for
the side there (low: the side's own status; mid: plus its unconfirmed claims; high: plus
every contested, disputed and unconfirmed district). The claim is that the side holds every
named unit: SUPPORTED when each is the side's at every allocation, CONTRADICTED when at least
one cannot be the side's at any, DEPENDS-ON-ASSUMPTIONS otherwise; with ``--unclaimed open``
districts with no claim on record count both ways (UNDETERMINED when they decide). The
verdict lists each unit with its status and the ledger rows behind it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..matching import fold
from .centres import NAMED_DISTRICT
from .grammar import normalise
from .model import ClaimParseError, Figure, ParsedClaim
from .past_state import PAST_BE, when_past
from .unit_names import (
    _DIR,
    _NAME,
    NamedUnit,
    _capital_keys,
    _capital_named,
    _province,
    joined,
    name_words,
    read_units,
    side_name,
)
from .units_check import check_units, units_lines

if TYPE_CHECKING:
    from ..matching import Gazetteer
    from ..vocabulary import Vocabulary

__all__ = ["NamedUnit", "check_units", "looks_like", "read", "reading_text", "scope_text",
           "side_name", "units_lines"]  # fmt: skip


# --------------------------------------------------------------------------------------------
# Reading

_ADV = (
    r"(?:(?:now|currently|reportedly|already|finally|also|still|again|swiftly|quickly|fully"
    r"|completely|immediately)\s+)*"
)
_AUX = r"(?:(?:have|has|had)\s+)?"
#: The side's own claim with a noun of control or capture as its object ("The Taliban
#: claimed control of Panjshir", "Taliban claims 'complete capture' of Panjshir"): read as the
#: state it claims, the side named being who said it (:func:`claims_a_noun`). "full / complete
#: control" is a figure (100%) and is read by the share grammar, not here.
_CLAIM_NOUN = (
    r"claim(?:s|ed)?\s+(?:the\s+)?['\"]?(?:(?P<claimed_capture>(?:complete\s+|full\s+)?capture)"
    r"|control)['\"]?\s+(?:of|over)"
)
_STATE_VERBS = (
    r"controls?|holds?|(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?in\s+(?:full\s+|complete\s+)?"
    r"control\s+of"
    r"|(?:have|has)\s+(?:full\s+|complete\s+)?control\s+of"
    r"|remains?\s+in\s+(?:full\s+|complete\s+)?control\s+of|retains?|keeps?|occup(?:y|ies)"
)
_CHANGE_VERBS = (
    r"(?:took\s+over|taken\s+over|took\s+back|taken\s+back|captured|seized|took|taken"
    r"|overran|overrun|re-?took|re-?taken|re-?captured|gained|won|regained|liberated"
    r"|reclaimed|conquered|occupied)"
    r"(?:\s+(?:the\s+)?(?:full\s+|complete\s+)?control\s+(?:of|over))?"
    r"|(?:captures?|seizes?|gains?|regains?)\s+(?:full\s+|complete\s+)?control\s+(?:of|over)"
    # "Taliban fighters imposed control of Mazar-i-Sharif": took it (only with "control")
    r"|imposed\s+(?:(?:their|its|full|complete)\s+)?control\s+(?:of|over)"
    # "Taliban take Zaranj", "Taliban takes Sheberghan": a headline's bare present; the
    # object must still be named units, and a modal or negation before it leaves the side's
    # place unread ("Taliban could take Kandahar")
    r"|captures?|seizes?|takes?(?:\s+(?:control\s+of|over))?|retakes?|recaptures?|overruns?"
    r"|liberates?|reclaims?|conquers?"
)
#: Verbs that are not control (or hedge it): refused with the reason.
_NOT_CONTROL = re.compile(
    r"\b(?:besieg\w*|(?:laid|lay|lays|laying)\s+siege\s+to|under\s+siege|attack\w*|assault\w*"
    r"|advanc\w*|surround\w*|encircl\w*|enter\w*|fight(?:s|ing)?|fought|storm\w*|raid\w*|clos\w+\s+in"
    r"|push\w*\s+into|mov\w+\s+into|reach\w*|infiltrat\w*|threat\w*|pressur\w*|overrunning"
    r"|approach\w*|target\w*|bombard\w*|shell\w*|clash\w*|battl\w*|contest\w*)\b"
)
#: A verb of approach joined to a verb of taking with the same subject ("had reached and
#: captured Kabul", "stormed and seized"): the taking is the claim. Only this closed list, and
#: only before a change verb of the grammar ("reached and besieged" stays refused).
_APPROACH_THEN_TAKE = re.compile(
    r"\b(?P<approach>reached|entered|stormed)\s+and\s+(?=(?:captured|seized|took|taken|overran"
    r"|overrun)\b)"
)
_HEDGES = re.compile(
    r"\b(?:almost|nearly|partially|partly|largely|mostly|effectively|virtually|practically"
    r"|briefly|temporarily|most\s+of|parts?\s+of|much\s+of|some\s+of|part\s+of|half\s+of"
    rf"|outskirts|(?<!district\s)cent(?:re|er)\s+of(?!{NAMED_DISTRICT})|around|near|close\s+to"
    r"|edge\s+of|gates?\s+of)\b"
)
_ANY_VERB = re.compile(
    rf"\b(?:{_STATE_VERBS}|{_CHANGE_VERBS}|fell|fallen|falls?|surrendered\s+to|under|hands|held\s+by"
    r"|controlled\s+by|came\s+under|come\s+under)\b"
)

#: A headline's label naming the country before the claim ("Afghanistan: ...").
_COUNTRY_LABEL = re.compile(r"^afghanistan\s*:\s*")

_ACTIVE = re.compile(
    rf"^(?P<side>[a-z][a-z' -]*?(?:\s*\([a-z]+\))?)\s+{_ADV}{_AUX}{_ADV}"
    rf"(?P<verb>{_STATE_VERBS}|{_CHANGE_VERBS}|{_CLAIM_NOUN})"
    rf"\s+(?P<units>.+?)$"
)


def claims_a_noun(s: str, span: tuple[int, int]) -> bool:
    """Whether who-said-it at ``span`` of ``s`` ends in "claim(s|ed)" with a noun of control
    or capture right after it ("The Taliban claimed | control of Panjshir"): then it is the
    side's own claim, read with its verb (:data:`_CLAIM_NOUN`), not set aside (nothing would
    be left to read)."""
    a, b = span
    if not re.search(r"\bclaim(?:s|ed)?\W*$", s[a:b]):
        return False
    m = re.search(r"\bclaim(?:s|ed)?\W*$", s[a:b])
    assert m is not None
    return re.match(_CLAIM_NOUN + r"\s", s[a + m.start() :]) is not None


#: "was now" / "were now": a present state in reported speech ("saying Panjshir was now under
#: the control of ..."); "was" alone is a past state, read only with a day named or in a past
#: report (past_state.py).
_BE = r"(?:is|are|remains|remain|has\s+been|have\s+been|(?:was|were)(?=\s+now\b))\s+"
_PREDICATE = re.compile(
    rf"^(?P<units>.+?)\s+(?:(?:{_BE}|{PAST_BE}\s+){_ADV}(?P<state>under\s+(?:the\s+)?(?:full\s+|complete\s+)?"
    r"control\s+of\s+(?P<s1>.+)|under\s+(?:the\s+)?(?:full\s+|complete\s+)?(?P<s2>.+?)\s+control"
    r"|in\s+(?:the\s+)?hands\s+of\s+(?P<s3>.+)|in\s+(?P<s4>.+?)\s+hands|held\s+by\s+(?P<s5>.+)"
    r"|controlled\s+by\s+(?P<s6>.+))"
    # "Daykundi has surrendered to the Taliban": handed over, fallen to them
    rf"|{_ADV}(?:(?:has|have)\s+{_ADV})?(?P<change>fallen|fell|falls?|surrendered)\s+(?:in)?to\s+"
    r"(?:(?:the\s+)?hands\s+of\s+(?P<c1>.+)|(?P<c2>.+?)\s+hands|(?P<c3>.+))"
    # "Gardiz was also captured by the Taliban" (circumstance13): an adverb after "was" too
    rf"|(?:(?:was|were|(?:has|have)\s+{_ADV}been)\s+{_ADV})(?P<passive>captured|seized|taken|overrun"
    r"|retaken|recaptured|taken\s+over|occupied)\s+by\s+(?P<c4>.+)"
    r"|(?:(?:has|have)\s+)?(?P<came>came|come)\s+under\s+(?:the\s+)?(?:control\s+of\s+"
    r"(?P<c5>.+)|(?P<c6>.+?)\s+control))$"
)


def looks_like(s: str) -> bool:
    """Whether the prepared sentence ``s`` has a verb of this grammar (a control verb, or
    one that is not control): only then does :func:`read` read or refuse it."""
    return bool(_ANY_VERB.search(s) or _NOT_CONTROL.search(s))


def read(
    text: str,
    s: str,
    *,
    gaz: Gazetteer,
    vocabulary: Vocabulary,
    side: str | None,
    find_side: Callable[..., tuple[str, str, list[tuple[int, int]]]],
    side_of: Callable[[str, Vocabulary], str | None],
    anchor: dt.date | None = None,
    notes: Sequence[str] = (),
    date_text: str = "",
    check_date: str = "",
    said: Sequence[str] = (),
) -> ParsedClaim | None:
    """A sentence naming units (see the module docstring) read into a claim of the ``units``
    measure; ``None`` when the sentence has no verb of this grammar (left to be refused as
    before). ``s`` is the prepared sentence (lower case, dates and clauses set aside
    blanked, who-said-it masked); ``find_side`` the reader's side finder.

    Raises
    ------
    ClaimParseError
        A hedge or a verb that is not control, an unknown or ambiguous name, two sides, or a
        word outside this grammar.
    """
    s = re.sub(r"\s+", " ", s).strip(" ,;:")
    if not s or not looks_like(s):
        return None
    label = _COUNTRY_LABEL.match(s)
    if label:
        # "Afghanistan: the Taliban conquer Mazar-i Sharif": a headline's label naming the
        # country the units lie in (each unit is one of the boundary set's)
        notes = [
            *notes,
            f"'{label.group(0).strip()}' (a headline's label naming the country) set aside",
        ]
        s = s[label.end() :]
    both = _APPROACH_THEN_TAKE.search(s)
    if both:
        # "the Taliban had reached and captured Kabul": the capture is the claim; reaching
        # the city before it adds nothing to who holds it
        notes = [
            *notes,
            f"'{both['approach']} and' (how the side came to the place, before the capture it "
            "joins) set aside: the capture is read",
        ]
        s = s[: both.start("approach")] + s[both.end() :]
    m = _DATE_BEFORE_AND.search(normalise(text))
    day = m.span() if m else _day_between(normalise(text), gaz)
    if day and not re.search(_DAY_PHRASE, normalise(text)[day[1] :]):  # two days: refused below
        # "captured Zaranj on Friday and Sheberghan": the day is Zaranj's; Sheberghan may have
        # fallen on another day (it fell on Saturday), yet both were checked on Friday
        raise ClaimParseError(
            text,
            normalise(text)[day[0] : day[1]].strip(" ,"),
            "a day named between units ('Zaranj on Friday and Sheberghan') dates the unit before "
            "it, not the ones after 'and': not read; name the day after all the units",
        )
    m = _NOT_CONTROL.search(s)
    if m:
        raise ClaimParseError(
            text,
            m.group(0),
            f"{m.group(0)!r} is not control: a siege, an attack, an advance, fighting or "
            "entering a place says nothing of who holds it; the checker reads 'controls', "
            "'holds', 'captured', 'seized', 'took', 'fell to', 'retook' (what a side holds)",
        )
    m = _HEDGES.search(s)
    if m:
        raise ClaimParseError(
            text,
            m.group(0),
            f"{m.group(0)!r} hedges or narrows the control: a named unit is checked whole "
            "(every district of a province); 'almost', 'most of', 'parts of' and the like "
            "are not read",
        )
    try:
        return _read(text, s, gaz, vocabulary, side, find_side, side_of, anchor, notes,
                     date_text, check_date, said)  # fmt: skip
    except ClaimParseError as e:
        # the words no constituent reads, named (an unknown word is refused, never skipped)
        words = unread(s, gaz, vocabulary)
        if words and tuple(words) != e.unread:
            raise ClaimParseError(text, e.part, e.problem, unread=words) from None
        raise


_GRAMMAR_WORDS = frozenset(
    re.findall(
        r"\S+",
        "the a an of in and reclaim reclaims reclaimed morning afternoon evening night "
        "province provinces district districts city town capital "
        "provincial now currently reportedly already finally also still again swiftly quickly "
        "fully immediately full complete have has had is are remain remains been under control "
        "controls "
        "hold holds held by hands fell fallen falls fall to into came come captured "
        "seized took taken overran overrun retook retaken recaptured gained won over "
        "capture captures seize seizes take takes retake retakes recapture recaptures "
        "overruns retain retains keep keeps controlled was were afghanistan north south "
        "conquer conquers conquered surrendered imposed occupied "
        "east west northern southern eastern western northeastern northwestern "
        "southeastern southwestern north-east north-west south-east south-west central "
        "key strategic remote restive volatile mountainous on monday tuesday wednesday "
        "thursday friday saturday sunday today yesterday afghan ",
    )
)


def unread(s: str, gaz: Gazetteer, vocabulary: Vocabulary) -> list[str]:
    """Words of ``s`` that are neither this grammar's words nor part of a known name or side
    (in the order they stand)."""
    from .model import ACTOR_PHRASES

    spellings = [*ACTOR_PHRASES]
    for key in vocabulary.sides:
        st = vocabulary[key]
        spellings += [key, st.label, *st.aliases, *st.words]
    side_words = {w for p in spellings for w in re.findall(r"[a-z]+", p.lower())}
    known = _GRAMMAR_WORDS | name_words(gaz) | side_words

    def named(w: str) -> bool:
        # a spelling the gazetteer reads as a unit on its own ("Talokan" for Taloqan, "Karokh"
        # for Karukh) is not an unknown word; a short word is kept ("said" folds like "Sayd")
        return len(w) >= 5 and (
            gaz.resolve_province(w) is not None
            or _capital_keys().get(fold(w)) is not None
            or bool(gaz.district_names and gaz.match("", w).unit_ids)
        )

    return [w for w in re.findall(r"[a-z]+", s) if w not in known and len(w) > 1 and not named(w)]


def _read(
    text: str,
    s: str,
    gaz: Gazetteer,
    vocabulary: Vocabulary,
    side: str | None,
    find_side: Callable[..., tuple[str, str, list[tuple[int, int]]]],
    side_of: Callable[[str, Vocabulary], str | None],
    anchor: dt.date | None,
    notes: Sequence[str],
    date_text: str,
    check_date: str,
    said: Sequence[str] = (),
) -> ParsedClaim | None:
    s, check_date, when_note = _weekday(text, s, check_date, anchor, date_text)
    notes = [*notes, when_note] if when_note else list(notes)
    s, aside_notes = _set_aside(s, gaz)
    notes += aside_notes
    s, night = _overnight(text, s, check_date)
    notes += [night] if night else []
    if (well := _AS_WELL.search(s)) is not None:
        # "captured the Logar province as well": beside what was taken before (told in another
        # sentence), adds nothing to what the side holds ("as well as Kunduz" is a list: not
        # closing the claim, not this)
        s = s[: well.start()]
        notes.append("'as well' (beside what was taken before) set aside")
    change = ""
    pred = _PREDICATE.match(s)
    act = None if pred else _ACTIVE.match(s)
    if act is not None:
        side_words, verb, units_text = act["side"], act["verb"], act["units"]
        if re.match(_CHANGE_VERBS, verb) and not re.match(_STATE_VERBS, verb):
            change = verb
        claim = re.fullmatch(_CLAIM_NOUN, verb)
        if claim is not None and re.search(rf"\bhad\s+{_ADV}$", s[: act.start("verb")]):
            raise ClaimParseError(
                text,
                f"had {verb}",
                "a claim in the pluperfect ('had claimed control of') was made before an "
                "earlier time the sentence does not give: not read; give the date",
            )
        if claim is not None:
            # "The Taliban claimed control of Panjshir": the side named is who said it
            notes = [
                *notes,
                f"'{verb}' (the side's own claim: the side named is who said it) read as "
                "what it claims: the claim is checked as stated",
            ]
            change = verb if claim["claimed_capture"] else ""
    elif pred is not None:
        units_text = pred["units"]
        side_words = next((pred[g] for g in ("s1", "s2", "s3", "s4", "s5", "s6") if pred[g]), "")
        verb = (pred["state"] or "").split(" ")[0]
        if not side_words:
            side_words = next(pred[g] for g in ("c1", "c2", "c3", "c4", "c5", "c6") if pred[g])
            change = pred["change"] or pred["passive"] or pred["came"] or ""
            verb = change
    else:
        return None
    _refuse_the_country(text, units_text, vocabulary)
    # "retook Kaldar district from the Taliban": the side it was taken from, another side,
    # set aside (said in the reading, not checked)
    taken_from = ""
    fm = re.search(
        r"(?:\s*,\s*|\s+)from\s+(?P<w>(?:the\s+)?[a-z][a-z' -]*?)(?=\s+in\s+(?:the\s+)?"
        rf"{_DIR}(?:province\s+of\s+)?{_NAME}(?:\s+province)?$|$)",
        units_text,
    )
    if change and act is not None and fm is not None:
        other = side_of(re.sub(r"^the\s+", "", fm["w"].strip()), vocabulary)
        if other is None:
            raise ClaimParseError(
                text,
                fm.group(0).strip(" ,"),
                f"{fm['w']!r} is not a side of the ledger's vocabulary "
                f"({', '.join(vocabulary.sides)})",
            )
        taken_from = fm["w"].strip()
        units_text = units_text[: fm.start()] + units_text[fm.end() :]
        s = s.replace(fm.group(0), "", 1)
    tod = re.search(r"\s+(?P<w>morning|afternoon|evening|night)$", units_text)
    if tod and check_date:
        # "on Monday morning": the day was read; the part of it adds nothing to the state
        # at the day's end
        units_text = units_text[: tod.start()]
        s = re.sub(rf"\s+{tod['w']}\b", "", s, count=1)
        notes = [*notes, f"'{tod['w']}' (a part of the day named) set aside"]
    units_text_before = units_text
    units_text, appos_notes = _appositions(text, units_text, gaz)
    if appos_notes:
        notes = [*notes, *appos_notes]
        s = s.replace(pred["units"] if pred is not None else act["units"], units_text, 1)  # type: ignore[index]
    if pred is not None and re.search(r"\b(?:was|were)\s+now\b", s):
        notes = [*notes, "'was now' (reported speech) read as the state when it was said"]
    # the side: the one side the sentence names (two are refused), the whole of its slot
    key, side_text, _spans = find_side(text, s, vocabulary, side)
    if taken_from and side_of(re.sub(r"^the\s+", "", taken_from), vocabulary) == key:
        raise ClaimParseError(
            text, f"from {taken_from}", "a side takes a unit from another side, not from itself"
        )
    if taken_from:
        notes = [
            *notes,
            f"'from {taken_from}' (the side it was taken from) set aside: not checked",
        ]
    # "Also Taliban captured ...": "also" before the subject adds nothing to what it holds
    side_slot = re.sub(r"^(?:also\s+)?(?:the\s+)?", "", side_words.strip())
    acro = re.fullmatch(r"(?P<side>.+?)\s*\((?P<a>[a-z]+)\)", side_slot)
    if acro and side_of(acro["a"], vocabulary) is not None:
        # "the Afghan National Defense and Security Forces (ANDSF)": the side and its acronym
        if side_of(acro["a"], vocabulary) != side_of(acro["side"], vocabulary):
            raise ClaimParseError(
                text, side_slot, "the acronym in brackets names another side than its phrase"
            )
        side_slot = acro["side"]
    slot_key = side_of(side_slot, vocabulary) or side_of(
        re.sub(r"^afghan\s+", "", side_slot), vocabulary
    )
    if slot_key != key:
        raise ClaimParseError(
            text,
            side_words.strip(),
            f"{side_words.strip()!r} in the side's place is not a side of the ledger's "
            f"vocabulary ({', '.join(vocabulary.sides)}) as a whole",
            unread=tuple(side_slot.split()),
        )
    side_text = side_slot
    named, unit_notes = read_units(text, units_text, gaz, change=bool(change))
    if appos_notes:
        check_locator(text, units_text_before, named, gaz)
    reading_notes = list(notes) + unit_notes
    if change:
        reading_notes.append(
            f"'{change}' (a change) read as the state it leaves: {side_name(vocabulary, key)} "
            f"holds {joined([u.label for u in named])} on the date checked; the change itself "
            "(that the side did not hold it before) is not checked"
        )
    if pred is not None and pred["past"]:
        # "was under Taliban control yesterday", "officials said ... was in Taliban hands":
        # dated last, so that any other refusal of the sentence names its own words first
        reading_notes.append(when_past(text, pred["past"], check_date=check_date, said=said))
    return claim_of(
        text,
        side=key,
        side_text=side_text,
        named=named,
        notes=reading_notes,
        date_text=date_text,
        check_date=check_date,
        change=change,
    )


def _refuse_the_country(text: str, units_text: str, vocabulary: Vocabulary) -> None:
    """The whole country named bare as what a side holds ("The Taliban control Afghanistan",
    "seized control of the country") may mean who governs it, not how much of its territory
    is held: refused with that reason (not as an unknown place). A share of it ("all of
    Afghanistan", "the whole country", "85% of the country") is read as area."""
    words = re.sub(r"^(?:(?:full\s+)?control\s+(?:of|over)\s+)?(?:the\s+)?", "", units_text.strip())
    words = words.rstrip(".!")
    names = {re.sub(r"^the\s+", "", normalise(n)) for n in vocabulary.country}
    if words in (names | {"country", "nation"}) - {""}:
        raise ClaimParseError(
            text,
            units_text.strip(),
            "the whole country named as what a side holds may mean who governs it rather "
            "than how much territory it holds; give a share to check territory ('all of "
            "Afghanistan', 'the whole country', '85% of the country')",
        )


#: A day, then "and" and more: the day dates what stands before it ("captured Zaranj on Friday
#: and Sheberghan", "Zaranj on Friday and Sheberghan fell to ...").
_DAY_PHRASE = (
    r"\b(?:(?:earlier|late|early)\s+)?(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today"
    r"|last\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|night)"
    r"|(?:\w+\s+)?(?:days?|weeks?)\s+ago|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr"
    r"|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
)
_DATE_BEFORE_AND = re.compile(
    _DAY_PHRASE + r"\s*,?\s+(?:and|&|as\s+well\s+as|along\s+with|together\s+with|plus)\s+"
)
#: A day, a comma and another unit ("captured Zaranj on Friday, Sheberghan and Taloqan"): the
#: day dates the unit before it too; checked on the names around it (:func:`_day_between`).
_DATE_BEFORE_COMMA = re.compile(
    r"(?P<before>(?:[a-z][a-z'-]*\s+){1,3})" + _DAY_PHRASE + r"\s*,\s*"
    r"(?P<after>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}?)(?=\s*(?:,|\.|$|\band\b))"
)


def _day_between(s: str, gaz: Gazetteer) -> tuple[int, int] | None:
    """The span of a day named between two units joined by a comma, each a provincial capital
    or a province ("Zaranj on Friday, Sheberghan (and Taloqan)"), or ``None``."""

    def unit(words: str) -> bool:
        words = re.sub(r"\s+(?:province|city)$", "", words)
        return bool(_capital_named(words) or _province(gaz, words))

    for m in _DATE_BEFORE_COMMA.finditer(s):
        ws = m["before"].split()
        if unit(m["after"]) and any(unit(" ".join(ws[-k:])) for k in range(1, len(ws) + 1)):
            return m.end("before"), m.start("after")
    return None


def claim_of(
    text: str,
    *,
    side: str,
    named: Sequence[NamedUnit],
    side_text: str = "",
    notes: Sequence[str] = (),
    date_text: str = "",
    check_date: str = "",
    change: str = "",
) -> ParsedClaim:
    """The claim that ``side`` holds every unit of ``named`` (the ``units`` measure): the
    one place such a claim is built (the reader, and the units named beside a count)."""
    names = joined([u.label for u in named])
    figure = Figure("count", float(len(named)), float(len(named)), 0.0, names, kind="units")
    return ParsedClaim(
        text=text,
        side=side,
        side_text=side_text,
        comparison="as-stated",
        comparison_text="",
        figure=figure,
        measure="units",
        date_text=date_text,
        check_date=check_date,
        reading_notes=tuple(notes),
        named_units=tuple(named),
        change_verb=change,
    )


_COMPASS = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
#: "Panjshir province north of Kabul(, the Afghan capital)": where the unit lies, after it.
_LOCATED = re.compile(
    rf"\s*,?\s+(?P<app>(?:just\s+|only\s+|some\s+)?{_COMPASS}\s+of\s+(?:the\s+)?"
    rf"(?:afghan\s+)?(?:capital\s*,?\s+)?(?P<place>{_NAME})(?:\s*,\s*the\s+afghan\s+capital)?)"
    r"\s*$"
)
#: "Panjshir, the last holdout (Afghan) province": it says every other province had fallen, a
#: second claim about other units; refused, never set aside.
_HOLDOUT = re.compile(
    r"\s*,\s*(?P<app>the\s+last\s+(?:remaining\s+)?holdout(?:\s+afghan)?(?:\s+province)?)\s*$"
)
#: An apposition that says who held the unit or what was not taken ("the last area held by
#: resistance forces", "the only province the Taliban had not seized"): a second claim, about
#: another side or another time; refused, never set aside.
_CLAIMING_APPOSITION = re.compile(
    r",\s*(?P<app>the\s+(?:last|only|first)\s+[^,]*?\b(?:held|seized|controlled|captured|taken"
    r"|fallen|fell|not|resist\w*|holdout\s+of)\b.*)$"
)


#: Appositions that hold a claim of their own, each with why it is refused (the first that
#: matches is named).
_CLAIMING = (
    (
        _HOLDOUT,
        "'the last holdout' says every other unit had fallen: a second claim about other "
        "units, which is not set aside and not read; state the claim about this unit alone",
    ),
    (
        _CLAIMING_APPOSITION,
        "an apposition that says who held the unit before or what was not taken is a second "
        "claim (about another side or another time): it is not set aside, and checking it is "
        "not read; state the claim alone",
    ),
)


def _appositions(text: str, units_text: str, gaz: Gazetteer) -> tuple[str, list[str]]:
    """The list of units without the apposition after it that locates the last unit and claims
    nothing ("north of Kabul, the Afghan capital"), and notes naming what was set aside; an
    apposition that holds a claim of its own ("the last holdout province", "the last area held
    by resistance forces") is refused."""
    notes: list[str] = []
    for pattern, why in _CLAIMING:
        m = pattern.search(units_text)
        if m:
            raise ClaimParseError(text, m["app"].strip(), why)
    m = _LOCATED.search(units_text)
    if m and (_province(gaz, m["place"]) is not None or _capital_named(m["place"])):
        notes.append(
            f"'{m['app']}' (where the unit lies) set aside: it locates the unit, it is not "
            "part of it; its direction agrees with the places data"
        )
        units_text = units_text[: m.start()]
    return units_text, notes


#: Bearings (degrees clockwise from north) of the compass words of a locator.
_BEARINGS = {
    "north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
    "southwest": 225.0, "west": 270.0, "northwest": 315.0,
}  # fmt: skip


def off_compass(bearing: float, word: str) -> float:
    """Degrees between a bearing and a compass word's ("north", "southwest"), 0 to 180."""
    return abs((bearing - _BEARINGS[word] + 180) % 360 - 180)


def capital_point(unit_kind: str, name: str, province: str) -> tuple[float, float]:
    """(lat, lon) of a provincial capital, or of a province's capital for a province (the
    places data; :mod:`mapper.check.distances` measures from it too)."""
    from ..places import builtin_places
    from .capitals import provincial_capitals

    caps = provincial_capitals(builtin_places("AFG"))
    col, key = ("name", name) if unit_kind == "capital" else ("province", province)
    row = caps[caps[col].astype(str) == key].iloc[0]
    return float(row["lat"]), float(row["lon"])


def check_locator(text: str, units_text: str, named: Sequence[NamedUnit], gaz: Gazetteer) -> None:
    """A locator set aside ("Charikar, north of Kabul") must agree with the places data: the
    unit it follows lies within 45 degrees of the compass word's bearing from the place
    named (a province by its capital's point). A district has no point of its own here, and a
    locator that contradicts the places data ("Kandahar, north of Kabul") may name another
    place than the one read: both are refused."""
    m = _LOCATED.search(units_text)
    if m is None or not named:
        return
    place = m["place"]
    prov = _province(gaz, place)
    cap = _capital_named(place)
    if prov is None and cap is None:
        return
    unit = named[-1]
    if unit.kind == "district":
        raise ClaimParseError(
            text,
            m["app"].strip(),
            "a locator after a district is not checked (the places data has no point for a "
            "district), and it may name another district of the same name: not read; name "
            "the district with its province ('Kohsan district of Herat')",
        )
    if cap:
        ref = capital_point("capital", cap[0], cap[1])
    else:
        ref = capital_point("province", "", prov or "")
    at = capital_point(unit.kind, unit.name, unit.province)
    dy = at[0] - ref[0]
    dx = (at[1] - ref[1]) * math.cos(math.radians((at[0] + ref[0]) / 2))
    found = re.search(r"(?:north|south)-?(?:east|west)|north|south|east|west", m["app"])
    if found is None:  # _LOCATED needs a compass word; never assume one (review6)
        raise ClaimParseError(text, m["app"].strip(), "a locator with no compass word is not read")
    word = re.sub(r"[^a-z]", "", found[0])
    if math.hypot(dx, dy) < 0.05:
        raise ClaimParseError(
            text,
            m["app"].strip(),
            f"{unit.label} is at {place.title()} itself, not {word} of it: the locator may "
            "name another place than the one read; not read",
        )
    bearing = math.degrees(math.atan2(dx, dy)) % 360
    if off_compass(bearing, word) > 45.0:
        raise ClaimParseError(
            text,
            m["app"].strip(),
            f"{unit.label} lies at a bearing of {bearing:.0f} degrees from {place.title()} in "
            f"the places data, not {word} of it: the locator contradicts the unit read (it "
            "may name another place); not read",
        )


_WEEKDAY = re.compile(
    r"(?:^|(?<=[\s,]))(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|today|yesterday)\b"
    # "taken over by the militants on Tuesday night after fighting ...": the part of the day
    # is the day's (dates12; before, "night" was left to the side's words)
    r"(?:(?<!today)(?<!yesterday)\s+(?:morning|afternoon|evening|night)\b)?\s*,?"
)


#: A dateline opening a report ("KABUL:", "Kabul [Afghanistan] July 27 (ANI):"), its date
#: already blanked: the place the report was filed from, not the claim's.
_DATELINE = re.compile(
    r"^(?P<place>[a-z][a-z'-]*)\s*(?:\[afghanistan\])?\s*(?:\([a-z]+\))?\s*:\s+(?=\S)"
)
#: The note some outlets add after naming the Taliban ("(a terror group, banned in Russia)",
#: "(banned as a terrorist organization in Russia)"): about the group's legal status, no claim.
_STATUS_NOTE = re.compile(
    r"\s*\((?:a\s+terror(?:ist)?\s+group,?\s+banned\s+in\s+russia|banned\s+as\s+a\s+terrorist"
    r"\s+organi[sz]ation\s+in\s+russia|recogni[sz]ed\s+as\s+(?:a\s+)?terrorist\s+movement\s+and"
    r"\s+banned\s+in\s+russia)\)"
)


#: "Currently," opening the claim: the present tense it already has, as "now".
_CURRENTLY = re.compile(r"^currently\s*,\s*")


def _set_aside(s: str, gaz: Gazetteer) -> tuple[str, list[str]]:
    """``s`` without a dateline, an opening "Currently," and the legal-status note on a side,
    and notes saying so."""
    notes = []
    m = _DATELINE.match(s)
    if m and (_province(gaz, m["place"]) is not None or _capital_named(m["place"]) is not None):
        notes.append(f"'{m.group(0).strip()}' (a dateline: where it was filed) set aside")
        s = s[m.end() :]
    m = _CURRENTLY.match(s)
    if m:
        # "Currently, the government forces control ...": the present, as "now"
        notes.append("'currently' (the present: the state on the date given) set aside")
        s = s[m.end() :]
    for n in _STATUS_NOTE.finditer(s):
        notes.append(f"'{n.group(0).strip()}' (a note on a side's legal status) set aside")
    s = _STATUS_NOTE.sub("", s)
    return re.sub(r"\s+", " ", s).strip(), notes


#: "as well" closing the claim ("... captured the Logar province as well").
_AS_WELL = re.compile(r"[\s,]+as\s+well[\s,.]*$")
#: "overnight" closing the claim (tense9).
_OVERNIGHT = re.compile(r"[\s,]+overnight[\s,]*$")


def _overnight(text: str, s: str, check_date: str) -> tuple[str, str]:
    """``s`` without a closing "overnight" ("took control of Zaranj overnight": in the night
    before the date of writing, as the figures' grammar reads it, grammar.FILLER_WORDS), and
    a note; beside another day ("yesterday overnight": the night into that day or out of
    it?) it is refused, as "overnight Saturday" is (when.refuse_vague_relative)."""
    m = _OVERNIGHT.search(s)
    if m is None:
        return s, ""
    if check_date:
        raise ClaimParseError(
            text,
            "overnight",
            "'overnight' beside another day may be the night into that day or the night "
            "after it: not one day; give the date",
        )
    note = (
        "'overnight' (the night before the date of writing) set aside: the state it leaves "
        "is checked on the date of writing"
    )
    return s[: m.start()], note


def _weekday(
    text: str, s: str, check_date: str, anchor: dt.date | None, date_text: str = ""
) -> tuple[str, str, str]:
    """``s`` without the day named in it ("captured Zaranj on Friday", "on Friday
    captured"), the ISO day it names (from ``anchor``, the date the sentence was written, as
    the reader's relative dates) and a note; more than one date is refused, but for a
    weekday or "today" beside an absolute date (``date_text``) that names the same day
    ("KABUL (UrduPoint News / Sputnik - 30th June, 2021) The Afghan government forces on
    Wednesday regained ...", 30 June 2021 a Wednesday): one day, whether the weekday counts
    from the date of writing or from the date given (see when._same_day)."""
    from .grammar import day_named

    found = list(_WEEKDAY.finditer(s))
    if not found:
        return s, check_date, ""
    if (
        len(found) == 1
        and check_date
        and date_text
        and "; " not in date_text
        and anchor is not None
        and found[0]["wd"] != "yesterday"
        and day_named(found[0]["wd"], anchor)[0].isoformat() == check_date
    ):
        m = found[0]
        note = (
            f"'{m.group(0).strip(' ,')}' and {date_text!r} name the same day ({check_date}): "
            "one date"
        )
        rest = re.sub(r"\s+", " ", s[: m.start()] + " " + s[m.end() :]).strip(" ,")
        return rest, check_date, note
    if len(found) > 1 or check_date:
        raise ClaimParseError(
            text,
            " and ".join(m.group(0).strip(" ,") for m in found),
            "more than one date; check one date per sentence",
        )
    m = found[0]
    wd = m["wd"]
    if anchor is None:
        raise ClaimParseError(
            text,
            m.group(0).strip(" ,"),
            "a day relative to when the sentence was written needs that date: give it (mapper "
            "check --date D reads D as the date of writing when the sentence has a relative "
            "date)",
        )
    day, how = day_named(wd, anchor)
    note = (
        f"'{m.group(0).strip(' ,')}': the state on {day.isoformat()} is checked ({how}; "
        f"{anchor.isoformat()} read as the date the sentence was written)"
    )
    rest = re.sub(r"\s+", " ", s[: m.start()] + " " + s[m.end() :]).strip(" ,")
    return rest, day.isoformat(), note


def reading_text(c: ParsedClaim) -> str:
    """How a units claim was read, in one line."""
    named = f"named as {c.side_text!r}" if c.side_text else "given, not in the sentence"
    units = joined([u.label for u in c.named_units])
    parts = [
        f"side {c.side} ({named})",
        f"holds {units}"
        + (
            " (every district of a province)"
            if any(u.kind == "province" for u in c.named_units)
            else ""
        ),
    ]
    if c.date_text:
        parts.append(f"date in the sentence: {c.date_text!r} (the check uses the date given)")
    parts += list(c.reading_notes)
    return "; ".join(parts)


def scope_text(c: ParsedClaim) -> str:
    return joined([u.label for u in c.named_units])
