"""The ``capitals`` measure: provincial capitals held by a side (issue #8).

Reading
-------
:func:`rewrite` runs on the normalised sentence before anything else reads it, and only
when the sentence names provincial capitals. It turns the closed set of capitals
constructions into the checker's ordinary grammar and says what it did in the reading's
notes:

* "provincial capitals", "provincial capital cities", "provincial centres/centers",
  "capital cities" -> one token (:data:`TOKEN`), the measure noun of ``capitals``;
  "one provincial capital" too. "The capital" alone (Kabul, or a named city) is never the
  measure: it is refused, as every city and town is;
* "have not taken over any of the 34 provincial capitals" -> an exact zero (a negation
  with "any" over the whole set; refused for the government, which holds capitals without
  taking them; every other negation stays refused);
* "the number of provincial capitals under Taliban control has risen to 19" -> the side
  holds 19 (the number now, not the rise);
* "Kabul and five other provincial capitals" -> 6;
* "the eighth provincial capital to fall" -> an ordinal: the side holds 8 (a count);
* a count over a period of days or weeks ("captured 12 of the 34 in the last week", "the
  eighth to fall in six days") is a change (:func:`period_days`): the verdict is given only
  when the ledger shows the side holding no capital when the period began
  (:func:`change_start`); months and "since ..." stay refused;
* named capitals are set aside only as recognised, consistent constructions, each named
  in a note and never checked on its own: "Ghazni, the capital of Ghazni province" (the
  places data must agree, and an ordinal must follow: "Ghazni, the capital of Ghazni
  province, the 10th provincial capital to fall"), a leading "With the collapse/capture/fall
  of Faizabad," and a closing "including Kunduz" / "including the cities of Herat, Kandahar
  and Ghazni" (every name a provincial capital). Any other city name is left to be refused;
* "more / another / additional provincial capitals" is an increment: refused;
* "the entire territory of" before a city marked as one ("Kunduz city", "Afghanistan's
  capital Kabul") is set aside: a capital is checked whole (:data:`_ENTIRE_TERRITORY`).

Measuring
---------
:func:`capital_frame` places each provincial capital (``mapper.places``: the built-in
``mapper/data/afg_places.csv`` for Afghanistan, or ``--places FILE``) in the unit of a
district-level boundary set that contains its point. A capital's status on a date is that
unit's, with one exception: when the claim that decides the unit is a **province-wide**
claim, the capital is not taken to follow it ("all districts of Badghis have fallen"
usually excepts the provincial centre), so it counts as open: low excludes it, high
includes it, and the verdict names it, unless the capital's own latest claim without the
province-wide ones agrees with it (given the ledger). Country-wide claims (a baseline, 15
August) and district or point claims decide a capital. A province-level set is refused.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

from .appositions import set_aside_ranks
from .foreign_past import FOREIGN_PAST, foreign_past_note
from .grammar import attributions, number_words_value
from .model import CheckError, ClaimParseError, ParsedClaim
from .most_recent import most_recent
from .ordinal_forms import ordinal_forms
from .unit_names import _DIR, NamedUnit, _check_region

#: The measure noun the capitals phrases become (one word, so no other reader splits it).
TOKEN = "provincialcapitals"

_PHRASE = re.compile(
    r"\bprovincial\s+capital\s+cities\b|\bprovincial\s+capitals\b"
    r"|\bprovincial\s+cent(?:re|er)s\b|\bcapital\s+cities\b"
)
_ONE = re.compile(r"\b(?P<n>one|1)\s+provincial\s+(?:capital|cent(?:re|er))\b")
_ANY_CAPITALS = re.compile(
    r"\bprovincial\s+(?:capitals?|cent(?:re|er)s?)\b|\bcapital\s+cities\b|\bregional\s+capitals\b"
    r"|\b(?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))\s+afghan\s+capital\b"
)
#: "three regional capitals": reporting's word for provincial capitals (AFP, 2021), in counts
_REGIONAL = re.compile(r"\bregional\s+capitals\b")

_NUM = (
    r"\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)(?:[\s-](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?"
)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_ORD = (
    r"\d+(?:st|nd|rd|th)|(?:twenty|thirty)[\s-](?:first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth)|" + "|".join(_ORDINALS)
)


@dataclass
class Rewritten:
    """The sentence with its capitals constructions rewritten, and what was done."""

    text: str
    notes: list[str] = field(default_factory=list)
    #: Capitals named in the sentence and set aside (not checked on their own).
    named: list[str] = field(default_factory=list)
    #: The "not taken over any of" zero (a capture verb): what it says of the side that
    #: holds capitals without taking them (the government) is not that it holds none.
    capture_zero: str = ""
    #: "the seventh and eighth provincial capitals": the first of the two ordinals (7).
    ordinal_first: int | None = None


def refuse_capture_zero(text: str, cap: Rewritten) -> None:
    """Refuse "the government has not captured any of the provincial capitals": a side that
    holds capitals without capturing them is not said to hold none."""
    raise ClaimParseError(
        text,
        cap.capture_zero,
        "'not ... any of' with a verb of capture is read as a zero only for the side that takes "
        "capitals, not for the government, which holds them without capturing them; state "
        "what the government holds",
    )


@functools.lru_cache(maxsize=1)
def _afg_capitals() -> tuple[tuple[str, str, str], ...]:
    """(key, name, province) for every spelling of the built-in provincial capitals."""
    from ..places import builtin_places

    out = []
    for _, r in provincial_capitals(builtin_places("AFG")).iterrows():
        for spelling in [r["name"], *r["variants"]]:
            out.append((_key(str(spelling)), str(r["name"]), str(r["province"])))
    return tuple(out)


def _key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def capital_named(words: str) -> tuple[str, str] | None:
    """(name, province) of the provincial capital ``words`` spells, or ``None``."""
    k = _key(words)
    for key, name, prov in _afg_capitals():
        if k and key == k:
            return name, prov
    return None


_NAME = r"[a-z][a-z'-]*(?:\s[a-z][a-z'-]*){0,2}?"
#: What may stand before "Kabul and five other provincial capitals" for it to be the count.
_HOLDS_BEFORE = re.compile(
    r"(?:^|\b(?:(?:in\s+)?control\s+of|holds?|held|holding|controls?|controlled|controlling"
    r"|retains?|retained|keeps?|kept))\s+(?:just\s+|only\s+)?$"
)


@functools.lru_cache(maxsize=1)
def _cap() -> str:
    """A pattern for every spelling of a built-in provincial capital (longest first; spaces,
    hyphens and apostrophes between the letters as written or left out)."""
    from ..places import builtin_places

    spellings = set()
    for _, r in provincial_capitals(builtin_places("AFG")).iterrows():
        for spelling in [r["name"], *r["variants"]]:
            parts = re.findall(r"[a-z]+", str(spelling).lower())
            spellings.add(r"[\s'-]*".join(parts))
    return "(?:" + "|".join(sorted(spellings, key=len, reverse=True)) + r")\b"


def _afghan_capital(m: re.Match[str], out: Rewritten) -> str:
    """Note that "10th Afghan capital" (a headline's ordinal, no "provincial") was read as a
    provincial capital: an ordinal counts many capitals, and the country has one national
    capital. Returns "" (the text is the ordinal's)."""
    if "provincial" not in m.group(0):
        out.notes.append(
            f"'{m['ord']} afghan capital' read as the {m['ord']} provincial capital (an ordinal "
            "counts many capitals; the country has one national capital, Kabul)"
        )
    return ""


def _ordinal_value(word: str) -> int | None:
    w = word.strip()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", w)
    if m:
        return int(m.group(1))
    if w in _ORDINALS:
        return _ORDINALS[w]
    m = re.fullmatch(r"(twenty|thirty)[\s-](\w+)", w)
    if m and m.group(2) in _ORDINALS:
        return (20 if m.group(1) == "twenty" else 30) + _ORDINALS[m.group(2)]
    return None


def _ordinal_text(n: int) -> str:
    from .falls import ordinal_text

    return ordinal_text(n)


def _number(text: str) -> int | None:
    t = text.strip()
    return int(t) if t.isdigit() else number_words_value(t)


#: "seized the ninth Afghan capital": after a verb of taking, an ordinal with its article from
#: the second on of "Afghan capital" (counts7, #8; the headline's form with no article,
#: "Taliban seize 10th Afghan capital", is read by the headline rule below, _afghan_capital).
_AFGHAN_CAPITAL = re.compile(
    r"\b(?P<verb>seizes|seize|seized|captures|capture|captured|takes|take|took|overruns"
    rf"|overrun|overran)\s+(?P<the>the\s+)(?P<ord>{_ORD})\s+afghan\s+capital\b"
)


def _afghan_capital_the(s: str, out: Rewritten) -> str:
    """An ordinal of "Afghan capital" after a verb of taking is one of provincial capitals:
    the country has one capital. Only from the second on: "the first Afghan capital" may be a
    city's history (Kandahar), and stays refused."""

    def sub(m: re.Match[str]) -> str:
        n = _ordinal_value(m["ord"])
        if n is None or n < 2:
            return m.group(0)
        out.notes.append(
            f"'{m['ord']} afghan capital' after '{m['verb']}': the country has one capital, so "
            "an ordinal of its capitals counts provincial capitals"
        )
        return f"{m['verb']} {m['the']}{m['ord']} afghan provincial capital"

    return _AFGHAN_CAPITAL.sub(sub, s)


#: "captured the entire territory of Kunduz city", "gained control over the entire territory
#: of Afghanistan's capital Kabul": a city marked as one (its word "city", "the city of", a
#: capital's title) and a provincial capital of the places data. The units grammar checks a
#: capital whole (by the district holding its point), so "the entire territory of" says no
#: more than the name; a bare name (a province too: "the entire territory of Kunduz") and
#: the country are left to the share grammar.
_ENTIRE_TERRITORY = (
    r"\b(?P<words>(?:the\s+)?(?:entire|whole)\s+territory\s+of)\s+"
    r"(?=(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?\s+|east(?:ern)?\s+"
    r"|west(?:ern)?\s+)?(?:city|town)\s+of\s+(?P<a>{cap})"
    r"|(?P<b>{cap})\s+city\b"
    r"|(?:the\s+(?:afghan\s+)?|afghanistan\s+)capital(?:\s+city)?\s*,?\s+(?P<c>{cap})"
    r"|(?:the\s+)?(?:afghan\s+)?(?:provincial|regional)\s+capital(?:\s+city)?\s+(?P<d>{cap}))"
)


def _entire_territory(s: str, out: Rewritten) -> str:
    """ "the entire territory of Kunduz city" -> "Kunduz city", said in a note (see
    :data:`_ENTIRE_TERRITORY`); the name after it is read and checked by the units grammar."""

    def sub(m: re.Match[str]) -> str:
        written = next(m[g] for g in ("a", "b", "c", "d") if m[g])
        name = (capital_named(written) or (written,))[0]
        out.notes.append(
            f"'{m['words']}' before the city {name} set aside: a provincial capital is checked "
            "whole, by the district holding its point"
        )
        return ""

    return _entire_territory_pattern().sub(sub, s)


@functools.lru_cache(maxsize=1)
def _entire_territory_pattern() -> re.Pattern[str]:
    return re.compile(_ENTIRE_TERRITORY.replace("{cap}", _cap()))


def rewrite(s: str, text: str, province_of: object = None) -> Rewritten:
    """Rewrite the capitals constructions of the normalised sentence ``s`` (see the module
    docstring). ``text`` is the sentence as published (for messages); ``province_of`` maps
    a province name as written to its canonical name (``Gazetteer.resolve_province``).

    Raises
    ------
    ClaimParseError
        An increment ("three more provincial capitals") or an appositive the places data
        contradicts ("Herat, the capital of Kandahar province").
    """
    out = Rewritten(s)
    s = _afghan_capital_the(s, out)
    s = _entire_territory(s, out)
    # "a sixth provincial capital", "Afghanistan's ninth provincial capital" (ordinal_forms.py)
    s, forms = ordinal_forms(s)
    out.notes.extend(forms)
    if not _ANY_CAPITALS.search(s):
        out.text = s
        return out
    original = s
    if _REGIONAL.search(s):
        out.notes.append(
            "'regional capitals' read as provincial capitals (the capitals of the provinces, "
            "the country's first-level regions)"
        )
        s = _REGIONAL.sub("provincial capitals", s)
    resolve = province_of if callable(province_of) else (lambda _w: None)

    # "Ghazni, the capital of Ghazni province,": consistent with the places data, set aside
    def appositive(m: re.Match[str]) -> str:
        cap = capital_named(m["cap"])
        prov = resolve(m["prov"])
        if cap is None:
            return m.group(0)
        if prov is None or prov != cap[1]:
            raise ClaimParseError(
                text,
                m.group(0).strip(" ,"),
                f"{m['cap']!r} is the capital of {cap[1]} province in the places data, not of "
                f"{m['prov']!r}; a named capital is set aside only when it is consistent",
            )
        out.named.append(cap[0])
        out.notes.append(
            f"'{m.group(0).strip(' ,')}': {cap[0]} is {cap[1]} province's capital in the "
            "places data; the named capital is checked beside the count, as a named unit"
        )
        kept.append(m["cap"])
        return f"{m['cap']},"

    kept: list[str] = []  # capitals named with an appositive: an ordinal must take them
    s = re.sub(
        rf"\b(?P<cap>{_cap()})\s*,\s*the\s+(?:provincial\s+)?capital\s+of\s+(?:the\s+)?"
        rf"(?:province\s+of\s+)?(?P<prov>{_NAME})(?:\s+province)?\s*,",
        appositive,
        s,
    )

    s = _biggest_gains(s, text, out)
    s = most_recent(s, out)

    # "With the collapse of Faizabad, ...": the event that brought the count, set aside; also
    # "With the capture of Taleqan, the capital of the northeastern province of Takhar, and the
    # strategically important city of Kunduz hours earlier, ..." (every name a capital, every
    # province named its own)
    lead = rf"(?:(?:the\s+)?{_DIR}(?:city|town)\s+of\s+)?(?P<cap>{_cap()})(?:\s+city\b)?" + (
        rf"(?:\s*,\s*the\s+(?:provincial\s+)?capital\s+of\s+(?:the\s+)?{_DIR}(?:province\s+of\s+)?"
        rf"(?P<prov>{_NAME})(?:\s+province)?\s*(?=,|$))?"
    )
    m = re.match(
        rf"^with\s+the\s+(?:collapse|capture|fall|seizure|takeover)\s+of\s+(?P<list>{lead}"
        rf"(?:\s*,?\s+and\s+{lead.replace('?P<cap>', '').replace('?P<prov>', '')})?)"
        r"(?P<earlier>\s+(?:hours|days)\s+earlier)?\s*,\s*",
        s,
    )
    names: list[str] = []
    if m:
        for part in re.split(r"\s*,?\s+and\s+(?=(?:the\s+|[a-z]))", m["list"]):
            p = re.match(lead + r"\s*,?\s*$", part.strip())
            cap = capital_named(p["cap"]) if p else None
            if p is None or cap is None or (p["prov"] and resolve(p["prov"]) != cap[1]):
                names = []
                break
            _check_region(text, part, NamedUnit("capital", cap[0], cap[1]))
            names.append(cap[0])
    if m and names:
        out.named += names
        earlier = (
            f"; {m['earlier'].strip()!r} dates the event, not the count" if m["earlier"] else ""
        )
        out.notes.append(
            f"'{m.group(0).strip(' ,')}': an event naming the provincial capital"
            f"{'s' if len(names) > 1 else ''} {', '.join(names)}, checked beside the count, as "
            f"{'named units' if len(names) > 1 else 'a named unit'}{earlier}"
        )
        s = s[m.end() :]

    # ", including Kunduz" / "including the cities of Herat, Kandahar and Ghazni" / "including
    # the strategic city of Kunduz" (closing; a who-said-it may follow: "..., reports said")
    # "including the third-largest city Herat", "including Kandahar and Herat, the second and
    # third largest cities in the country": a rank of size, checked and set aside
    inc = re.search(r"\bincluding\s+", s)
    if inc:
        s = s[: inc.end()] + set_aside_ranks(text, s[inc.end() :], out.notes, capital_named)
    body = s.rstrip(" .")
    tail_at = min([a for a, b in attributions(body, text) if b == len(body)] or [len(body)])
    item = rf"(?:(?:the\s+)?{_DIR}(?:city|town)\s+of\s+)?{_cap()}(?:\s+city\b)?"
    m = re.search(
        r",?\s*\bincluding\s+(?:the\s+(?:cities|provincial\s+capitals)\s+of\s+)?"
        rf"(?P<list>{item}(?:\s*,\s*{item})*(?:\s*,?\s+and\s+{item})?)\s*$",
        body[:tail_at],
    )
    if m:
        raw = [p.strip() for p in re.split(r"\s*,\s*|\s+and\s+", m["list"]) if p.strip()]
        parts = [re.sub(rf"^(?:the\s+)?{_DIR}(?:city|town)\s+of\s+|\s+city$", "", p) for p in raw]
        caps = [capital_named(p) for p in parts]
        for written, c in zip(raw, caps, strict=True):
            if c is not None:  # "including the southern city of Kunduz": refused
                _check_region(text, written, NamedUnit("capital", c[0], c[1]))
        if parts and all(caps):
            names = [c[0] for c in caps if c]
            out.named += names
            out.notes.append(
                f"'{m.group(0).strip(' ,')}': provincial capitals named as among the count "
                f"({', '.join(names)}), each checked beside it, as a named unit"
            )
            s = body[: m.start()] + body[tail_at:]

    # ", including Kandahar, Herat, Paktika and Zabul": provinces in a list of capitals
    m = re.search(r",?\s*\bincluding\s+(?P<list>[a-z][a-z' -]*(?:\s*,\s*[a-z][a-z' -]*)*)\s*$", s)
    if m:
        parts = [p.strip() for p in re.split(r"\s*,\s*|\s+and\s+", m["list"]) if p.strip()]
        provs = [p for p in parts if capital_named(p) is None and resolve(p) is not None]
        if provs and all(capital_named(p) or resolve(p) for p in parts):
            raise ClaimParseError(
                text,
                m.group(0).strip(" ,"),
                f"a list of provincial capitals that names provinces ({', '.join(provs)}): "
                "their capitals may be meant, or the whole provinces; the checker does not "
                "guess which: name the capitals",
            )

    # "have not taken over any of the 34 provincial capitals": an exact zero
    def no_capital(m: re.Match[str]) -> str:
        out.notes.append(
            f"'{m['aux']} not {m['verb']} any of' the provincial capitals read as an exact zero "
            "(the side holds none of them); no other negation is read"
        )
        out.capture_zero = f"{m['aux']} not {m['verb']} any of"
        return f"{m['aux']} {m['verb']} 0 of "

    s = re.sub(
        r"\b(?P<aux>have|has|had)\s+not\s+(?P<verb>taken\s+over|taken\s+control\s+of|taken"
        r"|captured|seized|overrun)\s+any\s+of\s+(?=(?:the\s+)?(?:\d+\s+|afghanistan\s+\d+\s+)?"
        r"provincial\s+capitals\b)",
        no_capital,
        s,
    )

    # "the number of provincial capitals under Taliban control has risen to 19"
    def number_of(m: re.Match[str]) -> str:
        actor = m["a1"] or m["a2"] or m["a3"] or ""
        n = _number(m["n"])
        if n is None:
            return m.group(0)
        out.notes.append(
            f"'{m.group(0).strip()}' read as: the side holds {n} provincial capitals (the "
            "number now, not the rise)"
        )
        return f"{actor} now hold {n} {TOKEN}"

    s = re.sub(
        r"\bthe\s+number\s+of\s+provincial\s+capitals\s+(?:under\s+(?P<a1>[a-z]+(?:\s[a-z]+)?)"
        r"\s+control|(?:seized|captured|taken|held|controlled)\s+by\s+(?P<a2>(?:the\s+)?[a-z]+"
        r"(?:\s[a-z]+)?)|in\s+(?P<a3>[a-z]+(?:\s[a-z]+)?)\s+hands)\s+(?:has|had)\s+"
        r"(?:(?:reportedly|now|already)\s+)?(?:risen\s+to|rose\s+to|grown\s+to|climbed\s+to"
        rf"|increased\s+to|gone\s+up\s+to|reached)\s+(?P<n>{_NUM})\b(?![\s-]*(?:\d|{_NUM}\b))",
        number_of,
        s,
    )

    # "Kabul and five other provincial capitals": Kabul plus five
    def kabul_and(m: re.Match[str]) -> str:
        n = _number(m["n"])
        before = m.string[: m.start()]
        if n is None or not _HOLDS_BEFORE.search(before):
            return m.group(0)  # "five of Kabul and ..." is not the count: left to be refused
        out.notes.append(
            f"'{m.group(0).strip()}' read as {n + 1} provincial capitals (Kabul + {n})"
        )
        return f"{n + 1} {TOKEN}"

    s = re.sub(rf"\bkabul\s+and\s+(?P<n>{_NUM})\s+other\s+provincial\s+capitals\b", kabul_and, s)
    # "It leaves Afghanistan's central government in control of ...": the result, now
    m = re.match(r"^it\s+leaves\s+(?:afghanistan\s+)?(?:the\s+)?(?:central\s+)?government\s+in"
                 r"\s+control\s+of\b", s)  # fmt: skip
    if m:
        out.notes.append(f"'{m.group(0)}' read as: the government is in control of")
        s = "government in control of" + s[m.end() :]
    # "... out of the country's 34" after the capitals: the denominator, noun left out
    s = re.sub(
        rf"\b(?:provincial\s+capitals|{TOKEN})\s+out\s+of\s+(?P<w>the\s+country|afghanistan)"
        r"\s+(?P<n>\d+)\s*$",
        rf"{TOKEN} out of \g<w> \g<n> {TOKEN}",
        s,
    )

    # "Tarin Kowt is among / one of 25 provincial capitals ...": the named one is in the count
    # ("Tarin Kowt, where Australian troops fought ..., is among": the town's past, set aside)
    m = re.match(
        rf"^(?P<cap>{_cap()})(?:\s*,\s*(?P<past>{FOREIGN_PAST})\s*(?=,))?\s*,?\s+is\s+"
        r"(?:among|one\s+of)\s+(?=(?:the\s+)?(?:more\s+than\s+|"
        r"over\s+|at\s+least\s+|some\s+|about\s+)?[\w-]+(?:\s+[\w-]+)?\s+provincial\s+"
        r"(?:capitals|cent(?:re|er)s)\b)",
        s,
    )
    if m and (among := capital_named(m["cap"])) is not None:
        out.named.append(among[0])
        out.notes.append(
            f"'{m.group(0).strip()}': {among[0]} is named as one of the count, checked beside "
            "it, as a named unit"
        )
        if m["past"]:
            out.notes.append(foreign_past_note(m["past"]))
        s = s[m.end() :]
        kept = [k for k in kept if k != m["cap"]]

    # "took control of another city ..., the eighth provincial capital to fall": the ordinal
    from .falls import another_capital

    s, unnamed = another_capital(s)
    if unnamed:
        out.notes.append(unnamed)

    # "(these are) the seventh and eighth provincial capitals to fall": two capitals the same
    # day, consecutive ordinals; the later one with the first kept (falls.Falls.verdict)
    def pair(m: re.Match[str]) -> str:
        a, b = _ordinal_value(m["o1"]), _ordinal_value(m["o2"])
        if a is None or b is None or b != a + 1 or out.ordinal_first is not None:
            return m.group(0)
        out.ordinal_first = a
        out.notes.append(
            f"'the {m['o1']} and {m['o2']} provincial capitals' (two ordinals, two capitals the "
            f"same day) read as a count of falls: fewer than {a} provincial capitals fell to "
            f"the side before the day of the event, at least {b} by its end"
        )
        return f"{b}th {TOKEN}"

    s = re.sub(
        rf"(?:\b(?:these|they)\s+are\s+)?\bthe\s+(?P<o1>{_ORD})\s+and\s+(?P<o2>{_ORD})\s+"
        r"(?:afghan\s+)?provincial\s+(?:capitals|cent(?:re|er)s)\b",
        pair,
        s,
    )

    # "(Ghazni,) the 10th provincial capital (to fall)": an ordinal, the count held now
    def ordinal(m: re.Match[str]) -> str:
        n = _ordinal_value(m["ord"])
        if n is None:
            return m.group(0)
        named = ""
        if m["cap"]:
            cap = capital_named(m["cap"])
            if cap is None:
                return m.group(0)
            out.named.append(cap[0])
            named = f"; {cap[0]}, named as that capital, is checked beside it, as a named unit"
        out.notes.append(
            f"'the {m['ord']} provincial capital' (an ordinal) read as a count of falls, not of "
            f"capitals held: the {_ordinal_text(n)} provincial capital to fall to the side, "
            f"counted on the ledger up to the day of the event{named}"
        )
        return f"{n}th {TOKEN}"

    s = re.sub(
        rf"(?:\b(?P<cap>{_cap()})(?:\s*,\s*|\s+(?:is|was|has\s+become|became)\s+))?(?:\b(?:this|it)\s+is\s+)?"
        rf"\bthe\s+(?P<ord>{_ORD})\s+(?:afghan\s+)?"
        r"provincial\s+(?:capital|cent(?:re|er))\b",
        ordinal,
        s,
    )
    # a headline's ordinal with no article, after a verb of taking in the present ("Taliban
    # seizes seventh Afghan provincial capital in five days"): the same ordinal (falls.py; the
    # present tense dates it on the date of writing; told as past with no day it is refused
    # there, falls.ordinal_day)
    s = re.sub(
        rf"\b(?P<verb>seizes|seize|seized|captures|capture|captured|takes|take|took|overruns"
        rf"|overrun|overran)\s+"
        rf"(?P<cap>)(?P<ord>{_ORD})\s+(?:(?:afghan\s+)?provincial|afghan)\s+capital\b",
        lambda m: f"{m['verb']} {_afghan_capital(m, out)}{ordinal(m)}",
        s,
    )

    left = [w for w in kept if re.search(rf"\b{re.escape(w)}\b", s)]
    if left and len(out.notes) == len(kept) and not _PHRASE.search(s) and not _ONE.search(s):
        # "The city of Zaranj, the provincial capital of Nimroz, has fallen to the Taliban": no
        # count or ordinal in the sentence, only the appositive(s): not a capitals construction;
        # the sentence as it was goes to the named-units grammar, which reads the apposition
        # and checks it on the places data itself (unit_names.py)
        return Rewritten(original)
    if left:
        # "half of Kunduz, the capital of Kunduz province, ... 12 provincial capitals": the
        # city, not the province, beside a count it is not one of
        raise ClaimParseError(
            text,
            left[0],
            "a capital named with 'the capital of ... province' beside a count of provincial "
            "capitals is read only as one of the count ('Ghazni, the 10th provincial capital to "
            "fall', 'Ghazni is among 12 provincial capitals'); a claim about the city itself "
            "beside it is not read",
        )
    s = _ONE.sub(lambda m: f"{m['n']} {TOKEN}", s)
    s = _PHRASE.sub(TOKEN, s)
    other = re.search(
        rf"\b{TOKEN}\s+(?P<w>provinces?|districts?|cent(?:re|er)s?|capitals?|cities|city|towns?)\b",
        s,
    )
    if other:
        raise ClaimParseError(
            text,
            other["w"],
            f"'{other['w']}' after 'provincial capitals' names another unit; count one thing",
        )
    inc = re.search(rf"\b(?:more|another|additional|further|other|extra)\s+{TOKEN}\b", s)
    if inc:
        raise ClaimParseError(
            text,
            inc.group(0).replace(TOKEN, "provincial capitals"),
            "an increment counts what changed, not what a side holds; state the total a side "
            "holds (e.g. 'now holds 17 of the 34 provincial capitals')",
        )
    out.named = list(dict.fromkeys(out.named))
    out.text = re.sub(r"\s+", " ", s).strip()
    return out


#: "the biggest gains / prizes yet", "the biggest reward": what the side won, ranked by size
_GAINS = r"the\s+(?:biggest|largest)\s+(?:gains?|prizes?|rewards?)(?:\s+yet)?"


def _cap_list() -> str:
    item = _cap()
    return rf"{item}(?:\s*,\s*{item})*(?:\s*,?\s+and\s+{item})"


def _biggest_gains(s: str, text: str, out: Rewritten) -> str:
    """Named capitals in an evaluative clause beside the count, each checked beside it (#8).

    "..., and Kandahar and Herat are the biggest gains yet for them" (closing) and "The
    seizure of Kandahar and Herat marks the biggest prizes yet for the Taliban, who have taken
    12 of ..." (leading; the relative clause is the count, its subject the side the clause
    names) say the named capitals were won by the side: each is checked beside the count as a
    named unit (the state the capture left); that they are the biggest is a rank, not checked.
    A closed form: two or more names, each a provincial capital of the places data; *are /
    were / is / was / marks / marked*, no negation or modal; gains for *them* (the count's side)
    or, leading, for the side that is the relative clause's subject. Anything else is left to
    be refused ("names more than one province").
    """
    names = _cap_list()

    def take(listed: str, part: str, least: int = 2) -> bool:
        parts = [p.strip() for p in re.split(r"\s*,\s*|\s+and\s+", listed) if p.strip()]
        caps = [capital_named(p) for p in parts]
        if len(parts) < least or not all(caps):
            return False
        found = [c[0] for c in caps if c]
        out.named += found
        out.notes.append(
            f"'{part}': the provincial capitals {', '.join(found)} said to be won by the side, "
            "each checked beside the count as a named unit (the state the capture left); that "
            "they are the biggest gains is a rank, not checked"
            if len(found) > 1
            else f"'{part}': the provincial capital {found[0]} said to be won by the side (the "
            "count's), checked beside the count as a named unit (the state the capture left); "
            "'latest' and 'most significant' are ranks, not checked"
        )
        return True

    body = s.rstrip(" .")
    m = re.search(
        rf",?\s+and\s+(?P<list>{names})\s+(?:are|were)\s+{_GAINS}(?:\s+for\s+them)?$", body
    )
    if m and take(m["list"], m.group(0).strip(" ,")):
        return body[: m.start()]
    # one capital: "..., and the latest Kunduz is their latest and most significant gain"
    # (counts7): "their" is the count's side; "latest" and "most significant" are ranks
    m = re.search(
        rf",?\s+and\s+(?:the\s+latest\s*,?\s+)?(?P<one>{_cap()})\s+(?:is|was)\s+their\s+"
        r"(?:latest\s+and\s+)?(?:most\s+significant|most\s+important|biggest|largest)\s+gain"
        r"(?:\s+yet)?$",
        body,
    )
    if m and take(m["one"], m.group(0).strip(" ,"), least=1):
        return body[: m.start()]
    m = re.match(
        rf"^the\s+(?:seizure|capture|fall|takeover|conquest)\s+of\s+(?P<list>{names})\s+"
        rf"(?:is|was|are|were|marks?|marked)\s+{_GAINS}\s+for\s+(?P<side>(?:the\s+)?[a-z]+)"
        r"\s*,\s*who\s+(?=(?:have|has|had)\s+|captured\b|took\b|seized\b|conquered\b)",
        s,
    )
    if m and take(m["list"], m.group(0).strip(" ,")):
        return f"{m['side']} {s[m.end() :]}"
    return s


@dataclass
class CountWithList:
    """A count of capitals with its list, as the named capitals' sentence, and a note."""

    text: str
    note: str


#: a verb of taking after the list: the count is of what changed, the list what it names
_TAKEN_AFTER = re.compile(
    r"^(?:(?:have|has|had)\s+(?:all\s+)?)?(?:fell\s+to|fallen\s+to"
    r"|been\s+(?:captured|seized|taken|overrun)\s+by)\b",
    re.IGNORECASE,
)


def count_with_list(text: str, province_of: object) -> CountWithList | None:
    """ "(On Saturday) at least seven provincial capitals, Mazar-e-Sharif of Balkh, Maymana of
    Faryab, ... and Gardez of Paktia, fell to the Taliban": a count with its list (#8).

    The list names each capital with its province ('X of P'); every pair must agree with the
    places data, and the list must hold as many names as the count (*N* or *at least N*).
    The sentence is then the named capitals' ("Mazar-e-Sharif, Maymana, ... and Gardez fell
    to the Taliban"), read by the named-units grammar: the count is the list's length, so each
    capital held by the side (the state the fall left) is the count held. Only before *fell
    to / have fallen to / have been captured by*: after a verb of state an exact count says
    no other capital is held, which the list does not check. Anything else about the list
    (an item no capital, a capital paired with the wrong province, a length that is not the
    count, another comparison) is refused with the reason; ``None`` when the form is absent.
    """
    resolve = province_of if callable(province_of) else (lambda _w: None)
    by_province = _more_by_province(text, resolve)
    if by_province is not None:
        return by_province
    cities = _cities_with_list(text)
    if cities is not None:
        return cities
    m = re.search(
        rf"\b(?P<cmp>(?:at\s+least|more\s+than|over|nearly|about|some|around|almost)\s+)?"
        rf"(?P<n>{_NUM})\s+(?:afghan\s+)?provincial\s+capitals\s*,\s*"
        rf"(?P<list>(?:{_cap()})\s+of\s+[^,]+?(?:\s*,\s*[^,]+?)*)\s*,\s*",
        text,
        re.IGNORECASE,
    )
    if m is None or not _TAKEN_AFTER.match(text[m.end() :]):
        return None
    part = m.group(0).strip(" ,")
    n = _number(m["n"].lower())
    items = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["list"]) if p.strip()]
    names: list[str] = []
    for item in items:
        im = re.fullmatch(
            rf"(?P<cap>{_cap()})\s+of\s+(?P<prov>[a-z][a-z' -]*?)(?:\s+province)?",
            item,
            re.IGNORECASE,
        )
        cap = capital_named(im["cap"]) if im else None
        if im is None or cap is None:
            raise ClaimParseError(
                text,
                item,
                "a count of provincial capitals with its list: each item must name a provincial "
                "capital of the places data with its province ('Maymana of Faryab'); this one "
                "does not: not read",
            )
        prov = resolve(im["prov"])
        if prov is None or prov != cap[1]:
            raise ClaimParseError(
                text,
                item,
                f"{cap[0]} is the capital of {cap[1]} province in the places data, not of "
                f"{im['prov']!r}: the list's pair disagrees, not read",
            )
        names.append(im["cap"])
    cmp = (m["cmp"] or "").strip().lower()
    if cmp not in ("", "at least") or n is None:
        raise ClaimParseError(
            text,
            part,
            f"a count with its list is read only as 'N' or 'at least N' with N names; "
            f"'{cmp}' leaves the count beyond the list unchecked: not read",
        )
    if len(names) != n:
        raise ClaimParseError(
            text,
            part,
            f"the count ({n}) and its list ({len(names)} named) disagree: the capitals beyond "
            "the list would go unchecked; not read",
        )
    listed = ", ".join(names[:-1]) + f" and {names[-1]}"
    said = f"{cmp} {m['n']}".strip()
    note = (
        f"'{part}': the count ({said}) is its list's length, each capital paired with its "
        "province as the places data has it; checked as the named capitals, each held by the "
        "side (the state the fall left)"
        + ("" if cmp else "; that no other capital fell is not checked")
    )
    return CountWithList(text[: m.start()] + listed + " " + text[m.end() :], note)


