"""The network diagram's scene for one architecture: its items, built once, and their updates.

``Diagram`` fills a ``QGraphicsScene`` with the nodes (``network_items.NodeItems``), links and
labels of a network (geometry from ``network_layout.Layout``), then each ``update`` swaps
pictures, pens and brushes, and only those whose (quantised) value changed: a snapshot of a
network of three 256-unit layers costs a few milliseconds.

The links are not scene items: the view paints them as its background (``paint_links``), which
it caches, so that a snapshot changing only pictures (a big network's, whose weights move
slowly) repaints the pictures alone. Stroking all links of a network of eight 256-unit
layers (1,840 antialiased lines) takes ~10 ms, 100 ms and more on a busy host; it is done
again only when a link's pen or highlight changed (``on_links_changed``), or the view was
zoomed or resized.

A column wider than the layout's ``rows`` draws a window of its units (``Layout.first``),
with a marker above it saying which units are shown and one below saying how many more
follow; the items of a column are those of its shown units, in order (``Column.units_shown``
gives their index in the layer).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QLineF, QPointF
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from playground.data.features import Normalizer, feature_label, make_features
from playground.engine.activations import ACTIVATIONS
from playground.engine.layers import NORMS
from playground.pictures.heatmap import heatmap_rgb
from playground.session.view_inputs import NetworkPicture
from playground.training.config import TrainConfig
from playground.training.protocol import Inspection
from playground.training.rendering import fitting_frame
from playground.ui import theme
from playground.ui.i18n import number_text, translate, translate_noop
from playground.ui.views.network_items import (
    BADGE,
    CLASS_LUTS,
    DIVERGING,
    PEN_LEVELS,
    PRUNED_PEN,
    NodeItems,
    arc_pens,
    bias_brushes,
    colour,
    halo_pens,
    link_pens,
    log_levels,
    pixmap,
    symmetric,
    weight_levels,
)
from playground.ui.views.network_layout import NODE, Layout, Target
from playground.ui.views.network_readout import state_of

FADED = 0.1  # the opacity of a link a step-through step does not involve
NORM_BADGES = {  # a normalised layer's badge
    "layer": translate_noop("NetworkDiagram", "LN"),
    "batch": translate_noop("NetworkDiagram", "BN"),
}


def skips_of(config: TrainConfig) -> tuple[int, ...]:
    """The hidden layers with a skip connection (the diagram draws an arc around each)."""
    options = config.layer_options
    return tuple(h for h in range(len(config.hidden_layers)) if options.skips(h))


def has_badges(config: TrainConfig) -> bool:
    """Whether a layer has a normalisation or dropout (the diagram keeps a row for them)."""
    return bool(config.norm or config.dropout)


def arc_value(inspection: Inspection | None, layer: int) -> float | None:
    """What the skip around hidden layer ``layer`` carries back: the mean |dLoss/da| of the
    layer's output over the points and units (None: not measured)."""
    if inspection is None or layer >= len(inspection.mean_grad_out):
        return None
    values = inspection.mean_grad_out[layer]
    return float(np.mean(values)) if values.size else None

INPUT_RES = 24  # resolution of the input feature pictures
OUTPUT_RES = 48  # the output picture is subsampled from the heatmap to about this size
LABEL_PT = 9.0  # the diagram's text at its smallest scale (a scene unit is a pixel there)


@dataclass
class Column:
    """One layer's drawn units: ``items`` per node (``nodes`` their pictures); a windowed
    layer's ``more`` the "+N more" marker below it and ``range_label`` the one above it
    (which units are shown)."""

    units: int
    x: float
    layout: Layout
    index: int
    items: list[NodeItems] = field(default_factory=list)
    more: QGraphicsSimpleTextItem | None = None
    range_label: QGraphicsSimpleTextItem | None = None

    @property
    def first(self) -> int:
        """The index in the layer of the first unit drawn."""
        return self.layout.first[self.index]

    @property
    def units_shown(self) -> range:
        """The units drawn, by their index in the layer (``items`` in the same order)."""
        return self.layout.visible(self.index)

    @property
    def nodes(self) -> list[QGraphicsPixmapItem]:
        return [n.picture for n in self.items]

    def node_y(self, k: int) -> float:
        """The top edge of unit ``k`` (its index in the layer)."""
        return self.layout.node_y(self.index, k)


