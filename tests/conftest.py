"""Shared fixtures: the corpus in ../shared (tests that need it skip, with a reason, when it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
REAL = CORPUS / "real"
GOLD = CORPUS / "gold"
SEED = ROOT / "examples" / "ideology-work-speech.txt"


def real_documents() -> list[Path]:
    return sorted(REAL.glob("*.txt")) if REAL.is_dir() else []


needs_corpus = pytest.mark.skipif(not REAL.is_dir(), reason=f"shared corpus not found at {CORPUS}")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
