"""Data sets, the editable point set, features and file formats. Never imports Qt."""
