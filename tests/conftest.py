"""Test-wide set-up: Qt runs offscreen; hypothesis uses a moderate example count in CI."""

import os

# Qt's offscreen screen is 800 × 800 unless told; the window is made for 1280 × 800 and larger,
# so the tests run on the smallest screen it supports (tests/screen.json)
SCREEN = os.path.join(os.path.dirname(__file__), "screen.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREEN}")
os.environ.setdefault("PLAYGROUND_NO_SETTINGS", "1")  # tests never read or write QSettings
# the suite runs one test per core (pytest-xdist): a BLAS that also starts a thread per core
# makes the workers fight for the cores (a lesson's headless run measured 7-11 s, not 1.3 s),
# so each worker and the training processes it starts keep to one thread
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=30, deadline=None)
settings.register_profile("fuzz", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
