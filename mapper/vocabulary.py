"""Status vocabulary: which statuses a ledger may use, their colours, and what they mean.

The default fits the 2021 Afghan war (Taliban / government). Other conflicts load their own
vocabulary from a TOML or JSON file (``--statuses FILE``)::

    [[status]]
    key = "rebels"
    label = "Rebel control"
    colour = "#D55E00"
    kind = "side"              # side | contested | unconfirmed | unknown | disputed
    aliases = ["rebel controlled"]

Colours are fixed per status (Okabe-Ito, colour-blind safe) so maps of different dates
and reports are comparable.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .errors import Problem, ValidationError
from .matching import normalize

Kind = Literal["side", "contested", "unconfirmed", "unknown", "disputed"]
_KINDS = ("side", "contested", "unconfirmed", "unknown", "disputed")
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")

#: Statuses that need an actor to say whose control they mean.
GENERIC_CONTROL = (
    "controlled",
    "control",
    "captured",
    "seized",
    "taken",
    "retaken",
    "recaptured",
    "held",
)


@dataclass(frozen=True)
class Status:
    """One status: its key in ledgers, label in legends, fixed colour and meaning."""

    key: str
    label: str
    colour: str
    kind: Kind
    hatch: bool = False
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vocabulary:
    """An ordered set of statuses (legend order). Exactly one has kind ``unknown`` and
    exactly one kind ``disputed``; at least one is a ``side``."""

    statuses: tuple[Status, ...]
    source: str = "built-in"
    _lookup: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for s in self.statuses:
            for spelling in (s.key, s.label, *s.aliases):
                self._lookup.setdefault(normalize(spelling), s.key)

    @property
    def keys(self) -> list[str]:
        return [s.key for s in self.statuses]

    def __getitem__(self, key: str) -> Status:
        for s in self.statuses:
            if s.key == key:
                return s
        raise KeyError(key)

    def of_kind(self, kind: Kind) -> list[str]:
        return [s.key for s in self.statuses if s.kind == kind]

    @property
    def sides(self) -> list[str]:
        return self.of_kind("side")

    @property
    def unknown(self) -> str:
        return self.of_kind("unknown")[0]

    @property
    def disputed(self) -> str:
        return self.of_kind("disputed")[0]

    def resolve_side(self, actor: str) -> str | None:
        """The side key an actor name refers to (``"Taliban"`` -> ``"taliban"``)."""
        key = self._lookup.get(normalize(actor)) if actor else None
        return key if key in self.sides else None

    def resolve(self, status: str, actor: str = "") -> tuple[str, str]:
        """Map a ledger's (status, actor) to (status key, side key or "").

        Raises
        ------
        ValueError
            With a message listing what would be valid.
        """
        norm = normalize(status)
        side = self.resolve_side(actor) if actor else None
        if actor and side is None:
            raise ValueError(f"unknown actor {actor!r}; valid actors: {self.sides}")
        if norm in GENERIC_CONTROL:
            if side is None:
                raise ValueError(
                    f"status {status!r} needs an actor naming the side ({', '.join(self.sides)})"
                )
            return side, side
        key = self._lookup.get(norm)
        if key is None:
            valid = ", ".join(self.keys)
            raise ValueError(
                f"unknown status {status!r}; valid statuses: {valid} (or "
                f"'controlled' with an actor)"
            )
        if self[key].kind == "side":
            if side is not None and side != key:
                raise ValueError(f"status {status!r} contradicts actor {actor!r}")
            return key, key
        return key, side or ""


DEFAULT = Vocabulary(
    (
        Status(
            "taliban",
            "Taliban control",
            "#D55E00",
            "side",
            aliases=(
                "taliban controlled",
                "taliban control",
                "taliban-controlled",
                "militant",
                "insurgent",
                "ie",
                "islamic emirate",
                "taliban held",
            ),
        ),
        Status(
            "contested",
            "Contested",
            "#E69F00",
            "contested",
            hatch=True,
            aliases=("fighting", "under attack", "besieged", "contest"),
        ),
        Status(
            "government",
            "Government control",
            "#0072B2",
            "side",
            aliases=(
                "government controlled",
                "govt",
                "gov",
                "afghan government",
                "ansf",
                "andsf",
                "government control",
                "republic",
                "anp",
                "ana",
            ),
        ),
        Status(
            "unconfirmed",
            "Unconfirmed claim",
            "#CC79A7",
            "unconfirmed",
            aliases=("unconfirmed claim", "claimed", "claim", "unverified"),
        ),
        Status("disputed", "Disputed (conflicting claims)", "#F0E442", "disputed", hatch=True),
        Status(
            "unknown",
            "No claim / unknown",
            "#DDDDDD",
            "unknown",
            aliases=("no data", "none", "n/a"),
        ),
    )
)


def load_vocabulary(path: str | Path) -> Vocabulary:
    """Read a vocabulary from TOML (``[[status]]`` tables) or JSON (``{"status": [...]}``).

    A vocabulary without an ``unknown`` or ``disputed`` status gets the defaults' ones.
    """
    p = Path(path)
    try:
        raw = (
            tomllib.loads(p.read_text("utf-8"))
            if p.suffix.lower() == ".toml"
            else json.loads(p.read_text("utf-8"))
        )
    except (OSError, ValueError) as e:
        raise ValidationError([Problem(str(p), None, None, None, f"cannot read: {e}")]) from e
    items = raw.get("status") if isinstance(raw, dict) else None
    if not isinstance(items, list) or not items:
        raise ValidationError(
            [
                Problem(
                    str(p), None, "status", None, "expected a non-empty list of [[status]] entries"
                )
            ]
        )
    problems: list[Problem] = []
    statuses: list[Status] = []
    for i, item in enumerate(items, start=1):
        where = f"status #{i}"
        if not isinstance(item, dict):
            problems.append(Problem(str(p), i, None, repr(item), "entry must be a table"))
            continue
        key = str(item.get("key", "")).strip()
        colour = str(item.get("colour", item.get("color", ""))).strip()
        kind = str(item.get("kind", "side")).strip()
        if not re.fullmatch(r"[a-z][a-z0-9_-]*", key):
            problems.append(
                Problem(
                    str(p),
                    i,
                    "key",
                    key,
                    f"{where}: key must be lower-case letters, digits, - or _",
                )
            )
        if not _HEX.match(colour):
            problems.append(
                Problem(str(p), i, "colour", colour, f"{where}: colour must be #RRGGBB")
            )
        if kind not in _KINDS:
            problems.append(
                Problem(str(p), i, "kind", kind, f"{where}: kind must be one of {list(_KINDS)}")
            )
        statuses.append(
            Status(
                key,
                str(item.get("label", key)),
                colour,
                kind,  # type: ignore[arg-type]
                hatch=bool(item.get("hatch", kind in ("contested", "disputed"))),
                aliases=tuple(str(a) for a in item.get("aliases", ())),
            )
        )
    keys = [s.key for s in statuses]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        problems.append(Problem(str(p), None, "key", ",".join(dupes), "duplicate status keys"))
    if not any(s.kind == "side" for s in statuses):
        problems.append(Problem(str(p), None, "kind", None, "no status of kind 'side'"))
    if problems:
        raise ValidationError(problems, summary=f"{p}: invalid status vocabulary")
    for kind_needed in ("disputed", "unknown"):
        if not any(s.kind == kind_needed for s in statuses):
            statuses.append(DEFAULT[DEFAULT.of_kind(kind_needed)[0]])  # type: ignore[arg-type]
    return Vocabulary(tuple(statuses), source=str(p))
