"""HTML reader: block elements to paragraphs, with every character mapped back to the HTML source.

The source is tokenised with the standard library's ``html.parser`` (entities left unconverted), so
each text character keeps its offset in the decoded HTML and spans are line:column of the HTML
file.  The tokenizer keeps a light stack of open elements, closing the ones HTML closes implicitly
(``<p>`` before a block, ``<li>``, ``<td>``, ``<tr>``…), which is all the tree that is needed.

* Block elements (``p``, ``div``, ``h1``–``h6``, ``li``, ``td``, ``blockquote``…) bound paragraphs;
  ``<br>`` ends a line, and each line is a paragraph of its own (as in one-paragraph-per-line text).
* Whitespace: source line breaks between CJK characters vanish, other runs become one space;
  ``&nbsp;`` and ``　`` indents are stripped, and two or more of them after some text start a
  new paragraph (a lost ``<br>``).
* Not body text, and reported in ``SP010`` diagnostics: ``script``, ``style``, ``head``/``title``,
  ``noscript``, ``template``, ``nav``, ``aside``, form controls, embedded objects, ``header`` and
  ``footer`` outside an ``article``/``main``/``section``, ARIA navigation landmarks, hidden
  elements (``hidden``, ``display:none``), and a server page's code (``<%@ Page … %>``, ``<%= … %>``).
* A whole page's article: the element whose paragraphs hold the most sentences (counted by their
  punctuation: menus, link lists and footers have none) is the article, with the few short blocks just
  before it in its parent or the element above (its title, its date and author line; not links, as a
  menu's entries are) and the paragraphs of running text right after it in its parent (an article whose
  paragraphs each have a ``<div>``, one of them long); the blocks before and after it get the hint
  ``boilerplate`` and become chrome notes (kept: nothing is dropped).
* Hints: ``table`` (text of a table cell), ``caption`` (the first text after an image: its caption, 活动现场), ``center`` (``align=center``, ``text-align:center``, ``<center>``), ``heading`` (``h1``–``h6``),
  ``bold`` and ``bold-lead`` (``<b>``, ``<strong>``, ``font-weight:bold``), ``contents`` (a block that is
  nothing but links to places on the same page: an entry of the page's index, its table of contents).
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import field, replace
from html.parser import HTMLParser

from .. import recache
from ..ast import Diagnostic
from ..codecache import dataclass
from ..lexicon import DOCUMENT_TITLE, PAGE_TITLE_SEPARATOR
from .base import BOILERPLATE, CAPTION, CONTENTS, RawBlock, SourceText
from .reading import EXCLUDED, NO_FIELDS, Reading, source_info
from .runs import LINE_BREAK, Chars, block, paragraphs
from .text import decode

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "html",
    "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul", *HEADINGS,
})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
                  "source", "track", "wbr"})
#: Elements never read as body text.
CHROME = frozenset({"script", "style", "head", "title", "noscript", "template", "nav", "aside", "iframe",
                    "object", "svg", "math", "select", "button", "textarea", "canvas", "audio", "video"})
#: Page headers and footers, unless inside the article they introduce or close.
PAGE_PARTS = frozenset({"header", "footer"})
CONTENT_SECTIONS = frozenset({"article", "main", "section"})
#: Containers whose text, set right in them, parts its paragraphs at its source's line breaks (see ``_raw_text_block``).
RAW_TEXT_BLOCKS = frozenset({"div", "section", "article", "main", "body", "center"})
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary"})
INVISIBLE = frozenset({"script", "style", "template"})
#: Start tags that close an open <p> (HTML's "close a p element"), and what stops the search.
CLOSES_P = BLOCKS - {"body", "html", "caption", "td", "th", "tr", "tbody", "thead", "tfoot", "legend"}
P_SCOPE = frozenset({"html", "table", "td", "th", "caption", "object", "template", "button"})
#: Implied end tags: a start tag closes an open element of the set, searching down to a boundary.
IMPLIED = {
    "li": ({"li"}, {"ol", "ul", "table"}),
    "dt": ({"dt", "dd"}, {"dl", "table"}),
    "dd": ({"dt", "dd"}, {"dl", "table"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tr": ({"tr", "td", "th"}, {"table", "tbody", "thead", "tfoot"}),
    "tbody": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table"}),
    "thead": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table"}),
    "tfoot": ({"tbody", "thead", "tfoot", "tr", "td", "th"}, {"table"}),
    "option": ({"option"}, {"select"}),
}
STYLE_ALIGN = recache.compile(r"text-align\s*:\s*([a-z-]+)", re.I)
STYLE_WEIGHT = recache.compile(r"font-weight\s*:\s*([a-z0-9]+)", re.I)
STYLE_HIDDEN = recache.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
META_CHARSET = recache.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
GB = frozenset({"gb2312", "gbk", "x-gbk", "gb_2312-80", "csgb2312", "euc-cn"})
PREVIEW = 30
#: Elements that hold one paragraph (the element holding them is the article's candidate).
PARAGRAPHS = frozenset({"p", "li", "dd", "dt", "blockquote", "pre", "center", "figcaption", "caption", *HEADINGS})
#: The page itself: what holds the article's following paragraphs only when it is more than these.
PAGE_ROOTS = frozenset({"html", "body"})
#: What counts a sentence of an article's paragraph (menus, link lists and footers have none of it).
SENTENCE_MARKS = frozenset("，。；！？、")
#: The article's share of all sentences of the page, at least, for the rest to be taken as the page's chrome.
ARTICLE_SHARE = 0.6
#: Blocks just before the article in its container taken with it (title, subtitle, date and author line), and
#: their characters in all, at most.
ARTICLE_HEAD_BLOCKS = 6
#: The date alone that a list of links gives each link after it (二月份喜喜洋洋迎馬年 / (2014-02-15)): the list's, never the
#: article's head, where the link above it ends the list.
LINK_DATE = recache.compile(r"[（(\[]?\s*[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*日?\s*[)）\]]?")
#: The shortest paragraph of running text that continues the article after it, in its own element.
PARAGRAPH_CHARS = 20
ARTICLE_HEAD_CHARS = 300


def read_html(source: str | bytes, path: str | None = None, encoding: str | None = None) -> Reading:
    """Read an HTML page or fragment given as text or bytes (``<meta charset>`` is honoured)."""
    if isinstance(source, bytes):
        text, used = decode_html(source, encoding)
    else:
        text, used = source, encoding or "utf-8"
    tokenizer = _Tokenizer(text)
    masked, tokenizer.excluded = _without_server_code(text)
    tokenizer.feed(masked)
    tokenizer.close()
    info = source_info(text, path=path, encoding=used, reader="html")
    source_text = SourceText(text)
    blocks = mark_boilerplate(tokenizer.blocks, tokenizer.paths, tokenizer.link_blocks, tokenizer.parents, tokenizer.tags)
    title = page_title("".join(tokenizer.title))
    return Reading(source_text, blocks, info, tokenizer.diagnostics(source_text), {"title": title} if title else NO_FIELDS)


def page_title(text: str) -> str | None:
    """The document's title an HTML page's ``<title>`` gives, before the site's own names (在…上的讲话_领导讲话_某某网,
    2016年新年致辞 - 某某学院): where it names the document's kind (…致辞, …的通知); else None (a site's name)."""
    title = SITE_SEPARATOR.split(" ".join(text.split()), maxsplit=1)[0]
    return title if DOCUMENT_TITLE.fullmatch(title) else None


#: What parts a page's title from the site's names after it (_, |, ｜, a dash between spaces).
SITE_SEPARATOR = recache.compile(rf"\s*{PAGE_TITLE_SEPARATOR}\s*")
#: A server page's code (ASP, JSP: <%@ Page … %>, <%= title %>): how it opens and closes.
SERVER_CODE = ("<%", "%>")
#: Every character but a line break (blanked out of server code).
BLANKED = recache.compile(r"[^\n]")


def _without_server_code(text: str) -> tuple[str, list[_Excluded]]:
    """``text`` with a server page's code made a comment of its length (its line breaks kept, so that positions stay;
    code too short for one is blanked), and the code as excluded from the body.  An opener never closed is text."""
    opener, closer = SERVER_CODE
    start = text.find(opener)
    if start < 0:
        return text, []
    pieces: list[str] = []
    excluded: list[_Excluded] = []
    at = 0
    while start >= 0 and (end := text.find(closer, start + len(opener))) >= 0:
        end += len(closer)
        code = text[start:end]
        blank = BLANKED.sub(" ", code)
        pieces += [text[at:start], f"<!--{blank[4:-3]}-->" if len(code) >= len("<!---->") else blank]
        excluded.append(_Excluded("%…%", start, "server code", end, [code]))
        at = end
        start = text.find(opener, at)
    return "".join([*pieces, text[at:]]), excluded


def mark_boilerplate(blocks: list[RawBlock], paths: list[tuple[int, ...]], links: list[bool],
                     parents: dict[int, int], tags: dict[int, str]) -> list[RawBlock]:
    """The blocks, those of a whole page outside its article hinted ``boilerplate``.  ``paths``: each
    block's open block elements (ids, outermost first); ``links``: whether a block is nothing but links;
    ``parents`` and ``tags``: each element's parent and tag.

    The article is the element to which the page's sentences add up most: a paragraph's count goes to
    the element holding it (a ``<p>``'s parent, or the ``<div>`` or ``<td>`` the text stands in) and half
    of it to the one above, as readability tools score; it is taken only where it holds most sentences
    of the page and the page has blocks outside it."""
    scores: dict[int, float] = {}
    counts = [sum(char in SENTENCE_MARKS for char in raw.text) for raw in blocks]
    for sentences, path in zip(counts, paths, strict=True):
        if not sentences or not path:  # no sentence, or text outside any element (a fragment)
            continue
        holders = path[:-1] if tags.get(path[-1]) in PARAGRAPHS else path
        if len(holders) >= 2:  # not the page itself
            scores[holders[-1]] = scores.get(holders[-1], 0) + sentences
        if len(holders) >= 3:
            scores[holders[-2]] = scores.get(holders[-2], 0) + sentences / 2
    if not scores:
        return blocks
    article = max(scores, key=lambda node: (scores[node], -node))
    inside = [index for index, path in enumerate(paths) if article in path]
    first, last = inside[0], inside[-1]
    if sum(counts[index] for index in inside) < ARTICLE_SHARE * sum(counts) or (first == 0 and last == len(blocks) - 1):
        return blocks
    parent = parents.get(article, 0)
    following = last + 1 if tags.get(parent) not in PAGE_ROOTS else len(blocks)  # (not to the page's footer)
    while following < len(blocks) and parent in paths[following] and not links[following]:
        if counts[following] >= 2 and len(blocks[following].text) >= PARAGRAPH_CHARS:
            last = following  # a paragraph of running text: the article's next, in an element of its own
        following += 1
    container = parents.get(parent) or parent  # the title may stand a row or a box above: in the grandparent
    chars = 0
    while (first > 0 and inside[0] - first < ARTICLE_HEAD_BLOCKS and container in paths[first - 1]
           and not links[first - 1] and not (  # a menu's entries are links; a title, a date line are not (but the date
               first > 1 and links[first - 2] and LINK_DATE.fullmatch(blocks[first - 1].text.strip()))):  # of a link)
        chars += len(blocks[first - 1].text)
        if chars > ARTICLE_HEAD_CHARS:
            break
        first -= 1  # the article's title, date and author line, just before it
    return [raw if first <= index <= last else replace(raw, hints=raw.hints | {BOILERPLATE})
            for index, raw in enumerate(blocks)]


def decode_html(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode an HTML page: an explicit encoding, a byte-order mark, a ``<meta>`` charset other than
    UTF-8 or GB (Big5, Shift-JIS…), else as the text reader does (UTF-8, then GB18030)."""
    if encoding or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data, encoding)
    match = META_CHARSET.search(data[:4096])
    if match:
        name = match.group(1).decode("ascii").lower()
        try:
            canonical = codecs.lookup("gb18030" if name in GB else name).name
        except LookupError:
            canonical = ""
        if canonical and canonical not in ("utf-8", "gb18030"):
            try:
                return data.decode(canonical), canonical
            except UnicodeDecodeError:
                pass
    return decode(data)


