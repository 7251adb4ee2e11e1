"""CommonMark with YAML front matter: the title as ``#``, sections as ``##``…``######`` by depth.

Every paragraph is one line (a soft break between CJK characters would render as a space), the
numbering stays in the heading text, and ASCII punctuation that could start markup is escaped, so
nothing turns into a list, code block, link, HTML or emphasis.  Sections deeper than a heading
level allows are written as paragraphs.  The front matter is YAML whose scalars are JSON strings
(valid YAML, Chinese kept as is, characters YAML cannot hold escaped).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import ClassVar

from .. import recache
from ..ast import Document, Section, Title
from .base import ExportOptions
from .chars import UNENCODABLE, replace_reporting
from .lang import language_tag
from .outline import node_text
from .text import heading_line

#: Deepest heading level; the title takes level 1, so sections go down to depth ``MAX_LEVEL - 1``.
MAX_LEVEL = 6
#: Metadata fields in front-matter order (``author`` repeats the speaker for pandoc, Hugo, Jekyll).
FIELDS = ("title", "subtitle", "author", "date", "date_text", "speaker", "speaker_role", "salutation", "meeting",
          "closing", "document_number")

#: Escaped inline: CommonMark's markup characters, and those pandoc's own Markdown reader also reads as markup (a table's
#: | , math's $, a superscript's ^), so the file reads the same through pandoc -f markdown.
_INLINE = recache.compile(r"([\\`*_\[\]<>&~|$^])")
_BLOCK_START = recache.compile(r"[#>+=-]")
_ORDERED = recache.compile(r"(\d{1,9})([.)])(?=\s|$)")
_LINE_BREAKS = recache.compile(r"[\r\n]+")
#: What PyYAML's reader refuses, plus line separators YAML would fold.
_YAML_UNSAFE = recache.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def yaml_string(value: str) -> str:
    """A double-quoted YAML scalar (JSON syntax), non-printable characters as ``\\uXXXX``."""
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))


def escape(text: str) -> str:
    """Inline text with markup characters backslash-escaped."""
    return _INLINE.sub(r"\\\1", _LINE_BREAKS.sub(" ", text).strip())


def paragraph(text: str) -> str:
    """One paragraph line that CommonMark cannot read as a heading, list, quote or rule."""
    line = escape(text)
    if _BLOCK_START.match(line):
        return "\\" + line
    return _ORDERED.sub(r"\1\\\2", line, count=1) if _ORDERED.match(line) else line


def heading(level: int, text: str) -> str:
    """An ATX heading, ``#`` inside escaped so no closing sequence is read."""
    return "#" * level + " " + escape(text).replace("#", "\\#")


def metadata(doc: Document) -> dict[str, str]:
    """The front-matter fields that have a value, in order, and ``lang``."""
    values = {name: getattr(doc.meta, "speaker" if name == "author" else name) for name in FIELDS}
    return {**{name: value for name, value in values.items() if value is not None}, "lang": language_tag(doc)}


def front_matter(doc: Document) -> str:
    lines = [f"{name}: {yaml_string(value)}" for name, value in metadata(doc).items()]
    return "---\n" + "".join(line + "\n" for line in lines) + "---\n"


def _blocks(nodes: tuple, depth: int) -> Iterator[str]:
    for node in nodes:
        if isinstance(node, Title):
            yield heading(1, node_text(node))
        elif isinstance(node, Section):
            level = depth + 1
            yield heading(level, heading_line(node)) if level <= MAX_LEVEL else paragraph(heading_line(node))
            yield from _blocks(node.children, depth + 1)
        else:
            yield paragraph(node_text(node))


def render(doc: Document) -> str:
    """``doc`` as CommonMark: front matter, then one block per node, blank lines between."""
    body = "\n\n".join(block for block in (*_blocks(doc.front, 0), *_blocks(doc.body, 1), *_blocks(doc.back, 0))
                       if block)
    return replace_reporting("md", front_matter(doc) + ("\n" + body + "\n" if body else ""), UNENCODABLE)


class MarkdownExporter:
    format: ClassVar[str] = "md"

    def export(self, doc: Document, options: ExportOptions) -> str:
        return render(doc)
