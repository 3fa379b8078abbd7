"""The ``onnx`` export: one ONNX graph (opset 17, float64 throughout) from raw coordinates
``coords`` (n, D) (the model's inputs) to ``probabilities`` (n, K) or ``values`` (n,).

It needs the optional ``onnx`` package (``pip install -e '.[onnx]'``), imported only here.
Each activation is an ONNX operator where one computes the engine's formula and onnxruntime
runs it in double precision, and is composed from primitives otherwise (leaky ReLU, ELU,
GELU's tanh form, softplus, SiLU); a formula feature is translated node by node from its
tree.

A hidden layer's options are written as evaluation computes them (``engine.layers``):
dropout is left out (it drops nothing in evaluation), a skip is an ``Add`` of the layer's
input, and both normalisations are composed from primitives in float64, the engine's
formula ``(z - mean) / sqrt(var + eps) * gamma + beta``: batch norm with its running
statistics as constants (``Sub``, ``Div``, ``Mul``, ``Add``), layer norm with ``ReduceMean``
over each point's units. Opset 17 has ``BatchNormalization`` and ``LayerNormalization``, but
their ``epsilon`` is a float32 attribute and runtimes differ in how (and whether) they run
them in double; the primitives compute exactly the engine's numbers on any runtime.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import numpy as np

from playground import __version__
from playground.data.features import FORMULA_LIMIT
from playground.data.formula import Node
from playground.engine.activations import ELU_ALPHA, LEAKY_SLOPE
from playground.engine.losses import MULTI_SIGMOID
from playground.errors import ConfigError
from playground.exporters.spec import (
    ExportSpec,
    Normalisation,
    check_activations,
    describe,
    feature_tree,
)

OPSET = 17
IR_VERSION = 8  # the IR that opset 17 came with: older runtimes read it too
_GELU_C = float(np.sqrt(2.0 / np.pi))


class _Graph:
    """Nodes and constants of a graph under construction; every value gets a fresh name."""

    def __init__(self, helper: Any, numpy_helper: Any) -> None:
        self.helper, self.numpy_helper = helper, numpy_helper
        self.nodes: list[Any] = []
        self.initializers: list[Any] = []
        self._count = 0
        self._consts: dict[tuple[float, ...], str] = {}

    def name(self, hint: str) -> str:
        self._count += 1
        return f"{hint}_{self._count}"

    def op(self, op_type: str, *inputs: str, out: str | None = None, **attrs: Any) -> str:
        result = out or self.name(op_type.lower())
        self.nodes.append(self.helper.make_node(op_type, list(inputs), [result],
                                                name=self.name(op_type), **attrs))
        return result

    def array(self, value: np.ndarray, hint: str) -> str:
        name = self.name(hint)
        self.initializers.append(self.numpy_helper.from_array(value, name))
        return name

    def const(self, value: float) -> str:
        """A float64 scalar constant (shared by every use of the same value)."""
        key = (float(value),)
        if key not in self._consts:
            self._consts[key] = self.array(np.array(float(value), dtype=np.float64), "c")
        return self._consts[key]

    def bool_of(self, value: str) -> str:
        """Where ``value`` is true: not 0."""
        return self.op("Not", self.op("Equal", value, self.const(0.0)))

    def as_float(self, flags: str) -> str:
        return self.op("Cast", flags, to=self.helper.TensorProto.DOUBLE)


# --- activations ----------------------------------------------------------------------------
def _elu(g: _Graph, z: str) -> str:  # max(alpha * (exp(min(z, 0)) - 1), z), as the engine
    neg = g.op("Min", z, g.const(0.0))
    em1 = g.op("Sub", g.op("Exp", neg), g.const(1.0))
    return g.op("Max", g.op("Mul", em1, g.const(ELU_ALPHA)), z)


def _gelu(g: _Graph, z: str) -> str:  # 0.5 z (1 + tanh(c (z + 0.044715 z^3)))
    cube = g.op("Mul", g.op("Mul", z, z), z)
    inner = g.op("Mul", g.op("Add", z, g.op("Mul", cube, g.const(0.044715))),
                 g.const(_GELU_C))
    half_z = g.op("Mul", z, g.const(0.5))
    return g.op("Mul", half_z, g.op("Add", g.op("Tanh", inner), g.const(1.0)))


def _softplus(g: _Graph, z: str) -> str:  # max(z, 0) + log(1 + exp(-|z|)): never overflows
    tail = g.op("Log", g.op("Add", g.op("Exp", g.op("Neg", g.op("Abs", z))), g.const(1.0)))
    return g.op("Add", g.op("Relu", z), tail)


ACTIVATION_NODES: dict[str, Callable[[_Graph, str], str]] = {
    "relu": lambda g, z: g.op("Relu", z),
    # max(z, s * z) as the engine: LeakyRelu's alpha attribute would be a float32
    "leaky_relu": lambda g, z: g.op("Max", z, g.op("Mul", z, g.const(LEAKY_SLOPE))),
    "elu": _elu,
    "gelu": _gelu,
    "silu": lambda g, z: g.op("Mul", z, g.op("Sigmoid", z)),
    "softplus": _softplus,
    "tanh": lambda g, z: g.op("Tanh", z),
    "sigmoid": lambda g, z: g.op("Sigmoid", z),
    "linear": lambda g, z: z,
    "sin": lambda g, z: g.op("Sin", z),
}


# --- normalisations (evaluation) -------------------------------------------------------------
def _normalise(g: _Graph, i: int, norm: Normalisation, z: str) -> str:
    """``(z - mean) / sqrt(var + eps) * gamma + beta`` of hidden layer ``i``'s sums ``z``
    (n, units): batch norm's mean and var are its running statistics (constants, the square
    root taken here as the runtime would), layer norm's each point's own over its units."""
    if norm.mean is not None and norm.var is not None:
        centred = g.op("Sub", z, g.array(norm.mean, f"running_mean{i}"))
        std = g.array(np.sqrt(norm.var + norm.eps), f"running_std{i}")
    else:
        centred = g.op("Sub", z, g.op("ReduceMean", z, axes=[1], keepdims=1))
        var = g.op("ReduceMean", g.op("Mul", centred, centred), axes=[1], keepdims=1)
        std = g.op("Sqrt", g.op("Add", var, g.const(norm.eps)))
    scaled = g.op("Mul", g.op("Div", centred, std), g.array(norm.gamma, f"gamma{i}"))
    return g.op("Add", scaled, g.array(norm.beta, f"beta{i}"))


# --- formulas -------------------------------------------------------------------------------
_BINARY = {"+": "Add", "-": "Sub", "*": "Mul", "/": "Div", "**": "Pow"}
_COMPARE = {"<": "Less", "<=": "LessOrEqual", ">": "Greater", ">=": "GreaterOrEqual",
            "==": "Equal"}
_UNARY = {"abs": "Abs", "sin": "Sin", "cos": "Cos", "exp": "Exp", "log": "Log",
          "sqrt": "Sqrt", "tanh": "Tanh"}


def _remainder(g: _Graph, a: str, b: str) -> str:
    """Python's floored ``a % b`` (the sign of b): C's fmod, plus b where the signs differ."""
    r = g.op("Mod", a, b, fmod=1)
    zero = g.const(0.0)
    differ = g.op("Xor", g.op("Less", r, zero), g.op("Less", b, zero))
    fix = g.op("And", g.op("Not", g.op("Equal", r, zero)), differ)
    return g.op("Where", fix, g.op("Add", r, b), r)


def _truth(g: _Graph, node: Node, x: dict[str, str]) -> str:
    """A bool tensor: where the node's value is true (not 0)."""
    kind = node[0]
    if kind == "cmp":
        a, b = _formula(g, node[2], x), _formula(g, node[3], x)
        if node[1] == "!=":
            return g.op("Not", g.op("Equal", a, b))
        return g.op(_COMPARE[node[1]], a, b)
    if kind in ("and", "or"):
        return g.op(kind.capitalize(), _truth(g, node[1], x), _truth(g, node[2], x))
    if kind == "not":
        return g.op("Not", _truth(g, node[1], x))
    return g.bool_of(_formula(g, node, x))


