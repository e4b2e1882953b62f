"""Executions dock and monitor against a real sandbox whose executions take a moment (SANDBOX_EXECUTION_DELAY).

Processes are created with the client directly (the process editor is tested elsewhere); everything after
"execute" goes through the dock: the refresh on ``executions_changed``, the monitor, the notification buttons,
the download and the layers.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(300)

WAIT = 60_000  # ms; a hang guard, not a timed assertion


@pytest.fixture(scope="module")
def slow_sandbox():
    from sandbox.testing import start_sandbox

    with tempfile.TemporaryDirectory(prefix="fp-exec-sandbox-") as tmp:
        handle = start_sandbox(Path(tmp) / "data", env={"SANDBOX_EXECUTION_DELAY": "3"})
        try:
            yield handle
        finally:
            handle.stop()


@pytest.fixture
def slow_state(qgis_app, slow_sandbox, tmp_path):
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.session import settings
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState
    from fusion_platform_qgis.qgis_support.session.settings import Connection, Preferences

    settings.clear_all()
    settings.save_preferences(
        Preferences(
            poll_interval_seconds=1, download_folder=str(tmp_path / "downloads"), load_outputs_automatically=False
        )
    )
    user = fusion_platform.login(
        email=slow_sandbox.email,
        password=slow_sandbox.password,
        api_url=slow_sandbox.url,
        session_options={"api_update_wait_period": 0.2},
    )
    state = PluginState()
    state.set_connected(Connection(name="Slow sandbox", url=slow_sandbox.url), user)
    state.set_organisation(next(user.organisations))
    yield state
    settings.clear_all()
    state.deleteLater()


def make_process(state, name: str, keyword: str, region: str, **options):
    import fusion_platform_qgis.api as fusion_platform

    organisation = state.organisation
    data = organisation.create_data(
        name=f"{name} region", file_type=fusion_platform.FILE_TYPE_GEOJSON, files=[region], wait=True
    )
    service, _ = organisation.find_services(keyword=keyword)
    assert service is not None, keyword
    process = organisation.new_process(name=name, service=service)
    process.update(input_number=1, data=data)
    for option, value in options.items():
        process.update(option_name=option, value=value, coerce_value=True)
    process.create()
    return process


def make_dock(qgis_iface, state, interval: float = 0.2):
    from fusion_platform_qgis.gui.executions import ExecutionsDock

    dock = ExecutionsDock(state)
    dock.monitor.set_interval(interval)
    return dock


def run_of(dock, process_id: str):
    for run in dock.runs.values():
        if str(run["process"].get("id")) == str(process_id):
            return run
    return None


def processes_row(processes_dock, process_id):
    return next((row for row in processes_dock.rows if str(row["process"].id) == str(process_id)), None)


def test_status_texts_follow_the_finished_run(qgis_iface, qgis_new_project, qtbot, slow_state):
    """Once the run has succeeded, nothing says it runs: not the Executions header, not the Processes dock."""
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.gui.processes_dock import ProcessesDock

    process = make_process(slow_state, "Header elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    dock = make_dock(qgis_iface, slow_state)
    processes = ProcessesDock(slow_state)
    try:
        process.execute()
        slow_state.executions_changed.emit()
        qtbot.waitUntil(lambda: run_of(dock, process.id) is not None, timeout=WAIT)
        qtbot.waitUntil(lambda: dock.ui.label_status.text().endswith(" 1 running"), timeout=WAIT)
        qtbot.waitUntil(lambda: bool(dock.notifications), timeout=WAIT)
        assert dock.notifications[-1]["text"].startswith("Finished: ")
        # (a refresh may be under way: "Loading executions…" first, then the counts)
        qtbot.waitUntil(lambda: dock.ui.label_status.text().endswith(" 0 running"), timeout=WAIT)
        qtbot.waitUntil(lambda: (processes_row(processes, process.id) or {}).get("status") == "stop", timeout=WAIT)
        row = processes_row(processes, process.id)
        assert row["last"].endswith("(succeeded)"), row["last"]
        texts = next(texts for texts in processes.row_texts() if texts[0] == "Header elevation")
        assert texts[2] == "Succeeded" and "%" not in texts[3]
    finally:
        processes.shutdown()
        processes.deleteLater()
        dock.shutdown()
        dock.deleteLater()


def test_a_started_run_is_followed_from_its_hand_off(qgis_iface, qgis_new_project, qtbot, slow_state, slow_sandbox):
    """``PluginState.run_started`` (editor, Processing, Processes dock): the dock lists and follows that run from the
    process it was handed, without listing the organisation's processes again."""
    import fusion_platform_qgis.api as fusion_platform

    process = make_process(slow_state, "Tracked elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    dock = make_dock(qgis_iface, slow_state)
    try:
        qtbot.waitUntil(lambda: not dock.loading, timeout=WAIT)
        slow_sandbox.admin("DELETE", "stats")
        process.execute()
        with qtbot.waitSignal(dock.run_tracked, timeout=WAIT) as tracked:
            slow_state.run_started.emit(process)
        run = dock.runs[tracked.args[0]]
        assert str(run["process"]["id"]) == str(process.id) and run["process"]["name"] == "Tracked elevation"
        assert dock.monitor.is_watching(run["executions"][0]["id"])
        qtbot.waitUntil(lambda: bool(dock.notifications), timeout=WAIT)
        assert dock.notifications[-1]["text"] == "Finished: Tracked elevation"
        routes = slow_sandbox.admin("GET", "stats")["requests"]
        assert not [r for r in routes if r.startswith("GET ") and r.endswith("/processes")], routes
    finally:
        dock.shutdown()
        dock.deleteLater()


def test_a_run_handed_over_after_it_finished_still_ends_in_the_dock(qgis_iface, qgis_new_project, qtbot, slow_state):
    """A quick run can be over before the dock's first look at it (a busy task pool, Processing holding the main
    thread): it is listed as finished and notified once, as a watched run would be."""
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.runs.status import run_status

    process = make_process(slow_state, "Quick elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    dock = make_dock(qgis_iface, slow_state)
    try:
        qtbot.waitUntil(lambda: not dock.loading, timeout=WAIT)
        process.execute(wait=True)  # over before the hand-off
        with qtbot.waitSignal(dock.run_tracked, timeout=WAIT) as tracked:
            slow_state.run_started.emit(process)
        run = dock.runs[tracked.args[0]]
        assert run_status(run["executions"]) == "success"
        qtbot.waitUntil(lambda: bool(dock.notifications), timeout=WAIT)
        assert dock.notifications[-1]["text"] == "Finished: Quick elevation"
        # Nothing follows the finished run any more (a watched run is polled and announced when it ends), and a
        # later look at it (a relisting) does not announce it again either.
        qtbot.waitUntil(lambda: not dock.monitor.watched_execution_ids() and not dock.monitor.busy, timeout=WAIT)
        with qtbot.waitSignal(dock.runs_refreshed, timeout=WAIT):
            dock.refresh()
        assert tracked.args[0] in dock.runs
        assert len(dock.notifications) == 1
    finally:
        dock.shutdown()
        dock.deleteLater()


def test_elevation_quick_example_from_the_dock(qgis_iface, qgis_new_project, qtbot, slow_state):
    """Execute, watch the progress in the dock, get notified, click "Load outputs": styled layers on the map."""
    from qgis.core import QgsProject, QgsRasterLayer, QgsSingleBandPseudoColorRenderer

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.runs.status import run_status

    process = make_process(slow_state, "Glasgow elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    dock = make_dock(qgis_iface, slow_state)
    try:
        process.execute()
        slow_state.executions_changed.emit()  # what the process editor does after Execute
        qtbot.waitUntil(lambda: run_of(dock, process.id) is not None, timeout=WAIT)
        run = run_of(dock, process.id)
        assert dock.monitor.is_watching(run["executions"][0]["id"])
        assert run_status(run["executions"]) == "running"
        seen_progress = []
        dock.monitor.run_progress.connect(lambda e: seen_progress.append(e.get("progress")))

        qtbot.waitUntil(lambda: bool(dock.notifications), timeout=WAIT)
        note = dock.notifications[-1]
        assert note["text"].startswith("Finished: ")
        assert set(note["buttons"]) == {"Load outputs", "Show log"}
        assert not dock.monitor.units and not dock.monitor.timer.isActive()  # nothing runs -> no polling
        assert seen_progress and seen_progress[-1] == 100
        key = str(run["executions"][0]["id"])
        assert dock.cell_text(key, 1) == "Succeeded"

        with qtbot.waitSignal(dock.outputs_loaded, timeout=WAIT) as loaded:
            note["buttons"]["Load outputs"].click()
        loader = loaded.args[0]
        rasters = [layer for layer in loader.layers if isinstance(layer, QgsRasterLayer)]
        assert rasters, loader.layers
        elevation = [layer for layer in rasters if isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer)]
        hillshade = [layer for layer in rasters if layer.renderer().type() == "hillshade"]
        assert elevation and hillshade
        layer = elevation[0]
        assert layer.crs().authid() == "EPSG:4326"
        # The Glasgow example lies within lon -4.49..-4.08, lat 55.79..55.96.
        extent = layer.extent()
        assert -4.6 < extent.xMinimum() < -4.3 and -4.2 < extent.xMaximum() < -3.9
        assert 55.7 < extent.yMinimum() < 55.85 and 55.9 < extent.yMaximum() < 56.05
        assert layer.customProperty("fusion_platform/execution_id") == key
        assert "Elevation" in layer.metadata().abstract() and key in layer.metadata().abstract()
        group = loader.group
        assert group is not None and group.name().startswith("Glasgow elevation (")
        assert QgsProject.instance().layerTreeRoot().findGroup(group.name()) is not None
        folder = Path(slow_state_download_folder()) / "Glasgow elevation" / key
        assert (folder / "manifest.json").is_file()
        assert not list(folder.rglob("*.part"))
    finally:
        dock.shutdown()
        dock.deleteLater()


def slow_state_download_folder() -> str:
    from fusion_platform_qgis.qgis_support.session import settings

    return settings.load_preferences().download_folder


def test_restart_mid_run_resumes_and_loads(qgis_iface, qgis_new_project, qtbot, slow_state):
    """A new dock (as after a QGIS restart) resumes watching from the persisted set and still loads outputs."""
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.pipeline.follow import SETTINGS_KEY
    from fusion_platform_qgis.qgis_support.session import settings

    prefs = settings.load_preferences()
    prefs.load_outputs_automatically = True
    settings.save_preferences(prefs)
    process = make_process(slow_state, "Restart elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    first = make_dock(qgis_iface, slow_state, interval=30)  # long interval: it must not finish the job itself
    process.execute()
    slow_state.executions_changed.emit()
    qtbot.waitUntil(lambda: bool(first.monitor.units), timeout=WAIT)
    stored = settings.load_json(SETTINGS_KEY, [])
    assert any(unit["process_id"] == str(process.id) for unit in stored)
    first.shutdown()  # QGIS closes mid-run
    first.deleteLater()

    second = make_dock(qgis_iface, slow_state)
    try:
        assert any(unit.process_id == str(process.id) for unit in second.monitor.units.values())
        with qtbot.waitSignal(second.outputs_loaded, timeout=WAIT) as loaded:
            pass  # finishes, notifies and loads automatically
        assert loaded.args[0].layers
        assert all(unit["process_id"] != str(process.id) for unit in settings.load_json(SETTINGS_KEY, []))
    finally:
        second.shutdown()
        second.deleteLater()


def test_failed_execution_shows_component_and_log(qgis_iface, qgis_new_project, qtbot, slow_state):
    from qgis.core import Qgis

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.gui.log_viewer import LogViewer

    process = make_process(
        slow_state, "Failing elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE, simulate_failure=True
    )
    dock = make_dock(qgis_iface, slow_state)
    try:
        process.execute()
        slow_state.executions_changed.emit()
        qtbot.waitUntil(lambda: bool(dock.notifications), timeout=WAIT)
        note = dock.notifications[-1]
        assert note["level"] == Qgis.Critical
        assert "Elevation (Sandbox)" in note["text"]  # the failing component
        assert "ERROR" in note["text"]  # its last log lines
        assert list(note["buttons"]) == ["Show log"]
        note["buttons"]["Show log"].click()
        qtbot.waitUntil(lambda: bool(dock.log_viewers), timeout=WAIT)
        viewer: LogViewer = dock.log_viewers[-1]
        assert any(line.level == "ERROR" for line in viewer.lines)
        # Lines start with the local time of day, not the wire's ISO timestamp (microseconds, "+00:00").
        shown = viewer.ui.text_log.toPlainText().splitlines()
        assert shown and not [line for line in shown if re.match(r"\d{4}-\d\d-\d\dT|.*\+00:00", line)]
        assert all(re.match(r"\d{1,2}:\d\d:\d\d ", line.text()) for line in viewer.lines), shown[:3]
        viewer.ui.combo_level.setCurrentIndex(viewer.ui.combo_level.findData("ERROR"))
        assert viewer.shown_lines() and all(line.level == "ERROR" for line in viewer.shown_lines())
        viewer.ui.line_search.setText("no-such-text-in-the-log")
        assert viewer.shown_lines() == []
        viewer.ui.line_search.setText("")
        target = Path(tempfile.mkdtemp()) / "log.txt"
        viewer.ask_save_path = lambda: str(target)
        viewer.save()
        assert "ERROR" in target.read_text()
        viewer.close()
    finally:
        dock.shutdown()
        dock.deleteLater()


def test_stop_mid_run(qgis_iface, qgis_new_project, qtbot, slow_state):
    from qgis.core import Qgis

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.runs.records import run_key
    from fusion_platform_qgis.qgis_support.runs.status import run_status

    process = make_process(slow_state, "Stopped elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    dock = make_dock(qgis_iface, slow_state)
    try:
        process.execute()
        slow_state.executions_changed.emit()
        qtbot.waitUntil(lambda: run_of(dock, process.id) is not None, timeout=WAIT)
        run = run_of(dock, process.id)
        dock.select_run(run_key(run))
        assert dock.ui.button_stop.isEnabled()
        dock.ui.button_stop.click()
        qtbot.waitUntil(lambda: bool(dock.notifications), timeout=WAIT)
        note = dock.notifications[-1]
        final = run_of(dock, process.id)
        assert run_status(final["executions"]) == "stopped"
        # The stop the user asked for is an information in words, not a warning quoting the worker's log.
        assert note["level"] == Qgis.MessageLevel.Info
        assert note["text"] == "Run stopped: Stopped elevation"
        assert list(note["buttons"]) == ["Show log"]
        assert not dock.ui.button_load_outputs.isEnabled() or run_status(final["executions"]) != "success"
        # Its bar is not a full "100 %" and its component no longer reads "Running, 0 s".
        value, word = dock.progress_of(run_key(final))
        assert value < 100 and word == "Stopped", (value, word)
        tree = dock.ui.tree_components

        def component_rows():
            return [
                (tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2)) for i in range(tree.topLevelItemCount())
            ]

        qtbot.waitUntil(
            lambda: bool(component_rows()) and all(s != "Running" for _t, s in component_rows()), timeout=WAIT
        )
        assert all(status == "Stopped" for _runtime, status in component_rows()), component_rows()
        qtbot.waitUntil(lambda: dock.ui.label_status.text().endswith(" 0 running"), timeout=WAIT)
    finally:
        dock.shutdown()
        dock.deleteLater()


def test_delete_and_change_expiry(qgis_iface, qgis_new_project, qtbot, slow_state):
    from datetime import datetime, timedelta, timezone

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.runs.records import run_key
    from fusion_platform_qgis.qgis_support.words.wording import parse_timestamp

    process = make_process(slow_state, "Short-lived elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    process.execute(wait=True)
    dock = make_dock(qgis_iface, slow_state)
    try:
        qtbot.waitUntil(lambda: run_of(dock, process.id) is not None, timeout=WAIT)
        run = run_of(dock, process.id)
        execution_id = run["executions"][0]["id"]
        when = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=45)
        with qtbot.waitSignal(dock.run_changed, timeout=WAIT) as changed:  # that run re-read, no relisting
            dock.change_expiry(run["executions"][0], when)
        assert changed.args == [run_key(run)]
        execution = next(e for e in process.executions if str(e.id) == str(execution_id))
        assert abs((execution.delete_expiry - when).total_seconds()) < 2
        shown = dock.runs[run_key(run)]["executions"][0]["delete_expiry"]
        assert abs((parse_timestamp(shown) - when).total_seconds()) < 2, shown

        dock.select_run(run_key(run_of(dock, process.id)))
        asked = []
        dock.confirm = lambda text: asked.append(text) or False
        dock.ui.button_delete.click()
        assert asked and run_of(dock, process.id) is not None  # refused: nothing deleted
        dock.confirm = lambda text: True
        with qtbot.waitSignal(dock.run_changed, timeout=WAIT):
            dock.ui.button_delete.click()
        assert run_of(dock, process.id) is None or not run_of(dock, process.id)["executions"]
        assert all(str(e.id) != str(execution_id) for e in process.executions)
    finally:
        dock.shutdown()
        dock.deleteLater()


def test_polling_costs_one_request_per_group(qgis_app, qtbot, slow_state, slow_sandbox):
    """Two groups running: one poll round sends exactly one request per group, none per execution."""
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.pipeline.follow import ExecutionMonitor

    monitor = ExecutionMonitor(slow_state, interval_seconds=3600)  # ticks only when the test says so
    try:
        groups, processes = [], []
        for name in ("Clouds A", "Clouds B"):
            process = make_process(
                slow_state, name, "Cloud", fusion_platform.EXAMPLE_LAKE_DISTRICT_FILE, latest_date=True
            )
            process.execute()
            processes.append(process)
            process.wait_for_next_execution()
            answer = slow_state.user.session.request(
                "GET",
                f"/organisations/{slow_state.organisation.id}/processes/{process.id}/executions",
                params={"limit": "100", "reverse": "False"},
            )
            executions = answer["list"]
            assert len({str(e["group_id"]) for e in executions}) == 1 and len(executions) > 2
            groups.append(executions)
            for execution in executions:
                monitor.watch(execution, name)
        assert len(monitor.units) == 2
        slow_sandbox.admin("DELETE", "stats")
        monitor.poll_now()
        qtbot.waitUntil(lambda: not monitor.busy, timeout=WAIT)
        stats = slow_sandbox.admin("GET", "stats")["requests"]
        assert stats.get("GET /organisations/{org}/processes/{pid}/executions") == 2, stats
        assert sum(stats.values()) == 2, stats
        # Stop both runs and keep polling until both groups are over; then the timer stops: no more requests.
        for process in processes:
            process.stop()
        monitor.set_interval(0.2)
        monitor.timer.start()
        qtbot.waitUntil(lambda: not monitor.units, timeout=WAIT)
        assert not monitor.timer.isActive()
    finally:
        monitor.stop()
        monitor.deleteLater()


HELD = 6  # seconds the sandbox holds back an answer it has already read (far longer than a stop and one poll)


def hold_next_answer(sandbox, path: str) -> None:
    """The next GET matching ``path`` is read by the platform at once and answered only HELD s later."""
    rule = {"path": path, "method": "GET", "after": True, "delay": HELD, "count": 1}
    sandbox.admin("DELETE", "stats")
    sandbox.admin("POST", "faults", {"rules": [rule]})


def requests_to(sandbox, suffix: str) -> int:
    requests = sandbox.admin("GET", "stats")["requests"]
    return sum(count for route, count in requests.items() if route.startswith("GET ") and route.endswith(suffix))


def test_the_processes_dock_never_contradicts_a_stopped_run(
    qgis_iface, qgis_new_project, qtbot, slow_state, slow_sandbox
):
    """Issue 25: once the Executions dock says a run stopped, the Processes dock says so too, at once, and a
    Processes listing read before the stop but answered after it (forced: the sandbox holds that answer back)
    never puts it back to "Executing … (running)"."""
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.gui.processes_dock import ProcessesDock
    from fusion_platform_qgis.qgis_support.runs.records import run_key
    from fusion_platform_qgis.qgis_support.runs.status import run_status

    process = make_process(slow_state, "Raced elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    dock = make_dock(qgis_iface, slow_state)
    processes = ProcessesDock(slow_state)

    def status_text() -> str:
        return next((t[2] for t in processes.row_texts() if t[0] == "Raced elevation"), "")

    try:
        process.execute()
        slow_state.run_started.emit(process)
        qtbot.waitUntil(lambda: run_of(dock, process.id) is not None and not dock.loading, timeout=WAIT)
        qtbot.waitUntil(lambda: not processes.loading, timeout=WAIT)
        processes.refresh()
        qtbot.waitUntil(lambda: not processes.loading and status_text() == "Executing", timeout=WAIT)
        # The next Processes listing is read now, while the run runs, and reaches the dock after the stop.
        hold_next_answer(slow_sandbox, r"/organisations/[^/]+/processes$")
        processes.refresh()
        qtbot.waitUntil(lambda: requests_to(slow_sandbox, "/processes") == 1, timeout=WAIT)
        texts_after_end: list[str] = []
        dock.select_run(run_key(run_of(dock, process.id)))
        dock.ui.button_stop.click()
        qtbot.waitUntil(lambda: bool(dock.notifications), timeout=WAIT)
        assert run_status(run_of(dock, process.id)["executions"]) == "stopped"
        assert processes.loading, "the held listing is still on its way"  # the race is the one wanted
        assert status_text() == "Stopped", processes.row_texts()
        processes.model.dataChanged.connect(lambda *_a: texts_after_end.append(status_text()))
        # The held (stale) answer lands, then the listing asked for meanwhile: the status never goes back.
        qtbot.waitUntil(
            lambda: (
                requests_to(slow_sandbox, "/processes") >= 2 and not processes.loading and not processes.reload_pending
            ),
            timeout=WAIT,
        )
        assert texts_after_end and set(texts_after_end) == {"Stopped"}, texts_after_end
        row = processes_row(processes, process.id)
        assert row["outcome"] == "stopped" and row["status"] == "stop", row
        assert not processes.ended  # the listing asked for after the end is the platform's word again
        # So a run deleted since is not shown from what the follower saw.
        dock.confirm = lambda _text: True
        dock.delete_selected()
        qtbot.waitUntil(lambda: run_of(dock, process.id) is None, timeout=WAIT)
        qtbot.waitUntil(
            lambda: (
                not processes.loading
                and not processes.reload_pending
                and not processes_row(processes, process.id)["has_run"]
            ),
            timeout=WAIT,
        )
    finally:
        slow_sandbox.admin("DELETE", "faults")
        processes.shutdown()
        processes.deleteLater()
        dock.shutdown()
        dock.deleteLater()


def test_a_run_read_before_its_stop_stays_stopped(qgis_iface, qgis_new_project, qtbot, slow_state, slow_sandbox):
    """The flake of test_stop_mid_run, forced: selecting a run listed from summaries reads its records; when that
    answer was read before the stop and arrives after the follower saw the run end, the run stays stopped (it
    read "running" again, with "1 running" in the header and its component "Running")."""
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.api import listings
    from fusion_platform_qgis.qgis_support.runs.records import is_summary, run_key
    from fusion_platform_qgis.qgis_support.runs.status import run_status

    process = make_process(slow_state, "Held elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    dock = make_dock(qgis_iface, slow_state, interval=600)  # the follower polls when told to (the stop), not before
    try:
        qtbot.waitUntil(lambda: not dock.loading, timeout=WAIT)  # its first listing, from before the run
        process.execute()
        # Listed once the platform lists its execution (from the summaries, not handed over as full records).
        session, org = slow_state.user.session, str(slow_state.organisation.id)
        qtbot.waitUntil(lambda: bool(listings.newest_executions(session, org, str(process.id))), timeout=WAIT)
        slow_state.executions_changed.emit()
        qtbot.waitUntil(lambda: run_of(dock, process.id) is not None and not dock.loading, timeout=WAIT)
        run = run_of(dock, process.id)
        assert all(is_summary(e) for e in run["executions"]) and run_status(run["executions"]) == "running"
        hold_next_answer(slow_sandbox, r"/process_executions/[^/]+$")
        dock.select_run(run_key(run))  # its details: read now, answered after the stop
        qtbot.waitUntil(lambda: requests_to(slow_sandbox, "/process_executions/{eid}") == 1, timeout=WAIT)
        dock.ui.button_stop.click()
        qtbot.waitUntil(lambda: bool(dock.notifications), timeout=WAIT)
        assert dock.listing.details_task is not None and not dock.listing.details_task.done  # still held
        qtbot.waitUntil(lambda: dock.listing.details_task.done, timeout=WAIT)
        final = run_of(dock, process.id)
        assert run_status(final["executions"]) == "stopped", final["executions"]
        assert dock.ui.label_status.text().endswith(" 0 running"), dock.ui.label_status.text()
        assert dock.progress_of(run_key(final))[1] == "Stopped"
    finally:
        slow_sandbox.admin("DELETE", "faults")
        dock.shutdown()
        dock.deleteLater()


def test_a_run_whose_row_moves_stays_selected(qgis_app):
    """A run listed from its summary moves when its record gives another start: the move keeps the user's
    selection (a removal and an insertion lost it, and with it the components and Stop: test_stop_mid_run)."""
    from qgis.PyQt.QtWidgets import QTreeView

    from fusion_platform_qgis.gui.executions.model import RunsModel

    def run(eid: str, started: str) -> dict:
        return {
            "process": {"id": "p", "name": eid},
            "group_id": None,
            "executions": [{"id": eid, "started_at": started}],
        }

    model = RunsModel()
    view = QTreeView()
    view.setModel(model)
    for eid, started in (("a", "2026-01-01T10:00:00"), ("b", "2026-01-01T11:00:00"), ("c", "2026-01-01T12:00:00")):
        model.put(run(eid, started))
    assert model.keys() == ["c", "b", "a"]
    view.setCurrentIndex(model.key_index("a"))
    model.put(run("a", "2026-01-01T13:00:00"))  # newest now: first row
    assert model.keys() == ["a", "c", "b"]
    assert view.currentIndex().row() == 0 and view.selectionModel().isRowSelected(0, view.rootIndex())
    model.put(run("a", "2026-01-01T11:30:00"))  # back between c and b
    assert model.keys() == ["c", "a", "b"] and view.currentIndex().row() == 1
    view.deleteLater()
