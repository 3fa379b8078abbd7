"""Controllers: no widgets of their own; they tie the session model, the training process
and the file menu to the window (document, worker, files, recovery)."""
