"""A summary report for one date: map, stats with denominators, disputes, checked claims.

Two formats, one content:

- Markdown (``.md``): the static PNG map beside the file, tables in GitHub-flavoured
  Markdown, every outside string escaped (Markdown passes raw HTML through).
- HTML (``.html``): one offline file; the interactive map is embedded as a fixed-size,
  sandboxed ``<iframe srcdoc>`` (its scripts cannot reach the report), and the page ends
  with the collapsible "method and sources" section.

Checked claims are optional and come in as *verdict dicts*, so the report does not depend
on how they were computed::

    {"sentence": "The Taliban hold two-thirds of the country",   # required
     "verdict": "contradicted",                                   # required
     "date": "2021-08-10",                                        # optional: state checked
     "detail": "27.9%-34.4% of the polygon area on 2021-08-10",   # optional
     "numbers": {"low": 0.279, "high": 0.344},                    # optional
     "form": "share",                                             # optional: share | count
     "notes": ["..."]}                                            # optional

The JSON that ``mapper check --format json`` writes (``explanation``, ``values``,
``amounts``, ``unit``, ``parsed.form``, ``denominator``, ``notes``, or ``error`` for a
sentence it could not read) is accepted as it is, a list or one verdict. Each claim is
shown with the date of the state it was checked against; one checked against another date
than the report's is flagged (not refused: a batch may check each claim at its own date).
Fields the report does not know (a newer checker's) are shown as note lines, and a verdict
it does not know gets a neutral colour.
Pass verdicts as a list (:func:`build_report` functions' ``checks=``), as a JSON file
(``--checks verdicts.json``), or give sentences (``--checks sentences.txt``: one a line, or
a CSV with a ``claim`` column) and :func:`run_checker` asks the claim checker
(:mod:`mapper.checks`).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from ._html import esc, link
from ._io import write_text
from ._markdown import md_link, md_text
from .boundaries import UnitSet
from .claims import Ledger
from .errors import OutputExistsError, Problem, ReportError, ValidationError
from .method import method_html, method_markdown, method_record, state_notes
from .plot import plot_state, save_static
from .render import MapOptions, build_map
from .stats import control_ranges, denominators, summarize

ReportFormat = Literal["markdown", "html"]

VERDICT_KEYS = (
    "sentence",
    "verdict",
    "date",
    "detail",
    "numbers",
    "form",
    "amounts",
    "unit",
    "notes",
    "open",
    "extra",
)
#: The verdict shown for a sentence the checker could not read.
NOT_CHECKED = "not checked"
#: Fields of ``mapper check --format json`` shown through others or on purpose left out
#: (unit lists, the parse, the allocations' wording); any other field becomes a note line.
_CHECKER_FIELDS = frozenset(
    {
        "sentence",
        "verdict",
        "date",
        "window",
        "detail",
        "explanation",
        "denominator",
        "numbers",
        "values",
        "amounts",
        "unit",
        "form",
        "notes",
        "error",
        "row",
        "id",
        "side",
        "parsed",
        "accepted",
        "total",
        "holds",
        "allocations",
        "boundary",
        "level",
        "scope_units",
        "deciding_units",
        "deciding_role",
        "open_units",
        "unknown_units",
        "unknown_amount",
        "border_lengths",
        # provincial capitals by status: note lines ("Capitals: Taliban control (15): ...")
        "capitals",
        # the unclaimed-units fields: the summary and assumption become notes, the open
        # bounds a "with no-claim units" figure; the rest is in the explanation
        "unclaimed",
        "unclaimed_assumption",
        "unclaimed_summary",
        "unclaimed_units",
        "unclaimed_amount",
        "unclaimed_share",
        "value_open_low",
        "value_open_high",
        "amount_open_low",
        "amount_open_high",
        "holds_open_high",
        "verdict_range",
        "open",
    }
)
#: Verdict colours (as on the check map); any other verdict gets :data:`OTHER_VERDICT_COLOUR`.
VERDICT_COLOURS = {
    "supported": "#1b7837",
    "contradicted": "#b2182b",
    "depends-on-assumptions": "#8c510a",
    NOT_CHECKED: "#666666",
}
OTHER_VERDICT_COLOUR = "#5e3c99"
#: The allocations in the order the checker prints them; other bounds follow.
_BOUND_ORDER = ("low", "mid", "high")


@dataclass(frozen=True)
class ReportOptions:
    """What goes in a report beyond the state itself."""

    title: str = "Reported territorial control"
    map_width_px: int = 900
    map_height_px: int = 620


# ---------------------------------------------------------------------------- verdicts


def normalize_verdicts(items: object, *, source: str = "checks") -> list[dict[str, Any]]:
    """Validate verdict dicts into the records the report shows.

    Each record has ``sentence``, ``verdict``, ``date`` (the state checked, ``""`` when not
    given), ``detail``, ``numbers`` (values in the claim's terms), ``form`` (``share``,
    ``count`` or ``""``), ``amounts`` and ``unit`` (e.g. km²), ``notes`` (caveats, a list
    of text) and ``extra`` (fields the report does not know, as ``{name: text}``).

    Entries from ``mapper check --format json`` are read as they are: ``explanation`` and
    ``denominator`` make the detail, ``values`` the numbers, ``parsed.form`` the form, and
    an entry with an ``error`` (a sentence the checker could not read) becomes
    :data:`NOT_CHECKED`. One verdict object (``mapper check "SENTENCE" --format json``)
    counts as a list of one.

    Raises
    ------
    ValidationError
        Not a list of objects, or entries without a non-empty ``sentence`` and ``verdict``
        (every bad entry is listed, numbered from 1).
    """
    if isinstance(items, Mapping) and isinstance(items.get("checks"), list):
        items = items["checks"]
    elif isinstance(items, Mapping) and "sentence" in items:
        items = [items]
    if not isinstance(items, list):
        raise ValidationError(
            [
                Problem(
                    source,
                    None,
                    None,
                    None,
                    'expected a list of verdicts like {"sentence": ..., "verdict": ...} '
                    '(or {"checks": [...]})',
                )
            ]
        )
    out: list[dict[str, Any]] = []
    problems: list[Problem] = []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, Mapping):
            problems.append(Problem(source, i, None, repr(item)[:60], "verdict is not an object"))
            continue
        rec: dict[str, Any] = {}
        item = dict(item)
        if item.get("verdict") is None and item.get("error"):
            item["verdict"] = NOT_CHECKED
            item.setdefault("detail", item["error"])
        for key in ("sentence", "verdict"):
            value = item.get(key)
            if not isinstance(value, str) or not value.strip():
                problems.append(
                    Problem(
                        source, i, key, None if value is None else repr(value)[:60], "required text"
                    )
                )
            rec[key] = str(value or "").strip()
        rec["date"] = str(item.get("date") or "").strip()
        window = item.get("window")
        runs: list[str] = []
        if isinstance(window, Mapping) and window.get("start") and window.get("end"):
            # a claim about some day of a window ("late last month"): checked on every day
            rec["date"] = f"{window['start']} to {window['end']}"
            for r in window.get("runs") or []:
                if isinstance(r, Mapping):
                    days = (
                        r.get("from")
                        if r.get("from") == r.get("to")
                        else (f"{r.get('from')} to {r.get('to')}")
                    )
                    runs.append(f"{str(r.get('verdict', '')).upper()} on {days}")
        detail = str(item.get("detail") or item.get("explanation") or "").strip()
        if item.get("denominator") and not item.get("detail"):
            detail = f"{detail} Out of: {item['denominator']}.".strip()
        rec["detail"] = detail
        numbers = item.get("numbers") or item.get("values")
        rec["numbers"] = _ordered(numbers)
        parsed = item.get("parsed")
        form = item.get("form") or (parsed.get("form") if isinstance(parsed, Mapping) else None)
        rec["form"] = str(form) if form in ("share", "count") else ""
        rec["amounts"] = _ordered(item.get("amounts"))
        rec["unit"] = str(item.get("unit") or "")
        notes = item.get("notes") or []
        notes = list(notes) if isinstance(notes, list | tuple) else [notes]
        notes += _capitals_notes(item.get("capitals"))
        if runs:
            notes.append("By day: " + "; ".join(runs))
        if item.get("unclaimed_summary"):
            notes.append(item["unclaimed_summary"])
        if item.get("unclaimed_assumption"):
            notes.append(f"Units with no claim on record: {item['unclaimed_assumption']}")
        rec["notes"] = [str(n) for n in notes if n]
        raw_open = item.get("open")
        given: Mapping[str, Any] = raw_open if isinstance(raw_open, Mapping) else {}
        rec["open"] = {
            k: given.get(k, item.get(f"value_open_{k}"))
            for k in ("low", "high")
            if isinstance(given.get(k, item.get(f"value_open_{k}")), int | float)
        }
        rec["extra"] = {
            str(k): _short(v)
            for k, v in item.items()
            if k not in _CHECKER_FIELDS and v not in (None, "", [], {})
        }
        out.append(rec)
    if problems:
        raise ValidationError(problems, summary=f"{source}: invalid verdicts")
    return out


def _capitals_notes(groups: object) -> list[str]:
    """A capitals verdict's ``capitals`` (status label -> names) as note lines."""
    if not isinstance(groups, Mapping):
        return []
    from .check.capitals import short_list

    return [
        f"Capitals: {label} ({len(names)}): {short_list([str(n) for n in names])}"
        for label, names in groups.items()
        if isinstance(names, list | tuple)
    ]


