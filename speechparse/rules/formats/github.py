"""GitHub Actions workflow commands: ``::error file=…,line=…,col=…,title=CODE::message``."""

from __future__ import annotations

from ..base import Diagnostic
from . import FileReport

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def line(diagnostic: Diagnostic) -> str:
    start, end = diagnostic.start, diagnostic.end
    properties = ",".join([
        f"file={_property(diagnostic.path)}",
        f"line={start.line}",
        f"col={start.column}",
        f"endLine={end.line}",
        f"endColumn={end.column}",
        f"title={_property(diagnostic.code)}",
    ])
    return f"::{COMMAND[diagnostic.severity.value]} {properties}::{_data(diagnostic.message)}"


def render(reports: list[FileReport]) -> str:
    unread = "".join(f"::error file={_property(report.path)}::{_data(report.error)}\n"
                     for report in reports if report.error is not None)
    return unread + "".join(line(d) + "\n" for report in reports for d in report.diagnostics)