_COMPASS = r"(?:north|south)(?:east|west)?|east|west"
_BY_PROVINCE = re.compile(
    rf"(?P<names>[a-z][a-z' -]*?)\s+(?P<kind>provinces?)(?:\s+in\s+the\s+(?P<d1>{_COMPASS})"
    rf"|\s+to\s+the\s+(?P<d2>{_COMPASS})\s+of\s+the\s+country)?(?:\s*,\s*|\s+and\s+|$)",
    re.IGNORECASE,
)


def _more_by_province(text: str, resolve: Any) -> CountWithList | None:
    """ "The Taliban has taken control of three more Afghan provincial capitals — Badakhshan and
    Baghlan provinces in the northeast and Farah province to the west of the country": the
    capitals named by their provinces after a dash (the noun says the capitals are meant, so
    the provinces are not read whole). Each province must be one of the boundary set's, with a
    capital in the places data; a region word must fit that capital's point; the list's length
    must be the count. The increment's 'more' is set aside (that they add to earlier falls is
    not checked); the capitals are checked held by the side, the state the capture left."""
    from ..places import builtin_places
    from .unit_names import _region_fits

    m = re.match(
        r"^(?P<head>.+?\b(?:taken\s+control\s+of|took\s+control\s+of|captured|seized|taken|took"
        rf"|overran|overrun)\s+)(?P<n>{_NUM})\s+more\s+(?:afghan\s+)?provincial\s+capitals\s*"
        r"[—–]\s*(?P<list>.+?)\s*\.?$",
        text,
        re.IGNORECASE,
    )
    if m is None:
        return None
    part = m.group(0)[len(m["head"]) :].strip(" .")
    caps = provincial_capitals(builtin_places("AFG"))
    names: list[str] = []
    pos, listed = 0, m["list"]
    while pos < len(listed):
        g = _BY_PROVINCE.match(listed, pos)
        if g is None or g.end() == pos:
            raise ClaimParseError(
                text,
                listed[pos:],
                "capitals named by their provinces are read only as 'P1 and P2 provinces (in the "
                "northeast)' or 'P province (to the west of the country)': not read",
            )
        pos = g.end()
        group = [n.strip() for n in re.split(r"\s*,\s*|\s+and\s+", g["names"]) if n.strip()]
        if (len(group) > 1) != (g["kind"].lower() == "provinces"):
            raise ClaimParseError(text, g.group(0).strip(" ,"), "'province(s)' does not fit "
                                  "the names before it: not read")  # fmt: skip
        for written in group:
            prov = resolve(written)
            rows = caps[caps["province"].astype(str) == prov] if prov else caps.iloc[0:0]
            if len(rows) != 1:
                raise ClaimParseError(
                    text,
                    written,
                    "a capital named by its province: the province must be one of the boundary "
                    "set's with one capital in the places data; this one is not: not read",
                )
            region = g["d1"] or g["d2"]
            lat, lon = float(rows.iloc[0]["lat"]), float(rows.iloc[0]["lon"])
            if region and not _region_fits(region.lower(), lat, lon):
                raise ClaimParseError(
                    text,
                    region,
                    f"{region!r} says where {prov} lies, and the places data puts its capital "
                    f"elsewhere ({lat:.2f}N, {lon:.2f}E): not read",
                )
            names.append(str(rows.iloc[0]["name"]))
    _count_fills_list(text, part, m["n"], names)
    cities = [f"the city of {c}" for c in names]
    joined = ", ".join(cities[:-1]) + f" and {cities[-1]}" if len(cities) > 1 else cities[0]
    note = (
        f"'{part}': the capitals of the provinces named ({', '.join(names)}), as many as the "
        f"count, each checked held by the side (the state the capture left); 'more' (that they "
        "add to earlier falls) is not checked"
    )
    return CountWithList(m["head"] + joined + ".", note)


