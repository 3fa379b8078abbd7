"""The ``pytorch`` export: a ``.py`` file defining a ``torch.nn.Module`` that takes raw
coordinates (the normaliser as buffers, the input features in ``forward``), ``build_model()``
that loads the trained weights into it, and ``predict(coords)`` returning NumPy arrays.

Playground does not need PyTorch; only the generated file imports it. The module computes in
float64, so its results agree with ``playground predict`` to about 1e-15 (the tests ask
1e-5); ``model.float()`` makes it float32.

A network whose hidden layers have options gets one ``Block`` module per hidden layer:
``nn.Linear``, ``nn.BatchNorm1d`` or ``nn.LayerNorm`` (eps ``NORM_EPS``, the learned scale and
shift, batch norm's running statistics), the activation, ``nn.Dropout`` and the skip's add.
``build_model`` loads them all through ``load_state_dict`` and returns the module in
evaluation mode, which is what Playground computes: dropout off, batch norm on its running
statistics.
"""

from __future__ import annotations

from playground.engine.activations import ELU_ALPHA, LEAKY_SLOPE
from playground.engine.layers import NORM_EPS
from playground.engine.losses import MULTI_SIGMOID
from playground.exporters.pysource import (
    WIDTH,
    array_source,
    comment_block,
    docstring,
    feature_lines,
    number,
)
from playground.exporters.spec import DenseLayer, ExportSpec, check_activations, describe

# The PyTorch module for each hidden activation (the engine's formulas; softplus's linear
# region above 20 differs from log(1 + e^z) by less than 1e-8).
ACTIVATION_MODULES: dict[str, str] = {
    "relu": "nn.ReLU()",
    "leaky_relu": f"nn.LeakyReLU({number(LEAKY_SLOPE)})",
    "elu": f"nn.ELU(alpha={number(ELU_ALPHA)})",
    "gelu": 'nn.GELU(approximate="tanh")',
    "silu": "nn.SiLU()",
    "softplus": "nn.Softplus()",
    "tanh": "nn.Tanh()",
    "sigmoid": "nn.Sigmoid()",
    "linear": "nn.Identity()",
    "sin": "Sine()",
}

_SINE = '''

class Sine(nn.Module):
    """sin(z), elementwise (PyTorch has no module for it)."""

    def forward(self, z):
        return torch.sin(z)'''

_BLOCK = '''

class Block(nn.Module):
    """One hidden layer: z = a @ W + b (``linear``), its normalisation (``norm``), the
    activation, dropout, and with ``skip`` the layer's input added to its output.

    In evaluation mode (``model.eval()``, as ``build_model`` returns it) dropout does nothing
    and batch norm uses its running statistics: what Playground computes. ``model.train()``
    turns on dropout and batch norm's batch statistics, as in training (and then every
    forward pass moves the running statistics)."""

    def __init__(self, fan_in, fan_out, activation, norm=None, dropout=0.0, skip=False):
        super().__init__()
        self.linear = nn.Linear(fan_in, fan_out)
        self.norm = norm if norm is not None else nn.Identity()
        self.activation = activation
        self.dropout = nn.Dropout(dropout)
        self.skip = skip

    def forward(self, a):
        h = self.dropout(self.activation(self.norm(self.linear(a))))
        return h + a if self.skip else h'''


def _header(spec: ExportSpec, module: str) -> list[str]:
    if spec.task == "multilabel":
        returns = f"label probabilities, an array (n, {spec.n_probabilities})"
    elif spec.task == "classification":
        returns = f"class probabilities, an array (n, {spec.n_probabilities})"
    else:
        returns = "the predicted values, an array (n,)"
    lines = [
        "A neural network trained in Playground, as a PyTorch module.",
        "",
        *describe(spec),
        "",
        f"    from {module} import build_model, predict",
        f"    predict({_example(spec)})  # {returns}",
        f"    model = build_model()  # a torch.nn.Module: raw coordinates (n, {spec.n_inputs}) in",
        "",
        "The module includes everything between raw coordinates and the output: the input",
        "normalisation, the input features, the layers and the output head. It computes in",
        "float64 (call model.float() for float32). It needs PyTorch and NumPy.",
    ]
    if spec.has_options:
        lines += [
            "",
            "build_model() returns the module in evaluation mode, which is what Playground",
            "computes: dropout off, batch norm on the running statistics of training. Calling",
            "model.train() turns both back to training (to train it further in PyTorch).",
        ]
    return docstring(lines)


def _example(spec: ExportSpec) -> str:
    """Two points for the usage example, of the model's inputs."""
    if spec.n_inputs == 2:
        return "[[0.5, -1.0], [2.0, 0.0]]"
    return f"[[{', '.join(['0.5'] * spec.n_inputs)}], [{', '.join(['-1.0'] * spec.n_inputs)}]]"


