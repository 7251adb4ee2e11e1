"""Word lists the lexer consults: surnames, offices, vocatives, the chrome of web copies, page numbers."""

from __future__ import annotations

import re
from typing import Final

from . import recache

#: Common Chinese surnames (the ~300 most frequent single-character ones, simplified and traditional).
SURNAMES: Final = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆"
    "乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平"
    "计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
    "哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习"
    "劉陳楊黃趙吳許韓馮鄧蕭葉蘇魏呂盧薑鍾譚陸範賈鄒熊邱閆段賀顧龔錢嚴湯溫龐顏聶歐關蘭廖紀"
)
COMPOUND_SURNAMES: Final = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "司徒", "夏侯", "尉迟",
                     "长孙", "宇文", "公孙", "端木", "轩辕", "西门", "南宫", "独孤", "万俟", "呼延", "申屠")
#: Placeholders for a redacted name: XXX, ×××, ＸＸ, 某某.
NAME_PLACEHOLDER: Final = recache.compile(r"[XxＸｘ×*＊]{2,4}|某某|[XxＸ×]某")
#: Traditional characters of the office words and surnames, read as their simplified forms where a speaker line is
#: looked for (省長 李小鵬, 縣委書記 張三): one character for one, so offsets stay.
TRADITIONAL: Final = str.maketrans(
    "書記總長縣區鎮鄉廳處會經編輯員組隊館檢協黨團張劉陳楊黃趙吳孫馬鄭羅謝韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋鄒閻龍賀顧龔萬錢"
    "嚴湯溫聶魯嶽紀畢單駱藍饒華喬龐顏莊鄔鄺蘭寧強習",
    "书记总长县区镇乡厅处会经编辑员组队馆检协党团张刘陈杨黄赵吴孙马郑罗谢韩冯邓肖蒋叶苏吕卢钟谭陆贾韦邹闫龙贺顾龚万钱"
    "严汤温聂鲁岳纪毕单骆蓝饶华乔庞颜庄邬邝兰宁强习",
)
#: Office words a speaker line ends its role with (区委书记 王晓峰).
OFFICES: Final = (
    "总书记", "副书记", "书记", "副主席", "主席", "副总理", "总理", "副部长", "部长", "副省长", "省长", "副市长", "市长",
    "副县长", "县长", "副区长", "区长", "镇长", "乡长", "副局长", "局长", "厅长", "处长", "科长", "副主任", "主任",
    "副校长", "校长", "院长", "所长", "会长", "理事长", "董事长", "总经理", "经理", "秘书长", "司令员", "政委", "组长",
    "队长", "站长", "馆长", "社长", "总编辑", "主编", "教授", "委员", "常委", "主委", "检察长", "庭长", "行长", "署长",
    "审计长", "副委员长", "委员长", "记者",  # (a news report's byline: 本报记者 刘志强)
    # a company's and Hong Kong's offices (香江集团总裁 翟美卿, 行政長官 李家超)
    "副总裁", "总裁", "首席执行官", "创始人", "董事", "行政长官", "行政長官", "行政總裁", "總裁", "CEO",
)
OFFICE: Final = recache.compile("(?:" + "|".join(sorted(OFFICES, key=len, reverse=True)) + ")")
_VOCATIVE_WORD: Final = (
    r"(?:同志们|同胞们|同学们|老师们|朋友们|代表们|各位代表|各位委员|各位领导|各位同志|各位同学|各位老师|各位来宾|各位家长|"
    r"女士们|先生们|青年朋友们|乡亲们|战友们|同仁们|同事们|"
    # the same in traditional script (同誌們: a converter's 志 → 誌), and a legislature's members
    r"同志們|同誌們|同胞們|同學們|老師們|朋友們|代表們|各位委員|各位領導|各位同學|各位老師|各位來賓|各位家長|"
    r"女士們|先生們|鄉親們|戰友們|同仁們|同事們|各位議員|各位议员|"
    # a summit's or an assembly's: 主席先生，各位同事：
    r"(?:主席|总统|總統|秘书长|秘書長|总理|總理)(?:先生|女士|阁下|閣下)|各位同事|"
    # an older form of address: 诸位代表先生们
    r"[诸諸]位(?:代表|委员|委員|同志|先生|来宾|來賓|朋友)(?:先生们|先生們|们|們)?)"
)
#: Words that address an audience at the start of a paragraph (同志们，…; 女士们，先生们，同志们：…).
VOCATIVE: Final = recache.compile(_VOCATIVE_WORD + r"(?:[，,、]\s*" + _VOCATIVE_WORD + r")*[，,！!：:]")
#: A line that opens by addressing the audience, with or without punctuation after the words (同志们好！).
ADDRESSING: Final = recache.compile(_VOCATIVE_WORD)
#: A rule across the page made of characters (------, ＊＊＊, ——————): it separates, it is no
#: sentence a page end could have cut.
RULE_LINE: Final = recache.compile(r"(?:[-－—─━_＿=＝*＊~～·•.]\s*){3,}")
RULE_FIRST: Final = tuple("-－—─━_＿=＝*＊~～·•.")  #: what a rule's line starts with (for str.startswith)
#: A Markdown table's separator row (---|---|---|): in the front matter, a web page's layout table turned into Markdown.
TABLE_RULE: Final = recache.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?")
#: A line that is a page number of a printed or PDF copy: ``— 2 —`` (GB/T 9704-2012 §7.5: a 一字线 on
#: each side; also ``-2-``, ``－2－``, and ``2. — 2 —`` where a converter numbered the lines it took for a
#: list), ``第2页`` ``第 2 页 共 18 页``, ``·2·``, ``Page 2 of 18``.  A bare number on its line is not one: in
#: web copies it is a footnote mark (``[`` ``1`` ``]``) or a subscript (``M`` ``2``) cut onto a line of its own.
PAGE_NUMBER_PATTERN: Final = (
    r"(?:[0-9]{1,3}\.\s*)?[—–－―-]{1,2}\s*[0-9０-９]{1,4}\s*[—–－―-]{1,2}|[·•]\s*[0-9０-９]{1,4}\s*[·•]"
    r"|第\s*[0-9０-９]{1,4}\s*页(?:\s*[，,/]?\s*共\s*[0-9０-９]{1,4}\s*页)?"
    r"|(?i:page)\s*[0-9]{1,4}(?:\s*(?:/|(?i:of))\s*[0-9]{1,4})?"
    r"|\[\s*(?i:page|p\.)\s*[0-9]{1,4}\s*\]"  # an extraction script's page mark: [Page 3], [p. 3]
    r"|[0-9]{1,4}\s+/\s+[0-9]{1,4}"  # a PDF's page and page count, spaced: 21 / 143 (2/18 may be a date)
    r"|[=＝*#~-]{2,}\s*(?:(?i:page)\s*[0-9]{1,4}|第\s*[0-9]{1,4}\s*页)\s*[=＝*#~-]{2,}"  # an extraction script's
    # page separator: === PAGE 2 ===, ---- Page 2 ----
    # a periodical's page and its number counted through the volume: （总219）·1, ·4·（总222）
    r"|[（(]总\s*[0-9]{1,5}[）)]\s*[·•]?\s*[0-9]{1,4}\s*[·•]?|[·•]?\s*[0-9]{1,4}\s*[·•]?\s*[（(]总\s*[0-9]{1,5}[）)]"
)
#: A newspaper's jump line, where an article goes on on another page: （下转第四版） （紧接第一版） （上接A2版）.
PAGE_JUMP_PATTERN: Final = r"[（(]\s*(?:下转|上接|紧接|转|接|续)\s*第?\s*[0-9０-９A-Za-z一二三四五六七八九十]{1,3}\s*版\s*[)）]"
#: A printed book's running head with its page number after it on one line, as OCR or a PDF's text gives a page's top
#: (一、重要文献· 2701 ·): a short label of words, then a number between middle dots, as books print them (a number
#: between dashes after words may end a paragraph's line: …要抓好落实— 2 —; words after a number open the page's text).
RUNNING_HEAD_WITH_NUMBER: Final = r"[\u4e00-\u9fff][\u4e00-\u9fff0-9０-９、 \u3000]{0,19}?\s*[·•]\s*[0-9０-９]{1,4}\s*[·•]"
#: A page number, a run of jump lines or a running head with its page number (the chrome lines' pattern takes the page
#: numbers only: a jump line opens with a bracket, which its quick test on the first character does not let through).
PAGE_NUMBER: Final = recache.compile(rf"{PAGE_NUMBER_PATTERN}|(?:{PAGE_JUMP_PATTERN}\s*)+|{RUNNING_HEAD_WITH_NUMBER}")
PAGE_JUMP: Final = recache.compile(PAGE_JUMP_PATTERN)
#: A number alone on its line, as a PDF's text gives a page number (2, 3437, or after a dash: -6): a page number only
#: where the document shows it is one (above the title; a series of them through the text, see ``lexer.furniture``).
BARE_NUMBER: Final = recache.compile(r"[—–－―-]?(?P<digits>[0-9０-９]{1,4})")
BARE_NUMBER_LONGEST: Final = 5


