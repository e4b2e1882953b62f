"""Does a long QGIS session stay flat? Many runs started, watched and loaded, and log-out/log-in cycles, in one
QGIS process against the sandbox (issue 23).

Each run goes through the plugin's one run pipeline (``RunPipeline``, as the process editor and ``make demo``:
upload the Glasgow region, create, execute, follow, download, load styled layers) while the Executions dock
(with the Data dock beside it) lists and watches it; then its layer group is removed, as a user closes what they
have looked at, so what is measured is what the plugin keeps, not the layers held on purpose. Every
``runs / logins`` runs the session is logged out and in again (the Account dock's way: the session closed, the
state disconnected, a new login).

Measured after run 10 and after the last run, with the task manager idle: resident memory (goal: the last within
50 MB of the tenth), live QgsTasks, QTimer objects (all, and active), threads (the OS's, and Python's), open
files and sockets. Goal: none of those counts grows.

``BENCH_SESSION_RUNS`` (100) and ``BENCH_SESSION_LOGINS`` (20) set the scale; e.g. ``BENCH_SESSION_RUNS=12
BENCH_SESSION_LOGINS=3 python -m bench long_session`` is a quick check (about a minute).
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.bench_scale import _Iface, _rss
from bench.qgis_bench import application

ROOT = Path(__file__).resolve().parent.parent
GOAL_MB = 50.0
BASELINE_RUN = 10
RUN_TIMEOUT_S = 300.0  # a hang guard per run
COUNTS = ("qgs_tasks", "qtimers", "active_qtimers", "os_threads", "py_threads", "files", "sockets")


def _settle(app) -> None:
    """Let the task manager finish and deferred deletions happen, then collect garbage."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    deadline = time.monotonic() + 60
    while QgsApplication.taskManager().countActiveTasks() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(20):
        app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def snapshot(app, samples: int = 3) -> dict:
    """Resident memory and the live resources of this process: the least of ``samples`` settled readings of each
    count, because a keep-alive connection of the session's pool comes and goes with its idle timeout (a leak
    raises the least reading too)."""
    readings = [_reading(app) for _ in range(samples)]
    return {key: (readings[-1][key] if key == "rss_mb" else min(r[key] for r in readings)) for key in readings[0]}


def _reading(app) -> dict:
    from qgis.core import QgsApplication
    from qgis.PyQt import sip
    from qgis.PyQt.QtCore import QTimer

    _settle(app)
    timers = [o for o in gc.get_objects() if isinstance(o, QTimer) and not sip.isdeleted(o)]
    files = sockets = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:"):
            sockets += 1
        elif target.startswith("/") and not target.startswith(("/dev/", "/proc/")):
            files += 1
    return {
        "rss_mb": round(_rss() / 2**20, 1),
        "qgs_tasks": QgsApplication.taskManager().count(),
        "qtimers": len(timers),
        "active_qtimers": sum(1 for t in timers if t.isActive()),
        "os_threads": len(os.listdir("/proc/self/task")),
        "py_threads": threading.active_count(),
        "files": files,
        "sockets": sockets,
    }


def _login(state, server):
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.session.network import make_session
    from fusion_platform_qgis.qgis_support.session.settings import Connection

    user = fusion_platform.login(
        email=server.email,
        password=server.password,
        api_url=server.url,
        session_factory=make_session,
        session_options={"api_update_wait_period": 0.3},
    )
    state.set_connected(Connection(name="Bench long session", url=server.url), user)
    state.set_organisation(next(user.organisations))


def _logout(state) -> None:
    """What the Account dock's Log out does: the session closed, the state disconnected."""
    user = state.user
    if user is not None:
        user.session.close()
    state.set_disconnected()


def _one_run(app, state, region, index: int) -> None:
    from qgis.core import QgsProject

    from tests.tooling.demo import start_example, wait_for

    outcome: dict = {}
    runner = start_example(state, region, name=f"Session run {index}")
    runner.finished.connect(lambda loader: outcome.update(loader=loader))
    runner.failed.connect(lambda error: outcome.update(error=error))
    wait_for(app, lambda: outcome, RUN_TIMEOUT_S, f"run {index} to finish")
    if "error" in outcome:
        raise outcome["error"]
    loader = outcome["loader"]
    project = QgsProject.instance()
    project.removeMapLayers([layer.id() for layer in loader.layers if project.mapLayer(layer.id()) is not None])
    group = loader.group
    if group is not None and group.parent() is not None:
        group.parent().removeChildNode(group)
    runner.deleteLater()


