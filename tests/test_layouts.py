"""The same speech laid out differently (line breaks, blank lines, indents, flattened, encoding)
parses to the same metadata and the same outline."""

from __future__ import annotations

import json
import re

import pytest
from conftest import GOLD, REAL, needs_corpus, visible

import speechparse
from speechparse.ast import Note, Paragraph, Section, sections


def gold_files() -> list[str]:
    return sorted(json.loads(path.read_text(encoding="utf-8"))["file"] for path in GOLD.glob("*.json")) if GOLD.is_dir() else []


def front_lines_together(text: str) -> bytes:
    """Blank lines between paragraphs, except among the lines before the first sentence (title,
    subtitle, date, speaker), which are set one under the other."""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    front = next((i for i, line in enumerate(paragraphs) if re.search("[。！？!?：:；;]", line)), 0)
    return ("\n".join(paragraphs[:front]) + "\n\n" + "\n\n".join(paragraphs[front:])).encode("utf-8")


LAYOUTS = {
    "crlf": lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    "gb18030": lambda text: text.encode("gb18030"),
    "one-per-line": lambda text: re.sub(r"\n\s*\n+", "\n", text).encode("utf-8"),
    "blank-lines": lambda text: re.sub(r"\n+", "\n\n", text).encode("utf-8"),
    "indented": lambda text: "\n".join("\u3000\u3000" + line if line.strip() else line for line in text.split("\n")).encode("utf-8"),
    "front-lines-together": front_lines_together,
    "flattened": lambda text: "\u3000\u3000".join(line.strip() for line in text.split("\n") if line.strip()).encode("utf-8"),
}


def summary(doc: speechparse.ast.Document) -> tuple:
    meta = doc.meta
    return (meta.title, meta.subtitle, meta.date, meta.speaker, meta.salutation,
            [(depth, s.marker, s.number, s.heading) for s, depth in sections(doc)])


@needs_corpus
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("name", gold_files())
def test_layout_does_not_change_the_structure(name, layout):
    text = (REAL / name).read_text(encoding="utf-8")
    assert summary(speechparse.parse(LAYOUTS[layout](text))) == summary(speechparse.parse(text.encode("utf-8")))


def test_a_sentence_a_line_break_leaves_at_an_english_phrase_stays_one_paragraph():
    doc = speechparse.parse("在全市工作会议上的讲话\n\n同志们：\n\n大家都知道\nChatGPT and other models 的出现，改变了我们的工作方式。\n\n要积极应对。")
    assert doc.body[0].text == "大家都知道ChatGPT and other models 的出现，改变了我们的工作方式。"


def test_a_reporters_sentence_opening_a_line_is_no_dateline():
    doc = speechparse.parse("在全市工作会议上的讲话\n\n同志们：\n\n今天上午，据\n本报记者了解到的消息，会议已经召开。\n\n要积极应对。")
    assert (doc.body[0].text, doc.joins) == ("今天上午，据本报记者了解到的消息，会议已经召开。", ())


#: A speech as a PDF's text gives it: short front lines, paragraphs indented and wrapped at 16 characters (the last
#: one's 。 alone on a line), a page number where the page ends, a line of a wrapped paragraph that opens with 一、 after
#: a 第 (no heading).
PRINTED = """\
　　在全区工作会议上的讲话
王晓峰
（2018年9月20日）
同志们：
　　今天召开全区工作会议，主要任
务是总结去年工作，部署今年任务。
　　一、关于去年的工作
　　去年全区经济保持平稳增长，主
要指标增速位居全市前列，增长率第
一、全省前列，各项工作取得新进展
。
— 1 —
　　二、关于今年的任务
　　要坚持稳中求进工作总基调，推
动高质量发展。
"""


def test_a_printed_copys_lines_wrapped_at_a_width_are_joined_into_its_paragraphs():
    doc = speechparse.parse(PRINTED * 3)  # (three copies: enough lines to tell the width)
    assert (doc.meta.title, doc.meta.speaker, doc.meta.date, doc.meta.salutation) == (
        "在全区工作会议上的讲话", "王晓峰", "2018-09-20", "同志们")
    assert doc.body[0].text == "今天召开全区工作会议，主要任务是总结去年工作，部署今年任务。"
    first, second = [(s.marker, [getattr(node, "text", None) for node in s.children]) for s, _ in sections(doc)][:2]
    assert first == ("一、", ["去年全区经济保持平稳增长，主要指标增速位居全市前列，增长率第一、全省前列，各项工作取得新进展。", "— 1 —"])
    assert (second[0], second[1][0]) == ("二、", "要坚持稳中求进工作总基调，推动高质量发展。")
    assert doc.joins == ()


