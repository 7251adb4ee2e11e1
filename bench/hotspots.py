"""Profile one stage over the workload with cProfile and print the hot spots.

    python bench/hotspots.py                       # parse, ~10 MB of the real corpus
    python bench/hotspots.py --stage tei --top 30  # the TEI export (of documents parsed beforehand)
    python bench/hotspots.py --save parse.prof     # also keep the raw profile (snakeviz, pstats)

(cProfile slows pure-Python code unevenly, so read shares of the total, not seconds; py-spy
gives an unbiased sampling view: ``py-spy record -o parse.svg -- python bench/hotspots.py --no-profile``.)
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import tempfile
import warnings
from pathlib import Path

import checkout  # noqa: F401  (this checkout's speechparse, not an installed one)

# isort: split
import workload
from workload import MB

import speechparse
from speechparse.exporters import EXPORTERS, ExportOptions, export


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stage", default="parse", choices=["parse", "convert", *EXPORTERS])
    parser.add_argument("--workload-mb", type=float, default=10)
    parser.add_argument("--corpus", type=Path, default=workload.REAL, help="directory of *.txt documents")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--save", type=Path, help="write the raw cProfile data here")
    parser.add_argument("--no-profile", action="store_true", help="just run the stage (for an outside profiler)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="speechparse-profile-") as scratch:
        files = workload.build(Path(scratch), int(args.workload_mb * MB), args.corpus).files
        data = [path.read_bytes() for path in files]
    speechparse.parse(data[0])  # one-time set-up (grammar, caches) is not what is profiled
    run = stage(args.stage, data)
    if args.no_profile:
        run()
        return
    profiler = cProfile.Profile()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        profiler.runcall(run)
    if args.save:
        profiler.dump_stats(args.save)
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(key)
        stats.print_stats(args.top)
        print(f"=== {args.stage}, {sum(map(len, data)) / MB:.1f} MB, by {key}")
        print(out.getvalue().split("\n\n", 1)[-1].strip() + "\n")


def stage(name: str, data: list[bytes]):
    """The callable to profile; exports run on documents parsed before profiling starts."""
    if name == "parse":
        return lambda: [speechparse.parse(item) for item in data]
    if name == "convert":
        return lambda: [speechparse.dumps(speechparse.parse(item)) for item in data]
    docs = [speechparse.parse(item) for item in data]
    options = ExportOptions()
    return lambda: [export(doc, name, options) for doc in docs]


if __name__ == "__main__":
    main()
