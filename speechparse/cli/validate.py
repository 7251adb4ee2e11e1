"""``speechparse validate``: check formatting like a linter; ``--fix`` and ``--diff``.

Exit codes: 0 no finding at or above ``--fail-on``; 1 findings (with ``--diff``: also when there
is something to fix); 2 a usage, configuration or input error.
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import click

from . import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from .options import check_encoding, check_glob

LEVELS = ("error", "warning", "info")


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select SP2,SP401 --select SP5`` → ("SP2", "SP401", "SP5")."""
    return tuple(code.strip() for value in values for code in value.split(",") if code.strip())


@click.command()
@click.argument("inputs", metavar="INPUT...", nargs=-1, required=True)
@click.option("--output-format", type=click.Choice(["concise", "full", "json", "sarif", "github"]),
              default="concise", show_default=True, help="How to print the findings.")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place (atomically), then report what is left.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: apply unsafe fixes too.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing.")
@click.option("--select", multiple=True, metavar="CODES", help="Only these rules (codes or prefixes, comma-separated).")
@click.option("--ignore", multiple=True, metavar="CODES", help="Skip these rules (codes or prefixes).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Settings file (pyproject.toml or speechparse.toml) instead of searching for one.")
@click.option("--profile", type=click.Choice(["speech", "gongwen"]), default=None, help="Rule profile.")
@click.option("--fail-on", type=click.Choice(LEVELS), default=None,
              help="Lowest severity that makes the exit code 1 [default: error].")
@click.option("--glob", "--pattern", "pattern", default="*.txt", show_default=True, callback=check_glob,
              help="Files to take from directories.")
@click.option("--encoding", default=None, callback=check_encoding,
              help="Input encoding (default: detect UTF-8/UTF-16/GB18030/Big5).")
@click.option("--from", "from_", type=click.Choice(["txt", "docx"]), default=None,
              help="Input format (default: .docx by extension, else text).  A .docx is checked, not fixed.")
def validate(inputs: tuple[str, ...], output_format: str, fix: bool, unsafe_fixes: bool, diff: bool,
             select: tuple[str, ...], ignore: tuple[str, ...], config_path: str | None, profile: str | None,
             fail_on: str | None, pattern: str, encoding: str | None, from_: str | None) -> None:
    """Check the formatting of INPUT files (files, directories, or - for stdin).

    \b
    Examples:
      speechparse validate examples/ideology-work-speech.txt
      speechparse validate corpus/ --output-format json > report.json
      speechparse validate speech.txt --fix
      speechparse validate speech.txt --diff --select SP4,SP5
    """
    from ..rules.config import ConfigError

    if fix and diff:
        click.echo("speechparse validate: use either --fix or --diff", err=True)
        sys.exit(EXIT_USAGE)
    try:
        options = (_codes(select) or None, _codes(ignore), profile, fail_on)
        runner = _Runner(options, config_path, encoding, fix=fix, diff=diff, unsafe=unsafe_fixes, from_=from_)
        code = runner.run(inputs, pattern, output_format)
    except ConfigError as error:
        click.echo(f"speechparse validate: {error}", err=True)
        sys.exit(EXIT_USAGE)
    sys.exit(code)


