"""The grammar's tables: Lark's analysis in plain values, kept on disk so that a new process
parses without importing Lark."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_twice_with_cache

from speechparse import tables
from speechparse.analysis import analyse, lark_parser
from speechparse.diskcache import NO_CACHE_VARIABLE
from speechparse.grammar import grammar_text
from speechparse.tables import TABLES_FORMAT, GrammarTables


@pytest.fixture
def cache_home(tmp_path, monkeypatch) -> Path:
    """A fresh cache directory, and tables looked up again."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(NO_CACHE_VARIABLE, raising=False)
    tables.grammar_tables.cache_clear()
    yield tmp_path / "speechparse"
    tables.grammar_tables.cache_clear()


def test_the_tables_hold_every_rule_and_pattern_terminal_of_the_grammar():
    analysed = analyse(grammar_text())
    parser = lark_parser()
    assert {origin for origin, _ in analysed.rules} == {rule.origin.name for rule in parser.rules}
    assert set(analysed.terminals) == {t.name for t in parser.terminals if t.pattern.type == "re"}
    assert analysed.start_state in analysed.states and analysed.end_state in analysed.states


def test_the_tables_survive_marshal_unchanged():
    analysed = analyse(grammar_text())
    assert GrammarTables.from_plain(marshal.loads(marshal.dumps(analysed.to_plain()))) == analysed


def test_values_of_another_format_are_refused():
    plain = (TABLES_FORMAT + 1, *analyse(grammar_text()).to_plain()[1:])
    with pytest.raises(ValueError, match="not speechparse grammar tables"):
        GrammarTables.from_plain(plain)


def test_a_reduction_to_a_rule_that_does_not_exist_is_refused():
    analysed = analyse(grammar_text())
    states = {**analysed.states, analysed.start_state: {"PARA": (False, len(analysed.rules))}}
    plain = (TABLES_FORMAT, analysed.rules, states, analysed.start_state, analysed.end_state, analysed.terminals)
    with pytest.raises(ValueError, match="inconsistent"):
        GrammarTables.from_plain(plain)


def test_the_first_lookup_writes_the_cache_file(cache_home):
    found = tables.grammar_tables()
    [cached] = cache_home.glob("grammar-*.tables")
    assert GrammarTables.from_plain(marshal.loads(cached.read_bytes())[1]) == found


def test_a_corrupt_cache_file_is_replaced_by_a_fresh_analysis(cache_home):
    tables.grammar_tables()
    [cached] = cache_home.glob("grammar-*.tables")
    cached.write_bytes(b"not marshal data")
    tables.grammar_tables.cache_clear()
    assert tables.grammar_tables() == analyse(grammar_text())
    assert GrammarTables.from_plain(marshal.loads(cached.read_bytes())[1]) == analyse(grammar_text())


def test_no_cache_file_is_written_when_the_cache_is_turned_off(cache_home, monkeypatch):
    monkeypatch.setenv(NO_CACHE_VARIABLE, "1")
    assert tables.grammar_tables() == analyse(grammar_text())
    assert not list(cache_home.glob("grammar-*.tables"))


def test_a_new_process_with_the_cache_parses_without_importing_lark(tmp_path):
    script = ("import sys, speechparse\n"
              "doc = speechparse.parse('一、总体要求\\n\\n要坚持稳中求进。')\n"
              "print(type(doc.body[0]).__name__, 'lark' in sys.modules)")
    outputs = run_twice_with_cache(script, tmp_path)
    assert [output.split() for output in outputs] == [["Section", "True"], ["Section", "False"]]


def test_the_same_grammar_gives_the_same_tables_in_every_process():
    script = "from speechparse.analysis import analyse; from speechparse.grammar import grammar_text\n" \
             "print(repr(analyse(grammar_text()).to_plain()))"
    outputs = {subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": seed},
                              capture_output=True, check=True).stdout for seed in ("1", "2", "3")}
    assert len(outputs) == 1
