"""Outputs onto the map: the cloud classification group (VRT mosaic + aggregator table), a download that loses its
connection half-way, and re-loading an execution that is already on disk (no network at all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .outputs_helpers import WAIT, executions_dock, finished_process, outputs_state  # noqa: F401 - fixtures "dock", "state"

pytestmark = pytest.mark.timeout(300)


def run_of(dock, qtbot, process_id):
    def find():
        return next((r for r in dock.runs.values() if str(r["process"].get("id")) == str(process_id)), None)

    dock.refresh()
    qtbot.waitUntil(lambda: find() is not None and not dock.listing.refresh_task, timeout=WAIT)
    return find()


def load(dock, qtbot, run):
    with qtbot.waitSignal(dock.outputs_loaded, timeout=WAIT) as loaded:
        dock.load_outputs(run)
    return loaded.args[0]


def region_extent_4326(path: str):
    from osgeo import ogr, osr

    source = ogr.Open(path)
    layer = source.GetLayer(0)
    target = osr.SpatialReference()
    target.ImportFromEPSG(4326)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer_srs = layer.GetSpatialRef()
    layer_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(layer_srs, target)
    feature = layer.GetNextFeature()  # keep the feature alive while its geometry is used (GDAL ownership)
    geometry = feature.GetGeometryRef().Clone()
    geometry.Transform(transform)
    return geometry.GetEnvelope()  # (min x, max x, min y, max y)


def test_cloud_group_loads_as_one_mosaic_and_a_table(qgis_iface, qgis_new_project, qtbot, dock, state):
    from qgis.core import QgsPalettedRasterRenderer, QgsRasterLayer, QgsVectorLayer

    import fusion_platform_qgis.api as fusion_platform

    process = finished_process(
        state.organisation, "Lake District clouds", "Cloud", fusion_platform.EXAMPLE_LAKE_DISTRICT_FILE
    )
    run = run_of(dock, qtbot, process.id)
    count = len(run["executions"])
    assert run["group_id"] and count >= 3  # slices + aggregator
    loader = load(dock, qtbot, run)

    top = [node.layer() for node in loader.group.findLayers() if node.parent() is loader.group]
    mosaics = [layer for layer in top if isinstance(layer, QgsRasterLayer)]
    assert len(mosaics) == 1 and mosaics[0].source().endswith(".vrt")
    mosaic = mosaics[0]
    renderer = mosaic.renderer()
    assert isinstance(renderer, QgsPalettedRasterRenderer)
    labels = {c.label for c in renderer.classes()}
    assert {"Ground", "Thick Cloud"} <= labels, labels
    from fusion_platform_qgis.qgis_support.outputs.styling import contrast, luminance

    for entry in renderer.classes():  # every class stands out on a white and on a black canvas
        seen = luminance(entry.color.red(), entry.color.green(), entry.color.blue())
        assert min(contrast(seen, 1.0), contrast(seen, 0.0)) >= 1.5, (entry.label, entry.color.name())
    west, east, south, north = region_extent_4326(fusion_platform.EXAMPLE_LAKE_DISTRICT_FILE)
    extent = mosaic.extent()
    cell = 0.01
    assert extent.xMinimum() <= west + cell and extent.xMaximum() >= east - cell
    assert extent.yMinimum() <= south + cell and extent.yMaximum() >= north - cell
    assert mosaic.customProperty("fusion_platform/process_id") == str(process.id)

    slices = loader.group.findGroup("Slices")
    assert slices is not None
    slice_layers = [node.layer() for node in slices.findLayers()]
    assert len(slice_layers) == count - 1
    assert not any(node.isVisible() for node in slices.findLayers())  # the mosaic is what is shown

    tables = [layer for layer in top if isinstance(layer, QgsVectorLayer)]
    assert len(tables) == 1
    table = tables[0]
    assert table.providerType() == "delimitedtext" and not table.isSpatial()
    assert table.featureCount() >= count - 1  # one row per slice (plus a total)
    import re

    names = [str(feature["file_name"]) for feature in table.getFeatures() if str(feature["slice"]) != "total"]
    assert names and not any(re.fullmatch(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", name) for name in names), names
    assert loader.tables == [table]


def test_the_statistics_table_is_offered_not_opened(qgis_iface, qgis_new_project, qtbot, dock, state):
    """No window opens unasked: the aggregator's table waits behind a message-bar button."""
    import fusion_platform_qgis.api as fusion_platform

    process = finished_process(
        state.organisation, "Offered clouds", "Cloud", fusion_platform.EXAMPLE_LAKE_DISTRICT_FILE
    )
    run = run_of(dock, qtbot, process.id)
    qgis_iface.showAttributeTable.reset_mock()
    loader = load(dock, qtbot, run)
    assert loader.tables
    qgis_iface.showAttributeTable.assert_not_called()
    assert dock.table_offers
    dock.table_offers[-1].click()
    qgis_iface.showAttributeTable.assert_called_once_with(loader.tables[0])


