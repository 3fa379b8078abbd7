"""Moved to ``playground.pictures.colors`` (kept while imports move)."""

from playground.pictures.colors import CLASS_COLORS, CLASS_RGB, hex_to_rgb

__all__ = ["CLASS_COLORS", "CLASS_RGB", "hex_to_rgb"]