def _count_fills_list(text: str, part: str, count: str, names: list[str]) -> None:
    """Refuse a count of capitals ("two major cities", "three provincial capitals") whose list
    names another number of them: which one is missing, or extra, is not known."""
    if _number(count.lower()) != len(names):
        raise ClaimParseError(
            text,
            part,
            f"the count ({count}) and its list ({len(names)} named) disagree: not read",
        )


#: "two major cities, Herat and Kandahar": a count of cities (a size word beside it, not
#: checked) with the list of their names; a verb of taking before or after it.
_CITY_SIZE = r"(?:(?:major|key|big|large|important|main|strategic)\s+)?(?:afghan\s+)?"
_TAKING_BEFORE = re.compile(
    r"\b(?:captured|seized|took|taken|overran|overrun)(?:\s+(?:control\s+(?:of|over)|over))?"
    r"\s+$",
    re.IGNORECASE,
)
_TAKEN_AFTER_ALSO = re.compile(
    r"^\s*(?:(?:have|has)\s+(?:also\s+|all\s+)?)?(?:fell\s+to|fallen\s+to"
    r"|been\s+(?:captured|seized|taken|overrun)\s+by)\b",
    re.IGNORECASE,
)


def _cities_with_list(text: str) -> CountWithList | None:
    """ "(The Taliban captured) two major cities, Herat and Kandahar(, have fallen to ...)": a
    count of cities with its list, after or before a verb of taking (what was taken, named).
    Every name must be a provincial capital of the places data (by the pattern: another name
    leaves the form absent, refused later as every city word is) and the count the list's
    length, else refused. After a verb of state ("control two major cities, Kabul and
    Jalalabad") the form is left: an exact count of cities held says no other is held, which
    the list does not check. The sentence is read as the named capitals'."""
    cap = _cap()
    m = re.search(
        rf"\b(?P<n>{_NUM})\s+{_CITY_SIZE}cities\s*(?:,|:|\s-+|\s*—)\s*"
        rf"(?P<list>{cap}(?:\s*,\s*{cap})*\s*,?\s+and\s+{cap})(?P<end>\s*,\s*|\s*[.!]?\s*$)",
        text,
        re.IGNORECASE,
    )
    if m is None:
        return None
    before = _TAKING_BEFORE.search(text[: m.start()])
    after = m["end"].strip() == "," and _TAKEN_AFTER_ALSO.match(text[m.end() :])
    if not before and not after:
        return None
    part = text[m.start() : m.end("list")].strip()
    names = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m["list"]) if p.strip()]
    _count_fills_list(text, part, m["n"], names)
    listed = ", ".join(names[:-1]) + f" and {names[-1]}"
    note = (
        f"'{part}': the count of cities is its list's length ({len(names)}), each name a "
        "provincial capital of the places data, checked as the named capitals; a size word "
        "('major') is not checked"
    )
    end = " " if after else m["end"]
    return CountWithList(text[: m.start()] + listed + end + text[m.end() :], note)


