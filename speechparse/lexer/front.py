"""Front matter: title lines, subtitle, date line, speaker, salutation, and notes before them."""

from __future__ import annotations

import re
from typing import Final, TypeGuard

from .. import recache
from ..lexicon import (
    ADDRESSING,
    ANNEX_LABEL,
    BYLINE_MARK,
    CALL_TO_ACTION,
    CHROME_MARK,
    COMPOUND_SURNAMES,
    DISCLOSURE_LABELS,
    DOCUMENT_TITLE,
    EDITOR_NOTE,
    FIRST_CHARACTERS,
    FONT_SIZE_LINES,
    FONT_SIZES,
    FONT_SWITCH,
    GREETING,
    HAN,
    ISSUER_ENDS,
    LETTERHEAD,
    MENU_ROW,
    NAME_PLACEHOLDER,
    NAVIGATION,
    NEWS_LEAD,
    NEWS_LEAD_FIRST,
    OFFICE,
    PAGE_BUTTONS,
    PAGE_ITEMS,
    PHOTO_CREDIT,
    PIECE_NUMBER_LAST,
    RULE_FIRST,
    RULE_LINE,
    SCRIPT_SPAN,
    SOURCE_NOTE,
    SURNAMES,
    TABLE_RULE,
    TRADITIONAL,
    VOCATIVE,
    bare_number,
    chrome_kind,
    is_chrome,
    is_contents_entry,
    is_contents_heading,
    is_issuer_name,
    is_page_number,
    is_piece_label,
    latin_run,
    unmapped_glyphs,
)
from ..numerals import any_number
from ..readers.base import BOILERPLATE, CONTENTS
from .records import awaits_value, mark_values, value_line
from .units import (
    CLAUSE_SEMICOLON,
    DECLARED_TITLE,
    FRONT,
    SENTENCE_END,
    SENTENCE_END_CHAR,
    SPACE_ENTITY_ONLY,
    UNDER_DECLARED_TITLE,
    Unit,
    concat,
)

#: The highest page number taken alone above the title (a larger number alone may be a year: 2013), and the fewest
#: copies of a running head at the top of a PDF's pages.
PAGE_NUMBER_MAX: Final = 999
RUNNING_HEAD_COPIES: Final = 3
#: The front lines whose translation a bilingual copy sets on the line under them (one line each).
TRANSLATED: Final = frozenset({"TITLE", "SUBTITLE", "SPEAKER", "DATE_LINE"})
#: The most bodies named under a title as its issuers (a joint document's); how a title line ends that goes on on
#: the next line; what names an event, not a body (表彰大会, 工作会议).
JOINT_ISSUERS: Final = 4
TITLE_GOES_ON: Final = ("暨", "和", "与", "與", "及", "、", "的", "在", "关于", "關於")
EVENTS: Final = ("大会", "大會", "会议", "會議", "例会", "年会", "座谈会", "推进会", "动员会", "报告会", "论坛", "典礼", "仪式")
#: The longest name of a site's column (新闻动态, 通知公告): a longer last crumb is an article's title.
COLUMN_NAME_MAX: Final = 6
#: A line that names the text it stands over as a whole copy of a speech or report (江泽民同志在党的十六大上所作报告全文,
#: …讲话实录, …的讲话（全文）): an editor's kicker over its title.
TEXT_KICKER: Final = recache.compile(r"[^，,。；]{4,40}(?:讲话|报告|致辞|发言|演讲)(?:全文|实录)|[^，,。；]{4,40}[（(]全文[)）]")
#: A site's menu over its breadcrumb, an item a line: the longest item, how many items at most, and what no item holds.
MENU_ITEM_MAX: Final = 12
#: A menu's longer items (免费下载网易官方手机邮箱应用): how long at most, and one in how many items at most.
MENU_LONGER_MAX: Final = 20
MENU_LONGER_SHARE: Final = 5
MENU_ITEMS_MAX: Final = 300
#: A telephone number on a line of its own (a site's hotline among its menu's items: 0791-86849275).
PHONE_NUMBER: Final = recache.compile(r"[0-9]{3,4}-?[0-9]{7,8}")
MENU_NOT: Final = recache.compile(r"[，。；：:！？!?、,;（）()《》]")
#: How the name of a site's page that holds one speech ends (总经理致辞, 校长寄语, 董事长的话), not a column's (新闻动态,
#: 领导讲话): repeated over the text, such a last crumb is its title.
PAGE_SPEECHES: Final = recache.compile(
    r"(?:致[辞词辭詞]|寄[语語]|[贺賀][词詞]|[献獻][词詞]|的[话話]|[欢歡]迎[词辞詞辭]|卷首[语語]"
    r"|(?:校|院|所|会|會|局|理事|董事)[长長][讲講][话話]|[书書]记[讲講][话話]|主任[讲講][话話]|总经理[讲講][话話])$")
#: Any separator a breadcrumb may use, a hyphen too (首页-学校简介-校长寄语), to find the last crumb a heading's own
#: text repeats; CRUMB_SEPARATOR below: the separators that split a breadcrumb line for sure.
ANY_CRUMB_SEPARATOR: Final = recache.compile(r"[>＞»›\-－—/|｜]+")
#: What separates the crumbs of a breadcrumb.
CRUMB_SEPARATOR: Final = recache.compile(r"[>＞»›]+")
#: The longest crumb of a breadcrumb split to a piece a line, and what none holds.
CRUMB_MAX: Final = 12
NOT_IN_CRUMB: Final = recache.compile(r"[。，；！？,;!?]")
#: The longest line of unmapped glyphs looked at (see ``lexicon.unmapped_glyphs``).
GLYPHS_LINE_MAX: Final = 40
#: The longest office of a speaker line, and the longest speaker line (an office, a name, a few separators).
ROLE_MAX: Final = 30
SPEAKER_LINE_MAX: Final = ROLE_MAX + 10
#: The occasion after a date on its line: 在…会议上, 在…大会上的讲话.
OCCASION_AFTER_DATE: Final = recache.compile(r"\s*在[^，。；,;]{2,36}?上(?:的[\u4e00-\u9fff]{1,6})?")
#: The same in a line, where a byline may follow it past a space (…会议上 陕西省省长 赵刚).
OCCASION_IN_DATE_LINE: Final = recache.compile(r"在[^，。；,;\s]{2,36}?上(?:的[\u4e00-\u9fff]{1,6})?(?=\s)")
#: The dashes of a subtitle run on after the title on its line.
GLUED_SUBTITLE_DASH: Final = recache.compile(r"——|──|━━")
#: How a subtitle's occasion ends (…在第十三届全国人民代表大会第四次会议上, …会议上的讲话); a subtitle line
#: that names an occasion without this end may go on on the line below, a copy having wrapped it.
OCCASION_END: Final = recache.compile(r"在[^，。；,;]{2,60}?上(?:的[\u4e00-\u9fff]{1,6})?$")
#: A talk named by its meeting without 在 (新高一家长会上的讲话稿, 开学典礼上的致辞), or a report by its kind (…亮点工作汇报,
#: …经验交流发言): a subtitle run on after the title too.
MEETING_TALK_END: Final = recache.compile(
    r"(?:会|典礼|仪式|论坛|活动)上的(?:讲话|讲话稿|讲稿|发言|发言稿|致辞|致词|演讲|演讲稿|报告)$"
    r"|(?:工作|情况|经验|交流|专题)(?:汇报|报告|发言)(?:稿|材料)?$")  # (…——绍兴一中“千校结好”亮点工作汇报: the genre names it)
#: An occasion named in a line: at a place or meeting, speaking (在黄埔军官学校讲, 在…会上的讲话, 在…开学典礼上).
OCCASION: Final = recache.compile(r"在[^，。；,;？?]{2,60}?(?:上|[讲講]|致辞|致詞|演[讲講]|发言|發言)")
#: The longest rest of a subtitle wrapped onto a line of its own (代表大会第四次会议上), and what it never holds.
WRAPPED_REST_MAX: Final = 30
NOT_IN_WRAPPED_REST: Final = recache.compile(r"[。！？!?，,；;：:]")
#: Title lines of the text's own title block looked through for its subtitle, date or speaker line.
TITLE_BLOCK_LINES: Final = 3
#: How far into a document the front matter may reach, in paragraphs; chrome lines this short (a toolbar's
#: buttons, a line each: 下载 / 打印 / 【字号： / 加大) do not count.
WINDOW: Final = 12
CHROME_PIECE_MAX: Final = 6
TITLE_MAX: Final = 60
MARKDOWN_TITLE_MAX: Final = 2 * TITLE_MAX
#: The shortest title line that, found inside the longer title line above it, shows that line a web page's heading.
REPEATED_TITLE_MIN: Final = 8
#: … or as its end, at least (广东省2024年政府工作报告 / 政府工作报告).
REPEATED_ENDING_MIN: Final = 4
#: A line this like the title (difflib's ratio), no more characters longer or shorter, repeats it (see ``near_repeat``).
NEAR_REPEAT_RATIO: Final = 0.9
NEAR_REPEAT_EDITS: Final = 2
#: What may stand before the title (the grammar's ``_lead``): notes and a 发文字号.
LEADS: Final = ("PREAMBLE", "DOC_NUMBER")
#: Longest salutation glued to the paragraph after it that is looked for (up to its colon).
GLUED_SALUTATION_MAX: Final = 60
#: What a whole line that is a salutation (the grammar's SALUTATION) ends with, but for spaces: its delimiter
#: (同志们：, 各位代表！), or its greeting (大家好, 大家上午好！, 大家早安, 新年快樂).
SALUTATION_LAST: Final = frozenset("：:！!，,好。安乐樂")
#: The longest date line, spaces aside.
DATE_LINE_MAX: Final = 40
#: The longest line tried as a salutation of its own, and as one ending in its colon (a 公文's 主送机关 may name many
#: bodies).
SALUTATION_LINE_MAX: Final = 80
ADDRESSEES_LINE_MAX: Final = 160
COLON: Final = recache.compile(r"[：:]")
#: How an address to the audience may open (各位工商界朋友，…：).
ADDRESS_OPENINGS: Final = ("尊敬的", "亲爱的", "親愛的", "各位", "诸位", "諸位", "全体", "全體", "在座的")
ADDRESS_MAX: Final = 30
#: How near its end a photo's caption has its credit (新华社记者 姚大伟 摄), and its longest.
CREDIT_REACH: Final = 16
CAPTION_MAX: Final = 250
#: The longest blurb of a 范文 site (…下面是小编帮大家整理的…，供大家参考借鉴，希望…) read as chrome in the front matter.
BLURB_MAX: Final = 200
#: What a title never ends with: a sentence's or clause's punctuation, an opening quotation mark or bracket
#: (毛主席就提出：“ is a line of text the copy broke inside a quotation).
#: The marks a title may end with, where the line under it shows it a title (see ``FrontMatterScanner._marked_title``), and
#: the slips copied from running text that a line naming a document by its kind may end with (…的讲话。, …的通知：).
TITLE_MARKS: Final = frozenset("！!？?")
TITLE_SLIPS: Final = frozenset("。：:")
TITLE_NOT_LAST: Final = frozenset("！!？?：:，,、“‘「『（(《【…")  # (…: a sentence trailing off, 有人说，…金钱财富……)
#: How many lines above a Markdown file's # title a kicker or a quoted notice may stand.
KICKER_REACH: Final = 4
#: A line that names the text's genre and nothing else (演讲, 讲话稿, 访谈记录): a site's or a collection's label beside
#: the title, not a title line (演讲 / 奋斗的青春最美丽; 国家发展改革委新闻发布会 / 访谈记录).
GENRE_LABELS: Final = frozenset({
    "演讲", "讲话", "致辞", "发言", "讲稿", "演讲稿", "讲话稿", "发言稿", "致辞稿", "讲话全文", "演讲全文", "全文",
    "访谈", "访谈录", "访谈记录", "专访", "对话", "实录", "文字实录", "讲座", "演講", "講話", "致辭", "發言", "講稿", "訪談",
})
#: The dashes a subtitle opens with (the grammar's SUBTITLE).
SUBTITLE_DASHES: Final = frozenset("—–－―-─━")
#: A web page's outline before the speech: its entries' first characters, longest entry (of any outline without page
#: numbers); an ellipsis line after it.
OUTLINE_FIRST: Final = frozenset("一")
OUTLINE_ENTRY_MAX: Final = 40
#: What an entry of a table of contents copied from a PDF may keep after its title: the remains of the leader (dots,
#: an ellipsis, a stop or colon the text recognition saw in it) and the page number.
CONTENTS_ENTRY_TAIL: Final = ".．。…⋯·・：:，,0123456789 "
ELLIPSIS_LINE: Final = recache.compile(r"[…\.。·]{2,}")
#: A word in Latin letters alone on its line above a title in Han characters (a page's widget: WFU, MENU; a site's or a
#: collection's name: MaoZeDongAnthology).
LATIN_TOKEN: Final = recache.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,29}")
#: A site's menu, its items of two to four Han characters parted by spaces, five or more (国内 国际 社会 文史 经济 滚动):
#: above the title, chrome.
SPACED_MENU: Final = recache.compile(r"[\u4e00-\u9fff]{2,4}(?: +[\u4e00-\u9fff]{2,4}){4,}")
#: The shortest title a line may hold twice (a web page's heading run into the text's own title).
DOUBLED_TITLE_MIN: Final = 6
#: An entry of a table of contents whose page number a space sets apart (1. 安徽省政府工作报告 5): under a 目录 heading.
SPACED_CONTENTS_ENTRY: Final = recache.compile(r"[^。；！？\s][^。；！？]{1,60}?\S\s+(?P<page>[0-9]{1,4})")
#: The bar after the label of a site's channel that opens a page's heading (政务服务丨…, 专题|…).
CHANNEL_BARS: Final = frozenset("丨|｜")
#: A name run into the salutation after it (周恩来同志们！, 王建国同志们、朋友们：), and the last characters of words for
#: a group, no name (机关干部, 老党员, 各族人民).
NAME_BEFORE_VOCATIVE: Final = recache.compile(r"(?P<name>[\u4e00-\u9fff]{3})(?=同志们|同志們|战友们|戰友們|朋友们|朋友們)")
GROUP_LAST: Final = frozenset("们們员員部区區市县縣省院委界民兵士人生工师師长長家队隊军軍族女男代表级級局处處厅廳办辦")
#: Longest line that may be a 公文's 发文字号 (国办发〔2023〕12号).
DOC_NUMBER_MAX: Final = 30
#: Longest issuer's name or banner over a 发文字号 (see ``_is_letterhead``), and what it never holds.
LETTERHEAD_MAX: Final = 40
#: A 命令（令）'s 发文机关标志 and its number on the line under it (GB/T 9704-2012 §10.1: 中山市人民政府令 / （第16号）).
ORDER_HEAD: Final = recache.compile(r"[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|委员会|办公厅|部|局|署|院)令")
ORDER_NUMBER: Final = recache.compile(r"[（(]?\s*第\s*[0-9０-９一二三四五六七八九十百〇零]{1,6}\s*号\s*[)）]?")
LETTERHEAD_NOT: Final = recache.compile(r"[，。；：:！？!?、,;（()）]")
#: Families whose marker may be weak (一 标题, 1 标题, 1.1 标题): a heading only with a real delimiter or alone.
WEAK_FAMILIES: Final = frozenset({"HEAD_CN", "HEAD_DEC", "HEAD_AR"})
SERIES_REACH: Final = 400
#: A line wholly in brackets that is no date: (譯自…俄文稿).
BRACKETED: Final = recache.compile(r"[（(][^（()）]{2,80}[)）]")
#: A byline in brackets under a transcript's title: the name, then the office (（刘元春，中国人民大学副校长）).
BRACKETED_BYLINE: Final = recache.compile(r"[（(]\s*(?P<name>[^\s，,（()）]{2,4})\s*[，,]\s*(?P<office>[^，,（()）]{2,30}?)\s*[)）]")
#: An editor's word on the text, right under its title's date, as collected works print it:
#: 这是毛泽东在一九三七年五月…召开的中国共产党全国代表会议上所作的结论。
EDITORIAL_INTRO: Final = recache.compile(
    r"这是[^。！？]{0,12}?在[^。！？]{2,120}?(?:讲话|报告|结论|演说|演讲|讲演|发言|致辞|祝词|开幕词|闭幕词|谈话|总结|指示|批语)"
    r"[^。！？]{0,12}。?")
