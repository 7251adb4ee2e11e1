"""SP411 dunhao-before-deng."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import Context

#: A 顿号 before the 等 that ends a list: 等 or 等等 followed by a mark, by what the list adds up to (方面, 领域, 工作…),
#: or by a count (等3个, 等五项); not a word that opens with 等 (质量、等级, 缓一缓、等一等), nor 等 quoted as an item
#: (“掩、盖、拖、等”).
BEFORE_DENG = recache.compile(
    r"、(?=等(?!一等)(?:等|[，。；：、！？\s]|$|[0-9一二三四五六七八九十两几多数]"
    r"|方面|领域|部门|单位|行业|措施|问题|工作|内容|项目|活动|形式|地区|国家|城市|企业|群体|人员|手段|渠道|方式|因素|环节|情况))")


class DunhaoBeforeDeng(Rule):
    """A 顿号 before the 等 that ends a list: 教育、医疗、等方面.

    Why is this bad?
        "并列成分之间用顿号，末尾的并列成分之后用‘等’‘等等’之类词语时，‘等’类词前不用顿号或其他点号"
        (GB/T 15834-2011 Appendix B.1.2).  The 等 closes the list; it is not one of its items.

    Example:
        要加大教育、医疗、养老、等方面的投入。

    Use instead:
        要加大教育、医疗、养老等方面的投入。

    Fix safety:
        Safe: the 顿号 is deleted.  A word that starts with 等 (质量、等级, 缓一缓、等一等) is an item and is not
        reported, nor is a 等 quoted as one (“掩、盖、拖、等”的错误态度).

    Source:
        GB/T 15834-2011 Appendix B.1.2; rule catalogue P411.
    """

    code = "SP411"
    name = "dunhao-before-deng"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    catalogue = "P411"

    def check(self, ctx: Context) -> Iterator[Finding]:
        for region in ctx.regions:
            for match in BEFORE_DENG.finditer(ctx.text, region.start, region.end):
                at = match.start()
                yield Finding(at, at + 1, "顿号 before 等", Fix.safe("Delete the 顿号", Edit(at, at + 1, "")))
