"""The wheel ships every package and the grammar (pyproject lists packages explicitly); the package imports."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib


def test_every_package_directory_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "speechparse").rglob("__init__.py")
    }
    assert found | DATA_PACKAGES == listed


#: Directories of data that are shipped as packages of their own (setuptools would warn of them otherwise).
DATA_PACKAGES = {"speechparse._grammar", "speechparse.schema"}


def test_the_json_schema_is_shipped_as_package_data():
    from importlib import resources

    assert resources.files("speechparse.schema").joinpath("speechparse-ast.schema.json").is_file()


def test_the_grammar_is_shipped_as_package_data():
    import speechparse.grammar

    assert speechparse.grammar.grammar_text().startswith("// speech.lark")


@pytest.mark.parametrize("statement", ["from speechparse import ast", "import speechparse; speechparse.ast.Span"])
def test_the_tree_module_is_reachable_from_a_fresh_interpreter(statement):
    result = subprocess.run([sys.executable, "-c", statement], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stderr) == (0, "")
