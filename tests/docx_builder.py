"""Builds .docx test documents with python-docx, plus the parts python-docx does not write:
a Chinese multi-level numbering definition (一、 → （一） → 1. → （1） → ①) and footnotes."""

from __future__ import annotations

import io
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.shared import Pt

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: (numFmt, lvlText) of levels 0–4 of the Chinese outline list.
CHINESE_OUTLINE = (
    ("chineseCounting", "%1、"),
    ("chineseCounting", "（%2）"),
    ("decimal", "%3."),
    ("decimal", "（%4）"),
    ("decimalEnclosedCircle", "%5"),
)
OUTLINE_LIST, SECOND_LIST = "1", "2"
#: Level 0 is bound to the Heading 1 style, the way Word's multi-level heading lists are.
HEADING_1 = '<w:pStyle w:val="Heading1"/>'


def _numbering_xml() -> str:
    levels = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'{HEADING_1 if ilvl == 0 else ""}<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/></w:lvl>'
        for ilvl, (fmt, text) in enumerate(CHINESE_OUTLINE)
    )
    return (
        f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>'
        f'<w:num w:numId="{OUTLINE_LIST}"><w:abstractNumId w:val="0"/></w:num>'
        f'<w:num w:numId="{SECOND_LIST}"><w:abstractNumId w:val="0"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>'
    )


def _footnotes_xml(notes: list[str]) -> str:
    separators = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>"
    )
    bodies = "".join(
        f'<w:footnote w:id="{index}"><w:p><w:r><w:t>{note}</w:t></w:r></w:p></w:footnote>'
        for index, note in enumerate(notes, start=1)
    )
    return f'<w:footnotes xmlns:w="{W}">{separators}{bodies}</w:footnotes>'


class SpeechDocx:
    """A Word document typed the way speeches are: centered title, numbered headings, bold leads."""

    def __init__(self, body_size: int = 16) -> None:
        self.doc = Document()
        self.doc.styles["Normal"].font.size = Pt(body_size)
        self.doc.part.numbering_part._element = parse_xml(_numbering_xml())
        self.notes: list[str] = []

    def paragraph(self, text: str = "", *, center: bool = False, bold: bool = False, size: int | None = None):
        paragraph = self.doc.add_paragraph()
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if text:
            run = paragraph.add_run(text)
            run.bold = bold or None
            if size:
                run.font.size = Pt(size)
        return paragraph

    def title(self, text: str) -> None:
        self.paragraph(text, center=True, bold=True, size=22)

    def numbered(self, text: str, level: int = 0, num_id: str = OUTLINE_LIST) -> None:
        """A paragraph numbered by Word: the number is not in its text."""
        paragraph = self.paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        ))

    def number_heading_styles(self) -> None:
        """Heading 1 and Heading 2 numbered by the outline list through their styles: Heading 1
        by the list level bound to it, Heading 2 by its own level."""
        for name, level in (("Heading 1", ""), ("Heading 2", '<w:ilvl w:val="1"/>')):
            self.doc.styles[name].element.get_or_add_pPr().append(parse_xml(
                f'<w:numPr xmlns:w="{W}">{level}<w:numId w:val="{OUTLINE_LIST}"/></w:numPr>'
            ))

    def bold_lead(self, lead: str, rest: str) -> None:
        paragraph = self.doc.add_paragraph()
        paragraph.add_run(lead).bold = True
        paragraph.add_run(rest)

    def lines(self, *lines: str, center: bool = False) -> None:
        """One paragraph whose lines are separated by manual line breaks (Shift+Enter)."""
        paragraph = self.paragraph(center=center)
        for index, line in enumerate(lines):
            run = paragraph.add_run(line)
            if index < len(lines) - 1:
                run.add_break()

    def table(self, rows: list[list[str]]) -> None:
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        for row, values in zip(table.rows, rows, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value

    def with_footnote(self, text: str, note: str) -> None:
        """A paragraph whose text ends with a footnote reference."""
        paragraph = self.paragraph(text)
        self.notes.append(note)
        paragraph._p.append(parse_xml(
            f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{len(self.notes)}"/></w:r>'
        ))

    def comment(self, text: str, comment: str) -> None:
        paragraph = self.paragraph(text)
        self.doc.add_comment(paragraph.runs, text=comment, author="审稿人")

    def table_of_contents(self, heading: str, entries: list[tuple[str, int]]) -> None:
        """A table of contents as Word inserts it: a TOC Heading paragraph, then an entry per
        heading (style toc 1), its title, a tab and its page number as a PAGEREF field's result."""
        from docx.enum.style import WD_STYLE_TYPE

        names = {style.name for style in self.doc.styles}
        for name in ("TOC Heading", "toc 1"):
            if name not in names:
                self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        self.doc.add_paragraph(heading, style="TOC Heading")
        for text, page in entries:
            paragraph = self.doc.add_paragraph(style="toc 1")
            paragraph._p.append(parse_xml(
                f'<w:hyperlink xmlns:w="{W}" w:anchor="_Toc{page}"><w:r><w:t>{text}</w:t></w:r><w:r><w:tab/></w:r>'
                f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc{page} \\h </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{page}</w:t></w:r>'
                f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>'))

    def bytes(self) -> bytes:
        if self.notes:
            part = XmlPart(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES,
                           parse_xml(_footnotes_xml(self.notes)), self.doc.part.package)
            self.doc.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()


HEADING = re.compile(r"^([一二三四五六七八九十]+)、")
LEAD = re.compile(r"^([一二三四五六七八九十]要[^。]*。)")


def seed_docx(seed_text: str) -> bytes:
    """The seed speech typed into Word: centered title, date and speaker lines, 一、 headings
    numbered by Word, 一要… lead sentences bold; paragraphs as in the text (page breaks too)."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", seed_text) if block.strip()]
    builder = SpeechDocx()
    builder.title(blocks[0])
    for block in blocks[1:3]:
        builder.paragraph(block, center=True)
    for block in blocks[3:]:
        heading, lead = HEADING.match(block), LEAD.match(block)
        if heading:
            builder.numbered(block[heading.end():])
        elif lead:
            builder.bold_lead(lead.group(1), block[lead.end():])
        else:
            builder.paragraph(block)
    return builder.bytes()
