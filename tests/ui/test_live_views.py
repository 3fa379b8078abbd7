"""LossPlot, NetworkView and the status text, fed from a real TrainingLoop (no threads)."""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pytest

from playground.data.datasets import make_dataset
from playground.engine.losses import losses_for
from playground.session.view_inputs import Curves, NetworkPicture, RunStatus
from playground.training.loop import TrainingLoop
from playground.training.protocol import (
    HISTORY_COLUMNS,
    Pause,
    Play,
    Reset,
    SetConfig,
    Snapshot,
    Step,
)
from playground.training.trainer import Metrics
from playground.ui.controllers.document import Document
from playground.ui.status import format_metrics_tooltip, format_status
from playground.ui.views.loss_plot import MAX_POINTS, DecimatingBuffer, LossPlot
from playground.ui.views.network_view import MAX_SHOWN, NetworkView
from tests.ui import probes


def base_config():
    return Document().config.replace(hidden_layers=(4, 2), activations=("tanh", "tanh"))


def make_loop(config=None, points=None, neuron_resolution: int = 12) -> TrainingLoop:
    return TrainingLoop(config or base_config(), points or Document().points, resolution=32,
                        neuron_resolution=neuron_resolution)


def steps(loop: TrainingLoop, n: int) -> Snapshot:
    loop.send(Step(n))
    snap = loop.poll()
    assert snap is not None
    return snap


def regression_loop() -> TrainingLoop:
    points = make_dataset("plane", n=100, noise=0.1, seed=1, train_ratio=0.5)
    config = base_config().replace(task="regression", n_classes=0,
                                       loss=losses_for("regression")[0])
    return make_loop(config, points)


def curve_len(item) -> int:
    x, _ = item.getData()
    return 0 if x is None else len(x)


@pytest.fixture
def plot(qtbot):
    w = LossPlot()
    qtbot.addWidget(w)
    w.resize(600, 200)
    w.show()
    return w


@pytest.fixture
def net(qtbot):
    w = NetworkView()
    qtbot.addWidget(w)
    w.resize(600, 320)
    w.show()
    return w


# --- status -------------------------------------------------------------------------------------
def test_format_status_classification_regression_and_no_test_split():
    snap = steps(make_loop(), 2)
    m = Metrics(1234, 0.1234, 0.1449, 0.97, 0.9534, None)
    full = dataclasses.replace(snap, epoch=1234, metrics=m, playing=True, epochs_per_second=2310.4)
    assert format_status(RunStatus.of_snapshot(full)) == (
        "Epoch 1,234 · train loss 0.123 · test loss 0.145 · accuracy 97.0% / 95.3% · "
        "2,310 epochs/s")
    no_test = dataclasses.replace(full, metrics=Metrics(5, 0.5, None, 0.5, None, None),
                                  epoch=5, playing=False)
    assert format_status(RunStatus.of_snapshot(no_test)) == (
        "Epoch 5 · train loss 0.500 · accuracy 50.0%")
    regression = dataclasses.replace(full, metrics=Metrics(7, 2e-5, float("inf"), None, None,
                                                            None), epoch=7)
    text = format_status(RunStatus.of_snapshot(regression))
    assert "accuracy" not in text and "train loss 2e-05" in text and "test loss ∞" in text
    tip = format_metrics_tooltip(RunStatus.of_snapshot(full))
    assert "test accuracy: 95.3%" in tip and "learning rate:" in tip


# --- loss plot ----------------------------------------------------------------------------------
def show(plot, snap):
    plot.show_curves(Curves.of_snapshot(snap))
    plot.flush()


def test_redraws_are_throttled_but_the_latest_rows_arrive(plot, qtbot):
    loop = make_loop()
    loop.send(Play())
    snaps = [s for s in (loop.poll() for _ in range(8)) if s is not None]
    assert len(snaps) >= 3
    for snap in snaps:
        plot.show_curves(Curves.of_snapshot(snap))
    last = snaps[-1].history[-1, 0]
    # right after a burst the curve may lag behind, but the timer brings it up to date
    qtbot.waitUntil(lambda: plot.train_loss.getData()[0] is not None
                    and plot.train_loss.getData()[0][-1] == last, timeout=2000)


def test_curves_grow_while_playing_and_reset_clears(plot):
    loop = make_loop()
    loop.send(Play())
    lengths = []
    last_epoch = None
    for _ in range(6):
        snap = loop.poll()
        if snap is not None:
            show(plot, snap)
            lengths.append(curve_len(plot.train_loss))
            if len(snap.history):
                last_epoch = snap.history[-1, 0]
    assert lengths[-1] > lengths[0] > 0
    assert curve_len(plot.test_loss) == curve_len(plot.train_acc) == lengths[-1]
    x, y = plot.train_loss.getData()
    assert x[-1] == last_epoch and np.all(np.diff(x) > 0)
    assert np.all(np.isfinite(y)) and plot.test_loss.isVisible() and plot.acc_box.isVisible()
    assert "test acc" in plot.legend.text()

    loop.send(Pause())
    loop.send(Reset())
    snap = loop.poll()
    assert snap.reset
    show(plot, snap)
    assert curve_len(plot.train_loss) == len(snap.history) <= 1
    plot.clear()
    assert curve_len(plot.train_loss) == 0 and len(plot.buffer) == 0


