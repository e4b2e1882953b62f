"""The Data dock's details pane: the selected item's details as HTML and a preview image decoded and scaled in a
worker.

:class:`DataDetails` owns ``text_details`` and ``label_preview`` of the dock's form and the previews fetched so
far; the dock tells it what to show (``show``). :func:`details_html` is plain text building, tested on its own.
"""

from __future__ import annotations

from typing import Any, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QImage, QPixmap

from ..api.models import Data
from ..qgis_support.data import item_layers as data_layers
from ..qgis_support.data import region
from ..qgis_support.session.plugin_state import PluginState
from ..qgis_support.toolbelt.log import log_warning
from ..qgis_support.toolbelt.tasks import TaskGroup
from ..qgis_support.words.i18n import format_datetime, tr
from . import upload_states

PREVIEW_SIZE = 160


class DataDetails:
    """The details and preview of one data item (``text_details``, ``label_preview`` in ``ui``)."""

    def __init__(self, ui: Any, state: PluginState, tasks: TaskGroup):
        self.ui = ui
        self.state = state
        self.tasks = tasks
        self.previews: dict[str, QImage] = {}  # file id -> scaled preview
        self.preview_shown_for: Optional[str] = None  # data id whose preview is on screen
        self.showing: Optional[str] = None  # data id whose details are on screen

    def show(self, data: Optional[Data], files: Optional[list]) -> None:
        """Show ``data`` (None: nothing) with its ``files`` (None: not read yet) and fetch its preview."""
        self.preview_shown_for = None
        self.showing = str(data.id) if data is not None else None
        self.ui.label_preview.setPixmap(QPixmap())
        self.ui.label_preview.setText(tr("No preview"))
        if data is None:
            self.ui.text_details.setHtml("")
            return
        self.ui.text_details.setHtml(details_html(data, files))
        if not files:
            return
        with_preview = [f for f in files if f.preview_file_id]
        if not with_preview:
            return
        target = with_preview[0]
        key = str(target.file_id)
        data_id = str(data.id)
        if key in self.previews:
            self._set_preview(data_id, self.previews[key])
            return
        self.ui.label_preview.setText(tr("Loading preview…"))

        def work(task) -> QImage:
            # Decode and scale in the worker (QImage is thread-safe): the main thread only wraps a ready image.
            png = data_layers.fetch_preview(target)
            image = QImage.fromData(png) if png else QImage()
            if not image.isNull():
                image = image.scaled(
                    PREVIEW_SIZE,
                    PREVIEW_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            return image

        def done(image: QImage) -> None:
            self.previews[key] = image
            if self.showing == data_id:
                self._set_preview(data_id, image)

        def failed(error: BaseException) -> None:
            self.ui.label_preview.setText(tr("No preview"))
            self.state.report_error(error)
            log_warning(f"Preview of {data.name} failed: {error}")

        self.tasks.run(tr("Fetching preview of {0}").format(data.name), work, done, failed)

    def _set_preview(self, data_id: str, image: Optional[QImage]) -> None:
        if image is not None and not image.isNull():
            self.ui.label_preview.setPixmap(QPixmap.fromImage(image))
            self.preview_shown_for = data_id
        else:
            self.ui.label_preview.setText(tr("No preview"))


def _fmt_bounds(bounds: Any) -> str:
    try:
        west, south, east, north = (float(v) for v in bounds)
    except (TypeError, ValueError):
        return tr("unknown")
    return f"{west:.5f}, {south:.5f} — {east:.5f}, {north:.5f}"


def details_html(data: Data, files: Optional[list]) -> str:
    """The details pane: the data item and, per file, type, size, bounds, CRS and features or bands."""
    from html import escape

    rows = [
        f"<b>{escape(data.name or '')}</b><br/>",
        tr("Created: {0}").format(escape(format_datetime(data.created_at))) + "<br/>",
    ]
    if data.bounds:
        rows.append(tr("Bounds (lon/lat): {0}").format(_fmt_bounds(data.bounds)) + "<br/>")
    if files is None:
        rows.append("<i>" + tr("Loading files…") + "</i>")
        return "".join(rows)
    if not files:
        rows.append("<i>" + tr("No files.") + "</i>")
    for item in files:
        parts = [f"<hr/><b>{escape(item.file_name or '')}</b> ({escape(item.file_type or '')})"]
        if item.size is not None:
            parts.append(tr("Size: {0}").format(region.human_size(int(item.size))))
        if item.crs:
            parts.append(tr("CRS: {0}").format(escape(str(item.crs))))
        if item.bounds:
            parts.append(tr("Bounds: {0}").format(_fmt_bounds(item.bounds)))
        counts = [
            tr("%n point(s)", None, int(item.points or 0)) if item.points else "",
            tr("%n line(s)", None, int(item.lines or 0)) if item.lines else "",
            tr("%n polygon(s)", None, int(item.polygons or 0)) if item.polygons else "",
        ]
        features = ", ".join(text for text in counts if text)
        if features:
            parts.append(tr("Features: {0}").format(features))
        if item.file_type in data_layers.RASTER_TYPES and item.selectors:
            parts.append(tr("Bands: {0}").format(len(item.selectors)))
        if item.resolution:
            parts.append(tr("Resolution: {0} m").format(item.resolution))
        if item.error:
            reason = item.attributes.get("error_message") or tr("analysis failed")
            parts.append("<span style='color:#b00'>" + escape(str(reason)) + "</span>")
        elif "size" not in item.attributes:  # interrupted, incomplete or being analysed: what the upload says
            parts.append("<i>" + upload_states.file_text(str(data.id), files, item.attributes) + "</i>")
        rows.append("<br/>".join(parts))
    return "".join(rows)