class Diagram:
    """The items of a network of ``config``'s architecture, added to ``scene``."""

    _pens = link_pens()
    _brushes = bias_brushes()
    _halo_pens = halo_pens()
    _arc_pens = arc_pens()

    def __init__(self, scene: QGraphicsScene, config: TrainConfig,
                 input_names: tuple[str, ...] = (), layout: Layout | None = None,
                 text_pt: float = LABEL_PT) -> None:
        self.input_names = input_names
        self.scene = scene
        self.text_pt = text_pt
        if layout is None or layout.sizes != tuple(config.layer_sizes):
            layout = Layout(config.layer_sizes, skips=skips_of(config),
                            badges=has_badges(config))
        self.layout = layout
        self.columns = [Column(units, layout.x(i), layout, i)
                        for i, units in enumerate(config.layer_sizes)]
        self.edges: list[list[QGraphicsLineItem]] = []  # per weight layer, row-major (i, j)
        self._levels: list[np.ndarray] = []  # pen index per link (sign * PEN_LEVELS + level)
        self._bias_index: list[np.ndarray] = []  # brush index per bias, per weight layer
        self._halo_index: list[np.ndarray] = []  # halo level per node (-1 hidden)
        self._pruned_links: list[np.ndarray] = []  # per weight layer (i, j)
        self._pruned_nodes: list[np.ndarray] = []  # per column
        self._input_key: tuple | None = None
        self._states_key: tuple | None = None
        self._hovered: Target | None = None
        self._highlight: tuple[frozenset[tuple[int, int]], frozenset[tuple[int, int, int]]] = (
            frozenset(), frozenset())
        self.on_links_changed: Callable[[], None] = lambda: None  # the view repaints them
        self.arcs: dict[int, QGraphicsPathItem] = {}  # hidden layer -> its skip's arc
        self._arc_index: dict[int, int] = {}
        self.badges: dict[int, QGraphicsSimpleTextItem] = {}  # hidden layer -> "BN" / "LN"
        self.rates: list[QGraphicsSimpleTextItem] = []  # per hidden layer: "p=0.2"
        self._rates_key: tuple | None = None
        self._build(config)

    # --- building -----------------------------------------------------------------------------
    def _input_label(self, feature_name: str) -> str:
        """A raw input ``xk`` by the data's name of input k when it has one (``height``),
        any other feature by its label (``x₁²``)."""
        if feature_name.startswith("x") and feature_name[1:].isdigit():
            k = int(feature_name[1:]) - 1
            if 0 <= k < len(self.input_names) and self.input_names[k] != feature_name:
                return self.input_names[k]
        return feature_label(feature_name)

    def _build(self, config: TrainConfig) -> None:
        scene, layout = self.scene, self.layout
        layer_title = translate("NetworkDiagram", "layer {n}\n{units} · {activation}")
        titles = [translate("NetworkDiagram", "inputs")] + [
            layer_title.format(n=i + 1, units=units, activation=translate("Activations",
                                                                       ACTIVATIONS[name].label))
            for i, (units, name) in enumerate(zip(config.hidden_layers, config.activations,
                                                  strict=True))
        ] + [translate("NetworkDiagram", "output")]
        font = self.font()
        top = layout.top()
        for c, title in zip(self.columns, titles, strict=True):
            label = scene.addSimpleText(title, font)
            label.setBrush(QColor(theme.plot_text()))
            r = label.boundingRect()
            label.setPos(c.x + NODE / 2 - r.width() / 2, top - layout.badge_h - r.height() - 6)
            self._build_nodes(c, font)
        self._build_options(config, font)
        for k in layout.visible(0):
            text = scene.addSimpleText(self._input_label(config.features[k]), font)
            text.setBrush(QColor(theme.plot_text()))
            r = text.boundingRect()
            text.setPos(-r.width() - 5, layout.node_y(0, k) + NODE / 2 - r.height() / 2)
        self._pruned_nodes = [np.zeros(len(c.items), bool) for c in self.columns]
        for layer, (a, b) in enumerate(zip(self.columns[:-1], self.columns[1:], strict=True)):
            items = []
            for i in a.units_shown:
                for j in b.units_shown:
                    line = QGraphicsLineItem(QLineF(*layout.link_ends(layer, i, j)))
                    line.setPen(self._pens[0])
                    items.append(line)  # not in the scene: ``paint_links`` draws it
            self.edges.append(items)
            shape = (len(a.items), len(b.items))
            self._levels.append(np.full(shape, -1, dtype=np.intp))
            self._pruned_links.append(np.zeros(shape, bool))
            self._bias_index.append(np.full(len(b.items), -1, dtype=np.intp))
            self._halo_index.append(np.full(len(b.items), -1, dtype=np.intp))

    def _build_options(self, config: TrainConfig, font: QFont) -> None:
        """The skips' arcs below the columns, the normalisation badges and the dropout
        rates in the row above them (their text set by ``_update_rates``)."""
        layout, options = self.layout, config.layer_options
        for h in layout.skips:
            x0, y0, cx, cy, x1, y1 = layout.skip_arc(h)
            path = QPainterPath(QPointF(x0, y0))
            path.quadTo(QPointF(cx, cy), QPointF(x1, y1))
            arc = QGraphicsPathItem(path)
            arc.setPen(self._arc_pens[-1])
            arc.setZValue(0.2)
            self.scene.addItem(arc)
            self.arcs[h] = arc
            self._arc_index[h] = -2
        if not layout.badge_h:
            return
        small = self.font_of(self.text_pt * 0.9)
        for h in range(len(config.hidden_layers)):
            norm = options.norm_of(h)
            if norm in NORM_BADGES:
                text = QGraphicsSimpleTextItem(translate("NetworkDiagram", NORM_BADGES[norm]))
                text.setFont(small)
                text.setBrush(QBrush(QColor("white")))
                text.setZValue(3.1)
                r = text.boundingRect()
                box = QGraphicsRectItem(r.adjusted(-3, -1, 3, 1))
                box.setBrush(QBrush(BADGE))
                box.setPen(QPen(BADGE, 0))
                box.setZValue(3)
                text.setToolTip(translate("Norms", NORMS[norm].label))
                self.scene.addItem(box)
                self.scene.addItem(text)
                text.setData(0, box)
                self.badges[h] = text
            rate = QGraphicsSimpleTextItem()
            rate.setFont(small)
            rate.setBrush(QColor(theme.plot_text()))
            rate.setToolTip(translate("NetworkDiagram", "Dropout rate: each training step "
                                      "drops each unit with this probability"))
            self.scene.addItem(rate)
            self.rates.append(rate)
        self._place_badges()

    def _place_badges(self) -> None:
        """Each hidden layer's badge and rate side by side, centred over its column."""
        layout = self.layout
        y = layout.badge_top()
        for h, rate in enumerate(self.rates):
            badge = self.badges.get(h)
            parts: list[QGraphicsSimpleTextItem] = [
                item for item in (badge, rate) if item is not None and item.isVisible()
                and (item is badge or item.text())]
            widths = [item.boundingRect().width() + (6 if item is badge else 0)
                      for item in parts]
            x = layout.x(h + 1) + NODE / 2 - (sum(widths) + 4 * (len(parts) - 1)) / 2
            for item, width in zip(parts, widths, strict=True):
                r = item.boundingRect()
                inset = 3 if item is badge else 0
                item.setPos(x + inset, y + (layout.badge_h - r.height()) / 2)
                box = item.data(0)
                if isinstance(box, QGraphicsRectItem):
                    box.setPos(item.pos())
                x += width + 4

    def font(self) -> QFont:
        """The font of every text in the diagram (``text_pt`` points at the smallest scale)."""
        return self.font_of(self.text_pt)

    @staticmethod
    def font_of(points: float) -> QFont:
        font = QFont()
        font.setPointSizeF(points)
        return font

    def _build_nodes(self, column: Column, font: QFont) -> None:
        for k in column.units_shown:
            column.items.append(NodeItems(self.scene, column.x, column.node_y(k),
                                          column.index > 0))
        if not self.layout.windowed(column.index):
            return
        shown, first = column.units_shown, column.first
        after = column.units - shown.stop
        tip = translate("NetworkView", "The diagram draws units {a}–{b} of the {n} of this "
                        "layer; all of them train. The mouse wheel over the layer, or a "
                        "click on ▲ / ▼, shows others; a right click picks one."
                        ).format(a=shown.start + 1, b=shown.stop, n=column.units)
        up = "▲ " if first > 0 else ""
        label = self.scene.addSimpleText(
            up + translate("NetworkView", "{a}–{b} of {n}").format(
                a=shown.start + 1, b=shown.stop, n=column.units), font)
        more = self.scene.addSimpleText(
            translate("NetworkView", "+{n} more").format(n=after) + (" ▼" if after else ""),
            font)
        centre = column.x + NODE / 2
        for item, y in ((label, self.layout.column_top(column.index)),
                        (more, self.layout.column_bottom(column.index) - self.layout.marker_h)):
            item.setBrush(QColor(theme.plot_text()))
            item.setToolTip(tip)
            r = item.boundingRect()
            item.setPos(centre - r.width() / 2, y + (self.layout.marker_h - r.height()) / 2)
        column.more, column.range_label = more, label

    # --- reading ------------------------------------------------------------------------------
    def node(self, column: int, k: int) -> NodeItems:
        """The items of unit ``k`` (its index in the layer, one of those drawn)."""
        return self.columns[column].items[k - self.columns[column].first]

    def set_hovered(self, target: Target | None) -> None:
        """Outline the hovered node (and those marked by ``set_highlight``)."""
        self._hovered = target
        marked = self._highlight[0]
        for c in self.columns:
            for k, node in zip(c.units_shown, c.items, strict=True):
                hovered = (target is not None and target.kind == "neuron"
                           and target.layer == c.index and target.unit == k)
                hovered = hovered or (c.index, k) in marked
                if hovered != node.hovered:
                    node.set_look(node.look, hovered)

    def set_highlight(self, neurons: frozenset[tuple[int, int]],
                      links: frozenset[tuple[int, int, int]]) -> None:
        """Mark what one step of the step-through involves: the neurons ``(column, unit)``
        outlined, the links ``(weight layer, row, col)`` kept and every other link faded
        (both empty: nothing marked)."""
        self._highlight = (neurons, links)
        self.set_hovered(self._hovered)
        active = bool(neurons or links)
        for layer, edges in enumerate(self.edges):
            shown_out = len(self.columns[layer + 1].items)
            first_in, first_out = self.columns[layer].first, self.columns[layer + 1].first
            for n, edge in enumerate(edges):
                i, j = divmod(n, shown_out)
                i, j = i + first_in, j + first_out
                edge.setOpacity(1.0 if not active or (layer, i, j) in links else FADED)
        self.on_links_changed()

    def paint_links(self, painter: QPainter) -> None:
        """Stroke every link with its pen and opacity (the view's background), those of one
        pen and opacity at once."""
        groups: dict[tuple[int, float], list[QLineF]] = {}
        for layer, edges in enumerate(self.edges):
            index = self._levels[layer].ravel()
            for n, edge in enumerate(edges):
                groups.setdefault((int(index[n]), edge.opacity()), []).append(edge.line())
        painter.save()
        for (pen, opacity), lines in sorted(groups.items(), key=lambda g: g[0][1]):
            painter.setPen(self._pens[max(pen, 0)])
            painter.setOpacity(opacity)
            painter.drawLines(lines)
        painter.restore()

    # --- updating -----------------------------------------------------------------------------
    def update(self, snap: NetworkPicture, inspection: Inspection | None, overlay: bool) -> None:
        """Pictures, looks, links, biases and halos of ``snap``; with ``overlay`` links and
        halos follow ``inspection``'s gradients (None: not measured yet)."""
        config = snap.config
        self._update_inputs(config, snap)
        for column, grid in zip(self.columns[1:-1], snap.neurons, strict=False):
            self._update_hidden(column, grid)
        if snap.heatmap is not None:
            self._update_output(config, snap.heatmap)
        self._update_states(config)
        self._update_links(snap, inspection if overlay else None, overlay)
        self._update_biases(snap)
        self._update_halos(inspection if overlay else None)
        self._update_rates(config)
        self._update_dropped(snap.dropped)
        self._update_arcs(inspection if overlay else None, overlay)

    def _update_rates(self, config: TrainConfig) -> None:
        """The dropout rate over each layer that has one ("p=0.2"; dropout applies live)."""
        key = config.dropout
        if key == self._rates_key or not self.rates:
            return
        self._rates_key = key
        options = config.layer_options
        for h, item in enumerate(self.rates):
            p = options.rate(h)
            item.setText(translate("NetworkDiagram", "p={rate}").format(
                rate=number_text(f"{p:.3g}")) if p else "")
        self._place_badges()

    def _update_dropped(self, dropped: tuple[np.ndarray | None, ...]) -> None:
        """Cross out the units the last training step dropped (first point of its batch)."""
        for column, mask in zip(self.columns[1:-1], (*dropped, *[None] * len(self.columns)),
                                strict=False):
            for k, node in zip(column.units_shown, column.items, strict=True):
                node.set_dropped(mask is not None and k < mask.shape[0] and not mask[k])

    def _update_arcs(self, ins: Inspection | None, overlay: bool) -> None:
        """A skip's arc: grey and dashed, or with the gradient overlay as wide as the mean
        |dLoss/da| it carries back (log scale with the halos' mean |delta|)."""
        if not self.arcs:
            return
        values = {h: arc_value(ins, h) for h in self.arcs}
        largest = 0.0
        if ins is not None:
            largest = max([float(np.nanmax(d)) for d in ins.mean_delta if d.size]
                          + [v for v in values.values() if v is not None and np.isfinite(v)],
                          default=0.0)
        for h, arc in self.arcs.items():
            value = values[h]
            if not overlay:
                index = len(self._arc_pens) - 1
            elif value is None:
                index = 0
            else:
                index = int(log_levels(np.array([value]), largest)[0])
            if index != self._arc_index.get(h):
                self._arc_index[h] = index
                arc.setPen(self._arc_pens[index])

    def _update_inputs(self, config: TrainConfig, snap: NetworkPicture) -> None:
        key = (config.features, snap.input_mean, snap.input_std, snap.frame)
        if key == self._input_key:
            return
        self._input_key = key
        # over the frame the neurons' pictures show (the canvas's view and slice)
        n_inputs = len(snap.input_mean)
        x = make_features(fitting_frame(snap.frame, n_inputs).grid(INPUT_RES, n_inputs),
                          config.features,
                          Normalizer(snap.input_mean, snap.input_std), np.float32)
        inputs = self.columns[0]
        for k, node in zip(inputs.units_shown, inputs.items, strict=True):
            values = x[:, k].reshape(INPUT_RES, INPUT_RES)
            node.set_picture(pixmap(colour(values, DIVERGING, *symmetric(values))))

    def _update_hidden(self, column: Column, grid: np.ndarray) -> None:
        """grid : (r, r, units) one hidden layer's outputs; each unit scaled by its own max."""
        shown = grid[:, :, column.first: column.first + len(column.items)]
        if shown.size == 0:
            return
        with np.errstate(invalid="ignore"):
            m = np.max(np.abs(shown), axis=(0, 1))
        m = np.where(np.isfinite(m) & (m > 1e-6), m, 1e-6)
        rgb = colour(shown, DIVERGING, -m, m)  # (r, r, units, 3)
        for k, node in enumerate(column.items[: shown.shape[2]]):
            node.set_picture(pixmap(rgb[:, :, k]))

    def _update_output(self, config: TrainConfig, heatmap: np.ndarray) -> None:
        step = max(1, heatmap.shape[0] // OUTPUT_RES)
        small = heatmap[::step, ::step]
        nodes = self.columns[-1].items
        if small.ndim == 3:  # the output units shown
            first = self.columns[-1].first
            small = small[:, :, first: first + len(nodes)]
        if small.ndim == 2:  # class-1 probability or the regression value: as on the canvas
            limit = max(1.0, symmetric(small)[1])
            nodes[0].set_picture(pixmap(heatmap_rgb(small, config.task, limit)))
        elif config.task == "multilabel":  # each label's map, as the canvas shows it
            for k, node in enumerate(nodes[: small.shape[2]]):
                node.set_picture(pixmap(heatmap_rgb(small[:, :, k], "classification")))
        else:  # one picture per class unit
            for k, node in enumerate(nodes[: small.shape[2]]):
                node.set_picture(pixmap(colour(small[:, :, k], CLASS_LUTS[k], 0.0, 1.0)))

    def _update_states(self, config: TrainConfig) -> None:
        """Frozen and pruned looks, and which links are a pruned neuron's."""
        key = (config.frozen, config.pruned)
        if key == self._states_key:
            return
        self._states_key = key
        for c, mask in zip(self.columns, self._pruned_nodes):
            for slot, k in enumerate(c.units_shown):
                look = state_of(config, c.index, k)
                mask[slot] = look == "pruned"
                c.items[slot].set_look(look)
        for layer, links in enumerate(self._pruned_links):
            links[...] = self._pruned_nodes[layer][:, None] | self._pruned_nodes[layer + 1][None]

    def _update_links(self, snap: NetworkPicture, ins: Inspection | None, overlay: bool) -> None:
        largest, moved = 0.0, False
        if ins is not None:
            largest = max((float(np.nanmax(np.abs(g))) for g in ins.grad_weights if g.size),
                          default=0.0)
        for layer, weights in enumerate(snap.weights[: len(self.edges)]):
            prev = self._levels[layer]
            fa, fb = self.columns[layer].first, self.columns[layer + 1].first
            w = weights[fa: fa + prev.shape[0], fb: fb + prev.shape[1]]
            if not overlay:
                level = weight_levels(w)
            elif ins is None:
                level = np.zeros(w.shape, np.intp)
            else:
                level = log_levels(ins.grad_weights[layer][fa: fa + w.shape[0],
                                                           fb: fb + w.shape[1]], largest)
            index = np.where(w < 0, PEN_LEVELS, 0) + level
            index[self._pruned_links[layer]] = PRUNED_PEN
            items, flat = self.edges[layer], index.ravel()
            changed = np.flatnonzero(index != prev).tolist()
            for e in changed:
                items[e].setPen(self._pens[int(flat[e])])
            prev[...] = index
            moved = moved or bool(changed)
        if moved:
            self.on_links_changed()

    def _update_biases(self, snap: NetworkPicture) -> None:
        for layer, biases in enumerate(snap.biases[: len(self._bias_index)]):
            prev = self._bias_index[layer]
            first = self.columns[layer + 1].first
            b = biases[first: first + prev.shape[0]]
            index = np.where(b < 0, PEN_LEVELS, 0) + weight_levels(b)
            index[self._pruned_nodes[layer + 1]] = PRUNED_PEN
            items = self.columns[layer + 1].items
            for k in np.flatnonzero(index != prev).tolist():
                bias = items[k].bias
                if bias is not None:
                    bias.setBrush(self._brushes[int(index[k])])
            prev[...] = index

    def _update_halos(self, ins: Inspection | None) -> None:
        largest = 0.0
        if ins is not None:
            largest = max((float(np.nanmax(d)) for d in ins.mean_delta if d.size), default=0.0)
        for layer, prev in enumerate(self._halo_index):
            items = self.columns[layer + 1].items
            if ins is None or layer >= len(ins.mean_delta):
                index = np.full(prev.shape, -1, np.intp)
            else:
                first = self.columns[layer + 1].first
                index = log_levels(ins.mean_delta[layer][first: first + prev.shape[0]], largest)
            for k in np.flatnonzero(index != prev).tolist():
                halo, level = items[k].halo, int(index[k])
                halo.setVisible(level >= 0)
                if level >= 0:
                    halo.setPen(self._halo_pens[level])
            prev[...] = index
