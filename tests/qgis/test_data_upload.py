"""Uploads through the data dock against the sandbox: every source arrives with the right EPSG:4326 bounds, and
every bad input gets a message that says what to do (and leaves nothing on the platform)."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)

from .data_helpers import (
    DATA,
    WAIT_MS,
    assert_bounds_close,
    expected_bounds,
    make_dock,
    server_bounds,
    server_files,
    square_wkt,
    wait_listed,
    wait_upload,
)

BNG_SQUARES = [(255000, 662000), (257000, 662000), (259000, 662000), (255000, 664000), (257000, 664000)]


@pytest.fixture
def dock(qgis_iface, connected_state, qtbot):
    dock = make_dock(qgis_iface, connected_state)
    wait_listed(qtbot, dock)
    yield dock
    wait_listed(qtbot, dock)
    dock.shutdown()
    dock.deleteLater()


@pytest.fixture
def no_faults(sandbox):
    sandbox.admin("DELETE", "faults")
    yield
    sandbox.admin("DELETE", "faults")


def bng_memory_layer(wkts, name="BNG parcels"):
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700&field=name:string", name, "memory")
    features = []
    for index, wkt in enumerate(wkts):
        feature = QgsFeature(layer.fields())
        feature.setAttribute("name", f"parcel {index}")
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def uploaded(qtbot, dock):
    wait_upload(qtbot, dock)
    assert dock.messages.last_error is None, (
        f"upload failed: {dock.messages.last_error!r} / {dock.ui.label_message.text()}"
    )
    assert dock.uploads.last_uploaded is not None
    return dock.uploads.last_uploaded


def test_three_bng_polygons_selected_uploaded_and_previewed(dock, connected_state, qtbot, no_faults):
    """The issue's "done when": three polygons selected in British National Grid, uploaded, shown with preview."""
    wkts = [square_wkt(x, y) for x, y in BNG_SQUARES]
    layer = bng_memory_layer(wkts)
    ids = [f.id() for f in layer.getFeatures()]
    layer.selectByIds([ids[0], ids[2], ids[4]])
    dock.uploads.upload_layer(layer, selected_only=True, name="Three BNG parcels")
    assert dock.ui.progress_upload.isVisibleTo(dock)
    data = uploaded(qtbot, dock)
    assert data.name == "Three BNG parcels"
    assert_bounds_close(
        server_bounds(connected_state, str(data.id)), expected_bounds([wkts[0], wkts[2], wkts[4]], 27700)
    )
    files = server_files(connected_state, str(data.id))
    assert files[0].polygons == 3 and files[0].file_type == "GeoJSON"
    # data_changed refreshed the list; the new item is selected with its preview on screen.
    qtbot.waitUntil(lambda: dock.details.preview_shown_for == str(data.id), timeout=WAIT_MS)
    assert not dock.ui.label_preview.pixmap().isNull()
    assert [d.id for d in dock.listing.selected_data()] == [data.id]
    assert "3 polygons" in dock.ui.text_details.toPlainText()


def test_geopackage_layer(dock, connected_state, qtbot, no_faults):
    layer = QgsVectorLayer(f"{DATA / 'bng_squares.gpkg'}|layername=squares", "squares", "ogr")
    assert layer.isValid()
    dock.uploads.upload_layer(layer, name="GeoPackage squares")
    data = uploaded(qtbot, dock)
    assert_bounds_close(
        server_bounds(connected_state, str(data.id)), expected_bounds([square_wkt(x, y) for x, y in BNG_SQUARES], 27700)
    )


def test_drawn_rectangle(dock, connected_state, qtbot, qgis_iface, no_faults):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:27700"))
    dock.uploads.start_drawing("rectangle")
    assert canvas.mapTool() is dock.uploads.map_tool
    rect = QgsRectangle(250000, 660000, 262000, 668000)
    dock.uploads.map_tool.finish_geometry(QgsGeometry.fromRect(rect))  # what a mouse release does
    assert canvas.mapTool() is not dock.uploads.map_tool
    data = uploaded(qtbot, dock)
    assert data.name == "Drawn region"
    assert_bounds_close(server_bounds(connected_state, str(data.id)), expected_bounds([rect.asWktPolygon()], 27700))


