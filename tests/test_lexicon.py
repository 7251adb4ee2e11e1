"""The word lists and patterns the lexer consults."""

from __future__ import annotations

import pytest

from speechparse.lexer import back
from speechparse.lexer.units import NOT_ASKED, Unit
from speechparse.lexicon import CHROME_LINE, CHROME_LINE_FIRST, CHROME_MARK, is_chrome
from speechparse.readers.base import RawBlock

try:  # the re module's parser, as re.compile uses it
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]


@pytest.mark.parametrize(
    "line",
    [
        "返回首页",
        "上一篇：关于做好春耕工作的通知",
        "责任编辑：王晓",
        "来源：新华网",
        "true false true",
        "编号：2031",
        "第 3 页 共 12 页",
        "本作品在全世界都属于公有领域",
        "This work is in the Public domain.",
        "此处隐藏12个字",
        "VIP会员可见",
        "请先登录后查看全文",
        "[标签：讲话 工作会议]",
        "（记者 张三 摄）",
        "首页 > 新闻中心 > 领导讲话",
        "当前位置：首页 > 政务公开",
        "【字体：大 中 小】 打印本页 关闭窗口",
        "字号：大 中 小",
        "字号 大 中 小",  # a font switch, its label without the colon
        "大 中 小",  # and without its label
        "• 相关推荐",  # a page's link list, bulleted
        "手机扫码阅读本文",
        "上一页 1 2 3 下一页",  # a pager, the text split over pages
        "[1] [2] [3] 下一页",
        "本文共3页，当前第1页",
        "往期回顾",  # a post's list of links, its label
        "推荐阅读：",
        "【文章共1471字，精选参考范文，仅供学习借鉴】",  # a 范文 site's note on the text
        "[大][中][小]",
        "【大】【中】【小】",
        "发布时间：2021-05-12 10:32  来源：市政府办公室",
        "浏览次数：1234",
        "版权所有：某某市人民政府  技术支持：某某网络公司",
        "分享：",  # a share button's label
        "T+ T-",  # a font switch
        "阅读全文",
        "相关报道：",
        "……（未完，全文共6831字，当前仅显示2399字，请阅读下面提示信息。",  # a paywall's notice
        "【打印】【关闭】",
        "扫一扫在手机打开当前页",
        "微信扫一扫关注我~",
        "VIP专免", "21.78KB", "23 页", "999+", "侵权投诉", "加入Vip免费下载 立即下载", "购物车", "热门文章",
        "上传时间：2023-01-01",
        "跳至主要內容", "跳转到内容", "友善列印版本", "close",
        "相关文章】 【现金奖励投稿】 【扣点券查看全文】", "会员信息", "用户名:", "密   码:", "注册",
        "新華社北京3月19日電",
        "浙ICP备12345678号",
        "您当前的位置 :浙江在线 > 浙江新闻 > 正文",
        "位置:首页 > 范文 > 工作报告",
        "範文齋位置:首頁 > 行政範文 > 請示",
        "工作汇报网 >地图 >汇报资料 >",
        "2022年03月03日 11:49:52 来源: 杭州日报",
        "公文搜 2021-07-27 17:30:25 政府报告",
        "时间:2020-10-24 11:09:00 浏览量:105",
        "时间：2019年5月6日 来源：某某网",
        "日期:2015-02-18",
        "日期:2023.01.21 来源:香江集团",
        "扫描二维码关注“政论文”公众号",
        "归档时间:2018-11-21",
        "字体大小:",
        "微信扫码分享",
        "(阅读全部图文内容,您需要先登录!)",
        "……(新文秘网…省略912字…)……",
        "• 2024-05-03 任职讲话 248",
        "作者: 佚名  来源: 作者原创  阅读 次",
        "以稿换稿】【收藏】",
        "文章来源： 作者： 发布时间：2025年02月28日 点击数： 次",
        # a government site's disclosure record (政府信息公开): a bulleted field, two fields on a line, the table's header
        "• 索引号:",
        "索引号: 003129766/201901-00336 组配分类: 规范性文件发布",
        "信息分类: 通知   发布机构: 太湖县人民政府办公室",
        "索  引  号 文       号 发布机构 发布日期 公开范围 公开方式",
        "标签:",
        "验证码:",
        # a page's toolbar and breadcrumb, a piece a line
        "下载", "打印", "全屏", "【字号：", "【字体：", "】", "首页", ">",
        # a reader's and a player's controls, a dialog's buttons, a forum post's floor number, a line each
        "朗读", "暂停", "播放", "確定", "取消", "收起", "展开", "1#", "12 楼",
        # an advertisement's button ending its line, a post's byline after a bar
        "立即咨询", "公文高手，超级方便的公文写作神器！ 立即了解", "| 小龙",
        # a site's menu parted by bars, a listing's date before a bar, a search box, a page's fields as a Markdown list
        "热门站点| 世界资料网 | 专利资料网", "收藏本站| 设为首页| 首页", "10-28 | 移动端：区委书记在全区领导干部大会上的讲话",
        "快捷搜索：论文 合同 演讲 心得", "- 发布日期:2021-07-19", "- 浏览次数:", "- 31.80 KB", "- 2021-05-07 发布", "我的文档",
        # traditional script, a disclaimer, a site named by its domain
        "發佈時間：2023-01-20", "瀏覽次數：", "导语：本文来源于网友上传，不代表本站观点，若需要原创文章可咨询客服老师，欢迎参考。",
        "公文汇 www.gongwenhui.com", "SUCAI198.COM —— 专注党建行政公文写作范文",
        "中央政府门户网站 www.gov.cn   2006年06月2日   来源:河南日报",
        "|", "｜",  # a table's border left alone on its line
        "第1版(要闻)", "第 4 版", "专栏:",  # a newspaper's page and column labels
        # a WeChat post's header and footer, a post's reading time, a collection site's blurb and notices
        "点击上方蓝字关注我们", "点击上方“某某大学”关注我们", "原创 张三 某某大学 2023-09-01 08:00 发表于北京", "收录于合集 #开学典礼 3个",
        "听全文约12分钟", "编辑：张三", "审核：李四", "阅读原文", "展开全文", "本文标题：校长致辞", "链接地址：https://example.com/1.html",
        "1 則留言:", "admin 分享 时间： 加入收藏 共计1242个字，预计阅读时长5分钟。", "下面是小编为大家整理的校长述职报告，供大家参考。",
        "1、下载文档前请自行甄别文档内容的完整性。",
        "2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款(可完整预览的文档不适用该条件!)。",
        "讲话稿 文案下载手机站",  # a collection site's name, its genre before it
        "【", "[",  # a button's bracket alone on its line (【 / 打印本页 / 】)
        # a page's script and accessibility switches, toolbar words several on a line, a font switch in one bracket, a
        # post's fields with a space before their colon
        "简体", "繁体", "繁體", "开启无障碍", "开启长者助手", "我的收藏 收藏", "【小中大】", "时间 : 2023-01-18 08:23:55",
        "来源 : 南方日报网络版", "搜索", "分享至", "分享至好友和朋友圈", "用微信扫码二维码",
        "订江西手机报：电信、联通用户发短信JX到10626655，移动用户发短信JXP到10658000，3元/月",  # an ad to subscribe by text
        "申请入驻",
        # the label of a list of links at a page's end, and a page's link to a file
        "相关政策与解读", "同类资讯", "相关专题：", "点击排行", "排行榜", "热门文章", "最新资讯>>",
        "1.零碳园区建设基本条件.pdf", "附件2.申报表.docx", "3.指标体系（试行）.OFD",
        "2024年02月18日14:05 | 来源：南方Plus", "00:00/00:00",  # a post's stamp, its time run on; an audio player's time
        "电话：029-85261152 陕ICP备17019170号-1",  # a site's record number anywhere in a footer's line
        "2023年第10期", "2023年04月18日出版",  # a gazette's issue and its date of publication
        "手机阅读", "下载、打印", "【雷州晚间天气】今晚到明天白天，多云间晴，局部有雷阵雨",  # a page's buttons, its weather
        # a government site's footer: its record with the police, its owner's copyright, its links
        "京公网安备 11010202007691", "京公网安备11010202007691号", "国家能源局华北监管局版权所有，如需转载，请注明来源",
        "版权所有：某某市人民政府", "联系我们", "关于我们",
    ],
)
def test_site_chrome_is_recognised(line):
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "我们要返回到问题的起点。",  # 返回 counts only at the start of a line
        "时间紧、任务重。",
        "第三，坚持稳中求进。",
        "同志们，今天我们召开会议。",
        "首页经济成为新的增长点。",  # 首页 only before a breadcrumb's separator, or alone
        "下载安装要规范。",  # a toolbar's word only alone on its line
        "中国式现代化",
        "大", "中", "加大", "默认", "评论",  # a font switch's sizes only under its label (see test_metadata), a table's cells
        "发布时间紧，要抓紧准备。",
        "字体工整，书写规范。",
        "时间：2009年9月28日（星期一）8:30",  # a meeting notice's time, not a post's
        "会议定于2022年3月3日 10:00召开。",
        "要把自己摆在合适的位置：既要…",
        "作者：张三",  # a byline, not a post's fields
        "2024-05-03 要抓好落实 3",
        "标题：关于做好春节期间安全工作的通知",  # one field with its value: no record by its form
        "关键词是落实，要抓好落实。",
        "名称、标题、来源都要写清楚。",
        "分享经验，共同提高。",  # a site's buttons only as lines of their own
        "23页的报告要认真读。",
        "收藏家协会",
        "第1版印刷了十万册。",
        "编辑部的同志们辛苦了。", "这些经验供大家参考。", "点击率大幅提升。",
        "城镇 | 2114 | 3.2",  # a table's row: numbers among its cells
        "| 指标 | 绝对数 |",
        "请登录www.gov.cn查询办理进度。",  # a sentence naming a site
        "全面提升政务服务“一网通办”水平，推动政务服务平台www.zwfw.gov.cn向基层延伸，让群众少跑腿",  # a long line naming one
        "全市手机站点覆盖率达到百分之九十以上",  # 手机站 only ending a short line that names a site
        "简体字和繁体字要规范使用。", "无障碍设施建设要全面推进。", "收藏品市场",  # the switches' words only alone
        "搜索引擎要规范管理。", "分享至今的经验。",
        "相关工作要求", "相关政策要落实到位。", "排行第一的是广东。", "同类问题要一并解决。",  # a label only alone, of links
        "要把材料整理成.pdf格式。",  # a file's extension in a sentence
        "2024年2月18日9:00，全市经济工作会议召开。",  # a date and a time opening a sentence
        "2023年第10期《求是》发表了总书记的文章。", "2023年4月18日出版的报告显示，经济持续回升。",  # sentences, not a masthead
        "要保护作品的版权所有人的合法权益。", "联系我们的群众是根本。",  # copyright and contact in sentences
    ],
)
def test_speech_text_is_not_chrome(line):
    assert not is_chrome(line)


