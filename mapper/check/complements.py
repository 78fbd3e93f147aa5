"""Complements, read as counts of the boundary set's own units (issue #8).

Five constructions name what a side holds by what it does not hold:

* "all but one district in Herat province" -> the number of Herat's districts in the boundary
  set, less one ("all but two provinces": the set's provinces, less two);
* "all (the) (16) districts of Takhar province except the city of Taloqan" / "with the
  exception of Bazarak" -> every district of the province but one; the excepted place must be
  a district of that province or its capital (``mapper/data/afg_places.csv``), else refused;
* "Panjshir is the only province (among Afghanistan's 34 provinces) out of / not under Taliban
  control" -> the set's provinces, less one, for that side.
* "Panjshir is the only province not to have fallen to the Taliban" (or "the only one", after
  "one of Afghanistan's ... provinces and") -> the same.
* "In Takhar province, the residents said all districts have fallen to the Taliban except
  Taluqan" -> every district of the fronted province but one (as the second form).

Each is rewritten into the plain count it says ("15 districts in Afghanistan's Herat
province", "Taliban control 33 of Afghanistan's 34 provinces") and that sentence is read by
the whole grammar; the reading's notes say what was rewritten and where the count comes from.
The count is read from the gazetteer the sentence is parsed with (the CLI passes the boundary
set's): without district names a district complement is refused, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..matching import Gazetteer, fold
from .model import ClaimParseError

_SMALL = {"one": 1, "a single": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip

_ALL_BUT = re.compile(
    r"\ball\s+but\s+(?P<k>one|a\s+single|two|three|four|five|\d{1,2})\s+(?P<noun>districts?"
    r"|provinces?)\b",
    re.IGNORECASE,
)
#: "all but two of Afghanistan's 34 provinces", "all but one of Herat's districts"
_ALL_BUT_OF = re.compile(
    r"\ball\s+but\s+(?P<k>one|a\s+single|two|three|four|five|\d{1,2})\s+of\s+(?P<rest>(?:the\s+"
    r"|its\s+|their\s+)?(?:[a-z][a-z'\u2019-]*\s+){0,2}?(?:(?P<n>\d{1,3}|"
    + "|".join(_COUNT_WORDS)
    + r")\s+)?)(?P<noun>districts|provinces)\b",
    re.IGNORECASE,
)
_ALL_EXCEPT = re.compile(
    r"\ball\s+(?:of\s+)?(?:the\s+)?(?:(?P<n>\d{1,3}|" + "|".join(_COUNT_WORDS) + r")\s+)?"
    r"(?P<noun>districts)\s+(?P<mid>(?:of|in)\s+[^,;:]{1,60}?)\s*,?\s+(?:except(?:\s+for)?"
    r"|with\s+the\s+exception\s+of)\s+(?P<city>the\s+(?:city|town)\s+of\s+)?"
    r"(?P<y>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)(?P<capital>,\s*(?:the|its)\s+(?:provincial\s+)?"
    r"capital(?:\s+city)?)?\s*(?=$|[.;])",
    re.IGNORECASE,
)
_ONLY_PROVINCE = re.compile(
    r"^(?P<x>[a-z][a-z'-]*(?:\s+(?!province\b)[a-z][a-z'-]*)?)(?:\s+province)?\s+(?:is|was|remains)"
    r"\s+the\s+only\s+province"
    r"(?:\s+(?:among|of|out\s+of|in)\s+(?P<den>[^,;:]{0,40}?\bprovinces))?"
    r"\s+(?:that|which)\s+(?:is|was|remains)\s+(?:still\s+)?(?:out\s+of|outside(?:\s+of)?"
    r"|not\s+under|beyond|free\s+of)\s+(?:the\s+)?(?P<side>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)"
    r"\s+control\s*[.!]?$",
    re.IGNORECASE,
)

#: "Panjshir is the only province not to have fallen to the Taliban", "The valley, north of
#: the capital Kabul, is one of Afghanistan's smallest provinces and the only one not to have
#: fallen to the Taliban": the side holds every province but one. Which one does not change the
#: count, so the subject may be a province of the set or an anaphor (:data:`_ANAPHORS`); "the
#: only one" only after "one of ... provinces and". Not read: "had not fallen" (as of when?),
#: "not yet", "fully", "one of the few", "the only province to have fallen" (no "not").
_ANAPHORS = ("the province", "the valley", "it")
_ONLY_NOT_FALLEN = re.compile(
    r"^(?P<x>[a-z][a-z'-]*(?:\s+(?!province\b)[a-z][a-z'-]*)?)(?:\s+province)?"
    r"(?:\s*,\s*(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?"
    r"\s+of\s+(?:the\s+capital\s*,?\s*)?kabul\s*,)?"
    r"\s+(?:is|remains)\s+(?:(?P<one>one\s+of\s+(?:afghanistan|the\s+country)(?:'s|\u2019s)\s+"
    r"(?:(?P<n>\d{1,3}|thirty-four)\s+)?(?:(?:[a-z]+est|most\s+[a-z]+)\s+)?provinces)\s+and\s+)?"
    r"the\s+only\s+(?P<noun>province|one)\s+(?:not\s+to\s+have\s+(?:fallen\s+to|been\s+"
    r"(?:captured|seized|taken)\s+by)|that\s+has\s+not\s+(?:fallen\s+to|been\s+(?:captured"
    r"|seized|taken)\s+by))\s+(?:the\s+)?(?P<side>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)"
    r"\s*[.!]?$",
    re.IGNORECASE,
)
#: "In Takhar province, (which neighbors Badakhshan,) the residents said all districts have
#: fallen to the Taliban except Taluqan, the capital city": the province is fronted, the
#: districts are its own, and every one but the excepted district (or the capital, as the
#: gazetteer says) is the side's. A relative clause after the province is read only as a
#: neighbour (another province of the set); the speaker clause is left to the grammar.
_NAME = r"[a-z][a-z'-]*(?:\s+(?!province\b)[a-z][a-z'-]*)?"
_FRONTED_ALL_EXCEPT = re.compile(
    rf"^in\s+(?P<p>{_NAME})(?:\s+province)?\s*,(?:\s*which\s+(?:neighbou?rs|borders)\s+"
    rf"(?P<q>{_NAME})(?:\s+province)?\s*,)?\s+(?P<speaker>(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+"
    r"said\s+(?:that\s+)?)?(?P<all>all\s+(?:the\s+)?districts\s+have\s+fallen\s+to\s+"
    rf"(?:the\s+)?(?P<side>{_NAME})\s*,?\s+except(?:\s+for)?\s+(?P<city>the\s+(?:city|town)"
    rf"\s+of\s+)?(?P<y>{_NAME})(?P<capital>,\s*(?:the|its)\s+(?:provincial\s+)?capital"
    r"(?:\s+city)?)?)\s*[.!]?$",
    re.IGNORECASE,
)

_LAST_HELD = re.compile(
    r"\b(?:captured|seized|took(?:\s+over|\s+control\s+of)?|overran|overrun)\s+"
    r"(?P<d>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)\s+district\s*,\s*the\s+last\s+(?:bastion"
    r"|stronghold|holdout|district|foothold|outpost)\s+(?:of|held\s+by|in\s+the\s+hands\s+of"
    r"|under\s+the\s+control\s+of)\s+(?P<other>[a-z][a-z' -]{1,40}?)\s+in\s+"
    r"(?P<p>[a-z][a-z'-]*(?:\s+(?!province\b)[a-z][a-z'-]*)?)(?:\s+province)?(?=\s*(?:[,.;]|$))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Rewrite:
    """The sentence with the complement replaced by the count it says, and a note."""

    text: str
    note: str
    #: the figure the rewritten sentence must be read with, and its stated total (else the
    #: construction was not the sentence's figure: refused)
    count: float | None = None
    stated: float | None = None


def _exact_province(gaz: Gazetteer, name: str) -> str | None:
    """The province ``name`` is, when every word of it is needed ("Panjshir rrr" is not
    Panjshir, though the romanisation fold would take it): a name dropped from a rewrite must
    not carry an unread word with it."""
    words = name.split()
    prov = gaz.resolve_province(name)
    if prov is None or (
        len(words) > 1
        and prov
        in (gaz.resolve_province(" ".join(words[1:])), gaz.resolve_province(" ".join(words[:-1])))
    ):
        return None
    return prov


def _exact_district(gaz: Gazetteer, province: str, name: str) -> bool:
    """Whether ``name`` is one district of ``province``, every word of it needed."""
    words = name.split()

    def one(n: str) -> set[str]:
        found = gaz.match(province, n)
        return set(found.unit_ids) if not found.problem and len(found.unit_ids) == 1 else set()

    ids = one(name)
    if not ids:
        return False
    return not (len(words) > 1 and ids in (one(" ".join(words[1:])), one(" ".join(words[:-1]))))


def _districts_in(gaz: Gazetteer, province: str | None) -> int:
    return sum(1 for _name, prov in gaz.district_names.values() if province in (None, prov))


def _need_districts(text: str, part: str, gaz: Gazetteer) -> None:
    if not gaz.district_names:
        raise ClaimParseError(
            text,
            part,
            "a complement ('all but one district') is counted on the boundary set's districts; "
            "parse with gazetteer=units.gazetteer() (the CLI does)",
        )


def _capital_of(province: str, name: str) -> bool:
    """Whether ``name`` is a spelling of ``province``'s capital (mapper/data/afg_places.csv)."""
    from ..places import builtin_places

    places = builtin_places("AFG")
    if places.empty:
        return False
    rows = places[(places["province"] == province) & (places["kind"].isin(["admin1", "capital"]))]
    key = fold(name)
    for _, r in rows.iterrows():
        spellings = [str(r["name"]), *(str(v) for v in r["variants"])]
        if any(s and fold(s) == key for s in spellings):
            return True
    return False


