"""Projector scale: View ▸ Zoom in / Zoom out / Actual size scale the window's text, the plots'
axes, the canvas's points and lines and the loss curves together; the factor is remembered in
the settings and carried by classroom sessions; at every step the window stays on a
1280 × 800 screen."""

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QScrollArea

from playground.session.file import load_session, save_session
from playground.ui import zoom
from playground.ui.classroom import ClassroomSettings
from playground.ui.views.canvas import POINT_SIZE
from playground.ui.views.curve_view import CURVE_WIDTH
from playground.ui.views.curve_view import POINT_SIZE as CURVE_POINT_SIZE
from playground.ui.views.network_diagram import LABEL_PT
from playground.ui.views.network_layout import Layout, Target


@pytest.fixture(autouse=True)
def actual_size_afterwards():
    """The application font is shared by every widget of the test run: put it back."""
    yield
    zoom.set_app_font(zoom.scaled_app_font(zoom.ACTUAL))


def app_points() -> float:
    return QApplication.font().pointSizeF()


def tick_points(w) -> float:
    axis = w.canvas._plot.getPlotItem().getAxis("bottom")
    font = axis.style["tickFont"]
    return (font or QApplication.font()).pointSizeF()


def test_zoom_in_scales_text_points_and_lines_and_actual_size_restores(qtbot, window):
    w = window
    before = (app_points(), w.canvas.point_size(), tick_points(w), w.loss_plot.line_width(),
              w.data_panel.font().pointSizeF())
    w.commands["view.zoom_in"].trigger()
    w.commands["view.zoom_in"].trigger()
    assert w.zoom.factor > 1
    after = (app_points(), w.canvas.point_size(), tick_points(w), w.loss_plot.line_width(),
             w.data_panel.font().pointSizeF())
    for old, new in zip(before, after, strict=True):
        assert new == pytest.approx(old * w.zoom.factor), (before, after)
    assert "Zoom 125 %" in w.statusBar().currentMessage()
    w.commands["view.zoom_out"].trigger()
    assert w.canvas.point_size() < after[1]
    w.commands["view.zoom_actual"].trigger()
    assert (app_points(), w.canvas.point_size(), tick_points(w), w.loss_plot.line_width(),
            w.data_panel.font().pointSizeF()) == pytest.approx(before)


def test_zoom_stops_at_its_ends(window):
    w = window
    for _ in range(len(zoom.STEPS) + 2):
        w.commands["view.zoom_in"].trigger()
    assert w.zoom.factor == zoom.STEPS[-1] and not w.commands["view.zoom_in"].isEnabled()
    for _ in range(len(zoom.STEPS) + 2):
        w.commands["view.zoom_out"].trigger()
    assert w.zoom.factor == zoom.STEPS[0] and not w.commands["view.zoom_out"].isEnabled()
    assert w.commands["view.zoom_in"].isEnabled()


def test_the_shortcuts_and_reset_view_moved_off_ctrl_0(window):
    c = window.commands
    keys = {name: [k.toString() for k in c[name].shortcuts()]
            for name in ("view.zoom_in", "view.zoom_out", "view.zoom_actual", "view.reset_view")}
    assert keys["view.zoom_in"] == ["Ctrl+=", "Ctrl++"]
    assert keys["view.zoom_out"] == ["Ctrl+-"] and keys["view.zoom_actual"] == ["Ctrl+0"]
    assert keys["view.reset_view"] and "Ctrl+0" not in keys["view.reset_view"]
    # no key sequence is bound twice in the window (Qt would ignore both as ambiguous)
    seen: dict[str, str] = {}
    for action in window.findChildren(type(c["train.play"])):
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in seen or seen[text] == action.text(), (text, action.text())
            seen[text] = action.text()


def test_the_zoom_survives_a_restart(qtbot, make_window):
    w = make_window()
    for _ in range(3):
        w.commands["view.zoom_in"].trigger()
    factor = w.zoom.factor
    assert factor == 1.5
    w.save_settings()
    zoom.set_app_font(zoom.scaled_app_font(zoom.ACTUAL))  # as a new process starts
    base = app_points()
    other = make_window()
    assert other.zoom.factor == factor
    assert app_points() == pytest.approx(base * factor)
    assert other.canvas.point_size() == pytest.approx(w.canvas.point_size())


