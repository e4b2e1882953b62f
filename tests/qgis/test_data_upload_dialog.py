"""The Data dock's upload dialog ("Upload ▸ Layer…"): the user picks the layer — not just the active one — ticks
"selected features only" where that means something, names the data, and the dock's usual upload path sends it.

The dialog is constructed and driven directly (layer, box, name, accept/reject); the dock's ``ask_upload_choice``
hook hands that choice over, so no modal dialog is ever left open.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtWidgets import QDialogButtonBox

from .data_helpers import (
    DATA,
    assert_bounds_close,
    expected_bounds,
    make_dock,
    server_bounds,
    server_files,
    square_wkt,
    wait_listed,
    wait_upload,
)

SQUARES = [(255000, 662000), (259000, 662000), (263000, 666000)]


@pytest.fixture
def dock(qgis_iface, connected_state, qtbot):
    dock = make_dock(qgis_iface, connected_state)
    wait_listed(qtbot, dock)
    yield dock
    wait_upload(qtbot, dock)
    wait_listed(qtbot, dock)
    dock.shutdown()
    dock.deleteLater()


@pytest.fixture
def project_layers(qgis_iface):
    """Adds layers to the current project (where the layer combo box looks) and removes them afterwards."""
    added = []

    def add(layer):
        assert layer.isValid()
        QgsProject.instance().addMapLayer(layer)
        added.append(layer.id())
        return layer

    yield add
    qgis_iface._active_layer_id = None  # the stand-in iface refuses setActiveLayer(None)
    QgsProject.instance().removeMapLayers([i for i in added if QgsProject.instance().mapLayer(i) is not None])


def polygon_layer(wkts, name="BNG parcels", geometry="Polygon"):
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:27700&field=name:string", name, "memory")
    features = []
    for index, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setAttribute("name", f"parcel {index}")
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    layer.updateExtents()
    return layer


def make_dialog(active=None):
    from fusion_platform_qgis.gui.upload_dialog import UploadDialog

    return UploadDialog(active)


def ok_enabled(dialog) -> bool:
    return dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def data_names(state) -> set:
    return {d.name for d in state.organisation.data}


def test_chosen_layer_selected_features_arrive_in_4326(dock, connected_state, project_layers, qgis_iface, qtbot):
    """Two of three BNG polygons selected in a layer that is NOT the active one: only those two arrive."""
    wkts = [square_wkt(x, y) for x, y in SQUARES]
    parcels = project_layers(polygon_layer(wkts))
    ids = [f.id() for f in parcels.getFeatures()]
    parcels.selectByIds([ids[0], ids[2]])
    other = project_layers(polygon_layer([square_wkt(100000, 100000)], name="Something else"))
    qgis_iface.setActiveLayer(other)

    dialog = make_dialog(qgis_iface.activeLayer())
    qtbot.addWidget(dialog)
    assert dialog.layer() is other  # pre-selected: the active layer, named after it
    assert dialog.name() == "Something else"
    assert not dialog.ui.check_selected.isEnabled()  # "other" has no selection
    dialog.set_layer(parcels)
    assert dialog.name() == "BNG parcels"  # untouched default follows the layer
    box = dialog.ui.check_selected
    assert box.isEnabled() and "(2)" in box.text()
    box.setChecked(True)
    dialog.ui.line_name.setText("Two chosen parcels")
    assert ok_enabled(dialog)
    dialog.accept()
    choice = dialog.choice()
    assert choice is not None and choice.layer is parcels and choice.selected_only

    dock.questions.ask_upload_choice = lambda: choice
    menu_entry = dock.uploads.upload_menu.actions()[0]
    assert menu_entry.text() == "Layer…"
    menu_entry.trigger()
    assert dock.uploads.upload_task is not None  # the dock's own upload path: task, progress, cancel button
    assert dock.ui.button_cancel_upload.isVisibleTo(dock)
    wait_upload(qtbot, dock)
    assert dock.messages.last_error is None, (
        f"upload failed: {dock.messages.last_error!r} / {dock.ui.label_message.text()}"
    )
    data = dock.uploads.last_uploaded
    assert data.name == "Two chosen parcels"
    assert_bounds_close(server_bounds(connected_state, str(data.id)), expected_bounds([wkts[0], wkts[2]], 27700))
    assert server_files(connected_state, str(data.id))[0].polygons == 2
    data.delete()  # leave the organisation's data as we found it: other data tests count items


def test_selected_only_box_follows_layer_and_selection(project_layers, qtbot):
    raster = project_layers(QgsRasterLayer(str(DATA / "small_dem.tif"), "dem", "gdal"))
    parcels = project_layers(polygon_layer([square_wkt(x, y) for x, y in SQUARES]))
    points = project_layers(polygon_layer(["POINT(255000 662000)"], name="points", geometry="Point"))

    dialog = make_dialog(raster)
    qtbot.addWidget(dialog)
    box = dialog.ui.check_selected
    assert dialog.layer() is raster
    assert not box.isEnabled() and not dialog.selected_only()  # a raster has no selection

    dialog.set_layer(parcels)
    assert not box.isEnabled() and not dialog.selected_only()  # a vector layer without a selection
    assert "(" not in box.text()
    parcels.selectByIds([next(parcels.getFeatures()).id()])  # selecting while the dialog is open
    assert box.isEnabled() and "(1)" in box.text()
    box.setChecked(True)
    assert dialog.selected_only()
    parcels.removeSelection()
    assert not box.isEnabled() and not box.isChecked() and not dialog.selected_only()

    # Only layers a region can come from are offered: polygons and rasters, not points.
    assert dialog.offers(parcels) and dialog.offers(raster)
    assert not dialog.offers(points)
    dialog.reject()


def test_name_defaults_and_ascii_hint(project_layers, qtbot):
    parcels = project_layers(polygon_layer([square_wkt(x, y) for x, y in SQUARES], name="Parcelles"))
    raster = project_layers(QgsRasterLayer(str(DATA / "small_dem.tif"), "dem", "gdal"))
    dialog = make_dialog(parcels)
    qtbot.addWidget(dialog)
    dialog.ui.line_name.setText("Zürich Süd")
    assert "non-ASCII" in dialog.ui.label_problem.text()
    assert dialog.ui.button_suggestion.isVisibleTo(dialog) and ok_enabled(dialog)
    dialog.ui.button_suggestion.click()
    assert dialog.name() == "Zurich Sud" and dialog.ui.label_problem.text() == ""
    dialog.set_layer(raster)
    assert dialog.name() == "Zurich Sud"  # a name the user chose survives a change of layer
    dialog.ui.line_name.setText("  ")
    assert not ok_enabled(dialog) and dialog.ui.label_problem.text()
    dialog.accept()  # what OK would do if it could be clicked: still no choice without a name
    assert dialog.choice() is None


def test_non_ascii_name_gets_the_docks_fix(dock, project_layers, qtbot):
    """The dialog lets a non-ASCII name through; the dock's usual check then offers the ASCII name as a fix."""
    parcels = project_layers(polygon_layer([square_wkt(x, y) for x, y in SQUARES]))
    dialog = make_dialog(parcels)
    qtbot.addWidget(dialog)
    dialog.ui.line_name.setText("Parcelles à Édimbourg")
    dialog.accept()
    dock.questions.ask_upload_choice = dialog.choice
    dock.uploads.upload_chosen_layer()
    wait_upload(qtbot, dock)
    assert dock.ui.button_fix.isVisibleTo(dock)
    assert dock.ui.button_fix.text() == "Use 'Parcelles a Edimbourg'"
    assert dock.uploads.last_uploaded is None


