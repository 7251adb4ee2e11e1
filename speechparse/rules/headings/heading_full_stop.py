"""SP215 heading-full-stop."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context
from ..markers import final_marks

FORBIDDEN = "。."
#: The marks that part a sentence's clauses: a heading holding one is a sentence.
CLAUSE_MARK = recache.compile(r"[，,；;]")


class HeadingFullStop(Rule):
    """Stand-alone heading line ends with a full stop 。.

    Why is this bad?
        A heading standing on its own takes no final point (GB/T 15834-2011 B.4; "正文中的标题，如果
        单独一段，在末尾不用句号").  But a heading that is a whole sentence ending in 。 is often a
        run-in lead sentence (（一）…。 followed by the text in the same paragraph) that a web copy
        moved to a line of its own, so this is reported as information only.  A numbered line of clauses
        (一、根据…，结合…，制定本规则。: a regulation's article, a paragraph) is a sentence, not a title, and a
        run-in enumerator's line (第一，…。) is one too (B.3.1): neither is reported.

    Example:
        一、总体要求。

        要坚持稳中求进。

    Use instead:
        一、总体要求

        要坚持稳中求进。

    Fix safety:
        Unsafe: the 。 is deleted, but the better repair may be to join the lead sentence with the
        paragraph after it.

    Source:
        GB/T 15834-2011 Appendix B.4; editing guides (lnbds.com 电网企业公文常见错误).
    """

    code = "SP215"
    name = "heading-full-stop"
    severity = Severity.INFO
    fix_availability = FixAvailability.ALWAYS
    catalogue = "H108"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for node, at in final_marks(ctx, FORBIDDEN):
            if CLAUSE_MARK.search(node.heading):
                continue  # a numbered sentence of clauses, not a title
            fix = Fix.unsafe("Delete the 。", Edit(at, at + 1, ""))
            yield Finding(at, at + 1, "Heading line ends with a full stop", fix)
