"""The session: the whole state of a piece of work (no Qt). ``model`` owns it while the
window runs, ``file`` reads and writes it; the window, the CLI and the tests share both."""
