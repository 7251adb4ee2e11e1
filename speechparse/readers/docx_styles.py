"""Word styles (``word/styles.xml``): the formatting a paragraph or run gets without saying so.

Only what the reader needs is resolved: bold, font size, hidden text, justification, list
numbering, outline level and the style's name, following ``w:basedOn`` chains over the document
defaults.  Direct formatting beats a character style, which beats the paragraph style.
"""

from __future__ import annotations

from dataclasses import fields, replace

from lxml import etree

from .. import recache
from ..codecache import dataclass

FALSE = ("0", "false", "off", "none")
HEADING_NAME = recache.compile(r"heading \d|title|subtitle")
BASED_ON_DEPTH = 20


@dataclass(frozen=True, slots=True)
class Props:
    """Formatting facts; None means "not said here" (inherit)."""

    bold: bool | None = None
    size: int | None = None  #: half-points (w:sz)
    hidden: bool | None = None
    jc: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None
    name: str | None = None

    def over(self, base: Props) -> Props:
        """These facts, falling back to ``base`` where they say nothing."""
        return replace(base, **{f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None})


class Styles:
    """The style sheet of one document."""

    def __init__(self, root: etree._Element | None, w: str) -> None:
        self.w = w
        self.elements: dict[str, etree._Element] = {}
        self.default_paragraph: str | None = None
        self.defaults = Props()
        self.cache: dict[str, Props] = {}
        if root is None:
            return
        defaults = root.find(f"{{{w}}}docDefaults")
        if defaults is not None:
            self.defaults = self.props(
                defaults.find(f"{{{w}}}pPrDefault/{{{w}}}pPr"), defaults.find(f"{{{w}}}rPrDefault/{{{w}}}rPr")
            )
        for style in root.iterchildren(f"{{{w}}}style"):
            style_id = style.get(f"{{{w}}}styleId")
            if style_id is None:
                continue
            self.elements[style_id] = style
            if style.get(f"{{{w}}}type") == "paragraph" and style.get(f"{{{w}}}default") in ("1", "true", "on"):
                self.default_paragraph = style_id

    def style(self, style_id: str | None, depth: int = 0) -> Props:
        """The resolved facts of a style (its ``basedOn`` chain included), without the defaults."""
        if style_id is None or style_id not in self.elements or depth > BASED_ON_DEPTH:
            return Props()
        if style_id in self.cache:
            return self.cache[style_id]
        w = self.w
        element = self.elements[style_id]
        based_on = element.find(f"{{{w}}}basedOn")
        base = self.style(based_on.get(f"{{{w}}}val") if based_on is not None else None, depth + 1)
        name = element.find(f"{{{w}}}name")
        own = self.props(element.find(f"{{{w}}}pPr"), element.find(f"{{{w}}}rPr"))
        own = replace(own, name=(name.get(f"{{{w}}}val") or "").lower() if name is not None else None)
        resolved = own.over(base)
        self.cache[style_id] = resolved
        return resolved

    def props(self, ppr: etree._Element | None, rpr: etree._Element | None) -> Props:
        """The facts written in one ``w:pPr`` and one ``w:rPr``."""
        w = self.w
        values: dict[str, object] = {}
        if ppr is not None:
            jc = ppr.find(f"{{{w}}}jc")
            if jc is not None:
                values["jc"] = jc.get(f"{{{w}}}val")
            num_pr = ppr.find(f"{{{w}}}numPr")
            if num_pr is not None:
                num_id, ilvl = num_pr.find(f"{{{w}}}numId"), num_pr.find(f"{{{w}}}ilvl")
                if num_id is not None:
                    values["num_id"] = num_id.get(f"{{{w}}}val")
                if ilvl is not None:
                    values["ilvl"] = _int(ilvl.get(f"{{{w}}}val"))
            outline = ppr.find(f"{{{w}}}outlineLvl")
            if outline is not None:
                values["outline"] = _int(outline.get(f"{{{w}}}val"))
        if rpr is not None:
            for name, tag in (("bold", "b"), ("hidden", "vanish")):
                element = rpr.find(f"{{{w}}}{tag}")
                if element is not None:
                    values[name] = element.get(f"{{{w}}}val", "1").lower() not in FALSE
            size = rpr.find(f"{{{w}}}sz")
            if size is not None:
                values["size"] = _int(size.get(f"{{{w}}}val"))
        return Props(**values)  # type: ignore[arg-type]

    def is_heading(self, props: Props) -> bool:
        """A heading by its style name (heading 1, Title) or outline level."""
        return bool(props.name and HEADING_NAME.fullmatch(props.name)) or (
            props.outline is not None and 0 <= props.outline <= 8
        )


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
