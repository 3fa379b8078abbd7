"""The live display of ``Session.train(..., live=True)`` (``api.live``) and the loss curve
picture it draws (``pictures.loss_curve``), with a stand-in session: in a kernel it shows one
picture and updates it through the display handle, throttled; elsewhere it prints progress."""

import io
import sys

import numpy as np
import pytest
from PIL import Image

from playground.api.live import LiveDisplay, kernel_display, progress_line
from playground.pictures.loss_curve import history_columns, loss_curve_png
from playground.session.history import LossHistory

PNG = b"\x89PNG\r\n\x1a\n"


def rows(n):
    epochs = np.arange(1, n + 1, dtype=float)
    return np.c_[epochs, 1 / epochs, 1.2 / epochs, 0.5 + epochs / (2 * n), np.full(n, 0.6),
                 1 / epochs]


class FakeSession:
    def __init__(self, picture_fails=False):
        self.history = LossHistory()
        self.metrics = {}
        self.picture_fails = picture_fails
        self.pictures = []

    def train_to(self, epoch):
        self.history.replace(rows(epoch))
        self.metrics = {"epoch": epoch, "train_loss": 1 / epoch, "test_loss": 1.2 / epoch,
                        "train_accuracy": 0.75, "test_accuracy": 0.6, "stopped": "epochs"}

    def picture(self, size=400):
        self.pictures.append(size)
        if self.picture_fails:
            raise RuntimeError("no weights yet")
        out = io.BytesIO()
        Image.new("RGB", (size, size), "white").save(out, format="PNG")
        return out.getvalue()


class Handle:
    def __init__(self):
        self.updates = []

    def update(self, obj, **kwargs):
        self.updates.append((obj, kwargs))


class FakeDisplay:
    def __init__(self):
        self.calls = []
        self.handle = Handle()

    def __call__(self, obj, **kwargs):
        self.calls.append((obj, kwargs))
        return self.handle if kwargs.get("display_id") else None


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


class Tty(io.StringIO):
    def isatty(self):
        return True


def test_in_a_kernel_one_picture_is_shown_then_updated_in_place_at_most_four_times_a_second():
    session, display, clock = FakeSession(), FakeDisplay(), Clock()
    live = LiveDisplay(session, display=display, clock=clock, size=120)
    assert live.in_notebook
    shown = []
    for epoch in range(1, 41):  # 40 epochs over 1.25 s of the clock
        session.train_to(epoch)
        shown.append(live.update())
        clock.now += 1 / 32
    live.close()
    assert sum(shown) == 5 and shown[0]  # at 0, 0.25, 0.5, 0.75 and 1 s
    assert len(display.calls) == 1  # one output, then updates of it
    bundle, kwargs = display.calls[0]
    assert kwargs == {"raw": True, "display_id": True}
    assert bundle["image/png"].startswith(PNG) and "epoch 1" in bundle["text/plain"]
    assert len(display.handle.updates) == 4 + 1  # four throttled updates and the closing one
    final, kwargs = display.handle.updates[-1]
    assert kwargs == {"raw": True}
    assert final["text/plain"] == "epoch 40  loss 0.025  test loss 0.03  accuracy 75.0%  " \
                                  "test accuracy 60.0%"
    frame = Image.open(io.BytesIO(final["image/png"]))
    assert frame.height > 120 and frame.width > 2 * 120  # the heatmap and the curve beside it
    assert session.pictures and set(session.pictures) == {120}
    assert not live.update(force=True)  # closed: nothing more
    live.close()
    assert len(display.handle.updates) == 5


def test_a_picture_that_fails_leaves_the_curve_and_the_figures():
    session, display = FakeSession(picture_fails=True), FakeDisplay()
    session.train_to(3)
    live = LiveDisplay(session, display=display, clock=Clock())
    assert live.update()
    assert display.calls[0][0]["image/png"].startswith(PNG)


def test_the_kernels_display_is_found_through_ipython(monkeypatch):
    ipython = pytest.importorskip("IPython")
    import IPython.display

    display = FakeDisplay()
    monkeypatch.setattr(IPython.display, "display", display)
    monkeypatch.setattr(ipython, "get_ipython", lambda: type("Kernel", (), {"kernel": object()})())
    session = FakeSession()
    session.train_to(2)
    live = LiveDisplay(session, clock=Clock())
    assert live.in_notebook and live.update() and len(display.calls) == 1
    # a terminal IPython has no kernel: progress lines
    monkeypatch.setattr(ipython, "get_ipython", lambda: type("Terminal", (), {})())
    assert kernel_display() is None


def test_without_ipython_it_prints_one_line_of_progress(monkeypatch):
    monkeypatch.delitem(sys.modules, "IPython", raising=False)
    assert kernel_display() is None
    session, clock, out = FakeSession(), Clock(), Tty()
    live = LiveDisplay(session, out=out, clock=clock)
    assert not live.in_notebook
    for epoch in range(1, 11):  # 1.25 s of the clock
        session.train_to(epoch)
        live.update()
        clock.now += 0.125
    live.close()
    text = out.getvalue()
    assert text.count("\r") == 5 + 1  # at 0, 0.25, 0.5, 0.75, 1 s, and the last at close
    assert text.endswith("epoch 10  loss 0.1  test loss 0.12  accuracy 75.0%  "
                         "test accuracy 60.0%\n")
    assert session.pictures == []  # no pictures drawn for a terminal


def test_into_a_file_it_prints_whole_lines_every_few_seconds():
    session, clock, out = FakeSession(), Clock(), io.StringIO()
    live = LiveDisplay(session, display=None, out=out, clock=clock)
    for epoch in range(1, 81):  # 10 s of the clock
        session.train_to(epoch)
        live.update()
        clock.now += 0.125
    live.close()
    lines = out.getvalue().splitlines()
    assert "\r" not in out.getvalue()
    assert [line.split()[1] for line in lines] == ["1", "41", "80"]


def test_progress_line_skips_what_is_not_a_number():
    assert progress_line({}) == "training…"
    assert progress_line({"epoch": 3, "train_loss": float("nan"), "test_loss": None,
                          "train_r2": 0.5, "stopped": "epochs"}) == "epoch 3  loss nan  R² 0.5"


@pytest.mark.parametrize("history", [
    rows(30), LossHistory(), None, {"epoch": [1, 2, 3], "train_loss": [0.9, 0.5, 0.4]},
    np.zeros((3, 2)), "nonsense", {"train_loss": [1, 2], "test_loss": [1]},
])
def test_the_loss_curve_is_a_png_of_the_size_asked_for_any_history(history):
    png = loss_curve_png(history, (200, 120))
    image = Image.open(io.BytesIO(png))
    assert png.startswith(PNG) and image.size == (200, 120)


def test_the_loss_curve_reads_a_history_its_rows_or_its_columns_alike():
    history = LossHistory()
    history.append(rows(5))
    as_dict = {"epoch": rows(5)[:, 0], "train_loss": rows(5)[:, 1], "test_loss": rows(5)[:, 2]}
    assert loss_curve_png(history) == loss_curve_png(rows(5)) == loss_curve_png(as_dict)
    assert np.isnan(history_columns(as_dict)["train_accuracy"]).all()
    assert loss_curve_png(history) != loss_curve_png(rows(6))


@pytest.mark.parametrize("size", [0, 10, (100, 5000), "big", (1.5, 100), True])
def test_a_bad_size_is_a_clear_error(size):
    with pytest.raises(ValueError, match="size"):
        loss_curve_png(rows(3), size)