def test_every_alternative_of_the_chrome_mark_opens_with_a_literal():
    """A search for CHROME_MARK skips through a line by the set of its first characters only while every
    alternative opens with a literal character (one that opened with a group made is_chrome three times slower)."""
    op, (_, branches) = sre_parse.parse(CHROME_MARK.pattern).data[0]
    assert op == sre_constants.BRANCH
    assert [branch.data[0][0] for branch in branches] == [sre_constants.LITERAL] * len(branches)


def _first_characters(items, ignore_case: bool = False) -> set[str] | None:
    """The characters a parsed pattern (``sre_parse`` items) can open with (" " for any space), or None where it may open
    with any (a class of characters, a back-reference, a look-behind…); a case-insensitive letter with its other case."""
    found: set[str] = set()
    for op, value in items:
        if op == sre_constants.LITERAL:
            char = chr(value)
            return found | ({char.lower(), char.upper()} if ignore_case else {char})
        if op == sre_constants.IN:
            chars: set[str] = set()
            for kind, item in value:
                if kind == sre_constants.LITERAL:
                    chars.add(chr(item))
                elif kind == sre_constants.RANGE:
                    chars.update(map(chr, range(item[0], item[1] + 1)))
                elif kind == sre_constants.CATEGORY and item == sre_constants.CATEGORY_SPACE:
                    chars.add(" ")  # (any space: the look-ahead's \s)
                else:
                    return None
            return found | chars | ({c.lower() for c in chars} | {c.upper() for c in chars} if ignore_case else set())
        if op == sre_constants.SUBPATTERN:
            _, add_flags, _, pattern = value
            first = _first_characters(pattern.data, ignore_case or bool(add_flags & sre_parse.SRE_FLAG_IGNORECASE))
            if first is None:
                return None
            found |= first
            if pattern.getwidth()[0]:
                return found
        elif op == sre_constants.BRANCH:
            for branch in value[1]:
                first = _first_characters(branch.data, ignore_case)
                if first is None:
                    return None
                found |= first
            return found
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, _, pattern = value
            first = _first_characters(pattern.data, ignore_case)
            if first is None:
                return None
            found |= first
            if low:
                return found
        elif op == sre_constants.ASSERT and value[0] == 1:  # a look-ahead: what follows opens with one of its characters
            return _first_characters(value[1].data, ignore_case)
        else:
            return None
    return None


