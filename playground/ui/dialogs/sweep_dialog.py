"""The Sweep dialog (Train ▸ Sweep…): a grid over two settings of the window's session, and
the map of its results.

The user picks two settings (``SETTINGS``: learning rate, hidden layers, activation,
optimizer, batch size, L2, dropout and normalisation, those two for every hidden layer) and
the values of each, a list typed as ``0.003; 0.03; 0.3``
(values separated by ``;``, hidden layers written ``8,8``; numbers in the language's own
writing too). Each list starts around the window's value (``default_values``: the learning
rate ×0.1, ×1, ×10, the layers narrower and wider, ...). Run asks for ``sigRun(SweepSpec)``;
the controller (``ui/sweep_map.py``) trains every combination × seed in the background and
hands each finished run to ``add_row`` as it arrives, so the cells fill in one by one.

The map is a pyqtgraph ``ImageItem``: a cell per combination, its colour the mean of the
chosen metric over the seeds (a colour bar beside it), the values as the axes' tick labels,
and on hover "mean ± sd (n runs, k failed)". Clicking a cell asks for ``sigCellChosen``
with that combination's settings (the controller loads them, one undo step). A mistake in
the lists is said in the status line; nothing runs then.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGraphicsRectItem,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from playground.engine.activations import ACTIVATIONS
from playground.engine.layers import NORMS
from playground.engine.optimizers import OPTIMIZERS
from playground.errors import ConfigError, PlaygroundError
from playground.limits import MAX_HIDDEN_LAYERS, MAX_UNITS
from playground.training.compare import MAX_SEEDS
from playground.training.config import TrainConfig
from playground.training.layer_options import per_layer
from playground.ui import theme
from playground.ui.announce import announce
from playground.ui.i18n import number_text, translate, translate_noop, typed_number

MAX_VALUES = 8  # values of one setting: the map stays readable
MAX_EPOCHS = 100_000
DEFAULT_EPOCHS = 200
DEFAULT_SEEDS = 3
SEPARATOR = ";"

# the settings a sweep may vary: the API's keyword (the grid's key) and its label
SETTINGS: dict[str, str] = {
    "lr": translate_noop("SweepDialog", "Learning rate"),
    "layers": translate_noop("SweepDialog", "Hidden layers"),
    "activation": translate_noop("SweepDialog", "Activation"),
    "optimizer": translate_noop("SweepDialog", "Optimizer"),
    "batch_size": translate_noop("SweepDialog", "Batch size"),
    "l2": translate_noop("SweepDialog", "L2 regularisation"),
    "dropout": translate_noop("SweepDialog", "Dropout"),
    "norm": translate_noop("SweepDialog", "Normalisation"),
}
# the metrics the map shows: a run's metric name and its label
METRICS: dict[str, str] = {
    "test_loss": translate_noop("SweepDialog", "Test loss"),
    "test_accuracy": translate_noop("SweepDialog", "Test accuracy"),
    "train_loss": translate_noop("SweepDialog", "Training loss"),
    "train_accuracy": translate_noop("SweepDialog", "Training accuracy"),
}
# a run's status when it trained to the end; any other is a failure (with its reason), and
# the figures of one that ended in an error are not counted (a diverged run's last figures
# are, as in the sweep's own summary)
OK_STATUSES = frozenset({"ok", "done"})
ERROR_STATUSES = frozenset({"error", "failed"})


# --- settings and their values --------------------------------------------------------------
def config_with(config: TrainConfig, settings: dict[str, Any]) -> TrainConfig:
    """``config`` with a combination's settings (the grid's keys); ``ConfigError`` when a
    value is not allowed. A new layer count keeps the first layer's activation for all."""
    changes: dict[str, Any] = {}
    acts = config.activations
    if "layers" in settings:
        hidden = tuple(int(u) for u in settings["layers"])
        act = acts[0] if acts else "tanh"
        if len(hidden) != len(acts):
            acts = (act,) * len(hidden)
        changes["hidden_layers"] = hidden
        changes["activations"] = acts
    if "activation" in settings:
        name = str(settings["activation"])
        if name not in ACTIVATIONS:
            raise ConfigError(translate("SweepDialog", "unknown activation {name} (allowed: "
                                                       "{allowed})").format(
                name=repr(name), allowed=", ".join(ACTIVATIONS)))
        changes["activations"] = (name,) * len(changes.get("hidden_layers",
                                                           config.hidden_layers))
    if "optimizer" in settings:
        changes["optimizer"] = str(settings["optimizer"])
    if "lr" in settings:
        changes["learning_rate"] = float(settings["lr"])
    if "batch_size" in settings:
        size = settings["batch_size"]
        changes["batch_size"] = None if size is None else int(size)
    if "l2" in settings:
        changes["l2"] = float(settings["l2"])
    hidden = changes.get("hidden_layers", config.hidden_layers)
    for key in ("dropout", "norm"):  # one value for every hidden layer
        if key in settings:
            changes[key] = per_layer(key, settings[key], hidden,
                                     translate("SweepDialog", SETTINGS[key]))
    return config.replace(**changes)


