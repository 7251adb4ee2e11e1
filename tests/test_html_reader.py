"""The HTML reader: paragraphs from block elements, spans into the HTML source, chrome reported."""

from __future__ import annotations

import pytest
from conftest import REAL, needs_corpus

import speechparse
from speechparse.ast import Closing, DateLine, Paragraph, Salutation, Section, Title, sections, walk
from speechparse.readers import read

PAGE = """<!DOCTYPE html>
<html><head><title>讲话全文_某某网</title><style>p{margin:0}</style>
<script>var a = "<p>不是正文</p>";</script></head>
<body>
<header><a href="/">首页</a> &gt; 新闻中心</header>
<nav><ul><li>要闻</li><li>通知公告</li></ul></nav>
<article>
<header><h1 style="text-align:center">在全市教育工作会议上的讲话</h1></header>
<p align=center>（2024年2月26日）
<p>同志们：
<p>&nbsp;&nbsp;&nbsp;&nbsp;今年是关键之年。我讲三点意见。
<h2>一、认清形势</h2>
<p>　　教育是国之大计、党之大计。<br>　　我们要切实增强责任感。
<p><strong>坚持立德树人。</strong>要把立德树人作为根本任务。
<p><b>深化教育改革。</b>要破除体制机制障碍&amp;痛点。</p>
<div style="display:none">隐藏的统计代码</div>
<p>谢谢大家！</p>
</article>
<aside>相关阅读：某某文章</aside>
<footer>版权所有 某某网</footer>
</body></html>"""


@pytest.fixture(scope="module")
def page():
    return speechparse.parse(PAGE, from_="html")


def texts(html: str) -> list[str]:
    return [block.text for block in read(html, "html").blocks]


def test_page_structure(page):
    assert [type(node) for node in page.front] == [Title, DateLine, Salutation]
    assert (page.meta.title, page.meta.date, page.meta.salutation) == ("在全市教育工作会议上的讲话", "2024-02-26", "同志们")
    assert [(depth, s.marker, s.heading, s.run_in) for s, depth in sections(page)] == [
        (1, "一、", "认清形势", False),
        (2, "", "坚持立德树人", True),
        (2, "", "深化教育改革", True),
    ]
    assert [type(node) for node in page.back] == [Closing]


def test_br_and_indents_make_paragraphs_and_entities_are_decoded(page):
    paragraphs = [node.text for node, _ in walk(page.body) if isinstance(node, Paragraph)]
    assert paragraphs == [
        "今年是关键之年。我讲三点意见。",
        "教育是国之大计、党之大计。",
        "我们要切实增强责任感。",
        "要把立德树人作为根本任务。",
        "要破除体制机制障碍&痛点。",
    ]


def test_chrome_is_excluded_and_reported(page):
    assert [d.message for d in page.diagnostics if d.code == "SP010"] == [
        "<head> not read as body text: “讲话全文_某某网”",
        "<header> not read as body text: “首页 > 新闻中心”",
        "<nav> not read as body text: “要闻通知公告”",
        "<div> (hidden) not read as body text: “隐藏的统计代码”",
        "<aside> not read as body text: “相关阅读：某某文章”",
        "<footer> not read as body text: “版权所有 某某网”",
    ]
    nav = next(d for d in page.diagnostics if d.message.startswith("<nav>"))
    assert (nav.span.line, nav.span.column) == (6, 1)
    assert PAGE[nav.span.start: nav.span.end] == "<nav><ul><li>要闻</li><li>通知公告</li></ul></nav>"


def test_scripts_and_styles_are_counted_in_one_report():
    doc = speechparse.parse("<script>x()</script><style>p{}</style><script>y()</script><p>正文内容。</p>", from_="html")
    assert [d.message for d in doc.diagnostics if d.code == "SP010"] == ["not read as body text: 2 <script>, 1 <style>"]