def _session(app, runs: int, logins: int, work: Path) -> dict:
    import qgis.utils
    from qgis.core import QgsProject
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QMainWindow

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.gui.data_dock import DataDock
    from fusion_platform_qgis.gui.executions import ExecutionsDock
    from fusion_platform_qgis.qgis_support.outputs import run_layers as fp_layers
    from fusion_platform_qgis.qgis_support.session import settings
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState
    from sandbox.testing import start_sandbox

    server = start_sandbox(work / "sandbox")
    window = QMainWindow()
    canvas = QgsMapCanvas()
    window.setCentralWidget(canvas)
    iface = _Iface(window, canvas)
    qgis.utils.iface = iface
    settings.save_preferences(
        settings.Preferences(
            poll_interval_seconds=1, download_folder=str(work / "downloads"), load_outputs_automatically=False
        )
    )
    state = PluginState()
    docks = []
    try:
        _login(state, server)
        for dock_class in (ExecutionsDock, DataDock):
            dock = dock_class(state)
            iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            docks.append(dock)
        region = fp_layers.make_vector_layer(fusion_platform.EXAMPLE_GLASGOW_FILE, "Glasgow region")
        every = max(1, runs // max(1, logins))
        cycles = 0
        marks: dict = {}
        started = time.perf_counter()
        for index in range(1, runs + 1):
            _one_run(app, state, region, index)
            if index % every == 0 and cycles < logins:
                _logout(state)
                _settle(app)
                _login(state, server)
                cycles += 1
            if index == min(BASELINE_RUN, runs):
                marks["after_10"] = snapshot(app)
            if index % 10 == 0:
                print(f"   {index} runs, {cycles} log-ins, rss {_rss() / 2**20:.0f} MB", flush=True)
        while cycles < logins:  # fewer runs than cycles asked for: the rest at the end
            _logout(state)
            _settle(app)
            _login(state, server)
            cycles += 1
        marks["after_last"] = snapshot(app)
        marks["seconds"] = round(time.perf_counter() - started, 1)
        marks["cycles"] = cycles
        return marks
    finally:
        for dock in docks:
            dock.shutdown()
            iface.removeDockWidget(dock)
            dock.deleteLater()
        _logout(state)
        QgsProject.instance().clear()
        window.close()
        window.deleteLater()
        app.processEvents()
        server.stop()


def run() -> dict:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    runs = int(os.environ.get("BENCH_SESSION_RUNS", "100"))
    logins = int(os.environ.get("BENCH_SESSION_LOGINS", "20"))
    app = application()
    with tempfile.TemporaryDirectory(prefix="fp-bench-session-") as tmp:
        marks = _session(app, runs, logins, Path(tmp))
    first, last = marks["after_10"], marks["after_last"]
    growth = round(last["rss_mb"] - first["rss_mb"], 1)
    result = {
        "runs": runs,
        "login_cycles": marks["cycles"],
        "session_seconds": marks["seconds"],
        "rss_after_run_10_mb": first["rss_mb"],
        "rss_after_last_run_mb": last["rss_mb"],
        "rss_growth_mb": growth,
        "rss_goal": f"growth <= {GOAL_MB:.0f} MB: {'met' if growth <= GOAL_MB else 'NOT met'}",
    }
    grew = []
    for key in COUNTS:
        result[f"{key}_after_10"] = first[key]
        result[f"{key}_after_last"] = last[key]
        if last[key] > first[key]:
            grew.append(f"{key} {first[key]} -> {last[key]}")
    result["resources_goal"] = "no growth: " + ("met" if not grew else "NOT met (" + "; ".join(grew) + ")")
    lines = [
        "",
        f"Long session: {runs} runs started, watched and loaded, {marks['cycles']} log-out/log-in cycles "
        f"({marks['seconds']} s)",
        f"  resident memory after run {min(BASELINE_RUN, runs)}: {first['rss_mb']} MB, after the last: "
        f"{last['rss_mb']} MB, growth {growth} MB   goal <= {GOAL_MB:.0f} MB "
        f"{'met' if growth <= GOAL_MB else 'NOT met'}",
    ]
    for key in COUNTS:
        lines.append(f"  {key:<15} {first[key]:>5} -> {last[key]:>5}   goal: no growth")
    print("\n".join(lines), flush=True)
    return result


if __name__ == "__main__":
    print(run())
