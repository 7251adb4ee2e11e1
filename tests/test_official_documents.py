"""公文 elements (GB/T 9704-2012): the 发文字号 above or below the title, the sign-off with its 附注, and
how every export carries them."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from lxml import etree

import speechparse
from speechparse.ast import DateLine, Note, Section, Signature, Title, sections, walk
from speechparse.lexicon import issued_work

BODY = ["一、提高思想认识", "各地各部门要充分认识做好防汛工作的重要性。", "二、落实防汛责任", "要压实属地责任。"]
TITLE = "某某市人民政府办公室关于做好2023年防汛工作的通知"
SIGN_OFF = ["某某市人民政府办公室", "2023年5月6日"]


def notice(*front: str, back: tuple[str, ...] = ()) -> speechparse.ast.Document:
    return speechparse.parse("\n\n".join([*front, "各区县人民政府，市政府各部门：", *BODY, *back]))


def front_kinds(doc) -> list[tuple[str, str | None]]:
    return [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front]


def test_a_document_number_below_the_title_is_a_reference_note_and_metadata():
    doc = notice(TITLE, "某政办发〔2023〕12号")
    assert front_kinds(doc) == [("Title", None), ("Note", "reference"), ("Salutation", None)]
    assert (doc.meta.title, doc.meta.document_number) == (TITLE, "某政办发〔2023〕12号")


def test_a_document_number_above_the_title_as_a_printed_document_has_it():
    doc = notice("国办发〔2023〕5号", TITLE)
    assert front_kinds(doc) == [("Note", "reference"), ("Title", None), ("Salutation", None)]
    assert doc.meta.document_number == "国办发〔2023〕5号"


def test_the_metadata_has_the_number_without_spaces_and_the_note_as_written():
    doc = notice(TITLE, "国办发 〔2023〕 5号")
    assert (doc.front[1].text, doc.meta.document_number) == ("国办发 〔2023〕 5号", "国办发〔2023〕5号")


@pytest.mark.parametrize("line", ["国办发[2023]5号", "国办发（2023）第5号", "国办发【2023】005号"])
def test_document_numbers_in_forms_the_standard_rules_out_are_still_recognised(line):
    assert notice(TITLE, line).meta.document_number == line


def test_a_templates_document_number_with_a_placeholder_is_recognised():
    doc = notice(TITLE, "×安委办发〔2025〕5号")
    assert doc.meta.document_number == "×安委办发〔2025〕5号"


def test_a_document_number_in_traditional_script_is_recognised():
    doc = notice(TITLE, "鄂政發〔2018〕26號")
    assert front_kinds(doc) == [("Title", None), ("Note", "reference"), ("Salutation", None)]
    assert (doc.meta.title, doc.meta.document_number) == (TITLE, "鄂政發〔2018〕26號")


def test_a_sentence_mentioning_a_document_number_is_not_one():
    doc = notice(TITLE, "根据国办发〔2023〕5号文件精神，现通知如下。")
    assert doc.meta.document_number is None


def test_the_sign_off_and_its_annotation_in_brackets_are_back_matter():
    doc = notice(TITLE, back=(*SIGN_OFF, "（此件公开发布）"))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Signature", None), ("DateLine", None), ("Note", "editorial"),
    ]
    assert doc.meta.date == "2023-05-06"


def test_a_telephone_number_in_brackets_under_the_sign_off_is_its_annotation():
    doc = notice(TITLE, back=(*SIGN_OFF, "（联系电话：010-51968578）"))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Signature", None), ("DateLine", None), ("Note", "editorial"),
    ]
    assert [section.marker for section, _ in sections(doc)] == ["一、", "二、"]


def test_a_web_pages_heading_and_stamp_over_a_documents_letterhead_number_and_title_are_chrome():
    page = [TITLE, "2019-08-06 00:00", "来源：", "字体：", "小", "|", "中", "|", "大", "某某市人民政府办公室文件",
            "某政办发〔2023〕12号", "某某市人民政府办公室关于做好", "2023年防汛工作的通知"]
    doc = speechparse.parse("\n".join([*page, "各区县人民政府，市政府各部门：", *BODY, *SIGN_OFF]))
    assert (doc.meta.title, doc.meta.document_number, doc.meta.salutation) == (
        TITLE, "某政办发〔2023〕12号", "各区县人民政府，市政府各部门")
    assert [getattr(node, "kind", None) for node in doc.front if isinstance(node, Note)][-2:] == ["letterhead", "reference"]
    assert [section.marker for section, _ in sections(doc)] == ["一、", "二、"]


def test_the_annotation_without_its_brackets_is_back_matter_too():
    doc = notice(TITLE, back=(*SIGN_OFF, "此件公开发布"))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Signature", None), ("DateLine", None), ("Note", "editorial"),
    ]


def test_signature_and_date_set_one_under_the_other_stay_apart():
    doc = speechparse.parse("\n\n".join([TITLE, "各区县人民政府：", *BODY, "\n".join(SIGN_OFF), "（此件公开发布）"]))
    assert [type(node) for node in doc.back] == [Signature, DateLine, Note]


def test_a_last_paragraph_in_brackets_without_a_sign_off_date_is_text():
    doc = notice(TITLE, back=("（各单位要及时报送工作进展情况）",))
    assert doc.back == ()


@pytest.fixture(scope="module")
def document():
    return notice("国办发〔2023〕5号", TITLE, back=(*SIGN_OFF, "（此件公开发布）"))


def test_the_json_export_validates_and_carries_the_number(document):
    schema = json.loads(resources.files("speechparse").joinpath("schema/speechparse-ast.schema.json").read_text("utf-8"))
    exported = json.loads(speechparse.dumps(document))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(exported)) == []
    assert (exported["schema_version"], exported["meta"]["document_number"]) == ("1.6.0", "国办发〔2023〕5号")
    assert exported["front"][0] == {"type": "note", "span": exported["front"][0]["span"], "kind": "reference",
                                    "text": "国办发〔2023〕5号"}


def test_load_reads_back_the_document_and_ignores_metadata_fields_it_does_not_know(document):
    exported = json.loads(speechparse.dumps(document))
    assert speechparse.load(exported) == document
    exported["meta"]["a_later_field"] = "x"
    assert speechparse.load(exported).meta == document.meta


def test_a_1_0_export_without_the_field_still_loads(document):
    exported = json.loads(speechparse.dumps(document))
    exported["schema_version"] = "1.0.0"
    del exported["meta"]["document_number"]
    assert speechparse.load(exported).meta.document_number is None


@pytest.mark.parametrize("path", [None, "notice.txt"])
def test_tei_gives_the_number_as_the_source_s_idno(path):
    from speechparse.exporters import ExportOptions, export

    doc = speechparse.parse("\n\n".join(["国办发〔2023〕5号", TITLE, "各区县人民政府：", *BODY]), path=path)
    root = etree.fromstring(export(doc, "tei", ExportOptions()).encode("utf-8"))
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    [idno] = root.findall("t:teiHeader/t:fileDesc/t:sourceDesc/t:bibl/t:idno", ns)
    assert (idno.get("type"), idno.text) == ("document-number", "国办发〔2023〕5号")


def test_markdown_front_matter_has_the_number(document):
    from speechparse.exporters import ExportOptions, export

    assert 'document_number: "国办发〔2023〕5号"\n' in export(document, "md", ExportOptions())


def test_the_title_stays_one_title_around_a_number(document):
    assert [node.text for node in document.front if isinstance(node, Title)] == [TITLE]


def test_a_sign_off_date_in_chinese_numerals_is_flagged_in_the_gongwen_profile_only():
    from speechparse.rules.config import Settings
    from speechparse.rules.engine import check_text

    text = "\n\n".join([TITLE, "各区县人民政府：", *BODY, "某某市人民政府办公室", "二〇二三年五月六日"])
    assert [d.code for d in check_text(text, Settings(profile="gongwen")) if d.code == "SP506"] == ["SP506"]
    assert [d.code for d in check_text(text, Settings(profile="speech")) if d.code == "SP506"] == []


ATTACHMENTS = ["附件：1.防汛工作责任人名单", "2.防汛物资储备清单"]


def test_the_attachment_list_before_the_sign_off_is_back_matter_not_headings():
    doc = notice(TITLE, back=(*ATTACHMENTS, *SIGN_OFF))
    written = [node.raw if isinstance(node, DateLine) else node.text for node in doc.back]
    assert [(type(node).__name__, getattr(node, "kind", None), text) for node, text in zip(doc.back, written, strict=True)] == [
        ("Note", "attachments", ATTACHMENTS[0]), ("Note", "attachments", ATTACHMENTS[1]),
        ("Signature", None, SIGN_OFF[0]), ("DateLine", None, SIGN_OFF[1]),
    ]
    assert [section.marker for section, _ in speechparse.ast.sections(doc)] == ["一、", "二、"]


def test_an_attachment_list_ending_the_document_without_a_sign_off_is_back_matter():
    doc = notice(TITLE, back=("附件：防汛工作责任人名单",))
    assert [(type(node).__name__, node.kind) for node in doc.back] == [("Note", "attachments")]


def test_an_attachment_lists_label_glued_to_the_last_paragraph_is_split_off_and_the_list_is_back_matter():
    last = "各位代表，让我们谱写无愧于时代的壮丽篇章!"
    items = ["1．附件1：南山区2013年主要经济指标完成情况.doc", "2．附件2：南山区2013年民生实事落实情况汇总表.doc"]
    doc = speechparse.parse("\n".join(["各位代表：", "现在，我代表区人民政府向大会报告工作。", "一、2013年工作回顾", "经济平稳增长。",
                                       "二、2014年工作安排", "今年要全面深化改革。", last + "附件：", *items]))
    assert [(getattr(node, "kind", None), node.text) for node in doc.back] == [
        (None, last), ("attachments", "附件："), *[("attachments", item) for item in items]]
    assert [section.marker for section, _ in sections(doc)] == ["一、", "二、"]


def test_a_paragraph_mentioning_attachments_is_text():
    doc = notice(TITLE, back=("请各单位按照附件要求认真填报。", *SIGN_OFF))
    assert [type(node).__name__ for node in doc.back] == ["Signature", "DateLine"]


# ---- 发文机关标志 and 版记 (GB/T 9704-2012 §7.2.1, §7.4) -------------------------------------------------


def test_the_letterhead_above_the_document_number_is_a_note_and_the_title_follows_on_two_lines():
    doc = notice("某某市人民政府办公室文件", "某政办发〔2023〕12号", "某某市人民政府办公室", "关于做好2023年防汛工作的通知")
    assert front_kinds(doc) == [("Note", "letterhead"), ("Note", "reference"), ("Title", None), ("Salutation", None)]
    assert (doc.meta.title, doc.front[2].lines) == (TITLE, ("某某市人民政府办公室", "关于做好2023年防汛工作的通知"))


def test_a_joint_letterheads_other_issuer_over_the_document_number_is_letterhead_not_the_title():
    doc = notice("发展改革委办公厅 文件", "税务总局办公厅", "发改办财金规〔2019〕860号", "关于加强个人所得税纳税信用建设的通知")
    assert front_kinds(doc) == [("Note", "letterhead"), ("Note", "letterhead"), ("Note", "reference"), ("Title", None),
                                ("Salutation", None)]
    assert doc.meta.title == "关于加强个人所得税纳税信用建设的通知"


def test_a_banner_in_other_words_over_the_document_number_and_a_title_is_letterhead():
    doc = notice("总 裁 办 电 子 邮 件", "电邮讲话〔2019〕36号", "任总在第四届持股员工代表会的讲话")
    assert front_kinds(doc) == [("Note", "letterhead"), ("Note", "reference"), ("Title", None), ("Salutation", None)]
    assert doc.meta.title == "任总在第四届持股员工代表会的讲话"


@pytest.mark.parametrize("title", ["关于开展合同审结试点的改革要点（试行）", "某某市城市更新实施办法", "关于某项工作的决议"])
def test_a_banner_over_a_title_naming_an_attached_documents_kind_with_its_qualifier_is_letterhead(title):
    doc = notice("总 裁 办 电 子 邮 件", "电邮通知【2018】130号         签发人: 张三", title)
    assert (front_kinds(doc)[0], doc.meta.title) == (("Note", "letterhead"), title)


def test_a_title_over_the_document_number_and_the_issuer_printed_under_it_stays_the_title():
    doc = notice(TITLE, "某政办发〔2023〕12号", "某某市人民政府办公室")
    assert doc.meta.title == TITLE


def test_the_signer_on_the_document_numbers_line_is_the_speaker_and_no_part_of_the_number():
    doc = notice("总裁办电子邮件", "电邮讲话〔2019〕36号            签发人：任正非", "任总在第四届持股员工代表会的讲话")
    assert (doc.meta.document_number, doc.meta.speaker, doc.meta.title) == (
        "电邮讲话〔2019〕36号", "任正非", "任总在第四届持股员工代表会的讲话")


def test_a_labelled_signer_under_the_title_is_the_speaker():
    doc = notice("任总在第四届持股员工代表会的讲话", "签发人：任正非")
    assert (doc.meta.title, doc.meta.speaker) == ("任总在第四届持股员工代表会的讲话", "任正非")


def test_a_title_ending_in_wenjian_without_a_document_number_stays_the_title():
    doc = notice("关于学习贯彻会议精神的文件")
    assert front_kinds(doc)[0] == ("Title", None)


def test_the_colophon_after_the_annotation_is_notes_and_the_sign_off_is_found_before_it():
    doc = notice(TITLE, back=(*SIGN_OFF, "（此件公开发布）", "抄送：市委办公室，市人大常委会办公室。",
                              "某某市人民政府办公室　　　　　　2023年5月6日印发"))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Signature", None), ("DateLine", None), ("Note", "editorial"), ("Note", "colophon"), ("Note", "colophon"),
        ("Note", "colophon")]
    assert doc.meta.date == "2023-05-06"


@pytest.mark.parametrize("line", ["发：各区、县（市）党委和人民政府，市级各部门。", "中共某某市委办公室  2019 年5 月27 日印发",
                                  "抄送：市委办公室。"])
def test_colophon_lines_at_the_end_are_notes(line: str):
    doc = notice(TITLE, back=(line,))
    assert [(type(node).__name__, node.kind) for node in doc.back] == [("Note", "colophon")]


def test_a_full_frame_with_letterhead_page_numbers_and_colophon_validates_and_reads_back():
    doc = notice("某某市人民政府办公室文件", "某政办发〔2023〕12号", TITLE,
                 back=("— 2 —", *SIGN_OFF, "（此件公开发布）", "抄送：市委办公室。", "某某市人民政府办公室　　2023年5月6日印发"))
    schema = json.loads(resources.files("speechparse").joinpath("schema/speechparse-ast.schema.json").read_text("utf-8"))
    exported = json.loads(speechparse.dumps(doc))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(exported)) == []
    kinds = [node.get("kind") for part in ("front", "body", "back") for node in exported[part] if node["type"] == "note"]
    assert {"letterhead", "colophon"} <= set(kinds)
    assert speechparse.load(exported) == doc


ANNEXED = [TITLE, "各区县人民政府，市政府各部门：", "《防汛工作方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
           "附件：防汛工作方案", *SIGN_OFF, "附件", "防汛工作方案", *BODY]


def test_an_attachment_list_that_annexes_follow_is_a_note_not_joined_with_the_signature():
    doc = speechparse.parse("\n\n".join(ANNEXED))
    kinds = [(type(node).__name__, getattr(node, "kind", None), getattr(node, "text", None)) for node in doc.body[:4]]
    assert kinds == [("Paragraph", None, ANNEXED[2]), ("Note", "attachments", "附件：防汛工作方案"),
                     ("Paragraph", None, "某某市人民政府办公室"), ("DateLine", None, None)]
    assert not [d for d in doc.diagnostics if d.code == "SP001"]


@pytest.mark.parametrize("names", [("附件：1.防汛工作责任人名单", "2.防汛物资清单", "3.值班安排表"),
                                   ("附件：", "1.防汛工作责任人名单", "2.防汛物资清单")])
def test_an_attachment_lists_names_on_the_lines_under_it_that_annexes_follow_are_its_lines_not_headings(names):
    doc = speechparse.parse("\n\n".join([TITLE, "各区县人民政府：", "现就有关事项通知如下。", *names, *SIGN_OFF,
                                         "附件1", "防汛工作责任人名单", "张三、李四。"]))
    kinds = [(type(node).__name__, getattr(node, "kind", None)) for node in doc.body[:5]]
    assert kinds == [("Paragraph", None), *[("Note", "attachments")] * 3, ("Paragraph", None)]
    assert [section.heading for section in doc.body if isinstance(section, Section)] == ["附件1"]


def test_numbered_lines_under_an_attachment_line_that_do_not_run_on_from_it_are_no_part_of_its_list():
    doc = speechparse.parse("\n\n".join([TITLE, "各区县人民政府：", "现就有关事项通知如下。", "附件：防汛工作方案",
                                         "2.加强领导", *SIGN_OFF, "附件", "防汛工作方案", *BODY]))
    assert [getattr(node, "kind", None) for node in doc.body[1:3]] == ["attachments", None]


def test_a_paragraph_opening_with_attachments_that_ends_a_sentence_stays_text():
    doc = notice(TITLE, back=("附件：各地要按时报送材料。",))
    assert not [node for node in doc.body if isinstance(node, Note) and node.kind == "attachments"]


def test_an_annex_label_is_a_heading_whose_section_holds_the_annex():
    doc = speechparse.parse("\n\n".join(ANNEXED))
    annex = doc.body[-1]
    assert (type(annex).__name__, annex.heading, annex.family) == ("Section", "附件", "plain")
    assert annex.children[0].text == "防汛工作方案"
    assert [child.marker + child.heading for child in annex.children[1:]] == ["一、提高思想认识", "二、落实防汛责任"]


@pytest.mark.parametrize("label", ["附件", "附件1", "附件 2", "附件一"])
def test_annex_labels_in_the_forms_used(label):
    doc = speechparse.parse("\n\n".join([*ANNEXED[:6], label, *ANNEXED[7:]]))
    assert doc.body[-1].heading == label


@pytest.mark.parametrize("label", ["附件", "附件1", "附件：", "附件 2"])
def test_a_copy_of_one_annex_opening_with_its_label_has_its_title_under_the_label(label):
    doc = speechparse.parse("\n".join([label, "2010年浙江省全民健身浙东片区“种文化”", "海洋体育活动实施方案", "",
                                        "一、主办单位", "中共浙江省委宣传部", "二、承办单位", "宁海县人民政府"]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.front] == [
        ("Note", "attachments"), ("Title", None)]
    assert (doc.front[0].text, doc.meta.title) == (label, "2010年浙江省全民健身浙东片区“种文化”海洋体育活动实施方案")
    assert [(section.marker, section.heading) for section in doc.body] == [("一、", "主办单位"), ("二、", "承办单位")]


def test_the_annotation_after_a_sign_off_that_annexes_follow_is_a_note_not_joined():
    doc = speechparse.parse("\n\n".join([*ANNEXED[:6], "（此件公开发布）", *ANNEXED[6:]]))
    kinds = [(type(node).__name__, getattr(node, "kind", None)) for node in doc.body[2:6]]
    assert kinds == [("Paragraph", None), ("DateLine", None), ("Note", "editorial"), ("Section", None)]


@pytest.mark.parametrize("addressees", [
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
    "各区人民政府,市政府各委、办、局,各市属机构:",
    "湖州市、某某市农业局，某某市水利局：",
    "各鄉鎮(區)人民政府(管委會),縣人民政府各工作部門:",
    "各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构，各大企业，各高等院校：",
])
def test_the_addressees_of_an_official_document_are_its_salutation(addressees: str):
    doc = speechparse.parse("\n\n".join([TITLE, addressees, *BODY]))
    assert front_kinds(doc) == [("Title", None), ("Salutation", None)]
    assert doc.meta.salutation == addressees.rstrip("：:")


@pytest.mark.parametrize("line", ["现将有关事项通知如下：", "全省上下：", "各地区要抓好以下工作："])
def test_a_sentence_ending_in_a_colon_is_no_list_of_addressees(line: str):
    doc = speechparse.parse("\n\n".join([TITLE, line, *BODY]))
    assert doc.meta.salutation is None


ISSUING = ["各县市区委、人民政府，市直各单位：", "《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意，现印发给你们，请认真贯彻执行。"]
ISSUED = ["关于全面推进政务公开工作的实施意见", "根据有关要求，现就全面推进政务公开工作提出如下实施意见。",
          "一、把握总体要求", "坚持以公开为常态、不公开为例外。", "二、突出公开重点", "要推进决策公开。"]


def outline_of(doc) -> list[tuple[int, str, str]]:
    return [(depth, section.marker, section.heading) for section, depth in sections(doc)]


@pytest.mark.parametrize("issuers", [["中共岳阳市委办公室", "岳阳市人民政府办公室"], ["岳阳市人民政府办公室"]])
def test_a_notice_issuing_a_document_signs_off_above_it_and_the_document_is_a_division(issuers: list[str]):
    doc = speechparse.parse("\n\n".join([*ISSUING, *issuers, "2017年1月10日", *ISSUED]))
    assert outline_of(doc) == [(1, "", "关于全面推进政务公开工作的实施意见"), (2, "一、", "把握总体要求"), (2, "二、", "突出公开重点")]
    assert [node.text for node in doc.body[1:1 + len(issuers)]] == issuers  # each issuer a paragraph of its own
    assert (doc.meta.date, doc.joins) == ("2017-01-10", ())


def test_the_issued_documents_title_printed_on_two_lines_is_one_heading():
    doc = speechparse.parse("\n\n".join([*ISSUING, "岳阳市人民政府办公室", "2017年1月10日", "关于全面推进政务公开", "工作的实施意见", *ISSUED[1:]]))
    assert outline_of(doc)[0] == (1, "", "关于全面推进政务公开工作的实施意见")


def test_the_issued_documents_title_under_the_annotation_below_the_sign_off_date_is_still_a_division():
    doc = speechparse.parse("\n\n".join([*ISSUING, "岳阳市人民政府办公室", "2017年1月10日", "（联系电话：0730-8888888）", *ISSUED]))
    assert outline_of(doc) == [(1, "", "关于全面推进政务公开工作的实施意见"), (2, "一、", "把握总体要求"), (2, "二、", "突出公开重点")]
    assert [(type(node).__name__, node.kind) for node in doc.body if type(node).__name__ == "Note"] == [("Note", "editorial")]


def test_the_issuers_of_a_joint_document_at_its_end_are_all_signatures():
    doc = speechparse.parse("\n\n".join([TITLE, "各区县人民政府：", "请认真贯彻执行。", "中共某某市委办公室", "某某市人民政府办公室", "2019年1月17日"]))
    assert [(type(node).__name__, getattr(node, "text", None) or node.raw) for node in doc.back] == [
        ("Signature", "中共某某市委办公室"), ("Signature", "某某市人民政府办公室"), ("DateLine", "2019年1月17日")]


def test_a_short_line_above_a_single_signature_is_not_a_second_one():
    doc = speechparse.parse("\n\n".join([TITLE, "各区县人民政府：", "请认真贯彻执行。", "特此通知", "某某市人民政府办公室", "2019年1月17日"]))
    assert [type(node).__name__ for node in doc.back] == ["Signature", "DateLine"]


@pytest.mark.parametrize("label", ["附件：", "附件:", "附件"])
def test_an_annex_label_after_the_sign_off_heads_the_annex(label: str):
    doc = speechparse.parse("\n\n".join([TITLE, "各区县人民政府：", "现予以表彰。", "某某市人民政府", "2008年9月11日", label,
                                         "先进单位名单", "一、优胜乡镇", "东港市前阳镇人民政府", "二、先进工作者", "张三"]))
    assert outline_of(doc) == [(1, "", "附件"), (2, "一、", "优胜乡镇"), (2, "二、", "先进工作者")]


def test_an_attachment_list_with_its_names_on_the_lines_below_stays_a_list():
    doc = speechparse.parse("\n\n".join([TITLE, "各区县人民政府：", "请做好防汛工作。", "附件：", "1.防汛工作责任人名单",
                                         "2.防汛物资储备清单", *SIGN_OFF]))
    assert outline_of(doc) == []
    assert [type(node).__name__ for node in doc.back] == ["Note", "Note", "Note", "Signature", "DateLine"]


def test_a_sign_off_date_right_after_the_attachment_list_is_the_documents_date_when_the_signature_was_lost():
    doc = speechparse.parse("\n".join([TITLE, "各区县人民政府：", "现予以表彰。", "附件：先进单位名单", "二○○八年九月十一日", "附件：",
                                       "先进单位名单", "一、优胜乡镇", "东港市前阳镇人民政府"]))
    assert doc.meta.date == "2008-09-11"


def test_a_list_of_bodies_names_one_per_line_is_never_joined_as_a_broken_paragraph():
    doc = speechparse.parse("\n\n".join([TITLE, "各区县人民政府：", "决定授予下列单位先进单位称号：", "社旗县人民政府", "淅川县人民政府",
                                         "邓州市人民政府", "希望受表彰的先进单位要珍惜荣誉，再接再厉。", *SIGN_OFF]))
    assert [node.text for node in doc.body] == ["决定授予下列单位先进单位称号：", "社旗县人民政府", "淅川县人民政府", "邓州市人民政府",
                                               "希望受表彰的先进单位要珍惜荣誉，再接再厉。"]
    assert doc.joins == ()


def test_a_single_line_ending_in_a_bodys_name_is_still_joined_to_the_rest_of_its_sentence():
    doc = speechparse.parse("\n\n".join([TITLE, "各区县人民政府：", "本方案由市政府办公室牵头，会同各区县人民政府", "和市直各部门共同实施。", *SIGN_OFF]))
    assert [node.text for node in doc.body] == ["本方案由市政府办公室牵头，会同各区县人民政府和市直各部门共同实施。"]


RECORD_LIST = ["• 索引号:", "6107280000/2024-001005", "• 主题分类:", "• 发文机构:", "县政府网站", "• 发文字号:",
               "镇政发〔2024〕7号", "• 内容概述:"]


def test_a_sites_disclosure_record_under_the_title_is_chrome_with_the_values_on_lines_of_their_own():
    doc = speechparse.parse("\n\n".join([TITLE, *RECORD_LIST, TITLE, "各区县人民政府，市政府各部门：", *BODY]))
    assert front_kinds(doc) == [("Title", None), *[("Note", "chrome")] * (len(RECORD_LIST) + 1), ("Salutation", None)]
    assert [section.heading for section, _ in sections(doc)] == ["提高思想认识", "落实防汛责任"]
    assert {d.code for d in doc.diagnostics} == {"SP002"}  # the cleaning is reported


def test_the_record_above_the_title_leaves_the_title_after_its_last_field_alone():
    doc = notice(*RECORD_LIST, TITLE)
    assert doc.meta.title == TITLE
    assert front_kinds(doc)[:len(RECORD_LIST)] == [("Note", "chrome")] * len(RECORD_LIST)


def test_a_gov_cn_record_table_its_cells_split_at_tabs_above_the_title_is_chrome():
    table = "\n".join(["索 引 号：\t000014349/2018-00220\t主题分类：\t文化、广电、新闻出版\\文化",
                       "发文机关：\t国务院办公厅\t成文日期：\t2018年12月18日",
                       "标　　题：\t国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业规定的通知",
                       "发文字号：\t国办发〔2018〕124号\t发布日期：\t2018年12月25日", "主 题 词："])
    doc = speechparse.parse(table + "\n" + "\n".join([TITLE, "国办发〔2018〕124号", "各区县人民政府，市政府各部门：", *BODY]))
    assert front_kinds(doc) == [("Note", "chrome")] * 15 + [("Title", None), ("Note", "reference"), ("Salutation", None)]
    assert (doc.meta.title, doc.meta.document_number) == (TITLE, "国办发〔2018〕124号")


def test_a_record_table_below_the_sign_off_is_chrome_and_the_sign_off_date_the_documents_date():
    table = "\n".join(["索  引  号 文       号 发布机构 发布日期 公开范围 公开方式", "N001-2011-000627 宛政〔2011〕7号",
                       "南阳市人民政府办公室 2011-03-04", "面向社会 主动公开"])
    doc = notice(TITLE, back=("二○一一年二月二十三日", "主题词:农村公路 通达杯 表彰 决定", table))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("DateLine", None), ("Note", "colophon"), *[("Note", "chrome")] * 4]
    assert doc.meta.date == "2011-02-23"


def test_a_line_of_text_under_a_records_last_field_is_no_value_of_it():
    doc = notice(TITLE, back=("• 内容概述:", "防汛工作方案", "各单位要认真落实。"))
    notes = [node.text for node, _ in walk(doc.body) if isinstance(node, Note)]
    assert notes == ["• 内容概述:"]


CELL_RECORD = ["索取号", "3589258689/2025-00165", "载体类型", "发布机构", "上海市住房和城乡建设管理委员会", "文件编号",
               "沪建综规〔2025〕449 号", "公开类别", "主动公开", "关键词", "内容描述"]


def test_a_record_table_copied_a_cell_a_line_under_the_title_is_chrome_its_empty_values_leaving_no_line():
    doc = speechparse.parse("\n".join([TITLE, *CELL_RECORD, "各区县人民政府，市政府各部门：", *BODY]))
    assert [node.text for node in doc.front if isinstance(node, Note)] == CELL_RECORD
    assert {node.kind for node in doc.front if isinstance(node, Note)} == {"chrome"}
    assert (doc.meta.title, doc.meta.salutation) == (TITLE, "各区县人民政府，市政府各部门")


def test_the_line_under_a_cell_records_last_label_is_no_value_of_it_but_the_texts_own_document_number():
    doc = speechparse.parse("\n".join([*CELL_RECORD, "沪建综规〔2025〕449号", TITLE, "各区县人民政府，市政府各部门：", *BODY]))
    assert doc.meta.document_number == "沪建综规〔2025〕449号"
    assert doc.meta.title == TITLE


def test_two_labels_alone_on_their_lines_are_no_record():
    doc = notice(TITLE, back=("标题", "防汛工作方案", "来源"))
    assert not [node for node, _ in walk(doc.body) if isinstance(node, Note)]


def test_the_texts_own_document_number_and_title_under_a_pages_record_below_its_heading_are_found():
    page = [TITLE, *CELL_RECORD, "某政办发〔2023〕12号", "某某市人民政府办公室", TITLE]
    doc = speechparse.parse("\n".join([*page, "各区县人民政府，市政府各部门：", *BODY]))
    assert (doc.meta.document_number, doc.meta.salutation) == ("某政办发〔2023〕12号", "各区县人民政府，市政府各部门")
    assert [node.text for node in doc.front if isinstance(node, Note) and node.kind == "chrome"][-2:] == [
        "某某市人民政府办公室", TITLE]  # the text's own title repeated, its issuer's line above it
    assert [section.heading for section, _ in sections(doc)] == ["提高思想认识", "落实防汛责任"]


ISSUING_TITLE = "关于印发《关于全面推进政务公开工作的实施意见》的通知"


def test_the_document_a_notice_names_after_a_sign_off_date_without_its_signature_is_a_division():
    doc = speechparse.parse("\n".join([ISSUING_TITLE, *ISSUING, "2017年1月10日", *ISSUED]))
    assert outline_of(doc) == [(1, "", "关于全面推进政务公开工作的实施意见"), (2, "一、", "把握总体要求"), (2, "二、", "突出公开重点")]
    assert (doc.meta.date, doc.joins) == ("2017-01-10", ())  # its title never joined to its first paragraph


def test_a_line_under_a_date_that_is_not_the_document_the_title_names_is_no_division_of_its_own():
    doc = speechparse.parse("\n".join([ISSUING_TITLE, *ISSUING, "2017年1月10日", "请各单位于月底前", "报送有关材料。"]))
    assert outline_of(doc) == []
    assert doc.meta.date is None


def test_an_issuing_notices_date_before_its_annotation_and_the_issued_title_is_the_documents_date():
    doc = speechparse.parse("\n\n".join(["某某区人民政府办公室关于印发2021年本区城市体检工作方案的通知", ISSUING[0],
                                         "《2021年本区城市体检工作方案》已经区政府同意，现印发给你们，请认真按照执行。",
                                         "2021年9月9日", "（此件公开发布）", "2021年某某区城市体检工作方案", *ISSUED[1:]]))
    assert outline_of(doc)[0] == (1, "", "2021年某某区城市体检工作方案")
    assert doc.meta.date == "2021-09-09"


def test_a_document_number_repeated_below_itself_is_a_copys_repeat_and_the_addressees_stay_the_salutation():
    doc = notice(TITLE, "某政办发〔2023〕12号", "某政办发〔2023〕12号")
    assert front_kinds(doc) == [("Title", None), ("Note", "reference"), ("Note", "chrome"), ("Salutation", None)]
    assert (doc.meta.document_number, doc.meta.salutation) == ("某政办发〔2023〕12号", "各区县人民政府，市政府各部门")


def test_a_web_pages_heading_holding_the_title_is_chrome_above_the_texts_own_title():
    doc = notice(f"某政办发〔2023〕12号《{TITLE}》", f"《{TITLE}》", "某政办发〔2023〕12号")
    assert front_kinds(doc) == [("Note", "chrome"), ("Title", None), ("Note", "reference"), ("Salutation", None)]
    assert doc.meta.title == TITLE  # (the title marks around the whole title left out)


def test_a_title_on_two_lines_stays_one_title():
    doc = notice("某某市人民政府办公室关于做好", "2023年防汛工作的通知")
    assert front_kinds(doc) == [("Title", None), ("Salutation", None)]
    assert doc.meta.title == TITLE


def test_an_annex_title_under_its_label_opens_the_annex_instead_of_heading_a_section_of_its_own():
    doc = speechparse.parse("\n\n".join(["政府工作报告", "各位代表：", "现在，我代表省人民政府报告工作。",
                                         "附件1", "2026年省十件民生实事", "坚持民生为大，办好十件民生实事。",
                                         "一、提高低保保障水平", "提高低保标准。", "二、提升养老服务水平", "建设养老机构。"]))
    annex = doc.body[-1]
    assert (annex.heading, annex.children[0].text) == ("附件1", "2026年省十件民生实事")
    assert [child.marker for child in annex.children if isinstance(child, Section)] == ["一、", "二、"]


def test_the_label_of_a_glossary_annex_is_a_note_not_an_empty_heading():
    doc = speechparse.parse("\n\n".join(["政府工作报告", "各位代表：", *["现在，我代表省人民政府报告工作。"] * 12,
                                         "附件2", "名词解释", "1.“四上”企业：", "现阶段统计工作实践中对达到一定规模的企业的统称。",
                                         "2.“双高计划”：", "是中国特色高水平高职学校和专业建设计划的简称。"]))  # (at the end)
    assert not [section for section, _ in sections(doc)]
    assert any(isinstance(node, Note) and node.text == "附件2" for node in (*doc.body, *doc.back))


BULLETIN = ["2012年大庆市国民经济和社会发展统计公报", "大庆市统计局", "国家统计局大庆调查队", "（2013年3月20日）",
            "一、综合", "初步核算，全年实现地区生产总值4000.5亿元。"]


def test_the_bodies_that_issue_a_bulletin_named_under_its_title_are_issuer_notes_not_title_lines():
    doc = speechparse.parse("\n".join(BULLETIN))
    assert front_kinds(doc) == [("Title", None), ("Note", "issuer"), ("Note", "issuer"), ("DateLine", None)]
    assert (doc.meta.title, doc.meta.date, doc.meta.speaker) == ("2012年大庆市国民经济和社会发展统计公报", "2013-03-20", None)


def test_the_issuer_and_date_printed_under_the_document_number_are_front_matter_and_the_addressees_the_salutation():
    doc = speechparse.parse("\n".join(["国务院关于同意某省设立某市的批复", "国函〔2004〕1号", "中华人民共和国国务院", "2004年1月11日",
                                       "甘肃省人民政府：", "你省请示收悉。现批复如下：", "一、同意设立某市。", "二、所需经费由你省自行解决。"]))
    assert front_kinds(doc) == [("Title", None), ("Note", "reference"), ("Note", "issuer"), ("DateLine", None),
                                ("Salutation", None)]
    assert (doc.meta.date, doc.meta.salutation, doc.meta.document_number) == ("2004-01-11", "甘肃省人民政府", "国函〔2004〕1号")


def test_the_issuer_and_date_under_a_pages_time_field_under_the_title_are_no_new_title():
    doc = speechparse.parse("\n".join(["湖南省2022年国民经济和社会发展统计公报", "发布时间：2023-03-23", "湖南省统计局", "2023年3月23日",
                                       "2022年，全省经济稳中向好。", "一、综合", "全年地区生产总值48670.4亿元。"]))
    assert front_kinds(doc) == [("Title", None), ("Note", "chrome"), ("Note", "issuer"), ("DateLine", None)]
    assert (doc.meta.title, doc.meta.date) == ("湖南省2022年国民经济和社会发展统计公报", "2023-03-23")


def test_the_issuer_under_the_date_under_the_title_is_an_issuer_note_not_joined_to_the_first_paragraph():
    doc = speechparse.parse("\n".join(["前三季度国民经济运行稳中有进", "（2016年10月19日）", "中华人民共和国国家统计局",
                                       "今年以来，国民经济运行总体平稳。", "一、农业生产基本稳定", "全国夏粮增产。"]))
    assert front_kinds(doc) == [("Title", None), ("DateLine", None), ("Note", "issuer")]
    assert (doc.body[0].text, doc.joins) == ("今年以来，国民经济运行总体平稳。", ())


def test_a_tables_border_left_alone_after_the_sign_off_leaves_the_sign_off_found():
    doc = speechparse.parse("\n".join(["国务院关于同意某县撤县设市的批复", "国函〔2014〕86号", "湖北省人民政府：", "你省请示收悉。现批复如下：",
                                       "一、同意撤销某县，设立某市。", "国务院", "2013年8月6日", "|"]))
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Signature", None), ("DateLine", None), ("Note", "chrome")]
    assert doc.meta.date == "2013-08-06"


def test_the_texts_own_title_over_its_document_number_under_a_pages_heading_and_stamp_is_the_title():
    doc = speechparse.parse("\n\n".join(["鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》", "时间:2016-01-17 23:45:19",
                                         "山东省人民政府关于深化预算管理制度改革的实施意见", "鲁政发〔2014〕20号", "各市人民政府，省政府各部门：",
                                         "现就深化我省预算管理制度改革提出以下实施意见：", "一、总体要求", "深化改革。"]))
    assert front_kinds(doc) == [("Note", "chrome"), ("Note", "chrome"), ("Title", None), ("Note", "reference"),
                                ("Salutation", None)]
    assert (doc.meta.title, doc.meta.document_number) == ("山东省人民政府关于深化预算管理制度改革的实施意见", "鲁政发〔2014〕20号")


def test_wikisources_note_of_the_collection_under_a_documents_date_is_chrome_and_the_addressees_the_salutation():
    doc = speechparse.parse("\n".join(["国务院关于同意某省设立某市的批复", "国函〔2004〕1号", "中华人民共和国国务院", "2004年1月11日",
                                       "本作品收录于《中华人民共和国国务院公报/2004年/第7号", "收录于", "甘肃省人民政府：",
                                       "你省请示收悉。现批复如下：", "一、同意设立某市。"]))
    assert front_kinds(doc)[-3:] == [("Note", "chrome"), ("Note", "chrome"), ("Salutation", None)]
    assert doc.meta.salutation == "甘肃省人民政府"


def test_a_bodys_name_under_a_title_without_a_date_under_it_is_no_issuer_note():
    doc = speechparse.parse("\n".join(["关于成立全县安全生产", "工作领导小组", "各乡镇人民政府：", "现将有关事项通知如下。"]))
    assert (doc.meta.title, [node for node in doc.front if isinstance(node, Note)]) == ("关于成立全县安全生产工作领导小组", [])


TABLE_ROWS = ["2012年大庆市国民经济和社会发展统计公报", "（2013年3月20日）", "一、农业", "全年粮食产量650.0万吨。", "指标名称\t产量（万吨）\t比上年增长（±%）",
              "粮 食\t650.0\t\t17.3", "期末畜禽存栏", "牛\t95.7\t\t3.2", "二、工业", "全年规模以上工业增加值增长5.1%。"]


def test_a_tables_rows_copied_with_tabs_between_their_cells_are_table_cells_not_headings():
    doc = speechparse.parse("\n".join(TABLE_ROWS))
    assert [(section.marker, section.heading) for section, _ in sections(doc)] == [("一、", "农业"), ("二、", "工业")]
    first = next(sections(doc))[0]
    assert [node.text for node in first.children] == ["全年粮食产量650.0万吨。", "指标名称", "产量（万吨）", "比上年增长（±%）",
                                                      "粮 食", "650.0", "17.3", "期末畜禽存栏", "牛", "95.7", "3.2"]
    assert doc.joins == ()


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_tables_rows_parted_by_bars_are_table_rows_each_a_paragraph_never_joined(separator):
    rows = ["| 指标 | 绝对数（万人） |", "|---|---|", "| 城镇 | 2114 |", "乡村 | 1742 |"]
    doc = speechparse.parse(separator.join(["某省2022年统计公报", "一、综合", "年末全省常住人口3856万人。", *rows, "二、农业", "粮食增产。"]))
    assert [(section.marker, section.heading) for section, _ in sections(doc)] == [("一、", "综合"), ("二、", "农业")]
    assert [node.text for node in doc.body[0].children] == ["年末全省常住人口3856万人。", *rows]
    assert doc.joins == ()


def test_a_line_with_bars_that_neither_opens_nor_ends_with_one_is_no_tables_row():
    doc = speechparse.parse("\n".join(["某省2022年统计公报", "一、综合", "我们要统筹城镇人口 | 乡村人口 | 流动人口的", "服务管理。"]))
    assert [node.text for node in doc.body[0].children] == ["我们要统筹城镇人口 | 乡村人口 | 流动人口的服务管理。"]


@pytest.mark.parametrize("caption", ["图1 三次产业增加值及其增长速度", "图3 2018-2022年全员劳动生产率[5]", "表2：主要农产品产量",
                                     "表二：主动公开政府信息情况"])
def test_a_figures_or_tables_caption_is_neither_a_heading_nor_joined_to_the_next_line(caption):
    doc = speechparse.parse("\n".join(["某省2022年统计公报", "一、综合", "全年全省地区生产总值20164.58亿元，比上年增长1.2%。", caption,
                                       "年末全省常住人口3856万人，比上年末增加4万人", "二、农业", "粮食增产。"]))
    assert [(section.marker, section.heading) for section, _ in sections(doc)] == [("一、", "综合"), ("二、", "农业")]
    assert [node.text for node in doc.body[0].children] == [
        "全年全省地区生产总值20164.58亿元，比上年增长1.2%。", caption, "年末全省常住人口3856万人，比上年末增加4万人"]


def test_a_tables_caption_set_as_a_markdown_heading_leaves_the_documents_divisions_on_top():
    doc = speechparse.parse("\n\n".join(["2024年某区科委政府信息公开工作年度报告", "一、主动公开政府信息情况",
                                         "## 表二：主动公开政府信息情况\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |",
                                         "二、收到和处理政府信息公开申请情况", "全年收到申请34件。", "三、其他需要报告的事项", "本年度未收费。"]))
    assert [(depth, section.marker) for section, depth in sections(doc)] == [(1, "一、"), (1, "二、"), (1, "三、")]


def test_division_markers_among_a_tables_rows_counting_on_from_nothing_before_them_are_its_cells():
    doc = speechparse.parse("\n\n".join(["2024年某区科委政府信息公开工作年度报告", "一、总体情况", "全年收到申请34件。",
                                         "二、收到和处理申请情况", "| 一、本年新收申请数量 | 32 | 34 |", "（三）不予公开\n5.属于内部事务信息",
                                         "| 1 | 0 | 1 |", "（四）无\n| 2.没有现成信息 | 47 | 48 |", "三、其他需要报告的事项", "本年度未收费。"]))
    assert [(depth, section.marker) for section, depth in sections(doc)] == [(1, "一、"), (1, "二、"), (1, "三、")]


def test_a_divisions_headings_each_over_its_table_stay_headings():
    doc = speechparse.parse("\n\n".join(["某县2023年统计公报", "一、农业", "| 粮食 | 32 |", "（一）种植业", "| 小麦 | 20 |",
                                         "（二）畜牧业", "| 生猪 | 12 |", "二、工业", "| 产值 | 47 |"]))
    assert [(depth, section.marker) for section, depth in sections(doc)] == [(1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、")]


def test_a_sentence_that_opens_with_a_tables_number_is_no_caption():
    doc = speechparse.parse("\n".join(["某省2022年统计公报", "一、综合", "表1显示，全省常住人口", "比上年末增加4万人。"]))
    assert [node.text for node in doc.body[0].children] == ["表1显示，全省常住人口比上年末增加4万人。"]


def test_a_records_fields_one_to_a_line_with_their_values_above_the_title_are_chrome():
    doc = speechparse.parse("\n".join(["索引号:000014688/2014-00079", "发文机关:国务院", "发文字号:国函〔2014〕86号",
                                       "国务院关于同意某县撤县设市的批复", "国函〔2014〕86号", "湖北省人民政府:", "你省请示收悉。现批复如下:",
                                       "一、同意撤销某县，设立某市。", "国务院", "2013年8月6日"]))
    assert front_kinds(doc) == [("Note", "chrome")] * 3 + [("Title", None), ("Note", "reference"), ("Salutation", None)]
    assert (doc.meta.title, doc.meta.document_number, doc.meta.date) == (
        "国务院关于同意某县撤县设市的批复", "国函〔2014〕86号", "2013-08-06")


def test_two_fields_with_their_values_that_only_other_tables_have_are_no_record():
    doc = speechparse.parse("\n".join(["关于做好春节期间安全工作的通知", "名称:春节安全", "文号:某发〔2024〕1号", "各单位：", "现通知如下。"]))
    assert not [node for node in doc.front if isinstance(node, Note) and node.kind == "chrome"]


def test_the_texts_own_title_under_a_pages_heading_that_its_channels_label_opens_is_the_title():
    doc = speechparse.parse("\n".join(["政务服务丨济宁市人民政府关于持续深化“市县同权”改革的实施意见", "- 发布日期:2021-07-19", "- 浏览次数:",
                                       "济宁市人民政府", "关于持续深化“市县同权”改革的实施意见", "济政字〔2021〕30号",
                                       "各县（市、区）人民政府，市政府各部门：", "为持续深入推进改革，制定本意见。", "一、目标要求", "扎实推进。"]))
    assert front_kinds(doc) == [("Note", "chrome")] * 3 + [("Title", None), ("Note", "reference"), ("Salutation", None)]
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.date, doc.meta.document_number) == (
        "济宁市人民政府关于持续深化“市县同权”改革的实施意见", None, None, "济政字〔2021〕30号")


def test_a_title_naming_a_launch_event_is_no_notice_that_issues_a_document():
    doc = speechparse.parse("# 在全市重大项目集中发布会上的致辞\n\n各位来宾：\n\n今天我们在这里举行发布会。\n\n2019年5月1日\n\n"
                            "## 科技园项目开工\n\n科技园项目今天开工。")
    assert doc.meta.date is None


def test_a_title_line_that_goes_on_is_no_issuer_above_the_date():
    doc = speechparse.parse("\n".join(["在全省宣传思想文化工作会议暨", "全省精神文明建设表彰大会", "（2024年2月1日）", "同志们：",
                                       "今天召开会议。"]))
    assert (doc.meta.title, doc.meta.date) == ("在全省宣传思想文化工作会议暨全省精神文明建设表彰大会", "2024-02-01")
    assert not [node for node in doc.front if isinstance(node, Note)]


def test_an_annexs_table_copied_a_cell_a_line_is_no_disclosure_record():
    doc = speechparse.parse("\n".join([TITLE, "各区县人民政府，市政府各部门：", "现将废止文件目录印发给你们。", "附件：废止文件目录",
                                       "序号", "名称", "文号", "发布日期", "1", "关于防汛工作的通知", "某政发〔2019〕3号", "2019年5月6日"]))
    assert not [node for node, _ in walk(doc.body) if isinstance(node, Note) and node.kind == "chrome"]


def test_a_notice_that_publishes_a_named_document_dates_it_by_its_sign_off_before_the_document():
    doc = speechparse.parse("\n".join(["某某市人民政府关于发布《某某市政府投资项目管理办法》的通知", "各区县人民政府：",
                                       "现将《某某市政府投资项目管理办法》发布，请认真执行。", "2023年6月1日", "某某市政府投资项目管理办法",
                                       "第一条 为规范政府投资项目管理，制定本办法。"]))
    assert doc.meta.date == "2023-06-01"


def test_a_notice_whose_title_names_the_issued_document_without_brackets_dates_it_by_its_sign_off_before_it():
    doc = speechparse.parse("\n".join(["某市人民政府办公厅关于印发某某实施办法的通知", "某政办〔2008〕114号", "各区人民政府：",
                                       "现将《某某实施办法（试行）》印发给你们，请遵照执行。", "二〇〇八年九月二十二日", "某某实施办法（试行）",
                                       "第一章 总则", "第一条 为规范管理，制定本办法。"]))
    assert doc.meta.date == "2008-09-22"
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, "某某实施办法（试行）"), (2, "第一章总则")]


def test_a_note_in_brackets_under_an_issued_documents_title_is_no_second_line_of_it():
    doc = speechparse.parse("\n\n".join(["关于批转某某管理规定的通知", "武政〔2005〕32号", "各区人民政府，市人民政府各部门：",
                                         "市人民政府同意《某某管理规定》，现转发给你们，请遵照执行。", "武汉市人民政府", "二〇〇五年六月十七日",
                                         "某某管理规定", "（原市教委于1998年5月21日拟订，2005年6月17日修订）", "第一章 总则",
                                         "第一条 为了规范考试，特制定本规定。"]))
    issued = doc.body[-1]
    assert (issued.heading, issued.children[0].text) == ("某某管理规定", "（原市教委于1998年5月21日拟订，2005年6月17日修订）")


@pytest.mark.parametrize(("title", "work"), [
    ("某市人民政府办公厅关于印发某某实施办法的通知", "某某实施办法"), ("关于印发《某某规定》的通知", "某某规定"),
    ("关于转发省政府关于加强安全工作的通知的通知", "省政府关于加强安全工作的通知"), ("在新闻发布会上的讲话", None),
])
def test_the_work_a_notices_title_issues_is_read_with_or_without_its_brackets(title, work):
    assert issued_work(title) == work


def test_a_document_number_after_notes_under_a_title_that_follows_its_subtitle_leaves_the_structure_whole():
    text = "\n".join(["在全县经济工作会议上的讲话", "结论", "县委书记在全县经济工作会议上的讲话", "（此件公开发布）", "国办发〔2023〕5号",
                      "要坚持稳中求进。", "同志们："])  # (tests/fuzz/orderings.py, seed 42)
    assert not [d for d in speechparse.parse(text).diagnostics if d.code == "SP099"]


@pytest.mark.parametrize(("line", "issuer", "date"), [
    ("沧源县政府2024年1月", "沧源县政府", "2024-01"),
    ("某某市人民政府办公室 2023年3月13日", "某某市人民政府办公室", "2023-03-13"),
])
def test_an_issuer_and_its_date_run_together_on_the_last_line_are_the_signature_and_the_sign_off_date(line, issuer, date):
    doc = speechparse.parse("\n\n".join(["关于做好工作的通知", "各镇人民政府：", "现将有关事项通知如下。", line]))
    signature, sign_off = doc.back
    assert (type(signature).__name__, signature.text, type(sign_off).__name__, sign_off.raw) == (
        "Signature", issuer, "DateLine", line[len(issuer):].strip())
    assert doc.meta.date == date


def test_a_sentence_that_ends_with_a_date_is_no_signature():
    doc = speechparse.parse("\n\n".join(["关于做好工作的通知", "各镇人民政府：", "本通知自发布之日起施行至2025年12月31日"]))
    assert doc.back == ()


@pytest.mark.parametrize("qualifier", ["（2023—2025年）", "（试行）"])
def test_an_issued_documents_title_with_its_qualifier_in_brackets_heads_its_sections(qualifier):
    title = "东阳市促进残疾人就业行动实施方案" + qualifier
    doc = speechparse.parse("\n\n".join(["通知", "各部门：", "现印发你们。", title, "为贯彻落实有关精神，制定本实施方案。", "一、总体目标", "促进就业。"]))
    assert [(depth, section.marker + section.heading) for section, depth in sections(doc)] == [
        (1, title), (2, "一、总体目标")]


def test_a_long_list_of_addressees_on_its_own_line_is_the_salutation():
    addressees = ("各省、自治区、直辖市、新疆生产建设兵团社会信用体系建设牵头部门，国家税务总局各省、自治区、直辖市和计划单列市税务局，"
                  "社会信用体系建设部际联席会议成员单位办公厅（室）")
    doc = speechparse.parse("\n\n".join([TITLE, "发改办财金规〔2019〕860号", addressees + "：", *BODY]))
    assert len(addressees) > 80
    assert doc.meta.salutation == addressees


@pytest.mark.parametrize("label", [["市九届人大六次会议文件（十五）"], ["市九届人大六次", "会议文件（十五）"], ["洛阳市十六届人大", "五次会议文件十八"],
                                   ["中国共产党第十次全国代表大会文件"]])
def test_a_congress_sessions_label_over_the_document_it_gives_its_deputies_is_letterhead(label):
    title = "关于某市2025年预算执行情况与2026年预算草案的报告"
    doc = speechparse.parse("\n".join([*label, title, "——2025年12月27日在某市第九届人民代表大会第六次会议上", "市财政局",
                                       "各位代表：", "受市人民政府委托，现提出报告，请予审议。", "一、2025年预算执行情况", "全市收入完成207亿元。"]))
    assert front_kinds(doc)[:len(label) + 1] == [("Note", "letterhead")] * len(label) + [("Title", None)]
    assert (doc.meta.title, doc.meta.date, doc.meta.salutation) == (title, "2025-12-27", "各位代表")


def test_a_party_congress_documents_label_under_a_crawlers_record_is_letterhead():
    record = ["id: 9cbddbaa38", "标题：在中国共产党第十次全国代表大会上的报告", "日期：1973-8-24", "是否是时间段：false", "作者：周恩来",
              "来源：", "书籍：红旗一九七三年第九期", "正文："]
    title = "在中国共产党第十次全国代表大会上的报告"
    doc = speechparse.parse("\n".join([*record, "中国共产党第十次全国代表大会文件", title, "（一九七三年八月二十四日）", "同志们！",
                                       "我代表中央委员会向大会作报告。"]))
    assert front_kinds(doc)[:10] == [("Note", "chrome")] * 8 + [("Note", "letterhead"), ("Title", None)]
    assert (doc.meta.title, doc.meta.subtitle, doc.meta.date) == (title, None, "1973-08-24")


LETTER = ["关于某某工作的建议", "尊敬的各位代表：", "现提出两点建议。", "（一）第一项建议是这样的，需要认真考虑。具体理由如下文所述。",
          "（二）第二项建议是那样的，也需要认真考虑。具体理由如下文所述。", "祝工作顺利。", "张三", "2020年5月9日"]
DRAFT = ["为了规范某某工作，制定本办法。", "第一章 总则", "第一条 本办法适用于某某工作。", "第二章 附则", "第二条 本办法自公布之日起施行。"]


@pytest.mark.parametrize("qualifier", ["（建议稿）", "（学者建议稿）", "（送审稿）", "（讨论稿）", "（征求意见稿）"])
def test_a_drafts_title_after_a_letters_sign_off_heads_the_draft_its_qualifier_a_works(qualifier):
    doc = speechparse.parse("\n".join([*LETTER, f"附：《某某办法{qualifier}》", f"某某办法{qualifier}", *DRAFT]))
    assert [(depth, section.heading) for section, depth in sections(doc)] == [
        (1, "第一项建议是这样的，需要认真考虑"), (1, "第二项建议是那样的，也需要认真考虑"), (1, f"某某办法{qualifier}"), (2, "总则"),
        (2, "附则")]
    assert (doc.meta.date, doc.meta.speaker) == ("2020-05-09", "张三")  # (the letter's sign-off, the draft after it)


def test_a_notices_sign_off_inside_its_last_section_dates_it_where_another_notice_follows():
    doc = speechparse.parse("\n".join([
        "关于加强论文发表管理的通知", "各学院：", "现对论文发表加强管理，要求如下：", "1、关于溯源的论文，发表前必须经过审核。审核通过后才能发表。",
        "2、关于其他成果的论文，发表前也必须经过审核。审核结论留存备查。", "科学技术发展院", "2020年4月5日", "关于论文发表的通知", "各位老师：",
        "现转发上级通知，请遵照执行。", "学科科研办"]))
    assert doc.meta.date == "2020-04-05"


def test_a_body_that_signs_over_what_it_appends_dates_the_text_and_speaks_not():
    doc = speechparse.parse("\n".join([*LETTER[:-2], "国务院", "2021年12月12日", "附：《某某规划》", "某某规划", *DRAFT]))
    assert (doc.meta.date, doc.meta.speaker) == ("2021-12-12", None)


def test_attachments_named_a_line_each_with_their_numbers_after_the_sign_off_are_the_attachment_list_not_a_heading():
    names = ["附件1.关于举办2022年“挑战杯”竞赛的预通知", "附件2.参赛项目申报表", "附件3.评审细则"]
    doc = notice(TITLE, back=(*SIGN_OFF, *names))
    assert [section.marker for section, _ in sections(doc)] == ["一、", "二、"]
    assert doc.meta.date == "2023-05-06"
    assert [(type(node).__name__, getattr(node, "kind", None)) for node in doc.back] == [
        ("Signature", None), ("DateLine", None), *[("Note", "attachments")] * 3]


def test_one_attachment_named_with_its_number_after_the_sign_off_opens_the_annex_as_before():
    doc = notice(TITLE, back=(*SIGN_OFF, "附件1：", "防汛工作责任人名单", "各区县要明确防汛责任人。"))
    assert "attachments" not in [getattr(node, "kind", None) for node in doc.back]


ORDER = ["中山市政务数据管理办法", "中山市人民政府令", "（第16号）",
         "《中山市政务数据管理办法》已经市人民政府常务会议审议通过，现予公布，自2020年6月15日起施行。", "市长 危伟汉", "2020年5月15日",
         "中山市政务数据管理办法", "第一章 总则", "第一条 为了加强和规范政务数据管理，制定本办法。", "第二章 数据采集",
         "第二条 政务部门应当依法采集数据。"]


def test_an_orders_head_and_number_under_the_title_of_the_rule_it_issues_are_its_letterhead_and_number():
    doc = speechparse.parse("\n".join(ORDER))
    assert (doc.meta.title, doc.meta.document_number) == ("中山市政务数据管理办法", "（第16号）")
    assert front_kinds(doc) == [("Title", None), ("Note", "letterhead"), ("Note", "reference")]


def test_an_orders_date_under_the_office_and_name_that_sign_it_is_the_documents_date():
    doc = speechparse.parse("\n".join(ORDER))
    assert doc.meta.date == "2020-05-15"


def back_nodes(doc) -> list[tuple[str, str | None, str]]:
    return [(type(node).__name__, getattr(node, "kind", None), node.raw if isinstance(node, DateLine) else node.text)
            for node in doc.back]


def test_one_attachments_name_a_copy_broke_off_its_bare_label_before_the_sign_off_is_the_attachment_list():
    doc = notice(TITLE, back=("附件：", "防汛工作责任人名单", *SIGN_OFF))
    assert back_nodes(doc) == [("Note", "attachments", "附件："), ("Note", "attachments", "防汛工作责任人名单"),
                               ("Signature", None, SIGN_OFF[0]), ("DateLine", None, SIGN_OFF[1])]
    assert [section.marker for section, _ in sections(doc)] == ["一、", "二、"]


def test_a_sentence_under_a_bare_attachments_label_is_not_taken_for_its_name():
    doc = notice(TITLE, back=("附件：", "请各单位认真填报。", *SIGN_OFF))
    assert "attachments" not in [getattr(node, "kind", None) for node in doc.back]


# A page crawled a text node a line: the sign-off's date and a label's colon each shredded over lines of their own.
SHREDDED_SIGN_OFF = ["附件", "：", "防汛工作责任人名单", "某某市人民政府办公室", "2023", "年", "5", "月", "6", "日"]


def test_a_date_a_crawl_set_a_piece_a_line_is_one_date_line_again():
    doc = speechparse.parse("\n".join([TITLE, "各区县人民政府：", *BODY, *SHREDDED_SIGN_OFF]))
    assert back_nodes(doc)[-2:] == [("Signature", None, "某某市人民政府办公室"), ("DateLine", None, "2023年5月6日")]
    assert doc.meta.date == "2023-05-06"


def test_a_colon_a_crawl_set_on_a_line_of_its_own_goes_back_to_its_label():
    doc = speechparse.parse("\n".join([TITLE, "各区县人民政府：", *BODY, *SHREDDED_SIGN_OFF]))
    assert back_nodes(doc)[:2] == [("Note", "attachments", "附件："), ("Note", "attachments", "防汛工作责任人名单")]
    assert [section.marker for section, _ in sections(doc)] == ["一、", "二、"]


def test_the_shredded_lines_joined_are_reported_and_nothing_is_lost():
    text = "\n".join([TITLE, "各区县人民政府：", *BODY, *SHREDDED_SIGN_OFF])
    doc = speechparse.parse(text)
    reported = [d.message for d in doc.diagnostics if d.code == "SP001"]
    assert len(reported) == 6  # 附件|：, and 2023|年|5|月|6|日
    assert "".join(speechparse.render_text(doc).split()) == "".join(text.split())


@pytest.mark.parametrize("lines", [
    ["2023", "年"],  # no month
    ["今年", "5", "月"],  # no year
    ["2023", "5", "6"],  # numbers alone, no unit alone between them
])
def test_lines_that_make_no_whole_date_are_no_date_line(lines):
    doc = speechparse.parse("\n".join([TITLE, "各区县人民政府：", *BODY, *lines]))
    assert not any(isinstance(node, DateLine) for node, _ in walk((*doc.body, *doc.back)))
    assert doc.meta.date is None


def walk_blocks(doc):
    return [node for node, _ in walk((*doc.body, *doc.back)) if not isinstance(node, Section)]


def test_a_colon_alone_after_a_sentence_stays_where_it_is():
    doc = speechparse.parse("\n\n".join([TITLE, "各区县人民政府：", *BODY, "要压实属地责任，做好防汛工作。", "："]))
    assert [node.text for node in walk_blocks(doc)][-2:] == ["要压实属地责任，做好防汛工作。", "："]


QUESTION = ["就此，政府可否告知本會：", "(一) 當局沒有委任漁民代表加入上訴委員會的原因為何；",
            "(二) 鑒於當局曾表示會透過“合適渠道”收集資料，“合適渠道”的詳情為何；"]


@pytest.mark.parametrize("conjunction", ["及", "或"])
def test_a_conjunction_alone_under_a_lists_item_ends_that_item(conjunction):
    doc = speechparse.parse("\n\n".join(["同志們：", *QUESTION, conjunction, "(三) 漁護署有否考慮公開巡查紀錄？"]))
    assert [node.text for node in walk_blocks(doc)][-2:] == [QUESTION[-1] + conjunction, "(三) 漁護署有否考慮公開巡查紀錄？"]
    assert [d.code for d in doc.diagnostics].count("SP001") == 1


def test_a_conjunction_alone_after_a_finished_sentence_is_not_drawn_into_it():
    doc = speechparse.parse("\n\n".join(["同志們：", "要壓實屬地責任，做好防汛工作。", "及", "要做好宣傳。"]))
    assert walk_blocks(doc)[0].text == "要壓實屬地責任，做好防汛工作。"


@pytest.mark.parametrize("addressees", ["### 各区县人民政府，市政府各部门：", "## 各区县人民政府，市政府各部门："])
def test_addressees_a_converter_made_a_markdown_heading_are_the_salutation_not_a_section(addressees):
    doc = speechparse.parse("\n\n".join([TITLE, addressees, *BODY]))
    assert doc.meta.salutation == "各区县人民政府，市政府各部门"
    assert [(depth, section.marker) for section, depth in sections(doc)] == [(1, "一、"), (1, "二、")]


def test_addressees_with_a_web_copys_space_before_a_bracket_are_the_salutation():
    doc = speechparse.parse("\n\n".join([TITLE, "各县 （区）人民政府、高新区管委会，市政府各部门：", *BODY]))
    assert doc.meta.salutation is not None and doc.meta.salutation.replace(" ", "") == "各县（区）人民政府、高新区管委会，市政府各部门"
    assert [type(node).__name__ for node in doc.front] == ["Title", "Salutation"]


# A flattened 公文 (a crawl's one line, parted at its markers): the addressees glued to the first sentence, the sign-off
# and the 附注 run into the last paragraph.
FLATTENED = ["关于省经信委领导工作分工的通知", "各处室（局）、派出机构、直属单位：经研究，现将领导工作分工通知如下：",
             "一、翁玉耀：主持委全面工作。", "二、陈居雷：协助分管产业研究工作。分管产业研究室。福建省经济和信息化委员会2017年7月21日（此件主动公开）"]


def test_a_list_of_addressees_glued_to_the_first_sentence_is_the_salutation():
    doc = speechparse.parse("\n".join(FLATTENED))
    assert doc.meta.salutation == "各处室（局）、派出机构、直属单位"
    assert [type(node).__name__ for node in doc.front] == ["Title", "Salutation"]
    assert doc.body[0].text == "经研究，现将领导工作分工通知如下："


def test_a_sign_off_and_its_note_run_into_the_last_paragraph_are_split_off():
    doc = speechparse.parse("\n".join(FLATTENED))
    assert back_nodes(doc) == [("Signature", None, "福建省经济和信息化委员会"), ("DateLine", None, "2017年7月21日"),
                               ("Note", "editorial", "（此件主动公开）")]
    assert doc.meta.date == "2017-07-21"
    assert [node.text for node in doc.body[-1].children] == ["分管产业研究室。"]


@pytest.mark.parametrize("last", ["会议定于2017年7月21日", "请于2017年7月21日前报送（联系人：张三）。"])
def test_a_last_paragraph_ending_with_a_date_of_its_own_keeps_it(last):
    doc = speechparse.parse("\n".join([*FLATTENED[:3], f"二、陈居雷：协助分管产业研究工作。{last}"]))
    assert not any(isinstance(node, Signature) for node in doc.back)


def test_a_sentence_opening_with_a_word_before_a_colon_keeps_it():
    doc = speechparse.parse("\n".join([FLATTENED[0], "主要任务、工作要求：经研究，现将分工通知如下：", *FLATTENED[2:3]]))
    assert doc.meta.salutation is None