def test_every_step_fits_a_1280_by_800_screen(qtbot, window):
    w = window
    qtbot.waitUntil(lambda: w.layout_.sized, timeout=5000)
    screen = w.screen().availableGeometry()
    for step in zoom.STEPS:
        w.zoom.set_factor(step)
        qtbot.wait(30)  # the window fits itself once the widgets measured the font
        hint = w.minimumSizeHint()
        assert hint.width() <= screen.width() and hint.height() <= screen.height(), step
        assert screen.contains(w.frameGeometry()), (step, w.frameGeometry())
        legend = w.loss_plot.legend
        assert legend.height() >= legend.heightForWidth(legend.width()), step  # no line cut


def clipped(widget) -> bool:
    """A widget given less room than its layout needs draws its contents cut."""
    need = widget.minimumSizeHint()
    return widget.width() < need.width() or widget.height() < need.height()


def title_height(dock) -> int:
    """How far down the dock its contents start: its title bar."""
    return dock.widget().geometry().top()


def test_every_step_fits_a_1280_by_800_screen_with_each_inspect_dock_open(qtbot, window):
    """A dock's contents scroll rather than widen the window or get cut (the confusion matrix
    included); the docks' titles grow with the text."""
    w = window
    qtbot.waitUntil(lambda: w.layout_.sized, timeout=5000)
    screen = w.screen().availableGeometry()
    diagnostics = w.inspect.diagnostics
    qtbot.waitUntil(lambda: w.last_snapshot is not None, timeout=10000)
    w.commands["inspect.diagnostics"].trigger()
    diagnostics.flush()
    table = diagnostics.confusion
    assert table.rowCount() == 2  # the spiral's two classes
    for step in zoom.STEPS:
        w.zoom.set_factor(step)
        for ident, dock in zip(("inspect.diagnostics", "inspect.hidden_space", "inspect.regions",
                                "inspect.landscape"), w.inspect.docks, strict=True):
            if not dock.isVisible():
                w.commands[ident].trigger()
            dock.raise_()
            qtbot.wait(30)  # the window fits itself once the widgets measured the font
            assert dock.isVisible(), (step, ident)
            assert screen.contains(w.frameGeometry()), (step, ident, w.frameGeometry())
            # the contents get the room their layout needs, or scroll
            view = dock.widget()
            assert not clipped(view.widget() if isinstance(view, QScrollArea) else view), (
                step, ident)
            if ident == "inspect.diagnostics":
                assert table.isVisible(), step
                # the wrapped lines above the matrix each get their height, the matrix its own
                for label in (diagnostics.scores, diagnostics.confusion_title):
                    assert label.height() >= label.heightForWidth(label.width()), (step, label)
                assert table.height() >= table.minimumHeight(), step
                # every row of the matrix a line of its text high, the bottom one shown
                line = QFontMetrics(table.font()).height()
                assert min(table.rowHeight(i) for i in range(2)) >= line, (step, line)
                last = table.rowViewportPosition(1) + table.rowHeight(1)
                assert last <= table.viewport().height(), step
            # the title bar as tall as a line of the text at this zoom
            assert title_height(dock) >= QFontMetrics(QApplication.font()).height(), (
                step, ident, title_height(dock))


def test_a_classroom_session_carries_its_zoom(qtbot, make_window, tmp_path):
    teacher = make_window()
    teacher.layout_.set_classroom(ClassroomSettings(hidden=("training",)))
    teacher.zoom.set_factor(1.75)
    path = tmp_path / "lesson.pgsession"
    assert teacher.files.save_session(str(path))
    assert load_session(path).view["zoom"] == 1.75
    teacher.zoom.reset()

    student = make_window()
    assert student.zoom.factor == 1.0
    assert student.files.open_session(str(path))
    assert student.zoom.factor == 1.75
    assert app_points() == pytest.approx(zoom.scaled_app_font(1.0).pointSizeF() * 1.75)


def test_an_older_classroom_session_opens_at_100_percent(qtbot, make_window, tmp_path):
    teacher = make_window()
    teacher.layout_.set_classroom(ClassroomSettings(hidden=("loss",)))
    path = tmp_path / "older.pgsession"
    assert teacher.files.save_session(str(path))
    older = load_session(path)
    del older.view["zoom"]  # written before the projector scale
    save_session(path, older)

    student = make_window()
    student.zoom.set_factor(1.5)
    assert student.files.open_session(str(path))
    assert student.zoom.factor == 1.0 and student.canvas.point_size() == POINT_SIZE


