"""The structure of a parsed document without its source positions, for comparing readers."""

from __future__ import annotations

import dataclasses

from speechparse.ast import Span


def outline(doc) -> tuple:
    """Front, body and back as nested tuples of node type and fields, spans left out."""
    return tuple(tuple(_node(node) for node in part) for part in (doc.front, doc.body, doc.back))


def _node(node) -> tuple:
    values = []
    for field in dataclasses.fields(node):
        value = getattr(node, field.name)
        if isinstance(value, Span):
            continue
        if isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            value = tuple(_node(child) for child in value)
        values.append((field.name, value))
    return (type(node).__name__, tuple(values))
