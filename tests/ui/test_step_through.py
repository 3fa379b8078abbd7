"""The step-through mode: its pages follow the engine's numbers for every loss, head and
optimizer, the view moves with → / ← / Escape and tells the network diagram what to mark, and
it steps from the trainer's exact state (or the session's weights, or a fresh start)."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import Qt

from playground.data.datasets import make_dataset
from playground.engine.optimizers import OPTIMIZERS
from playground.errors import ConfigError
from playground.session.dataset import DatasetSettings
from playground.session.model import SessionModel
from playground.training.config import TrainConfig
from playground.training.protocol import ModelState, TrainerState
from playground.training.trainer import Trainer
from playground.ui.controllers.document import Document
from playground.ui.dialogs.step_through import StepThroughDialog
from playground.ui.views.step_format import num
from playground.ui.views.step_pages import build_steps
from playground.ui.views.step_situation import (
    Highlight,
    nearest_training_point,
    situation_for,
)
from playground.ui.views.step_view import StepThroughView
from tests.ui.helpers import shown

PAIRINGS = [
    ("classification", 2, "cross_entropy"), ("classification", 2, "mse"),
    ("classification", 2, "hinge"), ("classification", 3, "cross_entropy"),
    ("classification", 3, "mse"), ("classification", 3, "hinge"),
    ("regression", 0, "mse"), ("regression", 0, "mae"), ("regression", 0, "huber"),
]


def _points(k: int):
    if k == 0:
        return make_dataset("plane", 60, 0.1, seed=1, train_ratio=0.5)
    if k == 2:
        return make_dataset("spiral", 60, 0.1, seed=1, train_ratio=0.5)
    return make_dataset("blobs", 60, 0.1, seed=1, n_classes=k, train_ratio=0.5)


def _trained(config: TrainConfig, points, epochs: int = 3) -> Trainer:
    trainer = Trainer(config, points)
    for _ in range(epochs):
        trainer.run_epoch()
    return trainer


def _document(config: TrainConfig, points, epochs: int = 3) -> tuple[Document, Trainer]:
    doc = Document(config, points)
    trainer = _trained(doc.config, doc.points, epochs)
    doc.state_source = lambda: TrainerState.of(trainer)
    return doc, trainer


def _first_train(points) -> int:
    return int(np.flatnonzero(points.is_train)[0])


@pytest.mark.parametrize("task,k,loss", PAIRINGS)
@pytest.mark.parametrize("optimizer", list(OPTIMIZERS))
def test_pages_for_every_pairing_and_optimizer(task, k, loss, optimizer):
    points = _points(k)
    cfg = TrainConfig(task=task, n_classes=k, loss=loss, optimizer=optimizer,
                      hidden_layers=(3, 2), activations=("tanh", "relu"), l2=0.001)
    model = SessionModel(cfg, points)
    trainer = _trained(model.config, points)
    s = situation_for(model, _first_train(points), TrainerState.of(trainer))
    steps = build_steps(s)
    kinds = [step.kind for step in steps]
    assert kinds == ["input", "forward", "forward", "forward", "loss", "backward", "backward",
                     "backward", "update"]
    assert [step.layer for step in steps if step.kind == "backward"] == [2, 1, 0]
    expl = s.explanation
    assert num(expl.loss) in steps[4].html
    for layer, page in zip(expl.layers, steps[1:4]):
        assert num(layer.z[0]) in page.html
    for layer, page in zip(expl.layers[::-1], steps[5:8]):
        assert num(layer.delta[0]) in page.html
    assert s.update.t == trainer.optimizer.t + 1
    for step in steps:
        assert "<" in step.html and "nan" not in step.html.lower()


def test_the_update_page_shows_what_the_optimizer_would_do():
    points = _points(2)
    cfg = TrainConfig(optimizer="adam", hidden_layers=(4,), activations=("tanh",),
                      learning_rate=0.05, batch_size=1, shuffle=False)
    model = SessionModel(cfg, points)
    trainer = _trained(model.config, points, 2)
    index = _first_train(points)
    s = situation_for(model, index, TrainerState.of(trainer))
    update = build_steps(s)[-1]
    # the real trainer on a batch of exactly this point, from the same state
    row = list(np.flatnonzero(points.is_train)).index(index)
    x, t = trainer.train_split.x_aug[row][None, :], trainer.train_split.t[row][None, :]
    g = trainer.model.gradient(x, t, trainer.loss).copy()
    trainer.optimizer.lr = trainer.current_lr()
    trainer.optimizer.step(trainer.model.params, g)
    np.testing.assert_allclose(s.update.new_params, trainer.model.params, rtol=1e-12,
                               atol=1e-15)
    moved = np.argmax(np.abs(s.update.new_params - s.update.params))
    assert num(s.update.new_params[moved]) in update.html
    assert "bias correction" in update.html and "β₁" in update.html


def test_highlights_follow_the_layers():
    points = _points(2)
    cfg = TrainConfig(hidden_layers=(3, 2), activations=("tanh", "tanh"))
    model = SessionModel(cfg, points)
    steps = build_steps(situation_for(model, _first_train(points)))
    sizes = model.config.layer_sizes  # (2, 3, 2, 1)
    assert steps[0].highlight.neurons == {(0, 0), (0, 1)} and not steps[0].highlight.links
    forward1 = steps[1].highlight
    assert forward1.neurons == {(1, 0), (1, 1), (1, 2)}
    assert forward1.links == {(0, r, c) for r in range(2) for c in range(3)}
    assert steps[3].highlight.neurons == {(3, 0)}
    assert steps[4].highlight.neurons == {(3, 0)}  # the loss: the output
    back_hidden2 = steps[6].highlight  # backward, hidden layer 2
    assert back_hidden2.neurons == {(2, 0), (2, 1)}
    assert {(2, 0, 0), (2, 1, 0), (1, 0, 0)} <= back_hidden2.links
    everything = {(layer, r, c) for layer in range(3) for r in range(sizes[layer])
                  for c in range(sizes[layer + 1])}
    assert steps[-1].highlight.links == everything


@pytest.fixture
def view(qtbot):
    points = _points(2)
    doc, _ = _document(TrainConfig(hidden_layers=(4, 3), activations=("tanh", "relu"),
                                   optimizer="momentum"), points)
    return shown(qtbot, StepThroughView(doc), 560, 640)


def test_the_view_moves_with_the_keys_and_says_what_to_mark(qtbot, view):
    marks: list[Highlight] = []
    closed: list[bool] = []
    view.sigHighlight.connect(marks.append)
    view.sigClosed.connect(lambda: closed.append(True))
    assert view.step_count() == 0 and "Choose a training point" in view.browser.toPlainText()
    assert view.start(_first_train(view.document.points))
    assert view.step_count() == 9 and view.current_step() == 0
    assert view.title.text() == "Step 1 of 9: the input"
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.title.text() == "Step 3 of 9: forward, hidden layer 2"
    assert "ReLU" in view.step().html
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_step() == 1
    view.go(6)
    assert view.title.text() == "Step 7 of 9: backward, hidden layer 2"
    assert "chain rule" in view.browser.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.title.text() == "Step 9 of 9: update (SGD + momentum)"
    assert not view.next_button.isEnabled() and view.back_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # stays on the last page
    assert view.current_step() == 8
    assert len(marks) == 6  # one per page shown (start, →, →, ←, go, End)
    assert marks[-1].links and marks[0].neurons == {(0, 0), (0, 1)}
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert closed == [True] and marks[-1] == Highlight()
    assert not view.active


def test_the_buttons_and_the_breadcrumbs(qtbot, view):
    view.start(_first_train(view.document.points))
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.current_step() == 1
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.current_step() == 0
    assert "step:4" in view.crumbs.text()
    view.crumbs.linkActivated.emit("step:4")
    assert view.title.text() == "Step 5 of 9: the loss"


def test_it_steps_from_the_trainers_exact_state(qtbot, view):
    doc = view.document
    index = _first_train(doc.points)
    view.start(index)
    state = doc.state_source()
    assert view.situation.epoch == state.epoch == 3
    np.testing.assert_array_equal(view.situation.update.params[:4], state.weights[0].ravel()[:4])
    assert view.situation.state_known and view.situation.update.t == state.epoch * 3 + 1
    view.go(view.step_count() - 1)
    assert "running averages from the 9 steps before" in view.step().html


def test_without_a_trainer_it_uses_the_session_weights_or_a_fresh_start(qtbot):
    points = _points(2)
    doc = Document(TrainConfig(hidden_layers=(2,), activations=("tanh",), optimizer="adam"),
                   points)
    v = shown(qtbot, StepThroughView(doc), 500, 500)
    assert v.start(_first_train(points))  # no weights yet: a fresh trainer's
    fresh = Trainer(doc.config, doc.points)
    np.testing.assert_array_equal(v.situation.explanation.layers[0].w, fresh.model.weights[0])
    assert v.situation.epoch == 0 and v.situation.update.t == 1
    v.go(v.step_count() - 1)
    assert "This is its first step" in v.step().html
    trained = _trained(doc.config, points, 2)
    doc.model.weights = ModelState(tuple(w.copy() for w in trained.model.weights),
                                   tuple(b.copy() for b in trained.model.biases), 2)
    assert v.start(_first_train(points))
    np.testing.assert_array_equal(v.situation.explanation.layers[0].w,
                                  trained.model.weights[0])
    assert not v.situation.state_known  # the session kept no optimizer state
    v.go(v.step_count() - 1)
    assert "was not available" in v.step().html

    def broken() -> TrainerState:
        raise TimeoutError("busy")

    doc.state_source = broken  # a busy trainer: the session's weights still serve
    assert v.start(_first_train(points)) and v.situation.epoch == 2


def test_a_point_that_does_not_exist_says_so(qtbot, view):
    assert not view.start(10_000)
    assert view.step_count() == 0 and "Cannot step through" in view.browser.toPlainText()
    with pytest.raises(ConfigError):
        situation_for(view.document.model, -1)


def test_wide_layers_are_shortened():
    points = _points(2)
    cfg = TrainConfig(hidden_layers=(20, 20), activations=("relu", "tanh"))
    steps = build_steps(situation_for(SessionModel(cfg, points), _first_train(points)))
    assert "(20 terms)" in steps[2].html
    assert "4 more neurons" in steps[2].html
    assert "12 more" in steps[6].html  # the gradient table: 8 of 20 columns


def test_a_one_d_session_and_a_test_point():
    points = make_dataset("sine", 40, 0.1, seed=3, train_ratio=0.5)
    model = SessionModel(TrainConfig(task="regression", n_classes=0, features=("x1",),
                                     hidden_layers=(3,), activations=("tanh",), loss="mse"),
                         points, dataset=DatasetSettings(name="sine", dims=1))
    test_point = int(np.flatnonzero(~points.is_train)[0])
    s = situation_for(model, test_point)
    assert s.dims == 1
    page = build_steps(s)[0].html
    assert "a test point" in page and "<i>x</i> = " in page


def test_the_nearest_training_point():
    points = _points(2)
    i = _first_train(points)
    x, y = points.coords[i]
    assert nearest_training_point(points, x + 1e-3, y, 0.1) == i
    j = int(np.flatnonzero(~points.is_train)[0])
    x, y = points.coords[j]
    assert nearest_training_point(points, x, y, 1e-9) is None


def test_the_dialog_starts_and_leaves(qtbot):
    points = _points(3)
    doc, _ = _document(TrainConfig(task="classification", n_classes=3, optimizer="adam",
                                   hidden_layers=(4,), activations=("tanh",)), points)
    dialog = StepThroughDialog(doc)
    qtbot.addWidget(dialog)
    marks: list[Highlight] = []
    closed: list[bool] = []
    dialog.sigHighlight.connect(marks.append)
    dialog.sigClosed.connect(lambda: closed.append(True))
    assert dialog.start(_first_train(points))
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.view.step_count() == 7
    qtbot.keyClick(dialog.view, Qt.Key.Key_Right)
    assert marks[-1].neurons == {(1, u) for u in range(4)}
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and closed == [True] and marks[-1] == Highlight()
    assert dialog.start(_first_train(points))  # again, then closed by the window's button
    dialog.close()
    assert closed == [True, True] and marks[-1] == Highlight()


# --- issue 16, item 8: readable tables, true arithmetic, held parameters, a free place ------
NUMBER = r"−?\d+(?:\.\d+)?(?:e−?\d+)?"


def _plain(html_text: str) -> str:
    """A page as a reader sees it: ``2.2·10<sup>−2</sup>`` as ``2.2e−2``, tags dropped."""
    import html as html_module
    import re
    text = re.sub(r"·10<sup>(−?\d+)</sup>", r"e\1", html_text)
    text = re.sub(r"<br>|</p>|</tr>", "\n", text)
    return html_module.unescape(re.sub(r"<[^>]+>", "", text)).replace("\u00a0", " ")


def _value(text: str):
    from fractions import Fraction
    return Fraction(text.replace("−", "-"))


def _claims(page: str) -> list[tuple[object, object]]:
    """Each arithmetic claim of the forms ``X − Y = Z`` and ``(1 − (X)²)·(…) = Z·`` on a page,
    as (what the shown operands give, the shown result)."""
    import re
    out = []
    for line in _plain(page).splitlines():
        for x, z in re.findall(rf"\(1 − \(?({NUMBER})\)?²\)·\(.*?\) = \(?({NUMBER})\)?·", line):
            out.append((1 - _value(x) ** 2, _value(z)))
        for x, y, z in re.findall(rf"(?<![\d.e)])({NUMBER}) − \(?({NUMBER})\)? = ({NUMBER})"
                                  rf"(?![\d·e])", line):
            out.append((_value(x) - _value(y), _value(z)))
    return out


def test_a_saturated_neuron_s_arithmetic_is_true_as_shown():
    """A tanh neuron within 10⁻¹³ of −1 and a sigmoid output within 10⁻¹³ of 1: the numbers
    shown must give the results shown (not "(1 − (−1)²) = 3.2·10⁻¹⁴" or "1 − 1 = −9·10⁻¹⁴")."""
    points = _points(2)
    cfg = TrainConfig(hidden_layers=(3,), activations=("tanh",))
    model = SessionModel(cfg, points)
    trainer = Trainer(model.config, points)
    w = [x.copy() for x in trainer.model.weights]
    b = [x.copy() for x in trainer.model.biases]
    w[0][:, 0], b[0][0] = 0.0, -16.0  # a₁ = tanh(−16) = −1 + 2.5·10⁻¹⁴
    w[1][:, 0], b[1][0] = 0.001, 30.0  # p = σ(30 ± 0.003) = 1 − 9.4·10⁻¹⁴
    model.weights = ModelState(tuple(w), tuple(b), 1)
    index = int(np.flatnonzero(points.is_train & (points.values == 1))[0])
    steps = build_steps(situation_for(model, index))
    claims = [c for step in steps for c in _claims(step.html)]
    assert len(claims) >= 5  # the three slopes, the output's δ, the sigmoid's 1 − p
    for got, said in claims:
        if said == 0:
            assert got == 0
        else:
            assert abs(got - said) <= abs(said) / 1000, (float(got), float(said))


def _wide_view(qtbot, width: int):
    points = _points(2)
    doc, _ = _document(TrainConfig(hidden_layers=(8, 8), activations=("tanh", "tanh"),
                                   optimizer="adam"), points)
    view = shown(qtbot, StepThroughView(doc), width, 700)
    assert view.start(_first_train(points))
    return view


def _laid_out_blocks(view):
    from PySide6.QtGui import QTextCursor
    document = view.browser.document()
    document.documentLayout().documentSize()  # lays the whole page out
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        lines = [layout.lineAt(k) for k in range(layout.lineCount())]
        in_table = QTextCursor(block).currentTable() is not None
        yield block.text(), [line.textStart() for line in lines[1:]], in_table
        block = block.next()


@pytest.mark.parametrize("width", [330, 560])
def test_numbers_never_break_and_table_cells_keep_one_line(qtbot, width):
    import re
    view = _wide_view(qtbot, width)
    cells = 0
    for page in range(view.step_count()):
        view.go(page)
        for text, breaks, in_table in _laid_out_blocks(view):
            for match in re.finditer(r"−?\d+(?:\.\d+)?(?:·10−?\d+)?", text):
                inside = [b for b in breaks if match.start() < b < match.end()]
                assert not inside, (view.title.text(), text, match.group())
            if in_table and text:
                cells += 1
                assert not breaks, (view.title.text(), text)  # a label or a number: one line
    assert cells > 100  # the gradient tables (and the others) were checked


def test_the_update_page_counts_the_held_parameters():
    points = _points(2)
    cfg = TrainConfig(hidden_layers=(4, 3), activations=("tanh", "tanh"), frozen=((0, 1),),
                      pruned=((1, 2),))
    model = SessionModel(cfg, points)
    page = _plain(build_steps(situation_for(model, _first_train(points)))[-1].html)
    sizes = model.config.layer_sizes
    total = sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))
    # frozen: its weights in and its bias; pruned: its weights in and out and its bias
    held = (sizes[0] + 1) + (sizes[1] + 1 + sizes[3])
    assert "All " not in page
    assert f"{total - held} of the {total} parameters change" in page
    assert f"{held} are held" in page
    assert "neuron 2 of hidden layer 1" in page and "neuron 3 of hidden layer 2" in page


@pytest.mark.parametrize("screen,size", [((1280, 800), (1280, 800)),
                                         ((1920, 1080), (1100, 760))])
def test_the_window_hides_neither_the_diagram_nor_the_canvas(make_window, qtbot, monkeypatch,
                                                              screen, size):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    area = QRect(0, 0, *screen)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    w = make_window()
    w.move(0, 0)
    w.resize(*size)
    w.layout_.fit_sizes()
    qtbot.wait(50)
    qtbot.waitUntil(lambda: w.last_snapshot is not None, timeout=10_000)
    assert w.step_through.start(_first_train(w.document.points))
    dialog = w.step_through.dialog
    qtbot.waitExposed(dialog)
    frame = dialog.frameGeometry()
    assert area.contains(frame), frame
    assert frame.width() >= 300 and frame.height() >= 420, frame  # room to read the pages
    for widget in (w.network_view, w.layout_.current_output()):
        rect = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
        assert not frame.intersects(rect), (widget, rect, frame)
    dialog.view.go(dialog.view.step_count() - 2)  # the first layer's gradients: readable
    for text, breaks, in_table in _laid_out_blocks(dialog.view):
        assert not (in_table and breaks), text


@pytest.mark.parametrize("optimizer", ["adam", "rmsprop"])
def test_a_squared_number_in_powers_of_ten_is_in_parentheses(optimizer):
    """"0.001·1.11·10⁻¹⁶²" reads as 10⁻¹⁶²: a number written with a power of ten is squared
    in parentheses, "(1.11·10⁻¹⁶)²", whatever its sign."""
    points = _points(2)
    cfg = TrainConfig(hidden_layers=(3,), activations=("tanh",), optimizer=optimizer)
    model = SessionModel(cfg, points)
    trainer = Trainer(model.config, points)
    w = [x.copy() for x in trainer.model.weights]
    b = [x.copy() for x in trainer.model.biases]
    w[1][:, 0], b[1][0] = 0.001, -30.0  # p ≈ 9·10⁻¹⁴ for a point of class 1: p − t > 0,
    model.weights = ModelState(tuple(w), tuple(b), 1)  # so the output bias's g is positive
    index = int(np.flatnonzero(points.is_train & (points.values == 0))[0])
    pages = "".join(step.html for step in build_steps(situation_for(model, index)))
    assert "·10<sup>" in pages and "²" in pages  # tiny numbers, squared: the case at hand
    assert "</sup>²" not in pages
    from playground.ui.views.step_format import squared
    assert squared(1.11e-16) == "(1.11·10<sup>−16</sup>)²"
    assert squared(-0.5) == "(−0.5)²" and squared(0.25) == "0.25²"


@pytest.mark.parametrize("spec,words", [
    ("standard", "z-scored"), ("standard:2", "then multiplied by 2"),
    ("none", "raw coordinates"), ("scale:2", "times 2"),
])
def test_the_input_page_shows_the_raw_input_the_scaling_and_the_scaled_value(spec, words):
    points = _points(2)
    cfg = TrainConfig(input_scaling=spec)
    i = _first_train(points)
    s = situation_for(SessionModel(cfg, points), i)
    page = build_steps(s)[0].html
    assert spec in page and words in page
    x = points.coords[i]
    scaled = s.normalizer.apply(x[None, :])[0]  # what the network is given
    for c in (0, 1):
        assert num(x[c]) in page and num(scaled[c]) in page
    if spec == "scale:2":
        np.testing.assert_allclose(scaled, 2 * x)
    if spec == "none":
        np.testing.assert_allclose(scaled, x)


@pytest.mark.parametrize("code,title,more,chain", [
    ("de", "Schritt 3 von 9: vorwärts, verborgene Schicht 2", "4 weitere Neuronen",
     "Kettenregel"),
    ("es", "Paso 3 de 9: hacia delante, capa oculta 2", "4 neuronas más",
     "regla de la cadena"),
])
def test_the_pages_speak_the_window_s_language_and_keep_their_formulas(qtbot, qapp, code, title,
                                                                       more, chain):
    from playground.ui.i18n import install_language
    points = _points(2)
    index = _first_train(points)
    english = build_steps(situation_for(SessionModel(TrainConfig(hidden_layers=(20, 20)),
                                                     points), index))
    assert install_language(code)
    try:
        doc, _ = _document(TrainConfig(hidden_layers=(20, 20)), points)
        view = shown(qtbot, StepThroughView(doc), 560, 640)
        assert view.start(index)
        view.go(2)
        assert view.title.text() == title
        assert more in view.step().html and "(20 terms)" not in view.step().html
        view.go(6)
        assert chain in view.browser.toPlainText()
        # the numbers of a formula keep their decimal point in every language
        translated = build_steps(situation_for(SessionModel(TrainConfig(hidden_layers=(20, 20)),
                                                            points), index))
        shown_numbers = re.compile(r"−?\d+\.\d+")
        for page, original in zip(translated, english, strict=True):
            assert shown_numbers.findall(page.html) == shown_numbers.findall(original.html)
    finally:
        install_language("en")


# --- dropout, batch norm, layer norm and a skip ---------------------------------------------
def _extended_situation(norm=("batch", "batch", "layer")):
    points = _points(2)
    cfg = TrainConfig(hidden_layers=(4, 4, 4), activations=("tanh",) * 3, batch_size=10,
                      dropout=(0.5, 0.0, 0.25), norm=norm, skip=(False, True, True),
                      optimizer="adam", seed=3)
    model = SessionModel(cfg, points)
    trainer = _trained(model.config, points, 2)
    index = _first_train(points)
    return situation_for(model, index, TrainerState.of(trainer)), trainer, index


def test_the_pages_show_the_mask_the_normalisation_and_the_skip():
    s, trainer, index = _extended_situation()
    steps = build_steps(s)
    forward1, forward2 = _plain(steps[1].html), _plain(steps[2].html)
    e = s.explanation.layers[0].extras
    assert e.mask is not None and e.norm == "batch"
    # the mask, which units it drops, and the scale 1/(1 - p)
    assert "Dropout" in forward1 and "m[1] = (" + ", ".join(
        str(int(m)) for m in e.mask) + ")" in forward1
    assert "1/(1 − p) = 2" in forward1
    dropped = np.flatnonzero(e.mask == 0)
    if len(dropped):
        assert "(dropped)" in forward1 and "Dropped in this step" in forward1
    # batch norm: the running statistics, as in evaluation, and the numbers
    assert "Batch norm" in forward1 and "as in evaluation" in forward1
    np.testing.assert_allclose(e.mean, trainer.model.running_mean[0])
    assert num(float(e.mean[0])) in forward1 and num(e.gamma[0]) in forward1
    assert num(e.xhat[0]) in forward1 and num(e.y[0]) in forward1
    assert num(s.explanation.layers[0].a[0]) in forward1
    # the skip's addition
    assert "Skip" in forward2 and "+ a[1]" in forward2
    # layer norm on the third layer: the point's own mean
    forward3 = _plain(steps[3].html)
    e3 = s.explanation.layers[2].extras
    assert "Layer norm" in forward3 and num(float(e3.mean[0])) in forward3
    # backward: through dropout, the skip, the norm; gamma and beta's gradients
    back1 = _plain(next(st for st in steps if st.kind == "backward" and st.layer == 0).html)
    assert "mask" in back1 and "∂L/∂γ" in back1 and num(e.dgamma[0]) in back1
    assert num(s.explanation.layers[0].delta[0]) in back1
    back1_skip = _plain(next(st for st in steps if st.kind == "backward" and st.layer == 1).html)
    assert "skip" in back1_skip
    # the update lists gamma and beta among the parameters it moves
    assert "γ and shifts β" in _plain(steps[-1].html)
    for step in steps:
        assert "nan" not in step.html.lower()


def test_the_shown_mask_is_the_points_own_and_stays():
    a, _, _ = _extended_situation(norm=("none", "none", "none"))
    b, _, _ = _extended_situation(norm=("none", "none", "none"))
    ma, mb = a.explanation.layers[0].extras.mask, b.explanation.layers[0].extras.mask
    assert ma is not None and np.array_equal(ma, mb)


def test_the_update_moves_gamma_and_beta_like_the_optimizer():
    s, _, _ = _extended_situation(norm=("layer", "none", "layer"))
    n_norm = 2 * 4 * 2
    assert s.update.params.size == s.update.grad.size
    gamma0 = s.explanation.layers[0].extras.gamma
    np.testing.assert_allclose(s.update.params[-n_norm:-n_norm + 4], gamma0)
    np.testing.assert_allclose(s.update.grad[-n_norm:-n_norm + 4],
                               s.explanation.layers[0].extras.dgamma)


def test_the_window_steps_a_network_with_dropout_norm_and_skip(qtbot):
    points = _points(2)
    cfg = TrainConfig(hidden_layers=(4, 4), activations=("tanh", "tanh"), batch_size=8,
                      dropout=(0.9, 0.0), norm=("batch", "layer"), skip=(False, True))
    doc, trainer = _document(cfg, points)
    view = shown(qtbot, StepThroughView(doc), 560, 640)
    assert view.start(_first_train(points))
    view.next_step()  # forward, hidden layer 1
    text = view.browser.toPlainText()
    e = view.situation.explanation.layers[0].extras
    assert "Dropout" in text and "1/(1 − p) = 10" in text and "as in evaluation" in text
    np.testing.assert_allclose(e.mean, trainer.model.running_mean[0])
