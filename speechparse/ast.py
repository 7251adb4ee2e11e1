"""The speechparse document tree: immutable, typed nodes with source spans.

Every node that holds text holds it as written (whitespace normalised), so the concatenation of
the text of all nodes, in document order, holds every visible character of the input.  Derived
values (a clean title, an ISO date, a heading without its marker) sit beside the text, never
instead of it.
"""

from __future__ import annotations

from dataclasses import field

from .codecache import dataclass
from .frozen import fast_init

#: Version of the tree as serialised to JSON (``schema_version``).  Minor: additive; major: breaking.
SCHEMA_VERSION = "1.6.0"


@fast_init
@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of code points in the decoded input, with 1-based line:column of both ends.

    For sources that have no lines (a .docx), ``line`` is the paragraph number and ``column`` the
    1-based character offset inside that paragraph.
    """

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int


@fast_init
@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Where the document came from and how it was read."""

    path: str | None = None
    encoding: str = "utf-8"
    reader: str = "text"
    length: int = 0
    newline: str = "\n"
    sha256: str = ""


@fast_init
@dataclass(frozen=True, slots=True)
class Metadata:
    """Document-level facts derived from the front matter; every field may be missing."""

    title: str | None = None
    subtitle: str | None = None
    date: str | None = None  #: ISO 8601: YYYY-MM-DD or YYYY-MM
    date_text: str | None = None  #: the date as written
    speaker: str | None = None  #: name only
    speaker_role: str | None = None  #: office, e.g. 区委书记
    salutation: str | None = None  #: first salutation without its final punctuation
    meeting: str | None = None  #: from titles like 在…上的讲话
    closing: str | None = None  #: 谢谢大家！
    document_number: str | None = None  #: a 公文's 发文字号 as written, spaces removed: 国办发〔2023〕12号


# ---- front matter -------------------------------------------------------------------------------


@fast_init
@dataclass(frozen=True, slots=True)
class Title:
    """The title, possibly over several lines; ``text`` is the clean one-line title."""

    span: Span
    lines: tuple[str, ...]
    text: str


@fast_init
@dataclass(frozen=True, slots=True)
class Subtitle:
    """``——在…上的讲话``: ``raw`` as written, ``text`` without the dash."""

    span: Span
    raw: str
    text: str


@fast_init
@dataclass(frozen=True, slots=True)
class DateLine:
    """A date line such as ``（2018年9月20日）``; ``iso`` is None when it names no real date."""

    span: Span
    raw: str
    iso: str | None


@fast_init
@dataclass(frozen=True, slots=True)
class Speaker:
    """The speaker line: ``区委书记 王晓峰`` gives role 区委书记 and name 王晓峰."""

    span: Span
    raw: str
    name: str
    role: str | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Salutation:
    """``同志们：``; ``addressee`` without the final punctuation, ``greeting`` like 大家上午好！."""

    span: Span
    raw: str
    addressee: str
    greeting: str | None = None


# ---- body -----------------------------------------------------------------------------------------


@fast_init
@dataclass(frozen=True, slots=True)
class EnumItem:
    """An enumerated item inside a paragraph (``一是…；二是…``): a range of the paragraph's text."""

    span: Span
    start: int  #: offset of the marker in the paragraph text
    end: int  #: end of the item in the paragraph text
    marker: str
    number: int
    family: str


@fast_init
@dataclass(frozen=True, slots=True)
class Paragraph:
    """A body paragraph, page breaks repaired; ``items`` are its inline enumeration, if any."""

    span: Span
    text: str
    items: tuple[EnumItem, ...] = ()


