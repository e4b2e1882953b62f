"""One run pipeline: the same run started from the process editor, from Processing and from ``make demo``'s code
gives the same styled layers; Processing's outputs are typed, so a model chains the elevation into GDAL's contours.
"""

from __future__ import annotations

import time

import pytest
from qgis.core import (
    QgsApplication,
    QgsLayerTreeGroup,
    QgsProcessingOutputFolder,
    QgsProcessingOutputRasterLayer,
    QgsProcessingOutputVectorLayer,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

from .outputs_helpers import WAIT, outputs_state  # noqa: F401 - fixture "state"

ELEVATION = "elevation_sandbox"


@pytest.fixture
def provider(qgis_processing, state, qtbot):
    from fusion_platform_qgis.processing_provider import definitions
    from fusion_platform_qgis.processing_provider.provider import FusionPlatformProvider

    definitions.save_cached([])
    provider = FusionPlatformProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    provider.attach(state)
    state.set_organisation(state.organisation)  # what a login or organisation switch does
    qtbot.waitUntil(lambda: provider.algorithm(ELEVATION) is not None, timeout=WAIT)
    yield provider
    provider.detach()
    QgsApplication.processingRegistry().removeProvider(provider)


def glasgow() -> QgsVectorLayer:
    import fusion_platform_qgis.api as fusion_platform

    layer = QgsVectorLayer(fusion_platform.EXAMPLE_GLASGOW_FILE, "Glasgow", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


def renderer_facts(layer) -> tuple:
    renderer = layer.renderer()
    kind = type(renderer).__name__
    count = None
    if hasattr(renderer, "classes"):
        count = len(renderer.classes())
    elif hasattr(renderer, "shader") and renderer.shader() is not None:
        count = len(renderer.shader().rasterShaderFunction().colorRampItemList())
    return kind, count


def describe(node) -> tuple:
    """What a user sees of a run's layer-tree group, without what differs by nature (ids, process name, times)."""
    if isinstance(node, QgsLayerTreeGroup):
        return ("group", tuple(describe(child) for child in node.children()))
    layer = node.layer()
    properties = {key: layer.customProperty(key) for key in layer.customPropertyKeys() if key.startswith("fusion")}
    same_everywhere = {
        key: properties[key]
        for key in ("fusion_platform/service", "fusion_platform/service_id", "fusion_platform/options_json")
    }
    return (
        "layer",
        layer.name(),
        layer.type(),
        *renderer_facts(layer),
        node.isVisible(),
        tuple(sorted(properties)),
        tuple(sorted(same_everywhere.items())),
        bool(layer.metadata().abstract()),
    )


def run_group(name_prefix: str) -> QgsLayerTreeGroup:
    groups = [g for g in QgsProject.instance().layerTreeRoot().children() if g.name().startswith(name_prefix)]
    assert len(groups) == 1, [g.name() for g in QgsProject.instance().layerTreeRoot().children()]
    return groups[0]


def from_editor(state, qtbot, region) -> QgsLayerTreeGroup:
    """The process editor creates and executes; its run_started hand-off is followed to layers by the pipeline."""
    from fusion_platform_qgis.gui.process_editor import ProcessEditor
    from fusion_platform_qgis.qgis_support import pipeline

    service, _ = state.organisation.find_services(name="Elevation (Sandbox)")
    editor = ProcessEditor(state)
    qtbot.addWidget(editor)
    editor.open_service(service)
    qtbot.waitUntil(lambda: editor.process is not None and not editor.busy, timeout=WAIT)
    name = f"From the editor {time.time():.3f}"
    editor.ui.line_name.setText(name)
    editor.inputs[1].set_layer(region)
    editor.options_form.set_values({"resolution": "100"})
    editor.create_or_save()
    qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT)
    assert editor.snapshot.get("persisted"), editor.ui.label_status.text()
    qtbot.waitUntil(lambda: editor.ui.button_execute.isEnabled(), timeout=WAIT)
    with qtbot.waitSignal(state.run_started, timeout=WAIT) as started:
        editor.execute()
    process = started.args[0]
    assert str(process.id) == editor.snapshot["id"]  # the very process the editor executed, not a listing's guess
    editor.close()
    runner = pipeline.RunPipeline(state)
    with qtbot.waitSignal(runner.finished, timeout=WAIT * 3):
        runner.follow(process)
    return run_group(name)


def from_processing(provider, tmp_path, region, qtbot) -> QgsLayerTreeGroup:
    import processing

    with qtbot.waitSignal(provider.state.run_started, timeout=WAIT) as started:
        results = processing.run(
            f"fusion_platform:{ELEVATION}",
            {"INPUT_1": region, "resolution": 100, "OUTPUT_FOLDER": str(tmp_path / "processing")},
        )
    assert started.args[0].name == "Elevation (Sandbox) (Processing)"  # handed to the Executions dock too
    assert QgsRasterLayer(results["OUTPUT_1"], "elevation").isValid()
    return run_group("Elevation (Sandbox) (Processing)")


def from_demo(state, qtbot, region) -> QgsLayerTreeGroup:
    from tests.tooling import demo

    name = f"Demo {time.time():.3f}"
    runner = demo.start_example(state, region, name=name, options={"resolution": "100"})
    with qtbot.waitSignal(runner.finished, timeout=WAIT * 3):
        pass
    return run_group(name)


def test_editor_processing_and_demo_give_the_same_styled_layers(
    qgis_iface, qgis_new_project, state, provider, qtbot, tmp_path
):
    region = glasgow()
    editor = describe(from_editor(state, qtbot, region))
    via_processing = describe(from_processing(provider, tmp_path, region, qtbot))
    demo = describe(from_demo(state, qtbot, region))
    layers = editor[1]
    assert [entry[3] for entry in layers] == ["QgsHillshadeRenderer", "QgsSingleBandPseudoColorRenderer"]
    assert all(entry[6] for entry in layers)  # provenance custom properties on every layer
    assert via_processing == editor
    assert demo == editor


def test_processing_outputs_are_typed_layers_a_model_chains_into_contours(qgis_new_project, state, provider, tmp_path):
    """Model Builder can connect the elevation output to GDAL's contour algorithm, and the model runs."""
    import processing
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterVectorLayer,
    )

    algorithm = provider.algorithm(ELEVATION)
    outputs = {o.name(): type(o) for o in algorithm.outputDefinitions()}
    assert outputs["OUTPUT_1"] is QgsProcessingOutputRasterLayer
    assert outputs["OUTPUT_FOLDER"] is QgsProcessingOutputFolder
    buffer = {o.name(): type(o) for o in provider.algorithm("vector_buffer_sandbox").outputDefinitions()}
    assert buffer["OUTPUT_1"] is QgsProcessingOutputVectorLayer

    model = QgsProcessingModelAlgorithm("elevation_contours", "tests")
    model.addModelParameter(
        QgsProcessingParameterVectorLayer("region", "Region"), QgsProcessingModelParameter("region")
    )
    elevation = QgsProcessingModelChildAlgorithm(f"fusion_platform:{ELEVATION}")
    elevation.setChildId("elevation")
    elevation.addParameterSources("INPUT_1", [QgsProcessingModelChildParameterSource.fromModelParameter("region")])
    for name, value in (("resolution", 100), ("LOAD_OUTPUTS", False), ("OUTPUT_FOLDER", str(tmp_path / "fp"))):
        elevation.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    model.addChildAlgorithm(elevation)
    contour = QgsProcessingModelChildAlgorithm("gdal:contour")
    contour.setChildId("contour")
    contour.addParameterSources(
        "INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("elevation", "OUTPUT_1")]
    )
    for name, value in (("BAND", 1), ("INTERVAL", 5.0), ("FIELD_NAME", "ELEV")):
        contour.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    output = QgsProcessingModelOutput("contours")
    output.setChildId("contour")
    output.setChildOutputName("OUTPUT")
    contour.setModelOutputs({"contours": output})
    contour.setDependencies([])
    model.addChildAlgorithm(contour)
    # What Model Builder offers for a raster input: the elevation output is among the sources.
    from qgis.core import QgsProcessingParameterRasterLayer

    sources = model.availableSourcesForChild(
        "contour", [QgsProcessingParameterRasterLayer.typeName()], [QgsProcessingOutputRasterLayer.typeName()]
    )
    assert [(s.outputChildId(), s.outputName()) for s in sources if s.outputChildId()] == [("elevation", "OUTPUT_1")]

    target = tmp_path / "contours.gpkg"
    results = processing.run(model, {"region": glasgow(), "contour:contours": str(target)})
    contours = QgsVectorLayer(results["contour:contours"], "contours", "ogr")
    assert contours.isValid() and contours.featureCount() > 0
    assert not [g for g in QgsProject.instance().layerTreeRoot().children() if isinstance(g, QgsLayerTreeGroup)]


