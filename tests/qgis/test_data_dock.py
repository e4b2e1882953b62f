"""Data dock round trips against the sandbox: list/search/sort/paging, rename, copy, delete, preview, STAC,
download, add to map, drag-and-drop and clean shutdown."""

from __future__ import annotations

import json
import os
import uuid

import pytest
from qgis.core import QgsProject

from .data_helpers import DATA, WAIT_MS, make_dock, wait_listed


@pytest.fixture
def dock(qgis_iface, connected_state, qtbot):
    dock = make_dock(qgis_iface, connected_state)
    wait_listed(qtbot, dock)
    yield dock
    wait_listed(qtbot, dock)
    dock.shutdown()
    dock.deleteLater()


@pytest.fixture
def item(connected_state):
    """A fresh analysed data item (the Glasgow region) made through the client."""
    import fusion_platform_qgis.api as fusion_platform

    name = f"Glasgow {uuid.uuid4().hex[:8]}"
    data = connected_state.organisation.create_data(name, "GeoJSON", [fusion_platform.EXAMPLE_GLASGOW_FILE], wait=False)
    while not data.create_complete(wait=False):
        pass
    data.get()
    return data


def names(connected_state):
    return {d.name for d in connected_state.organisation.data}


def select(qtbot, dock, data):
    dock.ui.line_search.setText(data.name)
    qtbot.waitUntil(lambda: dock.listing.item_for(str(data.id)) is not None, timeout=WAIT_MS)
    assert dock.listing.select_data(str(data.id))
    qtbot.waitUntil(lambda: str(data.id) in dock.listing.files, timeout=WAIT_MS)


def test_search_by_name_and_text_and_sort(dock, item, qtbot):
    dock.ui.line_search.setText(item.name[:12])
    qtbot.waitUntil(lambda: dock.listing.item_for(str(item.id)) is not None, timeout=WAIT_MS)
    assert all(d.name.startswith(item.name[:12]) for d in dock.listing.items)
    dock.ui.combo_search_mode.setCurrentIndex(1)  # free text, case-insensitive
    dock.ui.line_search.setText(item.name[-8:].upper())
    qtbot.waitUntil(lambda: [str(d.id) for d in dock.listing.items] == [str(item.id)], timeout=WAIT_MS)
    dock.ui.line_search.setText("no-such-data-anywhere")
    qtbot.waitUntil(lambda: dock.listing.tree.topLevelItemCount() == 0 and not dock.listing.loading, timeout=WAIT_MS)
    dock.ui.line_search.setText("")
    wait_listed(qtbot, dock)
    qtbot.waitUntil(lambda: dock.listing.tree.topLevelItemCount() > 0, timeout=WAIT_MS)
    dock.ui.combo_sort.setCurrentIndex(2)  # Name A-Z, client side
    shown = [dock.listing.tree.topLevelItem(i).text(0).lower() for i in range(dock.listing.tree.topLevelItemCount())]
    assert shown == sorted(shown)


def test_paging_loads_more(dock, connected_state, qtbot, monkeypatch):
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.gui import data_listing

    prefix = f"Page {uuid.uuid4().hex[:6]}"
    for index in range(3):
        data = connected_state.organisation.create_data(
            f"{prefix} {index}", "GeoJSON", [fusion_platform.EXAMPLE_GLASGOW_FILE]
        )
        while not data.create_complete(wait=False):
            pass
    monkeypatch.setattr(data_listing, "PAGE_SIZE", 2)
    dock.ui.line_search.setText(prefix)
    # Wait for the *searched* listing: an unfiltered first page can also hold two items.
    qtbot.waitUntil(
        lambda: (
            len(dock.listing.items) == 2
            and not dock.listing.loading
            and all(d.name.startswith(prefix) for d in dock.listing.items)
        ),
        timeout=WAIT_MS,
    )
    assert dock.listing.has_more and dock.ui.button_more.isEnabled()
    dock.ui.button_more.click()
    qtbot.waitUntil(lambda: len(dock.listing.items) == 3 and not dock.listing.loading, timeout=WAIT_MS)
    assert not dock.listing.has_more and not dock.ui.button_more.isEnabled()
    assert sorted(d.name for d in dock.listing.items) == [f"{prefix} {i}" for i in range(3)]