_PERIOD_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_PERIOD_DAYS = re.compile(
    r"^(?:in|over|within|during)\s+(?:the\s+)?(?:(?:last|past)\s+)?(?:less\s+than\s+|just\s+"
    r"|only\s+)?"
    r"(?:(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    r"(?P<unit>days?|weeks?|hours)$"
)


def named_units(names: list[str]) -> tuple[NamedUnit, ...]:
    """The provincial capitals a count names beside it ("including Kandahar and Herat",
    "Ghazni, the 10th ..."), as named units checked with it (:mod:`mapper.check.beside`)."""
    out = []
    for name in names:
        cap = capital_named(name)
        if cap is not None:
            out.append(NamedUnit("capital", cap[0], cap[1], "", name))
    return tuple(out)


def period_days(periods: list[str]) -> int | None:
    """The length in days of a period of days or weeks ("in the last week" 7, "in last six
    days" 6, "in less than a week" 7: at most), or ``None`` for any other period (months,
    "since ..."): those stay refused."""
    if len(periods) != 1:
        return None
    m = _PERIOD_DAYS.match(" ".join(periods[0].split()))
    if m is None:
        return None
    n = _PERIOD_WORDS.get(m["n"] or "one") if not (m["n"] or "").isdigit() else int(m["n"])
    if m["unit"] == "hours":
        # "in (less than) 24 hours": whole days of 24 hours, reaching into the day before
        # (a capital that fell yesterday afternoon is within 24 hours of one taken today)
        return n // 24 + 1 if n and n % 24 == 0 else None
    if not n or (n > 1) != m["unit"].endswith("s"):
        return None  # "in the last 34 week", "in one weeks": not a period this reads
    return n * (7 if m["unit"].startswith("week") else 1)