#: An editor's lead over a speech, between its title and its salutation: it names the speech as given (习近平发表重要讲话)
#: or announces its text (讲话全文如下, 以下是讲话实录); the longest such lead.
SPEECH_INTRODUCED: Final = recache.compile(
    r"发表(?:了)?(?:重要|热情洋溢的|题为[^。！？]{2,40}的)?(?:讲话|致辞|演讲|讲演)|全文如下|全文刊发如下|全文刊登如下"
    r"|(?:以下|下面)(?:是|为)[^。！？]{0,20}(?:全文|实录|讲话)")
LEAD_MAX: Final = 300
#: A news photo's caption over the report it shows delivered, the report's salutation under it: 省长赵刚作政府工作报告,
#: 李强作政府工作报告 (not a title: no 在…上, no 的), its credit after it (…报告。新甘肃·甘肃日报记者 盛学卿; a credit ending
#: in 摄 makes the line a photo's caption, chrome).
REPORT_DELIVERED: Final = recache.compile(
    r"[^在的，。：:、\s]{2,16}?(?<!工)作了?[^在的，。：:、\s]{0,8}?报告(?:。[^。，：:]{0,20}?记者[^。，：:摄]{2,4})?")
#: A chair handing the floor to the speaker, as a transcript of a session (全文实录) gives the chair's words before the
#: speaker's byline: 现在进行第一项议程：请最高人民法院院长周强同志作最高人民法院工作报告。 / 下面请王书记讲话。
FLOOR_GIVEN: Final = recache.compile(
    r"请[^。！？]{2,40}?(?:作|做)[^。！？]{0,40}?报告"
    r"|(?:下面|现在|接下来)[^。！？]{0,10}?请[^。！？]{2,40}?(?:讲话|致辞|致词|发言|作报告|报告工作)")
#: How many paragraphs a chair's turn may hold (the chair's name on a line of its own, what the chair says).
CHAIR_TURN_MAX: Final = 4
#: The hosts of a 主持词, each line of theirs opening with their label (甲：…, 男：…, 合：大家好！).
HOSTS: Final = frozenset("甲乙丙丁男女合")
#: How an editor's note opens (编者按：…, 【编者按】…).
EDITORS_NOTE: Final = ("编者按", "【编者按】", "［编者按］", "[编者按]", "编者的话", "编辑按", "編者按")
#: An editor's headnote under the date, as collected works print one (这是毛泽东写给中共中央的报告。…, 毛泽东此文是为了答复当时
#: 的责难而写的。…): a person named, what the text is, more sentences after it; also starred as the note the title's star
#: calls (*这是江泽民同志在…上讲话的主要部分。), or in brackets (（这是习近平3月4日下午参加联组会时的讲话。）).
HEADNOTE: Final = recache.compile(
    r"这是(?P<who>[\u4e00-\u9fff]{2,4}?)(?:同志|总书记|主席|总理|委员长)?[0-9０-９一二三四五六七八九十〇年月日上下午晚间]{0,12}?"
    r"(?:写给|给|为|起草|代表|在|参加|出席|会见|同|与)[^。！？]{2,120}?"
    r"(?:报告|信|电报|文章|讲话|结论|演说|演讲|讲演|发言|谈话|总结|指示|批语|按语|决议|社论|评论|序言|题词)[^。！？]{0,12}。"
    r"|(?P<author>[\u4e00-\u9fff]{2,4}?)(?:同志)?(?:此文|这篇文章|本文)是[^。！？]{2,80}?而写的。")
#: The longest paragraph that may be such a headnote, and how far into it its opening words are looked for.
HEADNOTE_MAX: Final = 400
HEADNOTE_OPENING: Final = 12
#: The hints of an HTML page's text set out for display (bold, a heading, centred).
DISPLAY_HINTS: Final = frozenset({"bold", "heading", "center"})
#: What a headnote may stand in or behind: brackets, or the star its title's call repeats (*, or 求是's ※).
HEADNOTE_WRAPPERS: Final = frozenset("（(*＊※")
CJK_NAME: Final = recache.compile(r"[\u4e00-\u9fff]{2,4}")
#: The title of a text's opening part (a white paper's 前言): a heading also right under the front matter.
OPENING_PARTS: Final = frozenset({"前言", "序言", "引言", "导言", "绪论", "概述", "概览", "概要", "摘要"})
OPENING_FIRST: Final = frozenset(title[0] for title in OPENING_PARTS)
#: Spaces a web copy left around a full-width bracket (各县 （区）人民政府).
SPACED_BRACKET: Final = recache.compile(r"\s+(?=（)|(?<=[（）])\s+")
#: A label counting the points of the part it opens (三点认识, 几点建议, 两点体会): no line of the title above it.
COUNTED_POINTS: Final = recache.compile(
    r"[一二三四五六七八九十两几]{1,2}点(?:认识|建议|体会|意见|要求|想法|思考|希望|启示|做法|经验|感想|收获|看法|感受)")


def opens_first_part(compact: str) -> bool:
    """Whether ``compact`` is a line that may open the text's first part right under its front matter: the title of an
    opening part (前言) or a label counting the points of the part (三点认识)."""
    return compact in OPENING_PARTS or COUNTED_POINTS.fullmatch(compact) is not None


#: Titles of a speech's parts and of a text's (目录, 正文, 摘要), never a speaker's name however short (开幕词 … 结论).
PART_TITLES: Final = OPENING_PARTS | {"开幕词", "闭幕词", "结论", "结束语", "结语", "结尾", "致辞", "讲话", "报告", "发言", "总结", "附录",
                               "后记", "说明", "按语", "答问", "提纲", "目录", "目次", "正文", "全文", "摘要", "导读", "导语",
                               "简介"}
#: A page's items left as words where they stood (图片 for a picture, see ``lexicon.PAGE_ITEMS``; 图表), and the provinces'
#: short names a page tags a post with (广东, 江西), never a speaker's name either.
PROVINCES: Final = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
             "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "广西", "西藏", "宁夏", "新疆",
             "香港", "澳门", "内蒙古", "黑龙江")
NOT_NAMES: Final = frozenset({*PAGE_ITEMS, "图表", "圖表", "附图", "附圖", *PROVINCES})
SHORT_NAME: Final = recache.compile(r"[\u4e00-\u9fff]{2,3}")
#: The labels of a speaker's byline that end in 人 (演讲人, 主讲人, 報告人…; a 公文's 签发人, GB/T 9704-2012 §7.2.4), which
#: every form of byline below takes.
BYLINE_LABELS: Final = r"演[讲講]人|主[讲講]人|[讲講][话話]人|[报報]告人|致[辞辭詞]人|述[职職]人|[汇匯][报報]人|主持人|[签簽][发發]人"
#: The label of a byline (演讲人：张伟, 主讲人：…, 報告人：…, 作者：…): the name (and office) after it is the speaker's.
SPEAKER_LABEL: Final = recache.compile(
    rf"(?:{BYLINE_LABELS}|演[讲講]者|主[讲講]嘉[宾賓]|[发發]言人|致[辞辭詞]|作者|[编編]写|[编編]寫|撰稿|撰文|[执執]笔)[:：]|文[/／|｜]")
#: (文/苑振超: an article's byline; 编写：梁爽（计算机协会会长）, 执笔：…: a report's writer)
SPEAKER_LABEL_FIRST: Final = frozenset("演主讲講报報致发發作述汇匯文签簽编編撰执執")
#: The shortest labelled name without a Han surname (上野千鹤子; not 简介, 名单), and the words that follow such a
#: label in headings, no name (主讲人简介, 报告人名单, 优秀主讲人评选结果).
LABELLED_OTHER_MIN: Final = 4
LABEL_WORDS: Final = recache.compile(r"(?:简介|介绍|名单|结果|安排|信息|风采|团队|阵容|推荐|评选|须知|报名|征集)")
#: Such a label set apart from the name by a space instead of a colon (主讲人  王晓峰; not 作者简介, 致辞全文).
SPACED_LABEL: Final = recache.compile(rf"(?P<label>{BYLINE_LABELS}|[发發]言人|作者)[ \t\u3000]+(?=\S)")
#: What follows a labelled name as its title (张伟教授), and how a news agency's or a medium's name ends (作者：新华社).
HONORIFICS: Final = ("教授", "博士", "先生", "女士", "老师", "同志", "院士")
MEDIA_ENDS: Final = ("社", "报", "報", "网", "網", "台", "新闻", "新聞", "杂志", "雜誌", "频道", "頻道", "日报", "日報", "网络版", "網絡版",
              "电子版", "電子版", "客户端", "客戶端")
#: The fact (``unit.info`` key) of a line above a speech forwarded by mail: its header, the forwarder's note (see
#: ``furniture.find_mail_header``).
FORWARDED: Final = "forwarded"
#: A post's source named alone with its colon, the medium (or the body that issued the text) on the next line.
SOURCE_LABEL: Final = recache.compile(r"(?:来源|來源|稿源|出处|出處)\s*[:：]")
#: A post's time named alone with its colon, its stamp on the next line (时间： / 2026-02-02 09:20).
TIME_LABEL: Final = recache.compile(r"(?:发布|發布|发表|發表)?(?:时间|時間)\s*[:：]")
#: A medium's name alone on a line (广州日报): how long at most, and what it never holds.
MEDIUM_NAME_MAX: Final = 10
NOT_IN_MEDIUM_NAME: Final = recache.compile(r"[\s，。；：！？、,.;:!?“”\"《》]")
#: A post's field named alone with its colon (作者：, 编辑：), its value left empty.
POST_FIELD_LABEL: Final = recache.compile(r"(?:作者|來源|来源|编辑|編輯|责任编辑|責任編輯|供稿|摄影|攝影|通讯员|通訊員)\s*[:：]")
#: A font switch's label (字体, 字号), its sizes on the lines under it.
FONT_LABELS: Final = frozenset({"字体", "字號", "字号", "字體", "【字体", "【字号"})
#: A date in figures parted by hyphens, slashes or dots (2024-01-27), as a post's stamp gives it.
NUMERIC_DATE: Final = recache.compile(r"[0-9]{4}\s*[-/.]\s*[0-9]{1,2}\s*[-/.]\s*[0-9]{1,2}")
#: A labelled byline run on after the title on its line, past a space: 东京大学入学典礼 演讲 演讲人 上野千鹤子.
GLUED_BYLINE: Final = recache.compile(rf"\s(?P<label>{BYLINE_LABELS})[:：\s]\s*(?P<name>[^\s：:，。]{{2,12}})$")
#: A labelled name with its office in brackets after it: 饶毅（教师代表、科学家）.
LABELLED_ROLE: Final = recache.compile(r"(?P<name>[^（）()]{2,12})[（(](?P<role>[^（）()]{2,30})[)）]")
#: A name without a Han surname, after an office (see :func:`is_name_after_office`), and what none holds.
OTHER_NAME: Final = recache.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{1,8}(?:[·•・．][\u4e00-\u9fff]{1,8}){1,3}")
NOT_IN_NAME: Final = recache.compile(r"[的在上讲講话話會会议議报報告强強调調指出主持席表示要是和与與及同志们們等致辞辭词詞稿言寄]")


def is_name(text: str) -> bool:
    """A personal name (a surname and one or two characters) or a placeholder like XXX."""
    if NAME_PLACEHOLDER.fullmatch(text):
        return True
    if not CJK_NAME.fullmatch(text):
        return False
    if text[:2] in COMPOUND_SURNAMES:
        return len(text) >= 3
    return text[0] in SURNAMES and len(text) <= 3


def parse_speaker(compact: str, loose: bool = False) -> tuple[str | None, str] | None:
    """``(role, name)`` of a speaker line such as 区委书记王晓峰, 习近平 or ※习近平; None if it is not one.

    ``loose``: the line stands alone under a title, where any two or three characters are a name.
    """
    compact = compact.removeprefix(BYLINE_MARK)  # the byline of a 求是 excerpt: 标题※习近平
    if compact[:1] in SPEAKER_LABEL_FIRST and (label := SPEAKER_LABEL.match(compact)):  # 演讲人：张伟, 主讲人：…
        compact = compact[label.end():]
        role = None
        if compact[-1:] in "）)" and (bracketed := LABELLED_ROLE.fullmatch(compact)):  # 饶毅（教师代表、科学家）
            compact, role = bracketed.group("name"), bracketed.group("role")
        elif compact.endswith(HONORIFICS) and is_name(compact[:-2].translate(TRADITIONAL)):
            compact, role = compact[:-2], compact[-2:]  # 张伟教授
        if compact.endswith(MEDIA_ENDS) or LABEL_WORDS.search(compact):
            return None  # a news agency, a medium (作者：新华社); a heading's word (主讲人简介: 简 is a surname too)
        if pair := _two_names(compact.translate(TRADITIONAL)):
            return None, f"{compact[:pair]}、{compact[pair:]}"  # two speakers (作者：王晓峰 李丽)
        if is_name(compact.translate(TRADITIONAL)) or (
                len(compact) >= LABELLED_OTHER_MIN and OTHER_NAME.fullmatch(compact) and not NOT_IN_NAME.search(compact, 1)):
            return role, compact  # labelled: a name without a Han surname too (上野千鹤子: 上 its first character)
    if compact.endswith("同志") and len(compact) > 3:
        compact = compact[:-2]  # 王晓峰同志
    if len(compact) > SPEAKER_LINE_MAX:
        return None
    simplified = compact.translate(TRADITIONAL)  # 省長 李小鵬 as 省长 李小鹏 (names and roles kept as written)
    if (is_name(simplified) or (loose and SHORT_NAME.fullmatch(compact) and compact not in PART_TITLES
                                and compact not in NOT_NAMES)) and (
            compact not in DISCLOSURE_LABELS):  # (索取号 is a record's field, not a name)
        return None, compact
    for match in reversed(list(OFFICE.finditer(simplified))):
        role, name = compact[: match.end()].rstrip("、，, "), compact[match.end():]
        if name and len(role) <= ROLE_MAX and SENTENCE_END_CHAR.search(role) is None and (
                is_name(simplified[match.end():]) or (is_name_after_office(name) and not role.endswith("记者"))):
            return role, name  # (本报记者采访: no byline; …作政府工作报告。…记者 盛学卿: a caption's credit, no office)
        break
    return None


