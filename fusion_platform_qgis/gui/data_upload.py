"""The Data dock's uploads: from a vector layer or its selection, a drawn rectangle or polygon, the map extent, a
raster layer or files on disk; each runs as one QgsTask (``qgis_support.data.uploads``).

:class:`DataUploader` owns the upload menu, the progress bar and cancel button, and the drawing tools. Problems
found before or during an upload go to the dock's :class:`~.data_messages.DataMessages` with the fix that
relaunches the upload with the changes (repair, simplify, ASCII name), or a retry. A finished upload is
announced with ``uploaded`` (the new :class:`~..api.models.Data`).
"""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsGeometry, QgsMapLayer, QgsRasterLayer, QgsVectorLayer
from qgis.gui import QgsMapTool
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QMenu, QWidget

from ..api.models import Data
from ..qgis_support.data import region, uploads
from ..qgis_support.session.plugin_state import PluginState
from ..qgis_support.toolbelt.iface import qgis_iface
from ..qgis_support.toolbelt.tasks import FunctionTask
from ..qgis_support.words.i18n import tr
from ..qgis_support.words.messages import UPLOAD, describe_error
from .data_messages import DataMessages, DataQuestions
from .map_tools import RegionMapTool


class DataUploader(QObject):
    """Upload menu (``button_upload``), progress (``progress_upload``, ``button_cancel_upload``) and drawing tools."""

    uploaded = pyqtSignal(object)  # the new Data

    def __init__(self, ui: Any, state: PluginState, messages: DataMessages, questions: DataQuestions, parent: QWidget):
        super().__init__(parent)
        self.ui = ui
        self.state = state
        self.messages = messages
        self.questions = questions
        self.upload_task: Optional[FunctionTask] = None
        self.last_upload: Optional[dict] = None
        self.last_uploaded: Optional[Data] = None
        self.map_tool: Optional[RegionMapTool] = None
        self._previous_tool: Optional[QgsMapTool] = None
        self.upload_menu = self._build_menu(parent)
        ui.button_upload.setMenu(self.upload_menu)
        ui.button_cancel_upload.clicked.connect(self.cancel_upload)
        ui.button_retry.clicked.connect(self.retry_upload)

    def _build_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
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
            action = menu.addAction(label)
            if action is not None:
                action.triggered.connect(lambda _checked=False, s=slot: s())
        return menu

    # ------------------------------------------------------------------ what to upload
    def upload_chosen_layer(self) -> Optional[FunctionTask]:
        """Menu "Layer…": the user picks the layer; the upload itself is the usual ``upload_layer`` path."""
        choice = self.questions.ask_upload_choice()
        if choice is None:
            return None
        return self.upload_layer(choice.layer, selected_only=choice.selected_only, name=choice.name)

    def upload_active_layer(self, selected_only: bool = False) -> None:
        layer = qgis_iface().activeLayer()
        if layer is None:
            self.messages.show(tr("Select a layer in the Layers panel first."), Qgis.MessageLevel.Warning)
            return
        self.upload_layer(layer, selected_only=selected_only)

    def upload_layer(
        self,
        layer: QgsMapLayer,
        selected_only: bool = False,
        name: Optional[str] = None,
        repair: bool = False,
        simplify_tolerance: Optional[float] = None,
    ) -> Optional[FunctionTask]:
        kind = "raster" if isinstance(layer, QgsRasterLayer) else "vector"
        if kind == "vector" and not isinstance(layer, QgsVectorLayer):
            self.messages.show(tr("Only vector and raster layers can be uploaded."), Qgis.MessageLevel.Warning)
            return None
        return self._launch(
            {
                "kind": "layer",
                "layer": layer,
                "selected_only": selected_only,
                "name": name or layer.name(),
                "repair": repair,
                "simplify_tolerance": simplify_tolerance,
            }
        )

    def upload_geometry(
        self, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem, name: Optional[str] = None
    ) -> Optional[FunctionTask]:
        return self._launch({"kind": "geometry", "geometry": geometry, "crs": crs, "name": name or tr("Drawn region")})

    def upload_map_extent(self, name: Optional[str] = None) -> Optional[FunctionTask]:
        canvas = qgis_iface().mapCanvas()
        return self.upload_geometry(
            region.extent_geometry(canvas.extent()), canvas.mapSettings().destinationCrs(), name or tr("Map extent")
        )

    def upload_files_from_disk(self) -> None:
        for path in self.questions.ask_files():
            self.upload_file(path)

    def upload_file(self, path: str, name: Optional[str] = None) -> Optional[FunctionTask]:
        return self._launch({"kind": "file", "path": path, "name": name})

    # ------------------------------------------------------------------ drawing a region
    def start_drawing(self, shape: str) -> None:
        from .map_tools import PolygonMapTool, RectangleMapTool

        canvas = qgis_iface().mapCanvas()
        self.remove_map_tool()
        tool = (RectangleMapTool if shape == "rectangle" else PolygonMapTool)(canvas)
        tool.geometry_finished.connect(self.on_geometry_drawn)
        tool.cancelled.connect(self._restore_map_tool)
        self.map_tool = tool
        self._previous_tool = canvas.mapTool()
        canvas.setMapTool(tool)

    def on_geometry_drawn(self, geometry: QgsGeometry) -> None:
        crs = qgis_iface().mapCanvas().mapSettings().destinationCrs()
        self._restore_map_tool()
        name = self.questions.ask_text(tr("Upload region"), tr("Name of the new data item:"), tr("Drawn region"))
        if name:
            self.upload_geometry(geometry, crs, name)

    def _restore_map_tool(self) -> None:
        canvas = qgis_iface().mapCanvas()
        if self.map_tool is not None and canvas.mapTool() is self.map_tool:
            canvas.unsetMapTool(self.map_tool)
            if self._previous_tool is not None:
                canvas.setMapTool(self._previous_tool)

    def remove_map_tool(self) -> None:
        if self.map_tool is not None:
            self._restore_map_tool()
            self.map_tool.remove()
            self.map_tool.deleteLater()
            self.map_tool = None

    # ------------------------------------------------------------------ the upload task
    def launch(self, params: dict) -> Optional[FunctionTask]:
        """Start an upload from ready parameters (the "Resume upload" of an interrupted one)."""
        return self._launch(params)

    def _launch(self, params: dict) -> Optional[FunctionTask]:
        organisation = self.state.organisation
        if organisation is None:
            self.messages.show(tr("Log in first (Account dock)."), Qgis.MessageLevel.Warning)
            return None
        if self.upload_task is not None:
            self.messages.show(tr("An upload is already running; wait for it or cancel it."), Qgis.MessageLevel.Warning)
            return None
        self.messages.clear()
        self.last_upload = params
        self.messages.last_error = None
        kind = params["kind"]

        def failed(error: BaseException) -> None:
            self._failed(error, params)

        try:
            if kind == "layer":
                task = uploads.upload_layer_as_data(
                    organisation,
                    params["layer"],
                    name=params.get("name"),
                    selected_only=params["selected_only"],
                    repair=params.get("repair", False),
                    simplify_tolerance=params.get("simplify_tolerance"),
                    on_success=self._done,
                    on_error=failed,
                )
            elif kind == "geometry":
                task = uploads.upload_geometry_as_data(
                    organisation,
                    params["geometry"],
                    params["crs"],
                    params["name"],
                    on_success=self._done,
                    on_error=failed,
                )
            else:
                task = uploads.upload_file_as_data(
                    organisation, params["path"], name=params.get("name"), on_success=self._done, on_error=failed
                )
        except region.RegionError as error:
            self._show_problems(error, params)
            return None
        self.upload_task = task
        self.state.push_busy()
        self.ui.progress_upload.setValue(0)
        self.ui.progress_upload.setVisible(True)
        self.ui.button_cancel_upload.setVisible(True)
        task.progressChanged.connect(lambda value: self.ui.progress_upload.setValue(int(value)))
        return task

    def _show_problems(self, error: region.RegionError, params: dict) -> None:
        self.messages.show_problems(error, lambda changes: self._launch({**params, **changes}))

    def _finished(self) -> None:
        if self.upload_task is not None:
            self.upload_task = None
            self.state.pop_busy()
        self.ui.progress_upload.setVisible(False)
        self.ui.button_cancel_upload.setVisible(False)

    def _done(self, data: Data) -> None:
        self._finished()
        self.last_uploaded = data
        self.uploaded.emit(data)

    def _failed(self, error: BaseException, params: dict) -> None:
        self._finished()
        self.messages.last_error = error
        if self.state.report_error(error):
            return
        if isinstance(error, region.RegionError):
            self._show_problems(error, params)
            return
        from ..api.errors import CancelledError

        level = Qgis.MessageLevel.Info if isinstance(error, CancelledError) else Qgis.MessageLevel.Critical
        retry = not isinstance(error, (CancelledError, uploads.IngestFailedError))
        self.messages.show(describe_error(error, during=UPLOAD).text, level, retry=retry)

    def cancel_upload(self) -> None:
        if self.upload_task is not None:
            self.upload_task.cancel()

    def retry_upload(self) -> None:
        params = self.last_upload
        self.messages.clear()
        if params is not None:
            self._launch(params)

    def shutdown(self) -> None:
        self.remove_map_tool()
        if self.upload_task is not None:
            try:
                self.upload_task.cancel()
            except RuntimeError:
                pass
