"""Word's automatic numbering (``word/numbering.xml``): the numbers Word shows but never stores.

A paragraph with ``w:numPr`` (directly or through its style) shows the number of its list level,
rendered from the level's ``w:lvlText`` (``%1、``, ``（%1）``) and ``w:numFmt`` (``chineseCounting``,
``decimal``, ``decimalEnclosedCircle``…).  Counters belong to the abstract definition, so lists
that share one continue each other unless a ``w:startOverride`` restarts them; using a level
restarts the levels below it (``w:lvlRestart`` can say otherwise).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from .. import recache
from ..codecache import dataclass

CN_DIGITS = "〇一二三四五六七八九"
LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
#: A rendered number that ends in one of these needs no space before the text.
CLOSED = "、.．，,:：)）]】》」』"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def chinese_counting(number: int, digits: str = CN_DIGITS, ten: str = "十", hundred: str = "百") -> str:
    """一 … 九, 十, 十一, 二十一, 一百零五 (the way the numbers are said)."""
    if number < 10:
        return digits[number]
    if number < 20 and digits == CN_DIGITS:
        return ten + (digits[number % 10] if number % 10 else "")
    if number < 100:
        return digits[number // 10] + ten + (digits[number % 10] if number % 10 else "")
    if number < 1000:
        rest = number % 100
        head = digits[number // 100] + hundred
        if not rest:
            return head
        if rest < 10:
            return head + "零" + digits[rest]
        return head + (digits[rest // 10] + ten + (digits[rest % 10] if rest % 10 else ""))
    return str(number)


def _enclosed(first: int, size: int) -> Callable[[int], str]:
    return lambda number: chr(first + number - 1) if 1 <= number <= size else str(number)


def _cycle(symbols: str) -> Callable[[int], str]:
    return lambda number: symbols[number - 1] if 1 <= number <= len(symbols) else str(number)


def _letters(alphabet: str) -> Callable[[int], str]:
    return lambda number: alphabet[(number - 1) % 26] * ((number - 1) // 26 + 1) if number > 0 else str(number)


def _roman(number: int) -> str:
    result = ""
    for value, symbol in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, number = divmod(number, value)
        result += symbol * count
    return result


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda number: f"{number:02d}",
    "decimalFullWidth": lambda number: str(number).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "chineseCounting": chinese_counting,
    "chineseCountingThousand": chinese_counting,
    "taiwaneseCounting": chinese_counting,
    "taiwaneseCountingThousand": chinese_counting,
    "japaneseCounting": chinese_counting,
    "chineseLegalSimplified": lambda number: chinese_counting(number, LEGAL_DIGITS, "拾", "佰"),
    "ideographTraditional": _cycle("甲乙丙丁戊己庚辛壬癸"),
    "ideographZodiac": _cycle("子丑寅卯辰巳午未申酉戌亥"),
    "decimalEnclosedCircle": _enclosed(0x2460, 20),  # ① … ⑳
    "decimalEnclosedCircleChinese": _enclosed(0x2460, 20),
    "decimalEnclosedParen": _enclosed(0x2474, 20),  # ⑴ … ⒇
    "decimalEnclosedFullstop": _enclosed(0x2488, 20),  # ⒈ … ⒛
    "ideographEnclosedCircle": _enclosed(0x3280, 10),  # ㊀ … ㊉
    "upperRoman": _roman,
    "lowerRoman": lambda number: _roman(number).lower(),
    "upperLetter": _letters("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "lowerLetter": _letters("abcdefghijklmnopqrstuvwxyz"),
    "none": lambda number: "",
}
FORMATS["decimalFullWidth2"] = FORMATS["decimalFullWidth"]
PLACEHOLDER = recache.compile(r"%([1-9])")
NUMBER_MAX = 9999


def format_number(number: int, fmt: str) -> str:
    """``number`` in Word's number format ``fmt`` (unknown formats, and numbers out of the range
    of counting, fall back to decimal)."""
    if not 0 <= number <= NUMBER_MAX:
        return "" if fmt == "none" else str(number)
    return FORMATS.get(fmt, str)(number)


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a list definition."""

    start: int = 0
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    restart: int | None = None  #: w:lvlRestart: 0 never, N after level N-1 (1-based), None after any higher
    legal: bool = False  #: w:isLgl: every level shown in decimal
    style: str | None = None  #: the paragraph style bound to this level


