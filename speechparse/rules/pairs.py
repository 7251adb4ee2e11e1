"""Matching paired punctuation (“” ‘’ （） 《》 〈〉 【】 〔〕) over paragraphs.

The unit is the paragraph as written (a run-in heading and the rest of its paragraph are one
unit).  A quotation over several paragraphs follows GB/T 15834-2011 §4.8: "每段开头仅用前引号，
只在最后一段末尾用后引号", so a paragraph that leaves “ open is fine when the next one starts
with “.  Web copies also put a quotation on lines of its own (…：“ / text / ”…), so an open
mark may be closed a few paragraphs later.  Half-width brackets may pair with full-width ones
(（…) is one mixed pair, reported by SP401) and are not reported here, nor is a curly quotation closed by a
straight mark (“…", SP402's); nor is the closing bracket of an item's
marker (1）加强领导；2）…).  A closing mark before an opening one of the same
paragraph, with nothing open, is a reversed pair.
"""

from __future__ import annotations

import re

from .. import recache
from ..codecache import dataclass
from .context import Context

PAIRS = {"“": "”", "‘": "’", "（": "）", "《": "》", "〈": "〉", "【": "】", "〔": "〕"}
CLOSERS = {closer: opener for opener, closer in PAIRS.items()}
QUOTES = frozenset("“‘")
#: Every character the scan looks at (straight quotes too: one may close a curly one, “…", SP402's to fix).
MARKS = recache.compile("[" + re.escape("()\"'" + "".join(PAIRS) + "".join(CLOSERS)) + "]")
#: The curly opener a straight quote may close.
STRAIGHT = {'"': "“", "'": "‘"}
#: How many paragraphs later an open mark may still be closed.
CARRY = 2
#: An item's marker of a number (or a letter) and a closing bracket alone (1）加强领导；2）强化保障), at the paragraph's start
#: or after a mark or a space: a marker, not a bracket that closes nothing.
HALF_BRACKET_MARKER = recache.compile(r"(?:^|(?<=[\s：:；;，,。、]))(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2}|[a-zA-Z])）$")


@dataclass(frozen=True, slots=True)
class PairReport:
    """Unmatched marks (offsets) and reversed pairs (closer offset, opener offset)."""

    unmatched: tuple[int, ...]
    reversed: tuple[tuple[int, int], ...]


def units(ctx: Context) -> list[tuple[int, int]]:
    """Source ranges of paragraphs: regions joined when no line break separates them."""
    merged: list[list[int]] = []
    for region in ctx.regions:
        if merged and "\n" not in ctx.text[merged[-1][1]:region.start] and region.kind != "Title":
            merged[-1][1] = region.end
        else:
            merged.append([region.start, region.end])
    return [(start, end) for start, end in merged]


def _pair_reversed(opener: str, closers: list[int], opened: list[int], stacks: dict[str, list[tuple[int, int]]],
                   unmatched: list[int], reversed_pairs: list[tuple[int, int]]) -> None:
    """Stray closers of one paragraph (in order) each take the first later opener still open
    there (a reversed pair); the rest are unmatched."""
    used: set[int] = set()
    next_opener = 0
    for closer in closers:
        while next_opener < len(opened) and opened[next_opener] <= closer:
            next_opener += 1
        if next_opener == len(opened):
            unmatched.append(closer)
            continue
        later = opened[next_opener]
        next_opener += 1
        used.add(later)
        reversed_pairs.append((closer, later))
    if used:
        stacks[opener] = [(at, unit) for at, unit in stacks[opener] if at not in used]


def _is_apostrophe(text: str, at: int) -> bool:
    """’ between two Latin letters (don’t) is an apostrophe, not a quotation mark."""
    return 0 < at < len(text) - 1 and text[at - 1].isascii() and text[at - 1].isalpha() \
        and text[at + 1].isascii() and text[at + 1].isalpha()


def report(ctx: Context) -> PairReport:
    cached = ctx.memo.get("pairs")
    if cached is None:
        cached = _report(ctx)
        ctx.memo["pairs"] = cached
    return cached  # type: ignore[return-value]


def _report(ctx: Context) -> PairReport:
    """Scan paragraph by paragraph; an open mark may be closed up to ``CARRY`` paragraphs later
    (copies that put a quotation on lines of its own), except that a paragraph opening with the
    same quotation mark continues the quotation (GB/T 15834 §4.8)."""
    text = ctx.text
    unmatched: list[int] = []
    reversed_pairs: list[tuple[int, int]] = []
    stacks: dict[str, list[tuple[int, int]]] = {opener: [] for opener in PAIRS}  # (offset, unit index)
    for index, (start, end) in enumerate(units(ctx)):
        head = text[start:end].lstrip()
        for opener, stack in stacks.items():
            if not stack:
                continue
            unmatched.extend(at for at, unit in stack if index - unit > CARRY)
            stack[:] = [(at, unit) for at, unit in stack if index - unit <= CARRY]
            if stack and opener in QUOTES and head.startswith(opener):
                stack.pop()  # the quotation goes on in this paragraph
        stray: dict[str, list[int]] = {}  # by opener, made when one is found
        half_open: list[int] = []  # half-width brackets: unmatched ones are not reported here
        opened_here: dict[str, set[int]] = {}
        for match in MARKS.finditer(text, start, end):
            at, char = match.start(), match.group()
            if char == "(":
                half_open.append(at)
            elif char == ")":
                if half_open:
                    half_open.pop()
                elif stacks["（"]:
                    stacks["（"].pop()  # （…) : a mixed pair, SP401's to fix
            elif char == "）" and not stacks["（"] and half_open:
                half_open.pop()  # (…）
            elif char in STRAIGHT:
                if stacks[STRAIGHT[char]] and not (char == "'" and _is_apostrophe(text, at)):
                    stacks[STRAIGHT[char]].pop()  # “…" : a mixed pair, SP402's to fix
            elif char in PAIRS:
                stacks[char].append((at, index))
                opened_here.setdefault(char, set()).add(at)
            elif char in CLOSERS and not (char == "’" and _is_apostrophe(text, at)) and not (
                    char == "）" and not stacks["（"] and HALF_BRACKET_MARKER.search(text, max(start, at - 3), at + 1)):
                opener = CLOSERS[char]
                if stacks[opener]:
                    popped, _ = stacks[opener].pop()
                    opened_here.get(opener, set()).discard(popped)
                else:
                    stray.setdefault(opener, []).append(at)
        for opener, closers in stray.items():
            _pair_reversed(opener, closers, sorted(opened_here.get(opener, ())), stacks, unmatched, reversed_pairs)
    unmatched.extend(at for stack in stacks.values() for at, _ in stack)
    return PairReport(tuple(sorted(unmatched)), tuple(sorted(reversed_pairs)))
