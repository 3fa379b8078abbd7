"""The ``numpy`` export: one standalone ``.py`` file that needs NumPy alone and reads like a
tutorial: the normaliser, the input features, the activations, the weights as literals and
the forward pass written out layer by layer.

Its ``predict(coords)`` repeats ``training.export.predict`` operation for operation (each
activation in the engine's own stable form), so it gives the same bits; run as
``python FILE.py POINTS.csv`` it prints the CSV ``playground predict`` prints. A network
whose hidden layers have options computes as evaluation does (``engine.layers``): batch norm
with its running statistics as constants, layer norm per point, no dropout, a skip's add;
it agrees with ``predict`` (the engine's evaluation pass) to about 1e-15. A plain network's
file is exactly what it was before the options existed.
"""

from __future__ import annotations

import numpy as np

from playground.data.features import is_formula_feature
from playground.data.points_csv import label_header, probability_columns
from playground.data.scaling import parse_input_scaling
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
from playground.exporters.spec import (
    DenseLayer,
    ExportSpec,
    check_activations,
    describe,
    layer_words,
)

_GELU_C = number(float(np.sqrt(2.0 / np.pi)))  # as the engine computes it

# Each function follows engine/activations.py operation for operation: same numbers, same bits.
ACTIVATION_CODE: dict[str, str] = {
    "relu": '''
def relu(z):
    """ReLU: max(0, z). Negative inputs give 0, positive ones pass through."""
    return np.maximum(z, 0.0)
''',
    "leaky_relu": f'''
def leaky_relu(z):
    """Leaky ReLU: z where z > 0, else {LEAKY_SLOPE!r} * z (a small slope for negative z)."""
    return np.maximum(z, {LEAKY_SLOPE!r} * z)
''',
    "elu": f'''
def elu(z):
    """ELU: z where z > 0, else alpha * (exp(z) - 1) with alpha = {ELU_ALPHA!r}.

    exp is only taken of min(z, 0), so it never overflows; expm1(t) is exp(t) - 1 computed
    precisely for small t."""
    return np.maximum({ELU_ALPHA!r} * np.expm1(np.minimum(z, 0.0)), z)
''',
    "gelu": f'''
def gelu(z):
    """GELU, tanh form: 0.5 * z * (1 + tanh(sqrt(2 / pi) * (z + 0.044715 * z**3)))."""
    return 0.5 * z * (1.0 + np.tanh({_GELU_C} * (z + 0.044715 * z**3)))
''',
    "silu": '''
def silu(z):
    """SiLU (swish): z * sigmoid(z)."""
    return z * sigmoid(z)
''',
    "softplus": '''
def softplus(z):
    """Softplus: log(1 + exp(z)), a smooth ReLU; logaddexp computes it without overflow."""
    return np.logaddexp(0.0, z)
''',
    "tanh": '''
def tanh(z):
    """Hyperbolic tangent: squashes z into (-1, 1)."""
    return np.tanh(z)
''',
    "sigmoid": '''
def sigmoid(z):
    """Sigmoid: 1 / (1 + exp(-z)), squashing z into (0, 1).

    Written as 0.5 * (1 + tanh(z / 2)): the same function, but exp(-z) never overflows."""
    return 0.5 * np.tanh(0.5 * z) + 0.5
''',
    "linear": '''
def linear(z):
    """Linear (identity): the layer's sum z, unchanged."""
    return z
''',
    "sin": '''
def sin(z):
    """Sine: sin(z), elementwise."""
    return np.sin(z)
''',
    "softmax": '''
def softmax(z):
    """Softmax of each row: exp(z_k) / sum_j exp(z_j), the class probabilities.

    Subtracting the row's largest z first changes nothing mathematically, and keeps exp from
    overflowing."""
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)
''',
}
_NEEDS = {"silu": ("sigmoid",)}