def _formula(g: _Graph, node: Node, x: dict[str, str]) -> str:
    """A float64 tensor computing ``node`` (``data.formula``'s tree) from the named inputs."""
    kind = node[0]
    if kind == "num":
        return g.const(node[1])
    if kind == "var":
        return x[node[1]]
    if kind == "neg":
        return g.op("Neg", _formula(g, node[1], x))
    if kind in ("cmp", "and", "or", "not"):
        return g.as_float(_truth(g, node, x))
    if kind == "bin":
        a, b = _formula(g, node[2], x), _formula(g, node[3], x)
        return _remainder(g, a, b) if node[1] == "%" else g.op(_BINARY[node[1]], a, b)
    if kind == "call":
        name, args = node[1], node[2]
        if name == "where":
            return g.op("Where", _truth(g, args[0], x), _formula(g, args[1], x),
                        _formula(g, args[2], x))
        values = [_formula(g, a, x) for a in args]
        if name in ("min", "max"):
            return g.op(name.capitalize(), *values)
        if name == "tan":  # onnxruntime has no double Tan
            return g.op("Div", g.op("Sin", values[0]), g.op("Cos", values[0]))
        if name in _UNARY:
            return g.op(_UNARY[name], values[0])
    raise ConfigError(f"the formula part {node[0]!r} {node[1:2]} cannot be exported to ONNX")


