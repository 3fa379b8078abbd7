"""Playground from Python: the scripting API (``Session``), notebooks (``live``,
``notebook``) and sweeps."""
