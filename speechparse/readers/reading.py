"""What a reader hands to the parser: the text spans point into, its paragraphs, and notes."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from ..ast import Diagnostic, SourceInfo
from .base import RawBlock, SourceText

#: Diagnostic code of content a reader did not take into the body (HTML chrome, Word footnotes…).
EXCLUDED = "SP010"


#: No declared facts.
NO_FIELDS: Mapping[str, str] = MappingProxyType({})


class Reading(NamedTuple):
    """One document as read: ``source`` is the text that spans index into (the decoded file for
    text and HTML; for a .docx, one line per Word paragraph), ``blocks`` its paragraphs."""

    source: SourceText
    blocks: list[RawBlock]
    info: SourceInfo
    diagnostics: tuple[Diagnostic, ...] = ()
    declared: Mapping[str, str] = NO_FIELDS  #: facts the file declares outside its text (an HTML page's <title>)


#: Characters hashed at a time (hashing a 50 MB text in one piece would copy all of it).
HASH_CHUNK = 1 << 20


def text_sha256(text: str) -> str:
    """SHA-256 of the UTF-8 encoding of ``text``, computed piece by piece."""
    digest = hashlib.sha256()
    for start in range(0, len(text), HASH_CHUNK):
        digest.update(text[start:start + HASH_CHUNK].encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def source_info(text: str, *, path: str | None, encoding: str, reader: str, utf8: bytes | None = None) -> SourceInfo:
    """The SourceInfo of ``text`` as read by ``reader``; ``utf8``: the text's UTF-8 encoding, when
    the input already was that (its hash is then taken without encoding the text again)."""
    if "\r" not in text:  # one character is found faster than two: test for it first
        newline = "\n"
    elif "\r\n" in text:
        newline = "\r\n"
    else:
        newline = "\r"
    return SourceInfo(
        path=path,
        encoding=encoding,
        reader=reader,
        length=len(text),
        newline=newline,
        sha256=hashlib.sha256(utf8).hexdigest() if utf8 is not None else text_sha256(text),
    )
