"""Whole-process measurements: start-up, import, one-file convert, batch throughput, peak memory."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from generate import generate
from timing import Process, processes
from workload import MB, SEED

PYTHON = sys.executable
TINY_PARSE = "import speechparse; speechparse.parse('一、总体要求\\n\\n要坚持稳中求进。\\n')"


def cli() -> list[str]:
    """The installed ``speechparse`` script beside this Python, else ``python -m speechparse``."""
    script = Path(PYTHON).parent / "speechparse"
    if script.exists():
        return [str(script)]
    found = shutil.which("speechparse")
    return [found] if found else [PYTHON, "-m", "speechparse"]


def startup(rounds: int) -> dict[str, Process]:
    """Bare Python, ``import speechparse``, import + a first parse, ``--version``, one-file convert."""
    command = cli()
    return processes({
        "python -c pass": [PYTHON, "-c", "pass"],
        "import speechparse": [PYTHON, "-c", "import speechparse"],
        "import + first parse": [PYTHON, "-c", TINY_PARSE],
        "speechparse --version": [*command, "--version"],
        "convert one file (json)": [*command, "convert", str(SEED), "--to", "json"],
        "convert one file (tei)": [*command, "convert", str(SEED), "--to", "tei"],
    }, rounds)


def import_profile(statement: str, top: int = 10) -> list[tuple[str, float]]:
    """The slowest imports (cumulative ms) two levels deep under ``python -X importtime -c statement``."""
    done = subprocess.run([PYTHON, "-X", "importtime", "-c", statement], capture_output=True, text=True)
    rows = []
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if not line.startswith("import time:") or len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2][1:]
        depth = (len(name) - len(name.lstrip(" "))) // 2
        if depth <= 1:
            rows.append(("  " * depth + name.strip(), int(parts[1]) / 1000))
    return sorted(rows, key=lambda row: -row[1])[:top]


def batch_available() -> tuple[bool, str]:
    """Whether ``speechparse convert`` takes a directory and ``--jobs`` (the batch CLI)."""
    done = subprocess.run([*cli(), "convert", "--help"], capture_output=True, text=True)
    if "--jobs" in done.stdout:
        return True, ""
    return False, "batch CLI not in this checkout (`speechparse convert --help` has no --jobs); batch skipped"


def batch(directory: Path, output: Path, rounds: int, jobs: tuple[int, ...] = (1, 2)) -> dict[int, Process]:
    """``speechparse convert DIR -o OUT --to json --jobs N`` as whole processes, OUT emptied before each."""
    def clear() -> None:
        shutil.rmtree(output, ignore_errors=True)

    commands = {n: [*cli(), "convert", str(directory), "-o", str(output), "--to", "json", "--jobs", str(n), "--quiet"]
                for n in jobs}
    timed = processes({str(n): command for n, command in commands.items()}, rounds, before=clear)
    clear()
    return {n: timed[str(n)] for n in jobs}


def memory(directory: Path, size: int, formats: tuple[str | None, ...], seed: int = 2) -> dict[str, dict]:
    """Peak memory of a child that parses (and optionally exports) one generated document of ``size`` bytes."""
    path = directory / f"memory-{size // MB}mb.txt"
    path.write_bytes(generate(size, seed).encode("utf-8"))
    result = {}
    for to in formats:
        command = [PYTHON, str(Path(__file__).with_name("memory_probe.py")), str(path)]
        if to:
            command += ["--to", to]
        done = subprocess.run(command, capture_output=True, text=True)
        key = f"parse + export {to}" if to else "parse"
        if done.returncode != 0:
            result[key] = {"failure": done.stderr.strip().splitlines()[-1:]}
            continue
        probe = json.loads(done.stdout)
        size_mib = probe["input_bytes"] / 2**20
        probe["peak_over_input"] = probe["peak_kib"] / 1024 / size_mib
        probe["growth_over_input"] = (probe["peak_kib"] - probe["ready_kib"]) / 1024 / size_mib
        result[key] = probe
    path.unlink()
    return result
