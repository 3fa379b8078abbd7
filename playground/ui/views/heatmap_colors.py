"""Moved to ``playground.pictures.heatmap`` (kept while imports move)."""

from playground.pictures.heatmap import (  # noqa: F401
    HEATMAP_LUT,
    PASTEL,
    PASTEL_CLASSES,
    POINT_LUT,
    POINT_NEUTRAL,
    REGRESSION_BANDS,
    WHITE,
    binary_rgb,
    boundary_fields,
    boundary_segments,
    contour_segments,
    diverging_lut,
    heatmap_rgb,
    lighten,
    multiclass_rgb,
    point_rgb,
    regression_limit,
    regression_rgb,
    regression_unit,
    scale_colors,
)