def test_a_session_outside_classroom_mode_keeps_the_users_zoom(qtbot, make_window, tmp_path):
    w = make_window()
    path = tmp_path / "plain.pgsession"
    assert w.files.save_session(str(path))
    assert "zoom" not in load_session(path).view
    w.zoom.set_factor(1.25)
    assert w.files.open_session(str(path))
    assert w.zoom.factor == 1.25


@pytest.mark.parametrize("value, expected", [
    (1.5, 1.5), ("1.25", 1.25), (1.3, 1.25), (9, 2.0), (0.1, 0.8),
    (None, None), ("big", None), (-1, None), (float("nan"), None), (True, None)])
def test_saved_factors_are_read_as_the_nearest_step(value, expected):
    assert zoom.parse_factor(value) == expected


def test_the_curve_views_points_and_lines_follow_the_zoom(qtbot, window):
    """A 1-D session's curve view, made after the zoom was set and zoomed while it shows."""
    w = window
    w.zoom.set_factor(1.5)
    w.document.regenerate(w.document.dataset.copy(name="sine"))
    curve = w.layout_.curve_view
    assert curve is not None and w.layout_.current_output() is curve
    assert curve.point_size() == pytest.approx(CURVE_POINT_SIZE * 1.5)
    assert curve.line_width() == pytest.approx(CURVE_WIDTH * 1.5)
    w.commands["view.zoom_in"].trigger()
    assert curve.point_size() == pytest.approx(CURVE_POINT_SIZE * 1.75)
    assert curve.test_points.opts["size"] == pytest.approx(CURVE_POINT_SIZE * 1.75)
    w.commands["view.zoom_actual"].trigger()
    assert (curve.point_size(), curve.line_width()) == pytest.approx(
        (CURVE_POINT_SIZE, CURVE_WIDTH))


def test_the_diagrams_text_on_screen_follows_the_zoom(qtbot, window):
    """In the window as it opens at 1280 × 800 the diagram is fitted into its area: its text
    still grows with the zoom on screen (9 pt at 100 %, 18 pt at 200 %), the diagram panned
    where it no longer fits."""
    w = window
    qtbot.waitUntil(lambda: w.layout_.sized, timeout=5000)
    qtbot.waitUntil(lambda: w.last_snapshot is not None, timeout=10000)
    net = w.network_view
    sizes = {}
    for step in zoom.STEPS:
        w.zoom.set_factor(step)
        qtbot.wait(30)  # the widths shared out again
        net.flush()
        sizes[step] = net.label_point_size()
        assert sizes[step] >= LABEL_PT * step - 1e-6, (step, sizes)
    assert sizes[2.0] >= 1.9 * sizes[1.0], sizes


