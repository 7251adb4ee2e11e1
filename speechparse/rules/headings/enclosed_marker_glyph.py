"""SP206 enclosed-marker-glyph."""

from __future__ import annotations

from collections.abc import Iterator

from ...ast import Note
from ...numerals import ENCLOSED
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..markers import division_markers

CN_DIGITS = "一二三四五六七八九十"


def replacement(glyph: str) -> str:
    """⑶ → （3）, ㈢ → （三）."""
    number = ENCLOSED[glyph]
    if "\u3220" <= glyph <= "\u3229":
        return f"（{CN_DIGITS[number - 1]}）"
    return f"（{number}）"


class EnclosedMarkerGlyph(Rule):
    """Marker written with a parenthesized glyph: ⑴ ㈠ instead of （1） （一）.

    Why is this bad?
        ⑴ (U+2474) and ㈠ (U+3220) are single compatibility characters that look like （1） and
        （一） but are not the forms of the standard; they are missing from many fonts, sort and
        search differently, and turn into (1) under NFKC normalisation.  A glyph in running text that an
        endnote opens with (…学会这一点。⑴ / 注释： / ⑴见《列宁选集》…) is the note's reference mark, not a marker.

    Example:
        ⑴加强学习

        ⑵推动落实

    Use instead:
        （1）加强学习

        （2）推动落实

    Fix safety:
        Safe: the glyph is replaced by the number in full-width brackets.

    Source:
        GB/T 9704-2012 §7.3.3 (forms “（一）”“（1）”); GB/T 15834-2011 B.3.8.
    """

    code = "SP206"
    name = "enclosed-marker-glyph"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "H106"

    def check(self, ctx: Context) -> Iterator[Finding]:
        noted = {node.text[:1] for node in ctx.doc.back if isinstance(node, Note) and node.kind == "endnotes"}
        for parts in division_markers(ctx, frozenset({"cn-paren", "arabic-paren"})):
            glyph = parts.num
            if parts.marker.kind == "item" and glyph in noted:
                continue  # a note's reference mark in the text (…学会这一点。⑴), the note under 注释 opening with it
            if glyph in ENCLOSED:
                new = replacement(glyph)
                fix = Fix.safe(f"Replace with {new}", Edit(parts.num_at, parts.num_at + 1, new))
                yield Finding(parts.num_at, parts.num_at + 1, f"Marker {glyph} is an enclosed glyph; write {new}", fix)