@dataclass(frozen=True, slots=True)
class _Context:
    """What an open element says about the text inside it."""

    tag: str
    center: bool = False
    bold: bool = False
    heading: bool = False
    table: bool = False
    quote: bool = False  #: inside a blockquote (an editor's note on the text, a quotation)
    pre: bool = False
    content: bool = False  #: inside article/main/section
    invisible: bool = False  #: inside script, style or template
    page_link: bool = False  #: inside a link to a place on the same page (<a href="#s1">)
    link: bool = False  #: inside any link
    excluded: _Excluded | None = None
    node: int = 0  #: the element's id, in the order elements open


@dataclass(slots=True)
class _Excluded:
    """An element kept out of the body, for the report."""

    tag: str
    start: int
    why: str = ""
    end: int | None = None
    text: list[str] = field(default_factory=list)


class _Tokenizer(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
        self.stack: list[_Context] = [_Context("#root")]
        self.chars = Chars()
        self.hints: frozenset[str] | None = None
        self.page_links_only: bool | None = None  # the block's text so far is all links within the page
        self.links_only: bool | None = None  # the block's text so far is all links (a menu's entry)
        self.after_image = False  # an image shown since the last text: the next text is its caption
        self.link_blocks: list[bool] = []  #: for each block, whether its text is all links
        self.blocks: list[RawBlock] = []
        self.paths: list[tuple[int, ...]] = []  #: the open elements of each block (ids of block elements)
        self.parents: dict[int, int] = {}  #: each element's parent element
        self.tags: dict[int, str] = {}  #: each element's tag
        self.excluded: list[_Excluded] = []
        self.title: list[str] = []  #: the text of the page's <title>

    # ---- events ------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        offset = self._offset()
        if tag in CLOSES_P:
            self._close_implied({"p"}, P_SCOPE, offset)
        if tag in IMPLIED:
            self._close_implied(*IMPLIED[tag], offset)
        if self.stack[-1].excluded is None:
            if tag == "img":
                self.after_image = not self.chars.visible()  # (an image alone in its block: not an icon in a line)
            elif tag == "br":
                self.chars.add(LINE_BREAK, offset)
            elif tag in BLOCKS:
                self._flush()
        if tag not in VOID:
            self.stack.append(self._context(tag, dict(attrs), offset))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        offset = self._offset()
        if tag == "br":
            self.handle_starttag("br", [])
            return
        if tag in BLOCKS and self.stack[-1].excluded is None:
            self._flush()
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                end = self.text.find(">", offset)
                self._pop_to(depth, end + 1 if end >= 0 else len(self.text))
                break

    def handle_data(self, data: str) -> None:
        self._text(data, self._offset(), one_to_one=True)

    def handle_entityref(self, name: str) -> None:
        offset = self._offset()
        # (the name runs on over letters and digits: &nbsp2014 without its semicolon is &nbsp and 2014, as browsers read it)
        raw = f"&{name};" if self.text.startswith(";", offset + 1 + len(name)) else f"&{name}"
        text = html.unescape(raw)
        self._text(text, offset, one_to_one=text == raw)  # (an unknown name stays as written, its semicolon too)

    def handle_charref(self, name: str) -> None:
        self._text(html.unescape(f"&#{name};"), self._offset(), one_to_one=False)

    def close(self) -> None:
        super().close()
        self._flush()
        self._pop_to(1, len(self.text))

    # ---- results -----------------------------------------------------------------------------

    def diagnostics(self, source: SourceText) -> tuple[Diagnostic, ...]:
        """One diagnostic per excluded element with visible text, one for all scripts and styles."""
        result: list[Diagnostic] = []
        invisible: dict[str, int] = {}
        for excluded in sorted(self.excluded, key=lambda excluded: excluded.start):  # (in document order: server code is found first)
            text = " ".join("".join(excluded.text).split())
            if excluded.tag in INVISIBLE and not excluded.why:
                invisible[excluded.tag] = invisible.get(excluded.tag, 0) + 1
                continue
            if not text:
                continue
            preview = text if len(text) <= PREVIEW else text[:PREVIEW] + "…"
            why = f" ({excluded.why})" if excluded.why else ""
            span = source.span(excluded.start, excluded.end if excluded.end is not None else len(source.text))
            result.append(Diagnostic(EXCLUDED, f"<{excluded.tag}>{why} not read as body text: “{preview}”", span))
        if invisible:
            counts = ", ".join(f"{count} <{tag}>" for tag, count in sorted(invisible.items()))
            result.insert(0, Diagnostic(EXCLUDED, f"not read as body text: {counts}"))
        return tuple(result)

    # ---- helpers -----------------------------------------------------------------------------

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column if line <= len(self.line_starts) else len(self.text)

    def _context(self, tag: str, attrs: dict[str, str | None], offset: int) -> _Context:
        parent = self.stack[-1]
        style = attrs.get("style") or ""
        align = (attrs.get("align") or "").lower() or _match(STYLE_ALIGN, style)
        weight = _match(STYLE_WEIGHT, style)
        node = len(self.parents) + 1
        self.parents[node] = parent.node
        self.tags[node] = tag
        context = replace(
            parent,
            tag=tag,
            node=node,
            center=align == "center" if align else (tag == "center" or parent.center),
            bold=(weight in ("bold", "bolder") or weight[:1] in "6789") if weight else (
                tag in ("b", "strong", "th") or tag in HEADINGS or parent.bold),
            heading=parent.heading or tag in HEADINGS,
            table=parent.table or tag in ("td", "th"),
            quote=parent.quote or tag == "blockquote",
            pre=parent.pre or tag == "pre",
            invisible=parent.invisible or tag in INVISIBLE,
            content=parent.content or tag in CONTENT_SECTIONS,
            page_link=parent.page_link or (tag == "a" and _within_page(attrs.get("href") or "")),
            link=parent.link or (tag == "a" and "href" in attrs),
        )
        if parent.excluded is None:
            why = ""
            hidden = "hidden" in attrs or bool(STYLE_HIDDEN.search(style))
            if hidden:
                why = "hidden"
            elif (attrs.get("role") or "").lower() in CHROME_ROLES:
                why = f"role={attrs['role']}"
            if hidden or why or tag in CHROME or (tag in PAGE_PARTS and not parent.content):
                excluded = _Excluded(tag, offset, why)
                self.excluded.append(excluded)
                context = replace(context, excluded=excluded)
        return context

    def _text(self, text: str, offset: int, *, one_to_one: bool) -> None:
        context = self.stack[-1]
        if context.tag == "title":
            self.title.append(text)
        if context.excluded is not None:
            if not context.invisible:
                context.excluded.text.append(text)
            return
        if context.pre or ("\n" in text and self._raw_text_block()):
            text = text.replace("\n", LINE_BREAK)
        if text.strip():
            if self.hints is None:
                facts = (("center", context.center), ("heading", context.heading), ("table", context.table),
                         ("quote", context.quote), (CAPTION, self.after_image))
                self.hints = frozenset(name for name, on in facts if on)
            self.after_image = False
            self.page_links_only = context.page_link and self.page_links_only is not False
            self.links_only = context.link and self.links_only is not False
        self.chars.add(text, offset, context.bold, one_to_one=one_to_one)

    def _raw_text_block(self) -> bool:
        """Whether the text read now stands right in a container (a <div>, a <section>: no <p> around it), as plain
        text a template holds a line a paragraph (各市人民政府： / 现就有关工作通知如下。 / <b>一、各地自查</b> / …): its
        source's line breaks part its paragraphs, as a text file's do.  Not inside an inline element (<span>, <font>:
        a page's 点击数：<script>…</script>次, a Word export's runs wrap their text where its source does)."""
        return self.stack[-1].tag in RAW_TEXT_BLOCKS

    def _flush(self) -> None:
        if self.chars.text:
            hints = self.hints or frozenset()
            if self.page_links_only:  # an entry of the page's own index: a table of contents
                hints |= {CONTENTS}
            pieces = [block(piece, hints) for piece in paragraphs(self.chars, split_indents=True)]
            path = tuple(context.node for context in self.stack if context.tag in BLOCKS)
            self.blocks.extend(pieces)
            self.paths.extend([path] * len(pieces))
            self.link_blocks.extend([bool(self.links_only)] * len(pieces))
        self.chars = Chars()
        self.hints = None
        self.page_links_only = None
        self.links_only = None

    def _close_implied(self, tags: set[str] | frozenset[str], boundaries: set[str] | frozenset[str], offset: int) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[depth].tag
            if tag in tags:
                self._pop_to(depth, offset)
                return
            if tag in boundaries:
                return

    def _pop_to(self, depth: int, end: int) -> None:
        """Close the elements from the top of the stack down to ``depth`` (included)."""
        while len(self.stack) > depth:
            context = self.stack.pop()
            excluded = context.excluded
            if excluded is not None and excluded.end is None and self.stack[-1].excluded is not excluded:
                excluded.end = end


def _within_page(href: str) -> bool:
    """A link to a place on the same page: ``#s1``."""
    return href.startswith("#") and len(href) > 1


def _match(pattern: re.Pattern[str], style: str) -> str:
    match = pattern.search(style)
    return match.group(1).lower() if match else ""

