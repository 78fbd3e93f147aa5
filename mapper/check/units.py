"""The ``units`` measure: who holds a named province, district or provincial capital (#8).

"The Taliban control Kunduz province", "Kohsan district is under Taliban control", "The
Taliban captured Zaranj, the capital of Nimroz province, on Friday", "Government forces
retook Lashkar Gah", "The Taliban have taken Herat and Kandahar": a side, a control verb and
one or more named units, no figure.

Reading (:func:`read`)
----------------------
A closed grammar, tried only on a sentence with no figure (every such sentence was refused
before this measure, so it reads nothing the other measures read):

* active: ``SIDE [now|reportedly|already|finally|also|still] VERB UNITS`` with a state verb
  (control(s), hold(s), are in control of, remain in control of, retain(s)) or a change verb
  (captured, seized, took, taken, overran, overrun, retook, retaken, recaptured, took control
  of, took over, gained control of; "capture(s)" as a headline writes it);
* predicate: ``UNITS (is|are|remains|remain|has been|have been) [now|still]`` followed by
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
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import pandas as pd

from .model import Acceptance, CheckError, ClaimParseError, Figure, ParsedClaim, VerdictKind

if TYPE_CHECKING:
    from ..boundaries import UnitSet
    from ..claims import Ledger
    from ..matching import Gazetteer
    from ..vocabulary import Vocabulary
    from .verdict import Verdict


@dataclass(frozen=True)
class NamedUnit:
    """One unit a sentence names: ``kind`` ``province``, ``district`` or ``capital``;
    ``name`` canonical (a province, a district's name, a capital's name); ``province`` the
    province it is in; ``unit_id`` the district's id (districts only); ``written`` as the
    sentence wrote it."""

    kind: str
    name: str
    province: str
    unit_id: str = ""
    written: str = ""

    @property
    def label(self) -> str:
        if self.kind == "province":
            return f"{self.name} province"
        if self.kind == "district":
            return f"{self.name} district ({self.province})"
        return f"{self.name} (capital of {self.province})"


# --------------------------------------------------------------------------------------------
# Reading

_ADV = (
    r"(?:(?:now|reportedly|already|finally|also|still|again|swiftly|quickly|fully|completely)"
    r"\s+)*"
)
_AUX = r"(?:(?:have|has|had)\s+)?"
_STATE_VERBS = (
    r"controls?|holds?|(?:is|are)\s+(?:now\s+|still\s+)?in\s+(?:full\s+|complete\s+)?control\s+of"
    r"|(?:have|has)\s+(?:full\s+|complete\s+)?control\s+of"
    r"|remains?\s+in\s+(?:full\s+|complete\s+)?control\s+of|retains?|keeps?"
)
_CHANGE_VERBS = (
    r"(?:took\s+over|taken\s+over|took\s+back|taken\s+back|captured|seized|took|taken"
    r"|overran|overrun|re-?took|re-?taken|re-?captured|gained|won|regained|liberated)"
    r"(?:\s+(?:the\s+)?(?:full\s+|complete\s+)?control\s+(?:of|over))?"
    r"|captures?|seizes?|takes?\s+(?:control\s+of|over)?|retakes?|recaptures?|overruns?"
    r"|liberates?"
)
#: Verbs that are not control (or hedge it): refused with the reason.
_NOT_CONTROL = re.compile(
    r"\b(?:besieg\w*|(?:laid|lay|lays|laying)\s+siege\s+to|under\s+siege|attack\w*|assault\w*"
    r"|advanc\w*|surround\w*|encircl\w*|enter\w*|fight(?:s|ing)?|fought|storm\w*|raid\w*|clos\w+\s+in"
    r"|push\w*\s+into|mov\w+\s+into|reach\w*|infiltrat\w*|threat\w*|pressur\w*|overrunning"
    r"|approach\w*|target\w*|bombard\w*|shell\w*|clash\w*|battl\w*|contest\w*)\b"
)
_HEDGES = re.compile(
    r"\b(?:almost|nearly|partially|partly|largely|mostly|effectively|virtually|practically"
    r"|briefly|temporarily|most\s+of|parts?\s+of|much\s+of|some\s+of|part\s+of|half\s+of"
    r"|outskirts|centre\s+of|center\s+of|around|near|close\s+to|edge\s+of|gates?\s+of)\b"
)
_ANY_VERB = re.compile(
    rf"\b(?:{_STATE_VERBS}|{_CHANGE_VERBS}|fell|fallen|falls?|under|hands|held\s+by"
    r"|controlled\s+by|came\s+under|come\s+under)\b"
)

_ACTIVE = re.compile(
    rf"^(?P<side>[a-z][a-z' -]*?(?:\s*\([a-z]+\))?)\s+{_ADV}{_AUX}{_ADV}"
    rf"(?P<verb>{_STATE_VERBS}|{_CHANGE_VERBS})"
    rf"\s+(?P<units>.+?)$"
)
_BE = r"(?:is|are|remains|remain|has\s+been|have\s+been)\s+"
_PREDICATE = re.compile(
    rf"^(?P<units>.+?)\s+(?:{_BE}{_ADV}(?P<state>under\s+(?:the\s+)?(?:full\s+|complete\s+)?"
    r"control\s+of\s+(?P<s1>.+)|under\s+(?:the\s+)?(?:full\s+|complete\s+)?(?P<s2>.+?)\s+control"
    r"|in\s+(?:the\s+)?hands\s+of\s+(?P<s3>.+)|in\s+(?P<s4>.+?)\s+hands|held\s+by\s+(?P<s5>.+)"
    r"|controlled\s+by\s+(?P<s6>.+))"
    rf"|{_ADV}(?:(?:has|have)\s+{_ADV})?(?P<change>fallen|fell|falls?)\s+(?:in)?to\s+"
    r"(?:(?:the\s+)?hands\s+of\s+(?P<c1>.+)|(?P<c2>.+?)\s+hands|(?P<c3>.+))"
    r"|(?:(?:was|were|has\s+been|have\s+been)\s+)(?P<passive>captured|seized|taken|overrun"
    r"|retaken|recaptured|taken\s+over)\s+by\s+(?P<c4>.+)"
    r"|(?:(?:has|have)\s+)?(?P<came>came|come)\s+under\s+(?:the\s+)?(?:control\s+of\s+"
    r"(?P<c5>.+)|(?P<c6>.+?)\s+control))$"
)

_DIR = (
    r"(?:afghanistan\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?"
    r"|west(?:ern)?|central|key|strategic|remote|restive|volatile|mountainous|southern|northern"
    r")\s+)?"
)
_WORD = r"(?!(?:of|the|in|and|province|district|city|town|capital|provincial)\b)[a-z][a-z'-]*"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
_APPOSITIVE = re.compile(
    rf"(?P<cap>{_NAME})\s*,\s*(?:(?:the\s+)?{_DIR}(?:provincial\s+)?capital\s+(?:city\s+)?of\s+"
    rf"(?:the\s+)?{_DIR}(?:province\s+of\s+)?(?P<prov>{_NAME}?)(?:\s+province)?"
    rf"|(?P<prov2>{_NAME}?)(?:\s+province)?\s+(?:provincial\s+)?capital)\s*(?=,|$)"
)


def looks_like(s: str) -> bool:
    """Whether the prepared sentence ``s`` has a verb of this grammar (a control verb, or
    one that is not control): only then does :func:`read` read or refuse it."""
    return bool(_ANY_VERB.search(s) or _NOT_CONTROL.search(s))


def _key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


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
                     date_text, check_date)  # fmt: skip
    except ClaimParseError as e:
        # the words no constituent reads, named (an unknown word is refused, never skipped)
        unread = _unread(s, gaz, vocabulary)
        if unread and tuple(unread) != e.unread:
            raise ClaimParseError(text, e.part, e.problem, unread=unread) from None
        raise


_GRAMMAR_WORDS = frozenset(
    re.findall(
        r"\S+",
        "the a an of in and province provinces district districts city town capital "
        "provincial now reportedly already finally also still again swiftly quickly fully "
        "full complete have has had is are remain remains been under control controls "
        "hold holds held by hands fell fallen falls fall to into came come captured "
        "seized took taken overran overrun retook retaken recaptured gained won over "
        "capture captures seize seizes take takes retake retakes recapture recaptures "
        "overruns retain retains keep keeps controlled was were afghanistan north south "
        "east west northern southern eastern western northeastern northwestern "
        "southeastern southwestern north-east north-west south-east south-west central "
        "key strategic remote restive volatile mountainous on monday tuesday wednesday "
        "thursday friday saturday sunday today yesterday afghan ",
    )
)


@functools.lru_cache(maxsize=4)
def _name_words(gaz: Gazetteer) -> frozenset[str]:
    from ..places import builtin_places
    from .capitals import provincial_capitals

    names = [*gaz.province_names, *(n for n, _p in gaz.district_names.values())]
    for _, r in provincial_capitals(builtin_places("AFG")).iterrows():
        names += [str(r["name"]), *r["variants"]]
    return frozenset(w for n in names for w in re.findall(r"[a-z]+", n.lower()))


def _unread(s: str, gaz: Gazetteer, vocabulary: Vocabulary) -> list[str]:
    """Words of ``s`` that are neither this grammar's words nor part of a known name or side
    (in the order they stand)."""
    from .model import ACTOR_PHRASES

    spellings = [*ACTOR_PHRASES]
    for key in vocabulary.sides:
        st = vocabulary[key]
        spellings += [key, st.label, *st.aliases, *st.words]
    side_words = {w for p in spellings for w in re.findall(r"[a-z]+", p.lower())}
    known = _GRAMMAR_WORDS | _name_words(gaz) | side_words
    return [w for w in re.findall(r"[a-z]+", s) if w not in known and len(w) > 1]


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
) -> ParsedClaim | None:
    s, check_date, when_note = _weekday(text, s, check_date, anchor)
    notes = [*notes, when_note] if when_note else list(notes)
    s, aside_notes = _set_aside(s, gaz)
    notes += aside_notes
    change = ""
    pred = _PREDICATE.match(s)
    act = None if pred else _ACTIVE.match(s)
    if act is not None:
        side_words, verb, units_text = act["side"], act["verb"], act["units"]
        if re.match(_CHANGE_VERBS, verb) and not re.match(_STATE_VERBS, verb):
            change = verb
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
    side_slot = re.sub(r"^(?:the\s+)", "", side_words.strip())
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
    named, unit_notes = _read_units(text, units_text, gaz, change=bool(change))
    reading_notes = list(notes) + unit_notes
    if change:
        reading_notes.append(
            f"'{change}' (a change) read as the state it leaves: {side_name(vocabulary, key)} "
            f"holds {_joined([u.label for u in named])} on the date checked; the change itself "
            "(that the side did not hold it before) is not checked"
        )
    names = _joined([u.label for u in named])
    figure = Figure("count", float(len(named)), float(len(named)), 0.0, names, kind="units")
    return ParsedClaim(
        text=text,
        side=key,
        side_text=side_text,
        comparison="as-stated",
        comparison_text="",
        figure=figure,
        measure="units",
        date_text=date_text,
        check_date=check_date,
        reading_notes=tuple(reading_notes),
        named_units=tuple(named),
        change_verb=change,
    )


_WEEKDAY = re.compile(
    r"(?:^|(?<=[\s,]))(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|today|yesterday)\b\s*,?"
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


def _set_aside(s: str, gaz: Gazetteer) -> tuple[str, list[str]]:
    """``s`` without a dateline and the legal-status note on a side, and notes saying so."""
    notes = []
    m = _DATELINE.match(s)
    if m and (_province(gaz, m["place"]) is not None or _capital_named(m["place"]) is not None):
        notes.append(f"'{m.group(0).strip()}' (a dateline: where it was filed) set aside")
        s = s[m.end() :]
    for n in _STATUS_NOTE.finditer(s):
        notes.append(f"'{n.group(0).strip()}' (a note on a side's legal status) set aside")
    s = _STATUS_NOTE.sub("", s)
    return re.sub(r"\s+", " ", s).strip(), notes


def _weekday(text: str, s: str, check_date: str, anchor: dt.date | None) -> tuple[str, str, str]:
    """``s`` without the day named in it ("captured Zaranj on Friday", "on Friday
    captured"), the ISO day it names (from ``anchor``, the date the sentence was written, as
    the reader's relative dates) and a note; more than one date is refused."""
    from .grammar import day_named

    found = list(_WEEKDAY.finditer(s))
    if not found:
        return s, check_date, ""
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


def side_name(vocabulary: Vocabulary, side: str) -> str:
    """ "Taliban" for the status labelled "Taliban control" (the side, not its status)."""
    label = vocabulary[side].label
    return re.sub(r"\s+control$", "", label, flags=re.IGNORECASE) or label


def _joined(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _read_units(
    text: str, units_text: str, gaz: Gazetteer, *, change: bool
) -> tuple[list[NamedUnit], list[str]]:
    """The units of the list ``units_text`` ("zaranj, the capital of nimroz province",
    "herat and kandahar") and the notes on how each was read."""
    notes: list[str] = []
    items: list[str] = []
    rest = units_text.strip(" ,")
    # appositives first: "Zaranj, the capital of Nimroz province" is one unit
    appos: dict[str, tuple[str, str]] = {}

    def keep(m: re.Match[str]) -> str:
        token = f"@{len(appos)}"
        appos[token] = (m["cap"], m["prov"] or m["prov2"])
        return token

    rest = _APPOSITIVE.sub(keep, rest)
    rest = _SHARED_KIND.sub(_distribute, rest)
    for part in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", rest):
        if part.strip():
            items.append(part.strip())
    if not items:
        raise ClaimParseError(text, units_text, "names no province, district or city")
    out: list[NamedUnit] = []
    for item in items:
        if item in appos:
            cap_words, prov_words = appos[item]
            unit = _capital_of(text, prov_words, gaz, cap_words)
            notes.append(
                f"'{cap_words}, the capital of {prov_words}' read as the provincial capital "
                f"{unit.name} ({unit.province} province in the places data), by the district "
                "holding its point"
            )
        else:
            unit, note = _read_unit(text, item, gaz, change=change)
            if note:
                notes.append(note)
        if any(u.kind == unit.kind and u.name == unit.name for u in out):
            raise ClaimParseError(text, item, "names the same unit twice")
        out.append(unit)
    return out, notes


#: "Saighan and Kahmard districts in Bamiyan": one kind word for several names.
_SHARED_KIND = re.compile(
    rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})\s+(?P<kind>districts|provinces)"
    rf"(?P<q>\s+(?:of|in)\s+(?:the\s+)?{_DIR}(?:province\s+of\s+)?{_NAME}?(?:\s+province)?)?"
    r"(?=\s*(?:,|\band\b|$))"
)


