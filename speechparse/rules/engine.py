"""Run the rules over a document, and apply their fixes.

One parse per check: the text is parsed once, every enabled rule runs over the same
:class:`Context`.  Fixing is a loop: check, apply the non-overlapping fixes that qualify, check
the new text again (at most ``MAX_FIX_ROUNDS`` times), so fixes that touch the same characters
are applied in later rounds.
"""

from __future__ import annotations

from ..api import parse_text
from ..ast import Document
from ..codecache import dataclass
from .base import Applicability, Diagnostic, Fix, Position, Severity
from .config import Settings
from .context import Context

MAX_FIX_ROUNDS = 8


def check_text(text: str, settings: Settings, *, path: str = "-", encoding: str = "utf-8") -> list[Diagnostic]:
    """The diagnostics of the enabled rules for ``text``, in source order."""
    return check_document(parse_text(text, encoding=encoding, path=path), text, settings, path=path)


def check_document(doc: Document, text: str, settings: Settings, *, path: str = "-") -> list[Diagnostic]:
    """The diagnostics of the enabled rules for a parsed document and the text its spans point into
    (for a .docx, the reader's text: one line per Word paragraph)."""
    ctx = Context(doc, text, settings.profile)
    diagnostics: list[Diagnostic] = []
    for code, (rule_class, severity) in settings.enabled().items():
        rule = rule_class()
        for finding in rule.check(ctx):
            diagnostics.append(Diagnostic(
                path=path,
                start=_position(ctx, finding.start),
                end=_position(ctx, finding.end),
                code=code,
                name=rule_class.name,
                severity=severity,
                message=finding.message,
                fix=finding.fix,
            ))
    diagnostics.sort(key=Diagnostic.sort_key)
    return diagnostics


def _position(ctx: Context, offset: int) -> Position:
    line, column = ctx.source.position(offset)
    return Position(line, column, offset)


def applicable(fix: Fix | None, unsafe: bool) -> bool:
    return fix is not None and (unsafe or fix.applicability is Applicability.SAFE)


def apply_fixes(text: str, fixes: list[Fix]) -> tuple[str, int]:
    """``text`` with the fixes applied that do not overlap an earlier one; how many were applied."""
    chosen: list[Fix] = []
    taken: list[tuple[int, int]] = []
    for fix in sorted(fixes, key=lambda f: (f.start, f.end)):
        if any(_overlaps(edit.start, edit.end, start, end) for edit in fix.edits for start, end in taken):
            continue
        chosen.append(fix)
        taken.extend((edit.start, edit.end) for edit in fix.edits)
    edits = sorted((edit for fix in chosen for edit in fix.edits), key=lambda e: (e.start, e.end), reverse=True)
    for edit in edits:
        text = text[:edit.start] + edit.content + text[edit.end:]
    return text, len(chosen)


def _overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether two edit ranges touch the same characters (two insertions at one point do too)."""
    if start == end == other_start == other_end:
        return True
    return start < other_end and other_start < end


@dataclass(frozen=True, slots=True)
class FixResult:
    """The fixed text, how many fixes were applied, and what is left."""

    text: str
    applied: int
    remaining: list[Diagnostic]


def fix_text(text: str, settings: Settings, *, unsafe: bool = False, path: str = "-",
             encoding: str = "utf-8") -> FixResult:
    """Apply safe (and with ``unsafe`` also unsafe) fixes until none is left; check again."""
    applied = 0
    diagnostics = check_text(text, settings, path=path, encoding=encoding)
    for _ in range(MAX_FIX_ROUNDS):
        fixes = [d.fix for d in diagnostics if applicable(d.fix, unsafe)]
        if not fixes:
            break
        text, count = apply_fixes(text, fixes)  # type: ignore[arg-type]
        applied += count
        diagnostics = check_text(text, settings, path=path, encoding=encoding)
    return FixResult(text, applied, diagnostics)


def at_or_above(diagnostics: list[Diagnostic], level: str) -> list[Diagnostic]:
    """The diagnostics whose severity is ``level`` or more serious."""
    rank = Severity(level).rank
    return [d for d in diagnostics if d.severity.rank >= rank]
