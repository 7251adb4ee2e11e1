"""Benchmark this checkout: its ``speechparse`` is the one imported here and by every child process.

Without this an installed ``speechparse`` (an editable install points at one checkout) is what the
``speechparse`` script and ``import speechparse`` find, so a git worktree would time another tree's
code.  Imported first by the bench's entry points, for its effect.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parent.parent)

sys.path.insert(0, ROOT)
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, (ROOT, os.environ.get("PYTHONPATH"))))
