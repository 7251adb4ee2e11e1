"""Build speechparse; a wheel's parse path compiled with mypyc where it can be (see ``speechparse/compiled.py``).

The project's metadata is in ``pyproject.toml``; this file only adds the compiled modules.  They are built for a
wheel (``pip install .``), not for an editable install or an sdist, not with ``SPEECHPARSE_PURE_PYTHON=1``; where
mypyc or a C compiler fails, the wheel is pure Python and a warning says why.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
BUILD = runpy.run_path(str(HERE / "speechparse" / "compiled.py"))
#: The commands that build the modules a wheel installs (not ``egg_info``, ``dist_info``, ``editable_wheel``, ``sdist``).
BUILDING = {"bdist_wheel", "build", "build_ext", "install"}


def warn(message: str) -> None:
    print(f"speechparse: {message}; installing pure Python", file=sys.stderr)


def compiled_extensions() -> list:
    """The mypyc extension modules of the parse path, or none (see the module's doc)."""
    if not BUILDING & set(sys.argv[1:]) or os.environ.get(BUILD["PURE_PYTHON_VARIABLE"], "") not in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        warn("mypyc is not installed")
        return []
    os.chdir(HERE)  # (mypyc takes the modules' paths from the project's root)
    try:
        return mypycify(list(BUILD["MODULES"]), opt_level="3", group_name="speechparse")
    except (Exception, SystemExit) as error:  # (mypyc exits on a type error)
        warn(f"mypyc failed ({error!r})")
        return []


class OptionalBuildExt(build_ext):
    """Compile the extension modules, or none of them: on a compiler's failure, drop those built and go on."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # (no compiler, missing headers: distutils' errors and OSError)
            warn(f"compiling failed ({error})")
            for extension in self.extensions:
                Path(self.get_ext_fullpath(extension.name)).unlink(missing_ok=True)
            self.extensions = []
            self.distribution.ext_modules = []


setup(ext_modules=compiled_extensions(), cmdclass={"build_ext": OptionalBuildExt})
