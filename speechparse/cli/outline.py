"""``speechparse outline``: the heading tree of one document, with line numbers."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from . import EXIT_FAILED
from .options import encoding_option, from_option


@click.command()
@click.argument("input_path", metavar="FILE")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="A tree drawn like `tree`, or JSON.")
@encoding_option
@from_option
def outline(input_path: str, output_format: str, encoding: str | None, from_: str | None) -> None:
    """Print the heading tree of FILE (or - for stdin), each heading with its line number.

    \b
    Examples:
      speechparse outline examples/ideology-work-speech.txt
      speechparse outline examples/ideology-work-speech.txt --format json
      speechparse outline page.aspx --from html
    """
    from ..api import parse
    from ..errors import DecodeError, ReaderError
    from ..inputs import STDIN, InputError, InputFile, read_input

    name = "<stdin>" if input_path == STDIN else input_path
    try:
        doc = parse(read_input(InputFile(input_path, input_path)), encoding=encoding, path=name, from_=from_)
    except (InputError, DecodeError, ReaderError) as error:  # (a damaged .docx: one line, no traceback)
        reason = error.reason if isinstance(error, InputError) else str(error)
        click.echo(f"speechparse: {name}: {reason}", err=True)
        sys.exit(EXIT_FAILED)
    tree = outline_tree(doc, name)
    text = json.dumps(tree, ensure_ascii=False, indent=1) + "\n" if output_format == "json" else render_tree(tree)
    sys.stdout.buffer.write(text.encode("utf-8", "backslashreplace"))


def outline_tree(doc: Any, source: str) -> dict[str, Any]:
    """``{"source", "title", "line", "sections": [{"id", "depth", "line", "marker", "number", "family",
    "heading", "run_in", "children"}]}``; ``line`` is the 1-based line of the title or heading."""
    from ..ast import Section, Title

    title = next((node for node in doc.front if isinstance(node, Title)), None)

    def entries(nodes: tuple, prefix: str, depth: int) -> list[dict[str, Any]]:
        result = []
        for section in (node for node in nodes if isinstance(node, Section)):
            number = f"{prefix}.{len(result) + 1}" if prefix else str(len(result) + 1)
            result.append({
                "id": f"s{number}", "depth": depth, "line": section.heading_span.line, "marker": section.marker,
                "number": section.number, "family": section.family, "heading": section.heading,
                "run_in": section.run_in, "children": entries(section.children, number, depth + 1),
            })
        return result

    return {
        "source": source,
        "title": title.text if title else None,
        "line": title.span.line if title else None,
        "sections": entries(doc.body, "", 1),
    }


def render_tree(tree: dict[str, Any]) -> str:
    """The outline drawn like ``tree``, line numbers in a column on the left."""
    rows: list[tuple[int | None, str]] = [(tree["line"], tree["title"] or tree["source"])]

    def draw(sections: list[dict[str, Any]], indent: str) -> None:
        for index, section in enumerate(sections):
            last = index == len(sections) - 1
            rows.append((section["line"], f"{indent}{'└── ' if last else '├── '}{section['marker']}{section['heading']}"))
            draw(section["children"], indent + ("    " if last else "│   "))

    draw(tree["sections"], "")
    width = max((len(str(line)) for line, _ in rows if line is not None), default=0)
    if not width:
        return "".join(f"{text}\n" for _, text in rows)
    return "".join(f"{'' if line is None else line:>{width}}  {text}\n" for line, text in rows)