# The normalisations as evaluation computes them (engine/layers.py, operation for operation).
NORM_CODE: dict[str, str] = {
    "batch": '''
def batch_norm(z, mean, var, gamma, beta):
    """Batch normalisation, as evaluation computes it: each unit's z is centred on the mean
    and divided by the standard deviation of z that training ended with (its running
    statistics, constants here), then scaled by gamma and shifted by beta, learned like the
    weights. In training each batch used its own mean and variance instead."""
    return (z - mean) / np.sqrt(var + EPS) * gamma + beta
''',
    "layer": '''
def layer_norm(z, gamma, beta):
    """Layer normalisation: each point's z is centred on its own mean over the layer's units
    and divided by their standard deviation, then scaled by gamma and shifted by beta,
    learned like the weights. Training computed it the same way."""
    mean = z.mean(axis=1, keepdims=True)
    var = z.var(axis=1, keepdims=True)
    return (z - mean) / np.sqrt(var + EPS) * gamma + beta
''',
}


def _rule(title: str) -> list[str]:
    return ["", "", f"# --- {title} " + "-" * max(3, WIDTH - 7 - len(title)), ""]


def _header(spec: ExportSpec, module: str) -> list[str]:
    if spec.task == "multilabel":
        returns = (f"label probabilities, an array (n, {spec.n_probabilities}): row i, "
                   "column k is the")
        returns2 = "probability that label k named above (k from 0) is 1 for point i"
    elif spec.task == "classification":
        returns = (f"class probabilities, an array (n, {spec.n_probabilities}): row i, "
                   "column k is the")
        returns2 = "probability that point i is of the k-th class named above (k from 0)"
    else:
        returns, returns2 = "the predicted values, an array (n,)", ""
    headers = f"{','.join(spec.input_names)} (a label or target column is ignored)"
    example = "[[0.5, -1.0], [2.0, 0.0]])"
    if spec.n_inputs > 2:
        example = (f"[[{', '.join(['0.5'] * spec.n_inputs)}], "
                   f"[{', '.join(['-1.0'] * spec.n_inputs)}]])")
    if spec.one_d:
        headers = "x or x,y (y is ignored), or x1,x2"
        example = "[[0.5, 0.0], [2.0, 0.0]])  # the points (x, 0): x2 plays no part"
    lines = [
        "A neural network trained in Playground, written out in plain NumPy.",
        "",
        *describe(spec),
        "",
        "Use it from Python:",
        "",
        f"    from {module} import predict",
        f"    predict({example}",
        "",
        f"gives {returns}" + (f"\n{returns2}." if returns2 else "."),
        "",
        f"From a shell, on a CSV file with the header {headers}:",
        "",
        f"    python {module}.py POINTS.csv",
        "",
        "prints the same CSV as `playground predict MODEL.npz POINTS.csv`.",
        "",
        "Reading on, you will find each step of the computation: the inputs are normalised,",
        "turned into the input features, and then each layer multiplies its input by a weight",
        "matrix, adds a bias vector and applies its activation. NumPy is all it needs.",
    ]
    if spec.has_options:
        lines += [
            "",
            "Some hidden layers do more (see Step 4): a normalisation between the sum and the",
            "activation, or a skip that adds the layer's input to its output. The network",
            "computes as in evaluation: dropout, a training device, drops nothing here.",
        ]
    return docstring("\n".join(lines).split("\n"))


def _scaling_words(spec: str) -> list[str]:
    """What the input step does, for the model's input scaling (``data.scaling``)."""
    scaling = parse_input_scaling(spec)
    if scaling.kind == "none":
        return [f"Input scaling: {scaling.text}. The network was trained on the raw",
                "coordinates: the mean is 0 and the std 1, so u = (x - mean) / std = x."]
    if scaling.kind == "scale":
        k = scaling.text.partition(":")[2]
        return [f"Input scaling: {scaling.text}. The network was trained on the raw",
                f"coordinates times {k}: the mean is 0 and the std 1/{k}, so",
                f"u = (x - mean) / std = {k} * x."]
    if scaling.factor == 1.0:
        return [f"Input scaling: {scaling.text}. The network never sees raw coordinates.",
                "Each is z-scored with the mean and the standard deviation of the training",
                "points, u = (x - mean) / std, so that its inputs are centred on 0 with a",
                "spread of about 1."]
    k = scaling.text.partition(":")[2]
    return [f"Input scaling: {scaling.text}. The network never sees raw coordinates.",
            "Each is z-scored with the mean and the standard deviation of the training",
            f"points, then multiplied by {k}: the std below is the points' std divided by {k},",
            f"so u = (x - mean) / std is centred on 0 with a spread of about {k}."]


