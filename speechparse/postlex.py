"""The heading nester: Lark's Indenter idea with heading ranks in place of columns.

Levels come from the document, the way reStructuredText assigns section levels from the order in
which adornment styles first appear: a marker family ranks by where it first appears, division
markers (一、 （一） 1. （1） ①, 第一部分) above run-in enumerators (一是 第一， 首先), and
unnumbered heading lines above both.  A heading closes every open section of its rank or a
lower one, then opens its own.  Same-rank families (一是 and 一要) are siblings.
"""

from __future__ import annotations

from collections.abc import Iterator

from lark import Token
from lark.lark import PostLex

from .lexer.headings import DIVISIONS, HEADING_KINDS, RUN_INS
from .lexer.units import BACK, BODY

#: Rank key of stand-alone headings that only the layout shows.
STYLED = "HEAD_PLAIN/styled"

#: Tiers of marker families: unnumbered heading lines, division markers, run-in enumerators.
TIER = {"HEAD_PLAIN": 0, STYLED: 1, **{kind: 1 for kind in DIVISIONS}, **{kind: 2 for kind in RUN_INS}}


def rank_key(token: Token) -> str:
    """The family a heading ranks as: its token type (every 一X enumerator is one: 一是, 一要, 一抓),
    except that a heading shown only by layout (a Word heading style) ranks as a division."""
    if token.type == "HEAD_PLAIN" and token.value.info.get("styled"):
        return STYLED
    return token.type


class HeadingNester(PostLex):
    """Inserts ``_OPEN``/``_CLOSE`` around sections and ``_BODY``/``_BACK`` between the zones."""

    always_accept = ()

    def process(self, stream: Iterator[Token]) -> Iterator[Token]:
        tokens = list(stream)
        ranks = self._ranks(tokens)
        stack: list[tuple[int, int]] = []
        zone = "front"
        anchor = tokens[0] if tokens else Token("_BODY", "", 0, 1, 1)
        for token in tokens:
            unit_zone = token.value.zone
            if zone == "front" and unit_zone != "front":
                yield Token.new_borrow_pos("_BODY", "", token)
                zone = BODY
            if zone == BODY and unit_zone == BACK:
                yield from self._close_all(stack, token)
                yield Token.new_borrow_pos("_BACK", "", token)
                zone = BACK
            if token.type in HEADING_KINDS and zone == BODY:
                rank = ranks[rank_key(token)]
                while stack and stack[-1] >= rank:
                    stack.pop()
                    yield Token.new_borrow_pos("_CLOSE", "", token)
                stack.append(rank)
                yield Token.new_borrow_pos("_OPEN", "", token)
            yield token
            anchor = token
        if zone == "front":
            yield Token.new_borrow_pos("_BODY", "", anchor)
            zone = BODY
        if zone == BODY:
            yield from self._close_all(stack, anchor)
            yield Token.new_borrow_pos("_BACK", "", anchor)

    @staticmethod
    def _close_all(stack: list[tuple[int, int]], anchor: Token) -> Iterator[Token]:
        while stack:
            stack.pop()
            yield Token.new_borrow_pos("_CLOSE", "", anchor)

    @staticmethod
    def _ranks(tokens: list[Token]) -> dict[str, tuple[int, int]]:
        """Rank of each heading family: (tier, order of first appearance within the tier)."""
        ranks: dict[str, tuple[int, int]] = {}
        seen_per_tier: dict[int, int] = {}
        for token in tokens:
            if token.type not in HEADING_KINDS or token.value.zone != BODY:
                continue
            kind = rank_key(token)
            if kind not in ranks:
                tier = TIER[kind]
                ranks[kind] = (tier, seen_per_tier.get(tier, 0))
                seen_per_tier[tier] = seen_per_tier.get(tier, 0) + 1
        return ranks
