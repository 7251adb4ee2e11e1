"""Validation settings: ``[tool.speechparse]`` in pyproject.toml, or ``speechparse.toml``.

The file is looked for from the input's directory upward, the nearest one winning (within one
directory, ``speechparse.toml`` before ``pyproject.toml``; a pyproject.toml without a
``[tool.speechparse]`` table is skipped).  Keys::

    profile = "speech"            # or "gongwen" (stricter)
    select = ["SP2", "SP401"]     # codes or prefixes; default: every rule on in the profile
    ignore = ["SP204"]
    fail-on = "error"             # error | warning | info
    [tool.speechparse.severity]   # per rule: error | warning | info | off
    SP204 = "info"
"""

from __future__ import annotations

import os
import sys
from dataclasses import field, replace
from functools import cache
from pathlib import Path
from typing import Any

from ..codecache import dataclass
from ..errors import SpeechparseError
from .base import Rule, Severity
from .registry import rules

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PROFILES = ("speech", "gongwen")
CONFIG_FILES = ("speechparse.toml", "pyproject.toml")
KEYS = {"profile", "select", "ignore", "severity", "fail-on"}


class ConfigError(SpeechparseError, ValueError):
    """A configuration file or option that speechparse cannot use."""


@dataclass(frozen=True)
class Settings:
    """What to check and how seriously; ``source`` names the file they came from, if any."""

    profile: str = "speech"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str = "error"
    source: str | None = None

    def enabled(self) -> dict[str, tuple[type[Rule], Severity]]:
        """The rules to run, by code, with the severity each reports at."""
        return _enabled(self.profile, self.select, self.ignore, tuple(sorted(self.severity.items())))

    def with_options(self, select: tuple[str, ...] | None, ignore: tuple[str, ...], profile: str | None,
                     fail_on: str | None) -> Settings:
        """These settings with command-line options applied: --select replaces, --ignore adds."""
        return replace(
            self,
            select=tuple(select) if select else self.select,
            ignore=self.ignore + tuple(ignore),
            profile=check_profile(profile) if profile else self.profile,
            fail_on=check_level(fail_on, "fail-on") if fail_on else self.fail_on,
        )


def _matches(code: str, patterns: tuple[str, ...]) -> bool:
    return any(pattern == "ALL" or code.startswith(pattern) for pattern in patterns)


@cache
def _enabled(profile: str, select: tuple[str, ...], ignore: tuple[str, ...],
             severity: tuple[tuple[str, str], ...]) -> dict[str, tuple[type[Rule], Severity]]:
    overrides = dict(severity)
    chosen: dict[str, tuple[type[Rule], Severity]] = {}
    for code, rule in rules().items():
        level = rule.default_severity(profile)
        if select:
            if not _matches(code, select):
                continue
            level = level or rule.severity
        elif level is None:
            continue
        if _matches(code, ignore):
            continue
        override = overrides.get(code)
        if override == "off":
            continue
        chosen[code] = (rule, Severity(override) if override else level)
    return chosen


def check_profile(profile: str) -> str:
    if profile not in PROFILES:
        raise ConfigError(f"unknown profile {profile!r} (expected one of: {', '.join(PROFILES)})")
    return profile


def check_level(level: str, key: str, allow_off: bool = False) -> str:
    allowed = ["error", "warning", "info"] + (["off"] if allow_off else [])
    if level not in allowed:
        raise ConfigError(f"{key}: unknown level {level!r} (expected one of: {', '.join(allowed)})")
    return level


def check_codes(patterns: Any, key: str) -> tuple[str, ...]:
    """Codes or prefixes (``SP2``, ``SP201``, ``ALL``); an unknown one is an error."""
    if isinstance(patterns, str):
        patterns = [patterns]
    if not isinstance(patterns, list | tuple) or not all(isinstance(p, str) for p in patterns):
        raise ConfigError(f"{key}: expected a list of rule codes or prefixes")
    known = rules()
    result = []
    for pattern in patterns:
        pattern = pattern.strip().upper()
        if pattern != "ALL" and not any(code.startswith(pattern) for code in known):
            raise ConfigError(f"{key}: {pattern!r} matches no rule")
        result.append(pattern)
    return tuple(result)


def settings_from_table(table: dict[str, Any], source: str | None) -> Settings:
    """Settings from a parsed ``[tool.speechparse]`` table (or a speechparse.toml)."""
    unknown = set(table) - KEYS
    if unknown:
        raise ConfigError(f"{source}: unknown key(s): {', '.join(sorted(unknown))}")
    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError(f"{source}: severity must be a table of CODE = level")
    checked: dict[str, str] = {}
    for code, level in severity.items():
        if code.upper() not in rules():
            raise ConfigError(f"{source}: severity: unknown rule {code!r}")
        checked[code.upper()] = check_level(level, f"severity.{code}", allow_off=True)
    return Settings(
        profile=check_profile(table.get("profile", "speech")),
        select=check_codes(table.get("select", []), "select"),
        ignore=check_codes(table.get("ignore", []), "ignore"),
        severity=checked,
        fail_on=check_level(table.get("fail-on", "error"), "fail-on"),
        source=source,
    )


def load_file(path: Path) -> Settings | None:
    """Settings from one file; None for a pyproject.toml without ``[tool.speechparse]``."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("speechparse")
        if table is None:
            return None
    else:
        table = data.get("tool", {}).get("speechparse", data) if "tool" in data else data
    return settings_from_table(table, str(path))


@cache
def discover(directory: Path) -> Settings:
    """The settings that apply to files in ``directory`` (defaults when no file is found)."""
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if os.path.isfile(candidate):  # (False in a folder that cannot be searched: no settings found there)
                found = load_file(candidate)
                if found is not None:
                    return found
    return Settings()