def test_map_extent(dock, connected_state, qtbot, qgis_iface, no_faults):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    canvas.setExtent(QgsRectangle(-4.4, 55.8, -4.1, 55.95))
    extent = canvas.extent()
    dock.uploads.upload_map_extent(name="Extent")
    data = uploaded(qtbot, dock)
    assert_bounds_close(
        server_bounds(connected_state, str(data.id)),
        (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()),
    )


def test_raster_layer(dock, connected_state, qtbot, no_faults):
    layer = QgsRasterLayer(str(DATA / "small_dem.tif"), "dem", "gdal")
    assert layer.isValid()
    dock.uploads.upload_layer(layer, name="Small DEM")
    data = uploaded(qtbot, dock)
    files = server_files(connected_state, str(data.id))
    assert files[0].file_type == "GeoTIFF"
    assert_bounds_close(server_bounds(connected_state, str(data.id)), (-4.30, 55.80, -4.20, 55.90))


def test_shapefile_with_sidecars(dock, connected_state, qtbot, no_faults):
    dock.questions.ask_files = lambda: [str(DATA / "bng_squares.shp")]
    dock.uploads.upload_files_from_disk()
    data = uploaded(qtbot, dock)
    assert server_files(connected_state, str(data.id))[0].file_type == "ESRI Shapefile"
    assert_bounds_close(
        server_bounds(connected_state, str(data.id)), expected_bounds([square_wkt(x, y) for x, y in BNG_SQUARES], 27700)
    )


def test_kmz(dock, connected_state, qtbot, no_faults):
    dock.uploads.upload_file(str(DATA / "edinburgh.kmz"), name="Edinburgh")
    data = uploaded(qtbot, dock)
    assert server_files(connected_state, str(data.id))[0].file_type == "KMZ"
    assert_bounds_close(server_bounds(connected_state, str(data.id)), (-3.20, 55.94, -3.15, 55.97))


# ------------------------------------------------------------------------------------------------ bad input
def test_empty_layer_is_refused_before_any_request(dock, sandbox, qtbot):
    layer = bng_memory_layer([])
    sandbox.admin("DELETE", "faults")
    before = sandbox.admin("GET", "stats")["requests"].get("POST /organisations/{org}/data", 0)
    dock.uploads.upload_layer(layer)
    wait_upload(qtbot, dock)
    assert "no features" in dock.ui.label_message.text()
    assert dock.ui.frame_message.isVisibleTo(dock)
    assert sandbox.admin("GET", "stats")["requests"].get("POST /organisations/{org}/data", 0) == before
    dock.uploads.upload_layer(layer, selected_only=True)
    assert "No features are selected" in dock.ui.label_message.text()


def test_invalid_geometry_refused_then_repaired_with_the_fix_button(dock, connected_state, qtbot, no_faults):
    bowtie = "POLYGON((255000 662000,256000 663000,256000 662000,255000 663000,255000 662000))"
    layer = bng_memory_layer([square_wkt(257000, 662000), bowtie], name="With a bow tie")
    dock.uploads.upload_layer(layer)
    wait_upload(qtbot, dock)
    assert dock.uploads.last_uploaded is None
    text = dock.ui.label_message.text()
    assert "invalid geometries" in text and "feature ids: 2" in text
    assert dock.ui.button_fix.isVisibleTo(dock)
    dock.ui.button_fix.click()  # "Repair geometries and upload"
    data = uploaded(qtbot, dock)
    assert server_files(connected_state, str(data.id))[0].polygons in (2, 3)


def test_unrepairable_geometry_refused(dock, qtbot, no_faults):
    flat = "POLYGON((255000 662000,256000 662000,257000 662000,255000 662000))"
    dock.uploads.upload_layer(bng_memory_layer([flat]), repair=True)
    wait_upload(qtbot, dock)
    assert dock.uploads.last_uploaded is None
    assert "could not be repaired" in dock.ui.label_message.text()


