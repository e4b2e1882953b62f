"""How long does the QGIS main thread stall while the account dock logs in to a slow server?

A sandbox whose login answers after ``LOGIN_DELAY`` seconds; a QTimer ticks every 10 ms on the main thread
while the dock's login runs in a QgsTask. The worst gap between two ticks is the longest the UI froze (ideal:
about 10 ms plus scheduling noise; a blocking login would show a gap of about the login's duration).

``run() -> dict`` is called by the bench runner (``make bench``); ``python bench/bench_login_stall.py`` prints it.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from bench.qgis_bench import StallMeter, application, repeated

ROOT = Path(__file__).resolve().parent.parent
LOGIN_DELAY = 1.5
TICK_MS = 10
STALL_CAUSE = (
    "see the main thread's samples printed above: where they name no plugin code (only the event loop), the "
    "process was waiting for one of the 2 CPUs it shares with the sandbox and other processes"
)
CONNECTION = "Bench slow sandbox"


def _once() -> dict:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    app = application()

    from fusion_platform_qgis.gui.account_dock import AccountDock
    from fusion_platform_qgis.qgis_support.session import settings
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState
    from sandbox.testing import start_sandbox

    with tempfile.TemporaryDirectory(prefix="fp-bench-sandbox-") as tmp:
        server = start_sandbox(Path(tmp) / "data")
        try:
            server.admin("POST", "faults", {"rules": [{"path": "^/users/login$", "delay": LOGIN_DELAY}]})
            settings.save_connection(settings.Connection(CONNECTION, server.url))
            state = PluginState()

            class _Iface:  # the dock only needs these when it shows a dialog
                def mainWindow(self):
                    return None

            import qgis.utils

            qgis.utils.iface = _Iface()  # where QGIS itself would have put its interface
            dock = AccountDock(state, None)
            dock.select_connection(CONNECTION)
            meter = StallMeter(TICK_MS)
            dock.ui.line_username.setText(server.email)
            dock.ui.line_password.setText(server.password)
            started = meter.start()
            dock.login()
            deadline = started + 120
            while dock._login_running() and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.001)
            ended = meter.stop()
            connected = state.is_connected
            dock.shutdown()
            dock.deleteLater()
            state.deleteLater()
            settings.remove_connection(CONNECTION)
        finally:
            server.stop()
    return {
        "login_seconds": round(ended - started, 3),
        "server_delay_seconds": LOGIN_DELAY,
        "connected": connected,
        "timer_ticks": meter.ticks,
        "worst_stall_ms": meter.worst_ms,
        "tick_interval_ms": TICK_MS,
    }


def run() -> dict:
    """``BENCH_STALL_RUNS`` repetitions (default 3); the stall is their median."""
    return repeated(_once, "worst_stall_ms", "Login against a slow server", cause=STALL_CAUSE)


if __name__ == "__main__":
    print(run())
