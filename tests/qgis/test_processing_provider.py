"""Every service becomes a Processing algorithm; running one uploads, prices, executes and loads the outputs."""

from __future__ import annotations

import pytest
from osgeo import gdal
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer


@pytest.fixture
def provider(qgis_processing, connected_state, qtbot):
    from fusion_platform_qgis.processing_provider import definitions
    from fusion_platform_qgis.processing_provider.provider import FusionPlatformProvider

    definitions.save_cached([])
    provider = FusionPlatformProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    provider.attach(connected_state)
    connected_state.set_organisation(connected_state.organisation)  # what a login or organisation switch does
    qtbot.waitUntil(lambda: len(provider.algorithms()) >= 5, timeout=60000)
    yield provider
    provider.detach()
    QgsApplication.processingRegistry().removeProvider(provider)


def test_one_algorithm_per_service_with_typed_parameters(provider):
    names = {alg.name() for alg in provider.algorithms()}
    assert {"elevation_sandbox", "demo_sentinel_2_cloud_classification", "vector_buffer_sandbox"} <= names
    cloud = provider.algorithm("demo_sentinel_2_cloud_classification")
    types = {p.name(): p.type() for p in cloud.parameterDefinitions()}
    assert types["INPUT_1"] == "source"
    assert types["latest_date"] == "boolean"
    assert types["start_date"] == "datetime"
    assert types["cloud_threshold"] == "number"
    assert types["OUTPUT_FOLDER"] == "folderDestination"


def test_help_pane_shows_rendered_documentation(provider):
    """The Processing help pane gets HTML: the service's Markdown rendered, never raw asterisks."""
    help_text = provider.algorithm("elevation_sandbox").shortHelpString()
    assert "<b>Sandbox service.</b>" in help_text and "<i>synthetic</i>" in help_text
    assert "**" not in help_text and "\n" not in help_text  # QGIS makes a paragraph of every line
    assert "price in credits is reported before execution" in help_text
    assert "Price: 1 credit per run plus 0.01 credits per km² of the region." in help_text  # not the formula


def test_help_of_a_hostile_summary_is_escaped(qgis_app):
    from fusion_platform_qgis.processing_provider.algorithm import ServiceAlgorithm

    algorithm = ServiceAlgorithm({"name": "X", "ssd_id": "x", "summary": "<img src='http://evil/x'> **ok**"})
    help_text = algorithm.shortHelpString()
    assert "<img" not in help_text and "&lt;img" in help_text and "<b>ok</b>" in help_text


def test_definitions_survive_without_a_connection(provider):
    """Model Builder and qgis_process load algorithms from the cache, with no network call."""
    from fusion_platform_qgis.processing_provider.provider import FusionPlatformProvider

    offline = FusionPlatformProvider()
    offline.loadAlgorithms()
    assert {a.name() for a in offline.algorithms()} == {a.name() for a in provider.algorithms()}


def test_run_elevation_algorithm(provider, tmp_path, qgis_new_project):
    import glob
    import os
    import tempfile

    import fusion_platform_qgis.api as fusion_platform

    upload_folders = os.path.join(tempfile.gettempdir(), "fp-upload-*")
    before = set(glob.glob(upload_folders))

    region = QgsVectorLayer(fusion_platform.EXAMPLE_GLASGOW_FILE, "glasgow", "ogr")
    assert region.isValid()
    algorithm = provider.algorithm("elevation_sandbox").create()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    results, ok = algorithm.run(
        {"INPUT_1": region, "resolution": 100, "OUTPUT_FOLDER": str(tmp_path)}, context, feedback
    )
    assert ok, feedback.textLog()
    assert "Price:" in feedback.textLog()
    elevation = results["OUTPUT_1"]  # the service's declared output 1, a typed raster output
    assert elevation.endswith(".tif") and elevation.startswith(str(tmp_path))
    dataset = gdal.Open(elevation)
    west, xres, _, north, _, yres = dataset.GetGeoTransform()
    assert west < -4.1 and north > 55.9  # covers Glasgow
    # Loaded as the Executions dock loads it: one group with the styled elevation and its hillshade.
    group = QgsProject.instance().layerTreeRoot().children()[0]
    assert group.name().startswith("Elevation (Sandbox) (Processing)")
    assert {type(layer.layer().renderer()).__name__ for layer in group.findLayers()} == {
        "QgsSingleBandPseudoColorRenderer",
        "QgsHillshadeRenderer",
    }
    # The GeoJSON exported from the user's layer for the upload is a copy of their data: removed after the run.
    assert set(glob.glob(upload_folders)) <= before


def test_failed_upload_leaves_no_data_item(provider, sandbox, tmp_path):
    """Storage refuses the upload for good: the run fails with a clear message and the platform keeps nothing."""
    import fusion_platform_qgis.api as fusion_platform

    region = QgsVectorLayer(fusion_platform.EXAMPLE_GLASGOW_FILE, "glasgow", "ogr")
    algorithm = provider.algorithm("vector_buffer_sandbox").create()
    organisation = provider.state.organisation
    name = f"{algorithm.displayName()} input 1"
    before = [d.id for d in organisation.data if d.name == name]
    sandbox.admin(
        "POST", "faults", {"rules": [{"path": "^/files/upload/", "method": "PUT", "status": 403, "count": 1}]}
    )
    feedback = QgsProcessingFeedback()
    try:
        results, ok = algorithm.run(
            {"INPUT_1": region, "distance": 250, "OUTPUT_FOLDER": str(tmp_path)}, QgsProcessingContext(), feedback
        )
        assert not ok
        assert "upload" in feedback.textLog().lower() and "403" in feedback.textLog(), feedback.textLog()
        assert sandbox.admin("GET", "faults")["rules"][0]["count"] == 0
    finally:
        sandbox.admin("DELETE", "faults")
    assert [d.id for d in organisation.data if d.name == name] == before


def test_an_output_folder_too_deep_for_windows_is_refused_before_any_upload(provider, sandbox, tmp_path):
    """Processing's output folder deeper than Windows' paths allow for the outputs (issue 26): a clear message, and
    nothing uploaded, created or fetched."""
    import fusion_platform_qgis.api as fusion_platform

    region = QgsVectorLayer(fusion_platform.EXAMPLE_GLASGOW_FILE, "glasgow", "ogr")
    algorithm = provider.algorithm("vector_buffer_sandbox").create()
    deep = tmp_path.joinpath(*["a folder with a long name"] * 8)
    sandbox.admin("DELETE", "stats")
    feedback = QgsProcessingFeedback()
    results, ok = algorithm.run(
        {"INPUT_1": region, "distance": 250, "OUTPUT_FOLDER": str(deep)}, QgsProcessingContext(), feedback
    )
    assert not ok
    assert "too deep" in feedback.textLog(), feedback.textLog()
    requests = sandbox.admin("GET", "stats")["requests"]
    assert not [key for key in requests if not key.startswith("GET")], requests  # no upload, no process created
    assert not deep.exists()