def _distribute(m: re.Match[str]) -> str:
    kind = m["kind"][:-1]
    names = [n for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["names"]) if n.strip()]
    return ", ".join(f"{n.strip()} {kind}{m['q'] or ''}" for n in names)


#: "Helmand's capital" (the possessive dropped: "helmand capital"), "the Helmand capital".
_PROV_CAPITAL = re.compile(
    rf"^(?:the\s+)?{_DIR}(?P<n>{_NAME})\s+(?:provincial\s+)?capital(?:\s+city)?$"
)


_PROVINCE_OF = re.compile(rf"^(?:the\s+)?{_DIR}province\s+of\s+(?P<n>{_NAME})$")
_PROVINCE_WORD = re.compile(rf"^(?:the\s+)?{_DIR}(?P<n>{_NAME})\s+province$")
_DISTRICT = re.compile(
    rf"^(?:the\s+)?{_DIR}(?:district\s+of\s+(?P<a>{_NAME})|(?P<b>{_NAME})\s+district)"
    rf"(?:\s+(?:of|in)\s+(?:the\s+)?{_DIR}(?:province\s+of\s+)?(?P<p>{_NAME}?)(?:\s+province)?)?$"
)
_CITY = re.compile(
    rf"^(?:the\s+)?{_DIR}(?:(?:city|town)\s+of\s+(?P<a>{_NAME})|(?P<b>{_NAME})\s+city)"
    rf"(?:\s+(?:of|in)\s+(?:the\s+)?{_DIR}(?:province\s+of\s+)?(?P<p>{_NAME}?)(?:\s+province)?)?$"
)
_CAPITAL_OF = re.compile(
    rf"^(?:the\s+)?{_DIR}(?:provincial\s+)?capital\s+(?:city\s+)?of\s+(?:the\s+)?{_DIR}"
    rf"(?:province\s+of\s+)?(?P<n>{_NAME}?)(?:\s+province)?"
    rf"(?:\s+in\s+(?:the\s+)?{_DIR}(?:province\s+of\s+)?(?P<p>{_NAME}?)(?:\s+province)?)?$"
)


