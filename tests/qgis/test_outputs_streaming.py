"""Streaming large rasters: with the preference on, a GeoTIFF output larger than the threshold becomes a
``/vsicurl/<signed URL>`` layer (valid, right extent, styled, provenance that warns about the URL) and is not
downloaded; off, the file is downloaded as before. "Refresh streamed layers" renews an expired URL. The signed URL
never reaches the plugin's log or its manifest."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .outputs_helpers import executions_dock  # noqa: F401 - fixture "dock"
from .windows_semantics import open_under, windows_files  # noqa: F401 - fixture

pytestmark = pytest.mark.timeout(300)

WAIT = 60_000  # ms; a hang guard, not a timed assertion
THRESHOLD_MB = 0.25  # the sandbox's Glasgow elevation GeoTIFF is a few hundred kB


def preferences(tmp_path, stream_mb: float):
    from fusion_platform_qgis.qgis_support.session.settings import Preferences

    return Preferences(
        poll_interval_seconds=1,
        download_folder=str(tmp_path / "downloads"),
        load_outputs_automatically=False,
        stream_rasters_larger_than_mb=stream_mb,
    )


@pytest.fixture
def state(connected_state):
    from fusion_platform_qgis.qgis_support.outputs import streaming
    from fusion_platform_qgis.qgis_support.session import settings

    connected_state.user.session.options["api_update_wait_period"] = 0.2
    settings.clear_all()
    yield connected_state
    settings.clear_all()
    streaming.reset_gdal_network()


@pytest.fixture(scope="module")
def elevation_process(qgis_app, sandbox):
    """One finished elevation run of the Glasgow example, shared by the tests of this module."""
    import fusion_platform_qgis.api as fusion_platform

    user = fusion_platform.login(
        email=sandbox.email,
        password=sandbox.password,
        api_url=sandbox.url,
        session_options={"api_update_wait_period": 0.2},
    )
    organisation = next(user.organisations)
    data = organisation.create_data(
        name="Streamed elevation region",
        file_type=fusion_platform.FILE_TYPE_GEOJSON,
        files=[fusion_platform.EXAMPLE_GLASGOW_FILE],
        wait=True,
    )
    service, _ = organisation.find_services(keyword="Elevation")
    process = organisation.new_process(name="Streamed elevation", service=service)
    process.update(input_number=1, data=data)
    process.create()
    process.execute(wait=True)
    return process


@pytest.fixture
def plugin_log(qgis_app):
    """Every message written to QGIS's message log while the test runs."""
    from qgis.core import QgsApplication

    messages: list[str] = []

    def record(message, _tag, _level):
        messages.append(message)

    QgsApplication.messageLog().messageReceived.connect(record)
    yield messages
    QgsApplication.messageLog().messageReceived.disconnect(record)


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


def elevation_file(process):
    files = [
        f
        for e in process.executions
        for c in e.components
        for o in c.outputs
        for f in o.files
        if f.file_type == "GeoTIFF"
    ]
    assert len(files) == 1
    return files[0]


def glasgow_extent_4326():
    from osgeo import ogr, osr

    import fusion_platform_qgis.api as fusion_platform

    source = ogr.Open(fusion_platform.EXAMPLE_GLASGOW_FILE)
    layer = source.GetLayer(0)
    target = osr.SpatialReference()
    target.ImportFromEPSG(4326)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer_srs = layer.GetSpatialRef()
    layer_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    feature = layer.GetNextFeature()
    geometry = feature.GetGeometryRef().Clone()
    geometry.Transform(osr.CoordinateTransformation(layer_srs, target))
    return geometry.GetEnvelope()  # (min x, max x, min y, max y)


