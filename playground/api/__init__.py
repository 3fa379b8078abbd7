"""Playground from Python: ``import playground as pg``; ``pg.Session(...)`` (docs/api.md) and
``pg.sweep(...)`` (docs/sweeps.md).

A layer above the session model, the pictures and the exporters, below the CLI and the
window: it imports no Qt (``Session.show`` opens the window lazily). The names are imported
when first used, so ``import playground.api`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playground.api.session import Session
    from playground.api.sweep import sweep

__all__ = ["Session", "sweep"]


def __getattr__(name: str) -> Any:
    if name == "Session":
        from playground.api.session import Session

        return Session
    if name == "sweep":
        from playground.api.sweep import sweep

        return sweep
    raise AttributeError(f"module 'playground.api' has no attribute {name!r}")