def rewrite(
    text: str,
    gaz: Gazetteer,
    province_of: Callable[[str], str | None],
    side_of: Callable[[str], tuple[str, str] | None] = lambda _t: None,
    side_exact: Callable[[str], tuple[str, str] | None] = lambda _t: None,
) -> Rewrite | None:
    """The complement in ``text`` rewritten as a count, or ``None`` when there is none.

    ``province_of`` finds the province a sentence names (the reader's own finder: two
    provinces are refused there); ``side_of`` the one side a phrase names."""
    m = _LAST_HELD.search(text)
    if m:
        return _last_held(text, m, gaz, side_of, side_exact)
    m = _ONLY_PROVINCE.match(text.strip())
    if m:
        return _only_province(text, m, gaz)
    m = _ONLY_NOT_FALLEN.match(text.strip())
    if m:
        return _only_not_fallen(text, m, gaz)
    m = _FRONTED_ALL_EXCEPT.match(text.strip())
    if m:
        return _fronted_all_except(text, m, gaz)
    m = _ALL_BUT_OF.search(text) or _ALL_BUT.search(text)
    if m:
        return _all_but(text, m, gaz, province_of)
    m = _ALL_EXCEPT.search(text)
    if m:
        return _all_except(text, m, gaz, province_of)
    return None


