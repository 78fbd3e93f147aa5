"""Shared-border topology and its encoding."""

from __future__ import annotations

import base64

import numpy as np
import shapely
from shapely.geometry import box

from mapper._topology import (
    build_topology,
    decode_ring,
    encode_arcs,
    varint,
    zigzag,
)
from mapper.boundaries import UnitSet
from mapper.render import draw_geometry


def _read_varints(data: bytes) -> list[int]:
    out, v, shift = [], 0, 0
    for b in data:
        v |= (b & 127) << shift
        shift += 7
        if not b & 128:
            out.append(v)
            v, shift = 0, 0
    return out


def test_varint_and_zigzag_round_trip() -> None:
    values = [0, 1, 127, 128, 300, 16383, 16384, 2**35 + 5]
    assert _read_varints(varint(np.array(values))) == values
    assert zigzag([0, -1, 1, -2, 2]).tolist() == [0, 1, 2, 3, 4]


def test_two_squares_share_one_arc() -> None:
    geoms = np.array([box(0, 0, 1, 1), box(1, 0, 2, 1)])
    topo = build_topology(geoms, step=0.5)
    # the shared edge x=1 is one arc used by both squares, once reversed
    refs = [r for polys in topo.shapes for rings in polys for ring in rings for r in ring]
    shared = [i for i, owners in enumerate(topo.arc_owners()) if len(owners) == 2]
    assert len(shared) == 1
    assert shared[0] in refs and ~shared[0] in refs
    for g, polys in zip(geoms, topo.shapes, strict=True):
        ring = decode_ring(topo, polys[0][0]) * topo.step + np.array(topo.origin)
        assert shapely.Polygon(ring).equals(g)


def test_hole_and_island_share_one_closed_arc() -> None:
    outer = shapely.Polygon([(0, 0), (4, 0), (4, 4), (0, 4)], [[(1, 1), (1, 3), (3, 3), (3, 1)]])
    topo = build_topology(np.array([outer, box(1, 1, 3, 3)]), step=1.0)
    assert len(topo.arcs) == 2  # the outer ring, and the hole = the island's ring


def test_real_districts_round_trip_with_borders_once(districts: UnitSet) -> None:
    geoms = draw_geometry(districts.units.geometry, tolerance=0.002)
    topo = build_topology(geoms, step=1e-4)
    total = int(shapely.get_num_coordinates(geoms).sum())
    stored = sum(len(a) for a in topo.arcs)
    assert stored < 0.6 * total  # shared borders stored once
    owners = topo.arc_owners()
    assert max(len(o) for o in owners) == 2
    for g, polys in zip(geoms, topo.shapes, strict=True):
        rebuilt = shapely.MultiPolygon(
            [
                shapely.Polygon(
                    *(lambda rs: (rs[0], rs[1:]))(
                        [decode_ring(topo, r) * topo.step + np.array(topo.origin) for r in rings]
                    )
                )
                for rings in polys
            ]
        )
        assert shapely.symmetric_difference(rebuilt, g).area < 1e-9
    assert len(base64.b64decode(encode_arcs(topo))) < 3 * stored


def test_url_check_per_host_matches_the_full_check() -> None:
    """The pages decide "is this an http(s) link" once per scheme and host; same answers."""
    from mapper.claims import is_http_url
    from mapper.pages.timeline import _is_http_url

    cases = [
        "http://a",
        "https://a.b/c?d#e",
        " http://x ",
        "http:/\t/host/p",
        "javascript:alert(1)",
        "HTTP://X",
        "http://[::1/x",
        "http://[::1]/x",
        "https:///path",
        "ftp://x",
        "http:",
        "//x/y",
        "http://a\u2100b/",
        "\x01http://a",
        "data:text/html,<b>",
        "https://ex.org#frag/x",
        "https://ex.org?q=//y",
    ]
    for url in cases:
        assert _is_http_url(url) == is_http_url(url), url


def _same(a: object, b: object) -> None:
    assert a.origin == b.origin and a.step == b.step  # type: ignore[attr-defined]
    assert a.shapes == b.shapes  # type: ignore[attr-defined]
    arcs_a, arcs_b = a.arcs, b.arcs  # type: ignore[attr-defined]
    assert len(arcs_a) == len(arcs_b)
    assert all(np.array_equal(x, y) for x, y in zip(arcs_a, arcs_b, strict=True))


def test_vectorised_topology_equals_the_per_ring_builder(districts: UnitSet) -> None:
    """Same arcs (order included), shapes and encoding as the loop it replaced, on the real
    districts, holes with islands, a unit touching nothing, empty and repeated points."""
    from tests._reference_topology import build_topology_reference

    step = 1e-4
    geoms = draw_geometry(districts.units.geometry, tolerance=0.003)
    _same(build_topology(geoms, step=step), build_topology_reference(geoms, step=step))
    ring = box(0, 0, 4, 4).exterior.coords
    odd = np.array(
        [
            shapely.Polygon(ring, [box(1, 1, 2, 2).exterior.coords]),
            box(1, 1, 2, 2),
            box(10, 10, 11, 11),
            None,
            shapely.Polygon([(4, 0), (5, 0), (5, 0), (5, 1), (4, 1)]),
            shapely.MultiPolygon([box(20, 0, 21, 1), box(21, 0, 22, 1)]),
        ],
        dtype=object,
    )
    new, ref = build_topology(odd, step=0.5), build_topology_reference(odd, step=0.5)
    _same(new, ref)
    assert encode_arcs(new) == encode_arcs(ref)
