"""Every command explains itself with an example, and the README's command-line examples run."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from conftest import ROOT

from speechparse import __version__
from speechparse.cli import COMMANDS, main
from speechparse.compiled import compiled

README = ROOT / "README.md"
COMPILED = "yes" if compiled() else "no"


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"speechparse, version {__version__} (compiled: {COMPILED})\n")


def test_group_help_has_an_example():
    assert "Example" in CliRunner().invoke(main, ["--help"]).stdout


def test_group_help_lists_every_command_with_its_summary():
    listed = CliRunner().invoke(main, ["--help"]).stdout.split("Commands:\n", 1)[1]
    assert [line.split()[0] for line in listed.splitlines() if line.strip()] == sorted(COMMANDS)
    assert all(len(line.split()) > 1 for line in listed.splitlines() if line.strip())


def test_a_command_imports_no_other_command_s_module():
    script = ("import sys\nfrom speechparse.cli import main\n"
              "main(['convert', '--help'], standalone_mode=False)\n"
              "print(sorted(m for m in sys.modules if m.startswith('speechparse.cli.')))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "['speechparse.cli.convert', 'speechparse.cli.options']"


@pytest.mark.parametrize("command", main.list_commands(click.Context(main)))
def test_every_command_help_has_an_example(command: str):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert re.search(r"Examples?:\n +speechparse " + command, result.stdout)


def readme_commands() -> list[str]:
    """The ``speechparse …`` lines of the shell blocks of the README's "Command line" section."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("\n## Command line"):]
    section = section[:section.index("\n## ", 1)]
    blocks = re.findall(r"```(?:sh|shell|bash|console)\n(.*?)```", section, re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip().startswith("speechparse ")]


def test_readme_documents_every_command():
    documented = {line.split()[1] for line in readme_commands()}
    assert {"convert", "outline"} <= documented
    assert "--version" in documented


@pytest.mark.parametrize("line", readme_commands())
def test_readme_command_works_from_a_fresh_checkout(tmp_path: Path, line: str):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    command = line.replace("speechparse ", f"{sys.executable} -m speechparse ", 1)
    result = subprocess.run(["sh", "-c", command], cwd=tmp_path, capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr
