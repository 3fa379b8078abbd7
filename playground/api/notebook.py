"""A session as a Jupyter notebook: File ▸ Export as notebook… and ``playground train
--notebook``.

``notebook_for`` writes the document as a dict in the nbformat 4 layout (plain JSON: cells of
``cell_type`` markdown or code, each with ``source`` and ``metadata``, a code cell with empty
``outputs`` and ``execution_count`` None; ``nbformat`` 4, ``nbformat_minor`` 5, every cell an
``id``; the python3 kernelspec), so no notebook package is needed to write one.
``write_notebook`` writes it to a file.

The notebook rebuilds the session with the scripting API (``pg.Session(...)``): the settings
a reader most wants to change are always written (data set, network, optimizer, learning
rate, batch size, seed), every other training setting only where it differs from
``TrainConfig``'s default. The points are named by their preset when the preset with those
settings makes exactly these points; otherwise (points drawn or edited, imported from a file,
made by a formula) they go into the notebook: as CSV
text in a cell for up to ``EMBED_LIMIT`` points, else as a CSV file written beside the
notebook (``points_file``) that the notebook reads. Then it trains, shows the picture and the
figures, and says what to try next; markdown cells explain each step and setting.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from pathlib import Path
from typing import Any

import numpy as np

from playground import __version__
from playground.data.atomic import StrPath, atomic_write_text
from playground.data.datasets import DATASETS
from playground.data.points import PointSet
from playground.data.points_csv import Task, write_points_csv
from playground.engine.layers import skippable
from playground.errors import PlaygroundError
from playground.session.dataset import DatasetSettings
from playground.training.config import TrainConfig
from playground.training.layer_options import LAYER_OPTIONS

EMBED_LIMIT = 2000  # points written into the notebook itself; more go to a CSV file beside it
DEFAULT_EPOCHS = 300
MAX_EPOCHS = 10**7
# TrainConfig fields that the API names otherwise (the issue's ``pg.Session`` keywords)
API_NAMES = {"hidden_layers": "layers", "learning_rate": "lr", "n_classes": "classes"}
# written whatever their value: what a reader changes first
ALWAYS = ("hidden_layers", "activations", "optimizer", "learning_rate", "batch_size", "seed")

ACTIVATION_TEXT = {
    "relu": "ReLU, max(0, z): cheap and the usual first choice; a unit whose input stays "
            "negative stops learning (a *dead* unit)",
    "leaky_relu": "leaky ReLU: like ReLU, but a small slope below zero keeps every unit learning",
    "elu": "ELU: like ReLU above zero, a smooth curve towards -1 below it",
    "gelu": "GELU: a smooth ReLU, as transformers use it",
    "silu": "SiLU (swish), z · sigmoid(z): a smooth ReLU",
    "softplus": "softplus, log(1 + eᶻ): a smooth ReLU that is never flat",
    "tanh": "tanh: S-shaped from -1 to 1 and centred on zero, the classic choice for small "
            "networks like these",
    "sigmoid": "sigmoid: S-shaped from 0 to 1; it saturates easily, so deep stacks learn slowly",
    "linear": "linear (no activation): layers of it can only draw straight boundaries",
    "sin": "sine: periodic, good at waves and stripes",
}
OPTIMIZER_TEXT = {
    "sgd": "plain stochastic gradient descent: each step moves every weight against its "
           "gradient, scaled by the learning rate",
    "momentum": "gradient descent with momentum: steps keep part of their previous direction, "
                "which rolls through flat stretches and damps zig-zags",
    "rmsprop": "RMSprop: each weight's step is divided by a running size of its gradients, "
               "so all weights move at a similar pace",
    "adam": "Adam: momentum and RMSprop together, with bias correction; forgiving about the "
            "learning rate",
    "adamw": "AdamW: Adam with weight decay applied directly to the weights",
}
TASK_TEXT = {
    "classification": "a **classification**: each point has a class (its colour), and the "
                      "network learns which class each place of the plane belongs to",
    "regression": "a **regression**: each point has a number, and the network learns a smooth "
                  "function that passes near them",
    "multilabel": "a **multi-label** task: each point has several yes/no labels at once, and the "
                  "network learns each of them",
}


def _id() -> str:
    return uuid.uuid4().hex[:8]


def markdown(text: str) -> dict[str, Any]:
    return {"cell_type": "markdown", "id": _id(), "metadata": {},
            "source": _lines(text.strip("\n"))}


def code(text: str) -> dict[str, Any]:
    return {"cell_type": "code", "id": _id(), "metadata": {}, "execution_count": None,
            "outputs": [], "source": _lines(text.strip("\n"))}


def _lines(text: str) -> list[str]:
    """The source as nbformat keeps it: lines, each but the last with its newline."""
    return text.splitlines(keepends=True)


def preset_points(points: PointSet, dataset: DatasetSettings) -> bool:
    """True when ``pg.Session(dataset=..., data_seed=...)`` makes exactly ``points``: a
    preset's points, not edited."""
    if dataset.formula or dataset.source_file or dataset.name not in DATASETS:
        return False
    try:
        made = dataset.generate()
    except PlaygroundError:
        return False
    return (made.task == points.task and made.n_classes == points.n_classes
            and made.coords.shape == points.coords.shape
            and bool(np.array_equal(made.coords, points.coords))
            and bool(np.array_equal(made.values, points.values))
            and bool(np.array_equal(made.is_train, points.is_train)))


