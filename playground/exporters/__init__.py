"""Take a trained model anywhere: a weights file as standalone NumPy code, as a PyTorch
module, or as an ONNX model (docs/guide.md, *Take the model anywhere*).

``export_model(weights_file, to, path)`` is the one entry point (the ``export`` command and
the window's File menu); ``FORMATS`` lists the formats with their labels and file suffixes.
No Qt here; the optional ``onnx`` package is imported only when exporting to ONNX.
"""

from playground.exporters.formats import FORMATS, ExportFormat, export_model, get_format

__all__ = ["FORMATS", "ExportFormat", "export_model", "get_format"]
