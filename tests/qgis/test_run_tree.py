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
    from fusion_platform_qgis.qgis_support import settings

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
    from fusion_platform_qgis.qgis_support.run_state import run_status

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
