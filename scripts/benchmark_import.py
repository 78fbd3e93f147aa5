"""Benchmark `mapper import acled` on a large synthetic export (not a test).

Writes a synthetic ACLED export of N events (default 1,000,000) in ACLED's column layout,
with points inside the real 398 Afghan districts, 40 % "Non-state actor overtakes
territory", 20 % "Government regains territory", 40 % "Armed clash" (counted, not imported).
Then, each in a fresh process so the peak RSS belongs to that step alone, it measures:

* the import (read + map to claims) with pandas' C CSV reader (what mapper uses) and, if
  pyarrow is installed, with pandas' pyarrow reader;
* assigning every claim to the unit containing its point with three engines:
  ``strtree`` (shapely 2 STRtree, vectorised query: what ``--assign`` uses),
  ``sjoin`` (geopandas ``sjoin(predicate="within")``, the same tree plus frame overhead),
  ``duckdb`` (DuckDB + spatial extension, ``ST_Contains`` join), if installed
  (``pip install duckdb duckdb-ext-spatial``).

Prints seconds, peak RSS and per-event figures for each. Machines are shared and noisy:
compare engines within one run.

Usage::

    MAPPER_MIRROR=/path/to/boundaries python scripts/benchmark_import.py [--events N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HEADER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip

_IMPORT = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
import pandas as pd
import mapper.ingest.acled as acled
from mapper.vocabulary import DEFAULT
engine = sys.argv[3]
if engine == "pyarrow":
    _read = pd.read_csv
    def read_csv(*a, **k):
        k["engine"] = "pyarrow"
        return _read(*a, **k)
    acled.pd.read_csv = read_csv
t0 = time.perf_counter()
r = acled.import_acled(sys.argv[2], vocabulary=DEFAULT)
s = time.perf_counter() - t0
r.ledger[["lat", "lon", "event_id"]].to_pickle(sys.argv[4])
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"claims": len(r.ledger), "s": s, "peak_rss_mb": rss}))
"""

_ASSIGN = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
import numpy as np, pandas as pd
from mapper.boundaries import load_units
from mapper.ingest.acled import assign_units
units = load_units("afg-districts")
led = pd.read_pickle(sys.argv[2])
engine = sys.argv[3]
t0 = time.perf_counter()
if engine == "strtree":
    out = assign_units(led, units)
    ids = out["unit_id"].to_numpy()
elif engine == "sjoin":
    import geopandas as gpd
    pts = gpd.GeoDataFrame(led, geometry=gpd.points_from_xy(led["lon"], led["lat"]),
                           crs="EPSG:4326")
    j = gpd.sjoin(pts, units.units[["geometry"]], predicate="within", how="left")
    ids = j["unit_id"].to_numpy()
else:
    import glob, os
    import duckdb, duckdb_ext
    con = duckdb.connect()
    # the extension ships as a PyPI wheel (duckdb-ext-spatial): load it from there, offline
    ext = glob.glob(os.path.join(list(duckdb_ext.__path__)[0], "extensions", "*", "*",
                                 "spatial.duckdb_extension"))[0]
    con.execute(f"LOAD '{ext}'")
    u = pd.DataFrame({"unit_id": units.units.index.to_numpy(),
                      "wkb": units.units.geometry.to_wkb().to_numpy()})
    con.register("u", u)
    con.register("p", led.reset_index())
    con.execute("CREATE TABLE units AS SELECT unit_id, ST_GeomFromWKB(wkb) AS g FROM u")
    ids = con.execute(
        "SELECT unit_id FROM p LEFT JOIN units "
        "ON ST_Contains(units.g, ST_Point(p.lon, p.lat)) ORDER BY p.index"
    ).fetchnumpy()["unit_id"]
