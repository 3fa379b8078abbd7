"""Pure NumPy neural-network engine. Never imports Qt."""