def test_streaming_on_adds_the_large_geotiff_from_vsicurl(
    qgis_iface, qgis_new_project, qtbot, dock, state, sandbox, elevation_process, tmp_path, plugin_log
):
    from qgis.core import QgsHillshadeRenderer, QgsRasterLayer, QgsSingleBandPseudoColorRenderer

    from fusion_platform_qgis.qgis_support.session import settings

    remote = elevation_file(elevation_process)
    assert remote.size > THRESHOLD_MB * 1024 * 1024  # the test's premise: this file is "large"
    settings.save_preferences(preferences(tmp_path, THRESHOLD_MB))
    run = run_of(dock, qtbot, elevation_process.id)
    loader = load(dock, qtbot, run)

    rasters = [layer for layer in loader.layers if isinstance(layer, QgsRasterLayer)]
    assert len(rasters) == 2  # the coloured elevation and its hillshade, both streamed
    for layer in rasters:
        assert layer.source().startswith("/vsicurl/" + sandbox.url + "/files/download/"), layer.source()
        assert layer.isValid()
        assert layer.customProperty("fusion_platform/streamed") == "1"
        assert layer.customProperty("fusion_platform/file_id") == str(remote.file_id)
        assert layer.customProperty("fusion_platform/url_expires")
        abstract = layer.metadata().abstract()
        assert "/vsicurl/" in abstract and "expires" in abstract and "project" in abstract
        assert layer.customProperty("fusion_platform/url_expires") not in abstract  # a local date, not ISO text
        assert layer.customProperty("fusion_platform/execution_id") == str(run["executions"][0]["id"])
    renderers = {type(layer.renderer()) for layer in rasters}
    assert renderers == {QgsHillshadeRenderer, QgsSingleBandPseudoColorRenderer}

    west, east, south, north = glasgow_extent_4326()
    extent = rasters[0].extent()
    cell = 0.01
    assert extent.xMinimum() <= west + cell and extent.xMaximum() >= east - cell
    assert extent.yMinimum() <= south + cell and extent.yMaximum() >= north - cell
    assert rasters[0].crs().authid() == "EPSG:4326"

    # Nothing was downloaded, the manifest on disk holds no signed URL, and the log never showed one.
    folder = next((tmp_path / "downloads").rglob("manifest.json")).parent
    assert not list(folder.rglob("*.tif")) and not list(folder.rglob("*.part"))
    manifest_text = (folder / "manifest.json").read_text()
    entries = [f for c in json.loads(manifest_text)["components"] for o in c["outputs"] for f in o["files"]]
    assert [e["stream"] for e in entries if e["file_type"] == "GeoTIFF"] == [True]
    assert "signature" not in manifest_text and "/files/download/" not in manifest_text
    signature = rasters[0].source().split("signature=")[1]
    assert plugin_log and not any(signature in message for message in plugin_log)

    # Loading again (after the user removed the group) asks for a fresh URL and still downloads nothing.
    loader.group.parent().removeChildNode(loader.group)
    again = load(dock, qtbot, run)
    facts = [(layer.isValid(), layer.source()[:60], layer.name()) for layer in again.layers]
    assert all(valid and source.startswith("/vsicurl/") for valid, source, _name in facts), facts
    assert not list(folder.rglob("*.tif"))


def test_refresh_streamed_layers_renews_an_expired_url(
    qgis_iface, qgis_new_project, qtbot, dock, state, sandbox, elevation_process, tmp_path
):
    from qgis.core import QgsRasterLayer, QgsSingleBandPseudoColorRenderer

    from fusion_platform_qgis.qgis_support.outputs import streaming
    from fusion_platform_qgis.qgis_support.session import settings

    settings.save_preferences(preferences(tmp_path, THRESHOLD_MB))
    loader = load(dock, qtbot, run_of(dock, qtbot, elevation_process.id))
    rasters = [layer for layer in loader.layers if isinstance(layer, QgsRasterLayer)]
    elevation = next(layer for layer in rasters if isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer))
    # Simulate expiry: the platform refuses the URL the layer holds.
    broken = re.sub(r"signature=[^&]+", "signature=expired", elevation.source()[len("/vsicurl/") :])
    streaming.repoint(elevation, broken)
    assert not elevation.isValid()

    sandbox.admin("DELETE", "stats")
    with qtbot.waitSignal(dock.streams_refreshed, timeout=WAIT) as refreshed:
        dock.ui.button_refresh_streams.click()
    assert refreshed.args[0] == len(rasters)
    stats = sandbox.admin("GET", "stats")["requests"]
    assert stats.get("GET /organisations/{org}/data/{did}/download_file/{file_id}") == 1  # one URL per file
    assert elevation.isValid() and "signature=expired" not in elevation.source()
    assert elevation.source().startswith("/vsicurl/")
    assert isinstance(elevation.renderer(), QgsSingleBandPseudoColorRenderer)  # the style survives
    assert elevation.metadata().abstract().count("/vsicurl/") == 1


