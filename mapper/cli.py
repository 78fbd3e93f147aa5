"""Command line: thin wrappers that parse, call one library function and print.

Exit codes: 0 success, 1 a domain error (bad input, unknown name, failed download, hash
mismatch), 2 a usage error (unknown option, missing argument).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import settings
from ._io import dumps_json, write_text
from .errors import MapperError, OutputExistsError, Problem

if TYPE_CHECKING:
    import pandas as pd

    from .boundaries import UnitSet
    from .claims import Ledger
    from .vocabulary import Vocabulary

# Each command imports what it uses inside its body: `mapper stats` must not pay for folium,
# matplotlib or the page writers (tests/test_lazy_imports.py keeps it so).


class Context:
    def __init__(self, mirror: Path | None, cache_dir: Path | None) -> None:
        self.mirror = mirror
        self.cache_dir = cache_dir


def _fail(e: MapperError) -> None:
    click.echo(f"error: {e}", err=True)
    sys.exit(1)


def handle_errors(f: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into a message on stderr and exit code 1."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except MapperError as e:
            _fail(e)

    return wrapper


def refuse_existing(*params: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Before any work, refuse to replace a file named by the options ``params`` unless
    ``--overwrite`` was given (the write itself is atomic and checks again)."""

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(f)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if not kwargs.get("overwrite"):
                for name in params:
                    path = kwargs.get(name)
                    if path is not None and Path(path).exists():
                        raise OutputExistsError(
                            f"{str(path)!r} exists; pass --overwrite to replace it"
                        )
            return f(*args, **kwargs)

        return wrapper

    return decorate


def refuse_outputs(paths: list[Path | None], overwrite: bool) -> None:
    """Before any work: refuse if one of ``paths`` exists and ``--overwrite`` was not given
    (the write itself is exclusive too, so a file made meanwhile is not replaced)."""
    if overwrite:
        return
    for path in paths:
        if path is not None and Path(path).exists():
            raise OutputExistsError(f"{str(path)!r} exists; pass --overwrite to replace it")


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    from .dates import DateError, parse_date

    try:
        return parse_date(value)
    except DateError as e:
        raise click.BadParameter(f"{value!r}: {e}") from None


def raw_csv_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--raw-csv``: write CSV cells as they are, without the formula-safety quote."""
    return click.option(
        "--raw-csv",
        is_flag=True,
        help="CSV: keep cells starting with = + - @ tab or CR as they are (for programs, "
        "not spreadsheets). By default such cells get a leading ' (OWASP).",
    )(f)


def _tiles(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """A tile provider folium can draw (xyzservices names), checked before any work."""
    if value is None:
        return None
    from xyzservices import providers

    query = "OpenStreetMap Mapnik" if value.strip().lower() == "openstreetmap" else value
    try:
        provider = providers.query_name(query)
    except ValueError:
        raise click.BadParameter(
            f"unknown tile provider {value!r}; give a name of the xyzservices catalogue, "
            "e.g. OpenStreetMap, OpenTopoMap, 'Esri WorldImagery' (URL templates are "
            "not accepted: they carry no attribution)"
        ) from None
    if provider.requires_token():
        raise click.BadParameter(f"tile provider {value!r} needs an API key; choose another")
    return value


def _boundary_file_options() -> list[Callable[..., Any]]:
    return [
        click.option(
            "--boundary-file",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Your own polygon file (GeoJSON, Shapefile, GeoPackage, TopoJSON).",
        ),
        click.option("--name-column", help="Unit-name column of --boundary-file."),
        click.option(
            "--parent-column",
            help="Parent (province, state) name column of --boundary-file (optional).",
        ),
        click.option(
            "--parent-file",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Parent polygons for --boundary-file: each unit goes to the one it overlaps "
            "most (equal-area CRS).",
        ),
        click.option(
            "--parent-name-column",
            help="Name column of --parent-file (default: --name-column).",
        ),
        click.option(
            "--id-column",
            help="Unique id column of --boundary-file (tells same-name units apart).",
        ),
        click.option("--layer", help="Layer of --boundary-file (TopoJSON, GeoPackage)."),
        click.option("--assume-crs", help="CRS for a --boundary-file that declares none."),
        click.option(
            "--overlaps",
            type=click.Choice(["refuse", "clip"]),
            default="refuse",
            show_default=True,
            help="Units overlapping by more than 0.1% of the set: refuse (naming the pairs), "
            "or clip (the smaller unit keeps each overlap).",
        ),
    ]


def _boundary_kw(kw: dict[str, Any]) -> dict[str, Any]:
    """The :func:`mapper.boundaries.load_units` arguments among a command's options."""
    return {
        "path": kw.get("boundary_file"),
        "name_column": kw.get("name_column"),
        "parent_column": kw.get("parent_column"),
        "parent_file": kw.get("parent_file"),
        "parent_name_column": kw.get("parent_name_column"),
        "id_column": kw.get("id_column"),
        "layer": kw.get("layer"),
        "assume_crs": kw.get("assume_crs"),
        "overlaps": kw.get("overlaps") or "refuse",
    }


