"""Exceptions speechparse raises on purpose (everything else is a bug)."""


class SpeechparseError(Exception):
    """Base class of speechparse's own errors."""


class DecodeError(SpeechparseError, ValueError):
    """The input bytes are not text in any encoding speechparse recognises."""


class UnknownFormatError(SpeechparseError, ValueError):
    """An exporter or reader name that speechparse does not know."""


class SchemaVersionError(SpeechparseError, ValueError):
    """A JSON document whose schema version this speechparse cannot read."""


class ReaderError(SpeechparseError, ValueError):
    """The input is not a readable document of the format it was read as (a damaged or foreign
    ``.docx``, a file that is not a zip archive…); the message is one line."""
