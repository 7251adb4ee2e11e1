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
