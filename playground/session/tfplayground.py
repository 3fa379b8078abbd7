"""TensorFlow Playground links: ``https://playground.tensorflow.org/#key=value&...`` to a
session and back (docs/guide.md, "TensorFlow Playground links", has the mapping table).

``read_link(url)`` returns a ``LinkImport``: the data set settings (one of TensorFlow
Playground's sets, ``data.tf_sets``), the training config, the view settings a session file
carries (show test points, discretize, the classroom sections the link's ``*_hide`` flags
hide), the warnings (unknown keys, values it could not read and kept the default for, what
Playground cannot do alike) and ``NOTE``, what Playground does differently, said once on
opening. Only a text that is not a TensorFlow Playground link at all raises (``LinkError``);
nothing in the fragment does.

``write_link(settings, config, view)`` is the reverse: a link and the list of what in the
session does not fit a TensorFlow Playground link (the link then holds TensorFlow
Playground's default for it).

What is chosen (TensorFlow Playground reads its state in ``src/state.ts``):

- the data: ``problem`` picks ``dataset`` (circle, xor, gauss, spiral) or ``regDataset``
  (reg-plane, reg-gauss); 500 points for classification, 1200 for regression; ``noise``
  (0..80, out of range: as TensorFlow Playground, more than 80 is 50 and less than 0 is 0)
  / 100; ``percTrainData`` / 100 the training share; ``seed`` "0.12345" is seed 12345 (a
  seed of another form is hashed to a number, and said so).
- the network: ``networkShape`` the hidden layers, ``activation`` for every one of them, the
  features ``x``, ``y``, ``xSquared``, ``ySquared``, ``xTimesY``, ``sinX``, ``sinY`` as
  x1, x2, x1_sq, x2_sq, x1x2, sin_x1, sin_x2 and ``cosX``, ``cosY`` as the formula features
  ``cos(x1)``, ``cos(x2)``; TensorFlow Playground's raw coordinates (input scaling
  ``none``) and its uniform ±0.5 initial weights (``uniform``).
- training: plain SGD (no momentum) at ``learningRate`` with ``batchSize``, and
  ``regularization`` L1 or L2 at ``regularizationRate``.
- no dropout, normalisation or skip connections: TensorFlow Playground has none, so a link
  read in gives a network without them, and a link written from a session that has them
  says it leaves them out.
- the head: TensorFlow Playground trains one tanh output with squared error towards ±1 for
  both problems; Playground keeps its own: a sigmoid output with cross-entropy for
  classification, a linear output with mean squared error for regression (``NOTE``).
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from playground.data.datasets import DATASETS
from playground.data.features import validate_features
from playground.data.tf_sets import TF_POINTS
from playground.engine.losses import losses_for
from playground.engine.optimizers import LEARNING_RATE
from playground.errors import PlaygroundError
from playground.limits import MAX_HIDDEN_LAYERS, MAX_UNITS
from playground.session.dataset import DatasetSettings
from playground.session.file import Session
from playground.session.model import SessionModel
from playground.training.config import MAX_PENALTY, TrainConfig

HOST = "playground.tensorflow.org"
BASE = f"https://{HOST}/#"

# TensorFlow Playground's names -> Playground's data sets
CLASSIFICATION_SETS = {"circle": "tf_circle", "xor": "tf_xor", "gauss": "tf_gauss",
                       "spiral": "tf_spiral"}
REGRESSION_SETS = {"reg-plane": "tf_reg_plane", "reg-gauss": "tf_reg_gauss"}
ACTIVATIONS = ("relu", "tanh", "sigmoid", "linear")  # the same names in both
REGULARIZATIONS = ("none", "L1", "L2")
PROBLEMS = ("classification", "regression")
# TensorFlow Playground's input features, in its order -> Playground's features
FEATURES = {"x": "x1", "y": "x2", "xSquared": "x1_sq", "ySquared": "x2_sq",
            "xTimesY": "x1x2", "sinX": "sin_x1", "sinY": "sin_x2",
            "cosX": "cos(x1)", "cosY": "cos(x2)"}
# TensorFlow Playground's defaults (``State`` in state.ts)
DEFAULTS: dict[str, Any] = {
    "activation": "tanh", "regularization": "none", "batchSize": 10, "dataset": "circle",
    "regDataset": "reg-plane", "learningRate": 0.03, "regularizationRate": 0.0, "noise": 0,
    "networkShape": (4, 2), "showTestData": False, "discretize": False, "percTrainData": 50,
    "problem": "classification", "x": True, "y": True,
}
# what TensorFlow Playground's user interface offers (a link may ask for more)
TF_MAX_LAYERS = 6
TF_MAX_UNITS = 8
# keys TensorFlow Playground knows that Playground does not use, and why
IGNORED = {
    "tutorial": "Playground has its own lessons (Help ▸ Lessons)",
    "collectStats": "Playground does not send statistics",
    "hideText": "Playground shows no text below the output",
}
# a control a ``*_hide`` flag hides -> the classroom section (``ui/classroom.py``) it is in
HIDE_SECTIONS = {
    "dataset": "data", "problem": "data", "percTrainData": "data", "noise": "data",
    "learningRate": "training", "regularization": "training",
    "regularizationRate": "training", "batchSize": "training",
    "activation": "network", "numHiddenLayers": "network",
}
# hidable controls Playground has no section of their own for
HIDE_NO_SECTION = ("showTestData", "discretize", "playButton", "stepButton", "resetButton")
SECTION_LABELS = {"data": "Data", "training": "Training settings", "network": "Network settings"}
SEED_DIGITS = 5  # TensorFlow Playground writes seeds as Math.random().toFixed(5)

NOTE = ("TensorFlow Playground trains one tanh output with squared error towards ±1; "
        "Playground uses its own heads: a sigmoid output with cross-entropy for "
        "classification and a linear output with mean squared error for regression, so the "
        "losses shown are not TensorFlow Playground's and the run differs in detail. The "
        "points are drawn alike, not identically, and biases start at 0, not 0.1.")


class LinkError(PlaygroundError):
    """The text is not a TensorFlow Playground link."""


@dataclass(frozen=True)
class LinkImport:
    """What a link describes: the data set settings, config and view settings of a session,
    the warnings (one sentence each) and the note on what Playground does differently."""

    dataset: DatasetSettings
    config: TrainConfig
    view: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    note: str = NOTE

    def session(self) -> Session:
        """A new session of the link's points and config, not trained yet."""
        model = SessionModel(self.config, self.dataset.generate(), None, self.dataset)
        return model.to_session(self.view)


