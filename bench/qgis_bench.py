"""What the QGIS benchmarks share: a QgsApplication that never touches the user's profile, and the stall meter.

The stall meter is a QTimer ticking every ``interval_ms`` on the main thread while work runs elsewhere; the worst
gap between two ticks is the longest the UI froze (ideal: about the interval).
"""

from __future__ import annotations

import os
import tempfile
import time


def application():
    """The running QgsApplication, or a new offscreen one with a throw-away profile (never the user's)."""
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is not None:
        return app
    home = tempfile.mkdtemp(prefix="fp-bench-home-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = os.path.join(home, "qgis-profile")
    from qgis.testing import start_app

    return start_app()


class StallMeter:
    def __init__(self, interval_ms: int = 10):
        from qgis.PyQt.QtCore import QTimer

        self.interval_ms = interval_ms
        self.stamps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))
        self.started = self.ended = 0.0

    def start(self) -> float:
        self.timer.start()
        self.started = time.perf_counter()
        self.stamps.append(self.started)
        return self.started

    def stop(self) -> float:
        self.ended = time.perf_counter()
        self.stamps.append(self.ended)
        self.timer.stop()
        return self.ended

    @property
    def ticks(self) -> int:
        return len(self.stamps) - 2

    @property
    def worst_ms(self) -> float | None:
        gaps = [b - a for a, b in zip(self.stamps, self.stamps[1:])]
        return round(max(gaps) * 1000, 1) if gaps else None
