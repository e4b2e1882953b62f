"""Upload prepared files as one data item: progress, cancel that leaves nothing behind, and the server's verdict.

``upload_prepared`` is plain blocking code for a worker thread (a QgsTask, or a Processing algorithm); the
``upload_*_as_data`` helpers take the main-thread snapshot of a layer (region/vector.py, raster.py) and run preparation + upload
in one QgsTask. Why one task for both: the user sees one progress bar and one cancel button, and a cancel at any
point leaves neither temporary files nor half-created data on the platform.

What a cancel cannot cover - QGIS killed mid-upload - the upload journal does (:mod:`.interrupted`): every upload
is remembered in the settings from the moment its item exists until the platform confirms it, so the next session
shows it as interrupted (resume or remove), and uploading the same source under the same name replaces it.
"""

from __future__ import annotations

import os
import threading
from typing import Any, Callable, Optional

from ...api.errors import CancelledError, FusionPlatformError, ValidationError
from ..runs import interrupted
from ..session import settings as fp_settings
from ..toolbelt.log import log_info, log_warning
from ..toolbelt.tasks import FunctionTask, run_task
from ..words.i18n import tr
from . import region

JOURNAL = "pending_uploads"
_SENDING: set[str] = set()  # ids of the data items whose bytes this session is sending
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


def upload_journal() -> interrupted.Journal:
    """The uploads not yet confirmed by the platform, kept in the plugin's settings (synced at every change)."""

    def save(entries: list) -> None:
        fp_settings.save_json(JOURNAL, entries)
        fp_settings.sync()

    return interrupted.Journal(lambda: fp_settings.load_json(JOURNAL, []), save, "data_id")


def is_sending(data_id: str) -> bool:
    """This session is sending the bytes of ``data_id`` (its state is "uploading", not "interrupted")."""
    return str(data_id) in _SENDING


def _api_url(organisation) -> str:
    return str(getattr(organisation.session, "api_url", "") or "")


def upload_state(data_id: str, files: Optional[list[dict]], journal: Optional[interrupted.Journal] = None) -> tuple:
    """(state, journal entry or None) of a data item (``files``: its files' wire records, None when not listed).

    An entry whose item the platform has meanwhile confirmed (QGIS died during the analysis, after the bytes)
    is forgotten here."""
    from datetime import datetime, timezone

    journal = journal or upload_journal()
    entry = journal.get(str(data_id))
    state = interrupted.item_state(files, entry, is_sending(str(data_id)), datetime.now(timezone.utc))
    if entry is not None and state in (interrupted.READY, interrupted.FAILED):
        journal.drop(str(data_id))
        entry = None
    return state, entry


def resume_params(entry: dict, file_exists: Callable[[str], bool] = os.path.isfile) -> Optional[dict]:
    """Main thread: the upload parameters that send an interrupted upload again from its file or layer (the
    interrupted item is then replaced, see :func:`replace_interrupted`), or None when neither is still there.
    ``file_exists``: the docks pass what a worker found, so the main thread never waits on the disk."""
    from qgis.core import QgsProject

    source = entry.get("source") or {}
    project = QgsProject.instance()
    layer = project.mapLayer(str(source["layer_id"])) if project is not None and source.get("layer_id") else None
    if not interrupted.resumable(entry, file_exists, lambda _layer_id: layer is not None):
        return None
    if source.get("kind") == "file":
        return {"kind": "file", "path": source["path"], "name": entry.get("name")}
    return {
        "kind": "layer",
        "layer": layer,
        "name": entry.get("name"),
        "selected_only": bool(source.get("selected_only")),
    }


def forget(data_id: str) -> None:
    """The item is gone (deleted by the user): its upload, if it was unfinished, is no longer remembered."""
    upload_journal().drop(str(data_id))


