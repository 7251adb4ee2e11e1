"""TEI P5 (tei_all 4.3.0): header, opener, nested section divs, closing div; built with lxml.

Mapping (see ``../shared/reference/output-formats.md`` §1, §7): title → ``body/head[@type=main]``,
date/speaker/salutation → ``opener`` (``dateline/docDate@when``, ``byline/docAuthor``, ``salute``),
sections → ``div[@type=section][@subtype=family][@n][@xml:id]`` with ``head/label`` for the marker,
paragraphs → ``p`` with ``seg[@type=enum]`` for inline enumerations, notes → ``note[@type=kind]``
(page numbers → ``fw[@type=pageNum]``, the forme work of the printed copy),
paragraphs after the last section → ``div[@type=closing]``, then a ``closer`` (``salute``, ``signed``,
``dateline``; in the body when no paragraph precedes it), text after a closer → ``postscript``.
Text of a kind that cannot stand where it appears (a date line between paragraphs) becomes
``ab[@type]``; paragraphs after a subsection go in ``div[@type=continuation]``.
Every character of the text nodes lands exactly once inside ``<text>``; characters XML forbids
become ``<g type="control" n="U+0001">�</g>`` (space-like ones a space) and an
:class:`ExportWarning`.
"""

from __future__ import annotations

from typing import Any, ClassVar
from urllib.parse import quote

from lxml import etree

from ..ast import (
    Closing,
    Conclusion,
    DateLine,
    Document,
    Note,
    Paragraph,
    Salutation,
    Section,
    Signature,
    Span,
    Speaker,
    Subtitle,
    Title,
)
from .base import ExportOptions
from .chars import XML_FORBIDDEN, codepoint, replace, substitute, warn_replaced
from .lang import NAMES, language_tag
from .outline import PREFIXES, pieces, source_name

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: Elements holding only elements, indented one per line; all others are written as they are.
_BLOCKS = frozenset({
    "TEI", "teiHeader", "fileDesc", "titleStmt", "publicationStmt", "sourceDesc", "encodingDesc", "appInfo",
    "application", "editorialDecl", "normalization", "profileDesc", "langUsage", "text", "body", "div",
    "opener", "closer",
})
_URI_SAFE = "/:@!$&'()*+,;=-._~"
#: The root, in the TEI namespace and declaring it the default: the elements below it are made
#: with bare names (in no namespace), which libxml2 writes bare, so that the text read back has
#: them all in TEI's. A bare name spares lxml a namespace lookup up the tree for every element
#: (≈ 8% of the export). Only the text is ever handed out, never the tree.
_ROOT = f"{{{TEI_NS}}}TEI"
#: What makes a body more than a header and closers (else it gets an empty ``p``).
_BODY_CONTENT = frozenset({"p", "ab", "div"})
_BODY_BOTTOM = frozenset({"closer", "postscript"})
#: The deepest section nesting libxml2 indents in full: it stops at level 30, and the lines of a
#: section ``depth`` deep go to level ``depth + 4`` (a continuation div's children).
_PRETTY_DEPTH = 26


def _mixed(element: Any) -> None:
    """Mark an element getting a child element as one libxml2 must not indent (an empty text node).

    libxml2 (``pretty_print``) puts the children of an element holding elements only on lines of
    their own; of the TEI elements only the ``_BLOCKS`` may be written so.
    """
    if element.text is None:
        element.text = ""