def test_a_server_pages_code_is_excluded_and_reported_and_the_title_under_it_kept():
    text = ('<%@ Page Language="C#" CodeFile="newyear.aspx.cs" %>\n<html><body><p align="center"><b>2016年新年致辞</b></p>'
            "<p>老师们、同学们：</p><p>在这辞旧迎新的美好时刻，<%= school %>向大家致以诚挚的问候！</p></body></html>")
    doc = speechparse.parse(text, from_="html")
    assert (doc.meta.title, doc.meta.salutation) == ("2016年新年致辞", "老师们、同学们")
    assert [node.text for node, _ in walk(doc.body) if isinstance(node, Paragraph)] == ["在这辞旧迎新的美好时刻，向大家致以诚挚的问候！"]
    reports = [d for d in doc.diagnostics if d.code == "SP010"]
    assert [d.message for d in reports] == ['<%…%> (server code) not read as body text: “<%@ Page Language="C#" CodeFil…”',
                                            "<%…%> (server code) not read as body text: “<%= school %>”"]
    assert (reports[1].span.line, text[reports[1].span.start: reports[1].span.end]) == (2, "<%= school %>")


def test_a_columns_label_over_a_title_the_page_sets_in_bold_is_chrome_not_a_title_line():
    doc = speechparse.parse('<div id="top">直击峰会全过程</div><div id="body"><p><b>同心共筑百年梦</b><br/>'
                            "——何勇生同志在高峰会议开幕式上的讲话</p><p>亲爱的高峰英雄们：</p><p>今天，我们迎来了高峰会议。</p></div>",
                            from_="html")
    assert (doc.meta.title, doc.meta.speaker) == ("同心共筑百年梦", "何勇生")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front][:2] == [
        ("Note", "chrome"), ("Title", None)]


@pytest.mark.parametrize("lines", ["<h1>坚定信心 真抓实干</h1><h1>奋力开创高质量发展新局面</h1>",
                                   "<p><b>坚定信心 真抓实干</b></p><p><b>奋力开创高质量发展新局面</b></p>"])
def test_title_lines_set_out_alike_stay_one_title(lines):
    doc = speechparse.parse(lines + "<p>——在全市工作会议上的讲话</p><p>同志们：</p><p>今天开会。</p>", from_="html")
    assert doc.meta.title == "坚定信心真抓实干奋力开创高质量发展新局面"


BODY_WITHOUT_TITLE = "<body><p><img src=title.png></p><p>老师们、同学们：</p><p>在这辞旧迎新的美好时刻，向大家致以诚挚的问候！</p></body>"


def test_a_pages_title_names_the_document_where_its_text_shows_none():
    doc = speechparse.parse(f"<html><head><title>2016年新年致辞_学院新闻_某某职业技术学院</title></head>{BODY_WITHOUT_TITLE}</html>",
                            from_="html")
    assert (doc.meta.title, doc.meta.salutation) == ("2016年新年致辞", "老师们、同学们")
    assert [type(node).__name__ for node in doc.front] == ["Salutation"]


def test_a_pages_title_naming_only_the_site_is_no_title():
    doc = speechparse.parse(f"<html><head><title>某某职业技术学院 - 学院新闻</title></head>{BODY_WITHOUT_TITLE}</html>",
                            from_="html")
    assert doc.meta.title is None


def test_the_texts_own_title_wins_over_the_pages():
    doc = speechparse.parse("<html><head><title>新年致辞_某某学院</title></head><body><h1>2016年新年致辞</h1>"
                            "<p>老师们、同学们：</p><p>在这辞旧迎新的美好时刻，向大家致以诚挚的问候！</p></body></html>", from_="html")
    assert doc.meta.title == "2016年新年致辞"


def test_a_server_code_opener_never_closed_is_text():
    doc = speechparse.parse("<p>增幅<%可能偏低。</p>", from_="html")
    assert [node.text for node, _ in walk(doc.body) if isinstance(node, Paragraph)] == ["增幅<%可能偏低。"]


def test_spans_are_line_and_column_of_the_html_source(page):
    section = next(s for s, _ in sections(page) if s.heading == "认清形势")
    assert (section.heading_span.line, section.heading_span.column) == (12, 5)
    assert PAGE[section.heading_span.start: section.heading_span.end] == "一、认清形势"
    run_in = next(s for s, _ in sections(page) if s.heading == "深化教育改革")
    rest = run_in.children[0]
    assert PAGE[rest.span.start: rest.span.end] == "要破除体制机制障碍&amp;痛点。"


