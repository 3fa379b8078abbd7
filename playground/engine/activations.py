"""Activation functions: a registry of name -> (forward, derivative).

Each function takes the pre-activation ``z`` and writes into ``out`` when it is given, so the
training step can reuse buffers; with ``out=None`` a new array is returned. Derivatives are
written in terms of whatever is cheapest: the output ``a`` when it suffices (tanh: ``1 - a**2``),
otherwise ``z``. Both ``z`` and ``a`` always have the same shape.

An activation marked ``in_place`` may overwrite its input, and its derivative is right when
given the output in place of ``z``: the engine then keeps no pre-activations for it.
``kernels`` gives the engine's hot loop a forward and a fused backward step (``delta *=
f'(z)``) with their constants bound to one dtype; the common activations have their own.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

Array = np.ndarray
Forward = Callable[[Array, "Array | None"], Array]
Derivative = Callable[[Array, Array, "Array | None"], Array]

LEAKY_SLOPE = 0.01  # PyTorch's LeakyReLU default
ELU_ALPHA = 1.0  # PyTorch's ELU default
_GELU_C = np.sqrt(2.0 / np.pi)


_CONSTANTS: dict[str, dict[float, Array]] = {"f": {}, "d": {}}


def const(value: float, dtype: np.dtype) -> Array:
    """``value`` as a cached 0-d array of ``dtype``. A ufunc takes it faster than a Python
    float (no conversion per call) and, having the array's own dtype, gives the same bits."""
    by_value = _CONSTANTS.get(dtype.char)
    if by_value is None:
        by_value = _CONSTANTS[dtype.char] = {}
    c = by_value.get(value)
    if c is None:
        if len(by_value) > 4096:  # batch-dependent scales: keep the cache bounded
            by_value.clear()
        c = by_value[value] = np.array(value, dtype)
    return c


def _buf(z: Array, out: Array | None) -> Array:
    return np.empty_like(z) if out is None else out


# --- identity -------------------------------------------------------------------------------
def linear(z: Array, out: Array | None = None) -> Array:
    out = _buf(z, out)
    np.copyto(out, z)
    return out


def d_linear(z: Array, a: Array, out: Array | None = None) -> Array:
    out = _buf(z, out)
    out.fill(1.0)
    return out


# --- relu family ----------------------------------------------------------------------------
def relu(z: Array, out: Array | None = None) -> Array:
    return np.maximum(z, const(0.0, z.dtype), out=_buf(z, out))


def d_relu(z: Array, a: Array, out: Array | None = None) -> Array:
    return np.greater(z, const(0.0, z.dtype), out=_buf(z, out))


def leaky_relu(z: Array, out: Array | None = None) -> Array:
    # max(z, s*z) equals leaky relu for 0 < s < 1
    out = _buf(z, out)
    np.multiply(z, LEAKY_SLOPE, out=out)
    return np.maximum(z, out, out=out)


def d_leaky_relu(z: Array, a: Array, out: Array | None = None) -> Array:
    out = _buf(z, out)
    np.greater(z, 0.0, out=out)
    out *= 1.0 - LEAKY_SLOPE
    out += LEAKY_SLOPE
    return out


def elu(z: Array, out: Array | None = None) -> Array:
    out = _buf(z, out)
    np.minimum(z, 0.0, out=out)  # exp only of non-positive values: never overflows
    np.expm1(out, out=out)
    out *= ELU_ALPHA
    return np.maximum(out, z, out=out)


def d_elu(z: Array, a: Array, out: Array | None = None) -> Array:
    # for z <= 0, a = alpha*(e^z - 1) so f'(z) = a + alpha; for z > 0 it is 1
    out = _buf(z, out)
    np.add(a, ELU_ALPHA, out=out)
    return np.minimum(out, 1.0, out=out) if ELU_ALPHA == 1.0 else np.where(z > 0, 1.0, out)


# --- smooth ---------------------------------------------------------------------------------
def sigmoid(z: Array, out: Array | None = None) -> Array:
    # 0.5 * (1 + tanh(z / 2)) is exact and never overflows, unlike 1 / (1 + exp(-z))
    out = _buf(z, out)
    np.multiply(z, 0.5, out=out)
    np.tanh(out, out=out)
    out *= 0.5
    out += 0.5
    return out


def d_sigmoid(z: Array, a: Array, out: Array | None = None) -> Array:
    out = _buf(z, out)
    np.subtract(1.0, a, out=out)
    out *= a
    return out


def tanh(z: Array, out: Array | None = None) -> Array:
    return np.tanh(z) if out is None else np.tanh(z, out)