class _Writer:
    """Builds one document's tree; ``replaced`` collects the characters XML could not hold.

    Elements are made in document order, so xml:ids are numbered on the way (as :mod:`.outline` does).
    Text going where none is yet is set as it is: lxml checks every string it is given for characters
    XML forbids and refuses one holding any (``ValueError``), so only text refused is read again.
    """

    def __init__(self, doc: Document, options: ExportOptions) -> None:
        from .. import __version__

        self.doc, self.version = doc, __version__
        self.counts: dict[str, int] = {}
        self.depth = 0  #: the deepest section nesting so far
        self.name = source_name(doc, options)
        self.base = quote(self.name, safe=_URI_SAFE) if self.name else None
        self.pointers = options.source_pointers and self.base is not None
        self.replaced: list[str] = []

    # ---- elements and text ----------------------------------------------------------------

    def ident(self, node: Any) -> str:
        """The next positional id of ``node``'s kind (``p17``): the one the JSON export gives it."""
        prefix = PREFIXES[type(node)]
        count = self.counts[prefix] = self.counts.get(prefix, 0) + 1
        return f"{prefix}{count}"

    def identify(self, element: Any, xml_id: str, span: Span | None) -> Any:
        """Give ``element`` its xml:id and the source pointer of ``span``; returns ``element``."""
        element.set(XML_ID, xml_id)
        if self.pointers:  # tested here as well: this runs for most elements, pointers are rarely asked for
            self.point(element, span)
        return element

    def point(self, element: Any, span: Span | None) -> None:
        """The source pointer of ``span`` (when pointers are asked for)."""
        if self.pointers and span is not None:
            element.set("source", f"{self.base}#char={span.start},{span.end}")

    def attribute(self, element: Any, key: str, value: str | None) -> None:
        """Set ``key`` to ``value`` (characters XML forbids replaced), unless it is None."""
        if value is not None:
            try:  # one set() at a time: cheaper in lxml than an attribute dict
                element.set(key, value)
            except ValueError:
                element.set(key, self.clean_value(value))

    def sub(self, parent: Any, tag: str, xml_id: str | None = None, span: Span | None = None,
            **attrs: str | None) -> Any:
        """A child element with ``attrs``, then the ``xml_id`` and the source pointer of ``span``."""
        element = etree.SubElement(parent, tag)
        for key, value in attrs.items():
            self.attribute(element, key, value)
        if xml_id is not None:
            element.set(XML_ID, xml_id)
        if self.pointers:  # as in identify
            self.point(element, span)
        return element

    def node(self, parent: Any, tag: str, node: Any, **attrs: str | None) -> Any:
        """The element standing for ``node``: its positional xml:id and its source pointer."""
        return self.sub(parent, tag, self.ident(node), node.span, **attrs)

    def clean_value(self, value: str) -> str:
        """An attribute value XML can hold."""
        self.replaced.extend(XML_FORBIDDEN.findall(value))
        return replace(value)

    def text(self, element: Any, text: str) -> None:
        """Append ``text`` to ``element``'s content: forbidden controls as ``g`` elements, forbidden spaces as spaces."""
        if not XML_FORBIDDEN.search(text):
            _append(element, text)
            return
        at = 0
        for match in XML_FORBIDDEN.finditer(text):
            char = match.group()
            _append(element, text[at:match.start()])
            if char.isspace():
                _append(element, substitute(char))
            else:
                _mixed(element)
                glyph = etree.SubElement(element, "g")
                glyph.set("type", "control")
                glyph.set("n", codepoint(char))
                glyph.text = substitute(char)
            self.replaced.append(char)
            at = match.end()
        _append(element, text[at:])

    def content(self, element: Any, text: str) -> None:
        """A node's ``text`` as the content of ``element``, which has none yet (see :meth:`text`)."""
        if text:
            try:
                element.text = text
            except ValueError:  # refused whole (the element's text is left empty)
                self.text(element, text)

    def after(self, element: Any, last: Any, text: str) -> None:
        """A node's ``text`` after ``last``, the last child of ``element`` (None: before any), where
        there is no text yet (see :meth:`text`)."""
        if last is None:
            self.content(element, text)
        elif text:
            try:
                last.tail = text
            except ValueError:  # refused whole (the tail is left empty)
                self.text(element, text)

    def leaf(self, parent: Any, tag: str, text: str, node: Any = None, **attrs: str | None) -> Any:
        """An element holding a node's ``text``; it stands for ``node`` if one is given."""
        element = self.sub(parent, tag, **attrs) if node is None else self.node(parent, tag, node, **attrs)
        self.content(element, text)
        return element

    def label(self, parent: Any, marker: str) -> Any:
        """A ``label`` in ``parent`` holding ``marker`` (part of a node's text)."""
        element = etree.SubElement(parent, "label")
        self.content(element, marker)
        return element

    # ---- document ---------------------------------------------------------------------------

    def build(self) -> Any:
        lang = language_tag(self.doc)
        root = etree.Element(_ROOT, {XML_LANG: lang}, nsmap={None: TEI_NS})
        text = self.sub(root, "text", type="speech")
        body = self.sub(text, "body")
        self.front(body)
        sections = [i for i, node in enumerate(self.doc.body) if isinstance(node, Section)]
        cut = sections[-1] + 1 if sections else len(self.doc.body)
        self.fill(body, self.doc.body[:cut], "")
        self.closing(body, (*self.doc.body[cut:], *self.doc.back))
        if not any(child.tag in _BODY_CONTENT for child in body):
            bottom = [i for i, child in enumerate(body) if child.tag in _BODY_BOTTOM]
            body.insert(bottom[0] if bottom else len(body), etree.Element("p"))
        root.insert(0, self.header(lang))
        return root

    def header(self, lang: str) -> Any:
        """The ``teiHeader``, from the metadata; made last, so that it can name the characters replaced."""
        meta = self.doc.meta
        header = etree.Element("teiHeader")
        title = meta.title or self.name or "Untitled"
        file_desc = self.sub(header, "fileDesc")
        title_stmt = self.sub(file_desc, "titleStmt")
        self.entry(title_stmt, "title", title)
        if meta.speaker:
            self.entry(title_stmt, "author", meta.speaker)
        if meta.meeting:
            self.entry(title_stmt, "meeting", meta.meeting)
        self.entry(self.sub(file_desc, "publicationStmt"), "p", "Unpublished; generated by speechparse.")
        source_desc = self.sub(file_desc, "sourceDesc")
        if self.base is None and meta.document_number is None:
            self.entry(source_desc, "p", "Text given in memory, without a file name.")
        else:
            bibl = self.sub(source_desc, "bibl")
            _mixed(bibl)
            self.entry(bibl, "title", title)
            if meta.document_number:
                self.entry(bibl, "idno", meta.document_number, type="document-number")
            if self.base is not None:
                self.sub(bibl, "ptr", target=self.base)
        encoding = self.sub(header, "encodingDesc")
        application = self.sub(self.sub(encoding, "appInfo"), "application", ident="speechparse",
                               version=self.version)
        self.entry(application, "label", "speechparse")
        if self.replaced:
            found = ", ".join(sorted({codepoint(char) for char in self.replaced}))
            note = (f"{len(self.replaced)} character(s) that XML does not allow ({found}) are replaced: "
                    "space-like ones by a space, others by U+FFFD marked as <g type=\"control\" n=\"U+XXXX\">.")
            self.entry(self.sub(self.sub(encoding, "editorialDecl"), "normalization"), "p", note)
        profile = self.sub(header, "profileDesc")
        if meta.date:
            creation = self.sub(profile, "creation")
            _mixed(creation)
            self.entry(creation, "date", meta.date_text or meta.date, when=meta.date)
        self.entry(self.sub(profile, "langUsage"), "language", NAMES[lang], ident=lang)
        return header

    def entry(self, parent: Any, tag: str, text: str, **attrs: str | None) -> None:
        """A header element holding ``text``."""
        self.content(self.sub(parent, tag, **attrs), text)

    # ---- front matter -----------------------------------------------------------------------

    def front(self, body: Any) -> None:
        opener = None
        for node in self.doc.front:
            if isinstance(node, (DateLine, Speaker, Salutation)):
                opener = self.sub(body, "opener") if opener is None else opener
                self.wrapper(opener, node)
                continue
            opener = None
            if isinstance(node, Title):
                head = self.node(body, "head", node, type="main")
                for number, line in enumerate(node.lines):
                    if number:
                        _mixed(head)
                        self.sub(head, "lb")
                    self.text(head, line)
            elif isinstance(node, Subtitle):
                self.leaf(body, "head", node.raw, node, type="sub")
            else:
                self.note(body, node)

    def wrapper(self, parent: Any, node: DateLine | Speaker | Salutation) -> None:
        """A date line, byline or salute, where TEI allows them (the top or bottom of a division)."""
        if isinstance(node, DateLine):
            dateline = self.node(parent, "dateline", node)
            _mixed(dateline)
            self.leaf(dateline, "docDate", node.raw, when=node.iso)
        elif isinstance(node, Salutation):
            self.leaf(parent, "salute", node.raw, node)
        else:
            byline = self.node(parent, "byline", node)
            before, name, after = node.raw.partition(node.name) if node.name else (node.raw, "", "")
            self.text(byline, before)
            if name:
                _mixed(byline)
                self.leaf(byline, "docAuthor", name)
            self.text(byline, after)

    def note(self, parent: Any, node: Note) -> None:
        text = node.text
        if node.kind == "page":  # a printed copy's page number: forme work (TEI Guidelines §11.6)
            element = etree.SubElement(parent, "fw")
            self.attribute(element, "type", "pageNum")
        else:
            element = etree.SubElement(parent, "note")
            self.attribute(element, "type", node.kind)
        self.identify(element, self.ident(node), node.span)
        self.content(element, text)

    # ---- body -------------------------------------------------------------------------------

    def fill(self, parent: Any, nodes: tuple, number: str) -> None:
        """Blocks into a body or div, in the order TEI wants: top matter, paragraphs, divisions.

        ``number`` is the enclosing section's (``2.1``; empty in the body), for the ids of the
        sections here. Text after a division (which TEI does not allow there) goes in a
        ``div[@type=continuation]``.
        """
        top, after_div, at, sections = True, False, 0, 0
        while at < len(nodes):
            node = nodes[at]
            if type(node) is Paragraph and not after_div:  # the commonest block, first
                self.paragraph(parent, node)
                top = False
            elif isinstance(node, Section):
                sections += 1
                self.section(parent, node, f"{number}.{sections}" if number else str(sections))
                top, after_div = False, True
            elif after_div and not isinstance(node, Note):
                end = next((i for i in range(at, len(nodes)) if isinstance(nodes[i], Section)), len(nodes))
                self.fill(self.sub(parent, "div", type="continuation"), nodes[at:end], number)
                at = end
                continue
            else:
                top = self.block(parent, node, top)
            at += 1

    def block(self, parent: Any, node: Any, top: bool) -> bool:
        """One non-section block; returns whether the container is still at its top."""
        if isinstance(node, Note):
            self.note(parent, node)
            return top
        if isinstance(node, (DateLine, Speaker, Salutation)):
            if top:
                self.wrapper(parent, node)
            else:
                self.anonymous(parent, node)
            return top
        self.paragraph(parent, node)
        return False

    def anonymous(self, parent: Any, node: DateLine | Speaker | Salutation) -> None:
        """A date line, byline or salute between paragraphs: an ``ab`` of that type."""
        kind = {DateLine: "dateline", Speaker: "byline", Salutation: "salute"}[type(node)]
        block = self.node(parent, "ab", node, type=kind)
        if isinstance(node, DateLine):
            _mixed(block)
            self.leaf(block, "date", node.raw, when=node.iso)
        else:
            self.text(block, node.raw)

    def paragraph(self, parent: Any, node: Paragraph | Conclusion) -> None:
        ident = self.ident(node)
        element = etree.SubElement(parent, "p")
        element.set(XML_ID, ident)
        if self.pointers:
            self.point(element, node.span)
        if type(node) is Paragraph and node.items:
            self.enumeration(element, node, ident)
        elif node.text:  # the commonest element of all: its text set here directly (see content)
            try:
                element.text = node.text
            except ValueError:
                self.text(element, node.text)

    def enumeration(self, element: Any, node: Paragraph, ident: str) -> None:
        """The text of paragraph ``ident`` with its inline enumeration items as labelled ``seg``s."""
        number, last = 0, None
        for text, item in pieces(node):
            if item is None:
                self.after(element, last, text)
                continue
            number += 1
            _mixed(element)
            last = etree.SubElement(element, "seg")
            last.set("type", "enum")
            self.attribute(last, "subtype", item.family)
            self.attribute(last, "n", str(item.number))
            self.identify(last, f"{ident}.i{number}", item.span)
            label = None
            if item.marker and text.startswith(item.marker):
                _mixed(last)
                label = self.label(last, item.marker)
                text = text[len(item.marker):]
            self.after(last, label, text)

    def section(self, parent: Any, node: Section, number: str) -> None:
        """A section's ``div`` (xml:id ``s`` + ``number``), its head, and what it holds."""
        depth = number.count(".") + 1
        if depth > self.depth:
            self.depth = depth
        div = etree.SubElement(parent, "div")
        div.set("type", "section")
        self.attribute(div, "subtype", node.family or None)
        self.attribute(div, "n", None if node.number is None else str(node.number))
        self.identify(div, f"s{number}", node.span)
        head = etree.SubElement(div, "head")
        self.point(head, node.heading_span)
        last = None
        if node.prefix or node.marker or node.heading_prefix:
            _mixed(head)
        if node.prefix:
            last = self.leaf(head, "seg", node.prefix, type="residue")
        if node.marker:
            last = self.label(head, node.marker)
        if node.heading_prefix:
            last = self.leaf(head, "seg", node.heading_prefix, type="residue")
        self.after(head, last, node.heading + node.suffix)
        self.fill(div, node.children, number)

    # ---- back matter ------------------------------------------------------------------------

    def closing(self, body: Any, nodes: tuple) -> None:
        """What follows the last section: paragraphs in a ``div[@type=closing]``, then a ``closer``.

        A closer with no paragraph before it stands in the body; text after a closer goes in a
        ``postscript`` (TEI allows nothing but closers and postscripts there).
        """
        div = closer = post = None
        for node in nodes:
            holder = body if div is None else div
            if isinstance(node, Note):
                self.note(next(x for x in (post, closer, holder) if x is not None), node)
            elif isinstance(node, (Closing, Signature, DateLine)):
                if closer is None or post is not None:
                    closer, post = self.sub(holder, "closer"), None
                self.closer_part(closer, node)
            elif closer is None:
                div = self.sub(body, "div", type="closing") if div is None else div
                self.block(div, node, top=False)
            else:
                if post is None:
                    post = self.sub(holder, "postscript")
                    _mixed(post)  # a block follows at once
                self.block(post, node, top=False)

    def closer_part(self, closer: Any, node: Closing | Signature | DateLine) -> None:
        if isinstance(node, Closing):
            self.leaf(closer, "salute", node.text, node)
        elif isinstance(node, Signature):
            self.leaf(closer, "signed", node.text, node)
        else:
            self.wrapper(closer, node)