class _Runner:
    """Validates the inputs one by one and prints the report."""

    def __init__(self, options: tuple, config_path: str | None, encoding: str | None, *,
                 fix: bool, diff: bool, unsafe: bool, from_: str | None = None) -> None:
        from ..rules.config import check_codes, load_file

        select, ignore, profile, fail_on = options
        self.options = (check_codes(list(select), "--select") if select else None,
                        check_codes(list(ignore), "--ignore"), profile, fail_on)
        self.fixed_settings = None
        if config_path:
            loaded = load_file(Path(config_path))
            if loaded is None:
                from ..rules.config import ConfigError

                raise ConfigError(f"{config_path}: no [tool.speechparse] table")
            self.fixed_settings = loaded
        self.encoding = encoding
        self.from_ = from_
        self.fix, self.diff, self.unsafe = fix, diff, unsafe
        self.errors = 0
        self.diffs = 0

    def settings(self, path: str):
        from ..rules.config import discover

        base = self.fixed_settings or discover(Path.cwd() if path == "-" else Path(path).resolve().parent)
        return base.with_options(*self.options)

    def run(self, inputs: tuple[str, ...], pattern: str, output_format: str) -> int:
        from ..inputs import expand
        from ..rules.engine import at_or_above
        from ..rules.formats import FileReport, renderer

        reports: list[FileReport] = []
        failing = False
        for item in expand(inputs, pattern):
            settings = self.settings(item.path)
            report = self.one(item.path, settings)
            reports.append(report)
            failing |= bool(at_or_above(report.diagnostics, settings.fail_on))
        output = renderer(output_format)(reports)
        # (the fixed text of standard input, or the diff, is what standard output holds: a patch applies as it is)
        stream = sys.stderr.buffer if (self.fix and inputs == ("-",)) or self.diff else sys.stdout.buffer
        stream.write(output.encode("utf-8"))
        if output_format in ("concise", "full"):
            stream.write(_summary(reports, "fix" if self.fix else "diff" if self.diff else "check").encode("utf-8"))
        stream.flush()
        if self.errors:
            return EXIT_USAGE
        return EXIT_FAILED if failing or self.diffs else EXIT_OK

    def one(self, path: str, settings):
        from ..atomic import write_atomic
        from ..errors import SpeechparseError
        from ..inputs import describe
        from ..readers import detect
        from ..rules.engine import check_text, fix_text
        from ..rules.files import encode, read_input
        from ..rules.formats import FileReport

        display = "-" if path == "-" else path
        try:
            data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
            reader = self.from_ or detect(None if path == "-" else path, data)
            if reader != "txt":
                return self.one_read(data, display, reader, settings)
            decoded = read_input(data, self.encoding)
        except (OSError, SpeechparseError) as error:
            reason = describe(error) if isinstance(error, OSError) else str(error)
            click.echo(f"speechparse validate: {path}: {reason}", err=True)
            self.errors += 1
            return FileReport(display, "", error=reason)
        if not (self.fix or self.diff):
            diagnostics = check_text(decoded.text, settings, path=display, encoding=decoded.encoding)
            return FileReport(display, decoded.text, diagnostics)
        result = fix_text(decoded.text, settings, unsafe=self.unsafe, path=display, encoding=decoded.encoding)
        if self.diff:
            if result.text != decoded.text:
                self.diffs += 1
                sys.stdout.buffer.write(_unified(decoded.text, result.text, display).encode("utf-8"))
            return FileReport(display, result.text, result.remaining, result.applied)
        if result.text != decoded.text:
            try:
                if path == "-":
                    sys.stdout.buffer.write(encode(decoded, result.text))
                else:
                    write_atomic(path, encode(decoded, result.text))
            except OSError as error:
                click.echo(f"speechparse validate: {path}: cannot write: {describe(error)}", err=True)
                self.errors += 1
        elif path == "-":
            sys.stdout.buffer.write(data)
        return FileReport(display, result.text, result.remaining, result.applied)


    def one_read(self, data: bytes, display: str, reader: str, settings):
        """A document a reader other than the text one reads (a .docx): checked on the reader's
        text, whose lines are the Word paragraphs; never fixed (the file is not that text)."""
        from ..api import build_document
        from ..errors import ReaderError
        from ..readers import read
        from ..rules.engine import check_document
        from ..rules.formats import FileReport

        if reader not in ("docx",):
            raise ReaderError(f"validate reads plain text and .docx, not {reader}: convert it to text first")
        if self.fix or self.diff:
            raise ReaderError("--fix and --diff work on plain text only; a .docx can be checked, not fixed")
        reading = read(data, reader, encoding=self.encoding, path=display)
        text = reading.source.text
        diagnostics = check_document(build_document(*reading), text, settings, path=display)
        return FileReport(display, text, diagnostics)


def _unified(before: str, after: str, path: str) -> str:
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 fromfile=path, tofile=path)
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
                   for line in lines)  # (a CR-only file's lines end with their CR: no line of it lacks its end)


def _summary(reports: list, mode: str) -> str:
    diagnostics = [d for report in reports for d in report.diagnostics]
    fixed = sum(report.fixed for report in reports)
    parts = []
    if mode != "check":
        verb = "Fixed" if mode == "fix" else "Would fix"
        parts.append(f"{verb} {fixed} problem{'s' if fixed != 1 else ''}.")
    unread = sum(report.error is not None for report in reports)
    if unread:
        parts.append(f"{unread} file{'s' if unread != 1 else ''} could not be read (see above): not checked.")
    if not diagnostics and not unread:
        parts.append("All checks passed!" if mode == "check" else "No problems remain.")
    elif not diagnostics:
        parts.append("No problems found in the others." if len(reports) > unread else "Nothing was checked.")
    else:
        counts = {level: sum(d.severity.value == level for d in diagnostics) for level in LEVELS}
        fixable = sum(d.safely_fixable for d in diagnostics)
        hidden = sum(d.fixable for d in diagnostics) - fixable
        detail = ", ".join(f"{n} {level}{'s' if n != 1 and level != 'info' else ''}" for level, n in counts.items() if n)
        parts.append(f"Found {len(diagnostics)} problem{'s' if len(diagnostics) != 1 else ''} ({detail}).")
        if fixable or hidden:
            more = f" ({hidden} hidden fix{'es' if hidden != 1 else ''} can be enabled with --unsafe-fixes)" if hidden else ""
            parts.append(f"[*] {fixable} fixable with --fix{more}.")
    return "\n".join(parts) + "\n"
