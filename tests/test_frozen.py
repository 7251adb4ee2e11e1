"""fast_init: the quicker __init__ of frozen nodes behaves as the one dataclasses writes."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

import speechparse
from speechparse import ast
from speechparse.frozen import fast_init


@fast_init
@dataclasses.dataclass(frozen=True, slots=True)
class Node:
    start: int
    text: str
    items: tuple[int, ...] = ()
    kind: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Reference:
    start: int
    text: str
    items: tuple[int, ...] = ()
    kind: str | None = None


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((1, "甲"), {}), ((1, "甲", (2, 3)), {}), ((1,), {"text": "甲", "kind": "x"}), ((), {"start": 0, "text": ""})],
)
def test_fields_are_set_as_the_generated_init_sets_them(args, kwargs):
    assert dataclasses.astuple(Node(*args, **kwargs)) == dataclasses.astuple(Reference(*args, **kwargs))


def test_instances_stay_frozen_comparable_and_hashable():
    node = Node(1, "甲")
    with pytest.raises(dataclasses.FrozenInstanceError):
        node.start = 2  # type: ignore[misc]
    assert node == Node(1, "甲") and hash(node) == hash(Node(1, "甲")) and node != Node(2, "甲")
    assert dataclasses.replace(node, kind="x") == Node(1, "甲", (), "x")


@pytest.mark.parametrize(("args", "error"), [((), "missing"), ((1, "甲", (), None, 5), "positional"),
                                             ((1, "甲"), "unexpected")])
def test_wrong_arguments_are_a_type_error(args, error):
    kwargs = {"colour": "red"} if error == "unexpected" else {}
    with pytest.raises(TypeError):
        Node(*args, **kwargs)


def test_only_frozen_slotted_dataclasses_without_factories_are_accepted():
    @dataclasses.dataclass(slots=True)
    class Mutable:
        value: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class WithFactory:
        value: list = dataclasses.field(default_factory=list)

    for cls in (Mutable, WithFactory, int):
        with pytest.raises(TypeError):
            fast_init(cls)


def test_every_tree_node_keeps_its_field_order_and_defaults():
    span = ast.Span(0, 1, 1, 1, 1, 2)
    assert ast.Section(span, span, "cn", "一、", 1, "总体要求").children == ()
    assert ast.Paragraph(span, "正文").items == ()
    assert ast.Diagnostic("SP001", "joined").severity == "info"
    assert ast.SourceInfo().encoding == "utf-8"


def test_parsed_documents_survive_pickling_and_copying():
    doc = speechparse.parse("一、总体要求\n\n一是抓学习；二是抓落实。\n\n谢谢大家！")
    assert pickle.loads(pickle.dumps(doc)) == doc
    assert copy.deepcopy(doc) == doc
