"""Compiled regular expressions kept on disk: a new process makes speechparse's patterns from the
programs the re module built in an earlier one, and they are the very patterns re.compile makes."""

from __future__ import annotations

import re
from array import array
from pathlib import Path

import pytest
from conftest import run_twice_with_cache

from speechparse import recache
from speechparse.diskcache import NO_CACHE_VARIABLE, Kept

PATTERNS = [
    (r"[\u4e00-\u9fff]{2,4}", 0),
    (r"(?P<num>[一二三四五六七八九十]{1,3})(?P<delim>[、，,])", 0),
    (r"text-align\s*:\s*([a-z-]+)", re.I),
    (rb"charset\s*=\s*([A-Za-z0-9_.:-]+)", re.I),
    (r"[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]", 0),
]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch) -> Path:
    """An empty cache directory, and nothing of it read or compiled yet by this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(NO_CACHE_VARIABLE, raising=False)
    as_new_process(monkeypatch)
    yield tmp_path / "speechparse"
    recache.KEPT.fresh.clear()  # (nothing of a test's written at exit)


def kept_patterns() -> set[tuple[str | bytes, int]]:
    """The patterns whose programs the cache file holds."""
    return set(recache.KEPT.read()[1])


def as_new_process(monkeypatch) -> None:
    """A new process: nothing read, compiled or used yet."""
    monkeypatch.setattr(recache, "KEPT", Kept(recache.KEPT.kind, recache.KEPT.key, recache.KEPT.suffix))


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_made_from_a_kept_program_equals_the_one_re_compile_makes(fresh_cache, monkeypatch, pattern, flags):
    assert recache.compile(pattern, flags) == re.compile(pattern, flags)
    recache.KEPT.save()
    as_new_process(monkeypatch)
    assert recache.compile(pattern, flags) == re.compile(pattern, flags)
    assert recache.KEPT.fresh == {} and (pattern, flags) in recache.KEPT.known  # made from the kept program


def test_save_writes_one_programs_file_holding_every_fresh_pattern(fresh_cache):
    for pattern, flags in PATTERNS:
        recache.compile(pattern, flags)
    recache.KEPT.save()
    assert len(list(fresh_cache.glob("regex-*.programs"))) == 1
    assert kept_patterns() == set(PATTERNS)


def test_a_corrupt_programs_file_is_ignored_and_replaced(fresh_cache, monkeypatch):
    recache.compile(*PATTERNS[0])
    recache.KEPT.save()
    [kept] = fresh_cache.glob("regex-*.programs")
    kept.write_bytes(b"not marshal data")
    as_new_process(monkeypatch)
    assert recache.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    recache.KEPT.save()
    assert kept_patterns() == {PATTERNS[0]}


def test_a_program_this_python_does_not_take_falls_back_to_re_compile(fresh_cache, monkeypatch):
    pattern, flags = PATTERNS[1]
    recache.KEPT.known = {(pattern, flags): (0, array(recache.CODE_WORD, [999999]).tobytes(), 0, {}, ())}
    assert recache.compile(pattern, flags) == re.compile(pattern, flags)


def test_nothing_is_written_when_the_cache_is_turned_off(fresh_cache, monkeypatch):
    monkeypatch.setenv(NO_CACHE_VARIABLE, "1")
    assert recache.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    recache.KEPT.save()
    assert not fresh_cache.exists() or not list(fresh_cache.glob("regex-*"))


def test_a_second_process_compiles_none_of_speechparse_s_patterns_again(tmp_path):
    script = ("import speechparse, speechparse.exporters.json as j\n"
              "from speechparse import recache\n"
              "doc = speechparse.parse('一、总体要求\\n\\n要坚持稳中求进。')\n"
              "print(len(recache.KEPT.fresh), len(recache.KEPT.used))")
    outputs = run_twice_with_cache(script, tmp_path)
    (fresh_first, used_first), (fresh_second, used_second) = [map(int, output.split()) for output in outputs]
    assert fresh_first == used_first > 20
    assert (fresh_second, used_second) == (0, used_first)