def test_cancel_uploads_nothing(dock, connected_state, project_layers, qgis_iface, qtbot):
    parcels = project_layers(polygon_layer([square_wkt(x, y) for x, y in SQUARES], name="Never uploaded"))
    parcels.selectAll()
    qgis_iface.setActiveLayer(parcels)
    before = data_names(connected_state)
    dialog = make_dialog(qgis_iface.activeLayer())
    qtbot.addWidget(dialog)
    dialog.ui.check_selected.setChecked(True)
    dialog.reject()
    assert dialog.choice() is None
    dock.questions.ask_upload_choice = dialog.choice
    dock.uploads.upload_menu.actions()[0].trigger()
    assert dock.uploads.upload_task is None and dock.uploads.last_upload is None
    assert not dock.ui.progress_upload.isVisibleTo(dock)
    assert data_names(connected_state) == before and "Never uploaded" not in before


def test_dialog_speaks_french(project_layers, qtbot, qgis_app):
    """The form's strings and the count in the check box come from the French catalogue."""
    from fusion_platform_qgis.qgis_support.words.i18n import install_translator, remove_translator

    parcels = project_layers(polygon_layer([square_wkt(x, y) for x, y in SQUARES]))
    parcels.selectByIds([f.id() for f in parcels.getFeatures()][:2])
    translator = install_translator("fr")
    assert translator is not None
    try:
        dialog = make_dialog(parcels)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Téléverser une couche vers Fusion Platform"
        assert dialog.ui.label_layer.text() == "Couche"
        assert dialog.ui.check_selected.text() == "Entités sélectionnées uniquement (2)"
        dialog.reject()
    finally:
        remove_translator(translator)
