"""NetworkPanel and TrainingPanel: each widget edits the expected config field, and external
config changes refresh the widgets without feeding back into the document."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from playground.data.features import FEATURES
from playground.engine.init import INITIALIZERS
from playground.engine.model import DTYPES
from playground.engine.optimizers import LEARNING_RATE, OPTIMIZERS, SCHEDULES
from playground.limits import MAX_HIDDEN_LAYERS, MAX_UNITS
from playground.ui.panels.training_panel import TrainingPanel
from playground.ui.widgets import (
    combo_data,
    format_number,
    log_grid,
    nice,
    select_data,
    with_mnemonic,
)


@pytest.fixture
def train(qtbot, doc):
    w = TrainingPanel(doc)
    qtbot.addWidget(w)
    w.show()
    w.advanced.expand()  # the rows below are about which parameters show, not the fold
    return w


def type_into(qtbot, spin: QAbstractSpinBox, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


# --- widgets ----------------------------------------------------------------------------------
def test_number_formatting_and_grid():
    assert [format_number(v) for v in (0, 0.03, 0.1, 2.5, 1e-5, 1e-8, 1234.0)] == [
        "0", "0.03", "0.1", "2.5", "1e-5", "1e-8", "1234"]
    assert nice(10 ** -1.5) == 0.032
    assert log_grid(1e-5, 10)[:3] == [1e-5, 3e-5, 1e-4] and log_grid(1e-5, 10)[-1] == 10


def test_mnemonics_prefer_free_word_initials():
    taken = {"l"}
    assert with_mnemonic("Learning rate", taken) == "Learning &rate"
    assert with_mnemonic("Step size", taken) == "&Step size"
    assert with_mnemonic("Size", taken) == "S&ize"
    assert with_mnemonic("β₁", taken) == "β₁"  # nothing typeable: no mnemonic
    assert taken == {"l", "r", "s", "i"}


# --- network panel ----------------------------------------------------------------------------
def test_add_and_remove_layers(net, doc):
    start = len(doc.config.hidden_layers)
    net.add_layer.click()
    c = doc.config
    assert len(c.hidden_layers) == len(c.activations) == start + 1
    assert c.hidden_layers[-1] == c.hidden_layers[-2]  # a new layer copies the last one
    assert not net.rows[start].units.isHidden()
    while net.add_layer.isEnabled():
        net.add_layer.click()
    assert len(doc.config.hidden_layers) == MAX_HIDDEN_LAYERS
    while net.remove_layer.isEnabled():
        net.remove_layer.click()
    assert doc.config.hidden_layers == () and doc.config.activations == ()
    assert all(r.units.isHidden() for r in net.rows)
    assert not net.apply_all.isEnabled() and "0 hidden layers" in net.layer_count.text()
    net.add_layer.click()  # from zero layers: a default layer appears
    assert len(doc.config.hidden_layers) == 1 and doc.config.hidden_layers[0] >= 1


def test_units_and_activation_per_layer_and_apply_to_all(qtbot, net, doc):
    with qtbot.waitSignal(net.sigResetNotice) as notice:
        net.rows[0].units.setValue(5)
    assert doc.config.hidden_layers[0] == 5 and "new weights" in notice.args[0]
    select_data(net.rows[1].activation, "relu")
    assert doc.config.activations == ("tanh", "relu")
    assert net.apply_all.currentIndex() == -1  # mixed
    select_data(net.apply_all, "sigmoid")
    assert doc.config.activations == ("sigmoid", "sigmoid")
    assert [r.activation.currentData() for r in net.rows[:2]] == ["sigmoid", "sigmoid"]


def test_feature_toggle_and_last_feature_stays(net, doc):
    net.feature_buttons["x1_sq"].click()
    assert doc.config.features == ("x1", "x2", "x1_sq")
    net.feature_buttons["x1"].click()
    net.feature_buttons["x2"].click()
    assert doc.config.features == ("x1_sq",)
    net.feature_buttons["x1_sq"].click()  # refused: the last input
    assert doc.config.features == ("x1_sq",)
    assert net.feature_buttons["x1_sq"].isChecked() and net.note.isVisibleTo(net)
    net.feature_buttons["sin_x1"].click()
    assert doc.config.features == ("x1_sq", "sin_x1") and not net.note.isVisibleTo(net)


def test_init_seed_dtype(qtbot, net, doc):
    select_data(net.init, "he_normal")
    select_data(net.dtype, "float32")
    net.seed.setValue(42)
    assert (doc.config.init, doc.config.dtype, doc.config.seed) == ("he_normal", "float32", 42)
    for _ in range(3):  # a random seed may repeat, but not three times in a row
        net.dice.click()
        if doc.config.seed != 42:
            break
    assert doc.config.seed != 42 and net.seed.value() == doc.config.seed


# --- training panel ---------------------------------------------------------------------------
def test_learning_rate_control(qtbot, train, doc):
    lr = train.learning_rate
    lr.setValue(0.1)
    assert doc.config.learning_rate == pytest.approx(0.1)
    lr.slider.setValue(lr.slider.value() - 20)  # one decade down
    assert doc.config.learning_rate == pytest.approx(0.01)
    lr.slider.setValue(-30)  # 10**-1.5, rounded to two digits
    assert doc.config.learning_rate == 0.032 and lr.spin.text() == "0.032"
    type_into(qtbot, lr.spin, "0.3")
    assert doc.config.learning_rate == 0.3 and lr.slider.value() == round(20 * -0.5229)
    type_into(qtbot, lr.spin, "100")  # clamped, and the user is told why
    assert doc.config.learning_rate == 10.0
    assert lr.note.isVisibleTo(train) and "100" in lr.note.text()
    type_into(qtbot, lr.spin, "abc")  # not a number: refused keystroke by keystroke
    assert doc.config.learning_rate == 10.0
    lr.spin.stepBy(-1)  # arrows step through 1-3 presets
    assert doc.config.learning_rate == 3.0


def test_optimizer_switch_shows_only_its_params(train, doc):
    assert list(train.optimizer_rows) == [
        "momentum", "nesterov", "alpha", "beta1", "beta2", "eps", "weight_decay"]
    for name, spec in OPTIMIZERS.items():
        select_data(train.optimizer, name)
        assert doc.config.optimizer == name
        takes = {p.field for p in spec.params}
        for field in train.optimizer_rows:
            editor = train.fields[field]
            assert editor.isVisibleTo(train) == (field in takes), (name, field)
            assert editor.isHidden() != (field in takes)


def test_menus_show_the_registry_labels(train, net):
    def labels(combo):
        return [combo.itemText(i) for i in range(combo.count())]

    assert labels(train.optimizer) == [s.label for s in OPTIMIZERS.values()]
    assert labels(train.schedule) == [s.label for s in SCHEDULES.values()]
    assert labels(net.init) == [i.label for i in INITIALIZERS.values()]
    assert labels(net.dtype) == [d.label for d in DTYPES.values()]
    assert combo_data(net.dtype) == list(DTYPES)


def test_editors_offer_exactly_the_declared_ranges(train, net):
    rows = {**train.optimizer_rows, **train.schedule_rows}
    for field, param in rows.items():
        editor = train.fields[field]
        assert param.tip in editor.toolTip() and param.describe() in editor.toolTip()
        if param.kind == "bool":
            continue
        low, high = editor.minimum(), editor.maximum()
        assert low == pytest.approx(param.low) or (param.low_open and low > param.low), field
        assert high == pytest.approx(param.high) or (param.high_open and high < param.high)
        assert param.contains(low) and param.contains(high), field
    assert train.fields["alpha"].maximum() == 0.9999 and train.fields["beta2"].maximum() == 0.99999
    spin = train.learning_rate.spin
    assert (spin.minimum(), spin.maximum()) == (LEARNING_RATE.low, LEARNING_RATE.high)
    assert net.rows[0].units.maximum() == MAX_UNITS


def test_optimizer_params_edit_config(train, doc):
    select_data(train.optimizer, "momentum")
    train.fields["momentum"].setValue(0.5)
    train.fields["nesterov"].setChecked(True)
    train.fields["weight_decay"].stepBy(1)
    select_data(train.optimizer, "adam")
    train.fields["beta1"].setValue(0.8)
    train.fields["beta2"].setValue(0.99)
    train.fields["eps"].stepBy(1)
    c = doc.config
    assert (c.momentum, c.nesterov, c.weight_decay) == (0.5, True, 1e-5)
    assert (c.beta1, c.beta2, c.eps) == (0.8, 0.99, pytest.approx(1e-6))


def test_schedule_params_visibility_and_edits(train, doc):
    assert list(train.schedule_rows) == ["lr_step_size", "lr_gamma", "lr_t_max"]
    expected = {"constant": set(), "step": {"lr_step_size", "lr_gamma"},
                "exponential": {"lr_gamma"}, "cosine": {"lr_t_max"}}
    for name, uses in expected.items():
        select_data(train.schedule, name)
        assert doc.config.schedule == name
        shown = {f for f in train.schedule_rows if train.fields[f].isVisibleTo(train)}
        assert shown == uses == {p.field for p in SCHEDULES[name].params if p.field}
    select_data(train.schedule, "step")
    train.fields["lr_step_size"].setValue(50)
    train.fields["lr_gamma"].setValue(0.25)
    train.fields["lr_t_max"].setValue(300)
    c = doc.config
    assert (c.lr_step_size, c.lr_gamma, c.lr_t_max) == (50, 0.25, 300)


def test_loss_combo_follows_task(train, doc):
    assert combo_data(train.loss) == ["cross_entropy", "mse", "hinge"]
    select_data(train.loss, "hinge")
    assert doc.config.loss == "hinge"
    doc.set_task("regression")
    assert combo_data(train.loss) == ["mse", "mae", "huber"]
    assert train.loss.currentData() == doc.config.loss
    select_data(train.loss, "huber")
    assert doc.config.loss == "huber"


def test_batch_size_full_batch_and_shuffle(train, doc):
    n_train = doc.points.n_train
    assert train.batch_size.maximum() == n_train
    train.batch_size.setValue(32)
    assert doc.config.batch_size == 32
    train.full_batch.setChecked(True)
    assert doc.config.batch_size is None and not train.batch_size.isEnabled()
    train.full_batch.setChecked(False)
    assert doc.config.batch_size == 32 and train.batch_size.isEnabled()
    train.fields["shuffle"].setChecked(False)
    assert doc.config.shuffle is False
    doc.remove_points(range(len(doc.points) - 20))  # keep 20 points
    assert train.batch_size.maximum() == doc.points.n_train < n_train
    assert train.n_train.text() == f"of {doc.points.n_train}"


def test_regularisation_presets_and_typing(qtbot, train, doc):
    l1, l2 = train.fields["l1"], train.fields["l2"]
    l1.stepBy(1)
    assert doc.config.l1 == 0.001
    l1.stepBy(3)  # 0.003, 0.01, 0.03
    assert doc.config.l1 == 0.03
    type_into(qtbot, l2, "0.05")
    assert doc.config.l2 == 0.05
    type_into(qtbot, l2, "50")
    assert doc.config.l2 == 10.0 and train.error.isVisibleTo(train)
    assert train.error.text().startswith("L2 rate: 50 is outside")


def test_config_error_is_shown_inline_not_raised(train, doc):
    momentum = train.fields["momentum"]
    select_data(train.optimizer, "momentum")
    momentum.setMaximum(2.0)  # pretend the widget allowed more than the config does
    momentum.setValue(1.5)
    assert doc.config.momentum == 0.9 and momentum.value() == 0.9
    assert train.error.isVisibleTo(train) and "momentum" in train.error.text()


def test_external_change_refreshes_without_feedback(net, train, doc, monkeypatch):
    emitted, calls = [], []
    doc.sigConfigChanged.connect(lambda c, r: emitted.append(c))
    set_config = doc.set_config
    monkeypatch.setattr(doc, "set_config", lambda c: (calls.append(c), set_config(c)))
    new = doc.config.replace(
        features=("x1", "x1x2"), hidden_layers=(3, 5, 7), activations=("relu", "elu", "sin"),
        init="uniform", seed=7, dtype="float32", optimizer="rmsprop", alpha=0.9,
        learning_rate=0.3, schedule="cosine", lr_t_max=200, batch_size=None, shuffle=False,
        l1=0.003, l2=0.1, loss="mse")
    doc.set_config(new)
    assert calls == [new]  # the panels never called set_config while refreshing
    assert emitted == [new] and doc.config == new  # exactly one emission: no feedback
    assert [k for k, b in net.feature_buttons.items() if b.isChecked()] == ["x1", "x1x2"]
    assert [r.units.value() for r in net.rows[:3]] == [3, 5, 7]
    assert [r.activation.currentData() for r in net.rows[:3]] == ["relu", "elu", "sin"]
    assert net.rows[3].units.isHidden()
    assert (net.init.currentData(), net.seed.value(), net.dtype.currentData()) == (
        "uniform", 7, "float32")
    assert train.learning_rate.value() == 0.3 and train.fields["alpha"].value() == 0.9
    assert train.fields["alpha"].isVisibleTo(train)
    assert not train.fields["momentum"].isVisibleTo(train)
    assert train.fields["lr_t_max"].isVisibleTo(train)
    assert train.full_batch.isChecked() and train.loss.currentData() == "mse"
    assert (train.fields["l1"].value(), train.fields["l2"].value()) == (0.003, 0.1)
    doc.set_config(new)  # the same value again: nothing at all
    assert len(emitted) == 1 and len(calls) == 2


def test_every_editor_is_keyboard_reachable_and_explained(net, train):
    editors = [*net.feature_buttons.values(), net.add_layer, net.remove_layer,
               net.rows[0].units, net.rows[0].activation, net.apply_all, net.init, net.seed,
               net.dice, net.dtype, *(w for f, w in train.fields.items() if f != "learning_rate"),
               train.learning_rate.slider, train.learning_rate.spin,
               train.batch_size, train.full_batch]
    chain = set()
    for panel in (net, train):
        w = panel.nextInFocusChain()
        while w is not panel:
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(panel):
                chain.add(w)
            w = w.nextInFocusChain()
    for w in editors:
        assert w.toolTip(), w
        if w.isVisibleTo(w.window()):  # hidden optimizer/schedule parameters are skipped
            assert w in chain, w  # Tab reaches it
    assert len(FEATURES) == len(net.feature_buttons)


def test_panels_fit_a_side_column(net, train):
    for w in (net, train):
        assert w.minimumSizeHint().width() <= 300
        assert isinstance(w, QWidget)
    assert all(isinstance(c, QComboBox) for c in (net.init, net.dtype, train.loss))


def test_batch_norm_refuses_batches_of_one_and_the_whole_message_shows(qtbot, window):
    """Batch size 1 with batch norm is refused in one sentence, which the settings column
    scrolls into view (at 1280 × 800 the panel's bottom is below the fold)."""
    w = window
    w.resize(1280, 600)  # a short screen: the settings column scrolls
    qtbot.wait(50)
    doc, train = w.document, w.training_panel
    doc.set_config(doc.config.replace(norm=("batch",) * len(doc.config.hidden_layers)))
    train.batch_size.setValue(1)
    assert doc.config.batch_size == 10 and train.batch_size.value() == 10
    assert train.error.text().startswith("batch norm needs at least 2 points per batch")
    qtbot.waitUntil(lambda: _shown_whole(train.error))


def _shown_whole(label) -> bool:
    from PySide6.QtWidgets import QScrollArea

    area = label.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    viewport = area.viewport()
    top_left = label.mapTo(viewport, label.rect().topLeft())
    bottom = label.mapTo(viewport, label.rect().bottomLeft())
    return label.isVisible() and top_left.y() >= 0 and bottom.y() <= viewport.height()