def test_lines_of_a_text_not_wrapped_at_a_width_stay_apart():
    doc = speechparse.parse("在全区工作会议上的讲话\n同志们：\n" + "\n".join(
        f"　　第{n}段文字，长短各不相同{'，内容继续' * n}。" for n in range(1, 14)))
    assert len(doc.body) == 13


def test_a_printed_copy_without_indents_wrapped_at_a_width_is_joined_where_its_lines_are_full():
    text = PRINTED.replace("\u3000\u3000", "")
    doc = speechparse.parse(text * 3)
    assert doc.body[0].text == "今天召开全区工作会议，主要任务是总结去年工作，部署今年任务。"
    assert [s.marker for s, _ in sections(doc)][:2] == ["一、", "二、"]


def test_lines_of_one_length_each_a_sentence_are_no_wrapped_text():
    lines = [f"{'男女'[n % 2]}：第{n:02d}句主持词，每一句都一样长。" for n in range(1, 16)]
    doc = speechparse.parse("文艺汇演主持词\n" + "\n".join(lines))
    assert [node.text for node in doc.body] == lines


def test_a_heading_line_over_the_longer_lines_of_its_text_in_one_block_is_a_paragraph_of_its_own():
    blocks = ["2024年某区科委政府信息公开工作年度报告",
              "一、总体情况\n某区科委2024年深入贯彻《政府信息公开条例》，认真落实\n区委、区政府关于政务公开工作的各项部署。",
              "（一）主动公开方面\n全年主动公开市政府规章22件、行政规范性文件34件，\n均已在网站公开。"]
    doc = speechparse.parse("\n\n".join(blocks))
    assert [(depth, s.marker + s.heading, [node.text for node in s.children if not isinstance(node, Section)])
            for s, depth in sections(doc)] == [
        (1, "一、总体情况", ["某区科委2024年深入贯彻《政府信息公开条例》，认真落实区委、区政府关于政务公开工作的各项部署。"]),
        (2, "（一）主动公开方面", ["全年主动公开市政府规章22件、行政规范性文件34件，均已在网站公开。"])]


@pytest.mark.parametrize("block", ["一、关于进一步加强和改进新时代\n党的建设工作", "一、坚持党的全面领导，\n推动各项工作落到实处"])
def test_a_heading_line_wrapped_onto_a_line_no_longer_than_it_or_ending_in_a_comma_stays_one_heading(block):
    doc = speechparse.parse("\n\n".join(["在全区工作会议上的讲话", "同志们：", block, "要坚持稳中求进工作总基调，推动高质量发展。"]))
    assert [s.marker + s.heading for s, _ in sections(doc)] == [block.replace("\n", "")]


@pytest.mark.parametrize("top", [["关于印发建立企业“首席人力资源官”制度的实施意见（试行）的通知"],
                                 ["2024年某区科委政府信息公开工作", "年度报告"], ["正文", "2024年某区科委政府信息公开工作", "年度报告"],
                                 ["物理学术竞赛的引领者闫小乐先进事迹材料"], ["在发展对象培训班结业式上的发言稿"]])
def test_a_title_naming_the_documents_kind_over_the_longer_lines_of_the_text_in_one_block_is_the_title(top):
    body = ["根据《中华人民共和国政府信息公开条例》和《某市政府信息公开规定》的要求，", "区科委编制了2024年度政务公开工作报告。"]
    doc = speechparse.parse("\n".join([*top, *body]) + "\n\n一、总体情况\n\n区科委2024年深入贯彻《政府信息公开条例》。")
    assert doc.meta.title == "".join(top).removeprefix("正文")
    assert doc.body[0].text == "".join(body)
    assert [node.kind for node in doc.front if isinstance(node, Note)] == (["chrome"] if top[0] == "正文" else [])


def test_a_short_first_line_over_a_longer_one_naming_no_document_stays_in_its_paragraph():
    doc = speechparse.parse("现在我代表中央委员会作关于\n上届代表会议以来工作的报告，请予审议。\n\n" + "同志们要团结一致。" * 3)
    assert doc.meta.title is None
    assert doc.body[0].text == "现在我代表中央委员会作关于上届代表会议以来工作的报告，请予审议。"


def test_a_heading_line_far_short_of_the_width_a_copy_is_wrapped_at_ends_its_paragraph_over_shorter_lines():
    wrapped = "“上海科技”微信公众号共编发文章1640篇，其中原创文\n章294篇，微信公众号目前关注人数达1016823人；视频\n号共发布短视频584条。"
    table = "一、主动公开政府信息情况\n第二十条第（一）项\n行政许可 97"
    doc = speechparse.parse("\n\n".join(["2024年某区科委政府信息公开工作年度报告", *[wrapped] * 6, table, wrapped]))
    assert [(s.marker + s.heading, [getattr(node, "text", None) for node in s.children][:1]) for s, _ in sections(doc)] == [
        ("一、主动公开政府信息情况", ["第二十条第（一）项行政许可 97"])]


