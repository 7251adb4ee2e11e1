"""JSON: the AST as a versioned document, and back.

Every node is an object with a ``type`` tag (snake_case of its class) and its fields; spans are
objects of code-point offsets and 1-based line:column.  Sections also carry ``id`` (``s2.1``),
``depth`` (1 at the top) and ``path`` (the headings from the root), which :func:`load` ignores.
The shape is described by ``speechparse/schema/speechparse-ast.schema.json``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, ClassVar

from .. import ast, recache
from ..ast import SCHEMA_VERSION, Document, Paragraph, Section, Span
from ..errors import SchemaVersionError
from ..gcpause import paused_gc
from .base import ExportOptions

SCHEMA_NAME = "speechparse.ast"
_CAMEL = recache.compile(r"(?<!^)(?=[A-Z])")
TYPE_NAMES = {cls: _CAMEL.sub("_", cls.__name__).lower() for cls in ast.NODE_TYPES}
CLASSES = {name: cls for cls, name in TYPE_NAMES.items()}
#: The metadata fields this version knows: :func:`load` leaves out a newer minor version's others.
_META_FIELDS = frozenset(field.name for field in dataclasses.fields(ast.Metadata))


def _version() -> str:
    from .. import __version__

    return __version__


def span_dict(span: Span | None) -> dict[str, int] | None:
    return None if span is None else {
        "start": span.start, "end": span.end, "line": span.line, "column": span.column,
        "end_line": span.end_line, "end_column": span.end_column,
    }


def node_dict(node: Any, path: tuple[str, ...] = (), number: str = "", depth: int = 0) -> dict[str, Any]:
    """One node as a JSON object (sections with their id, depth and path)."""
    if type(node) is Paragraph:  # most nodes: spelt out, the same object as the loop below makes
        return {"type": "paragraph", "span": span_dict(node.span), "text": node.text,
                "items": [node_dict(item) for item in node.items]}
    result: dict[str, Any] = {"type": TYPE_NAMES[type(node)]}
    if isinstance(node, Section):
        result["id"] = f"s{number}"
        result["depth"] = depth
        result["path"] = [*path, node.marker + node.heading]
    for name in field_names(type(node)):
        value = getattr(node, name)
        if name == "children":
            result["children"] = list(_children(value, tuple(result["path"]), number, depth))
        elif type(value) is Span:
            result[name] = span_dict(value)
        elif type(value) is tuple:
            result[name] = [item if isinstance(item, str) else node_dict(item) for item in value]
        else:
            result[name] = value
    return result


@cache
def field_names(cls: type) -> tuple[str, ...]:
    """The names of a node class's fields, in order."""
    return tuple(field.name for field in dataclasses.fields(cls))


def _children(nodes: tuple, path: tuple[str, ...], number: str, depth: int) -> Iterator[dict[str, Any]]:
    """Child nodes as dictionaries, one at a time; sections numbered after their parent's ``number``."""
    count = 0
    for node in nodes:
        if isinstance(node, Section):
            count += 1
            yield node_dict(node, path, _child_number(number, count), depth + 1)
        else:
            yield node_dict(node)


def _child_number(number: str, count: int) -> str:
    """The id number of a parent's ``count``-th section: ``2.1`` under ``2``, ``1`` at the top."""
    return f"{number}.{count}" if number else str(count)


def to_dict(doc: Document) -> dict[str, Any]:
    """The document as a JSON-ready dictionary."""
    return {**_head(doc), "body": list(_children(doc.body, (), "", 0)), **_tail(doc)}


def _head(doc: Document) -> dict[str, Any]:
    """The document's keys before ``body``."""
    return {
        "schema_name": SCHEMA_NAME,
        "schema_version": SCHEMA_VERSION,
        "generator": {"name": "speechparse", "version": _version()},
        "source": _fields_dict(doc.source),
        "meta": _fields_dict(doc.meta),
        "front": [node_dict(node) for node in doc.front],
    }


def _fields_dict(node: Any) -> dict[str, Any]:
    """A node of plain values (the source's facts, the metadata) as a dictionary: what ``dataclasses.asdict`` gives
    them, without its recursion and copies."""
    return {name: getattr(node, name) for name in field_names(type(node))}


def _tail(doc: Document) -> dict[str, Any]:
    """The document's keys after ``body``."""
    return {
        "back": [node_dict(node) for node in doc.back],
        "joins": _join_dicts(doc.joins),
        "diagnostics": _diagnostic_dicts(doc.diagnostics),
    }


def _join_dicts(joins: tuple[ast.Join, ...]) -> list[dict[str, Any]]:
    return [{"span": span_dict(join.span), "before": join.before, "after": join.after} for join in joins]


def _diagnostic_dicts(diagnostics: tuple[ast.Diagnostic, ...]) -> list[dict[str, Any]]:
    return [{"code": d.code, "message": d.message, "severity": d.severity, "span": span_dict(d.span)}
            for d in diagnostics]


