"""The formula language: what it computes, how it is written back, and every hostile kind of
input refused quickly, with a message, without running anything."""

from __future__ import annotations

import builtins
import math
import re
import time

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playground.data.formula import (
    FUNCTIONS,
    MAX_DEPTH,
    MAX_LENGTH,
    Formula,
    parse_formula,
)
from playground.errors import ConfigError, PlaygroundError

RNG = np.random.default_rng(0)
X1 = np.concatenate([RNG.uniform(-6, 6, 200), [0.0, 1.0, -1.0, 2.0]])
X2 = np.concatenate([RNG.uniform(-6, 6, 200), [0.0, 1.0, 2.0, -2.0]])


def value(text: str) -> np.ndarray:
    return parse_formula(text).evaluate(X1, X2)


def run_source(f: Formula, x1: np.ndarray, x2: np.ndarray, *more: np.ndarray) -> np.ndarray:
    """Run the generated NumPy code (our own output, in the test only); ``more``: x3, ..."""
    scope = {"np": np, "x1": x1, "x2": x2, "__builtins__": {"float": float}}
    scope.update({f"x{k}": col for k, col in enumerate(more, 3)})
    with np.errstate(all="ignore"):
        return np.asarray(eval(f.source("np"), scope), dtype=np.float64)  # noqa: S307


# --- each allowed construct against NumPy ----------------------------------------------------
with np.errstate(all="ignore"):
    CASES = [
        ("x1", X1), ("x2", X2), ("2.5", np.full_like(X1, 2.5)), ("1e-3", np.full_like(X1, 1e-3)),
        (".5 * x1", 0.5 * X1), ("x1 + x2", X1 + X2), ("x1 - x2", X1 - X2),
        ("x1 * x2", X1 * X2), ("x1 / x2", X1 / X2), ("x1 ** 2", X1**2),
        ("x1 % 2", np.remainder(X1, 2)), ("-x1 ** 2", -(X1**2)), ("2 ** -x1", 2.0 ** -X1),
        ("x1 ** x2", np.power(X1, X2)), ("+x1", X1),
        ("x1 < x2", (X1 < X2) * 1.0), ("x1 <= 1", (X1 <= 1) * 1.0), ("x1 > x2", (X1 > X2) * 1.0),
        ("x1 >= 1", (X1 >= 1) * 1.0), ("x1 == 1", (X1 == 1) * 1.0), ("x1 != 0", (X1 != 0) * 1.0),
        ("-1 < x1 < 1", ((-1 < X1) & (X1 < 1)) * 1.0),
        ("x1 > 0 and x2 > 0", ((X1 > 0) & (X2 > 0)) * 1.0),
        ("x1 > 0 or x2 > 0", ((X1 > 0) | (X2 > 0)) * 1.0),
        ("not x1 > 0", (~(X1 > 0)) * 1.0), ("not x1", (X1 == 0) * 1.0),
        ("x1 and x2", ((X1 != 0) & (X2 != 0)) * 1.0),
        ("abs(x1)", np.abs(X1)), ("sin(x1)", np.sin(X1)), ("cos(x2)", np.cos(X2)),
        ("tan(x1)", np.tan(X1)), ("exp(x1)", np.exp(X1)), ("log(x1)", np.log(X1)),
        ("sqrt(x2)", np.sqrt(X2)), ("tanh(x1)", np.tanh(X1)),
        ("min(x1, x2)", np.minimum(X1, X2)), ("max(x1, x2, 1)", np.maximum(np.maximum(X1, X2), 1)),
        ("where(x1 > 0, x2, -x2)", np.where(X1 > 0, X2, -X2)),
        ("where(x1, 1, 0)", np.where(X1 != 0, 1.0, 0.0)),
        ("pi * x1", np.pi * X1), ("e ** x1", np.e**X1),
        ("(x1 > 0) + (x2 > 0)", (X1 > 0) * 1.0 + (X2 > 0) * 1.0),
        ("x2 > sin(x1)", (X2 > np.sin(X1)) * 1.0),
        ("x1**2 + x2**2", X1**2 + X2**2),
        ("1 - 2 - 3", np.full_like(X1, -4.0)), ("2 ** 3 ** 2", np.full_like(X1, 512.0)),
        ("8 / 2 / 2", np.full_like(X1, 2.0)), ("1 + 2 * 3", np.full_like(X1, 7.0)),
        ("x1 > 0 or x2 > 0 and x1 < -10", ((X1 > 0) | ((X2 > 0) & (X1 < -10))) * 1.0),
    ]  # fmt: skip


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_each_construct_computes_what_numpy_does(text, expected):
    got = value(text)
    assert got.dtype == np.float64 and got.shape == X1.shape
    np.testing.assert_array_equal(got, expected)
    np.testing.assert_allclose(run_source(parse_formula(text), X1, X2), expected,
                               rtol=1e-15, atol=0, equal_nan=True)


