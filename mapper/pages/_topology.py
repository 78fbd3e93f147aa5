"""Polygons as a topology: each shared border stored once, coordinates quantized.

The same idea as TopoJSON: rings are cut at junctions (points where more than two units
meet, or where a shared border ends) into *arcs*; a border between two units is one arc,
referenced by both (by the second in reverse, as ``~index``). Coordinates are integers on a
fixed grid, delta-encoded and written as zigzag varints in base64, which is ~4x smaller than
GeoJSON for the same polygons. The page decodes it once (see ``_timeline_js.py``).

The input must be a coverage whose shared borders have identical vertices, which is what
:func:`mapper.render.draw_geometry` produces (``coverage_simplify`` + ``set_precision``).
"""

from __future__ import annotations

import base64
import itertools
from dataclasses import dataclass

import numpy as np
import shapely


@dataclass(frozen=True)
class Topology:
    """Arcs (integer grid coordinates) and, per geometry, polygons -> rings -> arc refs."""

    origin: tuple[float, float]
    step: float
    arcs: list[np.ndarray]
    shapes: list[list[list[list[int]]]]

    def arc_owners(self) -> list[list[int]]:
        """For each arc, the geometries whose rings use it."""
        owners: list[list[int]] = [[] for _ in self.arcs]
        for g, polys in enumerate(self.shapes):
            for rings in polys:
                for ring in rings:
                    for ref in ring:
                        owners[ref if ref >= 0 else ~ref].append(g)
        return owners


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


def build_topology(geoms: np.ndarray, *, step: float) -> Topology:
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


def varint(values: np.ndarray) -> bytes:
    """Unsigned LEB128 varints of non-negative integers (7 bits per byte)."""
    v = np.asarray(values, dtype=np.uint64)
    if len(v) == 0:
        return b""
    n = np.ones(len(v), dtype=np.int64)
    for b in range(1, 10):
        n += v >= np.uint64(1) << np.uint64(7 * b)
    starts = np.cumsum(n) - n
    out = np.zeros(int(n.sum()), dtype=np.uint8)
    for b in range(int(n.max())):
        m = n > b
        byte = (v[m] >> np.uint64(7 * b)) & np.uint64(0x7F)
        cont = (n[m] > b + 1).astype(np.uint64) << np.uint64(7)
        out[starts[m] + b] = (byte | cont).astype(np.uint8)
    return out.tobytes()


def zigzag(values: np.ndarray | list[int]) -> np.ndarray:
    """Signed -> unsigned so small magnitudes stay small: 0,-1,1,-2 -> 0,1,2,3."""
    v = np.asarray(values, dtype=np.int64)
    return np.where(v >= 0, 2 * v, -2 * v - 1).astype(np.uint64)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def encode_arcs(topo: Topology) -> str:
    """Per arc: point count, then zigzag deltas from the previous point (across arcs)."""
    parts: list[np.ndarray] = []
    last = np.zeros(2, dtype=np.int64)
    for a in topo.arcs:
        d = np.diff(np.vstack([last, a]), axis=0)
        last = a[-1]
        parts.append(np.array([len(a)], dtype=np.uint64))
        parts.append(zigzag(d.ravel()))
    return b64(varint(np.concatenate(parts))) if parts else ""


def encode_shapes(topo: Topology) -> str:
    """Per geometry: polygons, per polygon: rings, per ring: arcs, then zigzag arc refs."""
    vals: list[int] = []
    for polys in topo.shapes:
        vals.append(len(polys))
        for rings in polys:
            vals.append(len(rings))
            for ring in rings:
                vals.append(len(ring))
                vals.extend(2 * r if r >= 0 else -2 * r - 1 for r in ring)
    return b64(varint(np.array(vals, dtype=np.uint64)))


def decode_ring(topo: Topology, ring: list[int]) -> np.ndarray:
    """Grid coordinates of one ring from its arc refs (for tests and checks)."""
    pts: list[np.ndarray] = []
    for ref in ring:
        a = topo.arcs[ref] if ref >= 0 else topo.arcs[~ref][::-1]
        pts.append(a if not pts else a[1:])
    return np.vstack(pts)