def test_dropped_download_resumes(qgis_iface, qgis_new_project, qtbot, dock, state, sandbox):
    """The connection breaks after 1,000 bytes: the download resumes with a Range request, no half file is loaded."""
    from qgis.core import QgsRasterLayer

    import fusion_platform_qgis.api as fusion_platform

    process = finished_process(
        state.organisation, "Resumed elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE
    )
    run = run_of(dock, qtbot, process.id)
    sandbox.admin("POST", "faults", {"rules": [{"path": "^/files/download/", "truncate": 1000, "count": 1}]})
    sandbox.admin("DELETE", "stats")
    try:
        loader = load(dock, qtbot, run)
    finally:
        sandbox.admin("DELETE", "faults")
    downloads = sum(n for key, n in sandbox.admin("GET", "stats")["requests"].items() if "/files/download/" in key)
    assert downloads >= 2  # the broken GET and its resumption
    rasters = [layer for layer in loader.layers if isinstance(layer, QgsRasterLayer)]
    assert rasters and all(layer.isValid() for layer in rasters)
    folder = Path(rasters[0].source()).parent.parent
    manifest_sizes = [
        f["size"]
        for c in __import__("json").loads((folder / "manifest.json").read_text())["components"]
        for o in c["outputs"]
        for f in o["files"]
    ]
    server_sizes = [f.size for e in process.executions for c in e.components for o in c.outputs for f in o.files]
    assert sorted(manifest_sizes) == sorted(server_sizes) and min(server_sizes) > 1000
    assert not list(folder.rglob("*.part"))


def test_reloading_a_downloaded_execution_needs_no_network(qgis_iface, qgis_new_project, qtbot, dock, state, sandbox):
    import fusion_platform_qgis.api as fusion_platform

    process = finished_process(
        state.organisation, "Reloaded elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE
    )
    run = run_of(dock, qtbot, process.id)
    first = load(dock, qtbot, run)
    sources = [layer.source() for layer in first.layers]
    first.group.parent().removeChildNode(first.group)  # the user removed the group: loading again adds it anew
    sandbox.admin("DELETE", "stats")
    second = load(dock, qtbot, run)
    assert sandbox.admin("GET", "stats")["total"] == 0
    assert [layer.source() for layer in second.layers] == sources


def run_groups(project=None):
    from qgis.core import QgsProject

    root = (project or QgsProject.instance()).layerTreeRoot()
    return [g for g in root.findGroups(True) if g.customProperty("fusion_platform/execution_ids", "")]


def test_a_loaded_run_is_shown_not_loaded_twice(qgis_iface, qgis_new_project, qtbot, dock, state, sandbox):
    """After the automatic load the notification offers no "Load outputs"; "Load outputs" on a run that is on the
    map selects and zooms to its group instead of adding a second identical one."""
    from qgis.core import QgsRectangle

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.runs.records import run_key
    from fusion_platform_qgis.qgis_support.session import settings

    process = finished_process(state.organisation, "Once elevation", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)
    run = run_of(dock, qtbot, process.id)
    preferences = settings.load_preferences()
    preferences.load_outputs_automatically = True
    settings.save_preferences(preferences)
    finished = {
        "process_id": str(process.id),
        "process_name": process.name,
        "group_id": run.get("group_id"),
        "organisation_id": str(state.organisation.id),
        "executions": run["executions"],
    }
    with qtbot.waitSignal(dock.outputs_loaded, timeout=WAIT) as loaded:
        dock.on_run_finished(finished)  # what the monitor emits when a watched run ends
    note = dock.notifications[-1]
    assert note["text"].startswith("Finished: ")
    assert "Load outputs" not in note["buttons"], note["buttons"]
    group = loaded.args[0].group
    assert run_groups() == [group]

    # The notification of a run already on the map does not offer loading it either.
    assert "Load outputs" not in dock.notify_success(dock.runs[run_key(run)])["buttons"]

    canvas = qgis_iface.mapCanvas()
    canvas.setExtent(QgsRectangle(100, 10, 101, 11))  # the user looked elsewhere meanwhile
    view = qgis_iface.layerTreeView()
    view.reset_mock()
    dock.select_run(run_key(run))
    assert dock.ui.button_load_outputs.isEnabled()
    with qtbot.waitSignal(dock.outputs_shown, timeout=WAIT) as shown:
        dock.ui.button_load_outputs.click()
    assert shown.args[0] is group
    assert run_groups() == [group]  # no second group
    assert not dock.outputs_loader.tasks  # and nothing downloaded again
    view.node2index.assert_called_with(group)  # selected in the Layers panel
    view.setCurrentIndex.assert_called_with(view.node2index.return_value)
    assert canvas.extent().intersects(loaded.args[0].extent())  # and zoomed to it
