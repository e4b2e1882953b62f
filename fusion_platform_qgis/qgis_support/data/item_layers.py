"""A data item's files -> local files -> QGIS layers named after the data.

Downloads run in a QgsTask (``download_data`` is blocking worker code); layers are made on the main thread in
the task's callback (``load_files_as_layers``). Also fetches preview thumbnails as bytes for the dock.
"""

from __future__ import annotations

import os
import tempfile
import time
from typing import Any, Callable, Optional

import requests
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer

from ...api import transfer
from ...api.client import MAYBE_SENT
from ...api.errors import CancelledError, NetworkError, TransferError, mask_secrets
from ...api.names import contained_path, fit_component, room_in
from ..toolbelt.iface import qgis_project
from ..toolbelt.local_paths import destination_lock
from ..toolbelt.tasks import FunctionTask, run_task
from ..words.i18n import tr
from . import region

RASTER_TYPES = ("GeoTIFF", "JPEG2000", "DEM")
VECTOR_TYPES = ("GeoJSON", "KML", "KMZ", "ESRI Shapefile", "CSV", "GeoPackage")


def cache_dir() -> str:
    """Where "Add to map" keeps downloaded files: in the QGIS profile, so layers survive a project reload."""
    base = QgsApplication.qgisSettingsDirPath() or tempfile.gettempdir()
    folder = os.path.join(base, "fusion_platform", "data")
    os.makedirs(folder, exist_ok=True)
    return folder


