"""The network itself, drawn like TensorFlow Playground's, and an instrument to look inside.

Every node is a small picture of its output over the plane; every link a line whose width
grows with |weight| and whose colour gives its sign; a small disc at a node's lower-left is
its bias. Pictures, links and biases share every view's sign colours (``pictures.colors``:
blue negative, orange positive), and the legend in the lower-left corner says so. Items are
built once per architecture; each snapshot only swaps pixmaps, pens and brushes, and only
those whose (quantised) value changed.

The pointer (``network_pointer.DiagramPointer``) makes it an instrument: hovering a hidden
neuron emits ``sigNeuronHovered((layer, unit))`` (the canvas shows that neuron's output),
hovering a link or a bias shows its value and gradient, clicking one types a new value
(``sigWeightTyped``), right-clicking a hidden neuron freezes, prunes or restores it
(``sigNeuronState``).

Neurons are never drawn smaller than ``NODE`` pixels, nor its text below ``LABEL_PT`` points
(``neuron_diameter``, ``label_point_size``): a layer taller than the view has room for shows
a window of its units (at most ``MAX_SHOWN``), with a marker above saying which ("17–23 of
256") and "+N more" below. The mouse wheel over the layer, a click on a marker, the arrow
and page keys (the layer last pointed at) or ``show_unit`` move the window, so every unit
can be hovered, edited, frozen and pruned. Only the drawn units' pictures need to come with
a snapshot: the view says up to which unit it draws (``units_drawn``) and asks again
(``sigUnitsWanted``) when a snapshot lacks the picture of a unit it draws.
``set_gradient_overlay(True)`` draws each link by |gradient| and each neuron's halo by its
mean |delta|. The view changes nothing itself: the window connects
these signals to the document.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsView,
    QInputDialog,
    QLabel,
    QMenu,
    QWidget,
)

from playground.pictures.colors import NEGATIVE_RGB, POSITIVE_RGB, SIGN_NAMES
from playground.session.view_inputs import NetworkPicture
from playground.training.config import TrainConfig
from playground.training.protocol import Inspection
from playground.ui import theme
from playground.ui.i18n import translate
from playground.ui.views import network_readout as readout
from playground.ui.views.network_diagram import (
    LABEL_PT,
    Column,
    Diagram,
    arc_value,
    has_badges,
    skips_of,
)
from playground.ui.views.network_editing import ValueEditor, neuron_menu
from playground.ui.views.network_items import DECADES
from playground.ui.views.network_layout import (
    ARC_DEPTH,
    BADGE_H,
    MARKER_H,
    MAX_SHOWN,
    NODE,
    V_GAP,
    Layout,
    Target,
)
from playground.ui.views.network_pointer import DiagramPointer

__all__ = ["MAX_SHOWN", "NetworkView"]

REDRAW_INTERVAL_MS = 100
MAX_SCALE = 1.6  # do not blow small networks up beyond this
MIN_SCALE = 1.0  # nor shrink any below: neurons NODE pixels, text LABEL_PT points at least
SCENE_MARGIN = 8.0  # scene units kept around the drawing
MAX_ZOOM = 8.0  # Ctrl+wheel zooms in up to this many times the fitted size
HIT_PIXELS = 4.0  # a link this close to the pointer (screen pixels) is under it
LEGEND_MARGIN = 6  # pixels between the legend and the view's edges


def _coloured(word: str, rgb: np.ndarray) -> str:
    r, g, b = (int(c) for c in rgb)
    return f'<b style="color: #{r:02x}{g:02x}{b:02x}">{word}</b>'


def sign_legend_html() -> str:
    """``colors.SIGN_LEGEND`` with each colour's name written in that colour."""
    return translate("NetworkView", "{negative}: negative · {positive}: positive").format(
        negative=_coloured(translate("Colors", SIGN_NAMES["negative"]), NEGATIVE_RGB),
        positive=_coloured(translate("Colors", SIGN_NAMES["positive"]), POSITIVE_RGB))