def test_every_character_maps_back_to_itself_in_the_source():
    source = PAGE.replace("\n", "\r\n")
    reading = read(source, "html")
    for block in reading.blocks:
        for index, char in enumerate(block.text):
            at = source[block.source_offset(index)]
            assert at == char or (at == "&" and char in "&\xa0>") or (char == " " and at.isspace())
    title = reading.blocks[0]
    assert reading.source.position(title.start) == (8, 39)


def test_implied_paragraph_ends_keep_centering_to_its_own_paragraph():
    blocks = read("<p align=center>标题<p>正文第一段。<center>居中</center>正文第二段。", "html").blocks
    assert [(block.text, "center" in block.hints) for block in blocks] == [
        ("标题", True), ("正文第一段。", False), ("居中", True), ("正文第二段。", False),
    ]


def test_two_indents_inside_a_paragraph_start_a_new_one_but_letter_spacing_does_not():
    assert texts("<p>引　　言</p><p>第一段。　　第二段。&nbsp;&nbsp;第三段。</p>") == ["引 言", "第一段。", "第二段。", "第三段。"]


def test_source_line_breaks_vanish_between_chinese_characters():
    assert texts("<p>党的十八大以来，以习近平同志为核心的\n    党中央高度重视 Web\nsite 建设。</p>") == [
        "党的十八大以来，以习近平同志为核心的党中央高度重视 Web site 建设。"
    ]


def test_table_cells_and_list_items_are_paragraphs():
    blocks = read("<table><tr><td>指标<td>目标<tr><td>覆盖率<td>九成</table><ul><li>第一项<li>第二项</ul>", "html").blocks
    assert [(block.text, "table" in block.hints) for block in blocks] == [
        ("指标", True), ("目标", True), ("覆盖率", True), ("九成", True), ("第一项", False), ("第二项", False),
    ]


def test_header_inside_an_article_is_content_but_a_page_header_is_chrome():
    assert texts("<header>网站导航</header><article><header><h1>讲话标题</h1></header><p>正文。</p></article>") == [
        "讲话标题", "正文。",
    ]


def test_meta_charset_decides_the_encoding_of_bytes():
    html = '<html><head><meta charset="big5"></head><body><p>繁體中文講話。</p></body></html>'
    doc = speechparse.parse(html.encode("big5"), from_="html")
    assert (doc.source.encoding, doc.body[0].text) == ("big5", "繁體中文講話。")
    gbk = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>同志们：</p>'
    assert speechparse.parse(gbk.encode("gbk"), from_="html").meta.salutation == "同志们"


@needs_corpus
def test_real_html_fragment_gives_the_headings_of_its_plain_text_twin():
    as_html = speechparse.parse((REAL / "065.txt").read_bytes(), from_="html")
    as_text = speechparse.parse((REAL / "064.txt").read_bytes())
    rows = [[(depth, s.marker, s.number, s.heading) for s, depth in sections(doc)] for doc in (as_html, as_text)]
    assert rows[0] == rows[1]
    assert len(rows[0]) == 11
    assert as_html.meta == as_text.meta
    assert as_html.source.reader == "html"


@needs_corpus
def test_real_html_fragment_has_no_markup_left_in_its_text():
    doc = speechparse.parse((REAL / "065.txt").read_bytes(), from_="html")
    nodes = [node for node, _ in walk(doc.body)] + list(doc.front) + list(doc.back)
    text = "".join(getattr(node, "text", "") or getattr(node, "heading", "") for node in nodes)
    assert "<" not in text and "FONT" not in text
    assert all(isinstance(node, (Section, Paragraph)) for node in doc.body)


