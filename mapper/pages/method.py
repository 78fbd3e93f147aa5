"""The "method and sources" record every published output carries.

A reader of a map or report must be able to tell what it was made from and how: the
boundary set with its licence, attribution and file hashes, the claims file and its hash,
the denominators, the CRS used for areas, the rules that turned claims into a state, and
the claims themselves with their sources. :func:`method_record` gathers this as a
JSON-ready dict; :func:`method_html` and :func:`method_markdown` print it. Everything that
came from outside is escaped, and only http(s) URLs become links. Nothing in it depends on
the clock or on where the files sit, so the same inputs give the same bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from .. import settings
from .._http import sha256_file
from .._markdown import md_link, md_text
from ..boundaries import UnitSet
from ..claims import Ledger
from ..stats import denominators
from ._html import esc, link

#: How a state is derived from claims (mirrors :mod:`mapper.snapshots`).
RULES = (
    "Only claims dated on or before the map date count; later claims are ignored.",
    "Carry forward: a unit keeps its most recent reported status until a newer claim "
    "arrives; the age of that status is shown.",
    "A district's own claim beats a province-wide claim of the same date; a province-wide "
    "claim covers the province's districts that have no newer or same-day claim of their own.",
    "A side's unconfirmed claim never downgrades or disputes that side's control: it is set "
    "aside when a claim of the same date gives the side's control, or when the unit's state "
    "before it already is the side's control (the state, its date and age stay those of the "
    "control claim). It is still listed in the unit's claims. Any other newer claim "
    "(contested, the other side) replaces the state as usual and disagrees with a same-day "
    "unconfirmed claim of the side.",
    "Two claims on one unit's latest date that disagree make the unit 'disputed'; all of "
    "them are listed, none is silently picked.",
    "Units never claimed are 'unknown' and count for nobody.",
)

#: At most this many claims are listed in a page; the ledger file (hash given) has them all.
MAX_LISTED_CLAIMS = 2000


def software() -> str:
    """``mapper <version>``, for credits and file metadata."""
    from .. import __version__  # late: mapper/__init__ imports this module

    return f"mapper {__version__}"


def _unit_label(claim: pd.Series, names: pd.Series) -> str:
    if claim["scope"] == "district" and claim["unit_id"] in names.index:
        return f"{names[claim['unit_id']]}, {claim['province']}"
    return f"{claim['province']} (province-wide)"


def method_record(
    state: pd.DataFrame | None,
    units: UnitSet,
    ledger: Ledger,
    *,
    date: str | None = None,
    max_age: int | None = None,
    max_claims: int = MAX_LISTED_CLAIMS,
) -> dict[str, Any]:
    """What an output was made from and how, as a JSON-ready dict with stable ordering.

    Parameters
    ----------
    state
        From :func:`mapper.snapshots.state_at`; its ``attrs`` give the date and max-age.
        ``None`` for pages that show many dates (pass ``date``, the last one, and
        ``max_age``).
    max_claims
        List at most this many claims (the most recent ones are kept out first; the counts
        say how many were left out).

    Returns
    -------
    dict
        ``date``, ``software``, ``boundary`` (name, title, level, units, licence,
        attribution, files: name -> sha256), ``claims`` (file name, sha256, counts),
        ``denominators`` (text and fields), ``area_crs``, ``rules`` (list of sentences),
        ``max_age_days`` and ``ledger`` (claims dated on or before the date, oldest first).
    """
    if state is not None:
        date = str(state.attrs.get("date", ""))
        max_age = state.attrs.get("max_age")
    date = date or ""
    claims = ledger.claims
    used = claims[claims["date"] <= pd.Timestamp(date)] if date else claims
    path = Path(ledger.file)
    try:
        ledger_sha = sha256_file(path)
    except OSError:
        ledger_sha = None
    vocab = ledger.vocabulary
    names = units.units["name"]
    listed = []
    for _, c in used.head(max_claims).iterrows():
        listed.append(
            {
                "row": int(c["row"]),
                "date": pd.Timestamp(c["date"]).date().isoformat(),
                "unit": _unit_label(c, names),
                "status": vocab[c["status"]].label,
                "actor": vocab[c["actor"]].label
                if c["actor"] and c["actor"] != c["status"]
                else "",
                "source": str(c["source"]),
                "url": str(c["url"]),
                "confidence": str(c["confidence"]),
                "note": str(c["note"]),
            }
        )
    rules = list(RULES)
    if max_age is not None:
        rules.append(
            f"Staleness limit: a status older than {int(max_age)} days is shown as 'unknown'."
        )
    else:
        rules.append("No staleness limit: statuses are carried forward however old they are.")
    denoms = denominators(units)
    return {
        "date": date,
        "software": software(),
        "boundary": {
            "name": path_name(units.boundary),
            "title": units.title,
            "level": units.level,
            "units": len(units.units),
            "licence": units.licence,
            "attribution": units.attribution,
            "files": dict(sorted(units.files.items())),
        },
        "claims": {
            "file": path.name,
            "sha256": ledger_sha,
            "valid": len(claims),
            "used": len(used),
            "after_date": len(claims) - len(used),
            "listed": len(listed),
            "skipped_rows": list(ledger.skipped_rows),
            "vocabulary": path_name(vocab.source),
        },
        "denominators": {"text": denoms.describe(), **denoms.as_dict()},
        "area_crs": settings.EQUAL_AREA_CRS,
        "max_age_days": max_age,
        "rules": rules,
        "ledger": listed,
    }


def _skipped_text(claims: dict[str, Any]) -> str:
    rows = claims.get("skipped_rows") or []
    if not rows:
        return ""
    shown = ", ".join(map(str, rows[:20])) + (", ..." if len(rows) > 20 else "")
    return f" {len(rows)} invalid row(s) were skipped (--skip-invalid): rows {shown}."


def state_notes(state: pd.DataFrame, ledger: Ledger, *, level: str) -> list[str]:
    """Caveats a reader must see next to the numbers, not only in the method section.

    A staleness limit (how many units it turned into 'unknown') and ledger rows skipped as
    invalid. Plain text; callers escape it.
    """
    notes = []
    max_age = state.attrs.get("max_age")
    if max_age is not None:
        n = int(state["stale"].sum()) if "stale" in state else 0
        notes.append(
            f"Staleness limit {int(max_age)} days: {n} {level}(s) whose last claim is older "
            "are counted as no claim."
        )
    if ledger.skipped_rows:
        rows = ledger.skipped_rows
        shown = ", ".join(map(str, rows[:10])) + (", ..." if len(rows) > 10 else "")
        notes.append(f"{len(rows)} invalid ledger row(s) skipped (--skip-invalid): rows {shown}.")
    return notes


def path_name(value: str) -> str:
    """A file's name without its folder (outputs must not depend on where files sit)."""
    return Path(value).name


