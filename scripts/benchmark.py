"""Benchmark the timeline page against folium's TimeSliderChoropleth (not a test).

Prints, per case: HTML bytes, gzipped bytes, build seconds and peak RSS for mapper's
timeline page and for folium's ``TimeSliderChoropleth`` fed the same simplified geometry
and the same unit-date statuses, plus the ratios, and the time of the per-date area series
(country, and by province). Each measurement runs in its own process so peak RSS belongs
to one build. Machines are shared and noisy: read the ratios (both sides measured in the
same run), not the absolutes.

Cases:

- ``398x365-example``: the real districts and the example ledger, 365 daily dates;
- ``398x365-dense``: the real districts, a synthetic ledger with 12 claims per district;
- ``4000x365-split``: the real districts cut by a 0.197° grid (4,023 units), 6 synthetic
  claims per unit.

The 398-unit builds are timed as every page after the first of a boundary set is built:
with the set's processed entry holding its drawn geometry and neighbour layer (one
untimed warm-up build makes sure it does). The first page of a set, which computes and
stores both, is timed once more in a fresh cache folder and printed beside it (no target).

Then it runs its siblings, each in its own processes, each printing ``[ok]``/``[miss]``
against issue #13's targets: ``benchmark_cli.py`` (warm ``stats``/``render``/``check``,
median of 5), ``benchmark_claims.py`` (ledger rows/s and peak memory at 1e5 and 1e6 rows),
``benchmark_pages.py`` (4k and 40k single-date and timeline pages: size, build, load in
Chromium; series at 40k x 365), ``benchmark_import.py`` (1,000,000 ACLED events imported
and assigned to units) and ``benchmark_checker.py``.

Usage::

    MAPPER_MIRROR=/path/to/boundaries python scripts/benchmark.py [--cases NAME ...] \
        [--skip cli claims pages import] [--no-checker]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's mapper, not an installed one

import geopandas as gpd  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import shapely  # noqa: E402

from mapper import settings  # noqa: E402
from mapper.boundaries import UnitSet, load_units  # noqa: E402
from mapper.claims import Ledger, read_claims  # noqa: E402
from mapper.render import draw_geometry  # noqa: E402
from mapper.render_timeline import build_timeline_page  # noqa: E402
from mapper.timeline import build_timeline, status_series  # noqa: E402
from mapper.vocabulary import DEFAULT  # noqa: E402

CASES = ("398x365-example", "398x365-dense", "4000x365-split")
START = pd.Timestamp("2021-05-01")
N_DATES = 365
TARGETS = {
    "398x365 bytes": 1.5e6,
    "398x365 seconds": 2.0,
    "smaller than TimeSliderChoropleth": 8.0,
    "4000x365 bytes": 10e6,
    "398x365 series seconds": 0.1,
}


def _rss_reset() -> bool:
    """Reset the kernel's peak-RSS mark so VmHWM measures only what follows."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def split_units(units: UnitSet, cell: float) -> UnitSet:
    """The districts cut by a grid of ``cell`` degrees: a realistic ~4,000-unit coverage."""
    minx, miny, maxx, maxy = units.units.total_bounds
    xs, ys = np.arange(minx, maxx, cell), np.arange(miny, maxy, cell)
    grid = gpd.GeoDataFrame(
        geometry=[shapely.box(x, y, x + cell, y + cell) for x in xs for y in ys], crs="EPSG:4326"
    )
    base = units.units.reset_index()[["unit_id", "name", "province", "iso_3166_2", "geometry"]]
    pieces = gpd.overlay(base, grid, how="intersection", keep_geom_type=True)
    pieces["area_km2"] = pieces.geometry.to_crs(settings.EQUAL_AREA_CRS).area / 1e6
    pieces = pieces[pieces["area_km2"] > 0.01].reset_index(drop=True)  # drop slivers
    k = pieces.groupby("unit_id").cumcount() + 1
    pieces["unit_id"] = pieces["unit_id"] + "#" + k.astype(str)
    pieces["name"] = pieces["name"] + " " + k.astype(str)
    pieces["source_id"] = pieces["unit_id"]
    gdf = gpd.GeoDataFrame(pieces.set_index("unit_id"), geometry="geometry", crs="EPSG:4326")
    return UnitSet(
        units=gdf[["name", "province", "iso_3166_2", "source_id", "area_km2", "geometry"]],
        level="district",
        boundary="afg-districts-split",
        title="Afghan districts cut by a grid (benchmark only)",
        attribution=units.attribution,
        licence=units.licence,
        provinces=units.provinces,
    )