@functools.lru_cache(maxsize=1)
def _capital_keys() -> dict[str, tuple[str, str]]:
    """Folded spelling -> (name, province) of every built-in provincial capital (folded as
    district names are: "Kundoz" is Kunduz, "Mazar-e Sharif" is Mazar-i-Sharif)."""
    from ..matching import fold
    from ..places import builtin_places
    from .capitals import provincial_capitals

    out: dict[str, tuple[str, str]] = {}
    for _, r in provincial_capitals(builtin_places("AFG")).iterrows():
        for spelling in [r["name"], *r["variants"]]:
            out.setdefault(fold(str(spelling)), (str(r["name"]), str(r["province"])))
    return out


def _exact(
    words: str,
    look: Callable[[str], Any],
    known: frozenset[str],
    own: Callable[[Any], set[str]] = lambda _f: set(),
) -> Any:
    """``look(words)``, or ``None`` when a word of a name of several words is in no known
    name (``known``) or a first or last word is not part of what it finds: names fold
    leniently ("Kunduz zzz" and "Lashkar ggg Gah" fold like the names), an extra word is never
    absorbed. A one-word name may be a spelling the fold accepts ("Kundoz")."""
    found = look(words)
    parts = words.split()
    if found is None or len(parts) < 2:
        return found
    if any(w not in known for w in re.findall(r"[a-z]+", words)):
        return None
    mine = own(found)
    if (parts[0] not in mine and look(" ".join(parts[1:])) == found) or (
        parts[-1] not in mine and look(" ".join(parts[:-1])) == found
    ):
        return None
    return found


