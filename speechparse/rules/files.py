"""Reading an input for validation and encoding a fixed text back: same encoding, same BOM,
same newlines (edits never touch line breaks except where a rule joins lines).  The file is
written with :func:`speechparse.atomic.write_atomic`."""

from __future__ import annotations

import codecs

from ..codecache import dataclass
from ..readers.text import decode

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """The decoded text, the encoding it was read with, and the byte-order mark it had."""

    text: str
    encoding: str
    bom: bytes = b""
    codec: str = "utf-8"  #: the codec that writes the text back (without the BOM)


def read_input(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode like the parser does, and remember how to encode the text back."""
    text, used = decode(data, encoding)
    if not encoding:
        for bom, codec in BOMS:
            if data.startswith(bom):
                return Decoded(text, used, bom, codec)
    return Decoded(text, used, b"", used)


def encode(decoded: Decoded, text: str) -> bytes:
    """``text`` in the encoding (and with the BOM) the input had."""
    return decoded.bom + text.encode(decoded.codec)