def bare_number(text: str) -> int | None:
    """The value of ``text`` if it is a number alone on its line (see :data:`BARE_NUMBER`), else None."""
    found = BARE_NUMBER.fullmatch(text) if len(text) <= BARE_NUMBER_LONGEST else None
    return int(found.group("digits")) if found else None  # (int reads full-width digits too)
#: Characters in the longest page-number line looked at: longer lines are not tried (most lines are).
PAGE_NUMBER_LONGEST: Final = 36
#: A web page's breadcrumb, where the page's own header ends: 首页 > 新闻中心, 当前位置：…, 您当前的位置 :… > …,
#: 範文齋位置:首頁 > …, 工作汇报网 >地图 >汇报资料 >.  ``(?=(?P<x>…))(?P=x)`` takes a run whole, as an atomic
#: group would (Python 3.10 has none): a line without the separator fails at once, without backtracking.
NAVIGATION_LABELS: Final = r"首[页頁]\s*[>＞»›]|(?:当前位置|您的位置|您现在的位置|所在位置)[:：]"
#: (A position's label, 位置 within the line's first eight characters; a breadcrumb, a separator within its first 31.)
NAVIGATION_POSITION: Final = r"(?=(?P<before>[^\s位]{0,6}))(?P=before)位置\s*[:：][^。，；！？]*?(?:[>＞»›]|首[页頁])"
NAVIGATION_CRUMBS: Final = (
    r"(?=(?P<crumb>[^<。，；！？>＞»›]{0,30}))(?P=crumb)[>＞»›](?=(?P<next>[^<。，；！？>＞»›]{0,30}))(?P=next)[>＞»›]")
#: … or two crumbs, Chinese words a separator with spaces around it parts (关于校友会 > 校友会成员), and nothing else.
NAVIGATION_TWO_CRUMBS: Final = r"[\u4e00-\u9fff]{2,12}\s+[>＞»›]\s+[\u4e00-\u9fff]{2,12}$"
NAVIGATION_PATTERN: Final = f"{NAVIGATION_LABELS}|{NAVIGATION_POSITION}|{NAVIGATION_CRUMBS}|{NAVIGATION_TWO_CRUMBS}"
NAVIGATION: Final = recache.compile(NAVIGATION_PATTERN)
#: A page's items left as words where they stood, a line each (图片 for a picture): chrome, and never a speaker's name.
PAGE_ITEMS: Final = ("图片", "圖片", "视频", "視頻", "音频", "音頻")
#: A page's buttons, a line each, that a table's cells may also read (so no chrome line in the text), but never the title's
#: rest nor a name in the front matter: 评论, 关闭, 点赞, 在看; a site's header: its script switch (简 / 繁 / EN), its
#: account's and mail's links (登录, 个人中心, 退出, 邮箱, 无障碍).
PAGE_BUTTONS: Final = frozenset({"评论", "評論", "关闭", "關閉", "点赞", "點讚", "在看", "留言", "转发", "轉發", "赞赏", "讚賞",
                          "简", "繁", "簡", "EN", "English", "登录", "登入", "个人中心", "退出", "注销", "邮箱", "无障碍",
                          "无障碍浏览", "长者模式", "登录个人中心退出",
                          # a font switch's and an audio player's buttons, a close box (小字号, 收听本文, ×)
                          "小字号", "中字号", "大字号", "默认字号", "收听本文", "听新闻", "x", "X", "×", "✕"})
#: A site's menu, its items parted by bars (热门站点| 世界资料网 | 专利资料网, 收藏本站| 设为首页| 首页): three words or more, no
#: digit, no punctuation (tried on lines holding a bar only).
_NAV_ITEM: Final = r"[^\s|丨0-9０-９。，、；：:,.!?！？]{2,8}"
MENU_LINE: Final = recache.compile(rf"{_NAV_ITEM}(?:\s*[|丨]\s*{_NAV_ITEM}){{2,}}\s*")
#: A row of a site's menu over its breadcrumb, its items parted (and maybe framed) by bars (| 首页 | 高层动态 | 国内要闻 |).
MENU_ROW: Final = recache.compile(rf"[|丨｜]?\s*{_NAV_ITEM}(?:\s*[|丨｜]\s*{_NAV_ITEM})+\s*[|丨｜]?\s*")
#: What parts a web page's title from its column's and its site's names after it, as a browser tab shows it
#: (…的通知_宏观经济_中国政府网, …讲话 | 新华网, … - 人民网).
PAGE_TITLE_SEPARATOR: Final = r"(?:[_｜|]|\s-\s)"
#: The bullets of a list that may open a page's fields (- 发布日期:2021-07-19 / - 浏览次数: / - 31.80 KB / • 相关推荐).
LIST_BULLETS: Final = frozenset("-*•·")
#: A short line naming a site by its domain (公文汇 www.gongwenhui.com, SUCAI198.COM —— 专注党建行政公文写作范文): a few words
#: before the domain, a slogan or a date after it, no sentence, no clause.
SITE_LINE: Final = recache.compile(
    r"[^。！？!?，,]{0,12}?(?i:www\.[a-z0-9-]+|[a-z0-9][a-z0-9-]*\.(?:com|net|org|cn))(?![a-z0-9-])[^。！？!?，,]{0,30}")
