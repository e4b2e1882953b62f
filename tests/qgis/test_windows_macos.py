"""Where most QGIS users are (issue 26): Windows' file semantics (an open file is neither replaced nor removed),
macOS's decomposed names, non-ASCII folders, case-insensitive settings, folders too deep for Windows' paths and
two downloads racing into the same files: each simulated here on Linux, each with what a user meets."""

from __future__ import annotations

import gc
import ntpath
import os
import shutil
import tempfile
import threading
import unicodedata
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer

from .account_helpers import clean_settings_fixture  # noqa: F401 - fixture
from .data_helpers import DATA
from .outputs_helpers import WAIT, executions_dock, finished_process, outputs_state  # noqa: F401 - fixtures "dock", "state"
from .windows_semantics import open_under, windows_files  # noqa: F401 - fixture

pytestmark = pytest.mark.timeout(300)
HANG = 120  # seconds; a hang guard for thread hand-overs, never a timed assertion


def test_the_fixture_refuses_what_windows_refuses(windows_files, tmp_path):  # noqa: F811
    held = tmp_path / "held" / "a.txt"
    held.parent.mkdir()
    held.write_text("a")
    other = tmp_path / "b.txt"
    other.write_text("b")
    with open(held, encoding="utf-8"):
        with pytest.raises(PermissionError):
            os.replace(other, held)
        with pytest.raises(PermissionError):
            os.remove(held)
        with pytest.raises(PermissionError):
            held.unlink()
        shutil.rmtree(held.parent, ignore_errors=True)
        assert held.exists()  # as on Windows: rmtree(ignore_errors=True) fails silently
    copy = tmp_path / "dem.tif"
    shutil.copy(DATA / "small_dem.tif", copy)
    layer = QgsRasterLayer(str(copy), "dem", "gdal")  # GDAL's opens count too
    assert layer.isValid() and open_under(tmp_path)
    with pytest.raises(PermissionError):
        os.remove(copy)
    del layer
    gc.collect()
    os.replace(other, held)
    shutil.rmtree(tmp_path / "held")
    os.remove(copy)


def _session_run(state, process):
    executions = [e.attributes for e in process.executions]
    model = process.attributes
    return executions, {k: model.get(k) for k in ("id", "name", "service_id")}


def _elevation(state, name):
    import fusion_platform_qgis.api as fusion_platform

    return finished_process(state.organisation, name, "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE)


def test_download_outputs_to_holds_no_file_open(qgis_new_project, qtbot, state, tmp_path, windows_files):  # noqa: F811
    """ "Download outputs to…" (and Processing without "add to map"): the rasters are downloaded, not loaded; once the
    task has handed its result over, GDAL holds none of them open, so Explorer can move or delete them."""
    from fusion_platform_qgis.qgis_support.outputs import downloads as fp_outputs

    process = _elevation(state, "Downloaded only")
    executions, model = _session_run(state, process)
    folder = tmp_path / "chosen folder"
    run = fp_outputs.download_run(state.user.session, str(state.organisation.id), executions, model, str(folder))
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.suffix == ".tif" for p in files)
    del run  # what the Browser's finished task does with a result it does not load

    def released():
        gc.collect()
        return not open_under(folder)

    qtbot.waitUntil(released, timeout=WAIT)
    shutil.rmtree(folder)  # as the user deleting the folder in Explorer: nothing refused
    assert not folder.exists() and not windows_files.refused


def test_loading_keeps_only_the_layers_on_the_map_open(qgis_new_project, qtbot, state, tmp_path, windows_files):  # noqa: F811
    from fusion_platform_qgis.qgis_support.outputs import downloads as fp_outputs
    from fusion_platform_qgis.qgis_support.outputs import run_layers as fp_layers

    process = _elevation(state, "Loaded then removed")
    executions, model = _session_run(state, process)
    folder = tmp_path / "downloads"
    run = fp_outputs.download_run(state.user.session, str(state.organisation.id), executions, model, str(folder))
    loader = fp_layers.load_run(run, project=QgsProject.instance())
    assert loader.layers and all(layer.isValid() for layer in loader.layers)
    QgsProject.instance().removeAllMapLayers()
    del loader, run

    def released():
        gc.collect()
        return not open_under(folder)

    qtbot.waitUntil(released, timeout=WAIT)