#: The encoder of :func:`dumps`'s one-line text: ``json.dumps(…, ensure_ascii=False, check_circular=False)``.
_ONE_LINE = json.JSONEncoder(ensure_ascii=False, check_circular=False)
#: Characters of input from which the one-line text is made a piece at a time.
PIECEWISE_FROM = 100_000
#: A section spanning more characters than this is made a child at a time; joins and diagnostics
#: are made this many at a time.
PIECE_CHARS = 20_000
PIECE_ITEMS = 500


def dumps(doc: Document, *, indent: int | None = None) -> str:
    """The document as JSON text (UTF-8 characters kept, keys in a fixed order): one line (fast,
    C encoder), or indented by ``indent`` spaces.

    The one-line text of a long document (from :data:`PIECEWISE_FROM` characters) is
    ``json.dumps(to_dict(doc))`` made a piece at a time: a body node, or for a section longer than
    :data:`PIECE_CHARS` its heading's keys and then each child; joins and diagnostics
    :data:`PIECE_ITEMS` at a time.  Each piece's dictionaries are encoded while they are still in
    the processor's cache, and the tree of dictionaries of the whole document never exists at once
    (a 1 MB speech: 26 → 17 ms per MB).  A shorter one is encoded in one call, which costs less
    than a call per node."""
    with paused_gc():  # the dicts are made here, fresh, so they cannot be circular: no check
        if indent is not None or doc.source.length < PIECEWISE_FROM:
            return json.dumps(to_dict(doc), ensure_ascii=False, indent=indent, check_circular=False)
        parts: list[str] = []
        _write_pieces(doc, parts.append)
        return "".join(parts)


def _write_pieces(doc: Document, write: Callable[[str], object]) -> None:
    """Write the one-line text of ``doc`` in pieces (see :func:`dumps`)."""
    encode = _ONE_LINE.encode
    write(encode(_head(doc))[:-1])  # the head object, left open
    write(', "body": [')
    _write_children(doc.body, (), "", 0, write)
    write("], ")
    write(encode({"back": [node_dict(node) for node in doc.back]})[1:-1])
    for key, items, dicts in (("joins", doc.joins, _join_dicts), ("diagnostics", doc.diagnostics, _diagnostic_dicts)):
        write(f', "{key}": [')
        for start in range(0, len(items), PIECE_ITEMS):
            if start:
                write(", ")
            write(encode(dicts(items[start:start + PIECE_ITEMS]))[1:-1])
        write("]")
    write("}")


def _write_children(nodes: tuple, path: tuple[str, ...], number: str, depth: int,
                    write: Callable[[str], object]) -> None:
    """Write ``nodes`` as the items of a JSON array, a long section a child at a time."""
    encode = _ONE_LINE.encode
    count = 0
    for index, node in enumerate(nodes):
        if index:
            write(", ")
        if type(node) is not Section:
            write(encode(node_dict(node)))
            continue
        count += 1
        child_number = _child_number(number, count)
        if node.span.end - node.span.start <= PIECE_CHARS or not node.children:
            write(encode(node_dict(node, path, child_number, depth + 1)))
            continue
        head = node_dict(dataclasses.replace(node, children=()), path, child_number, depth + 1)
        write(encode(head)[:-2])  # `…, "children": [`: children is a section's last key
        _write_children(node.children, tuple(head["path"]), child_number, depth + 1, write)
        write("]}")


# ---- reading back -----------------------------------------------------------------------------


def _span(value: dict[str, int] | None) -> Span | None:
    return None if value is None else Span(
        value["start"], value["end"], value["line"], value["column"], value["end_line"], value["end_column"]
    )


def _node(value: dict[str, Any]) -> Any:
    cls = CLASSES[value["type"]]
    kwargs: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        if field.name not in value:
            continue
        item = value[field.name]
        if field.name in ("span", "heading_span"):
            kwargs[field.name] = _span(item)
        elif field.name in ("children", "items"):
            kwargs[field.name] = tuple(_node(child) for child in item)
        elif isinstance(item, list):
            kwargs[field.name] = tuple(item)
        else:
            kwargs[field.name] = item
    return cls(**kwargs)


def load(data: str | bytes | dict[str, Any]) -> Document:
    """A :class:`Document` from its JSON export (same major schema version, any minor)."""
    value = json.loads(data) if isinstance(data, (str, bytes)) else data
    version = str(value.get("schema_version", ""))
    if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise SchemaVersionError(f"schema version {version or 'missing'} is not readable "
                                 f"(this speechparse reads {SCHEMA_VERSION.split('.')[0]}.x)")
    return Document(
        meta=ast.Metadata(**{name: item for name, item in value["meta"].items() if name in _META_FIELDS}),
        front=tuple(_node(node) for node in value["front"]),
        body=tuple(_node(node) for node in value["body"]),
        back=tuple(_node(node) for node in value["back"]),
        joins=tuple(ast.Join(_span(join["span"]), join["before"], join["after"]) for join in value["joins"]),
        diagnostics=tuple(
            ast.Diagnostic(d["code"], d["message"], _span(d["span"]), d["severity"]) for d in value["diagnostics"]
        ),
        source=ast.SourceInfo(**value["source"]),
    )


class JsonExporter:
    format: ClassVar[str] = "json"

    def export(self, doc: Document, options: ExportOptions) -> str:
        return dumps(doc, indent=options.indent)
