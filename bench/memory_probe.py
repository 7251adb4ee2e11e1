"""Child process of the memory benchmark: parse one file (and optionally export it), print peak memory.

    python bench/memory_probe.py FILE [--to json]

Prints one JSON object: ``ready_kib`` (peak resident set after imports and a warm-up parse, before
the file is read), ``peak_kib`` (peak resident set at the end), ``input_bytes`` and ``seconds``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path


def peak_kib() -> int:
    """This process's peak resident set: VmHWM, which (unlike ``ru_maxrss``) does not inherit the
    parent's peak across fork and exec; ``ru_maxrss`` where there is no /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--to", help="also export to this format")
    args = parser.parse_args()
    import speechparse
    from speechparse.exporters import export

    export(speechparse.parse("一、总体要求\n\n要坚持稳中求进。\n"), args.to or "json")
    ready = peak_kib()
    start = time.perf_counter()
    data = args.file.read_bytes()
    doc = speechparse.parse(data)
    if args.to:
        export(doc, args.to)
    seconds = time.perf_counter() - start
    json.dump({"ready_kib": ready, "peak_kib": peak_kib(), "input_bytes": len(data), "seconds": seconds}, sys.stdout)


if __name__ == "__main__":
    main()
