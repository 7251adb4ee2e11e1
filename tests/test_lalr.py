"""The LALR driver: Lark's table run over paragraph tokens, with Lark's tree conventions."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from lark import Lark

import speechparse
from speechparse.analysis import TokenStreamLexer, lark_parser, tables_of
from speechparse.lalr import SHIFT_REDUCE, LalrDriver, ParseError
from speechparse.postlex import HeadingNester

GRAMMAR = r"""
start: head? _item* _END
head: HEAD
_item: WORD | group
group: _OPEN WORD+ _CLOSE
%declare HEAD WORD _OPEN _CLOSE _END
"""


class Builder:
    """Records what each rule received."""

    def start(self, children):
        return ("start", children)

    def head(self, children):
        return ("head", children)

    def group(self, children):
        return ("group", children)


@pytest.fixture(scope="module")
def driver() -> LalrDriver:
    lark = Lark(GRAMMAR, parser="lalr", lexer=TokenStreamLexer)
    return LalrDriver(tables_of(lark), Builder())


def tokens(*kinds: str) -> list[tuple[str, object]]:
    return [(kind, kind.lower() if not kind.startswith("_") else None) for kind in kinds]


def test_rules_get_their_children_with_inlined_rules_spliced_and_filtered_terminals_dropped(driver):
    result = driver.parse(tokens("HEAD", "WORD", "_OPEN", "WORD", "WORD", "_CLOSE", "WORD", "_END"))
    assert result == ("start", [("head", ["head"]), "word", ("group", ["word", "word"]), "word"])


def test_a_terminal_that_a_rule_of_it_alone_reduces_is_shifted_and_reduced_in_one_step(driver):
    first = driver.states[driver.start_state]
    assert first["HEAD"][0] == SHIFT_REDUCE  # head: HEAD
    assert first["WORD"][0] == SHIFT_REDUCE  # _item: WORD
    assert first["_OPEN"][0] is True  # group: _OPEN WORD+ _CLOSE, a plain shift


def test_a_token_wrong_after_a_shifted_and_reduced_one_is_still_a_parse_error(driver):
    with pytest.raises(ParseError, match=r"unexpected _CLOSE"):
        driver.parse(tokens("HEAD", "WORD", "_CLOSE", "_END"))


def test_an_empty_repetition_gives_no_children(driver):
    assert driver.parse(tokens("_END")) == ("start", [])


def test_long_repetitions_are_built_in_one_list(driver):
    assert driver.parse(tokens(*["WORD"] * 10_000, "_END")) == ("start", ["word"] * 10_000)


def test_a_token_the_grammar_does_not_allow_is_a_parse_error_with_its_position(driver):
    unit = SimpleNamespace(span=SimpleNamespace(line=3, column=5))
    with pytest.raises(ParseError, match=r"unexpected HEAD \(line 3, column 5\)"):
        driver.parse([("WORD", "word"), ("HEAD", unit)])


def test_input_that_ends_too_early_is_a_parse_error(driver):
    with pytest.raises(ParseError, match=r"unexpected \$END \(end of input\)"):
        driver.parse(tokens("_OPEN", "WORD"))


def test_a_token_stream_the_grammar_rejects_gives_plain_paragraphs_and_sp099(monkeypatch):
    original = HeadingNester.process
    monkeypatch.setattr(HeadingNester, "process", lambda self, units: [("_CLOSE", None), *original(self, units)])
    doc = speechparse.parse("一、总体要求\n\n要坚持稳中求进。")
    assert [(d.code, d.severity) for d in doc.diagnostics] == [("SP099", "warning")]
    assert "unexpected _CLOSE (a structure token)" in doc.diagnostics[0].message
    assert [(type(node).__name__, node.text) for node in doc.body] == [
        ("Paragraph", "一、总体要求"), ("Paragraph", "要坚持稳中求进。")]


def test_para_appears_only_in_repeated_blocks_so_a_run_of_paragraphs_can_travel_as_one_token():
    def users(symbol: str) -> set[str]:
        return {rule.origin.name for rule in lark_parser().rules if symbol in [s.name for s in rule.expansion]}

    assert users("PARA") == {"_block"}
    assert users("_block") and all(name.startswith("__") and "_star_" in name for name in users("_block"))


def test_a_run_of_paragraphs_is_one_token_and_gives_one_node_each():
    doc = speechparse.parse("同志们：\n\n甲。\n\n乙。\n\n一、总体要求\n\n丙。\n\n丁。\n\n谢谢大家！")
    assert [type(node).__name__ for node in doc.body] == ["Paragraph", "Paragraph", "Section"]
    assert [node.text for node in doc.body[2].children] == ["丙。", "丁。"]
