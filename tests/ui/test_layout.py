"""The teaching layout: data, network and output in view at once at common screen sizes; the
View menu's sections and full-window canvas; classroom mode saved in and opened from a session."""

import pytest

from playground.session.file import load_session
from playground.ui.classroom import ClassroomSettings
from tests.ui import probes


def settle(qtbot, w, size):
    qtbot.wait(20)  # the window has fitted itself to the (1280 × 800) screen once shown
    w.resize(*size)  # 1920 × 1080: as on a larger screen
    w.layout_.fit_sizes()
    qtbot.wait(50)


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_everything_is_in_view_at_common_sizes(make_window, qtbot, size):
    w = make_window()
    settle(qtbot, w, size)
    qtbot.waitUntil(lambda: w.last_snapshot is not None, timeout=5000)
    canvas = w.canvas.plot_rect() if hasattr(w.canvas, "plot_rect") else w.canvas.size()
    side = min(canvas.width(), canvas.height())
    assert side >= (420 if size[0] == 1280 else 600), canvas
    for widget in (w.data_panel, w.training_panel, w.network_panel, w.network_view,
                   w.loss_plot, w.canvas):
        assert widget.isVisible() and widget.width() > 150 and widget.height() > 150, widget
    assert w.loss_plot.height() >= 200
    # neuron pictures of the default network (layers of 8 units) are at least 32 px
    assert max(w.document.config.hidden_layers) == 8
    qtbot.waitUntil(lambda: probes.node_pixels(w.network_view) >= 32, timeout=3000)
    # the common settings need no scrolling
    bar = w.layout_.settings_column.verticalScrollBar()
    assert bar.maximum() == 0 or not bar.isVisible()
    if size == (1920, 1080):
        assert w.network_view.width() > 800  # the middle grows, no large empty margins


def test_view_menu_hides_sections_and_full_canvas_restores_them(make_window, qtbot):
    w = make_window()
    layout = w.layout_
    layout.actions["loss"].trigger()
    assert not w.loss_plot.isVisible() and w.canvas.isVisible()
    layout.actions["data"].trigger()
    layout.actions["training"].trigger()
    assert not layout.settings_column.isVisible()  # nothing left in the column
    layout.actions["data"].trigger()
    assert layout.settings_column.isVisible() and w.data_panel.isVisible()
    layout.full_canvas_action.trigger()
    assert w.canvas.isVisible()
    assert not any(wd.isVisible() for wd in (w.data_panel, w.network_view, w.network_panel))
    layout.full_canvas_action.trigger()
    assert w.data_panel.isVisible() and w.network_view.isVisible()
    assert not w.loss_plot.isVisible() and not w.training_panel.isVisible()  # as before


def test_classroom_sessions_open_straight_into_the_lesson(make_window, qtbot, tmp_path):
    w = make_window()
    lesson = ClassroomSettings(hidden=("training", "loss"), fixed=("network",))
    w.layout_.set_classroom(lesson)
    assert not w.training_panel.isVisible() and not w.loss_plot.isVisible()
    assert not w.network_panel.isEnabled() and w.data_panel.isEnabled()
    assert not w.layout_.actions["loss"].isEnabled()  # a student cannot show it again
    path = tmp_path / "lesson.pgsession"
    assert w.files.save_session(str(path))
    assert load_session(path).view["classroom"] == {"hidden": ["training", "loss"],
                                                   "fixed": ["network"]}

    student = make_window()
    assert student.training_panel.isVisible()
    assert student.files.open_session(str(path))
    assert not student.training_panel.isVisible() and not student.loss_plot.isVisible()
    assert not student.network_panel.isEnabled()
    assert student.layout_.classroom_label.isVisible()
    student.layout_.leave_classroom()
    assert student.training_panel.isVisible() and student.network_panel.isEnabled()
    assert student.files.save_session(str(path))
    assert load_session(path).view["classroom"] is None


