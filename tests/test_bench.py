"""The benchmark's own parts: the seeded speech generator, and a tiny run of bench/run.py (its report's shape,
never its timings)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT

import speechparse
from speechparse.exporters import EXPORTERS

sys.path.insert(0, str(ROOT / "bench"))
from generate import chinese_numeral, generate


@pytest.mark.parametrize(("number", "text"), [
    (1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (21, "二十一"), (100, "一百"), (105, "一百零五"), (110, "一百一十"),
    (999, "九百九十九"), (1001, "一千零一"), (2024, "二千零二十四"),
])
def test_chinese_numerals(number, text):
    assert chinese_numeral(number) == text


def test_the_same_seed_and_size_give_the_same_document():
    assert generate(20_000, 7) == generate(20_000, 7)
    assert generate(20_000, 7) != generate(20_000, 8)


@pytest.mark.parametrize("size", [10_000, 100_000, 1_000_000])
def test_a_document_has_about_the_size_asked_for(size):
    assert size <= len(generate(size, 3).encode("utf-8")) <= size * 1.1 + 10_000


@pytest.fixture(scope="module")
def generated():
    return [speechparse.parse(generate(60_000, seed)) for seed in range(6)]


def test_generated_documents_have_the_front_matter_of_a_speech(generated):
    for doc in generated:
        assert doc.meta.title and doc.meta.date and doc.meta.speaker and doc.meta.salutation
        assert not [d for d in doc.diagnostics if d.code == "SP099"]


def test_generated_documents_nest_four_levels_and_have_run_in_items(generated):
    sections = [(section, depth) for doc in generated for section, depth in speechparse.ast.sections(doc)]
    assert {depth for _, depth in sections} >= {1, 2, 3, 4}
    assert {section.family for section, _ in sections} >= {"cn", "cn-paren", "arabic", "arabic-paren"}
    assert any(section.run_in for section, _ in sections)


def test_generated_documents_have_paragraphs_broken_at_page_ends(generated):
    assert sum(len(doc.joins) for doc in generated) >= 6


def test_a_tiny_benchmark_run_writes_a_report_with_every_stage_and_goal(tmp_path):
    output = tmp_path / "report.json"
    subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--only", "stages", "--workload-mb", "0.05",
                    "--rounds", "1", "--output", str(output)], check=True, capture_output=True, cwd=ROOT)
    report = json.loads(output.read_text(encoding="utf-8"))
    stages = {row["stage"] for row in report["stages"]}
    assert stages >= {"B0", "parse", "convert json", *(f"export {name}" for name in EXPORTERS)}
    assert [goal["goal"] for goal in report["goals"]] == ["parse vs B0", "convert to JSON vs B0", "TEI export vs JSON export"]
    assert {goal["status"] for goal in report["goals"]} <= {"PASS", "MISS"}
    assert report["versions"]["lark"] and report["versions"]["lxml"] and report["machine"]["cpus"]
    assert report["versions"]["python_executable"] and report["versions"]["python_build"]
    assert report["timestamp"].endswith("Z") and "revision" in report["git"]


def test_the_benchmark_refuses_to_time_documents_the_parser_left_flat():
    from stages import FallbackError, require_structure

    structured = speechparse.parse("一、总体要求\n要坚持。")
    flat = speechparse.ast.Document(diagnostics=(speechparse.ast.Diagnostic(
        "SP099", "structure not recognised, paragraphs kept as they are: internal parser error (ImportError)",
        None, "warning"),))
    require_structure([structured], "workload documents")  # a structured document passes
    with pytest.raises(FallbackError, match=r"^1 of 2 workload documents fell back .*ImportError.*nothing was timed$"):
        require_structure([structured, flat], "workload documents")