#: The longest line tried as a Markdown list's chrome, a menu or a site's name (such lines are short).
SHORT_CHROME_LONGEST: Final = 60
#: A post's fields, two of them together, are chrome: 文章来源： 作者： 发布时间：2025年02月28日 点击数：次.
POST_FIELDS: Final = ("来源", "作者", "发布时间", "发表时间", "点击数", "浏览次数", "阅读次数")
_POST_FIELD_AFTER: Final = r"\s*[:：][^。；！？]{0,40}?(?:作者|发布时间|发表时间|点击数|浏览次数|阅读次数|点击量|浏览量)\s*[:：]"
#: The fields of a government site's disclosure record (政府信息公开: 索引号, 主题分类, 发布机构, 成文日期, 文号,
#: 公开方式…), shown above or below the document it describes, as a table or a list; in a table their
#: letters are often spaced (索  引  号).
DISCLOSURE_LABELS: Final = (
    "索引号", "主题分类", "组配分类", "信息分类", "体裁分类", "主题词", "关键词", "发布机构", "发文机构", "发文机关", "发文字号",
    "文号", "成文日期", "生成日期", "发文日期", "发布日期", "生效日期", "生效时间", "废止日期", "废止时间", "有效性", "时效性",
    "公开方式", "公开范围", "公开时限", "信息来源", "内容概述", "内容描述", "名称", "标题", "来源", "分类",
    "索取号", "载体类型", "文件编号", "记录形式", "公开类别", "发布网站",  # (a 上海 record: 索取号 / 3589258689/2025-00165 / 载体类型 / …)
)
#: The labels as a set, and the longest: a label alone on its line is one cell of the record's table.
DISCLOSURE_LABEL_SET: Final = frozenset(DISCLOSURE_LABELS)
DISCLOSURE_LABEL_LONGEST: Final = max(map(len, DISCLOSURE_LABELS))
DISCLOSURE_FIELD: Final = "(?:" + "|".join(r"\s*".join(label) for label in DISCLOSURE_LABELS) + ")"
#: What a line of a disclosure record starts with: a bullet or a field's first character.
DISCLOSURE_FIRST: Final = frozenset("•·" + "".join(label[0] for label in DISCLOSURE_LABELS))
#: A line of a disclosure record: a field in a bulleted list (• 索引号:), two fields on one line (索引号: 0031/201901-00336
#: 组配分类: 规范性文件发布), or the header row of its table (索引号 文号 发布机构 发布日期 公开范围 公开方式).  (The
#: look-ahead on the fields' first characters lets other lines fail at once.)
DISCLOSURE_LINE: Final = (
    rf"[•·]\s*{DISCLOSURE_FIELD}\s*[:：]"
    rf"|(?=[{''.join(sorted(DISCLOSURE_FIRST - set('•·')))}]){DISCLOSURE_FIELD}"
    rf"(?:\s*[:：][^。；！？]{{0,60}}?\s{DISCLOSURE_FIELD}\s*[:：]|(?:\s+{DISCLOSURE_FIELD}){{2,}}\s*$)"
)
#: A record's field with its value on one line (索引号:000014688/2014-00079, 发文机关：国务院): chrome where such lines run.
DISCLOSURE_FIELD_LINE: Final = recache.compile(rf"(?P<label>{DISCLOSURE_FIELD})\s*[:：]\s*[^。；！？\s][^。；！？]{{0,60}}")
#: A record's line whose value stands on the line below it: a field alone with its colon (• 索引号:), or the header row.
DISCLOSURE_AWAITS_VALUE: Final = recache.compile(
    rf"[•·]?\s*{DISCLOSURE_FIELD}\s*[:：]|{DISCLOSURE_FIELD}(?:\s+{DISCLOSURE_FIELD}){{2,}}"
)
#: The reference mark between a 求是 excerpt's title and its author: 标题※习近平.
BYLINE_MARK: Final = "※"
#: Punctuation a line naming a work in a list never holds (《不扩散核武器条约》, 《核材料实物保护公约》修正案).
NOT_IN_WORK_LINE: Final = recache.compile(r"[。；！？!?;，,]")


def is_work_line(text: str) -> bool:
    """Whether ``text`` names a work and nothing more, as an item of a list of works one per line does."""
    return text.startswith("《") and NOT_IN_WORK_LINE.search(text) is None


#: Marks that open a bulleted line (a summary's ■ points): it starts a paragraph of its own, an item, never a heading.
BULLETS: Final = frozenset("■●◆▲★☆◇◎▪►")
#: Marks that never open a paragraph: a line or paragraph starting with one goes on the one before.
CONTINUES: Final = "”’」』）)】》，。、；：！？,.;:!?"
#: How a speech's first sentence opens (今天我们召开…, 刚才…, 受市政府委托…): a short line that opens so is
#: a sentence broken at the line's end, neither the title of the first part under the salutation nor a document's
#: title, however it ends (刚才几位同志作了很好的发言 / 主要…).
OPENS_FIRST_SENTENCE: Final = recache.compile(r"(?:今天|今日|刚才|受[^，。]{1,20}委托|经[^，。]{1,12}同意)")
#: How a paragraph that sums up what comes before it opens (总之，… after 一是… 二是… 三是…).
SUMMING_UP: Final = ("总之", "总而言之", "综上所述", "总的来说", "总的来看")
#: A Han character (the CJK Unified Ideographs block).
HAN: Final = recache.compile(r"[\u4e00-\u9fff]")
#: What a line of text in any of the scripts a Chinese speech is written or annotated in holds at least one of: a Han
#: character, an ASCII letter or digit, kana, hangul (see :func:`unmapped_glyphs`).
READABLE: Final = recache.compile(r"[\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9\u3040-\u30ff\uac00-\ud7af]")


def unmapped_glyphs(text: str) -> bool:
    """Whether ``text`` holds letters but nothing readable (see ``READABLE``): the glyphs a PDF's font without a Unicode
    map left as letters of scripts picked at random (ದնੂՑ, čĎ, ބ, ——ࢽ), no title."""
    return READABLE.search(text) is None and any(char.isalpha() for char in text)


#: Characters at the end and the start of two texts looked at for their script; Latin letters that make a run of Latin.
SCRIPT_SPAN: Final = 12
LATIN_MIN: Final = 4
LATIN_LETTER: Final = recache.compile(r"[A-Za-z]")


def switches_script(before: str, after: str) -> bool:
    """Whether ``after`` opens with a run of Latin letters where ``before`` ends with a Han character, or the other way
    round: a bilingual copy's paragraph or line, then its translation (作為共同體的台灣 / A Taiwanese Community), not
    one broken sentence."""
    return bool((HAN.match(before[-1:]) and latin_run(after[:SCRIPT_SPAN]))
                or (HAN.match(after[:1]) and latin_run(before[-SCRIPT_SPAN:])))


def latin_run(text: str) -> bool:
    """Whether ``text`` is Latin letters (``LATIN_MIN`` or more) and no Han character."""
    return HAN.search(text) is None and len(LATIN_LETTER.findall(text)) >= LATIN_MIN


PHOTO_CREDIT_PATTERN: Final = r"记者\s*(?:\S{2,4}|\S(?:\s{1,3}\S){1,3})\s*/?\s*摄"  # (the name also letter-spaced: 燕  雁摄)
#: A news agency's dateline opening its copy of a speech: 新华社北京6月24日电 (新華社…電 in traditional script).
NEWS_DATELINE_PATTERN: Final = r"新[华華]社[^\s，。：:]{0,12}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[电電]"
#: How a news report's first paragraph opens: its dateline (新华社成都3月23日电, 本报讯, 人民网北京3月5日电, 央视网消息).
NEWS_LEAD: Final = recache.compile(
    r"(?:新[华華]社|人民[网網]|中新[网網社]|央[视視][网網]|本[报報])[^\s，。：:、]{0,12}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[电電]"
    r"|本[报報][讯訊]|央[视視][网網]消息")