def test_the_date_of_the_last_link_in_a_pages_list_of_posts_is_no_line_of_the_articles_head():
    rows = "".join(f"<tr><td><a href='/{n}'>{title}</a></td></tr><tr><td>(2014-02-15)</td></tr>" for n, title in enumerate(
        ["二月份喜喜洋洋迎馬年", "一月份數算主恩 展望將來", "九月份 新一學年 邁步向前"]))
    text = "<p>感謝天父，學校與堂會舉辦了金禧堂慶，當晚參加人數多達四百人，活動令我印象最深刻。</p>" * 4
    page = (f"<html><body><table><tr><td><table>{rows}</table></td><td class='headline'>攜手同行 五十五載</td></tr>"
            f"<tr><td>各位親愛的家長: <br />{text}<p>陳嘉文校長</p><p>二零一三年十一月一日</p></td></tr></table></body></html>")
    doc = speechparse.parse(page, from_="html")
    assert (doc.meta.title, doc.meta.date, doc.meta.speaker, doc.meta.speaker_role) == (
        "攜手同行五十五載", "2013-11-01", "陳嘉文", "校長")
    assert [type(node).__name__ for node in doc.front] == [*["Note"] * 6, "Title", "Salutation"]


CMS_PAGE = """<html><head><title>开学典礼讲话_某某中学</title></head><body>
<div id="top">今天是<span id="date"></span> <a href="/">公共文件夹</a> | <a href="/">智慧校园</a></div>
<div id="mainNav"><ul>
<li><h4 class="h1"><a href="/">首页</a></h4></li>
<li><h4 class="h1"><a href="/news">新闻中心</a></h4><ul><li><a href="/a">学校公告</a></li><li><a href="/b">一中新闻</a></li></ul></li>
<li><h4 class="h1"><a href="/about">学校概况</a></h4></li>
</ul></div>
<div class="side"><h3>推荐阅读</h3><ul><li><a href="/1">感恩同心共筑梦[02-28]</a></li><li><a href="/2">新年献词[01-10]</a></li></ul></div>
<div class="mainContent"><div class="path"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/n">新闻中心</a></div>
<div class="printArea">
<h2 class="title">2024学年第二学期开学典礼讲话</h2>
<div class="property"><span>文章来源：</span> <span>作者：</span> <span>发布时间：2025年02月28日</span> <span>点击数：次</span></div>
<div class="conTxt">
<p style="text-align:center">校长 蒋 明</p>
<p>各位同学们、老师们，大家早上好！</p>
<p>春潮涌动，万物复苏，在这充满希望的春季，我们再次相聚校园，共同开启新学期的征程。</p>
<p>过去的一年，是我们学校砥砺前行、硕果累累的一年。在全体师生的共同努力下，学校各项工作取得了新的成绩。</p>
<p>一是付出与回报。今年春节档最火的电影，它的成功告诉我们，付出终有回报。</p>
<p>二是突破与创新。我们要敢于突破，勇于创新，在新的学期里取得更大的进步。</p>
</div>
<div class="others"><span>上一篇：</span><a href="/3">感恩同心共筑梦</a> <span>下一篇：没有了！</span></div>
</div></div>
<div class="foot">地址：某某市某某大道1898号 版权所有 某某中学</div>
</body></html>"""


@pytest.fixture(scope="module")
def cms_page():
    return speechparse.parse(CMS_PAGE, from_="html")


def test_a_whole_pages_article_is_found_with_its_title_and_the_menus_are_chrome_before_it(cms_page):
    meta = cms_page.meta
    assert (meta.title, meta.speaker, meta.salutation) == ("2024学年第二学期开学典礼讲话", "蒋明", "各位同学们、老师们")
    kinds = [(type(node).__name__, getattr(node, "kind", None)) for node in cms_page.front]
    assert kinds[-4:] == [("Title", None), ("Note", "chrome"), ("Speaker", None), ("Salutation", None)]
    assert all(kind == ("Note", "chrome") for kind in kinds[:-4])  # top bar, menus, side list, breadcrumb
    assert [(section.marker, section.heading) for section, _ in sections(cms_page)] == [("一是", "付出与回报"), ("二是", "突破与创新")]


def test_the_links_and_footer_after_a_pages_article_are_chrome_notes_at_the_end(cms_page):
    assert [(node.kind, node.text[:4]) for node in cms_page.back] == [("chrome", "上一篇："), ("chrome", "地址：某")]


def test_nothing_of_a_whole_page_is_lost_when_its_article_is_found(cms_page):
    rendered = speechparse.render_text(cms_page).replace(" ", "").replace("\n", "")
    for text in ("公共文件夹", "学校概况", "推荐阅读", "当前位置", "上一篇", "版权所有某某中学"):
        assert text in rendered


