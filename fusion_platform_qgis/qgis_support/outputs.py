"""Downloading an execution's outputs into ``<download folder>/<process>/<execution id>/``.

Why this shape:
* Everything here runs inside a QgsTask (no Qt widgets, no layer tree): listing components, outputs and files,
  streaming the bytes, reading raster facts with GDAL and building the VRT mosaic of a group. The layers are made
  afterwards on the main thread from the *manifest* this module writes (:mod:`.layers`); only GDAL's opening of
  the rasters is done here at the end (``layers.open_rasters``), because on the main thread it cost a frame
  every few slices of a mosaic (issue 16).
* Bytes go through the client's transfer code: streamed to ``<file>.part``, resumed with HTTP Range after a
  dropped connection, size-checked and only then renamed, so a half file is never loaded. A GET the storage
  refuses (5xx/429) or that cannot connect is repeated by ``download_file`` with the session's retry policy.
* A run whose outputs are being downloaded is in the loads journal (:func:`loads_journal`, the plugin's settings)
  until they are on the map: after QGIS was killed mid-download the Executions dock offers the run again (or loads
  it, with automatic loading on), and its ``.part`` files are continued; :func:`remove_partial_downloads` clears
  them when the user no longer wants that run.
* Once every file of an execution is on disk a ``manifest.json`` is written last; loading an execution whose
  manifest exists (and whose files are all there) needs no network at all, which makes re-loading instant.
* Optionally (``stream_larger_than_mb`` > 0) large GeoTIFFs are not downloaded but streamed through ``/vsicurl/``
  (see :mod:`.streaming`): their manifest entry says ``"stream": true`` and keeps the ids needed to ask for a
  signed URL; the URL itself is only in the returned (in-memory) manifest, never in ``manifest.json``, and is
  asked for afresh on every load.
"""

from __future__ import annotations

import json
import os
import threading
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Optional

from ..api import listings, partial, transfer
from ..api.errors import CancelledError
from . import interrupted, streaming
from . import settings as fp_settings
from .i18n import tr
from .local_paths import OutputLayout, destination_lock, safe_name
from .run_context import fetch_run_context

MANIFEST = "manifest.json"
LOADS = "pending_loads"
RASTER_TYPES = {"GeoTIFF", "DEM", "JPEG2000"}
VECTOR_TYPES = {"GeoJSON", "KML", "KMZ", "ESRI Shapefile"}
TABLE_TYPES = {"CSV"}
Progress = Callable[[float], None]  # percent 0..100


def process_folder(download_folder: str, process_name: str) -> Path:
    return Path(OutputLayout(download_folder, process_name).process_folder())


def execution_folder(download_folder: str, process_name: str, execution_id: str) -> Path:
    """Raises :class:`PathTooLongError` when ``download_folder`` is too deep for Windows' paths."""
    return Path(OutputLayout(download_folder, process_name).execution_folder(execution_id))


def loads_journal() -> interrupted.Journal:
    """The runs whose outputs are being downloaded, kept in the plugin's settings until they are on the map."""

    def save(entries: list) -> None:
        fp_settings.save_json(LOADS, entries)
        fp_settings.sync()

    return interrupted.Journal(lambda: fp_settings.load_json(LOADS, []), save, "key")


def remove_partial_downloads(download_folder: str, process_name: str, execution_ids: list[str]) -> int:
    """Remove what unfinished downloads left in the folders of these executions (``.part`` files and their notes);
    return how many files were concerned. Complete files and manifests stay."""
    count = 0
    for execution_id in execution_ids:
        folder = execution_folder(download_folder, process_name or "process", execution_id)
        if folder.is_dir():
            for dest in partial.leftovers(str(folder)):
                partial.remove(dest)
                count += 1
    return count


def forget_run(process_name: str, execution_ids: list[str], key: str) -> None:
    """Worker: a deleted run's partial downloads removed (no use now) and its interrupted load forgotten."""
    remove_partial_downloads(fp_settings.load_preferences().download_folder, process_name, execution_ids)
    loads_journal().drop(key)


def read_manifest(folder: Path) -> Optional[dict]:
    """The manifest of a completely downloaded execution, or None when missing, broken or incomplete."""
    path = Path(folder) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    for component in manifest.get("components", []):
        for output in component.get("outputs", []):
            for entry in output.get("files", []):
                if not entry.get("stream") and not (Path(folder) / entry["path"]).is_file():
                    return None
    return manifest


def _without_urls(value: Any) -> Any:
    """A copy of the manifest without signed URLs (they are credentials and expire: never written to disk)."""
    if isinstance(value, dict):
        return {k: _without_urls(v) for k, v in value.items() if k != "url"}
    if isinstance(value, list):
        return [_without_urls(v) for v in value]
    return value


