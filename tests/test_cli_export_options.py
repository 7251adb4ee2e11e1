"""Exporter settings on the command line: TEI source pointers, the pandoc API version, warnings."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import SEED

from speechparse.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_pandoc_api_version_is_stamped_as_given():
    result = run("convert", str(SEED), "--to", "pandoc", "--pandoc-api", "1.22")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["pandoc-api-version"] == [1, 22]


def test_a_malformed_pandoc_api_version_is_a_usage_error():
    result = run("convert", str(SEED), "--to", "pandoc", "--pandoc-api", "x")
    assert result.exit_code == 2
    assert "not a pandoc API version: 'x'" in result.stderr


def test_tei_source_pointers_name_the_input():
    result = run("convert", str(SEED), "--to", "tei", "--source-pointers")
    assert result.exit_code == 0
    assert f'source="{SEED}#char=' in result.stdout


def test_characters_a_format_cannot_hold_are_reported_per_document(tmp_path):
    path = tmp_path / "control.txt"
    path.write_text("一、总体\x01要求\n\n内容。", encoding="utf-8")
    result = run("convert", str(path), "--to", "tei")
    assert result.exit_code == 0
    assert result.stderr == f"speechparse: {path}: warning: tei: 1 character(s) not allowed in this format replaced (U+0001)\n"


def test_an_empty_document_gives_empty_json_lines_output(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run("convert", str(path), "--to", "jsonl")
    assert (result.exit_code, result.stdout) == (0, "")


def test_json_is_one_line_unless_indented():
    compact = run("convert", str(SEED), "--to", "json")
    indented = run("convert", str(SEED), "--to", "json", "--indent", "2")
    assert compact.stdout.count("\n") == 1
    assert indented.stdout.startswith('{\n  "schema_name": "speechparse.ast",\n')
    assert json.loads(compact.stdout) == json.loads(indented.stdout)