def test_an_article_alone_has_no_chrome_made_of_its_own_paragraphs():
    doc = speechparse.parse("<p>同志们：</p><p>今天开会，讲三点。</p><p>一要学习，要认真。</p><p>二要落实，要到位。</p>", from_="html")
    assert doc.meta.salutation == "同志们"
    assert not any(getattr(node, "kind", None) == "chrome" for node in walk((*doc.front, *doc.body, *doc.back)))


TABLE_PAGE = """<html><body><table width=980><tr><td colspan=2>某某市人民政府门户网站</td></tr>
<tr><td width=200><a href=1>首页</a><br><a href=2>政务公开</a><br><a href=3>领导讲话</a><br><a href=4>通知公告</a></td>
<td><table><tr><td align=center><b>在全市经济工作会议上的讲话</b></td></tr>
<tr><td align=center>（2024年2月26日）</td></tr>
<tr><td>同志们：<br>　　今天召开全市经济工作会议，主要任务是总结去年工作，部署今年任务。<br>　　一、认清形势，坚定信心<br>
　　过去一年，我们克服困难，取得了显著成绩，经济运行稳中向好。<br>　　二、突出重点，狠抓落实<br>
　　今年要抓好以下工作，确保各项目标任务完成。</td></tr></table></td></tr>
<tr><td colspan=2>版权所有：某某市人民政府 地址：某某路1号</td></tr></table></body></html>"""


def test_a_table_laid_out_pages_article_keeps_its_title_and_date_rows_and_not_its_menu():
    doc = speechparse.parse(TABLE_PAGE, from_="html")
    assert (doc.meta.title, doc.meta.date, doc.meta.salutation) == ("在全市经济工作会议上的讲话", "2024-02-26", "同志们")
    assert [node.text for node in doc.front if getattr(node, "kind", None) == "chrome"] == [
        "某某市人民政府门户网站", "首页", "政务公开", "领导讲话", "通知公告"]
    assert [(section.marker, section.heading) for section, _ in sections(doc)] == [("一、", "认清形势，坚定信心"), ("二、", "突出重点，狠抓落实")]


def test_an_article_whose_paragraphs_each_have_a_div_is_read_whole_when_one_of_them_is_long():
    long = "过去一年，我们克服困难，取得了显著成绩，经济运行稳中向好，" * 12 + "各项事业全面进步。"
    page = (f"<html><body><div><a href=1>首页</a> <a href=2>新闻</a></div><div><div>在全市经济工作会议上的讲话</div>"
            f"<div>同志们：</div><div>{long}</div><div>一、认清形势，坚定信心</div><div>今年要抓好以下工作，确保各项目标任务完成。</div>"
            f"<div>二、突出重点，狠抓落实</div><div>要压实责任，强化考核，确保各项工作落到实处。</div></div>"
            f"<div>版权所有 某某网</div></body></html>")
    doc = speechparse.parse(page, from_="html")
    assert [(section.marker, section.heading) for section, _ in sections(doc)] == [("一、", "认清形势，坚定信心"), ("二、", "突出重点，狠抓落实")]
    assert [(node.kind, node.text) for node in doc.back] == [("chrome", "版权所有 某某网")]


def test_an_articles_following_paragraphs_are_not_sought_in_the_page_itself():
    long = "过去一年，我们克服困难，取得了显著成绩，经济运行稳中向好，" * 12 + "各项事业全面进步。"
    page = (f"<html><body><div><a href=1>首页</a></div><div>{long}</div>"
            f"<div>主办单位：某某市人民政府办公室，地址：某某路1号，电话：12345678</div></body></html>")
    doc = speechparse.parse(page, from_="html")
    assert [(node.kind, node.text[:4]) for node in doc.back] == [("chrome", "主办单位")]


def test_an_editors_note_in_a_blockquote_is_not_joined_to_the_speech_under_it():
    html = ("<h1>中国人民站起来了</h1><p>（一九四九年九月二十一日）</p>"
            "<blockquote><p>这是毛泽东同志在中国人民政治协商会议第一届全体会议上的开幕词</p></blockquote>"
            "<p>诸位代表先生们，全国人民所渴望的政治协商会议现在开幕了。</p><p>我们的会议包括六百多位代表。</p>")
    doc = speechparse.parse(html, from_="html")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("DateLine", None), ("Note", "editorial"), ("Salutation", None)]
    assert doc.meta.salutation == "诸位代表先生们"
    assert doc.joins == ()


