"""One input converted, as a batch worker does it: never raises, returns the bytes to write
(or writes them to the output file itself, so that they need not travel back to the parent).

Shared by ``speechparse convert`` (in its worker processes) and the Dask helper, so that both
produce the same bytes for the same input.  A record line is the JSON of
:func:`speechparse.convert_record` on one line: ``{"source", "ok", "document" | "error"}``.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import replace
from typing import Any

from .codecache import dataclass
from .inputs import STDIN, InputError, InputFile, read_input

#: The source name of standard input in documents and records.
STDIN_NAME = "<stdin>"


@dataclass(frozen=True, slots=True)
class Options:
    """What to produce: format ``to`` from input format ``from_`` (None: detect; see
    :func:`speechparse.parse`); ``records``: a JSONL record line instead of the document."""

    to: str = "json"
    encoding: str | None = None
    from_: str | None = None
    records: bool = False
    source_pointers: bool = False  #: TEI: @source pointers back into the input
    pandoc_api: tuple[int, ...] | None = None  #: pandoc JSON: the API version to stamp (None: the default)
    indent: int | None = None  #: JSON: indentation (None: one line)
    drop: tuple[str, ...] = ()  #: note kinds to leave out (see :func:`speechparse.parse`)


@dataclass(frozen=True, slots=True)
class Task:
    """One input to convert: its ``data`` when already read (standard input), the ``target`` file
    its result goes to (None: standard output, or a JSONL file)."""

    item: InputFile
    data: bytes | None = None
    target: str | None = None


@dataclass(frozen=True, slots=True)
class Converted:
    """The outcome for one input: ``data`` (UTF-8, ending with a newline) when ``ok``, else ``error``.

    In records mode ``data`` is the record's line even when the document failed.  After
    :func:`convert_to_target` ``data`` is None: it is in the target file.
    """

    ok: bool
    data: bytes | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()  #: what the exporter had to change (ExportWarning messages)


def source_name(item: InputFile) -> str:
    """The name of ``item`` in documents and records: its path, or ``<stdin>``."""
    return STDIN_NAME if item.path == STDIN else item.path


def convert_to_target(task: Task, options: Options, overwrite: bool) -> Converted:
    """Convert one input and write the result atomically to ``task.target`` (see :func:`write_output`)."""
    result = convert_input(task, options)
    if not result.ok:
        return result
    error = write_output(result.data, task.target, overwrite)
    return replace(result, ok=error is None, data=None, error=error)


def write_output(data: bytes, target: str, overwrite: bool) -> str | None:
    """Write ``data`` atomically to ``target``, creating its directory; the error, if any."""
    from .atomic import write_atomic
    from .inputs import describe, make_parent

    try:
        make_parent(target)
    except OSError as error:
        return f"cannot write {target}: {describe(error)}"
    try:
        write_atomic(target, data, overwrite=overwrite)
    except FileExistsError:
        return f"{target} appeared during the run and was kept (give --overwrite)"
    except OSError as error:
        return f"cannot write {target}: {describe(error)}"
    return None


def remove_leftovers(task: Task, pid: int) -> None:
    """Remove what a worker process ``pid``, killed while converting ``task``, left beside its target."""
    from .atomic import remove_temp_files

    if task.target is not None:
        remove_temp_files(task.target, pid)


def convert_input(task: Task, options: Options) -> Converted:
    """Read (unless the bytes are given, as for stdin), parse and export one input."""
    item, data = task.item, task.data
    if options.records:
        record = record_for(item, data, to=options.to, encoding=options.encoding, from_=options.from_,
                            drop=options.drop)
        return Converted(record["ok"], encode(record_line(record) + "\n"), record.get("error"))
    from .api import parse
    from .errors import SpeechparseError

    try:
        doc = parse(read_input(item, data), encoding=options.encoding, path=source_name(item), from_=options.from_,
                    drop=options.drop)
        document, changes = _export(doc, options, source_name(item))
    except InputError as error:
        return Converted(False, error=error.reason)
    except SpeechparseError as error:  # undecodable, a damaged .docx
        return Converted(False, error=str(error))
    except Exception as error:
        return Converted(False, error=f"internal error ({type(error).__name__}: {error})")
    data = document if not document or document.endswith("\n") else document + "\n"
    return Converted(True, encode(data), warnings=changes)


def _export(doc: Any, options: Options, source: str) -> tuple[str, tuple[str, ...]]:
    """The document in ``options.to``, and the messages of the ExportWarnings issued on the way."""
    from .exporters import ExportWarning, export

    settings: dict[str, Any] = {"source_name": source, "source_pointers": options.source_pointers,
                                "indent": options.indent}
    if options.pandoc_api is not None:
        settings["pandoc_api"] = options.pandoc_api
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ExportWarning)
        document = export(doc, options.to, **settings)
    return document, tuple(str(warning.message) for warning in caught if issubclass(warning.category, ExportWarning))


def crashed(task: Task, options: Options) -> Converted:
    """The outcome for an input whose worker process died while converting it."""
    error = "the worker process died while converting it (killed, or out of memory?)"
    if options.records:
        record = {"source": source_name(task.item), "ok": False, "error": error}
        return Converted(False, encode(record_line(record) + "\n"), error)
    return Converted(False, error=error)


def record_for(item: InputFile, data: bytes | None = None, *, to: str = "json", encoding: str | None = None,
               from_: str | None = None, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    """The record of one input; a read error gives ``{"source", "ok": False, "error": "read: …"}``."""
    from .api import convert_record

    source = source_name(item)
    try:
        text = read_input(item, data)
    except InputError as error:
        return {"source": source, "ok": False, "error": f"read: {error.reason}"}
    return convert_record(text, source, to=to, encoding=encoding, from_=from_, drop=drop)


def record_for_path(path: str, *, to: str = "json", encoding: str | None = None,
                    from_: str | None = None, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    """The record of the file at ``path`` (see :func:`record_for`): what the Dask helper maps."""
    return record_for(InputFile(path, path), to=to, encoding=encoding, from_=from_, drop=drop)


def record_line(record: dict[str, Any]) -> str:
    """A record as one line of compact JSON (UTF-8 characters kept but U+0085, U+2028 and U+2029, no newline).

    Lone surrogates (from undecodable file names) become ``\\udcXX`` escapes, so the line is
    always encodable.
    """
    from .exporters.chars import one_line  # (a record's line stays one line for any reader: U+2028 escaped)

    line = one_line(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    return line.encode("utf-8", "backslashreplace").decode("utf-8")


def encode(text: str) -> bytes:
    """UTF-8; a lone surrogate (only possible from a file name) is written as a ``\\udcXX`` escape."""
    return text.encode("utf-8", "backslashreplace")


def warm_up() -> None:
    """Build this process's parser singletons (grammar, LALR tables, lexer) by parsing a tiny document."""
    from .api import parse_text

    parse_text("一、预热\n\n预热。\n")
