"""The checks every hostile input must pass (shared by test_robustness.py and the fuzz target)."""

from __future__ import annotations

import json
import warnings

from lxml import etree

import speechparse
from speechparse.exporters import EXPORTERS, ExportWarning, export

try:  # validation is built on its own branch; it is exercised here once it is in the checkout
    from speechparse.rules.config import Settings
    from speechparse.rules.engine import check_text
except ImportError:
    Settings = check_text = None


def exercise(source: str | bytes) -> speechparse.ast.Document:
    """Parse ``source``, export it to every registered format (TEI must be well-formed XML, the JSON
    formats JSON), validate it; raise on any failure, including the parser's own fallback (SP099)."""
    doc = speechparse.parse(source)
    fallback = [d for d in doc.diagnostics if d.code == "SP099"]
    if fallback:
        raise AssertionError(f"parser fell back to flat paragraphs: {fallback[0].message}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExportWarning)
        outputs = {name: export(doc, name) for name in EXPORTERS}
    etree.fromstring(outputs["tei"].encode("utf-8"))
    json.loads(outputs["json"])
    json.loads(outputs["pandoc"])
    for line in outputs["jsonl"].splitlines():
        json.loads(line)
    for name, output in outputs.items():
        output.encode("utf-8")  # no lone surrogates in any format
        if not isinstance(output, str):
            raise AssertionError(f"{name} export is a {type(output).__name__}")
    if check_text is not None:
        text = source if isinstance(source, str) else speechparse.render_text(doc)
        check_text(text, Settings())
    return doc