def _ordered(numbers: object) -> dict[str, Any]:
    """``low``, ``mid``, ``high`` first (the checker's order), then any other bound."""
    if not isinstance(numbers, Mapping):
        return {}
    first = {k: numbers[k] for k in _BOUND_ORDER if k in numbers}
    rest = {str(k): v for k, v in numbers.items() if k not in _BOUND_ORDER}
    return first | {k: rest[k] for k in sorted(rest)}


def _short(value: object, limit: int = 200) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_verdicts(path: str | Path) -> list[dict[str, Any]]:
    """Verdict dicts from a JSON file (a list, or ``{"checks": [...]}``)."""
    p = Path(path)
    try:
        doc = json.loads(p.read_text("utf-8"))
    except (OSError, ValueError) as e:
        raise ValidationError([Problem(str(p), None, None, None, f"cannot read JSON: {e}")]) from e
    return normalize_verdicts(doc, source=str(p))


def run_checker(
    items: Sequence[str | Any],
    ledger: Ledger,
    units: UnitSet,
    *,
    date: str | dt.date,
    max_age: int | None = None,
    population: pd.Series | None = None,
    segments: Callable[[], Any] | None = None,
    neighbour_names: Callable[[], Sequence[str]] | None = None,
    places: Any = None,
) -> list[dict[str, Any]]:
    """Check sentences with the claim checker (:mod:`mapper.checks`); verdict dicts out.

    Parameters
    ----------
    items
        Sentences, or :class:`mapper.checks.BatchItem` (which may carry their own date and
        side) as read by :func:`mapper.checks.read_batch`.
    segments
        Called once, the first time a sentence needs border pieces (border claims).
    neighbour_names
        Called once, the first time a sentence on a set outside Afghanistan mentions a
        border: the country names "the border with X" may name (as ``mapper check`` does).
    places
        Provincial capitals for claims about them (:func:`mapper.places.read_places`), for
        boundary sets without built-in capitals (``mapper check --places``).

    A relative date in a sentence ("three weeks ago") is read from the sentence's own date
    (or ``date``), and the state checked is the one on the day it names, as ``mapper check``
    does.

    A sentence the checker cannot read gets the verdict :data:`NOT_CHECKED` with the
    reason; nothing is guessed.
    """
    from . import checks
    from .check.session import SentenceChecker

    checker = SentenceChecker(
        ledger,
        units,
        gazetteer=units.gazetteer(),
        max_age=max_age,
        population=population,
        segments=segments,
        neighbour_names=neighbour_names,
        places=places,
    )
    out: list[dict[str, Any]] = []
    for it in items:
        text = it if isinstance(it, str) else it.text
        day = dt.date.fromisoformat(str(getattr(it, "date", None) or date))
        try:
            parsed = checker.read(text, day, getattr(it, "side", None))
            verdict, _ = checker.verdict(parsed, day)
        except (checks.ClaimParseError, checks.CheckError) as e:
            out.append({"sentence": text, "error": str(e).splitlines()[0]})
            continue
        out.append(verdict.as_dict())
    return normalize_verdicts(out)


