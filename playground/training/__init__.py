"""Training configuration and the training loop that yields snapshots. Never imports Qt."""
