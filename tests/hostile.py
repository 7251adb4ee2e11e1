"""The checks every hostile input must pass (shared by test_robustness.py and the fuzz target)."""

from __future__ import annotations

import json
import warnings

from lxml import etree

import speechparse
from speechparse.exporters import EXPORTERS, ExportWarning, export

try:  # validation is built on its own branch; it is exercised here once it is in the checkout
    from speechparse.rules.config import Settings
    from speechparse.rules.engine import check_text
except ImportError:
    Settings = check_text = None


#: Lines of a document's frame (title, byline, salutation, sign-off, notes, 公文 elements), put in
#: random orders by test_robustness.py and tests/fuzz/orderings.py.
FRAME_TEXTS = (
    "在全县经济工作会议上的讲话", "县委书记在全县经济工作会议上的讲话", "坚持稳中求进 推动高质量发展", "——在全市工作会议上的讲话",
    "（在全市工作会议上的讲话）", "国办发〔2023〕5号", "国办发[2023]第05号", "（2023年5月6日）", "2023年5月6日", "县委书记 张三",
    "张三", "首页 > 新闻中心", "发布时间：2021-05-12", "（根据录音整理）", "同志们：", "各区县人民政府：", "一、总体要求",
    "（一）稳中求进", "要坚持稳中求进。", "谢谢大家！", "某某市人民政府办公室", "（此件公开发布）", "上一篇：通知", "政府工作报", "告",
    "附件：1.防汛工作责任人名单", "2.防汛物资储备清单", "某某市人民政府办公室文件", "抄送：市委办公室。", "发：各部门。",
    "某某市人民政府办公室　　2024年4月10日印发", "— 2 —", "第3页", "大家上午好！", "（热烈掌声）", "名词解释：",
    "①“三高四新”：说明。", "同志们，让我们共同努力！", "标题※习近平", "※习近平", "新华社北京6月24日电", "开幕词", "结论",
    "（一九五五年三月二十一日）", "欢迎你为“求真”而来！", "各位领导、同行，大家下午好！", "女士们，先生们，同志们：今天，我们集会。",
    "（2025年9月1日，天津）", "中华人民共和国主席　习近平", "习近平在北京考察。新华社记者 姚大伟 摄",
    "演讲", "访谈记录", "不忘初心、牢记使命！",
)
#: Lines of a body and its end (headings, items, notes, conclusions, sign-off), in random orders too.
BODY_TEXTS = (
    "一、总体要求", "二、重点任务", "（一）稳中求进", "（二）改革创新", "1.加强领导", "2.压实责任", "（1）细化方案", "①明确分工",
    "第一部分 形势", "第一，要提高认识。", "一要加强学习。", "二要改进作风。", "一是抓党建。", "二是抓发展。", "首先，要统一思想。",
    "要坚持稳中求进。", "同志们，让我们共同努力！", "谢谢大家！", "（2023年5月6日）", "同志们：", "上一篇：通知", "结束语",
    "某某市人民政府办公室", "2023年5月6日", "（此件公开发布）", "注释", "[1] 见某书。", "（来源：新华社）", "— 3 —",
    "某某市政府工作报告", "重点抓好三件事：一是加强领导；二是压实责任。", "场景一：基层治理", "## 小标题", "未完的句子",
    "（全场热烈鼓掌）", "抄送：市委办公室。", "名词解释：", "②“十大工程”：说明。", "------------------", "注　　释",
    "附：课程设置表", "第二点：关于知识分子。", "第一，全国动员，大办农业", "第二，加快发展基础工业", "开幕词", "（一九五五年三月三十一日）",
    "五年来，国民经济保持良好发展势头，经济结构战略性调整迈出重要步伐", "（一○）第十条。", "绍兴一中课程示意图",
)


def exercise(source: str | bytes) -> speechparse.ast.Document:
    """Parse ``source``, export it to every registered format (TEI must be well-formed XML, the JSON
    formats JSON), validate it; raise on any failure, including the parser's own fallback (SP099)."""
    doc = speechparse.parse(source)
    fallback = [d for d in doc.diagnostics if d.code == "SP099"]
    if fallback:
        raise AssertionError(f"parser fell back to flat paragraphs: {fallback[0].message}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        outputs = {name: export(doc, name) for name in EXPORTERS}
    etree.fromstring(outputs["tei"].encode("utf-8"))
    json.loads(outputs["json"])
    json.loads(outputs["pandoc"])
    for line in outputs["jsonl"].splitlines():
        json.loads(line)
    for name, output in outputs.items():
        output.encode("utf-8")  # no lone surrogates in any format
        if not isinstance(output, str):
            raise AssertionError(f"{name} export is a {type(output).__name__}")
    if check_text is not None:
        text = source if isinstance(source, str) else speechparse.render_text(doc)
        check_text(text, Settings())
    return doc
