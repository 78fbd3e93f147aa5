"""One-file timeline (slider over many dates) and two-date compare pages.

Why not folium here: folium's ``TimeSliderChoropleth`` writes the full GeoJSON plus a style
object per unit *per date* (12.8 MB for 398 districts x 365 dates), and per-date layers grow
linearly with dates. These pages store

- the geometry once, as a topology (each shared border one arc, integer coordinates,
  delta + varint + base64; see :mod:`mapper._topology`);
- per unit only the dates on which its state changes (status code, record), decoded in the
  page into one byte per unit-date;
- each claim's popup row once (escaped HTML), referenced by index from every unit-date that
  shows it.

The page is written directly (Leaflet inlined from :mod:`mapper._assets`, canvas renderer, no
network request); everything from the ledger or the boundary file is escaped in Python with
:func:`mapper._html.esc` / :func:`mapper._html.link` and embedded with
:func:`mapper._html.script_json`.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import shapely

from .. import settings
from .._assets import LEAFLET_VERSION, leaflet_css, leaflet_js
from .._io import write_text
from ..boundaries import UnitSet
from ..claims import Ledger, is_http_url
from ..compare import Transition, changes, classify, status_deltas, transition_classes
from ..places import display_west
from ..snapshots import candidates
from ..stats import Denominators, denominators
from ..timeline import DateLike, Timeline, build_timeline
from ._html import PHONE_HEAD, esc, script_json
from ._static import css, js
from ._topology import b64, build_topology, encode_arcs, encode_shapes, varint
from .context import (
    PLACES_CSS,
    PLACES_JS,
    display_names,
    latest_claim,
    page_title,
    place_context,
    source_line,
    stamp_html,
)
from .map import _swatch, draw_geometry
from .method import method_html, method_record


@dataclass(frozen=True)
class TimelineOptions:
    """How a timeline or compare page looks."""

    title: str = "Reported territorial control over time"
    simplify_deg: float = settings.SIMPLIFY_TOLERANCE_DEG
    grid_deg: float = settings.COORD_PRECISION_DEG
    max_history: int = 12
    interval_ms: int = 250
    #: The date the timeline opens on: the last date on or before it (default: the last date,
    #: the latest state; the first date of a range is often an all-grey map).
    open_at: DateLike | None = None
    #: The place-context layer (:func:`mapper.pages.context.place_context`); built from
    #: ``places_file`` and Natural Earth (``$MAPPER_MIRROR`` or the cache) when not given.
    context: Mapping[str, Any] | None = None
    places_file: str | None = None


def _days(values: Any) -> list[int]:
    """Days since 1970-01-01 of many dates at once."""
    return [int(d) for d in pd.DatetimeIndex(values).to_numpy("datetime64[D]").astype(np.int64)]


#: Bump when the drawn geometry of the same units could change (simplification, topology,
#: encoding): cached entries then stop matching (the code's hash is in the key as well).
DRAW_CACHE_VERSION = 1


def _draw_cache_file(units: UnitSet, options: TimelineOptions) -> Path | None:
    """Where the encoded geometry of ``units`` is kept beside its processed-boundary entry.

    The entry's folder is already specific to the boundary files, loading options and
    library versions; the name adds the drawing options, the units (ids and provinces, in
    order) and the drawing code, so a subset or an edit never reads a stale copy.
    """
    if not units.cache_path or not Path(units.cache_path).is_dir():
        return None
    import hashlib

    h = hashlib.sha256()
    for part in (
        str(DRAW_CACHE_VERSION),
        repr((options.simplify_deg, options.grid_deg, units.level, settings.DRAW_CRS)),
        "\x1f".join(map(str, units.units.index)),
        "\x1f".join(map(str, units.units["province"])),
    ):
        h.update(part.encode("utf-8") + b"\0")
    here = Path(__file__).resolve().parent
    for code in ("_topology.py", "timeline.py", "map.py", "../_antimeridian.py"):
        h.update((here / code).resolve().read_bytes())
    return Path(units.cache_path) / f"draw-{h.hexdigest()[:32]}.json"


def _geometry(units: UnitSet, options: TimelineOptions) -> dict[str, Any]:
    """The encoded geometry, read from the processed-boundary cache when it is there.

    Simplifying and encoding 40,000 units takes ~15 s and gives the same bytes each time;
    a second page of the same boundary set reads it back (JSON, exact floats) instead.
    """
    path = _draw_cache_file(units, options)
    if path is not None and path.is_file():
        try:
            return dict(json.loads(path.read_text("utf-8")))
        except (OSError, ValueError):
            pass  # unreadable: rebuilt and replaced below
    out = _build_geometry(units, options)
    if path is not None:
        with contextlib.suppress(OSError):  # a read-only cache only costs time
            write_text(path, json.dumps(out, sort_keys=True), overwrite=True)
    return out


def _build_geometry(units: UnitSet, options: TimelineOptions) -> dict[str, Any]:
    # a set across the antimeridian is drawn contiguous (the Aleutians beside Alaska): its
    # bounds, and so the first view of every map, are those of the drawn geometry
    geoms = draw_geometry(
        units.units.geometry, tolerance=options.simplify_deg, west=display_west(units)
    )
    topo = build_topology(geoms, step=options.grid_deg)
    # province outlines are the arcs between units of different provinces, plus the outer
    # border: drawn from the same arcs, so they add no coordinates
    prov = units.units["province"].to_numpy()
    borders = [
        i
        for i, owners in enumerate(topo.arc_owners())
        if len(owners) == 1 or len({prov[o] for o in owners}) > 1
    ]
    if units.level != "district":
        borders = [i for i, owners in enumerate(topo.arc_owners()) if len(owners) == 1]
    minx, miny, maxx, maxy = (float(v) for v in shapely.total_bounds(geoms))
    return {
        "origin": list(topo.origin),
        "step": topo.step,
        "n_arcs": len(topo.arcs),
        "arcs": encode_arcs(topo),
        "shapes": encode_shapes(topo),
        "borders": b64(varint(np.array([len(borders), *borders], dtype=np.uint64))),
        "bounds": [[miny, minx], [maxy, maxx]],
    }


def _table(values: Any) -> tuple[list[str], list[int]]:
    """Distinct escaped strings and, per value, its index: sources and URLs repeat a lot."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object).fillna(""), sort=False)
    return [str(u) for u in uniques], [int(c) for c in codes]