def _files_html(files: dict[str, str]) -> str:
    rows = "".join(
        f"<tr><td>{esc(n)}</td><td><code>{esc(h)}</code></td></tr>" for n, h in files.items()
    )
    return f"<table class='mapper-files'><tr><th>File</th><th>sha256</th></tr>{rows}</table>"


def method_html(record: dict[str, Any], *, open_: bool = False, inline: bool = False) -> str:
    """The record as a collapsible ``<details>`` section (all outside text escaped).

    ``inline`` places it in the page flow instead of floating over a map.
    """
    b, c, d = record["boundary"], record["claims"], record["denominators"]
    ledger_rows = []
    for x in record["ledger"]:
        who = f" ({esc(x['actor'])})" if x["actor"] else ""
        note = f"<div class='mapper-note'>{esc(x['note'])}</div>" if x["note"] else ""
        ledger_rows.append(
            f"<tr><td>{x['row']}</td><td>{esc(x['date'])}</td><td>{esc(x['unit'])}</td>"
            f"<td>{esc(x['status'])}{who}</td><td>{link(x['url'], x['source'] or x['url'])}"
            f"{note}</td><td>{esc(x['confidence'] or '-')}</td></tr>"
        )
    more = c["used"] - c["listed"]
    more_text = (
        f"<p class='mapper-small' id='mapper-ledger-more'>{more} further claim(s) not listed "
        "here; the ledger file "
        "has them all.</p>"
        if more > 0
        else ""
    )
    sha = f"sha256 <code>{esc(c['sha256'])}</code>" if c["sha256"] else "sha256 unavailable"
    rules = "".join(f"<li>{esc(r)}</li>" for r in record["rules"])
    return (
        f"<details class='mapper-method{' mapper-method-inline' if inline else ''}' "
        f"id='mapper-method'{' open' if open_ else ''}>"
        "<summary>Method and sources</summary><div class='mapper-method-body'>"
        f"<h4>Boundaries</h4><p>{esc(b['title'])} (<code>{esc(b['name'])}</code>), "
        f"{b['units']} {esc(b['level'])}s. Licence: {esc(b['licence'])}. "
        f"{esc(b['attribution'])}.</p>{_files_html(b['files'])}"
        f"<h4>Claims</h4><p>Ledger <code>{esc(c['file'])}</code>, {sha}. "
        f"{c['valid']} valid claim(s); {c['used']} dated on or before {esc(record['date'])} "
        f"were used, {c['after_date']} later one(s) ignored.{esc(_skipped_text(c))} Status "
        f"vocabulary: {esc(c['vocabulary'])}.</p>"
        f"<h4>Denominators and areas</h4><p>{esc(d['text'])}. Areas are computed from the "
        f"full-resolution polygons in {esc(record['area_crs'])} (an equal-area projection); "
        "the drawn shapes are simplified and never used for numbers.</p>"
        f"<h4>Rules of the snapshot</h4><ol>{rules}</ol>"
        f"<h4>Claims ledger up to {esc(record['date'])}</h4>"
        "<table class='mapper-claims mapper-ledger'><tr><th>Row</th><th>Date</th><th>Unit</th>"
        "<th>Status</th><th>Source</th><th>Confidence</th></tr>"
        f"{''.join(ledger_rows)}</table>{more_text}"
        f"<p class='mapper-small'>Made with {esc(record['software'])}.</p></div></details>"
    )


