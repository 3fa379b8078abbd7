"""Issue 16, item 5: one class numbering everywhere.

The class buttons, the keys, F1, the confusion matrix and the window's default names called
blue "class 1" and orange "class 2", while the hover readout said "class 0", the colour bar's
"p(class 1)" meant orange and the exports said 'class 0'. A class is called by its name
everywhere, and the default names count from 1 in every layer: window, files, command line,
exports, step-through.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from playground import cli
from playground.data.datasets import make_dataset
from playground.data.features import Normalizer
from playground.data.points_csv import write_points_csv
from playground.data.weights_file import load_weights, save_weights
from playground.exporters.numpy_code import numpy_source
from playground.exporters.spec import spec_from_weights
from playground.exporters.torch_code import torch_source
from playground.session.file import Session, load_session, save_session
from playground.session.model import SessionModel
from playground.session.view_inputs import OutputPicture
from playground.training.config import TrainConfig
from playground.training.export import weights_file
from playground.ui.status import format_point, format_prediction
from playground.ui.views.step_situation import point_text, situation_for

# what the class buttons and keys 1 and 2 call blue (label 0) and orange (label 1)
BLUE, ORANGE = "class 1", "class 2"


def binary_points():
    return make_dataset("xor", 40, 0.1, seed=1, train_ratio=0.8)


def binary_config(k: int = 2) -> TrainConfig:
    return TrainConfig(n_classes=k, hidden_layers=(3,), activations=("tanh",))


def trained_file(names=None, k: int = 2):
    config = binary_config(k)
    sizes = [2, 3, 1 if k == 2 else k]
    rng = np.random.default_rng(0)
    weights = [rng.normal(size=(a, b)) for a, b in zip(sizes, sizes[1:])]
    biases = [np.zeros(b) for b in sizes[1:]]
    return weights_file(config, weights, biases, Normalizer(), 5, names)


# --- the default names, layer by layer --------------------------------------------------------
def test_the_session_and_its_files_name_classes_as_the_buttons_do(tmp_path):
    model = SessionModel(binary_config(), binary_points())
    assert model.class_names[:2] == [BLUE, ORANGE]
    path = tmp_path / "s.pgsession"
    save_session(path, model.to_session())
    assert load_session(path).class_names == (BLUE, ORANGE)
    assert trained_file().meta["classes"] == [BLUE, ORANGE]
    assert trained_file(k=3).meta["classes"] == [BLUE, ORANGE, "class 3"]
    model.rename_class(1, "")  # an empty name restores the default
    assert model.class_names == [BLUE, ORANGE]


def test_files_from_before_are_read_in_todays_numbering(tmp_path):
    """Files written before issue 16 named an unnamed class by its label from 0 ("class 0")."""
    points, config = binary_points(), binary_config()
    for old, new in ((("class 0", "class 1"), (BLUE, ORANGE)),
                     (("cats", "class 1"), ("cats", ORANGE)),
                     (("class 1", "dogs"), (BLUE, "dogs"))):
        path = tmp_path / "old.pgsession"
        save_session(path, Session(points=points, class_names=old, config=config))
        assert load_session(path).class_names == new
        weights = tmp_path / "old.npz"
        save_weights(weights, trained_file(list(old)))
        assert load_weights(weights).meta["classes"] == list(new)


def test_the_hover_readout_names_classes_as_the_buttons_do():
    names = SessionModel(binary_config(), binary_points()).class_names
    assert format_point("classification", 0.0, True, names) == f"point: {BLUE}, training"
    text, tip = format_prediction("classification", np.asarray(0.75), names)
    assert text == f"p({ORANGE}) = 0.75 → {ORANGE}"
    assert tip.splitlines() == [f"p({BLUE}) = 0.250", f"p({ORANGE}) = 0.750"]
    text, _ = format_prediction("classification", np.array([0.1, 0.1, 0.8]), names[:2])
    assert text == "→ class 3 (p = 0.80)"  # a class beyond the names: its default name


def test_the_step_through_names_the_points_class():
    model = SessionModel(binary_config(), binary_points())
    index = int(np.flatnonzero((model.points.values == 0) & model.points.is_train)[0])
    text = point_text(situation_for(model, index))
    assert BLUE in text and "class 0" not in text
    model.rename_class(0, "cats")
    text = point_text(situation_for(model, index))
    assert "cats" in text and "class" not in text


@pytest.mark.parametrize("source", [numpy_source, torch_source])
def test_exported_code_names_the_classes(source):
    text = source(spec_from_weights(trained_file()))
    assert "class 0" not in text and "of class 1" not in text
    assert f"'{BLUE}', '{ORANGE}'" in text  # the description lists them
    assert f"the probability of '{ORANGE}'" in text  # the sigmoid's one output
    named = source(spec_from_weights(trained_file(["cats", "dogs"])))
    assert "the probability of 'dogs'" in named


# --- the command line ---------------------------------------------------------------------------
def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_command_line_names_classes_as_the_window_does(tmp_path, capsys):
    model = tmp_path / "m.npz"
    code, _, err = run(capsys, "train", "--dataset", "xor", "--layers", "4", "--epochs", "3",
                       "--out", str(model))
    assert code == 0, err
    assert load_weights(model).meta["classes"] == [BLUE, ORANGE]
    pts = tmp_path / "p.csv"
    p = binary_points()
    write_points_csv(pts, p.coords, p.values, "classification")
    code, out, err = run(capsys, "inspect", str(model), str(pts))
    assert code == 0, err
    report = json.loads(out)
    assert report["classes"] == [BLUE, ORANGE]  # the confusion matrix's rows and columns
    code, out, err = run(capsys, "explain", str(model), "--point", "1,2", "--label", ORANGE)
    assert code == 0, err
    report = json.loads(out)
    assert (report["label"], report["class"]) == (1, ORANGE)
    code, _, err = run(capsys, "explain", str(model), "--point", "1,2", "--label", "7")
    assert code == 2 and f"0 ({BLUE})" in err and f"1 ({ORANGE})" in err


# --- the window -----------------------------------------------------------------------------------
def test_the_colour_bar_says_which_class_its_top_is(canvas, doc):
    scale = canvas.color_scale
    assert scale.bar.axis.labelText == f"p({ORANGE})"
    top = scale.bar.colorMap().getLookupTable(nPts=2, alpha=False)[-1]
    assert top[0] > top[2]  # orange: the colour of class 2's points
    doc.rename_class(1, "dogs")
    assert scale.bar.axis.labelText == "p(dogs)"


def test_the_readout_on_the_canvas(canvas, doc, qtbot):
    from playground.ui.views.readout import HoverReadout
    from tests.ui.helpers import NONE, send

    readout = HoverReadout(canvas, doc)
    qtbot.addWidget(readout)
    canvas.show_output(OutputPicture(doc.config.task, np.full((8, 8), 0.25, np.float32)))
    from PySide6.QtCore import QEvent

    send(canvas, QEvent.Type.MouseMove, 1.0, 1.0, NONE, NONE)
    assert f"p({ORANGE}) = 0.25 → {BLUE}" in readout.text()


def test_window_labels_are_the_names(window):
    w = window
    doc = w.document
    assert [doc.class_label(i) for i in range(2)] == doc.class_names[:2] == [BLUE, ORANGE]
    from playground.ui.dialogs.help import shortcut_rows

    assert ("1", BLUE) in shortcut_rows(w.class_actions) and ("2", ORANGE) in shortcut_rows(
        w.class_actions)  # F1
    doc.rename_class(0, "cats & dogs")
    assert doc.class_label(0) == "cats & dogs" and "cats & dogs" in w.class_actions[0].toolTip()
    assert ("1", "cats & dogs") in shortcut_rows(w.class_actions)
    doc.rename_class(0, BLUE)  # typing the default name is the default name
    assert doc.class_names[0] == BLUE and ("1", BLUE) in shortcut_rows(w.class_actions)
