"""The JSON report: a stable, versioned shape (``version``; see docs/validation.md).  1.1 added the inputs that could
not be read (``errors``, ``summary.unreadable``)."""

from __future__ import annotations

import json
from typing import Any

from ... import __version__
from ...readers.base import SourceText
from ..base import Diagnostic, Position, Severity
from . import FileReport

#: Version of this report shape: major changes break readers, minor ones only add fields.
REPORT_VERSION = "1.1"


def _location(position: Position) -> dict[str, int]:
    return {"line": position.line, "column": position.column, "offset": position.offset}


def _offset(source: SourceText, offset: int) -> dict[str, int]:
    line, column = source.position(offset)
    return {"line": line, "column": column, "offset": offset}


def diagnostic_dict(diagnostic: Diagnostic, source: SourceText) -> dict[str, Any]:
    fix = diagnostic.fix
    return {
        "path": diagnostic.path,
        "code": diagnostic.code,
        "name": diagnostic.name,
        "severity": diagnostic.severity.value,
        "message": diagnostic.message,
        "location": _location(diagnostic.start),
        "end_location": _location(diagnostic.end),
        "fix": None if fix is None else {
            "applicability": fix.applicability.value,
            "message": fix.message,
            "edits": [
                {"content": edit.content, "location": _offset(source, edit.start),
                 "end_location": _offset(source, edit.end)}
                for edit in fix.edits
            ],
        },
    }


def summary(reports: list[FileReport]) -> dict[str, int]:
    diagnostics = [d for report in reports for d in report.diagnostics]
    counts = {level.value: sum(d.severity is level for d in diagnostics) for level in Severity}
    return {
        "files": sum(report.error is None for report in reports),
        "unreadable": sum(report.error is not None for report in reports),
        "diagnostics": len(diagnostics),
        "error": counts["error"],
        "warning": counts["warning"],
        "info": counts["info"],
        "fixable": sum(d.fixable for d in diagnostics),
        "fixed": sum(report.fixed for report in reports),
    }


def render(reports: list[FileReport]) -> str:
    items = []
    for report in reports:
        source = SourceText(report.text)
        items.extend(diagnostic_dict(d, source) for d in report.diagnostics)
    data = {
        "version": REPORT_VERSION,
        "tool": {"name": "speechparse", "version": __version__},
        "summary": summary(reports),
        "diagnostics": items,
        "errors": [{"path": report.path, "message": report.error} for report in reports if report.error is not None],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
