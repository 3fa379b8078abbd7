"""The frame a picture is taken in: its grid holds the slice, and bad frames are refused."""

import numpy as np
import pytest

from playground.data.view_frame import DEFAULT_FRAME, ViewFrame
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