def test_every_function_of_the_list_is_covered():
    covered = {name for text, _ in CASES for name in FUNCTIONS if f"{name}(" in text}
    assert covered == set(FUNCTIONS)


def test_evaluate_keeps_shapes_and_never_returns_an_input():
    f = parse_formula("x1")
    grid = np.zeros((3, 4))
    out = f.evaluate(grid, grid)
    assert out.shape == (3, 4) and out is not grid and not np.shares_memory(out, grid)
    assert parse_formula("2").evaluate(np.zeros(5), np.zeros(5)).shape == (5,)
    assert parse_formula("x1 + x2").evaluate(np.float32(1), np.float32(2)).dtype == np.float64


def test_warnings_are_off_and_non_finite_values_pass_through():
    with np.errstate(all="raise"):
        out = parse_formula("log(x1) + 1 / x2").evaluate(np.array([-1.0, 1.0]),
                                                         np.array([1.0, 0.0]))
    assert np.isnan(out[0]) and out[1] == np.inf


def test_the_tree_is_the_documented_structure():
    assert parse_formula("x2 > sin(x1)").tree == (
        "cmp", ">", ("var", "x2"), ("call", "sin", (("var", "x1"),)))
    assert parse_formula("-x1 ** 2").tree == ("neg", ("bin", "**", ("var", "x1"), ("num", 2.0)))
    assert parse_formula("-2").tree == ("num", -2.0)
    assert parse_formula("pi").tree == ("num", math.pi)
    assert parse_formula("min(x1, x2, 0)").tree == (
        "call", "min", (("call", "min", (("var", "x1"), ("var", "x2"))), ("num", 0.0)))
    assert parse_formula("not x1 or x2 and 1").tree == (
        "or", ("not", ("var", "x1")), ("and", ("var", "x2"), ("num", 1.0)))
    assert parse_formula("0 < x1 <= 1").tree == (
        "and", ("cmp", "<", ("num", 0.0), ("var", "x1")), ("cmp", "<=", ("var", "x1"),
                                                          ("num", 1.0)))
    assert parse_formula("where(x1, 1, 2)").tree[:2] == ("call", "where")


@pytest.mark.parametrize("text,normal", [
    ("x1*x2", "x1 * x2"), ("  x1**2+x2 ** 2 ", "x1**2 + x2**2"), ("min(x1,-x2)", "min(x1, -x2)"),
    ("not(x1>0)", "not (x1 > 0)"), ("x₁ × x₂ − 1", "x1 * x2 - 1"), ("x1 ≤ 2 ≠ x2", "x1 <= 2 != x2"),
    ("x1*-x2", "x1 * -x2"), ("2**-x1", "2**-x1"),
])  # fmt: skip
def test_text_is_normalised_and_parses_to_itself(text, normal):
    f = parse_formula(text)
    assert f.text == normal
    assert parse_formula(f.text) == f


@pytest.mark.parametrize("text,normal,expected", [
    # "1e+" is no number (an exponent needs digits, as in 1e+3): 1, then the constant e
    ("1e+x1", "1 * e + x1", math.e + X1), ("1e-x1", "1 * e - x1", math.e - X1),
    ("2e", "2 * e", np.full_like(X1, 2 * math.e)), ("1e+3", "1e+3", np.full_like(X1, 1e3)),
    ("2e3x1", "2e3 * x1", 2e3 * X1),
    ("2x1", "2 * x1", 2 * X1), ("2pi", "2 * pi", np.full_like(X1, 2 * math.pi)),
    ("3sin(x1)", "3 * sin(x1)", 3 * np.sin(X1)), ("2x1**2", "2 * x1**2", 2 * X1**2),
    ("1/2pi", "1 / 2 * pi", np.full_like(X1, 1 / 2 * math.pi)),  # an ordinary *, shown
    ("-2x2", "-2 * x2", -2 * X2),
])  # fmt: skip
def test_a_number_written_against_a_name_multiplies_it(text, normal, expected):
    f = parse_formula(text)
    assert f.text == normal and parse_formula(f.text) == f
    np.testing.assert_allclose(f.evaluate(X1, X2), expected)


def test_variables_and_conditions():
    assert parse_formula("sin(x1) + 1").variables == {"x1"}
    assert parse_formula("x1 * x2").variables == {"x1", "x2"}
    assert parse_formula("pi").variables == frozenset()
    assert parse_formula("x1 > 0").is_condition and parse_formula("not x1").is_condition
    assert not parse_formula("(x1 > 0) + 1").is_condition


