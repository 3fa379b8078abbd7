"""``playground.Session``: one piece of work driven from Python (docs/api.md).

A ``Session`` is a thin handle on the parts the window and the CLI use, never a copy of them:

- the points, class names, data set settings, config, weights, loss history and replay live in
  a ``session.model.SessionModel``, which ``save`` writes through ``to_session`` exactly as the
  window's Save does (``Session.load`` opens it back through ``SessionModel.load``);
- ``train`` runs ``training.headless.run_epochs`` on a ``training.trainer.Trainer``, the loop
  ``playground train`` runs, with the same defaults (``DEFAULT_DATASET``, ``DEFAULT_POINTS``,
  ``DEFAULT_ACTIVATION``, the config's), so the same settings give the same numbers;
- ``predict``, ``export_weights`` and ``export`` go through the weights file
  (``training.export``) and ``exporters``, as ``playground predict`` / ``export`` do;
- ``picture`` is the replay's frame picture (``pictures.gif.frame_image``, Pillow, no Qt).

Settings are validated by the same registries and ``TrainConfig``; a bad value raises
``ValueError`` (``errors.ConfigError``) naming the parameter and, for a name, the allowed ones.
"""

from __future__ import annotations

import base64
import dataclasses
import html
import importlib
import io
import math
import sys
import time
import warnings
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from playground.data.atomic import StrPath
from playground.data.datasets import DATASETS, preset_for_classes
from playground.data.features import (
    FEATURES,
    ONE_D_FEATURES,
    check_inputs,
    default_features,
    one_d_features,
    split_features,
    validate_features,
    x1_only,
)
from playground.data.points import PointSet
from playground.data.view_frame import ViewFrame, data_extent
from playground.data.weights_file import WeightsFile, save_weights
from playground.engine.activations import ACTIVATIONS
from playground.engine.init import BIAS_INITS, INITIALIZERS
from playground.engine.losses import LOSSES, TASKS, losses_for
from playground.engine.model import DTYPES
from playground.engine.optimizers import OPTIMIZERS, SCHEDULES
from playground.errors import ConfigError
from playground.limits import (
    MAX_CLASSES,
    MAX_GENERATED_POINTS,
    MAX_HIDDEN_LAYERS,
    MAX_INPUTS,
    MAX_UNITS,
    MIN_CLASSES,
)
from playground.session.dataset import DatasetSettings
from playground.session.file import load_session, save_session
from playground.session.model import SessionModel
from playground.session.replay import Filmer, frame_of
from playground.training.compare import DIVERGED, picture_frame, report_every
from playground.training.config import OPTION_FIELDS, TrainConfig, _fit_layer_options
from playground.training.export import predict as predict_file
from playground.training.export import weights_file
from playground.training.headless import run_epochs
from playground.training.layer_options import LAYER_OPTIONS, per_layer
from playground.training.protocol import HISTORY_COLUMNS, TrainerState, metrics_row
from playground.training.rendering import Renderer
from playground.training.trainer import Diverged, Metrics, Trainer

# ``playground train``'s defaults (``cli.options``; a test keeps the two equal)
DEFAULT_DATASET = "circle"
DEFAULT_POINTS = 500
DEFAULT_ACTIVATION = "tanh"
DEFAULT_SEED = 0
DEFAULT_TRAIN_RATIO = 0.5
MAX_EPOCHS = 10**7  # as ``playground train --epochs``
LIVE_INTERVAL = 0.25  # seconds between two updates of a live display, at least

# names that are registry choices: the parameter, and the registry that lists its values
_CHOICES: dict[str, Mapping[str, Any]] = {
    "activation": ACTIVATIONS, "optimizer": OPTIMIZERS, "loss": LOSSES,
    "schedule": SCHEDULES, "init": INITIALIZERS, "init_bias": BIAS_INITS, "dtype": DTYPES,
}
# keyword -> TrainConfig field, besides the fields' own names: the CLI's option names
_ALIASES: dict[str, str] = {**OPTION_FIELDS, "layers": "hidden_layers"}
# fields the session sets from its data or its own keywords
_DERIVED = ("task", "n_classes", "hidden_layers", "activations", "features", "seed")
_FIELDS = tuple(f.name for f in dataclasses.fields(TrainConfig))