NEWS_LEAD_FIRST: Final = frozenset("新人中央本")  # (what a dateline opens with: most lines fail this test at once)
#: The label of a page's list of links (相关政策与解读, 同类资讯, 相关专题; 点击排行, 排行榜; 热门文章, 最新资讯): what the
#: links are (政策, 解读, 资讯…) after 相关 or 同类, or a ranking, alone on its line with the titles under it; or the
#: label of a page's links to the files attached (相关附件：, 附件下载).
_LINKED: Final = r"(?:政策|解读|解讀|资讯|資訊|专题|專題|稿件|视频|視頻|图片|圖片|文章|新闻|新聞|报道|報道|链接|鏈接|附件|下[载載])"
RELATED_LIST_LABEL: Final = (
    rf"(?:相关|相關|同类|同類){_LINKED}(?:[与與和及、]{_LINKED})?|附件下[载載]"
    r"|(?:点击|點擊|阅读|閱讀|热点|熱點|热门|熱門|浏览|瀏覽|人气|人氣|新闻|新聞|资讯|資訊)?排行榜?"
    r"|(?:热门|熱門|最新)(?:资讯|資訊|文章|新闻|新聞|推荐|推薦)")
#: Web-page and repository chrome: navigation, licence footers, paywalls, photo captions, and the
#: page numbers of a printed copy.  Some lines are chrome by how they start (CHROME_LINE), others by a mark anywhere
#: (CHROME_MARK: every alternative opens with a literal, so a search skips through text at C speed).
#:
#: CHROME_LINE_FIRST holds the characters CHROME_LINE's first alternatives open with (the ``(?i:…)`` words' letters in
#: both cases, and ſ, İ, ı, which case-insensitive matching takes for s and i): a line that opens with none skips them
#: at once, where it would try them one by one (``test_lexicon`` checks the set against the pattern); the last five
#: may open with any character.
#: One size of a font switch, bracketed or not, with the bar after it (see CHROME_LINE).
_FONT_SIZE: Final = r"[【\[]?\s*大\s*[】\]]?\s*[|｜/]?"
#: An item of a page's pager (上一页 1 2 3 下一页).
_PAGER_ITEM: Final = r"(?:上一页|下一页|首页|尾页|末页|[0-9]{1,3}(?![0-9])|[.…]{1,3}(?![.…])|\[[0-9]{1,3}\])"  # (a run of
# digits or dots one item whole: split every way, a long run no pager ends would take exponential time to fail)
CHROME_LINE_FIRST: Final = (
    "!-.0123456789>CFIMPSTV[]cfimpstv|·»–—―•›│┃【】=＝*#~(（上下专主举会体作來侵信全公关内分加原友发合名听图圖大头审密封展废归当微快"
    "您成我所手打扫找技收文新日时時更最有本来标校正歸注浏海瀏点热熱版生用电留登發相立站第索纠组编网視视訪记访责购跳载返配链閱阅電音"
    "頭題页题首验點－＞｜字ſİıA查朗暂暫播确確取导導简簡繁开開關关无無长長搜用申同人资資排附联"
)
CHROME_LINE: Final = recache.compile(
    rf"(?=[\s{re.escape(CHROME_LINE_FIRST)}])"  # (the alternatives that open with a known character)
    r"(?:返回|上一篇|下一篇|相关推荐|相关阅读|相关文章|相关报道|相关新闻|留言与评论|分享到|打印本页|关闭窗口|责任编辑|\[下载该文章\]|点击排行"
    r"|本帖最后由.{1,40}?编辑\s*$"  # a forum's stamp over a post (本帖最后由 清风徐来 于 2015-8-21 14:24 编辑)
    # a page's pager, the text split over pages (上一页 1 2 3 下一页, 本文共3页，当前第1页)
    rf"|[上下]一页(?:\s*{_PAGER_ITEM})*\s*$|(?:[0-9]{{1,3}}(?![0-9])|\[[0-9]{{1,3}}\]|首页)(?:\s*{_PAGER_ITEM})*\s*[上下]一页"
    rf"(?:\s*{_PAGER_ITEM})*\s*$"
    r"|本文共\s*[0-9]+\s*页|当前第\s*[0-9]+\s*页"
    r"|[0-9]{1,2}:[0-9]{2}\s*/\s*[0-9]{1,2}:[0-9]{2}$"  # an audio player's time (00:00/00:00)
    r"|【[^】]{0,10}天气】"  # a site's weather widget (【雷州晚间天气】今晚到明天白天，多云间晴…)
    r"|【[\u4e00-\u9fff]{2,8}】\s*[A-Za-z][A-Za-z0-9._/-]{2,40}\s*$"  # a database's field and its code over the text it
    # exports (【法宝引证码】 CLI.11.1598088)
    # a gazette's issue and its date of publication over the document it prints (2023年第10期 / 2023年04月18日出版)
    r"|[0-9]{4}\s*年\s*第\s*[0-9]{1,3}\s*期$|[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*出版$"
    r"|(?i:true|false)(?:\s+(?i:true|false))*$|编号[:：]\s*\d+|(?:来源|來源)\s*[:：]"
    # a post's time, not a meeting's (时间：2009年9月28日(星期一)8:30 in a 会议通知): a numeric date or other fields
    r"|(?:时间|時間)\s*[:：]\s*(?:[0-9]{4}\s*[-/.]|[^。；！？]*?(?:来源|來源|作者|浏览|點擊|点击|阅读)\s*[:：])"
    rf"|{NAVIGATION_LABELS}|【?\s*字[体号體號](?:[:：]|\s+(?=[【\[]?\s*[大中小]))\s*(?:[【\[]?\s*(?:[大中小]|默[认認]|[标標]准)|$)"
    # a font switch without its label, its sizes in brackets or apart (大 中 小, [大][中][小], 【大】【中】【小】)
    rf"|{_FONT_SIZE}\s*{_FONT_SIZE.replace('大', '中')}\s*{_FONT_SIZE.replace('大', '小')}\s*$"
    r"|[【\[]\s*(?:[大中小]\s*){3}[】\]]$"  # (【小中大】: the three sizes in one bracket, in any order)
    # a page's script switch (简体 / 繁体), its accessibility switches (开启无障碍 / 开启长者助手) and toolbar words several on a
    # line (我的收藏 收藏)
    r"|(?:简体|簡體|繁体|繁體)(?:中文|版)?$|(?:开启|關閉|关闭|開啟)?(?:无障碍|無障礙|长者助手|長者助手|长者模式|关怀模式|關懷模式)"
    r"(?:浏览|瀏覽|模式|版|阅读)?$|(?:(?:我的收藏|收藏|举报|分享|打印|纠错|下载)(?:\s+|\s*[、/]\s*))+"
    r"(?:我的收藏|收藏|举报|分享|打印|纠错|下载)$|手机(?:阅读|浏览|访问|打开)$"
    # a listing's date, category and count (• 2024-05-03 任职讲话 248); a post's author with its other fields (作者: 佚名
    # 来源: 作者原创  阅读 次)
    r"|[•·]\s*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+\S{1,12}\s+[0-9]+$"
    r"|作者\s*[:：][^。；！？]{0,30}?(?:来源|來源|阅读|浏览|点击|发布)"
    r"|(?:发布|發佈|發布|更新|发表|發表|归档|歸檔)(?:时间|時間|日期)[:：]|日期[:：]\s*[0-9]{4}\s*[-./]"
    r"|(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問)(?:次数|次數|量)[:：]"
    # a listing's date before a bar (10-28 | 移动端：…), an upload's date (2021-05-07 发布), a search box (快捷搜索：论文 合同)
    r"|[0-9]{1,2}-[0-9]{1,2}\s*[|丨]"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s*(?:发布|發佈|上传|上傳|更新)$|(?:快捷|站内|站內|热门|熱門)搜索"
    # a WeChat post's header and footer (点击上方蓝字关注我们, 原创 … 发表于北京, 收录于合集 #…, 听全文约12分钟, 编辑：… / 审核：… /
    # 阅读原文), a page's title and link fields and its comments' count (本文标题：…, 链接地址：…, 1 則留言:)
    r"|点击上方[^。！？]{0,20}关注|原创\s.{0,40}?发表于|收录于合集|听全文约|(?:编辑|审核|审校|责编|校对|本文标题|链接地址)\s*[:：]"
    r"|(?:阅读原文|展开全文|阅读全文|展开阅读全文|查看全文|版权声明|点个?[“\"]?在看[”\"]?|分享收藏点赞在看|分享[:：]|(?:[TA][+＋\-－]\s*)+)$"
    r"|[0-9]+\s*[則则条]留言"
    # a newspaper's page and column labels on lines of their own (第1版(要闻) / 专栏:)
    r"|第\s*[0-9０-９]{1,2}\s*版\s*(?:[（(][^（）()]{1,8}[)）])?$|专栏\s*[:：]\s*$"
    r"|版权所有|技术支持[:：]|网站地图|联系我们$|关于我们$|验证码[:：]|标签\s*[:：\-－]"
    # a post's trailer: the link to the original (原文链接：https://…), the credit of its cover picture (题图来自 Unsplash,
    # Cover by … on Unsplash), a picture's Markdown (![](cover.jpg))
    r"|(?:原文|本文)(?:链接|鏈接|地址|網址|网址)\s*[:：]|(?:题图|題圖|头图|頭圖|封面图|封面圖|配图|配圖|图片|圖片)(?:来自|來自|来源|來源)"
    r"|(?i:(?:cover|photo|image|picture) by )|!\[[^\]]*\]\([^()\s]*\)$"
    r"|\[![A-Za-z-]+[\]\s]"  # a note's callout in an Obsidian vault (> [!tip] 批注汇总, > [!info 政策]): the reader's annotation
    r"|\[\s*(?i:chunk|segment|passage|part)[\s_#-]*[0-9]{1,6}\s*\]$"  # a text splitter's mark where each chunk starts
    # ([chunk_000]: a retrieval pipeline's dump of a PDF's text, the chunks cut anywhere)
    rf"|{DISCLOSURE_LINE}"
    r"|[【\[]\s*(?:打印|关闭)(?:本页|本文|窗口)?\s*[】\]]|(?:微信)?扫一扫|(?:微信|手机)?扫码(?:分享|阅读|查看|下载)|扫描(?:下方)?二维码"
    r"|用(?:微信|手机)扫(?:码|描)?二维码|分享至(?:好友和朋友圈|微信|朋友圈|微博)?$|申请入驻$"  # (a share widget's lines: 分享至 / 用微信扫码二维码)
    r"|【\s*文章共\s*[0-9]+\s*字"  # a 范文 site's note on the text (【文章共1471字,精选参考范文,仅供学习借鉴】)
    r"|[导導][语語]\s*[:：]"  # and its lead before the model text (导语：…下面我们以范文作参考…)
    rf"|{NEWS_DATELINE_PATTERN}\s*$"
    r"|(?:文档)?ID[:：]\s*\d+|(?:大小|页数|下载次数|文档格式|文档页数)[:：]|上传(?:时间|日期)[:：]"
    # a document-sharing site's buttons and counters, each a line of its own (VIP专免 / 21.78KB / 23 页 / 999+ / 侵权投诉)
    r"|(?:加入)?(?i:vip)(?:专免|免费下载)|立即下载|点击下载|下载文档|侵权投诉|正文复制"
    # a page's skip link, print button and close box (跳至主要內容, 跳转到内容, 友善列印版本, close)
    r"|跳(?:至|到|转到|轉到)(?:主要)?[內内]容|(?i:skip to (?:main )?content)|友善列印|(?i:close)$"
    r"|[|｜]\s*[\u4e00-\u9fff]{2,4}$"  # a post's byline after a bar (| 小龙)
    # the label of a page's list of links at its end, alone on its line (相关政策与解读, 同类资讯, 点击排行, 排行榜, 热门文章)
    rf"|(?:{RELATED_LIST_LABEL})\s*[:：>»]*\s*$"
    rf"|(?:[|｜│┃]+|收录于|收錄於|手机版|手機版|电脑版|電腦版|合集下载|(?i:menu)|购物车|我的足迹|我的文档|我的收藏|{'|'.join(PAGE_ITEMS)}"
    r"|(?:最新|热门|相关)(?:文档|文章)|收藏|举报|分享|海报|[0-9.]+\s*[KkMm]B|[0-9]+\s*页|[0-9]+\+)$"
    # a page's toolbar, a button to a line (下载 / 打印 / 全屏 / 收藏 / 【字号：…】), a reader's or player's controls (朗读 /
    # 暂停, 确定 / 取消; not 评论, 关闭: a table's cells too), and the pieces of a breadcrumb so split (当前位置： / 首页 / > /
    # 政务信息 / > / …); the font switch's sizes see FONT_SIZES; a forum post's floor number (1#, 2楼) over the post
    r"|(?:下载|打印|全屏|纠错|首[页頁]|朗[读讀]|暂停|暫停|播放|确定|確定|取消|收起|展开|展開|搜索|搜\s索"
    r"|[>＞»›【】\[\]]+|[0-9]{1,4}\s*(?:#|楼|樓))$"
    # a site's login box beside the text (会员信息 / 用户名: / 密  码: / 注册)
    r"|用户名[:：]|密\s*码[:：]|(?:会员信息|注册|登录|找回密码)$"
    rf"|(?:{PAGE_NUMBER_PATTERN})$)"
    # the beginnings that may open with any character: a breadcrumb (see NAVIGATION_PATTERN); a post's stamp, its date
    # and time (公文搜 2021-07-27 17:30:25 政府报告, 2026年02月10日 07时41分, 2024年02月18日14:05 | 来源：…); a site's record number (京ICP备…); a line under
    # 14 characters that names a collection site (公文网, 文库; its genre before it: 讲话稿 文案下载手机站)
    rf"|{NAVIGATION_POSITION}|{NAVIGATION_CRUMBS}"
    r"|(?:(?=(?P<site>\S{1,8}))(?P=site)\s+)?[0-9]{4}(?:-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)"
    r"(?:\s+[0-9]{1,2}:[0-9]{2}|[0-9]{1,2}:[0-9]{2}(?=\s|$|[|｜丨])|\s*[0-9]{1,2}\s*[时時]\s*[0-9]{1,2}\s*分)"
    r"|\S{0,4}ICP备|(?!.{14})(?:\S{1,6}\s+)?\S{1,10}(?:范文网|文秘网|公文网|秘书网|写作网|资料网|文库|手机站)$"
)

