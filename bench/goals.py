"""The goals of issue 6, each a ratio (or a start-up time) checked against the measured value."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Goal:
    """``measured`` must be at most (``at_most``) or at least the ``limit``."""

    name: str
    limit: float
    unit: str
    at_most: bool = True

    def check(self, measured: float | None, note: str = "") -> dict[str, object]:
        if measured is None:
            status = "SKIP"
        else:
            status = "PASS" if (measured <= self.limit if self.at_most else measured >= self.limit) else "MISS"
        return {"goal": self.name, "limit": f"{'≤' if self.at_most else '≥'} {self.limit:g}{self.unit}",
                "measured": measured, "unit": self.unit, "status": status, "note": note}


PARSE = Goal("parse vs B0", 15, "×")
CONVERT = Goal("convert to JSON vs B0", 20, "×")
TEI = Goal("TEI export vs JSON export", 2, "×")
JOBS = Goal("--jobs 2 throughput vs --jobs 1", 1.6, "×", at_most=False)
SCALING = Goal("time/MB at 100× vs 1× ({})", 1.3, "×")
IMPORT = Goal("import speechparse over bare Python", 60, " ms")
CLI = Goal("one-file CLI convert, wall", 150, " ms")
MEMORY = Goal("peak memory, one {} MB document, vs its size", 10, "×")
