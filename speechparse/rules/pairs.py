"""Matching paired punctuation (“” ‘’ （） 《》 〈〉 【】 〔〕) over paragraphs.

The unit is the paragraph as written (a run-in heading and the rest of its paragraph are one
unit).  A quotation over several paragraphs follows GB/T 15834-2011 §4.8: "每段开头仅用前引号，
只在最后一段末尾用后引号", so a paragraph that leaves “ open is fine when the next one starts
with “.  A closing mark before its opening one in the same paragraph is a reversed pair.
"""

from __future__ import annotations

from dataclasses import dataclass

from .context import Context

PAIRS = {"“": "”", "‘": "’", "（": "）", "《": "》", "〈": "〉", "【": "】", "〔": "〕"}
CLOSERS = {closer: opener for opener, closer in PAIRS.items()}
QUOTES = frozenset("“‘")


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
    text = ctx.text
    spans = units(ctx)
    unmatched: list[int] = []
    reversed_pairs: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(spans):
        stacks: dict[str, list[int]] = {opener: [] for opener in PAIRS}
        stray: dict[str, list[int]] = {opener: [] for opener in PAIRS}
        for at in range(start, end):
            char = text[at]
            if char in PAIRS:
                stacks[char].append(at)
            elif char in CLOSERS and not (char == "’" and _is_apostrophe(text, at)):
                opener = CLOSERS[char]
                if stacks[opener]:
                    stacks[opener].pop()
                else:
                    stray[opener].append(at)
        following = text[spans[index + 1][0]:spans[index + 1][1]].lstrip() if index + 1 < len(spans) else ""
        for opener in PAIRS:
            closers, openers = stray[opener], stacks[opener]
            while closers and openers and closers[0] < openers[-1]:
                # a closer with no opener before it, and an opener with no closer after it
                closer = closers.pop(0)
                later = next(o for o in openers if o > closer)
                openers.remove(later)
                reversed_pairs.append((closer, later))
            unmatched.extend(closers)
            if openers and opener in QUOTES and following.startswith(opener):
                continue  # the quotation goes on in the next paragraph (GB/T 15834 §4.8)
            unmatched.extend(openers)
    return PairReport(tuple(sorted(unmatched)), tuple(sorted(reversed_pairs)))