#: A period given as a bound ("in less than a week"): its length is at most the days read.
_BOUNDED_PERIOD = re.compile(
    r"^(?:in|over|within|during)\s+(?:the\s+)?(?:(?:last|past)\s+)?less\s+than\s"
)


def taken_floor_notes(notes: list[str], period: str, days: int, figure: str) -> list[str]:
    """The reading's notes for a count of capitals taken in a period given as a bound ("took
    nine provincial capitals in less than a week"): read as a lower bound on the capitals
    held, the period set aside (:func:`bounded_period` says which periods are such bounds).

    The change over the period cannot be checked: the period is at most ``days`` long, so
    the capitals taken in the last ``days`` days may be more than the count and the sentence
    still true. What it entails is that the side holds at least the capitals it took (others
    may have been held, or taken, before), as for a count after a verb of taking with no
    period."""
    kept = [n for n in notes if not n.startswith(f"'{period}' (a period")]
    return [
        *kept,
        f"'{period}' (a period of at most {days} days) set aside: {figure} taken in it is a "
        f"count of captures, not the total held; the side holds at least {figure} (it may "
        "hold others taken before, or within the same days): read as a lower bound",
    ]


def bounded_period(period: str) -> bool:
    """Whether a period is given as a bound ("in less than a week", "within less than 24
    hours"): then a count taken in it is read as a floor (:func:`taken_floor_notes`)."""
    return _BOUNDED_PERIOD.match(" ".join(period.lower().split())) is not None