def _words_of(*names: str) -> set[str]:
    return {w for n in names for w in re.findall(r"[a-z]+", n.lower())}


@functools.lru_cache(maxsize=1)
def _capital_spellings() -> tuple[tuple[str, tuple[str, str]], ...]:
    """(spelling, (name, province)) for every spelling of a built-in provincial capital."""
    from ..places import builtin_places
    from .capitals import provincial_capitals

    out = []
    for _, r in provincial_capitals(builtin_places("AFG")).iterrows():
        for spelling in [r["name"], *r["variants"]]:
            out.append((str(spelling), (str(r["name"]), str(r["province"]))))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _capital_words() -> frozenset[str]:
    from ..places import builtin_places
    from .capitals import provincial_capitals

    names: list[str] = []
    for _, r in provincial_capitals(builtin_places("AFG")).iterrows():
        names += [str(r["name"]), *r["variants"]]
    return frozenset(w for n in names for w in re.findall(r"[a-z]+", n.lower()))


def _capital_named(words: str) -> tuple[str, str] | None:
    from ..matching import fold

    return cast(
        "tuple[str, str] | None",
        _exact(
            words,
            lambda w: _capital_keys().get(fold(w)),
            _capital_words(),
            lambda c: _words_of(*(n for n, cap in _capital_spellings() if cap == c)),
        ),
    )


def _province(gaz: Gazetteer, words: str) -> str | None:
    return cast(
        "str | None",
        _exact(words, gaz.resolve_province, _name_words(gaz), lambda p: _words_of(p)),
    )


def _capital_unit(name: str, prov: str, written: str) -> NamedUnit:
    return NamedUnit("capital", name, prov, "", written)


def _capital_of(text: str, words: str, gaz: Gazetteer, named: str = "") -> NamedUnit:
    """The provincial capital "the capital of WORDS" names (WORDS a province or the capital's
    own name); with ``named`` ("Zaranj, the capital of Nimroz"), the places data must agree."""
    from ..places import builtin_places
    from .capitals import provincial_capitals

    prov = _province(gaz, words)
    own = _capital_named(words)
    cap: tuple[str, str] | None = None
    if prov is not None:
        table = provincial_capitals(builtin_places("AFG"))
        rows = table[table["province"].astype(str) == prov]
        if len(rows) == 1:
            cap = (str(rows.iloc[0]["name"]), prov)
    if cap is None and own is not None and prov is None:
        cap = own
    if cap is None:
        raise ClaimParseError(
            text,
            f"the capital of {words}",
            f"{words!r} is not a province with a provincial capital in the places data"
            + _suggestions(words, gaz),
        )
    if named:
        said = _capital_named(named)
        if said is None or said[0] != cap[0]:
            raise ClaimParseError(
                text,
                f"{named}, the capital of {words}",
                f"the places data gives {cap[0]} as the capital of {cap[1]} province, not "
                f"{named!r}; a named capital is read only when the two agree",
            )
    return _capital_unit(cap[0], cap[1], named or f"the capital of {words}")