def test_non_ascii_name_fixed_with_suggestion(dock, qtbot, no_faults):
    dock.uploads.upload_layer(bng_memory_layer([square_wkt(255000, 662000)]), name="Région Süd")
    wait_upload(qtbot, dock)
    assert "non-ASCII" in dock.ui.label_message.text()
    dock.ui.button_fix.click()
    data = uploaded(qtbot, dock)
    assert data.name == "Region Sud"


def test_corrupt_geotiff_shows_the_servers_verdict(dock, connected_state, qtbot, no_faults):
    before = {str(d.id) for d in connected_state.organisation.data}
    dock.uploads.upload_file(str(DATA / "corrupt.tif"), name="Corrupt raster")
    wait_upload(qtbot, dock)
    text = dock.ui.label_message.text()
    assert dock.uploads.last_uploaded is None
    assert "could not ingest" in text and "GeoTIFF" in text, text
    assert {str(d.id) for d in connected_state.organisation.data} == before  # nothing left behind


def test_cancel_mid_upload_leaves_nothing(dock, connected_state, sandbox, qtbot, no_faults):
    before = {str(d.id) for d in connected_state.organisation.data}
    sandbox.admin("POST", "faults", {"rules": [{"path": "^/files/upload/", "method": "PUT", "delay": 5}]})
    stats = lambda: sandbox.admin("GET", "stats")["requests"]  # noqa: E731
    start_puts = sum(v for k, v in stats().items() if k.startswith("PUT"))
    dock.uploads.upload_layer(QgsRasterLayer(str(DATA / "small_dem.tif"), "dem", "gdal"), name="To cancel")
    qtbot.waitUntil(lambda: sum(v for k, v in stats().items() if k.startswith("PUT")) > start_puts, timeout=WAIT_MS)
    dock.ui.button_cancel_upload.click()
    wait_upload(qtbot, dock)
    assert "cancelled" in dock.ui.label_message.text().lower()
    assert dock.uploads.last_uploaded is None
    assert {str(d.id) for d in connected_state.organisation.data} == before


def test_busy_storage_is_waited_out(dock, connected_state, sandbox, qtbot, no_faults):
    """A 503 to the upload PUT means storage did not take the bytes: the client repeats it, the user sees success."""
    before = {str(d.id) for d in connected_state.organisation.data}
    sandbox.admin(
        "POST", "faults", {"rules": [{"path": "^/files/upload/", "method": "PUT", "status": 503, "count": 1}]}
    )
    dock.uploads.upload_layer(bng_memory_layer([square_wkt(255000, 662000)]), name="Busy storage")
    data = uploaded(qtbot, dock)
    assert sandbox.admin("GET", "faults")["rules"][0]["count"] == 0
    assert {str(d.id) for d in connected_state.organisation.data} - before == {str(data.id)}
    data.delete()


def test_server_failure_mid_upload_then_retry(dock, connected_state, sandbox, qtbot, no_faults):
    before = {str(d.id) for d in connected_state.organisation.data}
    sandbox.admin(
        "POST", "faults", {"rules": [{"path": "^/files/upload/", "method": "PUT", "status": 403, "count": 1}]}
    )
    dock.uploads.upload_layer(bng_memory_layer([square_wkt(255000, 662000)]), name="Retry me")
    wait_upload(qtbot, dock)
    text = dock.ui.label_message.text()
    assert dock.uploads.last_uploaded is None
    assert "HTTP 403" in text and "try again" in text.lower(), text
    assert {str(d.id) for d in connected_state.organisation.data} == before
    assert dock.ui.button_retry.isVisibleTo(dock)
    dock.ui.button_retry.click()
    data = uploaded(qtbot, dock)
    assert data.name == "Retry me"
    assert_bounds_close(
        server_bounds(connected_state, str(data.id)), expected_bounds([square_wkt(255000, 662000)], 27700)
    )


def test_project_untouched_by_uploads(dock):
    assert QgsProject.instance().count() == 0 or all(
        layer.name() != "Three BNG parcels" for layer in QgsProject.instance().mapLayers().values()
    )