def test_a_short_heading_line_over_a_shorter_line_in_a_text_not_wrapped_at_a_width_stays_one_heading():
    doc = speechparse.parse("\n\n".join(["在全区工作会议上的讲话", "同志们：", "一、关于进一步加强\n党的建设", "要坚持稳中求进工作总基调，推动高质量发展。"]))
    assert [s.marker + s.heading for s, _ in sections(doc)] == ["一、关于进一步加强党的建设"]


@pytest.mark.parametrize("address", ["http://www.linux.com/article.pl?sid=07/04/23/1825214", "https://sourceforge.net/projects/cnpack",
                                     "www.cnpack.org"])
def test_a_web_address_alone_on_its_line_is_never_joined_to_the_paragraph_under_it(address):
    doc = speechparse.parse("\n\n".join(["在全县工作会议上的讲话", "同志们：", "相关报道链接如下：", address,
                                         "2. CnPack IDE Wizards is preparing for 0.8.2.", "下一步要继续做好文档工作。"]))
    assert [node.text for node in doc.body][:3] == ["相关报道链接如下：", address, "2. CnPack IDE Wizards is preparing for 0.8.2."]


def test_a_run_in_headings_lead_sentence_wrapped_from_a_full_line_of_a_printed_copy_goes_on_to_its_end():
    def wrapped(paragraph: str) -> str:
        return "\n".join(paragraph[at:at + 40] for at in range(0, len(paragraph), 40))
    body = "过去的土地是东零西碎的，而且往往离家很远，耕作很不方便，肥料也没法运去，现在按居住情况进行了调整。"
    leads = ["为了适应社员需要，满足社员文化生活的要求，全社建立了九处民校和一处图书馆，还组织了一个业余剧团，定期演出各种小型戏剧",
             "为了发展生产，满足社员生活需要，全社建立了三个供销小组和两个信用小组，还组织了一支运输队伍，及时收购各种农副产品"]
    paragraphs = [body * 3, f"1、{leads[0]}。{body * 2}", body * 3, f"2、{leads[1]}。{body * 2}", body * 2]
    doc = speechparse.parse("\n".join(wrapped(paragraph) for paragraph in paragraphs))
    assert [(section.marker, section.heading) for section, _ in sections(doc)] == [("1、", leads[0]), ("2、", leads[1])]


CAPTIONS = ["如何渡过二十几岁人生的奥德赛时期", "如果非要形容我这两年的人生规划变得有多快的话", "就是今天我和去年的我谈起来这个话题都得打一架",
            "身边的朋友也说我一天一个样"]


def _cue_times(number: int, separator: str) -> str:
    return f"00:00:{2 * number:02d}{separator}000 --> 00:00:{2 * number + 2:02d}{separator}000"


def test_a_subrip_files_cue_numbers_and_timings_are_chrome_notes_and_its_first_caption_the_title():
    text = "\n\n".join(f"{number}\n{_cue_times(number, ',')}\n{caption}" for number, caption in enumerate(CAPTIONS, 1))
    doc = speechparse.parse(text.encode(), path="talk.srt")
    assert doc.meta.title == CAPTIONS[0]
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "chrome"), ("Note", "chrome"), ("Title", None), ("Note", "chrome"), ("Note", "chrome")]
    assert [node.text for node in doc.body if isinstance(node, Paragraph)] == CAPTIONS[1:]
    assert visible(speechparse.render_text(doc)) == visible(text)


def test_a_webvtt_files_header_and_timings_are_chrome_notes_and_a_cues_lines_one_paragraph():
    cues = [f"{_cue_times(number, '.')} align:start\n{caption[:8]}\n{caption[8:]}" for number, caption in enumerate(CAPTIONS, 1)]
    doc = speechparse.parse("\n\n".join(["WEBVTT", *cues]))
    assert doc.meta.title == CAPTIONS[0]
    assert [node.text for node in doc.body if isinstance(node, Paragraph)] == CAPTIONS[1:]


def test_a_transcript_that_quotes_a_cues_timing_once_is_no_subtitle_file():
    text = "\n\n".join(["在全区工作会议上的讲话", "同志们：", "视频里说：", _cue_times(1, ","), "今天开会，研究工作。" * 5])
    doc = speechparse.parse(text)
    assert (doc.meta.title, doc.meta.salutation) == ("在全区工作会议上的讲话", "同志们")
    assert not any(isinstance(node, Note) for node in doc.body)
