"""Reading the numbers that markers and dates are written with."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

#: A Chinese year's zero is also written ○ 零 O Ｏ 0 ０ (GB/T 15835-2011 §5.2.5 wants 〇; see rule SP504 chinese-zero-glyph).
DIGITS: Final = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "0": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
FULL_WIDTH: Final = str.maketrans("０１２３４５６７８９", "0123456789")
ENCLOSED: Final = {
    **{chr(0x2460 + i): i + 1 for i in range(20)},  # ① … ⑳
    **{chr(0x2474 + i): i + 1 for i in range(20)},  # ⑴ … ⒇
    **{chr(0x3220 + i): i + 1 for i in range(10)},  # ㈠ … ㈩
}
SEQUENCE_WORDS: Final = {"首先": 1, "其次": 2, "再次": 3, "然后": 3}


def chinese_number(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105; None when ``text`` is not a Chinese numeral."""
    if not text:
        return None
    if "十" not in text and "百" not in text:
        if len(text) == 1:
            return DIGITS.get(text)
        return None
    total = 0
    current = 0
    for char in text:
        if char in DIGITS:
            current = DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def digit_string(text: str) -> int | None:
    """A Chinese year or digit string read digit by digit: 二〇一八 → 2018, 2018 → 2018."""
    text = text.translate(FULL_WIDTH)
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if all(char in DIGITS for char in text):
        return int("".join(str(DIGITS[char]) for char in text))
    return None


@lru_cache(maxsize=1024)  # the numerals markers and dates are written with: a few dozen strings, read again and again
def any_number(text: str) -> int | None:
    """The value of a marker numeral in any script: 3, ３, 三, 十三, 一三 (digit by digit), ③, ⑶, ㈢."""
    if not text:
        return None
    if text in ENCLOSED:
        return ENCLOSED[text]
    text = text.translate(FULL_WIDTH)
    if text.isdigit():
        return int(text)
    value = chinese_number(text)
    if value is None and 2 <= len(text) <= 3:
        return digit_string(text)  # written digit by digit, as older texts number: （一一）, （二○）
    return value


def date_part(text: str | None) -> int | None:
    """A month or day written in digits or Chinese (九, 二十, 09)."""
    if not text:
        return None
    value = any_number(text)
    return value if value is not None and value > 0 else None