def is_link(text: str) -> bool:
    """Whether ``text`` is addressed to TensorFlow Playground (it may still hold bad keys)."""
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and (parts.hostname or "").lower() in (
        HOST, f"www.{HOST}")


def link_pairs(url: str) -> list[tuple[str, str]]:
    """The fragment's ``key=value`` pairs in order (``LinkError``: not a link)."""
    if not is_link(url):
        raise LinkError(f"not a TensorFlow Playground link (https://{HOST}/#...): "
                        f"{_short(url)!r}")
    fragment = urlsplit(url.strip()).fragment
    pairs = []
    for item in fragment.split("&"):
        if not item:
            continue
        key, _, value = item.partition("=")
        pairs.append((unquote(key), unquote(value)))
    return pairs


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Reader:
    """Reads values as TensorFlow Playground does, keeping the default on a bad one and
    noting it."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.values: dict[str, str] = {}
        self.warnings: list[str] = []
        for key, value in pairs:
            if key in self.values and self.values[key] != value:
                self.warnings.append(f"{key} is given twice; the last one ({value!r}) counts")
            self.values[key] = value

    def given(self, key: str) -> bool:
        return self.values.get(key, "").strip() != ""

    def bad(self, key: str, why: str) -> None:
        self.warnings.append(f"{key}={_short(self.values[key], 40)!r}: {why}; "
                             f"kept {_default_text(key)}")

    def choice(self, key: str, options: tuple[str, ...] | Mapping[str, str]) -> Any:
        if not self.given(key):
            return DEFAULTS[key]
        value = self.values[key]
        if value in options:
            return value
        self.bad(key, f"not one of {', '.join(options)}")
        return DEFAULTS[key]

    def number(self, key: str, default: float, low: float, high: float,
               whole: bool = False) -> float:
        if not self.given(key):
            return default
        try:
            value = float(self.values[key])
        except ValueError:
            self.bad(key, "not a number")
            return default
        if not math.isfinite(value) or not low <= value <= high:
            self.bad(key, f"out of range {low:g}..{high:g}")
            return default
        if whole and value != int(value):
            self.bad(key, "not a whole number")
            return default
        return value

    def flag(self, key: str) -> bool:
        """As TensorFlow Playground: any value but "false" is true."""
        if not self.given(key):
            return bool(DEFAULTS.get(key, False))
        value = self.values[key]
        if value not in ("true", "false"):
            self.warnings.append(f"{key}={_short(value, 40)!r} read as true (true or false)")
        return value != "false"


def _default_text(key: str) -> str:
    value = DEFAULTS.get(key)
    if isinstance(value, tuple):
        return f"the default {','.join(map(str, value))}"
    return "the default" if value is None else f"the default {value}"


def seed_from_text(text: str) -> tuple[int, bool]:
    """TensorFlow Playground's seed text -> a seed, and whether it was read exactly
    ("0.12345" is 12345; any other text is hashed)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    scaled = value * 10**SEED_DIGITS
    if 0.0 <= value < 1.0 and abs(scaled - round(scaled)) < 1e-6:
        return int(round(scaled)), True
    return zlib.crc32(text.encode("utf-8")), False