s = time.perf_counter() - t0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"assigned": int(len(ids)), "s": s, "peak_rss_mb": rss}))
"""


def make_export(path: Path, n: int, *, seed: int = 1) -> None:
    """``n`` events with points inside exactly one Afghan district (rejection sampling)."""
    import numpy as np
    import pandas as pd
    import shapely

    sys.path.insert(0, str(ROOT))
    from mapper.boundaries import load_units

    units = load_units("afg-districts").units
    tree = shapely.STRtree(units.geometry.to_numpy())
    minx, miny, maxx, maxy = units.total_bounds
    rng = np.random.default_rng(seed)
    lon: list[np.ndarray] = []
    lat: list[np.ndarray] = []
    uid: list[np.ndarray] = []
    got = 0
    while got < n:
        x = np.round(rng.uniform(minx, maxx, n), 4)
        y = np.round(rng.uniform(miny, maxy, n), 4)
        pi, ui = tree.query(shapely.points(x, y), predicate="intersects")
        counts = np.bincount(pi, minlength=n)
        one = counts[pi] == 1
        lon.append(x[pi[one]])
        lat.append(y[pi[one]])
        uid.append(ui[one])
        got += int(one.sum())
    xs, ys, us = (np.concatenate(a)[:n] for a in (lon, lat, uid))
    kinds = rng.choice(3, size=n, p=[0.4, 0.2, 0.4])
    sub = np.array(
        ["Non-state actor overtakes territory", "Government regains territory", "Armed clash"]
    )[kinds]
    taliban, army = "Taliban", "Military Forces of Afghanistan (2004-2021)"
    a1 = np.where(kinds == 1, army, taliban)
    a2 = np.where(kinds == 1, taliban, army)
    days = pd.Timestamp("2021-05-01") + pd.to_timedelta(rng.integers(0, 120, n), unit="D")
    names = units["name"].to_numpy()[us]
    df = pd.DataFrame(
        {
            "event_id_cnty": [f"AFG{i}" for i in range(n)],
            "event_date": days.strftime("%Y-%m-%d"),
            "year": "2021",
            "time_precision": rng.choice(["1", "2", "3"], n, p=[0.8, 0.15, 0.05]),
            "disorder_type": "Political violence",
            "event_type": "Battles",
            "sub_event_type": sub,
            "actor1": a1,
            "assoc_actor_1": "",
            "inter1": "2",
            "actor2": a2,
            "assoc_actor_2": "",
            "inter2": "1",
            "interaction": "12",
            "civilian_targeting": "",
            "iso": "4",
            "region": "Caspian",
            "country": "Afghanistan",
            "admin1": units["province"].to_numpy()[us],
            "admin2": names,
            "admin3": "",
            "location": names,
            "latitude": ys,
            "longitude": xs,
            "geo_precision": rng.choice(["1", "2", "3"], n, p=[0.7, 0.2, 0.1]),
            "source": "Synthetic News Agency",
            "source_scale": "National",
            "notes": "Synthetic event for the import benchmark.",
            "fatalities": "0",
            "tags": "",
            "timestamp": "1629000000",
        },
        columns=HEADER,
    )
    df.to_csv(path, index=False)


def _run(code: str, *args: str) -> dict[str, float] | None:
    p = subprocess.run(
        [sys.executable, "-c", code, str(ROOT), *args], capture_output=True, text=True
    )
    if p.returncode != 0:
        print(f"    failed: {p.stderr.strip().splitlines()[-1] if p.stderr else p.returncode}")
        return None
    result: dict[str, float] = json.loads(p.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    args = ap.parse_args()
    n = args.events
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "acled.csv"
        t0 = time.perf_counter()
        make_export(export, n)
        size = export.stat().st_size / 1e6
        took = time.perf_counter() - t0
        print(f"synthetic ACLED export: {n:,} events, {size:.0f} MB (made in {took:.0f} s)")
        print("import (read + map to claims):")
        claims = Path(tmp) / "claims.pkl"
        for engine in ("c", "pyarrow"):
            if engine == "pyarrow":
                try:
                    import pyarrow  # noqa: F401
                except ImportError:
                    print("  pandas-pyarrow  not installed (pip install pyarrow)")
                    continue
            r = _run(_IMPORT, str(export), engine, str(claims))
            if r:
                print(
                    f"  pandas-{engine:8} {r['s']:7.1f} s  peak RSS {r['peak_rss_mb']:6.0f} MB  "
                    f"{1e6 * r['s'] / n:5.1f} µs/event  -> {int(r['claims']):,} claims"
                )
        print("assign claims to the 398 districts (point in polygon):")
        for engine in ("strtree", "sjoin", "duckdb"):
            if engine == "duckdb":
                try:
                    import duckdb  # noqa: F401
                except ImportError:
                    print("  duckdb    not installed (pip install duckdb duckdb-ext-spatial)")
                    continue
            r = _run(_ASSIGN, str(claims), engine)
            if r:
                print(
                    f"  {engine:8} {r['s']:7.1f} s  peak RSS {r['peak_rss_mb']:6.0f} MB  "
                    f"{1e6 * r['s'] / max(int(r['assigned']), 1):5.2f} µs/claim"
                )


if __name__ == "__main__":
    main()
