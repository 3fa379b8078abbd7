"""How the step-through pages write numbers and symbols: rich text (Qt's HTML subset) with
Unicode, no LaTeX. Widget-free, so the pages can be built and tested without a window; their
words go through ``ui.i18n`` (context ``StepThroughView``, the view that shows them), their
formulas and numbers stay as they are in every language.

Notation (as in the usual from-scratch tutorials): inputs ``x_i``; layer ``ℓ`` (from 1) computes
``z[ℓ]_j = Σ_i w[ℓ]_ij · a[ℓ−1]_i + b[ℓ]_j`` and ``a[ℓ]_j = f(z[ℓ]_j)``, with ``a[0] = x``; the
output layer's ``a`` is ``ŷ`` (or ``p`` for probabilities); ``δ[ℓ]_j = ∂L/∂z[ℓ]_j``.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from fractions import Fraction

import numpy as np

from playground.ui.i18n import translate, translate_noop

MINUS = "−"
DIGITS = 4  # significant digits of a number on the pages
MAX_DIGITS = 17  # enough for any float64 to read back exactly
AGREEMENT = 10.0 ** (1 - DIGITS)  # a shown result may be off by about a unit of its last digit
MAX_NEURONS = 16  # a page lists at most this many neurons of a layer
MAX_TERMS = 5  # a weighted sum with more terms shows the first few and "… (N terms)"
SHOWN_TERMS = 3
INDENT = "&nbsp;" * 6
MUTED = "#8a8a8a"  # readable on light and dark backgrounds


def num(value: float, digits: int = DIGITS) -> str:
    """A number in ``digits`` significant digits, with a real minus sign."""
    value = float(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return ("−" if value < 0 else "") + "∞"
    if value == 0:
        return "0"
    text = f"{value:.{digits}g}"
    if "e" in text:
        mantissa, exp = text.split("e")
        text = f"{mantissa}·10<sup>{int(exp)}</sup>"
    return text.replace("-", MINUS)


def factor(value: float, digits: int = DIGITS) -> str:
    """A number as a factor of a product: in parentheses when negative."""
    text = num(value, digits)
    return f"({text})" if text.startswith(MINUS) else text


def squared(value: float, digits: int = DIGITS) -> str:
    """A number squared: in parentheses when negative or written with a power of ten, so
    "(1.11·10⁻¹⁶)²" never reads as 1.11·10⁻¹⁶²."""
    text = num(value, digits)
    bare = not text.startswith(MINUS) and "<sup>" not in text
    return f"{text}²" if bare else f"({text})²"


def agree(fn: Callable[..., Fraction | float], result: float, *values: float) -> tuple[int, str]:
    """How to show ``values`` in an equation ``fn(values) = result``: the fewest significant
    digits (from ``DIGITS``) at which ``fn`` of the numbers as shown (exactly, in fractions)
    gives ``result`` to about its last shown digit, and "=". A value within rounding of a
    round number needs more: −0.99999998 rather than −1, or the page would say
    (1 − (−1)²) = 3.2·10⁻⁸. When no number of digits can (a cancellation below float64's
    precision), ``MAX_DIGITS`` and "≈"."""
    result = float(result)
    if not (math.isfinite(result) and all(math.isfinite(float(v)) for v in values)):
        return DIGITS, "="
    for digits in range(DIGITS, MAX_DIGITS + 1):
        shown = [Fraction(f"{float(v):.{digits}g}") for v in values]
        try:
            got = fn(*shown)
        except (ValueError, ZeroDivisionError, OverflowError):
            continue
        error = abs(Fraction(got) - Fraction(result))
        if error == 0 or (result != 0 and error <= abs(Fraction(result)) * Fraction(AGREEMENT)):
            return digits, "="
    return MAX_DIGITS, "≈"


def log(x: Fraction) -> float:
    """The natural log of an exact number, precise near 1 (where −log p is tiny)."""
    if x <= 0:
        raise ValueError("log of a number ≤ 0")  # untranslated: caught by agree, never shown
    return math.log1p(x - 1) if Fraction(1, 2) < x < 2 else math.log(x)


def bold(text: str) -> str:
    return f"<b>{text}</b>"


def muted(text: str) -> str:
    return f'<span style="color:{MUTED}">{text}</span>'


def esc(text: str) -> str:
    return html.escape(text)


def _index(*idx: int) -> str:
    parts = [str(i + 1) for i in idx]
    return ("," if any(len(p) > 1 for p in parts) else "").join(parts)


def sym(name: str, layer: int | None = None, *idx: int) -> str:
    """An italic symbol with an optional ``[layer]`` superscript and 0-based indices shown from
    1: ``sym("w", 2, 0, 1)`` -> w[2]₁₂."""
    sup = f"<sup>[{layer}]</sup>" if layer is not None else ""
    sub = f"<sub>{_index(*idx)}</sub>" if idx else ""
    return f"<i>{name}</i>{sup}{sub}"


def input_sym(layer: int, i: int) -> str:
    """The ``i``-th input of layer ``layer`` (from 1): ``x_i`` for the first layer."""
    return sym("x", None, i) if layer == 1 else sym("a", layer - 1, i)


def weighted_sum(weights: Sequence[float] | np.ndarray, inputs: Sequence[float] | np.ndarray,
                 bias: float | None = None, result: float | None = None) -> tuple[str, str]:
    """``w·a + w·a + … + b`` with the numbers, and "=" or "≈" to write before ``result``
    (``agree``: terms that cancel are shown with the digits it takes); long sums show the
    first terms and the count."""
    n = len(weights)
    values = [float(v) for pair in zip(weights, inputs) for v in pair]
    values += [] if bias is None else [float(bias)]
    digits, relation = DIGITS, "="
    if result is not None and n <= MAX_TERMS:
        digits, relation = agree(lambda *v: sum(v[k] * v[k + 1] for k in range(0, 2 * n, 2))
                                 + (v[-1] if bias is not None else 0), result, *values)
    terms = [f"{factor(w, digits)}·{factor(a, digits)}" for w, a in zip(weights, inputs)]
    if n > MAX_TERMS:
        more = translate("StepThroughView", "(%n terms)", n=n)
        terms = [*terms[:SHOWN_TERMS], f"… {muted(more)}"]
    return " + ".join(terms + ([] if bias is None else [factor(bias, digits)])), relation


def symbolic_sum(layer: int, unit: int, fan_in: int) -> str:
    """``w[ℓ]_1j·a[ℓ−1]_1 + … + b[ℓ]_j`` for unit ``unit`` of layer ``layer``."""
    terms = [f"{sym('w', layer, i, unit)}·{input_sym(layer, i)}" for i in range(fan_in)]
    if fan_in > MAX_TERMS:
        terms = [*terms[:SHOWN_TERMS], "…"]
    return " + ".join([*terms, sym("b", layer, unit)])


def table(rows: Sequence[Sequence[str]], header: Sequence[str] | None = None) -> str:
    """A plain HTML table; cells are rich text already."""
    out = ['<table cellspacing="0" cellpadding="3">']
    if header is not None:
        out.append("<tr>" + "".join(f'<th align="right">{h}</th>' for h in header) + "</tr>")
    for row in rows:
        out.append("<tr>" + "".join(f'<td align="right">{c}</td>' for c in row) + "</tr>")
    out.append("</table>")
    return "".join(out)


def lines(items: Sequence[str]) -> str:
    return "<br>".join(items)


def para(text: str) -> str:
    return f"<p>{text}</p>"


def and_list(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c`` in the window's language."""
    if len(items) < 2:
        return "".join(items)
    return translate("StepThroughView", "{items} and {last}").format(
        items=", ".join(items[:-1]), last=items[-1])