def _module(spec: ExportSpec) -> list[str]:
    if spec.task == "multilabel":
        out_doc = f"label probabilities (n, {spec.n_probabilities})"
    elif spec.task == "classification":
        out_doc = f"class probabilities (n, {spec.n_probabilities})"
    else:
        out_doc = "values (n,)"
    if spec.has_options:
        hidden = [line for layer in spec.hidden for line in _block(layer)]
    else:
        hidden = [f"            nn.Linear({layer.fan_in}, {layer.fan_out}), "
                  f"{ACTIVATION_MODULES[layer.activation]}," for layer in spec.hidden]
    columns = feature_lines(spec, "torch")
    out = [
        "",
        "",
        "class PlaygroundNet(nn.Module):",
        f'    """Raw coordinates (n, {spec.n_inputs}) -> {out_doc}."""',
        "",
        "    def __init__(self):",
        "        super().__init__()",
        "        # the normaliser: buffers, saved in state_dict() but never trained",
        f'        self.register_buffer("input_mean", torch.zeros({spec.n_inputs}, '
        'dtype=torch.float64))',
        f'        self.register_buffer("input_std", torch.ones({spec.n_inputs}, '
        'dtype=torch.float64))',
        "        self.hidden = nn.Sequential(",
        *hidden,
        "        )",
        f"        self.output = nn.Linear({spec.output.fan_in}, {spec.output.fan_out})",
        "",
        "    def features(self, coords):",
        f'        """The network\'s {len(spec.features)} inputs, computed from the normalised '
        'coordinates."""',
        "        u = (coords - self.input_mean) / self.input_std",
        *(["        x1, x2 = u[:, 0], u[:, 1]"] if spec.n_inputs == 2 else
          [f"        x{k} = u[:, {k - 1}]" for k in range(1, spec.n_inputs + 1)]),
        "        return torch.stack([",
        *(f"        {c}" for c in columns),
        "        ], dim=1)",
        "",
        "    def forward(self, coords):",
        "        z = self.output(self.hidden(self.features(coords)))",
    ]
    if spec.head == "softmax":
        out.append("        return torch.softmax(z, dim=1)")
    elif spec.head == MULTI_SIGMOID:
        out.append("        return torch.sigmoid(z)  # one sigmoid per label")
    elif spec.head == "sigmoid":
        out += [
            f"        p1 = torch.sigmoid(z[:, 0])  # the probability of {spec.classes[1]!r}",
            "        return torch.stack([1.0 - p1, p1], dim=1)",
        ]
    else:
        out.append("        return z[:, 0]")
    return out


def _block(layer: DenseLayer) -> list[str]:
    """One hidden layer of a network with options: ``Block(...)``, over two lines when long.
    Batch norm's momentum is PyTorch's default, the engine's ``BN_MOMENTUM``."""
    args = [str(layer.fan_in), str(layer.fan_out), ACTIVATION_MODULES[layer.activation]]
    eps = number(NORM_EPS)
    if layer.norm is not None and layer.norm.kind == "batch":
        args.append(f"norm=nn.BatchNorm1d({layer.fan_out}, eps={eps})")
    elif layer.norm is not None:
        args.append(f"norm=nn.LayerNorm({layer.fan_out}, eps={eps})")
    if layer.dropout > 0.0:
        args.append(f"dropout={number(layer.dropout)}")
    if layer.skip:
        args.append("skip=True")
    indent = " " * 12
    line = f"{indent}Block({', '.join(args)}),"
    if len(line) <= WIDTH:
        return [line]
    return [f"{indent}Block({', '.join(args[:3])},", f"{indent}      {', '.join(args[3:])}),"]


def _norm_weights(spec: ExportSpec) -> list[str]:
    """The normalisations' arrays and ``NORMS``: per hidden layer what its norm module's
    ``state_dict`` holds (None without one)."""
    out = comment_block([
        "The normalisations: GAMMAi (nn's weight) scales and BETAi (bias) shifts each unit;",
        "batch norm's MEANi and VARi are the running mean and (unbiased) variance of z at",
        "the end of training, which evaluation normalises with.",
    ])
    states = []
    for i, layer in enumerate(spec.hidden):
        norm = layer.norm
        if norm is None:
            states.append("None")
            continue
        out += array_source(f"GAMMA{i}", norm.gamma, "", "")
        out += array_source(f"BETA{i}", norm.beta, "", "")
        state = f'{{"weight": GAMMA{i}, "bias": BETA{i}'
        if norm.mean is not None and norm.var is not None:
            out += array_source(f"MEAN{i}", norm.mean, "", "")
            out += array_source(f"VAR{i}", norm.var, "", "")
            state += f', "running_mean": MEAN{i}, "running_var": VAR{i}'
        states.append(state + "}")
    out += ["NORMS = [", *(f"    {state}," for state in states), "]"]
    return out