def synthetic_ledger(units: UnitSet, *, per_unit: int, seed: int = 1) -> Ledger:
    """``per_unit`` random district claims per unit over the benchmark year."""
    rng = np.random.default_rng(seed)
    n = len(units.table) * per_unit
    pos = rng.integers(0, len(units.table), n)
    uid = units.table.index.to_numpy()[pos]
    status = rng.choice(
        ["taliban", "government", "contested", "unconfirmed"], n, p=[0.45, 0.3, 0.15, 0.1]
    )
    side = rng.choice(["taliban", "government"], n)
    actor = np.where(
        np.isin(status, ["taliban", "government"]),
        status,
        np.where(status == "unconfirmed", side, ""),
    )
    frame = pd.DataFrame(
        {
            "row": np.arange(2, n + 2),
            "date": START + pd.to_timedelta(rng.integers(0, N_DATES, n), unit="D"),
            "reported": pd.NaT,
            "province": units.table["province"].to_numpy()[pos],
            "district": units.table["name"].to_numpy()[pos],
            "status": status,
            "actor": actor,
            "source": [f"Synthetic outlet {i % 97}" for i in range(n)],
            "url": [f"https://example.org/claims/{i}" for i in range(n)],
            "confidence": "medium",
            "note": "",
            "scope": "district",
            "unit_id": uid,
            "input_province": units.table["province"].to_numpy()[pos],
        }
    )
    frame = frame.sort_values(["date", "row"], kind="stable").reset_index(drop=True)
    return Ledger(frame, "synthetic.csv", DEFAULT)


def load_case(case: str) -> tuple[UnitSet, Ledger]:
    mirror = os.environ.get(settings.ENV_MIRROR)
    units = load_units("afg-districts", mirror=Path(mirror) if mirror else None)
    if case == "398x365-example":
        return units, read_claims(ROOT / "examples" / "afghanistan-2021.csv", units)
    if case == "398x365-dense":
        return units, synthetic_ledger(units, per_unit=12)
    if case == "4000x365-split":
        split = split_units(units, 0.197)
        return split, synthetic_ledger(split, per_unit=6)
    raise SystemExit(f"unknown case {case!r}; valid: {', '.join(CASES)}")


def folium_page(units: UnitSet, ledger: Ledger, dates: pd.DatetimeIndex) -> str:
    """TimeSliderChoropleth with the same simplified geometry and unit-date statuses."""
    import folium
    from folium.plugins import TimeSliderChoropleth

    tl = build_timeline(ledger, units, dates)
    colours = np.array([s.colour for s in ledger.vocabulary.statuses])
    geoms = draw_geometry(units.units.geometry, tolerance=settings.SIMPLIFY_TOLERANCE_DEG)
    gdf = gpd.GeoDataFrame(
        {"name": units.units["name"].to_numpy()},
        geometry=geoms,
        crs="EPSG:4326",
        index=[str(i) for i in range(len(units.units))],
    )
    stamps = [str(int(d.timestamp())) for d in tl.dates]
    styledict = {
        str(u): {
            stamps[t]: {"color": colours[tl.status[t, u]], "opacity": 0.85}
            for t in range(len(stamps))
        }
        for u in range(len(units.units))
    }
    m = folium.Map(location=[34, 66], zoom_start=6, tiles=None)
    TimeSliderChoropleth(gdf.to_json(), styledict=styledict).add_to(m)
    return m.get_root().render()


def worker(case: str, impl: str) -> dict[str, Any]:
    units, ledger = load_case(case)
    dates = pd.date_range(START, periods=N_DATES, freq="D")
    rss_before = _rss_mb()
    reset = _rss_reset()
    t0 = time.perf_counter()
    if impl == "mapper":
        tl = build_timeline(ledger, units, dates)
        html = build_timeline_page(tl, units, ledger)
    else:
        html = folium_page(units, ledger, dates)
    seconds = time.perf_counter() - t0
    peak = _peak_rss_mb()
    data = html.encode("utf-8")
    out: dict[str, Any] = {
        "case": case,
        "impl": impl,
        "units": len(units.units),
        "dates": len(dates),
        "claims": len(ledger.claims),
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "gzip_bytes": len(gzip.compress(data, 6)),
        "seconds": seconds,
        "rss_before_mb": rss_before,
        "peak_rss_mb": peak,
        "peak_is_build_only": reset,
    }
    if impl == "mapper":
        t1 = time.perf_counter()
        tl = build_timeline(ledger, units, dates)
        t2 = time.perf_counter()
        series = status_series(tl, units)
        t3 = time.perf_counter()
        by_province = status_series(tl, units, by="province")
        t4 = time.perf_counter()
        out["timeline_seconds"] = t2 - t1
        out["series_seconds"] = t3 - t2
        out["series_rows"] = len(series)
        out["series_by_province_seconds"] = t4 - t3
        out["series_by_province_rows"] = len(by_province)
        out["status_changes"] = int((tl.status[1:] != tl.status[:-1]).sum())
    return out