def _write_manifest(folder: Path, manifest: dict) -> None:
    tmp = Path(folder) / (MANIFEST + ".part")
    tmp.write_text(json.dumps(_without_urls(manifest), indent=1, default=str), encoding="utf-8")
    os.replace(tmp, Path(folder) / MANIFEST)


def raster_facts(path: str, approximate: bool = False) -> dict:
    """What layers.py needs to style a raster, read once here (in the worker thread) with GDAL.

    ``approximate`` (streamed rasters) lets GDAL take the value range from overviews or a sample of blocks
    instead of reading the whole file over HTTP."""
    from osgeo import gdal

    facts: dict[str, Any] = {}
    dataset = gdal.Open(str(path))
    if dataset is None:
        return facts
    try:
        band = dataset.GetRasterBand(1)
        facts["bands"] = dataset.RasterCount
        facts["data_type"] = gdal.GetDataTypeName(band.DataType)
        facts["nodata"] = band.GetNoDataValue()
        table = band.GetColorTable()
        if table is not None:
            facts["colour_table"] = [[i, *table.GetColorEntry(i)] for i in range(table.GetCount())]
        names = band.GetCategoryNames()
        if names:
            facts["category_names"] = {i: n for i, n in enumerate(names) if n}
        metadata = dict(dataset.GetMetadata() or {})
        metadata.update(band.GetMetadata() or {})
        facts["metadata"] = metadata
        facts["description"] = band.GetDescription()
        facts["units"] = band.GetUnitType() or ""
        try:
            minimum, maximum = band.ComputeRasterMinMax(approximate)
            facts["minimum"], facts["maximum"] = float(minimum), float(maximum)
        except RuntimeError:
            pass
    finally:
        dataset = None
    return facts


class _Progress:
    """Turns byte counts of several files into one percentage for the task."""

    def __init__(self, total: int, report: Optional[Progress]):
        self.total = max(1, total)
        self.done = 0
        self.report = report

    def file(self, base: int) -> Callable[[int, Optional[int]], None]:
        def callback(done: int, _total: Optional[int]) -> None:
            self.done = base + done
            if self.report is not None:
                self.report(min(99.0, 100.0 * self.done / self.total))

        return callback


def _is_aggregator(component: dict) -> bool:
    return "aggregator" in str(component.get("name") or "").lower()


def list_outputs(session, organisation_id: str, execution_id: str, cancel: Optional[threading.Event] = None) -> list:
    """Components of an execution with their output data items and files (wire dicts), intermediates skipped."""
    org = str(organisation_id)
    result = []
    for index, component in enumerate(listings.execution_components(session, org, execution_id), start=1):
        if cancel is not None and cancel.is_set():
            raise CancelledError("Cancelled")
        if component.get("intermediate"):
            continue
        outputs = []
        for number, data_id in enumerate(component.get("outputs") or [], start=1):
            data = listings.data_model(session, org, data_id)
            files = listings.data_files(session, org, data_id)
            outputs.append({"number": number, "data": data, "files": files})
        result.append({"index": index, "component": component, "outputs": outputs})
    return result


def _manifest_files(manifest: dict):
    for component in manifest.get("components", []):
        for output in component.get("outputs", []):
            yield from output.get("files", [])


def _attach_url(session, organisation_id: str, record: dict, warm: bool = False) -> None:
    """Give a streamed manifest entry a fresh signed URL (in memory only) and its expiry.

    ``warm`` opens the new URL once here, in the worker: GDAL's /vsicurl/ cache is process-wide, so the layer
    then opens on the main thread without waiting on HTTP for the file's header."""
    url = streaming.signed_url(
        session, record.get("organisation_id") or organisation_id, record["data_id"], record["file_id"]
    )
    record["url"] = url
    record["url_expires"] = streaming.url_expiry(url).astimezone().isoformat(timespec="minutes")
    if warm:
        from osgeo import gdal

        try:
            dataset = gdal.Open(streaming.vsicurl_source(url))
            dataset = None  # noqa: F841 - closing it; the header stays in GDAL's cache
        except RuntimeError:
            pass  # the layer reports an unreadable URL itself


def download_execution(
    session,
    organisation_id: str,
    execution: dict,
    process: dict,
    download_folder: str,
    *,
    progress: Optional[Progress] = None,
    cancel: Optional[threading.Event] = None,
    stream_larger_than_mb: float = 0.0,
) -> dict:
    """Download every output file of one execution (unless already complete) and return its manifest.

    With ``stream_larger_than_mb`` > 0, GeoTIFFs larger than that are not downloaded: their entries get
    ``"stream": true`` and a fresh signed ``url`` for ``/vsicurl/`` (a file already on disk is always used).
    """
    layout = OutputLayout(download_folder, process.get("name") or "process")  # too deep: raised before any fetch
    folder = Path(layout.execution_folder(execution["id"]))
    with destination_lock(folder, cancel):  # one download of these files at a time; the second finds them done
        return _download_execution(
            session, organisation_id, execution, process, layout, folder, progress, cancel, stream_larger_than_mb
        )


