"""Commands for other conflicts and other tools: ``vocabularies``, ``import``, ``export``.

Registered on :data:`mapper.cli.main` when :mod:`mapper.cli` is imported (it imports this
module last). Heavy libraries are imported inside the commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .cli import (
    Context,
    _date,
    _load,
    handle_errors,
    main,
    raw_csv_option,
    refuse_existing,
    unit_options,
)
from .errors import OutputExistsError
from .vocabulary import DEFAULT_PRESET, available, get_vocabulary


@main.command("vocabularies")
@click.argument("name", required=False)
@handle_errors
def vocabularies(name: str | None) -> None:
    """List the shipped vocabulary presets, or show one (statuses, sides, words).

    \b
    Examples:
      mapper vocabularies
      mapper vocabularies russia-ukraine
      mapper stats claims.csv --vocabulary russia-ukraine --boundary gb:UKR:ADM1
    """
    if name is None:
        for n in available():
            v = get_vocabulary(n)
            mark = " (default)" if n == DEFAULT_PRESET else ""
            click.echo(f"{n:18} {', '.join(v.sides):24} {v.title}{mark}")
        return
    v = get_vocabulary(name)
    click.echo(f"{v.name or v.source}: {v.title}".rstrip(": "))
    if v.country:
        click.echo(f"territory: {', '.join(v.country)}")
    for s in v.statuses:
        click.echo(f"{s.key:14} {s.kind:12} {s.colour}  {s.label}")
        if s.aliases:
            click.echo(f"{'':14} aliases: {', '.join(s.aliases)}")
        if s.words:
            click.echo(f"{'':14} words:   {', '.join(s.words)}")


@main.group("import")
def import_group() -> None:
    """Turn event exports into a claims ledger.

    \b
    Example:
      mapper import acled acled-afghanistan.csv -o ledger.csv
    """


def _write_import(
    obj: Any,
    result: Any,
    export: Path,
    output: Path,
    *,
    assign: bool,
    overwrite: bool,
    raw_csv: bool,
    kw: dict[str, Any],
) -> None:
    """Common end of `import acled|ucdp`: assign points to units if asked, write the ledger
    CSV, report what was skipped."""
    from . import boundaries as bnd
    from .ingest.acled import assign_units

    ledger = result.ledger
    if assign:
        units = bnd.load_units(
            kw["boundary"],
            path=kw["boundary_file"],
            name_column=kw["name_column"],
            parent_column=kw["parent_column"],
            layer=kw["layer"],
            assume_crs=kw["assume_crs"],
            mirror=obj.mirror,
            cache_dir=obj.cache_dir,
        )
        ledger = assign_units(ledger, units, file=str(export))
    write_ledger_csv(ledger, output, overwrite=overwrite, formula_safe=not raw_csv)
    for p in result.problems[:20]:
        click.echo(f"skipped: {p}", err=True)
    click.echo(f"{export}: {result.summary()}", err=True)
    click.echo(f"wrote {output}")


@import_group.command("acled")
@click.argument("export", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Ledger CSV to write.",
)
@click.option(
    "--mapping",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="TOML merged over the built-in mapping (sub-event types, actors, confidence).",
)
@click.option(
    "--assign",
    is_flag=True,
    help="Put each event in the unit containing its point (--boundary ...); ACLED's own "
    "admin names are kept in admin1/admin2.",
)
@click.option("--overwrite", is_flag=True, help="Replace an existing output.")
@raw_csv_option
@unit_options
@click.pass_obj
@handle_errors
@refuse_existing("output")
def import_acled_cmd(
    obj: Context,
    export: Path,
    output: Path,
    mapping: Path | None,
    assign: bool,
    overwrite: bool,
    raw_csv: bool = False,
    **kw: Any,
) -> None:
    """Read an ACLED export (CSV) and write a claims ledger.

    Events of the sub-event types "Government regains territory", "Non-state actor overtakes
    territory" and "Non-violent transfer of territory" become claims for the side that took
    the place; every other event is counted, not imported. The event id and ACLED's source
    are kept on every row; geo_precision 3 and time_precision 3 events get confidence low.
    Anything the mapping does not know (a sub-event type, an actor) is refused with its row.

    \b
    Examples:
      mapper import acled afg.csv -o ledger.csv
      mapper import acled sudan.csv -o ledger.csv --vocabulary sudan-saf-rsf
      mapper import acled ukr.csv -o ledger.csv --vocabulary russia-ukraine \\
          --assign --boundary gb:UKR:ADM2 --mapping my-actors.toml
    """
    from .ingest.acled import import_acled, load_mapping

    vocab = get_vocabulary(kw["vocabulary"])
    result = import_acled(
        export,
        vocabulary=vocab,
        mapping=load_mapping(vocab, mapping),
        skip_invalid=kw["skip_invalid"],
    )
    _write_import(
        obj, result, export, output, assign=assign, overwrite=overwrite, raw_csv=raw_csv, kw=kw
    )


@import_group.command("ucdp")
@click.argument("export", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Ledger CSV to write.",
)
@click.option(
    "--mapping",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="TOML merged over the built-in mapping (violence types, actors, confidence).",
)
@click.option(
    "--assign",
    is_flag=True,
    help="Put each event in the unit containing its point (--boundary ...); UCDP's own "
    "admin names are kept in adm_1/adm_2.",
)
@click.option("--overwrite", is_flag=True, help="Replace an existing output.")
@raw_csv_option
@unit_options
@click.pass_obj
@handle_errors
@refuse_existing("output")
def import_ucdp_cmd(
    obj: Context,
    export: Path,
    output: Path,
    mapping: Path | None,
    assign: bool,
    overwrite: bool,
    raw_csv: bool = False,
    **kw: Any,
) -> None:
    """Read a UCDP GED export (CSV) and write a claims ledger.

    UCDP GED has no field saying that control changed hands: an event of state-based or
    non-state violence between two different sides of the vocabulary becomes a
    'contested' claim on its place (no side). One-sided violence, events with another
    actor (mapped to 'other') and events located only to a country are counted, not
    imported. The event id and sources are kept on every row; approximate places and dates
    get confidence low. Anything the mapping does not know is refused with its row.

    \b
    Examples:
      mapper import ucdp ged-afghanistan.csv -o ledger.csv
      mapper import ucdp ged.csv -o ledger.csv --vocabulary russia-ukraine \\
          --assign --boundary gb:UKR:ADM1 --mapping my-actors.toml
    """
    from .ingest.ucdp import import_ucdp, load_mapping

    vocab = get_vocabulary(kw["vocabulary"])
    result = import_ucdp(
        export,
        vocabulary=vocab,
        mapping=load_mapping(vocab, mapping),
        skip_invalid=kw["skip_invalid"],
    )
    _write_import(
        obj, result, export, output, assign=assign, overwrite=overwrite, raw_csv=raw_csv, kw=kw
    )


def write_ledger_csv(
    ledger: Any, output: Path, *, overwrite: bool, formula_safe: bool = True
) -> None:
    """Write a ledger CSV atomically, text cells made formula-safe for spreadsheets (unless
    ``formula_safe`` is false)."""
    import pandas as pd

    from ._io import atomic_open, neutralize_frame

    out = ledger.copy()
    for col in out.columns:
        if pd.api.types.is_string_dtype(out[col]) or out[col].dtype == object:
            out[col] = out[col].fillna("")
    if formula_safe:
        out = neutralize_frame(out)
    with atomic_open(output, "w", overwrite=overwrite) as fh:
        out.to_csv(fh, index=False, lineterminator="\n", float_format="%.6f")


@main.command("export")
@click.argument("claims", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--date", "date", required=True, callback=_date, help="State on this date.")
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write; the suffix picks the format: .geojson, .gpkg, .parquet "
    "(GeoParquet), .csv (keyed by unit_id), .topojson (basemap). Repeat for several.",
)
@click.option("--max-age", type=click.IntRange(min=0), help="Older statuses become unknown.")
@click.option(
    "--raw-csv",
    "--no-formula-safety",
    "no_formula_safety",
    is_flag=True,
    help="CSV: keep cells starting with = + - @ tab or CR as they are (for programs, not "
    "spreadsheets). By default such cells get a leading ' (OWASP).",
)
@click.option("--overwrite", is_flag=True, help="Replace existing outputs.")
@unit_options
@click.pass_obj
@handle_errors
def export_cmd(
    obj: Context,
    claims: Path,
    date: Any,
    outputs: tuple[Path, ...],
    max_age: int | None,
    no_formula_safety: bool,
    overwrite: bool,
    **kw: Any,
) -> None:
    """Write the state at a date for GIS and newsroom tools.

    Every format has one row per unit: unit_id, name, parent, status, status_label, actor,
    since, age_days, claims, disputed, stale, confidence, source, area_km2, date. GeoJSON,
    GeoPackage and GeoParquet carry the full polygons (QGIS, notebooks); the CSV and the
    TopoJSON basemap (simplified, shared borders once) go to choropleth tools such as
    Datawrapper or Flourish: upload the TopoJSON as a custom map and the CSV as data,
    matched on unit_id.

    \b
    Examples:
      mapper export examples/afghanistan-2021.csv --date 2021-08-10 -o state.gpkg
      mapper export claims.csv --date 2021-08-10 -o data.csv -o basemap.topojson
    """
    from .export import export_format, state_table, write_export
    from .snapshots import state_at

    formats = [export_format(p) for p in outputs]  # a bad suffix fails before any work
    if not overwrite:
        for p in outputs:
            if p.exists():
                raise OutputExistsError(f"{str(p)!r} exists; pass --overwrite to replace it")
    units, ledger = _load(obj, claims, kw)
    state = state_at(ledger, units, date, max_age=max_age)
    table = state_table(state, units, ledger)
    for p, fmt in zip(outputs, formats, strict=True):
        write_export(table, p, fmt=fmt, overwrite=overwrite, formula_safe=not no_formula_safety)
        click.echo(f"wrote {p} ({fmt}, {len(table)} units)")
