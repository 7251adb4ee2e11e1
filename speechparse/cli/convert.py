"""``speechparse convert``."""

from __future__ import annotations

import sys

import click

from . import EXIT_FAILED


@click.command()
@click.argument("input_path", metavar="INPUT", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--to", "to", default="json", show_default=True, help="Output format.")
@click.option("--encoding", default=None, help="Input encoding (default: detect UTF-8/UTF-16/GB18030).")
@click.option("--from", "from_", type=click.Choice(["txt", "docx", "html"]), default=None,
              help="Input format (default: by extension, .docx/.html/.htm/.xhtml, else text).")
def convert(input_path: str, to: str, encoding: str | None, from_: str | None) -> None:
    """Convert INPUT (a file, or - for stdin) and print the result.

    \b
    Example:
      speechparse convert speech.txt --to json > speech.json
    """
    from ..api import parse
    from ..errors import SpeechparseError
    from ..exporters import export

    try:
        if input_path == "-":
            doc = parse(sys.stdin.buffer.read(), encoding=encoding, path="<stdin>", from_=from_)
        else:
            with open(input_path, "rb") as handle:
                doc = parse(handle.read(), encoding=encoding, path=input_path, from_=from_)
        output = export(doc, to)
    except (OSError, SpeechparseError) as error:
        click.echo(f"speechparse: {input_path}: {error}", err=True)
        sys.exit(EXIT_FAILED)
    sys.stdout.buffer.write(output.encode("utf-8"))
    if not output.endswith("\n"):
        sys.stdout.buffer.write(b"\n")
