"""The data column: preset data sets, a formula (or the file the points came from), the split,
classes, and the drawing tools, with where drawn points go and how the canvas tells them
apart."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from playground.data.datasets import DATASETS
from playground.engine.losses import TASKS
from playground.errors import PlaygroundError
from playground.limits import MAX_CLASSES, MAX_GENERATED_POINTS, MIN_CLASSES
from playground.pictures.colors import CLASS_COLORS, Palette
from playground.pictures.markers import class_marker
from playground.ui.controllers.document import DatasetSettings, Document
from playground.ui.i18n import translate, translate_noop
from playground.ui.icons import swatch_icon
from playground.ui.panels.formulas import FormulaSource, generate_from_formula
from playground.ui.widgets import MAX_SPIN_INT, caption

FORMULA = ":formula"  # the preset menu's item for points made by a formula
FIXED_TABLE_TIP = translate_noop(
    "DataPanel", "A tutorial's fixed table: its rows are given, so no count or noise applies")
PRESET_CHARS = 16  # characters the preset box is sized for (longer names are elided)

# Where points drawn by hand go (``DatasetSettings.new_points``): menu text and tooltip.
NEW_POINTS = (("train", translate_noop("DataPanel", "training"),
               translate_noop("DataPanel", "Every point you draw is a training point")),
              ("test", translate_noop("DataPanel", "test"),
               translate_noop("DataPanel", "Every point you draw is a test point: the network "
                              "never trains on it")),
              ("split", translate_noop("DataPanel", "split by the train share"),
               translate_noop("DataPanel", "Each point you draw is a training point with the "
                              "odds of the train share, else a test point")))


def legend(n_train: int, n_test: int) -> str:
    """How the canvas draws the two kinds of points, and how many there are of each."""
    text = translate("DataPanel", "● filled = {n_train} training   ○ hollow = {n_test} test")
    return text.format(n_train=n_train, n_test=n_test)

TOOLS = (("add", translate_noop("DataPanel", "Add"),
          translate_noop("DataPanel", "Click to add a point of the current class (A)")),
         ("brush", translate_noop("DataPanel", "Brush"),
          translate_noop("DataPanel", "Drag to paint many points (B)")),
         ("erase", translate_noop("DataPanel", "Erase"),
          translate_noop("DataPanel", "Click or drag to remove points; right-drag erases with "
                         "any tool (E)")))


def slice_hint(n_inputs: int) -> str:
    """The Draw box's line about drawing on a slice of a table of ``n_inputs`` > 2 inputs."""
    return translate("DataPanel", "{n} inputs: the canvas shows a slice. Points you draw take "
                     "the other inputs' slider values under the canvas; erase takes only points "
                     "near the slice.").format(n=n_inputs)


def _percent(value: int) -> str:
    """A slider's share as the window's language writes a percentage ("50%", "50 %")."""
    return translate("DataPanel", "{value}%").format(value=value)


def _slider(low: int, high: int, value: int) -> QSlider:
    s = QSlider(Qt.Orientation.Horizontal)
    s.setRange(low, high)
    s.setValue(value)
    s.setTracking(False)  # one change (and one undo step) per release, not per pixel
    return s


TASK_TIP = translate_noop(
    "DataPanel", "Switching converts the points: classes become values and back. Multi-label "
    "sets are opened from a file (columns label_A, label_B, ...), not converted")
MULTILABEL_TASK_TIP = translate_noop(
    "DataPanel", "A multi-label set (one 0/1 column per label) is opened from a file and "
    "cannot be converted to another task")
CLASS_TEXT = translate_noop("DataPanel", "Class (keys 1–{k}, right-click to rename)")
MULTILABEL_CLASS_TEXT = translate_noop(
    "DataPanel", "Label shown (keys 1–{k}, right-click to rename); a point you draw gets it "
    "as 1 and the other labels as 0")


