"""Regenerate ``examples/outputs/``: the seed speech in every export format, as ``speechparse convert`` writes it.

    python scripts/regenerate_examples.py           # rewrite the files
    python scripts/regenerate_examples.py --check   # only compare; exit 1 if any file differs

Run it after a parser or exporter change (``tests/test_examples.py`` fails until you do).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "ideology-work-speech.txt"
OUTPUTS = ROOT / "examples" / "outputs"
sys.path.insert(0, str(ROOT))  # this checkout's speechparse, whatever copy is installed
#: The seed's name as the README's command gives it (``speechparse convert examples/…``), recorded in the outputs.
SOURCE = "examples/ideology-work-speech.txt"


def expected() -> dict[str, bytes]:
    """File name → bytes, for every registered format."""
    from speechparse import parse
    from speechparse.exporters import EXPORTERS, EXTENSIONS, export

    doc = parse(SEED.read_bytes(), path=SOURCE)
    result = {}
    for name in sorted(EXPORTERS):
        text = export(doc, name)
        result[SEED.stem + EXTENSIONS[name]] = (text if text.endswith("\n") else text + "\n").encode("utf-8")
    return result


def differences() -> list[str]:
    """Names of the files in ``examples/outputs/`` that are missing, stale or unexpected."""
    want = expected()
    have = {path.name: path.read_bytes() for path in OUTPUTS.glob("*")} if OUTPUTS.is_dir() else {}
    return sorted(name for name in want.keys() | have.keys() if want.get(name) != have.get(name))


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = differences()
        for name in stale:
            print(f"examples/outputs/{name} differs from what the code produces", file=sys.stderr)
        return 1 if stale else 0
    OUTPUTS.mkdir(exist_ok=True)
    for path in OUTPUTS.glob("*"):
        path.unlink()
    for name, data in expected().items():
        (OUTPUTS / name).write_bytes(data)
        print(f"examples/outputs/{name}: {len(data)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