def _fetch_file(session, organisation_id: str, item: dict, destination: Path, progress, cancel) -> None:
    """One output file onto disk: its signed address, then the bytes (``download_file`` retries 5xx/429/unreachable
    with the session's policy, resumes a body broken midway with Range and continues a ``.part`` left by a killed
    QGIS); an address refused midway (expired) is renewed once and the part continued."""
    from ..api.errors import TransferError

    def signed_url() -> str:
        url = listings.download_url(session, organisation_id, item["data_id"], item["file_id"])
        if not url:
            raise RuntimeError(tr("The Fusion Platform gave no download address for {0}.").format(destination.name))
        return url

    def fetch(url: str, renewable: bool) -> None:
        transfer.download_file(
            url,
            str(destination),
            http=session.http,
            progress=progress,
            cancel=cancel,
            timeout=session.timeout,
            retry=session.retry,
            identity=f"file:{item['file_id']}",
            keep_part_on_refusal=renewable,
        )

    try:
        fetch(signed_url(), renewable=True)
    except TransferError as exc:
        if exc.status not in (401, 403):
            raise
        try:
            url = signed_url()
        except BaseException:
            partial.remove(str(destination))
            raise
        fetch(url, renewable=False)


def _download_execution(
    session,
    organisation_id: str,
    execution: dict,
    process: dict,
    layout: OutputLayout,
    folder: Path,
    progress: Optional[Progress],
    cancel: Optional[threading.Event],
    stream_larger_than_mb: float,
) -> dict:
    existing = read_manifest(folder)
    if existing is not None and all(
        streaming.should_stream(e, stream_larger_than_mb) for e in _manifest_files(existing) if e.get("stream")
    ):
        for record in _manifest_files(existing):
            if record.get("stream"):
                _attach_url(session, organisation_id, record, warm=True)
        if progress is not None:
            progress(100.0)
        existing["folder"] = str(folder)
        return existing
    folder.mkdir(parents=True, exist_ok=True)
    listing = list_outputs(session, organisation_id, execution["id"], cancel)
    total = sum(int(f.get("size") or 0) for c in listing for o in c["outputs"] for f in o["files"])
    meter = _Progress(total, progress)
    base = 0
    components = []
    for entry in listing:
        component = entry["component"]
        component_dir = layout.component_dir(entry["index"], component.get("name"))
        taken: set = set()  # names given in this component's folder, compared as Windows and macOS do
        outputs = []
        for output in entry["outputs"]:
            files = []
            for number, item in enumerate(output["files"], start=1):
                if cancel is not None and cancel.is_set():
                    raise CancelledError("Download cancelled")
                file_name = layout.file_name(
                    component_dir, output["number"], item.get("file_name") or f"file_{number}", taken
                )
                relative = f"{component_dir}/{file_name}"
                destination = folder / relative
                streamed = not destination.is_file() and streaming.should_stream(item, stream_larger_than_mb)
                if streamed:
                    record = {
                        "stream": True,
                        "organisation_id": str(organisation_id),
                        "data_id": item.get("data_id"),
                        "file_id": item.get("file_id"),
                    }
                    _attach_url(session, organisation_id, record)
                elif not destination.is_file():
                    _fetch_file(session, organisation_id, item, destination, meter.file(base), cancel)
                base += int(item.get("size") or 0)
                if not streamed:
                    record = {}
                record.update(
                    {
                        "path": relative,
                        "file_name": item.get("file_name"),
                        "file_type": item.get("file_type"),
                        "file_id": item.get("file_id"),
                        "data_id": item.get("data_id"),
                        "size": int(item.get("size") or 0) if streamed else destination.stat().st_size,
                        "crs": item.get("crs"),
                        "bounds": item.get("bounds"),
                        "selectors": item.get("selectors"),
                        "title": item.get("title"),
                        "description": item.get("description"),
                    }
                )
                if item.get("file_type") in RASTER_TYPES or file_name.lower().endswith((".tif", ".tiff")):
                    source = streaming.vsicurl_source(record["url"]) if streamed else str(destination)
                    record["raster"] = raster_facts(source, approximate=streamed)
                files.append(record)
            outputs.append(
                {
                    "number": output["number"],
                    "name": output["data"].get("name"),
                    "data_id": output["data"].get("id"),
                    "files": files,
                }
            )
        components.append(
            {
                "index": entry["index"],
                "name": component.get("name"),
                "id": component.get("id"),
                "service_id": component.get("service_id"),
                "options": component.get("options"),
                "aggregator": _is_aggregator(component),
                "runtime": component.get("runtime"),
                "outputs": outputs,
            }
        )
    manifest = {
        "execution": execution,
        "process": {k: process.get(k) for k in ("id", "name", "service_id")},
        "components": components,
        "downloaded_at": datetime.now().astimezone().isoformat(),
    }
    _write_manifest(folder, manifest)
    manifest["folder"] = str(folder)
    if progress is not None:
        progress(100.0)
    return manifest