def title_ink_height(dock) -> int:
    """How many pixel rows of the dock's title bar hold its title's text (darker than the
    bar)."""
    image = dock.grab(QRect(0, 0, dock.width(), title_height(dock))).toImage()
    background = image.pixelColor(image.width() - 2, 1).lightness()  # no text at the far end
    rows = [y for y in range(image.height())
            if any(abs(image.pixelColor(x, y).lightness() - background) > 80
                   for x in range(min(image.width() // 2, 200)))]
    return rows[-1] - rows[0] + 1 if rows else 0


def test_the_inspect_docks_titles_follow_the_zoom(qtbot, window):
    w = window
    w.commands["inspect.diagnostics"].trigger()
    dock = w.inspect.diagnostics_dock
    qtbot.wait(30)
    small = title_ink_height(dock)
    assert small > 0
    w.zoom.set_factor(2.0)
    qtbot.wait(30)
    assert title_ink_height(dock) >= 1.6 * small, (small, title_ink_height(dock))


def test_the_diagrams_text_never_overlaps_at_any_step(qtbot, window):
    """Titles, input names and a windowed layer's markers keep apart as the text grows: the
    columns and markers make room for it."""
    w = window
    qtbot.waitUntil(lambda: w.layout_.sized, timeout=5000)
    qtbot.waitUntil(lambda: w.last_snapshot is not None, timeout=10000)
    net = w.network_view
    for step in zoom.STEPS:
        w.zoom.set_factor(step)
        qtbot.wait(30)
        net.flush()
        texts = [item.sceneBoundingRect() for item in net.scene().items()
                 if isinstance(item, QGraphicsSimpleTextItem) and item.isVisible()]
        assert texts
        for i, a in enumerate(texts):
            for b in texts[i + 1:]:
                assert not a.intersects(b), (step, a, b)


def test_larger_text_widens_the_diagrams_columns_and_hit_tests_follow():
    plain, large = Layout((2, 8, 1)), Layout((2, 8, 1), text_scale=2.0)
    assert large.x(1) > plain.x(1) and large.gap == 2 * plain.gap
    assert Layout((2, 8, 1), text_scale=0.8).gap == plain.gap  # never narrower than at 100 %
    for layout in (plain, large):
        x, y = layout.centre(1, 3)
        assert layout.hit(x, y) == Target("neuron", 1, 3)


def test_with_a_dock_open_settings_wider_than_the_room_scroll_sideways(qtbot, window):
    """Where the settings column, the diagram, the output and a dock need more than the
    screen's width (large text in a wider font than the tests'), the settings column gives
    way and scrolls sideways: the window stays on the screen."""
    w = window
    qtbot.waitUntil(lambda: w.layout_.sized, timeout=5000)
    screen = w.screen().availableGeometry()
    w.commands["inspect.diagnostics"].trigger()
    w.data_panel.setMinimumWidth(560)  # as DejaVu Sans at 200 % under X11 measures it
    w.zoom.set_factor(2.0)
    qtbot.wait(50)
    assert screen.contains(w.frameGeometry()), w.frameGeometry()
    column = w.layout_.settings_column
    assert column.width() < column.widget().minimumSizeHint().width()
    assert column.horizontalScrollBar().isVisible()
    w.commands["inspect.diagnostics"].trigger()  # the dock closed: the column whole again
    qtbot.wait(50)
    assert column.width() >= column.widget().minimumSizeHint().width()


def test_zooming_in_and_back_gives_the_layout_of_before(qtbot, window):
    """150 % and back to 100 %: the canvas, the loss curves and the diagram get the room they
    had (the splitters shared out again, nothing left over from the larger text)."""
    w = window
    qtbot.waitUntil(lambda: w.layout_.sized, timeout=5000)
    qtbot.wait(50)
    before = (w.layout_.main_split.sizes(), w.layout_.output_split.sizes(),
              w.canvas.plot_area_size())
    w.zoom.set_factor(1.5)
    qtbot.wait(50)
    w.zoom.reset()
    qtbot.wait(50)
    after = (w.layout_.main_split.sizes(), w.layout_.output_split.sizes(),
             w.canvas.plot_area_size())
    for was, now in zip(before[:2], after[:2], strict=True):
        assert now == pytest.approx(was, abs=4), (before, after)
    assert after[2].width() >= before[2].width() - 4 and \
        after[2].height() >= before[2].height() - 4, (before, after)


def test_the_canvas_key_follows_the_zoom(qtbot, window):
    w = window
    qtbot.waitUntil(lambda: w.layout_.sized, timeout=5000)
    key = w.canvas.key.legend
    before = key.boundingRect()
    w.zoom.set_factor(1.5)
    qtbot.wait(30)
    larger = key.boundingRect()
    # text and markers 1.5 times larger (the frame and spacing stay)
    assert larger.height() > 1.2 * before.height() and larger.width() > 1.2 * before.width()
    w.zoom.reset()
    qtbot.wait(30)
    assert key.boundingRect().height() == pytest.approx(before.height(), abs=2)


def test_at_large_text_the_network_settings_leave_the_diagram_half_its_column(qtbot, window):
    """At 200 % the network settings want most of their column: they scroll instead, and the
    diagram keeps room to show its units."""
    w = window
    qtbot.waitUntil(lambda: w.layout_.sized, timeout=5000)
    w.zoom.set_factor(2.0)
    qtbot.wait(50)
    column = w.network_view.parentWidget()
    assert w.network_view.height() >= 0.45 * column.height(), (w.network_view.height(),
                                                                column.height())
