"""Panels: the settings controls (data, network, training); they edit the document."""
