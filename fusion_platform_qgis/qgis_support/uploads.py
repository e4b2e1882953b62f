"""Upload prepared files as one data item: progress, cancel that leaves nothing behind, and the server's verdict.

``upload_prepared`` is plain blocking code for a worker thread (a QgsTask, or a Processing algorithm); the
``upload_*_as_data`` helpers take the main-thread snapshot of a layer (region/vector.py, raster.py) and run preparation + upload
in one QgsTask. Why one task for both: the user sees one progress bar and one cancel button, and a cancel at any
point leaves neither temporary files nor half-created data on the platform.
"""

from __future__ import annotations

import os
import threading
from typing import Any, Callable, Optional

from ..api.errors import CancelledError, FusionPlatformError, ValidationError
from . import region
from .i18n import tr
from .log import log_info, log_warning
from .tasks import FunctionTask, run_task

UPLOAD_SHARE = 90.0  # percent of the progress bar for sending bytes; the rest is the platform's ingest
POLL_SECONDS = 0.25


class IngestFailedError(FusionPlatformError):
    """The bytes arrived but the platform could not ingest them; ``reason`` is what the server said."""

    def __init__(self, message: str, reason: str = ""):
        super().__init__(message, detail=reason)
        self.reason = reason


def _server_reason(data) -> str:
    reasons = []
    try:
        for item in data.files:
            attributes = item.attributes
            if attributes.get("error"):
                reason = attributes.get("error_message") or attributes.get("description") or ""
                reasons.append(f"{attributes.get('file_name') or ''}: {reason}".strip(": "))
    except FusionPlatformError as exc:
        reasons.append(str(exc))
    return "; ".join(r for r in reasons if r)


def upload_prepared(
    organisation,
    prepared: region.PreparedUpload,
    *,
    name: Optional[str] = None,
    progress: Optional[Callable[[float], None]] = None,
    cancel: Optional[threading.Event] = None,
    keep_failed: bool = False,
    poll_seconds: float = POLL_SECONDS,
):
    """Create the data item, stream its files, wait for the platform's analysis; return the reloaded ``Data``.

    On cancel, on any upload error and (unless ``keep_failed``) on a failed ingest, the half-created data item is
    deleted on the server before the error is raised, so the organisation's data never shows debris.
    """
    cancel = cancel or threading.Event()
    name = name or prepared.name
    total = max(1, prepared.size)
    sent: dict[str, int] = {}

    def on_bytes(path: str, done: int, _total: Optional[int]) -> None:
        sent[path] = done
        if progress is not None:
            progress(UPLOAD_SHARE * min(1.0, sum(sent.values()) / total))

    data = None
    try:
        if cancel.is_set():
            raise CancelledError(tr("Upload cancelled."))
        data = organisation.create_data(
            name, prepared.file_type, prepared.paths, wait=False, progress=on_bytes, cancel=cancel
        )
        uploaded = False
        while True:
            if cancel.is_set():
                raise CancelledError(tr("Upload cancelled."))
            try:
                done = data.create_complete(wait=False)
            except ValidationError:
                reason = _server_reason(data)
                raise IngestFailedError(
                    tr("The platform could not ingest '{0}': {1}").format(name, reason or tr("no reason given")), reason
                )
            if done:
                break
            if not uploaded and all(d >= os.path.getsize(p) for p, d in data.upload_progress()):
                uploaded = True
                if progress is not None:
                    progress(UPLOAD_SHARE)
            cancel.wait(poll_seconds)
        data.get()
        if progress is not None:
            progress(100.0)
        log_info(f"Uploaded '{name}' ({prepared.file_type}, {region.human_size(prepared.size)})")
        return data
    except BaseException as exc:
        if data is not None:
            cancel.set()  # the upload threads stop at their next read and close the user's file (and its copy)
            data.join_uploads()
        if data is not None and (keep_failed is False or not isinstance(exc, IngestFailedError)):
            try:
                data.delete()
                log_info(f"Removed the unfinished data item '{name}' from the platform")
            except Exception as cleanup:
                log_warning(f"Could not remove the unfinished data item '{name}': {cleanup}")
        raise


