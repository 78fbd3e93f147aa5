"""Moved to :mod:`mapper.pages.plot`; this import path keeps working."""

from .pages.plot import (
    HATCH,
    HATCH_COLOUR,
    figure_bytes,
    plot_state,
    save_static,
)

__all__ = [
    "HATCH",
    "HATCH_COLOUR",
    "figure_bytes",
    "plot_state",
    "save_static",
]
