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


def _closed_arc(q: np.ndarray, k: np.ndarray) -> tuple[np.ndarray, bool]:
    """A ring touching no other ring as one closed arc, started at its smallest point and
    turned one fixed way, so a hole and the island filling it share one arc."""
    start = int(np.argmin(k))
    r = np.roll(q, -start, axis=0)
    rk = np.roll(k, -start)
    flipped = bool(rk[1] > rk[-1])
    if flipped:
        r = np.concatenate([r[:1], r[1:][::-1]])
    return np.concatenate([r, r[:1]]), flipped


def build_topology(geoms: np.ndarray, *, step: float) -> Topology:
    """Topology of ``geoms`` (EPSG:4326 polygons) on a grid of ``step`` degrees.

    Vectorised over all rings at once (quantizing, dropping repeated points, finding
    junctions and cutting rings into arcs); only the de-duplication of arcs is a loop.
    """
    geoms = np.asarray(geoms, dtype=object)
    bounds = shapely.total_bounds(geoms)
    origin = (float(np.floor(bounds[0] / step) * step), float(np.floor(bounds[1] / step) * step))
    # every non-empty polygon of every geometry, its rings (exterior first), their points
    parts, part_geom = shapely.get_parts(geoms, return_index=True)
    ok = (shapely.get_type_id(parts) == 3) & ~shapely.is_empty(parts)
    parts, part_geom = parts[ok], part_geom[ok]
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    coords, pt_ring = shapely.get_coordinates(rings, return_index=True)
    n = np.bincount(pt_ring, minlength=len(rings))
    first = np.cumsum(n) - n
    closing = np.zeros(len(coords), dtype=bool)
    closing[(first + n - 1)[n > 0]] = True  # the repeated first point
    coords, pt_ring = coords[~closing], pt_ring[~closing]
    q = np.round((coords - origin) / step).astype(np.int64)

    def cyclic(pt_ring: np.ndarray, n_rings: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        n = np.bincount(pt_ring, minlength=n_rings)
        first = np.cumsum(n) - n
        i = np.arange(len(pt_ring))
        s, m = first[pt_ring], n[pt_ring]
        return n, np.where(i == s, s + m - 1, i - 1), np.where(i == s + m - 1, s, i + 1)

    _, prev, _ = cyclic(pt_ring, len(rings))
    keep = np.any(q != q[prev], axis=1)  # drop repeats
    q, pt_ring = q[keep], pt_ring[keep]
    n = np.bincount(pt_ring, minlength=len(rings))
    ring_ok = n >= 3
    keep = ring_ok[pt_ring]
    q, pt_ring = q[keep], pt_ring[keep]
    kept = np.flatnonzero(ring_ok)  # kept ring -> ring
    renum = np.cumsum(ring_ok) - 1
    pt_ring = renum[pt_ring]
    n_kept = len(kept)
    n, prev, nxt = cyclic(pt_ring, n_kept)
    first = np.cumsum(n) - n
    # a point is a junction when its neighbours differ between the rings passing through it
    allk = q[:, 0] * (1 << 32) + q[:, 1]
    lo = np.minimum(allk[prev], allk[nxt])
    hi = np.maximum(allk[prev], allk[nxt])
    o = np.lexsort((hi, lo, allk))
    a, lo, hi = allk[o], lo[o], hi[o]
    distinct = np.r_[True, (a[1:] != a[:-1]) | (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])]
    a = a[distinct]  # one row per distinct (point, neighbour pair), sorted by point
    is_junction = np.isin(allk, a[1:][a[1:] == a[:-1]])
    # arcs: from each junction to the next one of its ring (the last wraps to the first)
    jpos = np.flatnonzero(is_junction)
    jring = pt_ring[jpos]
    loc = jpos - first[jring]
    same = np.r_[jring[1:] == jring[:-1], False]
    ring_first_j = np.full(n_kept, -1, dtype=np.int64)
    ring_first_j[jring[::-1]] = loc[::-1]
    n_j = np.bincount(jring, minlength=n_kept)
    end = np.where(same, np.r_[loc[1:], 0], ring_first_j[jring] + n[jring])
    length = end - loc + 1
    offs = np.cumsum(length) - length
    step_in = np.arange(int(length.sum())) - np.repeat(offs, length)
    ring_n = np.repeat(n[jring], length)
    idx = np.repeat(first[jring], length) + (np.repeat(loc, length) + step_in) % ring_n
    arc_pts = q[idx]
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

    ring_refs: list[list[int]] = []
    c = 0
    offs_l, length_l, n_j_l = offs.tolist(), length.tolist(), n_j.tolist()
    for k in range(n_kept):
        if n_j_l[k] == 0:
            s, e = int(first[k]), int(first[k] + n[k])
            arc, flipped = _closed_arc(q[s:e], allk[s:e])
            ref = ref_of(arc)
            ring_refs.append([~ref if flipped else ref])
            continue
        refs = []
        for _ in range(n_j_l[k]):
            o = offs_l[c]
            refs.append(ref_of(arc_pts[o : o + length_l[c]]))
            c += 1
        ring_refs.append(refs)
    # back to geometries -> polygons -> rings
    shapes: list[list[list[list[int]]]] = [[] for _ in range(len(geoms))]
    last_part = -1
    for k, r in enumerate(kept.tolist()):
        part = int(ring_part[r])
        if part != last_part:
            shapes[int(part_geom[part])].append([])
            last_part = part
        shapes[int(part_geom[part])][-1].append(ring_refs[k])
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
    if not topo.arcs:
        return ""
    lens = np.array([len(a) for a in topo.arcs], dtype=np.int64)
    pts = np.concatenate(topo.arcs)
    deltas = zigzag(np.diff(pts, axis=0, prepend=np.zeros((1, 2), dtype=np.int64)).ravel())
    out = np.empty(len(lens) + len(deltas), dtype=np.uint64)
    at = np.arange(len(lens)) + 2 * (np.cumsum(lens) - lens)  # where each count goes
    out[at] = lens.astype(np.uint64)
    mask = np.ones(len(out), dtype=bool)
    mask[at] = False
    out[mask] = deltas
    return b64(varint(out))


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