_COUNT = r"(?:\d{1,3}|" + "|".join(_COUNT_WORDS) + r")"
_COUNTED_NOUN = (
    r"(?P<noun>districts|district\s+cent(?:er|re)s|provinces|provincial\s+capitals"
    r"|provincial\s+cent(?:er|re)s)\b"
)
#: A count said to be the whole set in scope: "all 16 districts of Takhar", "all the 34
#: provinces", "all sixteen of Takhar's districts", "all 16 Takhar districts", "the (entire) 16
#: districts of Takhar", "16 out of 16 districts", "16 of Takhar's 16 districts". Not after
#: "of"/"from" ("100 out of all 421 districts", "five of the 16 districts of Takhar": a
#: stated total, read as such).
_ALL_COUNTED = (
    re.compile(
        rf"(?<!\bof\s)(?<!\bfrom\s)\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?P<n>{_COUNT})\s+"
        r"(?:of\s+(?:the\s+)?(?:[a-z][a-z'\u2019-]*\s+){1,2}?|[a-z][a-z'\u2019-]*\s+)?"
        + _COUNTED_NOUN,
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<!\bof\s)(?<!\bfrom\s)\bthe\s+(?:entire\s+|whole\s+)?(?P<n>{_COUNT})\s+"
        + _COUNTED_NOUN
        + r"(?=\s+(?:of|in)\s|\s*(?:[,.;]|$))",
        re.IGNORECASE,
    ),
    # "Takhar's 16 districts", "Afghanistan's 33 provincial capitals", "the country's 33
    # provinces": a possessive count is the whole of its owner (redteam12b: read as a count of
    # 16); not after "of"/"from" ("five of Takhar's 16 districts": a stated total)
    re.compile(
        r"(?<!\bof\s)(?<!\bfrom\s)(?<!\bof\sthe\s)(?<!\bfrom\sthe\s)(?<![\w'\u2019-])"
        r"(?:the\s+)?[a-z][a-z-]*(?:\s+province)?(?:'s|\u2019s)\s+(?:entire\s+|whole\s+)?"
        rf"(?P<n>{_COUNT})\s+" + _COUNTED_NOUN,
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<n>{_COUNT})\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+"
        r"|[a-z][a-z-]*(?:\s+province)?(?:'s|\u2019s)\s+)?(?P=n)\s+" + _COUNTED_NOUN,
        re.IGNORECASE,
    ),
)