def load_checks(
    path: str | Path,
    ledger: Ledger,
    units: UnitSet,
    *,
    date: str | dt.date,
    max_age: int | None = None,
    segments: Callable[[], Any] | None = None,
    neighbour_names: Callable[[], Sequence[str]] | None = None,
    places: Any = None,
) -> list[dict[str, Any]]:
    """Verdicts for ``--checks FILE``: a ``.json`` of verdicts, or sentences to check
    (one a line, or a CSV with a ``claim`` column, as ``mapper check --batch`` reads)."""
    p = Path(path)
    if p.suffix.lower() == ".json":
        return read_verdicts(p)
    from .checks import read_batch

    try:
        items = read_batch(p)
    except csv.Error as e:  # a cell over the field limit: name its row and column
        from ._io import csv_error

        raise csv_error(p, e, "--checks file") from e
    return run_checker(
        items,
        ledger,
        units,
        date=date,
        max_age=max_age,
        segments=segments,
        neighbour_names=neighbour_names,
        places=places,
    )


# ---------------------------------------------------------------------------- content


def disputes(state: pd.DataFrame, ledger: Ledger) -> list[dict[str, Any]]:
    """The disputed units of ``state`` with the disagreeing claims behind each.

    Returns a list (in the state's unit order) of ``{"unit_id", "name", "province",
    "date", "stale", "claims": [{"row", "status", "actor", "source", "url", "confidence",
    "note"}]}``; ``stale`` disputes are older than the staleness limit and shown as unknown.
    """
    vocab = ledger.vocabulary
    by_row = ledger.claims.set_index("row")
    out = []
    for uid, r in state[state["disputed"]].iterrows():
        rows = [int(x) for x in str(r["rows"]).split(";") if x]
        claims = []
        for row in rows:
            c = by_row.loc[row]
            claims.append(
                {
                    "row": row,
                    "status": vocab[str(c["status"])].label,
                    "actor": vocab[str(c["actor"])].label if c["actor"] else "",
                    "source": str(c["source"]),
                    "url": str(c["url"]),
                    "confidence": str(c["confidence"]),
                    "note": str(c["note"]),
                }
            )
        out.append(
            {
                "unit_id": str(uid),
                "name": str(r["name"]),
                "province": str(r["province"]),
                "date": pd.Timestamp(r["claim_date"]).date().isoformat(),
                "stale": bool(r["stale"]),
                "claims": claims,
            }
        )
    return out


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _status_rows(state: pd.DataFrame, ledger: Ledger) -> list[dict[str, Any]]:
    table = summarize(state, vocabulary=ledger.vocabulary)
    return [
        {
            "label": ledger.vocabulary[str(k)].label,
            "units": int(r["units"]),
            "share_units": float(r["share_units"]),
            "area_km2": float(r["area_km2"]),
            "share_area": float(r["share_area"]),
        }
        for k, r in table.iterrows()
    ]