def test_declared_outputs_and_the_files_they_became(qgis_app):
    from fusion_platform_qgis.qgis_support.pipeline import declared_outputs, output_files

    declared = declared_outputs(
        [
            "1. Classification: cloud mask per slice (GeoTIFF)",
            "Statistics Aggregator: class areas per slice and in total (CSV)",
            "2. Slope in degrees, when requested (GeoTIFF)",
        ]
    )
    assert [(o["key"], o["title"], o["kind"], o["aggregator"]) for o in declared] == [
        ("OUTPUT_1", "Classification", "raster", False),
        ("OUTPUT_STATISTICS_AGGREGATOR", "Statistics Aggregator", "vector", True),
        ("OUTPUT_2", "Slope in degrees, when requested", "raster", False),
    ]
    slice_files = [{"path": "01_c/01_cloud.tif", "file_name": "cloud.tif", "file_type": "GeoTIFF", "raster": {}}]
    manifests = [
        {
            "folder": f"/runs/{n}",
            "components": [{"aggregator": False, "outputs": [{"number": 1, "files": slice_files}]}],
        }
        for n in (1, 2)
    ]
    manifests.append(
        {
            "folder": "/runs/3",
            "components": [
                {
                    "aggregator": True,
                    "outputs": [{"number": 1, "files": [{"path": "01_a/01_s.csv", "file_name": "s.csv"}]}],
                }
            ],
        }
    )
    run = {"manifests": manifests, "mosaics": [{"number": 1, "path": "/runs/group/mosaic.vrt"}]}
    assert output_files(run, declared) == {
        "OUTPUT_1": "/runs/group/mosaic.vrt",  # a grouped run's raster is its mosaic, as the docks show it
        "OUTPUT_STATISTICS_AGGREGATOR": "/runs/3/01_a/01_s.csv",
        "OUTPUT_2": None,  # not produced this time
    }


