"""Validation over the real corpus: every document validates; the hand-checked findings are
exactly the ones recorded in scripts/fp_verdicts.tsv (a change of findings shows up here)."""

from __future__ import annotations

import importlib.util

from conftest import REAL, ROOT, needs_corpus, real_documents

from speechparse.rules.config import Settings
from speechparse.rules.engine import check_text


def _report_module():
    spec = importlib.util.spec_from_file_location("fp_report", ROOT / "scripts" / "fp_report.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_corpus
def test_every_error_finding_of_the_checked_documents_has_a_verdict():
    report = _report_module()
    verdicts = report.load_verdicts()
    for name in report.CHECKED:
        found = check_text((REAL / name).read_text(encoding="utf-8"), Settings(), path=name)
        for d in found:
            if d.severity.value == "error":
                key = (name, d.code, f"{d.start.line}:{d.start.column}")
                verdict = verdicts.get(key) or verdicts.get((name, d.code, "*"))
                assert verdict is not None and verdict[0] == "TP", key


@needs_corpus
def test_the_whole_corpus_validates_without_structure_findings_on_clean_numbering():
    codes = set()
    for path in real_documents():
        codes |= {d.code for d in check_text(path.read_text(encoding="utf-8"), Settings(), path=path.name)}
    assert not codes & {"SP209", "SP210", "SP212", "SP303", "SP304"}