def _two_names(text: str) -> int:
    """Where the second of two personal names run together starts (王明张丽: the space between them removed), or 0."""
    return next((cut for cut in (2, 3) if len(text) - cut in (2, 3) and is_name(text[:cut]) and is_name(text[cut:])), 0)


def is_byline(text: str) -> bool:
    """Whether ``text`` is an office and a name (县委书记王晓峰, 本报记者  周  欢, 自治区主席 嘎玛泽登): a byline, never a
    heading.  A name without a Han surname only set apart by a space (校长寄语, 教授简介 are titles)."""
    return _office_and_name(text) is not None


def _office_and_name(text: str) -> tuple[str, str] | None:
    """``(office, name)`` of a line that is an office and a name: the name with a Han surname, transliterated with
    its middle dot (艾尔肯·吐尼亚孜), or set apart from the office by a space and not letter-spaced itself (自治区主席
    嘎玛泽登; not 校 长 寄 语); None for any other line."""
    speaker = parse_speaker(text.replace(" ", ""))
    if speaker is None:
        return None
    office, name = speaker
    if office is None:
        return None
    stripped = text.strip()
    apart = stripped.endswith(name) and stripped[: len(stripped) - len(name)].endswith(" ")
    return (office, name) if is_name(name.translate(TRADITIONAL)) or "·" in name or apart else None


#: Who speaks in a transcript's turn, besides a name: the asker and the answerer, a chair, a reporter; or a surname and
#: a form of address (任总, 王董, 李书记).
TURN_SPEAKERS: Final = frozenset({"问", "答", "提问", "回答", "主持人", "记者", "問", "提問", "記者"})
TURN_ADDRESS: Final = ("总", "董", "书记", "部长", "主任", "老师", "教授", "院士", "同志", "先生", "女士", "总裁", "总经理")
#: Verbs that end the words introducing a quotation (古人说：, 他指出：): no speaker's label.
SPEECH_VERBS: Final = ("说", "曰", "认为", "指出", "强调")
#: The label of a turn: a few characters and a colon opening the paragraph.
TURN_LABEL: Final = recache.compile(r"([^\s，。、：:；！？]{1,6})[：:]")
#: Paragraphs opening with a speaker's label that make a text a transcript (a label alone, 任务：…, makes none).
TRANSCRIPT_TURNS: Final = 3


def opens_turn(core: str) -> bool:
    """Whether ``core`` opens with a speaker's label as a transcript of a meeting or an interview gives each turn
    (王媛媛：…, 任总：…, 李主任：…, 问：…): one that a name, a surname and a form of address, or an asker or answerer
    speaks.  Whether the text is a transcript at all is :func:`is_transcript`'s to say."""
    label = TURN_LABEL.match(core)
    if label is None:
        return False
    who = label.group(1)
    if who in TURN_SPEAKERS or (who[:1] in SURNAMES and who[1:] in TURN_ADDRESS):
        return True
    if NOT_IN_NAME.search(who) or who.endswith(SPEECH_VERBS):  # 古人说：“…” quotes, no turn
        return False
    return is_name(who)


def is_transcript(units: list[Unit]) -> bool:
    """Whether ``units`` hold a transcript's turns: at least ``TRANSCRIPT_TURNS`` paragraphs open with a speaker's
    label (a word before a colon that looks like a name, 任务： or 方法：, does not make one)."""
    turns = 0
    for unit in units:
        core = unit.core
        if unit.kind == "PARA" and ("：" in (head := core[1:8]) or ":" in head) and opens_turn(core):
            turns += 1
            if turns >= TRANSCRIPT_TURNS:
                return True
    return False


def is_name_after_office(text: str) -> bool:
    """A name that follows an office without a Han surname to show it: a Tibetan or Mongolian name (嘎玛泽登,
    巴特尔), a transliterated one with its middle dot (艾尔肯·吐尼亚孜); none of the words a title or a sentence
    puts after an office (书记强调, 市长讲话)."""
    return OTHER_NAME.fullmatch(text) is not None and not NOT_IN_NAME.search(text) and text not in PART_TITLES


def is_role_line(compact: str) -> bool:
    """A line that holds only an office (国务院总理; several, the last one ending it: 区委书记、区长), whose name follows
    on the next line."""
    if len(compact) > ROLE_MAX:
        return False
    ends = [match.end() for match in OFFICE.finditer(compact.translate(TRADITIONAL))]
    return bool(ends) and ends[-1] == len(compact)


#: The first crumb of a breadcrumb: the site's home page.
HOME_CRUMBS: Final = frozenset({"首页", "首頁", "主页", "网站首页", "網站首頁"})


def _shredded_crumbs(units: list[Unit], start: int) -> int:
    """How many lines from ``start`` on are a breadcrumb a copy split to a piece a line (首页 / > / 政务信息 / > /
    宁夏要闻, under 当前位置：): crumbs and separators taking turns, up to the last crumb after a separator."""
    end = taken = start
    while end < len(units) and (unit := units[end]).kind == "PARA":
        if (end - start) % 2:  # a separator's place
            if not CRUMB_SEPARATOR.fullmatch(unit.compact):
                break
        elif not (0 < unit.compact_length <= CRUMB_MAX and NOT_IN_CRUMB.search(unit.core) is None):
            break
        else:
            taken = end + 1 if end > start else taken
        end += 1
    return taken - start


def repeated_outline_length(units: list[Unit], start: int) -> int:
    """The entries of a table of contents without page numbers at ``units[start:]``, under its heading (目 录 /
    前 言 / 一、… / （一）… / 结束语, a white paper's; 第一篇… / 第一章…, a plan's): lines short and without a
    sentence's punctuation, as far as they go or up to the first of them again.  0 without two entries, or
    unless the first comes again further on, where the text begins with it (前 言 / 国之大者，…): which tells the
    entries from the headings of a text."""
    if start >= len(units) or not _outline_entry(units[start]):
        return 0
    first = _outline_key(units[start])
    end = start + 1
    entries = 1
    while end < len(units) and (key := _outline_key(units[end])) != first:
        if _outline_entry(units[end], key):
            entries += 1
        elif key and units[end].info.get("note") != "page":
            break  # (a PDF's copy: a column of page numbers after the entries, page numbers and separators between)
        end += 1
    if entries < 2 or not any(_outline_key(unit) == first for unit in units[end:]):
        return 0
    return end - start


def contents_heading_lines(units: list[Unit], index: int) -> int:
    """The lines of the heading of a table of contents at ``units[index]``: 1 (目录, 目  录), 2 for its two
    characters a line each (目 / 录, as a PDF's text may give a heading set wide), 0 for none."""
    core = units[index].core
    if is_contents_heading(core):
        return 1
    following = units[index + 1].core if core == "目" and index + 1 < len(units) else ""
    return 2 if following and is_contents_heading(core + following) else 0


def _outline_key(unit: Unit) -> str:
    """An entry of a table of contents without what a PDF's copy leaves after its title (前言. for 前言………1, （四）
    加强评估考核。 for …⋯⋯51): the title, to find it again over its part of the text."""
    return unit.compact.rstrip(CONTENTS_ENTRY_TAIL)


def _outline_entry(unit: Unit, key: str | None = None) -> bool:
    """Whether ``unit`` may be an entry of a table of contents: short, no sentence in it (``key``: its
    :func:`_outline_key`, if known)."""
    key = _outline_key(unit) if key is None else key
    return 0 < len(key) <= OUTLINE_ENTRY_MAX and SENTENCE_END_CHAR.search(key) is None


def _under_label(label: Unit, line: Unit) -> bool:
    """Whether ``line`` may be the title under a genre label: a line of text, or a Markdown heading below the label's
    own level (# 演讲 / ## 奋斗的青春最美丽)."""
    return line.md_level < 2 or 0 < label.md_level < line.md_level


def near_repeat(line: str, title: str) -> bool:
    """Whether ``line`` repeats ``title`` but for a character or two (a web page's headline, then the text's own title:
    新当选市长市人大闭幕式上的讲话 / 新当选市长在市人大闭幕式上的讲话): no subtitle, the same title again."""
    from difflib import SequenceMatcher  # (here: the module takes 1.5 ms to import, and few texts get this far)

    return (len(title) >= REPEATED_TITLE_MIN and abs(len(line) - len(title)) <= NEAR_REPEAT_EDITS
            and "".join(HAN.findall(line)) != "".join(HAN.findall(title))  # (spacing or marks alone: one
            # title's two lines, counted once)
            and SequenceMatcher(None, line, title, autojunk=False).ratio() >= NEAR_REPEAT_RATIO)


def opens_with_host(text: str) -> bool:
    """Whether ``text`` opens with a 主持词's host and a colon (甲：…, 男：…)."""
    return len(text) > 2 and text[1] in "：:" and text[0] in HOSTS


def looks_like_title(unit: Unit) -> bool:
    """Whether ``unit`` could be a title line: short (a Markdown file's level-1 heading may be longer, a column's tag in
    brackets after it: …新型生产关系（深入学习贯彻…·…专家谈）), no sentence, not ending as a clause, not chrome."""
    compact = unit.compact
    return (
        0 < len(compact) <= (MARKDOWN_TITLE_MAX if unit.md_level == 1 else TITLE_MAX)
        and not opens_with_host(compact)  # (男：尊敬的各位领导: a 主持词's host speaking)
        and "。" not in compact and "；" not in compact and (";" not in compact or not CLAUSE_SEMICOLON.search(compact))
        and any(char.isalnum() for char in (SPACE_ENTITY_ONLY.sub("", compact) if "&" in compact else compact))  # not a
        # stray | or ——, nor a space entity alone (&nbsp;)
        and compact[-1] not in TITLE_NOT_LAST
        and not is_chrome(unit.core)
        and not is_contents_heading(compact)  # (目录 heads contents, whatever follows)
    )


def _page_number(unit: Unit) -> bool:
    """Whether ``unit`` is a number alone that may be a page's (``PAGE_NUMBER_MAX`` at most)."""
    number = bare_number(unit.core)
    return number is not None and number <= PAGE_NUMBER_MAX


