"""Compare the checker's reading of a sentence with a corpus row's expected reading.

Corpus rows (tests/data/checker/adversarial.csv, real_reporting.csv) give ``expect`` (read or
refuse) and, for ``read``, ``side``, ``relation`` (ge, gt, le, lt, eq, approx, range),
``low``/``high`` in ``unit`` (percent 0-100, fraction 0-1, count), ``measure``, ``scope``
(country, a province name, ``border:ISO3`` or ``border:ALL``) and ``stated_denominator`` ("421",
"~400"). A claim about named units (measure ``units``: "The Taliban captured Zaranj") is written
with relation ``eq``, ``low``/``high`` the number of units, unit ``count`` and scope
``units:KIND:NAME+KIND:NAME`` (kind ``province``, ``district`` or ``capital``).
The harness maps the checker's :class:`~mapper.checks.ParsedClaim` onto that schema.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from mapper.check.model import Figure, ParsedClaim

DATA = Path(__file__).parent / "data" / "checker"

#: The checker's comparison -> the relations a corpus may write for it. A bare figure is exact
#: as written ("eq"); corpora often write "approx" for a bare fraction or a rounded figure, and
#: "nearly" is an approximation from below.
RELATIONS: dict[str, tuple[str, ...]] = {
    "over": ("gt",),
    "at-least": ("ge",),
    "under": ("lt",),
    "up-to": ("le",),
    "about": ("approx",),
    "nearly": ("approx", "le", "lt"),
    "as-stated": ("eq", "approx"),
}


def load(name: str) -> list[dict[str, str]]:
    path = DATA / name
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(fh)]


def scope_of(c: ParsedClaim) -> str:
    if c.measure == "units":  # named units: "units:capital:Zaranj+province:Helmand"
        return "units:" + "+".join(f"{u.kind}:{u.name}" for u in c.named_units)
    if c.measure == "border" or c.border_districts:
        return "border:" + ("+".join(c.neighbours) if c.neighbours else "ALL")
    if c.district:
        return f"district:{c.district_name}"
    return c.province or "country"


def _number(text: str) -> float | None:
    t = text.strip().lstrip("~≈").replace(",", "")
    if not t:
        return None
    if "/" in t:
        a, b = t.split("/", 1)
        return float(a) / float(b)
    return float(t)


def _close(a: float, b: float, unit: str) -> bool:
    tol = {"percent": 0.051, "fraction": 0.0051, "count": 0.5}.get(unit, 0.01)
    return math.isclose(a, b, abs_tol=tol)


def _whole_unit(row: dict[str, str], c: ParsedClaim) -> ParsedClaim:
    """A named-units reading of one province or district ("Taliban controls Nangarhar": every
    district of Nangarhar) is the same claim as all (100%) of its area: a row written with
    measure 'area' and scope the province (or ``district:NAME``) is compared so."""
    if c.measure != "units" or row.get("measure") != "area" or len(c.named_units) != 1:
        return c
    u = c.named_units[0]
    if u.kind not in ("province", "district"):
        return c
    return replace(
        c,
        measure="area",
        figure=Figure("share", 1.0, 1.0, 0.0, "all"),
        province=u.province,
        district=u.unit_id or None,
        district_name=u.name if u.kind == "district" else "",
        named_units=(),
    )


def _whole_area(row: dict[str, str], c: ParsedClaim) -> dict[str, str]:
    """The other way round: a row written as one named province or district (measure
    ``units``) that the checker reads as all (100%) of its area is compared as that."""
    m = re.fullmatch(r"units:(province|district):([^+]+)", row.get("scope", ""))
    if row.get("measure") != "units" or c.measure != "area" or m is None:
        return row
    scope = m[2] if m[1] == "province" else f"district:{m[2]}"
    return {**row, "relation": "eq", "low": "100", "high": "100", "unit": "percent",
            "measure": "area", "scope": scope}  # fmt: skip


def _ordinal_count(row: dict[str, str], c: ParsedClaim) -> ParsedClaim:
    """A named capital with an ordinal beside it ("Ghazni, the 10th provincial capital to
    fall": two claims, both checked) matches a row written as the ordinal alone (measure
    'capitals', the count N over the country)."""
    if c.ordinal is None or c.measure != "units" or row.get("measure") != "capitals":
        return c
    n = float(c.ordinal)
    return replace(c, measure="capitals", figure=Figure("count", n, n, 0.0, f"{c.ordinal}th"),
                   named_units=())  # fmt: skip


def _capital_beside_ordinal(row: dict[str, str], c: ParsedClaim) -> ParsedClaim:
    """The other way round: an ordinal of falls read with its named capital checked beside it
    ("Shiberghan is the second provincial capital to fall": two claims, both checked) matches a
    row written as the named capital alone, when the capital beside is exactly the row's."""
    if c.ordinal is None or c.measure != "capitals" or row.get("measure") != "units":
        return c
    if not c.also_units or c.named_units:
        return c
    one = Figure("count", 1.0, 1.0, 0.0, "named")
    return replace(c, measure="units", figure=one, named_units=c.also_units, also_units=())


