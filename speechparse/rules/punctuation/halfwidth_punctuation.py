"""SP401 halfwidth-punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import recache
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import CJK_PUNCT, HAN, Context

FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。", "(": "（", ")": "）"}
CJK = recache.compile(f"[{HAN}{CJK_PUNCT}]")
HAN_ONLY = recache.compile(f"[{HAN}]")
#: A half-width mark with Chinese text on one side (a period only after Chinese text).
MARK = recache.compile(
    rf"(?<=[{HAN}{CJK_PUNCT}])[,;:?!]|[,;:?!](?=[{HAN}])|(?<=[{HAN}])\.(?![.\w])"
)
BRACKETS = recache.compile(r"\(([^()\n]{0,80})\)")
#: A bracket on its own (not of a pair :data:`BRACKETS` found).
BRACKET = recache.compile(r"[()]")
#: The spaces typed after a half-width mark before Chinese text (…1.6万人, 在绍…): a full-width mark holds its own space.
SPACE_AFTER = recache.compile(f" +(?=[{HAN}“‘（《])")
#: Any of the marks this rule looks at: a paragraph without one is skipped at once.
ANY_MARK = recache.compile(r"[,;:?!.()]")
#: Families of run-in enumerators, whose delimiter's width no marker rule checks (第一, 一是, 首先:).
RUN_IN_FAMILIES = frozenset({"ordinal", "verb", "sequence", "label", "lead"})
URL = recache.compile(r"(?:https?://|www\.)[\w./?%&=#:~+-]+|[\w.+-]+@[\w-]+\.[\w.]+", re.ASCII)


class HalfwidthPunctuation(Rule):
    """Half-width punctuation in Chinese text: , . : ; ? ! ( ) next to Chinese characters.

    Why is this bad?
        Chinese text takes full-width marks （，。：；？！（））, which occupy a full character cell;
        half-width marks come from an English keyboard layout and look cramped.  Numbers (1,000
        3.5 10:30), URLs and English phrases are left alone; heading markers such as 1. are
        checked by the SP2xx rules, but the comma or colon after a run-in enumerator (第一, 一是, 首先:)
        is this rule's.

    Example:
        我们要坚持稳中求进,推动高质量发展.

    Use instead:
        我们要坚持稳中求进，推动高质量发展。

    Fix safety:
        Safe: each mark is replaced by its full-width form (brackets as a pair), and the spaces typed after it
        before Chinese text go (1.6万人, 在绍 → 1.6万人，在绍).

    Source:
        GB/T 15834-2011 §3 and §4 (forms of the marks in Chinese text); 中文文案排版指北
        (使用全角中文标点).
    """

    code = "SP401"
    name = "halfwidth-punctuation"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = "P401"

    def check(self, ctx: Context) -> Iterator[Finding]:
        text = ctx.text
        for region in ctx.regions:
            if not ANY_MARK.search(text, region.start, region.end):
                continue
            chunk = text[region.start:region.end]
            if not HAN_ONLY.search(chunk):
                continue
            skip = [(m.start(), m.end()) for m in URL.finditer(chunk)]

            def skipped(at: int, skip: list[tuple[int, int]] = skip, base: int = region.start) -> bool:
                marker = ctx.marker_at(base + at)
                return any(start <= at < end for start, end in skip) or (
                    marker is not None and marker.family not in RUN_IN_FAMILIES)

            for match in MARK.finditer(chunk):
                at = match.start()
                if skipped(at):
                    continue
                mark = match.group()
                yield _finding(text, region.start + at, mark)
            paired: set[int] = set()
            for match in BRACKETS.finditer(chunk):
                at, end = match.start(), match.end() - 1
                paired.update((at, end))
                before, after = chunk[at - 1:at], chunk[end + 1:end + 2]
                if skipped(at) or not (HAN_ONLY.search(match.group(1)) or CJK.match(before or " ")
                                       or CJK.match(after or " ")):
                    continue
                start = region.start + at
                fix = Fix.safe("Replace with （）", Edit(start, start + 1, "（"),
                               Edit(region.start + end, region.start + end + 1, "）"))
                yield Finding(start, region.start + end + 1, "Half-width brackets in Chinese text", fix)
            for match in BRACKET.finditer(chunk):
                at, mark = match.start(), match.group()
                if at in paired or skipped(at):
                    continue
                if not (HAN_ONLY.match(chunk[at - 1:at] or " ") or HAN_ONLY.match(chunk[at + 1:at + 2] or " ")):
                    continue
                offset = region.start + at
                fix = Fix.safe(f"Replace with {FULL[mark]}", Edit(offset, offset + 1, FULL[mark]))
                yield Finding(offset, offset + 1, f"Half-width {mark!r} in Chinese text", fix)
        for marker in ctx.markers:  # a run-in heading's delimiter (第一, 一是,): part of its marker, outside its text
            offset = marker.end - 1
            if marker.kind == "section" and marker.family in RUN_IN_FAMILIES and text[offset:offset + 1] in (",", ":", ";"):
                yield _finding(text, offset, text[offset])


def _finding(text: str, offset: int, mark: str) -> Finding:
    """The finding of the half-width ``mark`` at ``offset``, with its fix."""
    space = SPACE_AFTER.match(text, offset + 1)  # (an English keyboard's space after the mark goes with it)
    fix = Fix.safe(f"Replace with {FULL[mark]}", Edit(offset, space.end() if space else offset + 1, FULL[mark]))
    return Finding(offset, offset + 1, f"Half-width {mark!r} in Chinese text", fix)
