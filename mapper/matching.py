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

from rapidfuzz import fuzz, process

from .errors import MatchError, Problem

_BRACKETS = re.compile(r"[\(\[\{]([^\)\]\}]*)[\)\]\}]")
_NON_ALNUM = re.compile(r"[^0-9a-z\u0600-\u06ff]+")
_CONNECTORS = {"e", "i", "y", "ye", "yi", "al"}


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

    Examples
    --------
    >>> fold("Hirat") == fold("Herat"), fold("Mazar-e Sharif") == fold("Mazari Sharif")
    (True, True)
    >>> fold("Acheen") == fold("Achin"), fold("Nimroz") == fold("Nimruz")
    (True, True)
    """
    tokens = [t for t in normalize(name).split() if t not in _CONNECTORS]
    out = []
    for i, tok in enumerate(tokens):
        tok = tok.replace("ee", "i").replace("e", "i").replace("o", "u").replace("y", "i")
        tok = tok.replace("q", "k").replace("w", "w")
        # ezafe written into the first word: "Mazari Sharif", "Puli Khumri", "Dashte Archi"
        if i < len(tokens) - 1 and len(tok) > 3 and tok.endswith("i"):
            tok = tok[:-1]
        out.append(tok)
    compact = "".join(out)
    return re.sub(r"(.)\1+", r"\1", compact)


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


def read_province_table() -> list[dict[str, str]]:
    """The 34 Afghan provinces: ISO 3166-2 code, OCHA pcode, common name, aliases."""
    text = resources.files("mapper").joinpath("data/afg_provinces.csv").read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@dataclass
class Match:
    """Outcome of resolving one (province, district) pair."""

    unit_ids: list[str] = field(default_factory=list)
    province: str | None = None
    problem: str | None = None
    suggestions: list[str] = field(default_factory=list)


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
    """

    def __init__(
        self,
        districts: dict[str, tuple[str, str]],
        provinces: dict[str, list[str]],
        *,
        aliases: Sequence[Alias] = (),
    ) -> None:  # type: ignore[assignment]
        self.province_names = sorted(provinces)
        self._province_by_key: dict[str, str] = {}
        for prov, spellings in provinces.items():
            for spelling in [prov, *spellings]:
                for key in name_keys(spelling):
                    self._province_by_key.setdefault(key, prov)
        self.district_names: dict[str, tuple[str, str]] = dict(districts)
        self._by_prov_key: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._by_key: dict[str, set[str]] = defaultdict(set)
        for uid, (name, prov) in districts.items():
            for key in name_keys(name):
                self._by_prov_key[(prov, key)].add(uid)
                self._by_key[key].add(uid)
        for a in aliases:
            self._add_alias(a)

    def _add_alias(self, a: Alias) -> None:
        if a.level == "province":
            target = self._province_by_key.get(fold(a.canonical))
            if target is not None:
                self._province_by_key[fold(a.alias)] = target
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
        for uid in targets:
            self._by_prov_key[(self.district_names[uid][1], key)].add(uid)
            self._by_key[key].add(uid)

    def label(self, unit_id: str) -> str:
        """``"Name (Province)"`` for a district id."""
        name, prov = self.district_names[unit_id]
        return f"{name} ({prov})"

    def resolve_province(self, text: str) -> str | None:
        """Canonical province name for ``text``, or ``None``."""
        return self._province_by_key.get(fold(text)) if text and text.strip() else None

    def suggest_province(self, text: str, *, limit: int = 3) -> list[str]:
        """Closest province names to ``text``."""
        return _suggest(text, self.province_names, limit=limit)

    def match(self, province: str, district: str) -> Match:
        """Resolve one ledger row's names. ``district`` empty means the whole province."""
        province = (province or "").strip()
        district = (district or "").strip()
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
                return Match(unit_ids=hits, province=prov)
            elsewhere = sorted(self._by_key.get(key, ()))
            if elsewhere:
                where = sorted({self.district_names[h][1] for h in elsewhere})
                return Match(
                    problem=f"district {district!r} is not in {prov}; a district of "
                    f"that name is in {', '.join(where)}",
                    province=prov,
                    suggestions=[self.label(h) for h in elsewhere],
                )
            pool = [n for n, p in self.district_names.values() if p == prov]
            return Match(
                problem=f"unknown district {district!r} in {prov}",
                province=prov,
                suggestions=_suggest(district, pool),
            )
        hits = sorted(self._by_key.get(key, ()))
        if len(hits) == 1:
            return Match(unit_ids=hits, province=self.district_names[hits[0]][1])
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
    folded = {fold(p): p for p in pool}
    found = process.extract(
        fold(text), list(folded), scorer=fuzz.WRatio, limit=limit, score_cutoff=60
    )
    return [folded[k] for k, _score, _i in found]