_URL_HEAD = re.compile(r"[^/?#]*(?://[^/?#]*)?")
_C0_OR_SPACE = "".join(chr(i) for i in range(33))


@functools.lru_cache(maxsize=4096)
def _http_head(head: str) -> bool:
    return is_http_url(head)


def _is_http_url(url: str) -> bool:
    """:func:`mapper.claims.is_http_url`, decided once per scheme and host: the answer
    depends only on the part before the path (``urlsplit`` strips the same characters
    first), and URLs are mostly distinct while their hosts repeat."""
    s = url.strip().lstrip(_C0_OR_SPACE)
    s = s.replace("\t", "").replace("\r", "").replace("\n", "")
    m = _URL_HEAD.match(s)
    return _http_head(m.group(0) if m else s)


def _each(fn: Any, *cols: list[Any]) -> list[str]:
    """``fn`` of each row's values, computed once per distinct combination."""
    memo: dict[Any, str] = {}
    out = []
    for key in zip(*cols, strict=True):
        v = memo.get(key)
        if v is None:
            v = memo[key] = fn(*key)
        out.append(v)
    return out


def _claims(ledger: Ledger, units: UnitSet, last: pd.Timestamp) -> tuple[dict[str, Any], Any]:
    """Each claim up to ``last`` once, as columns of small integers and shared strings.

    Text is escaped here (the page only assembles it); a URL is kept only if it is an
    absolute http(s) URL, as :func:`mapper._html.link` does.
    """
    c = ledger.claims[ledger.claims["date"] <= last]
    vocab = ledger.vocabulary
    rows = c["row"].to_numpy().tolist()
    index = {int(r): i for i, r in enumerate(rows)}
    code = {k: i for i, k in enumerate(vocab.keys)}
    col = {k: c[k].tolist() for k in ("actor", "status", "source", "url", "confidence", "note")}
    # each distinct value (or pair) is escaped once: sources, URLs and names repeat a lot
    actors = _each(lambda a, s: "" if not a or a == s else esc(a), col["actor"], col["status"])
    sources = _each(esc, [s or u for s, u in zip(col["source"], col["url"], strict=True)])
    urls = [esc(u.strip()) if u and _is_http_url(u) else "" for u in col["url"]]
    confidence = _each(lambda x: esc(x or "-"), col["confidence"])
    # for the method section's ledger table, as mapper.method lists it
    actor_labels = _each(
        lambda a, st: esc(vocab[a].label) if a and a != st else "", col["actor"], col["status"]
    )
    names = units.units["name"].to_dict()
    unit_labels = _each(
        lambda scope, u, p: (
            esc(f"{names[u]}, {p}")
            if scope == "district" and u in names
            else esc(f"{p} (province-wide)")
        ),
        c["scope"].tolist(),
        c["unit_id"].tolist(),
        c["province"].tolist(),
    )
    out: dict[str, Any] = {
        "day": _days(c["date"]),
        "status": [code[s] for s in col["status"]],
        "row": [int(r) for r in rows],
        "wide": [int(w) for w in (c["scope"] == "province") & (units.level == "district")],
    }
    for name, values in (
        ("actor", actors),
        ("source", sources),
        ("url", urls),
        ("confidence", confidence),
        ("note", _each(esc, col["note"])),
        ("actor_label", actor_labels),
        ("unit", unit_labels),
    ):
        out[name + "s"], out[name] = _table(values)
    return out, index


