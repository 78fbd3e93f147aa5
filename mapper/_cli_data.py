"""Commands for other conflicts and other tools: ``vocabularies``, ``import``, ``export``.

Registered on :data:`mapper.cli.main` when :mod:`mapper.cli` is imported (it imports this
module last). Heavy libraries are imported inside the commands.
"""

from __future__ import annotations

import click

from .cli import handle_errors, main
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