#: The sizes of a page's font switch, a line each under its label (【字号： / 加大 / 还原 / 减小 / 】, 【字体： / 小 / 中 / 大 / 】;
#: or joined, 字号：默认 / 大超大): chrome only there.
FONT_SWITCH: Final = recache.compile(r"【?\s*字[体号體號][:：]\s*(?:默[认認]|[标標]准)?")  # (字号：默认 / 大 / 超大)
FONT_SIZES: Final = recache.compile(r"(?:(?:[大中小]|加大|减小|減小|还原|還原|放大|缩小|縮小|默认|默認|标准|標準|超大|特大|[】\]])\s*[|｜/]?\s*)+")
#: The label of a page's list of related links (相关阅读：), the links' titles a line each under it.
#: … the labels of a post's list at its end, chrome alone on their line (往期回顾, see CHROME_MARK).
POST_LINK_LABELS: Final = ("往期回顾", "往期推荐", "往期精彩", "精彩推荐", "推荐阅读", "延伸阅读")
RELATED_LINKS: Final = ("相关阅读", "相关链接", "相关新闻", "相关文章", "相关报道", "相关推荐", *POST_LINK_LABELS)
RELATED_LIST: Final = recache.compile(rf"(?:{RELATED_LIST_LABEL})\s*[:：>»]*")


