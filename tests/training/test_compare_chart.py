"""The comparison's bar chart (``pictures.chart``): which figures its panels show, their
axes, a regression's R² below zero, and the picture a failed configuration leaves."""

from __future__ import annotations

import numpy as np

from playground.pictures.chart import CHART_SIZE, chart_image, comparison_panels
from playground.pictures.colors import CLASS_RGB
from playground.training.compare import SUMMARY_COLUMNS, Stat


def summary(**figures: tuple[float | None, float | None]) -> dict[str, Stat]:
    out = dict.fromkeys(SUMMARY_COLUMNS, Stat(None, None, 0))
    out.update({k: Stat(mean, sd, 3) for k, (mean, sd) in figures.items()})
    return out


def test_a_classifier_shows_test_accuracy_in_percent_and_the_final_training_loss():
    rows = [summary(test_accuracy=(0.9, 0.05), train_accuracy=(0.2, None), train_loss=(0.3, 0.1)),
            summary(test_accuracy=(0.5, None), train_loss=(1.7, None))]
    score, loss = comparison_panels(["a", "b"], rows, "classification", True)
    assert score.title == "test accuracy (%)" and (score.low, score.high) == (0.0, 1.0)
    assert [(b.value, b.sd) for b in score.bars] == [(0.9, 0.05), (0.5, None)]
    assert [score.label(b) for b in score.bars] == ["90.0%\n± 5.0", "50.0%"]
    assert loss.title == "final training loss" and [b.value for b in loss.bars] == [0.3, 1.7]
    assert loss.low == 0.0 and loss.high >= 1.7 * 1.05
    no_test, _ = comparison_panels(["a", "b"], rows, "classification", False)
    assert no_test.title == "train accuracy (%)" and no_test.bars[0].value == 0.2


def test_a_regression_shows_r2_and_its_axis_goes_below_zero_when_needed():
    rows = [summary(r2=(0.8, 0.1), train_loss=(0.02, 0.01)),
            summary(r2=(-0.4, 0.2), train_loss=(0.5, 0.1))]
    score, _ = comparison_panels(["a", "b"], rows, "regression", True)
    assert score.title == "test R²" and not score.percent
    assert score.high == 1.0 and score.low <= -0.6
    image = np.asarray(chart_image((score,), "R²"))
    assert image.shape == (CHART_SIZE[1], CHART_SIZE[0], 3)
    for color in CLASS_RGB[:2]:  # both bars drawn, the negative one too
        assert (image == color.astype(np.uint8)).all(axis=2).any()


def test_a_configuration_without_figures_has_no_bar_but_a_dash():
    rows = [summary(test_accuracy=(0.7, None), train_loss=(0.4, None)),
            dict.fromkeys(SUMMARY_COLUMNS, Stat(None, None, 0))]
    score, loss = comparison_panels(["ok", "failed"], rows, "classification", True)
    assert score.label(score.bars[1]) == "–"
    image = np.asarray(chart_image((score, loss), "title"))
    assert (image == CLASS_RGB[0].astype(np.uint8)).all(axis=2).any()
    assert not (image == CLASS_RGB[1].astype(np.uint8)).all(axis=2).any()