def d_tanh(z: Array, a: Array, out: Array | None = None) -> Array:
    if out is None:
        return 1.0 - a * a
    np.multiply(a, a, out)
    return np.subtract(const(1.0, out.dtype), out, out)


def softplus(z: Array, out: Array | None = None) -> Array:
    return np.logaddexp(0.0, z, out=_buf(z, out))


def d_softplus(z: Array, a: Array, out: Array | None = None) -> Array:
    return sigmoid(z, out)


def silu(z: Array, out: Array | None = None) -> Array:
    out = sigmoid(z, out)
    out *= z
    return out


def d_silu(z: Array, a: Array, out: Array | None = None) -> Array:
    # s + z*s*(1-s) = s + a*(1-s), with s = sigmoid(z) and a = z*s
    out = sigmoid(z, out)
    one_minus = 1.0 - out
    one_minus *= a
    out += one_minus
    return out


def gelu(z: Array, out: Array | None = None) -> Array:
    """GELU, tanh form (PyTorch ``GELU(approximate="tanh")``): NumPy has no erf."""
    out = _buf(z, out)
    inner = _GELU_C * (z + 0.044715 * z**3)
    np.tanh(inner, out=out)
    out += 1.0
    out *= 0.5 * z
    return out


def d_gelu(z: Array, a: Array, out: Array | None = None) -> Array:
    out = _buf(z, out)
    t = np.tanh(_GELU_C * (z + 0.044715 * z**3))
    dinner = _GELU_C * (1.0 + 3 * 0.044715 * z * z)
    np.multiply(1.0 - t * t, dinner, out=out)
    out *= 0.5 * z
    out += 0.5 * (1.0 + t)
    return out


def sin(z: Array, out: Array | None = None) -> Array:
    return np.sin(z, out=_buf(z, out))


def d_sin(z: Array, a: Array, out: Array | None = None) -> Array:
    return np.cos(z, out=_buf(z, out))


@dataclass(frozen=True)
class Activation:
    """One activation: its registry name, a label for menus, its two functions, whether it
    may work in place (see the module docstring), and, for a piecewise linear one, where its
    slope changes (``kinks``: the inputs between its linear pieces; empty for a straight
    line). A network whose hidden activations are all piecewise linear is one affine function
    on each of its linear regions (``engine.regions``)."""

    name: str
    label: str
    forward: Forward
    derivative: Derivative
    in_place: bool = False
    piecewise_linear: bool = False
    kinks: tuple[float, ...] = ()


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in (
        Activation("relu", "ReLU", relu, d_relu, in_place=True,
                   piecewise_linear=True, kinks=(0.0,)),  # a > 0 exactly when z > 0
        Activation("leaky_relu", "Leaky ReLU", leaky_relu, d_leaky_relu,
                   piecewise_linear=True, kinks=(0.0,)),
        Activation("elu", "ELU", elu, d_elu),
        Activation("gelu", "GELU", gelu, d_gelu),
        Activation("silu", "SiLU", silu, d_silu),
        Activation("softplus", "Softplus", softplus, d_softplus),
        Activation("tanh", "Tanh", np.tanh, d_tanh, in_place=True),  # the ufunc: no wrapper
        Activation("sigmoid", "Sigmoid", sigmoid, d_sigmoid, in_place=True),
        Activation("linear", "Linear", linear, d_linear, in_place=True,
                   piecewise_linear=True),
        Activation("sin", "Sine", sin, d_sin),
    )
}

# Hidden layers may use any of the above; output layers use a head (see losses.HEADS).
HIDDEN_ACTIVATIONS: tuple[str, ...] = tuple(ACTIVATIONS)

Backprop = Callable[[Array, Array, Array, Array], None]
_EXP_TANH: dict[str, bool] = {}  # per dtype: whether the tanh below beats NumPy's here


def _tanh_by_exp(z: Array, out: Array | None = None) -> Array:
    """``tanh(z) = (e - 1) / (e + 1)`` with ``e = exp(2z)``, z clipped to +-20 (where tanh is
    +-1 to the last bit), in ``z``'s dtype: within an ulp or two of ``np.tanh`` in float64 (a
    few units of 1e-7 in float32), and where NumPy's tanh has no fast vector code (AVX2:
    ~30 ns a float64 value against ~7 ns for exp; ~8 ns against ~5 ns in float32) faster
    on large arrays. Small ones go to ``np.tanh`` (fewer calls)."""
    if z.size < 256:
        return np.tanh(z, out)
    out = np.minimum(z, 20.0, out=out)
    np.maximum(out, -20.0, out=out)
    np.multiply(out, 2.0, out=out)
    np.exp(out, out=out)
    denominator = out + 1.0
    np.subtract(out, 1.0, out=out)
    return np.divide(out, denominator, out=out)