def test_decimation_keeps_the_plot_bounded_and_ends_at_the_last_epoch(plot):
    snap = steps(make_loop(), 1)
    epochs = 0
    for chunk in (7, 50_000, 1, 3, 20_000):
        e = np.arange(epochs, epochs + chunk, dtype=float)
        epochs += chunk
        rows = np.column_stack([e, 1 / (1 + e), 2 / (1 + e), e * 0 + 0.5, e * 0 + 0.4,
                                1.5 / (1 + e)])
        show(plot, dataclasses.replace(snap, reset=False, history=rows))
        x, y = plot.train_loss.getData()
        assert len(x) <= MAX_POINTS + 1
        assert x[-1] == epochs - 1 and np.all(np.diff(x) > 0)
        assert y[-1] == pytest.approx(1 / epochs)
    # thinned evenly: committed points share one stride
    assert len(set(np.diff(x[:-1]))) == 1 and plot.buffer.stride > 1
    assert curve_len(plot.test_acc) == len(x)


def test_buffer_chunking_matches_row_by_row_and_dedupes_epochs():
    rows = np.column_stack([np.arange(300.0)] * len(HISTORY_COLUMNS))
    one, many = DecimatingBuffer(16), DecimatingBuffer(16)
    for r in rows:
        one.append(r[None])
    many.append(rows[:37])
    many.append(rows[37:])
    assert np.array_equal(one.rows(), many.rows()) and len(one) <= 17
    again = rows[-1:].copy()
    again[0, 1] = -1.0  # the same epoch re-evaluated replaces the newest row
    many.append(again)
    assert len(many) == len(one) and many.rows()[-1, 1] == -1.0


def test_log_y_toggle(plot):
    show(plot, steps(make_loop(), 3))
    plot.set_log_y(True)
    assert plot.log_check.isChecked() and plot.is_log_y()
    assert plot.plot_item.getAxis("left").logMode
    assert not plot.plot_item.getAxis("right").logMode
    assert plot.train_loss.opts["logMode"][1]
    assert not plot.train_acc.opts["logMode"][1]  # accuracy stays linear
    plot.log_check.setChecked(False)  # the checkbox drives the same thing
    assert not plot.plot_item.getAxis("left").logMode and not plot.train_loss.opts["logMode"][1]


def test_regression_has_no_accuracy_curves(plot):
    loop = regression_loop()
    snap = steps(loop, 4)
    show(plot, snap)
    assert curve_len(plot.train_loss) > 0 and curve_len(plot.test_loss) > 0
    assert not plot.acc_box.isVisible() and curve_len(plot.train_acc) == 0
    assert not plot.plot_item.getAxis("right").isVisible()
    assert "acc" not in plot.legend.text() and "test loss" in plot.legend.text()


def test_no_test_split_hides_test_curves(plot):
    points = make_dataset("circle", n=60, noise=0.0, seed=0, train_ratio=1.0)
    snap = steps(make_loop(points=points), 3)
    assert np.isnan(snap.history[:, 2]).all()
    show(plot, snap)
    assert curve_len(plot.train_loss) > 0
    assert not plot.test_loss.isVisible() and not plot.test_acc.isVisible()
    assert "test" not in plot.legend.text()


# --- network view -------------------------------------------------------------------------------
def node_counts(view: NetworkView) -> list[int]:
    return [len(c.nodes) for c in view.columns]


def test_network_builds_nodes_and_edges_for_the_architecture(net):
    loop = make_loop()
    snap = steps(loop, 2)
    net.show_network(NetworkPicture.of_snapshot(snap))
    assert node_counts(net) == [2, 4, 2, 1]
    assert [len(e) for e in net.edges] == [8, 8, 2]
    hidden = net.columns[1].nodes[0].pixmap()
    assert hidden.width() == 12 and not hidden.isNull()  # the neuron grid, not the placeholder
    assert net.columns[-1].nodes[0].pixmap().width() == 32  # heatmap picture
    first = net.columns[1].nodes[0]
    net.show_network(NetworkPicture.of_snapshot(steps(loop, 1)))
    assert net.columns[1].nodes[0] is first  # same architecture: items are reused

    bigger = snap.config.replace(hidden_layers=(8, 3), activations=("relu", "tanh"),
                                 features=("x1", "x2", "x1x2"))
    loop.send(SetConfig(bigger))
    net.show_network(NetworkPicture.of_snapshot(steps(loop, 1)))
    counts = drawn_counts(net, (3, 8, 3, 1))  # as many of 8 as the view's height has room for
    assert node_counts(net) == counts and counts[0] == 3 and counts[2:] == [3, 1]
    assert [len(e) for e in net.edges] == [a * b for a, b in zip(counts, counts[1:])]
    assert net.columns[1].nodes[0] is not first