def test_details_and_preview(dock, item, qtbot):
    select(qtbot, dock, item)
    details = dock.ui.text_details.toPlainText()
    assert "GeoJSON" in details and "EPSG:4326" in details
    assert "Features: 1 polygon" in details and "1 polygons" not in details  # the plural follows the count
    created = next(line for line in details.splitlines() if line.startswith("Created: "))
    assert "+00:00" not in created and "T" not in created.split(": ", 1)[1]  # a date in the locale, not ISO text
    qtbot.waitUntil(lambda: dock.details.preview_shown_for == str(item.id), timeout=WAIT_MS)
    assert not dock.ui.label_preview.pixmap().isNull()
    top = dock.listing.item_for(str(item.id))
    assert top.childCount() == 1 and top.child(0).text(1) == "GeoJSON"


def test_rename_copy_delete(dock, item, connected_state, qtbot):
    select(qtbot, dock, item)
    new_name = item.name + " renamed"
    dock.questions.ask_text = lambda title, label, default="": new_name
    dock.ui.button_rename.click()
    qtbot.waitUntil(lambda: new_name in names(connected_state), timeout=WAIT_MS)
    copy_name = item.name + " copy"
    dock.questions.ask_text = lambda title, label, default="": copy_name
    changes = []
    connected_state.data_changed.connect(lambda: changes.append(1))
    dock.ui.line_search.setText(item.name)
    qtbot.waitUntil(lambda: dock.listing.item_for(str(item.id)) is not None, timeout=WAIT_MS)
    dock.listing.select_data(str(item.id))
    dock.ui.button_copy.click()
    qtbot.waitUntil(lambda: copy_name in names(connected_state), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(changes), timeout=WAIT_MS)  # the dock announced the change
    # delete both at once, after a confirmation that names them
    qtbot.waitUntil(lambda: len(dock.listing.items) == 2, timeout=WAIT_MS)
    asked = []
    dock.questions.confirm = lambda text: asked.append(text) or True
    dock.listing.tree.selectAll()
    dock.ui.button_delete.click()
    qtbot.waitUntil(lambda: not ({new_name, copy_name} & names(connected_state)), timeout=WAIT_MS)
    assert "2 data items" in asked[0] and copy_name in asked[0]
    qtbot.waitUntil(lambda: dock.listing.tree.topLevelItemCount() == 0, timeout=WAIT_MS)


def test_delete_refused_keeps_data(dock, item, connected_state, qtbot):
    select(qtbot, dock, item)
    dock.questions.confirm = lambda text: False
    dock.ui.button_delete.click()
    assert item.name in names(connected_state)


def test_stac_view_and_save(dock, item, qtbot, tmp_path):
    select(qtbot, dock, item)
    dock.ui.button_stac.click()
    qtbot.waitUntil(lambda: dock.stac_dialog is not None, timeout=WAIT_MS)
    dialog = dock.stac_dialog
    collection = json.loads(dialog.text)
    assert collection["type"] == "Collection" and collection["id"] == str(item.id)
    assert dialog.ui.combo_document.count() == 2  # the collection and the file's item
    dialog.ui.combo_document.setCurrentIndex(1)
    assert json.loads(dialog.text)["type"] == "Feature"
    written = dialog.save_to(str(tmp_path))
    assert sorted(os.path.basename(p) for p in written) == sorted([".collection.stac", ".glasgow.geojson.stac"])
    dialog.close()


def test_download_to_folder(dock, item, qtbot, tmp_path):
    select(qtbot, dock, item)
    dock.questions.ask_folder = lambda title: str(tmp_path)
    dock.ui.button_download.click()
    qtbot.waitUntil(lambda: "Downloaded" in dock.ui.label_message.text(), timeout=WAIT_MS)
    found = [p for p in tmp_path.rglob("*.geojson")]
    assert len(found) == 1
    import fusion_platform_qgis.api as fusion_platform

    assert found[0].read_bytes() == open(fusion_platform.EXAMPLE_GLASGOW_FILE, "rb").read()