def _change_stream(changed: np.ndarray, code: np.ndarray, record: np.ndarray) -> str:
    """Per unit: its number of changes, then (dates since the previous change, code,
    record + 1) per change; all units at once (a loop per unit took seconds at 40,000)."""
    n_units = changed.shape[1]
    if n_units == 0:
        return ""
    u, t = np.nonzero(changed.T)  # by unit, then date
    counts = np.bincount(u, minlength=n_units)
    first = np.r_[True, u[1:] != u[:-1]] if len(u) else np.zeros(0, dtype=bool)
    dt = np.where(first, t, t - np.r_[0, t[:-1]]) if len(u) else t
    trip = np.stack([dt, code[t, u], record[t, u].astype(np.int64) + 1], axis=1)
    out = np.empty(n_units + 3 * len(u), dtype=np.int64)
    starts = np.arange(n_units) + 3 * (np.cumsum(counts) - counts)
    out[starts] = counts
    mask = np.ones(len(out), dtype=bool)
    mask[starts] = False
    out[mask] = trip.ravel()
    return b64(varint(out))


def _timeline_data(
    tl: Timeline, units: UnitSet, ledger: Ledger, options: TimelineOptions
) -> tuple[dict[str, Any], dict[str, Any]]:
    vocab = ledger.vocabulary
    last = tl.dates[-1]
    claims, claim_index = _claims(ledger, units, last)
    # per unit, only the dates where (status, stale, record) changes
    code = tl.status.astype(np.int64) * 2 + tl.stale
    unknown = vocab.keys.index(vocab.unknown)
    prev_code = np.vstack([np.full((1, code.shape[1]), unknown * 2), code[:-1]])
    prev_rec = np.vstack([np.full((1, code.shape[1]), -1), tl.record[:-1]])
    changed = (code != prev_code) | (tl.record != prev_rec)
    change_stream = _change_stream(changed, code, tl.record)
    rec = tl.records
    rec_days = _days(rec["claim_date"])
    day0 = min(rec_days, default=0)
    rvals: list[int] = []
    status_code = {k: i for i, k in enumerate(vocab.keys)}
    wide = units.level == "district"
    for status, day, scope, disputed, rows in zip(
        rec["status"], rec_days, rec["scope"], rec["disputed"], rec["rows"], strict=True
    ):
        refs = [claim_index[int(x)] for x in str(rows).split(";") if x]
        flags = int(scope == "province" and wide) | 2 * int(bool(disputed))
        rvals += [status_code[str(status)], day - day0, flags, len(refs), *refs]
    cand = candidates(ledger, units, last)
    hist: dict[str, list[int]] = {}
    for uid, row in zip(cand["unit_id"], cand["row"], strict=True):
        hist.setdefault(str(uid), []).append(claim_index[int(row)])
    hvals: list[int] = []
    for uid in tl.unit_ids:
        h = sorted(set(hist.get(str(uid), [])), key=lambda i: (claims["day"][i], i))
        hvals += [len(h), *h]
    return {
        "days": _days(tl.dates),
        "unknown": unknown,
        "changes": change_stream,
        "n_records": len(rec),
        "day0": day0,
        "records": b64(varint(np.array(rvals, dtype=np.uint64))),
        "history": b64(varint(np.array(hvals, dtype=np.uint64))),
    }, claims


