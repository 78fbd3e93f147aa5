"""Names -> units: normalisation, alias tables and suggestions for unmatched names.

Claims spell places in many romanisations (Herat/Hirat, Achin/Acheen, Qala-i-Zal/Qalay-I- Zal).
Matching goes, in order: exact normalised name, a *folded* key that absorbs the usual
spelling variation (vowels e/i and o/u, y/i, q/k, doubled letters, ``-e-``/``-i-``
connectors, brackets), then the alias tables (built-in and the user's). Anything else is
unmatched and reported with fuzzy suggestions; a fuzzy match is never accepted silently.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import MatchError, Problem

_BRACKETS = re.compile(r"[\(\[\{]([^\)\]\}]*)[\)\]\}]")
_NON_ALNUM = re.compile(r"[^0-9a-z\u0600-\u06ff]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
#: words that join two parts of a name: ezafe (-e-, -i-, -ye-), "wa"/"o" (and), "al"
_CONNECTORS = {"e", "i", "y", "ye", "yi", "al", "ul", "wa", "va", "o", "u", "w"}
#: Chahar / Char / Chahr / Chaar at the start of a word ("four": Char Dara, Chahar Bolak)
_CHAHAR = re.compile(r"^chah?a?r")
#: Khwaja / Khawaja / Khawja / Khoja at the start of a word
_KHWAJA = re.compile(r"^kh(?:awa|aw|wa|o|u)j")
#: an h after a vowel within a word (Musa Qalah, Obeh, Dahana/Dahna, Kohistan/Koistan),
#: an h closing a syllable across joined words (Shahwalikot)
_FINAL_H = re.compile(r"(?<=[aeiou])h")
_CLOSING_H = re.compile(r"(?<=[aeiouy])h(?![aeiouy])")
_DOUBLED = re.compile(r"(.)\1+")
_Y_BEFORE_VOWEL = re.compile(r"y[aeiou]")
_VOWEL_RUN = re.compile(r"(?:[aeiouy]|(?<=[aeiouy])w(?![aeiouy]))+")


def normalize(name: str) -> str:
    """Lower-case, ASCII-fold Latin diacritics, unify separators and white space.

    Arabic-script letters are kept so Dari/Pashto names still compare equal to themselves.

    Examples
    --------
    >>> normalize("  Zanda  Jan\\n")
    'zanda jan'
    >>> normalize("Qalay-I- Zal")
    'qalay i zal'
    """
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("'", "").replace("\u2019", "").replace("`", "")
    text = _NON_ALNUM.sub(" ", text)
    return " ".join(text.split())


def fold(name: str) -> str:
    """A compact key that is equal for common romanisation variants of one name.

    The key keeps the consonants, the class of the first vowel (a; e/i/ai/ay; o/u/au/aw/ow)
    and whether the name ends in a vowel; other vowels are dropped (a/i and a/u in
    unstressed syllables: Nahr-e Saraj/Nahri Sarraj, Juwayn/Jowain), except that an
    ``i``/``y`` before a vowel leaves a ``y`` (Bamyan/Bamiyan, Paryan). Before that:
    connectors (``-e-``, ``-i-``, ``wa``, ``o``) go, Chahar/Chahr become Char, a final ``-h``
    after a vowel and an ``h`` closing a syllable go (Musa Qalah, Shah Wali Kot), ``q`` is
    ``k``, ``v`` is ``w`` and doubled letters are single. Spaces do not count: "Bati Kot"
    and "Batikot" fold alike. Names in Arabic script are compared as written.

    Examples
    --------
    >>> fold("Hirat") == fold("Herat"), fold("Mazar-e Sharif") == fold("Mazari Sharif")
    (True, True)
    >>> fold("Acheen") == fold("Achin"), fold("Bati Kot") == fold("Batikot")
    (True, True)
    >>> fold("Jani Khel") == fold("Jani Khail"), fold("Char Dara") == fold("Chahar Dara")
    (True, True)
    """
    text = normalize(name)
    if _ARABIC.search(text):
        return text.replace(" ", "")
    tokens = []
    for tok in text.split():
        if tok in _CONNECTORS:
            continue
        tok = _KHWAJA.sub("khwaj", _CHAHAR.sub("char", tok))
        tokens.append(_FINAL_H.sub("", tok))
    s = "".join(tokens).replace("q", "k").replace("v", "w").replace("ph", "f").replace("gh", "g")
    s = s.replace("firus", "firuz")
    s = _DOUBLED.sub(r"\1", _CLOSING_H.sub("", s))
    if len(s) > 1 and s[0] == "y" and s[1] in "aeiou":
        s = "Y" + s[1:]  # a first y before a vowel is a consonant (Yakawlang, Yaftal)
    out: list[str] = []
    pos = 0
    runs = list(_VOWEL_RUN.finditer(s))
    for n, run in enumerate(runs):
        out.append(s[pos : run.start()])
        r = run.group()
        if n == 0:
            out.append(_first_vowel(r))
        elif run.end() == len(s):
            out.append("v")  # ends in a vowel: Bagrami is not Bagram
        elif r[0] == "y" or r[:2] in ("ia", "io", "iu", "iy") or _Y_BEFORE_VOWEL.search(r):
            out.append("y")
        pos = run.end()
    out.append(s[pos:])
    return _DOUBLED.sub(r"\1", "".join(out).lower())


def _first_vowel(run: str) -> str:
    """The class of a name's first vowel: ``a``, ``i`` (e, i, ai, ay, ey) or ``u``
    (o, u, au, aw, ow)."""
    if run[0] == "a":
        if len(run) > 1 and run[1] in "eiy":
            return "i"
        if len(run) > 1 and run[1] in "uow":
            return "u"
        return "a"
    return "i" if run[0] in "eiy" else "u"


def name_keys(name: str) -> set[str]:
    """Folded keys for a boundary name: the whole, the part outside brackets, the part inside.

    ``"Reg(Khanshin)"`` answers to "Reg Khanshin", "Reg" and "Khanshin".
    """
    keys = {fold(name)}
    inside = _BRACKETS.findall(name)
    outside = _BRACKETS.sub(" ", name)
    if inside:
        keys.add(fold(outside))
        keys.update(fold(part) for part in inside)
    return {k for k in keys if k}


@dataclass(frozen=True)
class Alias:
    """One alias row: ``alias`` means ``canonical`` (within ``province`` when given)."""

    level: str
    province: str
    alias: str
    canonical: str


def read_aliases(path: str | Path | None = None) -> list[Alias]:
    """Read an alias CSV (``level,province,alias,canonical``; ``#`` lines are comments).

    With no path, the built-in Afghan table.
    """
    if path is None:
        text = resources.files("mapper").joinpath("data/aliases.csv").read_text("utf-8")
        source = "built-in aliases"
    else:
        from ._io import read_text_input

        text = read_text_input(path, "--aliases file")
        source = str(path)
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if any(len(ln) > 131_072 for ln in lines):
        i, ln = next((i, ln) for i, ln in enumerate(lines, 1) if len(ln) > 131_072)
        raise MatchError(
            [Problem(source, i, None, ln[:40] + "...", f"line of {len(ln):,} characters")]
        )
    reader = csv.DictReader(lines)
    need = {"level", "alias", "canonical"}
    missing = need - set(reader.fieldnames or [])
    if missing:
        raise MatchError(
            [
                Problem(
                    source,
                    1,
                    None,
                    ",".join(reader.fieldnames or []),
                    f"alias file needs columns {sorted(need)} (and optional "
                    f"'province'); missing {sorted(missing)}",
                )
            ]
        )
    out: list[Alias] = []
    problems: list[Problem] = []
    for i, row in enumerate(reader, start=2):
        level = (row.get("level") or "").strip().lower()
        if level not in ("district", "province"):
            problems.append(
                Problem(
                    source, i, "level", row.get("level"), "level must be 'district' or 'province'"
                )
            )
            continue
        out.append(
            Alias(
                level,
                (row.get("province") or "").strip(),
                (row.get("alias") or "").strip(),
                (row.get("canonical") or "").strip(),
            )
        )
    if problems:
        raise MatchError(problems)
    return out


@dataclass(frozen=True)
class ReportedSpelling:
    """A spelling of a provincial capital, a district or a province as an outlet printed it
    (``data/reported_spellings.csv``): ``level`` ``capital``, ``district`` or ``province``,
    the unit's ``province`` and ``canonical`` name (a province's own name for a province),
    the ``outlet`` and ``url`` it was read in."""

    level: str
    province: str
    spelling: str
    canonical: str
    outlet: str
    url: str
    note: str = ""


def read_reported_spellings() -> list[ReportedSpelling]:
    """The built-in table of spellings read in real reporting (issue #8); every row names its
    outlet and page. Districts and provinces are read as aliases (never as a map's everyday
    name); capitals as variants of the places table (:func:`mapper.places.builtin_places`)."""
    text = resources.files("mapper").joinpath("data/reported_spellings.csv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    out: list[ReportedSpelling] = []
    problems: list[Problem] = []
    for i, row in enumerate(csv.DictReader(lines), start=2):
        cells = {k: (v or "").strip() for k, v in row.items() if k}
        missing = [
            c
            for c in ("level", "province", "spelling", "canonical", "outlet", "url")
            if not cells.get(c)
        ]
        if cells.get("level") not in ("capital", "district", "province") or missing:
            problems.append(
                Problem(
                    "built-in reported spellings",
                    i,
                    missing[0] if missing else "level",
                    cells.get(missing[0] if missing else "level", ""),
                    "every row needs level (capital, district or province), province, spelling, "
                    "canonical, outlet and url",
                )
            )
            continue
        out.append(ReportedSpelling(**{k: cells.get(k, "") for k in _REPORTED_FIELDS}))
    if problems:
        raise MatchError(problems)
    return out


_REPORTED_FIELDS = ("level", "province", "spelling", "canonical", "outlet", "url", "note")


def reported_aliases() -> list[Alias]:
    """The district and province rows of :func:`read_reported_spellings` as alias rows."""
    return [
        Alias("district", r.province, r.spelling, r.canonical)
        if r.level == "district"
        else Alias("province", "", r.spelling, r.province)
        for r in read_reported_spellings()
        if r.level in ("district", "province")
    ]


def read_province_table() -> list[dict[str, str]]:
    """The 34 Afghan provinces: ISO 3166-2 code, OCHA pcode, common name, aliases."""
    text = resources.files("mapper").joinpath("data/afg_provinces.csv").read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@dataclass(frozen=True)
class Place:
    """A name reported as if it were a district that the boundary set does not have.

    ``kind`` is ``district`` (created after the boundary set, from ``district``) or
    ``locality`` (a town, port or area inside ``district``). A claim on ``name`` counts as
    a claim on ``district`` of ``province``, and says so (:attr:`note`).
    """

    name: str
    province: str
    district: str
    kind: str
    created: str
    source: str
    url: str

    @property
    def note(self) -> str:
        if self.kind == "district" and self.created:
            return (
                f"{self.name}: created {self.created} from {self.district}; "
                f"counted as {self.district}"
            )
        if self.kind == "district":
            return (
                f"{self.name}: a district not in the boundary set, part of {self.district}; "
                f"counted as {self.district}"
            )
        return (
            f"{self.name}: a locality in {self.district} district, reported as a district; "
            f"counted as {self.district}"
        )


def read_places(path: str | Path | None = None) -> list[Place]:
    """Read the table of districts created after the boundary set and localities reported
    as districts (``name,province,district,kind,created,source,url``). With no path, the
    built-in Afghan table ``data/new_districts.csv``."""
    if path is None:
        text = resources.files("mapper").joinpath("data/new_districts.csv").read_text("utf-8")
        source = "built-in new districts"
    else:
        text = Path(path).read_text("utf-8-sig")
        source = str(path)
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    out: list[Place] = []
    problems: list[Problem] = []
    for i, row in enumerate(csv.DictReader(lines), start=2):
        cells = {k: (v or "").strip() for k, v in row.items() if k}
        kind = cells.get("kind", "")
        missing = [c for c in ("name", "province", "district", "source") if not cells.get(c)]
        if kind not in ("district", "locality"):
            problems.append(
                Problem(source, i, "kind", kind, "kind must be 'district' or 'locality'")
            )
        elif missing:
            problems.append(Problem(source, i, missing[0], "", "every row needs a value here"))
        else:
            out.append(
                Place(
                    cells["name"],
                    cells["province"],
                    cells["district"],
                    kind,
                    cells.get("created", ""),
                    cells["source"],
                    cells.get("url", ""),
                )
            )
    if problems:
        raise MatchError(problems)
    return out


#: words a name column may carry after the name ("Kunduz province", "Nad Ali district")
_PROVINCE_WORDS = re.compile(r"[\s,\-]+(province|wilayat|velayat|welayat)\.?$", re.IGNORECASE)
_DISTRICT_WORDS = re.compile(
    r"[\s,\-]+(district|wuluswali|woluswali|woleswali|uluswali)\.?$", re.IGNORECASE
)


def strip_kind(text: str, level: str) -> str:
    """``text`` without a trailing "province" (level ``province``) or "district" /
    "wuluswali" (level ``district``); unchanged when nothing would be left.

    >>> strip_kind("Helmand Province", "province"), strip_kind("Nad Ali district", "district")
    ('Helmand', 'Nad Ali')
    """
    pat = _PROVINCE_WORDS if level == "province" else _DISTRICT_WORDS
    out = pat.sub("", text.strip())
    return out if out.strip() else text.strip()


def near_key(key: str) -> str:
    """``key`` without its first vowel's class and its final-vowel mark: names whose keys
    differ only there (Sarobi/Surobi, Bagram/Bagrami, Dishu/Dushi) are near each other."""
    key = key[:-1] if key.endswith("v") else key
    m = re.search(r"[aiu]", key)
    return key[: m.start()] + "*" + key[m.end() :] if m else key


@dataclass
class Match:
    """Outcome of resolving one (province, district) pair.

    ``note`` is set when the name is a district created after the boundary set or a
    locality, resolved to the district that contains it ("Badpakh: created 2018 from
    Alingar; counted as Alingar"); ``read_as`` when a spelling was accepted because it
    differs from the province's district only in a first or last vowel (said as a warning).
    """

    unit_ids: list[str] = field(default_factory=list)
    province: str | None = None
    problem: str | None = None
    suggestions: list[str] = field(default_factory=list)
    note: str | None = None
    read_as: str | None = None  # a near spelling accepted in its province, said aloud


class Gazetteer:
    """Look up units by the names people write.

    Parameters
    ----------
    districts
        Mapping unit id -> (district name, province name); empty for a province-level set.
    provinces
        Mapping province name -> extra spellings (the boundary file's own spellings and
        built-in aliases).
    aliases
        Alias rows (built-in first, the user's after, so the user's win).
    places
        Districts created after the boundary set and localities reported as districts
        (:func:`read_places`); a name of the set itself always wins over one of these.
    """

    def __init__(
        self,
        districts: dict[str, tuple[str, str]],
        provinces: dict[str, list[str]],
        *,
        aliases: Sequence[Alias] = (),
        places: Sequence[Place] = (),
    ) -> None:
        self.province_names = sorted(provinces)
        self._province_by_key: dict[str, str] = {}
        for prov, spellings in provinces.items():
            for spelling in [prov, *spellings]:
                for key in name_keys(spelling):
                    self._province_by_key.setdefault(key, prov)
        self.district_names: dict[str, tuple[str, str]] = dict(districts)
        self._by_prov_key: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._by_key: dict[str, set[str]] = defaultdict(set)
        self._near: dict[str, set[str]] = defaultdict(set)
        self._notes: dict[tuple[str, str], str] = {}
        #: the alias spellings this set answers to (a word of one is a word of a name)
        self.alias_spellings: list[str] = []
        for uid, (name, prov) in districts.items():
            for key in name_keys(name):
                self._by_prov_key[(prov, key)].add(uid)
                self._by_key[key].add(uid)
                self._near[near_key(key)].add(uid)
        for a in aliases:
            self._add_alias(a)
        for place in places:
            self._add_place(place)

    def _add_alias(self, a: Alias) -> None:
        if a.level == "province":
            target = self._province_by_key.get(fold(a.canonical))
            if target is not None:
                self._province_by_key[fold(a.alias)] = target
                self.alias_spellings.append(a.alias)
            return
        prov = self.resolve_province(a.province) if a.province else None
        if a.province and prov is None:
            return  # alias for a province this boundary set does not have
        targets = (
            self._by_prov_key.get((prov, fold(a.canonical)))
            if prov
            else self._by_key.get(fold(a.canonical))
        )
        if not targets:
            return
        key = fold(a.alias)
        self.alias_spellings.append(a.alias)
        for uid in targets:
            self._by_prov_key[(self.district_names[uid][1], key)].add(uid)
            self._by_key[key].add(uid)

    def _add_place(self, place: Place) -> None:
        prov = self.resolve_province(place.province)
        if prov is None:
            return  # a place in a province this boundary set does not have
        targets = self._by_prov_key.get((prov, fold(place.district)))
        key = fold(place.name)
        if not targets or len(targets) != 1 or self._by_prov_key.get((prov, key)):
            return  # its district is not in this set, or the set has the name itself
        uid = next(iter(targets))
        self._by_prov_key[(prov, key)].add(uid)
        self._by_key[key].add(uid)
        self._notes[(prov, key)] = place.note

    def label(self, unit_id: str) -> str:
        """``"Name (Province)"`` for a district id."""
        name, prov = self.district_names[unit_id]
        return f"{name} ({prov})"

    def resolve_province(self, text: str) -> str | None:
        """Canonical province name for ``text``, or ``None``."""
        if not text or not text.strip():
            return None
        return self._province_by_key.get(fold(strip_kind(text, "province")))

    def suggest_province(self, text: str, *, limit: int = 3) -> list[str]:
        """Closest province names to ``text``."""
        return _suggest(text, self.province_names, limit=limit)

    def match(self, province: str, district: str) -> Match:
        """Resolve one ledger row's names. ``district`` empty means the whole province.

        A trailing "province" / "district" / "wuluswali" is ignored. A district name
        without a province must name one district: a name that two provinces' districts
        answer to after folding (Jani Khel, Paktika / Jani Khail, Paktia), or whose key is
        near another province's district (Sarobi, Paktika / Surobi, Kabul), is ambiguous
        and lists them all.
        """
        province = strip_kind(province or "", "province")
        district = strip_kind(district or "", "district")
        prov: str | None = None
        if province:
            prov = self.resolve_province(province)
            if prov is None:
                return Match(
                    problem=f"unknown province {province!r}",
                    suggestions=self.suggest_province(province),
                )
        if not district:
            if prov is None:
                return Match(problem="neither province nor district given")
            return Match(province=prov)
        key = fold(district)
        if prov is not None:
            hits = sorted(self._by_prov_key.get((prov, key), ()))
            if hits:
                if len(hits) > 1:
                    names = [self.district_names[h][0] for h in hits]
                    return Match(
                        problem=f"district {district!r} matches several units in {prov}: {names}",
                        province=prov,
                    )
                return Match(unit_ids=hits, province=prov, note=self._notes.get((prov, key)))
            # within a province, a key that differs only in the first vowel or a final
            # vowel (Zheray/Zhari, Kijran/Kajran, Sholgar/Sholgara) names the one district
            # that has it; no two districts of a province share a near key
            near = sorted(
                u for u in self._near.get(near_key(key), ()) if self.district_names[u][1] == prov
            )
            if len(near) == 1:
                return Match(
                    unit_ids=near,
                    province=prov,
                    read_as=f"{district!r} read as {self.district_names[near[0]][0]} "
                    f"({prov}): the names differ only in a first or last vowel",
                )
            pool = [n for n, p in self.district_names.values() if p == prov]
            elsewhere = sorted(self._by_key.get(key, ()))
            if elsewhere:
                where = sorted({self.district_names[h][1] for h in elsewhere})
                # the province's own near names first (Behsud in Wardak: Markazi Bihsud)
                return Match(
                    problem=f"district {district!r} is not in {prov}; a district of "
                    f"that name is in {', '.join(where)}",
                    province=prov,
                    suggestions=_suggest(district, pool, limit=2)
                    + [self.label(h) for h in elsewhere],
                )
            return Match(
                problem=f"unknown district {district!r} in {prov}",
                province=prov,
                suggestions=_suggest(district, pool),
            )
        hits = sorted(self._by_key.get(key, ()))
        if hits:
            homes = {self.district_names[h][1] for h in hits}
            near = sorted(
                u
                for u in self._near.get(near_key(key), ())
                if self.district_names[u][1] not in homes
            )
            if len(hits) == 1 and not near:
                home = self.district_names[hits[0]][1]
                return Match(unit_ids=hits, province=home, note=self._notes.get((home, key)))
            hits = hits + near
        if len(hits) > 1:
            where = [self.label(h) for h in hits]
            return Match(
                problem=f"district name {district!r} is ambiguous without a province: "
                f"{', '.join(where)}",
                suggestions=where,
            )
        pool = [f"{n} ({p})" for n, p in self.district_names.values()]
        return Match(problem=f"unknown district {district!r}", suggestions=_suggest(district, pool))


def _suggest(text: str, pool: list[str], *, limit: int = 3) -> list[str]:
    if not text or not pool:
        return []
    from rapidfuzz import fuzz, process  # only for a name not found (~0.015 s to import)

    folded: dict[str, str] = {}
    for p in pool:
        folded.setdefault(fold(p), p)
    found = process.extract(
        fold(text), list(folded), scorer=fuzz.WRatio, limit=limit, score_cutoff=60
    )
    return [folded[k] for k, _score, _i in found]
