"""The parse path that a wheel compiles with mypyc, and whether this installation runs it compiled.

``pip install .`` compiles the modules below to C extension modules with mypyc, as black and mypy ship
themselves: the same Python source, type-checked, run without the interpreter's loop (the parse takes about
a quarter less time; see the README's benchmarks).  Where no C compiler is at hand, or with
``SPEECHPARSE_PURE_PYTHON=1``, the wheel holds the pure Python modules alone; an editable install is
always pure Python, so that an edited module is the one that runs.  Both builds give the same bytes.

``setup.py`` reads :data:`MODULES` from this file without importing the package: keep it free of imports
beyond the standard library.
"""

from __future__ import annotations

import importlib.machinery
from pathlib import Path

#: The modules compiled, as paths from the project's root (a folder: every module in it).
MODULES = (
    "speechparse/lexer/",
    "speechparse/readers/text.py",
    "speechparse/readers/base.py",
    "speechparse/lexicon.py",
    "speechparse/numerals.py",
    "speechparse/postlex.py",
    "speechparse/lalr.py",
    "speechparse/transform.py",
)
#: The environment variable that asks ``pip install`` for the pure Python build.
PURE_PYTHON_VARIABLE = "SPEECHPARSE_PURE_PYTHON"


def compiled_modules(root: Path | None = None) -> dict[str, bool]:
    """For each of :data:`MODULES` (a folder by its ``__init__``), whether the installation in ``root`` (this one's by
    default: the folder that holds the package) has it as an extension module; found by file name, nothing imported."""
    root = root or Path(__file__).resolve().parent.parent
    found = {}
    for path in MODULES:
        module = root / (f"{path}__init__" if path.endswith("/") else path.removesuffix(".py"))
        found[path] = any(module.with_name(module.name + suffix).is_file()
                          for suffix in importlib.machinery.EXTENSION_SUFFIXES)
    return found


def compiled(root: Path | None = None) -> bool:
    """Whether the installation in ``root`` (this one by default) runs its parse path compiled: every module of
    :data:`MODULES`."""
    return all(compiled_modules(root).values())