def drawn_counts(net, sizes):
    """The units the diagram draws of layers of ``sizes``: a layer whole when the view has room
    for it at full size, else a window of ``rows`` units."""
    layout = net.layout_
    assert 1 <= layout.rows <= layout.whole <= MAX_SHOWN
    return [n if n <= layout.whole else layout.rows for n in sizes]


def test_network_summarises_wide_layers(net):
    config = Document().config.replace(hidden_layers=(64, 3), activations=("tanh", "tanh"))
    snap = steps(make_loop(config), 1)
    net.show_network(NetworkPicture.of_snapshot(snap))
    rows = net.layout_.rows
    assert node_counts(net) == drawn_counts(net, (2, 64, 3, 1)) == [2, rows, 3, 1]
    assert net.columns[1].more is not None
    assert net.columns[1].more.text() == f"+{64 - rows} more ▼"
    assert net.columns[2].more is None
    assert [len(e) for e in net.edges] == [2 * rows, rows * 3, 3]


def test_edge_pens_follow_the_weights(net):
    snap = steps(make_loop(), 1)
    weights = [np.full_like(w, 0.3) for w in snap.weights]
    net.show_network(NetworkPicture.of_snapshot(dataclasses.replace(snap, weights=tuple(weights))))
    thin = probes.edge_pen(net, 0, 1, 2)
    weights[0][1, 2] = -2.5
    net.show_network(NetworkPicture.of_snapshot(dataclasses.replace(snap, weights=tuple(weights))))
    thick = probes.edge_pen(net, 0, 1, 2)
    assert thick.widthF() > thin.widthF()
    assert thick.color().blue() > thick.color().red()  # negative: blue (test_sign_colours)
    assert thin.color().red() > thin.color().blue()  # positive: orange
    assert probes.edge_pen(net, 0, 0, 0) == thin  # unchanged weights keep their pen


def test_multiclass_output_and_no_neuron_grids(net):
    points = make_dataset("blobs", n=90, noise=0.1, seed=0, n_classes=3, train_ratio=0.5)
    config = base_config().replace(n_classes=3)
    snap = steps(make_loop(config, points, neuron_resolution=0), 1)
    assert snap.neurons == ()
    net.show_network(NetworkPicture.of_snapshot(snap))
    assert node_counts(net) == [2, 4, 2, 3]
    assert net.columns[1].nodes[0].pixmap().width() == 8  # placeholder stays


def test_network_update_time_and_rendering(net, plot, qtbot):
    config = Document().config.replace(hidden_layers=(8, 8), activations=("tanh", "tanh"))
    loop = make_loop(config, neuron_resolution=24)
    snaps = [steps(loop, 2) for _ in range(30)]
    net.show_network(NetworkPicture.of_snapshot(snaps[0]))
    start = time.perf_counter()
    for snap in snaps:
        net.show_network(NetworkPicture.of_snapshot(snap))
    middle = time.perf_counter()
    for snap in snaps:
        show(plot, snap)
    end = time.perf_counter()
    n = len(snaps)
    print(f"\n[8, 8] per snapshot: NetworkView {(middle - start) / n * 1e3:.2f} ms, "
          f"LossPlot {(end - middle) / n * 1e3:.2f} ms")
    qtbot.wait(10)
    assert not net.grab().isNull() and not plot.grab().isNull()


def test_view_grows_in_steps_so_axes_do_not_repaint_every_frame(plot):
    from playground.ui.views.loss_plot import nice_ceil

    assert [nice_ceil(v) for v in (0.7, 1.0, 1.2, 3, 7, 130)] == [1.0, 1.0, 2.0, 5.0, 10.0, 200.0]
    snap = steps(make_loop(), 1)
    show(plot, snap)
    (x0, x1), (y0, y1) = plot.plot_item.vb.viewRange()
    assert x0 == 0 and x1 == nice_ceil(max(snap.history[-1, 0], 1.0))
    assert y1 >= np.nanmax(snap.history[:, 1:3]) and y1 == pytest.approx(
        nice_ceil(np.nanmax(snap.history[:, 1:3])), rel=0.05)


def test_network_redraws_are_throttled_but_the_latest_arrives(net, qtbot):
    loop = make_loop()
    first = steps(loop, 1)
    net.show_network(NetworkPicture.of_snapshot(first))
    drawn = []
    original = net._draw
    net._draw = lambda snap: (drawn.append(snap.epoch), original(snap))
    later = [steps(loop, 1) for _ in range(3)]
    for snap in later:
        # within the redraw interval: only the newest is kept
        net.show_network(NetworkPicture.of_snapshot(snap))
    assert drawn == []
    qtbot.waitUntil(lambda: drawn == [later[-1].epoch], timeout=1000)
    reset = steps(loop, 0)
    import dataclasses

    # a new network: at once
    net.show_network(NetworkPicture.of_snapshot(dataclasses.replace(reset, reset=True)))
    assert len(drawn) == 2
