"""The library entry points: parse, render_text, load, dumps, convert_record."""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping
from typing import Any

from .ast import Diagnostic, Document, Paragraph, SourceInfo
from .errors import DecodeError
from .gcpause import paused_gc
from .parser import document_parser
from .readers import read, read_text
from .readers.base import SourceText
from .readers.reading import NO_FIELDS
from .transform import derive_metadata

Source = str | bytes | os.PathLike
#: Note kinds that ``drop`` may name: the furniture of a copy (page numbers, site chrome), not its words.
DROPPABLE = ("page", "chrome", "contents", "cover")


def parse(
    source: Source, *, encoding: str | None = None, path: str | None = None, from_: str | None = None,
    drop: Collection[str] = (),
) -> Document:
    """Parse a speech given as text (``str``), raw bytes, or a path to a file.

    Bytes are decoded as UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030, unless
    ``encoding`` says otherwise; undecodable bytes raise :class:`DecodeError`.  Text never raises.

    ``from_`` names the input format (``txt``, ``docx``, ``html``); by default it is detected from
    the extension of ``path`` and the content (see :mod:`speechparse.readers`).  A damaged or
    foreign .docx raises :class:`ReaderError`.

    Nothing is dropped unless ``drop`` names note kinds of :data:`DROPPABLE`: ``page`` (page
    numbers of a printed copy, ``— 2 —``), ``chrome`` (site chrome), ``contents`` (a printed report's
    table of contents) and ``cover`` (its cover's lines before it).  Those notes are left out,
    each reported in an ``SP006`` diagnostic, and a paragraph one of them cut is joined again.
    An unknown kind raises :class:`ValueError`.
    """
    if not isinstance(source, (str, bytes, os.PathLike)):
        raise TypeError(f"parse() takes str, bytes or a path, not {type(source).__name__}")
    kinds = drop_kinds(drop)
    with paused_gc():  # reading makes as many small objects as parsing (which pauses on its own)
        reading = read(source, from_, encoding=encoding, path=path)
    return build_document(*reading, drop=kinds)


def parse_text(text: str, *, encoding: str = "utf-8", path: str | None = None, reader: str = "text",
               drop: Collection[str] = ()) -> Document:
    """Parse decoded text (see :func:`parse`)."""
    kinds = drop_kinds(drop)
    with paused_gc():
        reading = read_text(text, encoding=encoding, path=path, reader=reader)
    return build_document(*reading, drop=kinds)


def drop_kinds(drop: Collection[str]) -> frozenset[str]:
    """``drop`` as a set of note kinds; :class:`ValueError` for a kind not in :data:`DROPPABLE`."""
    if not drop:
        return frozenset()
    if isinstance(drop, str):
        drop = (drop,)
    unknown = sorted(set(drop) - set(DROPPABLE))
    if unknown:
        raise ValueError(f"cannot drop {', '.join(map(repr, unknown))}: only {', '.join(DROPPABLE)} notes")
    return frozenset(drop)


def build_document(source: SourceText, blocks: list, info: SourceInfo, diagnostics: tuple = (),
                   declared: Mapping[str, str] = NO_FIELDS, drop: frozenset[str] = frozenset()) -> Document:
    """Lex, parse and assemble a document from a reader's blocks (``diagnostics``: the reader's own; ``declared``: the
    facts its file declares outside the text, which the text's own lines and declarations override; ``drop``: the
    note kinds to leave out, see :func:`parse`)."""
    try:
        with paused_gc():
            lexed = _lexer().lex(source, blocks, drop)
            front, body, back = document_parser().parse(lexed.units)
        return Document(
            meta=derive_metadata(front, body, back, {**declared, **lexed.declared} if declared else lexed.declared),
            front=front,
            body=body,
            back=back,
            joins=tuple(lexed.joins),
            diagnostics=(*diagnostics, *lexed.diagnostics),
            source=info,
        )
    except RecursionError:
        return _flat_document(source, blocks, info, "structure too deeply nested", diagnostics)
    except Exception as error:
        reason = f"internal parser error ({type(error).__name__}: {error})"
        return _flat_document(source, blocks, info, reason, diagnostics)


_LEXER = None


def _lexer():
    global _LEXER
    if _LEXER is None:
        from .lexer import ParagraphLexer

        _LEXER = ParagraphLexer()
    return _LEXER


def _flat_document(source: SourceText, blocks: list, info: SourceInfo, reason: str, diagnostics: tuple) -> Document:
    """Every paragraph as a plain paragraph: the fallback that keeps the text when parsing fails."""
    body = tuple(Paragraph(source.span(block.start, block.end), block.text) for block in blocks)
    diagnostic = Diagnostic("SP099", f"structure not recognised, paragraphs kept as they are: {reason}",
                            None, "warning")
    return Document(body=body, diagnostics=(*diagnostics, diagnostic), source=info)


def render_text(doc: Document) -> str:
    """Normalised plain text: every paragraph on one line, blank lines between, page breaks
    joined, nothing dropped."""
    from .exporters.text import render

    return render(doc)


def dumps(doc: Document, *, indent: int | None = None) -> str:
    """The document as JSON (see ``docs/json.md``): one line, or indented by ``indent`` spaces."""
    from .exporters.json import dumps as json_dumps

    return json_dumps(doc, indent=indent)


def load(data: str | bytes | dict[str, Any]) -> Document:
    """Read a document back from its JSON export."""
    from .exporters.json import load as json_load

    return json_load(data)


def convert_record(text: str | bytes, source: str = "<memory>", *, to: str = "json",
                   encoding: str | None = None, from_: str | None = None,
                   drop: Collection[str] = ()) -> dict[str, Any]:
    """Parse and export one document for a pipeline (Dask, Spark, Ray…); never raises.

    ``text`` is ``str``, or ``bytes`` decoded and read as :func:`parse` does (``encoding`` and
    ``from_`` override the detection: a ``.docx`` source is read as Word);
    ``source`` names it in the record and in the document's ``source.path``; ``drop`` as for :func:`parse`.
    Returns ``{"source", "ok": True, "document": …}`` (for ``to="json"`` the JSON tree as a dict,
    otherwise the exported text) or ``{"source", "ok": False, "error": "…"}``, where the error is
    ``decode: …`` for undecodable bytes and ``ExceptionType: message`` for anything else.
    """
    source = _source_name(source)
    try:
        if not isinstance(text, (str, bytes)):
            raise TypeError(f"convert_record() takes str or bytes, not {type(text).__name__}")
        doc = parse(text, encoding=encoding, path=source, from_=from_, drop=drop)
        if to == "json":
            from .exporters.json import to_dict

            return {"source": source, "ok": True, "document": to_dict(doc)}
        from .exporters import export

        return {"source": source, "ok": True, "document": export(doc, to)}
    except DecodeError as error:
        return {"source": source, "ok": False, "error": f"decode: {error}"}
    except Exception as error:
        return {"source": source, "ok": False, "error": _error_text(error)}


def _source_name(source: object) -> str:
    """``source`` as text: paths and bytes through the file system encoding, anything else by ``str``."""
    try:
        if isinstance(source, (bytes, os.PathLike)):
            return os.fsdecode(source)
        return source if isinstance(source, str) else str(source)
    except Exception:
        return f"<unprintable {type(source).__name__}>"


def _error_text(error: Exception) -> str:
    try:
        message = str(error)
    except Exception:
        message = "(unprintable message)"
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
