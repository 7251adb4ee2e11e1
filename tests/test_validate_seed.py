"""The seed speech gives exactly what a careful editor would flag, and --fix repairs only that."""

from __future__ import annotations

import difflib

from conftest import SEED

from speechparse.rules.config import Settings
from speechparse.rules.engine import check_text, fix_text


def test_seed_findings_are_the_date_brackets_and_the_five_broken_paragraphs(seed_text):
    found = check_text(seed_text, Settings(), path=str(SEED))
    assert [(d.code, d.start.line, d.start.column, d.severity.value) for d in found] == [
        ("SP501", 5, 1, "error"),
        ("SP408", 17, 21, "error"),
        ("SP408", 27, 205, "error"),
        ("SP408", 35, 21, "error"),
        ("SP408", 43, 89, "error"),
        ("SP408", 49, 89, "error"),
    ]
    assert all(d.fix is not None and d.fix.applicability.value == "safe" for d in found)


def test_seed_is_clean_in_every_profile_but_for_those_findings(seed_text):
    for profile in ("speech", "gongwen"):
        found = check_text(seed_text, Settings(profile=profile))
        assert {d.code for d in found} == {"SP501", "SP408"}


def test_fixing_the_seed_changes_exactly_the_brackets_and_the_five_breaks(seed_text):
    result = fix_text(seed_text, Settings())
    assert result.remaining == [] and result.applied == 6
    before, after = seed_text.splitlines(), result.text.splitlines()
    changes = [line for line in difflib.unified_diff(before, after, lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("---", "+++"))]
    removed = [line[1:] for line in changes if line.startswith("-")]
    added = [line[1:] for line in changes if line.startswith("+")]
    assert added[0] == "（2018年9月20日）" and removed[0] == "(2018年9月20日)"
    joined = [(removed[i], removed[i + 2]) for i in range(1, len(removed), 3)]
    assert len(joined) == 5 and all(removed[i + 1] == "" for i in range(1, len(removed), 3))
    assert added[1:] == [first + second for first, second in joined]
    assert len(result.text) == len(seed_text) - 5 * 2
