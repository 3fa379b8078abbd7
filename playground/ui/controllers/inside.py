"""What the inside views ask the training process to compute, gathered into one request.

The network diagram (a hovered neuron, the gradient overlay, the pointer over the diagram),
the diagnostics dock, the hidden-space view, the linear-regions dock and the output view (the
extent it shows, where the pictures are computed: ``ViewRequest.frame``) each set their own
part; whenever the whole ``ViewRequest`` changes it goes to the loop as one ``SetViews``. The
loop computes only what is asked for, so a closed dock costs nothing. The process client
replays the last request after a restart.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from playground.data.view_frame import Extent
from playground.training.protocol import ChannelClosed, Command, SetViews, ViewRequest

log = logging.getLogger("playground.ui")


class InsideViews(QObject):
    """The current ``ViewRequest``; ``send`` delivers commands to the training process.

    Gradients are asked for while the overlay is on or the pointer is over the diagram
    (hovering a link shows its gradient); diagnostics while the dock is shown or the coach
    asks for them.
    """

    def __init__(self, send: Callable[[Command], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._send = send
        self.request = ViewRequest()
        self.overlay = False  # the gradient overlay is on
        self.pointer_in_diagram = False
        self.dock_diagnostics = False  # the diagnostics dock is shown
        self.coach_diagnostics = False  # the coach wants one inspection

    def close(self) -> None:
        """The window closes: its docks hiding change nothing in a process that is ending."""
        self._send = lambda _command: None

    def set_focus(self, neuron: tuple[int, int] | None) -> None:
        """A hidden neuron whose output fills the canvas (None: the network's output)."""
        self._update(focus=neuron)

    def set_diagnostics(self, on: bool) -> None:
        """The diagnostics dock is shown (or hidden)."""
        self.dock_diagnostics = on
        self._update(diagnostics=self.dock_diagnostics or self.coach_diagnostics)

    def set_coach_diagnostics(self, on: bool) -> None:
        """The coach asks for diagnostics (``ui.coach`` pulses this on until an inspection
        arrives, then off: about one inspection a second, whatever the dock does)."""
        self.coach_diagnostics = on
        self._update(diagnostics=self.dock_diagnostics or self.coach_diagnostics)

    def set_gradient_overlay(self, on: bool) -> None:
        self.overlay = on
        self._update(gradients=self.overlay or self.pointer_in_diagram)

    def set_pointer_in_diagram(self, inside: bool) -> None:
        self.pointer_in_diagram = inside
        self._update(gradients=self.overlay or self.pointer_in_diagram)

    def set_hidden_space(self, layer: int | None, units: tuple[int, int] | None = None) -> None:
        """Show hidden layer ``layer`` (None: the view is closed) on two units or, with
        ``units`` None, on its first two principal components."""
        self._update(hidden_layer=layer, hidden_units=None if layer is None else units)

    def set_linear_regions(self, on: bool) -> None:
        """The linear-regions dock is shown (or hidden)."""
        self._update(linear_regions=on)

    def set_neuron_units(self, units: int | None) -> None:
        """How many units of each hidden layer, from the first, get a picture in the
        snapshots (the diagram's drawn ones; None: every unit)."""
        self._update(neuron_units=units)

    def set_view_extent(self, extent: Extent) -> None:
        """The output view shows ``extent``: compute the pictures over it (the frame's axes
        and slice stay as they are)."""
        self._update(frame=dataclasses.replace(self.request.frame, extent=extent))

    def set_view_slice(self, axes: tuple[int, int], at: tuple[float, ...]) -> None:
        """The output view shows the inputs ``axes`` with every other input at ``at`` (a
        value per input; empty for two inputs): compute the pictures over that slice (the
        extent stays as it is)."""
        self._update(frame=dataclasses.replace(self.request.frame, axes=(axes[0], axes[1]),
                                               at=tuple(at)))

    def _update(self, **changes: object) -> None:
        request = dataclasses.replace(self.request, **changes)  # type: ignore[arg-type]
        if request == self.request:
            return
        self.request = request
        try:
            self._send(SetViews(request))
        except ChannelClosed as exc:  # restarting: the client replays the last request
            log.warning("view request not delivered: %s", exc)
