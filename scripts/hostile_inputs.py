"""Run the hostile inputs of issue #11 through the `mapper` CLI; no case may end in a traceback.

Each case is a command line over files made in a temporary folder (a four-square boundary
file, small ledgers, side files). A case passes when the command exits with the code it
should (0, or 1 with an ``error:`` message naming what is wrong) and nothing on stdout or
stderr says ``Traceback``. ``tests/test_hostile_inputs.py`` runs the same cases in-process;
this script runs each in a fresh ``python -m mapper`` process, as a user would.

    python scripts/hostile_inputs.py            # every case, one line each: [ok] / [FAIL]
    python scripts/hostile_inputs.py deep json  # only cases whose name contains the words

Exit code 1 if any case fails.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # OWASP: what a spreadsheet runs

#: The four-square world: two parents (North, South), two units each, near 61°E 31°N.
SQUARES = [
    ("Nolan", "North", 61.0, 31.0),
    ("Narin", "North", 61.5, 31.0),
    ("Sarak", "South", 61.0, 30.5),
    ("Sorkh", "South", 61.5, 30.5),
]
HEADER = "date,province,district,status,source,url,note\n"


def _square(x: float, y: float, size: float = 0.5) -> list[list[list[float]]]:
    return [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]


def _features(rows: list[tuple[object, object, float, float]], size: float = 0.5) -> str:
    feats = [
        {
            "type": "Feature",
            "properties": {"name": n, "prov": p, "uid": f"U{i}"},
            "geometry": {"type": "Polygon", "coordinates": _square(x, y, size)},
        }
        for i, (n, p, x, y) in enumerate(rows)
    ]
    return json.dumps({"type": "FeatureCollection", "features": feats})


@dataclass
class Case:
    """One hostile input: ``args`` after ``mapper``; ``expect`` 0 or 1; stdout+stderr must
    contain every string of ``says`` (case-insensitive) and, for exit 1, ``error``."""

    name: str
    args: list[str]
    expect: int = 1
    says: list[str] = field(default_factory=list)
    check: Callable[[str, str], str | None] | None = None  # (stdout, stderr) -> problem


def build(tmp: Path) -> list[Case]:
    """Write the inputs under ``tmp`` and return the cases (paths absolute)."""
    d = tmp

    def w(name: str, text: str | bytes) -> str:
        p = d / name
        if isinstance(text, bytes):
            p.write_bytes(text)
        else:
            p.write_text(text, encoding="utf-8")
        return str(p)

    world = w("world.geojson", _features(SQUARES))
    bnd = ["--boundary-file", world, "--name-column", "name", "--parent-column", "prov"]
    good = w(
        "good.csv",
        HEADER
        + '2021-07-01,North,Nolan,taliban,=HYPERLINK("http://x"),,@SUM(A1)\n'
        + "2021-07-02,South,,government,+cmd,,-2+3\n",
    )

    def ledger(name: str, rows: list[str]) -> str:
        return w(name, HEADER + "".join(r + "\n" for r in rows))

    def json_ledger(name: str, doc: object) -> str:
        return w(name, json.dumps(doc))

    rec = {"date": "2021-07-01", "province": "North", "district": "Nolan"}
    rec |= {"status": "taliban", "source": "S"}
    cases: list[Case] = [
        Case("baseline validate", ["validate", good, *bnd], 0),
        # dates outside pandas' range (the ledger session owns the reader's date rules)
        Case(
            "date 0001-01-01 render",
            [
                "render",
                ledger("d1.csv", ["0001-01-01,North,Nolan,taliban,S,,"]),
                "--date",
                "2021-08-01",
                "-o",
                str(d / "o-d1.html"),
                *bnd,
            ],
            says=["date"],
        ),
        Case(
            "date 1677-01-01 render",
            [
                "render",
                ledger("d2.csv", ["1677-01-01,North,Nolan,taliban,S,,"]),
                "--date",
                "2021-08-01",
                "-o",
                str(d / "o-d2.html"),
                *bnd,
            ],
            says=["date"],
        ),
        Case(
            "stats --date 9999-12-31",
            ["stats", good, "--date", "9999-12-31", *bnd],
            2,
            says=["date", "supported range"],
        ),
        Case(
            "reported 2099",
            [
                "validate",
                w(
                    "rep.csv",
                    "date,reported,province,district,status,"
                    "source\n2021-07-01,2099-01-01,North,Nolan,"
                    "taliban,S\n",
                ),
                *bnd,
            ],
            says=["reported"],
        ),
        # JSON shapes
        Case(
            "JSON records all {}",
            ["validate", json_ledger("empty.json", [{}, {}]), *bnd],
            says=["record 1"],
        ),
        Case(
            "GeoJSON feature without properties",
            [
                "validate",
                json_ledger(
                    "noprops.geojson",
                    {
                        "type": "FeatureCollection",
                        "features": [
                            {"type": "Feature", "properties": rec, "geometry": None},
                            {"type": "Feature", "geometry": None},
                        ],
                    },
                ),
                *bnd,
            ],
            says=["feature 2", "properties"],
        ),
        Case(
            "GeoJSON feature without properties --skip-invalid",
            ["stats", str(d / "noprops.geojson"), "--date", "2021-08-01", "--skip-invalid", *bnd],
            0,
            says=["skipped 1"],
        ),
        Case(
            "JSON nested 100,000 lists",
            ["validate", w("deep.json", "[" * 100_000 + "]" * 100_000), *bnd],
            says=["deep"],
        ),
        Case(
            "JSON nested 100,000 objects",
            ["validate", w("deep2.json", '{"a":' * 100_000 + "1" + "}" * 100_000), *bnd],
            says=["deep"],
        ),
        Case(
            "JSON province is a list",
            ["validate", json_ledger("list.json", [rec | {"province": ["North"]}]), *bnd],
            says=["province", "list"],
        ),
        Case(
            "JSON source is true",
            ["validate", json_ledger("bool.json", [rec | {"source": True}]), *bnd],
            says=["source", "true"],
        ),
        Case(
            "JSON note is an object",
            ["validate", json_ledger("obj.json", [rec | {"note": {"a": 1}}]), *bnd],
            says=["note", "object"],
        ),
        Case(
            "JSON source is NaN",
            [
                "validate",
                w(
                    "nan.json",
                    '[{"date": "2021-07-01", "province": "North", '
                    '"status": "taliban", "source": NaN}]',
                ),
                *bnd,
            ],
            says=["source"],
        ),
        # side files
        Case(
            "non-UTF-8 --aliases",
            [
                "validate",
                good,
                "--aliases",
                w(
                    "aliases.csv",
                    "level,province,alias,canonical\ndistrict,North,N\xf6lan,Nolan\n".encode(
                        "latin-1"
                    ),
                ),
                *bnd,
            ],
            says=["aliases.csv", "UTF-8"],
        ),
        Case(
            "non-UTF-8 --population",
            [
                "stats",
                good,
                "--date",
                "2021-08-01",
                "--population",
                w("pop.csv", "province,district,population\nNorth,N\xf6lan,5\n".encode("latin-1")),
                *bnd,
            ],
            says=["pop.csv", "UTF-8"],
        ),
        Case(
            "--aliases not a CSV of that shape",
            ["validate", good, "--aliases", w("aliases2.csv", "a,b\n1,2\n"), *bnd],
            says=["aliases2.csv"],
        ),
        Case(
            "population 1e308 twice, stats --format json",
            [
                "stats",
                good,
                "--date",
                "2021-08-01",
                "--format",
                "json",
                "--population",
                w(
                    "bigpop.csv",
                    "province,district,population\nNorth,Nolan,1e308\n"
                    "North,Narin,1e308\nSouth,Sarak,1\nSouth,Sorkh,1\n",
                ),
                *bnd,
            ],
            says=["population total"],
        ),
        Case(
            "population all 0, stats --format json (0/0 shares)",
            [
                "stats",
                good,
                "--date",
                "2021-08-01",
                "--format",
                "json",
                "--by",
                "province",
                "--population",
                w(
                    "zeropop.csv",
                    "province,district,population\nNorth,Nolan,0\n"
                    "North,Narin,0\nSouth,Sarak,0\nSouth,Sorkh,0\n",
                ),
                *bnd,
            ],
            0,
            check=_strict_json,
        ),
        Case(
            "population all 0, stats --series --format json",
            [
                "stats",
                good,
                "--series",
                "--from",
                "2021-06-30",
                "--to",
                "2021-07-03",
                "--format",
                "json",
                "--by",
                "province",
                "--population",
                str(d / "zeropop.csv"),
                *bnd,
            ],
            0,
            check=_strict_json,
        ),
        Case(
            "population all 0, check --format json",
            [
                "check",
                good,
                "--date",
                "2021-08-01",
                "--format",
                "json",
                "--population",
                str(d / "zeropop.csv"),
                "The Taliban control half of the population",
                *bnd,
            ],
            check=_strict_json_or_error,
        ),
        Case(
            "population nan, stats",
            [
                "stats",
                good,
                "--date",
                "2021-08-01",
                "--population",
                w("nanpop.csv", "province,district,population\nNorth,Nolan,nan\n"),
                *bnd,
            ],
            says=["population", "nan"],
        ),
        # options
        Case(
            "--tiles Nonexistent",
            [
                "render",
                good,
                "--date",
                "2021-08-01",
                "--tiles",
                "Nonexistent",
                "-o",
                str(d / "tiles.html"),
                *bnd,
            ],
            2,
            says=["tiles", "Nonexistent"],
        ),
        Case(
            "--assume-crs garbage",
            ["validate", good, "--assume-crs", "garbage", *bnd],
            says=["garbage"],
        ),
        # boundary files
        Case(
            "boundary: duplicate names, ledger names one",
            [
                "stats",
                ledger("dup.csv", ["2021-07-01,North,Nolan,taliban,S,,"]),
                "--date",
                "2021-08-01",
                "--boundary-file",
                w("dup.geojson", _features([*SQUARES[:3], ("Nolan", "North", 61.5, 30.5)])),
                "--name-column",
                "name",
                "--parent-column",
                "prov",
            ],
            says=["Nolan"],
        ),
        Case(
            "boundary: duplicate names with --id-column, ledger names one",
            [
                "stats",
                str(d / "dup.csv"),
                "--date",
                "2021-08-01",
                "--boundary-file",
                str(d / "dup.geojson"),
                "--name-column",
                "name",
                "--parent-column",
                "prov",
                "--id-column",
                "uid",
            ],
            says=["Nolan"],
        ),
        Case(
            "boundary: a null name",
            [
                "stats",
                good,
                "--date",
                "2021-08-01",
                "--boundary-file",
                w("null.geojson", _features([*SQUARES[:3], (None, "South", 61.5, 30.5)])),
                "--name-column",
                "name",
                "--parent-column",
                "prov",
            ],
            says=["name"],
        ),
        Case(
            "boundary: integer name 12 stays '12'",
            [
                "validate",
                json_ledger("twelve.json", [rec | {"district": 12}]),
                "--boundary-file",
                w("twelve.geojson", _features([(12, "North", 61.0, 31.0), *SQUARES[1:]])),
                "--name-column",
                "name",
                "--parent-column",
                "prov",
            ],
            0,
        ),
        Case(
            "boundary: polygon at lon 500 / lat 95",
            [
                "stats",
                good,
                "--date",
                "2021-08-01",
                "--boundary-file",
                w("far.geojson", _features([*SQUARES[:3], ("Sorkh", "South", 500.0, 95.0)])),
                "--name-column",
                "name",
                "--parent-column",
                "prov",
            ],
            says=["500"],
        ),
        Case(
            "boundary: overlapping units",
            [
                "stats",
                good,
                "--date",
                "2021-08-01",
                "--boundary-file",
                w("overlap.geojson", _features([*SQUARES[:3], ("Sorkh", "South", 61.2, 30.5)])),
                "--name-column",
                "name",
                "--parent-column",
                "prov",
            ],
            says=["overlap"],
        ),
        Case(
            "boundary: projected metres under --assume-crs EPSG:4326",
            [
                "stats",
                good,
                "--date",
                "2021-08-01",
                "--boundary-file",
                w(
                    "metres.geojson",
                    _features([(n, p, x * 1e5, y * 1e5) for n, p, x, y in SQUARES], size=5e4),
                ),
                "--name-column",
                "name",
                "--parent-column",
                "prov",
                "--assume-crs",
                "EPSG:4326",
            ],
            says=["EPSG:4326"],
        ),
        # vocabulary files
        Case(
            'vocabulary: aliases = "xyz"',
            ["validate", good, "--vocabulary", w("v1.toml", _vocab('aliases = "xyz"')), *bnd],
            says=["aliases"],
        ),
        Case(
            'vocabulary: hatch = "false"',
            ["validate", good, "--vocabulary", w("v2.toml", _vocab('hatch = "false"')), *bnd],
            says=["hatch"],
        ),
        Case(
            "vocabulary: one alias on two statuses",
            [
                "validate",
                good,
                "--vocabulary",
                w("v3.toml", _vocab('aliases = ["held"]', 'aliases = ["held"]')),
                *bnd,
            ],
            says=["held"],
        ),
        Case(
            "vocabulary: not TOML",
            ["validate", good, "--vocabulary", w("v4.toml", b"\xff\xfe[[status"), *bnd],
            says=["v4.toml"],
        ),
        # formula cells in every CSV output (names from the boundary file, text from the
        # ledger): quoted by default, as written with --raw-csv
        *_formula_cases(d, w),
        # every row invalid, --skip-invalid: an empty ledger, never a crash
        *[
            Case(
                f"all rows invalid --skip-invalid: {cmd[0]}",
                [*cmd, "--skip-invalid", *bnd],
                says=["skipped 1"],
                expect=code,
            )
            for cmd, code in _empty_ledger_commands(d, w("allbad.csv", HEADER + "x,,,,,,\n"))
        ],
        # more side files
        Case(
            "check --batch not UTF-8",
            [
                "check",
                good,
                "--date",
                "2021-08-01",
                "--batch",
                w("batch.txt", b"half of the country \xff\n"),
                *bnd,
            ],
            says=["batch.txt"],
        ),
        Case(
            "report --checks not JSON",
            [
                "report",
                good,
                "--date",
                "2021-08-01",
                "-o",
                str(d / "rc.html"),
                "--checks",
                w("checks.json", "[{"),
                *bnd,
            ],
            says=["checks.json"],
        ),
        Case(
            "report --checks not UTF-8",
            [
                "report",
                good,
                "--date",
                "2021-08-01",
                "-o",
                str(d / "rc2.html"),
                "--checks",
                w("checks2.json", b"[\xff]"),
                *bnd,
            ],
            says=["checks2.json"],
        ),
        Case(
            "import acled: not UTF-8",
            [
                "import",
                "acled",
                w("acled.csv", b"event_id_cnty\n\xff\n"),
                "-o",
                str(d / "acled-out.csv"),
            ],
            says=["acled.csv"],
        ),
        Case(
            "import acled: --mapping not TOML",
            [
                "import",
                "acled",
                w("acled2.csv", "a\n1\n"),
                "--mapping",
                w("map.toml", b"\xff[["),
                "-o",
                str(d / "acled-out2.csv"),
            ],
            says=["map.toml"],
        ),
        Case(
            "--boundary-file is not a geo file",
            [
                "validate",
                good,
                "--boundary-file",
                w("notgeo.geojson", "hello"),
                "--name-column",
                "name",
            ],
            says=["notgeo.geojson"],
        ),
        Case(
            "--boundary-file: --name-column missing",
            ["validate", good, "--boundary-file", world, "--name-column", "nom"],
            says=["nom"],
        ),
        Case(
            "--parent-file is garbage",
            [
                "validate",
                good,
                "--boundary-file",
                world,
                "--name-column",
                "name",
                "--parent-file",
                w("pf.geojson", "{}"),
            ],
            says=["pf.geojson"],
        ),
        Case(
            "--boundary-file empty collection",
            [
                "validate",
                good,
                "--boundary-file",
                w("emptyfc.geojson", '{"type":"FeatureCollection","features":[]}'),
                "--name-column",
                "name",
            ],
            says=["emptyfc.geojson"],
        ),
        Case(
            "--boundary-file null geometry",
            [
                "validate",
                good,
                "--boundary-file",
                w(
                    "nullgeom.geojson",
                    json.dumps(
                        {
                            "type": "FeatureCollection",
                            "features": [
                                {"type": "Feature", "properties": {"name": "A"}, "geometry": None}
                            ],
                        }
                    ),
                ),
                "--name-column",
                "name",
            ],
            says=["geometry"],
        ),
        Case(
            "--vocabulary unknown name",
            ["validate", good, "--vocabulary", "klingon", *bnd],
            says=["klingon"],
        ),
        Case(
            "ledger is a directory-like path",
            ["validate", str(d / "nope.csv"), *bnd],
            2,
            says=["nope.csv"],
        ),
        Case(
            "--layer that does not exist",
            ["validate", good, *bnd, "--layer", "nope"],
            says=["nope"],
        ),
        Case(
            "--id-column that does not exist",
            ["validate", good, *bnd, "--id-column", "nope"],
            says=["nope"],
        ),
        Case(
            "timeline --from after --to",
            [
                "timeline",
                good,
                "--from",
                "2021-08-01",
                "--to",
                "2021-07-01",
                "-o",
                str(d / "tl-rev.html"),
                *bnd,
            ],
            says=["before"],
        ),
        Case(
            "compare D2 before D1",
            ["compare", good, "2021-08-01", "2021-07-01", "-o", str(d / "cmp-rev.html"), *bnd],
            says=["before"],
        ),
        Case(
            "check: a 100 kB sentence",
            ["check", good, "--date", "2021-08-01", "half " * 20_000, *bnd],
            says=["read"],
        ),
        Case(
            "ledger with NUL bytes",
            ["validate", w("nul.csv", HEADER + "2021-07-01,North,Nolan,taliban,S\x00,,\n"), *bnd],
            0,
        ),
        Case("ledger: header only", ["validate", w("hdr.csv", HEADER), *bnd], says=["no claims"]),
        Case(
            "ledger: binary garbage",
            ["validate", w("bin.csv", bytes(range(256)) * 4), *bnd],
            says=["bin.csv"],
        ),
        Case(
            "import acled: 10 MB cell",
            [
                "import",
                "acled",
                w("acled3.csv", "event_id_cnty,notes\nX1," + "y" * 10_500_000 + "\n"),
                "-o",
                str(d / "acled-out3.csv"),
            ],
            says=["acled3.csv"],
        ),
        Case(
            "check --batch CSV with a 10 MB cell",
            [
                "check",
                good,
                "--date",
                "2021-08-01",
                "--batch",
                w("batch.csv", 'claim,id\n"' + "half " * 2_100_000 + '",1\n'),
                *bnd,
            ],
            says=["batch.csv"],
        ),
        Case(
            "report --checks CSV with a 10 MB cell",
            [
                "report",
                good,
                "--date",
                "2021-08-01",
                "-o",
                str(d / "rbig.html"),
                "--checks",
                str(d / "batch.csv"),
                *bnd,
            ],
            says=["batch.csv"],
        ),
        Case(
            "population CSV with a 10 MB cell",
            [
                "stats",
                good,
                "--date",
                "2021-08-01",
                "--population",
                w("bigcell.csv", "unit_id,population\n" + "x" * 10_500_000 + ",1\n"),
                *bnd,
            ],
            says=["unit_id"],
        ),
        # size
        Case(
            "10 MB note in a CSV ledger",
            [
                "validate",
                ledger("huge.csv", ["2021-07-01,North,Nolan,taliban,S,," + "x" * 10_500_000]),
                *bnd,
            ],
            says=["note"],
        ),
        # overwrite: refused before any work (the ledger is invalid: the refusal must come
        # first), for every command that writes a file
        *[
            Case(f"overwrite refused before work: {cmd[0]}", [*cmd, *bnd], says=["exists"])
            for cmd in _writers(d, w("exists.txt", "keep\n"), w("bad.csv", HEADER + "x,,,,,,\n"))
        ],
    ]
    return cases


def _writers(d: Path, existing: str, bad: str) -> list[list[str]]:
    date = ["--date", "2021-08-01"]
    return [
        ["render", bad, *date, "-o", existing],
        ["render", bad, *date, "--format", "svg", "-o", existing],
        ["timeline", bad, "--from", "2021-07-01", "--to", "2021-08-01", "-o", existing],
        [
            "compare",
            bad,
            "2021-07-01",
            "2021-08-01",
            "-o",
            str(d / "c.html"),
            "--table-csv",
            existing,
        ],
        ["report", bad, *date, "-o", _copy(existing, ".md")],
        ["report", bad, *date, "-o", _png_beside(d / "r.md")],  # its r-map.png exists
        ["export", bad, *date, "-o", str(d / "fine.csv"), "-o", _copy(existing, ".gpkg")],
        ["stats", bad, *date, "-o", existing],
        ["stats", bad, "--series", "--from", "2021-07-01", "--to", "2021-08-01", "-o", existing],
        ["check", bad, "half of the country", *date, "-o", existing],
        ["import", "acled", bad, "-o", existing],
    ]


HTML_PAYLOAD = "<script>window.__pwned=1</script>"
EVIL = ['=HYPERLINK("http://x")', "@SUM(A1)", "+cmd", "-2+3", "\tTAB", "\rCR"]


def _formula_cases(d: Path, w: Callable[[str, str], str]) -> list[Case]:
    evil_world = w(
        "evil.geojson",
        _features(
            [
                (EVIL[1], EVIL[0], 61.0, 31.0),
                ("Narin", EVIL[0], 61.5, 31.0),
                (EVIL[2], "South", 61.0, 30.5),
                ("Sorkh", "South", 61.5, 30.5),
            ]
        ),
    )
    bnd = ["--boundary-file", evil_world, "--name-column", "name", "--parent-column", "prov"]
    rows = [
        ["date", "province", "district", "status", "source", "url", "note"],
        ["2021-07-01", EVIL[0], EVIL[1], "taliban", EVIL[3], "", EVIL[4] + HTML_PAYLOAD],
        ["2021-07-05", "South", EVIL[2], "government", EVIL[5], "", EVIL[2]],
        ["2021-07-05", "South", "Sorkh", "contested", EVIL[0], "", EVIL[1]],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)  # quotes a lone \\r too
    ledger = w("evil.csv", buf.getvalue())
    date = ["--date", "2021-08-01"]
    series = ["--series", "--from", "2021-06-30", "--to", "2021-07-06"]
    out = {
        "stats --format csv": ["stats", ledger, *date, "--format", "csv", "--by", "province"],
        "stats --series --format csv": [
            "stats",
            ledger,
            *series,
            "--format",
            "csv",
            "--by",
            "province",
        ],
        "compare --table-csv": [
            "compare",
            ledger,
            "2021-06-30",
            "2021-07-06",
            "-o",
            "{out}.html",
            "--table-csv",
            "{out}",
        ],
        "export .csv": ["export", ledger, *date, "-o", "{out}"],
    }
    cases = []
    for raw in (False, True):
        for label, args in out.items():
            target = d / f"evil-{len(cases)}.csv"
            argv = [a.replace("{out}", str(target)) for a in args]
            if "{out}" not in args:
                argv += ["-o", str(target)]
            cases.append(
                Case(
                    f"formula cells: {label}" + (" --raw-csv" if raw else ""),
                    argv + bnd + (["--raw-csv"] if raw else []),
                    0,
                    check=_csv_cells(target, raw=raw),
                )
            )
    return cases


def _csv_cells(path: Path, *, raw: bool) -> Callable[[str, str], str | None]:
    """A check that ``path``'s cells are formula-safe (or, ``raw``, that they are not)."""

    def check(_out: str, _err: str) -> str | None:
        cells = [c for row in csv.reader(path.open(encoding="utf-8", newline="")) for c in row]
        risky = [c for c in cells if c.startswith(FORMULA_START) and not _is_number(c)]
        if raw:
            return None if risky else f"--raw-csv quoted the cells of {path.name}"
        return f"{path.name}: formula cells {risky[:5]}" if risky else None

    return check


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _empty_ledger_commands(d: Path, allbad: str) -> list[tuple[list[str], int]]:
    date = ["--date", "2021-08-01"]
    return [
        (["validate", allbad], 1),
        (["stats", allbad, *date, "--format", "json"], 0),
        (["stats", allbad, "--series", "--from", "2021-07-01", "--to", "2021-07-03"], 0),
        (["render", allbad, *date, "-o", str(d / "e.html")], 0),
        (
            [
                "timeline",
                allbad,
                "--from",
                "2021-07-01",
                "--to",
                "2021-07-03",
                "-o",
                str(d / "e-t.html"),
            ],
            0,
        ),
        (
            [
                "timeline",
                allbad,
                "--from",
                "2021-07-01",
                "--to",
                "2021-07-03",
                "--every",
                "claim-dates",
                "-o",
                str(d / "e-t2.html"),
            ],
            0,
        ),
        (["compare", allbad, "2021-07-01", "2021-08-01", "-o", str(d / "e-c.html")], 0),
        (["export", allbad, *date, "-o", str(d / "e.csv")], 0),
        (["report", allbad, *date, "-o", str(d / "e.md")], 0),
        (["check", allbad, *date, "The Taliban control half of the country"], 0),
    ]