@fast_init
@dataclass(frozen=True, slots=True)
class Note:
    """Text that is not part of the speech: editor notes, source lines, site chrome, endnotes.

    ``kind`` is one of ``editorial``, ``source``, ``chrome``, ``endnotes``, ``reference`` (a 公文's
    发文字号, also in :attr:`Metadata.document_number`), ``attachments`` (a 公文's 附件 list, or the label over a copy of one annex, ``附件1``),
    ``page`` (a printed copy's page number, ``— 2 —``, or its running head), ``letterhead`` (a 公文's 发文机关标志,
    ``某某市人民政府办公室文件``), ``colophon`` (a 公文's 版记: ``抄送：…``, ``…印发``), ``contents`` (a printed report's table of contents:
    ``目录`` and its entries ``一、…………1``), ``cover`` (the cover's lines before it, when the title follows it), ``footnote`` (a printed copy's footnote
    left between paragraphs where its page ended: ``①习近平：《…》，第3页。``), ``issuer`` (the bodies that issue a
    document named under its title, above its date: ``大庆市统计局`` / ``国家统计局大庆调查队``).
    """

    span: Span
    kind: str
    text: str


@fast_init
@dataclass(frozen=True, slots=True)
class Section:
    """A numbered (or stand-alone) division and everything under it.

    The heading paragraph is ``prefix + marker + heading_prefix + heading + suffix``: ``prefix`` is markup
    residue (``##``, HTML tags), ``marker`` the marker as written (``一、``, ``（一）``, ``一要``),
    ``heading_prefix`` markup between the marker and the heading text (the ``**`` of ``1. **积极的情绪**``),
    ``heading`` the heading text, ``suffix`` its final punctuation (and markup residue after it).  For a run-in
    heading (``一要坚持……。我们要……``) the heading is the lead sentence and the rest of the paragraph is the first child.
    """

    span: Span  #: the whole section
    heading_span: Span  #: the heading paragraph or lead sentence
    family: str  #: marker family, see ``speechparse.families``
    marker: str
    number: int | None
    heading: str
    prefix: str = ""
    heading_prefix: str = ""
    suffix: str = ""
    run_in: bool = False
    children: tuple[Block, ...] = ()


Block = Paragraph | Section | Note | DateLine | Salutation
FrontNode = Note | Title | Subtitle | DateLine | Speaker | Salutation


# ---- back matter ------------------------------------------------------------------------------------


@fast_init
@dataclass(frozen=True, slots=True)
class Closing:
    """A closing formula: ``谢谢大家！``."""

    span: Span
    text: str


@fast_init
@dataclass(frozen=True, slots=True)
class Conclusion:
    """A concluding paragraph after the last section, usually opened by a vocative (同志们，…)."""

    span: Span
    text: str


@fast_init
@dataclass(frozen=True, slots=True)
class Signature:
    """The issuing body or signer at the end of a document."""

    span: Span
    text: str


BackNode = Conclusion | Closing | Signature | DateLine | Note


# ---- document ---------------------------------------------------------------------------------------


@fast_init
@dataclass(frozen=True, slots=True)
class Join:
    """A paragraph broken across a page end and joined again: ``span`` covers the break."""

    span: Span
    before: str  #: the last characters before the break
    after: str  #: the first characters after it


@fast_init
@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something the reader or parser noticed: a join, cleaned chrome, an unclassified line."""

    code: str
    message: str
    span: Span | None = None
    severity: str = "info"


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed speech: metadata, front matter, body, back matter, and what the parser noticed."""

    meta: Metadata = field(default_factory=Metadata)
    front: tuple[FrontNode, ...] = ()
    body: tuple[Block, ...] = ()
    back: tuple[BackNode, ...] = ()
    joins: tuple[Join, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    source: SourceInfo = field(default_factory=SourceInfo)


NODE_TYPES: tuple[type, ...] = (
    Title,
    Subtitle,
    DateLine,
    Speaker,
    Salutation,
    EnumItem,
    Paragraph,
    Note,
    Section,
    Closing,
    Conclusion,
    Signature,
)


def walk(nodes: tuple, depth: int = 0):
    """Yield ``(node, depth)`` for every block in ``nodes`` and, recursively, in sections."""
    for node in nodes:
        yield node, depth
        if isinstance(node, Section):
            yield from walk(node.children, depth + 1)


def sections(doc: Document):
    """Yield ``(section, depth)`` for every section of ``doc``, depth 1 at the top."""
    for node, depth in walk(doc.body):
        if isinstance(node, Section):
            yield node, depth + 1