def test_a_heading_element_is_not_joined_to_the_paragraph_before_it():
    html = "<p>今天开会。</p><p>【四条】关于修正案</p><h2>习近平：欢迎知识分子提出批评</h2><p>大家好！今天我们开会。</p>"
    doc = speechparse.parse(html, from_="html")
    assert doc.joins == ()


def test_an_editors_bold_label_in_brackets_is_no_heading():
    html = ("<h1>习近平：欢迎知识分子提出批评</h1><p>今天是个好日子，大家来开会了。</p><p><strong>【核心提示】</strong></p>"
            "<p>知识分子有思想、有主见、有责任。</p><p>大家好！今天我们开会。</p>")
    doc = speechparse.parse(html, from_="html")
    assert not [node for node, _ in sections(doc)]


def test_plain_text_lines_a_template_holds_in_a_div_are_paragraphs_at_their_line_breaks():
    html = ("<html><body><h2>关于开展自查工作的通知</h2><div class=\"content\">\n各市（州）人民政府，省政府各部门：\n现就有关工作通知如下。\n"
            "<b>一、各地自查</b>\n各地要按照督查的内容和重点开展逐项自查。\n<b>二、部门自查</b>\n省级部门要按照职责分工进行深入自查。\n"
            "特此通知。\n</div></body></html>")
    doc = speechparse.parse(html, from_="html")
    assert doc.meta.salutation == "各市（州）人民政府，省政府各部门"
    assert [(node.marker, node.heading) for node, _ in sections(doc)] == [("一、", "各地自查"), ("二、", "部门自查")]


def test_line_breaks_inside_an_inline_element_of_a_div_stay_inside_its_paragraph():
    html = ('<div class="property"> <span>发布时间：2023年03月06日</span> <span>点击数：\n<script>hits()</script>\n次</span></div>'
            '<div class="text">\n各市人民政府：\n<span>现就有关工作\n通知如下。</span>\n</div>')
    assert texts(html) == ["发布时间：2023年03月06日 点击数：次", "各市人民政府：", "现就有关工作通知如下。"]


def test_title_lines_set_out_centred_under_a_pages_headline_and_stamp_are_the_texts_title():
    lines = "".join(f'<p style="text-align:center"><span>{line}</span></p>'
                    for line in ("坚持创新引领“两个率先”", "坚决做到“三个确保”", "在高质量发展中奋力谱写新篇章"))
    doc = speechparse.parse('<h2 class="title">每周一学（2023年3月6日——3月12日）</h2><div class="property"><span>发布时间：'
                            f'2023年03月06日</span></div><div class="text">{lines}<p>同志们：</p><p>现在，我代表县委向大会作报告。'
                            "</p><p><strong>一、过去五年的主要工作</strong></p><p>五年来，经济实力不断增强。</p></div>", from_="html")
    assert (doc.meta.title, doc.meta.salutation) == ("坚持创新引领“两个率先”坚决做到“三个确保”在高质量发展中奋力谱写新篇章", "同志们")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "chrome"), ("Note", "chrome"), ("Title", None), ("Salutation", None)]
    assert [(node.marker, node.heading, depth) for node, depth in sections(doc)] == [("一、", "过去五年的主要工作", 1)]


def test_line_breaks_in_a_paragraphs_source_stay_inside_it():
    doc = speechparse.parse("<html><body><h1>讲话</h1><p>今天我们召开会议，\n研究部署工作。</p><p>要认真落实。</p></body></html>",
                            from_="html")
    assert [node.text for node in doc.body] == ["今天我们召开会议，研究部署工作。", "要认真落实。"]


def test_a_badges_words_in_bold_a_cell_each_are_no_headings():
    html = ("<h1>在座谈会上的讲话</h1><p>同志们：</p><p>今天我们在这里召开座谈会，听听大家的意见。</p><p>我就讲这些。谢谢大家！</p>"
            "<section><section><strong>促进</strong></section><section><strong>法治</strong></section></section>"
            "<section><section><strong>品读</strong></section><section><strong>大案</strong></section></section><p>主编：李轩</p>")
    doc = speechparse.parse(html, from_="html")
    assert not [node for node, _ in sections(doc)]


