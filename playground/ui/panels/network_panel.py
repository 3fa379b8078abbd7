"""The network settings: input features and their scaling, hidden layers, initialiser (with
its standard deviation and the biases' start), seed and precision.

The input scaling sits with the inputs: it decides what the input units receive (the features
are computed from the scaled coordinates), and like them it is part of the network a weights
file carries; the points themselves (the data panel) stay as they are.

Every setting here changes the network's shape or starting point, so each edit starts
training from new weights: each is one undo step that brings the trained weights back. The
sections' tooltips say so and ``sigResetNotice`` tells the status bar. The one exception is a
layer's dropout rate, which applies live (still one undo step each).

Each hidden layer's dropout, normalisation and skip sit on a second line under the layer,
shown by "Dropout, normalisation, skips" (and whenever a layer uses one): one line per layer
keeps the panel's column as narrow as before, and the default network's panel as short.
"""

from __future__ import annotations

import random
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.data.features import FEATURES, feature_label, is_formula_feature
from playground.data.scaling import MAX_FACTOR, MIN_FACTOR, SCALING_KINDS, parse_input_scaling
from playground.engine.activations import ACTIVATIONS
from playground.engine.init import BIAS_INITS, INITIALIZERS, MAX_INIT_STD, get_initializer
from playground.engine.layers import MAX_DROPOUT, NORMS, skippable
from playground.engine.model import DTYPES
from playground.errors import ConfigError
from playground.limits import MAX_HIDDEN_LAYERS, MAX_UNITS
from playground.training.config import MAX_SEED as CONFIG_MAX_SEED
from playground.training.config import TrainConfig
from playground.ui.controllers.document import Document
from playground.ui.i18n import translate, translate_noop
from playground.ui.layout import Fold
from playground.ui.panels.formulas import FormulaFeatures
from playground.ui.widgets import (
    MAX_SPIN_INT,
    CompactSpinBox,
    PresetSpinBox,
    caption,
    error_label,
    fill_combo,
    log_grid,
    select_data,
    signals_blocked,
    toggle_style,
)

MAX_SEED = min(CONFIG_MAX_SEED, MAX_SPIN_INT)  # the spin box offers the seeds it can hold
MIN_INIT_STD = 1e-6  # the smallest std the spin box offers (the config takes any > 0)
FEATURE_COLUMNS = 4
NEW_LAYER_UNITS = 4  # a first hidden layer; later ones copy the last layer
NEW_LAYER_ACTIVATION = "tanh"
ACTIVATION_TIP = translate_noop("NetworkPanel", "Non-linearity applied to this layer's units")
DROPOUT_STEP = 0.05


def _layer_tips(n: int) -> tuple[str, str, str]:
    """The tooltips of hidden layer ``n``'s dropout, normalisation and skip (``n`` from 1)."""
    return (translate("NetworkPanel", "Dropout rate of layer {number}: in each training step "
                      "each of its units is dropped with this probability (the kept ones scaled "
                      "by 1/(1 − p)); the heatmap, the metrics and exports use every unit. "
                      "Applies at once").format(number=n),
            translate("NetworkPanel", "Normalisation of layer {number} before its activation: "
                      "layer norm over the layer's units of each point, batch norm over the "
                      "batch (running averages in evaluation); a learned scale and shift "
                      "each").format(number=n),
            translate("NetworkPanel", "Skip connection: layer {number} adds its input to its "
                      "output (a = f(z) + a_prev), so the gradient reaches the layers before it "
                      "unchanged").format(number=n))


