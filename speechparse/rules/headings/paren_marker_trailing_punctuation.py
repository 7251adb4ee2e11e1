"""SP202 paren-marker-trailing-punctuation."""

from __future__ import annotations

from collections.abc import Iterator

from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..markers import division_markers

FAMILIES = frozenset({"cn-paren", "arabic-paren", "circled"})


class ParenMarkerTrailingPunctuation(Rule):
    """Punctuation after a bracketed or circled marker: （一）、 （1）. ①、.

    Why is this bad?
        "加括号的序次语后面不用任何点号" (GB/T 15834-2011 B.3.4): the brackets already separate the
        number from the text.  （一）、 is the most common numbering error in drafts; ①、 and ⑴、
        follow the same rule.

    Example:
        （一）、加强组织领导

        （二）、强化责任落实

    Use instead:
        （一）加强组织领导

        （二）强化责任落实

    Fix safety:
        Safe: the mark after the closing bracket is deleted.

    Source:
        GB/T 15834-2011 Appendix B.3.4.
    """

    code = "SP202"
    name = "paren-marker-trailing-punctuation"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = "H102"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for parts in division_markers(ctx, FAMILIES):
            delim = parts.delim.strip()
            if delim:
                at = parts.delim_at + parts.delim.index(delim)
                fix = Fix.safe(f"Delete {delim!r}", Edit(at, at + len(delim), ""))
                yield Finding(parts.marker.start, parts.marker.end,
                              f"Marker {parts.open}{parts.num}{parts.close} is followed by {delim!r}", fix)