def test_re_adding_a_data_item_on_the_map_replaces_nothing(
    qgis_new_project,
    qtbot,
    state,
    tmp_path,
    windows_files,  # noqa: F811
    monkeypatch,
):
    """A data item whose file the platform lists without a size, added twice: the second add uses the file the
    first one's layer holds open instead of downloading it again over that file (Windows: "Access is denied")."""
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.api.models.data_file import DataFile
    from fusion_platform_qgis.qgis_support.data import item_layers as data_layers

    data = state.organisation.create_data(
        name="Raster on the map",
        file_type=fusion_platform.FILE_TYPE_GEOTIFF,
        files=[str(DATA / "small_dem.tif")],
        wait=True,
    )
    monkeypatch.setattr(DataFile, "size", property(lambda self: None), raising=False)
    folder = tmp_path / "cache"

    def add():
        results, errors = [], []
        data_layers.add_data_to_map(data, on_success=results.append, on_error=errors.append, folder=str(folder))
        qtbot.waitUntil(lambda: bool(results or errors), timeout=WAIT)
        assert not errors, errors
        return results[0]

    first = add()
    assert first and all(layer.isValid() for layer in first)
    assert open_under(folder)  # the layer holds its file, as on every OS
    second = add()
    assert second and all(layer.isValid() for layer in second)
    assert not windows_files.refused


def test_a_cancelled_upload_leaves_no_copy_in_temp(qtbot, connected_state, sandbox, windows_files):  # noqa: F811
    """The upload thread still holds the temporary copy when the user cancels: it is waited for, then the copy
    goes (on Windows rmtree(ignore_errors=True) failed silently and left the user's data in %TEMP%)."""
    from fusion_platform_qgis.qgis_support.data import region, uploads

    layer = QgsVectorLayer(str(DATA / "bng_squares.shp"), "squares", "ogr")
    assert layer.isValid()
    before = set(Path(tempfile.gettempdir()).glob("fp-upload-*"))
    sandbox.admin("POST", "faults", {"rules": [{"path": "^/files/upload/", "method": "PUT", "delay": 3}]})
    stats = lambda: sandbox.admin("GET", "stats")["requests"]  # noqa: E731
    start_puts = sum(v for k, v in stats().items() if k.startswith("PUT"))
    outcome = []
    try:
        task = uploads.upload_layer_as_data(
            connected_state.organisation,
            layer,
            name="Cancelled on Windows",
            on_success=outcome.append,
            on_error=outcome.append,
        )
        qtbot.waitUntil(lambda: sum(v for k, v in stats().items() if k.startswith("PUT")) > start_puts, timeout=WAIT)
        task.cancel()
        qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT)
    finally:
        sandbox.admin("DELETE", "faults")
    left = set(Path(tempfile.gettempdir()).glob("fp-upload-*")) - before
    assert not left, (left, windows_files.refused)
    assert isinstance(outcome[0], BaseException)
    del region


def test_two_downloads_of_one_run_take_turns(qgis_new_project, state, tmp_path, windows_files):  # noqa: F811
    """The dock's automatic load and the Browser's time-series follow-up fetch the same execution at once: the
    second waits for the first (same folder, same .part files), then finds the files done; both succeed."""
    from fusion_platform_qgis.qgis_support.outputs import downloads as fp_outputs

    process = _elevation(state, "Raced")
    executions, model = _session_run(state, process)
    folder = str(tmp_path / "downloads")
    session, organisation_id = state.user.session, str(state.organisation.id)

    class Watched(threading.Event):
        """B's cancel flag: says when B waits (for A's lock) instead of downloading."""

        def __init__(self):
            super().__init__()
            self.waited = threading.Event()

        def wait(self, timeout=None):
            self.waited.set()
            return super().wait(timeout)

    b_cancel, b_done, results = Watched(), threading.Event(), {}

    def second():
        try:
            results["b"] = fp_outputs.download_run(session, organisation_id, executions, model, folder, cancel=b_cancel)
        except BaseException as exc:
            results["b"] = exc
        finally:
            b_done.set()

    started = []

    def first_progress(_percent):
        if not started:  # A has its first bytes in its .part: B starts now, and A goes on once B waits or ends
            started.append(threading.Thread(target=second))
            started[0].start()
            assert b_cancel.waited.wait(HANG) or b_done.is_set()

    try:
        results["a"] = fp_outputs.download_run(
            session, organisation_id, executions, model, folder, progress=first_progress
        )
    except BaseException as exc:
        results["a"] = exc
    started[0].join(HANG)
    for key in ("a", "b"):
        assert isinstance(results[key], dict), (key, results[key])
    files = [p for p in Path(folder).rglob("*") if p.is_file()]
    assert files and not [p for p in files if p.name.endswith(".part")]