def _inputs(spec: ExportSpec) -> list[str]:
    d = spec.n_inputs
    out = [
        *_rule("Step 1: the inputs"),
        *comment_block(_scaling_words(spec.input_scaling)),
        *(f"X{k}_MEAN, X{k}_STD = {number(m)}, {number(s)}"
          + (f"  # {name}" if name != f"x{k}" else "")
          for k, (m, s, name) in enumerate(zip(spec.mean, spec.std, spec.input_names), 1)),
        "",
        "",
        "def features(coords):",
        f'    """Raw coordinates (n, {d}) -> the network\'s {len(spec.features)} inputs, an array '
        f'(n, {len(spec.features)})."""',
        "    coords = np.asarray(coords, dtype=np.float64)",
        "    # from here on, x1 and x2 are the normalised coordinates" if d == 2 else
        f"    # from here on, x1 .. x{d} are the normalised coordinates",
        *(f"    x{k} = (coords[:, {k - 1}] - X{k}_MEAN) / X{k}_STD" for k in range(1, d + 1)),
    ]
    columns = feature_lines(spec, "np")
    if any(is_formula_feature(name) for name in spec.features):
        out += [
            "    # a formula feature is cleaned as Playground does: NaN becomes 0 and values",
            "    # beyond +-1e6 are clipped (so log(x1) is finite everywhere)",
            '    with np.errstate(all="ignore"):',
            "        columns = [",
            *(f"        {c}" for c in columns),
            "        ]",
        ]
    else:
        out += ["    columns = [", *(f"    {c}" for c in columns), "    ]"]
    out.append("    return np.column_stack(columns)")
    return out


def _activations(spec: ExportSpec) -> list[str]:
    wanted = [layer.activation for layer in spec.hidden]
    if spec.head != "linear":  # a linear output is the sum z itself: no function for it
        wanted.append("sigmoid" if spec.head == MULTI_SIGMOID else spec.head)
    used: list[str] = []
    for name in wanted:
        used += [n for n in (*_NEEDS.get(name, ()), name) if n not in used]
    kinds = [k for k in NORM_CODE if any(layer.norm is not None and layer.norm.kind == k
                                         for layer in spec.hidden)]
    out = _rule("Step 2: the activations" + (" and normalisations" if kinds else ""))
    out += comment_block([
        "Each layer's output goes through an activation, elementwise. Without one, any number",
        "of layers would only ever compute a linear function of the inputs.",
    ])
    for name in used:
        out += ["", *ACTIVATION_CODE[name].rstrip("\n").split("\n")]
    if kinds:
        out += ["", "", *comment_block([
            "A normalisation rescales a layer's sums z before its activation, so that each",
            "unit's values stay centred with a spread of about 1 while the weights change.",
        ]), f"EPS = {number(NORM_EPS)}  # added to the variance: never a division by 0"]
    for kind in kinds:
        out += ["", *NORM_CODE[kind].rstrip("\n").split("\n")]
    return out


def _weights(spec: ExportSpec) -> list[str]:
    out = _rule("Step 3: what the network learned")
    out += comment_block([
        "Layer i computes z = a @ Wi + bi: Wi[j, k] is the weight from input j to unit k,",
        "bi[k] is unit k's bias. The numbers are written in full: they read back exactly.",
    ])
    for i, layer in enumerate(spec.layers):
        what = (f"hidden layer {i + 1}: {layer.fan_in} inputs -> {layer.fan_out} "
                f"{layer.activation} units" if layer is not spec.output
                else f"output layer: {layer.fan_in} inputs -> {layer.fan_out} "
                f"{spec.head} output{'s' if layer.fan_out > 1 else ''}")
        words = layer_words(layer) if layer is not spec.output else ""
        out += ["", f"# {what}" + (f" ({words})" if words else "")]
        out += array_source(f"W{i}", layer.weight, "np.array(", ")")
        out += array_source(f"b{i}", layer.bias, "np.array(", ")")
        out += _norm_arrays(i, layer)
    return out


