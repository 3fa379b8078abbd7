"""A network with dropout, normalisations and skips in the window's files: Export / Import
weights, Save / Open session and "Continue from here" keep the normalised layers' state."""

from __future__ import annotations

import numpy as np

from playground.data.weights_file import load_weights
from playground.engine.layers import norms_equal
from tests.ui.test_window import first_snapshot, state, train, wait_for

OPTIONS = {"hidden_layers": (4, 4), "activations": ("tanh", "tanh"), "dropout": (0.1, 0.0),
           "norm": ("batch", "layer"), "skip": (False, True), "batch_size": 10}


def with_options(qtbot, w):
    first_snapshot(qtbot, w)
    w.document.set_config(w.document.config.replace(**OPTIONS))
    wait_for(qtbot, w, lambda s: s.config.norm == OPTIONS["norm"] and len(s.norms) == 2)


def test_weights_export_and_import_carry_the_norms(qtbot, make_window, tmp_path):
    other = make_window(show=False)
    with_options(qtbot, other)
    train(qtbot, other, 10)
    exported = state(other)
    assert exported.norms and exported.norms[0].running_mean is not None
    path = tmp_path / "norms.npz"
    assert other.files.export_weights(str(path))
    wf = load_weights(path)
    assert wf.meta["version"] == 2 and norms_equal(wf.norms, exported.norms)

    w = make_window()
    first_snapshot(qtbot, w)
    assert w.document.config.norm == ()
    assert w.files.import_weights(str(path))  # the file's options are its architecture
    c = w.document.config
    assert (c.dropout, c.norm, c.skip) == (OPTIONS["dropout"], OPTIONS["norm"], OPTIONS["skip"])
    wait_for(qtbot, w, lambda s: s.epoch == exported.epoch and len(s.norms) == 2)
    loaded = state(w)
    assert norms_equal(loaded.norms, exported.norms)
    for a, b in zip(loaded.weights, exported.weights, strict=True):
        np.testing.assert_array_equal(a, b)


def test_a_session_and_a_replayed_frame_keep_the_norms(qtbot, window, tmp_path):
    w = window
    with_options(qtbot, w)
    train(qtbot, w, 30)
    before = state(w)
    path = tmp_path / "norms.pgsession"
    assert w.files.save_session(str(path))
    w.files.new()
    wait_for(qtbot, w, lambda s: s.epoch == 0 and s.config.norm == ())
    assert w.files.open_session(str(path))
    wait_for(qtbot, w, lambda s: s.epoch == before.epoch and len(s.norms) == 2)
    assert norms_equal(state(w).norms, before.norms)

    frames = w.model.replay.frames
    assert len(frames) >= 3 and all(len(f.norms) == 2 for f in frames)
    w.replay.action.trigger()
    middle = len(frames) // 2
    w.replay.bar.slider.setValue(middle)
    frame = frames[middle]
    w.replay.bar.continue_button.click()
    wait_for(qtbot, w, lambda s: s.epoch == frame.epoch)
    assert norms_equal(state(w).norms, frame.norms)