def _order_head(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` is a 命令（令）'s head over its number (see ``ORDER_HEAD``)."""
    return (index + 1 < len(units) and ORDER_HEAD.fullmatch(units[index].compact) is not None
            and ORDER_NUMBER.fullmatch(units[index + 1].compact) is not None)


def _post_stamp(units: list[Unit], index: int) -> bool:
    """Whether the date line ``units[index]`` is a web page's stamp of its post under the page's heading: not in
    brackets (the text's own date line is: （2001年1月8日）), the page's chrome right under it (【字体：大 中 小】)."""
    return (units[index].core[:1] not in "（(" and index + 1 < len(units)
            and units[index + 1].kind in ("NOTE", "PREAMBLE") and units[index + 1].info.get("note") == "chrome")


def _wraps_onto(unit: Unit | None) -> TypeGuard[Unit]:
    """Whether ``unit`` may be the rest of a line above that a copy wrapped: a plain paragraph, short."""
    return unit is not None and unit.kind == "PARA" and unit.compact_length <= WRAPPED_REST_MAX


def _speaker_name(text: str) -> bool:
    """Whether ``text``, before a vocative at a salutation's start, is a person's name of three characters (a surname and
    two), not a word for a group (党员, 全体, 青年: see ``GROUP_LAST``)."""
    return len(text) == 3 and is_name(text) and text[-1] not in GROUP_LAST and not text.startswith(("全体", "在座"))


def _glued_title(core: str) -> int:
    """Where the title glued to a breadcrumb starts, where a heading holds the breadcrumb before its own text
    (<h3><span>当前位置：首页-学校简介-校长寄语</span>校长寄语</h3>: the last crumb written twice; a column's name, short
    and no page for one speech as ``PAGE_SPEECHES`` names it, 新闻动态, stays with the breadcrumb), else 0."""
    crumb = ANY_CRUMB_SEPARATOR.split(core)[-1].strip()
    half = len(crumb) // 2
    twice = half >= 2 and len(crumb) % 2 == 0 and crumb[:half] == crumb[half:]
    column = half <= COLUMN_NAME_MAX and not PAGE_SPEECHES.search(crumb[half:])  # (新闻动态: a column's name)
    return len(core) - half if twice and not column else 0


def _opens_text(unit: Unit) -> bool:
    """Whether ``unit`` reads as the text's first paragraph (sentences, longer than a title), not a title line."""
    return unit.compact_length > TITLE_MAX and SENTENCE_END_CHAR.search(unit.core) is not None


def _quoted_run(units: list[Unit], index: int) -> int:
    """How many quoted paragraphs (Markdown's ``>``) run from ``units[index]`` on, where text that is not quoted follows
    them (site chrome may come between): 0 if none follows, or only chrome (原文链接：…), or the quote addresses an
    audience (同志们：): a text all quoted is the text itself."""
    stop = index
    while stop < len(units) and (units[stop].prefix.startswith(">") or not units[stop].core.strip("> ")):  # (a lone >)
        if VOCATIVE.match(units[stop].core):
            return 0
        stop += 1
    text_follows = any(chrome_kind(units[position].core) is None for position in range(stop, len(units)))  # (notes may
    # come between: 来源：…)
    return stop - index if text_follows else 0


def _running_head(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` is a PDF's running head (百度文库 - 好好学习，天天向上): a line over a number alone on its
    line that recurs, each copy beside such a number, at least ``RUNNING_HEAD_COPIES`` times (every page's top)."""
    if index + 1 >= len(units) or bare_number(units[index + 1].core) is None:
        return False  # (nearly every line: no page number under it)
    compact = units[index].compact
    copies = [at for at, unit in enumerate(units) if unit.compact == compact]
    return len(copies) >= RUNNING_HEAD_COPIES and all(
        any(0 <= beside < len(units) and bare_number(units[beside].core) is not None for beside in (at - 1, at + 1))
        for at in copies)


def _speaker_prefixed(title: str, line: str) -> bool:
    """Whether ``title`` is ``line`` after a speaker's name and a colon (习近平：在科学家座谈会上的讲话, 国务院总理李强：…),
    as news sites head a speech whose own title line is ``line``."""
    speaker = title[:len(title) - len(line)]
    return (len(speaker) > 1 and title.endswith(line) and speaker[-1] in "：:" and len(line) >= REPEATED_ENDING_MIN
            and parse_speaker(speaker[:-1]) is not None)


def _label_over_set_title(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]``, a title line, is set out (bold, a heading, centred: an HTML page's) where the title lines
    above it are not: those are a column's label over the title, no lines of it."""
    if not DISPLAY_HINTS & units[index].block.hints:
        return False
    above = index
    while above > 0 and units[above - 1].kind == "TITLE":
        above -= 1
    return all(not DISPLAY_HINTS & unit.block.hints for unit in units[above:index])


def _last_crumb(unit: Unit) -> bool:
    """Whether ``unit`` may be a breadcrumb's last crumb: a column's name, short, with no punctuation."""
    return unit.kind == "PARA" and unit.compact_length <= COLUMN_NAME_MAX and not MENU_NOT.search(unit.core)


def _menu_over_breadcrumb(units: list[Unit], index: int) -> tuple[int, int]:
    """How many lines from ``units[index]`` on are a site's menu, an item a line, right over its breadcrumb (首页 / 网上信访
    / 新闻中心 / 首页 > 新闻中心 > 信访要闻; a portal's, a hundred items and more, a few of them longer or with brackets,
    注册VIP邮箱（特权邮箱，付费）): two short lines or more with no punctuation, then the breadcrumb; else 0.  And where the
    look stopped: no menu starts before it either."""
    longer = 0  # (the items that are no short word: one in MENU_LONGER_SHARE at most, none a sentence)
    for end in range(index, min(index + MENU_ITEMS_MAX, len(units))):
        unit = units[end]
        if NAVIGATION.match(unit.core):
            return (end - index if end - index >= 2 and longer * MENU_LONGER_SHARE <= end - index else 0), end
        if unit.kind not in ("PARA", "NOTE", "PREAMBLE"):
            return 0, end  # (no line of a menu: no menu starts above it either)
        if (unit.compact_length <= MENU_ITEM_MAX and not MENU_NOT.search(unit.core) and bare_number(unit.core) is None) or (
                PHONE_NUMBER.fullmatch(unit.core) or MENU_ROW.fullmatch(unit.core) or is_chrome(unit.core)):
            continue  # an item, a telephone line's number, a row of items parted by bars (| 首页 | 高层动态 |), chrome
        if unit.compact_length > MENU_LONGER_MAX or SENTENCE_END_CHAR.search(unit.core):
            return 0, end
        longer += 1
        if longer * MENU_LONGER_SHARE > max(end - index + 1, MENU_LONGER_SHARE):
            return 0, index + 1
    return 0, index + 1  # (as many items as a menu may have, no breadcrumb: looked for again from the next line)


def is_headnote(core: str) -> bool:
    """Whether ``core``, a paragraph, is an editor's headnote (see ``HEADNOTE``), starred or in brackets or not."""
    if core[:1] in HEADNOTE_WRAPPERS:
        core = core[1:-1] if core[0] in "（(" and core[-1:] in "）)" else core[1:].lstrip()
    opening = core[:HEADNOTE_OPENING]
    if len(core) > HEADNOTE_MAX or not (opening.startswith("这是") or "此文是" in opening or "本文是" in opening):
        return False  # (the quick tests first)
    found = HEADNOTE.match(core)
    return found is not None and is_name(found.group("who") or found.group("author"))


def _medium_over_stamp(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` names a medium and nothing more (广州日报, ``MEDIUM_NAME_MAX`` characters at most) over a
    post's chrome (its stamp: 2025-02-05 21:53发布于 …)."""
    unit = units[index]
    return (unit.compact_length <= MEDIUM_NAME_MAX and unit.compact.endswith(MEDIA_ENDS) and index + 1 < len(units)
            and not NOT_IN_MEDIUM_NAME.search(unit.core) and is_chrome(units[index + 1].core))


def _empty_post_field(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` is a post's field left empty, its label alone with its colon under the post's other fields
    (来源： / 南方日报网络版 / 作者： / 打印): no byline."""
    return index > 0 and units[index - 1].info.get("note") == "chrome" and POST_FIELD_LABEL.fullmatch(units[index].core) is not None


def _byline_after_occasion(unit: Unit) -> int:
    """Where a byline set apart by a space after a date line's occasion starts (2026年1月27日在…会议上 陕西省省长 赵刚), or 0."""
    occasion = OCCASION_IN_DATE_LINE.search(unit.core)
    if occasion is None or not unit.core[occasion.end(): occasion.end() + 1].isspace():
        return 0
    byline = "".join(unit.core[occasion.end():].split())
    return occasion.end() if parse_speaker(byline) else 0


#: What may end a subtitle's occasion before a byline or a salutation run on after it (…会议上, …会议上的讲话).
OCCASION_TAIL: Final = recache.compile(r"上(?:的(?:讲话|工作报告|报告|致辞|发言|演讲))?")


def _run_on_after_occasion(core: str, salutation: re.Pattern[str]) -> list[int]:
    """Where the byline and the salutation start in a subtitle that runs on past its occasion into them, a PDF's text
    having lost the line breaks (——2023年12月28日在…会议上晋江市人民政府市长王明元各位代表：): an office and a name, a
    salutation, or both, right after the occasion's 上; [] for any other line."""
    opening = core.find("在")
    end = core.find("上", opening + 3) if opening >= 0 else -1
    while end > 0:
        tail = OCCASION_TAIL.match(core, end)
        start = tail.end() if tail else end + 1
        if cuts := _byline_and_salutation(core[start:], salutation):
            return [start + cut for cut in cuts]
        end = core.find("上", end + 1)
    return []


def _byline_and_salutation(text: str, salutation: re.Pattern[str]) -> list[int]:
    """``[0]`` if ``text`` is an office and a name, or a salutation that addresses the audience (see :func:`_addresses`);
    ``[0, cut]`` if it is an office and a name with such a salutation run on at ``cut``; [] otherwise."""
    if len(text) < 3 or text[0].isspace():
        return []
    if text[-1] not in "：:":
        return [0] if _office_and_name(text) else []
    for cut in range(len(text) - 2):
        if _addresses(text[cut:], salutation) and (cut == 0 or _office_and_name(text[:cut])):
            return [0, cut] if cut else [0]
    return []


def _addresses(text: str, salutation: re.Pattern[str]) -> bool:
    """Whether ``text`` is a salutation that no other words could be: vocatives (同志们：) or an address as it opens
    (各位代表：, 尊敬的…：)."""
    return (VOCATIVE.fullmatch(text) is not None or text.startswith(ADDRESS_OPENINGS)) and salutation.fullmatch(text) is not None


#: The heading of one speaker's part of a text that holds several speakers' (王洪文同志讲话, 纪登奎同志的讲话 under a title
#: naming them; 张春桥同志讲话：, 周总理讲话： in a record of a meeting): who speaks, then the word for a speech.
SPEAKERS_PART: Final = recache.compile(
    r"(?P<name>[\u4e00-\u9fff·]{2,8}?)(?:同志)?的?(?:讲话|講話|发言|發言|插话|插話|总结讲话)[：:]?")


def _speakers_part(compact: str, title: str) -> str | None:
    """The name in a line that heads one speaker's part (王洪文同志讲话) where the title above names that speaker
    (王洪文、纪登奎在省委工作会议…上的讲话), else None."""
    match = SPEAKERS_PART.fullmatch(compact) if title and compact[-1:] in "话言" else None
    name = match.group("name") if match else None
    return name if name and name in title and is_name(name) else None


def _doubled(core: str) -> int:
    """Where the second copy starts in a line that holds one title twice, run together or a space apart (a web page's
    heading and the text's own title on one line: 县委书记在…的讲话县委书记在…的讲话), also where the two differ by a
    character or two (县长在…座谈会上讲话县长在…座谈会上的讲话, see :func:`near_repeat`), else 0."""
    half = len(core) // 2
    if half < DOUBLED_TITLE_MIN or HAN.search(core, 0, half) is None:  # (a title's words: 999999 is no title twice)
        return 0
    middle = core[half:len(core) - half]  # (nothing, or the one character between two copies: a space)
    if core[:half] == core[len(core) - half:] and not (middle and not middle.isspace()):
        return len(core) - half
    opening = core[:DOUBLED_TITLE_MIN]
    for cut in range(half - NEAR_REPEAT_EDITS, half + NEAR_REPEAT_EDITS + 1):
        if core.startswith(opening, cut) and near_repeat(core[cut:], core[:cut].rstrip()):
            return cut
    return 0


def _spaced_entries(units: list[Unit], start: int) -> int:
    """How many entries of a table of contents under its heading start at ``start`` whose page numbers only a space
    sets apart (1. 安徽省政府工作报告 5 / 2. 包头市政府工作报告 38): short lines ending with a number, the numbers in
    the pages' order."""
    end, last = start, 0
    while end < len(units) and (entry := SPACED_CONTENTS_ENTRY.fullmatch(units[end].core)):
        page = int(entry.group("page"))
        if page < last:
            break
        end, last = end + 1, page
    return end - start


def _font_label(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]`` is a font switch's label alone on its line over its sizes, a line each (【 / 字体 / 大 / 中 /
    小 / 】)."""
    following = index + 1
    return (units[index].compact in FONT_LABELS and following < len(units) and units[following].core in FONT_SIZE_LINES
            and _font_sizes(units, following))


#: A bar alone on its line between a font switch's sizes (小 / | / 中 / | / 大).
SIZE_SEPARATORS: Final = frozenset({"|", "｜", "/"})


def _font_sizes(units: list[Unit], index: int) -> bool:
    """Whether ``units[index]``, a font size alone (大, 中, 小), stands in a run of different ones with the lines
    next to it (maybe a bar alone between two: 小 / | / 中 / | / 大), the first maybe ending the line above after a space
    (…点击量:472 大 / 中 / 小): a font switch."""
    sizes = {units[index].core}
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(units) and (units[other].core in FONT_SIZE_LINES - sizes or (
                units[other].core in SIZE_SEPARATORS and 0 <= other + step < len(units)
                and units[other + step].core in FONT_SIZE_LINES - sizes)):
            if units[other].core in FONT_SIZE_LINES:
                sizes.add(units[other].core)
            other += step
        if step == -1 and other >= 0 and units[other].core[-2:-1].isspace() and units[other].core[-1] in FONT_SIZE_LINES - sizes:
            sizes.add(units[other].core[-1])
    return len(sizes) >= 2


class FrontMatterScanner:
    """Finds the front matter at the start of ``units``; the order follows the grammar's
    ``front_matter`` rule: notes, title lines, subtitle, date and speaker lines, salutation."""

    def __init__(self, patterns: dict[str, re.Pattern[str]]) -> None:
        self._no_menu_before = 0  #: no site's menu starts before this line of the text being scanned (see _menu_at)
        self.date = patterns["DATE_LINE"]
        self.subtitle = patterns["SUBTITLE"]
        self.salutation = patterns["SALUTATION"]
        self.doc_number = patterns["DOC_NUMBER"]
        self.label = patterns["ITEM_LABEL"]  # (篇一：…, a collection's piece)
        self.headings = {name: patterns[name] for name in
                         ("HEAD_PART", "HEAD_CN", "HEAD_CNP", "HEAD_DEC", "HEAD_AR", "HEAD_ARP", "HEAD_CIRC")}
        #: The characters these division markers can start with (a line opening with none of them opens no body).
        self.heading_first = frozenset("".join(FIRST_CHARACTERS[name] for name in self.headings))

    def is_date_line(self, unit: Unit) -> bool:
        """A date line (the match fails fast), not a post's stamp (2022年03月03日 11:49:52 来源: 杭州日报)."""
        core = unit.core
        length = len(core)
        if length > DATE_LINE_MAX and (length > 2 * DATE_LINE_MAX + 1 or length - core.count(" ") > DATE_LINE_MAX):
            return False  # (the reader leaves no two spaces together: a longer text is longer without its spaces)
        return self.date.fullmatch(core) is not None and not is_chrome(core)

    def _title_after_date(self, core: str) -> int:
        """Where the title starts in a Markdown level-1 heading that opens with its date and a space (2015-08-23
        演講：開放 ^ 資料, 2019年1月17日 在全县工作会议上的讲话), as a collection names its files: a date line by the
        grammar, what follows its date no sentence; 0 for any other line."""
        line = self.date.fullmatch(core)
        end = line.end("date") if line is not None and line.group("date") else 0
        if not end or not core[end:end + 1].isspace():
            return 0
        start = len(core) - len(core[end:].lstrip())
        rest = core[start:]
        return start if HAN.search(rest) and SENTENCE_END_CHAR.search(rest) is None and len(rest) <= TITLE_MAX else 0

    def is_salutation(self, unit: Unit) -> bool:
        core = unit.core
        last = core[-1:]  # most lines fail here, without the pattern (2 µs on a title)
        if len(core) > (ADDRESSEES_LINE_MAX if last in "：:" else SALUTATION_LINE_MAX):
            return False
        if not (last in SALUTATION_LAST or last.isspace()):
            return False
        if self.salutation.fullmatch(core) is not None:
            return True
        return "（" in core and " " in core and self.salutation.fullmatch(SPACED_BRACKET.sub("", core)) is not None  # (各县
        # （区）人民政府…：, a web copy's space before a bracket)

    def is_address(self, unit: Unit) -> bool:
        """A salutation that no sentence of the body could be: vocatives (同志们、朋友们：), or an
        address as it opens (尊敬的…, 各位…) or lists the audience (立法會主席、各位議員、各位市民：) and short."""
        core = unit.core
        return VOCATIVE.fullmatch(core) is not None or (
            (core.startswith(ADDRESS_OPENINGS) or "各位" in core)
            and len(core) <= ADDRESS_MAX and self.is_salutation(unit))

    def _unmarked_address(self, units: list[Unit], index: int) -> bool:
        """An audience addressed on a line of its own that lost its colon (各位代表, 尊敬的各位领导、同志们; SP102 reports
        it) over the text's first sentence: the salutation, not a title line.  Vocatives and addresses only, not a
        公文's addressees (某某市人民政府 may be a title)."""
        core = units[index].core
        if opens_with_host(core):
            core = core[2:].lstrip()  # (a 主持词's host addresses the audience: 男：尊敬的各位领导、各位来宾)
        if not core or core[-1] in SALUTATION_LAST or len(core) > ADDRESS_MAX or index + 1 >= len(units):
            return False
        marked = core + "："
        following = units[index + 1]
        addressed = core.startswith(ADDRESS_OPENINGS) or "各位" in core
        return (following.kind == "PARA" and (SENTENCE_END_CHAR.search(following.core) is not None
                                               or self.is_salutation(following))  # (the other host's: 女：老师们、同学们：)
                and (VOCATIVE.fullmatch(marked) is not None or (addressed and self.salutation.fullmatch(marked) is not None)))

    def opens_body(self, units: list[Unit], index: int) -> bool:
        """A heading marker or a Markdown sub-heading: the body has begun.  A weak marker
        (一 标题) counts when a later paragraph continues it (二 …)."""
        unit = units[index]
        if unit.md_level >= 2 or UNDER_DECLARED_TITLE in unit.info or (
                unit.core[-1:] in PIECE_NUMBER_LAST and is_piece_label(unit.compact)) or (
                unit.core.startswith("篇") and (label := self.label.match(unit.core)) and label.group("label") == "篇"):
            return True  # (a collection's first piece, 主持会议的开场白篇1 or 篇一：…, under its headline)
        core = unit.core
        if core[:1] not in self.heading_first:
            return False
        for name, pattern in self.headings.items():
            match = pattern.match(core)
            if not match:
                continue
            if name == "HEAD_AR" and is_page_number(core):  # 1. — 1 —: a page number a converter numbered
                return False
            delim = match.group("delim")
            if name not in WEAK_FAMILIES or delim not in ("", " ") or match.end() == len(core):
                return True
            return self._continued(units, index, name, match)
        return False

    def _introduces_speech(self, units: list[Unit], index: int) -> bool:
        """Whether ``units[index]``, a paragraph between the title block and the salutation, is an editor's lead that
        introduces the speech (…习近平发表重要讲话。, …讲话全文如下：) or a photo's caption that shows it delivered
        (省长赵刚作政府工作报告): not the speech's own first words."""
        unit = units[index]
        return (index + 1 < len(units) and unit.compact_length <= LEAD_MAX and (
            SPEECH_INTRODUCED.search(unit.core) is not None or REPORT_DELIVERED.fullmatch(unit.compact) is not None)
            and self.is_salutation(units[index + 1]))

    def _chair_turn(self, units: list[Unit], index: int) -> int:
        """How many paragraphs from ``index`` on are a chair's turn under the title of a session's transcript: at most
        :data:`CHAIR_TURN_MAX` short ones, the last handing the floor (:data:`FLOOR_GIVEN`), the speaker's byline right
        under it (最高人民法院院长　周强); 0 if they are none."""
        for end in range(index, min(index + CHAIR_TURN_MAX, len(units) - 1)):
            core = units[end].core
            if "请" in core and FLOOR_GIVEN.search(core):  # (请 first: it is rare, the other tests are not)
                if any(unit.kind != "PARA" or unit.compact_length > LEAD_MAX for unit in units[index: end + 1]):
                    return 0
                byline = self._speaker_line(units[end + 1]) or self._office_over_name(units, end + 1)
                return end + 1 - index if byline else 0
        return 0

    def _lead_over_title(self, units: list[Unit], index: int) -> bool:
        """Whether ``units[index]``, at the top, is an editor's note or a news report's lead over the speech's title (编者按：
        …现将讲话全文刊发如下。, 新华社北京3月5日电 …讲话全文如下：): what introduces the speech, a title line under it (or
        the speech itself, opening with its salutation)."""
        unit = units[index]
        if index + 1 >= len(units) or unit.compact_length > LEAD_MAX or not (
                unit.core.startswith(EDITORS_NOTE) or SPEECH_INTRODUCED.search(unit.core)):
            return False
        if unit.core[-1:] not in "。：:":
            return False  # (prose that ends a sentence, not a headline: …习近平发表重要讲话)
        following = units[index + 1]
        return (looks_like_title(following) and not self.opens_body(units, index + 1) and not self.is_salutation(following)
                ) or VOCATIVE.match(following.core) is not None  # (or no title: the speech opens, 同志们，…)

    def _annex_label_over_title(self, units: list[Unit], index: int) -> bool:
        """An annex's label opening the text, alone on its line over a title line (附件1 / 关于…的实施方案, 附件： /
        2010年…“种文化” / 海洋体育活动实施方案): a copy of one annex of a 公文, which GB/T 9704-2012 sets on a page of its
        own, its label at the top left and its title below."""
        return (ANNEX_LABEL.fullmatch(units[index].core) is not None and index + 1 < len(units)
                and looks_like_title(units[index + 1]) and not self.opens_body(units, index + 1))

    def _date_over_title(self, units: list[Unit], index: int) -> bool:
        """Whether ``units[index]``, the first line, is a date line over a title line (a blog's or a repost's date above
        the text: 2023年6月 / 在…毕业典礼上的讲话 / 校长 徐扬生 / （2023年5月22日）)."""
        if (index + 1 >= len(units) or units[index].core[:1] in "（(" or not self.is_date_line(units[index])
                or any(unit.kind == "DOC_NUMBER" for unit in units[:index])):
            return False  # (a date in brackets, or under a 发文字号, is the text's own)
        following = units[index + 1]
        return (looks_like_title(following) and following.compact not in PART_TITLES and following.core[:1] not in "（("
                and not self.is_date_line(following) and not self.is_salutation(following)
                and not self._speaker_line(following) and following.core[:1] not in SUBTITLE_DASHES
                and not self.opens_body(units, index + 1))

    def _opening_part_first(self, units: list[Unit], index: int) -> bool:
        """Whether ``units[index]``, the first line of a text without a title, is the title of its opening part (前言,
        引言) with a numbered series later: the text's first part, not its title (alone, 前言 may title a preface)."""
        unit = units[index]
        return (unit.core[:1] in OPENING_FIRST and unit.compact in OPENING_PARTS and unit.md_level != 1
                and any(self.opens_body(units, later) for later in range(index + 1, len(units))))

    def _markdown_front_line(self, units: list[Unit], index: int, state: str) -> bool:
        """A Markdown sub-heading of the front matter: the subtitle or the date under the title (# 标题 / ## ——二〇二六年三月九日在…
        会议上, ## （2025年5月）), the title over its subtitle, date or speaker in a text with no level-1 heading (## 凤凰展翅
        再创辉煌 / ——任正非在…的讲话, ## 在2024年公司年度工作会议上的讲话 / 2024年1月15日), or a kicker over the title (see
        :meth:`_kicker`)."""
        unit = units[index]
        if unit.md_level < 2:
            return False
        if state == "start" and DECLARED_TITLE in unit.info:
            return True  # title: 标题 / --- / ## 标题: the title its front matter declares
        if state in ("title", "byline") and self.is_salutation(unit):
            return True  # ### 各区县人民政府，市政府各部门： under the title: a 公文's addressees a converter made a heading
        if state in ("title", "byline") and self.is_date_line(unit):
            return True  # # 标题 / ## （2025年5月）
        if state == "title":
            return self._is_subtitle(unit)
        return state == "start" and (self._kicker(units, index) or (
            index + 1 < len(units) and self._titles(units[index], units[index + 1])) or (
            index > 0 and units[index - 1].kind == "PREAMBLE" and units[index - 1].compact in GENRE_LABELS
            and looks_like_title(unit)))  # # 演讲 / ## 奋斗的青春最美丽: the title under its collection's label

    def _titles(self, unit: Unit, following: Unit) -> bool:
        """Whether ``unit``, a Markdown sub-heading opening the text, is its title: over its subtitle, or a title's
        words over the date or the speaker (a numbered heading over a date is none)."""
        core = unit.core
        return self._is_subtitle(following) or (
            (self.is_date_line(following) or self._speaker_line(following)) and looks_like_title(unit)
            and not (core[:1] in self.heading_first and any(pattern.match(core) for pattern in self.headings.values())))

    @staticmethod
    def _kicker(units: list[Unit], index: int) -> bool:
        """A Markdown sub-heading or quoted line above the file's level-1 heading, with only such lines between: a
        newspaper's kicker (引题) over its title (### 相关国家标准5月1日起实施 / # 线下购物“无理由退货”怎样操作), or a
        collection's notice on where the text comes from (> 本文正文由脚本自…提取 / # 上海市…的通知)."""
        for later in units[index: index + KICKER_REACH]:
            if later.md_level == 1:
                return later is not units[index]
            if later.md_level < 2 and not later.prefix.startswith(">"):
                return False
        return False

    def _continued(self, units: list[Unit], index: int, name: str, match: re.Match[str]) -> bool:
        number = any_number(match.group("num"))
        pattern = self.headings[name]
        for later in units[index + 1: index + 1 + SERIES_REACH]:
            other = pattern.match(later.core)
            if other and other.group("delim") == match.group("delim") and any_number(other.group("num")) == (number or 0) + 1:
                return True
        return False

    def scan(self, units: list[Unit]) -> list[Unit]:
        """Classify the front matter in place; return the units with two-line speakers merged."""
        state = "start"  # start → (occasion →) title → byline → done
        title = ""  # the title lines' compact text
        index = 0
        window = WINDOW
        self._no_menu_before = 0  # (no site's menu starts before this line: see _menu_at)
        while index < min(len(units), window) and state != "done":
            unit = units[index]
            if (state == "start" and BOILERPLATE in unit.block.hints) or (
                unit.kind == "NOTE" and (unit.info.get("note") in ("chrome", "letterhead") or FORWARDED in unit.info)
            ) or (unit.core[:1] in "|-" and TABLE_RULE.fullmatch(unit.core)) or (
                unit.core in FONT_SIZE_LINES and _font_sizes(units, index)
            ) or unit.compact in PAGE_BUTTONS or _font_label(units, index):  # a web page's menus and header above its article; chrome a pass found
                # before (a chunk's number, an excerpt); a layout table's separator row; a font switch's sizes a line
                # each; a page's button (评论, 关闭), no title line nor name; a forwarded mail's header and the note above it
                note = unit.info["note"] if FORWARDED in unit.info or unit.info.get("note") == "letterhead" else "chrome"
                self._mark(unit, "PREAMBLE" if state == "start" else "NOTE", note=note)
                state = "byline" if state == "title" else state  # no title line after a note
                index += 1
                window += 1  # (such notes do not count against the front's reach)
                continue
            if contents := self._contents_length(units, index):
                state = self._contents(units, index, contents, state)
                title = "" if state == "start" else title
                index += contents
                window += contents  # a table of contents does not count against the front's reach
                continue
            if state in ("title", "byline") and is_contents_heading(unit.core):
                self._mark(unit, "NOTE", note="contents")  # 目录 over no entries it could be told by: what follows is text
                state = "byline"
                index += 1
                continue
            if state == "byline" and units[index - 1].kind == "DATE_LINE" and (
                    EDITORIAL_INTRO.fullmatch(unit.core) or is_headnote(unit.core) or EDITOR_NOTE.fullmatch(unit.core)):
                self._mark(unit, "NOTE", note="editorial")  # not the speech's first paragraph: its salutation may follow
                state, index = "byline", index + 1
                continue
            if state == "start" and self._lead_over_title(units, index):
                self._mark(unit, "PREAMBLE", note="editorial")  # 编者按：…现将讲话全文刊发如下。 / 在…上的讲话
                index += 1
                continue
            if state == "start" and unit.compact_length <= GLYPHS_LINE_MAX and unmapped_glyphs(unit.core):
                self._mark(unit, "PREAMBLE", note="chrome")  # ದնੂՑ / čĎ: a PDF's title in a font without a Unicode map
                index += 1
                window += 1
                continue
            if state == "start" and self._annex_label_over_title(units, index):
                self._mark(unit, "PREAMBLE", note="attachments")  # 附件1 / 关于…的实施方案: a copy of one annex
                index += 1
                continue
            if state in ("title", "byline") and (turn := self._chair_turn(units, index)):
                for line in units[index: index + turn]:  # 张春贤 / 各位代表，…现在开会。 / …请周强同志作…报告。
                    self._mark(line, "NOTE", note="editorial")  # (the speaker's byline and salutation follow)
                state, index = "byline", index + turn
                continue
            if (self.opens_body(units, index)
                    and not (state == "start" and unit.md_level == 1 and UNDER_DECLARED_TITLE not in unit.info)
                    and not self._markdown_front_line(units, index, state)
                    and not is_chrome(unit.core)) or (  # (1. 1、下载文档前请自行甄别…: a site's notice, numbered)
                    state == "start" and self._opening_part_first(units, index)):
                break
            if state == "start" and _running_head(units, index):
                self._mark(unit, "PREAMBLE", note="page")  # a PDF's running head over its first page's number
                self._mark(units[index + 1], "PREAMBLE", note="page")
                index += 1
            elif state == "start" and self._kicker(units, index):
                self._mark(unit, "PREAMBLE", note="editorial")
            elif state == "start" and unit.prefix.startswith(">") and (quoted := _quoted_run(units, index)):
                for line in units[index: index + quoted]:  # an editor's note quoted above the text (> 说明…, a Markdown
                    self._mark(line, "PREAMBLE", note=chrome_kind(line.core) or "editorial")  # file's preface): no title
                index += quoted - 1
                window += quoted  # (it does not count against the front's reach)
            elif state == "start" and self._is_letterhead(units, index):
                self._mark(unit, "PREAMBLE", note="letterhead")
            elif state in ("start", "title") and _order_head(units, index):
                self._mark(unit, "PREAMBLE" if state == "start" else "TITLE_NOTE", note="letterhead")  # 中山市人民政府令 /
                self._mark(units[index + 1], "DOC_NUMBER")  # （第16号）, under the title of the rule it issues too
                state, index = "start" if state == "start" else "byline", index + 1
            elif state == "byline" and self._notes_since_title(units, index) and self._is_letterhead(units, index):
                self._web_heading_above(units, index)  # a web page's heading and its post's stamp over a 公文's own
                self._mark(unit, "PREAMBLE", note="letterhead")  # letterhead, number and title
                state, title = "start", ""
            elif self._is_doc_number(unit) and (
                state == "start" or state == "title" or (state == "byline" and units[index - 1].kind == "SUBTITLE")
                or (state == "byline" and self._notes_since_title(units, index) and not self._subtitled(units, index))
            ):  # (after a subtitle that came first the grammar takes no notes before it: SUBTITLE title DOC_NUMBER)
                for note in self._notes_since_title(units, index) if state == "byline" else ():
                    note.kind = "TITLE_NOTE"  # (the page's record between the title and the text's 发文字号)
                self._mark(unit, "DOC_NUMBER")  # above the title, or right below it (or its subtitle, or notes under it)
                state = "start" if state == "start" else "byline"
            elif self._record_field(units, index) or self._time_field(units, index) or _empty_post_field(units, index):
                # 索 引 号： / 000014349/2018-00220 / 主题分类： / …; 时间： / 2026-02-02 09:20; 来源：… / 作者： / 打印
                state, values = self._chrome_line(units, index, "chrome", state)
                index += values
                window += values + 1
            elif self.is_salutation(unit) or self._unmarked_address(units, index):
                if (named := NAME_BEFORE_VOCATIVE.match(unit.core)) and _speaker_name(named.group("name")):
                    named_line, unit = unit.split(named.end("name"))  # 周恩来同志们！: the speaker's name run into the
                    units[index: index + 1] = [named_line, unit]  # salutation (a collected text's byline on the line
                    self._mark(named_line, "SPEAKER", name=named_line.core)  # above, joined)
                    index += 1
                self._mark(self._with_greeting(units, index), "SALUTATION")
                state = "done"
                if title and index + 1 < len(units) and units[index + 1].compact == title:
                    repeated = units[index + 1]  # the page's title repeated under the salutation: the body's first note
                    repeated.kind, repeated.info["note"] = "NOTE", "chrome"
            elif state == "start" and self._date_over_title(units, index):
                self._mark(unit, "PREAMBLE", note="chrome")  # a post's date above the text's title (2023年6月 / 在…的讲话)
            elif state == "start" and unit.md_level == 1 and (cut := self._title_after_date(unit.core)):
                date_line, title_line = unit.split(cut)  # # 2015-08-23 演講：開放 ^ 資料: a collection's file named so,
                units[index: index + 1] = [date_line, title_line]  # the date a post's over its title (see _posted)
                self._mark(date_line, "PREAMBLE", note="chrome")
                self._mark(title_line, "TITLE")
                title, state, index = title_line.compact, "title", index + 1
            elif self.is_date_line(unit):  # with its occasion under the title, without dashes, the subtitle
                if cut := _byline_after_occasion(unit):  # …在…会议上 陕西省省长 赵刚: the byline, next
                    units[index: index + 1] = unit.split(cut)
                    unit = units[index]
                notes = self._notes_since_title(units, index) if state == "byline" else []  # (a page's fields, 分享：)
                after_title = (state == "title" or bool(notes)) and not self._subtitled(units, index)
                if after_title:
                    unit = self._with_wrapped_occasion(units, index)
                occasion = after_title and self._occasion_after_date(unit)
                for note in notes if occasion else ():
                    note.kind = "TITLE_NOTE"  # (between the title and its subtitle)
                self._mark(unit, "SUBTITLE" if occasion else "DATE_LINE")
                state = "byline"
            elif state in ("title", "byline") and self._introduces_speech(units, index):
                self._mark(unit, "NOTE", note="editorial")  # 庆祝大会隆重举行。习近平发表重要讲话。 / 同志们，朋友们：
                state = "byline"
            elif (state in ("title", "byline") and self._translation_line(units, index)):
                under_title = state == "title" and not self._subtitled(units, index)  # (TITLE_NOTEs follow a first title)
                self._mark(unit, "TITLE_NOTE" if under_title else "NOTE", note=chrome_kind(unit.core) or "editorial",
                           translation="yes")
                state = state if under_title else "byline"
                window += 1  # a bilingual copy's translation of the line above (Report on the Work of the Government)
            elif (state == "title" or (state == "byline" and (units[index - 1].kind == "DOC_NUMBER" or (
                    units[index - 1].kind == "NOTE" and self._notes_since_title(units, index))))) and (
                    issuers := self._issuers_under_title(units, index)):  # (also under the 发文字号, 国函〔2004〕1号 /
                # 国务院 / …, or under a page's fields, 发布时间：2023-03-23 / 湖南省统计局 / …)
                for line in units[index: index + issuers]:  # 大庆市统计局 / 国家统计局大庆调查队 / （2013年3月20日）
                    self._mark(line, "NOTE", note="issuer")
                state, index = "byline", index + issuers - 1
            elif (state == "byline" and units[index - 1].kind == "DATE_LINE" and is_issuer_name(unit.compact)
                  and not unit.compact.endswith(EVENTS)):
                self._mark(unit, "NOTE", note="issuer")  # the body that issues it under the date: （2016年10月19日） / 国家统计局
            elif state == "title" and (dashed := self._dashed_byline(unit)):
                self._mark(unit, "SPEAKER", role=dashed[0], name=dashed[1])  # ——百年人寿陕西分公司总经理  荆晓达
                state = "byline"
            elif state == "byline" and _speaker_prefixed(title, unit.compact) and self._notes_since_title(units, index):
                self._web_heading_above(units, index)  # 习近平：在科学家座谈会上的讲话 (a news site's headline) / its post's
                self._mark(unit, "TITLE")  # stamp and source / 在科学家座谈会上的讲话: the speech's own title
                state, title = "title", unit.compact
            elif ((state == "title" or (state == "byline" and self._notes_since_title(units, index)))
                  and self._is_subtitle(unit) and not self._subtitled(units, index)
                  and unit.compact not in (units[index - 1].compact, title)
                  and not near_repeat(unit.compact, units[index - 1].compact)):  # not the title repeated (a web
                # page's and the text's)
                for note in self._notes_since_title(units, index):  # chrome between title and subtitle
                    note.kind = "TITLE_NOTE"
                if cuts := _run_on_after_occasion(unit.core, self.salutation):  # …会议上晋江市人民政府市长王明元各位代表：
                    units[index: index + 1] = unit.split_at(cuts)  # the byline and the salutation, next
                self._mark(self._with_wrapped_occasion(units, index), "SUBTITLE")
                state = "byline"
            elif state == "start" and self._subtitle_without_title(units, index):  # a copy cut above its subtitle
                self._mark(unit, "SUBTITLE")
                state = "byline"
            elif state == "start" and self._opens_with_occasion(units, index):
                self._mark(unit, "SUBTITLE")
                state = "occasion"
            elif state == "byline" and (unit.compact == title or self._repeats_titling(units, index)):
                # a web page's heading, then the text's own
                self._mark(unit, "NOTE", note="chrome")
            elif state == "byline" and self._issuer_over_title(units, index, title):
                self._mark(unit, "NOTE", note="chrome")  # the text's own title under the page's, its issuer's line above it
                self._mark(units[index + 1], "NOTE", note="chrome")
                index += 1
            elif state == "byline" and self._issuer_under_channel_heading(units, index, title):
                self._web_heading_above(units, index)  # the page's heading, its channel's label before the text's title
                self._mark(unit, "TITLE")
                self._mark(units[index + 1], "TITLE")
                state, title = "title", unit.compact + units[index + 1].compact
                index += 1
            elif state in ("title", "byline") and self._page_over_address(units, index):
                self._mark(unit, "NOTE", note="page")  # a page's number under the title, over the salutation (a 范文
                state = "byline"  # site's number of its sample there too: 新任中学校长就职发言稿 / 1 / 老师们：大家好！)
            elif state == "byline" and self._heading_over_title_block(units, index):
                self._web_heading_above(units, index)  # a web page's heading and its post stamp, then the text's title
                self._mark(unit, "TITLE")
                state, title = "title", unit.compact
            elif state in ("start", "title", "byline") and self._genre_label(units, index, state):
                under_title = state == "title" and not self._subtitled(units, index)  # (TITLE_NOTEs follow a first title)
                self._mark(unit, "PREAMBLE" if state == "start" else "TITLE_NOTE" if under_title else "NOTE", note="editorial")
                state = "byline" if state == "title" and not under_title else state
            elif state in ("start", "title", "byline") and (menu := self._menu_at(units, index)):
                self._web_heading_above(units, index)  # (as the breadcrumb under it makes what stands above it notes)
                for item in units[index: index + menu]:  # 首页 / 网上信访 / 新闻中心 / … over 首页 > 新闻中心 > 信访要闻:
                    self._mark(item, "PREAMBLE", note="chrome")  # the site's menu, an item a line (the breadcrumb next)
                state, title, index = "start", "", index + menu - 1
                window += menu
            elif (state in ("occasion", "title", "byline") or (state == "start" and self._byline_first(units, index))) and (
                self._speaker(units, index, title)
            ):  # a byline, also one that opens a text without a title: 校长 王琛 / 尊敬的各位家长…
                state = "byline"
            elif (state in ("start", "occasion", "title") or (state == "byline" and self._notes_since_title(units, index))
                  ) and NAVIGATION.match(unit.core):  # (also under the page's heading and a button or two: 搜索)
                crumbs = self._breadcrumb(units, index)
                state, title, index = "start", "", index + crumbs
                window += crumbs  # (a breadcrumb a piece a line does not count against the front's reach, as a menu)
            elif state == "byline" and unit.compact in HOME_CRUMBS and (crumbs := _shredded_crumbs(units, index)) >= 3:
                self._web_heading_above(units, index)  # a page's heading and byline, its breadcrumb a piece a line (首页 /
                for crumb in units[index: index + crumbs]:  # > / 政府信息公开 / …), then the text's own title block
                    self._mark(crumb, "PREAMBLE", note="chrome")
                state, title, index = "start", "", index + crumbs - 1
                window += crumbs  # (which do not count against the front's reach)
            elif state == "start" and _page_number(unit):
                self._mark(unit, "PREAMBLE", note="page")  # a PDF's page number above the title
            elif (state == "start" and index and units[index - 1].kind == "PREAMBLE" and unit.core[:1] in RULE_FIRST
                  and RULE_LINE.fullmatch(unit.core)):
                self._mark(unit, "PREAMBLE", note="chrome")  # a rule under a page's header or a file's notes (---)
            elif (note := chrome_kind(unit.core)) and (
                unit.compact_length <= 100
                or (unit.compact_length <= CAPTION_MAX and PHOTO_CREDIT.search(unit.core, len(unit.core) - CREDIT_REACH))
                or (unit.compact_length <= BLURB_MAX and CHROME_MARK.search(unit.core))
            ):  # a line of chrome, or a photo's caption ending in its credit (…新华社记者 姚大伟 摄), or a 范文 site's blurb
                # (…下面是小编帮大家整理的…，供大家参考借鉴…)
                if state == "title" and units[index - 1].kind == "TITLE" and CALL_TO_ACTION.search(unit.core) and not (
                        index > 1 and units[index - 2].kind == "TITLE"):
                    self._mark(units[index - 1], "PREAMBLE", note="chrome")  # an ad's text over its button, no title
                    state, title = "start", ""
                state, values = self._chrome_line(units, index, note, state)
                index += values
                window += values + (values > 0) + (unit.compact_length <= CHROME_PIECE_MAX)  # (see WINDOW)
            elif state == "start" and self._repeats_next(units, index):
                self._mark(unit, "PREAMBLE", note="chrome")
            elif state in ("start", "title") and BRACKETED.fullmatch(unit.core):  # （根据录音整理）
                self._mark(unit, "PREAMBLE" if state == "start" else "NOTE", note="editorial")
                state = "byline" if state == "title" else state
            elif state in ("title", "byline") and (found := self._byline_before_source(unit)):
                cut, role, name = found
                byline, source = unit.split(cut)  # > 国务院总理  李  强《人民日报》（2025年03月13日第 01 版）
                units[index: index + 1] = [byline, source]
                self._mark(byline, "SPEAKER", role=role or None, name=name)
                self._mark(source, "NOTE", note="source")
                state, index = "byline", index + 1
            elif state in ("start", "title", "byline") and SOURCE_NOTE.fullmatch(unit.core):  # 《人民日报》（2025年03月17日第
                # 01 版）; over the title, the magazine's issue (《求是》2023年第6期2023-03-15)
                self._mark(unit, "PREAMBLE" if state == "start" else "NOTE", note="source")
                state = "start" if state == "start" else "byline"
            elif state == "title" and _medium_over_stamp(units, index):
                self._mark(unit, "NOTE", note="source")  # 广州日报 / 2025-02-05 21:53发布于 …: the post's medium under its
                state = "byline"  # headline, over the post's stamp
            elif (state == "start" and ((unit.core.isascii() and LATIN_TOKEN.fullmatch(unit.core))
                                        or SPACED_MENU.fullmatch(unit.core))
                  and index + 1 < len(units) and HAN.match(units[index + 1].core)):
                self._mark(unit, "PREAMBLE", note="chrome")  # WFU / 毕业典礼致辞: a widget's word (or a menu) above the title
            elif state == "start" and (half := _doubled(unit.core)) and looks_like_title(unit):
                page, own = unit.split(half)  # 标题标题: a web page's heading run into the text's own title
                units[index: index + 1] = [page, own]
                self._mark(page, "PREAMBLE", note="chrome")
            elif state in ("start", "occasion", "title") and (
                looks_like_title(unit) or self._marked_title(units, index)
            ) and not (state != "start" and (self._speaker_line(unit) or self._office_over_name(units, index))) and not (
                state == "title" and units[index - 1].kind == "TITLE_NOTE"  # (no title line after notes under it)
            ) and not (
                state == "title" and units[index - 1].md_level == 1 and unit.md_level != 1  # (# 标题: whole on its line)
            ) and not (state == "title" and opens_first_part(unit.compact)):  # (标题 / 前言, 三点认识: the text's first
                # part begins)
                if state == "title" and (self._repeats_heading_above(units, index, title)
                                         or _label_over_set_title(units, index)):
                    self._web_heading_above(units, index)  # a web page's heading, then the text's title; a column's
                    state, title = "start", ""  # label over a title the page sets out (直击峰会全过程 / <b>同心共筑百年梦</b>)
                elif state == "title" and units[index - 1].kind == "TITLE" and TEXT_KICKER.fullmatch(title):
                    self._web_heading_above(units, index, note="editorial")  # 江泽民同志在党的十六大上所作报告全文 /
                    state, title = "start", ""  # 全面建设小康社会，…: a line naming the text over its title, no line of it
                following = units[index + 1] if index + 1 < len(units) else None
                cut = 0 if self._subtitled(units, index) else self._glued_subtitle(unit, following)  # 标题──某某在…上的讲话
                if cut:
                    unit, subtitle = unit.split(cut)
                    if not self._is_subtitle_text(subtitle.core) and following is not None:  # (its rest on the line below)
                        subtitle = Unit.of(concat([subtitle.block, following.block]))
                        units[index + 1: index + 2] = []
                    units[index: index + 1] = [unit, subtitle]
                    self._mark(subtitle, "SUBTITLE")
                if not cut and (glued := GLUED_BYLINE.search(unit.core)) and (
                        speaker := parse_speaker(f"{glued.group('label')}：{glued.group('name')}")):
                    unit, byline = unit.split(glued.start("label"))  # 东京大学入学典礼 演讲 演讲人 上野千鹤子
                    units[index: index + 1] = [unit, byline]
                    self._mark(byline, "SPEAKER", role=speaker[0], name=speaker[1])
                    cut = 1
                self._mark(unit, "TITLE")
                title = title + unit.compact if state == "title" else unit.compact
                state = "title"
                if cut:
                    state, index = "byline", index + 1
            elif state == "start" and self._precedes_front(units, index):
                self._mark(unit, "PREAMBLE", note="editorial")
            else:
                break
            index += 1
        return units

    def _contents_length(self, units: list[Unit], index: int) -> int:
        """The number of paragraphs of a printed report's table of contents that starts at
        ``index``: its heading (目录) and at least one entry (一、2023年工作回顾……………1, or a
        paragraph of a Word table of contents' style), or two entries or more without a heading;
        or a web page's outline without leaders (see :meth:`_outline_length`), or under its heading the
        headings of a text that begins again with the first of them (see :func:`repeated_outline_length`), or entries
        whose page numbers a space sets apart (see :func:`_spaced_entries`); 0 if none starts there."""
        core = units[index].core
        heading = contents_heading_lines(units, index)
        end = index + heading
        while end < len(units) and (CONTENTS in units[end].block.hints or is_contents_entry(units[end].core)):
            end += 1
        if end - index - heading >= (1 if heading else 2):
            return end - index
        if heading and (spaced := _spaced_entries(units, index + heading)) >= 2:
            return heading + spaced
        if heading and (repeated := repeated_outline_length(units, index + heading)):
            return heading + repeated
        if core[:1] not in OUTLINE_FIRST and not heading:
            return 0
        return self._outline_length(units, index, heading)

    def _outline_length(self, units: list[Unit], index: int, heading: int) -> int:
        """A web page's outline of the speech before it, without leaders or page numbers: short
        headings 一、 二、 三、… one under the other (after 目录/提纲：, two or more; without it, three or
        more, and 一、 opening the speech again further on), and a closing ellipsis line."""
        pattern = self.headings["HEAD_CN"]
        end = index + heading
        while end < len(units) and (match := pattern.match(units[end].core)) and (
            any_number(match.group("num")) == end - index - heading + 1
            and units[end].compact_length <= OUTLINE_ENTRY_MAX and not SENTENCE_END_CHAR.search(units[end].core)
        ):
            end += 1
        entries = end - index - heading
        if entries < (2 if heading else 3):
            return 0
        if not heading and not any(
            (match := pattern.match(later.core)) and any_number(match.group("num")) == 1 for later in units[end:]
        ):
            return 0
        return end - index + (end < len(units) and ELLIPSIS_LINE.fullmatch(units[end].core) is not None)

    def _contents(self, units: list[Unit], index: int, length: int, state: str) -> str:
        """Mark the table of contents at ``units[index:index + length]`` as ``contents`` notes, and
        say in what state the front matter goes on.  Before any title it is a note before the
        title.  After title lines, with another title after it, those lines were the report's
        cover (``cover`` notes) and the front matter starts again; with the title's subtitle after
        it, it stands between the two (a web page's index); otherwise it is a note after the title."""
        following = units[index + length] if index + length < len(units) else None
        restart = (state != "start" and following is not None and looks_like_title(following)
                   and not self.opens_body(units, index + length) and not self._continues_front(following)
                   and all(_outline_key(entry) != _outline_key(following)  # (a line of the contents again, 前 言:
                           for entry in units[index:index + length]))  # the text begins)
        if restart:
            for earlier in units[:index]:
                if earlier.zone == FRONT and earlier.kind not in ("PREAMBLE", "DOC_NUMBER"):
                    self._mark(earlier, "PREAMBLE", note="cover")
        if state == "start" or restart:
            kind, state = "PREAMBLE", "start"
        elif state == "title" and following is not None and self._is_subtitle(following):
            kind = "TITLE_NOTE"  # between the title and its subtitle: the subtitle is still to come
        else:
            kind, state = "NOTE", "byline"
        for unit in units[index:index + length]:
            self._mark(unit, kind, note="contents")
        return state

    def _continues_front(self, unit: Unit) -> bool:
        """A line that goes on the front matter already begun (a subtitle, date, speaker or
        salutation), not a title of its own."""
        return (self._is_subtitle(unit) or self.is_date_line(unit) or self.is_salutation(unit)
                or self._speaker_line(unit))

    def _with_greeting(self, units: list[Unit], index: int) -> Unit:
        """The salutation, merged with the rest of its addressees on the line after it (尊敬的何勇生董事长， /
        尊敬的各位嘉宾…伙伴们：) and with a greeting on the line after that (同志们： / 大家上午好！)."""
        unit = units[index]
        if unit.core.endswith(("，", ",", "、")) and index + 1 < len(units):
            merged = Unit.of(concat([unit.block, units[index + 1].block]))
            if self.is_salutation(merged):
                units[index: index + 2] = [merged]
                unit = merged
        following = units[index + 1] if index + 1 < len(units) else None
        if following is None or not GREETING.fullmatch(following.core):
            return unit
        merged = Unit.of(concat([unit.block, following.block]))
        if not self.is_salutation(merged):
            return unit
        units[index: index + 2] = [merged]
        return merged

    def _with_wrapped_occasion(self, units: list[Unit], index: int) -> Unit:
        """A subtitle or date line that names an occasion cut short, merged with the rest of it on the
        line below (——2021年3月8日在第十三届全国人民 / 代表大会第四次会议上): a copy wrapped the line."""
        unit = units[index]
        following = units[index + 1] if index + 1 < len(units) else None
        if (not _wraps_onto(following) or "在" not in unit.core or OCCASION_END.search(unit.core)
                or NOT_IN_WRAPPED_REST.search(following.core)):
            return unit
        merged = Unit.of(concat([unit.block, following.block]))
        if not OCCASION_END.search(merged.core):
            return unit
        units[index: index + 2] = [merged]
        return merged

    def _is_letterhead(self, units: list[Unit], index: int) -> bool:
        """A 公文's 发文机关标志 (某某市人民政府办公室文件) with its 发文字号 on one of the next two lines
        (GB/T 9704-2012 §7.2.1); or in other words, a banner (总 裁 办 电 子 邮 件) or a joint letterhead's other
        issuer (税务总局办公厅, under 发展改革委办公厅 文件), short and without punctuation, where the 发文字号 under
        it has a title that names a document under it in turn (…的通知, …的讲话: so it is no title itself, as a web
        copy's title over its 发文字号 is, nor one over an issuer printed under the number)."""
        compact = units[index].compact
        if LETTERHEAD.fullmatch(compact) is not None:
            return any(self._is_doc_number(later) for later in units[index + 1: index + 3])
        return (index + 2 < len(units) and self._is_doc_number(units[index + 1]) and len(compact) <= LETTERHEAD_MAX
                and not LETTERHEAD_NOT.search(compact) and DOCUMENT_TITLE.fullmatch(compact) is None
                and DOCUMENT_TITLE.fullmatch(units[index + 2].compact) is not None and looks_like_title(units[index + 2]))

    def _is_doc_number(self, unit: Unit) -> bool:
        return unit.compact_length <= DOC_NUMBER_MAX and self.doc_number.fullmatch(unit.core) is not None

    def _genre_label(self, units: list[Unit], index: int, state: str) -> bool:
        """A line naming the text's genre (see ``GENRE_LABELS``) beside a title line: under the title (or its subtitle,
        date or byline), or over a line that reads as one (not the salutation, a date or a byline under it: then the
        label is the only title)."""
        if units[index].compact not in GENRE_LABELS:
            return False
        if state != "start":
            return True
        following = units[index + 1] if index + 1 < len(units) else None
        return (following is not None and _under_label(units[index], following) and looks_like_title(following)
                and not self.is_salutation(following) and not self.is_date_line(following)
                and not self._speaker_line(following))

    def _marked_title(self, units: list[Unit], index: int) -> bool:
        """A title that ends in a mark, where the line under it is front matter that shows it a title (a dashed
        subtitle, ——在…上的讲话; the salutation or a 公文's addressees on their own line, 同志们：, 各区县人民政府：; a date
        line; the dateline that opens a news report, 新华社北京3月5日电 …): a slogan's ！ or ？ (欢迎你为“求真”而来！,
        奋斗吧，青年！) or an ellipsis (奋斗吧……; B.4 allows the three), or a slip copied from running text after a line
        that names a document by its kind (在全区工作会议上的讲话。, 关于做好防汛工作的通知：, SP104's to report; not
        要坚持稳中求进。)."""
        unit = units[index]
        compact = unit.compact
        following = units[index + 1] if index + 1 < len(units) else None
        return (
            following is not None
            and 0 < len(compact) <= TITLE_MAX
            and (compact[-1] in TITLE_MARKS or compact.endswith("……")
                 or (compact[-1] in TITLE_SLIPS and DOCUMENT_TITLE.fullmatch(compact, 0, len(compact) - 1) is not None))
            and not any(char in compact[:-1] for char in "。；;！!？?")
            and not self.is_salutation(unit) and not is_chrome(unit.core)
            and not GREETING.match(compact) and not ADDRESSING.match(compact)  # (大家好！, 同志们好！: greetings)
            and (
                (self._is_subtitle(following) and (dashed := self.subtitle.fullmatch(following.core)) is not None
                 and dashed.group("dash") is not None)
                or self.is_salutation(following)
                or self.is_date_line(following)
                or (following.core[:1] in NEWS_LEAD_FIRST and NEWS_LEAD.match(following.core) is not None)
            )
        )

    def _menu_at(self, units: list[Unit], index: int) -> int:
        """How many lines from ``units[index]`` on are a site's menu over its breadcrumb (see
        :func:`_menu_over_breadcrumb`); where none starts, the lines up to where the look stopped are not looked at
        again (a long menu is looked through once, not from each of its lines)."""
        if index < self._no_menu_before:
            return 0
        items, stop = _menu_over_breadcrumb(units, index)
        if not items:
            self._no_menu_before = stop
        return items

    def _chrome_line(self, units: list[Unit], index: int, note: str, state: str) -> tuple[str, int]:
        """Mark a chrome line, and the values under a field of a site's disclosure record; the scan's state after
        it (no title line after a note) and how many values were marked."""
        unit = units[index]
        self._mark(unit, "PREAMBLE" if state == "start" else "NOTE", note=note)
        state = "byline" if state == "title" else state
        if FONT_SWITCH.fullmatch(unit.core):  # 【字号： / 加大 / 还原 / 减小 / 】: the switch's sizes under its label
            values = 0
            while index + 1 + values < len(units) and FONT_SIZES.fullmatch(units[index + 1 + values].core):
                self._mark(units[index + 1 + values], unit.kind, note=note)
                values += 1
            return state, values
        values = mark_values(units, index) if awaits_value(unit) else 0  # a record's field, its value on the line below
        if not values and index + 1 < len(units) and (
                (SOURCE_LABEL.fullmatch(unit.core) and value_line(following := units[index + 1])
                 and (following.core.endswith(MEDIA_ENDS) or is_issuer_name(following.compact)))
                or self._time_field(units, index)):
            values = 1  # a post's source alone with its colon, the medium or body on the line below (来源: / 四川日报,
            # 来源： / 陕西省人民政府), or its time, the stamp below (时间： / 2026-02-02 09:20)
        for value in units[index + 1: index + 1 + values]:
            self._mark(value, unit.kind, note=note)
        return state, values

    @staticmethod
    def _time_field(units: list[Unit], index: int) -> bool:
        """Whether ``units[index]`` is a post's time alone with its colon over its stamp (时间： / 2026-02-02 09:20, or the
        date alone in figures: 时间： / 2024-01-27)."""
        return (index + 1 < len(units) and TIME_LABEL.fullmatch(units[index].core) is not None
                and (is_chrome(units[index + 1].core) or NUMERIC_DATE.fullmatch(units[index + 1].core) is not None))

    @staticmethod
    def _record_field(units: list[Unit], index: int) -> bool:
        """Whether ``units[index]`` is a field of a site's disclosure record alone with its colon, its value below it and the
        record going on after the value (索 引 号： / 000014349/2018-00220 / 主题分类： of a gov.cn page's table,
        whose tabs the text reader took for paragraph breaks), or right after the record's chrome."""
        unit = units[index]
        if not awaits_value(unit) or unit.core[-1:] not in "：:":
            return False
        if index and units[index - 1].info.get("note") == "chrome":
            return True  # the record's next field, its value empty (主 题 词：)
        if index + 2 >= len(units):
            return False
        after = units[index + 2]
        return value_line(units[index + 1]) and (awaits_value(after) or is_chrome(after.core))

    def _glued_subtitle(self, unit: Unit, following: Unit | None) -> int:
        """Where a subtitle run on after the title on its line starts (its dashes: 标题──某某在…上的讲话), or 0; the
        subtitle may go on on the ``following`` line (…的革命纲领——在上海纪念《…》 / 发表二十五周年大会上的讲话)."""
        dash = GLUED_SUBTITLE_DASH.search(unit.core, 1)
        if dash is None:
            return 0
        rest = unit.core[dash.start():]
        if self._is_subtitle_text(rest) or (_wraps_onto(following) and self._is_subtitle_text(rest + following.core)):
            return dash.start()
        return 0

    def _is_subtitle_text(self, text: str) -> bool:
        match = self.subtitle.fullmatch(text)
        occasion = (match.group("text") or "") if match is not None and "。" not in text else None
        return occasion is not None and (OCCASION_END.search(occasion) or MEETING_TALK_END.search(occasion)) is not None

    @staticmethod
    def _byline_before_source(unit: Unit) -> tuple[int, str, str] | None:
        """``(where the source line starts, office or "", name)`` of a byline run into a source line (国务院总理  李  强
        《人民日报》（…第 01 版）, 梁言顺《人民日报》…, two names: 本报记者  江润楠  何昭宇《人民日报》…), or None."""
        core = unit.core
        cut = core.find("《")
        if cut < 2 or SOURCE_NOTE.fullmatch(core[cut:]) is None:
            return None
        speaker = parse_speaker(core[:cut].replace(" ", ""))
        if speaker is not None:
            return cut, speaker[0] or "", speaker[1]  # an office and a name, or a name (梁言顺《人民日报》…)
        words = core[:cut].split()  # two reporters: 本报记者  江润楠  何昭宇
        if len(words) >= 3 and OFFICE.search(words[0]) and all(is_name(word) for word in words[1:]):
            return cut, words[0], "、".join(words[1:])
        return None

    def _dashed_byline(self, unit: Unit) -> tuple[str, str] | None:
        """``(office, name)`` of a byline set under the title as a subtitle would be, after a dash, with
        no occasion (——百年人寿陕西分公司总经理  荆晓达); None for any other line."""
        if unit.core[:1] not in SUBTITLE_DASHES or "在" in unit.core:
            return None
        match = self.subtitle.fullmatch(unit.core)
        return _office_and_name(match.group("text")) if match and match.group("text") else None  # (——校长开学第一课: none)

    def _is_subtitle(self, unit: Unit) -> bool:
        """A subtitle line, not a page's field that a Markdown list's hyphen opens (- 发布日期:2021-07-19)."""
        return ("。" not in unit.core and self.subtitle.fullmatch(unit.core) is not None
                and not (unit.core[0] == "-" and is_chrome(unit.core)))

    def _occasion_after_date(self, unit: Unit) -> bool:
        """A date line that goes on with its occasion (2023年2月9日在略阳县第十八届人民代表大会第二次会议上):
        the subtitle of a report, as ——2023年2月9日在…会议上 is."""
        core = unit.core
        match = self.date.fullmatch(core)
        if match is None:  # merged with an occasion wrapped onto the next line, longer than a date line's rest
            match = self.date.match(core)
            return match is not None and OCCASION_AFTER_DATE.fullmatch(core, match.end("date")) is not None
        return OCCASION_AFTER_DATE.fullmatch(match.group("rest")) is not None

    def _subtitle_without_title(self, units: list[Unit], index: int) -> bool:
        """A dashed subtitle (——2015年1月28日在…会议上) with the byline under it, or one that names an occasion
        (——四月八日在黄埔军官学校讲, see ``OCCASION``) with the text under it, and no title above: a copy whose title
        was cut off."""
        match = self.subtitle.fullmatch(units[index].core)
        if not (match and match.group("dash")) or index + 1 >= len(units):
            return False
        following = units[index + 1]
        return (self.is_date_line(following) or self._speaker_line(following) or self.is_salutation(following)
                or (_opens_text(following) and OCCASION.search(units[index].core) is not None))

    def _opens_with_occasion(self, units: list[Unit], index: int) -> bool:
        """``在…上的讲话`` above the main title (a web page's heading), also with its dashes (——在全市经济工作会议上的讲话
        / 坚定信心 真抓实干): the subtitle comes first."""
        match = self.subtitle.fullmatch(units[index].core)
        if (not match or index + 1 >= min(len(units), WINDOW)
                or not (match.group("occasion") or (match.group("dash") and OCCASION.search(match.group("text"))))):
            return False
        following = units[index + 1]  # must be a title line (the grammar's ``SUBTITLE title``)
        return (looks_like_title(following) and not self._is_subtitle(following) and not self.is_date_line(following)
                and not self.is_salutation(following) and not self._speaker_line(following)
                and not self._office_over_name(units, index + 1)
                and not self._dated_byline(following)  # (在…上的讲话 / 王晓峰（2024年7月1日）: the title and its byline)
                and not _speakers_part(following.compact, units[index].compact)  # (…在…上的讲话 / 王洪文同志讲话)
                and not BRACKETED.fullmatch(following.core) and not self._is_doc_number(following)
                and not self.opens_body(units, index + 1))

    def _heading_over_title_block(self, units: list[Unit], index: int) -> bool:
        """Whether ``units[index]`` opens the text's own title block (title lines, then a subtitle, a
        date line, a speaker line or a 发文字号) after a web page's heading and the chrome under it (its post's
        stamp, the magazine's issue it comes from), before any date or speaker was found."""
        unit = units[index]
        if units[index - 1].info.get("note") not in ("chrome", "source") or self._speaker_line(unit) or (
                self._issuers_under_title(units, index)):
            return False  # (nor the bodies that issue the text titled above the page's fields, over its date)
        if self._office_over_name(units, index):
            return False  # an office over the name under it (…机关团支部书记 / 马迪): the byline under the title
        if not (looks_like_title(unit) or self._marked_title(units, index)) or SOURCE_NOTE.fullmatch(unit.core):
            return False  # (a source line over the title block: 《求是》2023年第6期2023-03-15)
        if any(unit.kind in ("SPEAKER", "SALUTATION") or (unit.kind == "DATE_LINE" and not _post_stamp(units, at))
               for at, unit in enumerate(units[:index])):
            return False
        for later in range(index + 1, min(len(units), index + 1 + TITLE_BLOCK_LINES)):
            following = units[later]
            if self._titling(following) or (self.is_salutation(following) and (later == index + 1 or all(
                    DISPLAY_HINTS & line.block.hints for line in units[index:later]))):  # (a letter's title over its
                return True  # addressees; a title of lines set out as one, centred, over the speech's 同志们：)
            if not looks_like_title(following) or self.opens_body(units, later):
                return False
        return False

    def _page_over_address(self, units: list[Unit], index: int) -> bool:
        """Whether ``units[index]`` is a page's number right over the salutation."""
        return _page_number(units[index]) and index + 1 < len(units) and self.is_salutation(units[index + 1])

    def _titling(self, unit: Unit) -> bool:
        """Whether ``unit`` is a line of a title block under its title: a subtitle, a date line, a speaker line or a
        公文's 发文字号."""
        return (self._is_subtitle(unit) or self.is_date_line(unit) or self._speaker_line(unit)
                or self._is_doc_number(unit))

    def _web_heading_above(self, units: list[Unit], index: int, note: str = "chrome") -> None:
        """Mark what stands above the text's own title as notes before it: the web page's heading
        (title and subtitle lines) as chrome (or ``note``: an editor's kicker), the rest as it was."""
        for above in units[:index]:
            if above.zone != FRONT or above.kind == "DOC_NUMBER":
                continue
            if above.kind in ("TITLE", "SUBTITLE"):
                above.info["note"] = note
            elif above.kind == "DATE_LINE":
                above.info["note"] = "chrome"  # (its post's stamp, see _post_stamp)
            above.kind = "PREAMBLE"

    @staticmethod
    def _repeats_titling(units: list[Unit], index: int) -> bool:
        """Whether ``units[index]`` repeats a title line, the subtitle or the 发文字号 above it (a web copy's
        heading, then the text's own: 京政办发〔2016〕26号 / 京政办发〔2016〕26号)."""
        compact = units[index].compact
        return any(unit.kind in ("TITLE", "SUBTITLE", "DOC_NUMBER") and unit.compact == compact for unit in units[:index])

    @staticmethod
    def _issuer_over_title(units: list[Unit], index: int, title: str) -> bool:
        """Whether ``units[index]`` names an issuing body and the line under it repeats the title above (a 公文's title
        as GB/T 9704-2012 §7.3.1 sets it, its 发文机关 on a line of its own, under the web page's heading)."""
        return (index + 1 < len(units) and units[index + 1].compact == title and units[index + 1].kind == "PARA"
                and is_issuer_name(units[index].compact))

    @staticmethod
    def _issuer_under_channel_heading(units: list[Unit], index: int, title: str) -> bool:
        """Whether ``units[index]`` names an issuing body and, with the line under it, is the end of the title above,
        a web page's heading that the label of its channel opens (政务服务丨济宁市人民政府关于…的实施意见 / 济宁市人民政府 /
        关于…的实施意见): the text's own title, the page's heading chrome."""
        if (not any(bar in title for bar in CHANNEL_BARS) or index + 1 >= len(units) or units[index + 1].kind != "PARA"
                or not is_issuer_name(units[index].compact)):
            return False  # (the quick test first: a page's heading with a channel's label, very few)
        own = units[index].compact + units[index + 1].compact
        return len(title) > len(own) and title.endswith(own) and title[-len(own) - 1] in CHANNEL_BARS

    @staticmethod
    def _repeats_heading_above(units: list[Unit], index: int, title: str) -> bool:
        """Whether ``units[index]``, a title line, is all found inside the one title line above it, a longer one: the
        web page's heading (京政办发〔2016〕26号《…的通知》, 广东省2024年政府工作报告), then the text's own title (《…的通知,
        政府工作报告); or repeats the title
        line above (maybe twice) but for a character or two (…市长市人大闭幕式… / …市长在市人大闭幕式…, see
        :func:`near_repeat`)."""
        above = units[index - 1]
        words = units[index].compact.strip("《》")
        ending = above.compact == title and len(words) < len(title) and title.endswith(words)  # (…2024年政府工作报告 /
        # 政府工作报告: a heading that ends with the text's short title)
        if above.kind != "TITLE" or len(words) < (REPEATED_ENDING_MIN if ending else REPEATED_TITLE_MIN):
            return False
        if not ((above.compact == title and len(words) < len(title) and words in title)
                or (near_repeat(words, above.compact) and not title.replace(above.compact, ""))):  # (the page's
            return False  # heading maybe twice over the text's title that differs by a character or two)
        return all(unit.kind in LEADS for unit in units[:index] if unit.kind != "TITLE")  # the heading may become a lead

    @staticmethod
    def _notes_since_title(units: list[Unit], index: int) -> list[Unit]:
        """The notes between the last title line and ``units[index]``, if nothing else is between them."""
        start = index
        while start > 0 and units[start - 1].kind == "NOTE":
            start -= 1
        return units[start:index] if start and units[start - 1].kind == "TITLE" else []

    @staticmethod
    def _subtitled(units: list[Unit], index: int) -> bool:
        """Whether a subtitle came before the title lines that lead to ``units[index]``."""
        return any(unit.kind == "SUBTITLE" for unit in units[:index] if unit.zone == FRONT)

    def _breadcrumb(self, units: list[Unit], index: int) -> int:
        """Mark a web page's breadcrumb at ``index`` as chrome, with what stands above it as notes (the site's
        header: 范文 / 位置:首页 > 范文 > 工作报告) and its last crumb repeated below it as the
        section's name (您现在的位置是: 首页 > 政经部门 > 营商 / 营商); the number of lines after it marked."""
        self._web_heading_above(units, index)
        if cut := _glued_title(units[index].core):  # 当前位置：首页-学校简介-校长寄语校长寄语: the heading's own text
            units[index: index + 1] = units[index].split(cut)  # after the breadcrumb set inside it
        self._mark(units[index], "PREAMBLE", note="chrome")
        last = index  # the line of the last crumb
        shredded = _shredded_crumbs(units, index + 1)
        if not shredded and CRUMB_SEPARATOR.fullmatch(units[index].core[-1]) and index + 1 < len(units) and _last_crumb(
                units[index + 1]) and not (index + 2 < len(units) and self._titling(units[index + 2])):
            shredded = 1  # broken after its separator, its last crumb on the line below (首页>> / 政声传递), not the text's
            # title over its title block (首页 > 政策查询 > / 政府工作报告 / ——2024年1月23日在…上)
        if shredded:
            for crumb_line in units[index + 1: index + 1 + shredded]:
                self._mark(crumb_line, "PREAMBLE", note="chrome")
            last = index + shredded
        crumb = CRUMB_SEPARATOR.split(units[last].compact)[-1]
        if crumb and len(crumb) <= COLUMN_NAME_MAX and last + 2 < len(units) and units[last + 1].compact == crumb and not (
                PAGE_SPEECHES.search(crumb) and _opens_text(units[last + 2])):
            self._mark(units[last + 1], "PREAMBLE", note="chrome")  # (… > / 云南要闻 / 云南要闻: the column's name again)
            return shredded + 1
        return shredded  # (a page of its own for a speech, its name repeated right over the text: its title, 总经理致辞 / …; an
        # article's title as the last crumb, longer than a column's name, repeated over the text: its title too)

    def _mark(self, unit: Unit, kind: str, **info: str | None) -> None:
        unit.kind, unit.zone = kind, FRONT
        unit.info.update(info)

    @staticmethod
    def _office_over_name(units: list[Unit], index: int) -> bool:
        """An office with the name under it (区委书记、区长 / 王琛; also one line that a reader cut at the spaces between
        them, 区委书记、区长　　王琛): a byline, no title line."""
        return (is_role_line(units[index].compact) and index + 1 < len(units)
                and is_name("".join(units[index + 1].compact.split()).translate(TRADITIONAL)))  # (李　强: letter-spaced)

    def _speaker_line(self, unit: Unit) -> bool:
        return parse_speaker(unit.compact, loose=True) is not None

    def _speaker(self, units: list[Unit], index: int, title: str = "") -> bool:
        """Mark a speaker line (merging an office line with the name line after it); ``title``: the title's text."""
        unit = units[index]
        compact = unit.compact
        if is_chrome(unit.core):  # a site's button with a name's shape (海报)
            return False
        if name := _speakers_part(compact, title):  # 王洪文同志讲话 under 王洪文、纪登奎在…会议上的讲话
            self._mark(unit, "SPEAKER", name=name)
            return True
        bracketed = BRACKETED_BYLINE.fullmatch(unit.core) if unit.core[:1] in "（(" else None
        if bracketed:  # （刘元春，中国人民大学副校长）
            office = bracketed.group("office").replace(" ", "")
            if not (is_name(bracketed.group("name")) and is_role_line(office)):
                return False
            self._mark(unit, "SPEAKER", role=office, name=bracketed.group("name"))
            return True
        if dated := self._dated_byline(unit):  # 王琛 2020.6.20, 王晓峰（2024年7月1日）
            cut, (role, name) = dated
            first, second = unit.split(cut)
            self._mark(first, "SPEAKER", role=role, name=name)
            self._mark(second, "DATE_LINE")
            units[index: index + 1] = [first, second]
            return True
        if spaced := SPACED_LABEL.match(unit.core):  # 主讲人  王晓峰: the label and the name apart, no colon
            compact = f"{spaced.group('label')}：{unit.core[spaced.end():].replace(' ', '')}"
        elif compact[-1:] in "：:" and index + 1 < len(units) and self.is_salutation(units[index + 1]):
            speaker = parse_speaker(compact[:-1])  # a transcript's speaker over the words (全国政协主席王沪宁： / 各位委员：)
            if speaker:
                self._mark(unit, "SPEAKER", role=speaker[0], name=speaker[1])
            return speaker is not None
        speaker = parse_speaker(compact, loose=True)
        if speaker:
            self._mark(unit, "SPEAKER", role=speaker[0], name=speaker[1])
            return True
        if self._office_over_name(units, index):
            merged = Unit.of(concat([unit.block, units[index + 1].block]))  # (馬迪 read as 马迪)
            self._mark(merged, "SPEAKER", role=compact, name=units[index + 1].compact)
            units[index: index + 2] = [merged]
            return True
        return False

    def _issuers_under_title(self, units: list[Unit], index: int) -> int:
        """How many lines from ``units[index]`` on name the bodies that issue the document titled above (a statistics
        bulletin's or a white paper's: 大庆市统计局 / 国家统计局大庆调查队), with its date line under them: 0 if none."""
        if not index or units[index - 1].core.endswith(TITLE_GOES_ON):
            return 0  # (the title's line above goes on: 在全省宣传思想文化工作会议暨 / 全省精神文明建设表彰大会)
        stop = index
        while (stop < min(len(units), index + JOINT_ISSUERS) and is_issuer_name(units[stop].compact)
               and not units[stop].compact.endswith(EVENTS)):
            stop += 1
        return stop - index if stop > index and stop < len(units) and self.is_date_line(units[stop]) else 0

    @staticmethod
    def _translation_line(units: list[Unit], index: int) -> bool:
        """Whether ``units[index]`` is a bilingual copy's translation of the front lines above it: in Latin letters, no
        Han character and no sentence's end (Report on the Work of the Government, June 27, 2022, Cai Qi), under a
        title, subtitle, date or speaker line or under another such translation (a speech in English under a Chinese
        title, Good morning! It gives me…, is the text)."""
        unit, above = units[index], units[index - 1]
        if not unit.core[:1].isascii():
            return False  # (nearly every line: it opens with a Han character)
        return ((above.kind in TRANSLATED or (above.kind in ("NOTE", "TITLE_NOTE") and "translation" in above.info))
                and HAN.search(unit.core) is None and latin_run(unit.core[:SCRIPT_SPAN])
                and unit.core.rstrip()[-1:] not in ".!?")

    def _dated_byline(self, unit: Unit) -> tuple[int, tuple[str | None, str]] | None:
        """Where the date starts in a byline that ends with it (王琛 2020.6.20, 王晓峰（2024年7月1日）), and the
        speaker's ``(role, name)``; None for any other line."""
        date = self.date.search(unit.core)
        if not (date and date.end() == len(unit.core) and date.start() > 0):
            return None
        speaker = parse_speaker(unit.core[: date.start()].replace(" ", ""))
        return (date.start(), speaker) if speaker else None

    def _byline_first(self, units: list[Unit], index: int) -> bool:
        """An office and a name (绍兴一中党委书记、校长　王琛), or a labelled byline (文/苑振超), opening a text that has no
        title line, the salutation, the date, the text's first paragraph or its first division under a title its file
        declares (编写：梁爽（计算机协会会长） / # 工作总结) right under it; or the office over the name (国务院总理 / 李　强) over
        the salutation."""
        if self._office_over_name(units, index) and index + 2 < len(units) and self.is_salutation(units[index + 2]):
            return True
        following = units[index + 1] if index + 1 < len(units) else None
        if following is None or not (
            self.is_salutation(following) or self.is_date_line(following)
            or (following.compact_length > TITLE_MAX and following.ends_paragraph())
            or UNDER_DECLARED_TITLE in following.info
        ):
            return False
        compact = units[index].compact
        speaker = parse_speaker(compact)  # (a byline after its label, 文/苑振超, 作者：王琛, needs no office)
        return speaker is not None and (speaker[0] is not None or (
            compact[:1] in SPEAKER_LABEL_FIRST and SPEAKER_LABEL.match(compact) is not None))

    @staticmethod
    def _repeats_next(units: list[Unit], index: int) -> bool:
        """A web page's teaser: the header and the start of the text run together, then repeated."""
        if index + 1 >= len(units):
            return False
        following = units[index + 1].compact
        return len(following) >= 6 and len(units[index].compact) > len(following) and units[index].compact.startswith(following)

    def _precedes_front(self, units: list[Unit], index: int) -> bool:
        """A short note before the title: front matter (title, date, salutation) follows it."""
        unit = units[index]
        if unit.compact_length > 100:
            return False
        following = units[index + 1: index + 5]
        return any(self.is_date_line(other) or self.is_salutation(other) for other in following) and any(
            looks_like_title(other) for other in following
        )


#: How the last of a 公文's addressees ends (各处室（局）、派出机构、直属单位): a body's name, or a kind of bodies.
ADDRESSEE_ENDS: Final = (*ISSUER_ENDS, "单位", "部门", "机构", "企业", "院校", "处室")


def _lists_bodies(head: str) -> bool:
    """Whether ``head``, the words before a paragraph's first colon, lists bodies a 公文 is sent to: two or more, the
    last named as a body is."""
    return ("、" in head or "，" in head) and head.endswith(ADDRESSEE_ENDS)


def split_glued_salutation(unit: Unit, salutation: re.Pattern[str]) -> tuple[Unit, Unit] | None:
    """``同志们，北京共产主义组织……``: a salutation glued to a paragraph, split off; also a
    salutation up to a colon that opens with a vocative or as an address does (各位工商界朋友，
    女士们，先生们，朋友们：在全球…), or that lists the bodies a 公文 is sent to (各处室（局）、派出机构、直属单位：经研究，…,
    GB/T 9704-2012 §7.3.2)."""
    core = unit.core
    match = VOCATIVE.match(core)
    end = match.end() if match else 0
    colon = COLON.search(core, 0, GLUED_SALUTATION_MAX)
    if (colon and colon.end() > end and (match or core.startswith(ADDRESS_OPENINGS) or _lists_bodies(core[:colon.start()]))
            and salutation.fullmatch(core, 0, colon.end())):
        end = colon.end()
    if not end:
        return None
    rest = core[end:].lstrip()
    if len(rest) < 2 or rest[0] in SENTENCE_END:
        return None
    head, body = unit.split(end)
    head.kind, head.zone = "SALUTATION", unit.zone
    return head, body