def is_links_label(text: str) -> bool:
    """Whether ``text`` (a line) is the label of a list of links, their titles a line each under it (相关阅读：,
    相关政策与解读, 同类资讯, 排行榜)."""
    return text.startswith(RELATED_LINKS) or RELATED_LIST.fullmatch(text) is not None


#: A link to a file, alone on its line (1.零碳园区建设基本条件.pdf, 附件2.申报表.docx): a page's download, no speech.
FILE_EXTENSIONS: Final = tuple(f".{name}" for extension in ("pdf", "ofd", "doc", "docx", "wps", "xls", "xlsx", "et", "zip", "rar",
                                                   "7z", "ceb") for name in (extension, extension.upper()))
FILE_EXTENSION_LAST: Final = frozenset(extension[-1] for extension in FILE_EXTENSIONS)
FILE_LINK: Final = recache.compile(r"[^。；！？!?\s][^。；！？!?]{0,150}?\.[A-Za-z0-9]{1,4}")


def is_file_link(text: str) -> bool:
    """Whether ``text`` (a line) names a file and nothing more: a page's link to it (1.零碳园区建设基本条件.pdf)."""
    return text[-1:] in FILE_EXTENSION_LAST and text.endswith(FILE_EXTENSIONS) and FILE_LINK.fullmatch(text) is not None
#: The sizes of a font switch without its label, a line each (大 / 中 / 小; the first may end the line above it, after a
#: post's fields: …点击量:472 大): chrome where two or more stand in a row.
FONT_SIZE_LINES: Final = frozenset("大中小")
#: An advertisement's button ending its line (…写作神器! 立即了解, 立即咨询): the ad's text above it is chrome too.  Tried
#: on lines that end with one of its verbs only (立 opens many words: in the chrome marks' search it slowed every line).
CALL_TO_ACTION_ENDS: Final = ("了解", "咨询", "体验", "领取", "购买", "注册", "开通")
CALL_TO_ACTION: Final = recache.compile(rf"立即(?:{'|'.join(CALL_TO_ACTION_ENDS)})\s*$")
#: A site's footer line: its record with the police (京公网安备 11010202007691号), its owner's copyright
#: (国家能源局华北监管局版权所有，如需转载，请注明来源; 版权所有：某某网). (Tried on short lines holding 安备 or
#: 版权所有 only: it opens with any character.)
SITE_RECORD: Final = recache.compile(r"[^，。！？\s]{0,4}公网安备\s*[0-9]|[^，。！？]{0,30}版权所有\s*(?:[，,:：©]|$)")
#: (The search's quick scan skips to the characters its alternatives open with: a mark opens with a rare one, 甄别文档
#: for a sharing site's 下载文档前请自行甄别…, as each common one slows the search of every line.)
CHROME_MARK: Final = recache.compile(
    r"公有领域|公有領域|Public domain|public domain|Public Domain|PUBLIC DOMAIN|维基文库|維基文庫|本模板"
    r"|此处隐藏\d*个?字|省略\d+字|当前仅显示\d+字|阅读时长|小[编編](?:[为為给給]大家|[^，。！？\s]{0,6}?(?:整理|收集|精选|精選|推荐|推薦|分享|带来|帶來))|范文网[^，。！？\s]{0,8}频道|甄别文档|侵犯您的权益|申请退款|归原作者所有|本作品收录于|本作品收錄於|本站观点|本站觀點|字体大小|【(?:加入)?收藏】|VIP会员可见|vip会员可见|先登录|\[标签[:：][^\]]*\]$|发短信[A-Za-z0-9]{1,10}到[0-9]{5,}|ICP备\s*[0-9]|" + PHOTO_CREDIT_PATTERN
    + "".join(f"|{label}{_POST_FIELD_AFTER}" for label in POST_FIELDS)  # a literal first, one alternative per label (a group first would end the fast scan: 5 ms → 24 ms on 12,000 lines)
    + "".join(rf"|{label}\s*[:：>»]*\s*$" for label in POST_LINK_LABELS)  # a post's list of links under its label
)
#: The caption of a figure or a table, numbered, on a line of its own (图1 三次产业增加值及其增长速度, 表2：主要农产品产量, 表二：…,
#: 图3 2018-2022年全员劳动生产率[5]): a statistical bulletin's, whose figure a plain copy lost; a space or a colon after the
#: number (表1显示，… is a sentence), and no sentence's end.
FIGURE_CAPTION: Final = recache.compile(
    r"(?:附\s*)?[图圖表]\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(?:\s*[-－—.．]\s*[0-9０-９]{1,3})?(?:\s+|\s*[：:]\s*)"
    r"[^。！？!?；;\s][^。！？!?；;]{1,60}")
#: The first characters of a figure's or table's caption.
CAPTION_FIRST: Final = frozenset("附图圖表")
#: The credit that ends a photo's caption: 新华社记者 姚大伟 摄, 鞠鹏/摄.
PHOTO_CREDIT: Final = recache.compile(PHOTO_CREDIT_PATTERN)