def _weights(spec: ExportSpec) -> list[str]:
    out = ["", ""]
    out += comment_block([
        "What the network learned, as Playground stores it: Wi[j][k] is the weight from",
        "input j to unit k (nn.Linear keeps the transpose), bi[k] unit k's bias.",
    ])
    out += [f"INPUT_MEAN = [{', '.join(number(m) for m in spec.mean)}]",
            f"INPUT_STD = [{', '.join(number(s) for s in spec.std)}]"]
    for i, layer in enumerate(spec.layers):
        out += array_source(f"W{i}", layer.weight, "", "")
        out += array_source(f"b{i}", layer.bias, "", "")
    weights = ", ".join(f"(W{i}, b{i})" for i in range(len(spec.layers)))
    out.append(f"LAYERS = [{weights}]")
    if spec.has_options:
        out += _norm_weights(spec)
    return out


_BUILD = '''

def build_model():
    """A PlaygroundNet holding the trained weights, in evaluation mode (float64)."""
    model = PlaygroundNet().double()
    linears = [m for m in model.modules() if isinstance(m, nn.Linear)]
    with torch.no_grad():
        model.input_mean.copy_(torch.tensor(INPUT_MEAN, dtype=torch.float64))
        model.input_std.copy_(torch.tensor(INPUT_STD, dtype=torch.float64))
        for linear, (w, b) in zip(linears, LAYERS, strict=True):
            linear.weight.copy_(torch.tensor(w, dtype=torch.float64).T)
            linear.bias.copy_(torch.tensor(b, dtype=torch.float64))
    return model.eval()
'''

_BUILD_STATE = '''

def build_model():
    """A PlaygroundNet holding the trained weights, in evaluation mode (float64): dropout
    off, batch norm on its running statistics."""
    model = PlaygroundNet().double()

    def tensor(values):
        return torch.tensor(values, dtype=torch.float64)

    # every array under its state_dict name (nn.Linear keeps the weight's transpose)
    state = {"input_mean": tensor(INPUT_MEAN), "input_std": tensor(INPUT_STD)}
    *hidden, (w, b) = LAYERS
    state["output.weight"], state["output.bias"] = tensor(w).T, tensor(b)
    for i, ((w, b), norm) in enumerate(zip(hidden, NORMS, strict=True)):
        state[f"hidden.{i}.linear.weight"] = tensor(w).T
        state[f"hidden.{i}.linear.bias"] = tensor(b)
        for key, values in (norm or {}).items():
            state[f"hidden.{i}.norm.{key}"] = tensor(values)
    # every parameter and buffer comes from the arrays but batch norm's step counter
    # (num_batches_tracked, unused in evaluation); a shape that does not fit is an error
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected or any(not key.endswith("num_batches_tracked") for key in missing):
        raise ValueError(f"the arrays do not fit the module: {missing or unexpected}")
    return model.eval()
'''

_FUNCTIONS = '''

_MODEL = None


def predict(coords):
    """Raw coordinates (n, {inputs}) -> {returns}, as NumPy arrays."""
    global _MODEL
    if _MODEL is None:
        _MODEL = build_model()
    x = torch.as_tensor(np.asarray(coords, dtype=np.float64).reshape(-1, {inputs}))
    with torch.no_grad():
        return _MODEL(x).numpy()
'''


def torch_source(spec: ExportSpec, module: str = "model") -> str:
    """The whole file; ``module`` is the name its usage example imports it by."""
    check_activations(spec, ACTIVATION_MODULES, "PyTorch code")
    returns = ("values (n,)" if spec.task == "regression" else
               f"{'label' if spec.task == 'multilabel' else 'class'} probabilities "
               f"(n, {spec.n_probabilities})")
    uses_sine = any(layer.activation == "sin" for layer in spec.hidden)
    lines = [
        *_header(spec, module),
        "",
        "import numpy as np",
        "import torch",
        "from torch import nn",
        *([_SINE] if uses_sine else []),
        *([_BLOCK] if spec.has_options else []),
        *_module(spec),
        *_weights(spec),
        (_BUILD_STATE if spec.has_options else _BUILD).rstrip("\n"),
        _FUNCTIONS.replace("{returns}", returns).replace("{inputs}", str(spec.n_inputs))
        .rstrip("\n"),
    ]
    return "\n".join(lines) + "\n"
