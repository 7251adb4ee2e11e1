"""``speechparse convert --from``: the reader chosen on the command line or by extension."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner
from conftest import REAL, needs_corpus
from docx_builder import seed_docx

from speechparse.cli import main


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


@needs_corpus
def test_from_html_reads_a_txt_file_as_html():
    result = run("convert", str(REAL / "065.txt"), "--from", "html", "--to", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert (document["source"]["reader"], document["meta"]["speaker"]) == ("html", "陈国阳")


def test_a_docx_is_read_by_its_extension_and_from_stdin_by_its_content(tmp_path, seed_text):
    data = seed_docx(seed_text)
    (tmp_path / "speech.docx").write_bytes(data)
    for result in (run("convert", str(tmp_path / "speech.docx"), "--to", "json"), run("convert", "-", input=data)):
        assert result.exit_code == 0
        document = json.loads(result.stdout)
        assert (document["source"]["reader"], document["meta"]["title"]) == ("docx", "在全区意识形态工作会议上的讲话")


def test_garbage_docx_is_one_line_on_stderr_and_exit_1(tmp_path):
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip")
    completed = subprocess.run([sys.executable, "-m", "speechparse", "convert", str(tmp_path / "broken.docx")],
                               capture_output=True, text=True, check=False)
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert completed.stderr.startswith(f"speechparse: {tmp_path / 'broken.docx'}: damaged Word .docx file: ")
    assert completed.stderr.count("\n") == 1 and "Traceback" not in completed.stderr


def test_unknown_from_is_a_usage_error():
    result = run("convert", "-", "--from", "pdf", input=b"x")
    assert result.exit_code == 2
    assert "'pdf' is not one of 'txt', 'docx', 'html'" in result.output
