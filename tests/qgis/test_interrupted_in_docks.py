"""What the docks show of work a killed QGIS left unfinished (issue 23), against the sandbox: an interrupted upload
in the Data dock ("Upload interrupted", Resume upload makes one item, not two) and in the Browser, and a run whose
outputs were downloading, offered again (or loaded, with automatic loading on) once the Executions dock lists it.
The kill itself is tested in test_crash_restart.py; here the journals are filled as the killed session left them.
"""

from __future__ import annotations

import shutil
import threading
import uuid

import pytest

from .data_helpers import WAIT_MS, make_dock, wait_listed, wait_upload
from .outputs_helpers import WAIT, executions_dock, finished_process, outputs_state  # noqa: F401 - fixtures

pytestmark = pytest.mark.timeout(300)


def dead_upload(organisation, tmp_path, name: str):
    """An item as a killed upload leaves it (its file added, its bytes never sent) and the journal's entry of it."""
    import fusion_platform_qgis.api as fp
    from fusion_platform_qgis.qgis_support.data import uploads
    from fusion_platform_qgis.qgis_support.runs import interrupted

    path = tmp_path / "glasgow.geojson"
    shutil.copy(fp.EXAMPLE_GLASGOW_FILE, path)
    stopped = threading.Event()
    stopped.set()  # the PUT is cancelled before its first byte, as if QGIS had died
    data = organisation.create_data(name, "GeoJSON", [str(path)], wait=False, cancel=stopped)
    while data._uploads[0]["thread"].is_alive():
        data._uploads[0]["thread"].join(0.1)
    entry = interrupted.upload_entry(
        str(data.id),
        str(organisation.id),
        organisation.session.api_url,
        name,
        "GeoJSON",
        interrupted.file_source(str(path)),
        [(path.name, path.stat().st_size)],
    )
    uploads.upload_journal().put(entry)
    return data


@pytest.fixture
def journal_cleared():
    from fusion_platform_qgis.qgis_support.data import uploads
    from fusion_platform_qgis.qgis_support.outputs import downloads as outputs
    from fusion_platform_qgis.qgis_support.session import settings

    yield
    settings.save_json(uploads.JOURNAL, [])
    settings.save_json(outputs.LOADS, [])


def test_the_data_dock_shows_an_interrupted_upload_and_resumes_it_as_one_item(
    qgis_iface, connected_state, qtbot, tmp_path, journal_cleared
):
    from fusion_platform_qgis.qgis_support.data import uploads

    organisation = connected_state.organisation
    name = f"Interrupted {uuid.uuid4().hex[:8]}"
    dead = dead_upload(organisation, tmp_path, name)
    dock = make_dock(qgis_iface, connected_state)
    try:
        wait_listed(qtbot, dock)
        dock.ui.line_search.setText(name)
        qtbot.waitUntil(lambda: dock.listing.item_for(str(dead.id)) is not None, timeout=WAIT_MS)
        assert dock.listing.item_for(str(dead.id)).text(2) == "Upload interrupted"  # not "0 B", not "Being analysed…"
        assert dock.listing.select_data(str(dead.id))
        qtbot.waitUntil(lambda: str(dead.id) in dock.listing.files, timeout=WAIT_MS)
        assert dock.listing.item_for(str(dead.id)).text(2) == "Upload interrupted"
        assert "Upload interrupted" in dock.ui.text_details.toPlainText()  # the details say so too
        # whether its file is still there is looked at in a task, then the panel offers the resume
        qtbot.waitUntil(lambda: not dock.ui.button_fix.isHidden(), timeout=WAIT_MS)
        assert not dock.ui.frame_message.isHidden() and "interrupted" in dock.ui.label_message.text()
        assert dock.ui.button_fix.text() == "Resume upload"
        dock.ui.button_fix.click()
        wait_upload(qtbot, dock)
        assert dock.messages.last_error is None, dock.messages.last_error
    finally:
        wait_listed(qtbot, dock)
        dock.shutdown()
        dock.deleteLater()
    items = [d for d in organisation.data if d.name == name]
    assert len(items) == 1 and str(items[0].id) != str(dead.id)  # replaced, not doubled
    assert all(f.size for f in items[0].files)
    assert uploads.upload_journal().entries() == []


def test_the_browser_names_an_interrupted_upload(qgis_iface, connected_state, tmp_path, journal_cleared):
    from fusion_platform_qgis.gui.browser.context import BrowserContext
    from fusion_platform_qgis.gui.browser.data_items import DataItem

    organisation = connected_state.organisation
    dead = dead_upload(organisation, tmp_path, f"Interrupted {uuid.uuid4().hex[:8]}")
    from qgis.core import QgsDataCollectionItem

    context = BrowserContext(connected_state, lambda: {})
    folder = QgsDataCollectionItem(None, "Data", "/fusion-platform-test")
    item = DataItem(folder, context, str(organisation.id), dict(dead.attributes))
    assert item.name() == f"{dead.name} (Upload interrupted)"
    assert [a.text() for a in item.actions(None)][0] == "Resume upload"
    files = [f.attributes for f in dead.files]
    item.show_upload_state(files)
    assert "interrupted" in item.toolTip()


