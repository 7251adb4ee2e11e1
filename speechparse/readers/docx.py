"""Word (.docx) reader: the package read with zipfile and lxml, no Word library needed.

Paragraphs are read in document order, table cells' paragraphs included (row by row, cell by
cell).  Word's automatic numbering, which the text runs never contain, is rendered into the
paragraph text (``一、``, ``（一）``, ``1.``, ``①``), because it decides the structure.  Manual line
breaks (``w:br``) split a paragraph the way a line break splits plain text; tracked deletions,
hidden text, field codes, footnotes, endnotes, comments and text boxes are not body text (the
last four are counted in one ``SP010`` diagnostic).

Spans: a .docx has no lines, so the reader builds a text with **one line per Word paragraph**
(every ``w:p`` of the body in reading order, empty ones included; whitespace runs collapsed to
one space, a manual line break written as ``\\v``).  ``Span.line`` is the paragraph number and
``Span.column`` the character offset inside it + 1, counting the rendered number.  That text is
``Reading.source.text``; ``SourceInfo.reader`` is ``"docx"``.

Layout hints on the blocks: ``table`` (a table cell's paragraph), ``center`` (``w:jc`` center), ``large`` (font at least 2 pt above the
body text), ``bold`` (all bold), ``bold-lead`` (a bold lead sentence), ``heading`` (a heading style
or outline level), ``title`` (the Title or Subtitle style), ``contents`` (a table of contents' style: toc 1, TOC
Heading).
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator

from lxml import etree

from .. import recache
from ..ast import Diagnostic
from ..codecache import dataclass
from ..errors import ReaderError
from .base import CONTENTS, RawBlock, SourceText
from .docx_numbering import Numbering
from .docx_styles import Props, Styles
from .reading import EXCLUDED, Reading, source_info
from .runs import LINE_BREAK, Chars, emphasis, paragraphs

W_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_PART = 256 * 1024 * 1024
#: Elements whose paragraphs are read in order (tables, content controls, tracked insertions).
BLOCK_CONTAINERS = frozenset({"tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"})
#: Elements inside a paragraph whose runs are read.
INLINE_CONTAINERS = frozenset({"hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "sdt",
                               "sdtContent", "dir", "bdo"})
NOTES = {"footnoteReference": "footnote", "endnoteReference": "endnote", "commentReference": "comment"}
#: Word's styles of a table of contents: its entries (toc 1 … toc 9) and its heading (TOC Heading).
CONTENTS_STYLE = recache.compile(r"toc [1-9]|toc heading")
LARGE_STEP = 4  #: half-points: 2 pt above the body text is "large"
DEFAULT_SIZE = 20  #: Word's size when no style says one (10 pt)


def read_docx(data: bytes, path: str | None = None) -> Reading:
    """Read a .docx; :class:`ReaderError` (one line) when ``data`` is not a readable Word document."""
    package = Package(data)
    root = package.main()
    w = etree.QName(root).namespace
    body = root.find(f"{{{w}}}body")
    if body is None:
        raise ReaderError("damaged Word document: word/document.xml has no body")
    reader = _BodyReader(w, Styles(package.related("styles"), w), Numbering(package.related("numbering"), w))
    collected = [reader.paragraph(p, in_table) for p, in_table in _paragraph_elements(body, w)]
    body_size = _body_size(collected)
    lines: list[str] = []
    blocks: list[RawBlock] = []
    offset = 0
    for paragraph in collected:
        hints = paragraph.hints | ({"large"} if paragraph.size >= body_size + LARGE_STEP else set())
        parts: list[str] = []
        for piece in paragraphs(paragraph.chars):
            text = "".join(piece.text)
            start = offset + sum(len(part) + 1 for part in parts)
            after_break = LINE_BREAK_HINT if parts else frozenset()
            blocks.append(RawBlock(text, ((0, start),), frozenset(hints) | emphasis(piece) | after_break))
            parts.append(text)
        line = LINE_BREAK.join(parts)
        lines.append(line)
        offset += len(line) + 1
    text = "\n".join(lines)
    info = source_info(text, path=path, encoding="utf-8", reader="docx")
    return Reading(SourceText(text), blocks, info, reader.diagnostics())


#: Hint of a piece of a Word paragraph that follows a manual line break (``w:br``).
LINE_BREAK_HINT = frozenset({"line-break"})


class Package:
    """The zip package of a .docx and its XML parts."""

    def __init__(self, data: bytes) -> None:
        if data.startswith(OLE_MAGIC):
            raise ReaderError("not a .docx: a legacy Word .doc or an encrypted document (save it as .docx)")
        if not data.startswith(b"PK"):
            raise ReaderError("not a Word .docx file: not a zip archive")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError,
                struct.error) as error:
            raise ReaderError(f"damaged Word .docx file: incomplete or corrupt zip archive ({error})") from None
        self.names = set(self.zip.namelist())
        self.main_name = self._target("_rels/.rels", "", "officeDocument") or "word/document.xml"

    def main(self) -> etree._Element:
        if self.main_name not in self.names:
            raise ReaderError("not a Word document: the zip archive has no word/document.xml")
        root = self.xml(self.main_name)
        name = etree.QName(root)
        if name.namespace not in W_NAMESPACES or name.localname != "document":
            raise ReaderError(f"not a Word document: its main part is a {name.localname!r}, not a 'document'")
        return root

    def related(self, kind: str) -> etree._Element | None:
        """The part of the main document related as ``kind`` (styles, numbering), if any."""
        folder, name = posixpath.split(self.main_name)
        target = self._target(posixpath.join(folder, "_rels", name + ".rels"), folder, kind)
        return self.xml(target) if target and target in self.names else None

    def xml(self, name: str) -> etree._Element:
        try:
            if self.zip.getinfo(name).file_size > MAX_PART:
                raise ReaderError(f"Word document too large to read: {name} unpacks to more than 256 MiB")
            data = self.zip.read(name)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError,
                ValueError, struct.error) as error:
            raise ReaderError(f"damaged Word .docx file: cannot unpack {name} ({error})") from None
        parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True)
        try:
            return etree.fromstring(data, parser)
        except etree.XMLSyntaxError as error:
            raise ReaderError(f"damaged Word .docx file: {name} is not well-formed XML ({error})") from None

    def _target(self, rels_name: str, folder: str, kind: str) -> str | None:
        if rels_name not in self.names:
            return None
        for relationship in self.xml(rels_name):
            if (relationship.get("Type") or "").endswith("/" + kind) and relationship.get("TargetMode") != "External":
                target = relationship.get("Target") or ""
                joined = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
                return posixpath.normpath(joined)
        return None


def _paragraph_elements(
    parent: etree._Element, w: str, in_table: bool = False
) -> Iterator[tuple[etree._Element, bool]]:
    """The ``w:p`` elements under ``parent`` in reading order, and whether each is in a table."""
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child)
        if name.namespace != w:
            continue
        if name.localname == "p":
            yield child, in_table
        elif name.localname in BLOCK_CONTAINERS:
            yield from _paragraph_elements(child, w, in_table or name.localname == "tbl")


@dataclass(slots=True)
class _Paragraph:
    chars: Chars
    hints: frozenset[str]
    size: int  #: the font size of most of its characters, half-points
    sizes: Counter[int]


def _body_size(collected: list[_Paragraph]) -> int:
    """The font size of most characters of the document."""
    total: Counter[int] = Counter()
    for paragraph in collected:
        total.update(paragraph.sizes)
    return total.most_common(1)[0][0] if total else DEFAULT_SIZE


class _BodyReader:
    """Reads paragraphs: their characters (with the rendered number) and layout facts."""

    def __init__(self, w: str, styles: Styles, numbering: Numbering) -> None:
        self.w = w
        self.styles = styles
        self.numbering = numbering
        self.skipped: Counter[str] = Counter()

    def paragraph(self, p: etree._Element, in_table: bool) -> _Paragraph:
        w, styles = self.w, self.styles
        ppr = p.find(f"{{{w}}}pPr")
        style_element = ppr.find(f"{{{w}}}pStyle") if ppr is not None else None
        style_id = style_element.get(f"{{{w}}}val") if style_element is not None else styles.default_paragraph
        style = styles.style(style_id)
        props = styles.props(ppr, None).over(style)
        run_base = style.over(styles.defaults)
        chars = Chars()
        sizes: Counter[int] = Counter()
        if props.num_id and props.num_id != "0":
            ilvl = props.ilvl if props.ilvl is not None else self.numbering.level_of_style(props.num_id, style_id or "")
            number = self.numbering.render(props.num_id, ilvl or 0)
            mark = styles.props(None, ppr.find(f"{{{w}}}rPr") if ppr is not None else None).over(run_base)
            chars.add(number, 0, bool(mark.bold))
        self._inline(p, chars, sizes, run_base)
        hints = {"table"} if in_table else set()
        if props.jc == "center":
            hints.add("center")
        if props.name and CONTENTS_STYLE.fullmatch(props.name):
            hints.add(CONTENTS)
        elif props.name in ("title", "subtitle"):
            hints.add("title")
        elif styles.is_heading(props):
            hints.add("heading")
        size = sizes.most_common(1)[0][0] if sizes else run_base.size or DEFAULT_SIZE
        return _Paragraph(chars, frozenset(hints), size, sizes)

    def diagnostics(self) -> tuple[Diagnostic, ...]:
        if not self.skipped:
            return ()
        counts = ", ".join(f"{count} {kind}{'s' if count > 1 else ''}" for kind, count in sorted(self.skipped.items()))
        return (Diagnostic(EXCLUDED, f"not read as body text: {counts}", None, "info"),)

    def _inline(self, element: etree._Element, chars: Chars, sizes: Counter[int], run_base: Props) -> None:
        w = self.w
        for child in element:
            if not isinstance(child.tag, str):
                continue
            name = etree.QName(child)
            if name.namespace != w:
                if name.localname == "AlternateContent":
                    self._count_text_boxes(child)
                continue
            if name.localname == "r":
                self._run(child, chars, sizes, run_base)
            elif name.localname in INLINE_CONTAINERS:
                self._inline(child, chars, sizes, run_base)

    def _run(self, run: etree._Element, chars: Chars, sizes: Counter[int], run_base: Props) -> None:
        w, styles = self.w, self.styles
        rpr = run.find(f"{{{w}}}rPr")
        run_style = rpr.find(f"{{{w}}}rStyle") if rpr is not None else None
        character = styles.style(run_style.get(f"{{{w}}}val") if run_style is not None else None)
        props = styles.props(None, rpr).over(character.over(run_base))
        if props.hidden:
            return
        bold = bool(props.bold)
        for item in run:
            if not isinstance(item.tag, str):
                continue
            name = etree.QName(item)
            tag = name.localname if name.namespace == w else ""
            text = ""
            if tag == "t":
                text = item.text or ""
            elif tag in ("tab", "ptab"):
                text = "\t"
            elif tag in ("br", "cr"):
                text = LINE_BREAK
            elif tag == "noBreakHyphen":
                text = "-"
            elif tag in NOTES:
                self.skipped[NOTES[tag]] += 1
            elif tag in ("drawing", "pict", "object") or name.localname == "AlternateContent":
                self._count_text_boxes(item)
            if text:
                chars.add(text, 0, bold)
                sizes[props.size or DEFAULT_SIZE] += len(text.strip())

    def _count_text_boxes(self, element: etree._Element) -> None:
        """Text boxes are not read; count each once (a Word 2010 box comes with a fallback copy)."""
        choice = next(iter(element), None) if etree.QName(element).localname == "AlternateContent" else element
        if choice is not None and any(True for _ in choice.iter(f"{{{self.w}}}txbxContent")):
            self.skipped["text box"] += 1
