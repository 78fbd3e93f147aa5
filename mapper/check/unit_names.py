"""Named units: a province, a district or a provincial capital as a sentence names it (#8).

:func:`read_units` reads the list after a control verb ("Zaranj, the capital of Nimroz
province", "Herat and Kandahar", "Saighan and Kahmard districts in Bamiyan", such lists
joined by semicolons) into :class:`NamedUnit` items, each resolved against the boundary
set's names (the gazetteer) and the built-in provincial capitals; an unknown or ambiguous
name is refused, never widened (see :mod:`mapper.check.units` for the grammar around it and
the rules for bare names).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from .centres import district_centres
from .model import ClaimParseError

if TYPE_CHECKING:
    from ..matching import Gazetteer
    from ..vocabulary import Vocabulary


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


_DIR = (
    r"(?:afghanistan\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?"
    r"|west(?:ern)?|central|key|strategic|remote|restive|volatile|mountainous|southern|northern"
    r"|major|vital|important|crucial|strategically\s+important)\s+){0,2}(?:afghan\s+)?"
)
_WORD = r"(?!(?:of|the|in|and|province|district|city|town|capital|provincial)\b)[a-z][a-z'-]*"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
#: "in the east", "in southwestern Afghanistan", "in northeast Afghanistan", "in the north of
#: the country", "in Afghanistan": where a province lies, after it in an apposition (the
#: region word is checked, _check_region)
_REGION_IN = (
    r"\s+in\s+(?:the\s+(?:north|south|east|west|(?:north|south)-?(?:east|west))"
    r"(?:\s+of\s+(?:the\s+country|afghanistan))?"
    r"|(?:(?:(?:north|south)-?(?:east|west)(?:ern)?|northern|southern|eastern|western"
    r"|central)\s+)?afghanistan)"
)
_APPOSITIVE = re.compile(
    rf"(?<![a-z'-])(?:(?:the\s+)?{_DIR}(?:city|town)\s+of\s+|afghanistan\s+)?(?P<cap>{_NAME})(?:\s+city)?\s*,\s*(?:(?:the\s+)?{_DIR}(?:provincial\s+)?capital\s+(?:city\s+)?(?:of|in)\s+"
    rf"(?:the\s+)?{_DIR}(?:province\s+of\s+)?(?P<prov>{_NAME}?)(?:\s+province)?(?:{_REGION_IN})?"
    rf"|(?:the\s+)?(?P<prov2>{_NAME}?)(?:\s+province)?\s+(?:provincial\s+)?capital"
    r"(?:\s+city)?)(?:\s*(?=,|$)|(?<=province)(?=\s+and\s))"
)

#: A title before a capital's name: the national capital's ("the (Afghan) capital(,) Kabul",
#: "Afghanistan's capital Kabul") or a provincial capital's ("(the) (Afghan) provincial capital
#: Sheberghan"). The name must be a capital the title fits (:func:`_titled`).
_NATIONAL_TITLE = r"(?:the\s+)?(?:afghan\s+)?capital(?:\s+city)?|afghanistan\s+capital(?:\s+city)?"
#: "regional capital": AFP's and the BBC's word for a provincial capital ("Taliban capture
#: regional capital Zaranj"), as capitals.py reads "regional capitals" in counts
_PROVINCIAL_TITLE = r"(?:the\s+|an?\s+)?(?:afghan\s+)?(?:provincial|regional)\s+capital(?:\s+city)?"
_TITLE = rf"(?P<title>{_PROVINCIAL_TITLE}|{_NATIONAL_TITLE})"
_ITEM_START = r"(?:^|(?<=,\s)|(?<=\band\s))"
#: "the capital, Kabul": the comma between a title and its name
_TITLE_COMMA = re.compile(rf"{_ITEM_START}{_TITLE}\s*,\s*(?P<n>{_NAME})(?=\s*(?:,|$|\band\b))")
#: "Kabul, the Afghan capital", "Taluqan city, the provincial capital": the title after the name
_NAME_COMMA_TITLE = re.compile(
    rf"{_ITEM_START}(?P<pre>(?:the\s+)?{_DIR}(?:city|town)\s+of\s+)?(?P<n>{_NAME})(?:\s+city)?\s*,\s*"
    rf"{_TITLE}\s*(?=,|$)"
)
_TITLED = re.compile(rf"^{_TITLE}\s+(?P<n>{_NAME})(?:\s+city)?$")
#: "the capital of (the south-eastern province of) Paktika, Sharana": a title, then the name
_CAPITAL_OF_COMMA = re.compile(
    rf"{_ITEM_START}(?P<t>(?:the\s+)?{_DIR}(?:provincial\s+)?capital\s+(?:city\s+)?of\s+"
    rf"(?:the\s+)?{_DIR}(?:province\s+of\s+)?(?P<p>{_NAME}?)(?:\s+province)?)\s*,\s*"
    rf"(?P<pre>(?:the\s+)?(?:city|town)\s+of\s+)?(?P<n>{_NAME})(?P<city>\s+city)?"
    r"(?=\s*,|\s+and\b|$)"
)
#: "Logar's provincial capital Pul-e-Alam (city)", "the Helmand capital Lashkar Gah": the
#: province's title before the name (the possessive dropped; "Logar’" as printed is "Logar's")
_PROV_TITLED = re.compile(
    rf"^(?:the\s+)?{_DIR}(?P<p>{_NAME})'?(?:\s+province'?)?\s+(?:provincial\s+)?capital"
    rf"(?:\s+city)?\s+(?P<n>{_NAME})(?:\s+city)?$"
)
#: "the Afghan capital", "Afghanistan's capital": Kabul, named by its title alone
_TITLE_ALONE = re.compile(r"^(?:the\s+afghan\s+capital|afghanistan\s+capital)(?:\s+city)?$")


@functools.lru_cache(maxsize=4)
def name_words(gaz: Gazetteer) -> frozenset[str]:
    from ..places import builtin_places
    from .capitals import provincial_capitals

    names = [*gaz.province_names, *(n for n, _p in gaz.district_names.values())]
    # the aliases' spellings too ("Doshi", "Dasht-e Archi"): a word of one is a word of a
    # name, not an unknown word ("city" of "Herat City" is the grammar's)
    aliases = {w for n in gaz.alias_spellings for w in re.findall(r"[a-z]+", n.lower())}
    for _, r in provincial_capitals(builtin_places("AFG")).iterrows():
        names += [str(r["name"]), *r["variants"]]
    words = {w for n in names for w in re.findall(r"[a-z]+", n.lower())}
    return frozenset(words | (aliases - {"city"}))


def side_name(vocabulary: Vocabulary, side: str) -> str:
    """ "Taliban" for the status labelled "Taliban control" (the side, not its status)."""
    label = vocabulary[side].label
    return re.sub(r"\s+control$", "", label, flags=re.IGNORECASE) or label


def joined(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def read_units(
    text: str, units_text: str, gaz: Gazetteer, *, change: bool
) -> tuple[list[NamedUnit], list[str]]:
    """The units of the list ``units_text`` ("zaranj, the capital of nimroz province",
    "herat and kandahar") and the notes on how each was read."""
    notes: list[str] = []
    items: list[str] = []
    rest = units_text.strip(" ,")
    # appositives first: "Zaranj, the capital of Nimroz province" is one unit
    appos: dict[str, tuple[str, str]] = {}
    written: dict[str, str] = {}  # the apposition as written, for messages

    def keep(m: re.Match[str]) -> str:
        token = f"@{len(appos)}"
        appos[token] = (m["cap"], m["prov"] or m["prov2"])
        written[token] = m.group(0)
        return token

    # a rank of size beside a capital ("Kandahar, Afghanistan's second-largest city"): checked
    # on a closed table and set aside (appositions.py)
    from .appositions import set_aside_ranks

    def parts(rest: str) -> None:
        # "the second and third-largest cities of Herat and Kandahar": the rank pair after its
        # names, as set_aside_ranks reads it ("Herat and Kandahar, the second and third ...")
        rest = _RANKED_CITIES_OF.sub(lambda m: f"{m['names']}, {m['rank']}", rest)
        rest = set_aside_ranks(
            text, rest, notes, _capital_named, capital_of=lambda w: _capital_or_none(w, gaz)
        )
        # "the cities of Kunduz and Sar-e-Pul", "the capitals of Kunar, Logar and Paktika
        # provinces": one plural head for several names, each read as its own unit
        rest = _PLURAL_CITIES.sub(lambda m: _each_city(m, notes), rest)
        rest = _PLURAL_CAPITALS.sub(lambda m: _each_capital(m, notes), rest)
        # "Mazar-i-Sharif, a crucial northern Afghan city": a description of a capital, set
        # aside
        rest = _CITY_DESCRIBED.sub(lambda m: _described(text, m, notes), rest)
        # "Ghazni, the provincial capital and strategic city": the description after "and"
        rest = _TITLE_AND_DESCRIBED.sub(lambda m: _title_and_described(text, m, notes), rest)
        # "Farah city, capital of the eponymous province": the province named by the city's name
        rest = _EPONYMOUS.sub(lambda m: _eponymous(text, m, gaz, notes), rest)
        # a title and its name joined by a comma: one unit ("Kabul, the Afghan capital")
        rest = _NAME_COMMA_TITLE.sub(lambda m: _title_after(text, m, gaz), rest)
        # "the capital of Paktika province, Sharana": the name after the title, checked
        rest = _CAPITAL_OF_COMMA.sub(lambda m: _capital_of_comma(text, m, gaz), rest)
        rest = _APPOSITIVE.sub(keep, rest)
        rest = _address(text, rest, gaz, notes)
        rest = _TITLE_COMMA.sub(lambda m: f"{m['title']} {m['n']}", rest)
        rest = _SHARED_KIND.sub(_distribute, rest)
        # "the Nirkh district headquarters", "district and police headquarters of X
        # district": the district (its centre is how a district is counted), said in a note
        rest = _DISTRICT_SEAT.sub(lambda m: _seat(m, notes), rest)
        # "the center of Dand Patan district": the district, as its centre is counted
        rest = district_centres(rest, notes)
        # "X as well as Y" lists like "X and Y"
        for part in re.split(
            r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s*&\s*", rest
        ):
            if part.strip():
                items.append(part.strip())

    # "Argo and Baharak districts of Badakhshan; Worsaj in Takhar; and Zerok in Paktika": a
    # list whose items are lists, joined by semicolons; each read as a list of its own (a kind
    # shared by its names reaches no further than its semicolon)
    neighbour = _NEIGHBOURING.match(rest)
    if neighbour is not None:
        # "the neighbouring province of Nimruz": beside a place of an earlier sentence
        rest = f"{neighbour['the'] or ''}{rest[neighbour.end() :]}"
    for group in re.split(r"\s*;\s*(?:and\s+)?", rest):
        parts(group)
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
                + (
                    f"; '{cap_words}' names the city by its province's name, the apposition "
                    "saying the capital is meant"
                    if _capital_named(cap_words) is None
                    else ""
                )
            )
        else:
            # an apposition inside a longer item is named as written, not by its placeholder
            item = re.sub(r"@\d+", lambda t: written[t.group(0)], item)
            unit, note = _read_unit(text, item, gaz, change=change)
            if note:
                notes.append(note)
        _check_region(text, written.get(item, item), unit)
        if any(u.kind == unit.kind and u.name == unit.name for u in out):
            raise ClaimParseError(text, item, "names the same unit twice")
        out.append(unit)
    _list_region(text, items, out, notes)
    if neighbour is not None:
        notes.append(_neighbouring(text, neighbour[0].strip(), rest, out, gaz))
    return out, notes


#: "(the) neighbouring province of X", "neighboring X province": a unit said to border a place
_NEIGHBOURING = re.compile(r"^(?P<the>the\s+)?neighbou?ring\s+(?=province\b|[a-z'-]+\s+province\b)")


def _neighbouring(text: str, word: str, rest: str, out: list[NamedUnit], gaz: Gazetteer) -> str:
    """The note for "neighbouring" before one province named alone in a sentence that names no
    other place: it says the province borders a place of an earlier sentence, which the
    checker does not read, and never which province is meant. Beside another place of the
    sentence, or before a list, it would be a claim of adjacency the checker does not check:
    refused, naming it."""
    unit = out[0]
    own = set(re.findall(r"[a-z]+", rest.lower()))
    others = (set(re.findall(r"[a-z]+", text.lower())) - own) & name_words(gaz)
    if len(out) != 1 or unit.kind != "province" or others:
        raise ClaimParseError(
            text,
            word,
            f"{word!r} says the unit borders another place; beside a list, a capital or "
            "another place of the sentence that is a claim the checker does not check: not "
            "read (name the province alone: 'the province of Nimruz')",
        )
    return (
        f"'{word}' (the province borders a place of an earlier sentence, which the checker "
        f"does not read) set aside: {unit.name} is named by its own name; not checked"
    )


def _list_region(text: str, items: list[str], units: list[NamedUnit], notes: list[str]) -> None:
    """A trailing region phrase on the last item of a list ("Kunduz and Herat in the west of
    Afghanistan") may say where the whole list lies: it must fit every unit of the list, a
    province or capital by the places data (:func:`_check_region`); beside a district, whose
    region is not checked, it is refused (redteam12b: Kunduz was read unchecked)."""
    if len(units) < 2:
        return
    last = f"{units[-1].label} lies"
    where = next(
        (
            m[1]
            for n in notes
            if (m := re.search(r"'([^']*)' says where ([^;]*)", n)) and last in m[2]
        ),
        None,
    )
    if where is None or not items[-1].endswith(where):
        return
    placed = {m[2] for n in notes for m in re.finditer(r"'([^']*)' says where ([^;]*)", n)}
    for u in units[:-1]:
        if any(p.startswith(f"{u.label} lies") for p in placed):
            continue  # "Kunduz in the north of Afghanistan and Herat in the west ...": its own
        if u.kind not in ("province", "capital"):
            raise ClaimParseError(
                text,
                where,
                f"'{where}' closes a list and may say where all of it lies, {u.label} too; the "
                "checker checks a region word for provinces and provincial capitals only",
            )
        _check_region(text, where, u)


#: "the second and third(-)largest cities of Herat and Kandahar": a rank pair over two names
_RANKED_CITIES_OF = re.compile(
    rf"{_ITEM_START}(?P<rank>(?:the\s+)?(?:second|2nd)-?\s+and\s+(?:the\s+)?(?:third|3rd)[\s-]+"
    rf"(?:largest|biggest)\s+(?:afghan\s+)?cities)\s+of\s+(?P<names>{_NAME}\s+and\s+{_NAME})"
    r"(?=\s*(?:,|$))"
)
#: A name in a list under a plural head: no plural kind word in it ("Paktika provinces")
_LWORD = rf"(?!(?:provinces|districts|cities|towns|capitals)\b){_WORD}"
_LNAME = rf"{_LWORD}(?:\s+{_LWORD}){{0,2}}"
#: "the (major / northern / Afghan) cities of Kunduz and Sar-e-Pul": a plural head over a list
#: of two or more names joined by "and" and closing the list (each read as "the city of X").
_PLURAL_CITIES = re.compile(
    rf"{_ITEM_START}(?:the\s+)?(?P<d>{_DIR})(?:cities|towns)\s+of\s+"
    rf"(?P<names>{_LNAME}(?:\s*,\s*{_LNAME})*\s*,?\s+and\s+{_LNAME})(?=\s*(?:,|$))"
)
#: "the (provincial) capitals of (Afghanistan's) Kunar, Logar and Paktika (provinces)": one
#: plural title over a list of provinces (each read as "the capital of X province").
_PLURAL_CAPITALS = re.compile(
    rf"{_ITEM_START}(?:the\s+)?(?:provincialcapitals|(?:provincial\s+)?capitals)\s+of\s+"
    rf"(?:the\s+)?(?P<d>{_DIR})(?P<names>{_LNAME}(?:\s*,\s*{_LNAME})*\s*,?\s+and\s+{_LNAME})"
    r"(?P<kind>\s+provinces)?(?=\s*(?:,|$))"
)


#: "Nili, Daykundi", "Lashkar Gah, Helmand province": a capital and, after a comma, the
#: province it is the capital of, as an address writes it, closing a list of two.
_ADDRESS = re.compile(rf"^(?P<cap>{_NAME})\s*,\s*(?P<prov>{_NAME})(?:\s+province)?$")


def _address(text: str, rest: str, gaz: Gazetteer, notes: list[str]) -> str:
    """ "nili, daykundi" -> "nili" (a note says the province locates the capital): a capital
    and its own province joined by a bare comma, and nothing else in the list, is the city
    written as an address ("captured Zaranj, Nimroz"), not the city and the whole province.
    A capital beside another province ("Zaranj, Helmand"), "and" between them ("Zaranj and
    Nimroz") or a longer list are left to the list reader."""
    m = _ADDRESS.match(rest)
    if m is None:
        _refuse_address_in_list(text, rest, gaz)
        return rest
    cap = _capital_named(m["cap"])
    if cap is None or _capital_named(m["prov"]) is not None:
        return rest  # "Kunduz, Takhar": two names that are capitals; a list
    if _province(gaz, m["prov"]) != cap[1]:
        return rest
    notes.append(
        f"'{m.group(0)}' read as the provincial capital {cap[0]}: '{m['prov']}' names its "
        f"province ({cap[1]} in the places data), as an address writes it, not the whole "
        "province"
    )
    return m["cap"]


def _refuse_address_in_list(text: str, rest: str, gaz: Gazetteer) -> None:
    """Refuse a capital followed by a comma and its own province inside a longer list
    ("captured Zaranj, Nimroz and Sheberghan"): an address or two units, not told apart."""
    parts = re.split(r"\s*,\s*", rest)
    for a, b in itertools.pairwise(parts):
        a = re.sub(r"^(?:and|as\s+well\s+as)\s+", "", a)
        b = re.split(r"\s+(?:and|as\s+well\s+as)\s+", b)[0]
        b = re.sub(r"\s+province$", "", b)
        if not (re.fullmatch(_NAME, a) and re.fullmatch(_NAME, b)):
            continue
        cap = _capital_named(a)
        if cap is None or _capital_named(b) is not None or _province(gaz, b) != cap[1]:
            continue
        raise ClaimParseError(
            text,
            f"{a}, {b}",
            f"a capital and its own province after a comma ('{a}, {b}') may be an address "
            "(the city) or two units of a list (the city and the whole province): not read; "
            "write 'the city of ...' or '... province'",
        )


def _names(names: str) -> list[str]:
    return [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names) if n.strip()]


def _each_city(m: re.Match[str], notes: list[str]) -> str:
    """ "the northern cities of A and B" -> "the northern city of A, the northern city of B"
    (each then read, and its region word checked, as one city)."""
    names = _names(m["names"])
    notes.append(
        f"'{m.group(0).strip()}' read as {len(names)} cities, each named: "
        + ", ".join(f"the {m['d']}city of {n}" for n in names)
    )
    return " and ".join(f"the {m['d']}city of {n}" for n in names)


def _each_capital(m: re.Match[str], notes: list[str]) -> str:
    """ "the capitals of Kunar and Logar provinces" -> "the capital of Kunar province, the
    capital of Logar province" (each then read as its province's capital in the places data)."""
    names = _names(m["names"])
    kind = " province" if m["kind"] else ""
    notes.append(
        f"'{m.group(0).strip()}' read as the capitals of {len(names)} provinces, each named: "
        + ", ".join(f"the capital of {n}{kind}" for n in names)
    )
    # joined by "and": a comma before "the capital of" would read as an apposition
    return " and ".join(f"the capital of {m['d']}{n}{kind}" for n in names)


#: "Mazar-i-Sharif, a crucial northern Afghan city", "Farah, a provincial capital in western
#: Afghanistan": an indefinite description of a named capital (what it is, not who holds it).
_CITY_DESCRIBED = re.compile(
    rf"{_ITEM_START}(?P<pre>(?:the\s+)?{_DIR}(?:city|town)\s+of\s+)?(?P<n>{_NAME})"
    rf"(?P<city>\s+city)?\s*,\s*(?P<d>an?\s+{_DIR}(?:city|provincial\s+capital)"
    rf"(?:{_REGION_IN})?)(?=\s*(?:,|$))"
)


def _described(text: str, m: re.Match[str], notes: list[str]) -> str:
    """ "mazar-i-sharif, a crucial northern afghan city" -> "mazar-i-sharif city": set aside
    when the name is a provincial capital of the places data and the description's region word
    fits it (else refused); a name that is no capital is left as written (refused later)."""
    cap = _capital_named(m["n"])
    if cap is None:
        return m.group(0)
    _check_region(text, m["d"], _capital_unit(cap[0], cap[1], m["n"]))
    notes.append(
        f"'{m['d']}' (what {cap[0]} is, not who holds it) set aside: {cap[0]} is a provincial "
        "capital in the places data, and a region word in it fits its point"
    )
    return m["pre"] + m["n"] + (m["city"] or "") if m["pre"] else f"{m['n']} city"


#: "Ghazni, the provincial capital and strategic city": a title, then a description of the
#: same city joined by "and" (at least one word of ``_DIR``; a name there is another item)
_TITLE_AND_DESCRIBED = re.compile(
    rf"{_ITEM_START}(?P<n>{_NAME})\s*,\s*(?P<t>(?:the\s+)?(?:provincial\s+)?capital)\s+and\s+"
    rf"(?P<d>(?:an?\s+|the\s+)?(?=[a-z])(?!city\b){_DIR}city)(?=\s*(?:,|$))"
)


def _title_and_described(text: str, m: re.Match[str], notes: list[str]) -> str:
    """ "ghazni, the provincial capital and strategic city" -> "ghazni, the provincial capital":
    the description set aside when the name is a provincial capital of the places data and a
    region word in it fits the capital's point (else refused); otherwise left as written."""
    cap = _capital_named(m["n"])
    if cap is None or not re.sub(r"^(?:an?|the)\s+", "", m["d"]).strip().removesuffix("city"):
        return m.group(0)
    _check_region(text, m["d"], _capital_unit(cap[0], cap[1], m["n"]))
    notes.append(
        f"'{m['d']}' (what {cap[0]} is, not who holds it) set aside: {cap[0]} is a provincial "
        "capital in the places data, and a region word in it fits its point"
    )
    return f"{m['n']}, {m['t']}"


#: "Farah city, (the) capital of the eponymous province", "Sar-e-Pul, in the northern province
#: of the same name", "the southern city of Kandahar in the same-named province": the province
#: is named by the capital's own name.
_EPONYMOUS = re.compile(
    rf"{_ITEM_START}(?P<pre>(?:the\s+)?{_DIR}(?:city|town)\s+of\s+)?(?P<cap>{_NAME})"
    rf"(?P<city>\s+city)?(?:\s*,\s*|\s+(?=in\s))(?P<title>(?:(?:the\s+)?{_DIR}"
    rf"(?:provincial\s+)?capital\s+(?:city\s+)?of|in)\s+)(?:the\s+)?"
    rf"(?:(?P<d1>{_DIR})(?:eponymous|same-named)\s+province"
    rf"|(?P<d2>{_DIR})province\s+of\s+the\s+same\s+name)(?=\s*(?:,|$))"
)


def _eponymous(text: str, m: re.Match[str], gaz: Gazetteer, notes: list[str]) -> str:
    """ "farah city, capital of the eponymous province" -> "farah city, capital of farah
    province": the capital's name must be its province's name too (Farah, Kunduz, Sar-e Pol),
    else refused, naming it."""
    cap = _capital_named(m["cap"])
    prov = _province(gaz, m["cap"])
    said = m.group(0)[m.end("title") - m.start() :].strip()
    if cap is None or prov is None or prov != cap[1]:
        why = (
            f"{m['cap']!r} is not a provincial capital in the places data"
            if cap is None
            else f"{cap[0]} is the capital of {cap[1]} province, whose name is not {m['cap']!r}"
        )
        raise ClaimParseError(
            text,
            m.group(0).strip(" ,"),
            f"'{said}' names the province by the capital's own name, and {why}: not read",
        )
    notes.append(f"'{said}' read as {prov} province (the province of the capital's own name)")
    d = m["d1"] or m["d2"] or ""
    head = f"{m['pre'] or ''}{m['cap']}{m['city'] or ''}"
    if m["title"].strip() == "in":
        # "Sar-e-Pul, in the province of the same name": the capital in its province
        return f"{head} in the {d}province of {m['cap']}"
    return f"{head}, {m['title']}the {d}province of {m['cap']}"


#: A region word of the country ("the southern city of Kandahar", "the northern province of
#: Jawzjan"); "north of Kabul" is a locator, checked in units.py.
_REGION_WORD = re.compile(
    r"\b(?P<w>(?:north|south)-?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?"
    r"|west(?:ern)?|central)\b(?!\s+of\b(?!\s+(?:the\s+country|afghanistan)\b))"
)
#: The middle of Afghanistan's latitudes (29.4-38.5) and longitudes (60.5-74.9), degrees.
_MID_LAT, _MID_LON = 33.93, 67.69


def _region_fits(word: str, lat: float, lon: float) -> bool:
    """Whether a capital at (lat, lon) lies in the part of the country ``word`` names,
    leniently (a degree past the middle either way: "the southern city of Ghazni" and "the
    southeastern province of Ghazni" both fit; "the southern city of Kunduz" does not)."""
    if word == "central":
        return abs(lat - _MID_LAT) <= 2.0 and abs(lon - _MID_LON) <= 3.0
    ok = True
    if "north" in word:
        ok &= lat >= _MID_LAT - 1.0
    if "south" in word:
        ok &= lat <= _MID_LAT + 1.0
    if "east" in word:
        ok &= lon >= _MID_LON - 1.0
    if "west" in word:
        ok &= lon <= _MID_LON + 1.0
    return ok


def _check_region(text: str, item: str, unit: NamedUnit) -> None:
    """A region word written with a provincial capital or a province ("the western city of
    Herat") is a claim about where it lies: it must fit the capital's point in the places
    data (a province by its capital), else the sentence is refused (it may mean another place;
    it was set aside unchecked before)."""
    if unit.kind not in ("capital", "province"):
        return
    from ..places import builtin_places
    from .capitals import provincial_capitals

    caps = provincial_capitals(builtin_places("AFG"))
    col, key = ("name", unit.name) if unit.kind == "capital" else ("province", unit.province)
    rows = caps[caps[col].astype(str) == key]
    if len(rows) != 1:
        return
    lat, lon = float(rows.iloc[0]["lat"]), float(rows.iloc[0]["lon"])
    for m in _REGION_WORD.finditer(item):
        word = m["w"].replace("-", "").removesuffix("ern")
        if not _region_fits(word, lat, lon):
            raise ClaimParseError(
                text,
                m["w"],
                f"{m['w']!r} says where {unit.label} lies, and the places data puts it "
                f"elsewhere ({lat:.2f}N, {lon:.2f}E): a region word that does not fit the unit "
                "read is not set aside (it may mean another place)",
            )


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
    rf"^(?:the\s+)?{_DIR}(?P<n>{_NAME})(?:\s+province)?\s+(?:provincial\s+)?capital"
    r"(?:\s+city)?$"
)


