"""Read-backs the tests need from the views, through the widgets' public Qt state.

The views keep no methods that exist only for tests: what a test wants to see (a link's pen,
a neuron's halo, a curve's points, a label's text) it reads here from the items, plot data
items and labels the view draws with.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen

from playground.data.points import PointSet
from playground.training.protocol import DIAGNOSTIC_COLUMNS
from playground.ui.dialogs.compare_results import LossCurves, ResultChart, config_color
from playground.ui.views.canvas import CanvasView
from playground.ui.views.diagnostics_view import N_COLUMNS, DiagnosticsView
from playground.ui.views.hidden_space_view import HiddenSpaceView
from playground.ui.views.landscape_view import LandscapeView
from playground.ui.views.loss_plot import LossPlot
from playground.ui.views.network_layout import NODE
from playground.ui.views.network_view import NetworkView

# --- the network diagram ----------------------------------------------------------------------


def neuron_count(net: NetworkView) -> int:
    """Nodes drawn (inputs, hidden, outputs)."""
    return sum(len(c.items) for c in net.columns)


def link_count(net: NetworkView) -> int:
    """Links drawn."""
    return sum(len(e) for e in net.edges)


def edge_pen(net: NetworkView, layer: int, i: int, j: int) -> QPen:
    """The pen of the drawn link from unit ``i`` of column ``layer`` to unit ``j`` of the
    next column (both among the shown units, by their index in the layer)."""
    a, b = net.columns[layer], net.columns[layer + 1]
    return net.edges[layer][(i - a.first) * len(b.items) + j - b.first].pen()


def edge_line(net: NetworkView, layer: int, i: int, j: int) -> tuple[float, float, float, float]:
    """Where the drawn link from unit ``i`` of column ``layer`` to unit ``j`` of the next runs
    (x0, y0, x1, y1, scene units)."""
    a, b = net.columns[layer], net.columns[layer + 1]
    line = net.edges[layer][(i - a.first) * len(b.items) + j - b.first].line()
    return line.x1(), line.y1(), line.x2(), line.y2()


def edge_width(net: NetworkView, layer: int, i: int, j: int) -> float:
    return edge_pen(net, layer, i, j).widthF()


def bias_brush(net: NetworkView, layer: int, unit: int) -> QBrush:
    """The fill of the bias marker of unit ``unit`` of column ``layer + 1``."""
    column = net.columns[layer + 1]
    bias = column.items[unit - column.first].bias
    assert bias is not None
    return bias.brush()


def neuron_look(net: NetworkView, layer: int, unit: int) -> str:
    """"active", "frozen" or "pruned": how hidden neuron ``(layer, unit)`` is drawn."""
    column = net.columns[layer + 1]
    return column.items[unit - column.first].look


def halo_width(net: NetworkView, layer: int, unit: int) -> float | None:
    """The mean |delta| halo's width of hidden neuron ``(layer, unit)`` (None when hidden)."""
    column = net.columns[layer + 1]
    halo = column.items[unit - column.first].halo
    return halo.pen().widthF() if halo.isVisible() else None


def node_scene_pos(net: NetworkView, column: int, k: int) -> QPointF:
    """The centre of node ``k`` of column ``column`` (0: the inputs)."""
    return QPointF(*net.layout_.centre(column, k))


def neuron_scene_pos(net: NetworkView, layer: int, unit: int) -> QPointF:
    """The centre of hidden neuron ``(layer, unit)``."""
    return node_scene_pos(net, layer + 1, unit)


def link_scene_pos(net: NetworkView, layer: int, i: int, j: int) -> QPointF:
    """A point of the link no other link passes through."""
    return QPointF(*net.layout_.link_point(layer, i, j))


def bias_scene_pos(net: NetworkView, layer: int, unit: int) -> QPointF:
    return QPointF(*net.layout_.bias_centre(layer, unit))


def node_pixels(net: NetworkView) -> float:
    """How many screen pixels a neuron's picture spans now."""
    return NODE * net.transform().m11()


# --- the diagnostics view ---------------------------------------------------------------------


