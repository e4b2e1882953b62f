"""Runs in the Layers panel (gui/run_tree.py): a group with an indicator from the moment a run starts, filled by the
one loader on success (one group, never two), a failed run's reason and log, a stopped run's empty group gone, and a
saved project whose running run is followed again when reopened."""

from __future__ import annotations

import pytest

from . import test_executions_dock as executions
from .test_executions_dock import make_dock, make_process, run_of

pytestmark = pytest.mark.timeout(300)
WAIT = 60_000  # ms; a hang guard, not a timed assertion
slow_sandbox = executions.slow_sandbox  # the fixtures of the Executions dock's tests: runs that take a moment
slow_state = executions.slow_state


@pytest.fixture
def view(qgis_new_project):
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    widget = QgsLayerTreeView()
    widget.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot()))
    yield widget
    widget.deleteLater()


def start(state, view, dock):
    from fusion_platform_qgis.gui.run_tree import RunTree

    return RunTree(state, dock.monitor, dock, view_getter=lambda: view)


def run_groups():
    from qgis.core import QgsProject

    return [
        g
        for g in QgsProject.instance().layerTreeRoot().findGroups(True)
        if g.customProperty("fusion_platform/run_process_id")
    ]


def state_of(group) -> str:
    return str(group.customProperty("fusion_platform/run_state", ""))