def current_value(config: TrainConfig, key: str) -> Any:
    """The window's value of setting ``key``."""
    return {"lr": config.learning_rate, "layers": list(config.hidden_layers),
            "activation": config.activations[0] if config.activations else "tanh",
            "optimizer": config.optimizer, "batch_size": config.batch_size,
            "l2": config.l2, "dropout": max(config.dropout, default=0.0),
            "norm": config.norm[0] if config.norm else "none"}[key]


def default_values(config: TrainConfig, key: str) -> list[Any]:
    """A few values around the window's: the learning rate ×0.1, ×1, ×10; the layers
    narrower, as they are and wider; the activation or optimizer and two others; ..."""
    value = current_value(config, key)
    if key == "lr":
        return [float(f"{value * f:.3g}") for f in (0.1, 1.0, 10.0)]
    if key == "layers":
        narrow = [max(1, u // 2) for u in value]
        wide = [min(MAX_UNITS, u * 2) for u in value]
        return _unique([narrow, value, wide]) if value else [[], [4], [8, 8]]
    if key == "activation":
        return _unique([value, *(a for a in ("tanh", "relu", "sigmoid") if a in ACTIVATIONS)])[:3]
    if key == "optimizer":
        return _unique([value, *(o for o in ("sgd", "adam", "rmsprop") if o in OPTIMIZERS)])[:3]
    if key == "batch_size":
        if value is None:
            return [10, 32, None]
        return _unique([max(1, value // 2), value, value * 2])
    if key == "dropout":
        return sorted(_unique([0.0, value, 0.2, 0.5]))[:4]
    if key == "norm":
        return list(NORMS)
    # l2
    return _unique([0.0, 1e-4, 1e-3] if value == 0 else [0.0, value, float(f"{value * 10:.3g}")])


def _unique(values: Sequence[Any]) -> list[Any]:
    out: list[Any] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def value_text(key: str, value: Any) -> str:
    """One value as the lists and the axes write it."""
    if key == "layers":
        return ",".join(str(u) for u in value) if value else translate("SweepDialog", "none")
    if key == "batch_size" and value is None:
        return translate("SweepDialog", "full")
    if isinstance(value, float):
        return number_text(f"{value:g}")
    return str(value)


def values_text(key: str, values: Sequence[Any]) -> str:
    return f"{SEPARATOR} ".join(value_text(key, v) for v in values)


def parse_value(key: str, text: str) -> Any:
    """One typed value of setting ``key``; ``ConfigError`` says what was wrong."""
    label = translate("SweepDialog", SETTINGS[key])
    if key in ("lr", "l2", "dropout"):
        try:
            value = float(typed_number(text))
        except ValueError:
            raise ConfigError(translate("SweepDialog", "{setting}: {text} is not a number"
                                        ).format(setting=label, text=repr(text))) from None
        if not math.isfinite(value):
            raise ConfigError(translate("SweepDialog", "{setting}: {text} is not a number"
                                        ).format(setting=label, text=repr(text)))
        return value
    if key == "layers":
        if text.lower() in ("none", translate("SweepDialog", "none").lower()):
            return []
        try:
            units = [int(p) for p in text.replace(" ", ",").split(",") if p.strip()]
        except ValueError:
            raise ConfigError(translate("SweepDialog", "{setting}: {text} is not a list of "
                                                       "whole numbers such as 8,8").format(
                setting=label, text=repr(text))) from None
        if len(units) > MAX_HIDDEN_LAYERS or any(not 1 <= u <= MAX_UNITS for u in units):
            raise ConfigError(translate("SweepDialog", "{setting}: {text} needs at most {layers} "
                                                       "layers of 1 to {units} units").format(
                setting=label, text=repr(text), layers=MAX_HIDDEN_LAYERS, units=MAX_UNITS))
        return units
    if key == "batch_size":
        if text.lower() in ("full", "all", translate("SweepDialog", "full").lower()):
            return None
        try:
            return int(text)
        except ValueError:
            raise ConfigError(translate("SweepDialog", "{setting}: {text} is not a whole "
                                                       "number or “full”").format(
                setting=label, text=repr(text))) from None
    names = (ACTIVATIONS if key == "activation" else NORMS if key == "norm"
             else OPTIMIZERS)
    if text not in names:
        raise ConfigError(translate("SweepDialog", "{setting}: {text} is not one of {allowed}"
                                    ).format(setting=label, text=repr(text),
                                             allowed=", ".join(names)))
    return text


def parse_values(key: str, text: str, base: TrainConfig) -> list[Any]:
    """The list typed for ``key``: each value read and tried on ``base`` (the window's
    configuration), so a value the trainer would refuse is said here, by its setting."""
    label = translate("SweepDialog", SETTINGS[key])
    parts = [p.strip() for p in text.replace("|", SEPARATOR).split(SEPARATOR) if p.strip()]
    if not parts:
        raise ConfigError(translate("SweepDialog", "{setting}: give at least one value")
                          .format(setting=label))
    if len(parts) > MAX_VALUES:
        raise ConfigError(translate("SweepDialog", "{setting}: at most {n} values").format(
            setting=label, n=MAX_VALUES))
    values: list[Any] = []
    for part in parts:
        value = parse_value(key, part)
        if value in values:
            raise ConfigError(translate("SweepDialog", "{setting}: {text} is given twice")
                              .format(setting=label, text=repr(part)))
        try:
            config_with(base, {key: value})
        except PlaygroundError as exc:  # said by its setting, once
            said = str(exc)
            raise ConfigError(said if said.startswith(label) else f"{label}: {said}") from None
        values.append(value)
    return values


@dataclass(frozen=True)
class SweepSpec:
    """What Run asks for: the values across (x) and down (y), seeds, epochs, the metric."""

    x_key: str
    x_values: list[Any]
    y_key: str
    y_values: list[Any]
    seeds: int
    epochs: int
    metric: str

    @property
    def grid(self) -> dict[str, list[Any]]:
        return {self.x_key: list(self.x_values), self.y_key: list(self.y_values)}

    @property
    def runs(self) -> int:
        return len(self.x_values) * len(self.y_values) * self.seeds

    def settings(self, i: int, j: int) -> dict[str, Any]:
        """Cell ``(i, j)``'s combination (``i`` across, ``j`` down)."""
        return {self.x_key: self.x_values[i], self.y_key: self.y_values[j]}

    def cell_of(self, settings: dict[str, Any]) -> tuple[int, int] | None:
        """The cell of a run's settings, None when they are not in this grid."""
        try:
            x, y = _key(settings[self.x_key]), _key(settings[self.y_key])
            return ([_key(v) for v in self.x_values].index(x),
                    [_key(v) for v in self.y_values].index(y))
        except (KeyError, ValueError, TypeError):
            return None


def _key(value: Any) -> Any:
    """Values compared as the grid gave them (a list of layers and its tuple alike)."""
    if isinstance(value, (list, tuple)):
        return tuple(int(u) for u in value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return value


@dataclass(frozen=True)
class Run:
    """One finished run of a sweep, whichever way its row came: ``settings`` by grid key,
    ``metrics`` by name, ``status``."""

    settings: dict[str, Any]
    metrics: dict[str, Any]
    status: str

    @property
    def failed(self) -> bool:
        return self.status not in OK_STATUSES

    @property
    def counted(self) -> bool:
        """Whether its figures count towards the mean."""
        return self.status not in ERROR_STATUSES


def run_of(row: Any, keys: Sequence[str]) -> Run | None:
    """A sweep's row as a ``Run``: an object with ``settings``, ``metrics`` and ``status``,
    or a mapping with the grid's keys, the metrics and ``status`` side by side (the sweep's
    table); None when it is neither."""
    if isinstance(row, Mapping):
        if "settings" in row:
            settings, metrics = dict(row["settings"]), dict(row.get("metrics") or {})
        else:
            settings = {k: row[k] for k in keys if k in row}
            metrics = {k: v for k, v in row.items() if k in METRICS}
        status = row.get("status")
    elif hasattr(row, "settings"):
        settings = dict(getattr(row, "settings", None) or {})
        metrics = dict(getattr(row, "metrics", None) or {})
        status = getattr(row, "status", None)
    else:
        return None
    return Run(settings, metrics, str(status or "ok").lower())


@dataclass
class Cell:
    """The runs of one combination that arrived."""

    runs: list[Run] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(run.failed for run in self.runs)

    def values(self, metric: str) -> list[float]:
        out = []
        for run in self.runs:
            v = run.metrics.get(metric)
            if (run.counted and isinstance(v, (int, float)) and not isinstance(v, bool)
                    and math.isfinite(v)):
                out.append(float(v))
        return out


# --- the dialog -----------------------------------------------------------------------------
class SweepDialog(QDialog):
    """Non-modal; ``base()`` gives the window's configuration when the lists are read.
    Signals: ``sigRun(SweepSpec)``, ``sigCancel()``, ``sigCellChosen(dict)``."""

    sigRun = Signal(object)
    sigCancel = Signal()
    sigCellChosen = Signal(object)

    def __init__(self, base: Callable[[], TrainConfig], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = base
        self.setWindowTitle(translate("SweepDialog", "Sweep two settings"))
        self.setModal(False)
        self.spec: SweepSpec | None = None
        self.cells: dict[tuple[int, int], Cell] = {}
        self.running = False
        self._arrived = 0
        self._build()
        self.reset_values()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(translate("SweepDialog", "Train every combination of two settings "
                                                "of the window's session, with several seeds, "
                                                "and map the result. Click a cell to use its "
                                                "settings in the window."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QGridLayout()
        self.x_combo, self.x_values = self._axis(form, 0, translate("SweepDialog", "Across:"),
                                                 "lr")
        self.y_combo, self.y_values = self._axis(form, 1, translate("SweepDialog", "Down:"),
                                                 "layers")
        layout.addLayout(form)

        controls = QHBoxLayout()
        self.seeds_box = QSpinBox()
        self.seeds_box.setRange(1, MAX_SEEDS)
        self.seeds_box.setValue(DEFAULT_SEEDS)
        self.seeds_box.setPrefix(translate("SweepDialog", "seeds "))
        self.seeds_box.setAccessibleName(translate("SweepDialog", "Seeds"))
        self.seeds_box.setAccessibleDescription(translate(
            "SweepDialog", "How many network seeds each combination trains with"))
        self.seeds_box.setToolTip(self.seeds_box.accessibleDescription())
        self.epochs_box = QSpinBox()
        self.epochs_box.setRange(1, MAX_EPOCHS)
        self.epochs_box.setValue(DEFAULT_EPOCHS)
        self.epochs_box.setPrefix(translate("SweepDialog", "epochs "))
        self.epochs_box.setAccessibleName(translate("SweepDialog", "Epochs"))
        self.epochs_box.setAccessibleDescription(translate(
            "SweepDialog", "How many epochs each run trains"))
        self.epochs_box.setToolTip(self.epochs_box.accessibleDescription())
        self.metric_combo = QComboBox()
        for name, label in METRICS.items():
            self.metric_combo.addItem(translate("SweepDialog", label), name)
        self.metric_combo.setAccessibleName(translate("SweepDialog", "Metric"))
        self.metric_combo.setAccessibleDescription(translate(
            "SweepDialog", "The final metric the map shows: its mean over the seeds"))
        self.metric_combo.setToolTip(self.metric_combo.accessibleDescription())
        self.metric_combo.currentIndexChanged.connect(lambda _i: self._redraw())
        self.run_button = QPushButton(translate("SweepDialog", "Run"))
        self.run_button.setDefault(True)
        self.run_button.setAccessibleDescription(translate(
            "SweepDialog", "Train every combination in the background"))
        self.run_button.setToolTip(self.run_button.accessibleDescription())
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(translate("SweepDialog", "Cancel"))
        self.cancel_button.setAccessibleDescription(translate(
            "SweepDialog", "Stop the sweep now; the cells that arrived stay"))
        self.cancel_button.setToolTip(self.cancel_button.accessibleDescription())
        self.cancel_button.clicked.connect(self.cancel)
        self.reset_button = QPushButton(translate("SweepDialog", "From the window"))
        self.reset_button.setAccessibleDescription(translate(
            "SweepDialog", "Fill both lists again around the window's values"))
        self.reset_button.setToolTip(self.reset_button.accessibleDescription())
        self.reset_button.clicked.connect(self.reset_values)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setAccessibleName(translate("SweepDialog", "Progress"))
        self.progress.setAccessibleDescription(translate("SweepDialog",
                                                         "How many of the runs have finished"))
        for widget in (self.reset_button, self.seeds_box, self.epochs_box, self.metric_combo):
            controls.addWidget(widget)
        controls.addWidget(self.progress, 1)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        layout.addLayout(controls)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.plot = pg.PlotWidget(background=theme.plot_background())
        self.plot.setMinimumSize(360, 260)
        self.plot.setAccessibleName(translate("SweepDialog", "Sweep map"))
        self.plot.setAccessibleDescription(translate(
            "SweepDialog", "One cell per combination, coloured by the mean of the metric; "
                           "hover for mean ± sd, click to use its settings (or move with "
                           "the arrow keys and press Enter)"))
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.installEventFilter(self)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.getViewBox().setMouseEnabled(False, False)
        theme.style_axes(item)
        self.image = pg.ImageItem(axisOrder="col-major")
        item.addItem(self.image)
        self.colormap = pg.colormap.get("viridis")
        self.bar = pg.ColorBarItem(values=(0.0, 1.0), colorMap=self.colormap,
                                   interactive=False)
        self.bar.setImageItem(self.image, insert_in=item)
        theme.style_axes(self.bar, ("right",))
        self.marker = QGraphicsRectItem(0, 0, 1, 1)  # the keyboard's cell
        self.marker.setPen(pg.mkPen(theme.plot_text(), width=3))
        self.marker.setZValue(10)
        self.marker.hide()
        item.addItem(self.marker)
        self.current = (0, 0)
        scene = self.plot.scene()
        scene.sigMouseMoved.connect(self._hover)
        scene.sigMouseClicked.connect(self._clicked)
        layout.addWidget(self.plot, 1)
        self.resize(760, 620)
        self._set_running(False)

    def _axis(self, form: QGridLayout, row: int, text: str,
              key: str) -> tuple[QComboBox, QLineEdit]:
        label = QLabel(text)
        combo = QComboBox()
        for name, setting in SETTINGS.items():
            combo.addItem(translate("SweepDialog", setting), name)
        combo.setCurrentIndex(list(SETTINGS).index(key))
        edit = QLineEdit()
        across = row == 0
        combo.setAccessibleName(translate("SweepDialog", "Setting across") if across
                                else translate("SweepDialog", "Setting down"))
        combo.setAccessibleDescription(translate(
            "SweepDialog", "The setting whose values are the map's columns") if across
            else translate("SweepDialog", "The setting whose values are the map's rows"))
        combo.setToolTip(combo.accessibleDescription())
        edit.setAccessibleName(translate("SweepDialog", "Values across") if across
                               else translate("SweepDialog", "Values down"))
        edit.setAccessibleDescription(translate(
            "SweepDialog", "The values to try, separated by semicolons, e.g. 0.01; 0.1 or "
                           "4; 8,8 for hidden layers"))
        edit.setToolTip(edit.accessibleDescription())
        label.setBuddy(combo)
        combo.currentIndexChanged.connect(lambda _i: self._fill(combo, edit))
        form.addWidget(label, row, 0)
        form.addWidget(combo, row, 1)
        form.addWidget(edit, row, 2)
        form.setColumnStretch(2, 1)
        return combo, edit

    def _fill(self, combo: QComboBox, edit: QLineEdit) -> None:
        key = combo.currentData()
        edit.setText(values_text(key, default_values(self._base(), key)))

    def reset_values(self) -> None:
        """Both lists around the window's values."""
        self._fill(self.x_combo, self.x_values)
        self._fill(self.y_combo, self.y_values)

    def _set_running(self, running: bool) -> None:
        self.running = running
        for widget in (self.x_combo, self.x_values, self.y_combo, self.y_values,
                       self.seeds_box, self.epochs_box, self.reset_button, self.run_button):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    # --- running ------------------------------------------------------------------------------
    def read_spec(self) -> SweepSpec:
        """The sweep the controls ask for; ``ConfigError`` names what is wrong."""
        x_key, y_key = self.x_combo.currentData(), self.y_combo.currentData()
        if x_key == y_key:
            raise ConfigError(translate("SweepDialog", "Choose two different settings."))
        base = self._base()
        return SweepSpec(x_key, parse_values(x_key, self.x_values.text(), base),
                         y_key, parse_values(y_key, self.y_values.text(), base),
                         self.seeds_box.value(), self.epochs_box.value(),
                         self.metric_combo.currentData())

    def run(self) -> None:
        if self.running:
            return
        try:
            spec = self.read_spec()
        except ConfigError as exc:
            self.status.setText(translate("SweepDialog", "Nothing ran: {error}").format(
                error=exc))
            return
        self.sigRun.emit(spec)

    def start(self, spec: SweepSpec) -> None:
        """The controller started ``spec``: an empty map of its grid."""
        self.spec = spec
        self.cells = {}
        self.current = (0, 0)
        self.marker.hide()
        self._arrived = 0
        self.progress.setRange(0, spec.runs)
        self.progress.setValue(0)
        self._axes()
        self._redraw()
        n = spec.runs // spec.seeds
        if spec.seeds > 1:
            text = translate("SweepDialog", "Training %n combination(s) × {seeds} seeds for "
                                            "{epochs} epochs…", n=n)
        else:
            text = translate("SweepDialog", "Training %n combination(s) for {epochs} epochs…",
                             n=n)
        self.status.setText(text.format(seeds=spec.seeds, epochs=spec.epochs))
        self._set_running(True)

    def add_row(self, row: Any) -> None:
        """A finished run (``run_of``'s shapes): its cell again."""
        if self.spec is None:
            return
        run = run_of(row, (self.spec.x_key, self.spec.y_key))
        cell_index = None if run is None else self.spec.cell_of(run.settings)
        if run is None or cell_index is None:
            return
        self.cells.setdefault(cell_index, Cell()).runs.append(run)
        self._arrived += 1
        self.show_count(self._arrived)
        self._redraw()

    def show_count(self, done: int) -> None:
        """``done`` runs of the sweep have finished (the progress bar)."""
        self.progress.setValue(min(max(done, self.progress.value()), self.progress.maximum()))

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Every run the sweep ended with (its table is the final word on the cells)."""
        if self.spec is None:
            return
        self.cells, self._arrived = {}, 0
        for row in rows:
            self.add_row(row)

    def finish(self, text: str) -> None:
        self.status.setText(text)
        self._set_running(False)

    def cancel(self) -> None:
        if self.running:
            self.sigCancel.emit()

    # --- the map ------------------------------------------------------------------------------
    @property
    def shown_metric(self) -> str:
        """The metric the map shows (a run's metric name)."""
        return str(self.metric_combo.currentData())

    def stats(self, i: int, j: int) -> tuple[float | None, float | None, int, int]:
        """Cell ``(i, j)``: the metric's mean and sample sd over its runs that have it (not
        those that ended in an error), its runs, its failed runs."""
        cell = self.cells.get((i, j))
        if cell is None:
            return None, None, 0, 0
        values = cell.values(self.shown_metric)
        mean = float(np.mean(values)) if values else None
        sd = float(np.std(values, ddof=1)) if len(values) > 1 else None
        return mean, sd, len(cell.runs), cell.failed

    def cell_text(self, i: int, j: int) -> str:
        """What hovering cell ``(i, j)`` shows: its settings and mean ± sd (n, k failed)."""
        if self.spec is None:
            return ""
        mean, sd, n, failed = self.stats(i, j)
        spec = self.spec
        where = (f"{translate('SweepDialog', SETTINGS[spec.x_key])} = "
                 f"{value_text(spec.x_key, spec.x_values[i])}, "
                 f"{translate('SweepDialog', SETTINGS[spec.y_key])} = "
                 f"{value_text(spec.y_key, spec.y_values[j])}")
        runs = translate("SweepDialog", "%n run(s)", n=n)
        if mean is None:
            figure = translate("SweepDialog", "no result yet") if not failed else \
                translate("SweepDialog", "no result")
        else:
            figure = number_text(f"{mean:.4g}") + " ± " + (
                number_text(f"{sd:.2g}") if sd is not None else "–")
        detail = translate("SweepDialog", "{figure} ({runs}, {failed} failed)").format(
            figure=figure, runs=runs, failed=failed)
        return f"{where}\n{translate('SweepDialog', METRICS[self.shown_metric])}: {detail}"

    def _axes(self) -> None:
        spec = self.spec
        if spec is None:
            return
        item = self.plot.getPlotItem()
        item.getAxis("bottom").setTicks(
            [[(i + 0.5, value_text(spec.x_key, v)) for i, v in enumerate(spec.x_values)]])
        item.getAxis("left").setTicks(
            [[(j + 0.5, value_text(spec.y_key, v)) for j, v in enumerate(spec.y_values)]])
        item.setLabel("bottom", translate("SweepDialog", SETTINGS[spec.x_key]),
                      color=theme.plot_text())
        item.setLabel("left", translate("SweepDialog", SETTINGS[spec.y_key]),
                      color=theme.plot_text())
        nx, ny = len(spec.x_values), len(spec.y_values)
        item.getViewBox().setRange(xRange=(0, nx), yRange=(0, ny), padding=0)

    def means(self) -> np.ndarray:
        """The map's numbers, ``(columns, rows)``: NaN where no run has the metric yet."""
        spec = self.spec
        if spec is None:
            return np.full((1, 1), np.nan)
        out = np.full((len(spec.x_values), len(spec.y_values)), np.nan)
        for (i, j) in self.cells:
            mean = self.stats(i, j)[0]
            if mean is not None:
                out[i, j] = mean
        return out

    def _redraw(self) -> None:
        if self.spec is None:
            return
        data = self.means()
        finite = data[np.isfinite(data)]
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if hi <= lo:
            hi = lo + (abs(lo) * 1e-3 or 1e-3)
        self.image.setImage(data, levels=(lo, hi), autoLevels=False)
        self.image.setRect(QRectF(0, 0, data.shape[0], data.shape[1]))
        self.bar.setLevels((lo, hi))

    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        """The cell under a point of the plot's scene, None outside the map."""
        if self.spec is None:
            return None
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        p = view.mapSceneToView(scene_pos)
        i, j = math.floor(p.x()), math.floor(p.y())
        if 0 <= i < len(self.spec.x_values) and 0 <= j < len(self.spec.y_values):
            return i, j
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """The map by keyboard: the arrow keys move a marked cell (its text told to a screen
        reader), Enter or Space uses it."""
        if watched is self.plot and self.spec is not None:
            if event.type() == QEvent.Type.FocusIn:
                self.move_to(*self.current)
            elif event.type() == QEvent.Type.FocusOut:
                self.marker.hide()
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                i, j = self.current
                steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                         Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}  # rows go up
                if event.key() in steps:
                    di, dj = steps[Qt.Key(event.key())]
                    self.move_to(i + di, j + dj)
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                    self.choose(i, j)
                    return True
        return super().eventFilter(watched, event)

    def move_to(self, i: int, j: int) -> None:
        """Mark cell ``(i, j)`` (kept inside the map) and tell what it holds."""
        if self.spec is None:
            return
        i = min(max(i, 0), len(self.spec.x_values) - 1)
        j = min(max(j, 0), len(self.spec.y_values) - 1)
        self.current = (i, j)
        self.marker.setRect(QRectF(i, j, 1, 1))
        self.marker.show()
        text = self.cell_text(i, j)
        self.plot.setToolTip(text)
        announce(self.plot, text)

    def _hover(self, scene_pos: QPointF) -> None:
        cell = self.cell_at(scene_pos)
        self.plot.setToolTip(self.cell_text(*cell) if cell is not None else "")

    def _clicked(self, event: Any) -> None:
        cell = self.cell_at(event.scenePos())
        if cell is not None:
            self.choose(*cell)

    def choose(self, i: int, j: int) -> None:
        """Use cell ``(i, j)``'s combination in the window."""
        if self.spec is None:
            return
        self.sigCellChosen.emit(self.spec.settings(i, j))

    # --- closing ------------------------------------------------------------------------------
    def done(self, code: int) -> None:  # Esc, or a button that ends the dialog
        self.cancel()
        super().done(code)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.cancel()
        super().closeEvent(event)
