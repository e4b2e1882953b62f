"""``make demo``: the seed's quick example (Glasgow elevation) through the plugin, headless, rendered to a PNG.

    python -m tests.tooling.demo --plugin build/fusion_platform_qgis --out build/demo

What it proves: a sandbox starts on a throw-away data folder; headless QGIS (offscreen) imports the *staged* plugin;
the plugin's run pipeline (qgis_support/pipeline, the one the process editor and Processing use) uploads the
Glasgow example layer, finds the elevation service by keyword, creates and executes the process, follows it,
downloads the outputs in QgsTasks and loads them as styled layers; finally the map is rendered with
QgsMapRendererParallelJob to ``<out>/map.png``. Any failure exits non-zero with the reason.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

TITLE = "Glasgow elevation (sandbox) - Fusion Platform for QGIS"


SERVICE_KEYWORD = "Elevation"
PROCESS_NAME = "Example"


def start_example(state, region_layer, name: str = PROCESS_NAME, options: dict | None = None):
    """Main thread: the demo's run through the plugin's pipeline; returns the ``RunPipeline`` (``finished`` carries
    the layers' RunLoader, ``failed`` the error). The comparison test starts the demo's run through here too."""
    from fusion_platform_qgis.qgis_support import pipeline

    def elevation_service(organisation):
        service, _ = organisation.find_services(keyword=SERVICE_KEYWORD)
        if service is None:
            raise RuntimeError(f"No service with the keyword '{SERVICE_KEYWORD}'")
        return service

    runner = pipeline.RunPipeline(state)
    runner.start(
        pipeline.RunRequest(
            elevation_service,
            pipeline.make_plan(name, options or {}, inputs={1: (None, None)}),
            {1: pipeline.capture_layer(region_layer, "Glasgow")},
        )
    )
    return runner


def wait_for(app, predicate, timeout: float, what: str) -> None:
    """Run the Qt event loop until ``predicate()`` (tasks report back on the main thread)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"Timed out after {timeout:.0f} s waiting for {what}")
        app.processEvents()
        time.sleep(0.02)


def render(project, extent, path: Path, size=(1200, 900)) -> None:
    """Render the project's visible layers (layer-tree order) over ``extent`` to a PNG, with a title."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsMapRendererParallelJob,
        QgsMapSettings,
    )
    from qgis.PyQt.QtCore import QRectF, QSize, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QPainter

    root = project.layerTreeRoot()
    layers = [layer for layer in root.layerOrder() if root.findLayer(layer.id()).isVisible()]
    settings = QgsMapSettings()
    destination = QgsCoordinateReferenceSystem("EPSG:3857")
    settings.setDestinationCrs(destination)
    settings.setLayers(layers)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    transform = QgsCoordinateTransform(project.crs(), destination, project)
    map_extent = transform.transformBoundingBox(extent)
    map_extent.scale(1.08)
    settings.setExtent(map_extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, size[0], 44), QColor(255, 255, 255, 215))
    font = QFont()
    font.setPixelSize(22)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(30, 30, 30))
    painter.drawText(QRectF(16, 0, size[0] - 32, 44), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, TITLE)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise RuntimeError(f"Could not write {path}")


def run(plugin_dir: Path, out: Path, timeout: float = 300.0) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="fp-demo-"))
    # A throw-away QGIS profile: the demo never touches the user's own settings.
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = str(work / "qgis-profile")
    sys.path.insert(0, str(plugin_dir.resolve().parent))

    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject

    app = QgsApplication([], True)
    app.initQgis()
    sandbox = None
    try:
        from sandbox.testing import start_sandbox

        sandbox = start_sandbox(work / "sandbox-data", env={"SANDBOX_EXECUTION_DELAY": "1"})
        print(f"Sandbox running at {sandbox.url}")

        import fusion_platform_qgis
        import fusion_platform_qgis.api as fusion_platform
        from fusion_platform_qgis.qgis_support.outputs import run_layers as fp_layers
        from fusion_platform_qgis.qgis_support.session import settings as fp_settings
        from fusion_platform_qgis.qgis_support.session.network import make_session
        from fusion_platform_qgis.qgis_support.session.plugin_state import PluginState
        from fusion_platform_qgis.qgis_support.session.settings import Connection, Preferences

        loaded_from = Path(fusion_platform_qgis.__file__).resolve().parent
        if loaded_from != plugin_dir.resolve():
            raise RuntimeError(f"The plugin was imported from {loaded_from}, not from {plugin_dir}")
        fp_settings.save_preferences(
            Preferences(
                poll_interval_seconds=1, download_folder=str(out / "downloads"), load_outputs_automatically=True
            )
        )
        state = PluginState()
        user = fusion_platform.login(
            email=sandbox.email,
            password=sandbox.password,
            api_url=sandbox.url,
            session_factory=make_session,
            session_options={"api_update_wait_period": 0.5},
        )
        state.set_connected(Connection(name="Demo sandbox", url=sandbox.url), user)
        state.set_organisation(next(user.organisations))

        region = fp_layers.make_vector_layer(fusion_platform.EXAMPLE_GLASGOW_FILE, "Glasgow region")
        outcome: dict = {}
        runner = start_example(state, region)
        runner.started.connect(
            lambda process: print(f"Process '{process.name}' created; price {process.price} credits; executing")
        )
        runner.finished.connect(lambda loader: outcome.update(loader=loader))
        runner.failed.connect(lambda error: outcome.update(error=error))
        wait_for(app, lambda: outcome, timeout, "the run to finish and its layers to load")
        if "error" in outcome:
            raise outcome["error"]
        loader = outcome["loader"]
        print(f"Loaded {len(loader.layers)} layer(s) into group '{loader.group.name()}'")
        project = QgsProject.instance()
        if not project.crs().isValid():
            project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))  # what QGIS's canvas does with a first layer
        region.renderer().symbol().symbolLayer(0).setBrushStyle(0)  # outline only over the elevation
        project.addMapLayer(region, False)
        project.layerTreeRoot().insertLayer(0, region)
        extent = loader.extent()
        if extent is None or extent.isEmpty():
            raise RuntimeError("The loaded layers have no extent")
        path = out / "map.png"
        render(project, extent, path)
        print(f"Map written to {path}")
        return path
    finally:
        if sandbox is not None:
            sandbox.stop()
        QgsProject.instance().clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plugin", required=True, type=Path, help="the staged plugin folder (make stage)")
    parser.add_argument("--out", default=Path("build/demo"), type=Path, help="output folder for map.png")
    parser.add_argument("--timeout", default=300.0, type=float, help="seconds before giving up")
    args = parser.parse_args(argv)
    if not (args.plugin / "metadata.txt").exists():
        print(f"No staged plugin at {args.plugin} (run 'make stage')", file=sys.stderr)
        return 2
    try:
        run(args.plugin, args.out.resolve(), args.timeout)
    except Exception as exc:
        traceback.print_exc()
        print(f"Demo failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # QGIS can crash while tearing down Python-owned objects at interpreter exit; the result is already known.
    os._exit(code)
