"""ruff-style findings with the source line and a caret underline.

Columns are reported in code points; the underline is placed by display width (CJK and other
wide characters take two columns), so it sits under the right characters in a terminal.
"""

from __future__ import annotations

import unicodedata

from ..base import Diagnostic
from . import FileReport
from .concise import line as header

#: Lines wider than this are shown as a window around the finding.
MAX_WIDTH = 100
CONTEXT = 24


def width(text: str) -> int:
    """Terminal display width: wide and full-width characters 2, combining marks 0, others 1."""
    total = 0
    for char in text:
        if unicodedata.combining(char) or char in "\u200b\u200c\u200d\u2060\ufeff":
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def snippet(text: str, diagnostic: Diagnostic) -> list[str]:
    lines = text.splitlines()
    number = diagnostic.start.line
    if not 1 <= number <= len(lines):
        return []
    source = lines[number - 1].expandtabs(4)
    first = diagnostic.start.column - 1
    last = diagnostic.end.column - 1 if diagnostic.end.line == number else len(source)
    last = max(last, first + 1)
    left, right = "", ""
    if width(source) > MAX_WIDTH:
        cut = max(first - CONTEXT, 0)
        stop = min(last + CONTEXT, len(source))
        left, right = ("…" if cut else ""), ("…" if stop < len(source) else "")
        source, first, last = source[cut:stop], first - cut, last - cut
    gutter = " " * len(str(number))
    pad = width(left) + width(source[:first])
    marks = "^" * max(width(source[first:last]), 1)
    shown = (left + source + right).replace("\u200b", "␣")
    result = [f"{gutter} |", f"{number} | {shown}", f"{gutter} | {' ' * pad}{marks} {diagnostic.code}", f"{gutter} |"]
    if diagnostic.fix is not None:
        kind = "" if diagnostic.fix.applicability.value == "safe" else " (unsafe)"
        result.append(f"{gutter} = help: {diagnostic.fix.message}{kind}")
    return result


def render(reports: list[FileReport]) -> str:
    out: list[str] = []
    for report in reports:
        for diagnostic in report.diagnostics:
            out.append(header(diagnostic))
            out.extend(snippet(report.text, diagnostic))
            out.append("")
    return "".join(text + "\n" for text in out)
