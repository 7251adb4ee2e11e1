"""``speechparse rule``: print a rule's documentation."""

from __future__ import annotations

import json
import sys

import click

from . import EXIT_USAGE


@click.command()
@click.argument("code", required=False)
@click.option("--all", "show_all", is_flag=True, help="Print every rule.")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rule(code: str | None, show_all: bool, output_format: str) -> None:
    """Print the documentation of rule CODE (SP201, or its name), or of every rule with --all.

    \b
    Examples:
      speechparse rule SP201
      speechparse rule cn-marker-delimiter
      speechparse rule --all
    """
    from ..rules.docs import render_all, render_rule
    from ..rules.registry import get_rule, rules

    if show_all == bool(code):
        click.echo("speechparse rule: give a rule code or --all", err=True)
        sys.exit(EXIT_USAGE)
    if show_all:
        chosen = list(rules().values())
    else:
        found = get_rule(code or "")
        if found is None:
            click.echo(f"speechparse rule: unknown rule {code!r} (see: speechparse rule --all)", err=True)
            sys.exit(EXIT_USAGE)
        chosen = [found]
    if output_format == "json":
        data = [{"code": r.code, "name": r.name, "severity": r.severity.value, "fix": r.fix_availability.value,
                 "summary": r.summary(), "doc": r.doc_sections()} for r in chosen]
        text = json.dumps(data if show_all else data[0], ensure_ascii=False, indent=2) + "\n"
    else:
        text = render_all() if show_all else render_rule(chosen[0], level=1)
    sys.stdout.buffer.write(text.encode("utf-8"))