def test_refreshing_streamed_layers_holds_and_replaces_no_local_file(
    qgis_iface,
    qgis_new_project,
    qtbot,
    dock,
    state,
    sandbox,
    elevation_process,
    tmp_path,
    windows_files,  # noqa: F811
):
    """With Windows' file semantics (issue 26): loading streamed rasters and renewing their URLs replaces no file
    under an open layer (the manifest included) and leaves no local file open."""
    from fusion_platform_qgis.qgis_support.session import settings

    settings.save_preferences(preferences(tmp_path, THRESHOLD_MB))
    loader = load(dock, qtbot, run_of(dock, qtbot, elevation_process.id))
    assert loader.layers and all(layer.isValid() for layer in loader.layers)
    with qtbot.waitSignal(dock.streams_refreshed, timeout=WAIT):
        dock.ui.button_refresh_streams.click()
    loader.group.parent().removeChildNode(loader.group)
    again = load(dock, qtbot, run_of(dock, qtbot, elevation_process.id))  # the manifest read and rewritten
    assert again.layers and all(layer.isValid() for layer in again.layers)
    assert not windows_files.refused
    assert not open_under(tmp_path / "downloads")


def archive_text(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def test_saved_project_holds_no_signed_url_and_reopens_streaming(
    qgis_iface, qgis_new_project, qtbot, dock, state, sandbox, elevation_process, tmp_path
):
    from qgis.core import QgsHillshadeRenderer, QgsProject, QgsRasterLayer, QgsSingleBandPseudoColorRenderer

    from fusion_platform_qgis.qgis_support.outputs import streaming
    from fusion_platform_qgis.qgis_support.session import settings

    settings.save_preferences(preferences(tmp_path, THRESHOLD_MB))
    loader = load(dock, qtbot, run_of(dock, qtbot, elevation_process.id))
    rasters = [layer for layer in loader.layers if isinstance(layer, QgsRasterLayer)]
    assert len(rasters) == 2 and all("signature=" in layer.source() for layer in rasters)
    signature = rasters[0].source().split("signature=")[1]
    streaming.install_project_hooks()  # as the plugin's initGui does
    try:
        project = QgsProject.instance()
        saved = tmp_path / "streamed.qgz"
        assert project.write(str(saved))
        text = archive_text(saved)
        assert signature not in text and "signature=" not in text and "expires=" not in text
        assert text.count(streaming.RENEW_QUERY) >= 2
        assert all("signature=" in layer.source() for layer in rasters)  # the open project keeps streaming

        project.clear()
        sandbox.admin("DELETE", "stats")
        assert project.read(str(saved))
        reopened = [layer for layer in project.mapLayers().values() if isinstance(layer, QgsRasterLayer)]
        assert len(reopened) == 2
        assert all(streaming.is_placeholder(layer) and layer.isValid() for layer in reopened)  # no network yet
        with qtbot.waitSignal(dock.streams_refreshed, timeout=WAIT) as refreshed:
            dock.project_read(project)
        assert refreshed.args[0] == 2
        for layer in reopened:
            assert layer.isValid() and layer.source().startswith("/vsicurl/" + sandbox.url + "/files/download/")
            assert "signature=" in layer.source()
        assert {type(layer.renderer()) for layer in reopened} == {
            QgsHillshadeRenderer,
            QgsSingleBandPseudoColorRenderer,
        }
        stats = sandbox.admin("GET", "stats")["requests"]
        assert stats.get("GET /organisations/{org}/data/{did}/download_file/{file_id}") == 1

        again = tmp_path / "again.qgz"
        assert project.write(str(again))
        text = archive_text(again)
        assert "signature=" not in text and text.count(streaming.RENEW_QUERY) >= 2
    finally:
        streaming.remove_project_hooks()


def test_project_path_writer_and_reader_logic(qgis_app):
    from fusion_platform_qgis.qgis_support.outputs import streaming

    signed = "/vsicurl/https://u:p@store.example/a/b.tif?X-Amz-Date=1&X-Amz-Signature=abc"
    stripped = streaming.strip_signed_source(signed)
    assert stripped == "/vsicurl/https://store.example/a/b.tif?" + streaming.RENEW_QUERY
    assert streaming.strip_signed_source("/vsicurl/https://h/public.tif") == "/vsicurl/https://h/public.tif"
    assert streaming.strip_signed_source("/data/x.tif?signature=1") == "/data/x.tif?signature=1"
    placeholder = streaming.project_path_reader(stripped)
    assert placeholder.startswith(streaming.PLACEHOLDER_DIR)
    assert streaming.project_path_writer(placeholder) == stripped  # saving again keeps the marked source
    assert streaming.project_path_reader("/data/x.tif") == "/data/x.tif"


def test_refresh_without_streamed_layers_says_so(qgis_iface, qgis_new_project, qtbot, dock):
    with qtbot.waitSignal(dock.streams_refreshed, timeout=WAIT) as refreshed:
        dock.refresh_streamed_layers()
    assert refreshed.args[0] == 0
    from qgis.core import Qgis

    assert any("No layer" in text for text in qgis_iface.messageBar().get_messages(Qgis.Info))


def test_streaming_off_downloads_the_file(
    qgis_iface, qgis_new_project, qtbot, dock, state, elevation_process, tmp_path
):
    from qgis.core import QgsRasterLayer

    from fusion_platform_qgis.qgis_support.session import settings

    settings.save_preferences(preferences(tmp_path, 0.0))
    loader = load(dock, qtbot, run_of(dock, qtbot, elevation_process.id))
    rasters = [layer for layer in loader.layers if isinstance(layer, QgsRasterLayer)]
    assert rasters and all(layer.isValid() for layer in rasters)
    for layer in rasters:
        assert not layer.source().startswith("/vsicurl/")
        assert (
            Path(layer.source()).is_file()
            and Path(layer.source()).stat().st_size == elevation_file(elevation_process).size
        )
        assert layer.customProperty("fusion_platform/streamed", "") == ""


def test_a_file_below_the_threshold_is_downloaded(
    qgis_iface, qgis_new_project, qtbot, dock, state, elevation_process, tmp_path
):
    from fusion_platform_qgis.qgis_support.session import settings

    settings.save_preferences(preferences(tmp_path, 100.0))
    loader = load(dock, qtbot, run_of(dock, qtbot, elevation_process.id))
    assert loader.layers and not any(layer.source().startswith("/vsicurl/") for layer in loader.layers)


def test_options_page_edits_the_threshold(qgis_app, state):
    from fusion_platform_qgis.gui.options_page import OptionsPage
    from fusion_platform_qgis.qgis_support.session import settings

    page = OptionsPage()
    assert page.ui.spin_stream_rasters.value() == 0.0
    assert page.ui.spin_stream_rasters.text() == page.ui.spin_stream_rasters.specialValueText()  # "Never"
    assert "project" in page.ui.spin_stream_rasters.toolTip()  # the warning about the signed URL
    page.ui.spin_stream_rasters.setValue(250.0)
    page.apply()
    assert settings.load_preferences().stream_rasters_larger_than_mb == 250.0
    page.deleteLater()


def test_qgis_proxy_is_copied_into_gdal_options(qgis_app, state):
    from osgeo import gdal

    from fusion_platform_qgis.qgis_support.outputs import streaming
    from fusion_platform_qgis.qgis_support.session.network import NetworkConfig

    options = streaming.gdal_proxy_options("http://us%40er:p%3Ass@proxy.example:3128")
    assert options == {
        "GDAL_HTTP_PROXY": "http://proxy.example:3128",
        "GDAL_HTTPS_PROXY": "http://proxy.example:3128",
        "GDAL_HTTP_PROXYUSERPWD": "us@er:p:ss",
    }
    config = NetworkConfig(
        proxy_url="http://proxy.example:3128", proxy_display="proxy.example:3128", excluded=["127.0.0.1"]
    )
    try:
        streaming.configure_gdal_network(config, "https://api.example/x")
        assert gdal.GetConfigOption("GDAL_HTTP_PROXY") == "http://proxy.example:3128"
        streaming.configure_gdal_network(config, "http://127.0.0.1:9/x")  # excluded host: no proxy
        assert gdal.GetConfigOption("GDAL_HTTP_PROXY") is None
        gdal.SetConfigOption("GDAL_HTTP_PROXY", "http://users-own:1")  # set outside the plugin: left alone
        streaming.configure_gdal_network(config, "https://api.example/x")
        assert gdal.GetConfigOption("GDAL_HTTP_PROXY") == "http://users-own:1"
    finally:
        gdal.SetConfigOption("GDAL_HTTP_PROXY", None)
        streaming.reset_gdal_network()
    assert gdal.GetConfigOption("GDAL_HTTPS_PROXY") is None


def test_url_expiry_reads_the_signed_query():
    from datetime import datetime, timezone

    from fusion_platform_qgis.qgis_support.outputs.streaming import url_expiry

    assert url_expiry("https://h/f?expires=2000000000&signature=x") == datetime.fromtimestamp(2000000000, timezone.utc)
    aws = "https://b.s3/k?X-Amz-Date=20240102T030405Z&X-Amz-Expires=3600&X-Amz-Signature=x"
    assert url_expiry(aws) == datetime(2024, 1, 2, 4, 4, 5, tzinfo=timezone.utc)
    assert url_expiry("https://h/f", now=0) == datetime(1970, 1, 1, 1, 0, tzinfo=timezone.utc)
