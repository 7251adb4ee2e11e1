"""A lean LALR(1) driver over the parse table that Lark builds from ``grammar/speech.lark``.

Lark analyses the grammar (:mod:`speechparse.tables` keeps the table); this module runs it.  The tokens are
the lexer's paragraphs, already classified, so the driver does only what the table says: shift
a paragraph, or reduce a rule by handing its children to the builder method named after the
rule.  It follows Lark's tree conventions: rules and terminals whose names start with ``_`` are
inlined into their parent (``_block``, the ``__body_star`` helpers Lark makes for ``*``), and
filtered terminals (``_OPEN``, ``_CLOSE``, ``_BODY``, ``_BACK``) carry no child.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Final, NamedTuple

if TYPE_CHECKING:
    from .tables import GrammarTables

#: The end-of-input terminal of Lark's tables.
END: Final = "$END"
#: The action that shifts a terminal and reduces the one rule of it alone at once (see :func:`_unit_reduction`).
SHIFT_REDUCE: Final = 2


class ParseError(Exception):
    """The token stream does not fit the grammar (a defect of the lexer: reported as SP099)."""


class Reduction(NamedTuple):
    """How to reduce one grammar rule: pop ``size`` values, build the rule's value, go to ``origin``."""

    size: int
    origin: str
    build: Callable[[list[Any]], Any] | None  #: None: the children are the value (an inlined rule)


def reduction(origin: str, names: tuple[str, ...], builder: object) -> Reduction:
    """The reduction of the rule ``origin: names``: the builder method named after it gets its children.

    A child that is an inlined rule (``_block``, ``__body_star_0``) is a list, spliced into the
    children; filtered terminals (``_OPEN``) are left out; a rule whose name starts with ``_``
    returns its children as such a list.  The children list is the fresh slice of the value
    stack where no child needs splicing or leaving out, so most reductions copy nothing.
    """
    plan = tuple("splice" if name.startswith("_") and not name.isupper()
                 else "drop" if name.startswith("_") else "keep" for name in names)
    method = None if origin.startswith("_") else getattr(builder, origin)
    build: Callable[[list[Any]], Any] | None
    if names and names[0] == origin and plan[1:] in (("keep",), ("splice",)):
        grow = list.append if plan[1] == "keep" else list.extend
        build = partial(_grow_first, grow)  # a left-recursive repetition: the list grows in place
    elif "splice" not in plan and "drop" not in plan:
        build = method
    elif plan == ("splice",):  # one inlined child: its list (owned by the stack alone) is the children
        build = itemgetter(0) if method is None else partial(_call_on_first, method)
    else:
        picks = tuple((index, how == "splice") for index, how in enumerate(plan) if how != "drop")
        build = partial(_arrange, picks, method or list)
    return Reduction(len(names), origin, build)


def _grow_first(grow: Callable[[list[Any], Any], None], values: list[Any]) -> list[Any]:
    first = values[0]
    grow(first, values[1])
    return first


def _call_on_first(method: Callable[[list[Any]], Any], values: list[Any]) -> Any:
    return method(values[0])


def _arrange(picks: tuple[tuple[int, bool], ...], method: Callable[[list[Any]], Any], values: list[Any]) -> Any:
    """``method`` of the children in ``values``: those ``picks`` names, by index, each spliced in or kept as it is."""
    children: list[Any] = []
    for index, splice in picks:
        if splice:
            children += values[index]
        else:
            children.append(values[index])
    return method(children)


class LalrDriver:
    """Runs an LALR(1) table over ``(terminal name, value)`` pairs."""

    def __init__(self, tables: GrammarTables, builder: object) -> None:
        reductions = [reduction(origin, names, builder) for origin, names in tables.rules]
        self.states: dict[int, dict[str, tuple[bool | int, Any]]] = {
            state: {symbol: (shift, argument if shift else reductions[argument])
                    for symbol, (shift, argument) in row.items()}
            for state, row in tables.states.items()
        }
        self.start_state = tables.start_state
        self.end_state = tables.end_state
        rules = {origin for origin, _ in tables.rules}
        for row in self.states.values():  # a terminal that a rule of it alone reduces at once (_block: PARA): both in one step
            for symbol, (shift, target) in list(row.items()):
                unit = _unit_reduction(self.states[target]) if shift and symbol not in rules else None
                if unit is not None and row[unit.origin][1] != self.end_state:
                    row[symbol] = (SHIFT_REDUCE, (row[unit.origin][1], unit.build))

    def parse(self, tokens: Iterable[tuple[str, Any]]) -> Any:
        """The value the start rule's builder returns for ``tokens``."""
        states = self.states
        end_state = self.end_state
        row = states[self.start_state]  # the actions of the state on top of the stack
        state_stack = [self.start_state]
        value_stack: list[Any] = []
        for kind, value in chain(tokens, ((END, None),)):
            while True:
                action = row.get(kind)
                if action is None:
                    raise ParseError(f"unexpected {kind} ({_where(kind, value)})")
                shift, argument = action
                if shift:
                    if shift == SHIFT_REDUCE:
                        state, build = argument
                        value = [value] if build is None else build([value])
                    else:
                        state = argument
                    row = states[state]
                    state_stack.append(state)
                    value_stack.append(value)
                    break
                size, origin, build = argument
                if size == 1:  # (most reductions: the top of the stacks is replaced, nothing popped)
                    children = [value_stack[-1]]
                    result = children if build is None else build(children)
                    state = states[state_stack[-2]][origin][1]
                    if state == end_state and kind == END:
                        return result
                    state_stack[-1] = state
                    value_stack[-1] = result
                    row = states[state]
                    continue
                if size:
                    children = value_stack[-size:]
                    del state_stack[-size:]
                    del value_stack[-size:]
                else:
                    children = []
                result = children if build is None else build(children)
                state = states[state_stack[-1]][origin][1]
                if state == end_state and kind == END:
                    return result
                state_stack.append(state)
                value_stack.append(result)
                row = states[state]
        raise ParseError("input ended before the grammar's start rule was complete")


def _unit_reduction(row: dict[str, tuple[bool | int, Any]]) -> Reduction | None:
    """The reduction of a state whose every action reduces by one rule of one symbol (the state after shifting that
    symbol, ``_block: PARA .``), or None.  Shifting the symbol then goes straight to where the reduction leads: the
    reduction is the same whatever comes next, and a token that cannot come next is found wrong one step later."""
    actions = set(row.values())
    if len(actions) != 1:
        return None
    ((shift, reduction),) = actions
    return reduction if not shift and reduction.size == 1 else None


def _where(kind: str, value: Any) -> str:
    """Where a token is, for an error message: its paragraph's position if it has one."""
    span = getattr(value, "span", None)
    if span is not None:
        return f"line {span.line}, column {span.column}"
    return "end of input" if kind == END else "a structure token"
