"""Benchmark this checkout: its ``speechparse`` is the one imported here and by every child process.

Without this an installed ``speechparse`` (an editable install points at one checkout) is what the
``speechparse`` script and ``import speechparse`` find, so a git worktree would time another tree's
code.  Imported first by the bench's entry points, for its effect.

The package's bytecode is compiled first, as ``pip install`` does: an edited module whose ``.pyc``
is stale (or never written, with ``PYTHONDONTWRITEBYTECODE``) would be compiled again by every
process timed, which a user's installation never does.
"""

from __future__ import annotations

import compileall
import os
import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parent.parent)

sys.path.insert(0, ROOT)
compileall.compile_dir(os.path.join(ROOT, "speechparse"), quiet=1)
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, (ROOT, os.environ.get("PYTHONPATH"))))
