"""Every rule against its case table (tests/rule_cases/SPnnn.yml, sqlfluff style).

pass_str: no finding of the rule; fail_str: findings of the rule (``count``: exactly that many);
fix_str: the exact text after applying the rule's fixes (safe only, or also unsafe with
``unsafe: true``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from speechparse.rules.config import Settings
from speechparse.rules.engine import check_text, fix_text
from speechparse.rules.registry import rules

CASES = Path(__file__).parent / "rule_cases"
FRAME = "在全区工作会议上的讲话\n\n同志们：\n\n"


def load_cases():
    for path in sorted(CASES.glob("*.yml")):
        table = yaml.safe_load(path.read_text(encoding="utf-8"))
        frame = FRAME if table.get("frame", True) else ""
        for case in table["cases"]:
            yield pytest.param(table["rule"], frame, case, id=f"{table['rule']}-{case['name']}")


@pytest.mark.parametrize(("code", "frame", "case"), list(load_cases()))
def test_rule_case(code, frame, case):
    settings = Settings(select=(code,))
    if "pass_str" in case:
        found = check_text(frame + case["pass_str"], settings)
        assert [(d.code, d.message) for d in found] == []
        return
    found = check_text(frame + case["fail_str"], settings)
    assert found and {d.code for d in found} == {code}
    if "count" in case:
        assert len(found) == case["count"]
    if "fix_str" in case:
        fixed = fix_text(frame + case["fail_str"], settings, unsafe=case.get("unsafe", False))
        assert fixed.text == frame + case["fix_str"]


def test_every_rule_has_a_case_table_with_passing_and_failing_cases():
    tables = {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in CASES.glob("*.yml")}
    assert sorted(tables) == sorted(rules())
    for code, table in tables.items():
        kinds = {key for case in table["cases"] for key in case if key.endswith("_str")}
        assert {"pass_str", "fail_str"} <= kinds, code
        if rules()[code].fix_availability.value != "none":
            assert "fix_str" in kinds, code
