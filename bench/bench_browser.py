"""Expanding "Processes" in the Browser for an organisation with 1,000 processes: requests and UI stall.

A fresh sandbox gets ``PROCESSES`` processes (POSTed through the wire client); the Browser's tree
(gui/browser/) is expanded down to the organisation's Processes folder the way the Browser panel does it
(``populate()``, children made in QGIS's worker thread). While the folder populates, a QTimer ticks every 10 ms on
the main thread (the worst gap is the longest the UI froze) and every request is counted: the first page must
come with one request, off the main thread.

``run() -> dict`` is called by the bench runner (``make bench``); ``python -m bench browser`` runs only this one.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.qgis_bench import StallMeter, application

ROOT = Path(__file__).resolve().parent.parent
PROCESSES = 1000
TICK_MS = 10


def _wait_populated(app, item, deadline: float) -> None:
    from qgis.core import Qgis

    if item.state() != Qgis.BrowserItemState.Populated:
        item.populate()
    while item.state() != Qgis.BrowserItemState.Populated and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)


def run() -> dict:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    app = application()

    import requests

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.gui.browser import BrowserContext, FusionPlatformItemProvider, MoreItem, ProcessItem
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState
    from fusion_platform_qgis.qgis_support.session.settings import Connection
    from sandbox.testing import ApiClient, glasgow_bytes, start_sandbox

    with tempfile.TemporaryDirectory(prefix="fp-bench-browser-") as tmp:
        server = start_sandbox(Path(tmp) / "data")
        try:
            client = ApiClient(server)
            region = client.create_data("Bench region", [("g.geojson", "GeoJSON", glasgow_bytes())])
            template = client.template(client.service("Elevation")["id"])
            seeding = time.perf_counter()
            for number in range(PROCESSES):
                client.create_process(template, f"Bench process {number:04d}", [region["id"]]).raise_for_status()
            seed_seconds = time.perf_counter() - seeding

            user = fusion_platform.login(email=server.email, password=server.password, api_url=server.url)
            state = PluginState()
            state.set_connected(Connection(name="Bench sandbox", url=server.url), user)
            context = BrowserContext(state)
            root = FusionPlatformItemProvider(context).createDataItem("", None)
            deadline = time.perf_counter() + 300
            _wait_populated(app, root, deadline)
            connection = root.kids[0]
            _wait_populated(app, connection, deadline)
            organisation = next(k for k in connection.kids if k.organisation_id == client.org)
            _wait_populated(app, organisation, deadline)
            processes = next(k for k in organisation.kids if k.name() == "Processes")

            counted: list[tuple[str, bool]] = []
            original = requests.Session.request

            def request(self, method, url, *args, **kwargs):
                counted.append((str(url), threading.current_thread() is threading.main_thread()))
                return original(self, method, url, *args, **kwargs)

            requests.Session.request = request
            try:
                meter = StallMeter(TICK_MS)
                started = meter.start()
                _wait_populated(app, processes, deadline)
                ended = meter.stop()
            finally:
                requests.Session.request = original
            kids = processes.kids
            state.deleteLater()
        finally:
            server.stop()
    return {
        "processes": PROCESSES,
        "seed_seconds": round(seed_seconds, 1),
        "first_page_seconds": round(ended - started, 3),
        "first_page_processes": len([k for k in kids if isinstance(k, ProcessItem)]),
        "more_item": any(isinstance(k, MoreItem) for k in kids),
        "requests": len(counted),
        "main_thread_requests": len([c for c in counted if c[1]]),
        "worst_stall_ms": meter.worst_ms,
        "tick_interval_ms": TICK_MS,
    }


if __name__ == "__main__":
    print(run())