def diagnostics_curve(view: DiagnosticsView, metric: str,
                      layer: int) -> tuple[np.ndarray, np.ndarray]:
    """The (decimated) epochs and values of ``metric`` for weight layer ``layer``, from the
    rows the view draws its curves from (empty for a layer the network does not have)."""
    rows = view.buffer.rows()
    n_layers = (rows.shape[1] - 1) // N_COLUMNS
    if layer >= n_layers:
        return np.zeros(0), np.zeros(0)
    col = 1 + layer * N_COLUMNS + DIAGNOSTIC_COLUMNS.index(metric)
    return rows[:, 0].copy(), rows[:, col].copy()


def confusion_shown(view: DiagnosticsView) -> np.ndarray:
    """The confusion matrix shown (K x K; 0 x 0 when there is none on screen)."""
    if not view.confusion.isVisibleTo(view):
        return np.zeros((0, 0), np.int64)
    return view.confusion.counts()


# --- the hidden space view --------------------------------------------------------------------


def point_count(view: HiddenSpaceView) -> int:
    """Points drawn."""
    return len(view.scatter.getData()[0])


def shown_points(view: HiddenSpaceView, points: PointSet) -> np.ndarray:
    """The drawn positions ``(n, 2)`` in the order of ``points``, the points they picture
    (drawn training points first, then test points, as on the canvas)."""
    x, y = view.scatter.getData()
    order = np.concatenate([np.flatnonzero(points.is_train), np.flatnonzero(~points.is_train)])
    assert len(order) == len(x), "the view draws other points"
    out = np.empty((len(x), 2))
    out[order] = np.column_stack([x, y])
    return out


def grid_line_count(view: HiddenSpaceView) -> int:
    """Lines of the warped grid drawn (each ends where its ``connect`` is False)."""
    x, _ = view.grid.getData()
    if x is None or len(x) == 0:
        return 0
    return int(np.count_nonzero(~np.asarray(view.grid.opts["connect"], bool)))


def axis_labels(view: HiddenSpaceView) -> tuple[str, str]:
    """The bottom and left axes' labels."""
    return (view.plot_item.getAxis("bottom").labelText,
            view.plot_item.getAxis("left").labelText)


# --- the loss landscape view ------------------------------------------------------------------


def choose_resolution(view: LandscapeView, resolution: int) -> None:
    """Pick the grid size ``resolution`` in the Detail menu, adding it first when the menu
    does not offer it (a small odd size keeps a test quick)."""
    if view.detail.findData(resolution) < 0:
        view.detail.addItem(f"{resolution} × {resolution}", resolution)
    view.detail.setCurrentIndex(view.detail.findData(resolution))


def path_points(view: LandscapeView) -> np.ndarray:
    """The training path drawn, ``(m, 2)``."""
    xs, ys = view.path_item.getData()
    if xs is None:
        return np.zeros((0, 2))
    return np.column_stack([xs, ys])


# --- the canvas -------------------------------------------------------------------------------


def plot_side(canvas: CanvasView) -> int:
    """The side, in pixels, of the canvas's square plot (the graphics view whose viewport
    takes the mouse; the colour bar sits beside it)."""
    plot = canvas.viewport().parentWidget()
    assert plot is not None
    return plot.height()


def widget_to_data(canvas: CanvasView, pos: QPoint) -> tuple[float, float]:
    """Data coordinates (x, y) of a position in the canvas's coordinates."""
    return canvas.viewport_to_data(QPointF(canvas.viewport().mapFrom(canvas, pos)))


def heatmap_extent(canvas: CanvasView) -> tuple[float, float, float, float]:
    """Where the canvas's heatmap image is placed, in data coordinates (x_min, x_max,
    y_min, y_max)."""
    rect = canvas.image.mapRectToParent(canvas.image.boundingRect())
    return rect.left(), rect.right(), rect.top(), rect.bottom()


# --- the Compare dialog's loss curves ---------------------------------------------------------


def training_curve(curves: LossCurves, index: int) -> tuple[np.ndarray, np.ndarray]:
    """The training-loss curve of configuration ``index`` as drawn (x, y): the solid line in
    its colour (its test loss is the dashed one)."""
    color = QColor(config_color(index))
    for item in curves.plot_widget.getPlotItem().listDataItems():
        pen = item.opts["pen"]
        if pen.color() == color and pen.style() == Qt.PenStyle.SolidLine:
            x, y = item.getData()
            return (np.array([]) if x is None else x), (np.array([]) if y is None else y)
    raise AssertionError(f"no training curve of configuration {index}")


