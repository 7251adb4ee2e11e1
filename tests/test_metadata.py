"""Front matter and metadata: title, subtitle, date line forms, speaker, salutation, closing, meeting."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import speechparse
from speechparse.ast import (
    Closing,
    Conclusion,
    DateLine,
    Note,
    Paragraph,
    Salutation,
    Section,
    Signature,
    Speaker,
    Subtitle,
    Title,
    sections,
    walk,
)
from speechparse.grammar import patterns
from speechparse.lexer.front import SALUTATION_LAST
from speechparse.lexicon import unmapped_glyphs

BODY = "这次会议的主要任务是总结工作、部署任务。大家要认真贯彻落实。"


def meta(*lines: str, separator: str = "\n\n"):
    return speechparse.parse(separator.join([*lines, BODY, BODY])).meta


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("(2018年9月20日)", "2018-09-20"),
        ("（2018年9月20日）", "2018-09-20"),
        ("（二〇一八年九月二十日）", "2018-09-20"),
        ("（二○一八年九月二十日）", "2018-09-20"),
        ("(二00九年三月)", "2009-03"),  # a Word document's year, its zeros typed as digits or letters
        ("（二OO九年三月）", "2009-03"),
        ("（二０一八年九月二十日）", "2018-09-20"),
        ("中華民國110年1月1日", "2021-01-01"),  # Taiwan's official dates count the years of the Republic (1912 = 民國元年)
        ("民國113年10月10日", "2024-10-10"),
        ("中華民國一一○年一月一日", "2021-01-01"),
        ("中華民國一百一十年一月一日", "2021-01-01"),
        ("中華民國一百一十二年一月一日", "2023-01-01"),
        ("中華民國元年一月一日", "1912-01-01"),
        ("中華民國108年(2019年)2月3日於臺北市", "2019-02-03"),
        ("（民國110年1月1日）", "2021-01-01"),
        ("（一九四二年五月）", "1942-05"),
        ("2020年10月29日上午", "2020-10-29"),
        ("（2025年11月1日，庆州）", "2025-11-01"),
        ("2024.09.01", "2024-09-01"),
        ("2020.6.20", "2020-06-20"),
        ("（X年X月X日）", None),
        ("20xx年x月x日", None),
        ("（201X年X月X日）", None),
        ("201X/X/XX", None),
        ("（1月13日下午4点，行政楼会议室四）", None),
    ],
)
def test_date_line_forms(line, iso):
    result = meta("在全市工作会议上的讲话", line, "同志们：")
    assert (result.date, result.date_text) == (iso, line)


def test_impossible_date_gives_no_iso():
    assert meta("在全市工作会议上的讲话", "（2018年2月30日）", "同志们：").date is None


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("王晓峰", "王晓峰", None),
        ("习　近　平", "习近平", None),
        ("区委书记 王晓峰", "王晓峰", "区委书记"),
        ("绍兴一中党委书记、校长\xa0\xa0王\xa0琛", "王琛", "绍兴一中党委书记、校长"),
        ("XXX", "XXX", None),
        ("欧阳修", "欧阳修", None),
    ],
)
def test_speaker_line_forms(line, name, role):
    result = meta("在全市工作会议上的讲话", line, "（2018年9月20日）", "同志们：")
    assert (result.speaker, result.speaker_role) == (name, role)


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("演讲人：张伟", "张伟", None),
        ("主讲人：王晓峰", "王晓峰", None),
        ("报告人：李强", "李强", None),
        ("主讲人  王晓峰", "王晓峰", None),
        ("报告人 李强", "李强", None),
        ("作者：王晓峰 李丽", "王晓峰、李丽", None),
        ("講話人：李小鵬", "李小鵬", None),
        ("作者：张伟", "张伟", None),
        ("演讲人：上野千鹤子", "上野千鹤子", None),
        ("致辞：饶毅（教师代表、科学家）", "饶毅", "教师代表、科学家"),
        ("主讲人：中国人民大学校长 刘伟", "刘伟", "中国人民大学校长"),
        ("文/苑振超", "苑振超", None),  # an article's byline
        ("文 / 苑振超", "苑振超", None),
    ],
)
def test_a_labelled_byline_under_the_title_is_the_speaker_not_a_title_line(line, name, role):
    result = meta("东京大学入学典礼演讲", line, "同学们：")
    assert (result.title, result.speaker, result.speaker_role) == ("东京大学入学典礼演讲", name, role)


@pytest.mark.parametrize(("title", "fields", "role", "name"), [
    ("党的二十大精神学习体会", "日期：2022-12-22 14:50 来源：共青团北京市直属机关工作委员会", "北京教育考试院机关团支部书记", "马迪"),
    ("黨的二十大精神學習體會", "日期：2022-12-22 14:50 來源：共青團北京市直屬機關工作委員會", "北京教育考試院機關團支部書記", "馬迪"),
])
def test_an_office_over_a_name_under_the_pages_fields_is_the_byline_not_the_texts_own_title(title, fields, role, name):
    doc = speechparse.parse("\n\n".join([title, fields, role, name, BODY]))
    assert (doc.meta.title, doc.meta.speaker, doc.meta.speaker_role) == (title, name, role)


@pytest.mark.parametrize(("data", "from_"), [
    ("在全区工作会议上的讲话\n区委书记、区长　　王 琛\n同志们：\n今天开会。", None),
    ("在全区工作会议上的讲话\n区委书记、区长\xa0\xa0王\xa0琛\n同志们：\n今天开会。", None),
    ("<html><body><div>首页 | 政务公开 | 互动交流</div><p>在全区工作会议上的讲话</p><p>区委书记、区长&nbsp;&nbsp;王&nbsp;琛</p>"
     "<p>同志们：</p><p>今天开会。</p></body></html>", "html"),  # (a web page's double space parts paragraphs)
], ids=["ideographic-spaces", "no-break-spaces", "html"])
def test_offices_and_a_name_apart_on_one_line_are_the_byline_not_a_title(data, from_):
    doc = speechparse.parse(data.encode(), from_=from_)
    assert (doc.meta.title, doc.meta.speaker, doc.meta.speaker_role) == ("在全区工作会议上的讲话", "王琛", "区委书记、区长")


def test_an_articles_byline_opening_a_text_without_a_title_is_the_speaker_not_the_title():
    doc = speechparse.parse("\n".join(["文/苑振超", "党的二十大作出的各项决策部署，必将对全面建设社会主义现代化国家、全面推进中华民族伟大复兴，"
                                                   "对夺取中国特色社会主义新胜利发挥十分重要的指导和保证作用。"]))
    assert (doc.meta.title, doc.meta.speaker) == (None, "苑振超")


@pytest.mark.parametrize("line", ["致辞：同学们好", "作者：佚名 来源：人民网"])
def test_a_label_before_words_that_are_no_name_gives_no_speaker(line):
    assert meta("东京大学入学典礼演讲", line, "同学们：").speaker is None


def test_date_and_speaker_in_either_order():
    first = meta("在全市工作会议上的讲话", "王晓峰", "（2018年9月20日）", "同志们：")
    second = meta("在全市工作会议上的讲话", "（2018年9月20日）", "王晓峰", "同志们：")
    assert (first.speaker, first.date) == (second.speaker, second.date) == ("王晓峰", "2018-09-20")


def test_office_line_and_name_line_make_one_speaker():
    doc = speechparse.parse("\n\n".join(["政府工作报告", "国务院总理", "李克强", "各位代表：", BODY]))
    speakers = [node for node in doc.front if isinstance(node, Speaker)]
    assert [(s.name, s.role) for s in speakers] == [("李克强", "国务院总理")]


def test_speaker_and_date_on_one_line():
    doc = speechparse.parse("\n".join(["走 向 远 方", "王 \xa0琛 \xa02020.6.20", "同学们：", BODY, BODY]))
    assert [type(node) for node in doc.front] == [Title, Speaker, DateLine, Salutation]
    assert (doc.meta.title, doc.meta.speaker, doc.meta.date) == ("走向远方", "王琛", "2020-06-20")


def test_title_over_two_lines_and_subtitle():
    result = meta("不忘初心担使命", "奋力开创高水平发展新局面", "——在主题教育总结大会上的讲话", "同志们：", separator="\n")
    assert (result.title, result.subtitle, result.meeting) == (
        "不忘初心担使命奋力开创高水平发展新局面",
        "在主题教育总结大会上的讲话",
        "主题教育总结大会",
    )


def test_date_taken_from_a_subtitle_when_there_is_no_date_line():
    result = meta("政府工作报告", "——2024年3月5日在第十四届全国人民代表大会第二次会议上", "各位代表：")
    assert (result.subtitle, result.date) == ("2024年3月5日在第十四届全国人民代表大会第二次会议上", "2024-03-05")


def test_meeting_from_the_title():
    assert meta("在全区意识形态工作会议上的讲话", "同志们：").meeting == "全区意识形态工作会议"


@pytest.mark.parametrize(
    ("line", "addressee", "greeting"),
    [
        ("同志们：", "同志们", None),
        ("各位代表：", "各位代表", None),
        ("同志们！", "同志们", None),
        ("同志们:", "同志们", None),
        ("各位代表，各位老师：", "各位代表，各位老师", None),
        ("尊敬的各位领导，同志们、朋友们：大家上午好！", "尊敬的各位领导，同志们、朋友们", "大家上午好！"),
        ("各位家长大家好！", "各位家长", "大家好！"),
        ("各位领导、同行，大家下午好！", "各位领导、同行", "大家下午好！"),
        ("各位局领导、书记校长：", "各位局领导、书记校长", None),
        ("老师们、同学们，新学期好！", "老师们、同学们", "新学期好！"),
        ("同志们，新年好！", "同志们", "新年好！"),
        # traditional script (同誌們: a converter's 志 → 誌), a legislature, a greeting of the morning
        ("同志們：", "同志們", None),
        ("同誌們:", "同誌們", None),
        ("立法會主席、各位議員、各位市民：", "立法會主席、各位議員、各位市民", None),
        ("代主席：", "代主席", None),
        ("校長、師長、各位貴賓，親愛的家長、與在座的各位同學：", "校長、師長、各位貴賓，親愛的家長、與在座的各位同學", None),
        ("賴副總統、現場的各位貴賓、全體國人同胞，大家好。", "賴副總統、現場的各位貴賓、全體國人同胞", "大家好。"),
        ("各位友邦元首、各位貴賓，大家早安，大家好！", "各位友邦元首、各位貴賓", "大家早安，大家好！"),
        ("各位親愛的國人同胞，大家早安，新年快樂。", "各位親愛的國人同胞", "大家早安，新年快樂。"),
        # after an addressee, any audience named by its word (员 众 者…)
        ("尊敬的各位嘉宾、运动员、观众：", "尊敬的各位嘉宾、运动员、观众", None),
        ("各位来宾、裁判员、运动员，大家好！", "各位来宾、裁判员、运动员", "大家好！"),
        ("各位代表、列席人员：", "各位代表、列席人员", None),
        ("各位嘉宾、专家学者：", "各位嘉宾、专家学者", None),
        # the last addressee after ，以及; a greeting before the colon
        ("各位贵宾、各位家长，以及亲爱的毕业生：", "各位贵宾、各位家长，以及亲爱的毕业生", None),
        ("各位贵宾、各位家长，大家晚安：", "各位贵宾、各位家长", "大家晚安："),
        # a notice's addressees that are a party's or a league's branches (党支部, 团总支)
        ("各年级团总支：", "各年级团总支", None),
        ("各党支部、各团支部：", "各党支部、各团支部", None),
        # a letter's greeting of its reader after the colon (a hospital's, a company's notice)
        ("尊敬的患者及家属：您好！", "尊敬的患者及家属", "您好！"),
        # the graduates named as the day's protagonists, then again (a ceremony's address)
        ("各位畢業生家長、今天最重要的主角，全體畢業同學們，大家晚安：", "各位畢業生家長、今天最重要的主角，全體畢業同學們",
         "大家晚安："),
    ],
)
def test_salutation_forms(line, addressee, greeting):
    doc = speechparse.parse("\n\n".join(["在全市工作会议上的讲话", line, BODY, BODY]))
    salutations = [node for node in doc.front if isinstance(node, Salutation)]
    assert [(s.addressee, s.greeting) for s in salutations] == [(addressee, greeting)]


DATE_LINE = patterns()["DATE_LINE"].pattern
DATE_LINE_LOOKAHEAD = DATE_LINE[:DATE_LINE.index("])") + 2]  # (?=[…]): the characters a date line can start with


@settings(max_examples=100, deadline=None)
@given(st.from_regex(DATE_LINE[len(DATE_LINE_LOOKAHEAD):], fullmatch=True))
def test_the_look_ahead_of_the_date_line_pattern_lets_every_date_line_through(line):
    assert patterns()["DATE_LINE"].fullmatch(line)


@settings(max_examples=100, deadline=None)
@given(st.from_regex(patterns()["SALUTATION"], fullmatch=True))
def test_a_whole_line_salutation_ends_with_what_the_quick_test_before_its_pattern_looks_for(line):
    assert line[-1] in SALUTATION_LAST or line[-1].isspace()


@pytest.mark.parametrize(("text", "addressee"), [
    ("女士们，先生们，同志们：今天，我们在这里隆重集会。", "女士们，先生们，同志们"),
    ("同志们，朋友们：今天，我们在这里隆重集会。", "同志们，朋友们"),
    ("同胞们，同志们，朋友们：今天，我们在这里隆重集会。", "同胞们，同志们，朋友们"),
    ("各位工商界朋友，女士们，先生们，朋友们：今天，我们在这里隆重集会。", "各位工商界朋友，女士们，先生们，朋友们"),
    ("主席先生，各位同事：今天，我们在这里隆重集会。", "主席先生，各位同事"),
])
def test_a_salutation_of_several_parts_glued_to_the_first_paragraph_is_split_off_whole(text, addressee):
    doc = speechparse.parse(text + "\n\n" + BODY)
    assert doc.meta.salutation == addressee
    assert doc.body[0].text == "今天，我们在这里隆重集会。"


def test_salutation_glued_to_the_first_paragraph_is_split_off():
    doc = speechparse.parse("同志们，北京共产主义组织仅仅是在十个月以前才产生的。\n\n" + BODY)
    assert doc.meta.salutation == "同志们"
    assert isinstance(doc.front[-1], Salutation)
    assert doc.body[0].text == "北京共产主义组织仅仅是在十个月以前才产生的。"


def test_title_glued_to_date_speaker_and_body_in_flattened_text():
    body = "党的十八大以后，我先后在延安召开座谈会。" * 100
    doc = speechparse.parse("在打好精准脱贫攻坚战座谈会上的讲话（2018年2月12日）习近平" + body)
    assert (doc.meta.title, doc.meta.date, doc.meta.speaker) == ("在打好精准脱贫攻坚战座谈会上的讲话", "2018-02-12", "习近平")
    assert doc.body[0].text.startswith("党的十八大以后")


def test_every_part_may_be_missing():
    doc = speechparse.parse(BODY + "\n\n" + BODY)
    assert doc.front == ()
    assert doc.meta == speechparse.ast.Metadata()


def test_closing_formula_and_concluding_paragraph():
    doc = speechparse.parse("\n\n".join(["同志们：", "一、总体要求", BODY, "二、重点任务", BODY,
                                         "同志们，让我们共同努力！", "谢谢大家！"]))
    assert [type(node) for node in doc.back] == [Conclusion, Closing]
    assert doc.meta.closing == "谢谢大家！"


@pytest.mark.parametrize(("last", "sentence", "closing"), [
    ("最后，祝比赛圆满成功。谢谢大家！", "最后，祝比赛圆满成功。", "谢谢大家！"),
    ("让我们共同努力！谢谢！", "让我们共同努力！", "谢谢！"),
    ("正如他所说：“奋斗者永远年轻。”谢谢大家。", "正如他所说：“奋斗者永远年轻。”", "谢谢大家。"),
])
def test_a_closing_formula_run_into_the_last_paragraph_is_split_off_it(last, sentence, closing):
    doc = speechparse.parse("\n\n".join(["开幕式致辞", "各位来宾：", BODY, last, "2023年5月1日"]))
    assert [type(node) for node in doc.back] == [Closing, DateLine]
    assert (doc.meta.closing, doc.body[-1].text) == (closing, sentence)


@pytest.mark.parametrize("last", ["我们要感谢大家的支持！", "这件事要谢谢大家！", "谢谢大家的支持。谢谢大家的理解！"])
def test_a_last_paragraph_that_only_ends_with_thanks_keeps_them(last):
    doc = speechparse.parse("\n\n".join(["开幕式致辞", "各位来宾：", BODY, last]))
    assert (doc.meta.closing, doc.body[-1].text) == (None, last)


def test_the_audience_addressed_alone_opens_the_conclusion_further_from_the_end_than_an_address_in_a_paragraph():
    closing = ["各位代表！", "我国一贯奉行独立自主的和平外交政策。", "我们谋求实现祖国和平统一。", "总之，我们满怀着必胜的信心。"]
    doc = speechparse.parse("\n\n".join(["各位代表：", BODY, "一、当前形势", BODY, *closing]))
    assert [(type(node).__name__, node.text) for node in doc.back] == [("Conclusion", text) for text in closing]


def test_a_paragraph_opening_with_an_address_four_paragraphs_from_the_end_is_no_conclusion():
    doc = speechparse.parse("\n\n".join(["各位代表：", BODY, "一、当前形势", BODY, "各位代表，我们要继续努力。", BODY, BODY, BODY]))
    assert doc.back == ()


def test_sign_off_date_is_the_date_when_there_is_no_date_line():
    doc = speechparse.parse("\n".join(["一、会议情况", BODY, "二、下一步打算", BODY, "中共某某委员会", "2021年1月18"]))
    assert [type(node) for node in doc.back] == [Signature, DateLine]
    assert doc.meta.date == "2021-01-18"


def test_editor_note_before_the_title_is_a_note():
    doc = speechparse.parse("\n\n".join(["现摘录陈国阳局长的讲话，希全体教工认真学习！", "在全市教育系统年度工作会议上的讲话",
                                         "陈国阳", "（2010年2月22日）", "同志们：", BODY]))
    assert doc.front[0].kind == "editorial"
    assert (doc.meta.title, doc.meta.speaker) == ("在全市教育系统年度工作会议上的讲话", "陈国阳")


def test_subtitle_node_keeps_the_dash_in_raw():
    doc = speechparse.parse("\n".join(["着力建设现代教育名校", "——在教代会上的讲话", "同志们：", BODY, BODY]))
    subtitle = next(node for node in doc.front if isinstance(node, Subtitle))
    assert (subtitle.raw, subtitle.text) == ("——在教代会上的讲话", "在教代会上的讲话")


@pytest.mark.parametrize("dash", ["——", "──", "━━"])
def test_a_subtitle_opens_with_a_dash_or_a_pair_of_box_drawing_lines(dash):
    doc = speechparse.parse("\n".join(["最高人民检察院工作报告", f"{dash}2006年3月11日在第十届全国人民代表大会第四次会议上",
                                        "最高人民检察院检察长 贾春旺", "各位代表：", BODY]))
    assert [type(node).__name__ for node in doc.front] == ["Title", "Subtitle", "Speaker", "Salutation"]
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.date) == (
        "最高人民检察院工作报告", "2006年3月11日在第十届全国人民代表大会第四次会议上", "2006-03-11")


@pytest.mark.parametrize("first", ["——2021年3月8日在第十三届全国人民", "2021年3月8日在第十三届全国人民"])
def test_a_subtitle_wrapped_onto_the_next_line_is_one_subtitle(first):
    doc = speechparse.parse("\n".join(["最高人民检察院工作报告", first, "代表大会第四次会议上",
                                        "最高人民检察院检察长张军", "各位代表：", BODY]))
    assert [type(node).__name__ for node in doc.front] == ["Title", "Subtitle", "Speaker", "Salutation"]
    assert (doc.meta.subtitle, doc.meta.date, doc.meta.speaker, doc.meta.salutation) == (
        "2021年3月8日在第十三届全国人民代表大会第四次会议上", "2021-03-08", "张军", "各位代表")
    assert doc.front[1].raw == first + "代表大会第四次会议上"


def test_a_whole_subtitle_keeps_the_short_line_under_it_apart():
    doc = speechparse.parse("\n".join(["着力建设现代教育名校", "——在全市教育工作会议上", "王晓峰", "同志们：", BODY]))
    assert [type(node).__name__ for node in doc.front] == ["Title", "Subtitle", "Speaker", "Salutation"]
    assert (doc.meta.subtitle, doc.meta.speaker) == ("在全市教育工作会议上", "王晓峰")


def test_a_title_line_repeated_under_itself_with_other_spacing_counts_once_as_the_copy_below_writes_it():
    doc = speechparse.parse("\n\n".join(["主题教育党课讲稿:牢记党的宗旨+忠心耿耿为民", "主题教育党课讲稿:牢记党的宗旨 忠心耿耿为民",
                                          "同志们：", BODY]))
    assert doc.front[0].lines == ("主题教育党课讲稿:牢记党的宗旨+忠心耿耿为民", "主题教育党课讲稿:牢记党的宗旨 忠心耿耿为民")
    assert doc.meta.title == "主题教育党课讲稿:牢记党的宗旨忠心耿耿为民"


def test_a_document_sites_buttons_and_counters_around_the_title_are_chrome_not_title_or_speaker():
    doc = speechparse.parse("\n".join(["在市政府全会上的讲话", "VIP专免", "999+", "21.78KB", "23 页", "海报", "侵权投诉",
                                        "同志们：", BODY]))
    assert [type(node).__name__ for node in doc.front] == ["Title", *["Note"] * 6, "Salutation"]
    assert (doc.meta.title, doc.meta.speaker) == ("在市政府全会上的讲话", None)


def test_an_editors_word_on_the_text_under_its_date_is_an_editorial_note_before_the_salutation():
    doc = speechparse.parse("\n\n".join([
        "为争取千百万群众进入抗日民族统一战线而斗争", "（一九三七年五月八日）",
        "这是毛泽东在一九三七年五月二日至十四日在延安召开的中国共产党全国代表会议上所作的结论。",
        "同志们！对于我的报告，经这几天的讨论，大家都已表示同意。", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("DateLine", None), ("Note", "editorial"), ("Salutation", None)]
    assert (doc.meta.date, doc.meta.salutation) == ("1937-05-08", "同志们")


@pytest.mark.parametrize("headnote", [
    "这是毛泽东写给中共中央的报告。这个报告总结了边界斗争的经验。",
    "毛泽东此文是为了答复当时党内外对于农民革命斗争的责难而写的。为了答复这些责难，他到湖南做了考察。",
])
def test_an_editors_headnote_of_several_sentences_under_the_date_is_an_editorial_note(headnote):
    doc = speechparse.parse("\n\n".join(["# 井冈山的斗争", "（一九二八年十一月二十五日）", headnote, "## 军事问题", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("DateLine", None), ("Note", "editorial")]


def test_a_starred_headnote_under_the_date_is_an_editorial_note_and_the_titles_star_no_part_of_the_title():
    doc = speechparse.parse("\n\n".join([
        "在研究班上的讲话*", "（1999年3月1日）", "*这是江泽民同志在中共中央举办的专题研究班上讲话的主要部分。", "同志们：", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("DateLine", None), ("Note", "editorial"), ("Salutation", None)]
    assert (doc.meta.title, doc.meta.salutation) == ("在研究班上的讲话", "同志们")


def test_an_editors_note_on_the_text_under_its_date_is_an_editorial_note_before_the_salutation():
    doc = speechparse.parse("\n\n".join([
        "在研究班上的讲话", "（1999年3月1日）", "（本文系作者在专题研究班上的讲话，有删节）", "同志们：", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("DateLine", None), ("Note", "editorial"), ("Salutation", None)]


@pytest.mark.parametrize("note", ["*这是江泽民同志在中共中央举办的专题研究班上讲话的主要部分。",
                                  "（这是习近平3月4日下午参加联组会时的讲话。）",
                                  "※这是习近平总书记2022年12月23日在中央农村工作会议上的讲话。"])  # (求是's mark)
def test_a_headnote_starred_or_in_brackets_at_the_end_is_an_editorial_note(note):
    doc = speechparse.parse("\n\n".join(["一、总体要求", BODY, "二、重点任务", BODY, note]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [("Note", "editorial")]


@pytest.mark.parametrize(("note", "date"), [
    ("（这是习近平总书记2018年9月21日在十九届中央政治局第八次集体学习时的讲话。）", "2018-09-21"),
    ("※这是习近平总书记2022年12月23日在中央农村工作会议上的讲话。", "2022-12-23"),
    ("（这是习近平3月4日下午参加联组会时的讲话。）", None),  # (no year: no date)
])
def test_a_headnote_that_dates_the_speech_gives_the_date_where_the_text_gives_none(note, date):
    doc = speechparse.parse("\n\n".join(["加快建设农业强国", "习近平", "一、总体要求", BODY, "二、重点任务", BODY, note]))
    assert (doc.meta.date, doc.meta.date_text) == (date, note if date else None)


def test_a_source_line_with_its_date_in_brackets_dates_a_text_that_gives_no_date():
    doc = speechparse.parse("\n".join(["欢迎知识分子提出批评", "来源：新华社 （2016年4月26日）", "大家好！今天我们在这里召开座谈会。", BODY]))
    assert (doc.meta.date, doc.meta.date_text) == ("2016-04-26", "来源：新华社 （2016年4月26日）")


def test_a_dated_source_line_at_the_top_of_a_body_the_front_matter_did_not_reach_dates_the_text():
    page = ["今日大案：", "【头条】时局 | 习近平：欢迎知识分子提出批评【二条】南都聚焦 | 刑事申诉法治化", "时局 | 习近平：欢迎知识分子提出批评",
            "来源：新华社 （2016年4月26日）（节录）", "大家好！今天我们在这里召开座谈会。", BODY]
    doc = speechparse.parse("\n\n".join(page))
    assert (doc.meta.date, doc.meta.date_text) == ("2016-04-26", "来源：新华社 （2016年4月26日）（节录）")
    assert doc.front == ()


def test_a_date_line_under_the_title_wins_over_a_headnotes_date():
    doc = speechparse.parse("\n\n".join(["加快建设农业强国", "（2022年12月24日）", BODY,
                                           "（这是习近平总书记2022年12月23日在中央农村工作会议上的讲话。）"]))
    assert doc.meta.date == "2022-12-24"


def test_a_paragraph_saying_this_is_the_speakers_speech_unstarred_stays_text():
    doc = speechparse.parse("\n\n".join(["一、总体要求", BODY, "这是县委在新形势下召开的一次重要会议上的讲话。"]))
    assert [type(node).__name__ for node in doc.body[0].children] == ["Paragraph", "Paragraph"]


def test_a_speakers_own_first_sentence_naming_his_speech_is_no_headnote():
    doc = speechparse.parse("\n\n".join(["在全县工作会议上的讲话", "（2023年1月5日）", "这是我在这个岗位上最后一次讲话。今天我讲三点。",
                                         "一、总结", BODY]))
    assert [type(node).__name__ for node in doc.front] == ["Title", "DateLine"]


def test_a_long_line_of_audience_words_ending_with_a_greeting_is_no_salutation():
    line = ("全体师生员工同志们朋友们" * 5)[:46] + "祝大家新年快乐"
    doc = speechparse.parse("\n\n".join(["新年致辞", line, BODY]))
    assert doc.meta.salutation is None


def test_a_long_salutation_ending_with_its_greeting_is_found():
    line = "各位友邦的元首與貴賓、各國駐台使節及代表、現場的好朋友,全體國人同胞,大家好"
    doc = speechparse.parse("\n\n".join(["就職演說", line, BODY]))
    assert (doc.meta.salutation, doc.front[-1].greeting) == ("各位友邦的元首與貴賓、各國駐台使節及代表、現場的好朋友,全體國人同胞", "大家好")


@pytest.mark.parametrize("line", [
    "各位嘉宾" + "和观众" * 30 + "。", "各位" + "以及员" * 60, "各位嘉宾" + "，以及各位" * 40 + "x",  # (以及 tried one way only)
    "各位领导" * 19 + "好",  # each 各位 could open another addressee: tried one way only
    "各位好" * 25,
    ("同志们大家好" * 13)[:78] + "！",
])
def test_a_line_of_repeated_address_words_that_is_no_salutation_is_rejected(line):
    doc = speechparse.parse("\n\n".join(["新年致辞", line, BODY]))
    assert doc.meta.salutation is None


@pytest.mark.parametrize("line", ["参会人员：", "运动员、观众："])
def test_an_audience_word_without_an_addressee_before_it_is_no_salutation(line):
    doc = speechparse.parse("\n\n".join(["关于召开运动会的通知", line, BODY]))
    assert doc.meta.salutation is None


def test_a_speechs_first_sentence_that_opens_like_an_editors_word_stays_the_body():
    doc = speechparse.parse("\n\n".join(["在全县工作会议上的讲话", "这是县委在新形势下召开的一次重要会议上的讲话。", BODY]))
    assert [type(node).__name__ for node in doc.front] == ["Title"]


@pytest.mark.parametrize(("line", "role", "name"), [
    ("香江集团总裁 翟美卿", "香江集团总裁", "翟美卿"), ("公司创始人 王伟", "公司创始人", "王伟"), ("行政長官 李家超", "行政長官", "李家超"),
    ("述职人：张伟", None, "张伟"), ("汇报人：王芳", None, "王芳"), ("主持人：李明", None, "李明"),
])
def test_a_companys_office_or_a_reports_label_under_the_title_gives_the_speaker(line, role, name):
    doc = speechparse.parse("\n\n".join(["新年致辞", line, "各位同事：", BODY]))
    assert (doc.meta.title, doc.meta.speaker_role, doc.meta.speaker) == ("新年致辞", role, name)


@pytest.mark.parametrize(("signature", "role", "name"), [("香江集团总裁 翟美卿", "香江集团总裁", "翟美卿"), ("校长 张三", "校长", "张三"),
                                                         ("徐敏嘉", None, "徐敏嘉")])
def test_the_person_who_signs_the_text_is_the_speaker_where_no_byline_names_one(signature, role, name):
    doc = speechparse.parse("\n\n".join(["新年致辞", "各位同事：", BODY, signature, "2023年1月1日"]))
    assert (doc.meta.speaker_role, doc.meta.speaker) == (role, name)


def test_speaker_line_with_tongzhi_gives_the_bare_name():
    assert meta("在全市经济工作会议上的讲话", "王晓峰同志", "（2019年1月15日）", "同志们：").speaker == "王晓峰"


def test_addressees_of_an_official_document_are_its_salutation():
    assert meta("关于做好安全生产工作的通知", "各区县人民政府，市政府各部门：").salutation == "各区县人民政府，市政府各部门"


def test_subtitle_with_a_chinese_numeral_date_gives_date_and_meeting():
    result = meta("政府工作报告", "——二〇一九年一月十五日在市第十六届人民代表大会第四次会议上", "市长 张三", "各位代表：")
    assert (result.date, result.meeting, result.speaker, result.speaker_role) == (
        "2019-01-15", "市第十六届人民代表大会第四次会议", "张三", "市长"
    )


def test_endnotes_after_back_links_on_their_own_lines_are_notes():
    doc = speechparse.parse("\n\n".join(["一、总体要求", BODY, "二、重点任务", BODY, "↑", "为代表大会之误，下同。", "↑", "原文无货币单位。"]))
    assert [(type(node).__name__, node.kind) for node in doc.back] == [("Note", "endnotes")] * 4


def test_a_work_reports_glossary_at_the_end_is_endnotes_after_the_conclusion():
    doc = speechparse.parse("\n\n".join([
        "一、总体要求", "要坚持“三高四新”①战略。", "二、重点任务", BODY, "各位代表！让我们团结奋斗，再创佳绩！",
        "名词解释：", "①“三高四新”：打造三个高地，担当四新使命。", "②“十大工程”：十个方面的重点工程。"]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Conclusion", None), ("Note", "endnotes"), ("Note", "endnotes"), ("Note", "endnotes")]
    assert [type(node).__name__ for node in doc.body[1].children] == ["Paragraph"]


def test_circled_numbers_under_an_endnote_heading_are_notes_not_headings():
    doc = speechparse.parse("\n\n".join(["一、总体要求", BODY, "二、重点任务", BODY, "注释：", "①原文如此。", "②下同。"]))
    assert [(type(node).__name__, node.kind) for node in doc.back] == [("Note", "endnotes")] * 3


def test_circled_numbers_at_the_end_without_a_heading_stay_the_last_sections_items():
    doc = speechparse.parse("\n\n".join(["一、总体要求", BODY, "二、重点任务", BODY, "①抓好项目建设。", "②抓好招商引资。"]))
    assert doc.back == ()
    assert [child.marker for child in doc.body[1].children if isinstance(child, Section)] == ["①", "②"]


def test_a_web_pages_heading_repeated_by_the_text_after_its_chrome_keeps_the_byline_in_the_front():
    doc = speechparse.parse("\n".join([
        "在全市优化营商环境大会上的讲话", "发布时间：2023-03-08 10:30　来源：市政府办公室", "【字体：大 中 小】",
        "在全市优化营商环境大会上的讲话", "市委书记 赵六", "（2023年3月6日）", "同志们：", "一、总体要求", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("Note", "chrome"), ("Note", "chrome"), ("Note", "chrome"), ("Speaker", None),
        ("DateLine", None), ("Salutation", None)]
    assert (doc.meta.speaker, doc.meta.date, doc.meta.salutation) == ("赵六", "2023-03-06", "同志们")


@pytest.mark.parametrize("line", ["【打印本页】【关闭窗口】", "[打印本文] [关闭]", "【打印】"])
def test_print_and_close_buttons_at_the_end_are_chrome(line: str):
    doc = speechparse.parse("\n\n".join(["一、总体要求", BODY, "同志们，让我们共同努力！", line]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Conclusion", None), ("Note", "chrome")]


def test_a_greeting_on_the_line_after_the_salutation_is_its_greeting():
    doc = speechparse.parse("\n".join(["在建校七十周年大会上的讲话", "各位同学，各位老师：", "大家上午好！", "一、总体要求", BODY]))
    salutation = next(node for node in doc.front if isinstance(node, Salutation))
    assert (salutation.addressee, salutation.greeting) == ("各位同学，各位老师", "大家上午好！")
    assert doc.body[0].marker == "一、"


def test_the_audiences_applause_on_a_line_of_its_own_is_an_editorial_note():
    doc = speechparse.parse("\n\n".join(["一、总体要求", BODY, "（全场起立，长时间热烈鼓掌）", "二、重点任务", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.body[0].children] == [
        ("Paragraph", None), ("Note", "editorial")]


@pytest.mark.parametrize("note", ["（本文系作者在全市工作会议上的讲话，有删节）", "（作者系某某大学马克思主义学院教授）"])
def test_an_editors_note_on_the_text_after_the_conclusion_is_an_editorial_note(note):
    doc = speechparse.parse("\n\n".join(["一、总体要求", BODY, "同志们，让我们共同努力！", note]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Conclusion", None), ("Note", "editorial")]


def test_a_bracketed_sentence_about_this_article_inside_the_body_is_a_note_only_alone():
    doc = speechparse.parse("\n\n".join(["一、总体要求", "本文所说的目标要落实。（本文系讲话）", "二、重点任务", BODY]))
    assert [type(node).__name__ for node in doc.body[0].children] == ["Paragraph"]


def test_applause_inside_a_paragraph_stays_its_text():
    doc = speechparse.parse("\n\n".join(["一、总体要求", "要坚持稳中求进。（掌声）", "二、重点任务", BODY]))
    assert [node.text for node in doc.body[0].children] == ["要坚持稳中求进。（掌声）"]


def test_a_long_paragraph_mentioning_a_photo_credit_is_text_not_chrome():
    long_text = "会议强调，要坚持稳中求进。" * 20 + "新华社记者 鞠鹏/摄" + "要推动高质量发展。" * 5
    doc = speechparse.parse("\n\n".join(["一、总体要求", long_text, "二、重点任务", long_text]))
    assert doc.back == ()
    assert [type(node).__name__ for node in doc.body[1].children] == ["Paragraph"]


def test_a_subtitle_in_brackets_is_the_subtitle():
    doc = speechparse.parse("\n\n".join(["坚持立德树人 办好人民满意的教育", "（在全市教育工作会议上的讲话）", "同志们：", BODY]))
    assert [type(node).__name__ for node in doc.front] == ["Title", "Subtitle", "Salutation"]
    assert (doc.meta.title, doc.meta.subtitle) == ("坚持立德树人办好人民满意的教育", "在全市教育工作会议上的讲话")
    assert doc.front[1].raw == "（在全市教育工作会议上的讲话）"


@pytest.mark.parametrize("position", [0, 1])
def test_an_editorial_line_in_brackets_is_a_note_before_or_after_the_title(position):
    lines = ["坚持立德树人 办好人民满意的教育", "同志们：", BODY]
    lines.insert(position, "（根据录音整理）")
    doc = speechparse.parse("\n\n".join(lines))
    assert doc.meta.title == "坚持立德树人办好人民满意的教育"
    assert [(type(node).__name__, getattr(node, "text", None)) for node in doc.front][position] == ("Note", "（根据录音整理）")


def test_an_occasion_line_after_the_main_title_is_the_subtitle_without_a_dash():
    doc = speechparse.parse("\n\n".join(["坚持立德树人 办好人民满意的教育", "在全市教育工作会议上的讲话", "同志们：", BODY]))
    assert [type(node).__name__ for node in doc.front] == ["Title", "Subtitle", "Salutation"]
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.meeting) == (
        "坚持立德树人办好人民满意的教育", "在全市教育工作会议上的讲话", "全市教育工作会议"
    )


def test_a_dated_occasion_line_under_the_title_and_a_pages_chrome_is_the_subtitle():
    doc = speechparse.parse("\n".join(["2026年四川省人民政府工作报告", "分享：", "2026年2月3日在四川省第十四届人民代表大会第五次会议上",
                                       "四川省人民政府省长 施小琳", "各位代表：", BODY]))
    assert [type(node).__name__ for node in doc.front] == ["Title", "Note", "Subtitle", "Speaker", "Salutation"]
    assert (doc.meta.subtitle, doc.meta.date, doc.meta.speaker) == (
        "2026年2月3日在四川省第十四届人民代表大会第五次会议上", "2026-02-03", "施小琳")


def test_a_date_line_under_the_title_and_a_pages_chrome_stays_the_date_line():
    doc = speechparse.parse("\n".join(["在全区工作会议上的讲话", "分享：", "（2018年9月20日）", "同志们：", BODY]))
    assert [type(node).__name__ for node in doc.front] == ["Title", "Note", "DateLine", "Salutation"]


def test_an_occasion_line_above_the_main_title_is_the_subtitle():
    doc = speechparse.parse("\n\n".join([
        "县委书记在全县专题研讨班结业仪式上的讲话", "用心用爱用功答好“强县之问”", "以良好的精神状态奋力开创强县事业新局面",
        "（2019年3月31日）", "同志们：", BODY,
    ]))
    assert [type(node).__name__ for node in doc.front] == ["Subtitle", "Title", "DateLine", "Salutation"]
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.date) == (
        "用心用爱用功答好“强县之问”以良好的精神状态奋力开创强县事业新局面", "县委书记在全县专题研讨班结业仪式上的讲话",
        "2019-03-31",
    )


@pytest.mark.parametrize(("occasion", "subtitle"), [
    ("——在全市经济工作会议上的讲话", "在全市经济工作会议上的讲话"), ("——2023年12月20日在全市经济工作会议上", "2023年12月20日在全市经济工作会议上"),
])
def test_a_dashed_occasion_line_above_the_main_title_is_the_subtitle_not_part_of_the_title(occasion, subtitle):
    doc = speechparse.parse("\n\n".join([occasion, "坚定信心 真抓实干", "同志们：", BODY]))
    assert [type(node).__name__ for node in doc.front] == ["Subtitle", "Title", "Salutation"]
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.meeting) == ("坚定信心真抓实干", subtitle, "全市经济工作会议")


@pytest.mark.parametrize("following", ["（2019年3月31日）", "县委书记 张三", "同志们："])
def test_an_occasion_line_without_a_main_title_is_the_title(following):
    result = meta("在全县经济工作会议上的讲话", following)
    assert (result.title, result.subtitle) == ("在全县经济工作会议上的讲话", None)


@pytest.mark.parametrize("separator", ["", " "])
def test_a_title_held_twice_on_its_line_is_a_pages_heading_then_the_title(separator):
    line = separator.join(["县委书记在半年经济工作会议上的讲话"] * 2)
    doc = speechparse.parse("\n\n".join([line, "同志们：", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "chrome"), ("Title", None), ("Salutation", None)]
    assert doc.meta.title == "县委书记在半年经济工作会议上的讲话"


def test_a_title_held_twice_on_its_line_a_character_apart_is_a_pages_heading_then_the_title():
    doc = speechparse.parse("\n\n".join(["县长在全县乡镇党委书记座谈会上讲话县长在全县乡镇党委书记座谈会上的讲话", "同志们：", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "chrome"), ("Title", None), ("Salutation", None)]
    assert doc.meta.title == "县长在全县乡镇党委书记座谈会上的讲话"


def test_a_title_of_two_like_halves_is_no_doubled_title():
    assert meta("在全县工作会议上的讲话在全市工作会议上的发言", "同志们：").title == "在全县工作会议上的讲话在全市工作会议上的发言"


def test_a_title_whose_words_repeat_is_no_doubled_title():
    assert meta("加油加油", "同志们：").title == "加油加油"


def test_a_title_repeated_on_the_next_line_is_not_its_subtitle():
    doc = speechparse.parse("\n\n".join(["县委书记在创建文明县城动员大会上的讲话"] * 2 + ["同志们：", BODY]))
    assert (doc.meta.title, doc.meta.subtitle) == ("县委书记在创建文明县城动员大会上的讲话", None)


@pytest.mark.parametrize("chrome", [
    ["热门站点| 世界资料网 | 专利资料网", "收藏本站| 设为首页| 首页"], ["快捷搜索：论文 合同 演讲 心得"], ["我的文档"], ["WFU"], ["MENU"],
    ["手机版"], ["MaoZeDongAnthology"], ["国内 国际 社会 文史 经济 滚动"],
    ["公文汇 www.gongwenhui.com"], ["SUCAI198.COM —— 专注党建行政公文写作范文"], ["- 31.80 KB", "- 2021-05-07 发布"],
])
def test_a_sites_menus_search_box_and_name_above_the_title_are_no_title_lines(chrome):
    doc = speechparse.parse("\n\n".join([*chrome, "在全县经济工作会议上的讲话", "同志们：", BODY]))
    assert [type(node).__name__ for node in doc.front] == ["Note"] * len(chrome) + ["Title", "Salutation"]
    assert doc.meta.title == "在全县经济工作会议上的讲话"


@pytest.mark.parametrize(("line", "kind"), [("图片", "chrome"), ("视频", "chrome"), ("目录", "contents")])
def test_a_pages_item_or_a_contents_heading_under_the_title_is_a_note_not_the_speakers_name(line, kind):
    doc = speechparse.parse("\n\n".join(["中共某区委关于制定十四五规划的建议", line, "新闻网讯 区委全会提出如下建议：", "一、开启新征程", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [("Title", None), ("Note", kind)]
    assert (doc.meta.title, doc.meta.speaker) == ("中共某区委关于制定十四五规划的建议", None)


def test_a_newspapers_page_and_column_labels_above_the_headline_are_chrome():
    doc = speechparse.parse("\n".join(["第1版(要闻)", "专栏:", "", "  李鹏参加重庆代表团审议时强调", "关心弱势群体让人民安居乐业",
                                       "  本报北京3月7日讯记者傅旭报道：李鹏今天上午参加了重庆代表团全团会议。"]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "chrome"), ("Note", "chrome"), ("Title", None)]
    assert doc.meta.title == "李鹏参加重庆代表团审议时强调关心弱势群体让人民安居乐业"


def test_a_wechat_posts_header_and_footer_are_chrome_and_the_closing_above_the_footer_is_found():
    doc = speechparse.parse("\n\n".join(["点击上方蓝字关注我们", "在2023级新生开学典礼上的讲话", "校长 张三", "亲爱的同学们：", BODY,
                                         "谢谢大家！", "编辑：张三\n审核：李四", "阅读原文"]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "chrome"), ("Title", None), ("Speaker", None), ("Salutation", None)]
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Closing", None), ("Note", "chrome"), ("Note", "chrome"), ("Note", "chrome")]
    assert (doc.meta.title, doc.meta.speaker, doc.meta.closing) == ("在2023级新生开学典礼上的讲话", "张三", "谢谢大家！")


def test_a_sharing_sites_numbered_notices_under_the_title_are_chrome_not_sections():
    doc = speechparse.parse("镇长交流研讨材料\n\n  1. 1、下载文档前请自行甄别文档内容的完整性。\n  2. 2、如文档侵犯您的权益，请联系客服反馈。"
                            "\n\n尊敬的各位镇长：\n\n一、经济发展\n\n我们要发展经济。\n")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("Note", "chrome"), ("Note", "chrome"), ("Salutation", None)]
    assert [(section.marker, section.heading) for section, _ in sections(doc)] == [("一、", "经济发展")]


def test_a_posts_date_above_the_title_is_chrome_and_the_texts_own_date_is_the_date():
    doc = speechparse.parse("\n".join(["2023年6月", "在香港中文大学（深圳）2023年本科生毕业典礼上的讲话", "校长 徐扬生", "（2023年5月22日）",
                                       "各位家长：", "今天这个毕业典礼来之不易。"]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "chrome"), ("Title", None), ("Speaker", None), ("DateLine", None), ("Salutation", None)]
    assert (doc.meta.date, doc.meta.speaker) == ("2023-05-22", "徐扬生")


def test_a_posts_date_above_the_title_is_the_date_where_the_text_gives_none():
    doc = speechparse.parse("\n\n".join(["2008年6月10日 星期二", "在全县工作会议上的讲话", "同志们：", BODY]))
    assert (doc.meta.title, doc.meta.date, doc.meta.salutation) == ("在全县工作会议上的讲话", "2008-06-10", "同志们")


@pytest.mark.parametrize("above", ["（2023年5月22日）", "国办发〔2023〕5号\n\n（一九五五年三月二十一日）"])
def test_a_date_in_brackets_or_under_a_document_number_above_a_line_stays_the_texts_date_line(above):
    doc = speechparse.parse("\n\n".join([above, "结论", "同志们：", BODY]))
    assert any(isinstance(node, DateLine) for node in doc.front)


def test_an_articles_title_as_a_breadcrumbs_last_crumb_repeated_under_it_is_the_title():
    doc = speechparse.parse("\n\n".join(["您的当前位置：首页 > 党史学习 > 专题党课：全力推进乡村振兴", "专题党课：全力推进乡村振兴", "同志们：", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "chrome"), ("Title", None), ("Salutation", None)]
    assert doc.meta.title == "专题党课：全力推进乡村振兴"


def test_a_breadcrumb_of_two_crumbs_between_a_pages_banner_and_the_title_is_chrome_and_no_line_of_the_title():
    page = ("<html><body><div class='banner'><h3>老校長的嘉許</h3><p>關於校友會 > 校友會成員</p></div>"
            "<h1>創辦人汪校長給校友們的勉勵與祝福</h1><p>各位校友：</p><p>於明道二十五年校慶時，我曾經撰了一副對聯。</p></body></html>")
    doc = speechparse.parse(page.encode(), from_="html")
    assert (doc.meta.title, doc.meta.salutation) == ("創辦人汪校長給校友們的勉勵與祝福", "各位校友")
    assert [node.text for node in doc.front if isinstance(node, Note)] == ["老校長的嘉許", "關於校友會 > 校友會成員"]


def test_two_words_compared_under_the_salutation_are_no_breadcrumb():
    doc = speechparse.parse("\n".join(["在全市工作会议上的讲话", "同志们：", "质量 > 数量", BODY]))
    assert [section.heading for section, _ in sections(doc)] == ["质量 > 数量"]
    assert not [node for node in doc.front if isinstance(node, Note)]


def test_a_columns_name_as_a_breadcrumbs_last_crumb_repeated_under_it_is_chrome():
    doc = speechparse.parse("\n\n".join(["您现在的位置是：首页 > 政经部门 > 营商", "营商", "在全市优化营商环境大会上的讲话", "同志们：", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front][:2] == [("Note", "chrome")] * 2
    assert doc.meta.title == "在全市优化营商环境大会上的讲话"


def test_a_sites_menu_an_item_a_line_over_its_breadcrumb_is_chrome_and_no_title():
    doc = speechparse.parse("\n".join(["信访要闻 - 广东信访网", "开启无障碍", "首页", "网上信访", "新闻中心", "首页 > 新闻中心 > 信访要闻",
                                       "王伟中同志在广东省高质量发展大会上的讲话实录（2024）", "同志们、朋友们：", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        *[("Note", "chrome")] * 6, ("Title", None), ("Salutation", None)]
    assert (doc.meta.title, doc.meta.speaker) == ("王伟中同志在广东省高质量发展大会上的讲话实录（2024）", "王伟中")


def test_a_portals_long_menu_with_bars_and_hotlines_over_its_breadcrumb_is_chrome():
    menu = ["江西新闻", "问政", *[f"栏目{n}" for n in range(30)], "新闻热线", "0791-86849275", "| 首页 | 高层动态 | 国内要闻 |"]
    doc = speechparse.parse("\n".join(["受权发布｜关于某某决定的说明-国内国际", *menu, "您当前的位置 ： 大江网 > 国内国际 > 高层动态",
                                       "关于某某决定的说明", "同志们：", BODY]))
    assert doc.meta.title == "关于某某决定的说明"
    assert {type(node).__name__ for node in doc.front[:-2]} == {"Note"}


def test_a_portals_menu_with_a_few_longer_items_is_still_a_menu():
    menu = ["网易首页", "应用", *[f"频道{n}" for n in range(12)], "注册VIP邮箱（特权邮箱，付费）", "免费下载网易官方手机邮箱应用", "客户端下载"]
    doc = speechparse.parse("\n".join(["全文来了！2025年广东省政府工作报告_网易订阅", *menu, "网易首页 > 网易号 > 正文", "申请入驻",
                                       "在全省工作会议上的讲话", "同志们：", BODY]))
    assert doc.meta.title == "在全省工作会议上的讲话"


def test_a_provinces_tag_under_a_posts_headline_is_no_speaker_and_the_texts_title_block_follows():
    doc = speechparse.parse("\n".join(["网易首页 > 网易号 > 正文", "全文来了！2025年广东省政府工作报告", "2025-01-19 13:12:40 来源: 广东发布",
                                       "广东", "举报", "0", "分享至", "用微信扫码二维码", "政府工作报告",
                                       "——2025年1月15日在广东省第十四届人民代表大会第三次会议上", "广东省省长 王伟中", "各位代表：", BODY]))
    assert (doc.meta.title, doc.meta.speaker, doc.meta.date) == ("政府工作报告", "王伟中", "2025-01-15")


def test_short_lines_and_a_sentence_over_a_breadcrumb_are_no_menu():
    doc = speechparse.parse("\n".join(["在全省工作会议上的讲话", "要闻", "今天我们召开全省工作会议。", "首页 > 要闻", "同志们：", BODY]))
    assert doc.meta.title == "在全省工作会议上的讲话"


def test_a_breadcrumb_broken_after_its_separator_takes_its_last_crumb_on_the_line_below():
    doc = speechparse.parse("\n".join(["首页>>", "政声传递", "黄坤明同志在广东省高质量发展大会上的讲话实录（2026）", "同志们，朋友们：", BODY]))
    assert (doc.meta.title, doc.meta.speaker) == ("黄坤明同志在广东省高质量发展大会上的讲话实录（2026）", "黄坤明")


def test_a_breadcrumb_ending_with_its_separator_over_the_texts_title_block_leaves_the_title():
    doc = speechparse.parse("\n".join(["广东省2024年政府工作报告", "首页 > 政策查询 >", *OWN_REPORT]))
    assert (doc.meta.title, doc.meta.speaker) == ("政府工作报告", "王伟中")


def test_a_breadcrumb_under_the_pages_heading_and_a_button_makes_them_notes():
    doc = speechparse.parse("\n".join(["广东省2026年考试录用公务员公告_中共广东省委组织部", "搜索", "首页 > 通知公告",
                                       "广东省2026年考试录用公务员公告", "根据有关规定，现将有关事项公告如下：", "一、招考职位", BODY]))
    assert doc.meta.title == "广东省2026年考试录用公务员公告"


def test_a_sites_disclaimer_at_the_end_and_its_clauses_are_chrome_notes():
    doc = speechparse.parse("\n".join(["在全区工作会议上的讲话", "同志们：", "一、总体要求", BODY, "二、重点任务", BODY,
                                       "大江网（中国江西网）版权与免责声明", "1、本网所载的文/图等稿件均出于为公众传播有益资讯信息之目的。",
                                       "2、本网站内凡注明“来源：大江网”的所有文字均属本网站原创内容。"]))
    assert [s.marker for s, _ in sections(doc)] == ["一、", "二、"]
    assert [(type(node).__name__, node.kind) for node in doc.back] == [("Note", "chrome")] * 3


def test_a_sites_footer_fields_under_the_sign_off_leave_its_date():
    doc = speechparse.parse("\n".join(["广东省2026年考试录用公务员公告", "根据有关规定，现将有关事项公告如下：", "一、招考职位", BODY,
                                       "中共广东省委组织部", "2025年10月19日", "【 打印本页 】", "主办单位：中共广东省委组织部",
                                       "合作单位：南方新闻网", "粤ICP备05073568号"]))
    assert doc.meta.date == "2025-10-19"


def test_a_government_sites_footer_under_the_sign_off_is_chrome_and_leaves_the_sign_off():
    doc = speechparse.parse("\n".join(["某某局关于开展模拟运行的通知", "各有关单位：", "一、工作安排", BODY, "某某监管局",
                                       "2019年11月15日", "网站地图", "联系我们", "通信地址：北京市西城区复兴门外大街1号",
                                       "邮政编码：100045", "主办单位: 某某监管局", "京公网安备 11010202007691",
                                       "网站标识码：bm62000015号", "京ICP备11044902号", "某某监管局版权所有，如需转载，请注明来源"]))
    assert doc.meta.date == "2019-11-15"
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Signature", None), ("DateLine", None), *[("Note", "chrome")] * 9]


@pytest.mark.parametrize("dashes", ["——", "----", "－－－－", "—-—-"])
def test_a_subtitles_dashes_are_no_part_of_it_however_many(dashes):
    doc = speechparse.parse("\n".join(["政府工作报告", f"{dashes}2013年2月28日在区人民代表大会上", "各位代表：", BODY]))
    assert (doc.meta.subtitle, doc.meta.date) == ("2013年2月28日在区人民代表大会上", "2013-02-28")


@pytest.mark.parametrize("label", ["三点认识", "几点建议", "两点体会"])
def test_a_label_counting_the_points_under_the_title_opens_the_body_and_titles_its_series(label):
    doc = speechparse.parse("\n".join(["英语能力提高之我见", label, "一、要摆正心态，思想重视。", "二、要放下脸面，不耻下问。"]))
    assert doc.meta.title == "英语能力提高之我见"
    assert [(depth, s.marker, s.heading) for s, depth in sections(doc)][:2] == [(1, "", label), (2, "一、", "要摆正心态，思想重视")]


@pytest.mark.parametrize("line", ["（新华社北京12月20日电）", "(新华社北京12月20日电)", "（来源：新华社）"])
def test_a_source_line_in_the_body_is_a_source_note_not_a_heading_or_text(line):
    doc = speechparse.parse("\n\n".join(["一、总体要求", "要坚持稳中求进。", line, "二、重点任务", "要抓好落实。"]))
    assert [s.heading for s, _ in sections(doc)] == ["总体要求", "重点任务"]
    first = doc.body[0]
    assert [(type(node).__name__, getattr(node, "kind", None), node.text) for node in first.children] == [
        ("Paragraph", None, "要坚持稳中求进。"), ("Note", "source", line)]


@pytest.mark.parametrize("line", ["摘自：习总书记2017年6月23日在山西省太原市主持召开深度贫困地区脱贫攻坚座谈会上的讲话精神",
                                  "选自《习近平谈治国理政》第二卷", "转自《人民日报》2018年3月6日第1版"])
def test_a_line_naming_what_the_text_is_excerpted_from_under_the_title_is_a_source_note_not_a_title_line(line):
    doc = speechparse.parse("\n\n".join(["习总书记对深度贫困地区脱贫的要求", line, "一、深度贫困地区是脱贫攻坚的坚中之坚",
                                         "深度贫困地区是脱贫攻坚的短板。"]))
    assert doc.meta.title == "习总书记对深度贫困地区脱贫的要求"
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [("Title", None), ("Note", "source")]


def test_short_lines_over_no_breadcrumb_are_no_menu():
    doc = speechparse.parse("\n".join(["凝心聚力", "再创辉煌", "同志们：", BODY]))
    assert doc.meta.title == "凝心聚力再创辉煌"


@pytest.mark.parametrize(("title", "speaker"), [
    ("李明同志在全市优化营商环境大会上的讲话", ("李明", None)),
    ("沈江峰校长在绍兴一中2014届学生毕业典礼上的讲话", ("沈江峰", "校长")),
    ("区委书记在全区工作动员大会上的讲话", (None, None)),  # an office, no name
    ("高校校长在大学毕业典礼上的讲话", (None, None)),
])
def test_a_title_naming_the_speaker_before_the_occasion_gives_the_speaker(title, speaker):
    found = meta(title, "同志们：")
    assert (found.speaker, found.speaker_role) == speaker


def test_a_line_naming_the_text_as_a_whole_copy_over_its_title_is_an_editorial_kicker():
    doc = speechparse.parse("\n".join(["江泽民同志在党的十六大上所作报告全文", "全面建设小康社会，开创中国特色社会主义事业新局面", "江泽民",
                                       "同志们：", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "editorial"), ("Title", None), ("Speaker", None), ("Salutation", None)]
    assert doc.meta.title == "全面建设小康社会，开创中国特色社会主义事业新局面"


def test_a_kicker_over_two_title_lines_makes_every_line_above_the_title_a_note():
    doc = speechparse.parse("\n".join(["十六大报告", "江泽民同志在党的十六大上所作报告全文", "全面建设小康社会", "江泽民", "同志们：", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "editorial"), ("Note", "editorial"), ("Title", None), ("Speaker", None), ("Salutation", None)]


def test_an_audience_named_with_a_list_of_where_it_comes_from_is_one_salutation():
    assert meta("在全省高质量发展大会上的讲话", "尊敬的各位领导，来自企业、科技、教育界的各位代表，同志们、朋友们：").salutation == (
        "尊敬的各位领导，来自企业、科技、教育界的各位代表，同志们、朋友们")


@pytest.mark.parametrize("lead", ["2021年7月1日，庆祝大会在天安门广场隆重举行。习近平发表重要讲话。", "以下是讲话全文。",
                                  "校长在典礼上发表了题为《做有温度的人》的演讲，全文如下："])
def test_an_editors_lead_introducing_the_speech_before_its_salutation_is_an_editorial_note(lead):
    doc = speechparse.parse("\n".join(["在庆祝中国共产党成立一百周年大会上的讲话", lead, "同志们，朋友们：", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("Note", "editorial"), ("Salutation", None)]


def test_a_first_paragraph_before_the_salutation_that_introduces_no_speech_stays_the_text():
    doc = speechparse.parse("\n".join(["在全县工作会议上的讲话", "今天我们召开全县工作会议。", "同志们：", BODY]))
    assert [type(node).__name__ for node in doc.front] == ["Title"]


def test_a_pages_time_field_in_traditional_script_under_the_title_is_chrome():
    doc = speechparse.parse("\n\n".join(["政府工作報告", "發佈時間：2023-01-20", "各位代表：", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("Note", "chrome"), ("Salutation", None)]
    assert doc.meta.title == "政府工作報告"


def test_a_government_site_s_chrome_around_the_speech_is_kept_as_notes():
    page = "\n".join([
        "首页 > 新闻中心 > 领导讲话", "【字体：大 中 小】 打印本页 关闭窗口", "发布时间：2021-05-12 10:32  来源：市政府办公室",
        "李明同志在全市优化营商环境大会上的讲话", "（2021年5月10日）", "同志们：", BODY, "谢谢大家！",
        "上一篇：在全市春季植树造林动员会上的讲话", "版权所有：某某市人民政府  技术支持：某某网络公司",
    ])
    doc = speechparse.parse(page)
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "chrome"), ("Note", "chrome"), ("Note", "chrome"), ("Title", None), ("DateLine", None), ("Salutation", None),
    ]
    assert (doc.meta.title, doc.meta.closing) == ("李明同志在全市优化营商环境大会上的讲话", "谢谢大家！")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Closing", None), ("Note", "chrome"), ("Note", "chrome"),
    ]


@pytest.mark.parametrize("title", ["欢迎你为“求真”而来！", "启航新征程：追梦报国，奋进拼搏！", "我们为什么出发？"])
def test_a_slogan_title_ending_in_an_exclamation_above_a_dashed_subtitle_is_the_title(title):
    doc = speechparse.parse("\n".join([title, "——在2020级高一新生报到会上的讲话", "王  琛", "2020.07.13",
                                       "亲爱的同学们：", BODY]))
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.speaker) == (title, "在2020级高一新生报到会上的讲话", "王琛")


@pytest.mark.parametrize(("under", "meta"), [
    ("同志们：", ("salutation", "同志们")),
    ("（2024年3月1日）", ("date", "2024-03-01")),
    ("新华社北京3月5日电 十四届全国人大二次会议5日上午在人民大会堂开幕。", ("salutation", None)),
])
@pytest.mark.parametrize("title", ["不忘初心、牢记使命！", "中国经济为什么能行？"])
def test_a_slogan_title_above_the_salutation_a_date_line_or_a_news_dateline_is_the_title(title, under, meta):
    doc = speechparse.parse("\n\n".join([title, under, BODY]))
    field, value = meta
    assert (doc.meta.title, getattr(doc.meta, field)) == (title, value)
    assert type(doc.front[0]).__name__ == "Title"


@pytest.mark.parametrize("greeting", ["大家好！", "同志们好！", "各位来宾，大家好！"])
def test_a_greeting_above_the_salutation_or_a_date_is_no_slogan_title(greeting):
    for under in ("同志们：", "（2024年3月1日）"):
        doc = speechparse.parse("\n\n".join([greeting, under, BODY]))
        assert doc.meta.title is None


def test_a_genre_label_over_the_title_is_an_editorial_note_not_a_title_line():
    doc = speechparse.parse("\n\n".join(["演讲", "奋斗的青春最美丽", "王晓峰", "亲爱的同学们：", BODY]))
    assert (doc.meta.title, doc.meta.speaker) == ("奋斗的青春最美丽", "王晓峰")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "editorial"), ("Title", None), ("Speaker", None), ("Salutation", None)]


def test_a_genre_label_under_the_title_is_a_note_under_it():
    doc = speechparse.parse("\n\n".join(["国家发展改革委新闻发布会", "访谈记录", "2024年3月1日", "主持人：各位记者朋友们，上午好。"]))
    assert (doc.meta.title, doc.meta.date) == ("国家发展改革委新闻发布会", "2024-03-01")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("Note", "editorial"), ("DateLine", None)]


def test_a_markdown_collection_label_over_the_title_heading_is_a_note_and_the_heading_the_title():
    doc = speechparse.parse("\n\n".join(["# 演讲", "## 奋斗的青春最美丽", "王晓峰", "亲爱的同学们：", BODY, "## 一、要有理想", BODY]))
    assert (doc.meta.title, doc.meta.speaker, doc.meta.salutation) == ("奋斗的青春最美丽", "王晓峰", "亲爱的同学们")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "editorial"), ("Title", None), ("Speaker", None), ("Salutation", None)]
    assert [(node.marker, node.heading) for node in doc.body if isinstance(node, Section)] == [("一、", "要有理想")]


@pytest.mark.parametrize("under", ["尊敬的各位来宾：", "（2024年3月1日）", "王晓峰"])
def test_a_genre_label_with_no_other_title_line_is_the_title(under):
    doc = speechparse.parse("\n\n".join(["致辞", under, "同志们：", BODY]))
    assert doc.meta.title == "致辞"


def test_an_exclamation_without_front_matter_under_it_is_no_title():
    doc = speechparse.parse("\n\n".join(["在全市工作会议上的讲话", "同志们！", BODY]))
    assert (doc.meta.title, doc.meta.salutation) == ("在全市工作会议上的讲话", "同志们")
    doc = speechparse.parse("\n\n".join(["大家一起来！", "在全市工作会议上的讲话", BODY]))
    assert doc.meta.title != "大家一起来！"


@pytest.mark.parametrize("text", [
    "为实现党的二十大确定的目标任务而团结奋斗※习近平　　这次中央全会已经完成了选举产生新一届中央领导机构的任务。",
    "为实现党的二十大确定的目标任务而团结奋斗※习近平这次中央全会已经完成了选举产生新一届中央领导机构的任务。",
    "为实现党的二十大确定的目标任务而团结奋斗\n※习近平\n这次中央全会已经完成了选举产生新一届中央领导机构的任务。",
])
def test_the_starred_byline_of_a_qiushi_excerpt_gives_title_and_speaker(text):
    doc = speechparse.parse(text)
    assert (doc.meta.title, doc.meta.speaker) == ("为实现党的二十大确定的目标任务而团结奋斗", "习近平")
    assert [node.raw for node in doc.front if isinstance(node, Speaker)] == ["※习近平"]
    assert doc.body[0].text == "这次中央全会已经完成了选举产生新一届中央领导机构的任务。"


def test_a_rule_and_the_endnotes_heading_before_the_numbered_notes_are_endnotes_not_a_joined_paragraph():
    doc = speechparse.parse("\n".join(["在某会议上的讲话", "同志们：", BODY * 3, BODY * 3, "------------------",
                                       "　　注　　释", "〔1〕 见本卷《论反对日本帝国主义的策略》注〔4〕。",
                                       "〔2〕华北事变指一九三五年日本帝国主义侵略华北。", "〔3〕这是指一九三五年的宣言。"]))
    assert [(node.kind, node.text[:4]) for node in doc.back] == [
        ("endnotes", "----"), ("endnotes", "注 释"), ("endnotes", "〔1〕 "), ("endnotes", "〔2〕华"), ("endnotes", "〔3〕这")]
    assert doc.joins == ()


NEWS_BODY = "　　24年前，上海合作组织刚一成立，就确立了互信、互利、平等、协商的“上海精神”。" * 30


def test_a_news_agency_copy_gives_dateline_title_subtitle_date_speaker_caption_and_salutation():
    doc = speechparse.parse(
        "  新华社天津9月1日电\u3000牢记初心使命\u3000开创美好未来——在上海合作组织成员国元首理事会第二十五次会议上的讲话"
        "（2025年9月1日，天津）中华人民共和国主席\u3000习近平  9月1日上午，上海合作组织成员国元首理事会第二十五次会议"
        "在天津举行。新华社记者 谢环驰 摄尊敬的各位同事：" + NEWS_BODY)
    meta = doc.meta
    assert (meta.title, meta.subtitle, meta.date, meta.speaker, meta.speaker_role, meta.salutation) == (
        "牢记初心使命开创美好未来", "在上海合作组织成员国元首理事会第二十五次会议上的讲话", "2025-09-01", "习近平",
        "中华人民共和国主席", "尊敬的各位同事")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "chrome"), ("Title", None), ("Subtitle", None), ("DateLine", None), ("Speaker", None),
        ("Note", "chrome"), ("Salutation", None)]
    assert doc.front[0].text == "新华社天津9月1日电"
    assert doc.front[5].text.endswith("新华社记者 谢环驰 摄")


def test_a_news_agency_copys_long_photo_caption_after_the_byline_is_cut_off_the_salutation():
    caption = "9月1日上午，上海合作组织成员国元首理事会第二十五次会议在天津举行。" * 6 + "新华社记者 谢环驰 摄"
    doc = speechparse.parse(
        "  新华社天津9月1日电\u3000牢记初心使命\u3000开创美好未来——在上海合作组织成员国元首理事会第二十五次会议上的讲话"
        "（2025年9月1日，天津）中华人民共和国主席\u3000习近平  " + caption + "尊敬的各位同事：" + NEWS_BODY)
    assert (doc.meta.speaker, doc.meta.salutation) == ("习近平", "尊敬的各位同事")
    assert doc.front[5].text == caption


def test_a_news_agency_copy_whose_photo_caption_comes_first_keeps_its_front_matter():
    doc = speechparse.parse(
        "  6月24日，全国科技大会在北京人民大会堂隆重召开。习近平出席大会并发表重要讲话。新华社记者 姚大伟 摄"
        "　　新华社北京6月24日电　在全国科技大会上的讲话（2024年6月24日）习近平各位院士，同志们、朋友们："
        + NEWS_BODY)
    meta = doc.meta
    assert (meta.title, meta.date, meta.speaker, meta.salutation) == (
        "在全国科技大会上的讲话", "2024-06-24", "习近平", "各位院士，同志们、朋友们")
    assert [getattr(node, "kind", None) for node in doc.front[:2]] == ["chrome", "chrome"]


def test_a_title_glued_to_a_salutation_is_split_from_it():
    doc = speechparse.parse("2023年西安市政府工作报告各位代表:现在,我代表市人民政府向大会报告工作。\n\n" + BODY)
    assert (doc.meta.title, doc.meta.salutation) == ("2023年西安市政府工作报告", "各位代表")


def test_a_glued_salutation_that_does_not_open_as_an_address_is_no_salutation():
    doc = speechparse.parse("在全市工作会议上的讲话\n\n" + BODY + "\n\n今年西安市政府工作报告各位代表:现在,我代表市人民政府报告工作。")
    assert doc.meta.salutation is None


def test_a_document_sites_file_facts_under_the_title_are_chrome_not_title():
    doc = speechparse.parse("乡镇政府换届工作报告\n\nID:10590117大小:61.50 KB页数:7页\n\n各位代表:\n\n" + BODY)
    assert doc.meta.title == "乡镇政府换届工作报告"
    assert [getattr(node, "kind", None) for node in doc.front] == [None, "chrome", None]


def test_a_template_sites_name_under_the_title_is_chrome_not_the_title():
    doc = speechparse.parse("市长在全市安全生产警示教育大会上的讲话\n三味园范文网\n同志们：\n" + BODY)
    assert (doc.meta.title, doc.meta.subtitle) == ("市长在全市安全生产警示教育大会上的讲话", None)
    assert [getattr(node, "kind", None) for node in doc.front] == [None, "chrome", None]


def test_a_speech_s_title_run_into_its_salutation_on_one_line_gives_both():
    doc = speechparse.parse("县委书记在推动经济高质量发展大会上的讲话同志们:今天,我们召开大会。" + BODY * 20)
    assert (doc.meta.title, doc.meta.salutation) == ("县委书记在推动经济高质量发展大会上的讲话", "同志们")
    assert doc.body[0].text.startswith("今天,我们召开大会。")


def test_a_speech_s_title_run_into_an_editors_note_and_its_salutation_on_one_line_gives_all_three():
    note = "编者按:本文主要从全面盘点,客观总结经济工作;科学定位,理性把握经济发展形势几个方面进行阐述。具体材料请详见:"
    doc = speechparse.parse("县长在经济工作动员会议上的讲话" + note + "同志们:今天这次会议,主要任务是部署工作。" + BODY * 20)
    assert (doc.meta.title, doc.meta.salutation) == ("县长在经济工作动员会议上的讲话", "同志们")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("Note", "editorial"), ("Salutation", None)]
    assert doc.front[1].text == note
    assert doc.body[0].text.startswith("今天这次会议")


@pytest.mark.parametrize("title", ["书记校长读书会表态发言稿", "在全县教师节表彰大会上的致辞稿", "青春正当时演讲稿"])
def test_a_speech_drafts_title_run_into_its_salutation_on_one_line_gives_both(title):
    doc = speechparse.parse("\n".join([f"{title}各位领导、老师们：", "非常荣幸作发言。", BODY]))
    assert (doc.meta.title, doc.meta.salutation) == (title, "各位领导、老师们")


@pytest.mark.parametrize("salutation", ["同志们:", "尊敬的市民朋友们:"])
def test_a_salutation_on_its_own_line_in_the_body_is_never_joined_to_the_line_above(salutation):
    doc = speechparse.parse("\n\n".join(["在全市工作会议上的讲话", "同志们：", BODY, BODY, "镇政府,工作报告,2023",
                                         salutation, BODY]))
    assert doc.joins == ()
    assert [type(node).__name__ for node in doc.body] == ["Paragraph"] * 3 + ["Salutation", "Paragraph"]


def test_a_line_broken_inside_a_quotation_is_no_title():
    doc = speechparse.parse("\n\n".join(["文化大革命开始的时候，毛主席就提出：“", "要抓革命，促生产。”", BODY]))
    assert doc.meta.title is None


def test_a_body_sentence_ending_in_a_colon_is_no_salutation():
    doc = speechparse.parse("\n\n".join(["在全市工作会议上的讲话", "同志们：", BODY, "各工业部门的建设情况是这样：", BODY]))
    assert [type(node).__name__ for node in doc.body] == ["Paragraph"] * 3


def test_a_byline_opening_a_text_without_a_title_is_the_speaker():
    doc = speechparse.parse("\n\n".join(["绍兴一中党委书记、校长    王琛", "尊敬的各位家长，亲爱的老师、同学们，大家下午好！", BODY]))
    assert (doc.meta.title, doc.meta.speaker, doc.meta.speaker_role) == (None, "王琛", "绍兴一中党委书记、校长")
    assert doc.meta.salutation == "尊敬的各位家长，亲爱的老师、同学们"


def test_a_byline_opening_a_text_without_a_title_or_salutation_is_the_speaker():
    doc = speechparse.parse("\n\n".join(["绍兴一中党委书记、校长   王 琛", "岁月无声静流，转眼又是新年。" + BODY * 2, BODY]))
    assert (doc.meta.title, doc.meta.speaker, doc.meta.speaker_role) == (None, "王琛", "绍兴一中党委书记、校长")


@pytest.mark.parametrize("first", ["（1）定息是在我国社会主义改造中采取的办法。", "〔1）参看列宁《论粮食税》。", "⑴参看列宁的文章。"])
def test_notes_numbered_in_brackets_under_an_endnotes_heading_are_endnotes_not_headings(first):
    second = first.replace("1", "2").replace("⑴", "⑵")
    doc = speechparse.parse("\n".join(["在某会议上的讲话", "同志们：", BODY * 3, BODY * 3, BODY * 3, "------------------",
                                       "　　注释", first, second]))
    assert [node.kind for node in doc.back] == ["endnotes"] * 4
    assert list(sections(doc)) == []


def test_the_lines_above_a_web_pages_breadcrumb_are_the_sites_header_not_the_title():
    doc = speechparse.parse("范文\n\n位置:首页 > 范文 > 工作报告\n\n市长政府工作报告全文\n\n发布时间:2024-08-22 16:21:23\n\n各位代表:\n\n" + BODY)
    assert (doc.meta.title, doc.meta.salutation) == ("市长政府工作报告全文", "各位代表")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "chrome"), ("Note", "chrome"), ("Title", None), ("Note", "chrome"), ("Salutation", None)]


def test_a_breadcrumbs_last_crumb_repeated_under_it_is_chrome():
    doc = speechparse.parse("您现在的位置是: 首页 > 政经部门 > 营商\n\n营商\n\n市长在优化营商环境再出发动员大会上的讲话\n\n同志们：\n\n" + BODY)
    assert (doc.meta.title, doc.meta.speaker) == ("市长在优化营商环境再出发动员大会上的讲话", None)
    assert [getattr(node, "kind", None) for node in doc.front] == ["chrome", "chrome", None, None]


def test_a_breadcrumbs_last_crumb_repeated_right_over_the_text_is_the_pages_own_title():
    doc = speechparse.parse("\n\n".join(["您现在的位置：北京市西城区设科教育培训中心 > 总经理致辞", "总经理致辞",
                                         "京联设科成立于1989年1月，当时为全民所有制企业，2001年进行企业改制，正式与上级单位北京勘察设计管理处脱钩，"
                                         "成为一家股份制企业。我们始终坚持诚信为本。"]))
    assert doc.meta.title == "总经理致辞"


def test_a_title_glued_to_the_breadcrumb_its_heading_holds_is_split_off_as_the_title():
    page = ("<html><body><h3><span>当前位置：<a href='/'>首页</a>-<a href='/a'>学校简介</a>-校长寄语</span>校长寄语</h3>"
            "<p>亲爱的同学们，欢迎你们来到我们学校。学校始终坚持立德树人，为每一个孩子的成长创造条件，努力办好人民满意的教育。</p>"
            "</body></html>")
    doc = speechparse.parse(page.encode(), from_="html")
    assert (doc.meta.title, doc.meta.speaker) == ("校长寄语", None)
    assert [node.text for node in doc.front if isinstance(node, Note)] == ["当前位置：首页-学校简介-校长寄语"]


def test_a_breadcrumb_and_a_toolbar_split_to_a_piece_a_line_are_chrome_above_the_title_block():
    lines = ["当前位置：", "首页", ">", "政务信息", ">", "宁夏要闻", "2026年宁夏回族自治区政府工作报告", "发表时间：",
             "2026-02-09 09:45:30", "来源：", "宁夏日报客户端", "阅读量：", "【字体：", "小", "中", "大", "】",
             "政府工作报告", "——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上", "自治区人民政府主席 张雨浦", "各位代表："]
    doc = speechparse.parse("\n".join([*lines, BODY]))
    assert (doc.meta.title, doc.meta.date, doc.meta.speaker, doc.meta.salutation) == (
        "政府工作报告", "2026-02-03", "张雨浦", "各位代表")
    assert [type(node).__name__ for node in doc.front] == ["Note"] * 17 + ["Title", "Subtitle", "Speaker", "Salutation"]


def test_a_toolbar_a_button_a_line_does_not_count_against_the_front_matters_reach():
    toolbar = ["下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】"]
    doc = speechparse.parse("\n".join([*toolbar, "2026年河北省政府工作报告", "——2026年1月26日在河北省第十四届人民代表大会第四次会议上",
                                       "来源：河北日报", "时间：2026-02-02", "河北省人民政府省长 王正谱", "各位代表：", BODY]))
    assert (doc.meta.title, doc.meta.speaker, doc.meta.salutation) == ("2026年河北省政府工作报告", "王正谱", "各位代表")


@pytest.mark.parametrize(("line", "title"), [
    ("《最高人民法院工作报告》（全文）", "最高人民法院工作报告"),
    ("2024年政府工作报告(全文实录)", "2024年政府工作报告"),
    ("【争做文明公民的倡议书】", "争做文明公民的倡议书"),
    ("[史密斯热水器]对史密斯教授的欢送词", "对史密斯教授的欢送词"),
    ("新春团拜会致辞 | |", "新春团拜会致辞"),
    ("关于《中共中央关于制定规划的建议》的说明", "关于《中共中央关于制定规划的建议》的说明"),
    ("《论持久战》与《矛盾论》", "《论持久战》与《矛盾论》"),
])
def test_the_title_leaves_out_what_a_copy_put_around_it(line, title):
    doc = speechparse.parse("\n\n".join([line, "同志们：", BODY]))
    assert (doc.meta.title, doc.front[0].lines) == (title, (line,))


def test_a_title_in_brackets_run_into_the_salutation_gives_both():
    doc = speechparse.parse("\n".join(["【争做文明公民的倡议书】亲爱的市民朋友们：", BODY]))
    assert (doc.meta.title, doc.meta.salutation) == ("争做文明公民的倡议书", "亲爱的市民朋友们")


def test_a_sites_tag_between_a_title_and_the_salutation_run_into_it_is_a_note():
    doc = speechparse.parse("市长在市人民代表大会第一次会议上的政府工作报告(2022年政府工作报告)各位代表:现在，我代表市人民政府，"
                            "向大会报告工作。" + BODY)
    assert (doc.meta.title, doc.meta.salutation) == ("市长在市人民代表大会第一次会议上的政府工作报告", "各位代表")
    assert [(node.kind, node.text) for node in doc.front if isinstance(node, Note)] == [("chrome", "(2022年政府工作报告)")]


@pytest.mark.parametrize("between", [" ", ""])
def test_a_documents_title_opening_text_run_together_is_split_off_before_its_first_sentence(between):
    text = ("2023年某区卫生健康工作总结及2024年工作计划" + between + "2023年，在区委、区政府的正确领导下，我们全面贯彻落实党的二十大精神。"
            + BODY * 3 + "一、主要做法及成效" + BODY * 3 + "二、存在问题" + BODY * 3)
    doc = speechparse.parse(text)
    assert doc.meta.title == "2023年某区卫生健康工作总结及2024年工作计划"
    assert doc.body[0].text.startswith("2023年，在区委")


def test_a_sentence_naming_a_plan_at_the_start_of_text_run_together_is_no_title():
    text = "我们制定了工作计划2023年度的任务已经完成。" + BODY * 3 + "一、主要做法及成效" + BODY * 3 + "二、存在问题" + BODY * 3
    assert speechparse.parse(text).meta.title is None


def test_a_posts_time_and_source_over_their_values_and_a_photos_caption_are_notes_of_the_front_matter():
    doc = speechparse.parse("\n".join(["陕西省2026年政府工作报告", "——2026年1月27日在陕西省第十四届人民代表大会第四次会议上", "时间：",
                                       "2026-02-02 09:20", "来源：", "陕西省人民政府", "省长赵刚作政府工作报告", "各位代表：", BODY,
                                       "一、2025年工作回顾", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("Subtitle", None), *[("Note", "chrome")] * 4, ("Note", "editorial"), ("Salutation", None)]
    assert [(node.marker, node.heading) for node in doc.body if isinstance(node, Section)] == [("一、", "2025年工作回顾")]


def test_a_title_naming_a_work_report_over_the_salutation_is_no_photos_caption():
    doc = speechparse.parse("\n".join(["2024松滋市工作报告", "分享：", "2024松滋市工作报告", "各位代表：", BODY]))
    assert not any(getattr(node, "kind", None) == "editorial" for node in doc.front)


def test_a_byline_after_the_occasion_on_the_date_line_is_the_speaker():
    doc = speechparse.parse("\n".join(["陕西省2026年政府工作报告", "2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚",
                                       "各位代表：", BODY]))
    assert (doc.meta.subtitle, doc.meta.date, doc.meta.speaker, doc.meta.speaker_role) == (
        "2026年1月27日在陕西省第十四届人民代表大会第四次会议上", "2026-01-27", "赵刚", "陕西省省长")


def test_the_heading_of_one_speakers_part_under_a_title_naming_the_speakers_is_the_speaker():
    doc = speechparse.parse("\n\n".join(["王洪文、纪登奎在省委工作会议召集人和县委书记会议上的讲话", "王洪文同志讲话", BODY]))
    assert [type(node).__name__ for node in doc.front] == ["Title", "Speaker"]
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.speaker) == (
        "王洪文、纪登奎在省委工作会议召集人和县委书记会议上的讲话", None, "王洪文")


def test_a_title_in_glyphs_a_pdfs_font_left_unmapped_is_a_chrome_note_not_the_title():
    doc = speechparse.parse("\n".join(["ದնੂՑ", "čĎ", "——ࢽ", "各位代表：", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "chrome"), ("Note", "chrome"), ("Note", "chrome"), ("Salutation", None)]
    assert (doc.meta.title, doc.meta.salutation) == (None, "各位代表")


@pytest.mark.parametrize("line", ["Report on the Work of the Government", "ありがとう", "2024"])
def test_a_line_of_a_readable_script_is_no_unmapped_glyphs(line):
    assert not unmapped_glyphs(line)


OCCASION_LINE = "——2023年12月28日在晋江市第十八届人民代表大会第三次会议上"


def test_a_byline_and_salutation_run_on_after_the_subtitles_occasion_are_split_off():
    doc = speechparse.parse("\n".join(["政府工作报告", OCCASION_LINE + "晋江市人民政府市长王明元各位代表：", BODY]))
    assert [(type(node).__name__, getattr(node, "raw", None)) for node in doc.front] == [
        ("Title", None), ("Subtitle", OCCASION_LINE), ("Speaker", "晋江市人民政府市长王明元"), ("Salutation", "各位代表：")]
    assert (doc.meta.date, doc.meta.speaker_role, doc.meta.speaker) == ("2023-12-28", "晋江市人民政府市长", "王明元")


@pytest.mark.parametrize(("run_on", "kinds"), [
    ("晋江市人民政府市长王明元", ["Title", "Subtitle", "Speaker"]),
    ("同志们：", ["Title", "Subtitle", "Salutation"]),
])
def test_a_byline_or_a_salutation_alone_run_on_after_the_subtitles_occasion_is_split_off(run_on, kinds):
    doc = speechparse.parse("\n".join(["政府工作报告", OCCASION_LINE + run_on, BODY]))
    assert [type(node).__name__ for node in doc.front] == kinds
    assert doc.front[1].raw == OCCASION_LINE


def test_words_after_the_subtitles_occasion_that_are_no_byline_stay_in_the_subtitle():
    doc = speechparse.parse("\n".join(["政府工作报告", "——在全市经济工作会议上市长王明元强调", BODY]))
    assert doc.meta.subtitle == "在全市经济工作会议上市长王明元强调"


def test_a_breadcrumb_split_a_crumb_a_line_whose_last_crumb_repeats_below_leaves_the_title_alone():
    doc = speechparse.parse("\n".join(["您的位置:", "首页", ">", "云南要闻", "云南要闻", "2026年政府工作报告",
                                       "——2026年1月28日在云南省第十四届人民代表大会第四次会议上", "省长　王予波", "各位代表：", BODY]))
    assert (doc.meta.title, doc.meta.speaker) == ("2026年政府工作报告", "王予波")


def test_a_pages_heading_then_its_breadcrumb_a_piece_a_line_then_the_texts_title_block():
    heading = ["陕西省2026年政府工作报告", "2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚"]
    crumbs = ["首页", ">", "政府信息公开", ">", "政府工作报告"]
    doc = speechparse.parse("\n".join(["分享:", *heading, *crumbs, *heading, "各位代表：", BODY, "一、2025年工作回顾", BODY]))
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.speaker, doc.meta.salutation) == (
        "陕西省2026年政府工作报告", "2026年1月27日在陕西省第十四届人民代表大会第四次会议上", "赵刚", "各位代表")
    assert [node.text for node in doc.front if isinstance(node, Note)][-len(crumbs):] == crumbs
    assert [node.marker for node in doc.body if isinstance(node, Section)] == ["一、"]


SPEECH_BLOCK = ["在全市教育系统年度工作会议上的讲话", "陈国阳", "（2010年2月22日）", "同志们：", BODY, "一、工作回顾", BODY]


@pytest.mark.parametrize(("note", "header"), [
    (["各位：", "转发领导讲话，请认真学习领会。"], ["________________________________",
     "发件人: 王晓峰 <wangxf@example.gov.cn>", "发送时间: 2019年5月13日 10:21", "收件人: 办公室全体", "主题: 转发: 讲话"]),
    (["请查收，谢谢！"], ["------------------ 原始邮件 ------------------", "From: wangxf@example.gov.cn",
     "Sent: Monday, May 13, 2019 10:21 AM", "Subject: 讲话"]),
])
def test_a_forwarded_mails_header_and_the_note_above_it_are_notes_before_the_speechs_front_matter(note, header):
    doc = speechparse.parse("\n\n".join([*note, *header, *SPEECH_BLOCK]))
    assert (doc.meta.title, doc.meta.speaker, doc.meta.date, doc.meta.salutation) == (
        "在全市教育系统年度工作会议上的讲话", "陈国阳", "2010-02-22", "同志们")
    assert [node.kind for node in doc.front if isinstance(node, Note)] == ["editorial"] * len(note) + ["chrome"] * len(header)


def test_a_mails_signature_at_the_end_is_chrome_in_the_back_matter():
    doc = speechparse.parse("\n\n".join([*SPEECH_BLOCK, "--", "王晓峰", "市政府办公室综合科", "电话：0575-85120000"]))
    assert [(node.kind, node.text) for node in doc.back] == [
        ("chrome", "--"), ("chrome", "王晓峰"), ("chrome", "市政府办公室综合科"), ("chrome", "电话：0575-85120000")]


def test_a_dashed_list_item_ending_the_text_is_no_mails_signature():
    doc = speechparse.parse("\n\n".join([*SPEECH_BLOCK, "——要坚持稳中求进。"]))
    assert doc.back == ()


def test_a_forums_stamp_over_a_post_is_chrome_not_the_title():
    doc = speechparse.parse("\n\n".join(["本帖最后由 清风徐来 于 2015-8-21 14:24 编辑", *SPEECH_BLOCK,
                                         "本文来源于网络，版权归原作者所有，如有侵权请联系删除。"]))
    assert (doc.meta.title, doc.meta.speaker) == ("在全市教育系统年度工作会议上的讲话", "陈国阳")
    assert [node.kind for node in doc.back] == ["chrome"]


@pytest.mark.parametrize("byline", [["甘肃省省长 任振鹤"], []])
def test_a_photos_caption_with_its_reporters_credit_is_no_speaker(byline):
    doc = speechparse.parse("\n".join(["2026年甘肃省政府工作报告", "——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上",
                                       *byline, "任振鹤作政府工作报告。新甘肃·甘肃日报记者 盛学卿", "各位代表：", BODY]))
    assert doc.meta.speaker == ("任振鹤" if byline else None)
    assert [(node.kind, node.text) for node in doc.front if isinstance(node, Note)] == [
        ("editorial", "任振鹤作政府工作报告。新甘肃·甘肃日报记者 盛学卿")]


def test_a_gongwens_number_run_into_its_title_on_one_line_is_split_off():
    doc = speechparse.parse("\n".join(["盘政发〔2010〕22号 盘锦市人民政府关于表彰农田基本建设先进单位的决定", "各县、区人民政府，市政府各部门：",
                                       BODY]))
    assert (doc.meta.title, doc.meta.document_number, doc.meta.salutation) == (
        "盘锦市人民政府关于表彰农田基本建设先进单位的决定", "盘政发〔2010〕22号", "各县、区人民政府，市政府各部门")


def test_a_gongwens_number_after_its_title_on_one_line_is_split_off():
    doc = speechparse.parse("\n".join(["国家能源局综合司关于做好火灾防控工作的通知 国能综通安全〔2021〕108号", "各省能源局：", BODY]))
    assert (doc.meta.title, doc.meta.document_number, doc.meta.salutation) == (
        "国家能源局综合司关于做好火灾防控工作的通知", "国能综通安全〔2021〕108号", "各省能源局")
    assert [(type(node).__name__, node.span.column) for node in doc.front] == [
        ("Title", 1), ("Note", 23), ("Salutation", 1)]


def test_a_title_and_a_number_not_a_documents_kind_stay_one_line():
    doc = speechparse.parse("\n".join(["学习贯彻会议精神 国能综通安全〔2021〕108号", "各省能源局：", BODY]))
    assert doc.meta.document_number is None


def test_a_gongwens_number_in_small_form_brackets_is_its_number():
    doc = speechparse.parse("\n".join(["国能综通煤炭﹝2021﹞59号", "关于加快煤矿智能化发展的通知", "各产煤省能源局：", BODY]))
    assert (doc.meta.document_number, doc.meta.title) == ("国能综通煤炭﹝2021﹞59号", "关于加快煤矿智能化发展的通知")


def test_a_范文_sites_long_blurb_and_the_title_repeated_under_it_are_chrome_in_the_front_matter():
    blurb = ("在社会一步步向前发展的今天，我们使用上倡议书的情况与日俱增，在写作上，倡议书有一定的书写规范。来参考自己需要的倡议书吧！"
             "下面是小编帮大家整理的还我蓝天倡议书，供大家参考借鉴，希望可以帮助到有需要的朋友。")
    doc = speechparse.parse("\n\n".join(["还我蓝天倡议书", blurb, "还我蓝天倡议书", "尊敬的市民朋友们：", BODY,
                                         "一、做绿色出行的宣传者", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("Note", "chrome"), ("Note", "chrome"), ("Salutation", None)]
    assert [(depth, s.marker) for s, depth in sections(doc)] == [(1, "一、")]


@pytest.mark.parametrize("blurb", [
    "我将把学习作为个人修养的重要内容，向全体老师学习。以下是小编给大家带来的几篇，供大家参考借鉴。",
    "我將把學習作為個人修養的重要內容,向全體老師學習。以下是小編給大家帶來的幾篇,供大家參考借鑑。",  # (in traditional script)
])
def test_a_范文_sites_blurb_and_its_samples_number_over_the_salutation_are_notes_in_the_front_matter(blurb):
    doc = speechparse.parse("\n\n".join(["新任中学校长就职发言稿", blurb, "1", "老师们:大家好!", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("Note", "chrome"), ("Note", "page"), ("Salutation", None)]
    assert (doc.meta.title, doc.meta.salutation) == ("新任中学校长就职发言稿", "老师们")


def test_a_letters_own_title_over_its_addressees_under_a_pages_heading_and_lead_is_the_title():
    doc = speechparse.parse("\n\n".join(["开学季校方致家长的一封公开信", "导语：秋季开学，校方以公开信的形式给学生家长捎去一些话，下面我们以范文作参考。",
                                         "致学生家长的一封信", "尊敬的家长：", BODY, "一、请您不要让孩子将手机带入校园。", BODY]))
    assert (doc.meta.title, doc.meta.salutation) == ("致学生家长的一封信", "尊敬的家长")
    assert [type(node).__name__ for node in doc.front] == ["Note", "Note", "Title", "Salutation"]
    assert [(depth, s.marker) for s, depth in sections(doc)] == [(1, "一、")]


def test_the_title_repeated_under_the_salutation_is_a_chrome_note_not_a_heading():
    doc = speechparse.parse("\n\n".join(["幼儿园开学给家长的一封信", "亲爱的小朋友、家长朋友们：", "幼儿园开学给家长的一封信", BODY, BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.body] == [
        ("Note", "chrome"), ("Paragraph", None), ("Paragraph", None)]


def test_a_pager_and_a_list_of_related_links_inside_the_text_are_chrome_notes_no_headings():
    doc = speechparse.parse("\n\n".join(["讲话", "同志们：", BODY, "相关阅读：", "· 全市召开经济工作会议", "· 市长调研重点项目",
                                         "二、狠抓落实", BODY, "上一页 1 2 3 下一页", "三、加强领导", BODY]))
    assert [(depth, s.marker) for s, depth in sections(doc)] == [(1, "二、"), (1, "三、")]
    assert [(node.kind, node.text) for node in walk_notes(doc)] == [
        ("chrome", "相关阅读："), ("chrome", "· 全市召开经济工作会议"), ("chrome", "· 市长调研重点项目"),
        ("chrome", "上一页 1 2 3 下一页")]


def test_short_lines_under_a_related_links_label_without_bullets_stay_text():
    doc = speechparse.parse("\n\n".join(["讲话", "同志们：", BODY, "相关阅读：", "二、狠抓落实", BODY, "三、加强领导", BODY]))
    assert [(depth, s.marker) for s, depth in sections(doc)] == [(1, "二、"), (1, "三、")]


def test_a_wechat_posts_footer_with_its_list_of_links_leaves_the_sign_off_in_the_back_matter():
    doc = speechparse.parse("\n".join(["讲话", "同志们：", BODY, "中共某某市委员会", "2021年1月18日", "", "来源：某某日报", "编辑：张三",
                                       "往期回顾", "· 全市召开经济工作会议", "· 市长调研重点项目", "阅读原文", "分享收藏点赞在看"]))
    assert doc.meta.date == "2021-01-18"
    assert [type(node).__name__ for node in doc.back] == ["Signature", "DateLine"] + ["Note"] * 7


TRAILER = ["下一篇：", "激活全面推进乡村振兴新动能", "[ 打印本文 ]", "习近平论科技力量建设", "农机装备守护大国粮仓",
           "广西壮族自治区供销合作社", "关于我们", "中华全国供销合作总社科技推广中心© 版权所有"]


@pytest.mark.parametrize("end", ["责任编辑：杨晓东", "(责编：朴馨语、张永生)", "上一篇：北京发布消费者权益保护状况报告",
                                 "网站编辑 - 王慧"])
def test_everything_a_web_page_sets_after_its_articles_end_is_chrome(end):
    doc = speechparse.parse("\n".join(["讲话", "同志们：", "一、锚定目标", BODY * 4, "二、加强领导", BODY * 4, "同志们，让我们共同奋斗！",
                                       end, *TRAILER]))  # (an article: 200 characters and more above its end)
    assert [s.marker for s, _ in sections(doc)] == ["一、", "二、"]
    assert [(node.kind, node.text) for node in doc.back[-len(TRAILER) - 1:]] == [
        ("chrome", line) for line in [end, *TRAILER]]


def test_a_glossary_over_a_pages_long_trailer_after_its_list_and_back_links_stays_endnotes():
    trailer = ["附件：《广东省2024年政府工作报告》.pdf", "返回列表", "上一篇： 天津市2024年政府工作报告", "热度排行榜",
               *[f"关于开展零碳工厂建设工作的指导意见{n}" for n in range(40)]]
    doc = speechparse.parse("\n".join([*OWN_REPORT, BODY * 4, "二、2024年工作安排", BODY * 4, "名词解释",
                                       "1.“千万工程”经验：习近平总书记在浙江工作时亲自谋划推动。", "2.“四下基层”：宣传党的路线。", *trailer]))
    assert [s.marker for s, _ in sections(doc)] == ["一、", "二、"]
    kinds = [getattr(node, "kind", None) for node in doc.back]
    assert kinds[:3] == ["endnotes"] * 3 and set(kinds[3:]) == {"chrome"}  # (the trailer's lines, some joined as wrapped)


def test_a_pages_chrome_between_the_articles_last_paragraph_and_its_editors_name_is_in_the_trailer():
    doc = speechparse.parse("\n".join(["讲话", "同志们：", "一、锚定目标", BODY * 4, "二、加强领导", BODY * 4, "同志们，让我们共同奋斗！",
                                       "扫描二维码分享到手机", "标签 -", "网站编辑 - 王慧", *TRAILER]))
    assert [s.marker for s, _ in sections(doc)] == ["一、", "二、"]
    assert {node.kind for node in doc.back[1:]} == {"chrome"} and len(doc.back) == len(TRAILER) + 4


def test_an_editors_name_over_the_article_leaves_what_follows_the_text():
    doc = speechparse.parse("\n".join(["讲话", "责任编辑：杨晓东", "同志们：", BODY, "习近平论科技力量建设", BODY]))
    assert "习近平论科技力量建设" in [section.heading for section, _ in sections(doc)]


@pytest.mark.parametrize("label", ["相关政策与解读", "同类资讯", "点击排行", "排行榜", "热门文章："])
def test_a_pages_list_of_links_after_the_sign_off_is_chrome_whatever_its_label_says(label):
    doc = speechparse.parse("\n".join(["关于开展零碳园区建设的通知", "各省发展改革委：", "一、重点任务", BODY, "二、保障措施", BODY,
                                       "国家发展改革委", "2025年6月30日", label, "专家解读 | 高标准建设零碳园区",
                                       "• 习近平论科技力量建设", "排行榜"]))
    assert [s.marker for s, _ in sections(doc)] == ["一、", "二、"]
    assert doc.meta.date == "2025-06-30"
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Signature", None), ("DateLine", None), *[("Note", "chrome")] * 4]


def test_a_pages_links_to_the_files_after_the_sign_off_are_the_attachment_list_numbered_twice_or_not():
    files = ["1.零碳园区建设基本条件.pdf", "2.申报书大纲.pdf", "1.零碳园区建设基本条件.ofd", "2.申报书大纲.OFD"]
    doc = speechparse.parse("\n".join(["关于开展零碳园区建设的通知", "各省发展改革委：", "一、重点任务", BODY, "二、保障措施", BODY,
                                       "国家发展改革委", "2025年6月30日", "附件：", *files]))
    assert [s.marker for s, _ in sections(doc)] == ["一、", "二、"]  # (not 1. and 2. under 二、, twice)
    assert doc.meta.date == "2025-06-30"
    assert [(node.kind, node.text) for node in doc.back[2:]] == [("attachments", line) for line in ["附件：", *files]]


@pytest.mark.parametrize("label", ["相关附件：", "附件下载"])
def test_a_pages_label_of_its_links_to_the_attached_files_after_the_sign_off_is_chrome(label):
    doc = speechparse.parse("\n".join(["关于开展零碳园区建设的通知", "各省发展改革委：", "一、重点任务", BODY, "二、保障措施", BODY,
                                       "国家发展改革委", "2025年6月30日", label, "零碳园区建设有关附件.zip"]))
    assert doc.meta.date == "2025-06-30"
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Signature", None), ("DateLine", None), ("Note", "chrome"), ("Note", "chrome")]


def test_a_link_to_a_file_without_a_label_at_the_end_is_chrome():
    doc = speechparse.parse("\n".join(["讲话", "同志们：", "一、重点任务", BODY, "二、保障措施", BODY, "1.讲话全文.pdf"]))
    assert [s.marker for s, _ in sections(doc)] == ["一、", "二、"]
    assert [(node.kind, node.text) for node in doc.back] == [("chrome", "1.讲话全文.pdf")]


def test_a_related_links_label_needs_its_own_line_and_a_kind_of_link():
    doc = speechparse.parse("\n\n".join(["讲话", "同志们：", BODY, "相关工作要求", BODY, "相关政策与解读了很多内容", BODY]))
    assert not list(walk_notes(doc))


@pytest.mark.parametrize("lead", [
    "编者按：近日，市委召开工作会议，市委书记作了重要讲话。现将讲话全文刊发如下，供学习参考。",
    "新华社北京3月5日电　3月5日上午，会议在人民大会堂开幕。会上作了重要讲话。讲话全文如下：",
])
def test_an_editors_note_or_a_news_lead_over_the_title_is_an_editorial_note(lead):
    doc = speechparse.parse("\n\n".join([lead, "在全区农村党组织书记培训班上的讲话", "前一个时段，我区认真开展换届选举。" + BODY]))
    assert doc.meta.title == "在全区农村党组织书记培训班上的讲话"
    assert (doc.front[0].kind, doc.front[0].text) == ("editorial", lead.replace("\u3000", " "))  # (a space inside a line)


def test_an_editors_note_over_a_speech_that_opens_with_its_salutation_leaves_the_salutation_found():
    doc = speechparse.parse("\n\n".join(["编者按：现将讲话全文刊发如下，供学习参考。", "同志们，今天召开会议。" + BODY, BODY]))
    assert doc.meta.salutation == "同志们"


def test_a_news_headline_naming_a_speech_over_another_headline_is_no_editors_lead():
    doc = speechparse.parse("\n".join(["全国政协举行新年茶话会习近平发表重要讲话", "李克强张德江出席俞正声主持",
                                       "新华社北京12月30日电 中国人民政治协商会议全国委员会举行新年茶话会。" + BODY]))
    assert not any(getattr(node, "kind", None) == "editorial" for node in doc.front)


@pytest.mark.parametrize(("lines", "salutation"), [
    (["少先队建队纪念大会主持词", "甲：敬爱的领导、来宾们！", "乙：亲爱的老师、同学们！", "合：大家好！", "甲：秋风送爽，丹桂飘香。"],
     "敬爱的领导、来宾们"),
    (["文艺汇演主持词", "男：尊敬的各位领导、各位来宾", "女：老师们、同学们：", "合：大家好！", "男：七月，一个伟大的政党宣告成立。"],
     "尊敬的各位领导、各位来宾"),
])
def test_a_主持词s_host_addressing_the_audience_gives_the_salutation_and_is_no_title_line(lines, salutation):
    doc = speechparse.parse("\n".join(lines))
    assert (doc.meta.title, doc.meta.salutation) == (lines[0], salutation)


CHAIR = ["张春贤", "各位代表，今天的全体会议应出席代表2980人，出席2960人，现在开会。",
         "现在进行第一项议程：请最高人民法院院长周强同志作最高人民法院工作报告。"]


def test_a_transcripts_chair_handing_the_floor_is_a_note_and_the_byline_under_it_the_speaker():
    doc = speechparse.parse("\n".join(["最高人民法院工作报告", *CHAIR, "最高人民法院院长　周强",
                                       "各位代表：我代表最高人民法院向大会报告工作，请予审议。", BODY]))
    assert (doc.meta.speaker, doc.meta.speaker_role, doc.meta.salutation) == ("周强", "最高人民法院院长", "各位代表")
    assert [(node.kind, node.text) for node in doc.front if isinstance(node, Note)] == [("editorial", line) for line in CHAIR]


def test_a_hosts_word_handing_the_floor_over_a_byline_is_a_note():
    doc = speechparse.parse("\n".join(["开学典礼实录", "主持人：尊敬的各位老师、亲爱的同学们，大家上午好！下面请校长王琛致辞。",
                                       "校长 王琛", "亲爱的同学们：", BODY]))
    assert (doc.meta.title, doc.meta.speaker, doc.meta.salutation) == ("开学典礼实录", "王琛", "亲爱的同学们")


@pytest.mark.parametrize("button", ["评论", "关闭", "点赞", "在看"])
def test_a_pages_button_under_the_title_is_chrome_neither_the_titles_rest_nor_the_speaker(button):
    doc = speechparse.parse("\n".join(["最高人民法院工作报告", button, "各位代表：", BODY]))
    assert (doc.meta.title, doc.meta.speaker, doc.meta.salutation) == ("最高人民法院工作报告", None, "各位代表")
    assert [(node.kind, node.text) for node in doc.front if isinstance(node, Note)] == [("chrome", button)]


def test_a_sharing_sites_numbered_notices_under_the_title_are_chrome_and_no_sections():
    notices = ["1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。",
               "2. 2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款(可完整预览的文档不适用该条件!)。",
               "3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。"]
    doc = speechparse.parse("\n".join(["镇长交流研讨材料", *notices, "", "镇长交流研讨材料", "尊敬的各位镇长：", BODY]))
    assert (doc.meta.title, doc.meta.salutation) == ("镇长交流研讨材料", "尊敬的各位镇长")
    assert not any(isinstance(node, Section) for node in doc.body)


def test_a_collection_sites_name_over_the_title_is_chrome_not_the_titles_first_line():
    doc = speechparse.parse("讲话稿 文案下载手机站\n\n初中教师国旗下的讲话稿\n\n亲爱的同学们：\n\n" + BODY)
    assert (doc.meta.title, doc.meta.salutation) == ("初中教师国旗下的讲话稿", "亲爱的同学们")


@pytest.mark.parametrize("address", ["尊敬的各位镇长，大家好！", "同志们："])
def test_a_title_line_right_over_the_salutations_line_is_the_title(address):
    doc = speechparse.parse(f"镇长交流研讨材料\n{address}\n首先，我想就研讨的意义进行一些探讨。\n\n" + BODY)
    assert (doc.meta.title, doc.meta.salutation) == ("镇长交流研讨材料", address[:-1].split("，")[0])


def test_a_line_with_punctuation_over_the_salutations_line_is_no_title():
    doc = speechparse.parse("今天，我们在这里召开会议\n尊敬的各位镇长，大家好！\n首先，我讲三点意见。\n\n" + BODY)
    assert (doc.meta.title, doc.body[0].text) == (None, "今天，我们在这里召开会议尊敬的各位镇长，大家好！")


def test_words_handing_the_floor_without_a_byline_under_them_are_the_speech():
    doc = speechparse.parse("\n".join(["在全区工作会议上的讲话", "同志们：", "下面请各位代表讲话。", BODY]))
    assert doc.meta.salutation == "同志们" and not any(isinstance(node, Note) for node in doc.front)


def test_a_title_of_one_character_that_could_be_a_hosts_label_stays_the_title():
    assert speechparse.parse("丙\n\n同志们：\n\n今天开会。").meta.title == "丙"


def walk_notes(doc):
    return [node for node, _ in walk(doc.body) if isinstance(node, Note)]


def test_a_font_switchs_sizes_a_line_each_without_their_label_are_chrome_not_the_title():
    doc = speechparse.parse("\n".join(["最高人民法院工作报告", "大", "中", "小", "各位代表:", BODY]))
    assert (doc.meta.title, doc.meta.speaker, doc.meta.salutation) == ("最高人民法院工作报告", None, "各位代表")
    assert [node.text for node in doc.front if isinstance(node, Note)] == ["大", "中", "小"]


def test_a_font_switchs_sizes_a_line_each_with_a_bar_alone_between_two_are_chrome():
    doc = speechparse.parse("\n".join(["最高人民法院工作报告", "小", "|", "中", "|", "大", "各位代表:", BODY]))
    assert (doc.meta.title, doc.meta.salutation) == ("最高人民法院工作报告", "各位代表")
    assert [node.text for node in doc.front if isinstance(node, Note)] == ["小", "|", "中", "|", "大"]


def test_a_databases_field_and_its_code_over_the_text_it_exports_are_chrome_not_the_title():
    doc = speechparse.parse("\n".join(["【法宝引证码】 CLI.11.1598088", "原文链接：https://www.pkulaw.com/lar/0dc4a42aa439.html",
                                       "在全市工作会议上的讲话", "同志们：", BODY]))
    assert doc.meta.title == "在全市工作会议上的讲话"
    assert [node.kind for node in doc.front if isinstance(node, Note)] == ["chrome", "chrome"]


def test_a_font_switch_whose_first_size_ends_the_fields_line_above_leaves_its_other_sizes_chrome():
    lines = ["最高人民法院工作报告", "文章来源:环球聚焦传媒网 作者: 发布时间:2018-03-09 21:32 点击量:472 大", "中", "小",
             "最高人民法院院长 周强", "各位代表:"]
    doc = speechparse.parse("\n".join([*lines, BODY]))
    assert (doc.meta.title, doc.meta.speaker, doc.meta.salutation) == ("最高人民法院工作报告", "周强", "各位代表")
    assert [node.text for node in doc.front if isinstance(node, Note)] == [lines[1], "中", "小"]


def test_a_title_spaced_a_character_a_line_that_opens_with_a_size_is_no_font_switch():
    doc = speechparse.parse("\n".join(["中", "国", "梦", "", "同志们：", BODY]))
    assert (doc.meta.title, doc.meta.salutation) == ("中国梦", "同志们")


def test_a_posts_time_stamp_under_the_title_is_chrome_not_part_of_the_title():
    doc = speechparse.parse("2019年陇县人民政府工作报告\n公文搜 2021-07-27 17:30:25 政府报告\n各位代表:\n" + BODY)
    assert (doc.meta.title, doc.meta.salutation) == ("2019年陇县人民政府工作报告", "各位代表")


@pytest.mark.parametrize("address", ["各位前辈、各位专家、各位同仁：", "立法會主席、各位議員、各位市民："])
def test_the_first_salutation_is_the_documents_also_after_a_paragraph_in_the_body(address):
    doc = speechparse.parse(f"医院院长年会致辞\n\n今年是医院建院三十周年，全院上下团结一心。\n\n{address}\n\n" + BODY)
    assert doc.meta.salutation == address.rstrip("：")
    assert [type(node).__name__ for node in doc.body] == ["Paragraph", "Salutation", "Paragraph"]


@pytest.mark.parametrize("address", ["各位前辈、各位专家、各位同仁：", "立法會主席、各位議員、各位市民："])
def test_a_collection_sites_lead_announcing_the_speech_is_an_editorial_note_and_the_salutation_the_front_matters(address):
    doc = speechparse.parse(f"医院院长年会致辞\n\n以下是小编整理的致辞全文，供大家参考。\n\n{address}\n\n" + BODY)
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("Note", "editorial"), ("Salutation", None)]
    assert doc.meta.salutation == address.rstrip("：")


def test_a_web_pages_heading_and_its_post_stamp_above_the_texts_own_title_block_are_chrome():
    doc = speechparse.parse("\n\n".join([
        "中国共产党杭州市第十三次代表大会报告(全文)", "2022年03月03日 11:49:52 来源: 杭州日报", "高举伟大旗帜",
        "奋力打造社会主义现代化国际大都市", "——在中国共产党杭州市第十三次代表大会上的报告", "（2022年2月23日）", "刘 捷", "同志们：", BODY]))
    assert (doc.meta.title, doc.meta.date, doc.meta.speaker, doc.meta.salutation) == (
        "高举伟大旗帜奋力打造社会主义现代化国际大都市", "2022-02-23", "刘捷", "同志们")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front][:3] == [
        ("Note", "chrome"), ("Note", "chrome"), ("Title", None)]


PORTAL_HEADER = ["当前位置：", "首页", ">>", "领导之窗", ">>", "政府工作报告", "政府工作报告", "2001年01月08日", "【", "字体：", "大", "中",
                 "小", "】"]
REPORT_TITLE_BLOCK = ["—在河北省第九届人民代表大会第四次会议上", "河北省人民政府省长 钮茂生", "（2001年1月8日）", "各位代表："]


def test_a_post_stamp_as_a_date_line_under_a_pages_heading_is_chrome_above_the_texts_own_title_block():
    doc = speechparse.parse("\n".join([*PORTAL_HEADER, "关于河北省国民经济和社会发展第十个五年计划纲要的报告", *REPORT_TITLE_BLOCK, BODY]))
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.date, doc.meta.speaker, doc.meta.salutation) == (
        "关于河北省国民经济和社会发展第十个五年计划纲要的报告", "在河北省第九届人民代表大会第四次会议上", "2001-01-08", "钮茂生", "各位代表")
    assert [type(node).__name__ for node in doc.front if not isinstance(node, Note)] == [
        "Title", "Subtitle", "Speaker", "DateLine", "Salutation"]
    assert [node.kind for node in doc.front if isinstance(node, Note) and node.text == "2001年01月08日"] == ["chrome"]


def test_a_breadcrumb_a_piece_a_line_does_not_count_against_the_front_matters_reach():
    title_lines = ["关于河北省国民", "经济和社会发", "展第十个五年计划纲要的报告"]  # (a title a site's links broke into pieces)
    doc = speechparse.parse("\n".join([*PORTAL_HEADER, *title_lines, *REPORT_TITLE_BLOCK, BODY]))
    assert (doc.meta.title, doc.meta.date, doc.meta.salutation) == (
        "关于河北省国民经济和社会发展第十个五年计划纲要的报告", "2001-01-08", "各位代表")


def test_a_posts_stamp_is_no_date_line():
    doc = speechparse.parse("在全市安全生产工作会议上的讲话\n\n2024-12-12 09:00:02 690\n\n同志们：\n\n" + BODY)
    assert (doc.meta.date, doc.front[1].kind) == (None, "chrome")


def test_a_subtitle_after_chrome_under_the_title_is_the_subtitle():
    doc = speechparse.parse("\n\n".join(["长沙县人民政府2015年政府工作报告", "日期:2015-02-18 来源:", "电子政务办公室字体大小:",
                                         "——2015年2月4日在长沙县第十六届人民代表大会第四次会议上", "县人民政府县长 张庆红", "各位代表:", BODY]))
    assert (doc.meta.subtitle, doc.meta.date, doc.meta.speaker) == (
        "2015年2月4日在长沙县第十六届人民代表大会第四次会议上", "2015-02-04", "张庆红")
    assert [type(node).__name__ for node in doc.front] == ["Title", "Note", "Note", "Subtitle", "Speaker", "Salutation"]


@pytest.mark.parametrize(("line", "role", "name"), [("省長 李小鵬", "省長", "李小鵬"), ("縣委書記 張三", "縣委書記", "張三")])
def test_a_speaker_line_in_traditional_script_gives_name_and_role_as_written(line: str, role: str, name: str):
    doc = speechparse.parse(f"在全省工作会议上的讲话\n\n{line}\n\n同志们：\n\n" + BODY)
    assert (doc.meta.speaker_role, doc.meta.speaker) == (role, name)


def test_a_copy_cut_above_its_dashed_subtitle_has_the_subtitle_and_no_title():
    doc = speechparse.parse("|\n——2015年1月28日在山西省第十二届人民代表大会第四次会议上\n省长 李小鹏\n各位代表：\n" + BODY)
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.date, doc.meta.speaker) == (
        None, "2015年1月28日在山西省第十二届人民代表大会第四次会议上", "2015-01-28", "李小鹏")
    assert [type(node).__name__ for node in doc.front] == ["Note", "Subtitle", "Speaker", "Salutation"]


def test_a_news_sites_title_naming_the_speaker_run_into_the_salutation_gives_title_speaker_and_salutation():
    doc = speechparse.parse("习近平：在纪念中国人民志愿军抗美援朝出国作战70周年大会上的讲话 同志们，朋友们：今天，我们在这里隆重集会。"
                            + BODY * 20)
    assert (doc.meta.title, doc.meta.speaker, doc.meta.salutation) == (
        "习近平：在纪念中国人民志愿军抗美援朝出国作战70周年大会上的讲话", "习近平", "同志们，朋友们")


def test_the_title_repeated_and_run_into_the_salutation_under_the_title_lines_gives_the_salutation():
    doc = speechparse.parse("2023年医院职工大会上的院长讲话\n在医院职工代表大会上的讲话\n\n"
                            "在医院职工代表大会上的讲话各位职工代表、同志们:我院职工代表大会圆满完成各项议程。\n" + BODY)
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.salutation) == (
        "2023年医院职工大会上的院长讲话", "在医院职工代表大会上的讲话", "各位职工代表、同志们")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("Subtitle", None), ("Note", "chrome"), ("Salutation", None)]
    assert doc.body[0].text == "我院职工代表大会圆满完成各项议程。"


def test_a_slogan_title_of_the_texts_own_title_block_after_the_pages_heading_is_the_title():
    doc = speechparse.parse("\n\n".join(["欢迎你为“求真”而来！——在2020级高一新生报到会上的讲话", "文章来源：本站原创 作者：王琛 发布时间：2020年07月13日",
                                         "欢迎你为“求真”而来！", "——在2020级高一新生报到会上的讲话", "王 琛", "同学们：", BODY]))
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.speaker) == ("欢迎你为“求真”而来！", "在2020级高一新生报到会上的讲话", "王琛")


def test_a_date_line_going_on_with_its_occasion_under_the_title_is_the_subtitle_as_with_dashes():
    for line in ("2023年2月9日在略阳县第十八届人民代表大会第二次会议上", "——2023年2月9日在略阳县第十八届人民代表大会第二次会议上"):
        doc = speechparse.parse("\n\n".join(["政府工作报告", line, "略阳县人民政府县长 刘文荣", "各位代表：", BODY]))
        assert (doc.meta.subtitle, doc.meta.date, doc.meta.speaker) == (
            "2023年2月9日在略阳县第十八届人民代表大会第二次会议上", "2023-02-09", "刘文荣")


def test_a_date_line_with_a_place_only_stays_a_date_line():
    doc = speechparse.parse("\n\n".join(["在全市工作会议上的讲话", "（2025年9月1日，天津）", "同志们：", BODY]))
    assert (doc.meta.subtitle, doc.meta.date, type(doc.front[1]).__name__) == (None, "2025-09-01", "DateLine")


@pytest.mark.parametrize("above", [["在全县经济工作会议上的讲话", "告"], ["在全县经济工作会议上的讲话", "某某市人民政府办公室文件"]])
def test_an_occasion_line_and_title_above_a_breadcrumb_are_the_sites_header(above: list[str]):
    doc = speechparse.parse("\n\n".join([*above, "首页 > 新闻中心", "市长在全市经济工作会议上的讲话", "同志们：", BODY]))
    assert not any(d.code == "SP099" for d in doc.diagnostics)
    assert (doc.meta.title, doc.meta.salutation) == ("市长在全市经济工作会议上的讲话", "同志们")
    assert [getattr(node, "kind", None) for node in doc.front][:3] == ["chrome", "chrome", "chrome"]


def test_a_salutation_with_its_greeting_on_a_line_of_its_own_in_the_body_is_the_salutation():
    doc = speechparse.parse("\n\n".join(["今年是学校建校六十周年，全校上下团结一心。", "尊敬的各位家长，亲爱的同学们：上午好！", BODY]))
    assert doc.meta.salutation == "尊敬的各位家长，亲爱的同学们"
    assert [type(node).__name__ for node in doc.body] == ["Paragraph", "Salutation", "Paragraph"]


@pytest.mark.parametrize("blurb", ["以下是小编整理的致辞全文，供大家参考。", "下面我们范文网发言稿频道给大家精编的开场白，内容仅供参考！"])
def test_a_collection_sites_blurb_at_the_top_is_chrome_and_the_salutation_under_it_the_front_matters(blurb):
    doc = speechparse.parse("\n\n".join([blurb, "尊敬的各位家长，亲爱的同学们：上午好！", BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [("Note", "chrome"), ("Salutation", None)]


def test_a_salutation_after_a_sentence_of_introduction_in_the_first_paragraph_is_split_off():
    doc = speechparse.parse("4月15日，集团党委书记主持召开党委扩大会议，以下是讲话录音整理全文。同志们：现在已经是晚上11点了。" + BODY)
    assert doc.meta.salutation == "同志们"
    assert [(type(node).__name__, node.raw if isinstance(node, Salutation) else node.text[:4]) for node in doc.body] == [
        ("Paragraph", "4月15"), ("Salutation", "同志们："), ("Paragraph", "现在已经")]


def test_a_vocative_with_a_comma_inside_the_first_paragraph_is_no_salutation():
    doc = speechparse.parse("今天召开会议。同志们，我们要认真学习，抓好落实。" + BODY)
    assert doc.meta.salutation is None


@pytest.mark.parametrize("line", [
    "2024年5月12日，国务院召开常务会议。",  # a sentence that opens with its date
    "5月以来，我们抓紧落实各项任务。",
    "2024 年 12 月 31 日，共 302 款生成式人工智能服务",  # a line of a PDF's text
    "2959.73 亿元，年末滚存结余 85.58 亿元。",  # a sum, not 2959-73
    "7236.85 万元被超需求安排",
    "2196.3 万元。",
])
def test_a_body_line_that_opens_with_a_date_or_a_number_is_no_date_line(line):
    doc = speechparse.parse("\n\n".join(["在全县工作会议上的讲话", "同志们：", BODY, line + "这是一句话的后半。", BODY]))
    assert [type(node) for node in doc.body] == [Paragraph, Paragraph, Paragraph]
    assert doc.body[1].text == line + "这是一句话的后半。"


@pytest.mark.parametrize(("line", "iso"), [
    ("（2025年9月1日，天津）", "2025-09-01"),  # in brackets a place may follow its comma
    ("2020年10月29日上午", "2020-10-29"),
    ("2021.12.31", "2021-12-31"),
    ("二〇一九年一月三十一日", "2019-01-31"),
])
def test_date_lines_under_the_title_keep_their_forms(line, iso):
    assert meta("在全县工作会议上的讲话", line, "同志们：").date == iso


@pytest.mark.parametrize("dash", ["──", "——"])
def test_a_subtitle_run_on_after_the_title_on_its_line_is_split_off(dash):
    doc = speechparse.parse("\n\n".join([f"常怀爱国之心，常抒爱国之情{dash}方滨兴校长在2011届研究生毕业典礼上的讲话", "同学们：", BODY]))
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.salutation) == (
        "常怀爱国之心，常抒爱国之情", "方滨兴校长在2011届研究生毕业典礼上的讲话", "同学们")
    assert [type(node).__name__ for node in doc.front] == ["Title", "Subtitle", "Salutation"]


@pytest.mark.parametrize("occasion", ["新高一家长会上的讲话稿", "2023年秋季开学典礼上的致辞", "绍兴一中“千校结好”亮点工作汇报",
                                      "在全市教育系统的经验交流发言"])
def test_a_subtitle_naming_its_meeting_without_zai_is_split_off_the_title_too(occasion):
    doc = speechparse.parse("\n\n".join([f"家校合力 携手共赢——{occasion}", "2020年7月18日", "各位家长：", BODY]))
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.date) == ("家校合力携手共赢", occasion, "2020-07-18")


def test_a_title_with_a_dash_inside_and_no_occasion_after_it_stays_whole():
    assert meta("改革开放——中国发展的必由之路", "同志们：").title == "改革开放——中国发展的必由之路"


def test_a_salutation_line_right_under_the_title_in_a_blank_line_separated_text_opens_its_own_paragraph():
    text = "常怀爱国之心，常抒爱国之情\n同学们，大家早上好！\n\xa0\n" + BODY + "\n\xa0\n" + BODY
    doc = speechparse.parse(text)
    assert (doc.meta.title, doc.meta.salutation) == ("常怀爱国之心，常抒爱国之情", "同学们")


@pytest.mark.parametrize("note", ["这是毛泽东在中国共产党第七次全国代表大会上的闭幕词。",
                                  "这是毛泽东同志在中国人民政治协商会议第一届全体会议上的开幕词",
                                  "这是毛泽东在延安干部会上的讲演。"])
def test_an_editors_word_naming_an_opening_or_closing_address_is_an_editorial_note(note):
    doc = speechparse.parse("\n\n".join(["愚公移山", "（一九四五年六月十一日）", note, BODY]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("DateLine", None), ("Note", "editorial")]


@pytest.mark.parametrize("line", ["诸位代表先生们：", "诸位代表：", "諸位先生："])
def test_an_address_with_zhuwei_is_a_salutation(line):
    assert meta("开幕词", line).salutation == line[:-1]


def test_an_endnotes_heading_far_from_the_end_is_found_when_a_pages_footer_follows_the_notes():
    notes = [f"〔{number}〕注释的内容，说明一个历史事件的来龙去脉。" * 3 for number in range(1, 5)]
    doc = speechparse.parse("\n\n".join(["愚公移山", "同志们：", BODY, BODY, "注　　释", *notes,
                                        "上一篇：论联合政府", "下一篇：论军队生产自给"]))
    assert [node.kind for node in doc.back] == ["endnotes"] * 5 + ["chrome"] * 2


def test_the_date_text_leaves_out_an_html_tag_a_copy_left_on_the_date_lines_line():
    doc = speechparse.parse("\n\n".join(["在全县工作会议上的讲话", '<img class="pv" src="https://example.org/pv.svg">', "2014年6月24日",
                                        "同志们：", BODY]))
    assert (doc.meta.date, doc.meta.date_text) == ("2014-06-24", "2014年6月24日")
    assert doc.front[1].raw.startswith("<img")  # the node keeps its text as it is


@pytest.mark.parametrize(("line", "name", "role"), [
    ("审计署审计长 侯 凯", "侯凯", "审计署审计长"),
    ("全国人民代表大会常务委员会委员长 赵乐际", "赵乐际", "全国人民代表大会常务委员会委员长"),
])
def test_an_auditor_general_or_a_chairman_of_the_standing_committee_is_a_speaker(line, name, role):
    result = meta("国务院关于2024年度中央预算执行和其他财政收支的审计工作报告", line, "（2025年6月24日）", "全国人民代表大会常务委员会：")
    assert (result.speaker, result.speaker_role) == (name, role)


def test_a_sign_off_date_with_its_place_after_a_comma_is_a_date_line():
    doc = speechparse.parse("\n\n".join(["在全县工作会议上的讲话", "同志们：", BODY, "谢谢大家！", "2024年5月12日，北京"]))
    assert doc.meta.date == "2024-05-12"
    assert [type(node).__name__ for node in doc.back] == ["Closing", "DateLine"]


def test_a_date_line_ending_with_a_full_stop_is_a_date_line():
    assert meta("在全县工作会议上的讲话", "二〇二四年五月十二日。", "同志们：").date == "2024-05-12"


def test_a_subtitles_date_before_a_comma_and_the_occasion_is_the_date():
    assert meta("在全市工作会议上的讲话", "——2024年5月12日，在全市工作会议上的讲话", "同志们：").date == "2024-05-12"


def test_a_long_line_of_organ_names_that_is_no_salutation_is_rejected():
    assert meta("关于做好工作的通知", "局，" * 23 + "x：").salutation is None


@pytest.mark.parametrize(("line", "name"), [
    ("自治区主席 嘎玛泽登", "嘎玛泽登"),  # a Tibetan name: no Han surname to show it
    ("自治区主席 艾尔肯·吐尼亚孜", "艾尔肯·吐尼亚孜"),  # a transliterated name with its middle dot
])
def test_a_name_without_a_han_surname_after_an_office_is_the_speaker(line, name):
    result = meta("2026年西藏自治区政府工作报告", "——2026年1月31日在西藏自治区第十二届人民代表大会第四次会议上", line, "各位代表：")
    assert (result.speaker, result.speaker_role) == (name, "自治区主席")


@pytest.mark.parametrize("line", ["秋季新学期开学典礼校长致辞", "县委书记讲话"])
def test_an_office_followed_by_a_speechs_kind_is_no_speaker_line(line):
    assert meta(line, "同学们、老师们:").speaker is None


def test_an_office_and_a_name_after_a_dash_under_the_title_are_the_speaker_not_a_subtitle():
    doc = speechparse.parse("某公司高峰会欢迎词\n——百年人寿陕西分公司总经理  荆晓达\n各位嘉宾：\n值此春意盎然之际，欢迎大家。")
    assert (doc.meta.subtitle, doc.meta.speaker, doc.meta.speaker_role) == (None, "荆晓达", "百年人寿陕西分公司总经理")


def test_a_salutation_wrapped_after_a_comma_onto_the_next_line_is_one_salutation():
    doc = speechparse.parse("某公司高峰会欢迎词\n尊敬的何勇生董事长，尊敬的曹湛总裁，\n尊敬的各位嘉宾，各位伙伴们：\n大家晚上好！\n"
                            "值此春意盎然之际，欢迎大家。")
    assert doc.meta.salutation == "尊敬的何勇生董事长，尊敬的曹湛总裁，尊敬的各位嘉宾，各位伙伴们"
    assert doc.front[-1].greeting == "大家晚上好！"


def test_a_name_and_an_office_in_brackets_under_a_transcripts_title_are_the_speaker():
    doc = speechparse.parse("未来5年是关键时点\n\n（刘元春，中国人民大学副校长）\n\n今天很高兴跟大家来分享我们的研究。")
    assert (doc.meta.speaker, doc.meta.speaker_role) == ("刘元春", "中国人民大学副校长")


@pytest.mark.parametrize("credit", ["新华社记者  燕  雁摄", "新华社记者 鞠鹏 摄"])
def test_a_photo_credit_on_a_line_of_its_own_is_chrome_also_with_its_name_letter_spaced(credit):
    doc = speechparse.parse("\n\n".join(["国家主席习近平发表新年贺词", "新年前夕，国家主席习近平发表新年贺词。", credit,
                                         "大家好！2026年即将到来。" + "我们要继续奋斗。" * 5]))
    assert [node.kind for node, _ in walk((*doc.front, *doc.body, *doc.back)) if isinstance(node, Note)] == ["chrome"]
    assert not list(sections(doc))


def test_a_reporters_byline_run_into_the_source_line_under_the_title_is_the_speaker():
    doc = speechparse.parse("# 国家发展改革委解读当前经济热点——\n\n> 本报记者  刘志强《人民日报》（2026年01月03日第 02 版）\n\n"
                            "国家发展改革委1月2日举行新闻发布会。")
    assert (doc.meta.title, doc.meta.speaker, doc.meta.speaker_role) == ("国家发展改革委解读当前经济热点——", "刘志强", "本报记者")


def test_a_reporters_name_needs_a_han_surname():
    from speechparse.lexer.front import parse_speaker

    assert parse_speaker("本报记者周欢") == ("本报记者", "周欢")
    assert parse_speaker("本报记者采访") is None


def test_a_dashed_office_with_words_that_are_no_name_stays_the_subtitle():
    doc = speechparse.parse("做有温度的教育\n\n——校长开学第一课\n\n同学们：\n\n新学期开始了。")
    assert (doc.meta.subtitle, doc.meta.speaker) == ("校长开学第一课", None)


def test_a_dashed_office_and_a_transliterated_name_are_the_speaker():
    doc = speechparse.parse("政府工作报告\n\n——自治区主席艾尔肯·吐尼亚孜\n\n各位代表：\n\n现在，我代表自治区人民政府报告工作。")
    assert (doc.meta.speaker, doc.meta.speaker_role) == ("艾尔肯·吐尼亚孜", "自治区主席")


def test_a_body_that_signs_a_notice_is_no_speaker():
    doc = speechparse.parse("国务院关于印发某某规划的通知\n\n各省、自治区、直辖市人民政府：\n\n现将规划印发给你们，请认真贯彻执行。"
                            "\n\n国务院\n\n2024年1月5日")
    assert (doc.meta.date, doc.meta.speaker) == ("2024-01-05", None)


def test_a_date_and_occasion_in_brackets_under_the_title_is_the_subtitle_without_its_brackets():
    doc = speechparse.parse("政府工作报告\n\n（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）\n\n各位代表：\n\n现在，我代表省人民政府报告工作。")
    assert (doc.meta.subtitle, doc.meta.date) == ("2026年1月27日在贵州省第十四届人民代表大会第四次会议上", "2026-01-27")


def test_a_sentence_trailing_off_in_an_ellipsis_is_no_title():
    doc = speechparse.parse("有人说，美好的理想是廉价的……\n\n而我觉得，理想是昂贵的，圣洁的。理想让一个人活得更有意义。")
    assert doc.meta.title is None


SIGNED_POST = "新年贺词\n\n同学们：\n\n新的一年，我们要继续努力。\n\n朱松纯\n\n2022年12月31日\n\n"


@pytest.mark.parametrize(("trailer", "kind"), [
    ("（完）", "editorial"), ("【完】", "editorial"), ("原文链接：https://example.com/a.html", "chrome"),
    ("本文链接:https://example.com/a.html", "chrome"), ("> 题图来自 Unsplash", "chrome"), ("![](cover.jpg)", "chrome"),
    ('> Cover by <a href="https://unsplash.com/@jamie_fenn?utm_source=unsplash&utm_medium=referral&utm_content='
     'creditCopyText">Jamie Fenn</a> on <a href="https://unsplash.com/wallpapers/events/new-year?utm_source=unsplash'
     '&utm_medium=referral">Unsplash</a>', "chrome"),
])
def test_a_posts_trailer_after_the_sign_off_is_a_note_and_the_sign_off_is_kept(trailer, kind):
    doc = speechparse.parse(SIGNED_POST + trailer)
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Signature", None), ("DateLine", None), ("Note", kind)]
    assert (doc.meta.date, doc.meta.speaker) == ("2022-12-31", "朱松纯")


def test_a_signature_set_in_html_right_aligned_is_the_speaker_without_its_tags():
    doc = speechparse.parse(SIGNED_POST.replace("朱松纯", '<div style="text-align: right">朱松纯</div>'))
    assert doc.meta.speaker == "朱松纯"


@pytest.mark.parametrize(("byline", "speaker", "role"), [
    ("王晓峰（2024年7月1日）", "王晓峰", None), ("王晓峰 （2024年7月1日）", "王晓峰", None),
    ("区委书记 王晓峰（2024年7月1日）", "王晓峰", "区委书记"),
])
def test_a_byline_ending_with_its_date_under_an_occasion_title_is_the_speaker_and_the_date(byline, speaker, role):
    result = meta("在全市安全生产工作会议上的讲话", byline, "同志们：")
    assert (result.title, result.subtitle, result.date, result.speaker, result.speaker_role) == (
        "在全市安全生产工作会议上的讲话", None, "2024-07-01", speaker, role)


PREFACE = ["> **说明**", ">", "> 本篇是示例，不是任何会议上的真实讲话，会议场合和数字都是示例性构造。", ">",
           "> 一是**要求词密度最高**。", ">", "> 二是**语气要口语化**。", ">", "> 三是**结尾要有号召**。", ">", "> 以上各条供参考。"]


def test_an_editors_note_quoted_above_the_title_is_an_editorial_note_however_long():
    doc = speechparse.parse("\n".join([*PREFACE, "", "在全市安全生产工作会议上的讲话", "", "同志们：", "", BODY, "", BODY]))
    assert doc.meta.title == "在全市安全生产工作会议上的讲话"
    assert {node.kind for node in doc.front if isinstance(node, Note) and node.text != ">"} == {"editorial"}
    assert list(sections(doc)) == []  # its 一是… 二是… are no headings of the speech


def test_a_text_all_quoted_is_the_text_itself():
    doc = speechparse.parse("\n".join(["> 在全市安全生产工作会议上的讲话", ">", "> 同志们：", ">", "> " + BODY]))
    assert (doc.meta.title, doc.meta.salutation) == ("在全市安全生产工作会议上的讲话", "同志们")


@pytest.mark.parametrize("line", ["作者简介", "致辞全文", "作者：新华社", "作者：央视新闻"])
def test_a_label_run_into_a_word_or_an_agency_give_no_speaker(line):
    assert meta("东京大学入学典礼演讲", line, "同学们：").speaker is None


def test_a_labelled_names_honorific_is_its_role():
    result = meta("东京大学入学典礼演讲", "主讲人：张伟教授", "同学们：")
    assert (result.speaker, result.speaker_role) == ("张伟", "教授")


def test_a_columns_name_repeated_over_a_news_item_stays_chrome():
    doc = speechparse.parse("\n\n".join(["当前位置：首页 > 新闻动态", "新闻动态",
                                         "本报讯 3月5日上午，市委召开全市干部大会，传达学习全国两会精神，部署当前重点工作。会议由市长主持，"
                                         "市委书记出席会议并讲话。"]))
    assert doc.meta.title is None


def test_a_text_all_quoted_with_a_trailer_under_it_is_still_the_text():
    doc = speechparse.parse("\n\n".join(["> 在全市教育工作会议上的讲话", "> 同志们：", "> " + BODY, "原文链接：https://example.com/a"]))
    assert (doc.meta.title, doc.meta.salutation) == ("在全市教育工作会议上的讲话", "同志们")


def test_a_dashed_subtitle_over_the_text_without_a_title_above_it_is_the_subtitle():
    doc = speechparse.parse("——四月八日在黄埔军官学校讲\n\n今天要讲几句的话是就将这“革命时代的文学”算作题目。我是喜欢听听大家的意见的，"
                            "所以今天来讲一讲，讲得不对的地方，还请诸君指教。\n\n在自然界里也这样，鹰的捕雀，不声不响的是鹰，吱吱叫喊的是雀。")
    assert (doc.meta.title, doc.meta.subtitle) == (None, "四月八日在黄埔军官学校讲")


def test_a_headline_over_a_news_reports_dateline_on_the_next_line_is_the_title():
    doc = speechparse.parse("刘国中在全国春季农业生产工作会议上强调 抓紧抓好粮食生产\n新华社成都3月23日电 全国春季农业生产工作会议3月23日在"
                            "四川省德阳市召开。\n\n　　会议强调，要抓紧抓好春季农业生产。")
    assert doc.meta.title == "刘国中在全国春季农业生产工作会议上强调抓紧抓好粮食生产"  # (meta.title: spaces removed)


@pytest.mark.parametrize("line", ["东京大学入学典礼演讲 演讲人 上野千鹤子", "东京大学入学典礼演讲 演讲人：上野千鹤子"])
def test_a_labelled_byline_run_on_after_the_title_on_its_line_is_the_speaker(line):
    result = meta(line, "同学们：")
    assert (result.title, result.speaker) == ("东京大学入学典礼演讲", "上野千鹤子")


def test_a_bilingual_copys_translated_title_and_byline_are_notes_and_the_front_goes_on():
    doc = speechparse.parse("\n\n".join(["政府工作报告", "Report on the Work of the Government", "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
                                         "国务院总理  李强", "Li Qiang, Premier of the State Council", "各位代表：", BODY]))
    assert (doc.meta.title, doc.meta.date, doc.meta.speaker, doc.meta.salutation) == ("政府工作报告", "2024-03-05", "李强", "各位代表")
    assert [node.text for node in doc.front if isinstance(node, Note)] == ["Report on the Work of the Government",
                                                                          "Li Qiang, Premier of the State Council"]


@pytest.mark.parametrize("crumb", ["院长欢迎辞", "卷首语", "校长讲话"])
def test_a_page_for_one_speech_named_by_its_kind_is_titled_by_its_crumb(crumb):
    doc = speechparse.parse("\n\n".join([f"当前位置：首页 > {crumb}", crumb,
                                         "京联设科成立于1989年1月，当时为全民所有制企业，2001年进行企业改制，正式与上级单位北京勘察设计管理处脱钩，"
                                         "成为一家股份制企业。我们始终坚持诚信为本。"]))
    assert doc.meta.title == crumb


def test_a_columns_name_written_twice_after_the_breadcrumb_a_heading_holds_stays_chrome():
    page = ("<html><body><h3><span>当前位置：<a href='/'>首页</a>-<a href='/n'>新闻中心</a>-新闻动态</span>新闻动态</h3>"
            "<p>本报讯 3月5日上午，市委召开全市干部大会，传达学习全国两会精神，部署当前重点工作。会议由市长主持。</p></body></html>")
    assert speechparse.parse(page.encode(), from_="html").meta.title is None


def test_a_speech_in_english_under_a_chinese_title_stays_the_body():
    doc = speechparse.parse("\n\n".join(["习近平在亚太经合组织工商领导人峰会上的主旨演讲", "Distinguished Guests, Ladies and Gentlemen,",
                                         "Good morning! It gives me great pleasure to join you.", "Thank you."]))
    assert [node.text for node in doc.body][-2:] == ["Good morning! It gives me great pleasure to join you.", "Thank you."]


@pytest.mark.parametrize("line", ["人工智能前沿系列讲座 主讲人 简介", "青年学者论坛 报告人 名单"])
def test_a_label_before_a_word_of_a_heading_run_on_after_a_title_is_no_byline(line):
    assert meta(line, "同学们：").speaker is None


def test_a_title_glued_to_the_breadcrumb_its_heading_holds_is_split_off_however_long():
    page = ("<html><body><h3><span>当前位置：<a href='/'>首页</a>-<a href='/l'>领导讲话</a>-在全市安全生产工作会议上的讲话</span>"
            "在全市安全生产工作会议上的讲话</h3><p>同志们：</p><p>今天我们召开全市安全生产工作会议，主要任务是总结工作、部署任务。</p>"
            "</body></html>")
    assert speechparse.parse(page.encode(), from_="html").meta.title == "在全市安全生产工作会议上的讲话"


def test_a_dashed_source_line_over_the_text_is_no_subtitle():
    doc = speechparse.parse("——摘自《求是》2023年第5期\n\n今天我们召开全市工作会议，主要任务是总结过去一年的工作，分析当前形势，部署今年的重点任务，"
                            "动员全市上下共同努力。")
    assert doc.meta.subtitle is None


@pytest.mark.parametrize("opening", ["前言", "前 言", "引言"])
def test_the_title_of_the_texts_opening_part_under_the_title_is_no_title_line(opening):
    doc = speechparse.parse("\n\n".join(["某某研究报告", opening, "本报告分三章。", "一、总论", "过去一年。"]))
    assert doc.meta.title == "某某研究报告"
    assert [(node.heading, [type(child).__name__ for child in node.children]) for node in doc.body] == [
        (opening, ["Paragraph"]), ("总论", ["Paragraph"])]


@pytest.mark.parametrize(
    ("title", "name", "role"),
    [
        ("习近平：在庆祝中国共产党成立100周年大会上的讲话", "习近平", None),
        ("国务院总理李强：在第十四届全国人民代表大会第一次会议上的讲话", "李强", "国务院总理"),
    ],
)
def test_a_title_that_names_the_speaker_before_a_colon_and_the_occasion_gives_the_speaker(title, name, role):
    found = meta(title, "同志们：")
    assert (found.title, found.speaker, found.speaker_role) == (title, name, role)


@pytest.mark.parametrize(
    "title",
    [
        "坚持人民至上：在庆祝大会上的讲话",  # a slogan before the colon, no name
        "习近平：在庆祝大会上的讲话要点",  # no occasion alone after the colon
        "习近平：坚持以人民为中心",  # a headline that quotes him
    ],
)
def test_a_title_with_a_colon_but_no_speaker_and_occasion_gives_no_speaker(title):
    assert meta(title, "同志们：").speaker is None


@pytest.mark.parametrize(
    ("subtitle", "name", "role"),
    [
        ("——任正非在科以上干部大会上的讲话", "任正非", None),
        ("——国务院总理李强在第十四届全国人民代表大会第二次会议上的讲话", "李强", "国务院总理"),
        ("——习近平同志在全国组织工作会议上的讲话", "习近平", None),
    ],
)
def test_a_subtitle_that_names_the_speaker_before_the_occasion_gives_the_speaker(subtitle, name, role):
    found = meta("华为的冬天", subtitle, "同志们：")
    assert (found.subtitle, found.speaker, found.speaker_role) == (subtitle.lstrip("—"), name, role)


@pytest.mark.parametrize("subtitle", ["——在全市教育大会上的讲话", "——2024年3月5日在第十四届全国人民代表大会第二次会议上",
                                      "——全市上下在新时代的征程上的讲话"])
def test_a_subtitle_without_a_name_before_the_occasion_gives_no_speaker(subtitle):
    assert meta("政府工作报告", subtitle, "同志们：").speaker is None


def test_a_speaker_line_under_the_title_outranks_the_name_in_the_title():
    found = meta("习近平：在庆祝大会上的讲话", "李强", "同志们：")
    assert found.speaker == "李强"


def test_an_appeal_that_ends_the_text_after_its_last_section_is_the_conclusion():
    appeal = "让我们更加紧密地团结在以习近平同志为核心的党中央周围，为决胜全面建成小康社会作出新的贡献！"
    doc = speechparse.parse("\n\n".join(["政府工作报告", "各位代表：", "一、重大意义", BODY, appeal]))
    assert [(type(node).__name__, node.text) for node in doc.back] == [("Conclusion", appeal)]
    assert doc.body[0].children[-1].text == BODY


def test_an_appeal_before_the_last_paragraph_opens_no_conclusion():
    doc = speechparse.parse("\n\n".join(["讲话", "同志们：", "一、重大意义", "让我们一起来看一组数据！", BODY]))
    assert doc.back == ()


def test_an_address_before_the_appeal_opens_the_conclusion():
    appeal = "让我们携起手来，共创美好未来！"
    doc = speechparse.parse("\n\n".join(["讲话", "同志们：", "一、重大意义", BODY, "同志们，任务艰巨。", appeal]))
    assert [node.text for node in doc.back] == ["同志们，任务艰巨。", appeal]


def test_a_toolbars_lines_set_one_under_the_other_above_the_title_are_chrome_each_not_one_title():
    doc = speechparse.parse("打印\nT+\nT-\n\n在中外记者见面时的讲话\n\n（2022年10月23日）\n\n同志们：\n\n" + BODY)
    assert [(type(node).__name__, node.text) for node in doc.front[:4]] == [
        ("Note", "打印"), ("Note", "T+"), ("Note", "T-"), ("Title", "在中外记者见面时的讲话")]


def test_five_short_words_parted_by_spaces_in_the_body_are_no_menu():
    doc = speechparse.parse("\n\n".join(["表彰名单", "同志们：", BODY, "张小三 李小四 王小五 赵小六 钱小七", BODY]))
    assert [type(node).__name__ for node in doc.body] == ["Paragraph"] * 3


def test_an_address_listing_the_audience_after_a_news_lead_is_the_salutation_whatever_precedes_its_各位():
    doc = speechparse.parse("\n\n".join(["就職演說", "總統今日展開新任期。", "賴副總統、現場的各位貴賓、全體國人同胞：", "今天我站在這裡。"]))
    assert doc.meta.salutation == "賴副總統、現場的各位貴賓、全體國人同胞"
    assert [type(node).__name__ for node in doc.body] == ["Paragraph", "Salutation", "Paragraph"]


def test_a_pages_time_stamp_in_hours_and_minutes_under_the_title_is_chrome_not_the_date():
    doc = speechparse.parse("\n".join(["2026年某省人民政府工作报告", "2026年02月10日 07时41分",
                                       "——2026年2月3日在某省第十四届人民代表大会第五次会议上", "某省人民政府省长 张三", "各位代表：", BODY]))
    assert (doc.meta.date, doc.meta.speaker) == ("2026-02-03", "张三")
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front[:2]] == [("Title", None), ("Note", "chrome")]


def test_a_source_label_alone_with_the_medium_on_the_next_line_is_chrome_not_the_title():
    doc = speechparse.parse("\n".join(["2026年某省人民政府工作报告", "来源:", "四川日报",
                                       "2026年2月3日在某省第十四届人民代表大会第五次会议上", "某省人民政府省长 张三", "各位代表：", BODY]))
    assert doc.meta.title == "2026年某省人民政府工作报告"
    assert [(node.kind, node.text) for node in doc.front[1:3]] == [("chrome", "来源:"), ("chrome", "四川日报")]


def test_a_glossary_over_its_first_entry_in_the_second_half_is_endnotes_and_the_appeal_before_it_the_conclusion():
    doc = speechparse.parse("\n".join([
        "政府工作报告", "各位代表：", "一、工作回顾", BODY, "各位代表！让我们更加紧密地团结起来，为谱写新篇章不懈奋斗！", "名词解释",
        "1.“两重”：是指国家重大战略实施和重点领域安全能力建设。", "2.“两新”：是指大规模设备更新和消费品以旧换新。"]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Conclusion", None), ("Note", "endnotes"), ("Note", "endnotes"), ("Note", "endnotes")]
    assert [section.heading for section, _ in sections(doc)] == ["工作回顾"]


def test_a_glossary_heading_in_the_first_half_stays_where_it_is():
    doc = speechparse.parse("\n".join(["政府工作报告", "各位代表：", "名词解释", "1.“两重”：是指国家重大战略实施。",
                                       "一、工作回顾", BODY, "二、今年安排", BODY, "三、加强建设", BODY]))
    assert not any(getattr(node, "kind", None) == "endnotes" for node in doc.back)


def test_the_lines_under_a_chrome_label_at_the_pages_end_are_chrome_and_the_conclusion_above_them_is_found():
    appeal = "各位代表！让我们更加紧密地团结起来，为谱写新篇章不懈奋斗！"
    doc = speechparse.parse("\n".join(["政府工作报告", "各位代表：", "一、工作回顾", BODY, appeal, "责任编辑：", "李莎莎",
                                       "相关链接>>", "关于政府工作报告的决议", "打印本页"]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Conclusion", None), *[("Note", "chrome")] * 5]


def test_a_short_line_under_a_label_that_is_no_chrome_stays_text():
    doc = speechparse.parse("\n".join(["讲话", "同志们：", "一、工作回顾", BODY, "我讲三点：", "第一点意见"]))
    assert doc.back == ()


@pytest.mark.parametrize("closing", ["散会。", "现在散会！"])
def test_a_chairs_adjournment_ends_a_主持词_as_its_closing(closing):
    doc = speechparse.parse("\n\n".join(["主持词", "同志们：", "现在开会。", "下面，进行第一项。", closing]))
    assert doc.meta.closing == closing


def test_a_letters_此致_over_敬礼_are_two_closings_above_the_writers_signature():
    doc = speechparse.parse("\n".join(["开学致辞", "亲爱的同学们：", "新学期开始了。", "祝愿大家学业进步！", "此致", "敬礼！",
                                       "校长 张三 敬上"]))
    assert [(type(node).__name__, node.text) for node in doc.back] == [
        ("Closing", "此致"), ("Closing", "敬礼！"), ("Signature", "校长 张三 敬上")]
    assert (doc.meta.closing, doc.meta.speaker, doc.meta.speaker_role) == ("此致敬礼！", "张三", "校长")


def test_此致_over_敬礼_and_a_dated_signature_is_no_heading():
    doc = speechparse.parse("\n\n".join(["开学致辞", "亲爱的同学们：", "新学期开始了。", "此致", "敬礼！", "××中学校长 张三",
                                         "2024年9月1日"]))
    assert [type(node).__name__ for node in doc.back] == ["Closing", "Closing", "Signature", "DateLine"]
    assert not any(isinstance(node, Section) for node in doc.body)


@pytest.mark.parametrize("salute", ["敬礼！", "敬礼"])
def test_此致_over_敬礼_and_a_bodys_signature_without_a_date_are_back_matter_never_joined(salute):
    doc = speechparse.parse("\n\n".join(["给家长的一封信", "亲爱的家长朋友们：", "希望我们携手共进。", "此致", salute, "xx幼儿园"]))
    assert [(type(node).__name__, node.text) for node in doc.back] == [
        ("Closing", "此致"), ("Closing", salute), ("Signature", "xx幼儿园")]
    assert (doc.joins, [type(node).__name__ for node in doc.body]) == ((), ["Paragraph"])


def test_bodies_signing_a_letter_without_a_date_under_its_last_sentence_are_signatures():
    doc = speechparse.parse("\n\n".join(["致全区学生家长的一封信", "尊敬的家长朋友们：", "请督促孩子勤洗手。", "苏州市吴中区教育局",
                                         "苏州市吴中区家庭教育指导中心"]))
    assert [(type(node).__name__, node.text) for node in doc.back] == [
        ("Signature", "苏州市吴中区教育局"), ("Signature", "苏州市吴中区家庭教育指导中心")]


def test_a_name_alone_under_the_last_sentence_without_closing_or_date_stays_text():
    doc = speechparse.parse("\n\n".join(["讲话", "同志们：", "要加强学习。", "王小明"]))
    assert (doc.back, [node.text for node in doc.body]) == ((), ["要加强学习。", "王小明"])


def test_a_labelled_signature_and_date_sign_off_a_倡议书():
    doc = speechparse.parse("\n".join(["争做文明公民的倡议书", "亲爱的市民朋友们：", "我们发出如下倡议。", "让我们携手共建美好家园！",
                                       "倡议人：XXX", "日期：2025年4月5日"]))
    assert [(type(node).__name__, getattr(node, "text", None) or node.raw) for node in doc.back] == [
        ("Signature", "倡议人：XXX"), ("DateLine", "日期：2025年4月5日")]
    assert (doc.back[-1].iso, doc.meta.date) == ("2025-04-05", "2025-04-05")


def test_a_signature_with_the_word_a_writer_signs_with_names_no_speaker_by_that_word():
    doc = speechparse.parse("\n".join(["开学致辞", "亲爱的同学们：", "新学期开始了。", "此致", "敬礼！", "校长 敬上"]))
    assert isinstance(doc.back[-1], Signature)
    assert doc.meta.speaker is None


@pytest.mark.parametrize("closing", [
    "现在，我宣布：中国人民政治协商会议第十四届全国委员会第四次会议闭幕！",
    "我宣布，大会胜利闭幕！",
    "预祝大会圆满成功！",
    "敬爱的王xx同志，您安息吧！",
    "王xx同志永垂不朽！",
    "謝謝大家！",
])
def test_the_formula_that_ends_a_session_an_opening_address_or_a_eulogy_is_its_closing(closing):
    doc = speechparse.parse("\n\n".join(["讲话", "同志们：", "会议圆满完成各项议程。", closing]))
    assert [(type(node).__name__, node.text) for node in doc.back] == [("Closing", closing)]


def test_a_wish_before_the_thanks_is_a_closing_too():
    doc = speechparse.parse("\n\n".join(["开幕词", "各位代表：", "大会开幕了。", "预祝大会圆满成功！", "谢谢大家！"]))
    assert [node.text for node in doc.back] == ["预祝大会圆满成功！", "谢谢大家！"]
    assert doc.meta.closing == "预祝大会圆满成功！谢谢大家！"


def test_a_declaration_inside_the_last_paragraph_is_no_closing():
    doc = speechparse.parse("\n\n".join(["讲话", "同志们：", "会议开得很好。", "我宣布大会闭幕以后，请各位代表留步，合影留念。"]))
    assert doc.back == ()


@pytest.mark.parametrize(("first", "under"), [
    ("在全区工作会议上的讲话。", "同志们："),
    ("关于做好防汛工作的通知：", "各区县人民政府："),
    ("在全区工作会议上的讲话。", "（2018年9月20日）"),
])
def test_a_line_naming_a_document_with_a_slip_at_its_end_is_the_title(first, under):
    doc = speechparse.parse("\n\n".join([first, under, "今天召开会议。"]))
    assert isinstance(doc.front[0], Title)
    assert doc.front[0].lines == (first,)
    assert doc.meta.title == first[:-1]


def test_a_title_trailing_off_in_an_ellipsis_is_the_title():
    doc = speechparse.parse("\n\n".join(["奋斗吧……", "（2018年9月20日）", "同志们：", "今天召开会议。"]))
    assert doc.meta.title == "奋斗吧……"


def test_a_sentence_with_its_full_stop_over_the_salutation_is_no_title():
    doc = speechparse.parse("\n\n".join(["要坚持稳中求进。", "同志们：", "今天召开会议。"]))
    assert doc.meta.title is None


@pytest.mark.parametrize(("line", "role", "name"), [
    ("全国政协主席王沪宁：", "全国政协主席", "王沪宁"),
    ("王沪宁:", None, "王沪宁"),
    ("全國政協主席王滬寧：", "全國政協主席", "王滬寧"),
])
def test_a_transcripts_speaker_with_a_colon_over_the_salutation_is_the_speaker(line, role, name):
    doc = speechparse.parse("\n\n".join(["闭幕会讲话", line, "各位委员，同志们：", "会议圆满完成各项议程。"]))
    assert [type(node).__name__ for node in doc.front] == ["Title", "Speaker", "Salutation"]
    assert (doc.meta.speaker_role, doc.meta.speaker) == (role, name)


def test_a_label_with_a_colon_over_the_salutation_that_names_no_one_is_no_speaker():
    doc = speechparse.parse("\n\n".join(["年会讲话", "董事长说：", "各位家人：", "大家辛苦了。"]))
    assert doc.meta.speaker is None


def test_a_layout_tables_empty_cells_and_separator_row_around_the_title_are_markup_not_title_nor_subtitle():
    doc = speechparse.parse("\n".join(["最高人民检察院工作报告(全文) | |||||||||", "---|---|---|---|---|---|", "各位代表：",
                                       "现在，我代表最高人民检察院向大会报告工作。"]))
    assert (doc.meta.title, doc.meta.subtitle) == ("最高人民检察院工作报告", None)  # (the copy's tag (全文) left out too)
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Title", None), ("Note", "chrome"), ("Salutation", None)]
    assert doc.front[0].lines == ("最高人民检察院工作报告(全文) | |||||||||",)


def test_a_tables_row_keeps_its_bars():
    doc = speechparse.parse("\n\n".join(["讲话", "同志们：", "| 指标 | 绝对数 | | |", "今天开会。"]))
    assert doc.body[0].text == "| 指标 | 绝对数 | | |"


@pytest.mark.parametrize("address", ["各位代表", "同志们", "尊敬的各位领导、同志们"])
def test_an_audience_addressed_on_a_line_of_its_own_without_its_colon_is_the_salutation_not_a_title(address):
    doc = speechparse.parse("\n\n".join(["在全区工作会议上的讲话", address, "现在，我代表区人民政府向大会报告工作。"]))
    assert doc.meta.salutation == address
    assert doc.meta.title != address


def test_a_bodys_name_without_a_colon_over_the_text_is_no_salutation():
    doc = speechparse.parse("\n\n".join(["某某市人民政府", "关于做好防汛工作的通知", "现就有关事项通知如下。"]))
    assert doc.meta.salutation is None


def test_an_advertisements_text_over_its_button_above_the_title_is_chrome_not_the_title():
    doc = speechparse.parse("\n\n".join(["还有疑问？马上发起在线咨询，专业律师快速回复你的问题", "立即咨询", "最高人民法院工作报告",
                                         "各位代表：", "我代表最高人民法院报告工作。"]))
    assert doc.meta.title == "最高人民法院工作报告"
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front[:2]] == [
        ("Note", "chrome"), ("Note", "chrome")]


@pytest.mark.parametrize("headline", [["新当选市长市人大闭幕式上的讲话"], ["新当选市长市人大闭幕式上的讲话"] * 2])
def test_a_pages_headline_over_the_texts_title_that_differs_by_a_character_is_chrome_not_the_title(headline):
    doc = speechparse.parse("\n\n".join([*headline, "新当选市长在市人大闭幕式上的讲话", "尊敬的各位代表、同志们：",
                                         "今天，大会选举我为市长。"]))
    assert (doc.meta.title, doc.meta.subtitle) == ("新当选市长在市人大闭幕式上的讲话", None)
    assert [getattr(node, "kind", None) for node in doc.front[:len(headline)]] == ["chrome"] * len(headline)


@pytest.mark.parametrize("speaker", ["习近平", "国务院总理李强"])
def test_a_news_headline_naming_the_speaker_before_the_speechs_own_title_is_the_pages_heading(speaker):
    doc = speechparse.parse("\n".join([f"{speaker}：在科学家座谈会上的讲话", "2020-09-11 18:43", "来源：", "新华社",
                                        "在科学家座谈会上的讲话", "（2020年9月11日）", speaker, "今天，我们召开科学家座谈会。",
                                        "一、坚持需求导向", "要把需求作为出发点。"]))
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.date) == ("在科学家座谈会上的讲话", None, "2020-09-11")
    assert [getattr(node, "kind", None) for node in doc.front[:4]] == ["chrome"] * 4
    assert [type(node).__name__ for node in doc.front[4:]] == ["Title", "DateLine", "Speaker"]


def test_a_subtitle_unlike_its_title_stays_the_subtitle():
    doc = speechparse.parse("\n\n".join(["坚定信心 开拓进取", "在全市经济工作会议上的讲话", "同志们：", "今天开会。"]))
    assert (doc.meta.title, doc.meta.subtitle) == ("坚定信心开拓进取", "在全市经济工作会议上的讲话")


def test_a_pages_title_with_its_sites_name_over_the_documents_own_title_is_chrome():
    doc = speechparse.parse("\n\n".join([
        "国务院关于印发“十四五”数字经济发展规划的通知_宏观经济_中国政府网", "2022-01-12 16:55:00", "国务院关于印发",
        "“十四五”数字经济发展规划的通知", "国发〔2021〕29号", "各省、自治区、直辖市人民政府：", BODY, BODY]))
    assert [getattr(node, "kind", None) for node in doc.front][:2] == ["chrome", "chrome"]
    assert (doc.meta.title, doc.meta.document_number) == ("国务院关于印发“十四五”数字经济发展规划的通知", "国发〔2021〕29号")


@pytest.mark.parametrize("page_title", ["广东省人民政府关于印发广东省人才优粤卡实施办法的通知 广东省人民政府门户网站",
                                        "广东省人民政府关于印发广东省人才优粤卡实施办法的通知-雷州市人民政府门户网站"])
def test_a_pages_title_with_its_sites_name_after_a_space_or_a_hyphen_over_a_gazettes_masthead_is_chrome(page_title):
    doc = speechparse.parse("\n".join([page_title, "2023年第10期", "2023年04月18日出版", "今天是：",
                                       "首页 > 政务公开 > 省政府公报 > 2023年 > 第10期", "广东省人民政府关于印发广东省",
                                       "人才优粤卡实施办法的通知", "粤府〔2023〕29号", "各地级以上市人民政府：", BODY, "广东省人民政府",
                                       "2023年3月28日"]))
    assert (doc.meta.title, doc.meta.date) == ("广东省人民政府关于印发广东省人才优粤卡实施办法的通知", "2023-03-28")
    assert {getattr(node, "kind", None) for node in doc.front[:5]} == {"chrome"}


def test_a_pages_title_with_its_sites_name_and_no_title_below_it_stays_the_title():
    assert meta("在全市工作会议上的讲话 | 新华网", "同志们：").title == "在全市工作会议上的讲话 | 新华网"


MENU = ["首页", "重点", "乡村振兴", "广州", "体育", "注册/登录", "个人中心", "学习贯彻党的二十届四中全会精神", "更多"]
OWN_TITLE = ["中共某某市委关于制定某某市国民经济和", "社会发展第十五个五年规划的建议", "（2025年11月27日中共某某市委全会通过）"]


@pytest.mark.parametrize("suffix", ["__新快网", " | 界面新闻", "_要闻_某某日报"])
@pytest.mark.parametrize("menu", [MENU, ["首页"]])
def test_a_sites_menu_between_the_pages_title_and_its_headline_is_chrome_without_a_breadcrumb(suffix, menu):
    headline = "中共某某市委关于制定某某市国民经济和社会发展第十五个五年规划的建议"
    doc = speechparse.parse("\n".join([headline + suffix, *menu, headline, "2025-12-08 07:45", *OWN_TITLE, BODY,
                                       "一、总体要求", BODY, "（1）指导思想。" + BODY]))
    assert [getattr(node, "kind", None) for node in doc.front[:1 + len(menu)]] == ["chrome"] * (1 + len(menu))
    assert (doc.meta.title, doc.meta.date) == (headline, "2025-11-27")
    assert [(depth, s.marker) for s, depth in sections(doc)] == [(1, "一、"), (2, "（1）")]


def test_a_portals_menu_under_a_pages_title_without_its_sites_name_is_chrome_up_to_the_headline():
    title = "黄坤明同志在广东省高质量发展大会上的讲话实录（2024）"
    menu = ["首页", "党政", "党网 · 时政", "人事", "反腐", "理论", "党史", "党建", "要闻", "经济 · 科技", "人民网评"]
    doc = speechparse.parse("\n".join([title, *menu, title, "2024年02月18日14:05 | 来源：南方Plus", "小字号", "同志们，朋友们：",
                                       BODY, BODY]))
    assert (doc.meta.title, doc.meta.speaker, doc.meta.date, doc.meta.salutation) == (title, "黄坤明", None, "同志们，朋友们")
    assert {getattr(node, "kind", None) for node in doc.front[:1 + len(menu)]} == {"chrome"}


def test_a_few_short_lines_between_a_title_and_its_repeat_are_the_texts_own():
    title = "在全市经济工作会议上的讲话"
    doc = speechparse.parse("\n".join([title, "市长", "张三", title, "同志们：", BODY, BODY]))
    assert not any(getattr(node, "kind", None) == "chrome" for node in doc.front[:3])


def test_the_sites_name_its_pages_title_gives_and_a_players_buttons_under_the_headline_are_chrome():
    title = "中共中央关于进一步全面深化改革 推进中国式现代化的决定"
    lines = [title + "_共产党员网", *MENU, title, "共产党员网", "分享", "打印", "请先登录", "x", "微信扫一扫", "×", "收听本文",
             "00:00/00:00", title, "（2024年7月18日中国共产党第二十届中央委员会第三次全体会议通过）", BODY, "一、重大意义", BODY]
    doc = speechparse.parse("\n".join(lines))
    assert (doc.meta.title, doc.meta.date) == ("中共中央关于进一步全面深化改革推进中国式现代化的决定", "2024-07-18")
    assert [s.marker for s, _ in sections(doc)] == ["一、"]
    assert "共产党员网" not in [node.text for node in doc.body if isinstance(node, Paragraph)]


OWN_REPORT = ["政府工作报告", "——2024年1月23日在广东省第十四届人民代表大会第二次会议上", "广东省省长 王伟中", "各位代表：", BODY,
              "一、2023年工作回顾", BODY]


@pytest.mark.parametrize("fields", [
    ["时间：", "2024-01-27", "来源：", "南方日报网络版", "作者：", "打印"],  # a post's fields, a label a line, one left empty
    ["【", "字体", "大", "中", "小", "】"],  # a font switch, its label and sizes a line each
    ["发文机关", "南方日报网络版", "发文字号", "成文日期", "2024-01-23", "发布日期", "2024-01-27", "发布网站",
     "http://www.gd.gov.cn"],  # a record's table, a cell a line
])
def test_a_pages_fields_a_line_each_between_its_headline_and_the_reports_own_title_block_are_chrome(fields):
    doc = speechparse.parse("\n".join(["广东省2024年政府工作报告", "首页 > 政策查询 >", "广东省2024年政府工作报告", *fields,
                                       *OWN_REPORT]))
    assert (doc.meta.title, doc.meta.date, doc.meta.speaker) == ("政府工作报告", "2024-01-23", "王伟中")
    assert {getattr(node, "kind", None) for node in doc.front[:3 + len(fields)]} == {"chrome"}


RECORD = ["索引号：", "006939748/2022-00047", "分类：", "发布机构：", "广东省人民政府", "成文日期：", "2022-01-24", "名称：", "{}",
          "文号：", "发布日期：", "2022-01-24", "主题词：", "【打印】", "分享到："]


@pytest.mark.parametrize("above", [[], ["广东省人民政府办公厅", "无障碍", "政府信息公开", "规章库", "高级搜索", "搜索位置", "标题", "全文",
                                        "排序方式", "按时间", "按相关度", "搜索"]])
def test_an_open_information_pages_record_a_field_a_line_its_name_the_headline_is_chrome(above):
    headline = "2022年1月20日广东省代省长王伟中在广东省第十三届人民代表大会第五次会议上作政府工作报告"
    lines = [headline] if above else []
    doc = speechparse.parse("\n".join([*lines, *above, *[line.format(headline) for line in RECORD], headline, *OWN_REPORT]))
    assert (doc.meta.title, doc.meta.date, doc.meta.speaker) == ("政府工作报告", "2024-01-23", "王伟中")
    assert {getattr(node, "kind", None) for node in doc.front[:len(lines) + len(above) + len(RECORD)]} == {"chrome"}


def test_a_posts_medium_under_its_headline_over_the_posts_stamp_is_a_source_note_no_title_line():
    doc = speechparse.parse("\n".join(["经济第一大省“晒家底”！广东发布现代化产业体系发展报告", "广州日报",
                                       "2025-02-05 21:53发布于 广东广州日报社官方账号", BODY, BODY]))
    assert doc.meta.title == "经济第一大省“晒家底”！广东发布现代化产业体系发展报告"
    assert [(getattr(node, "kind", None), node.text) for node in doc.front[1:]] == [
        ("source", "广州日报"), ("chrome", "2025-02-05 21:53发布于 广东广州日报社官方账号")]


def test_a_headline_ending_with_the_reports_short_title_over_its_title_block_is_the_pages_heading():
    doc = speechparse.parse("\n".join(["广东省2024年政府工作报告", *OWN_REPORT]))
    assert (doc.meta.title, doc.meta.speaker) == ("政府工作报告", "王伟中")
    assert (doc.front[0].kind, doc.front[0].text) == ("chrome", "广东省2024年政府工作报告")


def test_a_magazines_issue_between_the_pages_headline_and_the_texts_own_title_block_is_a_source_note():
    headline, title = "习近平：加快建设农业强国 推进农业农村现代化", "加快建设农业强国 推进农业农村现代化"
    doc = speechparse.parse("\n".join([
        headline + "_理论与实践_政策法规_资讯_中国农业科技推广网", "网站首页|", "手机版|二维码", "欢迎登录中国农业科技推广网！请 登录 或 免费注册",
        "网站导航", headline, "发布日期：2023-03-19 来源：《求是》2023年第6期 浏览次数：1816", "《求是》2023年第6期2023-03-15",
        title + "※", "习近平", BODY, "一、锚定目标", BODY]))
    assert (doc.meta.title, doc.meta.speaker) == ("加快建设农业强国推进农业农村现代化", "习近平")  # (no ※: a note's call)
    assert [(getattr(node, "kind", None), node.text) for node in doc.front if isinstance(node, Note)][-1] == (
        "source", "《求是》2023年第6期2023-03-15")
    assert {getattr(node, "kind", None) for node in doc.front[:5]} == {"chrome"}


@pytest.mark.parametrize("lines", [["简", "|", "繁", "|", "EN", "|", "登录", "个人中心", "退出"], ["字号：默认\n大\n超大"],
                                   ["网站无障碍开关 -->"]])
def test_a_sites_header_its_font_switch_and_its_comments_are_chrome_above_the_title(lines):
    found = speechparse.parse("\n\n".join([*lines, "在全市工作会议上的讲话", "同志们：", BODY, BODY]))
    assert found.meta.title == "在全市工作会议上的讲话"
    assert {node.kind for node in found.front[:-2]} == {"chrome"}


@pytest.mark.parametrize(("line", "name", "salutation"), [("王建国同志们！", "王建国", "同志们"), ("周恩来同志们、朋友们：", "周恩来", "同志们、朋友们"),
                                                          ("姚文元同志们！战友们！", "姚文元", "同志们！战友们")])
def test_a_speakers_name_run_into_the_salutation_is_the_speaker(line, name, salutation):
    found = meta("在全市工作会议上的讲话", "（二〇二三年三月一日）", line)
    assert (found.speaker, found.salutation) == (name, salutation)


def test_vocatives_each_with_its_exclamation_mark_are_one_salutation():
    found = speechparse.parse("在全市工作会议上的讲话\n\n同志们！战友们！\n\n" + BODY)
    assert found.meta.salutation == "同志们！战友们"
    assert [node.text for node in found.body] == [BODY]


def test_a_sentence_after_a_salutations_exclamation_mark_is_no_second_vocative():
    found = speechparse.parse("在全市工作会议上的讲话\n\n同志们！我们，要把工作做好。\n\n" + BODY)
    assert found.meta.salutation == "同志们"
    assert [node.text for node in found.body] == ["我们，要把工作做好。", BODY]


def test_a_date_lines_day_written_as_no_number_gives_the_month_alone():
    assert meta("在全市工作会议上的讲话", "（一九七三年八月二千四日）", "同志们：").date == "1973-08"


@pytest.mark.parametrize("line", ["老党员同志们：", "机关干部同志们：", "全体同志们：", "青年朋友们：", "在座的同志们："])
def test_a_group_named_before_the_vocative_is_part_of_the_salutation(line):
    found = meta("在全市工作会议上的讲话", line)
    assert (found.speaker, found.salutation) == (None, line[:-1])


def test_a_subtitle_run_on_after_a_title_line_and_wrapped_onto_the_next_is_split_off_whole():
    found = meta("《在延安文艺座谈会上的讲话》是进行无产阶级文化大革命", "的革命纲领——在上海纪念《在延安文艺座谈会上的讲话》",
                 "发表二十五周年大会上的讲话", "姚文元", "同志们！", separator="\n")
    assert (found.title, found.subtitle, found.speaker) == (
        "《在延安文艺座谈会上的讲话》是进行无产阶级文化大革命的革命纲领",
        "在上海纪念《在延安文艺座谈会上的讲话》发表二十五周年大会上的讲话", "姚文元")


@pytest.mark.parametrize("at_top", [True, False])
def test_a_reposts_original_headline_label_is_chrome_and_gives_the_title_the_text_lacks(at_top):
    label = "原标题：毫不动摇坚持我国基本经济制度"
    lines = ["大家好！今天，我们在这里召开座谈会。", "一、坚持和完善基本经济制度", BODY, "二、贯彻落实政策措施", BODY]
    doc = speechparse.parse("\n\n".join([label, *lines] if at_top else [*lines, label]))
    assert doc.meta.title == "毫不动摇坚持我国基本经济制度"
    assert [node.kind for node, _ in walk((*doc.front, *doc.body, *doc.back)) if isinstance(node, Note)] == ["chrome"]


def test_the_texts_own_title_line_comes_before_a_reposts_original_headline():
    doc = speechparse.parse("\n\n".join(["习近平在联组会上的讲话", "大家好！", BODY, "原标题：毫不动摇坚持我国基本经济制度"]))
    assert doc.meta.title == "习近平在联组会上的讲话"


@pytest.mark.parametrize(("subtitle", "role", "name"), [("——何勇生董事长在第三届高峰会议开幕式上的讲话", "董事长", "何勇生"),
                                                       ("——邹水平副总裁在第三届高峰会议闭幕式上的讲话", "副总裁", "邹水平")])
def test_a_name_before_its_office_in_the_subtitle_gives_the_speaker(subtitle, role, name):
    found = meta("同心共筑百年梦", subtitle, "同志们：")
    assert (found.speaker_role, found.speaker) == (role, name)


def test_a_group_before_the_occasion_in_the_subtitle_names_no_speaker():
    assert meta("同心共筑百年梦", "——全体党员在支部大会上的讲话", "同志们：").speaker is None


@pytest.mark.parametrize("date", [["2013年1月1日"], []])
def test_an_office_and_a_name_after_a_colon_signing_a_greeting_give_the_speaker(date):
    doc = speechparse.parse("\n\n".join(["2013新年致辞", "尊敬的各位员工：", BODY]) + "\n\n" + "\n".join(
        ["杭州西软科技有限公司", "总经理：王敏敏", *date]))
    assert (doc.meta.speaker_role, doc.meta.speaker) == ("总经理", "王敏敏")
    assert [node.text for node in doc.back if isinstance(node, Signature)] == ["杭州西软科技有限公司", "总经理：王敏敏"]


def test_a_bodys_office_and_a_name_after_a_colon_signing_a_letter_give_the_speaker():
    doc = speechparse.parse("\n\n".join(["实干托起百年梦", "——致百年人寿第三届高峰会议", BODY, "百年人寿董事长：何勇生",
                                          "2013年3月26日"]))
    assert (doc.meta.speaker_role, doc.meta.speaker) == ("百年人寿董事长", "何勇生")
    assert [node.text for node in doc.back if isinstance(node, Signature)] == ["百年人寿董事长：何勇生"]


@pytest.mark.parametrize(("signed", "speaker"), [("陈嘉文校长", ("校长", "陈嘉文")), ("何勇生董事长", ("董事长", "何勇生")),
                                                ("某某中学校长", (None, None)), ("高校校长", (None, None))])
def test_a_name_and_its_office_signing_a_letter_give_the_speaker_and_a_bodys_office_none(signed, speaker):
    doc = speechparse.parse("\n\n".join(["致家长的一封信", "各位亲爱的家长：", BODY, signed, "二〇一三年十一月一日"]))
    assert (doc.meta.speaker_role, doc.meta.speaker) == speaker
    assert [type(node).__name__ for node in doc.back] == ["Signature", "DateLine"]


def test_an_office_and_a_name_after_a_space_signing_a_greeting_without_a_date_give_the_speaker():
    doc = speechparse.parse("\n\n".join(["2013新年致辞", "尊敬的各位员工：", BODY]) + "\n\n" + "\n".join(
        ["杭州西软科技有限公司", "总经理 王敏敏"]))
    assert (doc.meta.speaker_role, doc.meta.speaker) == ("总经理", "王敏敏")
    assert [node.text for node in doc.back if isinstance(node, Signature)] == ["杭州西软科技有限公司", "总经理 王敏敏"]


def test_an_office_and_words_no_name_after_a_space_at_the_end_are_no_signature():
    doc = speechparse.parse("\n\n".join(["2013新年致辞", "尊敬的各位员工：", BODY, "总经理 讲话完毕"]))
    assert doc.back == () and doc.meta.speaker is None


def test_a_server_pages_code_delimiters_alone_on_their_lines_are_chrome_never_the_title():
    doc = speechparse.parse("\n".join(["<?php", 'include("../include/function.php");', "?>", "2013新年致辞",
                                       "尊敬的各位员工：", "值此辞旧迎新之际，公司向全体员工致以新年的问候！"]))
    assert doc.meta.title == "2013新年致辞"
    assert [(node.kind, node.text) for node in doc.front if isinstance(node, Note) and node.kind == "chrome"] == [
        ("chrome", "<?php"), ("chrome", "?>")]
