"""SP402 straight-quotes."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import CJK_PUNCT, HAN, Context
from ..pairs import units

NEAR_CJK = recache.compile(f"[{HAN}{CJK_PUNCT}]")
CURLY = {'"': ("“", "”"), "＂": ("“", "”"), "'": ("‘", "’")}


class StraightQuotes(Rule):
    """Straight quotation marks " ' in Chinese text.

    Why is this bad?
        Chinese text quotes with “” and, inside them, ‘’ (GB/T 15834-2011 §4.8).  Straight
        quotes " and ' are typewriter marks; editing guides single them out ("特别注意引号“”").

    Example:
        要牢固树立"四个意识"。

    Use instead:
        要牢固树立“四个意识”。

    Fix safety:
        Unsafe: straight quotes do not say which one opens, so they are paired in order within the
        paragraph; an odd one out gets no fix.  A straight quote after a curly one still open closes it
        (“率先建成小康" → “率先建成小康”).

    Source:
        GB/T 15834-2011 §4.8 (引号 forms); cooxue.com speech guide; AutoCorrect issue #256.
    """

    code = "SP402"
    name = "straight-quotes"
    severity = Severity.ERROR
    fix_availability = FixAvailability.SOMETIMES
    catalogue = "P402"

    def check(self, ctx: Context) -> Iterator[Finding]:
        text = ctx.text
        for start, end in units(ctx):
            for mark, (opener, closer) in CURLY.items():
                found = [at for at in _positions(text, mark, start, end)
                         if NEAR_CJK.match(text[at - 1] if at else " ") or NEAR_CJK.match(text[at + 1:at + 2] or " ")]
                if mark == "'":
                    found = [at for at in found if not (text[at - 1:at].isalpha() and text[at - 1].isascii())]
                closing = _closing_curly(text, found, opener, closer, start)
                for at in closing:  # “率先建成小康": the straight mark closes a curly one
                    yield Finding(at, at + 1, f"Straight quote {mark} closes {opener}",
                                  Fix.unsafe(f"Replace with {closer}", Edit(at, at + 1, closer)))
                found = [at for at in found if at not in closing]
                while len(found) >= 2:
                    first, second = found.pop(0), found.pop(0)
                    fix = Fix.unsafe(f"Replace with {opener}{closer}", Edit(first, first + 1, opener),
                                     Edit(second, second + 1, closer))
                    yield Finding(first, second + 1, f"Straight quotes {mark}…{mark} in Chinese text", fix)
                for at in found:
                    yield Finding(at, at + 1, f"Straight quote {mark} in Chinese text")


def _closing_curly(text: str, found: list[int], opener: str, closer: str, start: int) -> set[int]:
    """The straight quotes among ``found`` (offsets, in order) that close a curly ``opener`` still open before them in the
    paragraph from ``start`` (an input method's “…" slip)."""
    closing: set[int] = set()
    position = start
    depth = 0
    for at in found:
        segment = text[position:at]
        depth = max(depth + segment.count(opener) - segment.count(closer), 0)
        if depth:
            closing.add(at)
            depth -= 1
        position = at + 1
    return closing


def _positions(text: str, mark: str, start: int, end: int) -> Iterator[int]:
    """Offsets of ``mark`` in ``text[start:end]`` (found with str.find, not character by character)."""
    at = text.find(mark, start, end)
    while at != -1:
        yield at
        at = text.find(mark, at + 1, end)