def _copy(existing: str, suffix: str) -> str:
    """A file named like ``existing`` with another suffix, made now."""
    target = Path(existing).with_suffix(suffix)
    target.write_text("keep\n")
    return str(target)


def _png_beside(report: Path) -> str:
    """A Markdown report's path whose map image (``NAME-map.png``) already exists."""
    report.with_name(f"{report.stem}-map.png").write_text("keep\n")
    return str(report)


def _vocab(first: str, second: str = "") -> str:
    return (
        '[vocabulary]\ntitle = "T"\n'
        f'[[status]]\nkey = "taliban"\nlabel = "T"\ncolour = "#D55E00"\nkind = "side"\n{first}\n'
        f'[[status]]\nkey = "government"\nlabel = "G"\ncolour = "#0072B2"\nkind = "side"\n'
        f"{second}\n"
        '[[status]]\nkey = "contested"\nlabel = "C"\ncolour = "#E69F00"\nkind = "contested"\n'
    )


def _strict_json(out: str, _err: str) -> str | None:
    def refuse(token: str) -> object:
        raise ValueError(f"{token} in JSON output")

    try:
        json.loads(out, parse_constant=refuse)
    except ValueError as e:
        return str(e)
    return None


def _strict_json_or_error(out: str, err: str) -> str | None:
    return None if not out.strip() else _strict_json(out, err)