def test_non_ascii_folder_and_process_load_every_layer_and_the_table(qgis_new_project, state, tmp_path):
    """A download folder "Zoë Łukasz 田中" and a process "Forêt": every layer valid, the statistics table with rows
    (its delimited-text URI used to be built by hand: Latin-1 broke it)."""
    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.outputs import downloads as fp_outputs
    from fusion_platform_qgis.qgis_support.outputs import run_layers as fp_layers

    process = finished_process(state.organisation, "Forêt", "Cloud", fusion_platform.EXAMPLE_LAKE_DISTRICT_FILE)
    executions, model = _session_run(state, process)
    folder = tmp_path / "Zoë Łukasz 田中"
    run = fp_outputs.download_run(state.user.session, str(state.organisation.id), executions, model, str(folder))
    loader = fp_layers.load_run(run, project=QgsProject.instance())
    assert loader.layers and all(layer.isValid() for layer in loader.layers)
    assert len(loader.tables) == 1
    table = loader.tables[0]
    assert table.isValid() and table in loader.layers  # an invalid layer reports any feature count
    assert len(executions) - 1 <= len(list(table.getFeatures())) <= len(executions)  # a row per slice (+ a total)
    assert all("/Forêt/" in layer.source() for layer in loader.layers if not layer.source().startswith("file:"))


def test_table_uri_survives_any_folder_name(qgis_app, tmp_path):
    from fusion_platform_qgis.qgis_support.outputs import run_layers as fp_layers

    for name in ("Zoë", "Łukasz", "田中", "a#b%c d&e"):
        path = tmp_path / name / "stats.csv"
        path.parent.mkdir()
        path.write_text("slice,cloud\n1,0.5\n2,0.25\n", encoding="utf-8")
        layer = fp_layers.make_table_layer(str(path), "stats")
        assert layer.isValid() and layer.featureCount() == 2, name


def test_nfd_shapefile_set_uploads(qgis_app, connected_state, tmp_path):
    """macOS: os.listdir returns decomposed names (NFD) while the path QGIS gives is composed (NFC)."""
    from fusion_platform_qgis.qgis_support.data import region, uploads

    nfc = unicodedata.normalize("NFC", "Forêt")
    nfd = unicodedata.normalize("NFD", "Forêt")
    shutil.copy(DATA / "bng_squares.shp", tmp_path / f"{nfc}.shp")
    for ext in (".shx", ".dbf", ".prj"):
        shutil.copy(DATA / f"bng_squares{ext}", tmp_path / f"{nfd}{ext}")
    prepared = region.prepare_file(str(tmp_path / f"{nfc}.shp"), name="Foret")
    try:
        with zipfile.ZipFile(prepared.paths[0]) as archive:
            members = sorted(archive.namelist())
        assert members == sorted(f"{nfc}{ext}" for ext in (".dbf", ".prj", ".shp", ".shx")), members
        data = uploads.upload_prepared(connected_state.organisation, prepared, name="Foret")
        assert data is not None
    finally:
        prepared.cleanup()