def session_arguments(config: TrainConfig, dataset: DatasetSettings | None,
                      preset: bool) -> dict[str, Any]:
    """The keyword arguments of ``pg.Session`` (besides ``points``), in the order written."""
    defaults = TrainConfig()
    out: dict[str, Any] = {}
    if preset and dataset is not None:
        spec = DATASETS[dataset.name]
        out["dataset"] = dataset.name
        if dataset.n_classes is not None or (spec.takes_classes
                                             and config.n_classes != spec.default_classes):
            out["classes"] = config.n_classes
        out["n_points"] = dataset.n
        out["noise"] = dataset.noise
    for field in dataclasses.fields(TrainConfig):
        name = field.name
        value = getattr(config, name)
        if name == "n_classes" or (name not in ALWAYS and value == getattr(defaults, name)):
            continue
        if name == "task" and preset:
            continue  # the preset brings its task
        if name == "activations":  # one name for every layer, or a name per layer
            out["activation"] = value[0] if len(set(value)) == 1 else list(value)
            continue
        if name in LAYER_OPTIONS:  # one value for every hidden layer, or one per layer
            out[name] = _layer_option_argument(name, value, config.hidden_layers)
            continue
        if name in ("hidden_layers", "activations", "features"):
            value = list(value)
        elif name in ("frozen", "pruned"):
            value = [list(pair) for pair in value]
        out[API_NAMES.get(name, name)] = value
    if dataset is not None and dataset.train_ratio != DatasetSettings().train_ratio:
        out["train_ratio"] = dataset.train_ratio
    if preset and dataset is not None and dataset.seed != config.seed:
        out["data_seed"] = dataset.seed  # the points were drawn with another seed
    return out


def _layer_option_argument(name: str, value: tuple[Any, ...], hidden: tuple[int, ...]) -> Any:
    """A hidden layers' option as ``pg.Session`` takes it, the shortest way: one value for
    every hidden layer (``skip=True``: every layer that can take one) or a list per layer."""
    if name == "skip":
        return True if value == skippable(hidden) else list(value)
    if len(set(value)) == 1:
        return value[0]
    return list(value)


def _call(arguments: dict[str, Any], points: bool) -> str:
    lines = ["s = pg.Session("]
    if points:
        lines.append("    points=(X, y),")
    for name, value in arguments.items():
        lines.append(f"    {name}={value!r},")
    lines.append(")")
    return "\n".join(lines)


def _csv_text(points: PointSet) -> tuple[str, int]:
    """The points as CSV text (exact ``repr`` floats) and the number of input columns."""
    coords = points.coords
    values = points.values
    if values.ndim == 1:
        values = values[:, None]
    if points.task == "regression":
        columns = [repr(float(v)) for v in values[:, 0]]
        rows = [",".join([*map(repr, c), t]) for c, t in zip(coords.tolist(), columns)]
    else:
        rows = [",".join([*map(repr, c), *map(str, v)])
                for c, v in zip(coords.tolist(), values.astype(np.int64).tolist())]
    return "\n".join(rows), coords.shape[1]


def _y_expression(points: PointSet, d: int) -> str:
    if points.task == "regression":
        return f"table[:, {d}]"
    if points.task == "multilabel":
        return f"table[:, {d}:].astype(int)"
    return f"table[:, {d}].astype(int)"


