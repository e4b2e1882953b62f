"""The Data dock's details pane: the selected item's files (listed once, in the background), its details as
HTML and a preview image decoded and scaled in a worker.

:class:`DataDetailsMixin` is part of :class:`.data_dock.DataDock` (it uses the dock's ``ui``, ``state``,
``files``, ``previews`` and ``_run``); :func:`details_html` is plain text building, tested on its own.
"""

from __future__ import annotations

from typing import Any, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QImage, QPixmap
from qgis.PyQt.QtWidgets import QTreeWidgetItem

from ..api.models import Data
from ..qgis_support import data_layers, region
from ..qgis_support.i18n import format_datetime, tr
from ..qgis_support.log import log_warning
from . import upload_states
from .data_drop import ROLE_OBJECT

PREVIEW_SIZE = 160


class DataDetailsMixin:
    """Selection -> files, details and preview of the Data dock."""

    def on_selection_changed(self) -> None:
        self._update_buttons()
        selected = self.selected_data()
        if len(selected) != 1:
            self._show_details(None)
            return
        data = selected[0]
        data_id = str(data.id)
        if data_id in self.files:
            self._show_details(data)
            upload_states.offer(self, data, self.files[data_id])
            return
        self._show_details(data)

        def work(task):
            return list(data.files)

        def done(files):
            self.files[data_id] = files
            item = self.item_for(data_id)
            if item is not None and item.childCount() == 0:
                self._add_file_items(item, files)
            current = self.selected_data()
            if len(current) == 1 and str(current[0].id) == data_id:
                self._show_details(current[0])
                upload_states.offer(self, current[0], files)

        self._run(tr("Reading files of {0}").format(data.name), work, done)

    def _add_file_items(self, parent: QTreeWidgetItem, files: list) -> None:
        for item in files:
            child = QTreeWidgetItem(
                [
                    item.file_name or "",
                    item.file_type or "",
                    region.human_size(int(item.size)) if item.size is not None else "",
                ]
            )
            child.setData(0, ROLE_OBJECT, item)
            child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
            parent.addChild(child)
        if files:
            parent.setText(1, files[0].file_type or "")
            total = sum(int(f.size or 0) for f in files)
            parent.setText(2, region.human_size(total))
        upload_states.mark_item(parent, str(parent.data(0, ROLE_OBJECT).id), files)  # not "0 B" when unfinished

    def _show_details(self, data: Optional[Data]) -> None:
        self.preview_shown_for = None
        self.ui.label_preview.setPixmap(QPixmap())
        self.ui.label_preview.setText(tr("No preview"))
        if data is None:
            self.ui.text_details.setHtml("")
            return
        files = self.files.get(str(data.id))
        self.ui.text_details.setHtml(details_html(data, files))
        if not files:
            return
        with_preview = [f for f in files if f.preview_file_id]
        if not with_preview:
            return
        target = with_preview[0]
        key = str(target.file_id)
        if key in self.previews:
            self._set_preview(str(data.id), self.previews[key])
            return
        self.ui.label_preview.setText(tr("Loading preview…"))
        data_id = str(data.id)

        def work(task):
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

        def done(png):
            self.previews[key] = png
            current = self.selected_data()
            if len(current) == 1 and str(current[0].id) == data_id:
                self._set_preview(data_id, png)

        def failed(error):
            self.ui.label_preview.setText(tr("No preview"))
            self.state.report_error(error)
            log_warning(f"Preview of {data.name} failed: {error}")

        self._run(tr("Fetching preview of {0}").format(data.name), work, done, failed)

    def _set_preview(self, data_id: str, image: QImage) -> None:
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
        elif "size" not in item.attributes:
            parts.append("<i>" + upload_states.file_text(str(data.id), files, item.attributes) + "</i>")
        rows.append("<br/>".join(parts))
    return "".join(rows)
