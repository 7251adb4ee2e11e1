"""What a report records besides the numbers (machine, versions, revision) and how it is printed."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import sysconfig
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from workload import ROOT

PACKAGES = ("speechparse", "lark", "lxml", "click", "hypothesis")


def machine() -> dict[str, object]:
    """CPU model, processors usable here, memory, load, OS and Python."""
    facts: dict[str, object] = {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "cpus": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu_model": _proc_field("/proc/cpuinfo", "model name"),
        "memory_gib": _memory_gib(),
    }
    if hasattr(os, "getloadavg"):
        facts["load_average"] = [round(load, 2) for load in os.getloadavg()]
    return facts


def _proc_field(path: str, key: str) -> str | None:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(key):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def _memory_gib() -> float | None:
    total = _proc_field("/proc/meminfo", "MemTotal")
    return round(int(total.split()[0]) / 2**20, 1) if total else None


def versions() -> dict[str, str | None]:
    result: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            result[name] = version(name)
        except PackageNotFoundError:
            result[name] = None
    result["python"] = platform.python_version()
    # The parse is interpreter-bound and B0 is not, so the ratios move with how Python was built (see the README)
    result["python_executable"] = sys.executable
    result["python_build"] = " ".join(platform.python_build())
    result["python_configure"] = sysconfig.get_config_var("CONFIG_ARGS")
    return result


def git() -> dict[str, object]:
    """The checkout's revision, branch, and whether it has uncommitted changes."""
    def run(*args: str) -> str | None:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else None

    status = run("status", "--porcelain", "--untracked-files=no")
    return {"revision": run("rev-parse", "HEAD"), "branch": run("rev-parse", "--abbrev-ref", "HEAD"),
            "dirty": bool(status) if status is not None else None}


def timestamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_path(stamp: str, revision: str | None) -> Path:
    name = f"bench-{stamp.replace(':', '').replace('-', '')}-{(revision or 'unknown')[:10]}.json"
    return ROOT / "bench" / "results" / name


def write(report: dict[str, object], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A plain text table: columns padded to their widest cell, numbers right-aligned."""
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers))]
    numeric = [all(_number(row[i]) for row in rows) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        padded = (cell.rjust(w) if right else cell.ljust(w) for cell, w, right in zip(cells, widths, numeric, strict=True))
        return "  ".join(padded).rstrip()

    return "\n".join([line(headers), "  ".join("-" * w for w in widths), *(line(row) for row in rows)])


def _number(cell: str) -> bool:
    return cell.lstrip("+-")[:1].isdigit() or cell in ("", "—")
