"""All rules, by code: found by importing the family packages (one rule class per module)."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from .base import Rule

#: Family packages under ``speechparse.rules``, in code order.
FAMILIES = ("front", "headings", "enumerations", "punctuation", "dates")


@cache
def rules() -> dict[str, type[Rule]]:
    """Every rule class by code, sorted by code."""
    found: dict[str, type[Rule]] = {}
    for family in FAMILIES:
        package = importlib.import_module(f"{__package__}.{family}")
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for value in vars(module).values():
                if isinstance(value, type) and issubclass(value, Rule) and value.__module__ == module.__name__:
                    if value.code in found:
                        raise RuntimeError(f"rule code {value.code} used twice")
                    found[value.code] = value
    return dict(sorted(found.items()))


def get_rule(code_or_name: str) -> type[Rule] | None:
    """A rule by its code (``SP201``, any case) or its name."""
    table = rules()
    key = code_or_name.strip()
    if key.upper() in table:
        return table[key.upper()]
    return next((rule for rule in table.values() if rule.name == key), None)
