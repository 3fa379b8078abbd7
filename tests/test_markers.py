"""Issue 20, item 3: a class is told by its marker's shape, not by colour alone, in the
pictures drawn without Qt (replay GIFs, ``playground replay``)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from playground.data.points import PointSet
from playground.pictures.colors import CLASS_COLORS, SAFE, STANDARD, palette_named
from playground.pictures.gif import draw_points, frame_image
from playground.pictures.heatmap import heatmap_rgb, point_rgb, scale_colors
from playground.pictures.markers import CLASS_MARKERS, class_marker, marker_polygon
from playground.session.replay import Frame


def test_every_class_has_its_own_shape():
    shapes = [class_marker(k) for k in range(len(CLASS_COLORS))]
    assert len(set(shapes)) == len(CLASS_COLORS)
    assert shapes[:4] == ["circle", "square", "triangle", "diamond"]
    for shape in CLASS_MARKERS:  # every outline fits the marker's box
        corners = np.array(marker_polygon(shape, 0.0, 0.0, 1.0))
        assert np.abs(corners).max() <= 1.0 + 1e-9


def _drawn(labels: list[int], train: bool, radius: float) -> np.ndarray:
    """Points of ``labels`` at pixels (50, 50), (150, 50), ... on white, as a GIF frame
    draws them."""
    n = len(labels)
    points = PointSet(np.zeros((n, 2)), np.array(labels), np.full(n, train),
                      "classification", max(labels) + 1)
    image = Image.new("RGB", (100 * n, 100), "white")
    xy = np.array([[50.0 + 100 * i, 50.0] for i in range(n)])
    draw_points(ImageDraw.Draw(image), xy, points, radius)
    return np.asarray(image).astype(int)


@pytest.mark.parametrize("train", [True, False])
def test_a_square_fills_corners_a_circle_leaves_white(train):
    image = _drawn([0, 1], train, radius=20)  # class 1 a circle, class 2 a square
    white = np.array([255, 255, 255])
    off = 15  # inside the square's corner, outside the circle (15 * sqrt 2 > 20)
    circle_corner, square_corner = image[50 - off, 50 - off], image[50 - off, 150 - off]
    assert (circle_corner == white).all()
    assert not (square_corner == white).all() or not train  # hollow: only the rim is drawn
    if not train:  # a hollow square's rim passes its corner, a circle's does not
        rim = round(20 * 0.85)
        assert not (image[50 - rim, 150 - rim] == white).all()
        assert (image[50 - rim, 50 - rim] == white).all()
    # the centres: a filled point is its colour, a hollow one white inside
    assert (image[50, 50] == white).all() != train


def test_a_replay_frame_draws_each_class_in_its_shape():
    coords = np.array([[-3.0, 0.0], [3.0, 0.0]])
    points = PointSet(coords, np.array([0, 1]), np.array([True, True]), "classification", 2)
    frame = Frame(epoch=1, train_loss=0.1, heatmap=np.zeros((0, 0), np.float16), neurons=(),
                  weights=(), biases=(), extent=(-6.0, 6.0, -6.0, 6.0))
    image = np.asarray(frame_image(frame, points, 1200)).astype(int)
    coloured = (image[:1200] != 255).any(axis=2)  # the picture, not its caption
    cols = np.flatnonzero(coloured.any(axis=0))
    left, right = cols[cols < 600], cols[cols >= 600]
    masks = []
    for c in (left, right):
        part = coloured[:, c.min():c.max() + 1]
        rows = np.flatnonzero(part.any(axis=1))
        masks.append(part[rows.min():rows.max() + 1])
    corners = [[m[0, 0], m[0, -1], m[-1, 0], m[-1, -1]] for m in masks]
    assert not any(corners[0])  # a circle leaves its box's corners empty
    assert all(corners[1])  # a square fills them


def test_the_colour_blind_palette_changes_the_maps():
    p = np.linspace(0.0, 1.0, 7, dtype=np.float32)[None]
    standard = heatmap_rgb(p, "classification")
    safe = heatmap_rgb(p, "classification", palette=SAFE)
    assert not np.array_equal(standard, safe)
    assert not np.array_equal(heatmap_rgb(p * 2 - 1, "regression", 1.0),
                              heatmap_rgb(p * 2 - 1, "regression", 1.0, palette=SAFE))
    # the colour bar paints what the heatmap paints
    colors, _levels = scale_colors("classification", 2, palette=SAFE)
    assert np.array_equal(colors[[0, -1]], safe[0, [0, -1]])
    # classes take the palette's colours
    assert not np.array_equal(point_rgb(np.arange(8), "classification"),
                              point_rgb(np.arange(8), "classification", palette=SAFE))
    # ... and the safe map still runs dark to light on one side: its ends differ in lightness
    # from the middle
    assert safe[0, 0].sum() < safe[0, 3].sum() and safe[0, -1].sum() < safe[0, 3].sum()


def test_a_stored_palette_name_falls_back_to_standard():
    assert palette_named("safe") is SAFE
    assert palette_named("nonsense") is STANDARD and palette_named(None) is STANDARD