def _feature(g: _Graph, name: str, x: dict[str, str]) -> str:
    """One input column (n, 1) of the network."""
    tree, clean = feature_tree(name)
    value = _formula(g, tree, x)
    if clean:  # as make_features does: NaN -> 0, then clipped to +-FORMULA_LIMIT
        value = g.op("Where", g.op("IsNaN", value), g.const(0.0), value)
        value = g.op("Max", g.op("Min", value, g.const(FORMULA_LIMIT)),
                     g.const(-FORMULA_LIMIT))
    return value  # (n, 1): a feature always uses an input (data.features refuses others)


# --- the model ------------------------------------------------------------------------------
def onnx_model(spec: ExportSpec) -> Any:
    """The ``onnx.ModelProto`` of ``spec``, checked by ``onnx.checker``."""
    check_activations(spec, ACTIVATION_NODES, "ONNX")
    try:
        import onnx
        from onnx import helper, numpy_helper
    except ImportError:
        raise ConfigError("exporting to ONNX needs the onnx package: "
                          "pip install -e '.[onnx]'") from None
    g = _Graph(helper, numpy_helper)
    mean = g.array(np.array(spec.mean, dtype=np.float64), "input_mean")
    std = g.array(np.array(spec.std, dtype=np.float64), "input_std")
    u = g.op("Div", g.op("Sub", "coords", mean), std, out="normalised")
    d = spec.n_inputs
    names = [g.name(f"x{k}") for k in range(1, d + 1)]
    g.nodes.append(helper.make_node("Split", [u, g.array(np.ones(d, np.int64), "split")],
                                    names, name=g.name("Split"), axis=1))
    x = {f"x{k}": name for k, name in enumerate(names, 1)}
    columns = [_feature(g, name, x) for name in spec.features]
    a = g.op("Concat", *columns, axis=1, out="features") if len(columns) > 1 else columns[0]
    for i, layer in enumerate(spec.layers):
        w = g.array(layer.weight, f"W{i}")
        b = g.array(layer.bias, f"b{i}")
        z = g.op("Add", g.op("MatMul", a, w), b)
        if layer is spec.output:
            a = z
            continue
        if layer.norm is not None:
            z = _normalise(g, i, layer.norm, z)
        h = ACTIVATION_NODES[layer.activation](g, z)  # dropout: none in evaluation
        a = g.op("Add", h, a) if layer.skip else h
    n = "n"
    if spec.head == "softmax":
        g.op("Softmax", a, axis=1, out="probabilities")
        output = helper.make_tensor_value_info("probabilities", onnx.TensorProto.DOUBLE,
                                               [n, spec.output.fan_out])
    elif spec.head == MULTI_SIGMOID:  # one sigmoid per label
        g.op("Sigmoid", a, out="probabilities")
        output = helper.make_tensor_value_info("probabilities", onnx.TensorProto.DOUBLE,
                                               [n, spec.output.fan_out])
    elif spec.head == "sigmoid":
        p1 = g.op("Sigmoid", a)
        g.op("Concat", g.op("Sub", g.const(1.0), p1), p1, axis=1, out="probabilities")
        output = helper.make_tensor_value_info("probabilities", onnx.TensorProto.DOUBLE, [n, 2])
    else:
        g.op("Squeeze", a, g.array(np.array([1], np.int64), "axes"), out="values")
        output = helper.make_tensor_value_info("values", onnx.TensorProto.DOUBLE, [n])
    graph = helper.make_graph(
        g.nodes, "playground", [helper.make_tensor_value_info(
            "coords", onnx.TensorProto.DOUBLE, [n, d])], [output], initializer=g.initializers,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="playground", producer_version=__version__,
                              doc_string="\n".join(describe(spec)))
    model.ir_version = IR_VERSION
    helper.set_model_props(model, {
        "task": spec.task,
        "classes": json.dumps(list(spec.classes), ensure_ascii=False),
        "features": json.dumps(list(spec.features), ensure_ascii=False),
        "epoch": str(spec.epoch),
    })
    onnx.checker.check_model(model, full_check=True)
    return model


def onnx_bytes(spec: ExportSpec) -> bytes:
    """The serialised model, ready to write to a ``.onnx`` file."""
    return bytes(onnx_model(spec).SerializeToString())