#: Before a possessive count, a share or count taking it as a stated total ("four of Laghman
#: province's six districts", "half of the war-torn country's 419 district centers"); "all of
#: Takhar's 16 districts" is the whole.
_OF_BEFORE = re.compile(r"(?<!\ball\s)\b(?:of|from|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)


def _counted(p: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of one form of :data:`_ALL_COUNTED`; a possessive ("Takhar's 16
    districts") only when no "of"/"from"/"in" stands before its owner's name."""
    for m in p.finditer(text):
        if "'s" not in m.group(0) and "\u2019s" not in m.group(0):
            return m
        if p is _ALL_COUNTED[2] and _OF_BEFORE.search(text[: m.start()]):
            continue
        return m
    return None


def all_counted(text: str, gaz: Gazetteer, province_of: Callable[[str], str | None]) -> None:
    """Refuse "all N districts of P" (or "all N provinces | provincial capitals",
    :data:`_ALL_COUNTED`) when N is not the boundary set's count in that scope: "all 16
    districts of Takhar" on a set with 17 was read as a count of 16, not as the whole province
    (red-team finding, #8); which of the 17 the sentence leaves out cannot be told. Without
    the set's district names a district count is refused too. A complement ("all ... except
    X") is read by :func:`rewrite`."""
    m = next((m for p in _ALL_COUNTED if (m := _counted(p, text)) is not None), None)
    if m is None or _ALL_EXCEPT.search(text) or _ALL_BUT_OF.search(text) or _ALL_BUT.search(text):
        return
    said = int(m["n"]) if m["n"].isdigit() else _COUNT_WORDS[m["n"].lower()]
    noun = re.sub(r"\s+", " ", m["noun"].lower())
    if noun in ("provinces", "provincial capitals") or noun.startswith("provincial cent"):
        # one capital (a provincial centre) to a province
        n, where, unit = len(gaz.province_names), "the country", noun
    else:
        if not gaz.district_names:
            raise ClaimParseError(
                text,
                m.group(0),
                "a count said to be every district of its scope is checked against the boundary "
                "set's districts; parse with gazetteer=units.gazetteer() (the CLI does)",
            )
        province = province_of(text)
        n = _districts_in(gaz, province)
        where = f"{province} province" if province else "the country"
        unit = "districts"
    if said != n:
        raise ClaimParseError(
            text,
            m.group(0),
            f"{m.group(0)!r} counts {said} {unit} as the whole of {where} (every one of them), "
            f"which has {n} {unit} in the boundary set: neither the whole nor a count of "
            f"{said} can be checked as the sentence means it (which are left out is not said)",
        )


def _all_but(
    text: str, m: re.Match[str], gaz: Gazetteer, province_of: Callable[[str], str | None]
) -> Rewrite:
    if re.search(
        r"(?:\d|\b(?:about|around|some|over|nearly|almost|than|least|most|roughly|approximately"
        r"|" + "|".join(_COUNT_WORDS) + r"|one|a|the))[\s,]*$",
        text[: m.start()],
        re.IGNORECASE,
    ):
        raise ClaimParseError(
            text, m.group(0), "'all but N' after a figure or an article is not one figure"
        )
    k_text = m["k"].lower()
    k = int(k_text) if k_text.isdigit() else _SMALL[re.sub(r"\s+", " ", k_text)]
    province = province_of(text)
    if m["noun"].lower().startswith("province"):
        if province is not None:
            raise ClaimParseError(
                text, m.group(0), "'all but N provinces' in a province names no count"
            )
        n, where = len(gaz.province_names), "the country"
        unit = "provinces"
    else:
        _need_districts(text, m.group(0), gaz)
        n = _districts_in(gaz, province)
        where = f"{province} province" if province else "the country"
        unit = "districts"
    if n <= k:
        raise ClaimParseError(
            text, m.group(0), f"{where} has {n} {unit} in the boundary set: none is left"
        )
    count = n - k
    note = (
        f"'{m.group(0)}' read as {count} {unit}: {where} has {n} {unit} in the boundary set, "
        f"less {k} (which is not named)"
    )
    groups = m.groupdict()
    if "rest" not in groups:
        return Rewrite(f"{text[: m.start()]}{count} {unit}{text[m.end() :]}", note, count)
    said = groups["n"]
    stated = None
    if said is not None:
        stated = float(int(said) if said.isdigit() else _COUNT_WORDS[said.lower()])
        if stated != n:
            raise ClaimParseError(
                text,
                m.group(0),
                f"the sentence counts {stated:g} {unit}, the boundary set {n} in {where}: "
                f"'all but {k}' of them cannot be matched",
            )
    head = f"{count} of {groups['rest']}{m['noun']}"
    return Rewrite(f"{text[: m.start()]}{head}{text[m.end() :]}", note, count, stated)


def _excepted(text: str, gaz: Gazetteer, province: str, y: str, as_capital: bool) -> None:
    """Refuse an excepted ``y`` that is neither a district of ``province`` nor, named as the
    capital city, the province's capital: unknown is refused, never skipped."""
    if not _exact_district(gaz, province, y) and not (as_capital and _capital_of(province, y)):
        raise ClaimParseError(
            text,
            y,
            f"{y!r} is not a district of {province} province nor its capital in the boundary "
            "set; the exception must name one (unknown is refused, never skipped)",
        )


def _all_except(
    text: str, m: re.Match[str], gaz: Gazetteer, province_of: Callable[[str], str | None]
) -> Rewrite:
    part = m.group(0).strip()
    _need_districts(text, part, gaz)
    province = province_of(m["mid"])
    if province is None:
        raise ClaimParseError(
            text, m["mid"], "'all districts ... except X' needs the province they are in"
        )
    y = m["y"]
    as_capital = bool(m["city"] or m["capital"])
    _excepted(text, gaz, province, y, as_capital)
    n = _districts_in(gaz, province)
    count = n - 1
    stated = m["n"]
    if stated is not None:
        said = int(stated) if stated.isdigit() else _COUNT_WORDS[stated.lower()]
        # the sentence's count must agree with the boundary set on what is excepted: all n
        # with a district excepted, or the n - 1 besides the capital city
        if not (said == n or (as_capital and said == n - 1)):
            raise ClaimParseError(
                text,
                part,
                f"the sentence counts {said} districts in {province}, the boundary set {n}: "
                "which of them the exception leaves out cannot be matched",
            )
        # "16 of all 16": the n - 1 besides the capital, not a whole said to be the sentence's
        # own count (:func:`all_counted` refuses "16 of the 16" as written on a set of 17)
        head = f"{count} of {'all' if said == count else 'the'} {said} districts"
    else:
        head = f"{count} districts"
    kept = "the capital" if as_capital else f"{y} district"
    note = (
        f"'{part}' read as {count} districts: {province} has {n} districts in the boundary "
        f"set, all but one ({kept}, excepted)"
    )
    return Rewrite(
        f"{text[: m.start()]}{head} {m['mid']}{text[m.end() :]}",
        note,
        count,
        float(said) if stated is not None else None,
    )


def _only_province(text: str, m: re.Match[str], gaz: Gazetteer) -> Rewrite:
    x = m["x"]
    if _exact_province(gaz, x) is None:
        raise ClaimParseError(
            text, x, f"{x!r} is not a province of the boundary set; 'the only province' needs one"
        )
    n = len(gaz.province_names)
    side = re.sub(r"'s?$", "", m["side"].strip())
    den = f" of {m['den']}" if m["den"] else " provinces"
    note = (
        f"'the only province ... out of {side} control' read as {n - 1} provinces held by "
        f"{side}: the boundary set's {n}, less {x}"
    )
    return Rewrite(f"{side} control {n - 1}{den}", note)


def _only_not_fallen(text: str, m: re.Match[str], gaz: Gazetteer) -> Rewrite:
    x = m["x"]
    if x.lower() not in _ANAPHORS and _exact_province(gaz, x) is None:
        raise ClaimParseError(
            text, x, f"{x!r} is not a province of the boundary set; 'the only province' needs one"
        )
    if m["noun"].lower() == "one" and not m["one"]:
        raise ClaimParseError(text, m.group(0), "'the only one' names no provinces to count")
    n = len(gaz.province_names)
    said = m["n"]
    stated = None if said is None else (34.0 if not said.isdigit() else float(said))
    if stated is not None and stated != n:
        raise ClaimParseError(
            text,
            m["one"],
            f"the sentence counts {stated:g} provinces, the boundary set {n}: 'the only one' "
            "of them cannot be matched",
        )
    den = " provinces" if stated is None else f" of the country's {stated:g} provinces"
    side = m["side"].strip()
    note = (
        f"'the only {m['noun']} not to have fallen to {side}' read as {n - 1} provinces held by "
        f"{side}: the boundary set's {n}, less one"
    )
    return Rewrite(f"{side} control {n - 1}{den}", note, float(n - 1), stated)


def _fronted_all_except(text: str, m: re.Match[str], gaz: Gazetteer) -> Rewrite:
    province = _exact_province(gaz, m["p"])
    if province is None:
        raise ClaimParseError(text, m["p"], f"{m['p']!r} is not a province of the boundary set")
    if m["q"] is not None:
        other = _exact_province(gaz, m["q"])
        if other is None or other == province:
            raise ClaimParseError(
                text, m["q"], f"{m['q']!r} is not another province of the boundary set"
            )
    _need_districts(text, m["all"], gaz)
    y = m["y"]
    as_capital = bool(m["city"] or m["capital"])
    _excepted(text, gaz, province, y, as_capital)
    n = _districts_in(gaz, province)
    count = n - 1
    note = (
        f"'{m['all']}' read as {count} districts: {province} has {n} districts in the boundary "
        f"set, all but one ({'the capital' if as_capital else y + ' district'}, excepted)"
    )
    return Rewrite(
        f"{m['speaker'] or ''}{m['side']} control {count} districts of {province} province",
        note,
        float(count),
    )


def _last_held(
    text: str,
    m: re.Match[str],
    gaz: Gazetteer,
    side_of: Callable[[str], tuple[str, str] | None],
    side_exact: Callable[[str], tuple[str, str] | None],
) -> Rewrite | None:
    """ "the militants captured Warsaj district, the last bastion of the Afghan government in
    Takhar province": the side now holds every district of the province."""
    province = _exact_province(gaz, m["p"])
    subject, other = side_of(text[: m.start()]), side_exact(m["other"])
    if province is None or subject is None or other is None:
        return None  # left to the reader, which refuses what it cannot read
    if subject[0] == other[0]:
        raise ClaimParseError(
            text, m.group(0), "the side took its own last district: not a change of hands"
        )
    _need_districts(text, m.group(0), gaz)
    if not _exact_district(gaz, province, m["d"]):
        raise ClaimParseError(
            text, m["d"], f"{m['d']!r} is not a district of {province} province in the boundary set"
        )
    note = (
        f"'{m.group(0)}' read as: {subject[1]} hold every district of {province} province "
        f"(the last one {other[1]} held was taken)"
    )
    return Rewrite(
        f"{text[: m.start()]}control all districts of {province} province{text[m.end() :]}", note
    )


# ---- "Panjshir, the last holdout province": every other province was the side's -------------

_SIDE_WORDS = r"[a-z][a-z'\u2019-]*(?:\s+[a-z][a-z'\u2019-]*)?"
#: The appositions after a province that say it was the last one not the side's (a closed list;
#: each says every other province was the side's when it fell). Anything else after a unit is
#: left to the reader (``units._CLAIMING``: refused as a second claim).
_HOLDOUT_APP = re.compile(
    r",\s*(?P<app>"
    r"the\s+last\s+(?:remaining\s+)?holdout(?:\s+afghan)?(?:\s+province)?"
    r"|the\s+last\s+holdout\s+of\s+anti-(?P<anti>[a-z]+)\s+forces\s+in\s+(?:the\s+country"
    r"|afghanistan)(?:\s+and\s+(?P<only>the\s+only\s+province\s+(?:that\s+)?(?P<s1>"
    + _SIDE_WORDS
    + r")\s+had\s+not\s+(?:seized|captured|taken)(?:\s+during\s+(?:its|their)\s+(?:blitz"
    r"|sweep|offensive)\s+across\s+(?:afghanistan|the\s+country)\s+last\s+month)?))?"
    r"|the\s+last\s+pocket\s+of\s+resistance(?:\s+to\s+(?:its|their|(?P<s2>"
    + _SIDE_WORDS
    + r")['\u2019]s?)\s+rule)?"
    r"|the\s+last\s+area\s+in\s+(?:afghanistan|the\s+country)\s+(?:being\s+)?held\s+by"
    r"\s+resistance\s+forces"
    r"|the\s+only\s+province\s+(?:that\s+)?(?P<s3>" + _SIDE_WORDS + r")\s+had\s+not\s+"
    r"(?:seized|captured|taken)"
    r"|the\s+last\s+province\s+(?:which|that)\s+was\s+not\s+captured\s+by\s+(?P<s4>"
    + _SIDE_WORDS
    + r"))(?=\s*,|\s*[.!]?\s*$)",
    re.IGNORECASE,
)
#: The province the apposition follows: "Panjshir", "Panjshir province", "the Afghan province
#: of Panjshir", "Panjshir province north of Kabul".
_BEFORE_HOLDOUT = re.compile(
    r"(?:\bthe\s+(?:afghan\s+)?province\s+of\s+)?(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)"
    r"(?:\s+province)?(?:\s+north\s+of\s+kabul)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Holdout:
    """The sentence without the apposition, the province it follows, the side it names (if
    any) and the apposition as written."""

    text: str
    province: str
    side: tuple[str, str] | None
    apposition: str


def holdout(
    text: str, gaz: Gazetteer, side_exact: Callable[[str], tuple[str, str] | None]
) -> Holdout | None:
    """ "Panjshir, the last holdout Afghan province": the sentence without the apposition,
    or ``None`` when there is none of the closed list (:data:`_HOLDOUT_APP`) right after a
    province. The apposition says every other province was the side's: a second claim,
    checked beside the first (:mod:`mapper.check.beside`) by the reader."""
    m = _HOLDOUT_APP.search(text)
    if m is None:
        return None
    before = text[: m.start()]
    b = _BEFORE_HOLDOUT.search(before)
    if b is None:
        return None
    words = b["name"].split()
    tails = [" ".join(words[-n:]) for n in (2, 1) if len(words) >= n]
    province = next((p for t in tails if (p := _exact_province(gaz, t))), None)
    if province is None:
        return None
    named = [m[g] for g in ("anti", "s1", "s2", "s3", "s4") if m[g]]
    side: tuple[str, str] | None = None
    for w in named:
        found = side_exact(re.sub(r"^the\s+", "", w.strip(), flags=re.IGNORECASE))
        if found is None:
            raise ClaimParseError(
                text,
                m["app"],
                f"{w!r} in the apposition is not a side of the vocabulary: whose the other "
                "provinces were is not known",
            )
        if side is not None and side[0] != found[0]:
            raise ClaimParseError(text, m["app"], "the apposition names two sides")
        side = found
    after = text[m.end() :]
    if re.match(r"\s*,", after) and len(re.findall(r"[a-z]+", before, re.IGNORECASE)) <= 4:
        # "Panjshir, the last pocket of resistance, falls to Taliban": the subject's commas
        after = re.sub(r"^\s*,", "", after)
    rest = re.sub(r"\s+", " ", f"{before}{after}").strip()
    return Holdout(rest, province, side, m["app"])
