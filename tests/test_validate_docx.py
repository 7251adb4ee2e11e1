"""``speechparse validate`` on Word files: checked through the reader, never fixed."""

from __future__ import annotations

from click.testing import CliRunner
from docx_builder import seed_docx

from speechparse.cli import main


def test_a_docx_is_checked_on_its_paragraphs(tmp_path, seed_text):
    path = tmp_path / "seed.docx"
    path.write_bytes(seed_docx(seed_text))
    result = CliRunner().invoke(main, ["validate", str(path), "--select", "SP408", "--output-format", "json"])
    assert result.exit_code == 1
    assert result.stdout.count('"SP408"') == 5


def test_fixing_a_docx_is_refused_with_one_line(tmp_path, seed_text):
    path = tmp_path / "seed.docx"
    path.write_bytes(seed_docx(seed_text))
    result = CliRunner().invoke(main, ["validate", str(path), "--fix"])
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("--fix and --diff work on plain text only; a .docx can be checked, not fixed")
    assert "Traceback" not in result.stderr


def test_glob_is_accepted_like_in_convert(tmp_path):
    (tmp_path / "a.md").write_text("同志们:\n\n好。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(tmp_path), "--glob", "*.md", "--select", "SP401"])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == f"{tmp_path / 'a.md'}:1:4: SP401 [*] Half-width ':' in Chinese text"
