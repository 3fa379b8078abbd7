"""Training shown live: ``Session.train(..., live=True)`` draws through a ``LiveDisplay``.

In a Jupyter kernel (Jupyter Notebook, JupyterLab, VS Code, Colab) the display is one inline
output: the decision heatmap with the points (``session.picture``) beside a small loss curve
(``pictures.loss_curve``), with the latest figures written under them. It is shown once with
IPython's ``display(..., display_id=True)`` and then replaced in place through that handle with
a new PNG at each ``update()``.

Why periodic PNG updates and not a widget toolkit (ipywidgets, ``jupyter_rfb`` /
``pyqtgraph.jupyter``): a display handle is part of IPython itself, so the ``[notebook]`` extra
is IPython alone and nothing must be enabled in the Jupyter front end (a widget needs its
JavaScript half installed and matching in every front end, and shows nothing in a front end
that lacks it). A PNG output is also what a saved notebook keeps: reopened, exported to HTML
or rendered on GitHub, the last picture of the run is still there, where a widget would show
"Loading widget...". The cost, a whole PNG per update, is small: the updates are throttled
(at most every ``min_interval`` seconds, a quarter of a second by default) and one picture of
the default size is a few tens of kilobytes.

Outside a kernel (a plain script, a terminal IPython) ``update()`` prints one line of progress
instead: overwritten in place on a terminal, one line every few seconds into a file or pipe.

``LiveDisplay`` needs only this of a session: ``.metrics`` (a dict of the latest figures),
``.history`` (the loss history, see ``pictures.loss_curve.history_columns``) and
``.picture(size)`` (PNG bytes).
"""

from __future__ import annotations

import io
import math
import sys
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TextIO

from PIL import Image, ImageDraw

from playground.pictures.chart import TEXT, _font
from playground.pictures.loss_curve import loss_curve_image

MIN_INTERVAL = 0.25  # seconds between two pictures (or two progress lines on a terminal)
PIPE_INTERVAL = 5.0  # seconds between two progress lines written into a file or a pipe
PICTURE_SIZE = 320  # the heatmap's side in pixels; the loss curve beside it is as tall
# the figures of the progress line, in this order, with their short names
FIGURES = (
    ("epoch", "epoch"),
    ("train_loss", "loss"),
    ("test_loss", "test loss"),
    ("train_accuracy", "accuracy"),
    ("test_accuracy", "test accuracy"),
    ("train_r2", "R²"),
    ("test_r2", "test R²"),
)


class LiveSession(Protocol):
    """What a live display reads of a session (``api.session.Session``)."""

    @property
    def metrics(self) -> Mapping[str, Any]: ...

    @property
    def history(self) -> Any: ...

    def picture(self, size: int = ...) -> bytes: ...


class Handle(Protocol):
    """IPython's ``DisplayHandle``: ``update`` replaces what ``display`` showed."""

    def update(self, obj: Any, **kwargs: Any) -> None: ...


def kernel_display() -> Callable[..., Any] | None:
    """IPython's ``display`` when this runs in a Jupyter kernel, else None (a plain script,
    a terminal IPython, IPython not installed). IPython is never imported here: a kernel has
    imported it already."""
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return None
    try:
        shell = ipython.get_ipython()
    except Exception:  # noqa: BLE001 - a broken IPython never stops training
        return None
    if shell is None or getattr(shell, "kernel", None) is None:
        return None
    from IPython.display import display

    return display


def progress_line(metrics: Mapping[str, Any]) -> str:
    """``epoch 120  loss 0.231  test loss 0.245  accuracy 91.3%  ...``: the figures of
    ``FIGURES`` that ``metrics`` has and that are numbers."""
    parts = []
    for key, label in FIGURES:
        value = metrics.get(key) if isinstance(metrics, Mapping) else None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if not math.isfinite(value):
            parts.append(f"{label} {value}")
        elif key == "epoch":
            parts.append(f"{label} {int(value)}")
        elif key.endswith("accuracy"):
            parts.append(f"{label} {100 * value:.1f}%")
        else:
            parts.append(f"{label} {value:.4g}")
    return "  ".join(parts) if parts else "training…"