def data_folder(folder: str, name: Any, data_id: Any) -> str:
    """``<folder>/<name>_<id>``: the name gets a third of what Windows' path limit leaves (its files the rest)."""
    stem = fit_component(region.safe_file_stem(str(name or "")), max(8, min(80, (room_in(folder) - 9) // 3)), "data")
    return os.path.join(folder, stem + "_" + str(data_id)[:8])


def primary_files(files: list) -> list:
    """Files to download/load: skip derived alternatives (they have a ``source``) when the source is present."""
    ids = {str(f.file_id) for f in files}
    return [f for f in files if not (f.source and str(f.source) in ids)]


def with_retries(session, call: Callable[[], Any], cancel=None) -> Any:
    """Run a plain signed-URL GET ``call()`` (a preview fetch) with the session's retry policy.

    Why: the client retries its API calls and ``transfer.download_file`` retries and resumes file downloads, but a
    preview is a plain ``requests`` GET: one 503/429 from the storage, or a connection that cannot be opened, would
    fail it at once."""
    policy = session.retry
    started = time.monotonic()
    attempt = 0
    while True:
        attempt += 1
        try:
            return call()
        except TransferError as exc:
            error: BaseException = exc
            delay = policy.decide(attempt=attempt, elapsed=time.monotonic() - started, status=exc.status)
        except NetworkError as exc:
            error = exc
            delay = (
                None
                if exc.is_tls
                else policy.decide(attempt=attempt, elapsed=time.monotonic() - started, error_kind=MAYBE_SENT)
            )
        if delay is None:
            raise error
        if cancel is not None and cancel.wait(delay):
            raise CancelledError("Cancelled")
        if cancel is None:
            time.sleep(delay)


def download_data(
    data, folder: str, *, cancel=None, progress: Optional[Callable[[float], None]] = None, subfolder: bool = True
) -> list[tuple[str, str]]:
    """Worker: download every primary file of ``data`` into ``folder`` (``<folder>/<data name>/`` when
    ``subfolder``); return ``[(path, file_type), ...]``."""
    files = primary_files(list(data.files))
    if not files:
        raise ValueError(tr("The data item '{0}' has no files.").format(data.name))
    target = data_folder(folder, data.name, data.id) if subfolder else folder
    # Every destination named first: a folder too deep for Windows' paths is refused before anything is made.
    paths = [contained_path(target, item.file_name or f"{item.file_id}") for item in files]
    os.makedirs(target, exist_ok=True)
    with destination_lock(target, cancel):  # one download into this folder at a time
        total = max(1, sum(int(f.size or 0) for f in files))
        done_before = 0
        result = []
        for item, path in zip(files, paths):
            # A file at ``path`` only ever appears by renaming a complete download: reused when its size is unknown
            # (re-downloading it would replace a file a layer may hold open, which Windows refuses).
            if not (os.path.exists(path) and (not item.size or os.path.getsize(path) == int(item.size))):
                url = item.download_url()

                def report(done: int, _total: Optional[int], base: int = done_before) -> None:
                    if progress is not None:
                        progress(100.0 * min(1.0, (base + done) / total))

                transfer.download_file(
                    url,
                    path,
                    http=data.session.http,
                    progress=report,
                    cancel=cancel,
                    timeout=data.session.timeout,
                    retry=data.session.retry,
                    identity=f"file:{item.file_id}",
                )
            done_before += int(item.size or 0)
            result.append((path, item.file_type or ""))
        return result


def layer_source(path: str, file_type: str) -> tuple[str, str]:
    """(kind, uri) for a downloaded file: zipped Shapefiles and KMZ are read through /vsizip/."""
    lower = path.lower()
    if file_type in RASTER_TYPES or lower.endswith((".tif", ".tiff", ".jp2")):
        return "raster", path
    if file_type == "ESRI Shapefile" or lower.endswith(".zip"):
        return "vector", f"/vsizip/{path}"
    if file_type == "CSV" or lower.endswith(".csv"):
        return "vector", path
    return "vector", path


def load_files_as_layers(name: str, files: list[tuple[str, str]], project: Optional[QgsProject] = None) -> list:
    """Main thread: one layer per file, named after the data (file name appended when there are several)."""
    project = project or qgis_project()
    layers = []
    for path, file_type in files:
        label = name if len(files) == 1 else f"{name} — {os.path.basename(path)}"
        kind, uri = layer_source(path, file_type)
        layer: Any = QgsRasterLayer(uri, label, "gdal") if kind == "raster" else QgsVectorLayer(uri, label, "ogr")
        if not layer.isValid() and kind == "vector" and uri.startswith("/vsizip/"):
            layer = QgsVectorLayer(path, label, "ogr")
        if not layer.isValid():
            raise ValueError(
                tr("QGIS cannot open the downloaded file {0} ({1}).").format(os.path.basename(path), file_type)
            )
        layers.append(layer)
    for layer in layers:
        project.addMapLayer(layer)
    return layers


def add_data_to_map(
    data,
    *,
    on_success: Callable[[list], None] = lambda layers: None,
    on_error: Callable[[BaseException], None] = lambda error: None,
    folder: Optional[str] = None,
    project: Optional[QgsProject] = None,
) -> FunctionTask:
    """Download ``data`` in the background, then load its files as layers on the main thread."""
    folder = folder or cache_dir()
    name = data.name

    def work(task: FunctionTask):
        return download_data(data, folder, cancel=task.cancel_event, progress=task.setProgress)

    def loaded(files):
        on_success(load_files_as_layers(name, files, project))

    return run_task(tr("Adding {0} to the map").format(name), work, loaded, on_error)


def fetch_preview(item, cancel=None) -> bytes:
    """Worker: the PNG thumbnail of a data file (empty bytes when it has none)."""
    if not item.preview_file_id:
        return b""
    url = item.download_url(preview=True)
    session = item.session

    def get() -> bytes:
        try:
            response = session.http.get(url, timeout=session.timeout)
        except requests.exceptions.RequestException as exc:
            raise NetworkError(mask_secrets(exc), is_tls=isinstance(exc, requests.exceptions.SSLError))
        if response.status_code >= 300:
            raise TransferError(f"Preview refused with HTTP {response.status_code}", status=response.status_code)
        return response.content

    try:
        return with_retries(session, get, cancel)
    except TransferError:
        return b""  # no preview (after the retries a 5xx/429 deserves): the dock says "No preview"
