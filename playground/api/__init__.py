"""Playground from Python: the scripting API (``Session``) and sweeps (``sweep``)."""
