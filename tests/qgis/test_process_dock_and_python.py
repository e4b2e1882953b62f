"""Processes dock (status, last execution, open/copy/execute/stop/delete, the platform's update rules shown as
read-only editors) and "Copy as Python" whose script runs against the sandbox in a separate Python."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

TIMEOUT = 60000
REGION = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[-4.30, 55.84], [-4.22, 55.84], [-4.22, 55.88], [-4.30, 55.88], [-4.30, 55.84]]],
            },
        }
    ],
}


@pytest.fixture(scope="module")
def region_data(sandbox, tmp_path_factory):
    import fusion_platform_qgis.api as fusion_platform

    path = tmp_path_factory.mktemp("region") / "region.geojson"
    path.write_text(json.dumps(REGION))
    user = fusion_platform.login(email=sandbox.email, password=sandbox.password, api_url=sandbox.url)
    organisation = next(user.organisations)
    return organisation.create_data(f"Dock region {time.time():.0f}", "GeoJSON", [str(path)], wait=True)


def make_process(state, data, name, execute=False):
    """Set up through the client (the dock is what is under test here)."""
    service, _ = state.organisation.find_services(name="Elevation (Sandbox)")
    process = state.organisation.new_process(name, service)
    process.update(input_number=1, data=data)
    process.create()
    if execute:
        process.execute(wait=True)
    return process


@pytest.fixture
def dock(qgis_iface, connected_state, qtbot):
    from fusion_platform_qgis.gui.processes_dock import ProcessesDock

    widget = ProcessesDock(connected_state)
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def wait_listed(qtbot, dock, name):
    dock.refresh()
    qtbot.waitUntil(lambda: not dock.loading and any(r["name"] == name for r in dock.rows), timeout=TIMEOUT)
    assert dock.select_process(name)
    return dock.selected_row()


def test_stopped_executed_process_allows_only_name_and_schedule(dock, qtbot, connected_state, region_data):
    from fusion_platform_qgis.gui.widgets.schedule_editor import ONCE_AT

    name = f"Rules {time.time():.3f}"
    process = make_process(connected_state, region_data, name, execute=True)
    qtbot.waitUntil(lambda: (process.get() or True) and process.process_status == "stop", timeout=TIMEOUT)
    row = wait_listed(qtbot, dock, name)
    assert row["status"] == "stop" and "succeeded" in row["last"]
    assert dock.ui.button_execute.isEnabled() and not dock.ui.button_stop.isEnabled()
    editor = dock.open_selected()
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: bool(editor.snapshot) and not editor.busy, timeout=TIMEOUT)
    resolution = editor.options_form.editor("resolution")
    assert not resolution.isEnabled()
    assert "only lets you change its name and schedule" in resolution.toolTip()
    assert not editor.inputs[1].combo_source.isEnabled()
    assert "name and schedule" in editor.inputs[1].combo_source.toolTip()
    assert not editor.dispatcher_editor.panels[0].isEnabled()
    assert editor.ui.line_name.isEnabled() and editor.schedule_editor.isEnabled()
    editor.ui.line_name.setText(name + " renamed")
    editor.schedule_editor.set_mode(ONCE_AT)
    editor.create_or_save()
    qtbot.waitUntil(lambda: not editor.busy, timeout=TIMEOUT)
    assert editor.ui.label_status.text() == "Saved.", editor.ui.label_status.text()
    process.get()
    assert process.name == name + " renamed" and process.run_type == "run_schedule"
    editor.close()


def test_nothing_changes_while_executing(qgis_iface, connected_state, qtbot):
    from fusion_platform_qgis.gui.process_editor import ProcessEditor

    editor = ProcessEditor(connected_state)
    qtbot.addWidget(editor)
    editor.snapshot = {"persisted": True, "status": "execute", "has_run": True}
    editor._apply_rules()
    assert not editor.ui.line_name.isEnabled() and not editor.schedule_editor.isEnabled()
    assert "executing" in editor.ui.line_name.toolTip()
    assert not editor.ui.button_create.isEnabled() and not editor.ui.button_execute.isEnabled()
    editor.snapshot = {"persisted": True, "status": "draft", "has_run": False}
    editor._apply_rules()
    assert editor.ui.line_name.isEnabled() and editor.ui.button_create.isEnabled()


def test_copy_execute_stop_and_delete(dock, qtbot, connected_state, region_data):
    name = f"Dock actions {time.time():.3f}"
    make_process(connected_state, region_data, name)
    wait_listed(qtbot, dock, name)
    editor = dock.copy_selected()
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: bool(editor.snapshot) and not editor.busy, timeout=TIMEOUT)
    assert not editor.snapshot["persisted"] and editor.ui.line_name.text() == f"{name} (copy)"
    assert editor.inputs[1].data_id() == str(region_data.id)
    editor.create_or_save()
    qtbot.waitUntil(lambda: not editor.busy, timeout=TIMEOUT)
    assert editor.snapshot["persisted"], editor.ui.label_status.text()
    editor.close()
    wait_listed(qtbot, dock, f"{name} (copy)")

    wait_listed(qtbot, dock, name)
    executed = dock.selected_row()["process"]
    with qtbot.waitSignal(connected_state.run_started, timeout=TIMEOUT) as started:  # handed to the Executions dock
        dock.execute_selected()
    assert started.args[0] is executed
    qtbot.waitUntil(lambda: not dock.loading and not dock.busy, timeout=TIMEOUT)
    wait_listed(qtbot, dock, name)
    if dock.selected_row()["status"] == "execute":
        with qtbot.waitSignal(connected_state.processes_changed, timeout=TIMEOUT):
            dock.stop_selected()
        row = wait_listed(qtbot, dock, name)
        qtbot.waitUntil(lambda: dock.selected_row() is not None and not dock.loading, timeout=TIMEOUT)
        assert row["status"] in ("stop", "execute")

    dock.confirm = lambda text: False
    assert not dock.delete_selected()
    asked = []
    dock.confirm = lambda text: asked.append(text) or True
    with qtbot.waitSignal(connected_state.processes_changed, timeout=TIMEOUT):
        assert dock.delete_selected()
    assert name in asked[0]
    qtbot.waitUntil(lambda: not dock.loading and not dock.busy, timeout=TIMEOUT)
    dock.refresh()
    qtbot.waitUntil(lambda: not dock.loading, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not any(r["name"] == name for r in dock.rows), timeout=TIMEOUT)


def test_copy_as_python_runs_against_the_sandbox(
    qgis_iface, connected_state, qtbot, region_data, sandbox, staged_plugin_dir
):
    from qgis.PyQt.QtWidgets import QApplication

    from fusion_platform_qgis.gui.process_editor import ProcessEditor

    service, _ = connected_state.organisation.find_services(name="Elevation (Sandbox)")
    editor = ProcessEditor(connected_state)
    qtbot.addWidget(editor)
    editor.open_service(service)
    qtbot.waitUntil(lambda: editor.process is not None and not editor.busy, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: editor.inputs[1].combo_data.findData(str(region_data.id)) >= 0, timeout=TIMEOUT)
    editor.inputs[1].set_data(str(region_data.id))
    name = f"Snippet 'quoted' {time.time():.3f}"
    editor.ui.line_name.setText(name)
    editor.options_form.set_values({"resolution": "90", "units": "feet", "label": 'say "hi"'})
    email = editor.dispatcher_editor.panel("Email")
    email.setChecked(True)
    email.form.set_values({"emails": sandbox.email})
    script = editor.presets.copy_as_python()
    assert QApplication.clipboard().text() == script
    assert "import fusion_platform_qgis.api as fusion_platform" in script
    assert sandbox.password not in script
    env = dict(os.environ, FUSION_PLATFORM_PASSWORD=sandbox.password, PYTHONPATH=str(staged_plugin_dir.parent))
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "created; price" in result.stdout
    found, _ = connected_state.organisation.find_processes(name=name)
    assert found is not None
    options = {o.name: o.raw_value for o in found.options}
    assert options["units"] == "feet" and options["label"] == 'say "hi"' and float(options["resolution"]) == 90
    assert [d.name for d in found.dispatchers] == ["Email"]
    editor.close()