def _read_unit(text: str, item: str, gaz: Gazetteer, *, change: bool) -> tuple[NamedUnit, str]:
    """One unit of the list, and a note when a bare name needed a choice."""
    m = _CAPITAL_OF.match(item) or _PROV_CAPITAL.match(item)
    if m:
        unit = _capital_of(text, m["n"], gaz)
        _same_province(text, item, unit.province, m.groupdict().get("p"), gaz)
        return unit, f"'{item}' read as the provincial capital {unit.name} ({unit.province})"
    m = _PROVINCE_OF.match(item) or _PROVINCE_WORD.match(item)
    if m:
        prov = _province(gaz, m["n"])
        if prov is None:
            raise ClaimParseError(
                text,
                item,
                f"{m['n']!r} is not a province of the boundary set" + _suggestions(m["n"], gaz),
            )
        return NamedUnit("province", prov, prov, "", item), ""
    m = _DISTRICT.match(item)
    if m:
        return _district(text, m["a"] or m["b"], m["p"] or "", gaz, item), ""
    m = _CITY.match(item)
    if m:
        name = m["a"] or m["b"]
        cap = _capital_named(name)
        if cap is None:
            raise ClaimParseError(
                text,
                item,
                f"{name!r} is not a provincial capital in the places data; other cities and "
                "towns are not units of the boundary set" + _suggestions(name, gaz),
            )
        _same_province(text, item, cap[1], m["p"], gaz)
        return _capital_unit(cap[0], cap[1], item), ""
    m = _IN_PROVINCE.match(item)
    if m:
        return _in_province(text, item, m["n"], m["p"], gaz)
    if not re.fullmatch(_NAME, item) or item.startswith("the "):
        raise ClaimParseError(
            text,
            item,
            f"could not read {item!r} as a province, a district or a provincial capital "
            "('Kunduz province', 'Kohsan district', 'the city of Kunduz', 'Zaranj')",
            unread=tuple(item.split()),
        )
    return _bare(text, item, gaz, change=change)


#: "Zaranj in Nimroz (province)", "Imam Sahib in Kunduz": a bare name and its province.
_IN_PROVINCE = re.compile(
    rf"^(?P<n>{_NAME})\s+(?:in|of)\s+(?:the\s+)?{_DIR}(?:province\s+of\s+)?(?P<p>{_NAME}?)"
    r"(?:\s+province)?$"
)


def _in_province(
    text: str, item: str, name: str, prov_words: str, gaz: Gazetteer
) -> tuple[NamedUnit, str]:
    """A bare name with its province: the province's capital by that name, else its district
    by that name (exactly), else refused."""
    prov = _province(gaz, prov_words)
    if prov is None:
        raise ClaimParseError(
            text, item, f"{prov_words!r} is not a province" + _suggestions(prov_words, gaz)
        )
    cap = _capital_named(name)
    if cap is not None and cap[1] == prov:
        return _capital_unit(cap[0], cap[1], item), (
            f"'{item}' read as the provincial capital {cap[0]} ({prov} province)"
        )
    unit = _district(text, name, prov, gaz, item)
    return unit, f"'{item}' read as {unit.name} district ({prov})"


def _same_province(text: str, item: str, prov: str, words: str | None, gaz: Gazetteer) -> None:
    if not words:
        return
    said = _province(gaz, words)
    if said != prov:
        raise ClaimParseError(
            text,
            item,
            f"the places data puts this provincial capital in {prov} province, not in {words!r}",
        )


def _district(text: str, name: str, prov_words: str, gaz: Gazetteer, item: str) -> NamedUnit:
    if not gaz.district_names:
        raise ClaimParseError(
            text,
            item,
            "naming a district needs the boundary set's district names; parse with "
            "gazetteer=units.gazetteer() (the CLI does)",
        )
    prov = ""
    if prov_words:
        p = _province(gaz, prov_words)
        if p is None:
            raise ClaimParseError(
                text, item, f"{prov_words!r} is not a province" + _suggestions(prov_words, gaz)
            )
        prov = p
    m = gaz.match(prov, name)
    if m.note and not m.problem:
        raise ClaimParseError(text, item, _place_note(m.note))
    if m.problem or len(m.unit_ids) != 1 or m.read_as:
        hint = f" (did you mean {', '.join(m.suggestions)}?)" if m.suggestions else ""
        raise ClaimParseError(text, item, f"{m.problem or m.read_as}{hint}")
    uid = m.unit_ids[0]
    dname, dprov = gaz.district_names[uid]
    return NamedUnit("district", dname, dprov, uid, item)


