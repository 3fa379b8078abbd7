"""Playground from Python: ``import playground as pg``; ``pg.Session(...)`` (docs/api.md).

A layer above the session model, the pictures and the exporters, below the CLI and the
window: it imports no Qt (``Session.show`` opens the window lazily). The names are imported
when first used, so ``import playground.api`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playground.api.session import Session

__all__ = ["Session"]


def __getattr__(name: str) -> Any:
    if name == "Session":
        from playground.api.session import Session

        return Session
    raise AttributeError(f"module 'playground.api' has no attribute {name!r}")