class _LayerRow:
    """The widgets of one hidden layer (created once; hidden when the layer does not exist)."""

    def __init__(self, index: int) -> None:
        self.label = QLabel(translate("NetworkPanel", "Layer {number}").format(number=index + 1))
        self.units = QSpinBox()
        self.units.setRange(1, MAX_UNITS)
        self.units.setKeyboardTracking(False)  # typing "16" must not build a 1-unit net first
        self.units.setAccessibleName(translate("NetworkPanel", "Units in hidden layer {number}")
                                     .format(number=index + 1))
        self.units.setToolTip(translate("NetworkPanel", "Neurons in this layer: more can draw more "
                                                   "complex boundaries"))
        self.activation = QComboBox()
        fill_combo(self.activation, ((n, translate("Activations", a.label))
                                     for n, a in ACTIVATIONS.items()))
        self.activation.setAccessibleName(translate(
            "NetworkPanel", "Activation of hidden layer {number}").format(number=index + 1))
        self.activation.setToolTip(translate("NetworkPanel", ACTIVATION_TIP))
        self.label.setBuddy(self.units)
        # the layer's options, on a second line under it (the panel's column stays narrow)
        number = index + 1
        dropout_tip, norm_tip, self.skip_tip = _layer_tips(number)
        self.options = QWidget()
        line = QHBoxLayout(self.options)
        line.setContentsMargins(0, 0, 0, 4)
        line.setSpacing(4)
        self.dropout = CompactSpinBox()
        # the word as the spin box's prefix, not a label beside it: the line stays as narrow
        # as the layer's first line
        self.dropout.setPrefix(translate("NetworkPanel", "Dropout "))
        self.dropout.setDecimals(2)
        self.dropout.setRange(0.0, MAX_DROPOUT)
        self.dropout.setSingleStep(DROPOUT_STEP)
        self.dropout.setKeyboardTracking(False)
        self.dropout.setAccessibleName(translate(
            "NetworkPanel", "Dropout of hidden layer {number}").format(number=number))
        self.dropout.setAccessibleDescription(dropout_tip)
        self.dropout.setToolTip(dropout_tip)
        self.norm = QComboBox()
        fill_combo(self.norm, ((n, translate("Norms", norm.label)) for n, norm in NORMS.items()))
        # as wide as the line has room for (the first line sets the column's width); the list
        # shows every label whole
        self.norm.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.norm.setMinimumContentsLength(3)
        self.norm.setAccessibleName(translate(
            "NetworkPanel", "Normalisation of hidden layer {number}").format(number=number))
        self.norm.setAccessibleDescription(norm_tip)
        self.norm.setToolTip(norm_tip)
        self.skip = QCheckBox(translate("NetworkPanel", "Skip"))
        self.skip.setAccessibleName(translate(
            "NetworkPanel", "Skip connection around hidden layer {number}").format(number=number))
        self.skip.setToolTip(self.skip_tip)
        line.addWidget(self.dropout)
        line.addWidget(self.norm, 1)
        line.addWidget(self.skip)

    def widgets(self) -> tuple[QWidget, ...]:
        return self.label, self.units, self.activation

    def editors(self) -> tuple[QWidget, ...]:
        """The widgets that edit the config (signals blocked while it is shown)."""
        return self.units, self.activation, self.dropout, self.norm, self.skip

    def set_visible(self, visible: bool, options: bool) -> None:
        for w in self.widgets():
            w.setVisible(visible)
        self.options.setVisible(visible and options)

    def show_skip(self, on: bool, allowed: bool, index: int, hidden: tuple[int, ...]) -> None:
        """The skip box ticked or not, enabled only where the widths allow one (the tooltip
        and description say why not)."""
        self.skip.setChecked(on)
        self.skip.setEnabled(allowed)
        if allowed:
            why = self.skip_tip
        elif index == 0:
            why = translate("NetworkPanel", "The first hidden layer cannot skip: there is no "
                            "hidden layer before it whose output it could add")
        else:
            why = translate("NetworkPanel", "Layer {number} cannot skip: it has {units} units "
                            "and the layer before it {before}; a skip needs equal widths").format(
                number=index + 1, units=hidden[index], before=hidden[index - 1])
        self.skip.setToolTip(why)
        self.skip.setAccessibleDescription(why)