def _bare(text: str, name: str, gaz: Gazetteer, *, change: bool) -> tuple[NamedUnit, str]:
    """A bare name: a province, a district or a provincial capital (see the module
    docstring for a name that is several)."""
    prov = _province(gaz, name)
    cap = _capital_named(name)
    dist = gaz.match("", name) if gaz.district_names else None
    # a first or last word the district's name does not need is not read
    if (
        dist is not None
        and dist.unit_ids
        and not dist.note  # a locality or newer district: refused below, naming it
        and _exact(
            name,
            lambda w: tuple(gaz.match("", w).unit_ids) or None,
            _name_words(gaz),
            lambda ids: _words_of(*(gaz.district_names[u][0] for u in ids)),
        )
        is None
    ):
        dist = None
    if dist is not None and dist.note and not dist.problem and prov is None and cap is None:
        raise ClaimParseError(text, name, _place_note(dist.note))
    dist_ids = list(dist.unit_ids) if dist is not None and not dist.read_as else []
    dist_ambiguous = dist is not None and "ambiguous" in (dist.problem or "")
    labels = [gaz.label(u) for u in dist_ids]
    if dist_ambiguous and dist is not None:
        labels = list(dist.suggestions)
    elsewhere = [lab for lab in labels if cap is not None and not lab.endswith(f"({cap[1]})")]
    if cap is not None and elsewhere:
        # "Fayzabad": Badakhshan's capital, and a district of Jowzjan
        raise ClaimParseError(
            text,
            name,
            f"{name!r} names the provincial capital {cap[0]} ({cap[1]}) and a district "
            f"elsewhere ({', '.join(elsewhere)}): say '{name} city' or '{name} district in "
            "PROVINCE'",
        )
    if cap is not None and prov is None:
        # a capital's name (Zaranj, Lashkar Gah): the city, by the district holding its point
        note = f"'{name}' read as the provincial capital {cap[0]} ({cap[1]} province)"
        if dist_ids:
            note += ", by the district holding its point (a district has the same name)"
        if not gaz.district_names:
            note += (
                " (read without the boundary set's district names: a district of that name "
                "elsewhere is not ruled out; mapper check reads with them)"
            )
        return _capital_unit(cap[0], cap[1], name), note
    if cap is not None and prov is not None:
        if not change:
            raise ClaimParseError(
                text,
                name,
                f"{name!r} names both {prov} province and its capital, the city of {cap[0]}: "
                f"after a verb of state the two readings differ (a province held in part, its "
                f"city held); say '{name} province' or '{name} city'",
            )
        return _capital_unit(cap[0], cap[1], name), (
            f"'{name}' read as the city of {cap[0]}, the capital of {prov} province (a capture "
            f"of a bare name that is a province and its capital is, in reporting, the city's); "
            f"say '{name} province' to check all of the province"
        )
    if prov is not None:
        if dist_ids or dist_ambiguous:
            where = ", ".join(gaz.label(u) for u in dist_ids) or (dist.problem if dist else "")
            raise ClaimParseError(
                text,
                name,
                f"{name!r} names {prov} province and a district ({where}); say '{name} "
                f"province' or '{name} district'",
            )
        return NamedUnit("province", prov, prov, "", name), (
            f"'{name}' read as {prov} province (no district or provincial capital has the name)"
        )
    if dist_ids and len(dist_ids) == 1:
        uid = dist_ids[0]
        dname, dprov = gaz.district_names[uid]
        return NamedUnit("district", dname, dprov, uid, name), (
            f"'{name}' read as {dname} district ({dprov})"
        )
    if dist_ambiguous and dist is not None:
        raise ClaimParseError(text, name, f"{dist.problem}; name the province")
    raise ClaimParseError(
        text,
        name,
        f"{name!r} is not a province, a district of the boundary set or a provincial capital; "
        "an unknown place is refused, never widened" + _suggestions(name, gaz),
        unread=tuple(name.split()),
    )


def _place_note(note: str) -> str:
    """Why a place of ``new_districts.csv`` (a locality such as Islam Qala, or a district
    created after the boundary set) is not read as a named unit: the ledger counts a claim on
    it for the district containing it, but a town or part held is not the whole district held
    (red-team finding, #8)."""
    return (
        f"{note}; a town, crossing or newer district inside a district is not the whole "
        "district: holding it is not holding the district, so it is not read as one"
    )


def _suggestions(name: str, gaz: Gazetteer) -> str:
    out = list(gaz.suggest_province(name))
    if gaz.district_names:
        out += [s for s in gaz.match("", name).suggestions if s not in out]
    return f" (did you mean {', '.join(out[:5])}?)" if out else ""


# --------------------------------------------------------------------------------------------
# Checking


def members(
    parsed: ParsedClaim,
    state: pd.DataFrame,
    units: UnitSet,
    places: pd.DataFrame | None,
    ledger: Ledger | None,
) -> list[tuple[NamedUnit, list[str], bool, str]]:
    """(unit, its district ids, whether it rests open on a province-wide claim, how it is
    measured) for each named unit.

    Raises
    ------
    CheckError
        A unit not in the boundary set, or a capital without a district-level set.
    """
    out: list[tuple[NamedUnit, list[str], bool, str]] = []
    cap_frame: pd.DataFrame | None = None
    for u in parsed.named_units:
        if u.kind == "province":
            ids = [str(i) for i in state.index[state["province"].astype(str) == u.name]]
            if not ids:
                raise CheckError(f"province {u.name!r} is not in boundary set {units.boundary!r}")
            level = units.level
            how = (
                f"all {len(ids)} {level}s of {u.name}" if len(ids) > 1 else f"the {level} {u.name}"
            )
            out.append((u, ids, False, how))
        elif u.kind == "district":
            if u.unit_id not in state.index:
                raise CheckError(
                    f"district {u.name!r} ({u.unit_id}) is not in boundary set {units.boundary!r}"
                )
            out.append((u, [u.unit_id], False, "the district itself"))
        else:
            if cap_frame is None:
                from .capitals import capital_frame

                if units.level != "district":
                    raise CheckError(
                        f"a provincial capital ({u.name}) takes the status of the district "
                        f"holding its point: it needs a district-level boundary set; "
                        f"{units.boundary!r} has {units.level}s"
                    )
                cap_frame = capital_frame(state, units, places, ledger)
            if u.name not in cap_frame.index:
                raise CheckError(
                    f"provincial capital {u.name!r} is not in the places given; valid: "
                    f"{', '.join(sorted(cap_frame.index))}"
                )
            r = cap_frame.loc[u.name]
            uid = str(r["unit_id"])
            rests = str(r["scope"]) == "province"
            how = f"the district holding its point, {state.at[uid, 'name']!s}"
            if r["earlier"]:
                how += f" (a province-wide claim agrees with its own {r['earlier']})"
            if rests:
                how += " (decided by a province-wide claim, which does not decide a capital: open)"
            out.append((u, [uid], rests, how))
    return out


