"""The Data dock's uploads and its inline message panel (fix and retry buttons next to the data).

Uploads come from a vector layer or its selection, a drawn rectangle or polygon, the map extent, a raster
layer or files on disk; each runs as one QgsTask (``qgis_support.uploads``). Problems found before or
during the upload are shown inline with a button that fixes them where a fix exists (repair, simplify,
ASCII name) or retries. :class:`DataUploadsMixin` is part of :class:`.data_dock.DataDock`.
"""

from __future__ import annotations

from typing import Callable, Optional

from qgis.core import Qgis, QgsMapLayer, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtWidgets import QMenu

from ..api.models import Data
from ..qgis_support import messages, region, uploads
from ..qgis_support.i18n import tr


class DataUploadsMixin:
    """Upload menu, upload paths, drawing tools and the message panel of the Data dock."""

    # ------------------------------------------------------------------ messages
    def show_message(
        self,
        text: str,
        level=Qgis.MessageLevel.Info,
        fix_label: Optional[str] = None,
        fix: Optional[Callable[[], None]] = None,
        retry: bool = False,
    ) -> None:
        """Message bar for everyone, plus an inline panel that keeps fix/retry buttons next to the data."""
        self.iface.messageBar().pushMessage(
            tr("Fusion Platform"), text, level, 8 if level == Qgis.MessageLevel.Success else 0
        )
        self.ui.label_message.setText(text)
        self._fix = fix
        self.ui.button_fix.setVisible(fix is not None)
        self.ui.button_fix.setText(fix_label or tr("Fix"))
        self.ui.button_retry.setVisible(retry)
        self.ui.frame_message.setVisible(True)

    def clear_message(self) -> None:
        self.ui.frame_message.setVisible(False)
        self.ui.label_message.setText("")
        self._fix = None

    def apply_fix(self) -> None:
        fix, self._fix = self._fix, None
        self.clear_message()
        if fix is not None:
            fix()

    def show_problems(self, error: region.RegionError, params: Optional[dict] = None) -> None:
        """Show what is wrong with an upload and offer the fix the first fixable problem has."""
        self.last_error = error
        fixable = next((p for p in error.problems if p.fix), None)
        fix = label = None
        if fixable is not None and params is not None:
            if fixable.fix == region.FIX_REPAIR:
                label, changes = tr("Repair geometries and upload"), {"repair": True}
            elif fixable.fix == region.FIX_SIMPLIFY:
                label, changes = tr("Simplify and upload"), {"simplify_tolerance": fixable.suggestion}
            else:
                label, changes = tr("Use '{0}'").format(fixable.suggestion), {"name": fixable.suggestion}
            fix = lambda: self._launch_upload({**params, **changes})  # noqa: E731
        self.show_message(str(error), Qgis.MessageLevel.Warning, label, fix)

    # ------------------------------------------------------------------ uploads
    def _build_upload_menu(self) -> None:
        menu = QMenu(self)
        entries = [
            (tr("Layer…"), self.upload_chosen_layer),
            (tr("Selected features of the active layer"), lambda: self.upload_active_layer(selected_only=True)),
            (tr("Active layer (all features)"), lambda: self.upload_active_layer(selected_only=False)),
            (tr("Draw a rectangle on the map"), lambda: self.start_drawing("rectangle")),
            (tr("Draw a polygon on the map"), lambda: self.start_drawing("polygon")),
            (tr("Current map extent"), self.upload_map_extent),
            (tr("Files on disk…"), self.upload_files_from_disk),
        ]
        for label, slot in entries:
            menu.addAction(label).triggered.connect(lambda _checked=False, s=slot: s())
        self.upload_menu = menu
        self.ui.button_upload.setMenu(menu)

    def ask_upload_choice(self):
        """Ask which layer to upload, how, and under what name (an UploadChoice, or None when cancelled).

        Tests replace this with a function that drives an UploadDialog directly, so no modal stays open."""
        from .upload_dialog import UploadDialog

        dialog = UploadDialog(self.iface.activeLayer(), self)
        try:
            dialog.exec()
            return dialog.choice()
        finally:
            dialog.deleteLater()

    def upload_chosen_layer(self):
        """Menu "Layer…": the user picks the layer; the upload itself is the usual ``upload_layer`` path."""
        choice = self.ask_upload_choice()
        if choice is None:
            return None
        return self.upload_layer(choice.layer, selected_only=choice.selected_only, name=choice.name)

    def upload_active_layer(self, selected_only: bool = False) -> None:
        layer = self.iface.activeLayer()
        if layer is None:
            self.show_message(tr("Select a layer in the Layers panel first."), Qgis.MessageLevel.Warning)
            return
        self.upload_layer(layer, selected_only=selected_only)

    def upload_layer(
        self,
        layer: QgsMapLayer,
        selected_only: bool = False,
        name: Optional[str] = None,
        repair: bool = False,
        simplify_tolerance: Optional[float] = None,
    ):
        kind = "raster" if isinstance(layer, QgsRasterLayer) else "vector"
        if kind == "vector" and not isinstance(layer, QgsVectorLayer):
            self.show_message(tr("Only vector and raster layers can be uploaded."), Qgis.MessageLevel.Warning)
            return None
        return self._launch_upload(
            {
                "kind": "layer",
                "layer": layer,
                "selected_only": selected_only,
                "name": name or layer.name(),
                "repair": repair,
                "simplify_tolerance": simplify_tolerance,
            }
        )

    def upload_geometry(self, geometry, crs, name: Optional[str] = None):
        return self._launch_upload(
            {"kind": "geometry", "geometry": geometry, "crs": crs, "name": name or tr("Drawn region")}
        )

    def upload_map_extent(self, name: Optional[str] = None):
        canvas = self.iface.mapCanvas()
        return self.upload_geometry(
            region.extent_geometry(canvas.extent()), canvas.mapSettings().destinationCrs(), name or tr("Map extent")
        )

    def upload_files_from_disk(self) -> None:
        for path in self.ask_files():
            self.upload_file(path)

    def upload_file(self, path: str, name: Optional[str] = None):
        return self._launch_upload({"kind": "file", "path": path, "name": name})

    def start_drawing(self, shape: str) -> None:
        from .map_tools import PolygonMapTool, RectangleMapTool

        canvas = self.iface.mapCanvas()
        self._remove_map_tool()
        self.map_tool = (RectangleMapTool if shape == "rectangle" else PolygonMapTool)(canvas)
        self.map_tool.geometry_finished.connect(self.on_geometry_drawn)
        self.map_tool.cancelled.connect(self._restore_map_tool)
        self._previous_tool = canvas.mapTool()
        canvas.setMapTool(self.map_tool)

    def on_geometry_drawn(self, geometry) -> None:
        crs = self.iface.mapCanvas().mapSettings().destinationCrs()
        self._restore_map_tool()
        name = self.ask_text(tr("Upload region"), tr("Name of the new data item:"), tr("Drawn region"))
        if name:
            self.upload_geometry(geometry, crs, name)

    def _restore_map_tool(self) -> None:
        canvas = self.iface.mapCanvas()
        if self.map_tool is not None and canvas.mapTool() is self.map_tool:
            canvas.unsetMapTool(self.map_tool)
            if self._previous_tool is not None:
                canvas.setMapTool(self._previous_tool)

    def _remove_map_tool(self) -> None:
        if self.map_tool is not None:
            self._restore_map_tool()
            self.map_tool.remove()
            self.map_tool.deleteLater()
            self.map_tool = None

    def _launch_upload(self, params: dict):
        organisation = self.organisation
        if organisation is None:
            self.show_message(tr("Log in first (Account dock)."), Qgis.MessageLevel.Warning)
            return None
        if self.upload_task is not None:
            self.show_message(tr("An upload is already running; wait for it or cancel it."), Qgis.MessageLevel.Warning)
            return None
        self.clear_message()
        self.last_upload = params
        self.last_error = None
        kind = params["kind"]
        try:
            if kind == "layer":
                task = uploads.upload_layer_as_data(
                    organisation,
                    params["layer"],
                    name=params.get("name"),
                    selected_only=params["selected_only"],
                    repair=params.get("repair", False),
                    simplify_tolerance=params.get("simplify_tolerance"),
                    on_success=self._upload_done,
                    on_error=lambda e: self._upload_failed(e, params),
                )
            elif kind == "geometry":
                task = uploads.upload_geometry_as_data(
                    organisation,
                    params["geometry"],
                    params["crs"],
                    params["name"],
                    on_success=self._upload_done,
                    on_error=lambda e: self._upload_failed(e, params),
                )
            else:
                task = uploads.upload_file_as_data(
                    organisation,
                    params["path"],
                    name=params.get("name"),
                    on_success=self._upload_done,
                    on_error=lambda e: self._upload_failed(e, params),
                )
        except region.RegionError as error:
            self.show_problems(error, params)
            return None
        self.upload_task = task
        self.state.push_busy()
        self.ui.progress_upload.setValue(0)
        self.ui.progress_upload.setVisible(True)
        self.ui.button_cancel_upload.setVisible(True)
        task.progressChanged.connect(lambda value: self.ui.progress_upload.setValue(int(value)))
        return task

    def _upload_finished(self) -> None:
        if self.upload_task is not None:
            self.upload_task = None
            self.state.pop_busy()
        self.ui.progress_upload.setVisible(False)
        self.ui.button_cancel_upload.setVisible(False)

    def _upload_done(self, data: Data) -> None:
        self._upload_finished()
        self.last_uploaded = data
        self._select_after = str(data.id)
        self._after_change(tr("Uploaded {0}").format(data.name))

    def _upload_failed(self, error: BaseException, params: dict) -> None:
        self._upload_finished()
        self.last_error = error
        if self.state.report_error(error):
            return
        if isinstance(error, region.RegionError):
            self.show_problems(error, params)
            return
        from ..api.errors import CancelledError

        level = Qgis.MessageLevel.Info if isinstance(error, CancelledError) else Qgis.MessageLevel.Critical
        retry = not isinstance(error, (CancelledError, uploads.IngestFailedError))
        self.show_message(messages.describe_error(error, during=messages.UPLOAD).text, level, retry=retry)

    def cancel_upload(self) -> None:
        if self.upload_task is not None:
            self.upload_task.cancel()

    def retry_upload(self) -> None:
        params = self.last_upload
        self.clear_message()
        if params is not None:
            self._launch_upload(params)
