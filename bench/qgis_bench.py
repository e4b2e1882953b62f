"""What the QGIS benchmarks share: a QgsApplication that never touches the user's profile, and the stall meter.

The stall meter is a QTimer ticking every ``interval_ms`` on the main thread while work runs elsewhere; the worst
gap between two ticks is the longest the UI froze (ideal: about the interval).
"""

from __future__ import annotations

import collections
import os
import sys
import tempfile
import threading
import time
import traceback


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
    """Also samples what the main thread is doing whenever it has not ticked for longer than a frame (a watchdog
    thread reads its Python stack; ``BENCH_STALL_TRACE=0`` turns it off); ``culprits()`` names the most frequent
    places and ``stop()`` prints them."""

    def __init__(self, interval_ms: int = 10, trace: bool | None = None):
        from qgis.PyQt.QtCore import QTimer

        self.interval_ms = interval_ms
        self.stamps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))
        self.started = self.ended = 0.0
        self.trace = os.environ.get("BENCH_STALL_TRACE", "1") != "0" if trace is None else trace
        self.samples: collections.Counter[str] = collections.Counter()
        self._main = threading.main_thread().ident
        self._watching = threading.Event()
        self._watchdog: threading.Thread | None = None

    def _watch(self) -> None:
        while self._watching.is_set():
            time.sleep(0.004)
            if self.stamps and time.perf_counter() - self.stamps[-1] > 0.016:
                frame = sys._current_frames().get(self._main)
                if frame is not None:
                    where = traceback.extract_stack(frame)[-4:]
                    self.samples[
                        " <- ".join(f"{f.name}@{os.path.basename(f.filename)}:{f.lineno}" for f in where[::-1])
                    ] += 1

    def culprits(self, count: int = 5) -> list[str]:
        return [f"{n}x {where}" for where, n in self.samples.most_common(count)]

    def start(self) -> float:
        self.timer.start()
        self.started = time.perf_counter()
        self.stamps.append(self.started)
        if self.trace:
            self._watching.set()
            self._watchdog = threading.Thread(target=self._watch, daemon=True)
            self._watchdog.start()
        return self.started

    def stop(self) -> float:
        self.ended = time.perf_counter()
        self.stamps.append(self.ended)
        self.timer.stop()
        self._watching.clear()
        if self._watchdog is not None:
            self._watchdog.join()
            if self.samples:
                print("   main thread during stalls: " + "; ".join(self.culprits()), flush=True)
        return self.ended

    @property
    def ticks(self) -> int:
        return len(self.stamps) - 2

    @property
    def worst_ms(self) -> float | None:
        gaps = [b - a for a, b in zip(self.stamps, self.stamps[1:])]
        return round(max(gaps) * 1000, 1) if gaps else None


TARGET_STALL_MS = 16  # one frame at 60 Hz


def stall_runs() -> int:
    """How often a stall scenario is repeated (``BENCH_STALL_RUNS``, default 3): one figure of a shared machine
    is mostly its neighbours' noise; the median of a few is the figure, the worst is printed beside it."""
    return max(1, int(os.environ.get("BENCH_STALL_RUNS", "3")))


def repeated(once, key: str, label: str, runs: int | None = None, cause: str = "") -> dict:
    """Run the scenario ``once() -> dict`` ``runs`` times; the last run's figures, with ``key`` (a stall in ms)
    replaced by the median over the runs, ``<key>_worst`` and ``<key>_runs`` beside it, and a line with the goal
    printed (and when the median misses it, the distance and ``cause``)."""
    import statistics

    runs = runs or stall_runs()
    results = [once() for _ in range(runs)]
    stalls = [r[key] for r in results if r.get(key) is not None]
    out = dict(results[-1])
    if stalls:
        median = round(statistics.median(stalls), 1)
        out[key] = median
        out[f"{key}_worst"] = max(stalls)
        out[f"{key}_runs"] = ", ".join(f"{s:.0f}" for s in stalls)
        verdict = "met" if median < TARGET_STALL_MS else "NOT met"
        print(
            f"\n{label}: worst main-thread stall {median:.1f} ms (median of {len(stalls)}; runs "
            f"{out[f'{key}_runs']} ms)   goal < {TARGET_STALL_MS} ms {verdict}",
            flush=True,
        )
        if median >= TARGET_STALL_MS and cause:
            print(f"      {median - TARGET_STALL_MS:.1f} ms over the goal: {cause}", flush=True)
    return out