def _norm_arrays(i: int, layer: DenseLayer) -> list[str]:
    """A normalised hidden layer's constants, after its weights."""
    norm = layer.norm
    if norm is None:
        return []
    out = []
    if norm.mean is not None and norm.var is not None:
        out += comment_block(["its batch norm: the running mean and variance of each unit's z "
                              "at the end of", "training, then the learned scale and shift"])
        out += array_source(f"MEAN{i}", norm.mean, "np.array(", ")")
        out += array_source(f"VAR{i}", norm.var, "np.array(", ")")
    else:
        out += comment_block(["its layer norm: the learned scale and shift of each unit"])
    out += array_source(f"GAMMA{i}", norm.gamma, "np.array(", ")")
    out += array_source(f"BETA{i}", norm.beta, "np.array(", ")")
    return out


def _hidden_lines(i: int, layer: DenseLayer, options: bool) -> list[str]:
    """Hidden layer ``i`` in ``predict``: one line for a plain layer, else the sum, its
    normalisation and the activation (with the skip's add) on lines of their own."""
    shape = f"hidden layer {i + 1}: (n, {layer.fan_out})"
    note = f"; dropout {layer.dropout:g} in training, none here" if layer.dropout > 0.0 else ""
    if not options or (layer.norm is None and not layer.skip):
        return [f"        a = {layer.activation}(a @ W{i} + b{i})  # {shape}{note}"]
    words = [layer.norm.label] if layer.norm is not None else []
    words += ["skip"] if layer.skip else []
    out = [f"        # {shape}, {' and '.join(words)}{note}"]
    z = f"a @ W{i} + b{i}"
    if layer.norm is not None:
        out.append(f"        z = {z}")
        z = "z"
        if layer.norm.kind == "batch":
            out.append(f"        z = batch_norm(z, MEAN{i}, VAR{i}, GAMMA{i}, BETA{i})")
        else:
            out.append(f"        z = layer_norm(z, GAMMA{i}, BETA{i})")
    if layer.skip:
        out.append(f"        a = {layer.activation}({z}) + a  # the skip: plus the layer's input")
    else:
        out.append(f"        a = {layer.activation}({z})")
    return out


def _predict(spec: ExportSpec) -> list[str]:
    last = len(spec.layers) - 1
    if spec.task == "multilabel":
        doc = (f"Raw coordinates (n, {spec.n_inputs}) -> label probabilities "
               f"(n, {spec.n_probabilities}); each on its own.")
    elif spec.task == "classification":
        doc = (f"Raw coordinates (n, {spec.n_inputs}) -> class probabilities "
               f"(n, {spec.n_probabilities}); each row sums to 1.")
    else:
        doc = f"Raw coordinates (n, {spec.n_inputs}) -> predicted values (n,)."
    out = _rule("Step 4: the forward pass")
    out += [
        "",
        "def predict(coords):",
        f'    """{doc}"""',
        f"    a = features(coords)  # (n, {len(spec.features)})",
        "    # very distant points may overflow an exp inside; that is not an error",
        '    with np.errstate(all="ignore"):',
    ]
    for i, layer in enumerate(spec.hidden):
        out += _hidden_lines(i, layer, spec.has_options)
    out.append(f"        z = a @ W{last} + b{last}  # output layer: (n, {spec.output.fan_out})")
    if spec.head == "softmax":
        out.append("    return softmax(z)")
    elif spec.head == MULTI_SIGMOID:
        out.append("    return sigmoid(z)  # one sigmoid per label: each label's probability")
    elif spec.head == "sigmoid":
        out += [
            f"    p1 = sigmoid(z[:, 0])  # one sigmoid output: the probability of "
            f"{spec.classes[1]!r}",
            "    return np.column_stack([1.0 - p1, p1])",
        ]
    else:
        out.append("    return z[:, 0]  # one linear output: the value itself")
    return out