def test_fixed_data_stops_drawing(make_window, qtbot):
    w = make_window()
    w.layout_.set_classroom(ClassroomSettings(fixed=("data",)))
    assert not w.canvas.isEnabled() and not w.data_panel.isEnabled()
    assert not any(a.isEnabled() for a in w.tool_actions.values())
    w.layout_.set_classroom(None)
    assert w.canvas.isEnabled() and all(a.isEnabled() for a in w.tool_actions.values())


def test_window_icon_and_about_shows_the_version(make_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from playground import __version__

    w = make_window()
    assert not w.windowIcon().isNull() and w.windowIcon().availableSizes()
    shown = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _p, _t, text: shown.append(text)))
    about = next(a for a in w.findChildren(type(w.commands["train.play"])) if "About" in a.text())
    about.trigger()
    assert shown and __version__ in shown[0]


def test_dark_scheme_gives_dark_palette_and_plots(qapp, monkeypatch):
    from PySide6.QtGui import QColor, QPalette

    from playground.ui import theme

    monkeypatch.setenv("PLAYGROUND_COLOR_SCHEME", "light")
    assert not theme.is_dark() and theme.plot_background() == "#ffffff"
    monkeypatch.setenv("PLAYGROUND_COLOR_SCHEME", "dark")
    palette, style = qapp.palette(), qapp.style().name()
    try:
        theme.apply(qapp)
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert QColor(theme.plot_background()).lightness() < 80
        assert QColor(theme.plot_text()).lightness() > 150  # readable on it
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)


def test_a_one_d_session_shows_the_curve_view_in_place_of_the_canvas(make_window, qtbot):
    w = make_window()
    assert w.layout_.output_view.currentWidget() is w.canvas
    w.document.regenerate(w.document.dataset.copy(name="sine"))
    assert w.layout_.output_view.currentWidget() is w.layout_.curve_view is not None
    qtbot.waitUntil(lambda: w.last_snapshot is not None and w.last_snapshot.curve is not None,
                    timeout=5000)
    assert w.layout_.current_output() is w.layout_.curve_view
    w.document.undo_stack.undo()
    assert w.layout_.output_view.currentWidget() is w.canvas


def test_advanced_settings_fold_away_and_open(make_window):
    w = make_window()
    for fold, inner in ((w.training_panel.advanced, w.training_panel.fields["schedule"]),
                        (w.network_panel.advanced, w.network_panel.init)):
        assert not fold.isExpanded() and not inner.isVisible()
        fold.toggle.click()
        assert fold.isExpanded() and inner.isVisible()
        fold.toggle.click()
        assert not inner.isVisible()


def test_the_hidden_curve_view_does_not_redraw_on_2d_edits(make_window, qtbot):
    w = make_window()
    w.document.regenerate(w.document.dataset.copy(name="sine"))
    curve = w.layout_.curve_view
    w.document.undo_stack.undo()  # back to the 2-D spiral
    calls = []
    original = curve._redraw_points
    curve._redraw_points = lambda: (calls.append(1), original())
    for _ in range(3):
        w.document.add_points([[0.5, 0.5]], 0)
    assert calls == []
    w.document.regenerate(w.document.dataset.copy(name="sine"))
    assert calls and len(curve.train_points.data) + len(curve.test_points.data) == len(
        w.document.points)


def test_one_d_controls_offer_only_what_applies(make_window):
    w = make_window()
    w.document.regenerate(w.document.dataset.copy(name="sine"))
    buttons = w.network_panel.feature_buttons
    assert buttons["x1"].isEnabled() and buttons["sin_x1"].isEnabled()
    assert not buttons["x2"].isEnabled() and not buttons["x1x2"].isEnabled()
    assert not w.data_panel.value_box.isVisibleTo(w.data_panel)  # y is where you click
    w.document.undo_stack.undo()
    assert buttons["x2"].isEnabled()