def method_markdown(record: dict[str, Any]) -> str:
    """The record as a Markdown section (outside text escaped, http(s) links only)."""
    b, c, d = record["boundary"], record["claims"], record["denominators"]
    lines = [
        "## Method and sources",
        "",
        f"**Boundaries.** {md_text(b['title'])} (`{md_text(b['name'])}`), {b['units']} "
        f"{md_text(b['level'])}s. Licence: {md_text(b['licence'])}. "
        f"{md_text(b['attribution'])}.",
        "",
        "| File | sha256 |",
        "| --- | --- |",
    ]
    lines += [f"| {md_text(n)} | {md_text(h)} |" for n, h in b["files"].items()]
    sha = f"sha256 {md_text(c['sha256'])}" if c["sha256"] else "sha256 unavailable"
    lines += [
        "",
        f"**Claims.** Ledger {md_text(c['file'])}, {sha}. {c['valid']} valid claim(s); "
        f"{c['used']} dated on or before {md_text(record['date'])} were used, "
        f"{c['after_date']} later one(s) ignored.{md_text(_skipped_text(c))} Status "
        f"vocabulary: {md_text(c['vocabulary'])}.",
        "",
        f"**Denominators and areas.** {md_text(d['text'])}. Areas are computed from the "
        f"full-resolution polygons in {md_text(record['area_crs'])} (an equal-area "
        "projection); the drawn shapes are simplified and never used for numbers.",
        "",
        "**Rules of the snapshot.**",
        "",
    ]
    lines += [f"{i}. {md_text(r)}" for i, r in enumerate(record["rules"], start=1)]
    lines += [
        "",
        f"### Claims ledger up to {md_text(record['date'])}",
        "",
        "| Row | Date | Unit | Status | Source | Confidence | Note |",
        "| ---: | --- | --- | --- | --- | --- | --- |",
    ]
    for x in record["ledger"]:
        who = f" ({md_text(x['actor'])})" if x["actor"] else ""
        lines.append(
            f"| {x['row']} | {md_text(x['date'])} | {md_text(x['unit'])} | "
            f"{md_text(x['status'])}{who} | {md_link(x['url'], x['source'] or x['url'])} | "
            f"{md_text(x['confidence'] or '-')} | {md_text(x['note'])} |"
        )
    more = c["used"] - c["listed"]
    if more > 0:
        lines += ["", f"{more} further claim(s) not listed here; the ledger file has them all."]
    lines += ["", f"Made with {md_text(record['software'])}.", ""]
    return "\n".join(lines)
