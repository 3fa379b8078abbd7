"""Formulas in the inputs x1, x2, ... x32: a small language, parsed by hand against a
whitelist, never run as Python (no ``eval``, ``exec``, ``compile`` or ``ast``).

The language
    numbers (``2``, ``0.5``, ``1e-3``; at most ``MAX_NUMBER`` in size), the variables ``x1``,
    ``x2``, ... ``x32`` (the input columns), the constants ``pi`` and ``e``;
    ``+ - * / ** %`` (``%`` is Python's floored remainder); comparisons
    ``< <= > >= == !=`` (chained like Python's: ``-1 < x1 < 1``);
    ``and``, ``or``, ``not``; the functions ``abs sin cos tan exp log sqrt tanh`` (one
    argument), ``min``/``max`` (two or more) and ``where(condition, a, b)``; parentheses.
    Precedence is Python's: ``or`` < ``and`` < ``not`` < comparisons < ``+ -`` < ``* / %`` <
    unary ``-`` < ``**`` (right-associative, so ``-x1**2`` is ``-(x1**2)``). ``−``, ``×``,
    ``÷``, ``≤``, ``≥``, ``≠`` and subscripts (``x₁``, ``x₂``, ``x₁₂``) are read as their ASCII
    spellings. A number written directly against a name multiplies it with an ordinary ``*``
    (``2x1`` is ``2 * x1``, ``2pi`` is ``2 * pi``, ``1/2pi`` is ``1 / 2 * pi``), so ``1e+x1``,
    whose ``1e+`` is no number (an exponent needs digits: ``1e+3``), is ``1 * e + x1``.

Bounds (so that no formula can hang or exhaust memory)
    at most ``MAX_LENGTH`` characters, ``MAX_NODES`` tree nodes and ``MAX_DEPTH`` levels of
    nesting; an exponent that does not depend on x1 or x2 may be at most ``MAX_EXPONENT`` in
    size (``9**9**9`` and ``2**1e6`` are refused); everything is computed in float64 NumPy
    arrays, never with Python integers, so any other power is at worst ``inf``.

Values
    ``Formula.evaluate`` works elementwise in float64 with NumPy's warnings off: a comparison,
    ``and``, ``or`` and ``not`` give 0.0 or 1.0; a number counts as true when it is not 0
    (``where`` and the logical operators); ``log`` of a negative number is NaN, ``x / 0`` is
    ``±inf`` (the caller decides what to do with non-finite values).

The tree (``Formula.tree``), for code that translates a formula (the ONNX exporter)
    ``("num", value)`` a float (``pi`` and ``e`` are numbers here)
    ``("var", "x1" | "x2" | ... | "x32")``
    ``("neg", a)``, ``("not", a)``
    ``("bin", op, a, b)`` with op one of ``+ - * / ** %``
    ``("cmp", op, a, b)`` with op one of ``< <= > >= == !=`` (a chain becomes ``and``)
    ``("and", a, b)``, ``("or", a, b)``
    ``("call", name, (args, ...))``: one argument for the one-argument functions, two for
    ``min`` and ``max`` (``min(a, b, c)`` is ``min(min(a, b), c)``), three for ``where``.
    Unary ``+`` leaves no node.

Errors are one ``ConfigError``: ``formula 'x1 + foo(2)': 'foo' is not an allowed function
(column 6); allowed: ...``, columns counted from 1 in the text as given.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from playground.data.formula_syntax import (
    BINARY_OPS,
    COMPARISONS,
    CONSTANTS,
    FUNCTIONS,
    KEYWORDS,
    MAX_DEPTH,
    MAX_EXPONENT,
    MAX_LENGTH,
    MAX_NODES,
    MAX_NUMBER,
    UNARY_FUNCTIONS,
    VARIABLES,
    FormulaSyntaxError,
    Node,
    eval_tree,
    parse_tree,
    tree_constant,
    tree_variables,
    variable_column,
)
from playground.errors import ConfigError

__all__ = [
    "BINARY_OPS", "COMPARISONS", "CONSTANTS", "FUNCTIONS", "KEYWORDS", "MAX_DEPTH",
    "MAX_EXPONENT", "MAX_LENGTH", "MAX_NODES", "MAX_NUMBER", "UNARY_FUNCTIONS", "VARIABLES",
    "Formula", "Node", "parse_formula",
]  # fmt: skip


# --- source code ----------------------------------------------------------------------------
def _source(node: Node, m: str, arg: bool = False) -> str:
    """Python source over arrays ``x1``, ``x2`` and module ``m`` (``np`` or ``torch``). A part
    that uses neither variable is computed here, in float64, and written as a number (as
    ``m.full_like(x1, v)`` where a function needs an array), so the code never does arithmetic
    on two plain Python numbers."""
    value = tree_constant(node)
    if value is not None:
        literal = repr(value) if math.isfinite(value) else f"float('{value}')"
        return f"{m}.full_like(x1, {literal})" if arg else literal
    kind = node[0]
    if kind == "var":
        return node[1]
    if kind == "neg":
        return f"(-{_source(node[1], m)})"
    if kind in ("not", "and", "or", "cmp"):
        return f"({_truth(node, m)} * 1.0)"
    if kind == "bin":
        return f"({_source(node[2], m)} {node[1]} {_source(node[3], m)})"
    name, args = node[1], [_source(n, m, arg=True) for n in node[2]]
    if name == "where":
        return f"{m}.where({_truth(node[2][0], m)}, {args[1]}, {args[2]})"
    func = {"min": "minimum", "max": "maximum"}.get(name, name)
    return f"{m}.{func}({', '.join(args)})"


def _truth(node: Node, m: str) -> str:
    """Source of a boolean array: where ``node``'s value is true (not 0)."""
    kind = node[0]
    if tree_constant(node) is None:
        if kind == "cmp":
            return f"({_source(node[2], m)} {node[1]} {_source(node[3], m)})"
        if kind in ("and", "or"):
            a, b = (_truth(n, m) for n in node[1:])
            return f"({a} {'&' if kind == 'and' else '|'} {b})"
        if kind == "not":
            return f"{m}.logical_not({_truth(node[1], m)})"
    return f"({_source(node, m, arg=True)} != 0)"


