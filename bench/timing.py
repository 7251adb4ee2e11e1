"""Timing: in-process callables and whole processes, interleaved round by round, best of N.

Every measurement here is taken side by side with the ones it is compared to: each round runs
every candidate once, so a machine that slows down during the run slows all of them alike.
"""

from __future__ import annotations

import gc
import math
import os
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

#: A sample shorter than this repeats its call until it is not (timer resolution and jitter).
MIN_SAMPLE = 0.05


@dataclass
class Timing:
    """Seconds per call, one per round."""

    samples: list[float] = field(default_factory=list)

    @property
    def best(self) -> float:
        return min(self.samples)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def spread(self) -> float:
        """Slowest over fastest round: near 1 on a quiet machine."""
        return max(self.samples) / min(self.samples)

    def paired_ratio(self, other: Timing) -> float:
        """The median over rounds of this round's time ÷ ``other``'s (robust when the machine's speed
        drifts, or when a second processor is sometimes busy)."""
        return statistics.median(mine / theirs for mine, theirs in zip(self.samples, other.samples, strict=True))

    def as_dict(self) -> dict[str, object]:
        return {"best_s": self.best, "median_s": self.median, "spread": round(self.spread, 3),
                "samples_s": [round(s, 6) for s in self.samples]}


def interleaved(candidates: dict[str, Callable[[], object]], rounds: int) -> dict[str, Timing]:
    """Time each callable once per round, in turn; a warm-up call of each is not counted.

    Quick callables are called several times per sample (the same number in every round)."""
    loops = {}
    for name, func in candidates.items():
        first = _timed(func, 1)
        loops[name] = max(1, math.ceil(MIN_SAMPLE / max(first, 1e-9)))
    result = {name: Timing() for name in candidates}
    for _ in range(rounds):
        for name, func in candidates.items():
            result[name].samples.append(_timed(func, loops[name]) / loops[name])
    return result


def _timed(func: Callable[[], object], loops: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(loops):
        func()
    return time.perf_counter() - start


@dataclass
class Process:
    """Whole-process runs of one command: wall and CPU seconds of each.  (Not peak memory: a child's
    ``ru_maxrss`` starts from its parent's peak on Linux; see memory_probe.py.)"""

    wall: Timing = field(default_factory=Timing)
    cpu: Timing = field(default_factory=Timing)
    failure: str | None = None

    def as_dict(self) -> dict[str, object]:
        if self.failure:
            return {"failure": self.failure}
        return {"wall": self.wall.as_dict(), "cpu": self.cpu.as_dict()}


def run_once(command: Sequence[str], before: Callable[[], object] | None = None) -> tuple[float, float, int]:
    """Run ``command`` to its end: ``(wall s, cpu s, exit code)``, output thrown away."""
    if before is not None:
        before()
    start = time.perf_counter()
    child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, child.returncode


def processes(commands: dict[str, Sequence[str]], rounds: int,
              before: Callable[[], object] | None = None) -> dict[str, Process]:
    """Run each command once per round, in turn, after one uncounted warm-up run of each.

    ``before`` runs (untimed) before every run, e.g. to clear an output directory.  A command that
    exits non-zero is run once more with its error output kept, and reported as failed."""
    result = {name: Process() for name in commands}
    for name, command in commands.items():
        if run_once(command, before)[2] != 0:
            result[name].failure = _failure(command, before)
    for _ in range(rounds):
        for name, command in commands.items():
            if result[name].failure:
                continue
            wall, cpu, code = run_once(command, before)
            if code != 0:
                result[name].failure = _failure(command, before)
                continue
            result[name].wall.samples.append(wall)
            result[name].cpu.samples.append(cpu)
    return result


def _failure(command: Sequence[str], before: Callable[[], object] | None) -> str:
    if before is not None:
        before()
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, errors="replace")
    tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
    return f"exit {done.returncode}: {' | '.join(tail)}"
