"""Compiled regular expressions kept on disk: a new process makes speechparse's patterns from the
programs the re module built in an earlier one, and they are the very patterns re.compile makes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import run_twice_with_cache

from speechparse import recache
from speechparse.diskcache import NO_CACHE_VARIABLE

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
    monkeypatch.setattr(recache, "_known", None)
    monkeypatch.setattr(recache, "_fresh", {})
    monkeypatch.setattr(recache, "_used", set())
    return tmp_path / "speechparse"


def kept_patterns() -> set[tuple[str | bytes, int]]:
    """The patterns whose programs the cache file holds."""
    return set(recache._read()[1])


def as_new_process(monkeypatch) -> None:
    """A new process: nothing read, compiled or used yet."""
    forget_in_memory(monkeypatch)
    monkeypatch.setattr(recache, "_used", set())


def forget_in_memory(monkeypatch) -> None:
    """As a new process: the programs are read from the disk again."""
    monkeypatch.setattr(recache, "_known", None)
    monkeypatch.setattr(recache, "_fresh", {})


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_made_from_a_kept_program_equals_the_one_re_compile_makes(fresh_cache, monkeypatch, pattern, flags):
    assert recache.compile(pattern, flags) == re.compile(pattern, flags)
    recache.save()
    forget_in_memory(monkeypatch)
    assert (pattern, flags) in recache._programs()
    assert recache.compile(pattern, flags) == re.compile(pattern, flags)
    assert recache._fresh == {}  # made from the kept program, not compiled again


def test_save_writes_one_programs_file_holding_every_fresh_pattern(fresh_cache):
    for pattern, flags in PATTERNS:
        recache.compile(pattern, flags)
    recache.save()
    assert len(list(fresh_cache.glob("regex-*.programs"))) == 1
    assert kept_patterns() == set(PATTERNS)


def test_a_corrupt_programs_file_is_ignored_and_replaced(fresh_cache, monkeypatch):
    recache.compile(*PATTERNS[0])
    recache.save()
    [kept] = fresh_cache.glob("regex-*.programs")
    kept.write_bytes(b"not marshal data")
    forget_in_memory(monkeypatch)
    assert recache.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    recache.save()
    assert kept_patterns() == {PATTERNS[0]}


def test_a_program_this_python_does_not_take_falls_back_to_re_compile(fresh_cache, monkeypatch):
    pattern, flags = PATTERNS[1]
    monkeypatch.setattr(recache, "_known", {(pattern, flags): (0, [999999], 0, {}, ())})
    assert recache.compile(pattern, flags) == re.compile(pattern, flags)


def test_nothing_is_written_when_the_cache_is_turned_off(fresh_cache, monkeypatch):
    monkeypatch.setenv(NO_CACHE_VARIABLE, "1")
    assert recache.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    recache.save()
    assert not fresh_cache.exists() or not list(fresh_cache.glob("regex-*"))


def test_past_the_limit_only_the_patterns_this_process_used_are_kept(fresh_cache, monkeypatch):
    monkeypatch.setattr(recache, "MAX_PROGRAMS", 2)
    for pattern, flags in PATTERNS[:3]:
        recache.compile(pattern, flags)
    recache.save()
    as_new_process(monkeypatch)
    recache.compile(*PATTERNS[3])
    recache.save()
    assert kept_patterns() == {PATTERNS[3]}


def test_a_program_no_writing_process_used_in_its_last_writes_is_dropped(fresh_cache, monkeypatch):
    monkeypatch.setattr(recache, "KEEP_UNUSED_FOR", 2)
    after_each_write = []
    for pattern, flags in PATTERNS[:3]:  # three processes, each compiling one pattern afresh
        as_new_process(monkeypatch)
        recache.compile(pattern, flags)
        recache.save()
        after_each_write.append(kept_patterns())
    assert after_each_write == [{PATTERNS[0]}, {PATTERNS[0], PATTERNS[1]}, {PATTERNS[1], PATTERNS[2]}]
    assert recache._read()[0] == 3


def test_a_kept_program_a_writing_process_used_stays(fresh_cache, monkeypatch):
    monkeypatch.setattr(recache, "KEEP_UNUSED_FOR", 2)
    recache.compile(*PATTERNS[0])
    recache.save()
    for pattern, flags in PATTERNS[1:4]:  # each process uses the kept PATTERNS[0] and compiles one afresh
        as_new_process(monkeypatch)
        recache.compile(*PATTERNS[0])
        recache.compile(pattern, flags)
        recache.save()
    assert recache._fresh == {}
    assert kept_patterns() == {PATTERNS[0], PATTERNS[2], PATTERNS[3]}


def test_a_process_that_compiled_nothing_afresh_writes_nothing(fresh_cache, monkeypatch):
    recache.compile(*PATTERNS[0])
    recache.save()
    [kept] = fresh_cache.glob("regex-*.programs")
    written = kept.stat().st_mtime_ns, kept.read_bytes()
    as_new_process(monkeypatch)
    recache.compile(*PATTERNS[0])
    recache.save()
    assert (kept.stat().st_mtime_ns, kept.read_bytes()) == written


def test_a_second_process_compiles_none_of_speechparse_s_patterns_again(tmp_path):
    script = ("import speechparse, speechparse.exporters.json as j\n"
              "from speechparse import recache\n"
              "doc = speechparse.parse('一、总体要求\\n\\n要坚持稳中求进。')\n"
              "print(len(recache._fresh), len(recache._used))")
    outputs = run_twice_with_cache(script, tmp_path)
    (fresh_first, used_first), (fresh_second, used_second) = [map(int, output.split()) for output in outputs]
    assert fresh_first == used_first > 20
    assert (fresh_second, used_second) == (0, used_first)