# --- activations: their formula and their slope with the numbers filled in -----------------
# (the words among the symbols are marked; ``formula`` and ``slope_rule`` translate them)
def _sigma(z: str) -> str:
    return f"1 / (1 + <i>e</i><sup>{z}</sup>)"


FORMULAS: dict[str, str] = {
    "relu": "max(0, <i>z</i>)",  # untranslated: formula
    "leaky_relu": "max(0.01·<i>z</i>, <i>z</i>)",  # untranslated: formula
    "elu": translate_noop("StepThroughView",
                          "<i>z</i> if <i>z</i> &gt; 0, else <i>e</i><sup><i>z</i></sup> − 1"),
    "gelu": ("½·<i>z</i>·(1 + tanh(√(2/π)·(<i>z</i> + "  # untranslated: formula
             "0.044715·<i>z</i>³)))"),
    "silu": "<i>z</i>·σ(<i>z</i>)",
    "softplus": "log(1 + <i>e</i><sup><i>z</i></sup>)",  # untranslated: formula
    "tanh": "tanh(<i>z</i>)",  # untranslated: formula
    "sigmoid": f"σ(<i>z</i>) = {_sigma('−<i>z</i>')}",
    "linear": "<i>z</i>",
    "sin": "sin(<i>z</i>)",  # untranslated: formula
}

