"""The compiled build: which modules a wheel compiles, and how an installation tells whether it runs them compiled."""

from __future__ import annotations

import gc
import importlib.machinery
import os
from pathlib import Path

import pytest
from conftest import ROOT

import speechparse
from speechparse.compiled import MODULES, PURE_PYTHON_VARIABLE, compiled, compiled_modules

#: Set by ``.ci/run``: ``1`` where the tests run against the wheel ``pip install .`` built, ``0`` against the source.
EXPECTED = os.environ.get("SPEECHPARSE_EXPECT_COMPILED")
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def installation(root: Path, compiled_paths: tuple[str, ...]) -> Path:
    """A package tree under ``root`` with every module's source, and an extension module for ``compiled_paths``."""
    for path in MODULES:
        module = root / (f"{path}__init__.py" if path.endswith("/") else path)
        module.parent.mkdir(parents=True, exist_ok=True)
        module.write_text("")
        if path in compiled_paths:
            module.with_name(module.stem + SUFFIX).write_bytes(b"")
    return root


def test_every_compiled_path_is_a_module_or_package_of_the_source():
    for path in MODULES:
        assert (ROOT / path / "__init__.py").is_file() if path.endswith("/") else (ROOT / path).is_file(), path


def test_the_parse_path_is_compiled_only_where_every_module_is_an_extension_module(tmp_path):
    assert compiled(installation(tmp_path / "all", MODULES))
    partly = installation(tmp_path / "partly", MODULES[1:])
    assert not compiled(partly)
    assert compiled_modules(partly) == {path: path != MODULES[0] for path in MODULES}
    assert compiled_modules(installation(tmp_path / "none", ())) == dict.fromkeys(MODULES, False)


def test_a_package_is_compiled_by_its_init_module(tmp_path):
    root = installation(tmp_path, MODULES)
    package = next(path for path in MODULES if path.endswith("/"))
    (root / package / f"__init__{SUFFIX}").unlink()
    (root / package / f"units{SUFFIX}").write_bytes(b"")
    assert compiled_modules(root)[package] is False


def test_the_compiled_modules_type_check_as_mypyc_needs():
    """mypyc compiles only modules mypy finds no error in (else the wheel falls back to pure Python)."""
    api = pytest.importorskip("mypy.api")
    stdout, stderr, status = api.run(["--cache-dir", os.devnull, "--config-file", str(ROOT / "pyproject.toml"),
                                      *(str(ROOT / path) for path in MODULES)])
    assert (status, stderr) == (0, ""), stdout


def test_the_pure_python_build_is_asked_for_by_the_documented_variable():
    assert PURE_PYTHON_VARIABLE == "SPEECHPARSE_PURE_PYTHON"
    assert PURE_PYTHON_VARIABLE in (ROOT / "README.md").read_text(encoding="utf-8")
    assert PURE_PYTHON_VARIABLE in (ROOT / "setup.py").read_text(encoding="utf-8")


@pytest.mark.skipif(EXPECTED is None, reason="SPEECHPARSE_EXPECT_COMPILED not set (.ci/run sets it for each build)")
def test_the_installation_under_test_is_the_build_ci_asked_for():
    assert compiled_modules() == dict.fromkeys(MODULES, EXPECTED == "1")


def test_parsing_leaves_no_garbage_for_the_cyclic_collector():
    """The parse pauses the collector, so a reference cycle would hold what it reaches until the next collection;
    compiled, a function with a nested function or lambda makes one (its variables' environment and the nested
    function point at each other), which once held a document's every line."""
    documents = [path.read_bytes() for path in sorted((ROOT / "examples").glob("*.txt"))]
    documents.append("\n\n".join(f"{number}.第{number}项\n\n目录\n\n正文。" for number in range(1, 50)).encode())
    for document in documents:  # (the first parse of a process loads the grammar and its patterns)
        speechparse.parse(document)
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        parsed = [speechparse.parse(document) for document in documents]
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
    assert all(doc.body for doc in parsed)