def test_source_writes_torch_style_calls_and_folds_constants():
    src = parse_formula("min(x1, 2) + where(x2 > 0, 1, 0) + sin(pi / 2) * x1").source("torch")
    assert "torch.minimum(x1, torch.full_like(x1, 2.0))" in src
    assert "torch.where((x2 > 0.0), torch.full_like(x1, 1.0), torch.full_like(x1, 0.0))" in src
    assert "(1.0 * x1)" in src and "pi" not in src
    assert parse_formula("-1 < x1 < 1 and not x2").source() == (
        "((((-1.0 < x1) & (x1 < 1.0)) & np.logical_not((x2 != 0))) * 1.0)")
    assert parse_formula("1 / 0 + x1").source() == "(float('inf') + x1)"
    with pytest.raises(ConfigError):
        parse_formula("x1").source("np; import os")


# --- errors name what is wrong and where -----------------------------------------------------
@pytest.mark.parametrize("text,message", [
    ("x1 + foo(2)", re.escape("formula 'x1 + foo(2)': 'foo' is not an allowed function "
                              "(column 6); allowed: abs, sin, cos, tan, exp, log, sqrt, tanh, "
                              "min, max, where")),
    ("x1 +", "ends too early .* \\(column 5\\)"),
    ("x1 x2", "unexpected 'x2' .* \\(column 4\\)"),
    ("2 x1", "unexpected 'x1' .* \\(column 3\\)"),  # apart: a missing operator, maybe
    ("1E+x1", "unknown name 'E'"),
    ("((x1)", "'\\(' at column 1 is never closed \\(column 6\\)"),
    ("x1)", "unexpected '\\)' .* \\(column 3\\)"),
    ("y", "unknown name 'y'; the names allowed are x1, x2, … x32 \\(the inputs\\), pi and e "
          "\\(column 1\\)"),
    ("x33 + 1", "unknown name 'x33'"),
    ("sin", "function 'sin' needs its arguments in parentheses"),
    ("sin(x1, x2)", "sin\\(\\) takes 1 argument \\(got 2\\) \\(column 1\\)"),
    ("where(x1, 1)", "where\\(\\) takes 3 arguments \\(got 2\\)"),
    ("min(x1)", "min\\(\\) takes 2 or more arguments \\(got 1\\)"),
    ("x1 ^ 2", "unexpected character '\\^': write \\*\\* for a power \\(column 4\\)"),
    ("x1 && x2", "write 'and' \\(column 4\\)"),
    ("x1 = 2", "to compare, write == \\(column 4\\)"),
    ("x1 if x2 else 0", "'if' is not allowed .*where\\(condition, a, b\\)\\) \\(column 4\\)"),
    ("1e400", "number 1e400 is too large \\(at most 1000000\\) \\(column 1\\)"),
    ("x1 * 2000000", "number 2000000 is too large"),
    ("", "the formula is empty"), ("   ", "the formula is empty"),
    ("x1 ** 101", "exponent 101 is too large .* \\(column 4\\)"),
    ("x1 ** -(50 * 3)", "exponent -150 is too large"),
    ("True", "'True' is not allowed"),
])  # fmt: skip
def test_a_bad_formula_gets_one_clear_message(text, message):
    with pytest.raises(ConfigError, match=message) as info:
        parse_formula(text)
    assert isinstance(info.value, PlaygroundError) and "\n" not in str(info.value)


def test_large_but_bounded_powers_are_computed_harmlessly():
    assert parse_formula("x1 ** 100").evaluate(np.array([10.0]), np.array([0.0]))[0] == 1e100
    assert parse_formula("x1 ** x2").evaluate(np.array([9.0]), np.array([1e6]))[0] == np.inf
    assert np.isnan(parse_formula("x1 ** (0 / 0)").evaluate(np.full(1, 2.0), np.ones(1))[0])
    assert parse_formula("1e6 ** 100 * x1").evaluate(np.ones(1), np.ones(1))[0] == np.inf