def test_chrome_line_first_characters_cover_every_alternative_after_the_quick_test():
    """CHROME_LINE's look-ahead on CHROME_LINE_FIRST (and spaces) skips its first alternatives for a line that opens
    with another character: each of them must open with one of those (a letter matched without case also with ſ, İ or ı,
    as the re module matches s and i), and the alternatives after them, which may open with any character, are five."""
    op, (_, branches) = sre_parse.parse(CHROME_LINE.pattern).data[0]
    assert op == sre_constants.BRANCH
    (guard, (_, look_ahead)), (group, (_, known)) = branches[0].data
    assert guard == sre_constants.ASSERT and group == sre_constants.BRANCH
    assert _first_characters(look_ahead.data) == {" ", *CHROME_LINE_FIRST}
    missing = {}
    for alternative in known:
        first = _first_characters(alternative.data)
        assert first is not None, f"an alternative may open with any character: {alternative}"
        first |= {"ſ"} if "s" in first or "S" in first else set()
        first |= {"İ", "ı"} if "i" in first or "I" in first else set()
        if first - set(CHROME_LINE_FIRST) - {" "}:
            missing[str(alternative)[:60]] = sorted(first - set(CHROME_LINE_FIRST))
    assert not missing
    assert len(branches) == 1 + 5
    assert all(_first_characters(branch.data) is None for branch in branches[1:])


def test_a_units_note_kind_is_found_once_and_again_after_its_suffix_joins_its_core():
    unit = Unit.of(RawBlock("返回首页</p>", ((0, 0),)))
    assert unit.note_kind == NOT_ASKED
    assert back.note_kind(unit) == unit.note_kind == "chrome"
    unit.note_kind = "editorial"  # what was found is kept, not found again
    assert back.note_kind(unit) == "editorial"
    unit.drop_suffix()
    assert unit.note_kind == NOT_ASKED
    assert back.note_kind(unit) == "chrome"