#: "Logar province in Afghanistan": the country named after a province is where it is, no
#: other place (said in a note)
_IN_THE_COUNTRY = r"(?P<country>\s+in\s+afghanistan)?"
#: "the province of Badakhshan in northeastern Afghanistan": where it lies (checked on its
#: capital's point by _check_region, as "the northeastern province of Badakhshan" is)
_PROVINCE_WHERE = rf"(?:{_IN_THE_COUNTRY}|(?P<where>{_REGION_IN}))"
_PROVINCE_OF = re.compile(rf"^(?:the\s+)?{_DIR}province\s+of\s+(?P<n>{_NAME}){_PROVINCE_WHERE}$")
_PROVINCE_WORD = re.compile(rf"^(?:the\s+)?{_DIR}(?P<n>{_NAME})\s+province{_PROVINCE_WHERE}$")
#: "the Spin Boldak district center (and police headquarters)", "the Nirkh district
#: headquarters", "(the) district (and police) headquarters of X district", "the district
#: centre of X": a district's centre or headquarters, read as the district.
_SEAT_WORD = r"(?:cent(?:er|re)|headquarters?|hq)"
_DISTRICT_SEAT = re.compile(
    rf"(?:the\s+)?(?:(?P<b>{_NAME})\s+district\s+{_SEAT_WORD}"
    rf"(?P<pol>\s+and\s+(?:the\s+)?police\s+headquarters?)?"
    rf"|district\s+(?P<pol2>and\s+police\s+)?{_SEAT_WORD}\s+of\s+(?:the\s+)?"
    rf"(?P<a>(?:{_NAME}['’]s\s+)?{_NAME})(?:\s+district)?)"
    r"(?=\s*(?:,|$|\b(?:and|of|in)\b))"
)