def _choice(param: str, value: Any, registry: Mapping[str, Any]) -> None:
    if not isinstance(value, str) or value not in registry:
        raise ConfigError(f"{param} must be one of {', '.join(registry)}; got {value!r}")


def _whole(param: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not (
            low <= value <= high):
        raise ConfigError(f"{param} must be a whole number from {low} to {high}; got {value!r}")
    return int(value)


def _number(param: str, value: Any, low: float, high: float, low_open: bool = False) -> float:
    ok = (not isinstance(value, bool) and isinstance(value, (int, float, np.floating, np.integer))
          and math.isfinite(value) and (low < value if low_open else low <= value)
          and value <= high)
    if not ok:
        bound = f"greater than {low:g}" if low_open else f"from {low:g}"
        raise ConfigError(f"{param} must be a number {bound} to {high:g}; got {value!r}")
    return float(value)


def _unknown_keywords(names: Sequence[str]) -> TypeError:
    known = sorted({*_FIELDS, *_ALIASES} - {"hidden_layers", "activations", "learning_rate"})
    return TypeError(f"Session() got unexpected keyword argument(s) {', '.join(names)}; "
                     f"it takes dataset, points, task, classes, n_points, noise, train_ratio, "
                     f"data_seed, layers, activation, features, lr and any of "
                     f"{', '.join(known)}")


# --- the points -------------------------------------------------------------------------------
def _preset_points(dataset: str, classes: int | None, n_points: int | None,
                   noise: float | None, seed: int, ratio: float
                   ) -> tuple[PointSet, DatasetSettings]:
    """A preset's points as ``playground train --dataset`` makes them."""
    _choice("dataset", dataset, DATASETS)
    dataset = preset_for_classes(dataset, classes)  # spiral with 3 classes: spiral_k
    spec = DATASETS[dataset]
    if spec.fixed_rows:
        for param, value in (("n_points", n_points), ("noise", noise)):
            if value is not None:
                raise ConfigError(f"{param} does not apply: data set {dataset!r} is a fixed "
                                  f"table of {spec.fixed_rows} rows")
    n = spec.fixed_rows or _whole("n_points", DEFAULT_POINTS if n_points is None else n_points,
                                  1, MAX_GENERATED_POINTS)
    level = _number("noise", 0.0 if noise is None else noise, 0.0, 1.0)
    if classes is not None and not spec.takes_classes:
        takers = ", ".join(s.name for s in DATASETS.values() if s.takes_classes)
        raise ConfigError(f"classes applies only to the data sets {takers}; {dataset!r} has a "
                          f"fixed class count")
    k = None if classes is None else _whole("classes", classes, MIN_CLASSES, MAX_CLASSES)
    settings = DatasetSettings(dataset, n, level, seed, ratio, k, spec.dims)
    return settings.generate(), settings


def _own_points(points: Any, task: str | None, classes: int | None, seed: int,
                ratio: float) -> tuple[PointSet, DatasetSettings]:
    """``points=(X, y)``: X (n, D) or, for a 1-D regression, (n,); y integer labels
    (classification), floats (regression) or (n, L) 0/1 (multi-label). Split by ``ratio``
    and ``seed`` as ``playground train --data`` splits a CSV."""
    if isinstance(points, PointSet):
        pts = points
        dims = 2
    else:
        if not isinstance(points, (tuple, list)) or len(points) != 2:
            raise ConfigError("points must be a pair (X, y): X of shape (n, D), y of shape (n,) "
                              "or (n, L)")
        try:
            x = np.asarray(points[0], np.float64)
            y = np.asarray(points[1])
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"points: X must be numbers ({exc})") from None
        dims = 2
        if x.ndim == 1 or (x.ndim == 2 and x.shape[1] == 1):  # a 1-D set: (x, 0)
            x = np.column_stack([x.reshape(-1), np.zeros(len(x))])
            dims = 1
        if x.ndim != 2 or not 2 <= x.shape[1] <= MAX_INPUTS:
            raise ConfigError(f"points: X must have shape (n, D) with 1 <= D <= {MAX_INPUTS}; "
                              f"got {x.shape}")
        if len(x) == 0:
            raise ConfigError("points: X holds no points")
        if y.shape[:1] != (len(x),) or y.ndim > 2:
            raise ConfigError(f"points: y must have shape ({len(x)},) or ({len(x)}, L) to match "
                              f"X; got {y.shape}")
        if task is None:
            if y.ndim == 2:
                task = "multilabel"
            elif y.dtype.kind in "iub":
                task = "classification"
            elif y.dtype.kind == "f":
                task = "regression"
            else:
                raise ConfigError(f"points: y must be numbers; got {y.dtype}")
        _choice("task", task, TASKS)
        if dims == 1 and task != "regression":
            raise ConfigError("points: X of one column is a 1-D set, which is a regression "
                              "(y floats)")
        if task == "regression":
            if classes is not None:
                raise ConfigError("classes does not apply: y holds regression targets")
            k = 0
        elif task == "multilabel":
            if y.ndim != 2:
                raise ConfigError("points: a multi-label y has shape (n, L), one 0/1 per label")
            k = y.shape[1]
        else:
            if y.ndim != 2 and y.dtype.kind == "f" and not np.all(np.mod(y, 1) == 0):
                raise ConfigError("points: class labels must be whole numbers 0..K-1")
            top = int(np.max(y)) + 1 if y.size else 2
            k = max(top, 2) if classes is None else classes
            k = _whole("classes", k, MIN_CLASSES, MAX_CLASSES)
        pts = PointSet(x, y, np.ones(len(x), bool), task, k)
    pts = pts.with_split(ratio, seed)
    return pts, DatasetSettings(seed=seed, train_ratio=ratio, dims=dims)