def check_units(
    parsed: ParsedClaim,
    state: pd.DataFrame,
    units: UnitSet,
    *,
    vocabulary: Vocabulary,
    mode: str,
    places: pd.DataFrame | None = None,
    ledger: Ledger | None = None,
) -> Verdict:
    """The verdict on a claim of the ``units`` measure (see the module docstring); ``mode``
    as resolved by :func:`mapper.check.verdict.resolve_unclaimed`."""
    from .model import allocation_labels
    from .verdict import Verdict

    side = parsed.side
    if side not in vocabulary.sides:
        raise CheckError(f"side {side!r} is not in the vocabulary; valid: {vocabulary.sides}")
    parts = members(parsed, state, units, places, ledger)
    status = state["status"].astype(str)
    actor = state["actor"].astype(str)
    unconfirmed = status.isin(vocabulary.of_kind("unconfirmed"))
    open_all = unconfirmed | status.isin(
        vocabulary.of_kind("contested") + vocabulary.of_kind("disputed")
    )
    unknown_all = status == vocabulary.unknown
    own_all = status == side
    given_all = unknown_all if mode == side else pd.Series(False, index=state.index)
    keys = ("low", "mid", "high", "open_low", "open_high", "nobody_high")
    held: dict[str, list[bool]] = {k: [] for k in keys}
    rows: list[dict[str, Any]] = []
    side_label = side_name(vocabulary, side)
    for u, ids, rests, how in parts:
        own, unc, opn, unk, given = (
            own_all[ids], unconfirmed[ids], open_all[ids], unknown_all[ids], given_all[ids]
        )  # fmt: skip
        if rests:
            own = own & False
            opn = ~unk
            unc = unc & False
        mid_extra = unc & (actor[ids] == side)
        sets = {
            "low": own | given,
            "mid": own | mid_extra | given,
            "high": own | opn | given,
            "open_low": own,
            "open_high": own | opn | unk,
            "nobody_high": own | opn,
        }
        for k in keys:
            held[k].append(bool(sets[k].all()))
        one = Acceptance(lo=1.0, hi=1.0)
        v = _verdict_of(
            one,
            {k: float(held[k][-1]) for k in keys},
            mode,
        )
        rows.append(_unit_row(u, ids, rests, how, v, state, vocabulary, side_label))
    n = float(len(parts))
    amounts = {k: float(sum(held[k])) for k in keys}
    acc = parsed.acceptance()
    verdict = _verdict_of(acc, amounts, mode)
    values = {b: amounts[b] for b in ("low", "mid", "high")}
    holds = {b: acc.contains(values[b]) for b in values}
    open_values = {"low": amounts["open_low"], "high": amounts["open_high"]}
    open_holds = {k: acc.contains(v) for k, v in open_values.items()}
    range_values = (
        dict(open_values) if mode == "open" else {"low": values["low"], "high": values["high"]}
    )
    all_ids = list(dict.fromkeys(i for _u, ids, _r, _h in parts for i in ids))
    sub = state.loc[all_ids]

    def ids_where(mask: pd.Series) -> tuple[str, ...]:
        return tuple(str(i) for i in all_ids if bool(mask[i]))

    unknown_ids = ids_where(unknown_all)
    rest_ids = {ids[0] for _u, ids, r, _h in parts if r}
    open_ids = tuple(dict.fromkeys([*ids_where(open_all), *(i for i in all_ids if i in rest_ids)]))
    not_side = [i for i in all_ids if not bool(own_all[i]) or i in rest_ids]
    if verdict == "supported":
        deciding, role = tuple(all_ids), "every district of the named units, each the side's"
    elif verdict == "contradicted":
        deciding = tuple(i for i in not_side if i not in open_ids and i not in unknown_ids)
        role = "districts of the named units held by another side"
    elif verdict == "undetermined":
        deciding, role = unknown_ids, "districts of the named units with no claim on record"
    else:
        deciding, role = open_ids, "contested, disputed and unconfirmed districts of the units"
    names = _joined([u.label for u in parsed.named_units])
    total_units = int(n)
    explanation = _explanation(verdict, rows, side_label, total_units)
    verdict_open = _verdict_of(acc, amounts, "open") if mode != "open" else verdict
    notes = []
    if mode != "open" and verdict_open != verdict:
        notes.append(
            f"With --unclaimed open (the default: units with no claim on record counted both "
            f"ways) the verdict would be {verdict_open.upper()}."
        )
    if state.attrs.get("max_age") is not None and bool(sub["stale"].any()):
        notes.append(
            f"{int(sub['stale'].sum())} district(s) of the named units have a status older "
            f"than {state.attrs['max_age']} days and count as having no claim on record."
        )
    from .explanation import _unclaimed_text

    allocations = allocation_labels(mode == side)
    date = str(state.attrs.get("date", ""))
    unclaimed_amount = float(sum(1 for r in rows if r["unclaimed_districts"]))
    return Verdict(
        claim=parsed,
        verdict=verdict,
        date=date,
        side=side,
        side_label=side_label,
        measure="units",
        form="count",
        scope=names,
        unit="named units",
        total=n,
        values=values,
        amounts=dict(values),
        holds=holds,
        accepted=acc,
        accepted_text=f"all {total_units} named unit(s) held by {side_label} in full"
        if total_units > 1
        else f"{names} held by {side_label} in full",
        scope_units=tuple(all_ids),
        deciding_units=deciding,
        deciding_role=role,
        open_units=open_ids,
        unknown_units=unknown_ids,
        unknown_amount=float(len(unknown_ids)),
        denominator=(
            f"the {total_units} named unit(s): "
            + "; ".join(f"{r['unit']}: {r['measured_as']}" for r in rows)
            + f" (boundary set '{units.boundary}'); a unit counts for the side when all of "
            "its districts do"
        ),
        boundary=units.boundary,
        level=units.level,
        explanation=explanation,
        unclaimed=mode,
        unclaimed_text=_unclaimed_text(mode, vocabulary),
        unclaimed_summary=(
            f"{len(unknown_ids)} of the {len(all_ids)} {units.level}s of the named units have "
            f"no claim on record by {date}"
        ),
        unclaimed_amount=unclaimed_amount,
        unclaimed_share=unclaimed_amount / n if n else 0.0,
        open_values=open_values,
        open_amounts=dict(open_values),
        open_holds=open_holds,
        range_values=range_values,
        allocations=allocations,
        notes=tuple(notes),
        named_units=tuple(rows),
    )


