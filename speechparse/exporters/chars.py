"""Characters some formats cannot hold: finding them, replacing them, and saying so."""

from __future__ import annotations

import re
import warnings

from .. import recache
from .base import ExportWarning

#: Not a ``Char`` of XML 1.0: C0 controls but tab/newline/return, lone surrogates, U+FFFE, U+FFFF
#: (as the inside of a regex character class).
XML_FORBIDDEN_CLASS = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
XML_FORBIDDEN = recache.compile(f"[{XML_FORBIDDEN_CLASS}]")
#: Lone surrogates: no UTF-8 encoding, and JSON readers other than Python's refuse them.
SURROGATES = recache.compile("[\ud800-\udfff]")
#: What CommonMark replaces (NUL) or UTF-8 cannot encode (lone surrogates).
UNENCODABLE = recache.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"


#: Characters that end a line for ``str.splitlines`` (and some JSON Lines readers) but not for JSON, and their escapes.
LINE_BREAKING = {ord(char): f"\\u{ord(char):04x}" for char in "\x85\u2028\u2029"}


def one_line(json_text: str) -> str:
    """``json_text`` (compact JSON) with the characters of :data:`LINE_BREAKING` written as escapes: a record stays one
    line however its reader splits lines (JSON escapes the control characters itself)."""
    if "\x85" in json_text or "\u2028" in json_text or "\u2029" in json_text:
        return json_text.translate(LINE_BREAKING)
    return json_text


def codepoint(char: str) -> str:
    """``U+0001`` for ``"\\x01"``."""
    return f"U+{ord(char):04X}"


def substitute(char: str) -> str:
    """What stands for a character a format cannot hold: a space for a space-like one, else U+FFFD."""
    return " " if char.isspace() else REPLACEMENT


def replace(text: str, pattern: re.Pattern[str] = XML_FORBIDDEN) -> str:
    """``text`` with every character matched by ``pattern`` replaced by its :func:`substitute`."""
    return pattern.sub(lambda match: substitute(match.group()), text)


def replace_reporting(fmt: str, text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with ``pattern``'s characters replaced, and an :class:`ExportWarning` if any were."""
    found = pattern.findall(text)
    warn_replaced(fmt, found)
    return replace(text, pattern) if found else text


def warn_replaced(fmt: str, found: list[str]) -> None:
    """Issue an :class:`ExportWarning` naming the characters ``fmt`` could not hold, if any."""
    if found:
        names = ", ".join(sorted({codepoint(char) for char in found}))
        warnings.warn(f"{fmt}: {len(found)} character(s) not allowed in this format replaced ({names})",
                      ExportWarning, stacklevel=2)