def change_notes(notes: list[str], period: str, days: int) -> list[str]:
    """The reading's notes with the period's note replaced: a count of capitals over a
    period is a change, checked as the state only if the side held none when it began."""
    kept = [n for n in notes if not n.startswith(f"'{period}' (a period)")]
    return [
        *kept,
        f"'{period}' (a period of {days} days): a count over a period counts what changed; it "
        f"equals the provincial capitals held on the date only if the side held none {days} "
        "days before, which the verdict checks on the ledger (no verdict otherwise)",
    ]


def change_start(
    parsed: object,
    state: pd.DataFrame,
    units: object,
    places: pd.DataFrame | None,
    ledger: object,
    side: str,
    mode: str,
    vocabulary: object,
) -> str:
    """For a count of capitals over a period: check on the ledger that the side held no
    provincial capital when the period began and return the note saying so.

    Raises
    ------
    CheckError
        No ledger, or the side may have held a capital at the start (then the count is a
        change that is not the state: no verdict).
    """
    from ..claims import Ledger
    from ..snapshots import state_at
    from ..vocabulary import Vocabulary
    from .model import ParsedClaim

    assert isinstance(parsed, ParsedClaim) and isinstance(vocabulary, Vocabulary)
    days = parsed.change_days or 0
    if not isinstance(ledger, Ledger):
        raise CheckError(
            f"a count of provincial capitals over a period ({parsed.period_text!r}) is a change; "
            "checking it needs the ledger (check_claim(ledger=...)) to see what the side held "
            "when the period began"
        )
    start = (pd.Timestamp(state.attrs["date"]) - pd.Timedelta(days=days)).date()
    before = state_at(ledger, units, start, max_age=state.attrs.get("max_age"))  # type: ignore[arg-type]
    frame = capital_frame(before, units, places, ledger)
    status = frame["status"]
    maybe = (
        (status == side)
        | status.isin(vocabulary.of_kind("unconfirmed") + vocabulary.of_kind("contested")
                      + vocabulary.of_kind("disputed"))
        | (frame["scope"] == "province")
    )  # fmt: skip
    if mode in ("open", side):
        maybe |= status == vocabulary.unknown
    label = vocabulary[side].label
    if maybe.any():
        names = short_list(list(frame.index[maybe.to_numpy()]))
        raise CheckError(
            f"a count of provincial capitals over a period ({parsed.period_text!r}) is a change: "
            f"on {start.isoformat()}, when it began, {label} may already have held "
            f"{int(maybe.sum())} provincial capital(s) ({names}), so the count is not what it "
            "holds on the date; no verdict (state the total held, e.g. 'now holds 12 of the 34')"
        )
    return (
        f"On {start.isoformat()}, {days} days before, the ledger shows {label} holding none of "
        f"the {len(frame)} provincial capitals at every allocation, so the count over the period "
        f"('{parsed.period_text}') is checked as the count held on {state.attrs['date']} "
        "(a capital taken and lost again within the period would make the state lower)."
    )