def _data_cells(points: PointSet, dataset: DatasetSettings | None, preset: bool,
                points_file: str | None) -> tuple[list[dict[str, Any]], bool]:
    """The cells about the data and whether the session takes ``points=(X, y)``."""
    task = TASK_TEXT.get(points.task, points.task)
    one_d = dataset is not None and dataset.dims == 1 and points.task == "regression"
    n = len(points.coords)
    if preset and dataset is not None:
        spec = DATASETS[dataset.name]
        text = (f"## The data\n\n**{spec.label}**: {spec.description} Playground generates "
                f"{dataset.n} points with noise {dataset.noise:g} from the seed; half of them "
                f"(`train_ratio`) train the network, the others test it.\n\nThis is {task}.")
        if dataset.train_ratio != 0.5:
            text = text.replace("half of them", f"{dataset.train_ratio:.0%} of them")
        return [markdown(text)], False
    where = ("drawn or edited by hand in the window" if dataset is None or not (
        dataset.formula or dataset.source_file) else
        f"made by the formula `{dataset.formula}`" if dataset.formula else
        f"imported from `{Path(dataset.source_file).name}`")
    text = (f"## The data\n\nThese {n} points were {where}, so they come with this notebook: "
            "each row holds a point's coordinates and then its "
            f"{'target' if points.task == 'regression' else 'label'}. This is {task}.\n\n"
            "You can give `pg.Session` any points of your own the same way: "
            "`points=(X, y)` with `X` of shape (n, 2) (or (n,) for points on a line) and `y` "
            "the labels or targets. "
            "The split into training and test points is drawn again from the seed.")
    csv, d = _csv_text(points)
    y = _y_expression(points, d)
    x = "table[:, 0]" if one_d else f"table[:, :{d}]"  # a 1-D set: x alone (x2 is 0)
    if n <= EMBED_LIMIT:
        source = (f'import io\n\nimport numpy as np\n\nPOINTS = """\\\n{csv}\n"""\n'
                  f'table = np.loadtxt(io.StringIO(POINTS), delimiter=",", ndmin=2)\n'
                  f"X, y = {x}, {y}\nX.shape, y.shape")
    else:
        if not points_file:
            raise PlaygroundError(f"{n} points are too many to write into the notebook "
                                  f"(at most {EMBED_LIMIT}): give a points file to write")
        source = (f"import numpy as np\n\n# the points, saved beside this notebook\n"
                  f'table = np.loadtxt({points_file!r}, delimiter=",", skiprows=1, ndmin=2)\n'
                  f"X, y = {x}, {y}\nX.shape, y.shape")
    return [markdown(text), code(source)], True


def _network_text(config: TrainConfig) -> str:
    layers = config.hidden_layers
    shape = " → ".join(["inputs", *(str(u) for u in layers), "output"])
    lines = ["## The network\n",
             f"`layers={list(layers)}`: {len(layers)} hidden layer"
             f"{'s' if len(layers) != 1 else ''} ({shape}). Each number is how many neurons "
             "a layer has; more neurons and layers can draw more complicated shapes, and take "
             "longer to train."]
    for name in dict.fromkeys(config.activations):
        lines.append(f"- activation `{name}`: {ACTIVATION_TEXT.get(name, name)}.")
    lines.append(f"- optimizer `{config.optimizer}`: "
                 f"{OPTIMIZER_TEXT.get(config.optimizer, config.optimizer)}.")
    lines.append(f"- `lr={config.learning_rate:g}`: the learning rate, how far each step "
                 "goes. Too large and the loss jumps about or blows up; too small and it "
                 "crawls.")
    batch = ("the whole training set at once (full batch)" if config.batch_size is None
             else f"{config.batch_size} points at a time")
    lines.append(f"- `batch_size={config.batch_size}`: each step looks at {batch}; smaller "
                 "batches give more, noisier steps per epoch.")
    if config.l1 or config.l2:
        lines.append(f"- regularisation `l1={config.l1:g}`, `l2={config.l2:g}`: a penalty on "
                     "large weights that keeps the boundary simpler.")
    if config.schedule != "constant":
        lines.append(f"- schedule `{config.schedule}`: the learning rate changes as training "
                     "goes on.")
    if any(config.dropout):
        lines.append("- `dropout`: in each training step a random share of each hidden "
                     "layer's units is switched off (the rate), so no unit can rely on "
                     "another; in evaluation every unit is on.")
    if any(n != "none" for n in config.norm):
        lines.append("- `norm`: each hidden layer's inputs to its activation are normalised "
                     "(layer norm: over the layer's units; batch norm: over the batch), then "
                     "scaled and shifted by learned amounts.")
    if any(config.skip):
        lines.append("- `skip`: a layer with a skip adds its input to its output, so the "
                     "gradient reaches the layers below it undiminished.")
    lines.append(f"- `seed={config.seed}`: the random start of the weights (and of the data "
                 "and the split); the same seed gives the same numbers every time.")
    lines.append("\nEvery other setting is Playground's default; `help(pg.Session)` lists them.")
    return "\n".join(lines)


