"""Where a claim is about: provinces, districts, borders, neighbours and the country."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..borders import NEIGHBOUR_NAMES
from ..matching import Gazetteer, read_aliases, read_province_table
from ..vocabulary import Vocabulary
from . import bylines, circumstance
from .grammar import FILLER_WORDS, wire_dateline_place
from .lexicon import _LEAD_WORDS, _MEASURE_NOUNS, _NEIGHBOUR_WORDS, _STOP_WORDS, _WORD_NUMBERS
from .model import ClaimParseError, Measure
from .words import _as_written, _normalise, _tokens


@functools.lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    provinces = {
        r["name"]: [a for a in (r.get("aliases") or "").split("|") if a]
        for r in read_province_table()
    }
    return Gazetteer({}, provinces, aliases=read_aliases())


def _country_tokens(vocabulary: Vocabulary) -> frozenset[str]:
    """Words of the vocabulary's names for the whole territory ("Afghanistan", "Afghan
    territory" -> afghanistan, afghan): they name the country, a measure of area."""
    out: set[str] = set()
    for name in vocabulary.country:
        out.update(re.findall(r"[a-z]+", _normalise(name)))
    return frozenset(out - _MEASURE_NOUNS.keys() - {"the", "of"})


def _country_scope_spans(s: str, country: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of "of the country", "in Afghanistan" ...: the scope the sentence is read in
    when no province is named."""
    names = "|".join(sorted({*country, "country", "nation"}, key=len, reverse=True))
    pat = re.compile(rf"\b(?:of|in|across|throughout)\s+(?:the\s+)?(?:{names})\b")
    return [m.span() for m in pat.finditer(s)]


_PROVINCE_BORDER = re.compile(
    r"\b(?:bordering|borders?\s+(?:with|of)|borders?|adjacent\s+to|next\s+to)\s+(?:the\s+)?"
    r"(?P<name>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2})"
)
_ACROSS_BORDER = re.compile(r"\b(?:across|over|beyond)\s+the\s+(?:border|frontier|durand\s+line)")


def _refuse_province_border(text: str, s: str, gaz: Gazetteer) -> None:
    """Refuse a border that is a province's, not the country's: "the districts bordering
    Herat", "on the border with Herat province" are districts next to Herat (or on its
    provincial line), which were read as Herat's districts on the international border; and
    "across the border" (the other country's side). Red-team findings (#8)."""
    m = _ACROSS_BORDER.search(s)
    if m:
        raise ClaimParseError(
            text,
            m.group(0),
            "'across the border' is the other side of the border: no district of the "
            "boundary set is read from it",
        )
    for m in _PROVINCE_BORDER.finditer(s):
        words = m.group("name").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if gaz.resolve_province(name) is not None:
                raise ClaimParseError(
                    text,
                    m.group(0),
                    f"a border with {name!r} is a province's line, not an international "
                    "border: the districts next to a province are not read (say 'the border "
                    "districts of ...' or 'on the border with Iran')",
                )


def _capitals_scope(
    text: str, province: str | None, district: object, border_districts: bool
) -> None:
    """Provincial capitals are counted over the country: a province has one capital, and a
    district or a border is no scope for them."""
    if province or district is not None or border_districts:
        where = province or ("the district" if district is not None else "the border")
        raise ClaimParseError(
            text,
            str(where),
            "provincial capitals are counted over the country (one a province); a scope "
            "narrower than the country is not read for them: check the province's districts "
            "or area instead",
        )


def _aside_notes(text: str, aside: list[tuple[str, str]], gaz: Gazetteer) -> list[str]:
    """Notes for the clauses set aside (:func:`mapper.check.grammar.set_aside`); a clause of
    circumstance or time that names a place is refused (the place may be the claim's scope)."""
    notes = []
    for kind, clause in aside:
        if kind == "when":
            continue  # read by _check_date
        words = re.findall(r"[a-z]+", clause)
        if kind == "dateline" and not _find_neighbours(bylines.without_outlet(clause))[0]:
            # a place of the boundary set in a dateline is where it was filed: the claim
            # must name its own place (parse_claim refuses otherwise, see _dateline_place)
            notes.append(f"'{clause}' (a dateline: where the report was written) set aside")
            continue
        if kind != "doubt" and (
            _names_province([w for w in words if w not in _NOT_PLACES], gaz)
            or _find_neighbours(clause)[0]
        ):
            raise ClaimParseError(
                text,
                clause,
                "a clause of time or circumstance that names a place is not set aside (the "
                "place may be the claim's scope); check the claim without it",
            )
        if kind == "period":
            notes.append(
                f"'{clause}' (a period) set aside: the state on the date is checked, which the "
                "claim entails (a share held, or a count said to be held now: not a change)"
            )
        elif kind == "doubt" and re.search(r"\bverif|\bconfirm", clause):
            notes.append(
                f"'{clause}' (the source says the claim cannot be verified) set aside: the "
                "claim is checked as stated, not read as its negation"
            )
        elif kind == "doubt":
            notes.append(
                f"'{clause}' (the writer's doubt) set aside: the claim is checked as stated, "
                "not read as its negation"
            )
        elif kind == "earlier":
            notes.append(
                f"'{clause}' (an earlier figure, given for comparison) set aside: not checked"
            )
        elif kind == "marker":
            notes.append(f"'{clause}' (a discourse marker) set aside")
        elif kind == "clock":
            notes.append(f"'{clause}' (a time of day) set aside: the state on the day is checked")
        elif kind.startswith("clause:"):
            circumstance.check_names(text, clause)
            notes.append(circumstance.note(kind.removeprefix("clause:"), clause))
        else:
            notes.append(f"'{clause}' (a circumstance, no claim in it) set aside")
    return notes


def _dateline_place(aside: list[tuple[str, str]], gaz: Gazetteer) -> str | None:
    """The place of the boundary set a dateline names ("KABUL, Aug 13 (Reuters) -"), if any:
    where the report was filed, which is not the claim's scope by itself."""
    for kind, clause in aside:
        if kind == "dateline":
            place = wire_dateline_place(clause)
            if _names_province(
                [w for w in re.findall(r"[a-z]+", place) if w not in _NOT_PLACES], gaz
            ):
                return place.title()
    return None


#: A bare dateline: a place, perhaps a bracketed country, then a colon or a dash, and no
#: agency's tag ("Kabul:", "KABUL --", "Herat [Afghanistan]:", "Kabul (Afghanistan):", a
#: topic "In Kabul:", "Kabul, Aug 9:" with the day already blanked). Read on the sentence as
#: prepared; the place must be a province or a provincial capital of the whole name (checked
#: by :func:`_bare_dateline`).
_BARE_DATELINE = re.compile(
    r"^\s*(?:in\s+)?\(?(?P<place>[a-z][a-z'.-]*(?:\s+[a-z][a-z'.-]*){0,2})\)?"
    r"(?:\s*\[[a-z ]{1,20}\]|\s*\(\s*afghanistan\s*\))?[\s,.]*(?::|-{1,2})\s+(?=\S)"
)


def _bare_dateline(s: str, gaz: Gazetteer) -> tuple[str, str | None]:
    """``s`` with a bare dateline naming a province or provincial capital blanked ("Kabul:",
    "KABUL --"), and the place as written (``None`` when there is none). Without an
    agency's tag such a place is where the report was filed or the topic of a headline: it is
    never read as the claim's scope (:func:`mapper.check.reading.parse_claim` refuses a
    claim that names no place of its own)."""
    from .capitals import capital_named

    m = _BARE_DATELINE.match(s)
    if m is None:
        return s, None
    place = m["place"].strip()
    province = gaz.resolve_province(place)
    if province is None and capital_named(place) is None:
        return s, None
    words = re.sub(r"\s+province$", "", place).split()
    # a word the name folds away is not part of it ("kkk kabul" folds as "kabul", its
    # doubled letters collapsed): the place is more than the province; not a dateline
    if (
        province is not None
        and len(words) > 1
        and any(gaz.resolve_province(" ".join(r)) == province for r in (words[1:], words[:-1]))
    ):
        return s, None
    return " " * m.end() + s[m.end() :], place


#: "and" (", and", "&", "along with", "together with") and only filler words before a place:
#: the place is a second object of the verb ("control 50 districts and (all of) Herat
#: province", "half of the country and the border with Iran", "50 districts and now control
#: Herat province", "and the Iranian border"), not the figure's scope.
_CONJOINED = re.compile(
    r"(?:^|\s)(?:and|&|along\s+with|together\s+with)\s+"
    rf"(?:(?:{'|'.join(sorted(FILLER_WORDS - {'and'}, key=len, reverse=True))}"
    # a neighbour's adjective before a border word ("and the Iranian border")
    rf"|(?:afghan-)?(?:{'|'.join(w for w, _ in _NEIGHBOUR_WORDS)})(?:-afghan)?)\s+)*$"
)


#: "and" (and a comparison) right before the figure: with a place before it, the place is
#: the first object of the verb ("control the border with Iran and half of the districts").
_CONJOINED_FIGURE = re.compile(
    r"(?:^|\s)and\s+(?:(?:all|the|its|their|of|over|more|less|than|about|around|nearly|almost"
    r"|some|roughly|at|least|most|just|under)\s+)*$"
)


def _conjoined_place(
    s: str, spans: Sequence[tuple[int, int]], figure_at: int
) -> tuple[int, int] | None:
    """The first span of ``spans`` (a province, a border word) that ``and`` joins to the
    figure as another object of the verb, after it or before it, or ``None``."""
    for a, b in sorted(spans):
        if _CONJOINED.search(s[max(0, a - 60) : a]):
            return a, b
    if _CONJOINED_FIGURE.search(s[max(0, figure_at - 60) : figure_at]):
        before = [(a, b) for a, b in sorted(spans) if b <= figure_at]
        if before:
            return before[0]
    return None


def _units_in_scope(text: str, s: str, measure: Measure, gaz: Gazetteer) -> float:
    """How many districts (or provinces) the gazetteer has in the scope the sentence names
    (the province it names, else the country); 0 when it has no district names."""
    province = _find_province(text, s, gaz, [])[0]
    if measure == "provinces":
        return 0.0 if province else float(len(gaz.province_names))
    return float(sum(1 for _n, p in gaz.district_names.values() if province in (None, p)))


#: Words that can stand before "district" without naming one ("one district", "a key
#: district", "each district").
_NOT_DISTRICT_NAMES = {"each", "every", "single", "another", "one", "same", "this", "that"}


def _find_district(text: str, s: str, gaz: Gazetteer) -> tuple[str, int, int] | None:
    """A district named as such ("Kunduz district", "Imam Sahib district"): the name as
    written and the span of "NAME district" in ``s``, or ``None``. Names are looked up in
    the gazetteer (up to three words before "district", the longest that names one); a
    gazetteer without district names finds none."""
    if not gaz.district_names:
        return None
    toks = _tokens(s)
    found: list[tuple[str, int, int]] = []
    for i, (t, _b, e) in enumerate(toks):
        if t != "district":
            continue
        for n in (3, 2, 1):
            if i - n < 0:
                continue
            words = [w for w, _, _ in toks[i - n : i]]
            if any(
                w in _NOT_PLACES or w in _NOT_DISTRICT_NAMES or w in _WORD_NUMBERS or w.isdigit()
                for w in words
            ):
                continue
            start = toks[i - n][1]
            if toks[i - 1][2] - start > len(" ".join(words)) + 3:
                continue  # not adjacent in the sentence
            m = gaz.match("", " ".join(words))
            if n > 1 and m.unit_ids and m.unit_ids == gaz.match("", " ".join(words[1:])).unit_ids:
                continue  # the first word is not part of the name: leave it to be refused
            if m.unit_ids or (m.problem or "").find("ambiguous") >= 0:
                found.append((s[start : toks[i - 1][2]], start, e))
                break
    if len(found) > 1:
        raise ClaimParseError(
            text,
            " and ".join(f[0] for f in found),
            "names more than one district; check one district per sentence",
        )
    return found[0] if found else None


def _resolve_district(
    text: str, name: str, province: str | None, gaz: Gazetteer
) -> tuple[str, str, str]:
    """(unit id, district name, province) of a district named in a sentence."""
    if not gaz.district_names:
        raise ClaimParseError(
            text,
            f"{name} district",
            "naming a district needs the boundary set's district names; parse with "
            "gazetteer=units.gazetteer() (the CLI does)",
        )
    m = gaz.match(province or "", name)
    if m.problem or len(m.unit_ids) != 1:
        hint = f" (did you mean {', '.join(m.suggestions)}?)" if m.suggestions else ""
        raise ClaimParseError(text, f"{name} district", f"{m.problem}{hint}")
    uid = m.unit_ids[0]
    dname, dprov = gaz.district_names[uid]
    return uid, dname, dprov


def _unknown_district(name: str, gaz: Gazetteer) -> str:
    if not gaz.district_names:
        return (
            f"{name!r} before 'district' is not a name this parser knows; to check one district "
            "parse with the boundary set's names (gazetteer=units.gazetteer())"
        )
    m = gaz.match("", name)
    hint = f" (did you mean {', '.join(m.suggestions)}?)" if m.suggestions else ""
    return f"{name!r} is not a district of the boundary set{hint}"


def _names_a_province(s: str, span: tuple[int, int], gaz: Gazetteer) -> bool:
    """Whether who-said-it names a province ("Herat officials said"): then it may be the
    claim's scope, and it is not set aside. A news outlet of the closed list who was told is
    a name, never a place ("told Kabul Now": not Kabul; "officials in Kabul now say" still
    names Kabul)."""
    from .attribution import _MEDIA

    told = re.sub(rf"\b(?:told|tells|tell)\s+(?:{_MEDIA})\b", " ", s[span[0] : span[1]])
    words = re.findall(r"[a-z]+", told)
    return any(
        gaz.resolve_province(" ".join(words[i : i + n])) is not None
        for n in (1, 2, 3)
        for i in range(len(words) - n + 1)
        if words[i] not in _NOT_PLACES and words[i + n - 1] not in _NOT_PLACES
    )


def _names_province(words: list[str], gaz: Gazetteer, starts: int = 0) -> bool:
    """Whether some one to three words of ``words`` name a province (with ``starts`` = 1, only
    words beginning with the first)."""
    return any(
        gaz.resolve_province(" ".join(words[i:j]))
        for i in range(starts or len(words))
        for j in range(i + 1, min(len(words), i + 3) + 1)
    )


def _find_neighbours(s: str, extra: Sequence[str] = ()) -> tuple[list[str], list[tuple[int, int]]]:
    """Neighbouring countries named in ``s``: Afghanistan's six by their adjectives too;
    with ``extra`` (Natural Earth names, for other boundary sets) a name written in full."""
    found: list[str] = []
    spans: list[tuple[int, int]] = []
    pats = list(_NEIGHBOUR_WORDS) if not extra else []
    pats += [(re.escape(name.lower()), name) for name in sorted(extra, key=len, reverse=True)]
    for pat, key in pats:
        for m in re.finditer(rf"\b(?:{pat})\b", s):
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue  # inside a longer name already read
            spans.append((m.start(), m.end()))
            if key not in found:
                found.append(key)
    order = list(NEIGHBOUR_NAMES)
    return sorted(found, key=lambda k: (order.index(k) if k in order else len(order), k)), spans


_NOT_PLACES = set(_MEASURE_NOUNS) | _LEAD_WORDS | _STOP_WORDS | {
    "the", "taliban", "government", "afghan", "control", "controls", "hold", "holds", "held",
    "captured", "capture", "seized", "taken", "took", "over", "half", "third", "thirds",
    "quarter", "quarters", "percent", "cent", "per", "about", "nearly", "almost", "roughly",
    "up", "most", "majority", "than", "least", "militants", "insurgents", "forces",
}  # fmt: skip


def _find_province(
    text: str, s: str, gaz: Gazetteer, used: list[tuple[int, int]]
) -> tuple[str | None, str, bool, list[tuple[int, int]]]:
    """The province named in the sentence (canonical), as written, whether the word
    "province" follows it, and the spans it accounts for (name and "province")."""
    toks = [
        (t, b, e)
        for t, b, e in _tokens(s)
        if not any(b < ue and ub < e for ub, ue in used) and not t.isdigit()
    ]
    found: dict[str, str] = {}
    explicit: dict[str, bool] = {}
    spans: list[tuple[int, int]] = []
    claimed: set[int] = set()
    for n in (3, 2, 1):
        for i in range(len(toks) - n + 1):
            if claimed & set(range(i, i + n)):
                continue
            words = [t for t, _, _ in toks[i : i + n]]
            if words[0] in _NOT_PLACES or words[-1] in _NOT_PLACES:
                continue
            if toks[i + n - 1][2] - toks[i][1] > len(" ".join(words)) + 3:
                continue  # not adjacent in the sentence
            prov = gaz.resolve_province(" ".join(words))
            if (
                prov is not None
                and n > 1
                and not set(words) <= set(re.findall(r"[a-z]+", _normalise(prov)))
                and prov
                in (
                    gaz.resolve_province(" ".join(words[1:])),
                    gaz.resolve_province(" ".join(words[:-1])),
                )
            ):
                # a word the name does not need ("ggg Ghazni" folds like "Ghazni"): the
                # shorter name is read and the extra word is left to be refused
                prov = None
            if prov is not None:
                end = toks[i + n - 1][2]
                found.setdefault(prov, s[toks[i][1] : end])
                after = s[end:].split()
                word = bool(after) and after[0].startswith("province")
                explicit.setdefault(prov, word)
                spans.append((toks[i][1], end))
                if word:
                    at = s.index(after[0], end)
                    spans.append((at, at + len(after[0])))
                claimed |= set(range(i, i + n))
    if len(found) > 1:
        raise ClaimParseError(
            text,
            " and ".join(found.values()),
            "names more than one province; check one province per sentence",
        )
    if not found:
        return None, "", False, []
    prov = next(iter(found))
    return prov, _as_written(text, found[prov]), explicit[prov], spans


#: A neighbour or its capital (Afghanistan's six): named outside a claim about "the border".
_NEIGHBOUR_HINT = re.compile(
    r"\b(?:islamabad|tehran|beijing|dushanbe|tashkent|ashgabat|pakistan\w*|iran\w*|china"
    r"|chinese|tajik\w*|uzbek\w*|turkmen\w*)\b"
)
