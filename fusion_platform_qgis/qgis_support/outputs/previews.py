"""Preview thumbnails of a run's outputs, fetched before - and without - downloading the outputs themselves.

Why this shape:
* The platform renders a small PNG for many output files (a file carries ``preview_file_id`` when it has one).
  Showing those in the Executions dock lets the user judge a run before spending time and disk on its outputs.
* Everything here is worker code (called inside a QgsTask): listing the outputs, fetching the PNGs, and decoding
  and scaling them into ``QImage`` objects (QImage is safe to use off the main thread; the dock only wraps the
  finished image into a pixmap on the main thread).
* PNGs are cached per file id under ``<download folder>/.previews/``, and the list of an execution's previewable
  files in ``<execution id>.json`` beside them (a finished execution's outputs never change), so selecting a run
  again - even after a restart - costs no request at all. Neither cache holds a signed URL.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QImage

from ...api import listings, transfer
from ...api.errors import CancelledError
from ..toolbelt.log import log_warning
from .downloads import list_outputs, safe_name
from .styling import ramp_grey_rgba, stretch_grey_rgba

PREVIEW_FOLDER = ".previews"
THUMBNAIL_SIZE = 96  # pixels, longest side
MAX_PREVIEWS = 48  # a big group shows its first thumbnails; the outputs themselves are all loaded by "Load outputs"


def preview_folder(download_folder: str) -> Path:
    return Path(download_folder) / PREVIEW_FOLDER


def cached_preview_path(download_folder: str, file_id: str) -> Path:
    return preview_folder(download_folder) / f"{safe_name(str(file_id), 'file')}.png"


def _index_path(download_folder: str, execution_id: str) -> Path:
    return preview_folder(download_folder) / f"{safe_name(str(execution_id), 'execution')}.json"


def _check(cancel: Optional[threading.Event]) -> None:
    if cancel is not None and cancel.is_set():
        raise CancelledError("Cancelled")


def list_previewable(
    session, organisation_id: str, execution: dict, download_folder: str, cancel: Optional[threading.Event] = None
) -> list[dict]:
    """The output files of one finished execution that have a preview (from the cached index when present)."""
    index = _index_path(download_folder, execution["id"])
    try:
        return list(json.loads(index.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        pass
    entries = []
    for component in list_outputs(session, organisation_id, execution["id"], cancel):
        _check(cancel)
        for output in component["outputs"]:
            for item in output["files"]:
                if not item.get("preview_file_id"):
                    continue
                entries.append(
                    {
                        "execution_id": str(execution["id"]),
                        "group_index": execution.get("group_index"),
                        "component": component["component"].get("name") or "",
                        "output": output["data"].get("name") or "",
                        "data_id": str(item.get("data_id")),
                        "file_id": str(item.get("file_id")),
                        "file_name": item.get("file_name") or "",
                        "file_type": item.get("file_type") or "",
                        "size": item.get("size"),
                    }
                )
    index.parent.mkdir(parents=True, exist_ok=True)
    tmp = index.with_suffix(".json.part")
    tmp.write_text(json.dumps(entries), encoding="utf-8")
    os.replace(tmp, index)
    return entries


def fetch_preview(
    session, organisation_id: str, entry: dict, download_folder: str, cancel: Optional[threading.Event] = None
) -> Optional[Path]:
    """The cached PNG of one file's preview, fetched once through a signed preview URL (None when refused)."""
    path = cached_preview_path(download_folder, entry["file_id"])
    if path.is_file():
        return path
    url = listings.download_url(session, organisation_id, entry["data_id"], entry["file_id"], preview=True)
    if not url:
        return None
    transfer.download_file(
        url, str(path), http=session.http, cancel=cancel, timeout=session.timeout, retry=session.retry
    )
    return path


def thumbnail(path: Path, size: int = THUMBNAIL_SIZE, elevation: bool = False) -> QImage:
    """Decode, scale and restyle one PNG (worker thread): an elevation preview in the elevation layer's colour ramp,
    another grey one contrast-stretched; a null image when the file is not an image."""
    image = QImage(str(path))
    if image.isNull():
        return image
    scaled = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return stretched(scaled, ramp_grey_rgba if elevation else stretch_grey_rgba)


def is_elevation_preview(entry: dict) -> bool:
    """A preview of an output the map styles as elevation (``layer_styles.is_elevation`` on its component and output)."""
    text = f"{entry.get('component') or ''} {entry.get('output') or ''} {entry.get('file_name') or ''}".lower()
    return any(word in text for word in ("elevation", "dem", "terrain", "height"))


def stretched(image: QImage, restyle: Callable[[Any], Any] = stretch_grey_rgba) -> QImage:
    """A grey preview restyled by ``restyle`` (default ``styling.stretch_grey_rgba``: values crowding a narrow
    range, a nearly black elevation preview, stretched to their 2nd-98th percentile); coloured images unchanged."""
    import numpy as np

    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    width, height, line = rgba.width(), rgba.height(), rgba.bytesPerLine()
    bits = rgba.constBits()
    if bits is None:  # a null image has no pixels to stretch
        return image
    pixels = (
        np.frombuffer(bits.asstring(line * height), np.uint8)
        .reshape(height, line)[:, : width * 4]
        .reshape(height, width, 4)
    )
    out = restyle(pixels)
    if out is None:
        return image
    data = np.ascontiguousarray(out).tobytes()
    return QImage(data, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()


def fetch_run_previews(
    session,
    organisation_id: str,
    executions: list[dict],
    download_folder: str,
    *,
    size: int = THUMBNAIL_SIZE,
    cancel: Optional[threading.Event] = None,
    limit: int = MAX_PREVIEWS,
) -> list[dict]:
    """Worker: the thumbnails of a run's outputs, ``[{...entry, "path": str, "image": QImage}]``.

    Only the previews are requested (E20 with ``preview=True`` and the PNG itself); the output files are not.
    A file whose preview cannot be fetched is skipped with a warning: a preview is a courtesy.
    """
    result: list[dict] = []
    for execution in executions:
        _check(cancel)
        for entry in list_previewable(session, organisation_id, execution, download_folder, cancel):
            if len(result) >= limit:
                return result
            _check(cancel)
            try:
                path = fetch_preview(session, organisation_id, entry, download_folder, cancel)
            except CancelledError:
                raise
            except Exception as exc:
                log_warning(f"No preview for {entry.get('file_name')}: {exc}")
                continue
            if path is None:
                continue
            image = thumbnail(path, size, elevation=is_elevation_preview(entry))
            if image.isNull():
                log_warning(f"The preview of {entry.get('file_name')} is not an image")
                continue
            result.append({**entry, "path": str(path), "image": image})
    return result
