"""Views: widgets that draw snapshots and points (canvas, loss curves, network diagram)."""