def _range_rows(state: pd.DataFrame, ledger: Ledger) -> list[dict[str, Any]]:
    ranges = control_ranges(state, vocabulary=ledger.vocabulary)
    return [
        {
            "label": ledger.vocabulary[str(side)].label,
            **{str(k): int(v) if str(k).startswith("units_") else float(v) for k, v in r.items()},
        }
        for side, r in ranges.iterrows()
    ]


def _number(v: object, fmt: str) -> str:
    if isinstance(v, bool) or not isinstance(v, int | float):
        return str(v)
    if fmt == "share":
        return f"{100 * v:.1f}%"
    if fmt == "amount":
        return f"{v:,.1f}"
    if fmt == "count":
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"
    return f"{v:.6g}"


def _numbers_text(v: Mapping[str, Any]) -> str:
    """The measured values as the checker prints them: 'low 33.8% (216,789.5 km²) · mid ...'
    for a share, 'low 102 · ... districts' for a count, 'name = value' when the form is not
    known."""
    numbers: Mapping[str, Any] = v.get("numbers") or {}
    if not numbers:
        return ""
    form = v.get("form") or ""
    if not form:
        return "; ".join(f"{k} = {_number(x, '')}" for k, x in numbers.items())
    amounts: Mapping[str, Any] = v.get("amounts") or {}
    unit = str(v.get("unit") or "")
    parts = []
    for k, x in numbers.items():
        text = f"{k} {_number(x, form)}"
        if form == "share" and k in amounts:
            amount = _number(amounts[k], "amount" if unit in ("km²", "km of border") else "count")
            text += f" ({amount} {unit})".replace(" )", ")")
        parts.append(text)
    tail = f" {unit}" if form == "count" and unit else ""
    text = " · ".join(parts) + tail
    open_ = v.get("open") or {}
    if (
        "low" in open_
        and "high" in open_
        and open_ != {"low": numbers.get("low"), "high": numbers.get("high")}
    ):
        text += (
            f" · with units that have no claim: {_number(open_['low'], form)} to "
            f"{_number(open_['high'], form)}{tail}"
        )
    return text


def _checks_notes(v: Mapping[str, Any]) -> list[str]:
    """The checker's caveats, then any field the report does not know, as note lines."""
    return [*v.get("notes", []), *(f"{k}: {x}" for k, x in v.get("extra", {}).items())]


