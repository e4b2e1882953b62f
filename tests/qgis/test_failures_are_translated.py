"""A failed call shows one clear, translated sentence, never the client's raw English ``str(error)``.

Each case makes the platform refuse something the dock believes it can do (the item was deleted behind its
back) with the French catalogue installed: the message must be the translated wording of
``messages.describe_error`` ("Introuvable : …"), as the Account dock already shows it.
"""

from __future__ import annotations

import json
import time

import pytest
import requests

WAIT = 60000  # ms; a hang guard only
FRENCH_NOT_FOUND = "Introuvable : "


@pytest.fixture
def region_data(connected_state, tmp_path):
    import fusion_platform_qgis.api as fusion_platform

    path = tmp_path / "region.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {},
                        "geometry": {
                            "type": "Polygon",
                            "coordinates": [
                                [[-4.30, 55.84], [-4.22, 55.84], [-4.22, 55.88], [-4.30, 55.88], [-4.30, 55.84]]
                            ],
                        },
                    }
                ],
            }
        )
    )
    return connected_state.organisation.create_data(
        f"Errors region {time.time():.3f}", fusion_platform.FILE_TYPE_GEOJSON, [str(path)], wait=True
    )


def make_process(state, data, name):
    service, _ = state.organisation.find_services(name="Elevation (Sandbox)")
    process = state.organisation.new_process(name, service)
    process.update(input_number=1, data=data)
    process.create()
    return process


def test_error_text_wording(qgis_app):
    from fusion_platform_qgis.api.errors import NotFoundError
    from fusion_platform_qgis.qgis_support.session.settings import Connection
    from fusion_platform_qgis.qgis_support.words.messages import error_text

    connection = Connection("Remote", "https://api.example.com")
    assert error_text(NotFoundError("Not found: gone", detail="gone")) == "Not found: gone"
    broken = requests.exceptions.ConnectionError("HTTPSConnectionPool: refused ?token=abc")
    text = error_text(broken, connection)
    assert text.startswith("Cannot reach https://api.example.com") and "abc" not in text
    assert error_text(PermissionError(13, "Permission denied", "/x/y.tif")).startswith(
        "A file could not be read or written: "
    )
    assert error_text(ValueError("The data item 'x' has no files.")) == "The data item 'x' has no files."


def test_processes_dock_action_failure_is_translated(french, qgis_iface, connected_state, region_data, qtbot):
    from qgis.core import Qgis

    from fusion_platform_qgis.gui.processes_dock import ProcessesDock

    name = f"Errors process {time.time():.3f}"
    process = make_process(connected_state, region_data, name)
    dock = ProcessesDock(connected_state)
    try:
        qtbot.waitUntil(lambda: not dock.loading and any(r["name"] == name for r in dock.rows), timeout=WAIT)
        assert dock.select_process(name)
        process.delete()  # behind the dock's back
        qgis_iface.messageBar().clear_messages()
        dock.execute_selected()
        qtbot.waitUntil(lambda: not dock.busy, timeout=WAIT)
        assert dock.ui.label_status.text().startswith(FRENCH_NOT_FOUND), dock.ui.label_status.text()
        warnings = qgis_iface.messageBar().get_messages(Qgis.Warning)
        assert warnings and warnings[-1].split(":", 1)[1].startswith(FRENCH_NOT_FOUND), warnings
    finally:
        dock.shutdown()


def test_process_editor_save_failure_is_translated(french, qgis_iface, connected_state, region_data, qtbot):
    from fusion_platform_qgis.gui.process_editor import ProcessEditor

    process = make_process(connected_state, region_data, f"Errors editor {time.time():.3f}")
    editor = ProcessEditor(connected_state)
    qtbot.addWidget(editor)
    failures = []
    editor.failed.connect(failures.append)
    editor.open_process(process)
    qtbot.waitUntil(lambda: bool(editor.snapshot) and not editor.busy, timeout=WAIT)
    process.delete()
    editor.ui.line_name.setText(process.name + " renamed")
    editor.create_or_save()
    qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT)
    assert editor.ui.label_status.text().startswith(FRENCH_NOT_FOUND), editor.ui.label_status.text()
    assert failures and failures[-1].startswith(FRENCH_NOT_FOUND)
    editor.close()


def test_data_dock_failure_is_translated(french, qgis_iface, connected_state, region_data, qtbot):
    from .data_helpers import make_dock, wait_listed

    dock = make_dock(qgis_iface, connected_state)
    try:
        wait_listed(qtbot, dock)
        qtbot.waitUntil(lambda: dock.listing.select_data(str(region_data.id)), timeout=WAIT)
        qtbot.waitUntil(
            lambda: str(region_data.id) in dock.listing.files, timeout=WAIT
        )  # its files read before the delete
        region_data.delete()
        dock.questions.ask_text = lambda title, label, default="": "Renamed after deletion"
        dock.rename_selected()
        qtbot.waitUntil(lambda: not [t for t in dock.tasks if not t.done], timeout=WAIT)
        assert dock.ui.label_message.text().startswith(FRENCH_NOT_FOUND), dock.ui.label_message.text()
    finally:
        dock.shutdown()


def test_data_dock_partial_delete_names_the_reason_translated(french, qgis_iface, connected_state, region_data, qtbot):
    from .data_helpers import make_dock, wait_listed

    dock = make_dock(qgis_iface, connected_state)
    try:
        wait_listed(qtbot, dock)
        qtbot.waitUntil(lambda: dock.listing.select_data(str(region_data.id)), timeout=WAIT)
        qtbot.waitUntil(
            lambda: str(region_data.id) in dock.listing.files, timeout=WAIT
        )  # its files read before the delete
        region_data.delete()
        dock.delete_selected()
        qtbot.waitUntil(lambda: not [t for t in dock.tasks if not t.done], timeout=WAIT)
        text = dock.ui.label_message.text()
        assert f"{region_data.name}: {FRENCH_NOT_FOUND}" in text, text
    finally:
        dock.shutdown()