def mismatches(row: dict[str, str], c: ParsedClaim) -> list[str]:
    """What differs between the row's expected reading and the checker's (empty: same)."""
    c = _ordinal_count(row, c)
    c = _capital_beside_ordinal(row, c)
    c = _whole_unit(row, c)
    row = _whole_area(row, c)
    out: list[str] = []
    if row.get("side") and row["side"] != c.side:
        out.append(f"side {c.side!r} != {row['side']!r}")
    if row.get("measure") and row["measure"] != c.measure:
        out.append(f"measure {c.measure!r} != {row['measure']!r}")
    unit = row.get("unit", "")
    form = "count" if unit == "count" else "share"
    if unit and form != c.figure.form:
        out.append(f"form {c.figure.form!r} for unit {unit!r}")
    relation = row.get("relation", "")
    lo, hi = c.figure.lo, c.figure.hi
    if relation == "range" or (relation == "" and lo != hi):
        ok_rel = c.comparison == "as-stated" and lo != hi
    else:
        ok_rel = relation in RELATIONS.get(c.comparison, ()) and (
            lo == hi or c.comparison != "as-stated"
        )
    if relation and not ok_rel:
        out.append(f"comparison {c.comparison!r} (figure {c.figure.text!r}) != {relation!r}")
    scale = 100.0 if unit == "percent" else 1.0
    for key, value in (("low", lo), ("high", hi)):
        want = _number(row.get(key, ""))
        if want is None:
            continue
        if c.comparison in ("over", "at-least") and key == "high" and lo != hi:
            continue
        got = value * scale
        if not _close(got, want, unit):
            out.append(f"{key} {got:g} != {want:g}")
    if row.get("scope") and row["scope"] != scope_of(c):
        out.append(f"scope {scope_of(c)!r} != {row['scope']!r}")
    want_den = _number(row.get("stated_denominator", ""))
    got_den = c.figure.of_total if c.figure.of_total is not None else c.stated_total
    if want_den is not None and got_den is not None and not math.isclose(want_den, got_den):
        out.append(f"stated denominator {got_den:g} != {want_den:g}")
    if want_den is None and got_den is not None:
        out.append(f"a stated denominator {got_den:g} the row does not give")
    return out


def reading(c: ParsedClaim) -> dict[str, Any]:
    """The reading in the corpus's terms (for messages)."""
    return {
        "side": c.side,
        "comparison": c.comparison,
        "figure": c.figure.text,
        "lo": c.figure.lo,
        "hi": c.figure.hi,
        "measure": c.measure,
        "scope": scope_of(c),
        "stated": c.figure.of_total if c.figure.of_total is not None else c.stated_total,
    }


def _cell(text: str, limit: int) -> str:
    t = " ".join(text.split()).replace("|", "\\|")
    return t if len(t) <= limit else t[: limit - 1].rstrip() + "…"


def refusal_table(rows: list[dict[str, str]], gazetteer: Any) -> str:
    """The rows expected readable that the checker refuses, as a Markdown table: id, the
    sentence (cut at 110 characters), the words it could not read and why (the refusal's
    first sentence, cut at 170). Read as `mapper check --date <published>` reads them. The
    README holds this table for real_reporting.csv (a test keeps it equal)."""
    import datetime as dt

    from mapper.checks import ClaimParseError, parse_claim

    out = ["| row | sentence | could not read | why |", "|---|---|---|---|"]
    for r in rows:
        if r["expect"] != "read":
            continue
        anchor = dt.date.fromisoformat(r["date_published"]) if r.get("date_published") else None
        try:
            parse_claim(r["sentence"], anchor=anchor, gazetteer=gazetteer)
        except ClaimParseError as e:
            why = re.split(r"(?<=[a-z)'])[;.] ", e.problem, maxsplit=1)[0]
            out.append(
                f"| {r['id']} | {_cell(r['sentence'], 110)} | {_cell(e.part or '-', 60)} "
                f"| {_cell(why, 170)} |"
            )
    return "\n".join(out) + "\n"


#: The README's table of refused real_reporting.csv rows lies between these two lines.
TABLE_START = (
    "<!-- refused rows of real_reporting.csv: scripts/corpus_refusals.py real --readme -->"
)
TABLE_END = "<!-- end of refused rows -->"


def with_refusal_table(readme: str, table: str) -> str:
    """The README's text with the table between its markers replaced by ``table``."""
    head, sep, rest = readme.partition(TABLE_START + "\n")
    _old, sep2, tail = rest.partition(TABLE_END)
    if not sep or not sep2:
        raise ValueError(f"README has no {TABLE_START!r} ... {TABLE_END!r} block")
    return head + sep + table + sep2 + tail


def refusal(sentence: str, *, gazetteer: Any, anchor: Any) -> Any:
    """The checker's refusal of ``sentence`` (a :class:`ClaimParseError`); the test fails,
    saying how it was read, when the sentence is read instead."""
    from mapper.checks import ClaimParseError, parse_claim

    try:
        c = parse_claim(sentence, gazetteer=gazetteer, anchor=anchor)
    except ClaimParseError as e:
        return e
    import pytest

    pytest.fail(
        f"read as {c.side} {c.comparison} {c.figure.lo} {c.measure} {scope_of(c)} "
        f"also {[u.name for u in c.also_units]}"
    )
