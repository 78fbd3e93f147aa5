"""``mapper validate --suggest-aliases FILE``: the names of a ledger that do not resolve,
each with its best suggestion, as an alias file (``level,province,alias,canonical``) for the
user to review and pass back with ``--aliases``. Nothing here is ever applied by itself."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ._io import FORMULA_START
from .matching import Gazetteer, strip_kind

if TYPE_CHECKING:
    from .boundaries import UnitSet


@dataclass(frozen=True)
class Suggestion:
    """One unresolved name: an alias row when there is a best guess, else a comment."""

    level: str
    province: str
    alias: str
    canonical: str  # empty: no alias row, only ``comment``
    rows: tuple[int, ...]
    comment: str


def suggest(pairs: dict[tuple[str, str], list[int]], gaz: Gazetteer) -> list[Suggestion]:
    """One :class:`Suggestion` per distinct unresolved name in ``pairs`` ((province,
    district) -> ledger rows), in the order first seen."""
    out: list[Suggestion] = []
    done: set[tuple[str, str, str]] = set()
    for (province, district), rows in pairs.items():
        m = gaz.match(province, district)
        if not m.problem:
            continue
        where = tuple(rows)
        if province and m.province is None:  # the province itself is unknown
            name = strip_kind(province, "province")
            if ("province", "", name) in done:
                continue
            done.add(("province", "", name))
            best = m.suggestions[0] if m.suggestions else ""
            out.append(Suggestion("province", "", name, best, where, m.problem))
            continue
        name = strip_kind(district, "district")
        key = ("district", m.province or "", name)
        if key in done:
            continue
        done.add(key)
        if "ambiguous" in m.problem or "is not in" in m.problem or not m.suggestions:
            # an alias cannot fix these: the row needs its province (or the right one)
            out.append(Suggestion("district", m.province or "", name, "", where, m.problem))
            continue
        best = m.suggestions[0]
        if m.province:
            out.append(Suggestion("district", m.province, name, best, where, m.problem))
        else:  # a bare name: the suggestion is "District (Province)"
            canonical, _, prov = best.rpartition(" (")
            out.append(Suggestion("district", prov.rstrip(")"), name, canonical, where, m.problem))
    return out


def alias_file_text(suggestions: list[Suggestion], ledger: str) -> str:
    """The alias file: a header that says to review it, then one row per suggestion (names
    without one, or that an alias cannot fix, as ``#`` comments the reader skips)."""
    buf = io.StringIO()
    buf.write(
        f"# Aliases suggested by `mapper validate --suggest-aliases` for {ledger}.\n"
        "# Each row maps a name that did not resolve to its closest match: a GUESS.\n"
        "# Check every row, delete the wrong ones, then pass this file with --aliases.\n"
    )
    if not suggestions:
        buf.write("# Every name resolved; nothing to suggest.\n")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["level", "province", "alias", "canonical"])
    for s in suggestions:
        rows = ", ".join(map(str, s.rows[:10])) + (" ..." if len(s.rows) > 10 else "")
        note = f"# rows {rows}: {s.comment}".replace("\n", " ")
        unsafe = any(x.startswith(FORMULA_START) for x in (s.alias, s.canonical, s.province))
        if not s.canonical or unsafe:
            buf.write(note + ("; no alias suggested" if not unsafe else "; not written") + "\n")
            continue
        buf.write(note + "\n")
        writer.writerow([s.level, s.province, s.alias, s.canonical])
    return buf.getvalue()


def ledger_name_pairs(path: Path, units: UnitSet) -> dict[tuple[str, str], list[int]]:
    """(province, district) as the ledger writes them -> its rows, as ``read_claims`` reads
    them (a one-level set's unit may stand in ``unit`` or ``district``)."""
    from .claims import _read_rows

    rows, numbers, _problems = _read_rows(path)
    pairs: dict[tuple[str, str], list[int]] = {}
    for rec, row in zip(rows, numbers, strict=True):
        if not rec or (rec.get("scope") or "").strip().lower() == "country":
            continue
        province = (rec.get("province") or "").strip()
        district = (rec.get("district") or "").strip()
        if units.levels == 1 and not province:
            province, district = ((rec.get("unit") or "").strip() or district), ""
        if units.level == "province":
            district = ""
        if province or district:
            pairs.setdefault((province, district), []).append(row)
    return pairs