def is_page_number(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` (stripped) is nothing but a page number (see :data:`PAGE_NUMBER`;
    long texts are not tried, and the text is not copied)."""
    end = len(text) if end is None else end
    return end - start <= PAGE_NUMBER_LONGEST and PAGE_NUMBER.fullmatch(text, start, end) is not None


#: The label that opens an annex of a 公文, on a line of its own (附件, 附件1, 附件 2, 附件一): GB/T 9704-2012 sets
#: each annex on a page of its own, its label at the top left and its title below.
#: A line that opens so labels what is appended below it (附：课程设置表, 附：《某某办法》): no broken sentence.
APPENDED: Final = ("附：", "附:")
ANNEX_LABEL: Final = recache.compile(r"附\s*件\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?")
#: An appendix's heading, its label and its title on one line: 附录1：中国参加的军控、裁军和防扩散相关条约 (a white paper's).
APPENDIX_HEADING: Final = recache.compile(
    r"附\s*录\s*(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:\s*[:：]|\s+)|[:：])\s*[^\s。；！？!?;][^。；！？!?;]{0,40}")
#: The heading of a printed report's table of contents: 目录, 目  录, 目次.
CONTENTS_HEADING: Final = recache.compile(r"目\s*[录錄次](?:\s*/\s*提\s*纲)?\s*[:：]?\s*[…\.]*")


def is_contents_heading(text: str) -> bool:
    """Whether ``text`` (a line, stripped) is the heading of a table of contents (see :data:`CONTENTS_HEADING`)."""
    return text[:1] == "目" and CONTENTS_HEADING.fullmatch(text) is not None
#: A page number of a table of contents, arabic or roman.
CONTENTS_PAGE_NUMBER: Final = recache.compile(r"[0-9]{1,4}|[ivxlcIVXLC]{1,7}")
#: The end of an entry of a table of contents: a leader (……, ⋯⋯, ……, ····, . . . ., ----, or the tab of a
#: Word copy) and a page number (一、2023年工作回顾……………1).
CONTENTS_LEADER: Final = recache.compile(
    rf"\S(?:\s*(?:…{{2,}}|⋯{{2,}}|(?:[.．·・] ?){{4,}}|[-—_]{{4,}})\s*| *\t\s*)(?:{CONTENTS_PAGE_NUMBER.pattern})$")
#: The longest entry of a table of contents, in characters.
CONTENTS_ENTRY_LONGEST: Final = 200
#: The last characters of an entry of a table of contents (its page number).
CONTENTS_PAGE_END: Final = frozenset("0123456789ivxlcIVXLC")


def is_contents_entry(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` (a line, stripped) is an entry of a table of contents: a title, a
    leader and a page number."""
    end = len(text) if end is None else end
    return (start < end <= start + CONTENTS_ENTRY_LONGEST and text[end - 1] in CONTENTS_PAGE_END
            and CONTENTS_LEADER.search(text, start, end) is not None)


def chrome_kind(text: str) -> str | None:
    """``page`` for a page number, ``chrome`` for other chrome (see :func:`is_chrome`), else None."""
    if not is_chrome(text):
        return None
    return "page" if is_page_number(text) else "chrome"


#: A server page's code delimiters, each alone on its line around the code a page source holds (<?php / … / ?>).
CODE_DELIMITERS: Final = frozenset({"<?php", "<?", "?>", "<%", "<%=", "%>"})


def is_chrome(text: str) -> bool:
    """Whether ``text`` looks like web-page or repository chrome (or a page number) rather than speech: a chrome line,
    a chrome mark, or a short line that is a chrome line as an item of a Markdown list, a site's menu or a line naming
    a site by its domain (the quick tests on characters first: patterns that may start with any character would be
    tried on every line)."""
    if CHROME_LINE.match(text) or CHROME_MARK.search(text):
        return True
    if text[-1:] in FILE_EXTENSION_LAST and is_file_link(text):  # (the quick test inline: most lines end otherwise)
        return True
    if text.rstrip().endswith(CALL_TO_ACTION_ENDS) and CALL_TO_ACTION.search(text):
        return True
    if len(text) > SHORT_CHROME_LONGEST:
        return False
    if ("安备" in text or "版权所有" in text) and SITE_RECORD.match(text):
        return True
    if text.endswith("-->") or text in CODE_DELIMITERS:
        return True  # a page's comment left in its text, its opening lost (网站无障碍开关 -->); a server page's code
        # delimiter alone on its line (<?php / include(…); / ?>)
    if text[:1] in LIST_BULLETS and text[1:2].isspace() and CHROME_LINE.match(text[1:].lstrip()):
        return True
    if ("|" in text or "丨" in text) and MENU_LINE.fullmatch(text):
        return True
    return "." in text and SITE_LINE.fullmatch(text) is not None


#: A transcript's note of the audience's reaction on a line of its own: （全场起立，长时间热烈鼓掌） （笑声）.
#: An editor's note about the text, in brackets on a line of its own: （本文系作者在…上的讲话，有删节） （作者系…）,
#: and a 公文's 附注 (GB/T 9704-2012 §7.3.7: （此件公开发布） （联系人：…） （联系电话：…）), also where annexes follow the
#: sign-off.
EDITOR_NOTE: Final = recache.compile(
    r"[（(]\s*(?:本文|此文|全文|作者系|作者为|作者是|编者注|此件|联系人|联系电话|联系方式|电话)[^（）()]{2,120}[)）]"
    r"|此件(?:公开发布|主动公开|依申请公开|不予?公开)")  # (a copy may lose the brackets of the 附注)
#: The mark that ends a copy of a text (（完）, 【完】, -完-): an editor's, not the speaker's.
END_MARKS: Final = frozenset({"（完）", "(完)", "（全文完）", "(全文完)", "【完】", "[完]", "-完-", "—完—", "－完－", "（全文结束）", "（结束）"})
END_MARK_LONGEST: Final = max(map(len, END_MARKS))
STAGE_DIRECTION: Final = recache.compile(r"[（(][^（）()]{0,30}?(?:掌声|鼓掌|笑声|欢呼|喝彩|起立)[^（）()]{0,30}[)）]")
#: A greeting on the line after the salutation: 大家上午好！ 各位晚上好！
GREETING: Final = recache.compile(r"(?:大家|各位)(?:(?:上午|下午|晚上|早上|中午|新学期|新學期|新年|节日|節日)?好|早安|午安|晚安)[！!。]?")
#: A line that names where the text was published: （来源：新华社） （新华社北京3月6日电） 《 人民日报 》（… 版）; or what it
#: is excerpted from, unbracketed (摘自：习总书记2017年6月23日在…座谈会上的讲话精神, 选自《习近平谈治国理政》第二卷).
SOURCE_NOTE: Final = recache.compile(
    r"^[（(]\s*(?:来源|來源|新[华華]社|原载|摘自|选自|《)[^()（）]*[)）]$"
    r"|^(?:摘自|摘編自|摘编自|节选自|節選自|选自|選自|转自|轉自|转载自|轉載自|原载|原載)[：:]?\s*[^。！？!?\s][^。！？!?]{1,80}[。]?$"
    r"|^[（(]?新[华華]社[^。]{0,20}[电電][)）]?$"
    r"|^《\s*\S{2,10}\s*》\s*[（(][^()（）]{4,40}[)）]$"
    r"|^[^《》（）()\s]{2,30}《\s*\S{2,10}\s*》\s*[（(][^()（）]{4,40}版\s*[)）]$"  # its author before it: 国务院新闻办公室《人民日报》（…版）
    # a magazine's issue, its date after it: 《求是》2023年第6期2023-03-15
    r"|^《\s*\S{2,10}\s*》\s*[0-9]{4}\s*年\s*第\s*[0-9]{1,3}\s*期(?:\s*[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2})?$"
)
#: An endnote heading (注释, its notes numbered) or a 政府工作报告's glossary heading (名词解释).
ENDNOTES_HEADING: Final = recache.compile(r"^(?:(?P<notes>注\s*释|注\s*解|附\s*注|注|参考文献)|名词解释|名词注释|词语解释|名词术语解释)[：:]?$")
#: The longest endnote or glossary heading, in characters.
ENDNOTES_HEADING_LONGEST: Final = 7
#: A body that issues a document, as its signature names it (发文机关署名, GB/T 9704-2012 §7.3.5): 某某市人民政府办公室,
#: 中共某某市委办公室, 某某县教育局: how its name ends, and what it never holds.
ISSUER_ENDS: Final = ("办公室", "办公厅", "政府", "委员会", "党委", "党组", "委", "局", "厅", "部", "院", "署", "办", "处", "中心", "公司",
               "集团", "学校", "大学", "协会", "联合会", "领导小组", "指挥部", "会", "调查队", "总队")
NOT_IN_ISSUER: Final = recache.compile(r"[\s，。；：:！？,;!?]")
ISSUER_LONGEST: Final = 30


def is_issuer_name(text: str) -> bool:
    """Whether ``text`` (spaces removed) names a body that issues a document, and nothing else."""
    return (len(text) <= ISSUER_LONGEST and text.endswith(ISSUER_ENDS) and len(text) > 1
            and NOT_IN_ISSUER.search(text) is None)
#: A notice that issues a document with it (关于印发…的通知, 转发, 颁布), and the document its title names in 《》
#: (关于印发《上海市城市体检促进城市更新的工作指引》的函), or without them before the notice's kind (关于印发某某实施办法的通知).
ISSUING: Final = recache.compile(r"印发|转发|(?:发布|颁布|下发|公布)《")  # (not a 发布会)
ISSUED_WORK: Final = recache.compile(
    r"(?:印发|转发|发布|颁布|下发|公布)(?:《(?P<work>[^《》]{2,60})》|(?P<bare>[^《》，。]{2,60}?)的(?:通知|函|决定|批复)$)")


#: The qualifier in brackets after the title of a document or an issued work: （试行）, (暂行), （修订）, a draft's
#: （征求意见稿）, （学者建议稿）, （送审稿）, （2023年版）, the years it covers, （2023—2025年）.
WORK_QUALIFIER: Final = recache.compile(
    r"[（(](?:试行|暫行|暂行|修订|修訂|修正|草案|[^（）()。，；]{0,6}?(?:征求意见|建议|送审|讨论|修改|审议|报批|代拟)稿"
    r"|[0-9]{4}年(?:修订)?版?|[0-9]{4}\s*[—–－-]{1,2}\s*[0-9]{4}年?)[)）]")


#: A collection's piece labelled by its number after 篇 (主持会议的开场白篇1, 政府领导讲话稿范文 篇2, 心得体会篇三): a heading
#: over the piece, never a line of the collection's title.
PIECE_LABEL: Final = recache.compile(r"[^，。；：:！？!?\s][^，。；：:！？!?]{1,40}?\s*篇\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})")
PIECE_NUMBER_LAST: Final = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十")


def is_piece_label(compact: str) -> bool:
    """Whether ``compact`` (a line without spaces) labels a collection's piece (see PIECE_LABEL)."""
    return "篇" in compact and PIECE_LABEL.fullmatch(compact) is not None


def issued_work(title: str) -> str | None:
    """The name of the document a 印发 notice's ``title`` issues (without spaces), or None."""
    found = ISSUED_WORK.search(title)
    return (found.group("work") or found.group("bare")).replace(" ", "") if found else None


#: A 公文's 发文机关标志 (GB/T 9704-2012 §7.2.1): the issuing body's name and 文件, above the 发文字号.
LETTERHEAD: Final = recache.compile(r"[^\s，。；：:！？]{2,40}文件")
#: A line of a 公文's 版记 (GB/T 9704-2012 §7.4): 抄送：… (发：… in a party document), and the issuing
#: office with the date it was printed (某某市人民政府办公室 2024年4月10日印发), or that date alone when a gap
#: split the line; in documents before 2012, the 主题词 line above them (GB/T 9704-1999 §6.3.1).
COLOPHON: Final = recache.compile(
    r"(?:抄\s*送|主\s*送|发(?:\s*送)?|主\s*题\s*词)\s*[:：].*|[^。；！？]{0,40}?[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*印\s*发"
)
#: A note line at the very end without a heading: [1]…, 〔2〕…, or the ↑ of a back-link.
ENDNOTE_LINE: Final = recache.compile(r"^(?:[〔\[［]\s*\d{1,3}\s*[〕\]］]|↑)")
#: Footnote marks of printed copies: circled numbers, set after the word they annotate and again
#: before the note at the foot of the page (①习近平：《…》，人民出版社2018年版，第3页。).
FOOTNOTE_MARK_CHARACTERS: Final = "".join(chr(code) for code in range(0x2460, 0x2474))
FOOTNOTE_MARKS: Final = frozenset(FOOTNOTE_MARK_CHARACTERS)
#: A note's call at the end of a title: a circled number, or a collected works' star before its headnote (…的讲话*), or
#: 求是's reference mark before its note on the speech (…农业农村现代化※ / … / ※这是…的讲话).
TITLE_NOTE_CALLS: Final = FOOTNOTE_MARK_CHARACTERS + "*＊※"
#: What a footnote of a speech or report cites: a work in 《》, a publisher or an edition, a page, 参见, a data source.
CITATION: Final = recache.compile(r"《|出版社|年版|第\s*\d+\s*页|参见|引自|转引自|载于|同上|来源[:：]")
#: The first note under an endnote heading: a bracketed number, or a circled one (①…, the marks
#: 政府工作报告 set in the text and explain at the end).
FIRST_ENDNOTE: Final = recache.compile(r"^(?:[〔\[［]\s*\d{1,3}\s*[〕\]］)）]|↑|[①-⑳]|⑴|[（(]\s*1\s*[)）])")


#: The word the writer of a letter signs with, after a name or an office (校长 敬上, 张三谨上): a signature whether a date
#: follows or not, and no part of the signer's name.
SIGNED_AS_WRITER: Final = ("敬上", "谨上", "謹上", "拜上", "敬呈", "谨呈", "謹呈", "敬启", "敬啟", "谨启", "謹啟")


#: The label alone on its line a copy puts over the text it holds (正文 / 2024年…年度报告 / 根据…).
TEXT_LABELS: Final = frozenset({"正文", "正文：", "原文", "原文：", "全文", "全文："})
#: The kinds of document a title names with its last word.
DOCUMENT_KINDS: Final = ("报告", "讲话", "讲稿", "通知", "意见", "决定", "方案", "总结", "致辞", "贺词", "发言", "批复", "请示", "通报", "公告",
                  "纪要", "决议", "公报", "通告", "议案", "办法", "规定", "细则", "要点", "讲话稿", "发言稿", "演讲稿", "材料")
#: (The kinds: a speech's, and a 公文's of 《党政机关公文处理工作条例》 (2012) 第八条 and the documents they issue; the
#: papers a Party branch or a unit writes of its people and its work: 先进事迹材料, 对照检查材料, 汇报材料.)
#: A line that names a document by its kind, its last word (城管局副局长述职报告, 关于…工作的通知, 主题党课讲稿), but for
#: a qualifier in brackets (关于…的改革要点（试行）), with no punctuation of a sentence: a title or a heading, not a sentence.
DOCUMENT_TITLE: Final = recache.compile(r"[^，。；：:,;]{2,28}(?:" + "|".join(DOCUMENT_KINDS) + r")(?:[（(][^（()）]{1,12}[)）])?")


#: A field of YAML front matter opening a line (``title: …``, ``layout: post``): a key in ASCII, a colon, a space or the end.
YAML_FIELD: Final = recache.compile(r"[A-Za-z_][\w-]*:(?:\s|$)")


#: The standard hierarchy of heading markers' families (GB/T 15834 B.3.8; GB/T 9704 §7.3.3): 一、 （一） 1. （1） ①.
STANDARD_RANK: Final = {"cn": 1, "cn-paren": 2, "arabic": 3, "arabic-paren": 4, "circled": 5}


_CN_DIGITS: Final = "一二三四五六七八九十百〇零两"
#: What text recognition of a scanned page reads a bracketed 一 as: the grammar's HEAD_CNP takes （-） in its group ``dash``.
SCANNED_ONE: Final = "-－—─ー"
_DIGITS: Final = "0123456789０１２３４５６７８９"
#: The characters each marker pattern of the grammar can start with (ITEM_LABEL: any CJK character;
#: the bracketed ones also with a space, ``（ 一）``, though a paragraph's core text never does).
FIRST_CHARACTERS: Final = {
    "HEAD_PART": "第",
    "HEAD_CNP": "（(" + _CN_DIGITS + "".join(chr(c) for c in range(0x3220, 0x322A)),
    "HEAD_ARP": "（(" + _DIGITS + "".join(chr(c) for c in range(0x2474, 0x2488)),
    "HEAD_CIRC": "".join(chr(c) for c in range(0x2460, 0x2474)),
    "ITEM_ORD": "第其",
    "HEAD_CN": _CN_DIGITS,
    "HEAD_DEC": _DIGITS[:10],
    "HEAD_AR": _DIGITS,
    "ITEM_SEQ": "首其再然最",
    "ITEM_VERB": "一二三四五六七八九十",
}