class LiveDisplay:
    """A session's training shown as it runs (module docstring). ``update()`` draws at most
    every ``min_interval`` seconds (``force=True``: now); ``close()`` draws the final state
    and ends the display. ``display`` is IPython's ``display`` function (by default the
    kernel's, ``kernel_display()``; None prints progress lines to ``out``)."""

    def __init__(self, session: LiveSession, *, size: int = PICTURE_SIZE,
                 min_interval: float = MIN_INTERVAL,
                 display: Callable[..., Any] | None | str = "auto",
                 out: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.session = session
        self.size = size
        if isinstance(display, str) and display != "auto":
            raise ValueError(f"display must be IPython's display function, None or 'auto' "
                             f"(got {display!r})")
        self._display: Callable[..., Any] | None = (
            kernel_display() if isinstance(display, str) else display)
        self._out = out if out is not None else sys.stdout
        self._clock = clock
        self._tty = bool(getattr(self._out, "isatty", lambda: False)())
        if self._display is None and not self._tty:
            min_interval = max(min_interval, PIPE_INTERVAL)
        self.min_interval = min_interval
        self._last: float | None = None
        self._handle: Handle | None = None
        self._line_open = False  # a progress line waits for its newline (a terminal)
        self.closed = False
        self.updates = 0  # pictures shown or lines printed

    @property
    def in_notebook(self) -> bool:
        return self._display is not None

    def update(self, force: bool = False) -> bool:
        """Show the session's state now if ``min_interval`` has passed since the last time
        (or ``force``); True when it did. Never raises for a picture that fails: the line
        of figures stands in."""
        if self.closed:
            return False
        now = self._clock()
        if not force and self._last is not None and now - self._last < self.min_interval:
            return False
        self._last = now
        self.updates += 1
        if self._display is not None:
            self._show()
        else:
            self._print()
        return True

    def close(self) -> None:
        """Show the final state (whatever the throttle says) and end the display."""
        if self.closed:
            return
        self.update(force=True)
        if self._line_open:
            self._out.write("\n")
            self._out.flush()
            self._line_open = False
        self.closed = True

    # --- in a notebook ------------------------------------------------------------------------
    def frame_png(self) -> bytes:
        """The picture shown: the heatmap, the loss curve beside it, the figures below."""
        line = progress_line(self.session.metrics)
        heatmap: Image.Image | None = None
        try:
            heatmap = Image.open(io.BytesIO(self.session.picture(self.size)))
            heatmap.load()
        except Exception:  # noqa: BLE001 - no picture (yet): the curve and figures still show
            heatmap = None
        side = heatmap.height if heatmap is not None else self.size
        curve = loss_curve_image(self.session.history, (max(160, side * 5 // 4), side))
        width = (heatmap.width + 12 if heatmap is not None else 0) + curve.width
        frame = Image.new("RGB", (width, side + 26), "white")
        if heatmap is not None:
            frame.paste(heatmap.convert("RGB"), (0, 0))
        frame.paste(curve, (width - curve.width, 0))
        ImageDraw.Draw(frame).text((4, side + 13), line, fill=TEXT, font=_font(14), anchor="lm")
        out = io.BytesIO()
        frame.save(out, format="PNG")
        return out.getvalue()

    def _show(self) -> None:
        assert self._display is not None
        bundle = {"image/png": self.frame_png(), "text/plain": progress_line(self.session.metrics)}
        if self._handle is None:
            self._handle = self._display(bundle, raw=True, display_id=True)
        else:
            self._handle.update(bundle, raw=True)

    # --- in a script ----------------------------------------------------------------------------
    def _print(self) -> None:
        line = progress_line(self.session.metrics)
        if self._tty:
            self._out.write(f"\r\x1b[K{line}")
            self._line_open = True
        else:
            self._out.write(line + "\n")
        self._out.flush()
