"""Benchmark this checkout: its ``speechparse`` is the one imported here and by every child process.

Without this an installed ``speechparse`` (an editable install points at one checkout) is what the
``speechparse`` script and ``import speechparse`` find, so a git worktree would time another tree's
code.  Imported first by the bench's entry points, for its effect.

The package's bytecode is compiled first, as ``pip install`` does: an edited module whose ``.pyc``
is stale (or never written, with ``PYTHONDONTWRITEBYTECODE``) would be compiled again by every
process timed, which a user's installation never does.

With ``SPEECHPARSE_BENCH_BUILD=compiled`` (what ``bench/run.py --compiled`` sets) the tree timed is the build a wheel
installs: the checkout built by ``pip wheel`` (its parse path compiled by mypyc, in pip's isolated build environment:
it needs a C compiler, and pip fetches mypy) and unpacked, kept in ``bench/.compiled/`` under a digest of the sources
and built again when they change.
"""

from __future__ import annotations

import compileall
import hashlib
import os
import runpy
import shutil
import subprocess
import sys
import tempfile
import zipfile
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
    files = sources(checkout)
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(checkout)).encode() + b"\0" + path.read_bytes() + b"\0")
    tree = checkout / "bench" / ".compiled" / digest.hexdigest()[:16]
    is_compiled = runpy.run_path(str(checkout / "speechparse" / "compiled.py"))["compiled"]
    if tree.is_dir() and is_compiled(tree):
        return tree
    shutil.rmtree(tree.parent, ignore_errors=True)  # (older copies: one is kept)
    print("bench: building a wheel, its parse path compiled with mypyc (about a minute)…", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="speechparse-wheel-") as scratch:
        copy = Path(scratch) / "source"
        for path in files:  # (pip builds in the tree it is given: a copy, not the checkout)
            (copy / path.relative_to(checkout)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, copy / path.relative_to(checkout))
        built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir",
                                str(Path(scratch) / "wheel"), str(copy)], capture_output=True, text=True)
        wheels = sorted((Path(scratch) / "wheel").glob("*.whl"))
        if built.returncode == 0 and wheels:
            with zipfile.ZipFile(wheels[0]) as wheel:
                wheel.extractall(tree)
    if built.returncode != 0 or not is_compiled(tree):
        print(built.stderr[-2000:], file=sys.stderr)
        raise SystemExit("bench: the compiled build failed (pip fetches mypy; it needs a C compiler)")
    return tree


ROOT = str(compiled_tree(CHECKOUT) if os.environ.get(BUILD_VARIABLE) == "compiled" else CHECKOUT)

sys.path.insert(0, ROOT)
compileall.compile_dir(os.path.join(ROOT, "speechparse"), quiet=1)
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, (ROOT, os.environ.get("PYTHONPATH"))))