def _date_flags(verdicts: Sequence[Mapping[str, Any]], date: str) -> tuple[int, int, list[str]]:
    """How many verdicts are of another date than ``date``, how many give none, which dates."""
    other = sorted({v["date"] for v in verdicts if v["date"] and v["date"] != date})
    n_other = sum(1 for v in verdicts if v["date"] and v["date"] != date)
    n_undated = sum(1 for v in verdicts if not v["date"])
    return n_other, n_undated, other


def _date_warning(verdicts: Sequence[Mapping[str, Any]], date: str) -> str:
    n_other, n_undated, other = _date_flags(verdicts, date)
    parts = []
    if n_other:
        parts.append(
            f"{n_other} of {len(verdicts)} claims were checked against the state on "
            f"{', '.join(other)}, not on this report's date ({date}): their verdicts describe "
            "that date, not the map and tables above (marked ⚠)."
        )
    if n_undated:
        parts.append(
            f"{n_undated} of {len(verdicts)} claims do not say which date they were checked "
            "against."
        )
    return " ".join(parts)


def _date_cell(v: Mapping[str, Any], date: str) -> str:
    if not v["date"]:
        return "not given"
    return v["date"] if v["date"] == date else f"⚠ {v['date']} (not the report's date)"


# ---------------------------------------------------------------------------- Markdown


