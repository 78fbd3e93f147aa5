"""The pages' JavaScript and CSS: real files in ``static/``, read once and inlined at build."""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def asset(name: str) -> str:
    """The text of ``mapper/pages/static/<name>`` (a ``.js`` or ``.css`` file)."""
    text = resources.files(__package__).joinpath("static", name).read_text("utf-8")
    # inlined into <script>/<style>: an end tag inside would close the element early
    if "</script" in text.lower() or "</style" in text.lower():
        raise ValueError(f"static/{name} contains an end tag; it cannot be inlined")
    return text


def css(*names: str) -> str:
    """Several stylesheets, concatenated in order."""
    return "\n".join(asset(n) for n in names)


def js(*names: str) -> str:
    """Several scripts, concatenated in order."""
    return "\n".join(asset(n) for n in names)
