"""Coverage-guided fuzz target (atheris / libFuzzer): parse, export to every format, validate.

Not collected by pytest (its name does not start with ``test_``).  Install and run, from the
project root (atheris ships wheels for CPython 3.8–3.11 on Linux x86-64; elsewhere it builds from
source and needs clang with libFuzzer)::

    pip install -e '.[test]' atheris
    mkdir -p fuzz-corpus
    python tests/fuzz/fuzz_parse.py fuzz-corpus -dict=tests/fuzz/speech.dict -max_total_time=600 \\
        -timeout=20 -rss_limit_mb=4096 -seed_inputs=examples/ideology-work-speech.txt

``-max_total_time`` is the run's length in seconds; ``-jobs=2 -workers=2`` runs two processes.
Every input that raises (an exception anywhere, TEI that is not well-formed XML, JSON that does
not parse, the parser's SP099 fallback) or takes longer than ``-timeout`` seconds is written to
``crash-…`` / ``timeout-…``; replay one with ``python tests/fuzz/fuzz_parse.py crash-…``.

The input's first byte chooses how the rest is read: as raw bytes (decoding included), as text
(any code points), or as a sequence of speech pieces (markers, punctuation, odd characters) so
that the structure code is reached more often than random text would reach it.
"""

from __future__ import annotations

import pkgutil
import sys
from contextlib import suppress
from importlib import import_module
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["speechparse"]):
    import speechparse

    for module in pkgutil.walk_packages(speechparse.__path__, "speechparse."):
        if module.name != "speechparse.__main__":
            import_module(module.name)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from hostile import exercise

PIECES = [
    "一、", "二、", "十一、", "（一）", "(二)", "（三", "四）", "1.", "2．", "３、", "（1）", "(2)", "（３）", "①", "⑵", "㈢",
    "第一，", "第二部分", "一是", "二要", "首先，", "其次，", "最后，", "同志们：", "谢谢大家！", "——", "（2018年9月20日）",
    "二〇一八年九月", "王晓峰", "在全区工作会议上的讲话", "- 3 -", "<p>", "&nbsp;", "## ", "，", "。", "；", "：", "、", "“", "”",
    "《", "》", "……", "加强", "工作", "要坚持稳中求进", "\n", "\n\n", "\r\n", "\r", "\u3000\u3000", "\t", " ", "\u2028",
    "\x00", "\x01", "\x0b", "\x0c", "\x85", "\ufeff", "\u200b", "\ufffe", "𠮷", "😀", "\ud800",
]


def speech_pieces(provider: atheris.FuzzedDataProvider) -> str:
    return "".join(PIECES[provider.ConsumeIntInRange(0, len(PIECES) - 1)]
                   for _ in range(provider.ConsumeIntInRange(0, 400)) if provider.remaining_bytes())


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    mode = provider.ConsumeIntInRange(0, 2)
    if mode == 0:
        with suppress(speechparse.DecodeError):  # documented: neither UTF-8, UTF-16 with BOM nor GB18030
            exercise(provider.ConsumeBytes(provider.remaining_bytes()))
        return
    if mode == 1:
        exercise(provider.ConsumeUnicode(provider.remaining_bytes()))
        return
    exercise(speech_pieces(provider))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