def seed_text(seed: int) -> str | None:
    """A seed as TensorFlow Playground writes one ("0.00042"); None when it has no such
    form (seeds 0..99999 have)."""
    if 0 <= seed < 10**SEED_DIGITS:
        return f"0.{seed:0{SEED_DIGITS}d}"
    return None


def read_link(url: str) -> LinkImport:
    """The session a TensorFlow Playground link describes (see the module);
    ``LinkError`` only when ``url`` is not such a link."""
    r = _Reader(link_pairs(url))
    known = {"activation", "regularization", "batchSize", "dataset", "regDataset",
             "learningRate", "regularizationRate", "noise", "networkShape", "seed",
             "showTestData", "discretize", "percTrainData", "problem", "initZero",
             *FEATURES, *IGNORED}
    for key in r.values:
        if key.endswith("_hide"):
            continue
        if key in IGNORED:
            if r.given(key) and r.values[key] != "false":  # on, or a tutorial named
                r.warnings.append(f"{key} is ignored: {IGNORED[key]}")
        elif key not in known:
            r.warnings.append(f"unknown key {_short(key, 40)!r} ignored")

    problem = r.choice("problem", PROBLEMS)
    if problem == "classification":
        name = CLASSIFICATION_SETS[r.choice("dataset", CLASSIFICATION_SETS)]
    else:
        name = REGRESSION_SETS[r.choice("regDataset", REGRESSION_SETS)]
    noise = DEFAULTS["noise"]
    if r.given("noise"):
        noise = r.number("noise", DEFAULTS["noise"], -math.inf, math.inf)
        if noise > 80:  # as TensorFlow Playground's slider does
            r.warnings.append(f"noise={noise:g} is more than 80: read as 50, as TensorFlow "
                              "Playground does")
            noise = 50
        elif noise < 0:
            r.warnings.append(f"noise={noise:g} is below 0: read as 0")
            noise = 0
    perc = r.number("percTrainData", DEFAULTS["percTrainData"], 1, 100)
    seed = 0
    if r.given("seed"):
        seed, exact = seed_from_text(r.values["seed"])
        if not exact:
            r.warnings.append(f"seed={_short(r.values['seed'], 40)!r} is not of TensorFlow "
                              f"Playground's form 0.NNNNN: used as seed {seed}")
    dataset = DatasetSettings(name, TF_POINTS[problem], noise / 100.0, seed, perc / 100.0)

    shape: tuple[int, ...] = DEFAULTS["networkShape"]
    if "networkShape" in r.values:  # an empty value is no hidden layer
        text = r.values["networkShape"].strip()
        try:
            parsed = tuple(int(u) for u in text.split(",")) if text else ()
        except ValueError:
            parsed = None
        if parsed is None or any(not 1 <= u <= MAX_UNITS for u in parsed):
            r.bad("networkShape", f"not hidden units 1..{MAX_UNITS} separated by commas")
        elif len(parsed) > MAX_HIDDEN_LAYERS:
            r.bad("networkShape", f"more than {MAX_HIDDEN_LAYERS} hidden layers")
        else:
            shape = parsed
    activation = r.choice("activation", ACTIVATIONS)
    features = [ours for key, ours in FEATURES.items() if r.flag(key)]
    if not features:
        r.warnings.append("no input feature is on: x and y are used")
        features = ["x1", "x2"]
    rate = r.number("regularizationRate", 0.0, 0.0, MAX_PENALTY)
    regularization = r.choice("regularization", REGULARIZATIONS)
    if r.flag("initZero"):
        r.warnings.append("initZero is not available: the weights start uniform in ±0.5")
    task = problem
    config = TrainConfig(
        task=task, n_classes=2 if task == "classification" else 0,
        features=tuple(features), hidden_layers=shape, activations=(activation,) * len(shape),
        loss=losses_for(task)[0], optimizer="sgd", momentum=0.0,
        learning_rate=r.number("learningRate", DEFAULTS["learningRate"],
                                float(LEARNING_RATE.low), float(LEARNING_RATE.high)),
        batch_size=int(r.number("batchSize", DEFAULTS["batchSize"], 1, 10_000, whole=True)),
        l1=rate if regularization == "L1" else 0.0, l2=rate if regularization == "L2" else 0.0,
        init="uniform", input_scaling="none", seed=seed)

    hidden: list[str] = []
    for key in r.values:
        if not key.endswith("_hide"):
            continue
        control = key[: -len("_hide")]
        if r.values[key] != "true":
            continue
        section = HIDE_SECTIONS.get(control)
        if section is None:
            why = ("Playground has no such control" if control not in HIDE_NO_SECTION
                   else "Playground cannot hide it alone")
            r.warnings.append(f"{key}: not hidden, {why}")
        elif section not in hidden:
            hidden.append(section)
    for section in hidden:
        controls = [c for c, s in HIDE_SECTIONS.items() if s == section]
        shown = [c for c in controls if r.values.get(f"{c}_hide") != "true"]
        if shown:
            r.warnings.append(f"classroom mode hides the whole {SECTION_LABELS[section]} "
                              f"section, so {', '.join(shown)} are hidden too")
    view: dict[str, Any] = {"show_test": r.flag("showTestData"),
                            "discretize": r.flag("discretize"),
                            "classroom": ({"hidden": hidden, "fixed": []} if hidden else None)}
    return LinkImport(dataset, config, view, tuple(r.warnings))


