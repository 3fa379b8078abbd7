"""The network itself, drawn like TensorFlow Playground's: inputs, hidden layers, output.

Every node is a small picture of its output over the plane; every edge a line whose width
grows with |weight| and whose colour gives its sign (blue positive, orange negative). Items
are built once per architecture; each snapshot only swaps pixmaps and pens, and only the pens
whose (quantised) weight changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QLineF, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from playground.data.features import FEATURES, Normalizer, make_features
from playground.engine.activations import ACTIVATIONS
from playground.training.config import TrainConfig
from playground.training.protocol import Snapshot
from playground.training.rendering import grid_coords
from playground.ui import theme
from playground.ui.colors import CLASS_RGB
from playground.ui.views.heatmap_colors import heatmap_rgb

REDRAW_INTERVAL_MS = 100
MAX_SHOWN = 16  # units drawn per layer; the rest are summarised as "+N more"
NODE = 32.0  # node side, scene units
V_GAP = 8.0
COL_GAP = 84.0
INPUT_RES = 24  # resolution of the input feature pictures
OUTPUT_RES = 48  # the output picture is subsampled from the heatmap to about this size
MAX_SCALE = 1.6  # do not blow small networks up beyond this
PEN_LEVELS = 12
WEIGHT_CLIP = 3.0  # |weight| at which an edge reaches its full width
POSITIVE, NEGATIVE = CLASS_RGB[0], CLASS_RGB[1]  # blue, orange
WHITE = np.array([255.0, 255.0, 255.0], dtype=np.float32)
BLANK = QColor("#eeeeee")


def _ramp(a: np.ndarray, b: np.ndarray, n: int = 128) -> np.ndarray:
    t = np.linspace(0.0, 1.0, n, dtype=np.float32)[:, None]
    return a + (b - a) * t


def _lut(low: np.ndarray, high: np.ndarray, mid: np.ndarray = WHITE) -> np.ndarray:
    """A (256, 3) uint8 colour table low -> mid -> high."""
    table = np.vstack([_ramp(low, mid), _ramp(mid, high)])
    return np.clip(np.rint(table), 0, 255).astype(np.uint8)


DIVERGING = _lut(NEGATIVE, POSITIVE)  # -1 orange, 0 white, +1 blue
CLASS_LUTS = [_lut(WHITE, rgb, (WHITE + rgb) / 2) for rgb in CLASS_RGB]  # probability 0 .. 1


def _colour(values: np.ndarray, lut: np.ndarray, lo: float | np.ndarray,
            hi: float | np.ndarray) -> np.ndarray:
    """values (...) through ``lut`` over [lo, hi] (broadcast) -> uint8 (..., 3); NaN -> mid."""
    n = lut.shape[0] - 1
    with np.errstate(invalid="ignore", divide="ignore"):
        t = (values - lo) * (n / np.maximum(np.asarray(hi) - lo, 1e-12))
    t = np.where(np.isfinite(t), t, n / 2)
    return lut[np.clip(t, 0, n).astype(np.intp)]


def _pixmap(rgb: np.ndarray) -> QPixmap:
    """rgb (h, w, 3) uint8 with row 0 = lowest y (flipped here: images start at the top)."""
    rgb = np.ascontiguousarray(rgb[::-1])
    h, w = rgb.shape[:2]
    image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(image)  # copies, so ``rgb`` may go


def _symmetric(values: np.ndarray) -> tuple[float, float]:
    """Levels centred on 0 that fit ``values`` (at least +-1e-6)."""
    finite = values[np.isfinite(values)]
    m = float(np.max(np.abs(finite))) if finite.size else 0.0
    m = max(m, 1e-6)
    return -m, m


def _pens() -> list[list[QPen]]:
    """pens[sign][level]: sign 0 positive (blue), 1 negative (orange)."""
    table = []
    for rgb in (POSITIVE, NEGATIVE):
        row = []
        for level in range(PEN_LEVELS):
            t = level / (PEN_LEVELS - 1)
            color = QColor(int(rgb[0]), int(rgb[1]), int(rgb[2]), int(50 + 180 * t))
            pen = QPen(color, 0.3 + 3.7 * t)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            row.append(pen)
        table.append(row)
    return table


@dataclass
class Column:
    """One layer's drawn units: ``nodes`` hold the pictures; ``more`` the "+N more" label."""

    units: int
    x: float
    nodes: list[QGraphicsPixmapItem] = field(default_factory=list)
    more: QGraphicsSimpleTextItem | None = None

    def node_y(self, k: int) -> float:
        shown = min(self.units, MAX_SHOWN)
        return (k - (shown - 1) / 2) * (NODE + V_GAP) - NODE / 2


