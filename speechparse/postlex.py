"""The heading nester: Lark's Indenter idea with heading ranks in place of columns.

Levels come from the document, the way reStructuredText assigns section levels from the order in
which adornment styles first appear: a marker family ranks by where it first appears, division
markers (一、 （一） 1. （1） ①, 第一部分) above run-in enumerators (一是 第一， 首先), and
unnumbered heading lines above both — but those inside a numbered series, and ordinal headings
alone on their lines, rank as divisions (see :func:`rank_key`).  A heading closes every open
section of its rank or a lower one, then opens its own.  Same-rank families (一是 and 一要) are
siblings.  The closing address (a paragraph the lexer marks ``closes_sections``) closes every
open section.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from .lexer.headings import DIVISIONS, HEADING_KINDS, MD_DEPTH, RUN_INS, UNDER_TITLES
from .lexer.units import BACK, BODY, Unit

#: Rank key of stand-alone headings that only the layout shows.
STYLED: Final = "HEAD_PLAIN/styled"
#: Rank key of unnumbered heading lines inside a numbered series (see ``find_inner_plain_headings``).
INNER = "HEAD_PLAIN/inner"
#: Rank key of an unnumbered title that reads like a sentence (五年来，…是很好的): below the titles that are phrases.
SENTENCE: Final = "HEAD_PLAIN/sentence"
#: Rank key of the title of a text's opening part (前言, see ``OPENING_PARTS``): a sibling of the top divisions after it.
OPENING = "HEAD_PLAIN/opening"
#: Rank key of ordinal headings standing alone on their line (第五、关于文化教育), not run in; and of labelled ones
#: (篇一：在全县工作会议上的讲话, a collection's piece).
ORDINAL_LINE: Final = "ITEM_ORD/line"
LABEL_LINE: Final = "ITEM_LABEL/line"

#: Rank key of an unnumbered Markdown heading deeper than the body's shallowest (see ``rank_markdown_levels``), its depth
#: after it; each level down a tier step below the one above, all above the titles under titles.
MARKDOWN_DEPTH: Final = "HEAD_PLAIN/md"
MARKDOWN_DEPTH_STEP: Final = 0.01
#: Tiers of marker families: unnumbered heading lines (phrases, then sentences), division markers, run-in enumerators.
#: The tier of run-in enumerators: a speaker's turn in a transcript closes the ones open.
RUN_IN_TIER: Final = 2
TIER: Final = {"HEAD_PLAIN": 0, UNDER_TITLES: 0.25, SENTENCE: 0.5, STYLED: 1, INNER: 1, OPENING: 1, ORDINAL_LINE: 1, LABEL_LINE: 1,
        **{kind: 1 for kind in DIVISIONS}, **{kind: RUN_IN_TIER for kind in RUN_INS}}

#: The rank of a part heading's unit among the others: a 篇 holds 部分 or 章, a 章 holds 节 (第一个问题 ranks by where it
#: first appears, as other families do).
PART_RANKS: Final = {"篇": 0, "部分": 1, "章": 2, "节": 3}

#: A token for the parser: terminal name and value (the paragraph, a run of plain paragraphs, or
#: None for structure tokens).
Token = tuple[str, Unit | list[Unit] | None]
OPEN, CLOSE = ("_OPEN", None), ("_CLOSE", None)


def rank_key(unit: Unit) -> str:
    """The family a heading ranks as: its token type (every 一X enumerator is one: 一是, 一要, 一抓),
    except that a heading shown only by layout (a Word heading style), an unnumbered line inside a
    numbered series, the title of a text's opening part (前言) and an ordinal or labelled heading alone on its line
    (第五、关于文化教育, with its own （1）… under it; 篇一：在全县工作会议上的讲话) rank as divisions; a part heading's family is its unit
    (篇, 章, 节, 部分)."""
    kind = unit.kind
    if kind == "HEAD_PLAIN":
        if unit.info.get("styled"):
            return STYLED
        if unit.info.get("rank_as"):
            return unit.info["rank_as"]  # ## 指导原则 between ## 一、 and ## 二、: their sibling
        if unit.info.get("inner"):
            return INNER
        if unit.info.get("opening"):
            return OPENING
        if unit.info.get("sentence"):
            return SENTENCE
        if depth := unit.info.get(MD_DEPTH):
            return f"{MARKDOWN_DEPTH}{depth}"  # ### 人事变动 under ## 工作总结
    elif kind == "HEAD_PART":
        return f"HEAD_PART/{unit.info.get('part')}"  # 第一篇 over 第一章 over 第一节
    elif kind == "HEAD_DEC":
        return f"HEAD_DEC/{unit.info.get('levels')}"  # 1.1 over 1.1.1
    elif kind == "ITEM_SEQ":
        return unit.info.get("rank_as", kind)  # 首先是… under 其次，…: the points of a point
    elif kind == "ITEM_ORD":
        if unit.info.get("rank_as"):
            return unit.info["rank_as"]  # 第三 going on 首先, 其次
        if not unit.info.get("run_in") and unit.info.get("tail") in ("", "：", ":"):
            return ORDINAL_LINE
    elif kind == "ITEM_LABEL" and not unit.info.get("run_in") and unit.info.get("tail") in ("", "：", ":"):
        return LABEL_LINE
    return kind


class HeadingNester:
    """Inserts ``_OPEN``/``_CLOSE`` around sections and ``_BODY``/``_BACK`` between the zones."""

    def process(self, units: list[Unit]) -> Iterator[Token]:
        """The parser's tokens; a run of plain paragraphs is one ``PARA`` token holding the list of
        them (the grammar takes ``PARA`` only in repetitions of ``_block``, where one stands for many)."""
        ranks = self._ranks(units)
        stack: list[tuple[float, int, int]] = []
        zone = "front"
        run: list[Unit] = []
        for unit in units:
            unit_zone = unit.zone
            if zone == "front" and unit_zone != "front":
                yield "_BODY", None
                zone = BODY
            if unit.kind == "PARA" and unit_zone == BODY:
                if stack and "closes_sections" in unit.info:  # the closing address (同志们，…)
                    if run:
                        yield "PARA", run
                        run = []
                    yield from self._close_all(stack)
                elif stack and ("turn" in unit.info or "sums_up" in unit.info) and stack[-1][0] == RUN_IN_TIER:
                    if run:  # another speaker's turn (王媛媛：…): the points of the answer before it (第一，…) end; so do
                        # the points a paragraph sums up (总之，…)
                        yield "PARA", run
                        run = []
                    while stack and stack[-1][0] == RUN_IN_TIER:
                        stack.pop()
                        yield CLOSE
                run.append(unit)
                continue
            if run:
                yield "PARA", run
                run = []
            if zone == BODY and unit_zone == BACK:
                yield from self._close_all(stack)
                yield "_BACK", None
                zone = BACK
            if zone == BODY and unit.kind in HEADING_KINDS:
                rank = ranks[rank_key(unit)]
                while stack and stack[-1] >= rank:
                    stack.pop()
                    yield CLOSE
                stack.append(rank)
                yield OPEN
            yield unit.kind, unit
        if run:
            yield "PARA", run
        if zone == "front":
            yield "_BODY", None
            zone = BODY
        if zone == BODY:
            yield from self._close_all(stack)
            yield "_BACK", None

    @staticmethod
    def _close_all(stack: list[tuple[float, int, int]]) -> Iterator[Token]:
        while stack:
            stack.pop()
            yield CLOSE

    @staticmethod
    def _ranks(units: list[Unit]) -> dict[str, tuple[float, int, int]]:
        """Rank of each heading family: (tier, order of first appearance within the tier, and for part headings the
        rank of their unit: 第一篇 over 第一部分 over 第一章 over 第一节, wherever each first appears).

        Unnumbered lines inside a numbered series rank with the division family that comes
        second (五年来，… titles under 一、 are the siblings of its （一）…)."""
        ranks: dict[str, tuple[float, int, int]] = {}
        seen_per_tier: dict[float, int] = {}
        parts_order: int | None = None  # where the first part heading (第一章, 第一篇…) appeared among the divisions
        for unit in units:
            if unit.kind not in HEADING_KINDS or unit.zone != BODY:
                continue
            kind = rank_key(unit)
            if kind in ranks:
                continue
            tier = TIER.get(kind, TIER[unit.kind])  # (HEAD_PART/章: a division)
            if kind.startswith(MARKDOWN_DEPTH):
                tier += unit.info[MD_DEPTH] * MARKDOWN_DEPTH_STEP
            part = PART_RANKS.get(unit.info.get("part", "")) if unit.kind == "HEAD_PART" else None
            if part is not None and parts_order is not None:
                ranks[kind] = (tier, parts_order, part)  # 篇 over 部分 over 章 over 节
                continue
            order = seen_per_tier.get(tier, 0)
            seen_per_tier[tier] = order + 1
            if part is not None:
                parts_order = order
            ranks[kind] = (tier, order, part or 0)
        if OPENING in ranks:  # 前言 / 一、… / 二、…: the first division family after it is its rank
            after = [rank for kind, rank in ranks.items() if rank[0] == ranks[OPENING][0] and rank > ranks[OPENING]]
            if after:
                ranks[OPENING] = min(after)
        if INNER in ranks:
            divisions = sorted(rank for kind, rank in ranks.items() if rank[0] == ranks[INNER][0] and kind != INNER)
            if len(divisions) > 1:
                ranks[INNER] = divisions[1]
        return ranks
