"""Topology checks of a boundary set: overlaps (never counted twice), gaps, names.

Overlaps are measured pairwise in :data:`mapper.settings.EQUAL_AREA_CRS`. A set whose
overlapping area exceeds :data:`OVERLAP_TOLERANCE` of its area is refused with the pairs
named, unless ``overlaps="clip"`` is asked for. Any overlap that is kept (below the
tolerance, or under ``clip``) is resolved by one documented rule, so that no square
kilometre is in two units and no denominator counts it twice:

    **the smaller unit keeps the overlapping part; it is cut from the larger one**
    (equal areas: the unit listed first in the file keeps it).

Smaller-keeps suits the common cases: a city polygon duplicated inside its district
becomes an enclave of the district, and a sliver along a shared border goes to one side.

Gaps are the holes of the union of all units: land enclosed by the set that no unit
covers. They are measured and reported, never filled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import pandas as pd

from .._lazy import LazyModule
from ..errors import BoundaryError, Problem, ValidationError

if TYPE_CHECKING:
    import shapely
else:
    shapely = LazyModule("shapely")

#: Overlapping area, as a share of the set's area, above which a set is refused unless
#: ``overlaps="clip"`` is given. Below it overlaps are clipped by the rule above.
OVERLAP_TOLERANCE = 0.001

#: Overlaps smaller than this (km²) are floating-point noise along shared borders.
NOISE_KM2 = 1e-6

OverlapMode = Literal["refuse", "clip"]
OVERLAP_MODES: tuple[str, ...] = ("refuse", "clip")


@dataclass
class Quality:
    """What the checks found, kept with the unit set (``mapper boundaries info``)."""

    overlap_km2: float = 0.0
    overlap_pairs: int = 0
    overlap_share: float = 0.0
    clipped_units: int = 0
    overlap_rule: str = "smaller unit keeps the overlap"
    gap_km2: float = 0.0
    gaps: int = 0
    largest_gap_km2: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quality:
        known = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def overlap_pairs(ea_geoms: np.ndarray) -> pd.DataFrame:
    """Pairs of units (positions ``a < b``) whose interiors overlap, with the area in km²."""
    tree = shapely.STRtree(ea_geoms)
    a, b = tree.query(ea_geoms, predicate="intersects")
    keep = a < b
    a, b = a[keep], b[keep]
    if len(a) == 0:
        return pd.DataFrame({"a": [], "b": [], "km2": []}).astype({"a": int, "b": int})
    km2 = shapely.area(shapely.intersection(ea_geoms[a], ea_geoms[b])) / 1e6
    frame = pd.DataFrame({"a": a, "b": b, "km2": km2})
    return frame[frame["km2"] > NOISE_KM2].reset_index(drop=True)


def resolve_overlaps(
    ea_geoms: np.ndarray,
    geoms: np.ndarray,
    labels: list[str],
    *,
    source: str,
    mode: OverlapMode = "refuse",
    tolerance: float = OVERLAP_TOLERANCE,
) -> tuple[np.ndarray, Quality]:
    """Measure overlaps and return ``geoms`` changed so that no two units overlap.

    Parameters
    ----------
    ea_geoms
        Unit polygons in the equal-area CRS, in file order (to measure).
    geoms
        The same polygons in their drawing CRS (to clip: a border cut there is the
        same line for both units, with no sliver from reprojecting back).
    labels
        A name per unit for messages (``"Kohsan (Herat), row 12"``).
    source
        The file or set the units come from, for messages.
    mode
        ``"refuse"``: above ``tolerance`` raise naming the pairs; ``"clip"``: always clip.

    Raises
    ------
    ValidationError
        Overlap above the tolerance under ``refuse``, or a unit that clipping would erase.
    """
    if mode not in OVERLAP_MODES:
        raise BoundaryError(f"--overlaps {mode!r} is not valid; valid: {list(OVERLAP_MODES)}")
    q = Quality()
    pairs = overlap_pairs(ea_geoms)
    total = float(shapely.area(ea_geoms).sum() / 1e6)
    if pairs.empty:
        return geoms, q
    q.overlap_km2 = float(pairs["km2"].sum())
    q.overlap_pairs = len(pairs)
    q.overlap_share = q.overlap_km2 / total if total else 0.0
    ranked = pairs.sort_values("km2", ascending=False)
    if mode == "refuse" and q.overlap_share > tolerance:
        problems = [
            Problem(
                source,
                None,
                "geometry",
                None,
                f"{labels[a]} and {labels[b]} overlap by {km2:,.3f} km²",
            )
            for a, b, km2 in zip(
                ranked["a"].tolist(), ranked["b"].tolist(), ranked["km2"].tolist(), strict=True
            )
        ]
        raise ValidationError(
            problems,
            summary=(
                f"{source}: units overlap by {q.overlap_km2:,.1f} km² in {len(pairs)} pair(s), "
                f"{q.overlap_share:.3%} of the set's {total:,.0f} km² (tolerance "
                f"{tolerance:.1%}); a denominator would count that area twice. Fix the file, "
                "or pass --overlaps clip to give each overlap to the smaller unit"
            ),
        )
    areas = shapely.area(ea_geoms)
    # rank: smaller first, file order breaking ties; the better-ranked unit keeps the overlap
    rank = np.empty(len(areas), dtype=np.int64)
    rank[np.lexsort((np.arange(len(areas)), areas))] = np.arange(len(areas))
    losers: dict[int, list[int]] = {}
    for a, b in zip(pairs["a"].to_numpy(), pairs["b"].to_numpy(), strict=True):
        keep, lose = (a, b) if rank[a] < rank[b] else (b, a)
        losers.setdefault(int(lose), []).append(int(keep))
    out = geoms.copy()
    erased: list[Problem] = []
    for lose, keepers in sorted(losers.items()):
        cut = shapely.difference(out[lose], shapely.union_all(geoms[keepers]))
        cut = shapely.make_valid(cut) if not shapely.is_valid(cut) else cut
        parts = [p for p in shapely.get_parts(cut) if p.geom_type in ("Polygon", "MultiPolygon")]
        cut = shapely.union_all(parts) if parts else shapely.Polygon()
        if cut.is_empty or cut.area <= 0:
            erased.append(
                Problem(
                    source,
                    None,
                    "geometry",
                    None,
                    f"{labels[lose]} lies entirely inside "
                    f"{', '.join(labels[k] for k in keepers)}; clipping would leave it no area",
                )
            )
            continue
        out[lose] = cut
    if erased:
        raise ValidationError(erased, summary=f"{source}: overlaps cannot be clipped")
    q.clipped_units = len(losers)
    head = ranked.head(5)
    top = ", ".join(
        f"{labels[a]} / {labels[b]} {km2:,.3f} km²"
        for a, b, km2 in zip(
            head["a"].tolist(), head["b"].tolist(), head["km2"].tolist(), strict=True
        )
    )
    q.warnings.append(
        f"{len(pairs)} overlapping pair(s), {q.overlap_km2:,.3f} km² "
        f"({q.overlap_share:.4%}); each overlap given to the smaller unit ({top})"
    )
    return out, q


def measure_gaps(ea_geoms: np.ndarray, q: Quality) -> Quality:
    """Holes in the union of the units (enclosed, covered by none), into ``q``."""
    union = shapely.union_all(ea_geoms)
    holes = [
        shapely.Polygon(ring)
        for poly in shapely.get_parts(union)
        if poly.geom_type == "Polygon"
        for ring in poly.interiors
    ]
    areas = np.asarray([h.area for h in holes], dtype=float) / 1e6
    q.gaps = len(areas)
    q.gap_km2 = float(areas.sum()) if len(areas) else 0.0
    q.largest_gap_km2 = float(areas.max()) if len(areas) else 0.0
    return q


def check_names(
    source: str,
    names: pd.Series,
    parents: pd.Series | None,
    *,
    name_column: str,
    ids: pd.Series | None,
    id_column: str | None,
) -> tuple[pd.Series, list[str]]:
    """Refuse null names and same-name units nothing tells apart; return usable names.

    A null name is refused unless the set has an id column, in which case the unit is
    named by its id (``"[unnamed AFG-123]"``) and a warning says so. Two units with the
    same name under the same parent (or, in a one-level set, anywhere) are refused unless
    an id column tells them apart; the ledger must then name them by parent, and a name
    shared by two units of one parent is reported as ambiguous, listing both.
    """
    out = names.astype(str).tolist()
    warns: list[str] = []
    problems: list[Problem] = []
    empty = np.array([n == "" for n in out], dtype=bool)
    for i in np.flatnonzero(empty):
        if ids is not None:
            out[i] = f"[unnamed {ids.iloc[i]}]"
        else:
            problems.append(
                Problem(
                    source,
                    int(i) + 1,
                    name_column,
                    None,
                    "null or empty unit name; give every unit a name, or an id column "
                    "(--id-column) so it can be shown by its id",
                )
            )
    if empty.any() and ids is not None:
        warns.append(f"{int(empty.sum())} unit(s) without a name are shown by their {id_column}")
    key = pd.DataFrame(
        {
            "p": parents.astype(str).to_numpy() if parents is not None else "",
            "n": [n.casefold() for n in out],
        }
    )
    dup = key.duplicated(keep=False).to_numpy() & ~empty
    if dup.any():
        by_key: dict[tuple[str, str], list[int]] = {}
        pk, nk = key["p"].tolist(), key["n"].tolist()
        for j in np.flatnonzero(dup).tolist():
            by_key.setdefault((str(pk[j]), str(nk[j])), []).append(j)
        told_apart: list[str] = []
        for (p, _n), idx in sorted(by_key.items()):
            rows = [i + 1 for i in idx]
            shown = out[idx[0]]
            where = f" in {p}" if p else ""
            if ids is not None:
                told_apart.append(f"{shown!r}{where} (rows {rows})")
                continue
            fix = (
                "give an id column (--id-column) so each is a distinct unit"
                if parents is not None
                else "give a parent (--parent-column or --parent-file) that tells them apart, "
                "or an id column (--id-column)"
            )
            problems.append(
                Problem(
                    source,
                    rows[0],
                    name_column,
                    shown,
                    f"{len(rows)} units share this name{where} (rows {rows}); {fix}",
                )
            )
        if told_apart:
            warns.append(
                f"{len(told_apart)} name(s) are shared by units of the same parent, told apart "
                f"only by {id_column}: {'; '.join(told_apart)}. A ledger row naming one of "
                "them is refused as ambiguous"
            )
    if problems:
        raise ValidationError(problems, summary=f"{source}: unit names do not identify units")
    return pd.Series(out, index=names.index, name=names.name), warns
