"""Rule metadata and documentation: codes, names, docstring sections, examples, docs/rules.md."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from speechparse.rules.base import CODE, DOC_SECTIONS, NAME, FixAvailability
from speechparse.rules.config import Settings
from speechparse.rules.docs import family, render_all
from speechparse.rules.engine import check_text, fix_text
from speechparse.rules.registry import FAMILIES, rules

FRAME = "在全区工作会议上的讲话\n\n同志们：\n\n"
FAMILY_DIGIT = {name: str(index + 1) for index, name in enumerate(FAMILIES)}
ALL = list(rules().values())


def test_codes_follow_the_scheme_and_names_are_unique_kebab_case():
    names = [rule.name for rule in ALL]
    assert len(set(names)) == len(names)
    for rule in ALL:
        assert CODE.match(rule.code) and NAME.match(rule.name)
        assert rule.code[2] == FAMILY_DIGIT[family(rule)], f"{rule.code} is in family {family(rule)}"


@pytest.mark.parametrize("rule", ALL, ids=lambda rule: rule.code)
def test_docstring_has_every_section(rule):
    sections = rule.doc_sections()
    assert sections["summary"]
    for name in DOC_SECTIONS:
        assert sections.get(name), f"{rule.code} lacks {name!r}"
    assert re.search(r"GB/T|convention|heuristic|杜永道|guide", sections["Source"])


@pytest.mark.parametrize("rule", ALL, ids=lambda rule: rule.code)
def test_doc_example_is_flagged_and_its_correction_is_not(rule):
    sections = rule.doc_sections()
    frame = "" if family(rule) == "front" else FRAME
    settings = Settings(select=(rule.code,))
    assert check_text(frame + sections["Example"] + "\n", settings)
    assert check_text(frame + sections["Use instead"] + "\n", settings) == []
    if rule.fix_availability is FixAvailability.ALWAYS:
        fixed = fix_text(frame + sections["Example"] + "\n", settings, unsafe=True).text
        assert fixed == frame + sections["Use instead"] + "\n"


def test_docs_rules_md_is_generated_from_the_rules():
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == render_all(), "docs/rules.md is stale: python -m speechparse.rules.docs > docs/rules.md"