def _seat(m: re.Match[str], notes: list[str]) -> str:
    name = (m["a"] or m["b"]).strip()
    note = (
        f"'{m.group(0).strip()}' read as {name} district: a district's centre (its "
        "headquarters) stands for the district, as district centres are counted"
    )
    if m["pol"] or m["pol2"]:
        note += "; 'police headquarters' set aside: a building in the district centre"
    notes.append(note)
    return f"{name} district"


_DISTRICT = re.compile(
    rf"^(?:the\s+)?{_DIR}(?:(?P<kind>district|county)\s+of\s+(?P<a>{_NAME})"
    rf"|(?P<b>{_NAME})\s+(?P<kind2>district|county))"
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
    from ..matching import fold

    found = look(words)
    words = _EZAFE_APART.sub(r"\1\2", words)
    parts = words.split()
    if found is None or len(parts) < 2:
        return found
    if not _known_words(words, known):
        return None
    mine = {fold(w) for w in own(found)}
    if (fold(parts[0]) not in mine and look(" ".join(parts[1:])) == found) or (
        fold(parts[-1]) not in mine and look(" ".join(parts[:-1])) == found
    ):
        return None
    return found


#: An ezafe written with a hyphen before a space ("Dasht-e Archi", "Nahr-e Saraj"): the same
#: word as written joined ("Dashte Archi", "Nahri Sarraj"), so each word of the name is read
#: as a word of the name, not "dasht" an extra word before "e Archi"
_EZAFE_APART = re.compile(r"\b([a-z]{2,})-(e|i|ye|yi)(?=\s)")


@functools.lru_cache(maxsize=8)
def _folded_words(known: frozenset[str]) -> frozenset[str]:
    from ..matching import fold

    return frozenset(fold(k) for k in known if _spelled(k))


def _spelled(word: str) -> bool:
    """A word that may be a spelling of a name's word: three letters or more, with a vowel
    ("ggg" and "e" are not; a stray letter such as the "g" of "Lashkar Gāh" is no model)."""
    return len(word) >= 3 and re.search("[aeiouy]", word) is not None


def _known_words(words: str, known: frozenset[str]) -> bool:
    """Whether every word of a name of several words is a word of a known name, as written or
    as a spelling of it (the words fold alike: "Firoz Koah" for "Feroz Koh"), or two words
    written together are one ("Jalal Abad", "Assad Abad" for Jalalabad, Asadabad). A word
    that folds to nothing (a connector such as "e") must be written as in a name."""
    from ..matching import fold

    ws = re.findall(r"[a-z]+", words)
    folded = _folded_words(known)
    if all(w in known or (_spelled(w) and fold(w) in folded) for w in ws):
        return True
    # two words only: each is then a first or last word, which _exact checks is needed
    return len(ws) == 2 and fold("".join(ws)) in folded


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
        _exact(words, gaz.resolve_province, name_words(gaz), lambda p: _words_of(p)),
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
        if said is None and _province(gaz, named) == cap[1] and prov == cap[1]:
            # "Maidan Wardak, the capital of Maidan Wardak": the city called by its province's
            # name, the apposition saying the capital is meant (read_units notes it)
            said = cap
        if said is None or said[0] != cap[0]:
            raise ClaimParseError(
                text,
                f"{named}, the capital of {words}",
                f"the places data gives {cap[0]} as the capital of {cap[1]} province, not "
                f"{named!r}; a named capital is read only when the two agree",
            )
    return _capital_unit(cap[0], cap[1], named or f"the capital of {words}")


def _capital_or_none(words: str, gaz: Gazetteer) -> str | None:
    """The name of the capital "the capital of WORDS" names, or ``None`` (refused later)."""
    try:
        return _capital_of("", words, gaz).name
    except ClaimParseError:
        return None


#: "Farah in the west of Afghanistan", "the provincial capital of Farah province in western
#: Afghanistan": where a unit lies, written after it (read_units checks the region word
#: against the places data, _check_region)
_TRAILING_REGION = re.compile(rf"(?P<rest>.+?)(?P<where>{_REGION_IN})")


def _read_unit(text: str, item: str, gaz: Gazetteer, *, change: bool) -> tuple[NamedUnit, str]:
    """One unit of the list, and a note when a bare name needed a choice. An item the
    grammar does not read whole is read again without a region phrase at its end ("Farah in
    the west of Afghanistan"), for a province or a provincial capital only: read_units checks
    the region word against the places data; a district's region is not checked, so refused."""
    try:
        return _read_one(text, item, gaz, change=change)
    except ClaimParseError:
        m = _TRAILING_REGION.fullmatch(item)
        if m is None:
            raise
    unit, note = _read_one(text, m["rest"].strip(), gaz, change=change)
    where = m["where"].strip()
    if unit.kind not in ("province", "capital"):
        raise ClaimParseError(
            text,
            where,
            f"'{where}' says where {unit.label} lies; the checker checks a region word "
            "against the places data for provinces and provincial capitals only",
        )
    where_note = f"'{where}' says where {unit.label} lies (its region word fits the places data)"
    return unit, f"{note}; {where_note}" if note else where_note


def _read_one(text: str, item: str, gaz: Gazetteer, *, change: bool) -> tuple[NamedUnit, str]:
    """One unit of the list, as written (no trailing region phrase)."""
    m = _TITLED.match(item) or _TITLE_ALONE.match(item)
    if m:
        return _titled(text, item, m.groupdict().get("title") or item, m.groupdict().get("n"), gaz)
    m = _PROV_TITLED.match(item)
    if m and _province(gaz, m["p"].strip("'")) is not None:
        p = m["p"].strip("'")
        unit = _capital_of(text, p, gaz, m["n"])
        return unit, (
            f"'{item}' read as the provincial capital {unit.name} ({unit.province} province; "
            f"the places data gives {unit.name} as {p}'s capital)"
        )
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
        note = ""
        if m["country"]:
            note = f"'{item}' read as {prov} province ('in Afghanistan' says where it is)"
        if m["where"]:
            note = (
                f"'{item}' read as {prov} province ('{m['where'].strip()}' says where it lies; "
                "its region word fits the province's capital in the places data)"
            )
        return NamedUnit("province", prov, prov, "", item), note
    m = _DISTRICT.match(item)
    if m:
        owner = _possessive(text, m["b"], gaz) if m["b"] and not m["p"] else None
        if owner is not None:
            # "Farah's Anardara district": the district of that province
            unit = _district(text, owner[1], owner[0], gaz, item)
            return unit, (
                f"'{item}' read as {unit.name} district of {unit.province} province (the "
                f"sentence writes '{owner[0]}'s {owner[1]}')"
            )
        unit = _district(text, m["a"] or m["b"], m["p"] or "", gaz, item)
        if "county" in (m["kind"] or m["kind2"]):
            return unit, (
                f"'{item}' read as {unit.name} district ({unit.province}): 'county' translates "
                "the district (rayon, xian); Afghanistan has no other unit of that name"
            )
        return unit, ""
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


#: The item of a list just before a comma ("Sheberghan, " before "the capital of Jowzjan"):
#: "(the) (city of) NAME (city)", at the start of the list or after a comma or "and".
_PREVIOUS_ITEM = re.compile(
    rf"(?:^|,\s*|\band\s+)(?:the\s+)?{_DIR}(?:(?:city|town)\s+of\s+)?(?P<n>{_NAME})"
    r"(?:\s+city)?\s*,\s*$"
)


def _capital_of_comma(text: str, m: re.Match[str], gaz: Gazetteer) -> str:
    """ "the capital of Paktika province, Sharana" -> "sharana, the capital of paktika
    province" (the apposition read and checked like "Sharana, the capital of Paktika"). The
    name must be the province's capital in the places data: another name after the comma may be
    a wrong apposition or the next item of a list ("the capital of Nimroz, Herat and
    Kandahar"); the checker does not guess which."""
    cap = _capital_of(text, m["p"], gaz)
    before = _PREVIOUS_ITEM.search(m.string[: m.start()])
    named_before = _capital_named(before["n"]) if before else None
    if named_before is not None and named_before[0] == cap.name:
        # "Sheberghan, the capital of Jowzjan, Sar-e-Pul, the capital of Sar-e-Pul ...": the
        # title is the apposition of the name before it (the places data agree), and the name
        # after it the next item of the list (read by _APPOSITIVE)
        return m.group(0)
    said = _capital_named(m["n"])
    if said is None or said[0] != cap.name:
        raise ClaimParseError(
            text,
            m.group(0).strip(" ,"),
            f"after '{m['t']}' ({cap.name} in the places data), {m['n']!r} may name the "
            "capital (and the two disagree) or be the next item of a list: not read",
        )
    return f"{m['pre'] or ''}{m['n']}{m['city'] or ''}, {m['t']}"


def _possessive(text: str, name: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """(province words, district words) when ``name`` ("farah anardara") was written as a
    province's possessive before a name ("Farah's Anardara district" in ``text``): the
    sentence must have the possessive mark, and the words before it must be a province."""
    words = name.split()
    low = text.lower()
    for i in range(1, len(words)):
        head, tail = " ".join(words[:i]), " ".join(words[i:])
        if re.search(
            rf"\b{re.escape(head)}['’]s\s+{re.escape(tail)}\s+district\b", low
        ) and _province(gaz, head):
            return head, tail
    return None


def _title_after(text: str, m: re.Match[str], gaz: Gazetteer) -> str:
    """ "Kabul, the Afghan capital" -> "the afghan capital kabul"; after "the (northern) city of
    X" the title is checked here and the city form kept (its region word is checked with it)."""
    if not m["pre"]:
        return f"{m['title']} {m['n']}"
    _titled(text, m.group(0).strip(" ,"), m["title"], m["n"], gaz)
    return f"{m['pre']}{m['n']}"


@functools.lru_cache(maxsize=1)
def _national_capital() -> tuple[str, str] | None:
    """(name, province) of the built-in national capital (Kabul, Kabul province's capital)."""
    from ..places import builtin_places

    places = builtin_places("AFG")
    rows = places[places["kind"] == "capital"]
    if len(rows) != 1:
        return None
    return str(rows.iloc[0]["name"]), str(rows.iloc[0]["province"])


def _titled(
    text: str, item: str, title: str, name: str | None, gaz: Gazetteer
) -> tuple[NamedUnit, str]:
    """A capital named with its title ("the Afghan capital Kabul", "Afghan provincial capital
    Sheberghan", "the Afghan capital" alone): the name must be a provincial capital of the
    places data, and the national capital (Kabul) when the title is "the capital" without
    "provincial"."""
    national = re.search(r"\b(?:provincial|regional)\b", title) is None
    cap = _capital_named(name) if name else _national_capital()
    if cap is None:
        raise ClaimParseError(
            text,
            item,
            f"{name!r} is not a provincial capital in the places data; a title ('{title}') is "
            "read only before a capital it fits" + _suggestions(name or "", gaz),
        )
    if national and cap != _national_capital():
        raise ClaimParseError(
            text,
            item,
            f"'{title}' without 'provincial' is the national capital, Kabul; {cap[0]} is the "
            f"capital of {cap[1]} province: the title and the name do not agree",
        )
    what = "the national capital, Kabul province's capital" if national else "a provincial capital"
    return _capital_unit(cap[0], cap[1], item), (
        f"'{item}' read as the provincial capital {cap[0]} ({cap[1]} province; the title "
        f"'{title}' fits: {what} in the places data)"
    )


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


#: The country named where a province would be ("the city of Taloqan in northeastern
#: Afghanistan"): no province to compare; a region word with it is checked (``_check_region``).
_THE_COUNTRY = frozenset({"afghanistan", "the country", "country"})


def _same_province(text: str, item: str, prov: str, words: str | None, gaz: Gazetteer) -> None:
    if not words or words.strip() in _THE_COUNTRY:
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
    if prov_words and prov_words.strip() not in _THE_COUNTRY:
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
            name_words(gaz),
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
