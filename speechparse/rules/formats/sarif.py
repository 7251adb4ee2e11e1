"""SARIF 2.1.0 (OASIS): rule metadata in ``tool.driver.rules``, code-point columns."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from ... import __version__
from ...readers.base import SourceText
from ..base import Diagnostic, Rule
from ..registry import rules
from . import FileReport

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: Where speechparse is described; rule help lives in docs/rules.md of the package's repository.
HOMEPAGE = "https://pypi.org/project/speechparse/"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def rule_descriptor(rule: type[Rule]) -> dict[str, Any]:
    sections = rule.doc_sections()
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": sections.get("Why is this bad?", rule.summary())},
        "help": {"text": f"Example:\n{sections.get('Example', '')}\n\nUse instead:\n{sections.get('Use instead', '')}"},
        "defaultConfiguration": {"level": LEVEL[rule.severity.value]},
        "properties": {"source": sections.get("Source", ""), "fix": rule.fix_availability.value},
    }


def uri(path: str) -> str:
    """A path as a URI reference (SARIF §3.4.3): forward slashes, characters outside a URI's percent-encoded (讲话 稿.txt
    → %E8%AE%B2%E8%AF%9D%20%E7%A8%BF.txt)."""
    return quote(path.replace("\\", "/"), safe="/:@!$&'()*+,;=-._~")


def _region(start_line: int, start_column: int, end_line: int, end_column: int) -> dict[str, int]:
    return {"startLine": start_line, "startColumn": start_column, "endLine": end_line, "endColumn": end_column}


def result(diagnostic: Diagnostic, index: int, source: SourceText) -> dict[str, Any]:
    location = uri(diagnostic.path)
    start, end = diagnostic.start, diagnostic.end
    item: dict[str, Any] = {
        "ruleId": diagnostic.code,
        "ruleIndex": index,
        "level": LEVEL[diagnostic.severity.value],
        "message": {"text": diagnostic.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": location},
            "region": _region(start.line, start.column, end.line, end.column),
        }}],
    }
    if diagnostic.fix is not None:
        replacements = []
        for edit in diagnostic.fix.edits:
            region = _region(*source.position(edit.start), *source.position(edit.end))
            replacements.append({"deletedRegion": region, "insertedContent": {"text": edit.content}})
        item["fixes"] = [{
            "description": {"text": f"{diagnostic.fix.message} ({diagnostic.fix.applicability.value})"},
            "artifactChanges": [{"artifactLocation": {"uri": location}, "replacements": replacements}],
        }]
    return item


def invocation(reports: list[FileReport]) -> dict[str, Any]:
    """Whether every input was checked, and an error notification for each one that could not be read."""
    unread = [report for report in reports if report.error is not None]
    return {
        "executionSuccessful": not unread,
        "toolExecutionNotifications": [{
            "level": "error",
            "message": {"text": report.error},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(report.path)}}}],
        } for report in unread],
    }


def render(reports: list[FileReport]) -> str:
    table = rules()
    index = {code: position for position, code in enumerate(table)}
    results = []
    for report in reports:
        source = SourceText(report.text)
        results.extend(result(d, index[d.code], source) for d in report.diagnostics)
    data = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "speechparse",
                "version": __version__,
                "informationUri": HOMEPAGE,
                "rules": [rule_descriptor(rule) for rule in table.values()],
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "invocations": [invocation(reports)],
        }],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