def picture_tanh(z: Array, out: Array | None = None) -> Array:
    """A faster, looser float32 tanh for pictures: ``1 - 2 / (exp(2z) + 1)``, five passes in
    place (exp overflowing to inf gives 1, as it should). Its error is absolute, a few units
    of 1e-7 (an ulp of 1), so near 0 it is not within an ulp; no use for training. ~5 ns a
    value against NumPy's ~7.6 on the build machine (AVX2); see ``exp_tanh_wins``."""
    with np.errstate(over="ignore"):
        out = np.multiply(z, _TWO32, out=out)
        np.exp(out, out=out)
    np.add(out, _ONE32, out=out)
    np.divide(_TWO32, out, out=out)
    return np.subtract(_ONE32, out, out=out)


_TWO32, _ONE32 = np.float32(2.0), np.float32(1.0)


def exp_tanh_wins(dtype: np.dtype | type = np.float64) -> bool:
    """Whether a tanh by ``exp`` beats ``np.tanh`` for ``dtype`` here: ``_tanh_by_exp`` in
    float64 (training), ``picture_tanh`` in float32 (pictures).
    NumPy's tanh is fast with AVX-512 (and on Arm); with AVX2 it is not (float64 gathers
    from a table: ~30 ns a value on the build machine's AMD EPYC against ~10 ns for the exp
    form). Decided from NumPy's own report of its code path, not by timing, so every process
    on a machine computes the same numbers."""
    name = np.dtype(dtype).name
    if name not in _EXP_TANH:
        try:
            from numpy.lib.introspect import opt_func_info

            code = {"float32": "ff", "float64": "dd"}[name]
            target = opt_func_info(func_name="^tanh$", signature=name)["tanh"][code]
            path = str(target["current"])
        except Exception:  # noqa: BLE001 - an older NumPy, another dtype: keep its tanh
            path = "unknown"
        x86 = platform.machine().lower() in ("x86_64", "amd64")
        _EXP_TANH[name] = (x86 and path != "unknown" and "V4" not in path
                           and "AVX512" not in path)
    return _EXP_TANH[name]


def kernels(name: str, dtype: np.dtype) -> tuple[Forward, Backprop]:
    """The engine's ``forward(z, out)`` and ``backprop(z, a, delta, tmp)`` (``delta *= f'(z)``,
    ``tmp`` scratch of its shape) for activation ``name`` computing in ``dtype``."""
    mul, sub = np.multiply, np.subtract
    zero, half, one = (np.array(v, dtype) for v in (0.0, 0.5, 1.0))
    if name == "tanh":
        def back(z: Array, a: Array, delta: Array, tmp: Array) -> None:
            mul(a, a, tmp)
            sub(one, tmp, tmp)
            mul(delta, tmp, delta)
        fast = np.dtype(dtype) == np.float64 and exp_tanh_wins(np.float64)
        return (_tanh_by_exp if fast else np.tanh), back
    if name == "relu":
        def forward(z: Array, out: Array | None) -> Array:
            return np.maximum(z, zero, out=out)

        def back(z: Array, a: Array, delta: Array, tmp: Array) -> None:
            np.greater(z, zero, out=tmp)
            mul(delta, tmp, delta)
        return forward, back
    if name == "sigmoid":
        def forward(z: Array, out: Array | None) -> Array:
            out = mul(z, half, out)
            np.tanh(out, out)
            mul(out, half, out)
            return np.add(out, half, out)

        def back(z: Array, a: Array, delta: Array, tmp: Array) -> None:
            sub(one, a, tmp)
            mul(tmp, a, tmp)
            mul(delta, tmp, delta)
        return forward, back
    if name == "linear":
        def back(z: Array, a: Array, delta: Array, tmp: Array) -> None:
            pass
        return ACTIVATIONS[name].forward, back
    act = get_activation(name)
    derivative = act.derivative

    def generic(z: Array, a: Array, delta: Array, tmp: Array) -> None:
        mul(delta, derivative(z, a, tmp), delta)
    return act.forward, generic


def get_activation(name: str) -> Activation:
    """Look up an activation by name; unknown names raise ``ConfigError`` listing the choices."""
    from playground.errors import ConfigError

    try:
        return ACTIVATIONS[name]
    except KeyError:
        raise ConfigError(
            f"unknown activation {name!r} (choose from {', '.join(ACTIVATIONS)})"
        ) from None