@pytest.mark.parametrize("automatic", [False, True])
def test_outputs_that_were_loading_are_offered_again_once_listed(
    qgis_iface, qtbot, dock, state, automatic, journal_cleared
):
    import fusion_platform_qgis.api as fp
    from fusion_platform_qgis.qgis_support.outputs import downloads as outputs
    from fusion_platform_qgis.qgis_support.runs import interrupted
    from fusion_platform_qgis.qgis_support.runs.records import run_key
    from fusion_platform_qgis.qgis_support.session import settings

    preferences = settings.load_preferences()
    preferences.load_outputs_automatically = automatic
    settings.save_preferences(preferences)
    process = finished_process(
        state.organisation, f"Reload {uuid.uuid4().hex[:6]}", "Elevation", fp.EXAMPLE_GLASGOW_FILE
    )
    execution = next(process.executions)
    key = run_key({"group_id": None, "executions": [{"id": str(execution.id)}]})
    entry = interrupted.load_entry(
        key,
        str(state.organisation.id),
        state.connection.url,
        {"id": str(process.id), "name": process.name},
        [{"id": str(execution.id)}],
    )
    outputs.loads_journal().put(entry)
    if automatic:
        with qtbot.waitSignal(dock.outputs_loaded, timeout=WAIT) as loaded:
            dock.refresh()
        assert loaded.args[0].layers
        qtbot.waitUntil(lambda: outputs.loads_journal().entries() == [], timeout=WAIT)
        return
    from qgis.PyQt.QtWidgets import QPushButton

    bar = qgis_iface.messageBar()

    def offers() -> list:
        return [i for i in bar.items() if process.name in i.text() and "were being loaded" in i.text()]

    dock.refresh()
    qtbot.waitUntil(lambda: bool(offers()), timeout=WAIT)
    (offer,) = offers()
    buttons = {b.text(): b for b in offer.findChildren(QPushButton)}
    assert set(buttons) >= {"Load outputs", "Discard"}
    with qtbot.waitSignal(dock.outputs_loaded, timeout=WAIT):
        buttons["Load outputs"].click()
    qtbot.waitUntil(lambda: outputs.loads_journal().entries() == [], timeout=WAIT)


def test_deleting_an_interrupted_upload_forgets_it(qgis_iface, connected_state, qtbot, tmp_path, journal_cleared):
    from fusion_platform_qgis.qgis_support.data import uploads

    organisation = connected_state.organisation
    dead = dead_upload(organisation, tmp_path, f"Interrupted {uuid.uuid4().hex[:8]}")
    dock = make_dock(qgis_iface, connected_state)
    try:
        dock.ui.line_search.setText(dead.name)
        qtbot.waitUntil(lambda: dock.listing.item_for(str(dead.id)) is not None, timeout=WAIT_MS)
        assert dock.listing.select_data(str(dead.id))
        dock.delete_selected()
        qtbot.waitUntil(lambda: uploads.upload_journal().entries() == [], timeout=WAIT_MS)
    finally:
        wait_listed(qtbot, dock)
        dock.shutdown()
        dock.deleteLater()
    assert [d for d in organisation.data if d.name == dead.name] == []


def test_deleting_a_run_removes_its_partial_downloads(qgis_iface, qtbot, dock, state, journal_cleared):
    import fusion_platform_qgis.api as fp
    from fusion_platform_qgis.api import partial
    from fusion_platform_qgis.qgis_support.outputs import downloads as outputs
    from fusion_platform_qgis.qgis_support.session import settings

    process = finished_process(
        state.organisation, f"Partial {uuid.uuid4().hex[:6]}", "Elevation", fp.EXAMPLE_GLASGOW_FILE
    )
    execution = next(process.executions)
    folder = outputs.execution_folder(settings.load_preferences().download_folder, process.name, str(execution.id))
    (folder / "01_x").mkdir(parents=True)
    part = folder / "01_x" / ("01_elevation.tif" + partial.PART_SUFFIX)
    part.write_bytes(b"half")
    (folder / "01_x" / ("01_elevation.tif" + partial.NOTE_SUFFIX)).write_text("{}")
    dock.refresh()
    qtbot.waitUntil(
        lambda: any(str(r["process"].get("id")) == str(process.id) for r in dock.runs.values()), timeout=WAIT
    )
    run = next(r for r in dock.runs.values() if str(r["process"].get("id")) == str(process.id))
    with qtbot.waitSignal(dock.run_changed, timeout=WAIT):
        dock.delete_run(run)
    assert not part.exists() and not list(folder.rglob("*.part*"))