def _apply(opts: list[Callable[..., Any]]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        for opt in reversed(opts):
            f = opt(f)
        return f

    return decorate


def unit_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Options that choose the boundary set, vocabulary and aliases."""
    opts = [
        click.option(
            "--boundary",
            default=settings.DEFAULT_BOUNDARY,
            show_default=True,
            help="Boundary set name (see `mapper boundaries list`) or gb:ISO3:ADMn.",
        ),
        *_boundary_file_options(),
        click.option(
            "--aliases",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Extra name aliases CSV: level,province,alias,canonical.",
        ),
        click.option(
            "--vocabulary",
            "--statuses",
            "vocabulary",
            metavar="NAME|FILE",
            help="Sides and statuses: a preset (see `mapper vocabularies`) or a TOML/JSON "
            "file. Default: afghanistan-2021. (--statuses FILE is the old spelling.)",
        ),
        click.option(
            "--skip-invalid",
            is_flag=True,
            help="Drop invalid claim rows (reported) instead of stopping.",
        ),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def places_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--places FILE``: capitals and towns drawn on the map (see mapper.places)."""
    return click.option(
        "--places",
        "places",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="Places to mark on the map: CSV name,variants,province,kind,lat,lon,source "
        "(kind capital|admin1|town). Default: the built-in capitals for Afghanistan, none "
        "for other boundary sets.",
    )(f)


def _place_context(ctx: Context, units: UnitSet, kw: dict[str, Any]) -> dict[str, Any]:
    """The place-context layer of a page (neighbours from the same mirror/cache)."""
    from .pages.context import place_context

    return place_context(
        units,
        places_file=kw.get("places"),
        mirror=ctx.mirror,
        cache_dir=ctx.cache_dir,
        aliases=kw.get("aliases"),
    )


def _load(
    ctx: Context,
    claims: Path,
    kw: dict[str, Any],
    units: UnitSet | None = None,
    *,
    limit: int | None = 20,
) -> tuple[UnitSet, Ledger]:
    """Boundaries (unless given) and ledger; warnings and skipped rows reported
    (``limit=None``: all)."""
    from . import boundaries as bnd
    from .claims import read_claims
    from .vocabulary import get_vocabulary

    if units is None:
        units = bnd.load_units(
            kw["boundary"], mirror=ctx.mirror, cache_dir=ctx.cache_dir, **_boundary_kw(kw)
        )
    vocab = get_vocabulary(kw["vocabulary"])
    ledger = read_claims(
        claims, units, vocabulary=vocab, aliases=kw["aliases"], skip_invalid=kw["skip_invalid"]
    )
    _report_problems(ledger.problems, limit=limit)
    if ledger.skipped_rows:
        click.echo(
            _skipped_line(ledger.skipped_rows, limit=None if limit is None else 50), err=True
        )
    return units, ledger


def _row_ranges(rows: list[int]) -> list[str]:
    """``[2, 3, 4, 7]`` -> ``["2-4", "7"]``."""
    out: list[str] = []
    start = prev = None
    for r in [*sorted(rows), None]:
        if r is not None and prev is not None and r == prev + 1:
            prev = r
            continue
        if start is not None:
            out.append(str(start) if start == prev else f"{start}-{prev}")
        start = prev = r
    return out


def _skipped_line(rows: list[int], *, limit: int | None = 50) -> str:
    """The skipped rows as ranges; a cut list says how much it leaves out."""
    ranges = _row_ranges(rows)
    shown = ranges if limit is None else ranges[:limit]
    line = f"skipped {len(rows)} invalid row(s): {', '.join(shown)}"
    if len(shown) < len(ranges):
        left = len(rows) - sum(
            int(b) - int(a) + 1 if "-" in x else 1 for x in shown for a, _, b in [x.partition("-")]
        )
        line += f" ... and {left} more row(s) not listed here (`mapper validate` lists every one)"
    return line


def _report_problems(problems: list[Problem], *, limit: int | None = 20) -> None:
    """Each problem as ``error: ...`` or ``warning: ...``; what a limit leaves out is
    counted by severity, never called warnings when it holds errors."""
    shown = problems if limit is None else problems[:limit]
    for p in shown:
        click.echo(f"{p.severity}: {p}", err=True)
    rest = problems[len(shown) :]
    if rest:
        n_err = sum(p.severity == "error" for p in rest)
        parts = [
            f"{n} {kind}(s)" for n, kind in ((n_err, "error"), (len(rest) - n_err, "warning")) if n
        ]
        click.echo(
            f"... and {len(rest)} more not shown ({', '.join(parts)}); "
            "`mapper validate` lists every one",
            err=True,
        )


def _load_suggesting(
    ctx: Context, claims: Path, kw: dict[str, Any], out: Path, overwrite: bool
) -> tuple[UnitSet, Ledger]:
    """:func:`_load`, writing the alias suggestions to ``out`` whether or not the names
    resolve (before an invalid ledger stops the command)."""
    from . import boundaries as bnd
    from .suggest import alias_file_text, ledger_name_pairs, suggest

    units = bnd.load_units(
        kw["boundary"], mirror=ctx.mirror, cache_dir=ctx.cache_dir, **_boundary_kw(kw)
    )

    def write() -> None:
        found = suggest(ledger_name_pairs(claims, units), units.gazetteer(aliases=kw["aliases"]))
        write_text(out, alias_file_text(found, str(claims)), overwrite=overwrite)
        n = sum(1 for s in found if s.canonical)
        click.echo(
            f"wrote {n} suggested alias(es) for {len(found)} unresolved name(s) to {out}; "
            f"review every row, then pass it with --aliases {out}",
            err=True,
        )

    try:
        loaded = _load(ctx, claims, kw, units=units, limit=None)
    except MapperError:
        write()
        raise
    write()
    return loaded


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--mirror",
    type=click.Path(file_okay=False, path_type=Path),
    envvar=settings.ENV_MIRROR,
    help="Local folder holding boundary files (checked by sha256). Env: MAPPER_MIRROR.",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar=settings.ENV_CACHE,
    help="Download cache. Env: MAPPER_CACHE.",
)
@click.option("-v", "--verbose", is_flag=True, help="Log cache hits, downloads and timings.")
@click.version_option(package_name="mapper")
@click.pass_context
def main(ctx: click.Context, mirror: Path | None, cache_dir: Path | None, verbose: bool) -> None:
    """Turn reported territorial-control claims into dated maps and checkable numbers.

    \b
    Example:
      mapper render examples/afghanistan-2021.csv --date 2021-08-10
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(name)s: %(message)s"
    )
    exit_on_sigterm()
    single_threaded_blas()
    ctx.obj = Context(mirror, cache_dir)


def single_threaded_blas() -> None:
    """One BLAS thread for a command (unless the environment says otherwise).

    numpy's OpenBLAS starts a thread per core at import (~0.06-0.08 s of a warm ``stats``
    call's ~0.7 s on a 2-core machine) for matrix products no command does: sums are
    bincounts, geometry is GEOS. Effective only before numpy is imported, which every
    command does lazily, after this."""
    import os

    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def exit_on_sigterm() -> None:
    """Make SIGTERM end the process like Ctrl-C does: an exception, so an atomic write in
    progress removes its temp file (exit code 143). Only where SIGTERM has its default
    action and on the main thread (a host program's own handler is left alone)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return

    def terminate(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, terminate)


@main.group()
def boundaries() -> None:
    """List, inspect and fetch boundary sets.

    \b
    Example:
      mapper boundaries list
    """


@boundaries.command("list")
def boundaries_list() -> None:
    """List the registered boundary sets.

    \b
    Example:
      mapper boundaries list
    """
    from . import boundaries as bnd

    for name, b in bnd.registry().items():
        units = b.units if b.units is not None else "-"
        click.echo(f"{name:16} {b.level:9} {units!s:>5}  {b.title}  [{b.licence}]")
    click.echo("gb:ISO3:ADMn     any geoBoundaries gbOpen country and level, e.g. gb:UKR:ADM1")


@boundaries.command("info")
@click.argument("name", required=False)
@_apply(_boundary_file_options())
@click.pass_obj
@handle_errors
def boundaries_info(obj: Context, name: str | None, **kw: Any) -> None:
    """Show licence, files and hashes of a boundary set, whether its processed form is
    cached, and what the checks measured: units, area, overlaps resolved, gaps.

    Loads the set (processing and caching it if it is not cached yet; `-v` says so).

    \b
    Examples:
      mapper boundaries info afg-districts
      mapper boundaries info --boundary-file raions.geojson --name-column shapeName
    """
    from . import boundaries as bnd

    bkw = _boundary_kw(kw)
    if name is None and bkw["path"] is None:
        raise click.UsageError("give a boundary set NAME or --boundary-file")
    if bkw["path"] is None:
        b = bnd.get(str(name))
        click.echo(
            f"{b.name}: {b.title}\nlevel: {b.level}   units: {b.units}\n"
            f"licence: {b.licence}\nattribution: {b.attribution}\nhomepage: {b.homepage}"
        )
        if b.country:
            click.echo(f"country: {b.country}")
        if b.parent:
            click.echo(f"parent set: {b.parent}")
        if b.published_area_km2:
            click.echo(
                f"published area: {b.published_area_km2:,} km² (polygons differ; mapper "
                "divides by the polygon area)"
            )
        for f in b.files:
            click.echo(f"file {f.name}\n  sha256 {f.sha256 or '(recorded on first use)'}")
            for u in f.urls:
                click.echo(f"  url {u}")
        if b.name.startswith("gb:"):
            pin = bnd.read_pin(bnd.pin_path(b.name, cache_dir=obj.cache_dir))
            click.echo(f"  recorded sha256 {pin['sha256']}" if pin else "  no hash recorded yet")
    load_kw = {"mirror": obj.mirror, "cache_dir": obj.cache_dir, **bkw}
    target = str(name) if name is not None else settings.DEFAULT_BOUNDARY
    status = bnd.cache_status(target, **load_kw)
    units = bnd.load_units(target, **load_kw)
    q = units.quality
    click.echo(
        "processed cache: "
        + (
            f"cached ({status['entry']})"
            if status["cached"]
            else f"not cached; processed now and stored in {units.cache_path}"
            if units.cache_path
            else "not cached and not writable; processed now"
        )
    )
    kind = f"{units.level}s" + (" under parents" if units.levels == 2 else " (one level)")
    n_parents = units.units["province"].nunique() if units.levels == 2 else 0
    click.echo(
        f"units: {len(units.units):,} {kind}"
        + (f" in {n_parents:,} parents" if n_parents else "")
        + f"; country: {units.country or 'not known'}"
    )
    click.echo(
        f"area: {units.total_area_km2:,.1f} km² (sum of unit areas, {settings.EQUAL_AREA_CRS}; "
        "no km² counted twice)"
    )
    click.echo(
        f"overlaps: {q.overlap_pairs} pair(s), {q.overlap_km2:,.3f} km² ({q.overlap_share:.4%})"
        + (f"; {q.clipped_units} unit(s) clipped, {q.overlap_rule}" if q.clipped_units else "")
        + f"; refused above {bnd.OVERLAP_TOLERANCE:.1%} unless --overlaps clip"
    )
    click.echo(
        f"gaps: {q.gaps} hole(s) covered by no unit, {q.gap_km2:,.3f} km²"
        + (f" (largest {q.largest_gap_km2:,.3f} km²)" if q.gaps else "")
    )
    for w in q.warnings:
        click.echo(f"warning: {w}")


@boundaries.command("fetch")
@click.argument("name")
@click.argument("level", required=False)
@click.pass_obj
@handle_errors
def boundaries_fetch(obj: Context, name: str, level: str | None) -> None:
    """Make a boundary set available locally (mirror, cache or download) and print its path.

    \b
    Examples:
      mapper boundaries fetch afg-districts
      mapper boundaries fetch UKR ADM1
    """
    if level is not None:
        name = f"gb:{name.upper()}:{level.upper()}"
    from . import boundaries as bnd

    path = bnd.fetch(name, mirror=obj.mirror, cache_dir=obj.cache_dir)
    click.echo(str(path))


@main.command()
@click.argument("claims", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@unit_options
@click.option(
    "--suggest-aliases",
    "suggest_aliases",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the names that do not resolve, each with its best suggestion, as an "
    "--aliases file to review (atomically). Nothing is applied until you pass it back.",
)
@click.option("--overwrite", is_flag=True, help="Replace an existing --suggest-aliases file.")
@click.pass_obj
@handle_errors
@refuse_existing("suggest_aliases")
def validate(
    obj: Context, claims: Path, suggest_aliases: Path | None, overwrite: bool, **kw: Any
) -> None:
    """Check a claims ledger: columns, dates, statuses, URLs and names.

    Every problem is listed with file, row, column and value; exits 1 if any. Then every
    dispute the state rules produce (same-day claims on a unit that disagree), including
    those between province-wide claims, with the districts they reach.

    \b
    Examples:
      mapper validate examples/afghanistan-2021.csv
      mapper validate my-ledger.csv --suggest-aliases my-aliases.csv
    """
    import pandas as pd

    from .errors import ValidationError
    from .timeline import ledger_disputes

    try:
        if suggest_aliases is None:
            units, ledger = _load(obj, claims, kw, limit=None)
        else:
            units, ledger = _load_suggesting(obj, claims, kw, suggest_aliases, overwrite)
    except ValidationError as e:
        # validate lists every problem (the error message of other commands is capped)
        _report_problems(e.problems, limit=None)
        errors = [p for p in e.problems if p.severity == "error"]
        warnings = len(e.problems) - len(errors)
        rows = sorted({p.row for p in errors if p.row is not None})
        click.echo(
            f"error: {claims}: {len(errors)} error(s) in {len(rows)} row(s)"
            + (f", {warnings} warning(s)" if warnings else "")
            + (f"; rows {', '.join(_row_ranges(rows))}" if rows else ""),
            err=True,
        )
        sys.exit(1)
    c = ledger.claims
    own = c[c["scope"] == "district"]
    wide = c[c["scope"] == "province"]
    counts = f"{len(wide)} province-wide on {wide['province'].nunique()} province(s)"
    if units.level == "district":
        counts = f"{len(own)} on {own['unit_id'].nunique()} district(s), {counts}"
    if n_country := int((c["scope"] == "country").sum()):
        counts += f", {n_country} country-wide"
    span = f"dates {c['date'].min().date()} to {c['date'].max().date()}" if len(c) else "no dates"
    click.echo(
        f"{claims}: {len(c)} valid claim(s): {counts}; {span}; boundary set {units.boundary} "
        f"({len(units.units)} {units.level}s)"
    )
    # every dispute the state rules produce, province-wide ones included
    found = ledger_disputes(ledger, units)
    names = units.units["name"]
    for d in found.to_dict("records"):
        day, rows = pd.Timestamp(d["date"]).date(), list(d["rows"])
        if d["scope"] == "country":
            n = len(d["unit_ids"]) + len(d["others"])
            click.echo(
                f"dispute: the whole country (country-wide) on {day}: rows {rows} disagree; "
                f"covers {len(d['unit_ids'])} of {n} {units.level}s (the others have their "
                "own or their province's claim that day, or keep their state by rule 5)"
            )
        elif d["scope"] == "province" and units.level == "district":
            n = len(d["unit_ids"]) + len(d["others"])
            if d["others"]:
                with_own = set(own.loc[own["date"] == d["date"], "unit_id"])
                why = [
                    f"{names[x]} has its own claim that day"
                    if x in with_own
                    else f"{names[x]} keeps its state (rule 5)"
                    for x in d["others"]
                ]
                reach = (
                    f"covers {len(d['unit_ids'])} of its {n} districts: "
                    f"{', '.join(str(names[x]) for x in d['unit_ids'])} ({'; '.join(why)})"
                )
            else:
                reach = f"covers the whole province ({n} districts)"
            click.echo(
                f"dispute: {d['province']} (province-wide) on {day}: rows {rows} disagree; {reach}"
            )
        else:
            click.echo(f"dispute: {d['unit_ids'][0]} on {day}: rows {rows} disagree")
    if units.level == "district" and len(found):
        n_wide = int((found["scope"] == "province").sum())
        n_all = int((found["scope"] == "country").sum())
        click.echo(
            f"{len(found)} dispute(s): {len(found) - n_wide - n_all} between a district's own "
            f"claims, {n_wide} between province-wide claims reaching "
            f"{sum(len(x) for x in found.loc[found['scope'] == 'province', 'unit_ids'])} "
            "district(s)" + (f", {n_all} between country-wide claims" if n_all else "")
        )
    elif len(found):
        click.echo(f"{len(found)} dispute(s)")
    if ledger.skipped_rows:
        sys.exit(1)


def series_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """--series, --from, --to and --every for ``stats`` (kept apart from its other options)."""
    opts = [
        click.option("--series", is_flag=True, help="A table per date from --from to --to."),
        click.option("--from", "start", callback=_date, help="First date of --series."),
        click.option("--to", "end", callback=_date, help="Last date of --series."),
        click.option(
            "--every",
            type=click.Choice(list(settings.EVERY)),
            default="day",
            show_default=True,
            help="Step of --series: every day, every week, or the dates of claims.",
        ),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


@main.command()
@click.argument("claims", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--date", "date", callback=_date, help="State on this date (required unless --series)."
)
@click.option("--by", type=click.Choice(["province"]), help="Also a table per province.")
@click.option("--max-age", type=click.IntRange(min=0), help="Older statuses become unknown.")
@click.option(
    "--population",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CSV with unit_id or province,district and population.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here (atomically) instead of standard output.",
)
@click.option("--overwrite", is_flag=True, help="Replace an existing -o file.")
@raw_csv_option
@series_options
@unit_options
@click.pass_obj
@handle_errors
@refuse_existing("output")
def stats(
    obj: Context,
    claims: Path,
    date: dt.date | None,
    by: str | None,
    max_age: int | None,
    population: Path | None,
    fmt: str,
    output: Path | None,
    overwrite: bool,
    raw_csv: bool,
    **kw: Any,
) -> None:
    """Counts, km² and shares by status at a date, with denominators and ranges.

    With --series, one row per date and status from --from to --to instead (tidy table:
    date, status, units, km², shares and, for each side, the low/mid/high range bounds).
    --series --by province gives one row per date, province and status, with shares of
    that province's own units, km² and population; --population adds population columns.

    \b
    Examples:
      mapper stats examples/afghanistan-2021.csv --date 2021-08-10 --format json
      mapper stats examples/afghanistan-2021.csv --series --from 2021-05-01 \\
          --to 2021-09-06 --every week --format csv
    """
    from .snapshots import state_at
    from .stats import population_warning, read_population, stats_document

    if kw.pop("series"):
        return _stats_series(
            obj, claims, by, max_age, population, fmt, output, kw, overwrite, raw_csv
        )
    kw.pop("start"), kw.pop("end"), kw.pop("every")
    if date is None:
        raise click.UsageError("Missing option '--date' (or use --series with --from/--to).")
    units, ledger = _load(obj, claims, kw)
    pop = read_population(population, units, aliases=kw["aliases"]) if population else None
    if pop is not None and (warning := population_warning(pop, units, source=str(population))):
        click.echo(f"warning: {warning}", err=True)
    state = state_at(ledger, units, date, max_age=max_age)
    doc = stats_document(state, units, vocabulary=ledger.vocabulary, by=by, population=pop)
    if fmt == "json":
        text = dumps_json(doc, indent=2, ensure_ascii=False, default=str) + "\n"
    elif fmt == "csv":
        text = _stats_csv(
            state, units, ledger.vocabulary, by=by, population=pop, formula_safe=not raw_csv
        )
    else:
        text = _format_table(doc, ledger.vocabulary, by=by)
    if output:
        write_text(output, text, overwrite=overwrite)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


def _stats_series(
    obj: Context,
    claims: Path,
    by: str | None,
    max_age: int | None,
    population: Path | None,
    fmt: str,
    output: Path | None,
    kw: dict[str, Any],
    overwrite: bool = False,
    raw_csv: bool = False,
) -> None:
    import pandas as pd

    from ._io import neutralize_frame
    from .stats import denominators as stats_denominators
    from .stats import population_warning, read_population, series_with_denominators
    from .timeline import build_timeline, status_series, timeline_dates

    start, end, every = kw.pop("start"), kw.pop("end"), kw.pop("every")
    if start is None or end is None:
        raise click.UsageError("--series needs --from and --to (YYYY-MM-DD).")
    units, ledger = _load(obj, claims, kw)
    pop = read_population(population, units, aliases=kw["aliases"]) if population else None
    if pop is not None and (warning := population_warning(pop, units, source=str(population))):
        click.echo(f"warning: {warning}", err=True)
    dates = timeline_dates(ledger, start, end, every=every)
    timeline = build_timeline(ledger, units, dates, max_age=max_age)
    table = status_series(timeline, units, by=by, population=pop)
    if fmt in ("json", "csv"):  # what every row's shares divide by, on the row
        table = series_with_denominators(table, units, by=by, population=pop)
    if fmt == "json":
        doc: dict[str, Any] = {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "every": every,
            "max_age_days": max_age,
            "denominators": stats_denominators(units, population=pop).as_dict(),
        }
        if by:
            # shares on each row divide by its own province's totals, declared here
            doc["by"] = by
            doc[f"denominators_by_{by}"] = [
                {k: (round(v, 3) if isinstance(v, float) else v) for k, v in d.items()}
                for d in table.attrs["denominators_by"]
            ]
        doc["series"] = [
            {
                k: (None if pd.isna(v) else round(v, 6) if isinstance(v, float) else v)
                for k, v in r.items()
            }
            for r in table.astype(object)
            .assign(date=table["date"].astype(str))
            .to_dict(orient="records")
        ]
        text = dumps_json(doc, indent=2, ensure_ascii=False, default=str) + "\n"
    elif fmt == "csv":
        table = table.round(6) if raw_csv else neutralize_frame(table.round(6))
        text = table.to_csv(index=False, lineterminator="\n")
    else:
        text = _format_series(table, ledger.vocabulary, units, by=by, population=pop)
    if output:
        write_text(output, text, overwrite=overwrite)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


def _format_series(
    table: pd.DataFrame,
    vocab: Vocabulary,
    units: UnitSet,
    *,
    by: str | None = None,
    population: pd.Series | None = None,
) -> str:
    from .stats import denominators as stats_denominators

    keys = vocab.keys
    has_pop = population is not None
    width = 24 if has_pop else 18
    label = "units (share of area / share of population)" if has_pop else "units (share of area)"
    groups = [str(g) for g in table[by].unique()] if by else []
    pad = max([len(by or ""), *map(len, groups)]) + 1 if by else 0
    lines = [
        f"{label} per status" + (f" in each {by}, of the {by}'s own totals" if by else ""),
        "date        " + (f"{by:{pad}}" if by else "") + " ".join(f"{k:>{width}}" for k in keys),
    ]
    # status_series gives every (date[, group]) its statuses in legend order: one line each
    n_k = len(keys)
    if not (table["status"].to_numpy().reshape(-1, n_k) == keys).all():
        raise ValueError("series rows are not in (date, group, legend order) layout")
    n = table["units"].to_numpy().reshape(-1, n_k)
    area = 100 * table["share_area"].to_numpy(dtype=float).reshape(-1, n_k)
    pop = 100 * table["share_population"].to_numpy(dtype=float).reshape(-1, n_k) if has_pop else n
    days = table["date"].to_numpy()[::n_k]
    names = table[by].to_numpy()[::n_k] if by else days
    for i, day in enumerate(days):
        cells = []
        for j in range(n_k):
            cell = f"{int(n[i, j]):>5} ({area[i, j]:5.1f}%"
            cell += f" /{pop[i, j]:5.1f}%)" if has_pop else ")"
            cells.append(cell.rjust(width))
        head = f"{day!s:11} " + (f"{names[i]!s:{pad}}" if by else "")
        lines.append(head + " ".join(cells))
    d = stats_denominators(units, population=population)
    lines += ["", d.describe()]
    if by:
        lines.append(f"Shares in each {by} divide by its own totals:")
        for den in table.attrs["denominators_by"]:
            text = (
                f"  {den[by]:{pad}}{den['units']:>4} {units.level}s, "
                f"{den['area_km2']:,.0f} km² polygon area"
            )
            if has_pop:
                text += f", population {den['population']:,.0f}"
            lines.append(text)
    return "\n".join(lines) + "\n"


def _stats_csv(
    state: pd.DataFrame,
    units: UnitSet,
    vocab: Vocabulary,
    *,
    by: str | None,
    population: pd.Series | None,
    formula_safe: bool = True,
) -> str:
    """One tidy table: a row per status (per province with ``by``), each row with its date,
    its shares and what they divide by (``denominator_*`` columns) and the boundary set.
    Text cells a spreadsheet would run are quoted unless ``formula_safe`` is false."""
    from ._io import neutralize_frame
    from .stats import summarize, with_denominators

    table = summarize(state, vocabulary=vocab, by=by, population=population)
    table = with_denominators(table, state, by=by, population=population).reset_index()
    table.insert(0, "date", state.attrs.get("date"))
    table["boundary"] = units.boundary
    table = neutralize_frame(table.round(6)) if formula_safe else table.round(6)
    return table.to_csv(index=False, lineterminator="\n")


def _format_table(doc: dict[str, Any], vocab: Vocabulary, *, by: str | None = None) -> str:
    d = doc["denominators"]
    lines = [f"State on {doc['date']}  ({d['units']} {d['level']}s, {d['boundary']})", ""]
    has_pop = any("population" in r for r in doc["by_status"])
    head = f"{'status':28} {'units':>6} {'%units':>7} {'km²':>10} {'%area':>7}"
    lines.append(head + (f" {'pop':>11} {'%pop':>7}" if has_pop else ""))
    for r in doc["by_status"]:
        line = (
            f"{vocab[r['status']].label:28} {r['units']:>6} {100 * r['share_units']:>6.1f}% "
            f"{r['area_km2']:>10,.0f} {100 * r['share_area']:>6.1f}%"
        )
        if has_pop:
            line += f" {r['population']:>11,.0f} {100 * r['share_population']:>6.1f}%"
        lines.append(line)
    lines += ["", "Ranges (low = own status; high = + contested, disputed, unconfirmed):"]
    for r in doc["ranges"]:
        lines.append(
            f"  {vocab[r['side']].label:26} units {r['units_low']}-{r['units_high']}"
            f"  area {100 * r['share_area_low']:.1f}%-{100 * r['share_area_high']:.1f}%"
            f"  ({r['area_km2_low']:,.0f}-{r['area_km2_high']:,.0f} km²)"
        )
    if doc["disputed_units"]:
        lines.append(f"Disputed: {', '.join(doc['disputed_units'])}")
    country = [r for r in doc.get("basis", []) if r["basis"] == "country"]
    if country:
        lines.append(
            f"Resting on country-wide claims (no claim of their own or of their province): "
            f"{sum(r['units'] for r in country)} {d['level']}s "
            f"({100 * sum(r['share_units'] for r in country):.1f}%), "
            f"{sum(r['area_km2'] for r in country):,.0f} km² "
            f"({100 * sum(r['share_area'] for r in country):.1f}% of the area): "
            + ", ".join(f"{vocab[r['status']].label} {r['units']}" for r in country)
        )
    if doc["stale_units"]:
        stale = doc["stale_units"]
        lines.append(
            f"Older than --max-age {doc['max_age_days']} days, counted as unknown: "
            f"{len(stale)} units ({', '.join(stale[:5])}{', ...' if len(stale) > 5 else ''}; "
            "all in --format json)"
        )
    if by:
        lines += ["", *_format_groups(doc["by_" + by], vocab, by=by, level=str(d["level"]))]
    lines.append("")
    text = (
        f"Denominators: {d['units']} {d['level']}s of '{d['boundary']}'; "
        f"{d['area_km2']:,.0f} km² polygon area ({d['area_crs']})"
    )
    if d.get("published_area_km2"):
        text += f"; published area {d['published_area_km2']:,.0f} km² shown for reference only"
    if d.get("population") is not None:
        text += f"; population {d['population']:,.0f}"
        missing = len(d.get("population_missing_units") or ())
        if missing:
            text += (
                f" of {d['population_units']} of {d['units']} {d['level']}s: the other "
                f"{missing} have no population figure, so %pop is a share of the "
                f"{d['population_units']} covered {d['level']}s only"
            )
    lines.append(text)
    return "\n".join(lines) + "\n"


def _format_groups(
    records: list[dict[str, Any]], vocab: Vocabulary, *, by: str, level: str
) -> list[str]:
    """One line per group (province): its units, then units and % of its area per status."""
    keys = vocab.keys
    groups: dict[str, dict[str, dict[str, Any]]] = {}
    for r in records:
        groups.setdefault(str(r[by]), {})[str(r["status"])] = r
    name_w = max([len(by), *(len(g) for g in groups)])
    cell_w = max([10, *(len(k) for k in keys)])
    lines = [
        f"By {by}: {level}s per status (% of the {by}'s polygon area; - none)",
        f"{by:{name_w}} {level + 's':>9}  " + "  ".join(f"{k:>{cell_w}}" for k in keys),
    ]
    for name, rows in groups.items():
        total = sum(int(rows[k]["units"]) for k in keys if k in rows)
        cells = []
        for k in keys:
            rec = rows.get(k)
            n = int(rec["units"]) if rec else 0
            cell = f"{n:>3} {100 * float(rec['share_area']):5.1f}%" if rec and n else "-"
            cells.append(f"{cell:>{cell_w}}")
        lines.append(f"{name:{name_w}} {total:>9}  " + "  ".join(cells))
    lines.append(
        f"Shares divide by each {by}'s own {level}s and area; km², shares of {level}s"
        + (" and of population" if any("population" in r for r in records) else "")
        + f" per {by}: --format csv or json."
    )
    return lines


@main.command()
@click.argument("claims", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--date", "date", required=True, callback=_date, help="Map the state on this date.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output file [default: output/map-DATE.html].",
)
@click.option("--overwrite", is_flag=True, help="Replace an existing output file.")
@click.option("--title", default="Reported territorial control", show_default=True)
@click.option("--max-age", type=click.IntRange(min=0), help="Older statuses become unknown.")
@click.option(
    "--tiles",
    callback=_tiles,
    help="Opt-in background tiles (e.g. OpenStreetMap); needs internet.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "png", "svg"]),
    default="html",
    show_default=True,
    help="Interactive HTML, or a print-ready static PNG/SVG.",
)
@click.option(
    "--embed",
    is_flag=True,
    help="HTML for an <iframe>: fixed --width x --height px, compact panel, no page styles.",
)
@click.option(
    "--width",
    type=click.IntRange(min=200),
    default=800,
    show_default=True,
    help="Embed width in px.",
)
@click.option(
    "--height",
    type=click.IntRange(min=150),
    default=600,
    show_default=True,
    help="Embed height in px.",
)
@click.option(
    "--dpi",
    type=click.IntRange(min=50, max=1200),
    default=200,
    show_default=True,
    help="PNG resolution.",
)
@places_option
@unit_options
@click.pass_obj
@handle_errors
def render(
    obj: Context,
    claims: Path,
    date: dt.date,
    output: Path | None,
    overwrite: bool,
    title: str,
    max_age: int | None,
    tiles: str | None,
    fmt: str = "html",
    embed: bool = False,
    width: int = 800,
    height: int = 600,
    dpi: int = 200,
    **kw: Any,
) -> None:
    """Render the state on a date as one self-contained, offline HTML map (or PNG/SVG).

    \b
    Examples:
      mapper render examples/afghanistan-2021.csv --date 2021-08-10
      mapper render examples/afghanistan-2021.csv --date 2021-08-10 --format png
      mapper render examples/afghanistan-2021.csv --date 2021-08-10 --embed \\
          --width 640 --height 480 -o output/embed.html
    """
    from .render import MapOptions, build_map, write_map
    from .snapshots import state_at

    suffix = f".{fmt}" if fmt != "html" else "-embed.html" if embed else ".html"
    refuse_outputs(
        [output or settings.DEFAULT_OUTPUT_DIR / f"map-{date.isoformat()}{suffix}"], overwrite
    )
    units, ledger = _load(obj, claims, kw)
    state = state_at(ledger, units, date, max_age=max_age)
    context = _place_context(obj, units, kw)
    if fmt != "html" or embed:
        _render_other(
            state,
            units,
            ledger,
            context=context,
            date=date,
            output=output,
            overwrite=overwrite,
            title=title,
            tiles=tiles,
            fmt=fmt,
            embed=embed,
            width=width,
            height=height,
            dpi=dpi,
        )
        return
    html = build_map(
        state, units, ledger, options=MapOptions(title=title, tiles=tiles, context=context)
    )
    out = output or settings.DEFAULT_OUTPUT_DIR / f"map-{date.isoformat()}.html"
    write_map(html, out, overwrite=overwrite)
    counts = state["status"].value_counts()
    summary = ", ".join(f"{k} {int(counts.get(k, 0))}" for k in ledger.vocabulary.keys)
    click.echo(f"wrote {out} ({len(html.encode()) / 1e6:.1f} MB; {summary})")


def _border_segments(obj: Context, units: UnitSet, segment_km: float = 1.0) -> Any:
    from . import boundaries as bnd
    from .borders import border_segments

    countries = bnd.load_countries(mirror=obj.mirror, cache_dir=obj.cache_dir)
    return border_segments(
        units.units, countries, country_iso3=units.country or "AFG", segment_km=segment_km
    )


def _neighbour_names(obj: Context, units: UnitSet, vocab: Any) -> list[str]:
    """Countries that a sentence about a set outside Afghanistan may name as "the border with
    X": Natural Earth's names, less those the vocabulary reads as the territory or a side."""
    from . import boundaries as bnd

    countries = bnd.load_countries(mirror=obj.mirror, cache_dir=obj.cache_dir)
    return sorted(
        {
            str(n)
            for n in countries["name"]
            if str(n).strip()
            and not vocab.is_country(str(n))
            and vocab.side_of_phrase(str(n)) is None
        }
    )


@main.command()
@click.argument("claims", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("sentence", required=False)
@click.option("--date", "date", callback=_date, help="Check against the state on this date.")
@click.option(
    "--batch",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="One claim per line, or a CSV with a 'claim' column (optional date, side, id).",
)
@click.option("--side", help="Side the claim is about when the sentence names none.")
@click.option(
    "--population",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CSV with unit_id or province,district and population (for population shares).",
)
@click.option("--max-age", type=click.IntRange(min=0), help="Older statuses become unknown.")
@click.option(
    "--unclaimed",
    default="open",
    show_default=True,
    metavar="open|nobody|SIDE",
    help="Units with no claim on record (stale ones included): 'open' counts them both ways "
    "and says UNDETERMINED when they decide; 'nobody' counts them for nobody (a verdict "
    "about what the ledger records); a side (e.g. 'government') counts them as that side's.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the verdicts here (atomically) instead of standard output.",
)
@click.option(
    "--html",
    "html_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write a map with the verdict and the deciding units (one sentence only).",
)
@click.option("--overwrite", is_flag=True, help="Replace existing -o and --html files.")
@click.option(
    "--places",
    "places_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Provincial capitals for claims about them: a places CSV (name,variants,province,"
    "kind,lat,lon,source) whose kind 'admin1' rows are the capitals. Default: the built-in "
    "capitals for Afghanistan; other boundary sets have none.",
)
@unit_options
@click.pass_obj
@handle_errors
@refuse_existing("output", "html_out")
def check(
    obj: Context,
    claims: Path,
    sentence: str | None,
    date: dt.date | None,
    batch: Path | None,
    side: str | None,
    population: Path | None,
    max_age: int | None,
    unclaimed: str,
    fmt: str,
    output: Path | None,
    html_out: Path | None,
    overwrite: bool,
    places_file: Path | None,
    **kw: Any,
) -> None:
    """Check a sentence ("over two-thirds of the country") against the ledger.

    Prints a verdict (supported, contradicted, depends-on-assumptions, undetermined) with
    the measured range (low = the side's own status, high = plus contested, disputed and
    unconfirmed units; with --unclaimed open, also plus every unit with no claim on
    record), what it divides by, and the units behind it. The verdict covers the whole
    range, not only the rows printed. UNDETERMINED: the ledger does not cover enough of
    the scope to decide. Exit code 1 when a sentence cannot be read (no verdict is guessed).

    \b
    Examples:
      mapper check examples/afghanistan-2021.csv --date 2021-07-17 \\
        "The Taliban have captured over two-thirds of the country"
      mapper check examples/afghanistan-2021.csv --date 2021-07-17 \\
        "2/3 of the territory on the Afghan-Tajik border" --side taliban --html out.html
      mapper check examples/afghanistan-2021.csv --date 2021-07-17 --unclaimed government \\
        "The government controls under half of the country"
      mapper check examples/afghanistan-2021.csv --batch claims.txt --date 2021-08-10
    """
    from . import checks
    from .stats import read_population

    if (sentence is None) == (batch is None):
        raise click.UsageError("give either a SENTENCE or --batch FILE")
    if html_out is not None and batch is not None:
        raise click.UsageError(
            "--html draws one claim; use it with a SENTENCE, not --batch. For a page with "
            "every claim of a batch: mapper report CLAIMS --date D --checks BATCH -o report.html"
        )
    try:
        items = (
            checks.read_batch(batch)
            if batch is not None
            else [checks.BatchItem(row=0, text=str(sentence))]
        )
    except csv.Error as e:  # a cell over the field limit: name its row and column
        from ._io import csv_error

        raise csv_error(str(batch), e, "--batch file") from e
    if any(it.date is None for it in items) and date is None:
        raise click.UsageError("--date is required (or a date column in the --batch CSV)")
    units, ledger = _load(obj, claims, kw)
    vocab = ledger.vocabulary
    try:
        unclaimed = checks.resolve_unclaimed(unclaimed, vocab)
    except checks.CheckError as e:
        raise click.BadParameter(str(e), param_hint="--unclaimed") from e
    gaz = units.gazetteer(aliases=kw["aliases"])
    pop = read_population(population, units, aliases=kw["aliases"]) if population else None
    cap_places = None
    if places_file is not None:
        from .places import read_places

        cap_places = read_places(places_file)
    from .check.session import SentenceChecker

    checker = SentenceChecker(
        ledger,
        units,
        gazetteer=gaz,
        max_age=max_age,
        population=pop,
        unclaimed=unclaimed,
        segments=lambda: _border_segments(obj, units),
        neighbour_names=lambda: _neighbour_names(obj, units, vocab),
        places=cap_places,
    )
    results: list[dict[str, Any]] = []
    texts: list[str] = []
    failed = 0
    unreadable = 0
    last: tuple[Any, pd.DataFrame] | None = None
    for it in items:
        day = it.date or date
        assert day is not None
        where = f"{batch}, row {it.row}: " if batch is not None else ""
        entry: dict[str, Any] = {"row": it.row, "id": it.id, "sentence": it.text}
        parsed = None
        try:
            parsed = checker.read(it.text, day, it.side or side)
            verdict, day = checker.verdict(parsed, day)
        except (checks.ClaimParseError, checks.CheckError) as e:
            failed += 1
            unreadable += isinstance(e, checks.ClaimParseError)
            # a batch prints the sentences the checker can read once, at the end
            brief = getattr(e, "brief", None) if batch is not None else None
            click.echo(f"error: {where}{brief or e}", err=True)
            entry.update({"verdict": None, "error": str(e).splitlines()[0]})
            # per sentence: the reading, or the words the checker could not read
            if parsed is not None:
                reading = checks.reading_text(parsed, units.level)
                entry["reading"] = reading
                texts.append(
                    f"{where}NO VERDICT: {it.text}\n  Read as: {reading}\n"
                    f"  {str(e).splitlines()[0]}\n"
                )
            else:
                unread = list(getattr(e, "unread", ()))
                entry["unread"] = unread
                words = f"\n  Unread words: {', '.join(unread)}" if unread else ""
                texts.append(f"{where}UNREADABLE: {it.text}{words}\n  {str(e).splitlines()[0]}\n")
            results.append(entry)
            continue
        last = (verdict, checker.state(day))
        entry.update(verdict.as_dict())
        results.append(entry)
        texts.append((f"[{where.rstrip(': ')}]\n" if where else "") + checks.verdict_text(verdict))
    if batch is None and failed:
        sys.exit(1)  # the message is on stderr; nothing to print for one unreadable sentence
    if fmt == "json":
        doc: Any = results if batch is not None else results[0]
        text = dumps_json(doc, indent=2, ensure_ascii=False, default=str) + "\n"
    else:
        text = "\n".join(texts)
    if output:
        write_text(output, text, overwrite=overwrite)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)
    if html_out is not None and last is not None:
        verdict, state = last
        from .render import write_map

        page = checks.check_map(verdict, state, units, ledger, segments=checker.segments)
        write_map(page, html_out, overwrite=overwrite)
        click.echo(f"wrote {html_out}", err=True)
    if batch is not None and unreadable:
        click.echo(
            f"{unreadable} sentence(s) could not be read; no verdict given for them. "
            + checks.examples_text(),
            err=True,
        )
    if failed:
        sys.exit(1)


@main.command("borders")
@click.option(
    "--boundary",
    default=settings.DEFAULT_BOUNDARY,
    show_default=True,
    help="Boundary set whose outline is measured (Afghan sets).",
)
@click.option(
    "--neighbour",
    "neighbours",
    multiple=True,
    help="Only this neighbour (ISO3 such as TJK, or a name such as Tajikistan); repeatable.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@click.option(
    "--segment-km",
    type=click.FloatRange(min=0.05),
    default=1.0,
    show_default=True,
    help="Length of the border pieces assigned to neighbours and units.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here (atomically) instead of standard output.",
)
@click.option("--overwrite", is_flag=True, help="Replace an existing -o file.")
@raw_csv_option
@click.pass_obj
@handle_errors
@refuse_existing("output")
def borders_cmd(
    obj: Context,
    boundary: str,
    neighbours: tuple[str, ...],
    fmt: str,
    segment_km: float,
    output: Path | None,
    overwrite: bool,
    raw_csv: bool = False,
) -> None:
    """Border length per neighbour (computed vs published) and the units along each border.

    Lengths are geodesic (WGS84) along the outline of the boundary set, each piece given
    to the nearest Natural Earth neighbour; see mapper.borders for the method.

    \b
    Examples:
      mapper borders
      mapper borders --neighbour Tajikistan --format json
    """
    import pandas as pd

    from . import boundaries as bnd
    from .borders import (
        ISO_NUMERIC_TO_ISO3,
        LENGTH_CAVEATS,
        NEIGHBOUR_NAMES,
        border_lengths,
        unit_border_lengths,
    )

    units = bnd.load_units(boundary, mirror=obj.mirror, cache_dir=obj.cache_dir)
    segments = _border_segments(obj, units, segment_km)
    lengths = border_lengths(segments)
    # Afghanistan's neighbours by ISO3 and name; any other set's by their Natural Earth name
    known = {**{str(k): str(k) for k in lengths.index}, **NEIGHBOUR_NAMES}
    wanted: list[str] = []
    for n in neighbours:
        code = n.strip().upper() if n.strip().upper() in known else ""
        if not code:
            by_name = {v.lower(): k for k, v in known.items()}
            code = by_name.get(n.strip().lower(), "")
        if not code:
            valid = ", ".join(
                f"{k} ({v})" if k != v else k for k, v in known.items() if k in lengths.index
            )
            raise click.BadParameter(f"unknown neighbour {n!r}; valid: {valid}")
        wanted.append(code)
    per_unit = unit_border_lengths(segments).reset_index()
    per_unit = per_unit.join(units.units[["name", "province"]], on="unit_id")
    if wanted:
        lengths = lengths[lengths.index.isin(wanted)]
        per_unit = per_unit[per_unit["neighbour"].isin(wanted)]
    order = [k for k in NEIGHBOUR_NAMES if k in lengths.index] + sorted(
        str(k) for k in lengths.index if k not in NEIGHBOUR_NAMES
    )
    lengths = lengths.loc[order]
    if fmt == "csv":
        from ._io import neutralize_frame

        out = per_unit[["neighbour", "unit_id", "name", "province", "length_km"]]
        out = out.round({"length_km": 3})
        text = (out if raw_csv else neutralize_frame(out)).to_csv(index=False, lineterminator="\n")
    elif fmt == "json":
        doc = {
            "boundary": units.boundary,
            "method": "geodesic (WGS84) length of the outline of the boundary set, each "
            f"~{segment_km:g} km piece given to the nearest Natural Earth 1:10m neighbour",
            "neighbours": [
                {
                    # neighbours outside Afghanistan's table are keyed by their name
                    "iso3": str(k) if str(k) in ISO_NUMERIC_TO_ISO3.values() else None,
                    "name": NEIGHBOUR_NAMES.get(str(k), str(k)),
                    "length_km": round(float(r["length_km"]), 3),
                    "published_km": None
                    if pd.isna(r["published_km"])
                    else float(r["published_km"]),
                    "diff_pct": None if pd.isna(r["diff_pct"]) else round(float(r["diff_pct"]), 3),
                    "caveat": LENGTH_CAVEATS.get(str(k)),
                    "units": [
                        {
                            "unit_id": u["unit_id"],
                            "name": u["name"],
                            "province": u["province"],
                            "length_km": round(float(u["length_km"]), 3),
                        }
                        for _, u in per_unit[per_unit["neighbour"] == k].iterrows()
                    ],
                }
                for k, r in lengths.iterrows()
            ],
        }
        text = dumps_json(doc, indent=2, ensure_ascii=False, default=str) + "\n"
    else:
        lines = [
            f"Border lengths along the outline of '{units.boundary}' "
            "(geodesic, WGS84; neighbours from Natural Earth 1:10m)",
            "",
            f"{'neighbour':14} {'computed km':>12} {'published km':>13} {'diff':>7} "
            f"{units.level + 's':>10}",
        ]
        for k, r in lengths.iterrows():
            flag = " *" if str(k) in LENGTH_CAVEATS else ""
            lines.append(
                f"{NEIGHBOUR_NAMES.get(str(k), str(k)):14} {r['length_km']:>12,.1f} "
                + (
                    f"{'–':>13} {'–':>7}"
                    if pd.isna(r["published_km"])
                    else f"{r['published_km']:>13,.0f} {r['diff_pct']:>+6.1f}%"
                )
                + f" {int(r['units']):>10}{flag}"
            )
        for k in lengths.index:
            if str(k) in LENGTH_CAVEATS:
                lines.append(f"  * {NEIGHBOUR_NAMES[str(k)]}: {LENGTH_CAVEATS[str(k)]}.")
        for k in lengths.index:
            g = per_unit[per_unit["neighbour"] == k].sort_values("length_km", ascending=False)
            lines += ["", f"{NEIGHBOUR_NAMES.get(str(k), str(k))} ({len(g)} {units.level}s):"]
            for _, u in g.iterrows():
                lines.append(f"  {u['name']:24} {u['province']:14} {u['length_km']:>8,.1f} km")
        text = "\n".join(lines) + "\n"
    if output:
        write_text(output, text, overwrite=overwrite)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("claims", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--from", "start", required=True, callback=_date, help="First date (YYYY-MM-DD).")
@click.option("--to", "end", required=True, callback=_date, help="Last date (YYYY-MM-DD).")
@click.option(
    "--every",
    type=click.Choice(list(settings.EVERY)),
    default="day",
    show_default=True,
    help="Slider steps: every day, every week, or the dates of claims.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output file [default: output/timeline-FROM-TO.html].",
)
@click.option("--overwrite", is_flag=True, help="Replace an existing output file.")
@click.option("--title", default="Reported territorial control over time", show_default=True)
@click.option("--max-age", type=click.IntRange(min=0), help="Older statuses become unknown.")
@places_option
@click.option(
    "--open-at",
    callback=_date,
    help="Date the page opens on (YYYY-MM-DD; the last slider date on or before it) "
    "[default: the last date].",
)
@unit_options
@click.pass_obj
@handle_errors
def timeline(
    obj: Context,
    claims: Path,
    start: dt.date,
    end: dt.date,
    every: str,
    output: Path | None,
    overwrite: bool,
    title: str,
    max_age: int | None,
    open_at: dt.date | None,
    **kw: Any,
) -> None:
    """One offline HTML page with a date slider over the state of control.

    Geometry is stored once; each unit's status is stored only where it changes. The
    panel shows counts, km² and shares (with denominators) for the slider's date.

    \b
    Example:
      mapper timeline examples/afghanistan-2021.csv --from 2021-05-01 --to 2021-09-06
    """
    from .render_timeline import TimelineOptions, build_timeline_page, write_page
    from .timeline import build_timeline, timeline_dates

    if open_at is not None and not start <= open_at <= end:
        raise click.BadParameter(
            f"{open_at} is outside --from {start} --to {end}", param_hint="--open-at"
        )
    out = output or settings.DEFAULT_OUTPUT_DIR / f"timeline-{start}-{end}.html"
    refuse_outputs([out], overwrite)
    units, ledger = _load(obj, claims, kw)
    dates = timeline_dates(ledger, start, end, every=every)  # type: ignore[arg-type]
    tl = build_timeline(ledger, units, dates, max_age=max_age)
    options = TimelineOptions(title=title, open_at=open_at, context=_place_context(obj, units, kw))
    html = build_timeline_page(tl, units, ledger, options=options)
    write_page(html, out, overwrite=overwrite)
    changed = int((tl.status[1:] != tl.status[:-1]).sum())
    click.echo(
        f"wrote {out} ({len(html.encode()) / 1e6:.2f} MB; {len(dates)} dates x "
        f"{len(tl.unit_ids)} {units.level}s; {changed} status changes)"
    )


@main.command()
@click.argument("claims", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("d1", callback=_date)
@click.argument("d2", callback=_date)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Output page [default: output/compare-D1-D2.html].",
)
@click.option(
    "--table-csv",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the change table (one row per changed unit) as CSV.",
)
@click.option(
    "--table-json",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the change table and per-status deltas as JSON.",
)
@click.option("--overwrite", is_flag=True, help="Replace existing output files.")
@click.option("--title", default="What changed", show_default=True)
@click.option("--max-age", type=click.IntRange(min=0), help="Older statuses become unknown.")
@raw_csv_option
@places_option
@unit_options
@click.pass_obj
@handle_errors
def compare(
    obj: Context,
    claims: Path,
    d1: dt.date,
    d2: dt.date,
    output: Path | None,
    table_csv: Path | None,
    table_json: Path | None,
    overwrite: bool,
    title: str,
    max_age: int | None,
    raw_csv: bool = False,
    **kw: Any,
) -> None:
    """Compare two dates: two synced maps, a map of changes and a change table.

    Prints the change per status (units and km²); --table-csv / --table-json write the
    units that changed with the claims and sources behind both states.

    \b
    Example:
      mapper compare examples/afghanistan-2021.csv 2021-07-01 2021-08-15 \\
          --table-csv output/changes.csv
    """
    from .compare import change_csv, change_document, changes, status_deltas
    from .render_timeline import TimelineOptions, build_compare_page, write_page

    out = output or settings.DEFAULT_OUTPUT_DIR / f"compare-{d1}-{d2}.html"
    refuse_outputs([out, table_csv, table_json], overwrite)
    units, ledger = _load(obj, claims, kw)
    table = changes(ledger, units, d1, d2, max_age=max_age)
    deltas = status_deltas(ledger, units, d1, d2, max_age=max_age)
    html = build_compare_page(
        ledger,
        units,
        d1,
        d2,
        max_age=max_age,
        options=TimelineOptions(title=title, context=_place_context(obj, units, kw)),
    )
    write_page(html, out, overwrite=overwrite)
    click.echo(f"wrote {out} ({len(html.encode()) / 1e6:.2f} MB)", err=True)
    if table_csv:
        write_text(table_csv, change_csv(table, formula_safe=not raw_csv), overwrite=overwrite)
        click.echo(f"wrote {table_csv}", err=True)
    if table_json:
        doc = change_document(table, deltas, units)
        write_text(
            table_json, dumps_json(doc, indent=2, ensure_ascii=False) + "\n", overwrite=overwrite
        )
        click.echo(f"wrote {table_json}", err=True)
    vocab = ledger.vocabulary
    click.echo(f"{d1} -> {d2}: {len(table)} of {len(units.units)} {units.level}s changed status")
    click.echo(f"{'status':30} {'units':>13} {'change':>7} {'km² change':>12} {'area pt':>8}")
    for key, r in deltas.iterrows():
        click.echo(
            f"{vocab[str(key)].label:30} {int(r['units_d1']):>5} -> {int(r['units_d2']):<5}"
            f" {int(r['units_delta']):>+7} {r['area_km2_delta']:>+12,.0f}"
            f" {100 * r['share_area_delta']:>+7.1f}"
        )


def _render_other(
    state: pd.DataFrame,
    units: UnitSet,
    ledger: Ledger,
    *,
    context: dict[str, Any],
    date: dt.date,
    output: Path | None,
    overwrite: bool,
    title: str,
    tiles: str | None,
    fmt: str,
    embed: bool,
    width: int,
    height: int,
    dpi: int,
) -> None:
    """``render --format png|svg`` and ``render --embed``."""
    if fmt != "html":
        if embed:
            raise click.UsageError("--embed is for --format html")
        from .plot import plot_state, save_static

        out = output or settings.DEFAULT_OUTPUT_DIR / f"map-{date.isoformat()}.{fmt}"
        fig = plot_state(state, units, ledger, title=title, context=context)
        save_static(fig, out, fmt=fmt, dpi=dpi, overwrite=overwrite)  # type: ignore[arg-type]
        click.echo(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
        return
    from .render import MapOptions, build_map, write_map

    opts = MapOptions(
        title=title,
        tiles=tiles,
        embed=True,
        embed_width_px=width,
        embed_height_px=height,
        context=context,
    )
    html = build_map(state, units, ledger, options=opts)
    out = output or settings.DEFAULT_OUTPUT_DIR / f"map-{date.isoformat()}-embed.html"
    write_map(html, out, overwrite=overwrite)
    click.echo(f"wrote {out} ({len(html.encode()) / 1e6:.1f} MB); embed it with:")
    click.echo(
        f'<iframe src="{out.name}" width="{width}" height="{height}" style="border:0;'
        f'width:100%;max-width:{width}px;height:auto;aspect-ratio:{width} / {height}" '
        f'title="{title.replace(chr(34), "&quot;")}" loading="lazy"></iframe>'
    )


@main.command()
@click.argument("claims", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--date", "date", required=True, callback=_date, help="Report the state on this date."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="report.md (Markdown + PNG map beside it) or report.html "
    "[default: output/report-DATE.md].",
)
@click.option(
    "--checks",
    "checks_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Checked claims: verdicts as JSON (e.g. from `mapper check --batch ... --format "
    "json`), or sentences to check (one a line, or a CSV with a 'claim' column).",
)
@click.option("--overwrite", is_flag=True, help="Replace existing output files.")
@click.option("--title", default="Reported territorial control", show_default=True)
@click.option("--max-age", type=click.IntRange(min=0), help="Older statuses become unknown.")
@places_option
@unit_options
@click.pass_obj
@handle_errors
def report(
    obj: Context,
    claims: Path,
    date: dt.date,
    output: Path | None,
    checks_file: Path | None,
    overwrite: bool,
    title: str,
    max_age: int | None,
    **kw: Any,
) -> None:
    """A summary report: map, stats with denominators, disputes, checked claims, sources.

    \b
    Examples:
      mapper report examples/afghanistan-2021.csv --date 2021-08-10
      mapper report examples/afghanistan-2021.csv --date 2021-08-10 -o report.html \\
          --checks verdicts.json
    """
    from .report import ReportOptions, load_checks, report_format, write_report
    from .snapshots import state_at

    out = output or settings.DEFAULT_OUTPUT_DIR / f"report-{date.isoformat()}.md"
    # a bad extension or an existing output fails before any work
    if report_format(out) == "markdown":
        refuse_outputs([out, out.with_name(f"{out.stem}-map.png")], overwrite)
    refuse_outputs([out], overwrite)
    units, ledger = _load(obj, claims, kw)
    state = state_at(ledger, units, date, max_age=max_age)
    cap_places = None
    if kw.get("places") is not None and checks_file is not None:
        from .places import read_places

        cap_places = read_places(kw["places"])
    verdicts = (
        load_checks(
            checks_file,
            ledger,
            units,
            date=date,
            max_age=max_age,
            segments=lambda: _border_segments(obj, units),
            neighbour_names=lambda: _neighbour_names(obj, units, ledger.vocabulary),
            places=cap_places,
        )
        if checks_file
        else None
    )
    paths = write_report(
        state,
        units,
        ledger,
        out,
        checks=verdicts,
        options=ReportOptions(title=title),
        overwrite=overwrite,
        context=_place_context(obj, units, kw),
    )
    click.echo("wrote " + ", ".join(str(p) for p in paths))


# Commands defined in their own module register themselves on ``main`` (kept last: they
# import the helpers above).
from . import _cli_data  # noqa: E402, F401

if __name__ == "__main__":  # pragma: no cover
    main()
