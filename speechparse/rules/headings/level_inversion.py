"""SP212 level-inversion."""

from __future__ import annotations

from collections.abc import Iterator

from ...ast import Section
from ...lexicon import STANDARD_RANK
from ..base import Finding, FixAvailability, Rule, Severity
from ..context import Context
from ..markers import STANDARD_FORM
from ..siblings import containers


class LevelInversion(Rule):
    """Heading of a higher level nested under a lower one: （一） under 1.

    Why is this bad?
        The levels go 一、 → （一） → 1. → （1） (GB/T 9704-2012 §7.3.3).  A document may start at
        a lower level or skip one, but "使用层次较低的序次语之后不宜反过来再使用层次更高的序次语"
        (GB/T 15834-2011 B.3.8).

    Example:
        1.加强学习

        （一）学习理论

        （二）学习业务

        2.推动落实

    Use instead:
        （一）加强学习

        1.学习理论

        2.学习业务

        （二）推动落实

    Fix safety:
        No fix: the levels have to be renumbered by hand.

    Source:
        GB/T 15834-2011 Appendix B.3.8; GB/T 9704-2012 §7.3.3.
    """

    code = "SP212"
    name = "level-inversion"
    severity = Severity.WARNING
    fix_availability = FixAvailability.NONE
    catalogue = "S204"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for parent, children in containers(ctx):
            if parent is None or parent.family not in STANDARD_RANK:
                continue
            for child in children:
                if isinstance(child, Section) and child.family in STANDARD_RANK \
                        and STANDARD_RANK[child.family] < STANDARD_RANK[parent.family]:
                    span = child.heading_span
                    yield Finding(span.start, span.start + len(child.prefix) + len(child.marker),
                                  f"{STANDARD_FORM[child.family]}-level heading {child.marker.strip()} under "
                                  f"{STANDARD_FORM[parent.family]}-level heading {parent.marker.strip()}")