class NetworkView(QGraphicsView):
    """Feed it snapshots with ``show_snapshot``; it rebuilds only when the architecture
    (features, layer sizes, activations) changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QBrush(QColor(theme.plot_background())))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMinimumSize(200, 120)
        self._pens = _pens()
        self._key: tuple | None = None
        self._input_key: tuple | None = None
        self.columns: list[Column] = []
        self.edges: list[list[QGraphicsLineItem]] = []  # per weight layer, row-major (i, j)
        self._levels: list[np.ndarray] = []  # pen index per edge (sign * PEN_LEVELS + level)
        # pictures and pens change 30+ times a second while training; redrawing them costs
        # ~15 ms, and 10 a second reads just as well (the loss plot does the same)
        self._pending: Snapshot | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_INTERVAL_MS)
        self._timer.timeout.connect(self._redraw_due)

    # --- public -------------------------------------------------------------------------------
    def show_snapshot(self, snap: Snapshot) -> None:
        """Draw ``snap`` now (a reset, or the first in a while) or at the next redraw tick,
        whichever keeps the redraws at most ``1000 / REDRAW_INTERVAL_MS`` a second."""
        if snap.reset or not self._timer.isActive():
            self._pending = None
            self._draw(snap)
            self._timer.start()
        else:
            self._pending = snap

    def flush(self) -> None:
        """Draw a snapshot still waiting for the redraw tick."""
        if self._pending is not None:
            snap, self._pending = self._pending, None
            self._draw(snap)

    def _redraw_due(self) -> None:
        if self._pending is not None:
            self.flush()
            self._timer.start()

    def _draw(self, snap: Snapshot) -> None:
        """Rebuild if the architecture changed, then update pictures and edge pens."""
        config = snap.config
        key = (config.features, config.layer_sizes, config.activations, config.task)
        if key != self._key:
            self._build(config)
            self._key = key
        self._update_inputs(config, snap)
        for column, grid in zip(self.columns[1:-1], snap.neurons, strict=False):
            self._update_hidden(column, grid)
        if snap.heatmap is not None:
            self._update_output(config, snap.heatmap)
        for layer, weights in enumerate(snap.weights[: len(self.edges)]):
            self._update_edges(layer, weights)

    def edge_pen(self, layer: int, i: int, j: int) -> QPen:
        """The pen of the drawn edge from unit ``i`` of column ``layer`` to unit ``j`` of the
        next column (both among the shown units)."""
        shown_out = len(self.columns[layer + 1].nodes)
        return self.edges[layer][i * shown_out + j].pen()

    # --- building -----------------------------------------------------------------------------
    def _build(self, config: TrainConfig) -> None:
        scene = self.scene()
        scene.clear()
        self._input_key = None
        sizes = config.layer_sizes
        step = NODE + COL_GAP
        self.columns = [Column(units, i * step) for i, units in enumerate(sizes)]
        titles = ["inputs"] + [
            f"layer {i + 1}\n{units} · {ACTIVATIONS[name].label}"
            for i, (units, name) in enumerate(zip(config.hidden_layers, config.activations,
                                                  strict=True))
        ] + ["output"]
        small = QFont()
        small.setPointSizeF(7.5)
        top = min(c.node_y(0) for c in self.columns)
        tips = [[FEATURES[name].label for name in config.features]] + [
            [f"layer {i + 1}, neuron {k + 1} ({ACTIVATIONS[name].label})" for k in range(units)]
            for i, (units, name) in enumerate(zip(config.hidden_layers, config.activations,
                                                  strict=True))
        ] + [[f"output {k + 1}" for k in range(sizes[-1])]]
        for c, title, tip in zip(self.columns, titles, tips, strict=True):
            label = scene.addSimpleText(title, small)
            label.setBrush(QColor(theme.plot_text()))
            r = label.boundingRect()
            label.setPos(c.x + NODE / 2 - r.width() / 2, top - r.height() - 6)
            self._build_nodes(c, small, tip)
        for k, name in enumerate(config.features):
            text = scene.addSimpleText(FEATURES[name].label)
            text.setBrush(QColor(theme.plot_text()))
            r = text.boundingRect()
            text.setPos(-r.width() - 5, self.columns[0].node_y(k) + NODE / 2 - r.height() / 2)
        self._build_edges()
        self._fit()

    def _build_nodes(self, column: Column, font: QFont, tips: list[str]) -> None:
        scene = self.scene()
        shown = min(column.units, MAX_SHOWN)
        blank = QPixmap(8, 8)
        blank.fill(BLANK)
        border = QPen(QColor("#9a9a9a"), 1.0)
        border.setCosmetic(True)
        for k in range(shown):
            y = column.node_y(k)
            node = QGraphicsPixmapItem(blank)
            node.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            node.setPos(column.x, y)
            node.setScale(NODE / 8)
            node.setZValue(1)
            node.setToolTip(tips[k])
            scene.addItem(node)
            frame = QGraphicsRectItem(QRectF(column.x, y, NODE, NODE))
            frame.setPen(border)
            frame.setZValue(2)
            scene.addItem(frame)
            column.nodes.append(node)
        if column.units > shown:
            more = scene.addSimpleText(f"+{column.units - shown} more", font)
            more.setBrush(QColor(theme.plot_text()))
            r = more.boundingRect()
            more.setPos(column.x + NODE / 2 - r.width() / 2, column.node_y(shown - 1) + NODE + 3)
            column.more = more

    def _build_edges(self) -> None:
        self.edges, self._levels = [], []
        pen = self._pens[0][0]
        for a, b in zip(self.columns[:-1], self.columns[1:], strict=True):
            items = []
            for i in range(len(a.nodes)):
                y0 = a.node_y(i) + NODE / 2
                for j in range(len(b.nodes)):
                    line = QGraphicsLineItem(QLineF(a.x + NODE, y0, b.x, b.node_y(j) + NODE / 2))
                    line.setPen(pen)
                    self.scene().addItem(line)
                    items.append(line)
            self.edges.append(items)
            self._levels.append(np.full((len(a.nodes), len(b.nodes)), -1, dtype=np.intp))

    def _fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-8, -8, 8, 8)
        self.setSceneRect(rect)
        view = self.viewport().rect()
        if rect.width() <= 0 or rect.height() <= 0 or view.width() <= 0:
            return
        s = min(view.width() / rect.width(), view.height() / rect.height(), MAX_SCALE)
        self.setTransform(QTransform.fromScale(s, s))
        self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def node_pixels(self) -> float:
        """How many screen pixels a neuron's picture spans now."""
        return NODE * self.transform().m11()

    # --- updating -----------------------------------------------------------------------------
    @staticmethod
    def _set_picture(node: QGraphicsPixmapItem, pixmap: QPixmap) -> None:
        node.setPixmap(pixmap)
        node.setScale(NODE / max(pixmap.width(), 1))

    def _update_inputs(self, config: TrainConfig, snap: Snapshot) -> None:
        key = (config.features, snap.input_mean, snap.input_std)
        if key == self._input_key:
            return
        self._input_key = key
        x = make_features(grid_coords(INPUT_RES), config.features,
                          Normalizer(snap.input_mean, snap.input_std), np.float32)
        for k, node in enumerate(self.columns[0].nodes):
            values = x[:, k].reshape(INPUT_RES, INPUT_RES)
            self._set_picture(node, _pixmap(_colour(values, DIVERGING, *_symmetric(values))))

    def _update_hidden(self, column: Column, grid: np.ndarray) -> None:
        """grid : (r, r, units) one hidden layer's outputs; each unit scaled by its own max."""
        shown = grid[:, :, : len(column.nodes)]
        if shown.size == 0:
            return
        with np.errstate(invalid="ignore"):
            m = np.max(np.abs(shown), axis=(0, 1))
        m = np.where(np.isfinite(m) & (m > 1e-6), m, 1e-6)
        rgb = _colour(shown, DIVERGING, -m, m)  # (r, r, units, 3)
        for k, node in enumerate(column.nodes[: shown.shape[2]]):
            self._set_picture(node, _pixmap(rgb[:, :, k]))

    def _update_output(self, config: TrainConfig, heatmap: np.ndarray) -> None:
        step = max(1, heatmap.shape[0] // OUTPUT_RES)
        small = heatmap[::step, ::step]
        nodes = self.columns[-1].nodes
        if small.ndim == 2:  # class-1 probability or the regression value: as on the canvas
            limit = max(1.0, _symmetric(small)[1])
            self._set_picture(nodes[0], _pixmap(heatmap_rgb(small, config.task, limit)))
        else:  # one picture per class unit
            for k, node in enumerate(nodes[: small.shape[2]]):
                self._set_picture(node, _pixmap(_colour(small[:, :, k], CLASS_LUTS[k], 0.0, 1.0)))

    def _update_edges(self, layer: int, weights: np.ndarray) -> None:
        prev = self._levels[layer]
        w = weights[: prev.shape[0], : prev.shape[1]]
        level = np.rint(np.clip(np.abs(np.nan_to_num(w)) / WEIGHT_CLIP, 0.0, 1.0)
                        * (PEN_LEVELS - 1)).astype(np.intp)
        index = np.where(w < 0, PEN_LEVELS, 0) + level
        changed = np.flatnonzero(index != prev)
        if changed.size == 0:
            return
        items = self.edges[layer]
        flat = index.ravel()
        for e in changed.tolist():
            sign, lvl = divmod(int(flat[e]), PEN_LEVELS)
            items[e].setPen(self._pens[sign][lvl])
        prev[...] = index