def _verdict_of(acc: Acceptance, amounts: dict[str, float], mode: str) -> VerdictKind:
    """The verdict as :func:`mapper.check.evaluation.check_claim` decides it."""
    if mode != "open":
        return acc.relation(amounts["low"], amounts["high"])
    recorded = acc.relation(amounts["open_low"], amounts["nobody_high"])
    both = acc.relation(amounts["open_low"], amounts["open_high"])
    if both != "depends-on-assumptions" or recorded == "depends-on-assumptions":
        return both
    return "undetermined"


def _unit_row(
    u: NamedUnit,
    ids: list[str],
    rests: bool,
    how: str,
    verdict: VerdictKind,
    state: pd.DataFrame,
    vocabulary: Vocabulary,
    side_label: str,
) -> dict[str, Any]:
    """One named unit in the verdict: its status by district and the ledger rows behind it."""
    groups: dict[str, list[str]] = {}
    claims: list[str] = []
    seen: set[str] = set()
    for i in ids:
        r = state.loc[i]
        label = vocabulary[str(r["status"])].label
        if rests:
            label += " (on a province-wide claim: open for the capital)"
        groups.setdefault(label, []).append(str(r["name"]))
        rows_behind = str(r["rows"] or "")
        if rows_behind and rows_behind not in seen:
            seen.add(rows_behind)
            when = r["claim_date"]
            day: str = "" if pd.isna(when) else pd.Timestamp(when).date().isoformat()
            scope = str(r["scope"] or "")
            claims.append(
                f"row{'s' if ';' in rows_behind else ''} {rows_behind.replace(';', ', ')} "
                f"({day}, {r['source']}"
                + (f", {scope}-wide claim" if scope in ("province", "country") else "")
                + ")"
            )
    status = "; ".join(
        f"{label} {len(names)}" + (f" ({', '.join(sorted(names))})" if len(ids) > 1 else "")
        for label, names in sorted(groups.items())
    )
    unclaimed = [
        str(state.at[i, "name"]) for i in ids if str(state.at[i, "status"]) == vocabulary.unknown
    ]
    return {
        "unit": u.label,
        "kind": u.kind,
        "name": u.name,
        "province": u.province,
        "written": u.written,
        "measured_as": how,
        "districts": list(ids),
        "status": status,
        "verdict": verdict,
        "claims": claims,
        "unclaimed_districts": unclaimed,
    }


def _explanation(verdict: VerdictKind, rows: list[dict[str, Any]], side_label: str, n: int) -> str:
    held = [r["unit"] for r in rows if r["verdict"] == "supported"]
    lost = [r["unit"] for r in rows if r["verdict"] == "contradicted"]
    open_ = [r["unit"] for r in rows if r["verdict"] in ("depends-on-assumptions", "undetermined")]
    bits = []
    if held:
        bits.append(f"held by {side_label} in full at every allocation: {_joined(held)}")
    if lost:
        bits.append(f"not {side_label}'s at any allocation: {_joined(lost)}")
    if open_:
        bits.append(
            "decided by contested, disputed, unconfirmed or unclaimed districts: " + _joined(open_)
        )
    head = f"The claim needs {side_label} to hold all of {n} named unit(s) in full. "
    if n == 1:
        head = f"The claim needs {side_label} to hold {rows[0]['unit']} in full. "
    tail = {
        "supported": "It holds at every allocation.",
        "contradicted": "It fails at every allocation.",
        "depends-on-assumptions": "It depends on how the contested, disputed and unconfirmed "
        "districts are counted.",
        "undetermined": "The ledger does not cover enough of the units to decide.",
    }[verdict]
    said = "; ".join(bits)
    return head + said[:1].upper() + said[1:] + ". " + tail


def units_lines(v: Verdict) -> list[str]:
    """For the ``units`` measure: one line per named unit (status, rows behind it)."""
    out = []
    for r in v.named_units:
        claims = "; ".join(r["claims"]) or "no claim on record"
        out.append(
            f"{r['unit']} — {r['verdict'].upper()}: {r['status']} [{r['measured_as']}]; "
            f"behind it: {claims}"
        )
    return out


def reading_text(c: ParsedClaim) -> str:
    """How a units claim was read, in one line."""
    named = f"named as {c.side_text!r}" if c.side_text else "given, not in the sentence"
    units = _joined([u.label for u in c.named_units])
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
    return _joined([u.label for u in c.named_units])
