"""The project's own error types.

Every message a user can see (a dialog in the window, one line on stderr in the CLI) is raised
as one of these, so callers catch ``PlaygroundError`` and never a bare ``Exception``.
"""


class PlaygroundError(Exception):
    """Base class of every error Playground reports to a user."""


class ConfigError(PlaygroundError, ValueError):
    """A setting is outside its bounds or settings do not fit together."""


class FormatError(PlaygroundError):
    """A file (points CSV, weights ``.npz``, session) cannot be read or is invalid."""


class DivergenceError(PlaygroundError):
    """Training produced a non-finite loss or weight."""