def _page_data(
    tl: Timeline, units: UnitSet, ledger: Ledger, options: TimelineOptions, mode: str
) -> dict[str, Any]:
    vocab = ledger.vocabulary
    u = units.units.loc[tl.unit_ids]
    timeline, claims = _timeline_data(tl, units, ledger, options)
    shown = display_names(units).loc[tl.unit_ids]
    provinces, province_of = _table(
        [
            esc(p) if p != n and units.level == "district" else ""
            for p, n in zip(u["province"], shown, strict=True)
        ]
    )
    denoms = denominators(units)
    return {
        "mode": mode,
        "geometry": _geometry(units, options),
        "units": {
            "ids": [str(i) for i in u.index],
            "names": [esc(n) for n in shown],
            # a province named like the unit itself (province-level sets) is not repeated
            "province_names": provinces,
            "province": province_of,
            "area": [round(float(a), 3) for a in u["area_km2"]],
        },
        "statuses": [
            {
                "key": esc(s.key),
                "label": esc(s.label),
                "colour": s.colour,
                "hatch": s.hatch,
                "kind": s.kind,
            }
            for s in vocab.statuses
        ],
        "timeline": timeline,
        "claims": claims,
        "denominators": {"units": denoms.units, "area_km2": denoms.area_km2},
        "attribution": (
            f"{esc(units.attribution)} | Claims: {esc(Path(ledger.file).name)} | "
            + (f"{options.context['sources']} | " if options.context else "")
            + f"Leaflet {esc(LEAFLET_VERSION)}"
        ),
        "max_history": options.max_history,
        "interval_ms": options.interval_ms,
        "open_at": _open_index(tl, options.open_at),
        "places": options.context,
    }


def _open_index(tl: Timeline, open_at: DateLike | None) -> int:
    """Index of the date the page opens on: the last date on or before ``open_at``."""
    if open_at is None:
        return len(tl.dates) - 1
    at = pd.Timestamp(open_at)
    return max(0, int(np.searchsorted(tl.dates.to_numpy(), at.to_datetime64(), side="right")) - 1)