# ------------------------------------------------------------------------------------------------ QgsTask helpers
def _run_upload(
    organisation,
    description: str,
    prepare: Callable[[FunctionTask], region.PreparedUpload],
    name: Optional[str],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    keep_temp: bool = False,
) -> FunctionTask:
    def work(task: FunctionTask):
        prepared = prepare(task)
        try:
            problems = region.check_name(name or prepared.name)
            if problems:
                raise region.RegionError(problems)
            return upload_prepared(
                organisation, prepared, name=name, cancel=task.cancel_event, progress=lambda p: task.setProgress(p)
            )
        finally:
            if not keep_temp:
                prepared.cleanup()

    return run_task(description, work, on_success, on_error)


def _geojson_path(out_dir: str, name: str) -> str:
    return os.path.join(out_dir, region.safe_file_stem(name) + ".geojson")


def _prepare_in_temp_dir(name: str, build: Callable[[str], region.PreparedUpload]) -> region.PreparedUpload:
    """Worker: ``build(out_dir)`` in a fresh temp folder that the upload owns (removed with it), or that is removed
    at once when building fails, so a refused or cancelled preparation leaves no copy of the user's data behind."""
    out_dir = region.temp_dir()
    try:
        prepared = build(out_dir)
    except BaseException:
        region.PreparedUpload(name, "", [], temp_dir=out_dir).cleanup()
        raise
    prepared.temp_dir = out_dir
    return prepared


def upload_layer_as_data(
    organisation,
    layer,
    *,
    name: Optional[str] = None,
    selected_only: bool = False,
    require_polygons: bool = True,
    repair: bool = False,
    simplify_tolerance: Optional[float] = None,
    on_success: Callable[[Any], None] = lambda data: None,
    on_error: Callable[[BaseException], None] = lambda error: None,
) -> FunctionTask:
    """Main thread: upload a vector layer (or its selection) as GeoJSON in EPSG:4326, or a raster layer as GeoTIFF.

    Raises :class:`region.RegionError` at once for problems visible without reading the data (empty selection,
    invalid layer); everything else arrives through ``on_error``.
    """
    from qgis.core import QgsRasterLayer

    name = name or layer.name()
    if isinstance(layer, QgsRasterLayer):
        raster = region.capture_raster(layer)

        def prepare_raster(task: FunctionTask) -> region.PreparedUpload:
            return _prepare_in_temp_dir(name, lambda out_dir: region.raster_to_geotiff(raster, out_dir))

        return _run_upload(organisation, tr("Uploading {0}").format(name), prepare_raster, name, on_success, on_error)
    snapshot = region.capture_vector(layer, selected_only=selected_only)

    def prepare_vector(task: FunctionTask) -> region.PreparedUpload:
        return _prepare_in_temp_dir(
            name,
            lambda out_dir: region.vector_to_geojson(
                snapshot,
                _geojson_path(out_dir, name),
                require_polygons=require_polygons,
                repair=repair,
                simplify_tolerance=simplify_tolerance,
                is_canceled=task.isCanceled,
            ),
        )

    return _run_upload(organisation, tr("Uploading {0}").format(name), prepare_vector, name, on_success, on_error)


def upload_geometry_as_data(
    organisation,
    geometry,
    crs,
    name: str,
    *,
    on_success: Callable[[Any], None] = lambda data: None,
    on_error: Callable[[BaseException], None] = lambda error: None,
) -> FunctionTask:
    """Main thread: a drawn rectangle/polygon or a map extent (in ``crs``) as a one-feature GeoJSON region."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

    from .iface import qgis_project

    geometry = QgsGeometry(geometry)
    crs = QgsCoordinateReferenceSystem(crs)
    context = qgis_project().transformContext()

    def prepare(task: FunctionTask) -> region.PreparedUpload:
        return _prepare_in_temp_dir(
            name, lambda out_dir: region.geometry_to_geojson(geometry, crs, _geojson_path(out_dir, name), name, context)
        )

    return _run_upload(organisation, tr("Uploading {0}").format(name), prepare, name, on_success, on_error)


def upload_file_as_data(
    organisation,
    path: str,
    *,
    name: Optional[str] = None,
    on_success: Callable[[Any], None] = lambda data: None,
    on_error: Callable[[BaseException], None] = lambda error: None,
) -> FunctionTask:
    """Main thread: a file on disk (Shapefile sidecars zipped, GeoPackage converted) as a data item."""
    name = name or os.path.splitext(os.path.basename(path))[0]

    def prepare(task: FunctionTask) -> region.PreparedUpload:
        return region.prepare_file(path, name)

    return _run_upload(organisation, tr("Uploading {0}").format(name), prepare, name, on_success, on_error)