def test_a_run_is_a_group_with_an_indicator_then_holds_its_outputs(qgis_iface, qtbot, slow_state, view):
    from qgis.core import QgsProject

    import fusion_platform_qgis.api as fusion_platform

    process = make_process(slow_state, "Layers panel elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    dock = make_dock(qgis_iface, slow_state)
    tree = start(slow_state, view, dock)
    try:
        process.execute()
        slow_state.run_started.emit(process)
        (group,) = run_groups()  # at once, before any poll
        assert group.name().startswith("Layers panel elevation (") and state_of(group) == "queued"
        assert len(view.indicators(group)) == 1
        assert "Queued" in view.indicators(group)[0].toolTip()
        qtbot.waitUntil(lambda: state_of(group) == "succeeded", timeout=WAIT)
        assert "Succeeded" in view.indicators(group)[0].toolTip()
        run = run_of(dock, process.id)
        with qtbot.waitSignal(dock.outputs_loaded, timeout=WAIT):
            dock.load_outputs(run)
        root = QgsProject.instance().layerTreeRoot()
        assert [g.name() for g in root.findGroups()] == [group.name()]  # the loader filled the run's group
        assert group.findLayers(), "the outputs are in the run's group"
        assert len(view.indicators(group)) == 1
        dock.load_outputs(run)  # loaded once: a second time only shows it
        assert len(root.findGroups()) == 1
    finally:
        tree.unload()
        dock.shutdown()
        dock.deleteLater()


def test_a_failed_run_keeps_its_group_with_the_reason_and_its_log(qgis_iface, qtbot, slow_state, view):
    import fusion_platform_qgis.api as fusion_platform

    process = make_process(
        slow_state, "Layers panel failure", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE, simulate_failure=True
    )
    dock = make_dock(qgis_iface, slow_state)
    tree = start(slow_state, view, dock)
    try:
        process.execute()
        slow_state.run_started.emit(process)
        (group,) = run_groups()
        qtbot.waitUntil(lambda: state_of(group) == "failed", timeout=WAIT)
        tooltip = view.indicators(group)[0].toolTip()
        assert "Failed: " in tooltip and group.customProperty("fusion_platform/run_reason") in tooltip
        menu = tree.on_clicked(group)
        actions = {a.text(): a for a in menu.actions()}
        assert actions["Show log…"].isEnabled()
        actions["Show log…"].trigger()
        qtbot.waitUntil(lambda: bool(dock.log_viewers), timeout=WAIT)
        actions["Show in the Executions panel"].trigger()
        assert str(dock.selected_run()["process"]["id"]) == str(process.id)
    finally:
        tree.unload()
        dock.shutdown()
        dock.deleteLater()


def test_a_stopped_runs_empty_group_goes(qgis_iface, qtbot, slow_state, view):
    import fusion_platform_qgis.api as fusion_platform

    process = make_process(slow_state, "Layers panel stop", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    dock = make_dock(qgis_iface, slow_state)
    tree = start(slow_state, view, dock)
    try:
        process.execute()
        slow_state.run_started.emit(process)
        (group,) = run_groups()
        qtbot.waitUntil(lambda: bool(group.customProperty("fusion_platform/run_execution_ids")), timeout=WAIT)
        process.stop()
        qtbot.waitUntil(lambda: not run_groups(), timeout=WAIT)
    finally:
        tree.unload()
        dock.shutdown()
        dock.deleteLater()


def test_a_saved_project_follows_its_running_run_again(qgis_iface, qtbot, slow_state, view, tmp_path):
    from qgis.core import QgsProject

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.session import settings

    process = make_process(slow_state, "Layers panel reopen", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    dock = make_dock(qgis_iface, slow_state)
    tree = start(slow_state, view, dock)
    path = str(tmp_path / "runs.qgz")
    try:
        process.execute()
        slow_state.run_started.emit(process)
        (group,) = run_groups()
        qtbot.waitUntil(lambda: bool(group.customProperty("fusion_platform/run_execution_ids")), timeout=WAIT)
        assert state_of(group) in ("running", "queued")
        assert QgsProject.instance().write(path)
    finally:
        tree.unload()
        dock.shutdown()
        dock.deleteLater()
    settings.save_json("watched_executions", [])  # a new session: nothing but the project remembers the run
    QgsProject.instance().clear()
    dock = make_dock(qgis_iface, slow_state)
    tree = start(slow_state, view, dock)
    try:
        assert QgsProject.instance().read(path)
        (group,) = run_groups()
        assert len(view.indicators(group)) == 1  # the indicator is back
        qtbot.waitUntil(lambda: state_of(group) == "succeeded", timeout=WAIT)  # followed again to its end
        assert "Succeeded" in view.indicators(group)[0].toolTip()
    finally:
        tree.unload()
        dock.shutdown()
        dock.deleteLater()


def test_reopening_the_project_in_the_same_session_keeps_one_indicator_on_live_groups(
    qgis_iface, qtbot, slow_state, view, tmp_path
):
    """File > Open while the plugin runs (the project cleared, then read): the old groups' indicators leave the view
    before their nodes are deleted; the reopened group has one indicator and its run is followed to its end."""
    from qgis.core import QgsProject

    import fusion_platform_qgis.api as fusion_platform

    process = make_process(slow_state, "Layers panel same session", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    dock = make_dock(qgis_iface, slow_state)
    tree = start(slow_state, view, dock)
    path = str(tmp_path / "same.qgz")
    try:
        process.execute()
        slow_state.run_started.emit(process)
        (group,) = run_groups()
        qtbot.waitUntil(lambda: bool(group.customProperty("fusion_platform/run_execution_ids")), timeout=WAIT)
        assert QgsProject.instance().write(path)
        QgsProject.instance().clear()
        assert tree.indicators == {}  # nothing kept on the deleted group
        assert QgsProject.instance().read(path)
        (group,) = run_groups()
        assert len(view.indicators(group)) == 1
        assert [g for g, _i in tree.indicators.values()] == [group]
        qtbot.waitUntil(lambda: state_of(group) == "succeeded", timeout=WAIT)
        assert "Succeeded" in view.indicators(group)[0].toolTip()
        QgsProject.instance().layerTreeRoot().removeChildNode(group)  # the user removes the group
        assert tree.indicators == {}
    finally:
        tree.unload()
        dock.shutdown()
        dock.deleteLater()


def test_each_new_run_of_a_followed_repeating_process_gets_its_own_group(qgis_iface, qtbot, slow_state, view):
    """A repeating process the user started here: its later runs, found by the Executions dock's listing (not
    handed over), each get a group with an indicator when the follower first sees them; the loader fills each."""
    import json
    from datetime import datetime, timezone

    from qgis.core import QgsProject

    import fusion_platform_qgis.api as fusion_platform

    organisation = slow_state.organisation
    region = organisation.create_data(
        name="Layers panel repeating region",
        file_type=fusion_platform.FILE_TYPE_GEOJSON,
        files=[fusion_platform.EXAMPLE_GLASGOW_FILE],
        wait=True,
    )
    service, _ = organisation.find_services(keyword="Elevation")
    process = organisation.new_process(name="Layers panel repeating", service=service)
    process.update(input_number=1, data=region)
    process.update(
        run_type="run_schedule",
        repeat_count=2,
        repeat_start=datetime.now(timezone.utc).isoformat(),
        repeat_gap=json.dumps({"seconds": 1}),
    )
    process.create()
    dock = make_dock(qgis_iface, slow_state)
    tree = start(slow_state, view, dock)

    def groups() -> list:
        return [g for g in run_groups() if g.customProperty("fusion_platform/run_process_id") == str(process.id)]

    def both_runs_over() -> bool:
        if dock.listing.refresh_task is None:
            dock.refresh()  # the listing finds the later run (nothing hands it over)
        return len(groups()) == 2 and all(state_of(g) == "succeeded" for g in groups())

    try:
        process.execute()
        slow_state.run_started.emit(process)  # the user started it: the first run is handed over
        assert len(groups()) == 1
        qtbot.waitUntil(both_runs_over, timeout=WAIT * 2)
        ids = [g.customProperty("fusion_platform/run_execution_ids") for g in groups()]
        assert len(set(ids)) == 2 and all(ids), ids  # one group per run
        assert all(len(view.indicators(g)) == 1 for g in groups())
        runs = [r for r in dock.runs.values() if str(r["process"].get("id")) == str(process.id)]
        assert len(runs) == 2
        for run in runs:
            with qtbot.waitSignal(dock.outputs_loaded, timeout=WAIT):
                dock.load_outputs(run)
        assert len(groups()) == 2 and all(g.findLayers() for g in groups())  # the loader filled each run's group
        assert len(QgsProject.instance().layerTreeRoot().findGroups()) == 2  # and made none of its own
    finally:
        tree.unload()
        dock.shutdown()
        dock.deleteLater()


def test_a_deleted_runs_empty_group_goes(qgis_iface, qtbot, slow_state, view):
    import fusion_platform_qgis.api as fusion_platform

    process = make_process(slow_state, "Layers panel delete", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    dock = make_dock(qgis_iface, slow_state)
    tree = start(slow_state, view, dock)
    try:
        process.execute()
        slow_state.run_started.emit(process)
        (group,) = run_groups()
        qtbot.waitUntil(lambda: run_of(dock, process.id) is not None, timeout=WAIT)
        qtbot.waitUntil(lambda: bool(group.customProperty("fusion_platform/run_execution_ids")), timeout=WAIT)
        with qtbot.waitSignal(dock.run_changed, timeout=WAIT):
            dock.delete_run(run_of(dock, process.id))
        assert not run_groups()
    finally:
        tree.unload()
        dock.shutdown()
        dock.deleteLater()


def test_a_processing_run_fills_its_group_once(qgis_iface, qgis_processing, qtbot, slow_state, view, tmp_path):
    """Processing with "add to map": the group appears when the run is handed over, and the algorithm's own
    post-processing fills that very group (no second group), however late the follower finds the run."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.processing_provider import definitions
    from fusion_platform_qgis.processing_provider.provider import FusionPlatformProvider

    definitions.save_cached([])
    provider = FusionPlatformProvider(slow_state)
    slow_state.set_organisation(slow_state.organisation)
    qtbot.waitUntil(lambda: provider._task is not None and provider._task.done, timeout=WAIT)
    provider.refreshAlgorithms()
    dock = make_dock(qgis_iface, slow_state)
    tree = start(slow_state, view, dock)
    try:
        algorithm = provider.algorithm("elevation_sandbox").create()
        region = QgsVectorLayer(fusion_platform.EXAMPLE_GLASGOW_FILE, "glasgow", "ogr")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        _results, ok = algorithm.run(
            {"INPUT_1": region, "resolution": 100, "OUTPUT_FOLDER": str(tmp_path), "LOAD_OUTPUTS": True},
            context,
            QgsProcessingFeedback(),
        )
        assert ok
        (group,) = run_groups()
        assert group.findLayers(), "the outputs are in the run's group"
        assert [g.name() for g in QgsProject.instance().layerTreeRoot().findGroups()] == [group.name()]
        assert len(view.indicators(group)) == 1
        qtbot.waitUntil(lambda: state_of(group) == "succeeded", timeout=WAIT)
        assert len(QgsProject.instance().layerTreeRoot().findGroups()) == 1
    finally:
        tree.unload()
        dock.shutdown()
        dock.deleteLater()
        provider.detach()


def test_a_group_saved_before_its_run_was_found_takes_it_when_reopened(qgis_iface, qtbot, slow_state, view, tmp_path):
    from qgis.core import QgsProject

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.gui.run_tree import RunTree
    from fusion_platform_qgis.qgis_support.runs.status import run_status

    process = make_process(slow_state, "Layers panel queued", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    dock = make_dock(qgis_iface, slow_state)
    path = str(tmp_path / "queued.qgz")
    try:
        process.execute()
        tree = RunTree(slow_state, dock.monitor, None, view_getter=lambda: view)  # no dock: it stays queued
        slow_state.run_started.emit(process)
        (group,) = run_groups()
        assert state_of(group) == "queued"
        assert QgsProject.instance().write(path)
        tree.unload()
        QgsProject.instance().clear()
        qtbot.waitUntil(  # the run is over, and listed by the dock, before the project is opened again
            lambda: (
                run_of(dock, process.id) is not None and run_status(run_of(dock, process.id)["executions"]) == "success"
            ),
            timeout=WAIT,
        )
        tree = start(slow_state, view, dock)
        assert QgsProject.instance().read(path)
        (group,) = run_groups()
        qtbot.waitUntil(lambda: state_of(group) == "succeeded", timeout=WAIT)
        assert group.customProperty("fusion_platform/run_execution_ids")
    finally:
        tree.unload()
        dock.shutdown()
        dock.deleteLater()