def replace_interrupted(organisation, source: Optional[dict], name: str, journal: interrupted.Journal) -> None:
    """Worker: remove the items of interrupted uploads of the same ``source`` under the same ``name`` (the user
    uploads it again: one item, not a second one beside the dead one) and forget them."""
    from ...api.errors import NotFoundError

    org = str(organisation.id)
    for entry in journal.entries():
        if is_sending(entry["data_id"]) or not interrupted.same_upload(
            entry, org, _api_url(organisation), source, name
        ):
            continue
        try:
            organisation.get_data(entry["data_id"]).delete()
            log_info(f"Removed the interrupted upload of '{name}' before uploading it again")
        except NotFoundError:
            pass
        journal.drop(entry["data_id"])


def upload_prepared(
    organisation,
    prepared: region.PreparedUpload,
    *,
    name: Optional[str] = None,
    progress: Optional[Callable[[float], None]] = None,
    cancel: Optional[threading.Event] = None,
    keep_failed: bool = False,
    poll_seconds: float = POLL_SECONDS,
    source: Optional[dict] = None,
    journal: Optional[interrupted.Journal] = None,
):
    """Create the data item, stream its files, wait for the platform's analysis; return the reloaded ``Data``.

    On cancel, on any upload error and (unless ``keep_failed``) on a failed ingest, the half-created data item is
    deleted on the server before the error is raised, so the organisation's data never shows debris. The upload
    is in the journal (``source``: where the bytes come from, for a resume) until the platform confirmed it.
    """
    cancel = cancel or threading.Event()
    journal = journal or upload_journal()
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
        replace_interrupted(organisation, source, name, journal)
        data = organisation.create_data(
            name, prepared.file_type, prepared.paths, wait=False, progress=on_bytes, cancel=cancel
        )
        _SENDING.add(str(data.id))
        sizes = [(os.path.basename(p), os.path.getsize(p)) for p in prepared.paths]
        journal.put(
            interrupted.upload_entry(
                str(data.id), str(organisation.id), _api_url(organisation), name, prepared.file_type, source, sizes
            )
        )
        uploaded = delivered = False
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
            if uploaded and not delivered and data.uploads_delivered():
                delivered = True
                entry = journal.get(str(data.id))
                if entry is not None:  # the storage took every byte: the platform's analysis is what is awaited
                    journal.put({**entry, "sent": True})
            cancel.wait(poll_seconds)
        data.get()
        journal.drop(str(data.id))  # confirmed by the platform
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
                journal.drop(str(data.id))
                log_info(f"Removed the unfinished data item '{name}' from the platform")
            except Exception as cleanup:
                log_warning(f"Could not remove the unfinished data item '{name}': {cleanup}")
        elif data is not None:
            journal.drop(str(data.id))  # kept on purpose (a failed ingest): the platform has its verdict
        raise
    finally:
        if data is not None:
            _SENDING.discard(str(data.id))


# ------------------------------------------------------------------------------------------------ QgsTask helpers
def _run_upload(
    organisation,
    description: str,
    prepare: Callable[[FunctionTask], region.PreparedUpload],
    name: Optional[str],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    keep_temp: bool = False,
    source: Optional[dict] = None,
) -> FunctionTask:
    def work(task: FunctionTask):
        prepared = prepare(task)
        try:
            problems = region.check_name(name or prepared.name)
            if problems:
                raise region.RegionError(problems)
            return upload_prepared(
                organisation,
                prepared,
                name=name,
                cancel=task.cancel_event,
                progress=lambda p: task.setProgress(p),
                source=source,
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

        source = interrupted.layer_source(layer.id(), layer.name())
        return _run_upload(
            organisation, tr("Uploading {0}").format(name), prepare_raster, name, on_success, on_error, source=source
        )
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

    source = interrupted.layer_source(layer.id(), layer.name(), selected_only)
    return _run_upload(
        organisation, tr("Uploading {0}").format(name), prepare_vector, name, on_success, on_error, source=source
    )


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

    from ..toolbelt.iface import qgis_project

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

    source = interrupted.file_source(os.path.abspath(path))
    return _run_upload(
        organisation, tr("Uploading {0}").format(name), prepare, name, on_success, on_error, source=source
    )
