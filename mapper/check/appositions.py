"""Descriptions of a named provincial capital that say nothing of who holds it (issue #8).

A rank of size written beside a capital's name ("Kandahar, Afghanistan's second-largest
city", "Herat, the third-largest city in Afghanistan", "Herat and Kandahar, the country's
second- and third-largest cities", "the third-largest city Herat") is a claim about the city's
size, not its control. It is set aside only when the name is a provincial capital of the places
data and the rank fits the closed table :data:`RANKS`; the reading's notes name it. A rank that
does not fit ("Herat, the fourth-largest city") is refused: the writer may mean another city.
A rank with no name ("Afghanistan's third-largest city fell") is never read as a city: it is
left to be refused (reporting disagrees on which city is second and which third).

The table is what 2021 reporting says, not a census: Kabul is the largest city; Kandahar and
Herat are the second and third, in either order (outlets differ: AP "Kandahar, the second-
largest", others "Herat and Kandahar, the second- and third-largest"); Mazar-i-Sharif the
fourth; Jalalabad the fifth. Any other rank, or another city with one of these ranks, is
refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .model import ClaimParseError

#: rank of size -> the provincial capitals (names of the places data) that reporting gives it
RANKS: dict[int, frozenset[str]] = {
    1: frozenset({"Kabul"}),
    2: frozenset({"Kandahar", "Herat"}),
    3: frozenset({"Kandahar", "Herat"}),
    4: frozenset({"Mazar-i-Sharif"}),
    5: frozenset({"Jalalabad"}),
}
_RANK_WORDS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
               "5th": 5}  # fmt: skip

#: whose rank (possessive 's dropped by normalise): "Afghanistan's", "the country's", "the"
_OWNER = r"(?:(?:the\s+(?:country|nation)|afghanistan)\s+|the\s+)?"
_SIZE = r"(?:largest|biggest)"
_WHERE = r"(?:\s+(?:in|of)\s+(?:afghanistan|the\s+country))?"
#: "Afghanistan's second-largest city", "the third-largest Afghan city in the country",
#: "the largest city" (rank 1)
_ONE = (
    rf"{_OWNER}(?:(?P<r>second|third|fourth|fifth|2nd|3rd|4th|5th)[\s-]+)?{_SIZE}\s+"
    rf"(?:afghan\s+)?city{_WHERE}"
)
#: "the country's second- and third-largest cities", "the second and third largest cities"
_PAIR = (
    rf"{_OWNER}(?:second|2nd)-?\s+and\s+(?:the\s+)?(?:third|3rd)[\s-]+{_SIZE}\s+"
    rf"(?:afghan\s+)?cities{_WHERE}"
)
#: "one of the biggest cities in the country", "one of Afghanistan's largest cities": among
#: the ranks of the table (any of them), checked as a rank is
_AMONG = rf"one\s+of\s+{_OWNER}{_SIZE}\s+(?:afghan\s+)?cities{_WHERE}"
#: "one" of :data:`_AMONG` after a comma or "and": a description, not a count (the named-units
#: reader does not take it for a figure; :func:`set_aside_ranks` checks it beside a capital)
AMONG_ONE = re.compile(rf"(?:(?<=,\s)|(?<=\band\s)){_AMONG}\s*(?=,|$)")
#: a rank of size as the description of one capital (no group: used twice in one pattern)
_DESC = rf"(?:{_ONE.replace('?P<r>', '')}|{_AMONG})"
#: the capital's other apposition joined to it by "and" ("the capital of the northern province
#: of Balkh"), left for the named-units grammar to read and check
_CAPITAL_OF = r"(?:the\s+)?(?:provincial\s+)?capital(?:\s+city)?\s+of\s+[^,]+?"
_START = r"(?:^|(?<=,\s)|(?<=\band\s)|(?<=\bincluding\s))"
#: one list item: no comma and no "and" in it
_ITEM = r"(?:(?!\band\b)[^,])+?"
_AFTER = re.compile(rf"{_START}(?P<item>{_ITEM})\s*,\s*(?P<d>{_DESC})\s*(?=,|$)")
#: "Mazar-i-Sharif, the fourth largest city in Afghanistan and the capital of ... Balkh",
#: "Herat, the capital of Herat province and the third-largest city": two appositions joined by
#: "and"; the rank is checked and set aside, the other kept (read and checked by unit_names)
_AFTER_AND = re.compile(
    rf"{_START}(?P<item>{_ITEM})\s*,\s*(?:(?P<d>{_DESC})\s+and\s+(?P<rest>{_CAPITAL_OF})"
    rf"|(?P<rest2>{_CAPITAL_OF})\s+and\s+(?P<d2>{_DESC}))\s*(?=,|$)"
)
#: "the second-largest city Kandahar", "2nd largest Afghan city of Kandahar": the rank before;
#: after "of" one name closing the item ("... city of Herat and Kandahar" is not one city)
_BEFORE = re.compile(
    rf"{_START}(?P<d>{_ONE})(?:\s+of\s+(?P<item2>{_ITEM})(?=\s*,|$)"
    rf"|(?:\s*,\s*|\s+)(?P<item>{_ITEM})(?=\s*,|\s+and\b|$))"
)
_PAIR_AFTER = re.compile(
    rf"{_START}(?P<a>{_ITEM})\s+and\s+(?P<b>{_ITEM})\s*,\s*(?P<d>{_PAIR})\s*(?=,|$)"
)
#: "the city of Herat", "the western city of Herat", "Herat city": the name inside an item
_CITY_WORDS = re.compile(
    r"^(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:city|town)\s+of\s+(?P<n>.+)$|^(?P<m>.+?)\s+city$"
)
#: "the provincial capital of Kandahar (province)": the capital named by its province
_TITLE_OF = re.compile(
    r"^(?:the\s+)?(?:provincial\s+)?capital(?:\s+city)?\s+of\s+(?:the\s+)?(?P<p>.+?)"
    r"(?:\s+province)?$"
)


def _capital(
    item: str,
    capital_named: Callable[[str], tuple[str, str] | None],
    capital_of: Callable[[str], str | None] | None = None,
) -> str | None:
    """The provincial capital an item names ("Herat", "the city of Herat", "Herat city",
    "the provincial capital of Herat", with ``capital_of`` the capital of a province), or
    ``None``."""
    found = capital_named(item.strip())
    if found is not None:
        return found[0]
    t = _TITLE_OF.match(item.strip())
    if t and capital_of is not None:
        return capital_of(t["p"])
    m = _CITY_WORDS.match(item.strip())
    if m:
        found = capital_named(m["n"] or m["m"])
    return found[0] if found is not None else None


def _table() -> str:
    return (
        "the checker's table of ranks of size, from 2021 reporting: Kabul 1, Kandahar and "
        "Herat 2 and 3 (in either order: outlets differ), Mazar-i-Sharif 4, Jalalabad 5"
    )


def set_aside_ranks(
    text: str,
    s: str,
    notes: list[str],
    capital_named: Callable[[str], tuple[str, str] | None],
    *,
    capital_of: Callable[[str], str | None] | None = None,
) -> str:
    """``s`` (a normalised list of units) with each rank of size beside a provincial capital's
    name taken out, checked on :data:`RANKS` and named in ``notes``; a rank that does not fit
    the capital is refused. A rank beside anything else is left as written (refused later, as
    every city word is). ``capital_of`` gives the capital of a province ("the provincial
    capital of Kandahar, Afghanistan's second-largest city")."""

    def check(written: str, names: list[str], ranks: list[int]) -> None:
        fits = (
            all(n in RANKS[r] for n, r in zip(names, ranks, strict=True))
            if len(names) == 1
            else set(names) == set().union(*(RANKS[r] for r in ranks)) and len(set(names)) == 2
        )
        if not fits:
            raise ClaimParseError(
                text,
                written,
                f"a rank of size ({written!r}) does not fit {' and '.join(names)} in "
                f"{_table()}: the name or the rank may be wrong, so the city is not read",
            )
        notes.append(
            f"'{written}' (a rank of size, not of control) set aside: it fits "
            f"{' and '.join(names)} in {_table()}"
        )

    def described(item: str, d: str) -> bool:
        """Check the description ``d`` of ``item``; False when the item is no capital."""
        name = _capital(item, capital_named, capital_of)
        if name is None:
            return False
        if d.startswith("one of"):
            among(d, name)
            return True
        r = re.search(r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\b", d)
        rank = _RANK_WORDS[r.group(0)] if r is not None else 1
        check(d, [name], [rank])
        return True

    def among(written: str, name: str) -> None:
        """ "one of the biggest cities": the capital must hold a rank of the table."""
        if not any(name in names for names in RANKS.values()):
            raise ClaimParseError(
                text,
                written,
                f"{written!r} is said of {name}, which holds no rank in {_table()}: the name "
                "may be wrong, so the city is not read",
            )
        notes.append(
            f"'{written}' (a rank of size, not of control) set aside: {name} holds a rank in "
            f"{_table()}"
        )

    def one(m: re.Match[str]) -> str:
        item = m["item"] or m["item2"]
        return item if described(item, m["d"]) else m.group(0)

    def one_and(m: re.Match[str]) -> str:
        d, rest = (m["d"], m["rest"]) if m["d"] else (m["d2"], m["rest2"])
        return f"{m['item']}, {rest}" if described(m["item"], d) else m.group(0)

    def pair(m: re.Match[str]) -> str:
        a = _capital(m["a"], capital_named, capital_of)
        b = _capital(m["b"], capital_named, capital_of)
        if a is None or b is None:
            return m.group(0)
        check(m["d"], [a, b], [2, 3])
        return f"{m['a']} and {m['b']}"

    s = _PAIR_AFTER.sub(pair, s)
    s = _AFTER_AND.sub(one_and, s)
    s = _AFTER.sub(one, s)
    return _BEFORE.sub(one, s)
