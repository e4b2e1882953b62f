"""'Fusion Platform ▸ Run again…' on an output layer (gui/run_again.py), against the sandbox.

A Vector Buffer run with non-default options is loaded through the outputs pipeline; "Run again" on one of its
layers with another region opens the process editor on a copy, Create prices it, and the new process on the
platform has the provenance's options and the new region.
"""

from __future__ import annotations

import uuid

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

from .outputs_helpers import WAIT, outputs_state  # noqa: F401 - fixture "state"
from .test_browser import upload_geojson

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def buffer_run(state, tmp_path):
    """A finished Vector Buffer process (distance 250, dissolve true) and its outputs loaded on the map."""
    from fusion_platform_qgis.qgis_support.outputs import downloads as fp_outputs
    from fusion_platform_qgis.qgis_support.outputs import run_layers as fp_layers

    organisation = state.organisation
    region = upload_geojson(organisation, tmp_path, f"Run-again region {uuid.uuid4().hex[:6]}")
    service, _ = organisation.find_services(keyword="Buffer")
    assert service is not None and service.name == "Vector Buffer (Sandbox)"
    process = organisation.new_process(name=f"Buffered {uuid.uuid4().hex[:6]}", service=service)
    process.update(input_number=1, data=region)
    process.update(option_name="distance", value="250", coerce_value=True)
    process.update(option_name="dissolve", value="true", coerce_value=True)
    process.create()
    process.execute(wait=True)
    executions = [e.attributes for e in process.executions]
    model = process.attributes
    result = fp_outputs.download_run(
        state.user.session,
        str(organisation.id),
        executions,
        {k: model.get(k) for k in ("id", "name", "service_id")},
        str(tmp_path / "downloads"),
    )
    loader = fp_layers.load_run(result, project=QgsProject.instance())
    assert loader.layers
    return process, region, loader


def same(a, b) -> bool:
    """Option values as equal as the platform sees them: numbers by value (250 == "250.0"), text ignoring case."""
    try:
        return float(a) == float(b)
    except (TypeError, ValueError):
        return str(a).lower() == str(b).lower()


def other_region() -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "New region", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((-3.25 55.92,-3.15 55.92,-3.15 55.97,-3.25 55.97,-3.25 55.92))"))
    layer.dataProvider().addFeatures([feature])
    layer.updateExtents()
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_output_layers_get_the_menu_and_carry_their_options(qgis_iface, qgis_new_project, state, buffer_run):
    from fusion_platform_qgis.gui.run_again import MENU, RunAgain, provenance

    process, _region, loader = buffer_run
    layer = loader.layers[0]
    record = provenance(layer)
    assert record is not None and record["process_id"] == str(process.id)
    assert same(record["options"]["distance"], 250) and same(record["options"]["dissolve"], "true")
    assert provenance(other_region()) is None  # not one of ours: no menu

    qgis_iface.addCustomActionForLayerType.reset_mock()
    qgis_iface.addCustomActionForLayer.reset_mock()
    run_again = RunAgain(state)
    run_again.register()
    try:
        added = qgis_iface.addCustomActionForLayerType.call_args_list
        assert {c.args[1] for c in added} == {MENU}
        assert {c.args[0].text() for c in added} >= {"Run again…"}
        offered = {(c.args[0].objectName(), c.args[1].id()) for c in qgis_iface.addCustomActionForLayer.call_args_list}
        assert ("action_fusion_platform_run_again", layer.id()) in offered
        assert not [o for o in offered if o[1] != layer.id() and o[1] not in {lyr.id() for lyr in loader.layers}]
    finally:
        run_again.unregister()
    assert len(qgis_iface.removeCustomActionForLayerType.call_args_list) >= len(added) // 2


def test_run_again_keeps_the_options_and_replaces_the_region(qgis_iface, qgis_new_project, qtbot, state, buffer_run):
    from fusion_platform_qgis.gui.run_again import RunAgain, option_texts, provenance

    process, region, loader = buffer_run
    layer = loader.layers[0]
    record = provenance(layer)
    new_region = other_region()
    run_again = RunAgain(state)
    try:
        run_again.open(layer, new_region)
        qtbot.waitUntil(
            lambda: bool(run_again.editors) and bool(run_again.editors[0].snapshot) and not run_again.editors[0].busy,
            timeout=WAIT,
        )
        editor = run_again.editors[0]
        editor.confirm = lambda text: True
        values = editor.options_form.values()
        for name, text in option_texts(record["options"]).items():
            if name in values:
                assert same(values[name], text), name
        assert editor.inputs[1].layer() is new_region
        assert not editor.snapshot.get("persisted") and not editor.ui.button_execute.isEnabled()

        editor.create_or_save()
        qtbot.waitUntil(lambda: bool(editor.snapshot.get("persisted")) and not editor.busy, timeout=WAIT)
        assert editor.price() is not None and editor.price() > 0
        assert f"{editor.price():.2f}" in editor.ui.label_price.text()  # the price, before anything runs
        assert editor.ui.button_execute.isEnabled()

        copy, _ = state.organisation.find_processes(id=editor.snapshot["id"])
        assert copy is not None and str(copy.id) != str(process.id)
        copied = {o.name: o.raw_value for o in copy.options}
        original = {o.name: o.raw_value for o in process.options}
        assert copied.keys() == original.keys()
        assert [n for n in copied if not same(copied[n], original[n])] == []
        for name, text in option_texts(record["options"]).items():
            assert same({o.name: o.raw_value for o in copy.options}[name], text), name
        new_input = next(i for i in copy.inputs if int(i.input or 0) == 1)
        assert str(new_input.id) != str(region.id)  # the region is the new one (uploaded from the layer)
        assert next(iter(copy.executions), None) is None  # nothing was executed
    finally:
        run_again.unregister()


def test_the_region_can_be_a_selection_or_a_drawn_polygon(qgis_iface, qgis_new_project, state, buffer_run):
    from qgis.core import QgsCoordinateReferenceSystem

    from fusion_platform_qgis.gui.run_again import RunAgain

    _process, _region, loader = buffer_run
    run_again = RunAgain(state)
    opened = []
    run_again.open = lambda layer, region=None: opened.append((layer, region))
    layer = loader.layers[0]
    polygons = other_region()
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((-3.0 55.9,-2.9 55.9,-2.9 56.0,-3.0 55.9))"))
    polygons.dataProvider().addFeatures([feature])
    assert run_again.open_on_selection(layer) is None and opened == []  # nothing selected: nothing opens
    first = next(polygons.getFeatures())
    polygons.selectByIds([first.id()])
    run_again.open_on_selection(layer)
    ((_layer, region),) = opened
    assert region.featureCount() == 1 and region.isValid()
    assert next(region.getFeatures()).geometry().equals(first.geometry())

    drawn = QgsGeometry.fromWkt("POLYGON((-3.5 55.8,-3.4 55.8,-3.4 55.9,-3.5 55.8))")
    qgis_iface.mapCanvas().setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    run_again.on_geometry_drawn(layer, drawn)
    _layer, region = opened[-1]
    assert region.featureCount() == 1 and next(region.getFeatures()).geometry().equals(drawn)
