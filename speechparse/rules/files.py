"""Reading an input for validation and writing a fixed file back: same encoding, same BOM,
same newlines (edits never touch line breaks except where a rule joins lines), written
atomically (temporary file in the same directory, then ``os.replace``)."""

from __future__ import annotations

import codecs
import os
import tempfile
from dataclasses import dataclass

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


def write_atomic(path: str, data: bytes) -> None:
    """Replace ``path`` with ``data`` without ever leaving a half-written file; keeps its mode."""
    directory = os.path.dirname(os.path.abspath(path))
    mode = os.stat(path).st_mode & 0o7777 if os.path.exists(path) else None
    handle, temporary = tempfile.mkstemp(prefix=".speechparse-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
