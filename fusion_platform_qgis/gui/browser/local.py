"""Which Browser items are on disk already, and the URIs QGIS's Processing parameters accept for them.

A Processing parameter widget (``QgsProcessingMapLayerComboBox``, the multiple-layers panel) takes from a drop
the first ``QgsMimeDataUtils`` URI it can open: a ``raster`` URI of the ``gdal`` provider, a ``vector`` URI
(``ogr``), or any URI for a plain map-layer parameter. So a file or output already downloaded is offered as its
local file — first, before our own ``custom`` URI (which the map's drop handler takes) — and nothing else: never a
signed address (it would end up in the Processing history or a project and expire). An item not on disk yet is
downloaded when it is dragged (:func:`.actions.prefetch_data`, :func:`.actions.prefetch_run`); the next drag
offers the file.

The ``*_on_disk`` functions look at the disk: worker code (``createChildren``) only. The others are pure.
"""

from __future__ import annotations

import os
from typing import Optional

from qgis.core import QgsMimeDataUtils

from ...api.names import PathTooLongError, fitted_file_name
from ...qgis_support.data import item_layers as data_layers
from ...qgis_support.outputs import downloads as fp_outputs

LocalFile = tuple[str, str]  # (path, file type)


def local_uri(name: str, path: str, file_type: str) -> QgsMimeDataUtils.Uri:
    """A gdal (raster) or ogr (vector) URI of a downloaded file, as the Browser gives for a file on disk."""
    kind, source = data_layers.layer_source(path, file_type)
    uri = QgsMimeDataUtils.Uri()
    uri.layerType = kind
    uri.providerKey = "gdal" if kind == "raster" else "ogr"
    uri.name = name
    uri.uri = source
    return uri


def local_uris(name: str, files: list[LocalFile]) -> list:
    return [
        local_uri(name if len(files) == 1 else f"{name} — {os.path.basename(path)}", path, file_type)
        for path, file_type in files
    ]


def data_folder(cache: str, model: dict) -> str:
    """Where "Add to map" downloads a data item (:func:`...qgis_support.data.item_layers.download_data`)."""
    return data_layers.data_folder(cache, model.get("name"), model.get("id"))


def file_id(file_model: dict) -> str:
    return str(file_model.get("file_id") or file_model.get("id"))


def primary(files: list[dict]) -> list[dict]:
    """The files "Add to map" downloads: derived alternatives (with a ``source`` listed too) are skipped."""
    ids = {file_id(f) for f in files}
    return [f for f in files if not (f.get("source") and str(f.get("source")) in ids)]


def same_file(path: str, file_model: dict) -> bool:
    folder = os.path.dirname(path)
    try:
        return os.path.basename(path) == fitted_file_name(folder, file_model.get("file_name") or file_id(file_model))
    except PathTooLongError:
        return False


def file_on_disk(folder: str, file_model: dict) -> Optional[LocalFile]:
    """Worker: the downloaded file of a data item's file (complete: its size as listed), or None."""
    try:
        path = os.path.join(folder, fitted_file_name(folder, file_model.get("file_name") or file_id(file_model)))
        size = os.path.getsize(path)
    except (OSError, PathTooLongError):
        return None
    expected = int(file_model.get("size") or 0)
    if expected and size != expected:
        return None
    return path, str(file_model.get("file_type") or "")


def output_files(manifests: list[dict], data_id: str) -> list[LocalFile]:
    """The files on disk of one output (a data item of a run) in the runs' download manifests; streamed
    entries (read through a signed address) are not offered."""
    found = []
    for manifest in manifests:
        folder = manifest.get("folder")
        for component in manifest.get("components") or []:
            for output in component.get("outputs") or []:
                if str(output.get("data_id")) != str(data_id):
                    continue
                for entry in output.get("files") or []:
                    if folder and entry.get("path") and not entry.get("stream"):
                        found.append((os.path.join(folder, entry["path"]), str(entry.get("file_type") or "")))
    return found


def run_manifests_on_disk(download_folder: str, process: dict, executions: list[dict]) -> list[dict]:
    """Worker: the manifests of the executions downloaded completely into the download folder."""
    manifests = []
    for execution in executions:
        try:
            folder = fp_outputs.execution_folder(
                download_folder, process.get("name") or "process", str(execution.get("id"))
            )
        except PathTooLongError:
            return []  # nothing can be on disk there; the download says why
        manifest = fp_outputs.read_manifest(folder)
        if manifest is not None:
            manifest["folder"] = str(folder)
            manifests.append(manifest)
    return manifests