def test_a_parts_short_title_in_bold_and_a_longer_bold_line_are_headings():
    html = ("<h1>在座谈会上的讲话</h1><p>今天我们在这里召开座谈会，听听大家的意见。</p><p><strong>加强领导</strong></p>"
            "<p>要加强党的领导。</p><p><strong>结论</strong></p><p>我们的事业一定能够成功。</p>")
    doc = speechparse.parse(html, from_="html")
    assert [node.heading for node, _ in sections(doc)] == ["加强领导", "结论"]


def test_a_blockquote_line_of_organ_names_is_no_heading_and_no_salutation():
    doc = speechparse.parse("<h1>讲话</h1><p>今天开会。</p><blockquote><p>" + "局，" * 23 + "x：</p></blockquote><p>要认真落实。</p>",
                            from_="html")
    assert doc.meta.salutation is None


def test_an_entity_without_its_semicolon_before_digits_is_read_as_a_browser_reads_it():
    doc = speechparse.parse("<html><body><p>各位：</p><p>&nbsp&nbsp2014年我们荣获奖杯。</p><p>&nbsp;&nbsp;今年我们再创佳绩。</p>"
                            "<p>&nbsp&nbsp谢谢！</p><p>&nbsp&nbsp&nbsp徐敏嘉</p><p>&nbsp&nbsp&nbsp2015年3月31日</p></body></html>".encode(),
                            from_="html")
    assert speechparse.render_text(doc).split("\n\n")[1] == "2014年我们荣获奖杯。"
    assert (doc.meta.date, doc.meta.speaker) == ("2015-03-31", "徐敏嘉")  # the signer at its end speaks


def test_an_unknown_entity_stays_as_written_with_its_semicolon():
    doc = speechparse.parse("<html><body><p>AT&T;公司&foo;很好。</p><p>第二段。</p></body></html>".encode(), from_="html")
    assert speechparse.render_text(doc).startswith("AT&T;公司&foo;很好。")


def test_a_whole_html_page_saved_as_txt_is_read_as_html():
    page = "<!DOCTYPE html>\n<html><head><script>function doZoom(size){}</script></head><body><p>在全市工作会议上的讲话</p>" \
           "<p>同志们：</p><p>今天我们召开会议，主要任务是总结工作。</p></body></html>"
    doc = speechparse.parse(page.encode(), path="page.txt")
    assert (doc.source.reader, doc.meta.title, doc.meta.salutation) == ("html", "在全市工作会议上的讲话", "同志们")


def test_the_text_right_after_an_image_is_its_caption_never_a_heading():
    page = ("<html><body><p>在推介会上的致辞</p><p>各位来宾：</p><p>今天我们举行推介会，欢迎大家来黄石投资兴业，共谋发展大计。</p>"
            "<p><img src='a.jpg'></p><p style='text-align:center'>活动现场</p><p>黄石区位优势明显，产业基础雄厚，发展前景广阔。</p>"
            "</body></html>")
    doc = speechparse.parse(page.encode(), from_="html")
    assert list(sections(doc)) == []


def test_an_icon_inside_a_paragraph_makes_no_caption_of_the_next_one_and_a_caption_is_never_joined():
    page = ("<html><body><p>在推介会上的致辞</p><p>各位来宾：</p><p>今天我们举行推介会，欢迎大家来黄石投资兴业。<img src='smile.png'></p>"
            "<p>存在问题</p><p>一些企业反映融资难、融资贵的问题依然存在，需要我们高度重视。</p>"
            "<p><img src='a.jpg'></p><p>活动现场</p><p>黄石区位优势明显，产业基础雄厚，发展前景广阔。</p></body></html>")
    doc = speechparse.parse(page.encode(), from_="html")
    assert [section.heading for section, _ in sections(doc)] == ["存在问题"]
    assert "活动现场" in [node.text for node, _ in walk(doc.body) if isinstance(node, Paragraph)]
