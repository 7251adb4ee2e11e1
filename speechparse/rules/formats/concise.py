"""``path:line:col: CODE [*] message``, one finding a line (``[*]``: a safe fix, which --fix applies)."""

from __future__ import annotations

from ..base import Diagnostic
from . import FileReport


def line(diagnostic: Diagnostic) -> str:
    mark = "[*] " if diagnostic.safely_fixable else ""
    start = diagnostic.start
    return f"{diagnostic.path}:{start.line}:{start.column}: {diagnostic.code} {mark}{diagnostic.message}"


def render(reports: list[FileReport]) -> str:
    return "".join(line(d) + "\n" for report in reports for d in report.diagnostics)