# --------------------------------------------------------------------------------------------
# Measuring


def provincial_capitals(places: pd.DataFrame) -> pd.DataFrame:
    """The provincial capitals of a places table: every ``admin1`` row, and the national
    ``capital`` for its province when no ``admin1`` row names that province (Kabul is Kabul
    province's capital: Afghanistan's 34 provinces have 34 capitals)."""
    if places.empty:
        return places
    admin1 = places[places["kind"] == "admin1"]
    provs = set(admin1["province"].astype(str))
    national = places[(places["kind"] == "capital") & ~places["province"].astype(str).isin(provs)]
    return pd.concat([national, admin1]).reset_index(drop=True)


def capital_frame(
    state: pd.DataFrame,
    units: object,
    places: pd.DataFrame | None = None,
    ledger: object = None,
) -> pd.DataFrame:
    """Each provincial capital with the unit that contains its point, that unit's status
    and the scope of the claim that decided it.

    A unit decided by a province-wide claim leaves its capital open, unless (with
    ``ledger``) the capital's own latest claim without the province-wide ones (a district,
    point or country-wide claim) gives the same status: the province-wide claim then
    agrees with what already decided the capital ("Zaranj fell on 6 August; all of Nimroz
    on 10 August"), and the capital keeps that claim's scope (``earlier`` says which).

    Returns
    -------
    pandas.DataFrame
        Indexed by capital name, columns ``unit_id``, ``province``, ``status``, ``actor``,
        ``scope`` (``district``, ``province``, ``country`` or ""; ``province``: the capital
        does not follow the claim, it is open) and ``earlier`` (the agreeing earlier claim,
        or "").

    Raises
    ------
    CheckError
        No provincial capitals for the boundary set (what would be valid is said), a
        province-level set, or a capital in no unit (or on a shared edge).
    """
    from ..boundaries import UnitSet
    from ..ingest.acled import point_hits
    from ..places import builtin_places

    assert isinstance(units, UnitSet)
    table = provincial_capitals(places if places is not None else builtin_places(units.country))
    if table.empty:
        raise CheckError(
            f"boundary set {units.boundary!r} (country {units.country or 'not given'}) has no "
            "provincial capitals: they are built in for Afghanistan (AFG) only; give a places "
            "file with one 'admin1' row per province (--places FILE, columns name, province, "
            "kind, lat, lon, source), or check districts or provinces instead"
        )
    if units.level != "district":
        raise CheckError(
            f"counting provincial capitals needs a district-level boundary set; "
            f"{units.boundary!r} has {units.level}s, and a claim on a whole province does not "
            "decide its capital ('all districts have fallen' usually excepts the provincial "
            "centre)"
        )
    lon = table["lon"].astype(float).to_numpy()
    lat = table["lat"].astype(float).to_numpy()
    ui, pi = point_hits(lon, lat, units)
    ids = units.units.index.to_numpy()
    rows = []
    for k, r in table.iterrows():
        hit = sorted({str(ids[u]) for u, p in zip(ui, pi, strict=True) if p == k})
        if len(hit) != 1:
            where = "in no unit" if not hit else f"on the edge of {', '.join(hit)}"
            raise CheckError(
                f"provincial capital {r['name']} ({r['lat']}, {r['lon']}) is {where} of "
                f"boundary set {units.boundary!r}; its status cannot be read"
            )
        uid = hit[0]
        st = state.loc[uid]
        scope = str(st.get("scope", "") or "")
        rows.append(
            {
                "capital": str(r["name"]),
                "unit_id": uid,
                "province": str(r["province"]) or str(st["province"]),
                "status": str(st["status"]),
                "actor": str(st["actor"]),
                "scope": scope,
            }
        )
    frame = pd.DataFrame(rows).set_index("capital")
    frame["earlier"] = ""
    on_prov = frame.index[frame["scope"] == "province"]
    if ledger is not None and len(on_prov):
        from dataclasses import replace

        from ..claims import Ledger
        from ..snapshots import state_at

        assert isinstance(ledger, Ledger)
        own = replace(ledger, claims=ledger.claims[ledger.claims["scope"] != "province"])
        prior = state_at(own, units, state.attrs["date"], max_age=state.attrs.get("max_age"))
        for name in on_prov:
            p = prior.loc[str(frame.at[name, "unit_id"])]
            if str(p["status"]) == frame.at[name, "status"] and str(p["actor"]) == str(
                frame.at[name, "actor"]
            ):
                day = pd.Timestamp(str(p["claim_date"])).strftime("%Y-%m-%d")
                frame.at[name, "scope"] = str(p["scope"])
                frame.at[name, "earlier"] = f"{p['scope']} claim dated {day}"
    if frame["unit_id"].duplicated().any():
        dup = frame[frame["unit_id"].duplicated(keep=False)]
        raise CheckError(
            f"provincial capitals {', '.join(dup.index)} lie in one unit of boundary set "
            f"{units.boundary!r}; each capital needs a unit of its own to be counted"
        )
    return frame