# --- hostile formulas: refused quickly, with a message, nothing run --------------------------
HOSTILE = {
    "import": "import os",
    "from import": "from os import system",
    "__import__ call": "__import__('os').system('touch PWNED')",
    "attribute": "x1.__class__",
    "attribute chain": "x1.__class__.__mro__[1].__subclasses__()",
    "dunder name": "__builtins__",
    "dunder call": "__class__(x1)",
    "subscript": "x1[0]",
    "list comprehension": "[x for x in (1, 2)]",
    "generator": "sum(x for x in (x1, x2))",
    "set comprehension": "{x for x in x1}",
    "dict": "{'a': 1}",
    "lambda": "lambda: 1",
    "lambda call": "(lambda q: q)(x1)",
    "walrus": "(y := 2) + x1",
    "f-string": "f'{x1}'",
    "string": "'x1'",
    "bytes": "b'x'",
    "eval call": "eval('1')",
    "exec call": "exec('1')",
    "open call": "open('/etc/passwd')",
    "getattr call": "getattr(x1, 'real')",
    "print call": "print(x1)",
    "np call": "np.sin(x1)",
    "keyword argument": "min(x1, key=abs)",
    "starred": "min(*x1)",
    "double starred": "min(**x1)",
    "conditional expression": "x1 if x2 else 0",
    "semicolon": "x1; x2",
    "newline statement": "x1\nimport os",
    "power tower": "9**9**9",
    "huge exponent": "2**1e6",
    "huge power of a variable": "x1 ** 1e6",
    "very long": "x1 + " * 2000 + "x1",
    "ten thousand characters": "1" * 10_000,
    "deep nesting": "(" * 500 + "x1" + ")" * 500,
    "deep nesting within the length": "(" * 99 + "x1" + ")" * 99,
    "deep unary": "-" * 199 + "x1",
    "deep calls": "sin(" * 40 + "x1" + ")" * 40,
    "deep nots": "not " * 49 + "x1",
    "many nodes": "+".join(["1"] * 100),
    "complex number": "1j * x1",
    "boolean literal": "True + x1",
    "none": "None",
    "bitwise": "x1 | x2",
    "matmul": "x1 @ x2",
    "floor division": "x1 // 2",
    "comment": "x1 # comment",
    "backslash": "x1 \\ x2",
    "null byte": "x1\x00",
    "unicode lookalike": "ｘ1 + 1",
}


FORBIDDEN = ("eval", "exec", "compile", "__import__", "open")


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_formulas_are_refused_quickly(text, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)

    def forbidden(*_args, **_kwargs):
        raise AssertionError("a formula reached eval, exec, compile or an import")

    saved = {name: getattr(builtins, name) for name in FORBIDDEN}
    for name in FORBIDDEN:
        setattr(builtins, name, forbidden)
    try:
        start = time.perf_counter()
        with pytest.raises(ConfigError) as info:
            parse_formula(text)
        elapsed = time.perf_counter() - start
    finally:
        for name, f in saved.items():
            setattr(builtins, name, f)
    assert elapsed < 0.1, f"took {elapsed:.3f} s"
    message = str(info.value)
    assert message and "\n" not in message and len(message) < 500
    assert "formula" in message
    assert not (tmp_path / "PWNED").exists()


def test_the_length_and_depth_limits_are_generous_enough():
    ok = "(" * (MAX_DEPTH - 1) + "x1" + ")" * (MAX_DEPTH - 1)
    assert parse_formula(ok).tree == ("var", "x1")
    long = ("x1 + " * 100)[: MAX_LENGTH - 2] + "x1"
    assert len(long) <= MAX_LENGTH
    with pytest.raises(ConfigError, match="characters long"):
        parse_formula(long + " ")
    parse_formula("where(x1**2 + x2**2 < 9, 0, where(x1 > 0, 1, 2))")


def test_a_non_string_is_refused():
    with pytest.raises(ConfigError, match="must be text"):
        parse_formula(["x1"])  # type: ignore[arg-type]


ALPHABET = "x12 +-*/%()<>=!,.e059piancdotrsqlwhm_'[]:"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_any_text_is_a_formula_or_a_config_error(text):
    start = time.perf_counter()
    try:
        f = parse_formula(text)
    except ConfigError as exc:
        assert str(exc)
    else:
        assert parse_formula(f.text) == f
        # as many input columns as the formula reads (x3 and on: more of X1 and X2 mixed)
        more = [X1[:8] * 0.5 + X2[:8] * (k % 3) for k in range(3, f.n_inputs + 1)]
        out = f.evaluate(X1[:8], X2[:8], *more)
        assert out.shape == (8,) and out.dtype == np.float64
        np.testing.assert_allclose(run_source(f, X1[:8], X2[:8], *more), out, rtol=1e-12,
                                   equal_nan=True)
    assert time.perf_counter() - start < 2.0  # no runaway work (a slow host takes ~0.1 s)


def test_formulas_read_the_inputs_beyond_two():
    f = parse_formula("x3 * 2 + x₁₂")
    assert f.variables == {"x3", "x12"} and f.n_inputs == 12 and f.text == "x3 * 2 + x12"
    cols = [np.full(2, float(k)) for k in range(1, 13)]
    np.testing.assert_array_equal(f.evaluate(*cols), [18.0, 18.0])
    with pytest.raises(ConfigError, match="formula 'x3 \\* 2 \\+ x12' uses x12, but there are "
                                          "only 2 inputs"):
        f.evaluate(cols[0], cols[1])
