"""Seeded generator of speech-like documents, for size scaling and for the robustness tests.

A document has a title (sometimes a subtitle), a date line, a speaker, a salutation, top-level
``一、`` sections with nested ``（一）`` / ``1.`` / ``（1）`` divisions, run-in items (``一要`` /
``一是`` / ``第一，``), paragraphs of CJK text with punctuation, paragraphs broken across a page
end (a blank line in mid-sentence), and a closing.  The size is set by the number of top-level
sections, each drawn from the same distribution, so a document 100× as large has the same shape
100× as often.  The same ``seed`` and ``size`` always give the same text.

    python bench/generate.py --size 100000 --seed 1 > speech.txt
"""

from __future__ import annotations

import argparse
import random
import sys

DIGITS = "零一二三四五六七八九"
PLACES = ["全市", "全区", "全省", "全县", "全系统", "全行业"]
MEETINGS = ["经济工作会议", "意识形态工作会议", "党风廉政建设工作会议", "安全生产工作会议", "优化营商环境大会",
            "乡村振兴推进会", "科技创新大会", "生态环境保护工作会议"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"
GIVEN = "晓峰建国志强海燕明华立新秀英红梅文博宇航振东"
ROLES = ["市委书记", "区长", "省委常委、秘书长", "县委副书记", "局党组书记、局长"]
SALUTATIONS = ["同志们：", "各位代表：", "同志们、朋友们：", "各位委员、同志们："]
CLOSINGS = ["谢谢大家！", "同志们，让我们更加紧密地团结在一起，为实现全年目标任务而努力奋斗！", "以上意见，供大家参考。"]
SUBJECTS = ["各级党组织", "各街道各部门", "领导干部", "全体党员", "各有关单位", "我们", "基层干部", "市场主体"]
VERBS = ["坚持", "深化", "加强", "推进", "落实", "完善", "提高", "巩固", "健全", "统筹", "强化", "优化"]
OBJECTS = ["意识形态工作责任制", "高质量发展", "营商环境", "基层治理体系", "安全生产责任", "生态环境保护",
           "干部队伍建设", "重大风险防范化解", "民生保障水平", "科技创新能力", "项目建设", "作风建设",
           "全面从严治党", "乡村振兴战略", "数字政府建设", "社会主义核心价值观"]
ADVERBS = ["切实", "坚决", "扎实", "持续", "全面", "认真", "积极稳妥地", "进一步"]
TAILS = ["取得明显成效", "形成工作合力", "确保各项任务落地见效", "推动工作再上新台阶", "筑牢安全防线",
         "增强群众获得感", "守住不发生系统性风险的底线", "为全年目标任务完成提供坚强保障"]
QUOTED = ["“两个维护”", "“四个意识”", "《关于加强基层治理的意见》", "“放管服”", "“最多跑一次”"]
STATS = ["同比增长{}.{}%", "完成投资{}亿元", "新增就业{}万人", "{}个项目开工建设"]
RUN_INS = [("一要", "二要", "三要", "四要", "五要"), ("一是", "二是", "三是", "四是", "五是"),
           ("第一，", "第二，", "第三，", "第四，", "第五，")]


def chinese_numeral(number: int) -> str:
    """1 → 一, 12 → 十二, 105 → 一百零五, 2024 → 二千零二十四 (1 ≤ number < 10000)."""
    if number < 10:
        return DIGITS[number]
    if number < 20:
        return "十" + (DIGITS[number % 10] if number % 10 else "")
    result = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // value % 10
        if digit:
            if zero and result:
                result += "零"
            result += DIGITS[digit] + unit
            zero = False
        elif result:
            zero = True
    return result


class SpeechGenerator:
    """One document's worth of random choices, from one seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.indent = self.rng.random() < 0.4  # 　　-indented paragraphs instead of blank lines between them
        self.separator = "\n" if self.indent else "\n\n"

    def document(self, size: int) -> str:
        """A speech of about ``size`` UTF-8 bytes (never fewer than one section's worth)."""
        parts = [*self.front(), *self.opening()]
        body_bytes = 0
        number = 0
        while number == 0 or body_bytes < size:
            number += 1
            section = self.top_section(number)
            parts.extend(section)
            body_bytes += sum(len(part.encode("utf-8")) + len(self.separator) for part in section)
        parts.append(self.rng.choice(CLOSINGS))
        return self.separator.join(self.paragraph_form(part) for part in parts) + "\n"

    def paragraph_form(self, text: str) -> str:
        return "\u3000\u3000" + text if self.indent else text

    def front(self) -> list[str]:
        rng = self.rng
        name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2))
        meeting = rng.choice(PLACES) + rng.choice(MEETINGS)
        year, month, day = rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28)
        date = f"（{year}年{month}月{day}日）" if rng.random() < 0.7 else f"{year}年{month}月{day}日"
        if rng.random() < 0.3:
            lines = [meeting.replace("会议", "") + "讲话", f"——在{meeting}上的讲话", date, f"{rng.choice(ROLES)}　{name}"]
        else:
            lines = [f"在{meeting}上的讲话", date, name]
        return [*lines, rng.choice(SALUTATIONS)]

    def opening(self) -> list[str]:
        return [self.sentences(3, 6) for _ in range(self.rng.randint(1, 3))]

    def top_section(self, number: int) -> list[str]:
        rng = self.rng
        parts = [f"{chinese_numeral(number)}、{self.heading()}"]
        parts.extend(self.sentences(2, 5) for _ in range(rng.randint(0, 2)))
        kind = rng.random()
        if kind < 0.45:
            for sub in range(1, rng.randint(2, 5) + 1):
                parts.extend(self.cn_paren_section(sub))
        elif kind < 0.75:
            parts.extend(self.run_in_items())
        else:
            parts.extend(self.paragraphs(2, 5))
        return parts

    def cn_paren_section(self, number: int) -> list[str]:
        rng = self.rng
        bracket = "（{}）" if rng.random() < 0.9 else "({})"
        heading = bracket.format(chinese_numeral(number)) + self.heading()
        if rng.random() < 0.3:  # a run-in heading: the heading and its text in one paragraph
            return [heading + "。" + self.sentences(2, 4), *self.paragraphs(0, 2)]
        parts = [heading]
        if rng.random() < 0.4:
            for sub in range(1, rng.randint(2, 4) + 1):
                parts.extend(self.arabic_section(sub))
        else:
            parts.extend(self.paragraphs(1, 3))
        return parts

    def arabic_section(self, number: int) -> list[str]:
        rng = self.rng
        parts = [f"{number}{rng.choice(['.', '．'])}{self.heading()}"]
        if rng.random() < 0.3:
            for sub in range(1, rng.randint(2, 3) + 1):
                parts.append(f"（{sub}）{self.heading()}。{self.sentences(1, 3)}")
        else:
            parts.extend(self.paragraphs(1, 2))
        return parts

    def run_in_items(self) -> list[str]:
        markers = self.rng.choice(RUN_INS)
        count = self.rng.randint(2, len(markers))
        return [f"{markers[i]}{self.clause()}。{self.sentences(1, 4)}" for i in range(count)]

    def paragraphs(self, low: int, high: int) -> list[str]:
        result: list[str] = []
        for _ in range(self.rng.randint(low, high)):
            text = self.sentences(2, 7)
            if self.rng.random() < 0.08:  # broken across a page end, mid-sentence
                cut = self.rng.randint(len(text) // 3, 2 * len(text) // 3)
                while text[cut - 1] in "。！？；：" and cut > 1:
                    cut -= 1
                result.append(text[:cut] + self.separator + text[cut:])
            else:
                result.append(text)
        return result

    def heading(self) -> str:
        rng = self.rng
        text = f"{rng.choice(ADVERBS)}{rng.choice(VERBS)}{rng.choice(OBJECTS)}"
        return text + "，" + rng.choice(TAILS) if rng.random() < 0.5 else text

    def clause(self) -> str:
        rng = self.rng
        text = f"{rng.choice(SUBJECTS)}要{rng.choice(ADVERBS)}{rng.choice(VERBS)}{rng.choice(OBJECTS)}"
        roll = rng.random()
        if roll < 0.15:
            text += "，" + rng.choice(QUOTED)
        elif roll < 0.25:
            text += "，" + rng.choice(STATS).format(rng.randint(2, 99), rng.randint(0, 9))
        elif roll < 0.35:
            text += "、" + rng.choice(VERBS) + rng.choice(OBJECTS)
        return text + "，" + rng.choice(TAILS)

    def sentences(self, low: int, high: int) -> str:
        """Clauses ending in 。 (sometimes ； or ！ inside), the last one always a full stop."""
        count = self.rng.randint(low, high)
        inner = "".join(self.clause() + self.rng.choice("。。。；！") for _ in range(count - 1))
        return inner + self.clause() + "。"

def generate(size: int, seed: int = 0) -> str:
    """A speech-like document of about ``size`` UTF-8 bytes; the same arguments give the same text."""
    return SpeechGenerator(seed).document(size)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=50_000, help="approximate size in UTF-8 bytes")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    sys.stdout.buffer.write(generate(args.size, args.seed).encode("utf-8"))


if __name__ == "__main__":
    main()