# --- the comparison's bar chart -----------------------------------------------------------------


def chart_plots(chart: ResultChart) -> list[pg.PlotItem]:
    """The chart's plots, left to right (the score, the final training loss)."""
    plots = []
    while isinstance(plot := chart.ci.getItem(0, len(plots)), pg.PlotItem):
        plots.append(plot)
    return plots


def _items(plot: pg.PlotItem, kind: type) -> list:
    return [item for item in plot.items if isinstance(item, kind)]


def chart_bars(chart: ResultChart, panel: int) -> tuple[np.ndarray, np.ndarray, list[QColor]]:
    """The bars drawn in plot ``panel``: their x, their heights and their colours."""
    (bars,) = _items(chart_plots(chart)[panel], pg.BarGraphItem)
    colors = [QBrush(b).color() for b in bars.opts["brushes"]]
    return np.asarray(bars.opts["x"]), np.asarray(bars.opts["height"]), colors


def chart_error_bars(chart: ResultChart, panel: int) -> tuple[np.ndarray, np.ndarray] | None:
    """The error bars drawn in plot ``panel`` (centres, full heights), None when hidden."""
    (errors,) = _items(chart_plots(chart)[panel], pg.ErrorBarItem)
    if not errors.isVisible():
        return None
    return np.asarray(errors.opts["y"]), np.asarray(errors.opts["height"])


def chart_labels(chart: ResultChart, panel: int) -> list[str]:
    """The values written over the bars of plot ``panel``."""
    return [t.toPlainText() for t in _items(chart_plots(chart)[panel], pg.TextItem)]


def chart_label_rects(chart: ResultChart, panel: int) -> tuple[QRectF, list[QRectF]]:
    """Plot ``panel``'s visible data range and, in the same data coordinates, the rectangle
    each value label over a bar covers on screen (its text, not just its anchor point)."""
    plot = chart_plots(chart)[panel]
    view = plot.getViewBox()
    rects = [view.mapSceneToView(t.mapRectToScene(t.boundingRect())).boundingRect()
             for t in _items(plot, pg.TextItem)]
    return view.viewRect(), rects


def chart_view_height(chart: ResultChart, panel: int) -> float:
    """How many pixels tall plot ``panel``'s bars area is on screen."""
    return chart_plots(chart)[panel].getViewBox().sceneBoundingRect().height()


def chart_names(chart: ResultChart, panel: int) -> list[str]:
    """The configurations' names on the bottom axis of plot ``panel`` (the ticks it was
    given: pyqtgraph keeps them without a getter)."""
    ticks = chart_plots(chart)[panel].getAxis("bottom")._tickLevels
    return [name for _, name in ticks[0]]
# --- the loss plot ------------------------------------------------------------------------------
def running_loss_curve(plot: LossPlot) -> tuple[np.ndarray, np.ndarray] | None:
    """The running-loss curve's drawn (epochs, losses), NaN where a row had none; None when
    the curve is not shown."""
    item = plot.running_loss
    if not item.isVisible():
        return None
    x, y = item.getData()
    return (np.empty(0), np.empty(0)) if x is None else (np.asarray(x), np.asarray(y))


def scene_texts(view: NetworkView) -> list[str]:
    """Every text the network diagram shows (titles, input labels, ...)."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem
    return [item.text() for item in view.scene().items()
            if isinstance(item, QGraphicsSimpleTextItem)]


def pixel_size(canvas: CanvasView) -> tuple[float, float]:
    """Data units per screen pixel, horizontally and vertically."""
    return tuple(canvas._vb.viewPixelSize())


def skip_arcs(view: NetworkView) -> dict[int, QPen]:
    """The skip arcs drawn, by hidden layer: their pens."""
    diagram = view.diagram
    return {} if diagram is None else {h: arc.pen() for h, arc in diagram.arcs.items()}


def crossed_units(view: NetworkView, layer: int) -> list[int]:
    """The units of hidden layer ``layer`` (from 0) drawn as dropped (crossed out, dimmed)."""
    column = view.columns[layer + 1]
    return [k for k, node in zip(column.units_shown, column.items, strict=True)
            if node.drop.isVisible() and node.picture.opacity() < 1.0]
