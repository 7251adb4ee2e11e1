"""The LALR driver: Lark's table run over paragraph tokens, with Lark's tree conventions."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from lark import Lark

import speechparse
from speechparse.lalr import LalrDriver, ParseError
from speechparse.parser import TokenStreamLexer
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
    return LalrDriver(lark.parser.parser.parser.parse_table, Builder())


def tokens(*kinds: str) -> list[tuple[str, object]]:
    return [(kind, kind.lower() if not kind.startswith("_") else None) for kind in kinds]


def test_rules_get_their_children_with_inlined_rules_spliced_and_filtered_terminals_dropped(driver):
    result = driver.parse(tokens("HEAD", "WORD", "_OPEN", "WORD", "WORD", "_CLOSE", "WORD", "_END"))
    assert result == ("start", [("head", ["head"]), "word", ("group", ["word", "word"]), "word"])


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