def _append(element: Any, text: str) -> None:
    if not text:
        return
    last = next(element.iterchildren(reversed=True), None)  # from the end: len(element) walks every child
    if last is None:
        element.text = (element.text or "") + text
    else:
        last.tail = (last.tail or "") + text


def _indent(block: Any, level: int) -> None:
    """Put each child of an element-only block on its own line (mixed content stays untouched)."""
    children = list(block)
    if not children or (block.text or "").strip() or any((child.tail or "").strip() for child in children):
        return
    inner = "\n" + "  " * (level + 1)
    block.text = inner
    for child in children:
        child.tail = inner
        if child.tag in _BLOCKS:
            _indent(child, level + 1)
    children[-1].tail = "\n" + "  " * level


def _serialise(root: Any, depth: int) -> str:
    """The tree as text, each child of an element-only block on its own line, and a final newline.

    libxml2 (``pretty_print``) indents up to 30 levels (elements not to be indented hold an empty
    text node, see :func:`_mixed`); trees with sections nested deeper than ``_PRETTY_DEPTH`` are
    indented here.
    """
    if depth > _PRETTY_DEPTH:
        _indent(root, 0)
        return etree.tostring(root, encoding="unicode") + "\n"
    return etree.tostring(root, encoding="unicode", pretty_print=True)


def render(doc: Document, options: ExportOptions | None = None) -> str:
    """``doc`` as a TEI P5 document (UTF-8 declaration, one final newline)."""
    writer = _Writer(doc, options or ExportOptions())
    root = writer.build()
    warn_replaced("tei", writer.replaced)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + _serialise(root, writer.depth)


class TeiExporter:
    format: ClassVar[str] = "tei"

    def export(self, doc: Document, options: ExportOptions) -> str:
        return render(doc, options)