def report_markdown(
    state: pd.DataFrame,
    units: UnitSet,
    ledger: Ledger,
    *,
    map_image: str | None,
    checks: Iterable[Mapping[str, Any]] | None = None,
    options: ReportOptions = ReportOptions(),
) -> str:
    """The report as Markdown; ``map_image`` is the PNG's path relative to the report."""
    date = str(state.attrs.get("date", ""))
    denoms = denominators(units)
    level = md_text(denoms.level)
    lines = [f"# {md_text(options.title)}", "", f"State on **{md_text(date)}**.", ""]
    for note in state_notes(state, ledger, level=units.level):
        lines += [f"> **Note:** {md_text(note)}", ""]
    if map_image:
        lines += [f"![Map of reported control on {md_text(date)}]({md_text(map_image)})", ""]
    lines += [
        "## Control by status",
        "",
        f"| Status | {level.capitalize()}s | % of {level}s | km² | % of area |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for r in _status_rows(state, ledger):
        lines.append(
            f"| {md_text(r['label'])} | {r['units']} | {_pct(r['share_units'])} | "
            f"{r['area_km2']:,.0f} | {_pct(r['share_area'])} |"
        )
    lines += ["", md_text(denoms.describe()) + ".", "", "## Ranges", ""]
    lines += [
        "Low: the side's own status only. Mid: plus its own unconfirmed claims. High: plus "
        "every contested, disputed and unconfirmed unit. Units without a claim count for "
        "nobody.",
        "",
        f"| Side | {level.capitalize()}s (low–mid–high) | Area share (low–mid–high) |",
        "| --- | --- | --- |",
    ]
    for r in _range_rows(state, ledger):
        lines.append(
            f"| {md_text(r['label'])} | {r['units_low']}–{r['units_mid']}–{r['units_high']} | "
            f"{_pct(r['share_area_low'])}–{_pct(r['share_area_mid'])}–"
            f"{_pct(r['share_area_high'])} |"
        )
    lines += ["", "## Disputes", ""]
    found = disputes(state, ledger)
    if not found:
        lines.append(f"No {level} has disagreeing claims on its latest date.")
    for d in found:
        stale = " (older than the staleness limit: shown as unknown)" if d["stale"] else ""
        lines += [
            f"- **{md_text(d['name'])}**, {md_text(d['province'])} ({md_text(d['date'])}){stale}:"
        ]
        for c in d["claims"]:
            who = f" ({md_text(c['actor'])})" if c["actor"] and c["actor"] != c["status"] else ""
            lines.append(
                f"  - row {c['row']}: {md_text(c['status'])}{who}, "
                f"{md_link(c['url'], c['source'] or c['url'])}, "
                f"{md_text(c['confidence'] or '-')} confidence"
            )
    if checks is not None:
        verdicts = normalize_verdicts(list(checks))
        lines += ["", "## Checked claims", ""]
        warning = _date_warning(verdicts, date)
        if warning:
            lines += [f"**Note:** {md_text(warning)}", ""]
        lines += [
            "| Claim | State on | Verdict | Detail |",
            "| --- | --- | --- | --- |",
        ]
        for v in verdicts:
            detail = v["detail"]
            numbers = _numbers_text(v)
            if numbers:
                detail = f"{detail} Measured: {numbers}." if detail else numbers
            detail = " ".join([detail, *(f"Note: {n}" for n in _checks_notes(v))]).strip()
            lines.append(
                f"| {md_text(v['sentence'])} | {md_text(_date_cell(v, date))} | "
                f"**{md_text(v['verdict'])}** | {md_text(detail)} |"
            )
    lines += ["", method_markdown(method_record(state, units, ledger))]
    return "\n".join(lines)


# ---------------------------------------------------------------------------- HTML

REPORT_CSS = """
body { margin: 0; background: #f6f7f9; color: #1a1a1a;
  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
.mapper-report { max-width: 980px; margin: 0 auto; padding: 16px 24px 48px; background: #fff; }
.mapper-report .mapper-caveat { color: #8c2d04; font-weight: 600; }
.mapper-report h1 { font-size: 24px; margin: 8px 0 0; }
.mapper-report h2 { font-size: 18px; margin: 24px 0 6px; border-bottom: 1px solid #ddd; }
.mapper-report table { border-collapse: collapse; margin: 6px 0; }
.mapper-report th, .mapper-report td { border-bottom: 1px solid #e3e3e3; padding: 3px 8px;
  text-align: left; vertical-align: top; }
.mapper-report td.n { text-align: right; font-variant-numeric: tabular-nums; }
.mapper-report iframe { border: 1px solid #ccc; max-width: 100%; }
.mapper-report iframe.mapper-map { display: block; width: 100%; height: auto;
  box-sizing: border-box; aspect-ratio: var(--mapper-ratio, 3 / 2); }
.mapper-summary { font-size: 17px; margin: 6px 0 10px; }
.mapper-scroll { overflow-x: auto; max-width: 100%; }
@media (max-width: 640px) {
  .mapper-report { padding: 8px 10px 32px; }
  .mapper-report h1 { font-size: 20px; }
  .mapper-summary { font-size: 15px; }
  /* a phone: a taller frame, so the country is not a stamp between the panel strips */
  .mapper-report iframe.mapper-map { aspect-ratio: 4 / 5; max-height: 80vh; }
  /* checked claims stack: one block per claim, each cell under its label */
  table.mapper-checks, table.mapper-checks tbody, table.mapper-checks tr,
  table.mapper-checks td { display: block; width: auto; }
  table.mapper-checks tr:first-child { display: none; }
  table.mapper-checks tr { border-bottom: 1px solid #ccc; padding: 6px 0; }
  table.mapper-checks td { border: 0; padding: 1px 0; }
  table.mapper-checks td:nth-child(n+2)::before { font-weight: 600; color: #555; }
  table.mapper-checks td:nth-child(2)::before { content: "State on: "; }
  table.mapper-checks td:nth-child(3)::before { content: "Verdict: "; }
  table.mapper-checks td:nth-child(4)::before { content: "Detail: "; }
}
.mapper-small { color: #555; font-size: 13px; }
.mapper-swatch { display: inline-block; width: 14px; height: 12px; margin-right: 6px;
  vertical-align: -1px; border: 1px solid #666; }
.mapper-verdict { font-weight: 700; }
.mapper-method { margin-top: 24px; border-top: 1px solid #ddd; padding-top: 8px; }
.mapper-method summary { cursor: pointer; font-weight: 700; font-size: 18px; }
.mapper-method h4 { margin: 12px 0 2px; }
.mapper-method code { word-break: break-all; }
.mapper-note { color: #333; font-size: 13px; }
.mapper-warning { background: #fff4e5; border-left: 4px solid #b35c00; padding: 6px 10px; }
.mapper-other-date { color: #b35c00; font-weight: 700; }
"""


def summary_line(state: pd.DataFrame, ledger: Ledger, *, level: str) -> str:
    """One sentence the report opens with: each side's units and share of the area, then
    how many units are open (contested, disputed, unconfirmed) and without a claim.

    Example: "On 2021-08-10, of 398 districts: Taliban control 71 (28.6% of the area),
    Government control 11 (2.6%); 6 contested or disputed, 24 unconfirmed, 286 with no claim."
    """
    vocab = ledger.vocabulary
    table = summarize(state, vocabulary=vocab)
    n = int(table["units"].sum())
    sides = []
    units, shares = table["units"].astype(int), table["share_area"].astype(float)
    for i, side in enumerate(vocab.sides):
        share = _pct(float(shares[side]))
        sides.append(
            f"{vocab[side].label} {int(units[side])} ({share}{' of the area' if i == 0 else ''})"
        )

    def count(*kinds: str) -> int:
        keys = [k for kind in kinds for k in vocab.of_kind(kind)]  # type: ignore[arg-type]
        return int(table.loc[keys, "units"].sum()) if keys else 0

    rest = [
        f"{count('contested', 'disputed')} contested or disputed",
        f"{count('unconfirmed')} unconfirmed",
        f"{count('unknown')} with no claim",
    ]
    date = str(state.attrs.get("date", ""))
    return f"On {date}, of {n} {level}s: {', '.join(sides)}; {', '.join(rest)}."


def report_html(
    state: pd.DataFrame,
    units: UnitSet,
    ledger: Ledger,
    *,
    checks: Iterable[Mapping[str, Any]] | None = None,
    options: ReportOptions = ReportOptions(),
    map_options: MapOptions | None = None,
) -> str:
    """The report as one self-contained HTML page (the map in a sandboxed iframe)."""
    from .render import _swatch  # the legend swatch of the map, same look

    vocab = ledger.vocabulary
    date = str(state.attrs.get("date", ""))
    denoms = denominators(units)
    mopts = replace(
        map_options or MapOptions(),
        title=options.title,
        embed=True,
        embed_width_px=options.map_width_px,
        embed_height_px=options.map_height_px,
    )
    page = build_map(state, units, ledger, options=mopts)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(options.title)} — {esc(date)}</title>",
        f"<style>{REPORT_CSS}</style></head>",
        '<body><main class="mapper-report">',
        f"<h1>{esc(options.title)}</h1>",
        f"<p class='mapper-summary'>{esc(summary_line(state, ledger, level=units.level))}</p>",
        f"<p>State on <b>{esc(date)}</b>.</p>",
        *(
            f"<p class='mapper-caveat'>{esc(n)}</p>"
            for n in state_notes(state, ledger, level=units.level)
        ),
        # no allow-same-origin: the map's scripts run in an opaque origin, away from the page
        f'<iframe class="mapper-map" title="Map of reported control on {esc(date)}" '
        f'width="{mopts.embed_width_px}" height="{mopts.embed_height_px}" '
        f'style="--mapper-ratio:{mopts.embed_width_px} / {mopts.embed_height_px}" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
        f'srcdoc="{esc(page)}"></iframe>',
        "<h2>Control by status</h2>",
        "<div class='mapper-scroll'>",
        f"<table class='mapper-stats'><tr><th>Status</th><th>{esc(denoms.level.capitalize())}s"
        f"</th><th>% of {esc(denoms.level)}s</th><th>km²</th><th>% of area</th></tr>",
    ]
    table = summarize(state, vocabulary=vocab)
    for key, r in table.iterrows():
        parts.append(
            f"<tr data-status='{esc(key)}'><td>{_swatch(str(key), vocab)}"
            f"{esc(vocab[str(key)].label)}</td><td class='n'>{int(r['units'])}</td>"
            f"<td class='n'>{_pct(float(r['share_units']))}</td>"
            f"<td class='n'>{float(r['area_km2']):,.0f}</td>"
            f"<td class='n'>{_pct(float(r['share_area']))}</td></tr>"
        )
    parts += [
        "</table></div>",
        f"<p class='mapper-small mapper-denominators'>{esc(denoms.describe())}.</p>",
        "<h2>Ranges</h2>",
        "<p class='mapper-small'>Low: the side's own status only. Mid: plus its own "
        "unconfirmed claims. High: plus every contested, disputed and unconfirmed unit. Units "
        "without a claim count for nobody.</p>",
        "<div class='mapper-scroll'>",
        f"<table class='mapper-ranges'><tr><th>Side</th><th>{esc(denoms.level.capitalize())}s "
        "(low–mid–high)</th><th>Area share (low–mid–high)</th></tr>",
    ]
    for rng in _range_rows(state, ledger):
        parts.append(
            f"<tr><td>{esc(rng['label'])}</td><td>{rng['units_low']}–{rng['units_mid']}–"
            f"{rng['units_high']}</td><td>{_pct(rng['share_area_low'])}–"
            f"{_pct(rng['share_area_mid'])}–{_pct(rng['share_area_high'])}</td></tr>"
        )
    parts += ["</table></div>", "<h2>Disputes</h2>"]
    found = disputes(state, ledger)
    if not found:
        parts.append(f"<p>No {esc(denoms.level)} has disagreeing claims on its latest date.</p>")
    else:
        parts.append("<ul class='mapper-disputes'>")
        for d in found:
            items = []
            for c in d["claims"]:
                who = f" ({esc(c['actor'])})" if c["actor"] and c["actor"] != c["status"] else ""
                note = f"<div class='mapper-note'>{esc(c['note'])}</div>" if c["note"] else ""
                items.append(
                    f"<li>row {c['row']}: {esc(c['status'])}{who}, "
                    f"{link(c['url'], c['source'] or c['url'])}, "
                    f"{esc(c['confidence'] or '-')} confidence{note}</li>"
                )
            stale = " (older than the staleness limit: shown as unknown)" if d["stale"] else ""
            parts.append(
                f"<li data-unit='{esc(d['unit_id'])}'><b>{esc(d['name'])}</b>, "
                f"{esc(d['province'])} ({esc(d['date'])}){stale}<ul>{''.join(items)}</ul></li>"
            )
        parts.append("</ul>")
    if checks is not None:
        verdicts = normalize_verdicts(list(checks))
        parts.append("<h2>Checked claims</h2>")
        warning = _date_warning(verdicts, date)
        if warning:
            parts.append(f"<p class='mapper-warning'>{esc(warning)}</p>")
        parts.append(
            "<table class='mapper-checks'><tr><th>Claim</th><th>State on</th><th>Verdict</th>"
            "<th>Detail</th></tr>"
        )
        for v in verdicts:
            numbers = _numbers_text(v)
            nums = f"<div class='mapper-small'>{esc(numbers)}</div>" if numbers else ""
            notes = "".join(
                f"<div class='mapper-note'>Note: {esc(n)}</div>" for n in _checks_notes(v)
            )
            other = bool(v["date"]) and v["date"] != date
            date_cls = " class='mapper-other-date'" if other or not v["date"] else ""
            colour = VERDICT_COLOURS.get(v["verdict"], OTHER_VERDICT_COLOUR)
            parts.append(
                f"<tr data-date='{esc(v['date'])}'><td>{esc(v['sentence'])}</td>"
                f"<td{date_cls}>{esc(_date_cell(v, date))}</td>"
                f"<td class='mapper-verdict' data-verdict='{esc(v['verdict'])}' "
                f"style='color:{colour}'>{esc(v['verdict'])}</td>"
                f"<td>{esc(v['detail'])}{nums}{notes}</td></tr>"
            )
        parts.append("</table>")
    parts += [
        method_html(method_record(state, units, ledger)),
        "</main></body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


# ---------------------------------------------------------------------------- files


def report_format(path: str | Path) -> ReportFormat:
    """``markdown`` for ``.md``/``.markdown``, ``html`` for ``.html``/``.htm``."""
    suffix = Path(path).suffix.lower()
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix in (".html", ".htm"):
        return "html"
    raise ReportError(f"{str(path)!r}: a report is .md (Markdown) or .html, not {suffix!r}")


def write_report(
    state: pd.DataFrame,
    units: UnitSet,
    ledger: Ledger,
    path: str | Path,
    *,
    checks: Iterable[Mapping[str, Any]] | None = None,
    options: ReportOptions = ReportOptions(),
    overwrite: bool = False,
    context: dict[str, Any] | None = None,
) -> list[Path]:
    """Write the report (format from the extension), and for Markdown its PNG map beside it.

    ``context`` is the maps' place layer (capitals, province names, neighbours:
    :func:`mapper.pages.context.place_context`), as ``mapper render`` draws it.

    Returns the paths written. Every file is written atomically; the PNG goes first, so a
    report never points at a map that is missing.
    """
    p = Path(path)
    fmt = report_format(p)
    png = p.with_name(f"{p.stem}-map.png")
    if not overwrite:
        # refuse before writing anything: a refused report must not leave a new PNG behind
        for target in (p, png) if fmt == "markdown" else (p,):
            if target.exists():
                raise OutputExistsError(f"{str(target)!r} exists; pass --overwrite to replace it")
    written: list[Path] = []
    if fmt == "markdown":
        fig = plot_state(state, units, ledger, title=options.title, context=context)
        written.append(save_static(fig, png, fmt="png", overwrite=overwrite))
        text = report_markdown(
            state, units, ledger, map_image=png.name, checks=checks, options=options
        )
    else:
        text = report_html(
            state,
            units,
            ledger,
            checks=checks,
            options=options,
            map_options=MapOptions(context=context) if context is not None else None,
        )
    written.insert(0, write_text(p, text, overwrite=overwrite))
    return written