#: How many names a verdict lists per group before "and N more".
SHORT_LIST = 12


def short_list(names: list[str] | tuple[str, ...]) -> str:
    """'Zaranj, Sheberghan and 3 more' (at most :data:`SHORT_LIST` names), '—' if none."""
    names = sorted(names)
    if not names:
        return "none"
    if len(names) <= SHORT_LIST:
        return ", ".join(names)
    return f"{', '.join(names[:SHORT_LIST])} and {len(names) - SHORT_LIST} more"


#: "(the Taliban has overrun one-quarter of Afghanistan's provincial capitals) in a huge swathe
#: of territory across the north of the country": where the capitals taken lie, closing the
#: sentence (counts7, #8). Only "swathe / swath of territory" with one compass word: a
#: description of the ground taken, not a part of the country whose capitals are counted.
_SWATHE = re.compile(
    r"\s+(?:in|across)\s+an?\s+(?:(?:huge|vast|wide|broad|large)\s+)?swathe?\s+of\s+territory"
    r"\s+(?:across|in)\s+the\s+(?P<dir>(?:north|south)(?:[\s-]?(?:east|west))?|east|west)"
    r"(?:\s+of\s+(?:the\s+country|afghanistan))?\s*[.!]?\s*$",
    re.IGNORECASE,
)
#: The country's capitals named as such: "Afghanistan's provincial capitals", "the country's",
#: "of (the) 34", "out of 34".
_COUNTRY_CAPITALS = re.compile(
    r"\b(?:afghanistan|the\s+country)['’]s\s+(?:\d+\s+)?(?:afghan\s+)?provincial\s+capitals\b"
    r"|\b(?:out\s+)?of\s+(?:the\s+)?(?:afghanistan['’]s\s+)?34\s+(?:afghan\s+)?provincial"
    r"\s+capitals\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Swathe:
    """The sentence without its closing "in a swathe of territory across the north", and
    that phrase."""

    text: str
    phrase: str


def closing_swathe(text: str) -> Swathe | None:
    """A closing swathe of territory (:data:`_SWATHE`) after the country's provincial capitals
    named as such (:data:`_COUNTRY_CAPITALS`), or ``None``."""
    m = _SWATHE.search(text)
    if m is None or not _COUNTRY_CAPITALS.search(text[: m.start()]):
        return None
    return Swathe(text[: m.start()].rstrip(" ,") + ".", m.group(0).strip(" .!"))


def with_swathe(text: str, swathe: Swathe, kept: ParsedClaim) -> ParsedClaim:
    """The capitals claim read without the swathe, when it is a share or count of the
    country's provincial capitals; the swathe named in "Read as" as not checked."""
    if kept.measure != "capitals" or kept.province or kept.district or kept.ordinal is not None:
        raise ClaimParseError(
            text,
            swathe.phrase,
            "a swathe of territory is set aside only after a share or count of the country's "
            "provincial capitals (where those taken lie): here it is not",
        )
    note = (
        f"'{swathe.phrase}' (where the capitals taken lie) set aside: the figure is of the "
        "country's provincial capitals as the sentence says; where they lie is not checked"
    )
    return replace(kept, text=text, reading_notes=(*kept.reading_notes, note))
