"""Benchmark this checkout: its ``speechparse`` is the one imported here and by every child process.

Without this an installed ``speechparse`` (an editable install points at one checkout) is what the
``speechparse`` script and ``import speechparse`` find, so a git worktree would time another tree's
code.  Imported first by the bench's entry points, for its effect.

The package's bytecode is compiled first, as ``pip install`` does: an edited module whose ``.pyc``
is stale (or never written, with ``PYTHONDONTWRITEBYTECODE``) would be compiled again by every
process timed, which a user's installation never does.

With ``SPEECHPARSE_BENCH_BUILD=compiled`` (what ``bench/run.py --compiled`` sets) the tree timed is the build a wheel
installs: a copy of the checkout's package with its parse path compiled by mypyc (``setup.py build_ext --inplace``,
which needs mypy and a C compiler), kept in ``bench/.compiled/`` under a digest of the sources and built again when
they change.
"""

from __future__ import annotations

import compileall
import hashlib
import os
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

BUILD_VARIABLE = "SPEECHPARSE_BENCH_BUILD"
CHECKOUT = Path(__file__).resolve().parent.parent
#: What a compiled copy holds besides the package: what setup.py reads, and the grammar.
BUILD_FILES = ("setup.py", "pyproject.toml", "README.md")


def sources(checkout: Path) -> list[Path]:
    """The files a compiled copy is made of, in a fixed order."""
    package = [path for path in (checkout / "speechparse").rglob("*") if path.is_file()
               and "__pycache__" not in path.parts and path.suffix not in (".so", ".pyd", ".c")]
    grammar = [path for path in (checkout / "grammar").rglob("*") if path.is_file()]
    return sorted([*package, *grammar, *(checkout / name for name in BUILD_FILES)])


def compiled_tree(checkout: Path) -> Path:
    """A copy of ``checkout`` with its parse path compiled (made once for each state of its sources)."""
    digest = hashlib.sha256()
    for path in sources(checkout):
        digest.update(str(path.relative_to(checkout)).encode() + b"\0" + path.read_bytes() + b"\0")
    tree = checkout / "bench" / ".compiled" / digest.hexdigest()[:16]
    is_compiled = runpy.run_path(str(checkout / "speechparse" / "compiled.py"))["compiled"]
    if tree.is_dir() and is_compiled(tree):
        return tree
    shutil.rmtree(tree.parent, ignore_errors=True)  # (older copies: one is kept)
    for path in sources(checkout):
        copy = tree / path.relative_to(checkout)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, copy)
    print("bench: compiling the parse path with mypyc (about a minute)…", file=sys.stderr, flush=True)
    built = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=tree, capture_output=True,
                           text=True)
    if built.returncode != 0 or not is_compiled(tree):
        print(built.stderr[-2000:], file=sys.stderr)
        raise SystemExit("bench: the compiled build failed (it needs mypy, `pip install mypy`, and a C compiler)")
    return tree


ROOT = str(compiled_tree(CHECKOUT) if os.environ.get(BUILD_VARIABLE) == "compiled" else CHECKOUT)

sys.path.insert(0, ROOT)
compileall.compile_dir(os.path.join(ROOT, "speechparse"), quiet=1)
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, (ROOT, os.environ.get("PYTHONPATH"))))
