"""The cache directory's files: a value is read back only for the key it was stored with."""

from __future__ import annotations

import pytest

from speechparse import diskcache


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(diskcache.NO_CACHE_VARIABLE, raising=False)
    return tmp_path / "speechparse"


def test_a_stored_value_is_read_back_for_its_key(cache_home):
    path = diskcache.cache_file("kind", "key one", "ext")
    diskcache.store(path, "key one", {"a": (1, [2, 3])})
    assert diskcache.load(path, "key one") == {"a": (1, [2, 3])}


def test_the_file_is_named_by_kind_checksum_and_suffix_in_a_private_directory(cache_home):
    path = diskcache.cache_file("kind", "key one", "ext")
    assert path.startswith(str(cache_home / "kind-")) and path.endswith(".ext")
    assert cache_home.stat().st_mode & 0o777 == 0o700


def test_a_value_stored_for_another_key_at_the_same_path_is_not_read(cache_home):
    path = diskcache.cache_file("kind", "key one", "ext")
    diskcache.store(path, "key two", "another value")  # as if two keys had the same checksum
    assert diskcache.load(path, "key one") is None


def test_a_missing_or_unreadable_file_reads_as_none(cache_home):
    path = diskcache.cache_file("kind", "key", "ext")
    assert diskcache.load(path, "key") is None
    with open(path, "wb") as handle:
        handle.write(b"\x00 not marshal")
    assert diskcache.load(path, "key") is None


def test_the_cache_is_off_when_the_variable_is_set(cache_home, monkeypatch):
    monkeypatch.setenv(diskcache.NO_CACHE_VARIABLE, "1")
    assert diskcache.cache_file("kind", "key", "ext") is None
    diskcache.store(None, "key", "value")
    assert diskcache.load(None, "key") is None


# ---- Kept: values computed from constant keys, kept across processes ---------------------------------------------


def new_process(limit: int = 1000, keep_unused_for: int = 20) -> diskcache.Kept:
    """A process's view of one cache file: nothing read, computed or used yet."""
    return diskcache.Kept("kind", "key", "ext", limit=limit, keep_unused_for=keep_unused_for)


def kept_keys() -> set[str]:
    return set(new_process().read()[1])


def run_process(keys: list[str], **limits: int) -> diskcache.Kept:
    """A process that uses ``keys``, computing those not kept, then writes the file as at exit."""
    kept = new_process(**limits)
    for key in keys:
        if kept.get(key) is None:
            kept.add(key, key.upper())
    kept.save()
    return kept


def test_a_value_added_by_one_process_is_got_by_the_next(cache_home):
    run_process(["a"])
    kept = new_process()
    assert kept.get("a") == "A" and kept.fresh == {}


def test_save_clears_the_fresh_values_and_counts_the_writes(cache_home):
    kept = run_process(["a", "b"])
    assert kept.fresh == {}
    assert new_process().read() == (1, {"a": "A", "b": "B"}, {"a": 1, "b": 1})


def test_past_the_limit_only_the_values_the_writing_process_used_are_kept(cache_home):
    run_process(["a", "b", "c"], limit=2)
    run_process(["d"], limit=2)
    assert kept_keys() == {"d"}


def test_a_value_no_writing_process_used_in_its_last_writes_is_dropped(cache_home):
    after_each_write = []
    for key in ("a", "b", "c"):  # three processes, each computing one value afresh
        run_process([key], keep_unused_for=2)
        after_each_write.append(kept_keys())
    assert after_each_write == [{"a"}, {"a", "b"}, {"b", "c"}]
    assert new_process().read()[0] == 3


def test_a_kept_value_a_writing_process_used_stays(cache_home):
    run_process(["a"], keep_unused_for=2)
    for key in ("b", "c", "d"):  # each process uses the kept "a" and computes one afresh
        run_process(["a", key], keep_unused_for=2)
    assert kept_keys() == {"a", "c", "d"}


def test_a_process_that_computed_nothing_afresh_writes_nothing(cache_home):
    run_process(["a"])
    [path] = cache_home.glob("kind-*.ext")
    written = path.stat().st_mtime_ns, path.read_bytes()
    run_process(["a"])
    assert (path.stat().st_mtime_ns, path.read_bytes()) == written


def test_a_file_of_another_layout_reads_as_empty(cache_home):
    kept = new_process()
    diskcache.store(*kept.place(), ["not", "a", "triple"])
    assert kept.read() == (0, {}, {}) and kept.get("a") is None
