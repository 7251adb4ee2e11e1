"""examples/outputs/ holds the seed in every format, byte for byte what the code produces now."""

from __future__ import annotations

import importlib.util

import pytest
from click.testing import CliRunner
from conftest import ROOT

from speechparse.cli import main
from speechparse.exporters import EXPORTERS, EXTENSIONS

SCRIPT = ROOT / "scripts" / "regenerate_examples.py"
OUTPUTS = ROOT / "examples" / "outputs"


@pytest.fixture(scope="module")
def regenerate():
    spec = importlib.util.spec_from_file_location("regenerate_examples", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_examples_match_the_code_byte_for_byte(regenerate):
    stale = regenerate.differences()
    assert stale == [], f"run: python scripts/regenerate_examples.py (stale: {stale})"


def test_there_is_one_example_per_format():
    assert sorted(path.name for path in OUTPUTS.iterdir()) == sorted(
        f"ideology-work-speech{EXTENSIONS[name]}" for name in EXPORTERS)


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_the_cli_writes_the_example(fmt, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["convert", "examples/ideology-work-speech.txt", "--to", fmt])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == (OUTPUTS / f"ideology-work-speech{EXTENSIONS[fmt]}").read_bytes()