def _legend(vocab: Any, denoms: Denominators, *, title: str, dates: str) -> str:
    rows = "".join(
        f"<tr data-status='{esc(s.key)}'><td>{_swatch(s.key, vocab)}{esc(s.label)}</td>"
        "<td class='n' data-f='units'></td><td class='n' data-f='share_units'></td>"
        "<td class='n' data-f='km2'></td><td class='n' data-f='share_area'></td></tr>"
        for s in vocab.statuses
    )
    ranges = "".join(
        f"<li data-side='{esc(side)}'><b>{esc(vocab[side].label)}</b>: "
        f"<span data-f='units'></span> {esc(denoms.level)}s, <span data-f='area'></span>"
        " of area</li>"
        for side in vocab.sides
    )
    published = (
        f" Published country area: {denoms.published_area_km2:,.0f} km² (not used as a "
        "denominator)."
        if denoms.published_area_km2
        else ""
    )
    return f"""
<div class="mapper-panel" id="mapper-panel">
  <div class="mapper-title">{esc(title)}</div>
  <div class="mapper-date">State on <b id="mapper-date"></b>
  <span class="mapper-small">({esc(dates)})</span></div>
  <table class="mapper-legend">
    <tr><th>Status</th><th>{esc(denoms.level.capitalize())}s</th><th>%</th><th>km²</th>
    <th>% area</th></tr>{rows}
  </table>
  <details open><summary>Ranges (contested, disputed, unconfirmed)</summary>
  <ul class="mapper-ranges">{ranges}</ul>
  <p class="mapper-small">Low: the side's own status only. High: plus every contested,
  disputed and unconfirmed unit. Units without a claim count for nobody.</p></details>
  <p class="mapper-small">Shares of {denoms.units} {esc(denoms.level)}s and of
  {denoms.area_km2:,.0f} km² (polygon area of '{esc(denoms.boundary)}', computed in
  {esc(denoms.area_crs)}).{published}</p>
</div>"""


_PAGE_CSS = css("timeline.css", "narrow.css", "method.css") + "\n" + PLACES_CSS
_PAGE_JS = js("fit.js", "pages.js")


def _page(title: str, body: str, data: dict[str, Any]) -> str:
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{esc(title)}</title>\n<style>{leaflet_css()}</style>\n"
        f"<script>{leaflet_js()}</script>\n<style>{_PAGE_CSS}</style>\n{PHONE_HEAD}\n"
        "</head><body>\n"
        f"{body}\n<script type='application/json' id='mapper-data'>{script_json(data)}"
        f"</script>\n<script>{PLACES_JS}</script>\n<script>{_PAGE_JS}</script>\n"
        "</body></html>\n"
    )


def _with_places(options: TimelineOptions, units: UnitSet) -> TimelineOptions:
    """Options with the place context built (if not given) and the country in the title."""
    ctx = options.context
    if ctx is None:
        ctx = place_context(units, places_file=options.places_file)
    return replace(options, context=ctx, title=page_title(options.title, ctx, units))


def build_timeline_page(
    timeline: Timeline,
    units: UnitSet,
    ledger: Ledger,
    *,
    options: TimelineOptions = TimelineOptions(),
) -> str:
    """The timeline page: slider, play/pause, date, legend with per-date statistics.

    Parameters
    ----------
    timeline
        From :func:`mapper.timeline.build_timeline` on ``units`` and ``ledger``.
    """
    vocab = ledger.vocabulary
    options = _with_places(options, units)
    denoms = denominators(units)
    span = f"{timeline.dates[0].date()} to {timeline.dates[-1].date()}, {len(timeline.dates)} dates"
    if timeline.max_age is not None:
        span += f"; statuses older than {timeline.max_age} days shown as unknown"
    if ledger.skipped_rows:
        span += f"; {len(ledger.skipped_rows)} invalid ledger row(s) skipped (--skip-invalid)"
    body = (
        "<div id='mapper-map'></div>"
        + _legend(vocab, denoms, title=options.title, dates=span)
        + "<div class='mapper-controls'><button id='mapper-play' type='button'>"
        f"{PLAY_ICON}{PAUSE_ICON}<span>Play</span></button><div class='mapper-track'>"
        "<input id='mapper-slider' type='range' min='0' max='0' value='0' step='1' "
        "aria-label='Date'><div class='mapper-ticks' id='mapper-ticks' aria-hidden='true'>"
        "</div></div><span id='mapper-date-label'></span></div>"
        + stamp_html(
            ledger, timeline.dates[-1].date().isoformat(), extra_class="mapper-stamp-timeline"
        )
        + method_html(
            method_record(
                None,
                units,
                ledger,
                date=timeline.dates[-1].date().isoformat(),
                max_age=timeline.max_age,
                max_claims=0,  # listed by the page from its claims data (no second copy)
            )
        )
    )
    return _page(options.title, body, _page_data(timeline, units, ledger, options, "timeline"))


