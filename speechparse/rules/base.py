"""What a rule is and what it produces: Rule, Finding, Diagnostic, Fix, Edit.

A rule is a class with its metadata as class attributes and its documentation as its docstring
(fixed sections: a one-line summary, then ``Why is this bad?``, ``Example``, ``Use instead``,
``Fix safety`` and ``Source``).  ``check(ctx)`` yields :class:`Finding` objects: code-point
offsets into the decoded source text, a message and an optional :class:`Fix`.  The engine turns
findings into :class:`Diagnostic` objects (path, line:column, code, severity).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from .. import recache
from ..codecache import dataclass

if TYPE_CHECKING:
    from .context import Context

CODE = recache.compile(r"^SP[1-5]\d\d$")
NAME = recache.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DOC_SECTIONS = ("Why is this bad?", "Example", "Use instead", "Fix safety", "Source")


class Severity(enum.Enum):
    """How serious a finding is; ordered info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)


class Applicability(enum.Enum):
    """SAFE fixes change characters only, never wording or meaning; ``--fix`` applies only these."""

    SAFE = "safe"
    UNSAFE = "unsafe"


class FixAvailability(enum.Enum):
    """Whether a rule's findings come with a fix."""

    NONE = "none"
    SOMETIMES = "sometimes"
    ALWAYS = "always"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` (code points of the decoded source) with ``content``."""

    start: int
    end: int
    content: str


@dataclass(frozen=True, slots=True)
class Fix:
    """Edits applied together, never overlapping one another."""

    edits: tuple[Edit, ...]
    applicability: Applicability
    message: str

    @classmethod
    def safe(cls, message: str, *edits: Edit) -> Fix:
        return cls(tuple(sorted(edits, key=lambda e: (e.start, e.end))), Applicability.SAFE, message)

    @classmethod
    def unsafe(cls, message: str, *edits: Edit) -> Fix:
        return cls(tuple(sorted(edits, key=lambda e: (e.start, e.end))), Applicability.UNSAFE, message)

    @property
    def start(self) -> int:
        return self.edits[0].start

    @property
    def end(self) -> int:
        return max(edit.end for edit in self.edits)


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule reports: a range of the decoded source, a message, maybe a fix."""

    start: int
    end: int
    message: str
    fix: Fix | None = None


@dataclass(frozen=True, slots=True)
class Position:
    """1-based line and column (Unicode code points) and the 0-based code-point offset."""

    line: int
    column: int
    offset: int


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A finding placed in a file: what the output formats print."""

    path: str
    start: Position
    end: Position
    code: str
    name: str
    severity: Severity
    message: str
    fix: Fix | None = None

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    @property
    def safely_fixable(self) -> bool:
        """Whether ``--fix`` applies its fix (a safe one; an unsafe one needs ``--unsafe-fixes``)."""
        return self.fix is not None and self.fix.applicability is Applicability.SAFE

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start.offset, self.end.offset, self.code)


class Rule:
    """Base class of all rules; subclasses set the class attributes and implement ``check``."""

    code: ClassVar[str]  #: SPnnn, never reused: 1xx front matter, 2xx headings, 3xx enumerations,
    #: 4xx punctuation and whitespace, 5xx numbers and dates
    name: ClassVar[str]  #: kebab-case, names the problem (``heading-trailing-punctuation``)
    severity: ClassVar[Severity]  #: default severity
    fix_availability: ClassVar[FixAvailability] = FixAvailability.NONE
    #: ``(profile, severity)`` pairs where it differs from ``severity``; None turns the rule off there
    profiles: ClassVar[tuple[tuple[str, Severity | None], ...]] = ()
    #: catalogue id of ../shared/reference/validation-rules.md section 5 (H101, P401, …)
    catalogue: ClassVar[str] = ""

    def check(self, ctx: Context) -> Iterator[Finding]:
        raise NotImplementedError

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0]

    @classmethod
    def default_severity(cls, profile: str) -> Severity | None:
        return dict(cls.profiles).get(profile, cls.severity)

    @classmethod
    def doc_sections(cls) -> dict[str, str]:
        """The docstring split into its sections: ``{"summary": …, "Why is this bad?": …, …}``."""
        return split_doc(cls.__doc__ or "")


_HEADER = recache.compile(r"^(" + "|".join(re.escape(s) for s in DOC_SECTIONS) + r"):?\s*$", re.MULTILINE)


def split_doc(doc: str) -> dict[str, str]:
    import textwrap

    text = textwrap.dedent("\n".join(doc.strip("\n").splitlines()[1:])) if "\n" in doc.strip() else ""
    first = doc.strip().splitlines()[0] if doc.strip() else ""
    sections = {"summary": first.strip()}
    parts = _HEADER.split(text)
    sections["details"] = parts[0].strip()
    for header, body in zip(parts[1::2], parts[2::2], strict=True):
        sections[header] = textwrap.dedent(body).strip("\n").rstrip()
    return sections
