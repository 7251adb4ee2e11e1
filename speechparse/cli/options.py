"""Options shared by the commands."""

from __future__ import annotations

import click


def check_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse (exit 2) an encoding Python does not know as a text encoding."""
    if value is not None:
        try:
            b"a".decode(value)  # b"" would not reach the codec
        except UnicodeDecodeError:
            pass  # a text encoding; "a" alone is just not valid in it (utf-16)
        except (LookupError, ValueError):
            raise click.BadParameter(f"{value!r} is not a text encoding Python knows") from None
    return value


def check_glob(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """Refuse (exit 2) a ``--glob`` pattern that matches no file name (``.``)."""
    from ..inputs import check_pattern

    try:
        check_pattern(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None
    return value


#: ``--encoding NAME``: the input encoding, instead of detecting UTF-8 / UTF-16 with BOM / GB18030 / Big5.
encoding_option = click.option(
    "--encoding", metavar="NAME", callback=check_encoding,
    help="Input encoding (default: detect UTF-8, UTF-16 with BOM, GB18030, Big5).",
)


#: ``--from FORMAT``: the reader, instead of choosing it by the file's extension.
from_option = click.option(
    "--from", "from_", type=click.Choice(["txt", "docx", "html"]), default=None,
    help="Input format (default: by extension, .docx/.html/.htm/.xhtml, else text).",
)


class OutputFormat(click.ParamType):
    """An exporter name, checked against the registry (imported only when the option is used)."""

    name = "format"

    def convert(self, value: str, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from ..exporters import EXPORTERS

        if value not in EXPORTERS:
            self.fail(f"{value!r} is not one of {', '.join(sorted(EXPORTERS))}", param, ctx)
        return value

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        from ..exporters import EXPORTERS

        return "[" + "|".join(sorted(EXPORTERS)) + "]"
