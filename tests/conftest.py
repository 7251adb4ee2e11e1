"""Shared fixtures: the corpus in ../shared (tests that need it skip, with a reason, when it is absent)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

#: Property tests draw the same examples on every run, so that a run on a clean clone is repeatable; a random,
#: longer search is the fuzzers' job (tests/fuzz/, and ROBUSTNESS_EXAMPLES for tests/test_robustness.py).
settings.register_profile("repeatable", derandomize=True)
settings.load_profile("repeatable")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
REAL = CORPUS / "real"
GOLD = CORPUS / "gold"
SEED = ROOT / "examples" / "ideology-work-speech.txt"


def run_twice_with_cache(script: str, cache_home: Path) -> list[str]:
    """The output of ``python -c script`` in two new processes, one after the other, sharing the
    cache directory under ``cache_home`` (the cache on, whatever this process's setting)."""
    from speechparse.diskcache import NO_CACHE_VARIABLE

    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    env.pop(NO_CACHE_VARIABLE, None)
    return [subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True).stdout
            for _ in range(2)]


def real_documents() -> list[Path]:
    return sorted(REAL.glob("*.txt")) if REAL.is_dir() else []


needs_corpus = pytest.mark.skipif(not REAL.is_dir(), reason=f"shared corpus not found at {CORPUS}")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


# ---- shared by the exporter tests -------------------------------------------------------------------

#: Characters the reader treats as invisible, besides ``str.isspace()`` ones.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")
#: A document with markup characters, control characters (forbidden in XML) and an astral CJK character.
TRICKY = (
    "标题&<>\"'𠮷\n\n同志们：\n\n一、总体\x01要求&<b>\x0b好\x1f的𠮷\n\n"
    "要坚持\x00稳中求进\x08。一是加强&<b>；二是* 改进 #。\n\n1. 不是列表\n\n- 也不是\n\n谢谢大家！\n"
)


def visible(text: str) -> str:
    """``text`` without whitespace and invisible characters: what losslessness is measured on."""
    return "".join(char for char in text if not char.isspace() and char not in INVISIBLE)


@pytest.fixture(scope="session")
def documents():
    """``(name, decoded input, Document)`` for the seed and every real document, each parsed once."""
    import speechparse
    from speechparse.readers.text import decode

    result = []
    for path in [SEED, *real_documents()]:
        text, _ = decode(path.read_bytes(), None)
        result.append((path.name, text, speechparse.parse_text(text, path=path.name)))
    return result