SLOPES: dict[str, str] = {
    "relu": translate_noop("StepThroughView", "1 if <i>z</i> &gt; 0, else 0"),
    "leaky_relu": translate_noop("StepThroughView", "1 if <i>z</i> &gt; 0, else 0.01"),
    "elu": translate_noop("StepThroughView", "1 if <i>z</i> &gt; 0, else <i>a</i> + 1"),
    "gelu": translate_noop("StepThroughView", "the slope of the GELU curve at <i>z</i>"),
    "silu": "σ(<i>z</i>) + <i>a</i>·(1 − σ(<i>z</i>))",
    "softplus": "σ(<i>z</i>)",
    "tanh": "1 − <i>a</i>²",
    "sigmoid": "<i>a</i>·(1 − <i>a</i>)",
    "linear": "1",
    "sin": "cos(<i>z</i>)",  # untranslated: formula
}


def formula(name: str, label: str) -> str:
    """Activation ``name``'s formula in the window's language (``label(z)`` when unknown)."""
    known = FORMULAS.get(name)
    return f"{esc(label)}(<i>z</i>)" if known is None else translate("StepThroughView", known)


def slope_rule(name: str, label: str) -> str:
    """Activation ``name``'s slope in the window's language (``label′(z)`` when unknown)."""
    known = SLOPES.get(name)
    return f"{esc(label)}′(<i>z</i>)" if known is None else translate("StepThroughView", known)


def _sigmoid(z: float) -> float:
    return 0.5 * (1.0 + math.tanh(0.5 * z))


# the slope with the numbers filled in: (its text at some digits, the same as a function of
# the numbers shown, which ``agree`` checks against the slope; None: nothing to check)
_Filled = tuple[Callable[[float, float, int], str], Callable[..., Fraction | float] | None]
_FILLED: dict[str, _Filled] = {
    "tanh": (lambda z, a, d: f"1 − {squared(a, d)}", lambda a: 1 - a * a),
    "sigmoid": (lambda z, a, d: f"{factor(a, d)}·(1 − {factor(a, d)})",
                lambda a: a * (1 - a)),
    "relu": (lambda z, a, d: "1" if z > 0 else "0", None),
    "leaky_relu": (lambda z, a, d: "1" if z > 0 else "0.01", None),
    "elu": (lambda z, a, d: "1" if z > 0 else f"{factor(a, d)} + 1",
            lambda a: 1 if a > 0 else a + 1),
    "softplus": (lambda z, a, d: f"σ({num(z)})", None),
    "silu": (lambda z, a, d: f"{num(_sigmoid(z), d)} + {factor(a, d)}·(1 − "
             f"{num(_sigmoid(z), d)})", None),
    "sin": (lambda z, a, d: f"cos({num(z)})", None),
    "linear": (lambda z, a, d: "1", None),
}


def activation_value(name: str, label: str, z: float, a: float) -> str:
    """``tanh(−0.94) = −0.74``."""
    fn = "σ" if name == "sigmoid" else label.lower() if name in ("tanh", "sin") else label
    return f"{fn}({num(z)}) = {bold(num(a))}"


def slope_value(name: str, label: str, z: float, a: float, slope: float) -> tuple[str, str]:
    """``f′(z)`` with the numbers filled in, as a factor: ``(1 − (−0.74)²)``, ``1``, or the
    slope's name and value where no short form exists; and "=" or "≈" to write before the
    slope's value (``agree``: ``a`` within rounding of ±1 is shown with the digits it takes)."""
    filled = _FILLED.get(name)
    if filled is None:
        return f"{esc(label)}′({num(z)})", "="
    text_of, value_of = filled
    digits, relation = DIGITS, "="
    if name == "silu":
        sig = _sigmoid(z)
        digits, relation = agree(lambda g, x: g + x * (1 - g), slope, sig, a)
    elif value_of is not None:
        digits, relation = agree(value_of, slope, a)
    text = text_of(z, a, digits).replace(" ", "&nbsp;")  # one unbreakable factor
    if text == num(slope) or text.startswith(("σ(", "cos(")):
        return text, relation
    return f"({text})", relation
