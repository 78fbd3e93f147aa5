"""The per-ring topology builder that the vectorised one replaced (for tests only).

``mapper.pages._topology.build_topology`` must give the same arcs, in the same order, and
the same shapes as this loop over rings did.
"""

from __future__ import annotations

import itertools

import numpy as np
import shapely

from mapper.pages._topology import Topology


def _rings(geom: shapely.Geometry) -> list[list[np.ndarray]]:
    polys = shapely.get_parts(geom) if geom is not None and not geom.is_empty else []
    out = []
    for p in polys:
        if p.geom_type != "Polygon" or p.is_empty:
            continue
        rings = [np.asarray(p.exterior.coords)[:-1]]
        rings += [np.asarray(r.coords)[:-1] for r in p.interiors]
        out.append(rings)
    return out


def build_topology_reference(geoms: np.ndarray, *, step: float) -> Topology:
    """Topology of ``geoms`` (EPSG:4326 polygons) on a grid of ``step`` degrees."""
    bounds = shapely.total_bounds(geoms)
    origin = (float(np.floor(bounds[0] / step) * step), float(np.floor(bounds[1] / step) * step))
    raw: list[list[list[np.ndarray]]] = []
    flat: list[np.ndarray] = []
    for g in geoms:
        polys = []
        for rings in _rings(g):
            qrings = []
            for r in rings:
                q = np.round((r - origin) / step).astype(np.int64)
                keep = np.any(q != np.roll(q, 1, axis=0), axis=1)  # drop repeats
                q = q[keep]
                if len(q) >= 3:
                    qrings.append(q)
                    flat.append(q)
            if qrings:
                polys.append(qrings)
        raw.append(polys)
    # a point is a junction when its neighbours differ between the rings passing through it
    keys = [r[:, 0] * (1 << 32) + r[:, 1] for r in flat]
    allk = np.concatenate(keys) if keys else np.zeros(0, np.int64)
    prev = np.concatenate([np.roll(k, 1) for k in keys]) if keys else allk
    nxt = np.concatenate([np.roll(k, -1) for k in keys]) if keys else allk
    lo, hi = np.minimum(prev, nxt), np.maximum(prev, nxt)
    trip = np.unique(np.stack([allk, lo, hi], axis=1), axis=0)
    pts, counts = np.unique(trip[:, 0], return_counts=True)
    junction = pts[counts > 1]
    is_junction = np.isin(allk, junction)
    offsets = np.cumsum([0, *(len(k) for k in keys)])
    arcs: list[np.ndarray] = []
    index: dict[bytes, int] = {}

    def ref_of(a: np.ndarray) -> int:
        fwd = a.tobytes()
        if fwd in index:
            return index[fwd]
        rev = a[::-1].tobytes()
        if rev in index:
            return ~index[rev]
        index[fwd] = len(arcs)
        arcs.append(a)
        return index[fwd]

    shapes: list[list[list[list[int]]]] = []
    i = 0
    for polys in raw:
        out_polys = []
        for rings in polys:
            out_rings = []
            for q in rings:
                k = keys[i]
                cuts = np.flatnonzero(is_junction[offsets[i] : offsets[i + 1]])
                i += 1
                if len(cuts) == 0:
                    # a ring touching no other ring: one closed arc, started at its
                    # smallest point and turned one fixed way, so a hole and the island
                    # filling it share one arc
                    start = int(np.argmin(k))
                    r = np.roll(q, -start, axis=0)
                    rk = np.roll(k, -start)
                    flipped = rk[1] > rk[-1]
                    if flipped:
                        r = np.concatenate([r[:1], r[1:][::-1]])
                    ref = ref_of(np.concatenate([r, r[:1]]))
                    out_rings.append([~ref if flipped else ref])
                    continue
                r = np.roll(q, -int(cuts[0]), axis=0)
                r = np.concatenate([r, r[:1]])
                pos = [*(cuts - cuts[0]).tolist(), len(q)]
                out_rings.append([ref_of(r[a : b + 1]) for a, b in itertools.pairwise(pos)])
            out_polys.append(out_rings)
        shapes.append(out_polys)
    return Topology(origin=origin, step=step, arcs=arcs, shapes=shapes)
