"""A distance that locates a named place: a description of the place, never a scope (#8).

News copy locates a provincial capital or a province by its distance from Kabul: "Ghazni
city, 150 km southwest of Kabul" (Reuters), "Puli Alam, the capital of Afghanistan's eastern
Logar province, located just 50 kilometres (31 miles) south of Kabul" (AFP), "Logar province,
only 90 km from Afghanistan capital Kabul" (AP), "the Logar province as well, which is about 90
kms from Afghanistan's capital Kabul", "Ghazni, ..., 150 km from the national capital Kabul"
(Xinhua). :func:`locator` takes such a locator out of the sentence (the rest is read by the
whole grammar) after checking it on the places data:

* the place it follows must be a provincial capital or a province of the places data (a
  province by its capital's point), named right before it ("Ghazni city", "the city of
  Ghazni", "Logar province", "the province of Maidan Wardak"); after anything else ("the
  Taliban are 50 km from Kabul", "a district 40 km west of Kabul") the locator is left as
  written, and refused as before;
* the place it is measured from is Kabul ("Kabul", "the (Afghan | national) capital Kabul",
  "Afghanistan's capital (city) Kabul", "the Afghan capital") or another provincial capital
  named bare ("120 km from Mazar-i-Sharif"); "the capital" alone may be a province's, and is
  not read;
* the distance (digits, km or miles, with "just", "only", "about", "some" ... before it, "(31
  miles)" after it, which must convert to the same distance within a tenth) must lie between
  :data:`NEAR` and :data:`FAR` times the straight-line distance of the places data: reporting
  gives road distances, longer than the straight line ("Ghazni, 150 km" for 129 km straight;
  "Logar, 90 km" for 61 km), or rounds down ("Puli Alam, 50 km" for 61 km);
* a compass word ("south of Kabul") must fit the bearing within 45 degrees, as
  ``units.check_locator`` checks a locator without a distance.

A locator that contradicts the places data ("Herat, 50 km from Kabul", "Ghazni, 150 km north
of Kabul") may name another place than the one read: refused, naming it. What the reader
then reads must be about the located place (a named unit, or the province as scope); the
reader checks that (:func:`check_located`). Kabul, the place measured from, is never the
claim's scope: its words are gone from what is read.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from .model import ClaimParseError, ParsedClaim
from .unit_names import _DIR
from .units import capital_point, off_compass

#: The stated distance may be this many times the straight line, at least (reporting rounds)
NEAR = 0.75
#: ... and at most (a road distance: Logar's 90 km for 61 km straight)
FAR = 1.6
#: km in a mile
_MILE = 1.609344

_LEN = r"(?:km|kms|kilomet(?:re|er)s?|miles?)"
_APPROX = r"(?:just|only|about|some|around|roughly|approximately|nearly|almost|barely)"
_LEAD = r"(?:located|situated|lying|(?:which|that)\s+(?:is|lies|sits)(?:\s+(?:located|situated))?)"
_COMPASS = r"(?:(?:north|south)-?(?:east|west)|north|south|east|west)"
#: "Kabul", "the Afghan capital(, Kabul)", "Afghanistan's capital Kabul", "the national capital
#: Kabul", "the capital Kabul", "Afghanistan capital Kabul"; or another capital named bare
_REF = (
    r"(?P<title>(?:the\s+)?(?:afghan\s+|national\s+)?capital(?:\s+city)?\s*,?\s+(?=kabul\b)"
    r"|afghanistan(?:'s|\u2019s|\u2019)?\s+capital(?:\s+city)?(?:\s*,?\s+(?=kabul\b))?"
    r"|the\s+afghan\s+capital(?:\s*,\s*(?=kabul\b))?)?"
    r"(?P<ref>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}?)?"
)
_LOCATOR = re.compile(
    rf"(?P<sep>\s*,\s*|\s+and\s+|\s+)(?P<loc>(?:{_LEAD}\s+)?(?:{_APPROX}\s+)?(?P<n>\d{{1,4}})\s*"
    rf"(?P<u>{_LEN})(?:\s*\(\s*(?P<n2>\d{{1,4}}(?:\.\d)?)\s*(?P<u2>{_LEN})\s*\))?\s+"
    rf"(?:away\s+)?(?:(?P<dir>{_COMPASS})\s+of|from|away\s+from)\s+{_REF})"
    r"(?P<end>\s*,\s*(?=\S)|\s*[.!]?\s*$)",
    re.IGNORECASE,
)


#: The title of a capital after its name, with a description joined by "and" ("Ghazni, the
#: provincial capital and strategic city"): the descriptions of ``unit_names._DIR``
_TITLE_AFTER = re.compile(
    r"\s*,\s*(?:the\s+)?(?:provincial\s+)?capital(?:\s+city)?(?:\s+and\s+(?:an?\s+|the\s+)?"
    rf"{_DIR}city)?$"
)
#: "X, the capital of Y province and 200 km north of Kabul": a locator joined by "and" only
#: after a capital's title
_TITLED_BEFORE = re.compile(
    r",\s*(?:the\s+)?(?:provincial\s+)?capital(?:\s+city)?(?:\s+of\s+[^,]+?)?$"
)


#: "a five-hour drive north of Kabul", "an hour's drive from Kabul", "a 3-hour drive away":
#: not a distance; refused (:func:`locator`)
_DRIVE = re.compile(
    r"\b(?:(?:an?|some|about|only|just)\s+)*(?:[a-z]+|\d+)[\s-]+(?:hours?|minutes?)(?:['\u2019]s?)?"
    r"\s+(?:car\s+)?drive\b(?:\s+(?:away\s+)?(?:(?:north|south|east|west)[a-z-]*\s+of|from)"
    r"\s+[a-z][a-z'-]*)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Located:
    """The sentence without the locator; the place located (a capital's name or a province),
    its kind, and the note saying what was checked."""

    text: str
    kind: str
    name: str
    province: str
    locator: str
    note: str


def _km(n: str, unit: str) -> float:
    return float(n) * (_MILE if unit.lower().startswith("mile") else 1.0)


def _place_before(
    before: str,
    capital_named: Callable[[str], tuple[str, str] | None],
    province_of: Callable[[str], str | None],
) -> tuple[str, str, str] | None:
    """(kind, name, province) of the capital or province named at the end of ``before``
    ("... ghazni city", "the city of ghazni", "logar province as well", "the province of
    maidan wardak"), or ``None``."""
    s = re.sub(r"['\u2019]s\b", "", before.lower())
    s = re.sub(r"\s+as\s+well$", "", s.strip(" ,"))
    # "Ghazni, the provincial capital and strategic city": the name before its title
    s = _TITLE_AFTER.sub(" city", s)
    city = re.search(r"\s+(?:city|town)$", s)
    prov = re.search(r"\s+province$", s)
    kind_word = city or prov
    s = s[: kind_word.start()] if kind_word else s
    words = re.findall(r"[a-z][a-z'-]*", s)
    for k in (3, 2, 1):
        if len(words) < k:
            continue
        w = " ".join(words[-k:])
        cap = None if prov else capital_named(w)
        if cap is not None:
            return "capital", cap[0], cap[1]
        p = None if city else province_of(w)
        if p is not None:
            return "province", p, p
    return None


def _distance_bearing(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """Great-circle km and initial bearing (degrees) from a to b."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    km = 2 * 6371.0 * math.asin(math.sqrt(h))
    y = math.sin(lo2 - lo1) * math.cos(la2)
    x = math.cos(la1) * math.sin(la2) - math.sin(la1) * math.cos(la2) * math.cos(lo2 - lo1)
    return km, math.degrees(math.atan2(y, x)) % 360


def locator(
    text: str,
    capital_named: Callable[[str], tuple[str, str] | None],
    province_of: Callable[[str], str | None],
) -> Located | None:
    """The sentence without a distance locating the place named before it (module
    docstring), checked on the places data; ``None`` when there is no such locator.

    Raises
    ------
    ClaimParseError
        The distance, the miles beside it or the compass word contradicts the places data,
        or the place measured from is not a provincial capital.
    """
    drive = _DRIVE.search(text)
    if drive is not None:
        raise ClaimParseError(
            text,
            drive.group(0).strip(),
            "a drive time locates a place by how long the road takes (roads, checkpoints, "
            "fighting), which the places data cannot check: set aside, it would be a figure "
            "beside the reading that nobody checked; not read (a distance, '200 km north of "
            "Kabul', is checked)",
        )
    m = _LOCATOR.search(text)
    if m is None:
        return None
    if "and" in m["sep"] and not _TITLED_BEFORE.search(text[: m.start()].lower()):
        return None  # "Ghazni and 150 km ...": not a locator after a title; left as written
    place = _place_before(text[: m.start()], capital_named, province_of)
    if place is None:
        return None
    kind, name, province = place
    loc = m["loc"].strip()
    ref = (m["ref"] or "").strip()
    title = re.sub(r"\s+", " ", (m["title"] or "").lower()).strip(" ,")
    if not ref and "afghan" in title:
        ref = "kabul"  # "the Afghan capital", "Afghanistan's capital"
    cap = capital_named(ref) if ref else None
    if cap is None or (title and cap[0] != "Kabul"):
        raise ClaimParseError(
            text,
            loc,
            "a distance is read only from Kabul ('150 km southwest of Kabul', 'from the Afghan "
            "capital') or from a provincial capital named bare; this one is measured from "
            f"{(title + ' ' + ref).strip()!r}: not read",
        )
    here, there = capital_point(kind, name, province), capital_point("capital", cap[0], cap[1])
    straight, bearing = _distance_bearing(there, here)
    said = _km(m["n"], m["u"])
    what = f"{name} province (by its capital's point)" if kind == "province" else name
    if m["n2"]:
        other = _km(m["n2"], m["u2"])
        if abs(other - said) > 0.1 * said + 2:
            raise ClaimParseError(
                text,
                loc,
                f"the two figures of the distance ({m['n']} {m['u']}, {m['n2']} {m['u2']}) are "
                "not the same distance: not read",
            )
    if not NEAR * straight <= said <= FAR * straight:
        raise ClaimParseError(
            text,
            loc,
            f"{what} is {straight:.0f} km from {cap[0]} in a straight line in the places data; "
            f"a stated {said:.0f} km is outside {NEAR}-{FAR} times that (roads and rounding): "
            "the distance may locate another place than the one read; not read",
        )
    if m["dir"]:
        word = re.sub(r"[^a-z]", "", m["dir"].lower())
        if off_compass(bearing, word) > 45.0:
            raise ClaimParseError(
                text,
                loc,
                f"{what} lies at a bearing of {bearing:.0f} degrees from {cap[0]} in the places "
                f"data, not {word} of it: the locator may name another place; not read",
            )
    rest = text[m.end() :]
    if not rest.strip():
        joined = f"{text[: m.start()]}."
    elif "," in m["sep"]:
        # ", 150 km southwest of Kabul," between commas: the sentence closes over it
        joined = f"{text[: m.start()]} {rest}"
    else:
        joined = f"{text[: m.start()]}, {rest}"
    compass = (
        f", its compass word within 45 degrees of the bearing ({bearing:.0f})" if m["dir"] else ""
    )
    note = (
        f"'{loc}' (where {what} lies: a description, not a scope) set aside: {straight:.0f} km "
        f"from {cap[0]} in a straight line in the places data, within {NEAR}-{FAR} times the "
        f"distance stated (roads and rounding){compass}"
    )
    return Located(re.sub(r"\s+", " ", joined).strip(), kind, name, province, loc, note)


def check_located(text: str, located: Located, claim: ParsedClaim) -> ParsedClaim:
    """The claim read without the locator, with its note; refused unless the place located
    is what the claim is about: the capital located among its named units; for a province
    located, the province or its capital among them, or the province as its scope."""
    from dataclasses import replace

    units = claim.named_units
    if located.kind == "capital":
        about = any(u.kind == "capital" and u.name == located.name for u in units)
    else:
        # a province by its capital's point: the province itself, or its capital ("Puli Alam,
        # the capital of Logar province, 50 km south of Kabul")
        about = any(
            u.kind in ("province", "capital") and u.province == located.province for u in units
        ) or (not units and claim.province == located.province and not claim.district)
    if not about:
        raise ClaimParseError(
            text,
            located.locator,
            "a distance is set aside only beside the place it locates, when the claim is "
            "about that place (a named capital or province); here the claim is about another: "
            "not read",
        )
    return replace(claim, text=text, reading_notes=(*claim.reading_notes, located.note))