def run(case: str, impl: str, cache: Path | None = None) -> dict[str, Any]:
    """One worker process; ``cache``: its processed-boundary cache folder (default: the
    user's, as the CLI's)."""
    env = dict(os.environ)
    if cache is not None:
        env[settings.ENV_CACHE] = str(cache)
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", case, impl],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{case}/{impl} failed:\n{proc.stderr}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _mb(x: float) -> str:
    return f"{x / 1e6:8.2f} MB"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", nargs="*", default=list(CASES), choices=CASES)
    ap.add_argument("--no-folium", action="store_true", help="Skip TimeSliderChoropleth.")
    ap.add_argument("--no-checker", action="store_true", help="Skip benchmark_checker.py.")
    ap.add_argument(
        "--skip",
        nargs="*",
        default=[],
        choices=["cli", "claims", "pages", "import"],
        help="Siblings not to run (benchmark_<name>.py).",
    )
    ap.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(*args.worker)))
        return
    checks: list[tuple[str, bool, str]] = []
    if any(c.startswith("398x365") for c in args.cases):
        run("398x365-example", "mapper")  # warm-up, not timed: the set's cached layers
    for case in args.cases:
        m = run(case, "mapper")
        print(
            f"\n== {case}: {m['units']} units x {m['dates']} dates, {m['claims']} claims, "
            f"{m['status_changes']} unit-date status changes"
        )
        head = f"{'':24}{'HTML':>11} {'gzipped':>11} {'build s':>8} {'peak RSS':>10}"
        print(head + f" {'RSS before':>11}")
        rows = [("mapper timeline", m)]
        f = None if args.no_folium else run(case, "folium")
        if f:
            rows.append(("folium TimeSlider", f))
        for label, r in rows:
            print(
                f"{label:24}{_mb(r['bytes'])}  {_mb(r['gzip_bytes'])} {r['seconds']:8.2f} "
                f"{r['peak_rss_mb']:7.0f} MB {r['rss_before_mb']:8.0f} MB"
            )
        if case == "398x365-example":
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                first = run(case, "mapper", cache=Path(tmp))
            print(
                f"{'first page of the set':24}{_mb(first['bytes'])}  "
                f"{_mb(first['gzip_bytes'])} {first['seconds']:8.2f} "
                f"{first['peak_rss_mb']:7.0f} MB {first['rss_before_mb']:8.0f} MB"
                "  (fresh cache: drawn geometry and neighbour layer computed, then kept)"
            )
            same = "the same bytes" if first["sha256"] == m["sha256"] else "DIFFERENT bytes (!)"
            print(f"  first page and next page: {same}")
        if f:
            print(
                f"{'ratio folium/mapper':24}{f['bytes'] / m['bytes']:8.1f} x  "
                f"{f['gzip_bytes'] / m['gzip_bytes']:8.1f} x {f['seconds'] / m['seconds']:7.1f}x "
                f"{f['peak_rss_mb'] / m['peak_rss_mb']:8.1f}x"
            )
        print(
            f"area series ({m['series_rows']} rows): {m['series_seconds']:.4f} s "
            f"(+ timeline states {m['timeline_seconds']:.4f} s); by province "
            f"({m['series_by_province_rows']} rows): {m['series_by_province_seconds']:.4f} s"
        )
        if case.startswith("398x365"):
            checks.append(
                (f"{case} HTML <= 1.5 MB", m["bytes"] <= TARGETS["398x365 bytes"], _mb(m["bytes"]))
            )
            checks.append((f"{case} build <= 2 s", m["seconds"] <= 2.0, f"{m['seconds']:.2f} s"))
            checks.append(
                (
                    f"{case} series <= 0.1 s",
                    m["series_seconds"] <= 0.1,
                    f"{m['series_seconds']:.4f} s",
                )
            )
        if case.startswith("4000"):
            checks.append((f"{case} HTML <= 10 MB", m["bytes"] <= 10e6, _mb(m["bytes"])))
        if f:
            ratio = f["bytes"] / m["bytes"]
            checks.append((f"{case} >= 8x smaller than folium", ratio >= 8, f"{ratio:.1f}x"))
    print("\nTargets:")
    for name, ok, value in checks:
        print(f"  [{'ok' if ok else 'miss'}] {name}: {value}")
    # siblings (#13.6, #12.5): each prints its figures and its own [ok]/[miss] lines
    siblings = [
        ("warm CLI latency", "benchmark_cli.py", []),
        (
            "ledger reader at 1e5 and 1e6 rows",
            "benchmark_claims.py",
            ["--sizes", "100000", "1000000"],
        ),
        ("pages at 4k and 40k units, series at 40k x 365", "benchmark_pages.py", []),
        ("ACLED import of 1,000,000 events", "benchmark_import.py", ["--events", "1000000"]),
    ]
    for title, script, extra in siblings:
        if script.removeprefix("benchmark_").removesuffix(".py") in args.skip:
            continue
        print(f"\n== {title} (scripts/{script})", flush=True)
        subprocess.run([sys.executable, str(ROOT / "scripts" / script), *extra], check=False)
    if not args.no_checker:
        # sibling: the claim checker's parse time at 100, 1,000 and 10,000 characters
        print("\n== claim checker (scripts/benchmark_checker.py)", flush=True)
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "benchmark_checker.py")], check=False
        )


if __name__ == "__main__":
    main()