def judge(case: Case, code: int, out: str, err: str) -> str | None:
    """Why ``case`` failed, or None."""
    both = out + err
    if "Traceback" in both:
        return "traceback: " + both[both.index("Traceback") :][-600:]
    if code != case.expect:
        return f"exit {code}, expected {case.expect}: {both[-600:]}"
    if case.expect == 1 and "error" not in both.lower():
        return f"exit 1 without an error message: {both[-300:]}"
    missing = [s for s in case.says if s.lower() not in both.lower()]
    if missing:
        return f"output does not mention {missing}: {both[-600:]}"
    if case.check is not None:
        return case.check(out, err)
    return None


def main(argv: list[str]) -> int:
    words = [a.lower() for a in argv]
    failed = 0
    with tempfile.TemporaryDirectory(prefix="mapper-hostile-") as tmp:
        env = os.environ | {"MAPPER_CACHE": str(Path(tmp) / "cache")}
        cases = [c for c in build(Path(tmp)) if all(x in c.name.lower() for x in words)]
        for case in cases:
            t0 = time.perf_counter()
            p = subprocess.run(
                [sys.executable, "-m", "mapper", *case.args],
                capture_output=True,
                text=True,
                env=env,
                cwd=tmp,
                timeout=300,
            )
            why = judge(case, p.returncode, p.stdout, p.stderr)
            failed += why is not None
            took = time.perf_counter() - t0
            print(
                f"[{'FAIL' if why else 'ok'}] {case.name} ({took:.1f} s)"
                + (f"\n    {why}" if why else "")
            )
    print(f"{len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