def _next_text(config: TrainConfig) -> str:
    lr = config.learning_rate
    layers = list(config.hidden_layers)
    smaller = [max(1, u // 2) for u in layers]
    larger = [*layers, layers[-1] if layers else 4]
    ideas = [
        "## What to try next\n",
        f"- Change the learning rate tenfold each way (`lr={lr * 10:g}`, `lr={lr / 10:g}`) "
        "and compare the loss curves.",
        "- Make the network smaller until it can no longer learn the shape, then larger: "
        f"`layers={smaller}` or `layers={larger}`.",
    ]
    other = "relu" if config.activations and config.activations[0] != "relu" else "tanh"
    ideas.append(f"- Try `activation={other!r}` and watch how the boundary's shape changes.")
    ideas.append("- Train with other seeds: does the result hold? `pg.sweep(...)` trains a grid "
                 "of settings over several seeds for you (see Playground's docs/sweeps.md).")
    ideas.append('- `s.show()` opens this session in the Playground window, and '
                 '`s.save("run.pgsession")` saves it for the window to open.')
    return "\n".join(ideas)


def notebook_for(config: TrainConfig, points: PointSet, dataset: DatasetSettings | None = None,
                 *, epochs: int = DEFAULT_EPOCHS, points_file: str | None = None,
                 title: str = "") -> dict[str, Any]:
    """The notebook (module docstring) that rebuilds a session of ``config`` on ``points``
    (made with ``dataset``'s settings, None: points of unknown origin) and trains it for
    ``epochs``. ``points_file``: the name the notebook reads the points from when they are too
    many to embed (the caller writes it; ``write_notebook`` does)."""
    if isinstance(epochs, bool) or not isinstance(epochs, int) or not 1 <= epochs <= MAX_EPOCHS:
        raise PlaygroundError(f"epochs must be a whole number from 1 to {MAX_EPOCHS} "
                              f"(got {epochs!r})")
    preset = dataset is not None and preset_points(points, dataset)
    data_cells, embedded = _data_cells(points, dataset, preset, points_file)
    arguments = session_arguments(config, dataset, preset)
    name = (DATASETS[dataset.name].label if preset and dataset is not None else "your points")
    heading = title or f"A Playground session: {name}"
    cells = [
        markdown(f"# {heading}\n\nThis notebook was written by Playground {__version__} "
                 "(File ▸ Export as notebook…). It rebuilds the session with Playground's "
                 "Python API, trains it and shows the result. Run the cells from the top; "
                 "it needs Playground installed (`pip install \"playground[notebook]\"` for "
                 "the live picture)."),
        code("import playground as pg"),
        *data_cells,
        markdown(_network_text(config)),
        code(_call(arguments, embedded) + "\ns"),
        markdown("## Training\n\nEach epoch shows the network every training point once. "
                 "With `live=True` the picture and the loss curve below update while it "
                 "trains; `train` returns the final figures."),
        code(f"epochs = {epochs}\nmetrics = s.train(epochs=epochs, live=True)\nmetrics"),
        markdown("## The result\n\nThe picture is the network's answer at every place of the "
                 "plane, with the points on top. Where the colours meet "
                 "is the decision boundary. The figures are the losses and accuracies on the "
                 "training and the test points: a test figure far worse than the training "
                 "one means the network learnt the points rather than the shape."),
        code("s"),
        code("s.metrics"),
        markdown(_next_text(config)),
    ]
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
            "playground": {"version": __version__},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def points_file_for(path: StrPath) -> Path:
    """The CSV written beside notebook ``path`` when its points are too many to embed."""
    target = Path(path)
    return target.with_name(f"{target.stem}_points.csv")


def write_notebook(path: StrPath, config: TrainConfig, points: PointSet,
                   dataset: DatasetSettings | None = None, *,
                   epochs: int = DEFAULT_EPOCHS) -> list[Path]:
    """Write the notebook to ``path`` (atomically), and its points CSV beside it when they
    are too many to embed; returns the files written. ``PlaygroundError`` (a ``FormatError``
    for the file system) on failure."""
    target = Path(path)
    written = []
    points_file = None
    if len(points.coords) > EMBED_LIMIT:
        csv = points_file_for(target)
        task: Task = ("multilabel" if points.task == "multilabel" else
                      "classification" if points.task == "classification" else "regression")
        write_points_csv(csv, points.coords, points.values, task)
        points_file = csv.name
        written.append(csv)
    document = notebook_for(config, points, dataset, epochs=epochs, points_file=points_file)
    atomic_write_text(target, json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    written.insert(0, target)
    return written
