"""SP408 broken-paragraph."""

from __future__ import annotations

from collections.abc import Iterator

from ... import recache
from ...ast import Note, Paragraph
from ...lexer.units import SENTENCE_END_CHAR
from ...lexicon import is_chrome
from ...readers.text import ZERO_WIDTH
from ..base import Edit, Finding, Fix, FixAvailability, Rule, Severity
from ..context import CJK_PUNCT, HAN, Context

CJK = recache.compile(f"[{HAN}{CJK_PUNCT}]")
#: The text before a page-end break: Chinese text or a mark that cannot end a paragraph (half-width ones too: a copy that
#: lost its full-width marks, SP401's).
BEFORE = recache.compile(f"[{HAN}，、；：“‘（《—,;:]")
#: The text after it: Chinese text, a digit, or an opening mark.
AFTER = recache.compile(f"[{HAN}0-9“‘（《]")
#: Running text has sentence punctuation (or its half-width forms); headings, titles and chrome lines do not.
SENTENCE = recache.compile("[，。；：！？,;:!?]")
HEADING_START = recache.compile(r"\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十]+[章节部])")
SHORT_LINE = 40


class BrokenParagraph(Rule):
    """Paragraph broken across a page end: it stops mid-sentence and goes on after a line break.

    Why is this bad?
        Text copied from a PDF or a printed page keeps the page's line breaks: a paragraph ends
        without 。 and the next "paragraph" continues the sentence (党中央 / 对意识形态工作…) at the
        margin.  A copy whose marks went half-width (，as ,) is read alike.  Readers, search engines and counts see two paragraphs where there is one.  (An
        indented line opens a paragraph: the parser joins nothing into it, and this rule does not
        flag it.)

    Example:
        党的十八大以来，以习近平同志为核心的党中央

        对意识形态工作高度重视。

    Use instead:
        党的十八大以来，以习近平同志为核心的党中央对意识形态工作高度重视。

    Fix safety:
        Safe: the line break (and the blank lines and indent around it) is deleted; between two
        Latin letters or digits a space is kept.  Unsafe where the printed copy's page number
        stands between the two parts (… 党中央 / — 3 — / 对意识形态工作…): the fix deletes it too.

    Source:
        Editing convention (GB/T 9704-2012 §7.3.3: a paragraph is one unit, "回行顶格"); the
        parser's page-break repair.
    """

    code = "SP408"
    name = "broken-paragraph"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    catalogue = ""

    def check(self, ctx: Context) -> Iterator[Finding]:
        yield from self._joined(ctx)
        yield from self._cut_by_page_numbers(ctx)

    def _joined(self, ctx: Context) -> Iterator[Finding]:
        """The parser's joins that look like a page end."""
        text = ctx.text
        for join in ctx.doc.joins:
            start, end = join.span.start, join.span.end
            while start > 0 and (text[start - 1].isspace() or text[start - 1] in ZERO_WIDTH):
                start -= 1
            while end < len(text) and (text[end].isspace() or text[end] in ZERO_WIDTH):
                end += 1
            if start == 0 or end == len(text) or not self._looks_broken(text, start, end):
                continue
            glue = "" if CJK.match(text[start - 1]) or CJK.match(text[end]) else " "
            fix = Fix.safe("Join the two parts", Edit(start, end, glue))
            yield Finding(start - 1, end + 1, f"Paragraph broken after …{join.before[-6:]}, goes on with "
                          f"{join.after[:6]}…", fix)

    @staticmethod
    def _cut_by_page_numbers(ctx: Context) -> Iterator[Finding]:
        """A paragraph of running text that stops mid-sentence, a page number, and the paragraph
        that goes on with it (the parser keeps them apart, to keep the page number in place)."""
        blocks = [node for node, _ in ctx.blocks]
        for before, note, after in zip(blocks, blocks[1:], blocks[2:], strict=False):
            if not (type(note) is Note and note.kind == "page" and type(before) is Paragraph
                    and type(after) is Paragraph and before.text and after.text):
                continue
            if not (SENTENCE.search(before.text) and BEFORE.match(before.text[-1]) and AFTER.match(after.text[0])):
                continue
            glue = "" if CJK.match(before.text[-1]) or CJK.match(after.text[0]) else " "
            fix = Fix.unsafe("Delete the page number and join the two parts",
                             Edit(before.span.end, after.span.start, glue))
            yield Finding(before.span.end - 1, after.span.start + 1,
                          f"Paragraph cut by the page number {note.text} after …{before.text[-6:]}, goes on "
                          f"with {after.text[:6]}…", fix)

    @staticmethod
    def _looks_broken(text: str, start: int, end: int) -> bool:
        """Stricter than the parser's join: a line break between running text on both sides, the
        line before neither a heading, a title nor chrome, the line after not a title."""
        if "\n" not in text[start:end] and "\r" not in text[start:end]:
            return False  # a separator inside a flattened line, not a page end
        if not BEFORE.match(text[start - 1]) or not AFTER.match(text[end]):
            return False
        line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
        before = text[line_start:start]
        if not SENTENCE.search(before) or is_chrome(before):
            return False
        if HEADING_START.match(before) and not SENTENCE_END_CHAR.search(before):
            return False  # a heading line (一、…，…) is not running text; a run-in one (1．…。…) is
        line_end = min((at for at in (text.find("\n", end), text.find("\r", end)) if at >= 0), default=len(text))
        after = text[end:line_end]
        return bool(SENTENCE.search(after)) or len(after) > SHORT_LINE