# --- the config -------------------------------------------------------------------------------
def _config(points: PointSet, dims: int, seed: int, layers: Any, activation: Any,
            features: Any, given: dict[str, Any], base: TrainConfig | None = None
            ) -> TrainConfig:
    """The config ``playground train`` builds from the same options (``cli.train``
    ``config_from_args``), or ``base`` with the given fields changed and fitted to the
    points; every value checked by the config, the error naming its parameter."""
    task = points.task
    k = points.n_classes if task != "regression" else 0
    if base is None:
        fields: dict[str, Any] = {"task": task, "n_classes": k, "loss": losses_for(task)[0],
                                  "seed": seed}
    else:
        fields = {**base.to_dict(), "seed": seed}
        fields["frozen"] = base.frozen
        fields["pruned"] = base.pruned
        if (base.task, base.n_classes) != (task, k):
            fitted = base.with_task(task, k)
            fields.update(task=task, n_classes=k, loss=fitted.loss)
    for param, value in given.items():
        field = _ALIASES.get(param, param)
        if field in _CHOICES or param in _CHOICES:
            _choice(param, value, _CHOICES.get(field) or _CHOICES[param])
        if field == "batch_size" and (value is None or value == "all"):
            value = None
        fields[field] = value
    # one field at a time first, so that the message names the parameter that is wrong
    plain = TrainConfig(task=task, n_classes=k, loss=losses_for(task)[0])
    for param in given:
        field = _ALIASES.get(param, param)
        if field in ("loss", "frozen", "pruned", *LAYER_OPTIONS):
            continue  # these depend on the task and the network: checked with the whole
        try:
            plain.replace(**{field: fields[field]})
        except ConfigError as exc:
            raise ConfigError(f"{param}: {exc}") from None
        except TypeError as exc:
            raise ConfigError(f"{param}: {exc}") from None
    if features is not None:
        try:
            chosen = validate_features(split_features(features) if isinstance(features, str)
                                       else tuple(features))
        except ConfigError as exc:
            raise ConfigError(f"features: {exc}") from None
        except TypeError:
            raise ConfigError(f"features must be a list of names, e.g. ['x1', 'x2']; "
                              f"got {features!r}") from None
        if dims != 1:
            try:
                check_inputs(chosen, points.n_inputs)
            except ConfigError as exc:
                raise ConfigError(f"features: {exc}") from None
        fields["features"] = chosen
    elif base is None and points.n_inputs > 2:
        fields["features"] = default_features(points.n_inputs)
    if dims == 1:
        if features is not None:
            chosen = fields["features"]
        elif base is None:
            chosen = ONE_D_FEATURES
        else:
            chosen = one_d_features(fields["features"])
        if not x1_only(chosen):
            allowed = ", ".join(n for n, f in FEATURES.items() if f.x1_only)
            raise ConfigError(f"features: a 1-D data set has x alone, so the features may only "
                              f"be {allowed} or formulas of x1 alone (got {', '.join(chosen)})")
        fields["features"] = chosen
    if layers is not None:
        if isinstance(layers, (str, bytes)) or not isinstance(layers, Sequence) or not all(
                not isinstance(u, bool) and isinstance(u, (int, np.integer)) for u in layers):
            raise ConfigError(f"layers must be a list of whole numbers, the units of each hidden "
                              f"layer, e.g. [8, 8]; got {layers!r}")
        if len(layers) > MAX_HIDDEN_LAYERS or not all(1 <= u <= MAX_UNITS for u in layers):
            raise ConfigError(f"layers must be at most {MAX_HIDDEN_LAYERS} hidden layers of 1 "
                              f"to {MAX_UNITS} units each; got {list(layers)!r}")
        fields["hidden_layers"] = tuple(int(u) for u in layers)
    hidden = fields.get("hidden_layers", TrainConfig.hidden_layers)
    if activation is not None or base is None or len(fields["activations"]) != len(hidden):
        acts: Any = DEFAULT_ACTIVATION if activation is None else activation
        if activation is None and base is not None and base.activations:
            acts = base.activations[0]
        if isinstance(acts, str):
            _choice("activation", acts, ACTIVATIONS)
            acts = (acts,) * len(hidden)
        else:
            acts = tuple(acts)
            for name in acts:
                _choice("activation", name, ACTIVATIONS)
            if len(acts) != len(hidden):
                raise ConfigError(f"activation must be one name, or one per hidden layer "
                                  f"({len(hidden)}); got {len(acts)}")
        fields["activations"] = acts
    # the hidden layers' options: one value for every hidden layer or one per layer; those
    # not given fit the base's to other hidden layers as ``TrainConfig.replace`` does
    if base is not None and tuple(hidden) != base.hidden_layers:
        layer_fit = _fit_layer_options(base, {"hidden_layers": tuple(hidden)})
        fields.update({name: layer_fit.get(name, getattr(base, name)) for name in LAYER_OPTIONS})
    for name in LAYER_OPTIONS:
        if name in given:
            fields[name] = per_layer(name, given[name], hidden)
    return TrainConfig(**fields)