#: Play and pause as inline SVG (an emoji shows as an empty box without an emoji font); the
#: button shows one of them by its class (``mapper-playing``).
PLAY_ICON = (
    "<svg class='mapper-icon mapper-icon-play' viewBox='0 0 10 10' aria-hidden='true'>"
    "<path d='M2 1L9 5L2 9Z'/></svg>"
)
PAUSE_ICON = (
    "<svg class='mapper-icon mapper-icon-pause' viewBox='0 0 10 10' aria-hidden='true'>"
    "<path d='M2 1h2.2v8H2zM5.8 1H8v8H5.8z'/></svg>"
)


def _fmt_delta(x: float, pct: bool = False) -> str:
    return f"{100 * x:+.1f} pt" if pct else f"{x:+,.0f}"


def build_compare_page(
    ledger: Ledger,
    units: UnitSet,
    d1: DateLike,
    d2: DateLike,
    *,
    max_age: int | None = None,
    options: TimelineOptions = TimelineOptions(title="What changed"),
) -> str:
    """Two synced maps (``d1``, ``d2``), a transition map and the change tables, one file."""
    vocab = ledger.vocabulary
    options = _with_places(options, units)
    tl = build_timeline(ledger, units, [d1, d2], max_age=max_age)
    t1, t2 = tl.dates[0], tl.dates[-1]
    table = changes(ledger, units, t1, t2, max_age=max_age)
    deltas = status_deltas(ledger, units, t1, t2, max_age=max_age)
    classes = transition_classes(vocab)
    keys = np.array(vocab.keys, dtype=object)
    s1 = pd.Series(keys[tl.status[0]], index=tl.unit_ids)
    s2 = pd.Series(keys[tl.status[-1]], index=tl.unit_ids)
    trans = classify(s1, s2, vocabulary=vocab)
    class_index = {c.key: i for i, c in enumerate(classes)}
    data = _page_data(tl, units, ledger, options, "compare")
    data["compare"] = {
        "transitions": [class_index[t] for t in trans],
        "classes": [
            {"key": c.key, "label": esc(c.label), "colour": c.colour, "hatch": c.hatch}
            for c in classes
        ],
    }
    denoms = denominators(units)
    date1, date2 = t1.date().isoformat(), t2.date().isoformat()
    drows = "".join(
        f"<tr data-status='{esc(k)}'><td>{_swatch(str(k), vocab)}{esc(vocab[str(k)].label)}</td>"
        f"<td class='n'>{int(r['units_d1'])}</td><td class='n'>{int(r['units_d2'])}</td>"
        f"<td class='n'>{_fmt_delta(r['units_delta'])}</td>"
        f"<td class='n'>{r['area_km2_d1']:,.0f}</td><td class='n'>{r['area_km2_d2']:,.0f}</td>"
        f"<td class='n'>{_fmt_delta(r['area_km2_delta'])}</td>"
        f"<td class='n'>{_fmt_delta(r['share_area_delta'], pct=True)}</td></tr>"
        for k, r in deltas.iterrows()
    )
    labels = {c.key: c.label for c in classes}
    crow = []
    for uid, r in table.iterrows():
        crow.append(
            f"<tr data-unit='{esc(uid)}'><td>{esc(r['name'])}</td><td>{esc(r['province'])}</td>"
            f"<td>{esc(labels[r['transition']])}</td>"
            f"<td>{esc(vocab[r['status_d1']].label)}<br><small>{_claim_ref(r, 'd1')}</small></td>"
            f"<td>{esc(vocab[r['status_d2']].label)}<br><small>{_claim_ref(r, 'd2')}</small></td>"
            f"<td class='n'>{r['area_km2']:,.0f}</td></tr>"
        )
    legend = "".join(
        f"<li>{_class_swatch(c)}{esc(c.label)}: {int((trans == c.key).sum())}</li>" for c in classes
    )
    age = f"; statuses older than {max_age} days count as unknown" if max_age is not None else ""
    if ledger.skipped_rows:
        age += f"; {len(ledger.skipped_rows)} invalid ledger row(s) skipped (--skip-invalid)"
    body = f"""
<div class="mapper-head"><span class="mapper-title">{esc(options.title)}:
{esc(date1)} → {esc(date2)}</span> <span class="mapper-small">{len(table)} of {denoms.units}
{esc(denoms.level)}s changed status{esc(age)}. Shares of {denoms.units} {esc(denoms.level)}s
and {denoms.area_km2:,.0f} km² (polygon area of '{esc(denoms.boundary)}',
{esc(denoms.area_crs)}).</span>
<span class="mapper-small">Latest claim on record: {esc(latest_claim(ledger, date2) or "none")}.
Sources: {esc(source_line(ledger, date2))}.</span></div>
<div class="mapper-grid">
 <div class="mapper-pane"><div class="mapper-pane-label" id="mapper-label-a">State on
 {esc(date1)}</div><div class="mapper-map" id="mapper-map-a"></div></div>
 <div class="mapper-pane"><div class="mapper-pane-label" id="mapper-label-b">State on
 {esc(date2)}</div><div class="mapper-map" id="mapper-map-b"></div></div>
 <div class="mapper-pane"><div class="mapper-pane-label" id="mapper-label-t">Change
 {esc(date1)} → {esc(date2)}</div><div class="mapper-map" id="mapper-map-t"></div></div>
 <div class="mapper-pane mapper-tables">
  <ul class="mapper-ranges">{legend}</ul>
  <table class="mapper-table" id="mapper-deltas"><tr><th>Status</th><th>{esc(date1)}</th>
  <th>{esc(date2)}</th><th>Δ units</th><th>km² {esc(date1)}</th><th>km² {esc(date2)}</th>
  <th>Δ km²</th><th>Δ area share</th></tr>{drows}</table>
  <table class="mapper-table" id="mapper-changes"><tr><th>Unit</th><th>Province</th>
  <th>Change</th><th>{esc(date1)}</th><th>{esc(date2)}</th><th>km²</th></tr>{"".join(crow)}
  </table>
  {
        method_html(
            method_record(None, units, ledger, date=date2, max_age=max_age, max_claims=0),
            inline=True,
        )
    }
 </div>
</div>
<div class="mapper-credit">{data["attribution"]}</div>"""
    return _page(f"{options.title}: {date1} → {date2}", body, data)


def _class_swatch(c: Transition) -> str:
    if c.hatch:
        bg = f"repeating-linear-gradient(45deg, {c.colour} 0 4px, #7a7a7a 4px 6px)"
    else:
        bg = c.colour
    return f"<span class='mapper-swatch' style='background:{esc(bg)}'></span>"


def _claim_ref(r: pd.Series, side: str) -> str:
    """'row 12, 2021-07-08, Source' for the claim behind a state (escaped)."""
    rows = r[f"rows_{side}"]
    if not rows:
        return "no claim"
    day = pd.Timestamp(r[f"claim_date_{side}"]).date().isoformat()
    from ._html import link

    src = link(str(r[f"url_{side}"]), str(r[f"source_{side}"]))
    return f"{esc(day)}, row {esc(rows)}: {src}"


def write_page(html: str, path: str | Path, *, overwrite: bool = False) -> Path:
    """Write a page atomically; refuses to replace a file unless ``overwrite``."""
    return write_text(path, html, overwrite=overwrite)
