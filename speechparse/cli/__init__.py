"""The ``speechparse`` command line: one click group, one module per command."""

from __future__ import annotations

import atexit
import gc
import os
import sys
from importlib import import_module
from typing import NoReturn

import click

from .. import __version__

#: Exit codes shared by all commands (documented in the README); standard output that cannot be written, as Python's.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_STDOUT = 0, 1, 2, 120


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


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """``--version``: the version and the build that runs (looked for only when asked, not at every start)."""
    if not value or ctx.resilient_parsing:
        return
    from ..compiled import compiled

    click.echo(f"speechparse, version {__version__} (compiled: {'yes' if compiled() else 'no'})")
    ctx.exit()


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Show the version and exit.")
def main() -> None:
    """Parse Chinese speeches and official reports into structured documents.

    \b
    Example:
      speechparse convert examples/ideology-work-speech.txt --to json
    """


def run() -> None:
    """The console script and ``python -m speechparse``: the command line, then the end of the process.

    Once the command is done, the exit handlers run and the standard streams are flushed as at any
    exit, and then the process ends without the interpreter's teardown, which would free every
    object one by one: 3 to 5 ms of every run, spent on memory the system takes back at once.
    An exception other than ``SystemExit``, or a profiler or tracer at work (``python -m cProfile``
    writes its report after the program, a debugger may stop at the end), ends the process as usual."""
    try:
        main(prog_name="speechparse")
    except SystemExit as done:
        if sys.getprofile() is not None or sys.gettrace() is not None:
            raise
        _exit_now(_exit_status(done.code))
    except OSError as error:
        if error.filename is not None:
            raise  # (a file's error a command did not report: a defect, shown in full)
        print(f"speechparse: standard output: {os.strerror(error.errno or 0).lower()}", file=sys.stderr)
        _exit_now(EXIT_STDOUT)  # (a full disk, an I/O error: what was written of it is all there is)


def _exit_status(code: object) -> int:
    """The exit status Python gives ``sys.exit(code)``: None is 0, an int itself, anything else is
    printed to standard error and gives 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


def _exit_now(status: int) -> NoReturn:
    """End the process as :func:`sys.exit` would after the exit handlers, skipping the teardown.
    A standard output that cannot be flushed (a closed pipe, a full disk) gives status 120, as in Python."""
    gc.freeze()  # the objects alive now are never scanned again: a collection during the handlers stays small
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            if stream is sys.stdout and status == 0:
                status = EXIT_STDOUT
    os._exit(status)