def test_following_a_run_costs_one_request_per_poll(state, qtbot):
    """The follow stage asks for the run's executions once per poll, never once per execution."""
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.pipeline import RunFollower, follow_blocking

    organisation = state.organisation
    data = organisation.create_data(
        name="Follow region", file_type="GeoJSON", files=[fusion_platform.EXAMPLE_GLASGOW_FILE], wait=True
    )
    service, _ = organisation.find_services(name="Demo: Sentinel-2 Cloud Classification")
    process = organisation.new_process(name=f"Follow {time.time():.3f}", service=service)
    process.update(input_number=1, data=data)
    process.create()
    process.execute()
    session = state.user.session
    requests = []
    original = session.request

    def counting(method, path, *args, **kwargs):
        requests.append((method, path))
        return original(method, path, *args, **kwargs)

    session.request = counting
    try:
        follower = RunFollower.for_process(process)
        executions = follow_blocking(session, follower, interval=0.2)
    finally:
        session.request = original
    assert executions and all(e.get("progress") == 100 for e in executions)
    assert len(requests) == follower.polls  # one GET per poll, whatever the number of executions
    assert all(method == "GET" and path.endswith("/executions") for method, path in requests)


def test_a_run_started_on_a_worker_thread_is_handed_over_on_the_main_thread(qgis_app, qtbot):
    """Processing starts runs on its own thread; run_started's listeners (docks) still run on the main thread."""
    import threading

    from qgis.PyQt.QtCore import QThread

    from fusion_platform_qgis.qgis_support.pipeline import announce_run
    from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState

    state = PluginState()
    seen = []
    state.run_started.connect(lambda process: seen.append((process, QThread.currentThread() == qgis_app.thread())))
    worker = threading.Thread(target=announce_run, args=(state, "the process"))
    with qtbot.waitSignal(state.run_started, timeout=WAIT):
        worker.start()
        worker.join()
    assert seen == [("the process", True)]


def test_a_processing_run_that_loads_its_outputs_is_not_loaded_again_by_the_executions_dock(
    qgis_new_project, state, provider, tmp_path, qtbot
):
    """Processing (in its background task, as from the toolbox) builds the run's layers itself; the Executions dock
    follows the run to its end (notification, status) but neither downloads nor loads it a second time, even with
    "load outputs automatically" on."""
    from qgis.core import QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeedback

    from fusion_platform_qgis.gui.executions import ExecutionsDock
    from fusion_platform_qgis.qgis_support.session import settings

    preferences = settings.load_preferences()
    preferences.load_outputs_automatically = True
    settings.save_preferences(preferences)
    dock = ExecutionsDock(state)
    loads = []
    dock.outputs_loaded.connect(loads.append)
    dock.outputs_shown.connect(loads.append)
    region = glasgow()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    algorithm = provider.algorithm(ELEVATION)
    parameters = {"INPUT_1": region.id(), "resolution": 100, "OUTPUT_FOLDER": str(tmp_path / "processing")}
    task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
    finished = []
    task.executed.connect(lambda ok, results: finished.append((ok, results)))
    try:
        with qtbot.waitSignal(dock.notified, timeout=WAIT * 3):
            QgsApplication.taskManager().addTask(task)
        qtbot.waitUntil(lambda: bool(finished), timeout=WAIT * 3)
        assert finished[0][0], finished
        group = run_group("Elevation (Sandbox) (Processing)")  # built by Processing's post-processing
        assert group.findLayers()
        # The dock is done with the run (its finish was decided at the notification; nothing watches or polls it
        # any more): a load or a "shown" of its own would have started by now.
        qtbot.waitUntil(lambda: not dock.monitor.watched_execution_ids() and not dock.monitor.busy, timeout=WAIT)
        assert not state.self_loading_processes  # the run's "loads its own outputs" mark was read
        assert not dock.outputs_loader.tasks
        assert loads == []
        run_group("Elevation (Sandbox) (Processing)")  # still exactly one group
    finally:
        dock.shutdown()
        dock.deleteLater()