def build_mosaics(
    manifests: list[dict], group_folder: Path, mosaic_name: Optional[Callable[[str, int, int], str]] = None
) -> list[dict]:
    """One VRT per (component, output) across the slices of a group; slices keep their own files.

    Returns ``[{"name", "path", "component", "number", "slices": [absolute paths], "raster": facts}]``. The VRT is
    rebuilt only when missing, so re-loading stays instant.
    """
    from osgeo import gdal

    buckets: dict[tuple, list[str]] = {}
    for manifest in manifests:
        for component in manifest.get("components", []):
            if component.get("aggregator"):
                continue
            for output in component.get("outputs", []):
                for number, entry in enumerate(output.get("files", []), start=1):
                    if "raster" not in entry or entry.get("stream"):
                        continue  # a streamed slice has no local file (and its URL expires): loaded on its own
                    key = (component.get("name") or "", output.get("number"), number)
                    buckets.setdefault(key, []).append(str(Path(manifest["folder"]) / entry["path"]))
    mosaics = []
    for (name, output_number, file_number), paths in sorted(buckets.items()):
        if len(paths) < 2:
            continue
        group_folder.mkdir(parents=True, exist_ok=True)
        vrt = group_folder / (
            mosaic_name(name, output_number, file_number)
            if mosaic_name is not None
            else f"{safe_name(name)}_{output_number}_{file_number}_mosaic.vrt"
        )
        if not vrt.is_file():
            tmp = str(vrt) + ".part.vrt"
            result = gdal.BuildVRT(tmp, sorted(paths))
            if result is None:
                raise RuntimeError(tr("Could not build the mosaic of {0}.").format(name))
            result.FlushCache()
            result = None
            # Paths inside the VRT are relative to its folder, so renaming keeps it valid.
            os.replace(tmp, vrt)
        mosaics.append(
            {
                "name": name,
                "path": str(vrt),
                "number": output_number,
                "slices": sorted(paths),
                "raster": raster_facts(str(vrt)),
            }
        )
    return mosaics


def _run_context(session, organisation_id: str, process: dict, download_folder: str) -> dict:
    """The run's context (run_context.py), read once and kept beside the outputs: reloading needs no network."""
    folder = process_folder(download_folder, process.get("name") or "process")
    path = folder / f"context_{safe_name(str(process.get('id') or ''))}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    context = fetch_run_context(session, organisation_id, str(process.get("id") or ""))
    if context.get("price") is not None:  # complete: keep it
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(context), encoding="utf-8")
        except OSError:
            pass
    return context


def download_run(
    session,
    organisation_id: str,
    executions: list[dict],
    process: dict,
    download_folder: str,
    *,
    progress: Optional[Progress] = None,
    cancel: Optional[threading.Event] = None,
    stream_larger_than_mb: float = 0.0,
) -> dict:
    """Download a whole run (one execution, or every member of a group) and build the group's mosaics.

    Returns ``{"process": ..., "executions": [...], "manifests": [...], "mosaics": [...], "group_id": ...}``.
    """
    manifests = []
    count = max(1, len(executions))
    for position, execution in enumerate(executions):

        def part(percent: float, position: int = position) -> None:
            if progress is not None:
                progress((position + percent / 100.0) * 100.0 / count)

        manifests.append(
            download_execution(
                session,
                organisation_id,
                execution,
                process,
                download_folder,
                progress=part,
                cancel=cancel,
                stream_larger_than_mb=stream_larger_than_mb,
            )
        )
    group_id = next((e.get("group_id") for e in executions if e.get("group_id")), None)
    mosaics = []
    if group_id and len(executions) > 1:
        layout = OutputLayout(download_folder, process.get("name") or "process")
        mosaics = build_mosaics(
            manifests,
            Path(layout.group_folder(group_id)),
            lambda name, output, number: layout.mosaic_name(group_id, name, output, number),
        )
    run = {
        "process": process,
        "executions": executions,
        "manifests": manifests,
        "mosaics": mosaics,
        "group_id": group_id,
        # price, region, organisation, schedule: what each layer's metadata tells besides the executions
        "context": _run_context(session, organisation_id, process, download_folder),
    }
    from . import layers  # GDAL opens the rasters here, in the task, not in load_run on the main thread

    layers.open_rasters(run)
    return run