@dataclass(frozen=True)
class Formula:
    """A parsed formula: ``text`` (normalised spacing and spelling; parsing it again gives the
    same formula), ``tree`` (see the module docstring) and the variables it uses."""

    text: str
    tree: Node = field(repr=False)

    @property
    def variables(self) -> frozenset[str]:
        """The variables the formula uses: a subset of ``{"x1", "x2", ..., "x32"}``."""
        return tree_variables(self.tree)

    @property
    def is_condition(self) -> bool:
        """Whether the formula is a condition (a comparison, ``and``, ``or`` or ``not`` at the
        top): true or false, 1 or 0."""
        return self.tree[0] in ("cmp", "and", "or", "not")

    @property
    def n_inputs(self) -> int:
        """How many input columns the formula needs: its highest variable's number (x3: 3),
        at least 1."""
        return max((variable_column(v) + 1 for v in self.variables), default=1)

    def evaluate(self, *columns: np.ndarray) -> np.ndarray:
        """The formula at each point: float64, of the (broadcast) shape of ``columns``, the
        inputs x1, x2, ... in order. ``ConfigError`` if it uses an input not given."""
        if len(columns) < self.n_inputs:
            raise ConfigError(f"formula {self.text!r} uses x{self.n_inputs}, but there "
                              f"{'is' if len(columns) == 1 else 'are'} only {len(columns)} "
                              f"input{'' if len(columns) == 1 else 's'} (x1..x{len(columns)})")
        arrays = np.broadcast_arrays(*(np.asarray(c, dtype=np.float64) for c in columns))
        with np.errstate(all="ignore"):
            out = eval_tree(self.tree, arrays)
        return np.array(out, dtype=np.float64)  # a copy: never a view of an input

    def source(self, module: str = "np") -> str:
        """A Python expression over arrays ``x1`` and ``x2`` that computes the formula with
        ``module`` (``np`` or ``torch``): ``np.sin(x1)``, ``np.minimum``/``np.maximum`` for
        min/max, ``((a > b) * 1.0)`` for a comparison's 0/1, ``&``, ``|`` and
        ``np.logical_not`` of boolean arrays for and/or/not (a number ``v`` counts as
        ``(v != 0)``), ``np.where(condition, a, b)``; parts without x1 or x2 become float
        literals (``np.full_like(x1, v)`` as a function's argument or the whole formula)."""
        if not module.isidentifier():
            raise ConfigError(f"module must be a Python name (got {module!r})")
        return _source(self.tree, module, arg=True)


def parse_formula(text: str) -> Formula:
    """Parse ``text`` against the whitelist (module docstring); ``ConfigError`` naming what is
    wrong and where. Nothing in ``text`` is ever executed."""
    if not isinstance(text, str):
        raise ConfigError(f"a formula must be text (got {type(text).__name__})")
    return _parse(text)


@lru_cache(maxsize=512)
def _parse(text: str) -> Formula:
    if len(text) > MAX_LENGTH:
        raise ConfigError(f"formula {text[:20]!r}… is {len(text)} characters long; at most "
                          f"{MAX_LENGTH} are allowed")
    if not text.strip():
        raise ConfigError("the formula is empty: write an expression in x1 and x2, e.g. "
                          "x2 > sin(x1)")
    try:
        normal, tree = parse_tree(text)
    except FormulaSyntaxError as exc:
        where = f" (column {exc.col})" if exc.col is not None else ""
        message = exc.message
        # a list of what is allowed goes after the column, so the column stays in view
        head, sep, allowed = message.partition("; allowed: ")
        tail = f"; allowed: {allowed}" if sep else ""
        raise ConfigError(f"formula {text!r}: {head}{where}{tail}") from None
    return Formula(normal, tree)
