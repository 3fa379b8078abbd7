"""A layout that holds at 1280 × 800 (issue 20): the window fits the screen it opens on, a
saved size larger than the screen included; the canvas's plot area is at least 420 px each
way; the network diagram keeps neurons at least 32 px and its text at least 9 pt however wide
a layer is, showing a window of a wide layer's units, and every unit of a 256-unit layer can
be reached, hovered, frozen and pruned."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from playground.ui.layout import fitted_size
from tests.ui.probes import edge_line, link_scene_pos, neuron_look, neuron_scene_pos
from tests.ui.test_window import TIMEOUT, first_snapshot

MIN_PLOT = 420  # px, the plot area inside the axes
MIN_NEURON = 32  # px
MIN_LABEL = 9.0  # pt


def available(w):
    return w.screen().availableGeometry()


def test_the_window_keeps_inside_a_screen_with_its_frame():
    screen, small = QSize(1280, 800), QSize(640, 480)
    title_bar = QSize(0, 30)
    assert fitted_size(QSize(1280, 800), screen, title_bar, small) == QSize(1280, 770)
    # a saved size from a larger screen shrinks to this one's room
    assert fitted_size(QSize(1920, 1080), screen, QSize(8, 34), small) == QSize(1272, 766)
    assert fitted_size(QSize(1000, 700), screen, title_bar, small) == QSize(1000, 700)
    assert fitted_size(QSize(300, 200), screen, title_bar, small) == small


def test_a_saved_geometry_larger_than_the_screen_is_shrunk(qtbot, window):
    w = window
    big = QWidget()
    qtbot.addWidget(big)
    big.setGeometry(0, 0, 1920, 1080)  # saved on a larger screen
    saved = big.saveGeometry()
    w.hide()
    assert w.restoreGeometry(saved)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: available(w).contains(w.frameGeometry()), timeout=TIMEOUT)
    assert w.height() <= available(w).height()


def settled(qtbot, w):
    first_snapshot(qtbot, w)
    qtbot.waitUntil(lambda: w.layout_.sized, timeout=TIMEOUT)
    qtbot.wait(50)


def test_the_plot_area_is_at_least_420_px_at_1280_by_800(qtbot, window):
    w = window
    settled(qtbot, w)
    assert available(w).contains(w.frameGeometry())
    assert w.size().width() >= 1200 and w.size().height() >= 760  # the screen's size
    area = w.canvas.plot_area_size()
    assert area.width() >= MIN_PLOT and area.height() >= MIN_PLOT, area


def use_layer(qtbot, w, units):
    """Layer 1 of ``units`` units, as typed in the network panel; wait until it is drawn."""
    doc = w.document
    doc.set_config(dataclasses.replace(doc.config, hidden_layers=(units, 8),
                                       activations=("tanh", "tanh")))
    net = w.network_view
    qtbot.waitUntil(lambda: net.picture is not None
                    and net.picture.config.hidden_layers[0] == units, timeout=TIMEOUT)
    qtbot.wait(50)
    return net


@pytest.mark.parametrize("units", [8, 16, 256])
def test_neurons_and_labels_stay_readable_however_wide_the_layer(qtbot, window, units):
    w = window
    settled(qtbot, w)
    net = use_layer(qtbot, w, units)
    assert net.neuron_diameter() >= MIN_NEURON
    assert net.label_point_size() >= MIN_LABEL
    shown = net.visible_units(1)
    assert shown.start == 0 and 1 <= len(shown) <= min(units, 16)
    if len(shown) < units:  # a window of the layer's units, saying which
        column = net.columns[1]
        assert column.range_label is not None and column.more is not None
        assert column.range_label.text() == f"1–{len(shown)} of {units}"
        assert column.more.text() == f"+{units - len(shown)} more ▼"
        for marker in (column.range_label, column.more):
            assert marker.font().pointSizeF() * net.transform().m11() >= MIN_LABEL
    if units == 8:  # the default network is drawn whole
        assert len(shown) == units


def wheel(net, scene_pos, notches):
    pos = QPointF(net.mapFromScene(scene_pos))
    event = QWheelEvent(pos, QPointF(net.viewport().mapToGlobal(pos.toPoint())), QPoint(),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(net.viewport(), event)


def test_the_wheel_and_the_keys_scroll_a_wide_layer(qtbot, window):
    w = window
    settled(qtbot, w)
    net = use_layer(qtbot, w, 256)
    shown = net.visible_units(1)
    wheel(net, neuron_scene_pos(net, 0, shown[1]), -2)  # towards the later units
    later = net.visible_units(1)
    assert later.start > 0 and len(later) == len(shown)
    assert net.columns[1].range_label.text().startswith(f"▲ {later.start + 1}–")
    net.setFocus()
    qtbot.keyClick(net, Qt.Key.Key_End)
    assert net.visible_units(1).stop == 256 and net.columns[1].more.text() == "+0 more"
    qtbot.keyClick(net, Qt.Key.Key_Home)
    assert net.visible_units(1).start == 0


def test_unit_200_of_a_256_unit_layer_is_hovered_frozen_and_pruned(qtbot, window, monkeypatch):
    w = window
    settled(qtbot, w)
    net = use_layer(qtbot, w, 256)
    assert 199 not in net.visible_units(1)
    net.show_unit(1, 199)
    assert 199 in net.visible_units(1)
    # its links are drawn to it, from the inputs and to layer 2
    x, y = neuron_scene_pos(net, 0, 199).toTuple()
    _, _, x1, y1 = edge_line(net, 0, 1, 199)
    assert (x1, y1) == pytest.approx((x - 16, y))
    x0, y0, _, _ = edge_line(net, 1, 199, 0)
    assert (x0, y0) == pytest.approx((x + 16, y))
    # hovering it fills the canvas with its output
    hovered = []
    net.sigNeuronHovered.connect(hovered.append)
    pos = QPointF(net.mapFromScene(neuron_scene_pos(net, 0, 199)))
    move = QMouseEvent(QEvent.Type.MouseMove, pos, net.viewport().mapToGlobal(pos),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(net.viewport(), move)
    assert hovered[-1] == (0, 199)
    assert "neuron 200 of layer 1" in net.hover_text(net.pointer.hover).lower()
    # its context menu freezes it, then prunes it, in the session's config
    for state in ("frozen", "pruned"):
        monkeypatch.setattr(net.pointer, "show_menu", lambda menu, _where, s=state: next(
            a for a in menu.actions() if a.data() == s).trigger())
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos.toPoint(),
                                  net.viewport().mapToGlobal(pos.toPoint()))
        QApplication.sendEvent(net.viewport(), event)
        assert w.document.config.neuron_state(0, 199) == state
        assert w.document.config.neuron_state(0, 0) == "active"
        qtbot.waitUntil(lambda s=state: net.picture.config.neuron_state(0, 199) == s,
                        timeout=TIMEOUT)
        w.network_view.flush()
        assert neuron_look(net, 0, 199) == state


def click(net, scene_pos):
    pos = QPointF(net.mapFromScene(scene_pos))
    for kind, buttons in ((QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
                          (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton)):
        event = QMouseEvent(kind, pos, net.viewport().mapToGlobal(pos),
                            Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(net.viewport(), event)


def test_the_markers_page_a_wide_layer_and_a_link_of_unit_200_takes_a_typed_weight(
        qtbot, window):
    w = window
    settled(qtbot, w)
    net = use_layer(qtbot, w, 256)
    shown = net.visible_units(1)
    more = net.columns[1].more
    click(net, more.sceneBoundingRect().center())  # "+N more ▼": a page on
    page = net.visible_units(1)
    assert page.start == shown.stop - 1 and len(page) == len(shown)
    click(net, net.columns[1].range_label.sceneBoundingRect().center())  # "▲": a page back
    assert net.visible_units(1) == shown
    menu = net.layer_menu(1)
    assert len(menu.actions()) == 3
    menu.actions()[2].trigger()  # the last units
    assert net.visible_units(1).stop == 256
    # a weight into unit 200 is typed into the session's network
    net.show_unit(1, 199)
    click(net, link_scene_pos(net, 0, 0, 199))
    editor = net.editor
    assert editor is not None and "neuron 200 of layer 1" in editor.title.text()
    editor.field.setText("1.25")
    editor.commit()
    qtbot.waitUntil(lambda: w.last_snapshot.weights[0][0, 199] == 1.25, timeout=TIMEOUT)