# --- the session ------------------------------------------------------------------------------
class Session:
    """One piece of work: points, a network, its training run. See docs/api.md.

    ``Session(dataset="spiral", classes=3, layers=[16, 16], activation="tanh",
    optimizer="adam", lr=0.01, seed=1)``, or ``Session(points=(X, y))`` for your own data.
    Every keyword not given takes ``playground train``'s default, so the same settings give
    the same numbers as the command line."""

    def __init__(self, dataset: str | None = None, *, points: Any = None,
                 task: str | None = None, classes: int | None = None,
                 n_points: int | None = None, noise: float | None = None,
                 train_ratio: float = DEFAULT_TRAIN_RATIO, seed: int = DEFAULT_SEED,
                 data_seed: int | None = None,
                 layers: Sequence[int] | None = None,
                 activation: str | Sequence[str] | None = None,
                 features: str | Sequence[str] | None = None,
                 class_names: Sequence[str] | None = None,
                 **config: Any) -> None:
        unknown = [name for name in config
                   if name not in _ALIASES and (name not in _FIELDS or name in _DERIVED)]
        if unknown:
            raise _unknown_keywords(unknown)
        model = _build_model(dataset, points, task, classes, n_points, noise, train_ratio,
                             seed, data_seed, class_names,
                             lambda pts, dims, s: _config(pts, dims, s, layers, activation,
                                                          features, config))
        self._adopt(model)

    @classmethod
    def from_config(cls, config: TrainConfig, *, points: Any = None,
                    dataset: str | None = None, classes: int | None = None,
                    n_points: int | None = None, noise: float | None = None,
                    train_ratio: float = DEFAULT_TRAIN_RATIO, data_seed: int | None = None,
                    task: str | None = None,
                    class_names: Sequence[str] | None = None, **changes: Any) -> Session:
        """A session that trains ``config`` (a ``TrainConfig``; its task and classes follow
        the points) on ``points=(X, y)`` or a preset ``dataset`` (by default
        ``DEFAULT_DATASET``), the points drawn with ``data_seed`` (by default the config's
        seed). ``changes``: config fields to change, by name (``lr=0.03``, ``layers=[8]``)."""
        if not isinstance(config, TrainConfig):
            raise TypeError(f"config must be a TrainConfig; got {type(config).__name__}")
        layers = changes.pop("layers", changes.pop("hidden_layers", None))
        activation = changes.pop("activation", changes.pop("activations", None))
        features = changes.pop("features", None)
        seed = changes.pop("seed", config.seed)
        unknown = [name for name in changes if name not in _ALIASES and name not in _FIELDS]
        if unknown:
            raise _unknown_keywords(unknown)
        model = _build_model(dataset, points, task, classes, n_points, noise, train_ratio,
                             seed, data_seed, class_names,
                             lambda pts, dims, s: _config(pts, dims, s, layers, activation,
                                                          features, changes, base=config))
        session = cls.__new__(cls)
        session._adopt(model)
        return session

    @classmethod
    def load(cls, path: StrPath) -> Session:
        """A session saved by ``save``, the window or ``playground train --session``; its
        training goes on from the saved weights and optimizer state."""
        saved = load_session(path)
        model = SessionModel(saved.config, saved.points, list(saved.class_names),
                             DatasetSettings.from_dict(saved.dataset))
        model.load(saved)
        # the model keeps the rows before the weights' epoch (the window's trainer reports
        # that epoch's row again); a session handle has no trainer telling it: the file's rows
        rows = saved.history
        if len(rows) and model.weights is not None:
            model.append_history(rows[rows[:, 0] >= model.weights.epoch])
        session = cls.__new__(cls)
        session._adopt(model)
        return session

    def _adopt(self, model: SessionModel) -> None:
        self._model = model
        self._trainer: Trainer | None = None
        self._metrics: dict[str, Any] | None = None

    # --- what it holds ------------------------------------------------------------------------
    @property
    def config(self) -> TrainConfig:
        """The training configuration (``training.config.TrainConfig``, frozen)."""
        return self._model.config

    @property
    def epoch(self) -> int:
        """Epochs trained so far."""
        return self._model.epoch if self._trainer is None else self._trainer.epoch

    @property
    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """``(X, y)``: copies of the inputs ``(n, D)`` (a 1-D set's ``(x, 0)``) and the labels
        or targets."""
        p = self._model.points
        return p.coords.copy(), p.values.copy()

    @property
    def is_train(self) -> np.ndarray:
        """Which points are training points (the others are the test split)."""
        return self._model.points.is_train.copy()

    @property
    def class_names(self) -> list[str]:
        return list(self._model.class_names)

    @property
    def metrics(self) -> dict[str, Any]:
        """The latest metrics: what the last ``train`` returned, or the current weights'
        evaluation (``epoch``, ``train_loss``, ``test_loss``, ``train_accuracy``, ...)."""
        if self._metrics is None:
            trainer = self._trainer_now()
            m = trainer.evaluate()
            self._metrics = _as_dict(m)
        return dict(self._metrics)

    @property
    def history(self) -> dict[str, np.ndarray]:
        """The loss history, one array per column (``epoch``, ``train_loss``, ``test_loss``,
        ``train_accuracy``, ``test_accuracy``, ``train_loss_running``; NaN where a value does
        not apply), one row per evaluated epoch."""
        rows = self._model.history.rows()
        return {name: rows[:, i].copy() for i, name in enumerate(HISTORY_COLUMNS)}

    def history_frame(self) -> Any:
        """``history`` as a pandas DataFrame (needs pandas)."""
        try:
            import pandas
        except ImportError:
            raise ImportError("history_frame needs pandas: pip install pandas "
                              "(history gives the same columns as NumPy arrays)") from None
        return pandas.DataFrame(self.history)

    # --- training -----------------------------------------------------------------------------
    def train(self, epochs: int = 100, *, callback: Callable[[dict[str, Any]], Any] | None = None,
              live: bool = False, replay: bool = False) -> dict[str, Any]:
        """Train ``epochs`` more epochs (fewer when a stop rule of the config fires) with the
        loop ``playground train`` runs; returns the final metrics as ``playground train``
        prints them (``stopped`` names what ended the run: ``epochs``, a stop rule, or
        ``diverged``, then with a ``message``; ``seconds`` the time it took).

        ``callback(metrics)`` is called with each evaluation's metrics about every 1.5 % of
        the run and at its end. ``live=True`` shows the picture and the loss curve in a
        notebook while it trains (``playground.api.live``, the ``[notebook]`` extra).
        ``replay``: keep the run's replay too (the frames the window's scrubber and
        ``playground replay`` show, as ``playground train --session`` keeps them); drawing
        them about doubles the time of a small network's epochs, so it is off by default.
        Interrupting (Ctrl+C) keeps every epoch trained until then."""
        epochs = _whole("epochs", epochs, 0, MAX_EPOCHS)
        if callback is not None and not callable(callback):
            raise TypeError(f"callback must be callable; got {callback!r}")
        display = None
        if live:
            try:  # by name: written apart, with its optional extra
                live_display = importlib.import_module("playground.api.live").LiveDisplay
            except ImportError as exc:
                raise ImportError(f"train(live=True) needs the notebook display "
                                  f"(playground.api.live and its extra: pip install "
                                  f"'playground[notebook]'): {exc}") from exc
            display = live_display(self)
        model, trainer = self._model, self._trainer_now()
        first = trainer.epoch
        every = report_every(epochs)
        last = model.history.last()
        skip = [last is not None and int(last[0]) == first]  # its row is there already
        film = Filmer(replay, epochs, extent=self._extent())
        if film.replay is not None and len(model.replay.frames):
            film.replay = model.replay  # the run goes on: so does its replay
        shown = [time.monotonic()]
        latest: list[Metrics] = []

        def on_metrics(m: Metrics) -> None:
            latest[:] = [m]
            if skip[0]:
                skip[0] = False
            else:
                model.append_history(np.array([metrics_row(m)]))
            film(trainer, m)
            self._metrics = _as_dict(m)
            done = m.epoch - first
            if callback is not None and done > 0 and done % every == 0 and done < epochs:
                callback(dict(self._metrics))
            if display is not None and time.monotonic() - shown[0] >= LIVE_INTERVAL:
                shown[0] = time.monotonic()
                display.update()

        stopped, message = "", None
        start = time.perf_counter()
        try:
            metrics, stopped = run_epochs(trainer, epochs, on_metrics, rearm=True)
            metrics = dataclasses.replace(metrics, train_loss_running=trainer.running_loss())
        except Diverged as exc:  # the trainer has put the last good weights back
            if not latest:
                raise
            metrics, stopped, message = latest[0], DIVERGED, str(exc)
            warnings.warn(f"training diverged: {message}", RuntimeWarning, stacklevel=2)
        finally:  # an interrupt keeps what was trained
            model.replay = film.replay if film.replay is not None else model.replay
            model.record_state(TrainerState.of(trainer))
            if display is not None:
                display.close()
        seconds = time.perf_counter() - start
        result = {**_as_dict(metrics), "stopped": stopped, "seconds": round(seconds, 6)}
        if message is not None:
            result["message"] = message
        self._metrics = result
        if callback is not None:
            callback(dict(result))
        return dict(result)

    def _trainer_now(self) -> Trainer:
        """The trainer, made from the model's config and weights when first needed."""
        if self._trainer is None:
            model = self._model
            trainer = Trainer(model.config, model.points)
            w = model.weights
            if w is not None:
                if w.normalizer is not None:
                    trainer.set_normalizer(w.normalizer)
                trainer.load_weights(list(w.weights), list(w.biases), w.epoch, w.norms)
                if w.optimizer_state:
                    trainer.optimizer.load_state(dict(w.optimizer_state))
            self._trainer = trainer
        return self._trainer

    def _extent(self) -> tuple[float, float, float, float]:
        return data_extent(self._model.points, one_d=self._model.dataset.dims == 1)

    # --- using the network --------------------------------------------------------------------
    def weights(self) -> WeightsFile:
        """The current network as a weights file's content (``data.weights_file``)."""
        trainer, model = self._trainer_now(), self._model
        return weights_file(trainer.config, trainer.model.weights, trainer.model.biases,
                            trainer.normalizer, trainer.epoch, model.class_names,
                            model.dataset.names_of_inputs(trainer.normalizer.n_inputs),
                            trainer.model.norm_state())

    def predict(self, X: Any) -> np.ndarray:
        """The network's output for raw inputs ``X`` (n, D) (a 1-D session's: (n,)), as
        ``playground predict`` gives it: a classifier's class probabilities (n, K) (two
        classes too: p0 = 1 - p1), a regression's values (n,), a multi-label set's
        probability of each label (n, L)."""
        n_inputs = self._model.points.n_inputs
        try:
            coords = np.asarray(X, np.float64)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"X must be numbers ({exc})") from None
        if self._model.dataset.dims == 1 and (coords.ndim == 1 or (
                coords.ndim == 2 and coords.shape[1] == 1)):
            coords = np.column_stack([coords.reshape(-1), np.zeros(coords.size)])
        if coords.ndim == 1 and coords.shape == (n_inputs,):
            coords = coords[None]
        if coords.ndim != 2 or coords.shape[1] != n_inputs:
            raise ConfigError(f"X must have shape (n, {n_inputs}); got {coords.shape}")
        if not np.isfinite(coords).all():
            raise ConfigError("X must be finite numbers")
        with np.errstate(all="ignore"):  # a large input saturates the head
            out = predict_file(self.weights(), coords)
        task = self.config.task
        if task == "classification" and out.shape[1] == 1:
            return np.column_stack([1.0 - out[:, 0], out[:, 0]])
        if task == "regression":
            return out[:, 0].copy()
        return out

    def picture(self, size: int = 400) -> bytes:
        """PNG bytes, ``size`` pixels a side: the network's output over the points' extent
        (the decision heatmap, as the canvas colours it; a 1-D session's curve) with the
        points, training points filled, test points hollow."""
        from playground.pictures.gif import MAX_SIZE, MIN_SIZE, frame_image

        size = _whole("size", size, MIN_SIZE, MAX_SIZE)
        trainer, model = self._trainer_now(), self._model
        one_d = model.dataset.dims == 1
        points = model.points
        frame = ViewFrame(self._extent()) if one_d else picture_frame(points)
        renderer = Renderer(max(100, min(size // 2, 256)), 0)
        renderer.set_frame(frame)
        with np.errstate(all="ignore"):
            heatmap = None if one_d else renderer.heatmap(trainer)
            curve = renderer.curve(trainer)
            loss = self.metrics.get("train_loss")
        shot = frame_of(trainer.epoch, math.nan if loss is None else float(loss), heatmap, (),
                        tuple(trainer.model.weights), tuple(trainer.model.biases), curve,
                        renderer.frame_for(trainer).extent, trainer.model.norm_state())
        image = frame_image(shot, points, size, one_d, caption=False)
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()

    def _repr_png_(self) -> bytes:
        return self.picture()

    def _repr_html_(self) -> str:
        png = base64.b64encode(self.picture(320)).decode("ascii")
        rows = "".join(
            f"<tr><th style='text-align:left'>{html.escape(k)}</th>"
            f"<td style='text-align:right'>{html.escape(_cell(v))}</td></tr>"
            for k, v in self.metrics.items() if not isinstance(v, list))
        c = self.config
        title = html.escape(f"{c.task}, layers {list(c.hidden_layers)}, "
                            f"{', '.join(dict.fromkeys(c.activations)) or 'linear'}, "
                            f"{c.optimizer} lr {c.learning_rate:g}, epoch {self.epoch}")
        return (f"<div style='display:flex;gap:1em;align-items:flex-start'>"
                f"<img src='data:image/png;base64,{png}' alt='decision heatmap'/>"
                f"<div><div><b>{title}</b></div><table>{rows}</table></div></div>")

    def __repr__(self) -> str:
        c = self.config
        return (f"<playground.Session {c.task} {len(self._model.points)} points, layers "
                f"{list(c.hidden_layers)}, {c.optimizer} lr {c.learning_rate:g}, "
                f"epoch {self.epoch}>")

    # --- files --------------------------------------------------------------------------------
    def save(self, path: StrPath) -> None:
        """Write the whole session (points, config, weights, optimizer state, loss history,
        replay) as a ``.pgsession`` the window opens (File ▸ Open) and ``Session.load``
        reads."""
        if self._trainer is not None:
            self._model.record_state(TrainerState.of(self._trainer))
        save_session(path, self._model.to_session({"extent": list(self._extent())}))

    def export_weights(self, path: StrPath) -> None:
        """Write the weights file (``.npz``, docs/formats.md) ``playground predict``,
        ``export`` and the window's File ▸ Import weights read."""
        save_weights(path, self.weights())

    def export(self, path: StrPath, format: str | None = None) -> None:
        """Write the network as ``format`` (``numpy``: standalone NumPy code, ``pytorch``: a
        PyTorch module, ``onnx``: an ONNX model, ``weights``: the weights file), by default
        chosen by the suffix: ``.onnx``, ``.py`` (NumPy code), ``.npz``."""
        from playground.exporters import FORMATS, export_model

        suffix = Path(path).suffix.lower()
        if format is None:
            format = {".onnx": "onnx", ".py": "numpy", ".npz": "weights"}.get(suffix)
            if format is None:
                raise ConfigError(f"export: cannot tell the format from the suffix {suffix!r} "
                                  f"of {path}; give format= one of weights, "
                                  f"{', '.join(FORMATS)}")
        if format == "weights":
            if suffix != ".npz":
                raise ConfigError(f"export: a weights file ends in .npz; got {path}")
            self.export_weights(path)
            return
        _choice("format", format, {"weights": None, **FORMATS})
        fmt = FORMATS[format]
        if suffix != fmt.suffix:
            raise ConfigError(f"export: a {fmt.label} file ends in {fmt.suffix}; got {path}")
        problem = fmt.missing()
        if problem is not None:
            raise ImportError(problem)
        export_model(self.weights(), fmt.name, path)

    # --- the window ---------------------------------------------------------------------------
    def show(self) -> Any:
        """Open the session in Playground's window. In a script it blocks until the window is
        closed; in IPython with the Qt event loop on (``%gui qt``) it returns the window at once
        and the window lives beside the notebook. The window works on a copy: what it trains
        does not come back to this object (save it there, then ``Session.load``)."""
        if self._trainer is not None:
            self._model.record_state(TrainerState.of(self._trainer))
        snapshot = self._model.to_session({"extent": list(self._extent())})
        from playground.ui.app import start  # the window, only now

        app, window = start([sys.argv[0] if sys.argv and sys.argv[0] else "playground"])
        window.files.apply_session(snapshot)
        if _qt_loop_running():
            _OPEN_WINDOWS.append(window)  # kept alive while the event loop runs it
            return window
        app.exec()
        return None


_OPEN_WINDOWS: list[Any] = []


def _qt_loop_running() -> bool:
    """Whether a Qt event loop already runs for us: IPython's ``%gui qt`` integration."""
    ipython = sys.modules.get("IPython")
    get = getattr(ipython, "get_ipython", None)
    shell = get() if callable(get) else None
    loop = getattr(shell, "active_eventloop", None)
    return isinstance(loop, str) and loop.lower().startswith("qt")


def _build_model(dataset: str | None, points: Any, task: str | None, classes: int | None,
                 n_points: int | None, noise: float | None, train_ratio: float, seed: int,
                 data_seed: int | None, class_names: Sequence[str] | None,
                 make_config: Callable[[PointSet, int, int], TrainConfig]) -> SessionModel:
    seed = _whole("seed", seed, 0, 2**32 - 1)
    drawn = seed if data_seed is None else _whole("data_seed", data_seed, 0, 2**32 - 1)
    ratio = _number("train_ratio", train_ratio, 0.0, 1.0, low_open=True)
    if points is not None:
        if dataset is not None:
            raise ConfigError("give dataset or points, not both")
        for param, value in (("n_points", n_points), ("noise", noise)):
            if value is not None:
                raise ConfigError(f"{param} applies to a generated data set (dataset=), "
                                  f"not to points=")
        pts, settings = _own_points(points, task, classes, drawn, ratio)
    else:
        if task is not None:
            raise ConfigError("task applies to points= (a data set brings its own task)")
        pts, settings = _preset_points(DEFAULT_DATASET if dataset is None else dataset,
                                       classes, n_points, noise, drawn, ratio)
    config = make_config(pts, settings.dims, seed)
    names = None
    if class_names is not None:
        if isinstance(class_names, str) or not all(isinstance(n, str) for n in class_names):
            raise ConfigError(f"class_names must be a list of names; got {class_names!r}")
        names = list(class_names)
    return SessionModel(config, pts, names, settings)


def _as_dict(m: Metrics) -> dict[str, Any]:
    """``Metrics.as_dict`` as ``playground train`` prints it: a value that is not a finite
    number is None."""
    out: dict[str, Any] = {}
    for k, v in m.as_dict().items():
        if isinstance(v, (float, np.floating)):
            v = float(v) if math.isfinite(v) else None
        elif isinstance(v, np.integer):
            v = int(v)
        out[k] = v
    return out


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)