def write_link(dataset: DatasetSettings, config: TrainConfig,
               view: Mapping[str, Any] | None = None) -> tuple[str, list[str]]:
    """A TensorFlow Playground link for a session's data set settings, config and view
    settings, and what in them does not fit one (one phrase each; empty: all fits). What
    does not fit is left at TensorFlow Playground's default."""
    misfits: list[str] = []
    keys: dict[str, str] = {}
    view = view or {}
    tf_names = {ours: theirs for theirs, ours in (*CLASSIFICATION_SETS.items(),
                                                 *REGRESSION_SETS.items())}
    theirs = tf_names.get(dataset.name)
    if dataset.formula or dataset.source_file:
        misfits.append("the points come from a formula or a file; TensorFlow Playground "
                       "only has its six data sets")
        theirs = None
    elif theirs is None:
        spec = DATASETS.get(dataset.name)
        label = spec.label if spec is not None else dataset.name
        misfits.append(f"the data set {label!r} is not one of TensorFlow Playground's "
                       f"({', '.join([*CLASSIFICATION_SETS, *REGRESSION_SETS])})")
    task = config.task
    if task not in PROBLEMS or (task == "classification" and config.n_classes != 2):
        misfits.append(f"a {task} task of {config.n_classes} classes (TensorFlow Playground "
                       "classifies two classes or regresses)")
    else:
        keys["problem"] = task
    if theirs is not None:
        keys["regDataset" if theirs in REGRESSION_SETS else "dataset"] = theirs
        if dataset.n != TF_POINTS[DATASETS[dataset.name].task]:
            misfits.append(f"{dataset.n} points (TensorFlow Playground always draws "
                           f"{TF_POINTS[DATASETS[dataset.name].task]})")
        noise = dataset.noise * 100
        if abs(noise - round(noise)) < 1e-6 and round(noise) <= 80:
            keys["noise"] = str(int(round(noise)))
        else:
            misfits.append(f"noise {dataset.noise:g} (TensorFlow Playground: 0..80 in whole "
                           "percent)")
    perc = dataset.train_ratio * 100
    if abs(perc - round(perc)) < 1e-6 and 1 <= round(perc) <= 100:
        keys["percTrainData"] = str(int(round(perc)))
    else:
        misfits.append(f"a training share of {dataset.train_ratio:g} (whole percent only)")
    seed = seed_text(config.seed)
    if seed is None:
        misfits.append(f"seed {config.seed} (TensorFlow Playground's seeds are 0..99999)")

    if config.batch_size is None:
        misfits.append("full-batch training (TensorFlow Playground has a batch size)")
    else:
        keys["batchSize"] = str(config.batch_size)
    keys["learningRate"] = f"{config.learning_rate:g}"
    if config.l1 and config.l2:
        misfits.append("both L1 and L2 (TensorFlow Playground has one of them)")
    if config.l1 and not config.l2:
        keys["regularization"], keys["regularizationRate"] = "L1", f"{config.l1:g}"
    elif config.l2 and not config.l1:
        keys["regularization"], keys["regularizationRate"] = "L2", f"{config.l2:g}"
    else:
        keys["regularization"], keys["regularizationRate"] = "none", "0"
    if config.optimizer != "sgd" or config.momentum != 0.0 or config.weight_decay != 0.0:
        misfits.append(f"the {config.optimizer} optimizer with its settings (TensorFlow "
                       "Playground: plain SGD without momentum or weight decay)")
    if config.schedule != "constant":
        misfits.append(f"the {config.schedule} learning-rate schedule")
    if task in PROBLEMS and config.loss != losses_for(task)[0]:
        misfits.append(f"the {config.loss} loss (a link opens with {losses_for(task)[0]})")

    acts = set(config.activations)
    if len(acts) > 1:
        misfits.append("different activations per layer (TensorFlow Playground has one)")
    elif acts and next(iter(acts)) not in ACTIVATIONS:
        misfits.append(f"the {next(iter(acts))} activation (TensorFlow Playground: "
                       f"{', '.join(ACTIVATIONS)})")
    else:
        keys["activation"] = next(iter(acts), DEFAULTS["activation"])
    layers = config.hidden_layers
    if len(layers) > TF_MAX_LAYERS or any(u > TF_MAX_UNITS for u in layers):
        misfits.append(f"hidden layers {','.join(map(str, layers)) or 'none'} (TensorFlow "
                       f"Playground: at most {TF_MAX_LAYERS} layers of at most "
                       f"{TF_MAX_UNITS} units)")
    keys["networkShape"] = ",".join(map(str, layers))
    if seed is not None:
        keys["seed"] = seed
    keys["showTestData"] = _bool(view.get("show_test", False))
    keys["discretize"] = _bool(view.get("discretize", False))

    ours_to_theirs = {ours: key for key, ours in FEATURES.items()}
    features = validate_features(config.features)
    for key in FEATURES:
        keys[key] = "false"
    for feature in features:
        theirs_key = ours_to_theirs.get(feature)
        if theirs_key is None:
            misfits.append(f"the input feature {feature!r} (TensorFlow Playground: "
                           "x, y, x², y², xy, sin, cos)")
        else:
            keys[theirs_key] = "true"
    if config.init != "uniform":
        misfits.append(f"the {config.init} initial weights (TensorFlow Playground: "
                       "uniform ±0.5)")
    if config.input_scaling != "none":
        misfits.append(f"input scaling {config.input_scaling} (TensorFlow Playground feeds "
                       "raw coordinates)")
    if config.frozen or config.pruned:
        misfits.append("frozen or pruned neurons")
    # TensorFlow Playground's hidden layers are plain: f(W a + b)
    if any(config.dropout):
        misfits.append("dropout (TensorFlow Playground has none)")
    if any(n != "none" for n in config.norm):
        misfits.append("layer or batch normalisation (TensorFlow Playground has none)")
    if any(config.skip):
        misfits.append("skip connections (TensorFlow Playground has none)")
    if config.max_epochs is not None or config.stop_loss is not None or (
            config.patience is not None):
        misfits.append("stop rules")

    classroom = view.get("classroom")
    hidden = classroom.get("hidden", []) if isinstance(classroom, Mapping) else []
    for section in hidden:
        controls = [c for c, s in HIDE_SECTIONS.items() if s == section]
        if not controls:
            misfits.append(f"hiding the {section} section (TensorFlow Playground cannot)")
        for control in controls:
            keys[f"{control}_hide"] = "true"
    return BASE + "&".join(f"{k}={v}" for k, v in keys.items()), misfits


def _bool(value: Any) -> str:
    return "true" if value else "false"