def test_reserved_names_never_make_temporary_files(qgis_app):
    from fusion_platform_qgis.qgis_support.data import region

    for name in ("aux", "CON", "nul", "com1"):
        assert region.safe_file_stem(name).lower() != name
    # an upload's temporary copy fits Windows' paths from a long %TEMP%, whatever the layer's name
    temp = r"C:\Users\Maximilian.Mustermann-Schmidt\AppData\Local\Temp\fp-upload-abcdefgh"
    for name in ("x" * 300, "Forêt " * 60, "田中" * 100):
        for ext in (".geojson", ".zip", ".tif"):
            assert len(ntpath.join(temp, region.safe_file_stem(name) + ext)) <= 259


def test_connection_names_compared_without_case(qgis_app, clean_settings):
    from fusion_platform_qgis.gui.connection_dialog import connection_problem
    from fusion_platform_qgis.qgis_support.session import settings

    url = "https://staging.example.com"
    assert connection_problem("staging", url, ["Staging"])  # one registry group on Windows
    assert connection_problem("fusion platform", url, [])  # would overwrite the built-in one's login
    assert connection_problem("Staging", url, ["Staging"], original_name="staging") == ""  # renaming its case
    settings.save_connection(settings.Connection(name="Staging", url=url))
    settings.save_connection(settings.Connection(name="staging", url=url + "/v2"))
    names = [c.name for c in settings.list_connections()]
    assert [n for n in names if n.lower() == "staging"] == ["Staging"], names
    assert settings.load_connection("Staging").url == url + "/v2"
    with pytest.raises(ValueError):
        settings.save_connection(settings.Connection(name="fusion platform", url=url))


def test_ca_bundle_not_under_a_predictable_name_in_shared_tmp(qgis_app):
    from fusion_platform_qgis.qgis_support.session import network

    path = network._ca_bundle()
    if path is None:
        pytest.skip("QGIS has no trusted CAs here")
    assert Path(path).parent != Path(tempfile.gettempdir())
    assert (Path(path).parent.stat().st_mode & 0o077) == 0 or Path(path).is_relative_to(
        Path(qgis_app.qgisSettingsDirPath())
    )


def test_a_folder_too_deep_is_refused_before_anything_is_fetched(qgis_new_project, state, sandbox, tmp_path):
    from fusion_platform_qgis.api.names import PathTooLongError
    from fusion_platform_qgis.qgis_support.outputs import downloads as fp_outputs
    from fusion_platform_qgis.qgis_support.words.messages import error_text

    process = _elevation(state, "Too deep")
    executions, model = _session_run(state, process)
    deep = tmp_path.joinpath(*["a folder with a long name"] * 8)
    sandbox.admin("DELETE", "stats")
    with pytest.raises(PathTooLongError) as caught:
        fp_outputs.download_run(state.user.session, str(state.organisation.id), executions, model, str(deep))
    assert not sandbox.admin("GET", "stats")["requests"]
    assert not deep.exists()
    assert "too deep" in error_text(caught.value)


def test_tray_icon_goes_with_its_message_and_its_click_shows_the_run(qgis_iface, qtbot, dock, state, monkeypatch):
    """QGIS in the background when a run ends: the tray (Windows) / menu-bar (macOS) icon is shown with the message
    only, and clicking the message brings the run up in the Executions dock."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QApplication, QSystemTrayIcon

    import fusion_platform_qgis.api as fusion_platform
    from fusion_platform_qgis.qgis_support.runs.records import run_key

    from .test_outputs_loading import run_of

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: None))  # QGIS in the background
    process = finished_process(
        state.organisation, "Told by the tray", "Elevation", fusion_platform.EXAMPLE_GLASGOW_FILE
    )
    run = run_of(dock, qtbot, process.id)
    dock.ui.tree_executions.selectionModel().clearSelection()
    dock.notify_success(run)
    assert dock.notifier.tray is not None and dock.notifier.tray.isVisible()
    dock.notifier.tray.messageClicked.emit()
    assert not dock.notifier.tray.isVisible()
    assert dock.selected_run() is not None and run_key(dock.selected_run()) == run_key(run)
    dock.notify_success(run)
    assert dock.notifier.tray.isVisible()
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # back in QGIS
    assert not dock.notifier.tray.isVisible()
