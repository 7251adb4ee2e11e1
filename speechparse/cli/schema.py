"""``speechparse schema``: the JSON Schema of the ``--to json`` export."""

from __future__ import annotations

import sys
from pathlib import Path

import click

SCHEMA = Path(__file__).resolve().parent.parent / "schema" / "speechparse-ast.schema.json"


@click.command()
def schema() -> None:
    """Print the JSON Schema (Draft 2020-12) that every --to json export follows.

    \b
    Example:
      speechparse schema > speechparse-ast.schema.json
    """
    sys.stdout.buffer.write(SCHEMA.read_bytes())
