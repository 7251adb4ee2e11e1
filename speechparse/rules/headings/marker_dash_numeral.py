"""SP216 marker-dash-numeral."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ...lexicon import SCANNED_ONE
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

#: A bracketed marker whose numeral is a dash (the grammar's HEAD_CNP, its group ``dash``).
DASH_NUMERAL = recache.compile(rf"[（(]\s?(?P<dash>[{SCANNED_ONE}])")


class MarkerDashNumeral(Rule):
    """Bracketed marker with a dash where its numeral should be: （-） （—） for （一）.

    Why is this bad?
        Text recognition of a scanned page reads the one stroke of 一 as a hyphen, a full-width hyphen-minus or a dash:
        the marker then numbers nothing for a search or a numbering check, and the series reads （-） （二） （三）.
        The parser takes such a marker for （一） only where the series' next heading is （二）, so the fix is safe.

    Example:
        （-）加强学习

        要坚持稳中求进。

        （二）推动落实

        要坚持稳中求进。

    Use instead:
        （一）加强学习

        要坚持稳中求进。

        （二）推动落实

        要坚持稳中求进。

    Fix safety:
        Safe: the dash is replaced by 一 (a half-width bracket around it is SP205's).

    Source:
        GB/T 9704-2012 §7.3.3 (the second level's form “（一）”); heuristic: text recognition of scanned pages.
    """

    code = "SP216"
    name = "marker-dash-numeral"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS

    def check(self, ctx: Context) -> Iterator[Finding]:
        for marker in ctx.markers:
            found = DASH_NUMERAL.match(marker.text) if marker.family == "cn-paren" else None
            if found:
                at = marker.start + found.start("dash")
                fix = Fix.safe("Replace with 一", Edit(at, at + 1, "一"))
                yield Finding(at, at + 1, f"Marker {marker.text} has a dash ({found['dash']}) for its numeral 一", fix)
