"""Dataclasses whose generated methods' code is compiled once and kept on disk: the classes are those
``dataclasses.dataclass`` makes, and a second process compiles none of speechparse's methods again."""

from __future__ import annotations

import copy
import dataclasses
import inspect

import pytest
from conftest import run_twice_with_cache

from speechparse import codecache
from speechparse.diskcache import NO_CACHE_VARIABLE, Kept


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache directory, and nothing of it read or compiled yet by this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(NO_CACHE_VARIABLE, raising=False)
    as_new_process(monkeypatch)
    yield tmp_path / "speechparse"
    codecache.KEPT.fresh.clear()  # (nothing of a test's written at exit)


def as_new_process(monkeypatch) -> None:
    monkeypatch.setattr(codecache, "KEPT", Kept(codecache.KEPT.kind, codecache.KEPT.key, codecache.KEPT.suffix))


def make_pair(**options):
    """The same class body made by dataclasses.dataclass and by codecache.dataclass."""

    def body():
        class Point:
            x: int
            y: str = "甲"
            tags: tuple[str, ...] = ()

        return Point

    return dataclasses.dataclass(**options)(body()), codecache.dataclass(**options)(body())


OPTIONS = [{}, {"frozen": True, "slots": True}, {"slots": True}, {"order": True}, {"frozen": True, "kw_only": True}]


@pytest.mark.parametrize("options", OPTIONS)
def test_instances_behave_as_those_of_the_class_dataclasses_makes(fresh_cache, options):
    plain, cached = make_pair(**options)
    make = (lambda cls: cls(x=1, y="乙")) if options.get("kw_only") else (lambda cls: cls(1, "乙"))
    one, other = make(plain), make(cached)
    assert repr(one) == repr(other)
    assert dataclasses.astuple(one) == dataclasses.astuple(other)
    assert other == make(cached) and other != dataclasses.replace(other, x=2)
    assert [f.name for f in dataclasses.fields(cached)] == ["x", "y", "tags"]
    assert inspect.signature(plain.__init__) == inspect.signature(cached.__init__)
    assert plain.__init__.__annotations__ == cached.__init__.__annotations__  # (no __future__ flag of codecache's)
    assert dataclasses.fields(plain)[0].type == dataclasses.fields(cached)[0].type


def test_a_frozen_class_stays_frozen_and_hashable(fresh_cache):
    _, cached = make_pair(frozen=True, slots=True)
    point = cached(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 2
    assert hash(point) == hash(cached(1)) and copy.deepcopy(point) == point


def test_the_methods_code_is_compiled_once_and_taken_from_the_cache_after(fresh_cache, monkeypatch):
    make_pair(frozen=True, slots=True)
    compiled = dict(codecache.KEPT.fresh)
    assert compiled and all(source.lstrip().startswith("def __create_fn__") for source in compiled)
    codecache.KEPT.save()
    as_new_process(monkeypatch)
    make_pair(frozen=True, slots=True)
    assert codecache.KEPT.fresh == {} and set(compiled) <= codecache.KEPT.used


def test_exec_is_the_builtin_again_once_the_class_is_made(fresh_cache):
    make_pair()
    assert "exec" not in vars(dataclasses)


def test_a_class_is_made_as_before_when_its_body_fails(fresh_cache):
    with pytest.raises(TypeError):
        @codecache.dataclass
        class Wrong:
            x: int = 1
            y: int  # a field without a default after one with
    assert "exec" not in vars(dataclasses)


def test_a_kept_value_that_is_no_code_is_compiled_afresh(fresh_cache):
    source = "def f():\n    return 7\n"
    codecache.KEPT.known = {source: "not code"}
    namespace: dict = {}
    codecache.run(source, namespace)
    assert namespace["f"]() == 7


def test_a_second_process_compiles_none_of_speechparse_s_methods_again(tmp_path):
    script = ("import speechparse.cli, speechparse.api, speechparse.conversion, speechparse.exporters.json\n"
              "from speechparse import codecache\n"
              "print(len(codecache.KEPT.fresh), len(codecache.KEPT.used))")
    outputs = run_twice_with_cache(script, tmp_path)
    (fresh_first, used_first), (fresh_second, used_second) = [map(int, output.split()) for output in outputs]
    assert fresh_first > 50
    assert (fresh_second, used_second) == (0, used_first)