class DataPanel(QWidget):
    """Preset data, split and classes; emits the drawing choices for the canvas.

    sigToolChanged(str), sigRegressionValueChanged(float), sigBrushChanged(radius, density),
    sigError(str). The class new points get is the document's (``current_class``).
    """

    sigToolChanged = Signal(str)
    sigRegressionValueChanged = Signal(float)
    sigBrushChanged = Signal(float, int)
    sigError = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self._class_colors: tuple[str, ...] = CLASS_COLORS  # View ▸ Colours
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._build_data_group())
        layout.addWidget(self._build_draw_group())
        layout.addStretch(1)
        document.sigPointsChanged.connect(self._points_changed)
        document.sigClassNamesChanged.connect(lambda _names: self._rebuild_classes())
        document.sigCurrentClassChanged.connect(self._show_class)
        self._refresh()

    @property
    def current_class(self) -> int:
        return self.doc.current_class

    # --- building -----------------------------------------------------------------------------
    def _build_data_group(self) -> QGroupBox:
        box = QGroupBox(translate("DataPanel", "Data"))
        form = QFormLayout(box)
        self.preset = QComboBox()
        for spec in DATASETS.values():
            if spec.task not in TASKS:  # a task this build cannot train yet
                continue
            self.preset.addItem(translate("Presets", spec.label), spec.name)
            self.preset.setItemData(self.preset.count() - 1,
                                    translate("Presets", spec.description),
                                    Qt.ItemDataRole.ToolTipRole)
        self.preset.addItem(translate("DataPanel", "Formula…"), FORMULA)
        self.preset.setItemData(self.preset.count() - 1, translate(
            "DataPanel", "Points valued by a formula in x1 and x2 that you write"),
            Qt.ItemDataRole.ToolTipRole)
        self.preset.setToolTip(translate("DataPanel", "Replace the points by a generated data set "
                                                "(undoable)"))
        # the tutorials' names are long: the box keeps the column's width (the list still
        # shows them whole) instead of widening the window
        self.preset.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset.setMinimumContentsLength(PRESET_CHARS)
        self.preset.view().setMinimumWidth(self.preset.view().sizeHintForColumn(0))
        self.preset.activated.connect(self._preset_chosen)
        form.addRow(translate("DataPanel", "&Preset"), self.preset)
        self.formula = FormulaSource()
        self.formula.sigGenerate.connect(self._regenerate)
        self._formula_mode = False  # "Formula…" chosen, nothing generated from it yet
        # the document's formula and task last shown in the field: the field is written
        # again only when they change (undo, redo, a generate), never over the user's text
        self._shown_formula: tuple[str, str] | None = None
        form.addRow(self.formula)
        self.n_points = QSpinBox()
        self.n_points.setRange(1, MAX_GENERATED_POINTS)
        self.n_points.setSingleStep(50)
        self.n_points.setKeyboardTracking(False)
        self.n_points.setToolTip(translate("DataPanel", "How many points the preset or formula "
                                                  "makes (applies at once, undoable)"))
        self.n_points.valueChanged.connect(lambda _v: self._regenerate())
        form.addRow(translate("DataPanel", "Po&ints"), self.n_points)
        self.noise = _slider(0, 100, 10)
        self.noise.setToolTip(translate("DataPanel", "Noise of the generated points (0–100%)"))
        self.noise.valueChanged.connect(lambda _v: self._regenerate())
        self.noise_label = QLabel()
        self.noise.sliderMoved.connect(lambda v: self.noise_label.setText(_percent(v)))
        # the label's buddy is the slider itself (not the row around it): Alt+N moves there;
        # a screen reader finds a buddy among its widget's siblings only: named by its text
        noise_title = QLabel(translate("DataPanel", "&Noise"))
        noise_title.setBuddy(self.noise)
        self.noise.setAccessibleName(noise_title.text().replace("&", ""))
        form.addRow(noise_title, self._with_label(self.noise, self.noise_label))
        self._tips = {w: w.toolTip() for w in (self.n_points, self.noise)}
        self.ratio = _slider(10, 100, 50)
        self.ratio.setToolTip(translate("DataPanel", "Share of the points used for training; the "
                                              "rest are test points (drawn hollow)"))
        self.ratio.valueChanged.connect(self._ratio_changed)
        self.ratio_label = QLabel()
        self.ratio.sliderMoved.connect(lambda v: self.ratio_label.setText(_percent(v)))
        ratio_title = QLabel(translate("DataPanel", "&Train share"))
        ratio_title.setBuddy(self.ratio)
        self.ratio.setAccessibleName(ratio_title.text().replace("&", ""))
        form.addRow(ratio_title, self._with_label(self.ratio, self.ratio_label))
        self.seed = QSpinBox()
        self.seed.setRange(0, MAX_SPIN_INT)
        self.seed.setKeyboardTracking(False)
        self.seed.setToolTip(translate("DataPanel", "Seed of the generator and of the train/test "
                                             "split (applies at once, undoable)"))
        self.seed.valueChanged.connect(lambda _v: self._regenerate())
        form.addRow(translate("DataPanel", "&Seed"), self.seed)
        self.classes = QSpinBox()
        self.classes.setRange(MIN_CLASSES, MAX_CLASSES)
        self.classes.setKeyboardTracking(False)
        self.classes.setToolTip(translate("DataPanel", "Number of classes; lowering it removes the "
                                                "points of the classes that go (undoable)"))
        self.classes.valueChanged.connect(self._classes_changed)
        form.addRow(translate("DataPanel", "&Classes"), self.classes)
        self.task = QComboBox()
        for task in TASKS.values():
            self.task.addItem(translate("Tasks", task.label), task.name)
        self.task.setToolTip(translate("DataPanel", TASK_TIP))
        # a multi-label set is read from a file (label_* columns), never converted into
        model = self.task.model()
        assert isinstance(model, QStandardItemModel)  # a QComboBox's own model
        item = model.item(self.task.findData("multilabel"))
        if item is not None:
            item.setEnabled(False)
        self.task.activated.connect(lambda _i: self._guard(
            lambda: self.doc.set_task(self.task.currentData())))
        form.addRow(translate("DataPanel", "T&ask"), self.task)
        self.regenerate_button = QPushButton(translate("DataPanel", "&Regenerate"))
        self.regenerate_button.setToolTip(translate("DataPanel", "Draw the points again with the "
                                                           "next seed (undoable)"))
        self.regenerate_button.clicked.connect(self._new_draw)
        form.addRow(self.regenerate_button)
        return box

    def _build_draw_group(self) -> QGroupBox:
        box = QGroupBox(translate("DataPanel", "Draw"))
        v = QVBoxLayout(box)
        tools = QHBoxLayout()
        self.tool_group = QButtonGroup(self)
        self.tool_buttons: dict[str, QToolButton] = {}
        for name, text, tip in TOOLS:
            b = QToolButton()
            b.setText(translate("DataPanel", text))
            b.setToolTip(translate("DataPanel", tip))
            b.setCheckable(True)
            self.tool_group.addButton(b)
            self.tool_buttons[name] = b
            b.clicked.connect(lambda _c=False, n=name: self.sigToolChanged.emit(n))
            tools.addWidget(b)
        self.tool_buttons["add"].setChecked(True)
        v.addLayout(tools)
        self.class_row = QHBoxLayout()
        self.class_group = QButtonGroup(self)
        self.class_group.idClicked.connect(self.select_class)
        self._buttons_task = False  # the buttons are a multi-label set's labels
        self.class_label = QLabel(translate("DataPanel", CLASS_TEXT).format(k=MAX_CLASSES))
        self.class_label.setWordWrap(True)
        v.addWidget(self.class_label)
        v.addLayout(self.class_row)
        self.value_box = QWidget()
        vl = QFormLayout(self.value_box)
        vl.setContentsMargins(0, 0, 0, 0)
        # the slider's groove shows the colour map the canvas uses for values
        self.value = QSlider(Qt.Orientation.Horizontal)
        self.value.setRange(-100, 100)
        self.value.setValue(100)
        self.value.setToolTip(translate("DataPanel", "Target value of the points you draw "
                                              "(regression), from −1 to 1"))
        low, high = CLASS_COLORS[0], CLASS_COLORS[1]
        self.value.setStyleSheet(
            "QSlider::groove:horizontal { height: 10px; border-radius: 4px; background: "
            f"qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 {low}, stop:0.5 #c8c8c8, "
            f"stop:1 {high}); }}"
            "QSlider::handle:horizontal { width: 12px; margin: -4px 0; border-radius: 6px; "
            "background: white; border: 1px solid #555; }")
        self.value_label = QLabel("1.00")
        self.value_label.setMinimumWidth(36)
        self.value.valueChanged.connect(self._value_changed)
        vl.addRow(translate("DataPanel", "&Value"), self._with_label(self.value, self.value_label))
        v.addWidget(self.value_box)
        form = QFormLayout()
        self.radius = QDoubleSpinBox()
        self.radius.setRange(0.1, 3.0)
        self.radius.setSingleStep(0.1)
        self.radius.setValue(0.6)
        self.radius.setToolTip(translate("DataPanel", "Brush and eraser radius, in data units"))
        self.density = QSpinBox()
        self.density.setRange(1, 50)
        self.density.setValue(4)
        self.density.setToolTip(translate("DataPanel", "Points the brush sprays per step"))
        for w in (self.radius, self.density):
            w.valueChanged.connect(lambda _v: self.sigBrushChanged.emit(
                self.radius.value(), self.density.value()))
        form.addRow(translate("DataPanel", "Brush &radius"), self.radius)
        form.addRow(translate("DataPanel", "Brush &density"), self.density)
        self.new_points = QComboBox()
        for data, text, tip in NEW_POINTS:
            self.new_points.addItem(translate("DataPanel", text), data)
            self.new_points.setItemData(self.new_points.count() - 1, translate("DataPanel", tip),
                                        Qt.ItemDataRole.ToolTipRole)
        self.new_points.setToolTip(translate("DataPanel", "Whether the points you draw are trained "
                                                   "on (training) or only measure the network "
                                                   "(test)"))
        self.new_points.activated.connect(
            lambda _i: self.doc.set_new_points(self.new_points.currentData()))
        form.addRow(translate("DataPanel", "New points &go to"), self.new_points)
        v.addLayout(form)
        self.legend = caption("")
        self.legend.setToolTip(translate("DataPanel", "On the canvas the network trains on the "
                                               "filled points; the hollow ones only test it "
                                               "(View ▸ Show test points)"))
        v.addWidget(self.legend)
        # a table of N > 2 inputs: what drawing on a slice of it does
        self.slice_hint = caption("")
        self.slice_hint.setWordWrap(True)
        self.slice_hint.hide()
        v.addWidget(self.slice_hint)
        clear = QPushButton(translate("DataPanel", "Clear points"))
        clear.setToolTip(translate("DataPanel", "Remove every point (undoable)"))
        clear.clicked.connect(self.doc.clear)
        v.addWidget(clear)
        return box

    @staticmethod
    def _with_label(slider: QSlider, label: QLabel) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(slider, 1)
        label.setMinimumWidth(36)
        h.addWidget(label)
        return w

    def _value_changed(self, position: int) -> None:
        self.value_label.setText(f"{position / 100:.2f}")
        self.sigRegressionValueChanged.emit(position / 100.0)

    # --- classes ------------------------------------------------------------------------------
    def set_palette(self, palette: Palette) -> None:
        """View ▸ Colours: the class buttons in the palette's colours."""
        if palette.class_colors != self._class_colors:
            self._class_colors = palette.class_colors
            self._rebuild_classes()

    def _rebuild_classes(self) -> None:
        for b in self.class_group.buttons():
            self.class_group.removeButton(b)
            b.deleteLater()
        k = self.doc.points.n_classes
        multilabel = self._buttons_task = self.doc.points.task == "multilabel"
        for i in range(k):
            b = QToolButton()
            b.setText(str(i + 1))
            b.setCheckable(True)
            b.setMinimumWidth(28)
            tip = (translate("DataPanel", "{name} (key {key}): show this label on the canvas; "
                                          "right-click to rename") if multilabel else
                   translate("DataPanel", "{name} (key {key}); right-click to rename"))
            b.setToolTip(tip.format(name=self.doc.class_label(i), key=i + 1))
            color = self._class_colors[i % len(self._class_colors)]
            # the class's marker (``pictures/markers.py``), white, beside its number
            b.setIcon(swatch_icon("#ffffff", "", class_marker(i)))
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            pal = b.palette()
            pal.setColor(QPalette.ColorRole.Button, QColor(color))
            pal.setColor(QPalette.ColorRole.ButtonText, QColor("white"))
            b.setPalette(pal)
            b.setAutoFillBackground(True)
            b.setStyleSheet(f"QToolButton {{ background: {color}; color: white; "
                            "font-weight: bold; border-radius: 3px; padding: 3px; }"
                            "QToolButton:checked { border: 3px solid #222; }")
            b.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            b.customContextMenuRequested.connect(lambda _p, i=i: self.rename_class(i))
            self.class_group.addButton(b, i)
            self.class_row.addWidget(b)
        self._show_class(self.doc.current_class)

    def _show_class(self, index: int) -> None:
        button = self.class_group.button(index)
        if button is not None:
            button.setChecked(True)

    def select_class(self, index: int) -> None:
        """Make ``index`` the class new points get (ignored when out of range)."""
        self.doc.set_current_class(index)

    def rename_class(self, index: int) -> None:
        if self.doc.points.task == "multilabel":
            title = translate("DataPanel", "Rename label {number}")
            prompt = translate("DataPanel", "Name of label {number}:")
        else:
            title = translate("DataPanel", "Rename class {number}")
            prompt = translate("DataPanel", "Name of class {number}:")
        name, ok = QInputDialog.getText(self, title.format(number=index + 1),
                                        prompt.format(number=index + 1),
                                        text=self.doc.class_label(index))
        if ok:
            self.doc.rename_class(index, name)

    def select_tool(self, name: str) -> None:
        self.tool_buttons[name].setChecked(True)
        self.sigToolChanged.emit(name)

    # --- actions ------------------------------------------------------------------------------
    def _guard(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except PlaygroundError as exc:
            self.sigError.emit(str(exc))
            self._refresh()

    def _preset_name(self) -> str:
        """The preset shown; after an import or with a formula the last one used."""
        name = self.preset.currentData()
        return name if isinstance(name, str) and name in DATASETS else self.doc.dataset.name

    def _formula_shown(self) -> bool:
        return self.preset.currentData() == FORMULA

    def _settings(self) -> DatasetSettings:
        """The settings the controls show. With "Formula…" shown: the formula typed when it
        is valid, else the formula the points came from (or the preset, before any)."""
        common = dict(n=self.n_points.value(), noise=self.noise.value() / 100.0,
                      seed=self.seed.value(), train_ratio=self.ratio.value() / 100.0)
        s = self.doc.dataset
        if self._formula_shown():
            if self.formula.edit.is_valid():
                return self.formula.settings(s, **common)
            if s.formula and not s.source_file:
                return s.copy(**common)
        spec = DATASETS[self._preset_name()]
        k = self.classes.value() if spec.takes_classes else None
        return self.doc.dataset.copy(name=spec.name, formula="", formula_task="",
                                     n_classes=k, **common)

    def _preset_chosen(self, _index: int) -> None:
        if self._formula_shown():  # write the formula first; Generate makes the points
            self._formula_mode = True
            self._refresh()
            self.formula.edit.line.setFocus()
            return
        self._formula_mode = False
        spec = DATASETS[self.preset.currentData()]
        if TASKS[spec.task].classes and not spec.takes_classes:
            self.classes.blockSignals(True)
            self.classes.setValue(spec.default_classes)
            self.classes.blockSignals(False)
        self._regenerate()

    def _regenerate(self) -> None:
        """Make the points the controls describe (one undo step). A formula the generator
        refuses stays in its field, as typed, with the reason under it."""
        if self._formula_shown() and self.formula.edit.is_valid():
            try:
                generate_from_formula(self.doc, self._settings())
            except PlaygroundError as exc:
                self.formula.show_refusal(str(exc))
                self._refresh()  # the other controls show the document's settings again
                return
            self._formula_mode = False
            self._refresh()
            return

        def make() -> None:
            settings = self._settings()
            if settings.formula:
                generate_from_formula(self.doc, settings)
            else:
                self.doc.regenerate(settings)

        self._guard(make)

    def _new_draw(self) -> None:
        """Regenerate: the same settings with the next seed, so the points are new."""
        self.seed.blockSignals(True)
        self.seed.setValue((self.seed.value() + 1) % (self.seed.maximum() + 1))
        self.seed.blockSignals(False)
        self._regenerate()

    def _ratio_changed(self, value: int) -> None:
        self.ratio_label.setText(_percent(value))
        self._guard(lambda: self.doc.set_split(value / 100.0, self.seed.value()))

    def _classes_changed(self, k: int) -> None:
        spec = DATASETS[self._preset_name()]
        imported = bool(self.doc.dataset.source_file) or self._formula_shown()
        if spec.takes_classes and TASKS[self.doc.points.task].classes and not imported:
            self._regenerate()
        else:
            self._guard(lambda: self.doc.set_n_classes(k))

    def _points_changed(self, _points: object, _version: int) -> None:
        self._refresh()

    def _refresh(self) -> None:
        """Show the document's current state without emitting edits."""
        doc = self.doc
        widgets = (self.preset, self.n_points, self.noise, self.ratio, self.seed, self.classes,
                   self.task, self.new_points)
        for w in widgets:
            w.blockSignals(True)
        s = doc.dataset
        p = doc.points
        formula = self._formula_mode or bool(s.formula and not s.source_file)
        if formula:
            self.preset.setCurrentIndex(self.preset.findData(FORMULA))
            shown = (s.formula, s.formula_task)
            if not self._formula_mode and shown != self._shown_formula:
                self.formula.show_settings(*shown)
                self._shown_formula = shown
            self.n_points.setValue(s.n)
        elif s.source_file:  # imported: the file's name and its count, no preset
            self.preset.setCurrentIndex(-1)
            self.preset.setPlaceholderText(s.source_file)
            self.n_points.setValue(len(p))
        else:
            self.preset.setCurrentIndex(max(0, self.preset.findData(s.name)))
            self.n_points.setValue(s.n)
        # a tutorial's fixed table: its rows are what they are, whatever the count and noise
        spec = DATASETS.get(s.name)
        fixed = spec is not None and spec.fixed_rows > 0 and not formula and not s.source_file
        if fixed:
            self.n_points.setValue(len(p))
        for control in (self.n_points, self.noise):
            control.setEnabled(not fixed)
            control.setToolTip(translate("DataPanel", FIXED_TABLE_TIP) if fixed
                               else self._tips[control])
        self.formula.setVisible(formula)
        self.legend.setText(legend(p.n_train, p.n_test))
        self.slice_hint.setVisible(p.n_inputs > 2)
        if p.n_inputs > 2:
            self.slice_hint.setText(slice_hint(p.n_inputs))
        self.new_points.setCurrentIndex(max(0, self.new_points.findData(s.new_points)))
        self.noise.setValue(round(s.noise * 100))
        self.noise_label.setText(_percent(round(s.noise * 100)))
        self.ratio.setValue(round(s.train_ratio * 100))
        self.ratio_label.setText(_percent(round(s.train_ratio * 100)))
        self.seed.setValue(s.seed)
        classification = TASKS[doc.points.task].classes
        multilabel = doc.points.task == "multilabel"
        self.classes.setValue(max(MIN_CLASSES, doc.points.n_classes))
        self.classes.setEnabled(classification and not multilabel)
        self.task.setCurrentIndex(self.task.findData(doc.points.task))
        self.task.setEnabled(not multilabel)
        self.task.setToolTip(translate("DataPanel",
                                       MULTILABEL_TASK_TIP if multilabel else TASK_TIP))
        self.class_label.setText(
            translate("DataPanel", MULTILABEL_CLASS_TEXT).format(k=doc.points.n_classes)
            if multilabel else translate("DataPanel", CLASS_TEXT).format(k=MAX_CLASSES))
        for w in widgets:
            w.blockSignals(False)
        # a 1-D point's value is where it is placed (its height): no value to choose
        self.value_box.setVisible(not classification and s.dims != 1)
        self.class_label.setVisible(classification)
        if len(self.class_group.buttons()) != doc.points.n_classes or \
                self._buttons_task != multilabel:
            self._rebuild_classes()
