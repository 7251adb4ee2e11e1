"""speechparse: parse Chinese speeches and official reports into a typed document tree.

    >>> import speechparse
    >>> doc = speechparse.parse("一、总体要求\n\n要坚持稳中求进。\n")
    >>> [section.heading for section, depth in speechparse.ast.sections(doc)]
    ['总体要求']

Heavy modules (lark, lxml, the exporters) are imported on first use.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
_API = {"parse", "parse_text", "render_text", "dumps", "load", "convert_record"}
_ERRORS = {"DecodeError", "ReaderError", "SpeechparseError", "UnknownFormatError", "SchemaVersionError"}

__all__ = sorted(_API | _ERRORS | {"__version__"})


def __getattr__(name: str) -> Any:
    """The API's names, imported on first use and kept here (a second use does not come back)."""
    if name in _API:
        from . import api

        value = getattr(api, name)
    elif name in _ERRORS:
        from . import errors

        value = getattr(errors, name)
    elif name == "ast":  # not "from . import ast": its own attribute check would come back here
        import importlib

        value = importlib.import_module(f"{__name__}.ast")
    else:
        raise AttributeError(f"module 'speechparse' has no attribute {name!r}")
    globals()[name] = value
    return value