def _architecture(config: TrainConfig) -> tuple:
    """What the diagram's items depend on: a change rebuilds them (a dropout rate is
    redrawn in place; whether any layer has one decides the row of badges)."""
    return (config.features, config.layer_sizes, config.activations, config.task,
            config.norm, config.skip, has_badges(config))


class NetworkView(QGraphicsView):
    """Feed it pictures of the network with ``show_network`` (``NetworkPicture``, of a live
    snapshot or a replay frame); it rebuilds only when the architecture
    (features, layer sizes, activations) changes."""

    sigNeuronHovered = Signal(object)  # (hidden layer, unit), both from 0, or None
    sigPointerInside = Signal(bool)  # the pointer entered (True) or left the diagram
    # (weight layer, row, col, value), ``engine.neurons`` addressing: row == fan_in is a bias
    sigWeightTyped = Signal(int, int, int, float)
    sigNeuronState = Signal(int, int, str)  # (hidden layer, unit, "active"/"frozen"/"pruned")
    # the units of each hidden layer, from the first, whose pictures the snapshots should carry
    sigUnitsWanted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the data's input names: the input units of raw inputs x1, x2, ... are labelled
        # with them (``set_input_names``)
        self.input_names: tuple[str, ...] = ()
        self.setAccessibleName(translate("NetworkView", "Network diagram"))
        self.setAccessibleDescription(translate(
            "NetworkView", "The network's layers, neurons and weights. Hover a neuron or a "
            "link for its numbers; type a number to set the weight under the pointer; a right "
            "click freezes or prunes a neuron; the arrow, Page Up/Down, Home and End keys scroll "
            "a layer too wide to show whole."))
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QBrush(QColor(theme.plot_background())))
        # the links are the background (``Diagram.paint_links``), cached: a snapshot that
        # changes pictures only does not stroke them all again
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMinimumSize(200, 120)
        self._key: tuple | None = None
        self.diagram: Diagram | None = None
        self._snap: NetworkPicture | None = None  # the picture drawn last
        self._inspection: Inspection | None = None  # the latest one that fits the network
        self._overlay = False
        self._zoom = 1.0
        # units a column draws whole at most, and a wider one's window (as many as fit)
        self._rows = (MAX_SHOWN, MAX_SHOWN)
        self._first: dict[int, int] = {}  # per column: the first unit drawn
        self._scrolled: int | None = None  # the windowed column the keys scroll
        # the diagram's text, times LABEL_PT: the projector scale (``set_text_scale``)
        self._text_scale = 1.0
        self._announced = MAX_SHOWN  # the ``units_drawn`` said last (``sigUnitsWanted``)
        self.editor: ValueEditor | None = None
        self.legend = QLabel(self)  # not the viewport's: scrolling it would move the label
        self.legend.setStyleSheet("background: rgba(255, 255, 255, 200); color: #333;"
                                  "padding: 2px 4px; border-radius: 3px;")
        self.legend.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.pointer = DiagramPointer(self)
        # pictures and pens change 30+ times a second while training; redrawing them costs
        # a few ms, and 10 a second reads just as well (the loss plot does the same)
        self._pending: NetworkPicture | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_INTERVAL_MS)
        self._timer.timeout.connect(self._redraw_due)
        self._update_legend()

    # --- public -------------------------------------------------------------------------------
    def show_network(self, snap: NetworkPicture) -> None:
        """Draw ``snap`` now (a reset, or the first in a while) or at the next redraw tick,
        whichever keeps the redraws at most ``1000 / REDRAW_INTERVAL_MS`` a second."""
        if snap.reset or not self._timer.isActive():
            self._pending = None
            self._draw(snap)
            self._timer.start()
        else:
            if snap.inspection is not None and _architecture(snap.config) == self._key:
                self._take_inspection(snap)  # the picture drawn next may come without one
            self._pending = snap

    def flush(self) -> None:
        """Draw a picture still waiting for the redraw tick."""
        if self._pending is not None:
            snap, self._pending = self._pending, None
            self._draw(snap)

    @property
    def gradient_overlay(self) -> bool:
        """Whether links and halos show gradients (``set_gradient_overlay``)."""
        return self._overlay

    def set_gradient_overlay(self, on: bool) -> None:
        """Links by |gradient| and neuron halos by mean |delta| (True), or links by |weight|
        (False). A slot for a checkable QAction's ``toggled``."""
        self._overlay = bool(on)
        self._update_legend()
        if self._snap is not None:
            self._draw(self._pending or self._snap)
            self._pending = None

    @property
    def units_drawn(self) -> int:
        """Up to which unit hidden layers are drawn: the pictures (of each hidden layer's
        first units) a snapshot needs to carry (``ViewRequest.neuron_units``)."""
        if self.diagram is None:
            return MAX_SHOWN
        return max((c.units_shown.stop for c in self.columns[1:-1]), default=MAX_SHOWN)

    # --- sizes and the units shown ----------------------------------------------------------
    def neuron_diameter(self) -> float:
        """How many pixels across a neuron is drawn now (never fewer than ``NODE``)."""
        return NODE * self.transform().m11()

    def label_point_size(self) -> float:
        """The point size the diagram's text is drawn at now (never below ``LABEL_PT``)."""
        return self._text_pt() * self.transform().m11()

    def visible_units(self, column: int) -> range:
        """The units of ``column`` (0: the inputs, the last: the outputs) drawn now."""
        if self.diagram is None or not 0 <= column < len(self.columns):
            return range(0)
        return self.layout_.visible(column)

    def show_units(self, column: int, first: int) -> None:
        """Draw ``column``'s units from ``first`` on (kept inside the layer); nothing for a
        layer that is drawn whole."""
        if self.diagram is None or not 0 <= column < len(self.columns):
            return
        layout = self.layout_
        if not layout.windowed(column):
            return
        first = min(max(int(first), 0), layout.sizes[column] - layout.shown[column])
        self._scrolled = column
        if first == layout.first[column]:
            return
        self._first[column] = first
        self._relayout()

    def show_unit(self, column: int, unit: int) -> None:
        """Scroll ``column`` so that ``unit`` is drawn (nothing when it already is)."""
        shown = self.visible_units(column)
        if not shown or unit in shown:
            return
        self.show_units(column, unit if unit < shown.start else unit - len(shown) + 1)

    def scroll_layer(self, column: int, units: int) -> None:
        """Move ``column``'s window by ``units`` (negative: towards the first)."""
        shown = self.visible_units(column)
        if shown:
            self.show_units(column, shown.start + units)

    def page_layer(self, column: int, direction: int) -> None:
        """Move ``column``'s window a page (the units drawn, less one) down or up."""
        self.scroll_layer(column, direction * max(1, len(self.visible_units(column)) - 1))

    def column_at(self, scene_pos: QPointF) -> int | None:
        """The windowed column under a scene position (its nodes and half the gaps beside
        them), None elsewhere."""
        if self.diagram is None:
            return None
        layout = self.layout_
        step = NODE + layout.gap
        column = math.floor((scene_pos.x() + layout.gap / 2) / step)
        if not 0 <= column < len(layout.sizes) or not layout.windowed(column):
            return None
        return column

    def choose_unit(self, column: int) -> None:
        """Ask for a unit of ``column`` to show (the markers' right-click)."""
        sizes = self.layout_.sizes
        if not 0 <= column < len(sizes):
            return
        shown = self.visible_units(column)
        unit, ok = QInputDialog.getInt(
            self, translate("NetworkView", "Show unit"),
            translate("NetworkView", "Unit of this layer to show (1–{n}):").format(
                n=sizes[column]), shown.start + 1, 1, sizes[column])
        if ok:
            self.show_unit(column, unit - 1)

    def layer_menu(self, column: int) -> QMenu:
        """The markers' context menu: show a unit picked by number, the first or last."""
        menu = QMenu(self)
        size = self.layout_.sizes[column]
        pick = menu.addAction(translate("NetworkView", "Show unit…"))
        pick.triggered.connect(lambda: self.choose_unit(column))
        first = menu.addAction(translate("NetworkView", "Show the first units"))
        first.triggered.connect(lambda: self.show_units(column, 0))
        last = menu.addAction(translate("NetworkView", "Show the last units"))
        last.triggered.connect(lambda: self.show_units(column, size))
        return menu

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Up / Down, Page Up / Page Down, Home / End scroll the windowed layer last pointed
        at or scrolled (the first windowed one at first)."""
        moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -2,
                 Qt.Key.Key_PageDown: 2, Qt.Key.Key_Home: -3, Qt.Key.Key_End: 3}
        column = self._keyed_column()
        move = moves.get(Qt.Key(event.key()))
        if column is None or move is None or event.modifiers() not in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            super().keyPressEvent(event)
            return
        if abs(move) == 1:
            self.scroll_layer(column, move)
        elif abs(move) == 2:
            self.page_layer(column, move // 2)
        else:
            self.show_units(column, 0 if move < 0 else self.layout_.sizes[column])
        event.accept()

    def _keyed_column(self) -> int | None:
        layout = self.layout_
        if self._scrolled is not None and self._scrolled < len(layout.sizes) \
                and layout.windowed(self._scrolled):
            return self._scrolled
        return next((c for c in range(len(layout.sizes)) if layout.windowed(c)), None)

    def point_at_column(self, column: int | None) -> None:
        """The pointer is over windowed ``column``: the keys scroll it (the pointer calls
        this)."""
        if column is not None:
            self._scrolled = column

    @property
    def picture(self) -> NetworkPicture | None:
        """The picture drawn last."""
        return self._snap

    @property
    def inspection(self) -> Inspection | None:
        """The latest gradients received for this network (None: not measured yet)."""
        return self._inspection

    # --- what is drawn (the pointer reads it) ---------------------------------------------
    @property
    def columns(self) -> list[Column]:
        """The drawn layers, inputs first (none before the first snapshot)."""
        return [] if self.diagram is None else self.diagram.columns

    @property
    def edges(self) -> list[list[QGraphicsLineItem]]:
        """The drawn links per weight layer, row-major (i, j) over the shown units."""
        return [] if self.diagram is None else self.diagram.edges

    @property
    def layout_(self) -> Layout:
        return Layout((0,)) if self.diagram is None else self.diagram.layout

    def target_at(self, scene_pos: QPointF) -> Target | None:
        """The node, bias or link under a scene position."""
        if self._snap is None:
            return None
        tolerance = HIT_PIXELS / max(self.transform().m11(), 1e-6)
        return self.layout_.hit(scene_pos.x(), scene_pos.y(), tolerance)

    def hover_text(self, target: Target) -> str:
        assert self._snap is not None
        if target.kind == "scroll":
            column = self.columns[target.layer]
            marker = column.range_label if target.unit < 0 else column.more
            return "" if marker is None else marker.toolTip()
        if target.kind == "skip":
            return self._skip_text(target.layer)
        return readout.describe(target, self._snap, self._inspection)

    def _skip_text(self, layer: int) -> str:
        """The hover text of the skip around hidden layer ``layer`` (from 0)."""
        lines = [translate("NetworkView", "Skip around layer {number}: a = f(z) + a_prev, the "
                           "output of layer {before} added to its own").format(
            number=layer + 1, before=layer)]
        value = arc_value(self._inspection, layer)
        if not self._overlay:
            lines.append(translate("NetworkView", "Inspect ▸ Gradient flow shows the gradient "
                                   "it carries back."))
        elif value is None:
            lines.append(translate("NetworkView", "Gradient flow: gradients not measured yet"))
        else:
            lines.append(translate(
                "NetworkView", "Arc width: mean |∂L/∂a| = {value} over the points and units of "
                "layer {number}'s output, which the skip hands unchanged to layer {before}"
            ).format(value=readout.fmt(value), number=layer + 1, before=layer))
        return "\n".join(lines)

    def neuron_menu(self, layer: int, unit: int) -> QMenu:
        """The context menu of hidden neuron ``(layer, unit)``: Freeze / Prune / Restore."""
        assert self._snap is not None
        state = readout.state_of(self._snap.config, layer + 1, unit)
        return neuron_menu(self, layer, unit, state, self.sigNeuronState.emit)

    def edit(self, target: Target, where: QPoint) -> str | None:
        """Open the value editor of a link or bias at global position ``where``; returns why
        not when it cannot be typed into (a pruned neuron's)."""
        assert self._snap is not None
        config = self._snap.config
        address = target.param(config.layer_sizes)
        refused = readout.pruned_end(config, target)
        if address is None or refused is not None:
            return refused
        layer, row, col = address
        if target.kind == "link":
            value = float(self._snap.weights[layer][row, col])
            title = translate("NetworkView", "Weight from {source} to {target}").format(
                source=readout.node_name(config, layer, row),
                target=readout.node_name(config, layer + 1, col))
        else:
            value = float(self._snap.biases[layer][col])
            title = translate("NetworkView", "Bias of {node}").format(
                node=readout.node_name(config, layer + 1, col))
        if self.editor is not None:
            self.editor.close()
        self.editor = ValueEditor(self, title, value,
                                  lambda v: self.sigWeightTyped.emit(layer, row, col, v))
        self.editor.destroyed.connect(self._editor_gone)
        self.editor.popup(where)
        return None

    def _editor_gone(self) -> None:
        self.editor = None

    def set_hovered(self, target: Target | None) -> None:
        """Outline the hovered node (the pointer calls this)."""
        if self.diagram is not None:
            self.diagram.set_hovered(target)

    def set_highlight(self, highlight: object) -> None:
        """Mark a step-through step's neurons and links (an object with ``neurons`` and
        ``links`` sets, as ``step_view.Highlight``; empty ones clear it)."""
        if self.diagram is not None:
            self.diagram.set_highlight(frozenset(getattr(highlight, "neurons", ())),
                                       frozenset(getattr(highlight, "links", ())))

    # --- zoom ---------------------------------------------------------------------------------
    def zoom_by(self, steps: float) -> None:
        """Ctrl+wheel: zoom about the pointer, between the fitted size and ``MAX_ZOOM``."""
        zoom = float(np.clip(self._zoom * 1.25 ** steps, 1.0, MAX_ZOOM))
        if zoom == self._zoom:
            return
        self.scale(zoom / self._zoom, zoom / self._zoom)
        self._zoom = zoom
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag if zoom > 1.0
                         else QGraphicsView.DragMode.NoDrag)
        if zoom == 1.0:
            self._fit()  # and pans again if the diagram is wider than the view

    def set_input_names(self, names: tuple[str, ...]) -> None:
        """Label the input units of the raw inputs x1, x2, ... with the data's names
        (``height``...); the default names x1, x2, ... keep the features' labels. Takes
        effect with the next picture."""
        self.input_names = tuple(names)

    def set_text_scale(self, factor: float) -> None:
        """Projector scale: the diagram's titles and labels ``factor`` times their size at
        100 % (the legend follows the application font); rebuilds what is drawn."""
        if factor == self._text_scale:
            return
        self._text_scale = factor
        if self._snap is not None:
            self._draw(self._snap)

    def reset_zoom(self) -> None:
        self.zoom_by(-100)

    @property
    def zoom(self) -> float:
        return self._zoom

    # --- drawing ------------------------------------------------------------------------------
    def _redraw_due(self) -> None:
        if self._pending is not None:
            self.flush()
            self._timer.start()

    def _take_inspection(self, snap: NetworkPicture) -> None:
        ins = snap.inspection
        if ins is not None and len(ins.grad_weights) == len(snap.weights) and all(
                g.shape == w.shape for g, w in zip(ins.grad_weights, snap.weights)):
            self._inspection = ins

    def _draw(self, snap: NetworkPicture) -> None:
        """Rebuild if the architecture changed, then update pictures, pens and brushes."""
        key = (_architecture(snap.config), self.input_names, self._text_scale)
        if key != self._key:
            # the picture being drawn is the one a relayout during the build must draw (the
            # view can change size meanwhile: the network panel's options line appears)
            self._snap = snap
            self._inspection = None
            self._build(snap.config)
            self._key = key
        elif snap.reset:
            self._inspection = None  # gradients of weights that are gone
        self._take_inspection(snap)
        self._snap = snap
        assert self.diagram is not None
        self.diagram.update(snap, self._inspection, self._overlay)
        self._update_legend()
        self.pointer.refresh()
        self._ask_for_missing(snap)

    def _ask_for_missing(self, snap: NetworkPicture) -> None:
        """Ask for the pictures of the units drawn when some came without one, or when the
        diagram draws up to another unit than it said last."""
        assert self.diagram is not None
        hidden = self.diagram.columns[1:-1]
        missing = any(grid.shape[2] < column.units_shown.stop
                      for column, grid in zip(hidden, snap.neurons, strict=False))
        if missing or self.units_drawn != self._announced:
            self._announced = self.units_drawn
            self.sigUnitsWanted.emit(self.units_drawn)

    def _build(self, config: TrainConfig) -> None:
        """A new architecture: every layer shown from its first unit, at the fitted size."""
        self._first = {}
        self._scrolled = None
        self._zoom = 1.0
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self._rows = self._rows_that_fit(config.layer_sizes, config)
        self._make_diagram(config)
        self._fit()

    def _make_diagram(self, config: TrainConfig) -> None:
        self.pointer.forget()
        if self.editor is not None:
            self.editor.close()
        self.scene().clear()
        sizes = config.layer_sizes
        whole, rows = self._rows
        layout = Layout(sizes, rows, [self._first.get(c, 0) for c in range(len(sizes))], whole,
                        self._text_scale, skips_of(config), has_badges(config))
        self.diagram = Diagram(self.scene(), config, self.input_names, layout, self._text_pt())
        self.diagram.on_links_changed = self._links_changed
        self._links_changed()

    def _relayout(self) -> None:
        """Rebuild the same network with other units shown (or another text size), keeping
        the zoom, and draw the last picture on it."""
        snap = self._snap
        if snap is None or self.diagram is None:
            return
        self._make_diagram(snap.config)
        self.diagram.update(snap, self._inspection, self._overlay)
        self._fit()
        self.pointer.refresh()
        self._ask_for_missing(snap)

    def _text_pt(self) -> float:
        return LABEL_PT * self._text_scale

    def _rows_that_fit(self, sizes: tuple[int, ...] | list[int],
                       config: TrainConfig | None = None) -> tuple[int, int]:
        """How many units a column can draw with the view's height at the smallest scale:
        drawn whole, and in a window that leaves room for the markers above and below (one
        at least, ``MAX_SHOWN`` at most), the skips' arcs below and the badges above."""
        metrics = QFontMetricsF(Diagram.font_of(self._text_pt()))
        title = 2 * metrics.lineSpacing() + 6  # a layer's two-line title above it
        if config is not None:
            grow = max(1.0, self._text_scale)  # as ``Layout``
            title += (ARC_DEPTH * grow if skips_of(config) else 0.0) \
                + (BADGE_H * grow if has_badges(config) else 0.0)
        legend = self.legend.height() + LEGEND_MARGIN
        room = (self.viewport().height() - legend) / MIN_SCALE - 2 * SCENE_MARGIN - title
        pitch = NODE + V_GAP
        whole = int(min(max((room + V_GAP) // pitch, 1), MAX_SHOWN))
        if max(sizes, default=1) <= whole:
            return whole, whole
        marker = MARKER_H * max(1.0, self._text_scale)  # as ``Layout.marker_h``
        rows = int(min(max((room - 2 * marker + V_GAP) // pitch, 1), MAX_SHOWN))
        return whole, rows

    def _links_changed(self) -> None:
        """A link's pen or opacity changed: stroke them again at the next paint."""
        self.resetCachedContent()
        self.viewport().update()

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        super().drawBackground(painter, rect)
        if self.diagram is not None:
            self.diagram.paint_links(painter)

    def _fit(self) -> None:
        if self._snap is not None and self.diagram is not None:
            rows = self._rows_that_fit(self.layout_.sizes, self._snap.config)
            if rows != self._rows:  # the view grew or shrank: draw more or fewer units
                self._rows = rows
                self._relayout()  # fits again
                return
        m = SCENE_MARGIN
        rect = self.scene().itemsBoundingRect().adjusted(-m, -m, m, m)
        self.setSceneRect(rect)
        view = self.viewport().rect()
        legend = self.legend.height() + LEGEND_MARGIN  # the room the legend keeps below
        if rect.width() <= 0 or rect.height() <= 0 or view.width() <= 0:
            return
        s = min(view.width() / rect.width(), max(view.height() - legend, 1) / rect.height(),
                MAX_SCALE)
        s = max(s, MIN_SCALE)  # a diagram wider than the view is panned (a drag)
        scale = s * self._zoom
        fits = rect.width() * scale <= view.width() + 0.5
        if self._zoom == 1.0:
            self.setDragMode(QGraphicsView.DragMode.NoDrag if fits
                             else QGraphicsView.DragMode.ScrollHandDrag)
        # the scene reaches down under the legend, so the diagram centres in the room above
        self.setSceneRect(rect.adjusted(0, 0, 0, legend / scale))
        self.setTransform(QTransform.fromScale(scale, scale))
        if self._zoom == 1.0:
            self.centerOn(self.sceneRect().center())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_legend()  # first: the diagram keeps clear of the legend's new height
        self._fit()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self.pointer.leave()
        super().hideEvent(event)

    def _place_legend(self) -> None:
        """The legend at the bottom left, as wide as its text or, in a narrow view (a dock
        open at 1280 × 800 leaves the diagram ~250 px), wrapped to the view's width."""
        label = self.legend
        room = max(1, self.width() - 2 * LEGEND_MARGIN)
        label.setWordWrap(False)
        natural = label.sizeHint()
        if natural.width() <= room:
            label.resize(natural)
        else:
            label.setWordWrap(True)
            label.resize(room, label.heightForWidth(room))
        label.move(LEGEND_MARGIN, self.height() - label.height() - LEGEND_MARGIN)

    def _update_legend(self) -> None:
        """The sign colours, and with the gradient overlay on what the widths mean."""
        text = sign_legend_html()
        snap = self._snap
        if self._overlay and self._inspection is None:
            text += "<br>" + translate("NetworkView", "Gradient flow: gradients not measured yet")
        elif self._overlay:
            text += "<br>" + translate(
                "NetworkView", "Gradient flow · link width: |∂L/∂w| · purple halo: mean |δ| · "
                "log scale, {decades} decades below the largest").format(decades=f"{DECADES:.0f}")
            if snap is not None and skips_of(snap.config):
                text += "<br>" + translate("NetworkView", "Arc: a skip, as wide as the mean "
                                           "|∂L/∂a| it carries back")
        if snap is not None and any(m is not None and not m.all() for m in snap.dropped):
            text += "<br>" + translate("NetworkView", "✕ dimmed: dropped in the last step "
                                       "(first point of the batch)")
        if self.legend.text() != text:
            height = self.legend.height()
            self.legend.setText(text)
            self._place_legend()
            if self.legend.height() != height:
                self._fit()  # the diagram keeps clear of the legend
