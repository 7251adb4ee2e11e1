"""A lean LALR(1) driver over the parse table that Lark builds from ``grammar/speech.lark``.

Lark analyses the grammar (and caches the analysis); this module runs the table.  The tokens are
the lexer's paragraphs, already classified, so the driver does only what the table says: shift
a paragraph, or reduce a rule by handing its children to the builder method named after the
rule.  It follows Lark's tree conventions: rules and terminals whose names start with ``_`` are
inlined into their parent (``_block``, the ``__body_star`` helpers Lark makes for ``*``), and
filtered terminals (``_OPEN``, ``_CLOSE``, ``_BODY``, ``_BACK``) carry no child.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

#: The end-of-input terminal of Lark's tables.
END = "$END"


class ParseError(Exception):
    """The token stream does not fit the grammar (a defect of the lexer: reported as SP099)."""


class Inline(list):
    """The children of an inlined rule, spliced into the parent's children."""

    __slots__ = ()


class Reduction:
    """How to reduce one grammar rule: its size, the goto symbol, and how children are built."""

    __slots__ = ("build", "extends_first", "inline", "origin", "plan", "size")

    def __init__(self, rule: Any, builder: object) -> None:
        self.origin: str = rule.origin.name
        names = [symbol.name for symbol in rule.expansion]
        self.size = len(names)
        #: Per child: "splice" (an inlined rule), "drop" (a filtered terminal) or "keep".
        self.plan = tuple("splice" if name.startswith("_") and not name.isupper()
                          else "drop" if name.startswith("_") else "keep" for name in names)
        #: A left-recursive helper (``__x_star: __x_star item``) grows its first child in place.
        self.extends_first = bool(names) and names[0] == self.origin
        self.inline = self.origin.startswith("_")
        self.build: Callable[[list[Any]], Any] | None = None if self.inline else getattr(builder, self.origin)

    def reduce(self, values: list[Any]) -> Any:
        """The rule's value from its children's values."""
        if self.extends_first:
            children = values[0]
            rest = zip(values[1:], self.plan[1:], strict=True)
        else:
            children = Inline() if self.inline else []
            rest = zip(values, self.plan, strict=True)
        for value, how in rest:
            if how == "keep":
                children.append(value)
            elif how == "splice":
                children.extend(value)
        return children if self.build is None else self.build(children)


class LalrDriver:
    """Runs Lark's LALR(1) parse table over ``(terminal name, value)`` pairs."""

    def __init__(self, parse_table: Any, builder: object, start: str = "start") -> None:
        reductions: dict[int, Reduction] = {}
        self.states: dict[int, dict[str, tuple[bool, Any]]] = {}
        for state, actions in parse_table.states.items():
            row: dict[str, tuple[bool, Any]] = {}
            for symbol, (action, argument) in actions.items():
                if action.name == "Shift":
                    row[symbol] = (True, argument)
                else:
                    key = id(argument)
                    if key not in reductions:
                        reductions[key] = Reduction(argument, builder)
                    row[symbol] = (False, reductions[key])
            self.states[state] = row
        self.start_state = parse_table.start_states[start]
        self.end_state = parse_table.end_states[start]

    def parse(self, tokens: Iterable[tuple[str, Any]]) -> Any:
        """The value the start rule's builder returns for ``tokens``."""
        states = self.states
        state_stack = [self.start_state]
        value_stack: list[Any] = []
        for kind, value in (*tokens, (END, None)):
            while True:
                try:
                    shift, argument = states[state_stack[-1]][kind]
                except KeyError:
                    raise ParseError(f"unexpected {kind} ({_where(kind, value)})") from None
                if shift:
                    state_stack.append(argument)
                    value_stack.append(value)
                    break
                size = argument.size
                if size:
                    children = value_stack[-size:]
                    del state_stack[-size:]
                    del value_stack[-size:]
                else:
                    children = []
                result = argument.reduce(children)
                goto = states[state_stack[-1]][argument.origin][1]
                if goto == self.end_state and kind == END:
                    return result
                state_stack.append(goto)
                value_stack.append(result)
        raise ParseError("input ended before the grammar's start rule was complete")


def _where(kind: str, value: Any) -> str:
    """Where a token is, for an error message: its paragraph's position if it has one."""
    span = getattr(value, "span", None)
    if span is not None:
        return f"line {span.line}, column {span.column}"
    return "end of input" if kind == END else "a structure token"