class Numbering:
    """List definitions and the counters of one document read in order."""

    def __init__(self, root: etree._Element | None, w: str) -> None:
        self.w = w
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int | None]] = {}
        self.seen: set[str] = set()
        if root is None:
            return
        for abstract in root.iterchildren(f"{{{w}}}abstractNum"):
            levels = {self._int(lvl, "ilvl", 0): self._level(lvl) for lvl in abstract.iterchildren(f"{{{w}}}lvl")}
            self.abstracts[self._val(abstract, "abstractNumId") or ""] = levels
        for num in root.iterchildren(f"{{{w}}}num"):
            abstract_id = num.find(f"{{{w}}}abstractNumId")
            if abstract_id is None:
                continue
            levels, starts = {}, {}
            for override in num.iterchildren(f"{{{w}}}lvlOverride"):
                ilvl = self._int(override, "ilvl", 0)
                start = override.find(f"{{{w}}}startOverride")
                if start is not None:
                    starts[ilvl] = self._int(start, "val", 0)
                lvl = override.find(f"{{{w}}}lvl")
                if lvl is not None:
                    levels[ilvl] = self._level(lvl)
            self.nums[self._val(num, "numId") or ""] = (self._val(abstract_id, "val") or "", levels, starts)

    def level_of_style(self, num_id: str, style_id: str) -> int | None:
        """The level a paragraph style is bound to in list ``num_id`` (``w:lvl/w:pStyle``)."""
        for ilvl, level in self._levels(num_id).items():
            if level.style == style_id:
                return ilvl
        return None

    def render(self, num_id: str, ilvl: int) -> str:
        """The next number of list ``num_id`` at level ``ilvl``, with the space Word puts after it
        when the number does not end in punctuation; "" for bullets and unknown lists."""
        if num_id not in self.nums:
            return ""
        abstract_id, _, starts = self.nums[num_id]
        levels = self._levels(num_id)
        level = levels.get(ilvl)
        if level is None or level.fmt == "bullet":
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.seen:
            self.seen.add(num_id)
            for overridden in starts:
                counters[overridden] = None
        current = counters.get(ilvl)
        counters[ilvl] = self._start(num_id, ilvl, levels) if current is None else current + 1
        for deeper, other in levels.items():
            if deeper > ilvl and (other.restart is None or (other.restart and ilvl <= other.restart - 1)):
                counters[deeper] = None

        def value(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            shown = counters.get(index)
            number = self._start(num_id, index, levels) if shown is None else shown
            fmt = levels[index].fmt if index in levels else "decimal"
            return format_number(number, "decimal" if level.legal and fmt != "none" else fmt)

        rendered = PLACEHOLDER.sub(value, level.text)
        if rendered and level.suffix != "nothing" and rendered[-1] not in CLOSED and not _enclosed_char(rendered[-1]):
            rendered += " "
        return rendered

    def _levels(self, num_id: str) -> dict[int, Level]:
        abstract_id, overrides, _ = self.nums.get(num_id, ("", {}, {}))
        return {**self.abstracts.get(abstract_id, {}), **overrides}

    def _start(self, num_id: str, ilvl: int, levels: dict[int, Level]) -> int:
        starts = self.nums[num_id][2]
        if ilvl in starts:
            return starts[ilvl]
        return levels[ilvl].start if ilvl in levels else 1

    def _level(self, lvl: etree._Element) -> Level:
        w = self.w
        fmt = lvl.find(f"{{{w}}}numFmt")
        if fmt is None:  # Word 2010 writes custom formats with a fallback for older readers
            fmt = lvl.find(f"{{{MC}}}AlternateContent/{{{MC}}}Fallback/{{{w}}}numFmt")
        restart = lvl.find(f"{{{w}}}lvlRestart")
        legal = lvl.find(f"{{{w}}}isLgl")
        return Level(
            start=self._int(lvl.find(f"{{{w}}}start"), "val", 0),
            fmt=self._val(fmt, "val") or "decimal",
            text=self._val(lvl.find(f"{{{w}}}lvlText"), "val") or "",
            suffix=self._val(lvl.find(f"{{{w}}}suff"), "val") or "tab",
            restart=None if restart is None else self._int(restart, "val", 0),
            legal=legal is not None and self._val(legal, "val") not in ("0", "false", "off"),
            style=self._val(lvl.find(f"{{{w}}}pStyle"), "val"),
        )

    def _val(self, element: etree._Element | None, name: str) -> str | None:
        return None if element is None else element.get(f"{{{self.w}}}{name}")

    def _int(self, element: etree._Element | None, name: str, default: int) -> int:
        value = self._val(element, name)
        try:
            return int(value) if value is not None else default
        except ValueError:
            return default


def _enclosed_char(char: str) -> bool:
    """①, ⑴, ⒈, ㊀ and the like stand alone without a delimiter."""
    return "\u2460" <= char <= "\u24ff" or "\u3220" <= char <= "\u32ff"