class NetworkPanel(QWidget):
    """Edits the network part of ``document.config``; follows external config changes.

    sigResetNotice(str): a change was applied that restarts training from new weights.
    """

    sigResetNotice = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = document
        self.error = error_label()
        self.note = caption("")  # e.g. "keep at least one input"
        self.note.hide()

        # --- inputs ---------------------------------------------------------------------------
        self.feature_buttons: dict[str, QToolButton] = {}
        inputs = QGroupBox(translate("NetworkPanel", "&Inputs"))
        grid = QGridLayout(inputs)
        grid.setSpacing(3)
        inputs.setStyleSheet(toggle_style())
        for i, (name, feature) in enumerate(FEATURES.items()):
            b = QToolButton()
            shown = translate("Features", feature.label)
            b.setText(shown)
            b.setCheckable(True)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setToolTip(translate("NetworkPanel", "Feed {feature} to the network (computed from "
                                   "normalised x₁, x₂)").format(feature=shown))
            b.setAccessibleName(translate("NetworkPanel", "Input feature {feature}")
                                .format(feature=shown))
            b.toggled.connect(partial(self._feature_toggled, name))
            grid.addWidget(b, i // FEATURE_COLUMNS, i % FEATURE_COLUMNS)
            self.feature_buttons[name] = b
        # a table of N > 2 inputs: a toggle each for x3..xN (``_show_input_buttons``)
        self.input_buttons: dict[str, QToolButton] = {}
        inputs_box = QWidget()
        self._inputs_grid = QGridLayout(inputs_box)
        self._inputs_grid.setContentsMargins(0, 0, 0, 0)
        self._inputs_grid.setSpacing(3)
        for column in range(FEATURE_COLUMNS):  # as wide as the features' toggles
            self._inputs_grid.setColumnStretch(column, 1)
        grid.addWidget(inputs_box, grid.rowCount(), 0, 1, FEATURE_COLUMNS)
        # formula features: one toggle each, and "+ feature"
        self.formula_features = FormulaFeatures()
        self.formula_features.sigAdd.connect(self._add_formula)
        self.formula_features.sigRemove.connect(lambda text: self._feature_toggled(text, False))
        grid.addWidget(self.formula_features, grid.rowCount(), 0, 1, FEATURE_COLUMNS)
        grid.addWidget(self.note, grid.rowCount(), 0, 1, FEATURE_COLUMNS)
        # how raw coordinates become the inputs (``data.scaling``)
        self.scaling = QComboBox()
        fill_combo(self.scaling, ((n, translate("Scaling", text))
                                  for n, text in SCALING_KINDS.items()))
        self.scaling.setToolTip(translate(
            "NetworkPanel", "How raw coordinates become the network's inputs: standardised "
            "(z-scored with the training points' mean and std), raw, or raw times a factor"))
        self.scaling_factor = PresetSpinBox(log_grid(MIN_FACTOR, MAX_FACTOR, (1, 2, 5)),
                                            MIN_FACTOR, MAX_FACTOR)
        self.scaling_factor.setToolTip(translate(
            "NetworkPanel", "The factor K: standardised inputs times K, or raw inputs times K"))
        self.scaling_factor.setAccessibleName(translate("NetworkPanel", "Input scaling factor"))
        self.scaling_factor.setPrefix("× ")  # untranslated: a sign
        scaling_row = QHBoxLayout()
        scaling_label = QLabel(translate("NetworkPanel", "Sc&aling:"))
        scaling_label.setBuddy(self.scaling)
        scaling_row.addWidget(scaling_label)
        scaling_row.addWidget(self.scaling, 1)
        scaling_row.addWidget(self.scaling_factor)
        grid.addLayout(scaling_row, grid.rowCount(), 0, 1, FEATURE_COLUMNS)
        self.scaling.currentIndexChanged.connect(self._scaling_changed)
        self.scaling_factor.valueChanged.connect(self._scaling_changed)
        self.scaling_factor.sigNotice.connect(lambda text: self._notice(
            translate("NetworkPanel", "Scaling: {notice}").format(notice=text)))

        # --- hidden layers --------------------------------------------------------------------
        layers = QGroupBox(translate("NetworkPanel", "Hidden la&yers"))
        box = QVBoxLayout(layers)
        header = QHBoxLayout()
        self.remove_layer = QToolButton()
        self.remove_layer.setText("−")  # untranslated: a sign
        self.remove_layer.setToolTip(translate("NetworkPanel", "Remove the last hidden layer"))
        self.remove_layer.setAccessibleName(translate("NetworkPanel", "Remove hidden layer"))
        self.add_layer = QToolButton()
        self.add_layer.setText("+")  # untranslated: a sign
        self.add_layer.setToolTip(translate("NetworkPanel", "Add a hidden layer (at most {n})")
                                  .format(n=MAX_HIDDEN_LAYERS))
        self.add_layer.setAccessibleName(translate("NetworkPanel", "Add hidden layer"))
        self.layer_count = QLabel()
        header.addWidget(self.remove_layer)
        header.addWidget(self.add_layer)
        header.addWidget(self.layer_count, 1)
        box.addLayout(header)
        # the layers' dropout, normalisation and skip on a second line under each layer,
        # shown on demand (and whenever a layer uses one): the toggle shares the header's line
        # and the default network's panel stays as short as before, leaving the diagram its room
        self.options_toggle = QToolButton()
        self.options_toggle.setCheckable(True)
        self.options_toggle.setAutoRaise(True)
        self.options_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.options_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.options_toggle.setText(translate("NetworkPanel", "&Options"))
        self.options_toggle.setAccessibleName(translate(
            "NetworkPanel", "Dropout, normalisation and skips of each layer"))
        self.options_toggle.setToolTip(translate(
            "NetworkPanel", "Show or hide each layer's dropout rate, normalisation and skip "
            "connection"))
        self.options_toggle.toggled.connect(self._show_options)
        header.addWidget(self.options_toggle)
        self._had_options = False
        rows = QGridLayout()
        rows.setColumnStretch(2, 1)
        rows.setVerticalSpacing(2)
        self.rows = [_LayerRow(i) for i in range(MAX_HIDDEN_LAYERS)]
        for i, row in enumerate(self.rows):
            for column, w in enumerate(row.widgets()):
                rows.addWidget(w, 2 * i, column)
            rows.addWidget(row.options, 2 * i + 1, 0, 1, 3)
            row.units.valueChanged.connect(partial(self._units_changed, i))
            row.activation.currentIndexChanged.connect(partial(self._activation_changed, i))
            row.dropout.valueChanged.connect(partial(self._dropout_changed, i))
            row.norm.currentIndexChanged.connect(partial(self._norm_changed, i))
            row.skip.toggled.connect(partial(self._skip_changed, i))
        box.addLayout(rows)
        all_row = QFormLayout()
        self.apply_all = QComboBox()
        fill_combo(self.apply_all, ((n, translate("Activations", a.label))
                                    for n, a in ACTIVATIONS.items()))
        self.apply_all.setToolTip(translate("NetworkPanel",
                                            "Set the activation of every hidden layer at once"))
        all_row.addRow(translate("NetworkPanel", "&All layers:"), self.apply_all)
        box.addLayout(all_row)
        self.remove_layer.clicked.connect(self._remove_layer)
        self.add_layer.clicked.connect(self._add_layer)
        self.apply_all.currentIndexChanged.connect(self._apply_all_changed)

        # --- initial weights ------------------------------------------------------------------
        weights = QGroupBox(translate("NetworkPanel", "Initial weights"))
        form = QFormLayout(weights)
        self.init = QComboBox()
        fill_combo(self.init, ((n, translate("Initializers", i.label))
                               for n, i in INITIALIZERS.items()))
        self.init.setToolTip(translate("NetworkPanel", "How the starting weights are drawn (scale "
                                                  "matters for deep nets)"))
        form.addRow(translate("NetworkPanel", "Initiali&ser:"), self.init)
        self.init_std = PresetSpinBox(log_grid(MIN_INIT_STD, MAX_INIT_STD), MIN_INIT_STD,
                                      MAX_INIT_STD)
        self.init_std.setToolTip(translate(
            "NetworkPanel", "Standard deviation σ of normal weights, N(0, σ²), as a tutorial's "
            "np.random.randn(...) * σ; drawn biases use it too"))
        form.addRow(translate("NetworkPanel", "Std &σ:"), self.init_std)
        self._std_row = form.rowCount() - 1
        self._init_form = form
        self.init_bias = QComboBox()
        fill_combo(self.init_bias, ((n, translate("BiasInits", text))
                                    for n, text in BIAS_INITS.items()))
        self.init_bias.setToolTip(translate("NetworkPanel", "How the biases start: at zero, or "
                                            "drawn N(0, σ²) like normal weights"))
        form.addRow(translate("NetworkPanel", "&Biases:"), self.init_bias)
        self.seed = QSpinBox()
        self.seed.setRange(0, MAX_SEED)
        self.seed.setKeyboardTracking(False)
        self.seed.setToolTip(translate("NetworkPanel",
                                       "Random seed of the starting weights: same seed, same run"))
        self.dice = QToolButton()
        self.dice.setText("⚄")  # untranslated: a die's face
        self.dice.setToolTip(translate("NetworkPanel",
                                       "Pick a new random seed (new starting weights)"))
        self.dice.setAccessibleName(translate("NetworkPanel", "New random seed"))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.dice)
        form.addRow(translate("NetworkPanel", "S&eed:"), seed_row)
        seed_label = form.labelForField(seed_row)
        if isinstance(seed_label, QLabel):
            seed_label.setBuddy(self.seed)
        self.dtype = QComboBox()
        fill_combo(self.dtype, ((n, translate("DTypes", d.label)) for n, d in DTYPES.items()))
        self.dtype.setToolTip(translate("NetworkPanel",
                                        "Number precision: float32 is faster, float64 more exact"))
        form.addRow(translate("NetworkPanel", "&Precision:"), self.dtype)
        self.init.currentIndexChanged.connect(
            lambda: self._apply(translate("NetworkPanel", "New initialiser"),
                                init=self.init.currentData()))
        self.init_std.valueChanged.connect(
            lambda v: self._apply(translate("NetworkPanel", "New initial weight std"), init_std=v))
        self.init_std.sigNotice.connect(lambda text: self._notice(
            translate("NetworkPanel", "Std σ: {notice}").format(notice=text)))
        self.init_bias.currentIndexChanged.connect(
            lambda: self._apply(translate("NetworkPanel", "New initial biases"),
                                init_bias=self.init_bias.currentData()))
        self.seed.valueChanged.connect(
            lambda v: self._apply(translate("NetworkPanel", "New seed"), seed=v))
        self.dice.clicked.connect(self._roll_seed)
        self.dtype.currentIndexChanged.connect(
            lambda: self._apply(translate("NetworkPanel", "New precision"),
                                dtype=self.dtype.currentData()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for section in (inputs, layers, weights):
            section.setToolTip(translate("NetworkPanel", "Changing this starts training from "
                                         "new weights (Edit ▸ Undo brings the trained ones back)"))
        # initialiser, seed, precision
        self.advanced = Fold(translate("NetworkPanel", "More network settings"))
        self.advanced.addWidget(weights)
        for w in (inputs, layers, self.advanced, self.error):
            layout.addWidget(w)
        layout.addStretch(1)

        self._editors: list[QWidget] = [
            *self.feature_buttons.values(), *(w for r in self.rows for w in r.editors()),
            self.options_toggle,
            self.apply_all, self.init, self.init_std, self.init_bias, self.seed, self.dtype,
            self.scaling, self.scaling_factor,
        ]
        document.sigConfigChanged.connect(self._config_changed)
        document.sigPointsChanged.connect(lambda _p, _v: self.refresh())  # x3..xN toggles
        self.refresh()

    # --- model -> view ------------------------------------------------------------------------
    def _config_changed(self, config: TrainConfig, reset: bool) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show ``document.config`` without emitting any edit."""
        c = self._doc.config
        n = len(c.hidden_layers)
        with signals_blocked(self._editors):
            one_d = self._doc.dataset.dims == 1  # a 1-D set's x2 is always 0
            for name, button in self.feature_buttons.items():
                button.setChecked(name in c.features)
                button.setEnabled(not one_d or FEATURES[name].x1_only)
            self._show_input_buttons(0 if one_d else self._doc.points.n_inputs, c.features)
            self.formula_features.show_features(
                tuple(f for f in c.features if is_formula_feature(f)), one_d)
            options, allowed = c.layer_options, skippable(c.hidden_layers)
            if options.any and not self._had_options:  # options came (a file, undo, ...)
                self.options_toggle.setChecked(True)
                self.options_toggle.setArrowType(Qt.ArrowType.DownArrow)
            self._had_options = options.any
            shown = self.options_toggle.isChecked()
            for i, row in enumerate(self.rows):
                row.set_visible(i < n, shown)
                if i < n:
                    row.units.setValue(c.hidden_layers[i])
                    select_data(row.activation, c.activations[i])
                    row.dropout.setValue(options.rate(i))
                    select_data(row.norm, options.norm_of(i))
                    row.show_skip(options.skips(i), allowed[i], i, c.hidden_layers)
            same = len(set(c.activations)) == 1
            select_data(self.apply_all, c.activations[0] if same else None)
            select_data(self.init, c.init)
            self.init_std.setValue(c.init_std)
            select_data(self.init_bias, c.init_bias)
            scaling = parse_input_scaling(c.input_scaling)
            select_data(self.scaling, scaling.kind)
            self.scaling_factor.setValue(scaling.factor)
            self.seed.setValue(min(c.seed, MAX_SEED))
            select_data(self.dtype, c.dtype)
        self.apply_all.setEnabled(n > 0)
        self.apply_all.setPlaceholderText(translate("NetworkPanel", "mixed") if n else
                                          translate("NetworkPanel", "no hidden layers"))
        self.add_layer.setEnabled(n < MAX_HIDDEN_LAYERS)
        self.remove_layer.setEnabled(n > 0)
        self.layer_count.setText(translate("NetworkPanel", "%n hidden layer(s)", n=n))
        # the std only where it is used: normal weights, or biases drawn
        self._init_form.setRowVisible(
            self._std_row, get_initializer(c.init).uses_std or c.init_bias == "normal")
        self.scaling_factor.setVisible(scaling.kind != "none")

    def _show_options(self, shown: bool) -> None:
        self.options_toggle.setArrowType(Qt.ArrowType.DownArrow if shown
                                         else Qt.ArrowType.RightArrow)
        n = len(self._doc.config.hidden_layers)
        for i, row in enumerate(self.rows):
            row.options.setVisible(shown and i < n)

    def _notice(self, text: str) -> None:
        """Say what happened to a typed value (clamped to its range) under the panel."""
        self.error.setText(text)
        self.error.show()

    # --- view -> model ------------------------------------------------------------------------
    def _replaced(self, **changes: object) -> TrainConfig | None:
        """The config with fields replaced, or None after showing its ConfigError inline and
        restoring the widgets."""
        try:
            new = self._doc.config.replace(**changes)
        except ConfigError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.refresh()
            return None
        self.error.hide()
        return new

    def _apply(self, what: str, **changes: object) -> None:
        """Replace config fields; show a ConfigError inline and restore the widgets."""
        old = self._doc.config
        new = self._replaced(**changes)
        if new is None or new == old:
            return
        self._doc.set_config(new)
        now = self._doc.config
        if old.needs_reset(now):
            marks = (old.frozen or old.pruned) and not (now.frozen or now.pruned)
            notice = (translate("NetworkPanel", "{change}: training starts again from new "
                                "weights; the frozen and pruned neurons are active again "
                                "(undo brings them back)") if marks else
                      translate("NetworkPanel", "{change}: training starts again from new "
                                "weights"))
            self.sigResetNotice.emit(notice.format(change=what))

    def _apply_step(self, what: str, **changes: object) -> None:
        """Replace config fields as one undo step named ``what``, whether they need new
        weights (normalisation, skip) or apply live (dropout)."""
        old = self._doc.config
        new = self._replaced(**changes)
        if new is None or not self._doc.apply_config(new, what):
            return
        if old.needs_reset(self._doc.config):
            self.sigResetNotice.emit(translate(
                "NetworkPanel", "{change}: training starts again from new weights").format(
                change=what))

    def _layer_values(self, field: str, off: object) -> list:
        """``field``'s value per hidden layer (``off`` everywhere when the config has none)."""
        c = self._doc.config
        values = getattr(c, field)
        return list(values) if values else [off] * len(c.hidden_layers)

    def _dropout_changed(self, index: int, rate: float) -> None:
        rates = self._layer_values("dropout", 0.0)
        if index >= len(rates):
            return
        rates[index] = round(float(rate), 4)
        self._apply_step(translate("NetworkPanel", "Layer {number} dropout {rate}").format(
            number=index + 1, rate=self.rows[index].dropout.textFromValue(rate)),
            dropout=tuple(rates))

    def _norm_changed(self, index: int, _combo_index: int) -> None:
        norms = self._layer_values("norm", "none")
        name = self.rows[index].norm.currentData()
        if index >= len(norms) or name is None:
            return
        norms[index] = name
        self._apply_step(translate("NetworkPanel", "Layer {number}: {norm}").format(
            number=index + 1, norm=translate("Norms", NORMS[name].label)), norm=tuple(norms))

    def _skip_changed(self, index: int, on: bool) -> None:
        skips = self._layer_values("skip", False)
        if index >= len(skips):
            return
        skips[index] = bool(on)
        what = (translate("NetworkPanel", "Skip around layer {number} added") if on else
                translate("NetworkPanel", "Skip around layer {number} removed"))
        self._apply_step(what.format(number=index + 1), skip=tuple(skips))

    def _scaling_changed(self) -> None:
        kind = self.scaling.currentData()
        spec = kind if kind == "none" else f"{kind}:{self.scaling_factor.value()!r}"
        self._apply(translate("NetworkPanel", "New input scaling"), input_scaling=spec)

    def _show_input_buttons(self, n_inputs: int, features: tuple[str, ...]) -> None:
        """A toggle for each raw input x3..xN of a table of N > 2 inputs (x1 and x2 have
        theirs among the features), ticked when the network is fed it; none otherwise."""
        wanted = [f"x{k}" for k in range(3, n_inputs + 1)]
        names = self._doc.model.input_names
        if list(self.input_buttons) != wanted:
            for button in self.input_buttons.values():
                self._inputs_grid.removeWidget(button)
                button.deleteLater()
            self.input_buttons = {}
            for i, name in enumerate(wanted):
                b = QToolButton()
                b.setText(feature_label(name))
                b.setCheckable(True)
                b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                b.setAccessibleName(translate("NetworkPanel", "Input feature {feature}")
                                    .format(feature=feature_label(name)))
                b.toggled.connect(partial(self._feature_toggled, name))
                self._inputs_grid.addWidget(b, i // FEATURE_COLUMNS, i % FEATURE_COLUMNS)
                self.input_buttons[name] = b
        for k, (name, b) in enumerate(self.input_buttons.items(), start=2):
            b.blockSignals(True)
            b.setChecked(name in features)
            b.blockSignals(False)
            shown = names[k] if k < len(names) else name
            b.setToolTip(translate("NetworkPanel", "Feed input {number} ({name}) to the network "
                                   "(as the input scaling gives it)").format(number=k + 1,
                                                                             name=shown))

    def _feature_toggled(self, name: str, checked: bool) -> None:
        features = self._doc.config.features
        if checked:
            features = (*features, name)
        elif features == (name,):  # refuse: a network needs an input
            button = self.feature_buttons.get(name) or self.input_buttons.get(name)
            if button is not None:
                with signals_blocked([button]):
                    button.setChecked(True)
            else:
                self.refresh()
            self.note.setText(translate("NetworkPanel", "At least one input must stay selected."))
            self.note.show()
            return
        else:
            features = tuple(f for f in features if f != name)
        self.note.hide()
        what = (translate("NetworkPanel", "Input {feature} added") if checked else
                translate("NetworkPanel", "Input {feature} removed"))
        self._apply(what.format(feature=feature_label(name)), features=features)

    def _add_formula(self, text: str) -> None:
        """Add a formula input feature (its text as typed; the config keeps it normalised)."""
        self.note.hide()
        self._apply(translate("NetworkPanel", "Input {feature} added").format(feature=text),
                    features=(*self._doc.config.features, text))

    def _units_changed(self, index: int, units: int) -> None:
        layers = list(self._doc.config.hidden_layers)
        layers[index] = units
        self._apply(translate("NetworkPanel", "Layer {number} has %n unit(s)", n=units)
                    .format(number=index + 1), hidden_layers=tuple(layers))

    def _activation_changed(self, index: int, _combo_index: int) -> None:
        acts = list(self._doc.config.activations)
        acts[index] = self.rows[index].activation.currentData()
        self._apply(translate("NetworkPanel", "Layer {number} activation changed")
                    .format(number=index + 1), activations=tuple(acts))

    def _apply_all_changed(self) -> None:
        name = self.apply_all.currentData()
        if name is not None:
            n = len(self._doc.config.hidden_layers)
            self._apply(translate("NetworkPanel", "All layers use {activation}")
                        .format(activation=translate("Activations", ACTIVATIONS[name].label)),
                        activations=(name,) * n)

    def _add_layer(self) -> None:
        c = self._doc.config
        if len(c.hidden_layers) >= MAX_HIDDEN_LAYERS:
            return
        units = c.hidden_layers[-1] if c.hidden_layers else NEW_LAYER_UNITS
        act = c.activations[-1] if c.activations else NEW_LAYER_ACTIVATION
        self._apply(translate("NetworkPanel", "Hidden layer added"),
                    hidden_layers=(*c.hidden_layers, units), activations=(*c.activations, act))

    def _remove_layer(self) -> None:
        c = self._doc.config
        if c.hidden_layers:
            self._apply(translate("NetworkPanel", "Hidden layer removed"),
                        hidden_layers=c.hidden_layers[:-1], activations=c.activations[:-1])

    def _roll_seed(self) -> None:
        seed = random.randrange(MAX_SEED + 1)
        self._apply(translate("NetworkPanel", "New seed {seed}").format(seed=seed), seed=seed)
