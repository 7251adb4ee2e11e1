"""SP407 zero-width-character."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

ZERO_WIDTH = recache.compile("[\u200b\u200c\u200d\u2060\ufeff]+")
NAMES = {"\u200b": "ZERO WIDTH SPACE", "\u200c": "ZERO WIDTH NON-JOINER", "\u200d": "ZERO WIDTH JOINER",
         "\u2060": "WORD JOINER", "\ufeff": "ZERO WIDTH NO-BREAK SPACE (BOM)"}


class ZeroWidthCharacter(Rule):
    """Invisible zero-width characters in the text: U+200B, U+200C, U+200D, U+2060, U+FEFF.

    Why is this bad?
        Copies from web pages and chat tools carry invisible characters.  They break searching
        (要\u200b坚持 does not match 要坚持), counting and line breaking, and nobody can see them to
        delete them.

    Example:
        要\u200b坚持稳中求进。

    Use instead:
        要坚持稳中求进。

    Fix safety:
        Safe: the invisible characters are deleted.

    Source:
        Editing convention; lint-md no-special-characters.
    """

    code = "SP407"
    name = "zero-width-character"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "W701"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for match in ZERO_WIDTH.finditer(ctx.text):
            names = ", ".join(dict.fromkeys(NAMES[char] for char in match.group()))
            fix = Fix.safe("Delete", Edit(match.start(), match.end(), ""))
            yield Finding(match.start(), match.end(), f"Invisible character(s): {names}", fix)