def test_add_to_map_names_the_layer_after_the_data(dock, item, qtbot, qgis_new_project):
    select(qtbot, dock, item)
    dock.ui.button_add_to_map.click()
    qtbot.waitUntil(
        lambda: any(layer.name() == item.name for layer in QgsProject.instance().mapLayers().values()), timeout=WAIT_MS
    )
    layer = next(lay for lay in QgsProject.instance().mapLayers().values() if lay.name() == item.name)
    assert layer.isValid() and layer.featureCount() == 1


def test_drag_and_drop_loads_the_data(dock, item, qtbot, qgis_iface, qgis_new_project):
    from fusion_platform_qgis.gui.data_drop import MIME_TYPE, decode_data_mime

    select(qtbot, dock, item)
    mime = dock.listing.tree.mimeData([dock.listing.item_for(str(item.id))])
    assert mime.hasFormat(MIME_TYPE) and decode_data_mime(mime)[0]["id"] == str(item.id)
    assert mime.hasFormat("application/x-vnd.qgis.qgis.uri")  # the layer tree's drop path
    assert dock.drop_handler.canHandleMimeData(mime)
    assert dock.drop_handler.handleMimeDataV2(mime) is True  # what QGIS does on a drop on canvas/layer tree
    qtbot.waitUntil(
        lambda: any(layer.name() == item.name for layer in QgsProject.instance().mapLayers().values()), timeout=WAIT_MS
    )
    from qgis.PyQt.QtCore import QMimeData

    other = QMimeData()
    other.setText("not ours")
    assert dock.drop_handler.handleMimeDataV2(other) is False


def test_drop_handler_registered_and_unregistered(qgis_iface, connected_state, qtbot, monkeypatch):
    from unittest.mock import MagicMock

    monkeypatch.setattr(qgis_iface, "registerCustomDropHandler", MagicMock(), raising=False)
    monkeypatch.setattr(qgis_iface, "unregisterCustomDropHandler", MagicMock(), raising=False)
    dock = make_dock(qgis_iface, connected_state)
    wait_listed(qtbot, dock)
    assert qgis_iface.registerCustomDropHandler.call_args.args[0] is dock.drop_handler
    dock.uploads.start_drawing("polygon")
    dock.shutdown()
    assert qgis_iface.unregisterCustomDropHandler.call_args.args[0] is dock.drop_handler
    assert qgis_iface.mapCanvas().mapTool() is None or qgis_iface.mapCanvas().mapTool() is not dock.uploads.map_tool
    dock.deleteLater()


def test_screenshot_for_readme(dock, item, qtbot):
    """Renders the dock with data and a preview offscreen; refreshes resources/screenshots/data_dock.png when
    FP_SCREENSHOTS=1 (the committed PNG is made that way)."""
    dock.resize(420, 640)
    select(qtbot, dock, item)
    qtbot.waitUntil(lambda: dock.details.preview_shown_for == str(item.id), timeout=WAIT_MS)
    dock.ui.line_search.setText("")  # the whole list, the item still selected with its preview
    qtbot.waitUntil(lambda: dock.listing.tree.topLevelItemCount() > 1 and not dock.listing.loading, timeout=WAIT_MS)
    dock.listing.select_data(str(item.id))
    qtbot.waitUntil(lambda: dock.details.preview_shown_for == str(item.id), timeout=WAIT_MS)
    dock.listing.tree.expandItem(dock.listing.item_for(str(item.id)))
    dock.ui.splitter_main.setSizes([260, 180])
    image = dock.grab()
    assert image.width() > 100 and image.height() > 100
    if os.environ.get("FP_SCREENSHOTS"):
        from pathlib import Path

        out = Path(__file__).resolve().parents[2] / "resources" / "screenshots" / "data_dock.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        assert image.save(str(out))


def test_fixture_data_exists():
    assert (DATA / "bng_squares.shp").exists()
