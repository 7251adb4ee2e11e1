"""``speechparse convert``: one document to stdout or a file; a corpus to a mirrored tree or a JSONL file."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, closing, contextmanager
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, BinaryIO

import click
from click.core import ParameterSource

from ..codecache import dataclass
from ..inputs import STDIN, InputFile
from . import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from .options import OutputFormat, check_glob, encoding_option, from_option

#: Results held per worker while an earlier, longer input is converted, when the workers write the
#: outputs themselves: a status is small, so a long document does not stop the other workers.
STATUS_WINDOW = 4096
#: Inputs more than this many times the median size are converted first.
LARGE_FACTOR = 4
#: ``--drop`` choices: :data:`speechparse.api.DROPPABLE` (not imported here, for a quick ``--help``).
DROPPABLE = ("page", "chrome", "contents", "cover")

if TYPE_CHECKING:  # the machinery is imported when a command runs: `speechparse --version` stays quick
    from ..batch import Summary
    from ..conversion import Converted, Options, Task


class Refused(click.ClickException):
    """A run refused before anything is written (outputs exist, would overwrite an input…): exit 2."""

    exit_code = EXIT_USAGE


@dataclass(frozen=True, slots=True)
class Destination:
    """Where results go: ``stdout``, one ``file``, a ``directory`` tree, or a ``records`` JSONL file."""

    kind: str
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Job:
    """One input and, for file and directory destinations, the file its result goes to."""

    item: InputFile
    target: str | None


def _pandoc_api(context: click.Context, parameter: click.Parameter, value: str | None) -> tuple[int, ...] | None:
    if value is None:
        return None
    from ..exporters.pandoc import api_version

    try:
        return api_version(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--to", "to", type=OutputFormat(), default="json", show_default=True,
              help="Output format (without it, -o FILE's extension chooses: .tei.xml, .md, .txt, .pandoc.json).")
@click.option("-o", "--output", metavar="PATH",
              help="An output file; a directory (the input tree mirrored, one file per document); or FILE.jsonl "
                   "(one JSON record per document).  Default: standard output, for one input.")
@click.option("--glob", "pattern", default="*.txt", show_default=True, callback=check_glob,
              help="Files to take from directories.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes (0: one per CPU).  The output is the same for any number.")
@click.option("--skip-existing", is_flag=True, help="Keep existing outputs and do not convert their inputs.")
@click.option("--overwrite", is_flag=True, help="Replace existing outputs (without this, they make the run refuse).")
@encoding_option
@from_option
@click.option("--drop", "drop", multiple=True, type=click.Choice(DROPPABLE),
              help="Leave out the notes of this kind (page: page numbers such as — 2 —; chrome: site chrome; "
                   "contents: a printed report's table of contents; cover: its cover), "
                   "each reported as SP006, and join the paragraphs they cut.  Repeatable.  Default: nothing is "
                   "dropped.")
@click.option("--source-pointers", is_flag=True,
              help="TEI: point every element back into the input (@source=\"FILE#char=s,e\", RFC 5147).")
@click.option("--pandoc-api", metavar="X.Y", callback=_pandoc_api, default=None,
              help="pandoc JSON: the pandoc-api-version to write (default 1.23.1; 1.22 for pandoc 2.x).")
@click.option("--indent", type=click.IntRange(min=0), default=None, metavar="N",
              help="JSON: indent by N spaces (default: one line).")
@click.option("--fail-fast", is_flag=True, help="Stop at the first document that fails.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line (errors are still reported).")
def convert(inputs: tuple[str, ...], to: str, output: str | None, pattern: str, jobs: int, skip_existing: bool,
            overwrite: bool, encoding: str | None, from_: str | None, source_pointers: bool,
            pandoc_api: tuple[int, ...] | None, indent: int | None, fail_fast: bool, quiet: bool,
            drop: tuple[str, ...]) -> None:
    """Convert speeches (files, directories, or - for stdin) to another format.

    One input and no -o: the result goes to standard output.  Several inputs or a directory:
    -o DIR writes one file per document, mirroring the input tree (speech.txt → DIR/speech.json);
    -o FILE.jsonl writes one line per document: {"source", "ok", "document" | "error"}.
    Outputs are written atomically and never onto an input.  Existing outputs make the run refuse
    unless --overwrite or --skip-existing is given.  A document that fails is reported and the
    batch goes on.  Exit status: 0 all converted, 1 some failed, 2 usage error or refused run,
    130/143 interrupted (SIGINT/SIGTERM; nothing half-written is left).

    \b
    Examples:
      speechparse convert examples/ideology-work-speech.txt --to json > speech.json
      cat speech.txt | speechparse convert - --to text
      speechparse convert corpus/ -o out/ --to text --jobs 0
      speechparse convert corpus/ --glob '*.txt' -o corpus.jsonl --skip-existing
    """
    from ..batch import Summary, exit_status, interrupts_as_exceptions
    from ..conversion import Options
    from ..inputs import expand

    if skip_existing and overwrite:
        raise click.UsageError("--skip-existing and --overwrite exclude each other")
    if output and click.get_current_context().get_parameter_source("to") is ParameterSource.DEFAULT:
        to = format_of(output) or to  # -o speech.tei.xml: TEI, as pandoc reads -o
    batch = len(inputs) > 1 or any(os.path.isdir(item) for item in inputs)
    destination = _destination(output, batch, to)
    summary = Summary()
    try:
        with interrupts_as_exceptions():
            items = list(expand(inputs, pattern, exclude=destination.path if destination.kind == "directory" else None))
            if sum(item.path == STDIN for item in items) > 1:
                raise click.UsageError("- (standard input) can be given only once")
            if not items:
                click.echo(f"speechparse: no input files matching {pattern}", err=True)
            if destination.kind == "directory" and not quiet:
                _tell_excluded(inputs, destination.path, pattern)
            jobs_to_run = _plan(items, destination, to, overwrite, skip_existing, summary)
            options = Options(to, encoding, from_, records=destination.kind == "records",
                              source_pointers=source_pointers, pandoc_api=pandoc_api, indent=indent,
                              drop=tuple(sorted(set(drop))))
            _run(jobs_to_run, destination, options, jobs, fail_fast, overwrite, summary,
                 progress=batch and not quiet and sys.stderr.isatty())
    except KeyboardInterrupt as error:
        if batch and not quiet:
            click.echo(f"speechparse: interrupted: {summary.line('converted')}", err=True)
        sys.exit(exit_status(error))
    if batch and not quiet:
        click.echo(summary.line("converted"), err=True)
    sys.exit(EXIT_FAILED if summary.failed else EXIT_OK)


def _tell_excluded(inputs: tuple[str, ...], output: str, pattern: str) -> None:
    """Say how many files the input folders hold under the output folder, which are never taken as inputs (the
    outputs of an earlier run, or inputs the user may have meant)."""
    from ..inputs import expand

    inside = os.path.realpath(output)
    if not any(os.path.isdir(item) and (inside + os.sep).startswith(os.path.realpath(item) + os.sep) for item in inputs):
        return
    count = sum(1 for item in expand([output], pattern) if item.problem is None)
    if count:
        click.echo(f"speechparse: {count} file(s) matching {pattern} under the output directory {output} are not "
                   "taken as inputs", err=True)


def format_of(output: str) -> str | None:
    """The format an output file's name asks for by its extension (``speech.tei.xml``: tei, ``.md``, ``.txt``,
    ``.pandoc.json``), the longest that matches; None for a folder, a ``.jsonl`` (one record per document, whatever the
    format) or another name."""
    from ..exporters import EXTENSIONS

    if os.path.isdir(output) or output.endswith(("/", os.sep)):
        return None
    name = output.lower()
    found = [(len(extension), to) for to, extension in EXTENSIONS.items() if name.endswith(extension)]
    to = max(found)[1] if found else None
    return None if to == "jsonl" else to


def _destination(output: str | None, batch: bool, to: str) -> Destination:
    from ..exporters import EXTENSIONS

    if output is None or output == "-":
        if batch:
            raise click.UsageError("several documents need -o DIR (one file each, mirroring the input tree) "
                                   "or -o FILE.jsonl (one record per document)")
        return Destination("stdout")
    is_dir = os.path.isdir(output)
    jsonl = output.lower().endswith(".jsonl") and not is_dir
    own_jsonl = EXTENSIONS.get(to) == ".jsonl"
    if jsonl and not own_jsonl:
        return Destination("records", output)
    if not batch and not is_dir and not output.endswith(("/", os.sep)):
        return Destination("file", output)
    if jsonl:
        raise click.UsageError(f"--to {to} writes one file per document: give -o DIR")
    return Destination("directory", output)


def _plan(items: list[InputFile], destination: Destination, to: str, overwrite: bool, skip_existing: bool,
          summary: Summary) -> list[Job]:
    """The jobs to run, with their targets; refuses (exit 2, nothing written) a run that would
    write one output twice, write onto an input, or replace existing outputs without --overwrite."""
    from ..atomic import written_in_place
    from ..exporters import EXTENSIONS

    resolve = _Locations()
    inputs = {resolve(item.path) for item in items if item.path != STDIN}
    jobs: list[Job] = []
    if destination.kind == "directory":
        extension = EXTENSIONS.get(to, f".{to}")
        seen: dict[str, InputFile] = {}
        for item in items:
            target = _mirrored(destination.path, item.relative, extension)
            location = resolve(target)
            if location in seen:
                if resolve(seen[location].path) != resolve(item.path) or item.path == STDIN:
                    raise Refused(f"{seen[location].path} and {item.path} would both be written to {target}")
                continue  # the same file given twice
            if location in inputs:
                raise _onto_input(target, item)
            seen[location] = item
            jobs.append(Job(item, target))
    else:
        jobs = [Job(item, destination.path) for item in items]
        if jobs and destination.path is not None and resolve(destination.path) in inputs:
            raise _onto_input(destination.path, items[0])
    if destination.kind == "stdout" or overwrite:
        return jobs
    existing = {job.target for job in jobs if os.path.lexists(job.target) and not written_in_place(job.target)}
    if existing and skip_existing:
        summary.skipped = sum(job.target in existing for job in jobs)
        return [job for job in jobs if job.target not in existing]
    if existing:
        shown = ", ".join(sorted(existing)[:3]) + (", …" if len(existing) > 3 else "")
        raise Refused(f"{len(existing)} output(s) exist already ({shown}): give --overwrite to replace them "
                      "or --skip-existing to keep them")
    return jobs


def _onto_input(target: str, item: InputFile) -> Refused:
    return Refused(f"{target} is an input: it would be overwritten by the output of {item.path} "
                   "(choose another -o or --to)")


def _mirrored(root: str, relative: str, extension: str) -> str:
    """``root/relative`` with the last suffix replaced by ``extension`` (``a/b.txt`` → ``root/a/b.json``),
    a suffix as :attr:`pathlib.PurePath.suffix` has it (none in ``.profile`` or ``notes.``)."""
    folder, _, name = relative.rpartition("/")
    dot = name.rfind(".")
    stem = name[:dot] if 0 < dot < len(name) - 1 else name
    return os.path.join(root, *folder.split("/"), stem + extension) if folder else os.path.join(root, stem + extension)


class _Locations:
    """Where a path's directory entry really is (its directory resolved through symlinks, cached per directory), or
    for a symbolic link the file it points to: replacing a file changes its entry only, but the atomic writer keeps a
    link a link and replaces the file behind it, and reading follows it; equal locations are what must not collide."""

    def __init__(self) -> None:
        self.directories: dict[str, str] = {}
        self.cwd = os.getcwd()

    def __call__(self, path: str) -> str:
        directory, name = os.path.split(os.path.normpath(os.path.join(self.cwd, path)))
        if directory not in self.directories:
            self.directories[directory] = os.path.normcase(os.path.realpath(directory))
        location = os.path.join(self.directories[directory], os.path.normcase(name))
        return os.path.normcase(os.path.realpath(location)) if os.path.islink(location) else location


def _run(jobs: list[Job], destination: Destination, options: Options, workers: int, fail_fast: bool,
         overwrite: bool, summary: Summary, progress: bool) -> None:
    from ..batch import ordered_map, start_method, worker_count
    from ..conversion import crashed, remove_leftovers, source_name, warm_up
    from ..inputs import describe

    if not jobs:
        return  # nothing to convert: nothing written, not even an empty JSONL file
    workers = worker_count(workers, len(jobs))
    try:
        method = start_method() if workers > 1 else None
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    if destination.kind == "directory":
        try:
            os.makedirs(destination.path, exist_ok=True)
        except OSError as error:
            raise Refused(f"cannot create the output directory {destination.path}: {describe(error)}") from None

    work = _work(destination, options, overwrite, fail_fast)
    tasks = [_task(job) for job in jobs]
    own_outputs = _writes_own_outputs(destination, fail_fast)
    with ExitStack() as stack:
        bar = None
        if progress:
            from .progress import Progress

            bar = stack.enter_context(Progress(len(jobs), summary))
        report = bar.echo if bar else partial(click.echo, err=True)
        records = None
        if destination.kind == "records":
            records = stack.enter_context(_records_file(destination.path, overwrite))
        results = stack.enter_context(closing(
            ordered_map(work, tasks, workers, warm_up=warm_up, on_crash=partial(crashed, options=options),
                        on_abandoned=remove_leftovers, method=method, window=STATUS_WINDOW if own_outputs else None,
                        first=largest_first(jobs) if own_outputs and workers > 1 else (),
                        on_no_workers=lambda error: report("speechparse: warning: cannot start worker processes "
                                                           f"({describe(error)}): converting in this process"))))
        for job, result in zip(jobs, results, strict=True):
            error = result.error
            if records is not None:
                records.write(result.data)
            elif result.ok and result.data is not None:
                error = _deliver(result.data, job.target, overwrite)
            for warning in result.warnings:
                report(f"speechparse: {source_name(job.item)}: warning: {warning}")
            if error is None:
                summary.done += 1
            else:
                summary.failed += 1
                report(f"speechparse: {source_name(job.item)}: {error}")
            if bar:
                bar.update()
            if error is not None and fail_fast:
                report("speechparse: stopped at the first failure (--fail-fast)")
                break


def largest_first(jobs: list[Job]) -> list[int]:
    """The indexes of the inputs more than :data:`LARGE_FACTOR` times the median size, largest first:
    converted before the others, so that the workers do not end waiting for one big document."""
    sizes = [_size(job.item.path) for job in jobs]
    if not sizes:
        return []
    median = sorted(sizes)[len(sizes) // 2]
    large = [index for index, size in enumerate(sizes) if size > LARGE_FACTOR * median]
    return sorted(large, key=lambda index: -sizes[index])


def _size(path: str) -> int:
    if path == STDIN:
        return 0
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _writes_own_outputs(destination: Destination, fail_fast: bool) -> bool:
    """Whether workers write the outputs themselves and send back only a status."""
    return destination.kind == "directory" and not fail_fast


def _work(destination: Destination, options: Options, overwrite: bool,
          fail_fast: bool) -> Callable[[Task], Converted]:
    """What a worker does with a task.  It writes a directory tree's outputs itself, so that they do
    not travel back through this process; with --fail-fast this process writes them, in input order,
    so that no output after the first failure is written, whatever the number of workers."""
    from ..conversion import convert_input, convert_to_target

    if _writes_own_outputs(destination, fail_fast):
        return partial(convert_to_target, options=options, overwrite=overwrite)
    return partial(convert_input, options=options)


def _task(job: Job) -> Task:
    """The worker's task: standard input is read here (workers have none of their own)."""
    from ..conversion import Task
    from ..inputs import InputError, read_input

    if job.item.path != STDIN:
        return Task(job.item, target=job.target)
    try:
        return Task(job.item, read_input(job.item), job.target)
    except InputError as error:
        return Task(replace(job.item, problem=error.reason), target=job.target)


@contextmanager
def _records_file(path: str, overwrite: bool) -> Iterator[BinaryIO]:
    """The JSONL file, published complete when the run ends (also after --fail-fast), never when interrupted."""
    from ..atomic import atomic_output
    from ..inputs import describe, make_parent

    try:
        make_parent(path)
    except OSError as error:
        raise Refused(f"cannot create the directory of {path}: {describe(error)}") from None
    try:
        with atomic_output(path, overwrite=overwrite) as handle:
            yield handle
    except FileExistsError:
        raise click.ClickException(f"{path} appeared during the run and was kept (give --overwrite)") from None
    except OSError as error:
        raise click.ClickException(f"cannot write {path}: {describe(error)}") from None


def _deliver(data: bytes, target: str | None, overwrite: bool) -> str | None:
    """Write one result to standard output or atomically to ``target``; the error, if any."""
    from ..conversion import write_output

    if target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return None
    return write_output(data, target, overwrite)
