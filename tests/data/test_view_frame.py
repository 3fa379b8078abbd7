"""The frame a picture is taken in: its grid holds the slice, and bad frames are refused."""

import numpy as np
import pytest

from playground.data.points import PointSet
from playground.data.view_frame import (
    DEFAULT_EXTENT,
    DEFAULT_FRAME,
    MIN_SPAN,
    ViewFrame,
    data_extent,
    fit_extent,
)
from playground.errors import ConfigError


def test_the_default_frame_is_the_old_fixed_box():
    g = DEFAULT_FRAME.grid(4)
    assert g.shape == (16, 2)
    assert g[:, 0].min() == pytest.approx(-4.5) and g[:, 0].max() == pytest.approx(4.5)
    assert np.array_equal(g[:4, 1], np.full(4, -4.5))  # x varies fastest


def test_a_slice_holds_the_other_inputs_at_their_values():
    frame = ViewFrame(extent=(0, 10, -1, 1), axes=(2, 0), at=(7.0, 3.0, 99.0))
    g = frame.grid(5, n_inputs=3)
    assert np.all(g[:, 1] == 3.0)
    assert g[:, 2].min() == pytest.approx(1.0) and g[:, 2].max() == pytest.approx(9.0)
    assert g[:, 0].min() == pytest.approx(-0.8)


@pytest.mark.parametrize("kwargs", [
    {"extent": (1, 0, 0, 1)}, {"extent": (0, 1, 0, float("nan"))}, {"axes": (1, 1)},
    {"at": (0.0, float("inf"))},
])
def test_bad_frames_are_refused(kwargs):
    with pytest.raises(ConfigError):
        ViewFrame(**kwargs)


def test_a_slice_of_the_wrong_length_or_axes_beyond_the_inputs_are_refused():
    with pytest.raises(ConfigError, match="inputs"):
        ViewFrame(at=(1.0, 2.0, 3.0)).grid(3, n_inputs=2)
    with pytest.raises(ConfigError, match="axes"):
        ViewFrame(axes=(0, 2)).grid(3, n_inputs=2)


# --- fitting a view to the data -------------------------------------------------------------------
def test_a_fitted_extent_shows_the_points_with_a_margin():
    x0, x1, y0, y1 = fit_extent(np.array([[-30.0, -2.0], [30.0, 5.0], [0.0, 1.0]]), margin=0.1)
    assert (x0, x1) == pytest.approx((-36.0, 36.0))
    assert (y0, y1) == pytest.approx((-2.7, 5.7))
    square = fit_extent(np.array([[-30.0, -2.0], [30.0, 5.0]]), margin=0.1, square=True)
    assert square[1] - square[0] == pytest.approx(square[3] - square[2])
    assert square[2] < -2.0 and square[3] > 5.0


@pytest.mark.parametrize("coords", [np.array([[3.0, -7.0]]), np.full((5, 2), 1e5),
                                    np.array([[1.0, 2.0], [1.0, 2.0], [np.nan, 4.0]])])
def test_one_point_or_points_all_alike_give_a_real_extent(coords):
    extent = fit_extent(coords)
    frame = ViewFrame(extent)  # a valid frame: min < max on both axes
    finite = coords[np.isfinite(coords).all(axis=1)]
    for (lo, hi), column in zip((frame.x_range, frame.y_range), finite.T, strict=True):
        assert hi - lo >= MIN_SPAN and lo < column.min() and hi > column.max()


def test_no_points_fit_the_default_box_and_a_one_d_set_fits_x_against_its_targets():
    assert fit_extent(np.zeros((0, 2))) == DEFAULT_EXTENT
    one_d = PointSet(np.array([[-10.0, 0.0], [20.0, 0.0]]), np.array([100.0, 300.0]),
                     np.array([True, True]), "regression", 0)
    x0, x1, y0, y1 = data_extent(one_d, one_d=True)
    assert x0 < -10 < 20 < x1 and y0 < 100 < 300 < y1 and x1 - x0 < 40
    assert data_extent(one_d)[2] < 0 < data_extent(one_d)[3]  # the plane: x2 is 0
