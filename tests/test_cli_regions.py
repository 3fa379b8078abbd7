"""``playground inspect``'s ``linear_regions``: the count on a stated grid for a ReLU, leaky
ReLU or linear network, the reason for any other."""

from __future__ import annotations

import numpy as np

from playground.cli.inspect import regions_report
from playground.data.datasets import make_dataset
from playground.data.features import Normalizer
from playground.data.weights_file import load_weights, save_weights
from playground.engine.regions import LAYER_NORM, NOT_PIECEWISE_LINEAR
from playground.training.config import TrainConfig
from playground.training.export import weights_file
from tests.test_cli_inspect import hand_made, main_error, main_json, points_csv

# three ReLU units whose kinks are the lines x1 = 0, x2 = 0 and x1 + x2 = 0: six sectors
LINES = ([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]], [[0.0, 0.0, 0.0]])


def test_three_lines_through_the_middle_make_six_regions(tmp_path, capsys):
    model, pts = tmp_path / "m.npz", tmp_path / "p.csv"
    hand_made(model, ("relu",), [LINES[0]], LINES[1][0:1])
    coords, _ = points_csv(pts, "circle")
    report = main_json(capsys, "inspect", str(model), str(pts))["linear_regions"]
    assert report["count"] == 6 and report["grid"] == [200, 200]
    x0, x1, y0, y1 = report["extent"]
    assert x0 < coords[:, 0].min() and x1 > coords[:, 0].max()
    assert y0 < coords[:, 1].min() and y1 > coords[:, 1].max()
    coarse = main_json(capsys, "inspect", str(model), str(pts), "--grid", "40")
    assert coarse["linear_regions"]["grid"] == [40, 40]
    assert coarse["linear_regions"]["count"] == 6


def test_a_linear_network_is_one_region_and_a_tanh_one_has_none(tmp_path, capsys):
    pts = tmp_path / "p.csv"
    points_csv(pts, "circle")
    linear, smooth = tmp_path / "lin.npz", tmp_path / "tanh.npz"
    hand_made(linear, ("linear",), [LINES[0]], LINES[1][0:1])
    hand_made(smooth, ("tanh",), [LINES[0]], LINES[1][0:1])
    assert main_json(capsys, "inspect", str(linear), str(pts))["linear_regions"][
        "count"] == 1
    assert main_json(capsys, "inspect", str(smooth), str(pts))["linear_regions"] == {
        "reason": NOT_PIECEWISE_LINEAR}


def test_a_bad_grid_is_one_line_on_stderr(tmp_path, capsys):
    model, pts = tmp_path / "m.npz", tmp_path / "p.csv"
    hand_made(model, ("relu",), [LINES[0]], LINES[1][0:1])
    points_csv(pts, "circle")
    assert "--grid" in main_error(capsys, "inspect", str(model), str(pts), "--grid", "1")


def test_layer_options_in_the_file_are_read(tmp_path):
    cfg = TrainConfig(hidden_layers=(3,), activations=("relu",))
    ws = [np.asarray(LINES[0]), np.zeros((3, 1))]
    bs = [np.zeros(3), np.zeros(1)]
    path = tmp_path / "m.npz"
    save_weights(path, weights_file(cfg, ws, bs, Normalizer(), 0))
    wf = load_weights(path)
    coords = make_dataset("circle", 60, 0.1, seed=1).coords
    assert regions_report(wf, coords, 30)["count"] == 6
    wf.meta["dropout"] = [0.5]  # off in evaluation: the same regions
    assert regions_report(wf, coords, 30)["count"] == 6
    wf.meta["norm"] = ["layer"]
    assert regions_report(wf, coords, 30) == {"reason": LAYER_NORM}
    wf.meta["norm"] = 3  # not a list: a reason, not a crash
    assert "reason" in regions_report(wf, coords, 30)
