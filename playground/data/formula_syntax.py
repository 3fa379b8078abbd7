"""The syntax of formulas (``data.formula`` documents the language): a tokenizer and a
recursive-descent parser over a whitelist, and the tree's evaluation in float64 NumPy.

``parse_tree(text)`` gives the normalised text and the tree, or raises
``FormulaSyntaxError(message, col)``; ``data.formula`` turns that into the one ``ConfigError``
users see. Nothing here runs Python code: the text is only ever split into tokens.

The same language serves other sets of names: ``parse_tree(text, Names(...))`` reads the
names given instead of x1..x32 (a lesson's goals read metric names such as ``test_loss``),
and ``eval_tree`` then takes their values by name (a mapping) instead of by column.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from playground.limits import MAX_INPUTS

MAX_LENGTH = 200  # characters of a formula
MAX_NODES = 150  # nodes of its tree (a backstop: the length bounds it too)
MAX_DEPTH = 32  # levels of nesting: parentheses, calls, unary operators, powers
MAX_NUMBER = 1e6  # size of a number written in a formula
MAX_EXPONENT = 100.0  # size of an exponent that does not depend on x1 or x2

VARIABLES = tuple(f"x{k}" for k in range(1, MAX_INPUTS + 1))  # the input columns
CONSTANTS = {"pi": math.pi, "e": math.e}
UNARY_FUNCTIONS = ("abs", "sin", "cos", "tan", "exp", "log", "sqrt", "tanh")
FUNCTIONS = (*UNARY_FUNCTIONS, "min", "max", "where")
BINARY_OPS = ("+", "-", "*", "/", "**", "%")
COMPARISONS = ("<", "<=", ">", ">=", "==", "!=")
KEYWORDS = ("and", "or", "not")

Node = tuple[Any, ...]

_NUMBER = re.compile(r"(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_₀₁₂₃₄₅₆₇₈₉]*")
_SYMBOLS = ("**", "<=", ">=", "==", "!=", "+", "-", "*", "/", "%", "<", ">", "(", ")", ",")
_UNICODE = {"−": "-", "×": "*", "÷": "/", "≤": "<=", "≥": ">=", "≠": "!="}
_HINTS = {
    "^": "write ** for a power", "&": "write 'and'", "|": "write 'or'", "!": "write 'not'",
    "=": "to compare, write ==", ".": "attribute access is not allowed",
    "'": "text in quotes is not allowed", '"': "text in quotes is not allowed",
    "[": "lists and subscripts are not allowed", "]": "lists and subscripts are not allowed",
    "{": "braces are not allowed", "}": "braces are not allowed",
    ":": "':' is not allowed (lambdas, slices, := are not formulas)",
}  # fmt: skip
_PYTHON_WORDS = frozenset((
    "False", "None", "True", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "nonlocal", "pass", "raise", "return", "try", "while",
    "with", "yield",
))  # fmt: skip


@dataclass(frozen=True)
class Names:
    """The variables a formula may name, and how an error message describes them."""

    variables: tuple[str, ...]
    description: str  # "x1, x2, … x32 (the inputs)"
    example: str  # what an operand may be, for "a number, <example>, a function or '('"


INPUTS = Names(VARIABLES, f"x1, x2, … x{MAX_INPUTS} (the inputs)", "x1, x2")


@dataclass(frozen=True)
class _Token:
    kind: str  # "num", "name", "op", "end"
    text: str  # normalised text ("<=" for "≤", "x1" for "x₁")
    col: int  # 1-based column in the text as given
    value: float = 0.0
    unary: bool = False  # a + or - in front of an operand


class FormulaSyntaxError(Exception):
    """What is wrong (``message``) and where (``col``, from 1; None: the whole text)."""

    def __init__(self, message: str, col: int | None) -> None:
        super().__init__(message)
        self.message, self.col = message, col


_Fail = FormulaSyntaxError


def _tokens(text: str) -> list[_Token]:
    """The tokens of ``text``. A number written directly against a name (``2x1``, ``2pi``,
    ``3sin(x1)``) multiplies it: an ordinary ``*`` is put between them, which the normalised
    text shows (``2 * x1``). So ``1e+x1`` is ``1 * e + x1``: ``1e+`` is no number, since an
    exponent needs digits (``1e+3``). A space in between (``2 x1``) stays an error."""
    out: list[_Token] = []
    i = 0
    number_end = -1  # where the last number ended
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
            continue
        col = i + 1
        if m := _NUMBER.match(text, i):
            value = float(m.group())
            if not abs(value) <= MAX_NUMBER:
                raise _Fail(f"number {m.group()} is too large (at most {_g(MAX_NUMBER)})", col)
            out.append(_Token("num", m.group(), col, value))
            i = number_end = m.end()
            continue
        if m := _NAME.match(text, i):
            name = m.group().translate(_SUBSCRIPTS)
            if name in _PYTHON_WORDS:
                hint = "; for a choice write where(condition, a, b)" if name in (
                    "if", "else") else ""
                raise _Fail(f"'{name}' is not allowed (the words allowed are and, or, not"
                            f"{hint})", col)
            if i == number_end and name not in KEYWORDS:
                out.append(_Token("op", "*", col))
            out.append(_Token("name", name, col))
            i = m.end()
            continue
        sym = _UNICODE.get(c) or next((s for s in _SYMBOLS if text.startswith(s, i)), None)
        if sym is None:
            hint = _HINTS.get(c, "not part of a formula")
            raise _Fail(f"unexpected character {c!r}: {hint}", col)
        prev = out[-1] if out else None
        unary = sym in ("+", "-") and (
            prev is None or (prev.kind == "op" and prev.text != ")")
            or (prev.kind == "name" and prev.text in KEYWORDS))
        out.append(_Token("op", sym, col, unary=unary))
        i += 1 if c in _UNICODE else len(sym)
    out.append(_Token("end", "", len(text) + 1))
    return out


def _spaced(tokens: list[_Token]) -> str:
    """The tokens joined with canonical spacing: ``x1**2 + min(x1, -x2) > 0``."""
    parts: list[str] = []
    prev: _Token | None = None
    for t in tokens[:-1]:
        if prev is not None and not (
            t.text in (")", ",") or prev.text == "(" or (prev.kind == "op" and prev.unary)
            or "**" in (t.text, prev.text)
            or (t.text == "(" and prev.kind == "name" and prev.text not in KEYWORDS)
        ):
            parts.append(" ")
        parts.append(t.text)
        prev = t
    return "".join(parts)


class _Parser:
    """Recursive descent over the tokens, one method per precedence level."""

    def __init__(self, tokens: list[_Token], names: Names = INPUTS) -> None:
        self.tokens, self.i, self.depth, self.nodes = tokens, 0, 0, 0
        self.names = names

    @property
    def tok(self) -> _Token:
        return self.tokens[self.i]

    def take(self) -> _Token:
        t = self.tokens[self.i]
        self.i += 1
        return t

    def at(self, *texts: str) -> bool:
        t = self.tok
        return t.kind in ("op", "name") and t.text in texts

    def node(self, *parts: Any) -> Node:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Fail(f"the formula is too large (more than {MAX_NODES} parts)", self.tok.col)
        return tuple(parts)

    def enter(self, col: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Fail(f"nested more than {MAX_DEPTH} levels deep", col)

    def parse(self) -> Node:
        tree = self.or_expr()
        if self.tok.kind != "end":
            raise _Fail(f"unexpected {_what(self.tok)} (an operator or the end was expected)",
                        self.tok.col)
        return tree

    def or_expr(self) -> Node:
        a = self.and_expr()
        while self.at("or"):
            self.take()
            a = self.node("or", a, self.and_expr())
        return a

    def and_expr(self) -> Node:
        a = self.not_expr()
        while self.at("and"):
            self.take()
            a = self.node("and", a, self.not_expr())
        return a

    def not_expr(self) -> Node:
        if self.at("not"):
            self.enter(self.take().col)
            a = self.node("not", self.not_expr())
            self.depth -= 1
            return a
        return self.comparison()

    def comparison(self) -> Node:
        left = self.sum()
        result: Node | None = None
        while self.at(*COMPARISONS):
            op = self.take().text
            right = self.sum()
            cmp = self.node("cmp", op, left, right)
            result = cmp if result is None else self.node("and", result, cmp)
            left = right
        return left if result is None else result

    def sum(self) -> Node:
        a = self.term()
        while self.at("+", "-"):
            a = self.node("bin", self.take().text, a, self.term())
        return a

    def term(self) -> Node:
        a = self.factor()
        while self.at("*", "/", "%"):
            a = self.node("bin", self.take().text, a, self.factor())
        return a

    def factor(self) -> Node:
        if self.at("+", "-"):
            t = self.take()
            self.enter(t.col)
            a = self.factor()
            self.depth -= 1
            if t.text == "+":
                return a
            return self.node("num", -a[1]) if a[0] == "num" else self.node("neg", a)
        return self.power()

    def power(self) -> Node:
        base = self.atom()
        if not self.at("**"):
            return base
        t = self.take()
        self.enter(t.col)
        exponent = self.factor()
        self.depth -= 1
        value = tree_constant(exponent)
        if value is not None and abs(value) > MAX_EXPONENT:  # NaN passes: NaN results
            raise _Fail(f"exponent {_g(value)} is too large (at most {_g(MAX_EXPONENT)} in size "
                        f"when it does not depend on x1 or x2)", t.col)
        return self.node("bin", "**", base, exponent)

    def atom(self) -> Node:
        t = self.take()
        if t.kind == "num":
            return self.node("num", t.value)
        if t.kind == "op" and t.text == "(":
            self.enter(t.col)
            a = self.or_expr()
            self.expect(")", t)
            self.depth -= 1
            return a
        if t.kind == "name" and t.text not in KEYWORDS:
            if self.at("("):
                return self.call(t)
            if t.text in self.names.variables:
                return self.node("var", t.text)
            if t.text in CONSTANTS:
                return self.node("num", CONSTANTS[t.text])
            if t.text in FUNCTIONS:
                raise _Fail(f"function '{t.text}' needs its arguments in parentheses", t.col)
            raise _Fail(f"unknown name '{t.text}'; the names allowed are "
                        f"{self.names.description}, pi and e", t.col)
        operand = f"a number, {self.names.example}, a function or '('"
        if t.kind == "end":
            raise _Fail(f"the formula ends too early ({operand} was expected)", t.col)
        raise _Fail(f"unexpected {_what(t)} ({operand} was expected)", t.col)

    def call(self, name: _Token) -> Node:
        if name.text not in FUNCTIONS:
            raise _Fail(f"'{name.text}' is not an allowed function; allowed: "
                        f"{', '.join(FUNCTIONS)}", name.col)
        opening = self.take()
        self.enter(opening.col)
        args = [self.or_expr()]
        while self.at(","):
            self.take()
            args.append(self.or_expr())
        self.expect(")", opening)
        self.depth -= 1
        f = name.text
        want = "1" if f in UNARY_FUNCTIONS else "3" if f == "where" else "2 or more"
        if (len(args) == 1) != (want == "1") or (want == "3" and len(args) != 3):
            raise _Fail(f"{f}() takes {want} argument{'s' if want != '1' else ''} "
                        f"(got {len(args)})", name.col)
        if f in ("min", "max"):
            tree = args[0]
            for arg in args[1:]:
                tree = self.node("call", f, (tree, arg))
            return tree
        return self.node("call", f, tuple(args))

    def expect(self, text: str, opening: _Token) -> None:
        t = self.tok
        if t.kind == "op" and t.text == text:
            self.take()
            return
        if t.kind == "end":
            raise _Fail(f"'{opening.text}' at column {opening.col} is never closed", t.col)
        raise _Fail(f"unexpected {_what(t)} ('{text}' or an operator was expected)", t.col)


def _g(value: float) -> str:
    """``1e6`` rather than ``1e+06``; whole numbers in full up to 10 digits."""
    return f"{value:.10g}".replace("e+0", "e").replace("e+", "e")


def _what(t: _Token) -> str:
    return "end of the formula" if t.kind == "end" else f"'{t.text}'"


# --- evaluation ---------------------------------------------------------------------------------
_UNARY = {"abs": np.abs, "sin": np.sin, "cos": np.cos, "tan": np.tan, "exp": np.exp,
          "log": np.log, "sqrt": np.sqrt, "tanh": np.tanh}
_BINARY = {"+": np.add, "-": np.subtract, "*": np.multiply, "/": np.divide,
           "**": np.power, "%": np.remainder}
_COMPARE = {"<": np.less, "<=": np.less_equal, ">": np.greater, ">=": np.greater_equal,
            "==": np.equal, "!=": np.not_equal}


def variable_column(name: str) -> int:
    """The input column (0-based) variable ``name`` (``x1``..``x32``) stands for."""
    return int(name[1:]) - 1


def eval_tree(node: Node,
              columns: Sequence[np.ndarray] | Mapping[str, np.ndarray]) -> np.ndarray:
    """The tree's value at each point; ``columns`` holds the inputs x1, x2, ... (all of one
    shape), at least as many as the tree's highest variable needs, or (a tree of other
    ``Names``) a value for each name the tree uses, by name (all of one shape)."""
    kind = node[0]
    if kind == "num":
        if isinstance(columns, Mapping):
            return np.full(next((np.shape(v) for v in columns.values()), ()), node[1])
        return np.full(columns[0].shape, node[1])
    if kind == "var":
        if isinstance(columns, Mapping):
            return columns[node[1]]
        return columns[variable_column(node[1])]
    if kind == "neg":
        return np.negative(eval_tree(node[1], columns))
    if kind == "not":
        return (eval_tree(node[1], columns) == 0).astype(np.float64)
    if kind in ("and", "or"):
        a, b = (eval_tree(n, columns) != 0 for n in node[1:])
        return (a & b if kind == "and" else a | b).astype(np.float64)
    if kind == "bin":
        return _BINARY[node[1]](eval_tree(node[2], columns), eval_tree(node[3], columns))
    if kind == "cmp":
        return _COMPARE[node[1]](eval_tree(node[2], columns),
                                 eval_tree(node[3], columns)).astype(np.float64)
    name, args = node[1], [eval_tree(n, columns) for n in node[2]]
    if name in _UNARY:
        return _UNARY[name](args[0])
    if name == "where":
        return np.where(args[0] != 0, args[1], args[2])
    return (np.minimum if name == "min" else np.maximum)(args[0], args[1])


def tree_variables(node: Node) -> frozenset[str]:
    if node[0] == "var":
        return frozenset((node[1],))
    if node[0] == "num":
        return frozenset()
    children = node[2] if node[0] == "call" else node[1:]
    return frozenset().union(*(tree_variables(c) for c in children if isinstance(c, tuple)))


def tree_constant(node: Node) -> float | None:
    """The value of a tree that uses no input (float64), else None."""
    if tree_variables(node):
        return None
    with np.errstate(all="ignore"):
        return float(eval_tree(node, (np.zeros(1),))[0])


def parse_tree(text: str, names: Names = INPUTS) -> tuple[str, Node]:
    """The normalised text of ``text`` and its tree, whose variables are ``names`` (the
    inputs x1..x32 unless given); ``FormulaSyntaxError`` if it is not a formula. The caller
    bounds the length first."""
    tokens = _tokens(text)
    return _spaced(tokens), _Parser(tokens, names).parse()