def _command_line(spec: ExportSpec) -> list[str]:
    d, names = spec.n_inputs, [name.lower() for name in spec.input_names]
    headers = [names, [*names, "label"], [*names, "target"]]
    if spec.one_d:
        headers += [["x"], ["x", "y"]]
    if spec.task == "multilabel":  # the training file: the inputs then its label columns
        headers.append([*names, *(c.lower() for c in label_header(
            len(spec.classes), spec.classes))])
    out = _rule("Step 5: from the command line")
    out += [
        f"HEADERS = {headers!r}",
        "",
        "",
        "def read_points(path):",
        f'    """The points of a CSV file as (coords (n, {d}), dims). A last column (label,',
        *(['    target) is ignored; a file of x or x,y (a curve) gives the points (x, 0), '
           'dims 1."""'] if spec.one_d else ['    target) is ignored; dims is 2."""']),
        "    try:",
        '        with open(path, encoding="utf-8-sig") as f:',
        "            rows = [[cell.strip().strip('\"').strip() for cell in line.split(\",\")]",
        "                    for line in f if line.strip()]",
        "    except (OSError, UnicodeDecodeError) as exc:",
        '        sys.exit(f"{path}: {exc}")',
        "    header = [name.lower() for name in rows[0]] if rows else []",
        "    if header not in HEADERS:",
        '        sys.exit(f"{path}: the header must be " + " or ".join(map(",".join, HEADERS)))',
        f"    coords = np.zeros((len(rows) - 1, {d}))",
        "    for i, row in enumerate(rows[1:]):",
        "        try:",
        "            if len(row) != len(header):",
        '                raise ValueError(f"{len(row)} columns")',
        '            coords[i] = [float(row[0]), float(row[1]) if header[0] != "x" else 0.0]'
        if d == 2 else f"            coords[i] = [float(v) for v in row[:{d}]]",
        "        except ValueError as exc:",
        '            sys.exit(f"{path}: cannot read the row {\',\'.join(row)!r} ({exc})")',
        '    return coords, 1 if header[0] == "x" else 2',
        "",
        "",
        "def predictions_csv(coords, dims=2):",
        '    """The CSV text `playground predict` writes for these points."""',
        "    out = predict(coords)",
    ]
    if spec.task == "multilabel":
        out += [
            "    header = "
            f"{','.join([*spec.input_names, *probability_columns(list(spec.classes))])!r}",
            "    rows = [",
            '        ",".join([*map(repr, xs), *map(repr, p)])',
            "        for xs, p in zip(coords.tolist(), out.tolist())",
            "    ]",
        ]
    elif spec.task == "classification":
        out += [
            "    labels = out.argmax(axis=1)  # the most probable class",
            f'    header = "{",".join(spec.input_names)},prediction," + ",".join('
            'f"p{k}" for k in range(out.shape[1]))',
            "    rows = [",
            '        ",".join([*map(repr, xs), str(label), *map(repr, p)])',
            "        for xs, label, p in zip(coords.tolist(), labels.tolist(), out.tolist())",
            "    ]",
        ]
    else:
        out += [
            "    if dims == 1:",
            '        header = "x,prediction"',
            '        rows = [f"{x!r},{v!r}" for x, v in zip(coords[:, 0].tolist(), out.tolist())]',
            "    else:",
            f'        header = "{",".join(spec.input_names)},prediction"',
            '        rows = [",".join(map(repr, (*xs, v))) for xs, v in zip(coords.tolist(), '
            "out.tolist())]",
        ]
    out += [
        '    return "\\n".join([header, *rows]) + "\\n"',
        "",
        "",
        'if __name__ == "__main__":',
        "    if len(sys.argv) != 2:",
        '        sys.exit(f"usage: python {sys.argv[0]} POINTS.csv")',
        "    sys.stdout.write(predictions_csv(*read_points(sys.argv[1])))",
    ]
    return out


def numpy_source(spec: ExportSpec, module: str = "model") -> str:
    """The whole file; ``module`` is the name its usage example imports it by."""
    check_activations(spec, ACTIVATION_CODE, "NumPy code")
    lines = [
        *_header(spec, module),
        "",
        "import sys",
        "",
        "import numpy as np",
        *_inputs(spec),
        *_activations(spec),
        *_weights(spec),
        *_predict(spec),
        *_command_line(spec),
    ]
    return "\n".join(lines) + "\n"
