"""Moved to :mod:`mapper.pages._topology`; this import path keeps working."""

from .pages._topology import (
    Topology,
    b64,
    build_topology,
    decode_ring,
    encode_arcs,
    encode_shapes,
    varint,
    zigzag,
)

__all__ = [
    "Topology",
    "b64",
    "build_topology",
    "decode_ring",
    "encode_arcs",
    "encode_shapes",
    "varint",
    "zigzag",
]
