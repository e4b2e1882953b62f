""" "Fusion Platform ▸ Run again…" in the layer tree's context menu of every output layer.

Every output layer records its provenance in custom properties (:func:`..qgis_support.provenance.record_provenance`):
process, execution, service and the options as values by name. "Run again…" opens the process editor on an
unsaved copy of that process (the platform's copy template: same service, inputs, dispatchers), sets the options
recorded on the layer, and — when asked — replaces the region (input 1) by the selected features of a layer, a
whole layer, or a polygon drawn on the map. The editor then does what it always does: Create checks and prices
the new process, shows the price and the balance, and only then enables Execute.

Why ``iface.addCustomActionForLayerType`` + ``addCustomActionForLayer``: the one layer-tree menu hook that exists
from QGIS 3.22 on (``QgsLayerTreeView.contextMenuAboutToShow`` only from 3.32); the actions show under a
"Fusion Platform" sub-menu, for the layers that carry provenance only.
"""

from __future__ import annotations

import json
from typing import Any, Optional

from qgis.core import (
    QgsFeature,
    QgsMapLayer,
    QgsProject,
    QgsVectorDataProvider,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtWidgets import QAction

from ..qgis_support import layers as fp_layers
from ..qgis_support.compat import GEOMETRY_POLYGON, LAYER_TYPE_RASTER, LAYER_TYPE_VECTOR
from ..qgis_support.i18n import tr
from ..qgis_support.iface import qgis_iface, qgis_project
from ..qgis_support.tasks import run_task

MENU = "Fusion Platform"


def provenance(layer: Optional[QgsMapLayer]) -> Optional[dict]:
    """What an output layer records about its run, or None for layers the plugin did not make."""
    if layer is None:
        return None
    prop = fp_layers.PROPERTY
    process_id = str(layer.customProperty(prop + "process_id", "") or "")
    execution_id = str(layer.customProperty(prop + "execution_id", "") or "")
    if not process_id or not execution_id:
        return None
    try:
        options = json.loads(str(layer.customProperty(prop + "options_json", "") or "{}"))
    except ValueError:
        options = {}
    return {
        "process_id": process_id,
        "execution_id": execution_id,
        "process_name": str(layer.customProperty(prop + "process_name", "") or ""),
        "service": str(layer.customProperty(prop + "service", "") or ""),
        "service_id": str(layer.customProperty(prop + "service_id", "") or ""),
        "options": options if isinstance(options, dict) else {},
    }


def option_texts(options: dict) -> dict[str, Optional[str]]:
    """Provenance values as the option editors' wire texts (booleans as the platform writes them)."""
    result: dict[str, Optional[str]] = {}
    for name, value in options.items():
        if value is None:
            result[name] = None
        elif isinstance(value, bool):
            result[name] = "true" if value else "false"
        elif isinstance(value, float) and value.is_integer():
            result[name] = str(int(value))  # 8.0 recorded from a typed component option: the process said "8"
        else:
            result[name] = str(value)
    return result


def _provider(memory: QgsVectorLayer) -> QgsVectorDataProvider:
    provider = memory.dataProvider()
    if provider is None:  # QGIS's memory provider is always there; without it no region can be made
        raise RuntimeError("QGIS's memory layer provider is not available")
    return provider


def selection_layer(layer: QgsVectorLayer, project: Optional[QgsProject] = None) -> QgsVectorLayer:
    """The selected features of ``layer`` as a new memory layer (added to the project, not to the tree)."""
    ids = list(layer.selectedFeatureIds())
    if not ids:
        raise ValueError(tr("No features are selected in '{0}'.").format(layer.name()))
    memory = QgsVectorLayer(
        f"{QgsWkbTypes.displayString(layer.wkbType())}?crs={layer.crs().authid()}",
        tr("Selection of {0}").format(layer.name()),
        "memory",
    )
    provider = _provider(memory)
    provider.addAttributes(layer.fields().toList())
    memory.updateFields()
    provider.addFeatures([QgsFeature(f) for f in layer.getSelectedFeatures()])
    memory.updateExtents()
    (project or qgis_project()).addMapLayer(memory, False)
    return memory


def geometry_layer(geometry, crs, name: str = "", project: Optional[QgsProject] = None) -> QgsVectorLayer:
    """A drawn polygon as a new memory layer (added to the project, not to the tree)."""
    memory = QgsVectorLayer(f"Polygon?crs={crs.authid()}", name or tr("Drawn region"), "memory")
    feature = QgsFeature()
    feature.setGeometry(geometry)
    _provider(memory).addFeatures([feature])
    memory.updateExtents()
    (project or qgis_project()).addMapLayer(memory, False)
    return memory


class RunAgain:
    """The layer-tree actions and the editors they open (``register``/``unregister`` from the plugin)."""

    def __init__(self, state):
        self.state = state
        self.actions: list[QAction] = []
        self.editors: list[Any] = []
        self.map_tool = None
        self._previous_tool = None
        self._project = None

    @property
    def iface(self):
        """QGIS's interface, looked up when needed (see qgis_support/iface.py)."""
        return qgis_iface()

    # -- registration
    def register(self) -> None:
        parent = self.iface.mainWindow()
        specs = [
            ("action_fusion_platform_run_again", tr("Run again…"), lambda: self.open(self.current_layer())),
            (
                "action_fusion_platform_run_again_selection",
                tr("Run again on the selected features…"),
                lambda: self.open_on_selection(self.current_layer()),
            ),
            (
                "action_fusion_platform_run_again_drawn",
                tr("Run again on a polygon drawn on the map…"),
                lambda: self.start_drawing(self.current_layer()),
            ),
            ("action_fusion_platform_run_details", tr("Run details…"), lambda: self.show_details(self.current_layer())),
            (
                "action_fusion_platform_compare",
                tr("Compare with the run of…"),
                lambda: self.show_compare(self.current_layer()),
            ),
        ]
        for name, text, slot in specs:
            action = QAction(text, parent)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            for layer_type in (LAYER_TYPE_VECTOR, LAYER_TYPE_RASTER):
                self.iface.addCustomActionForLayerType(action, MENU, layer_type, False)
            self.actions.append(action)
        self._project = qgis_project()
        self._project.layersAdded.connect(self.offer)
        self.offer(list(self._project.mapLayers().values()))

    def offer(self, layers) -> None:
        """Show the actions on the output layers among ``layers`` (QgsProject.layersAdded)."""
        for layer in layers:
            if provenance(layer) is not None:
                for action in self.actions:
                    self.iface.addCustomActionForLayer(action, layer)

    def unregister(self) -> None:
        if self._project is not None:
            try:
                self._project.layersAdded.disconnect(self.offer)
            except (TypeError, RuntimeError):
                pass
            self._project = None
        self._restore_map_tool()
        for action in self.actions:
            self.iface.removeCustomActionForLayerType(action)
            action.deleteLater()
        self.actions = []
        for editor in list(self.editors):
            editor.close()
        self.editors = []

    def show_details(self, layer: Optional[QgsMapLayer]):
        """ "Run details…": what made the layer, copied as Python or JSON (gui/run_details.py)."""
        from .run_details import RunDetailsDialog

        return self._keep(RunDetailsDialog(self.state, layer, self.iface.mainWindow())) if layer is not None else None

    def show_compare(self, layer: Optional[QgsMapLayer]):
        """ "Compare with the run of…": what differs from another output layer's run (gui/run_details.py)."""
        from .run_details import CompareDialog

        return self._keep(CompareDialog(layer, self.iface.mainWindow())) if layer is not None else None

    def _keep(self, dialog):
        self.editors.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self.editors.remove(d) if d in self.editors else None)
        dialog.show()
        return dialog

    def current_layer(self) -> Optional[QgsMapLayer]:
        return self.iface.activeLayer()

    def _message(self, text: str, level=None) -> None:
        from qgis.core import Qgis

        try:
            self.iface.messageBar().pushMessage(
                tr("Fusion Platform"), text, level=level if level is not None else Qgis.MessageLevel.Warning, duration=6
            )
        except Exception:
            from ..qgis_support.log import log_warning

            log_warning(text)

    # -- opening the editor
    def open(self, layer: Optional[QgsMapLayer], region: Optional[QgsMapLayer] = None):
        """Fetch the layer's process in the background, then open the editor on a copy of it."""
        record = provenance(layer)
        if record is None:
            self._message(tr("This layer was not made by a Fusion Platform run."))
            return None
        organisation = self.state.organisation
        if self.state.user is None or organisation is None:
            self._message(tr("You are no longer logged in: log in from the Account panel, then try again."))
            return None
        process_id = record["process_id"]

        def work(_task):
            process, _rest = organisation.find_processes(id=process_id)
            if process is None:
                raise ValueError(
                    tr("The process '{0}' no longer exists on the platform.").format(
                        record["process_name"] or process_id
                    )
                )
            return process

        def done(process):
            self._open_editor(process, record, region)

        def failed(error):
            if not self.state.report_error(error):
                from ..qgis_support.messages import error_text

                self._message(tr("Could not run again: {0}").format(error_text(error, self.state.connection)))

        return run_task(tr("Fusion Platform: finding the process"), work, done, failed, silent=True)

    def _open_editor(self, process, record: dict, region: Optional[QgsMapLayer]):
        from .process_editor import ProcessEditor

        parent = self.iface.mainWindow() if self.iface is not None else None
        editor = ProcessEditor(self.state, parent)
        editor.setObjectName("fusion_platform_run_again_editor")
        self.editors.append(editor)
        editor.finished.connect(lambda _result, e=editor: self.editors.remove(e) if e in self.editors else None)

        def prefill() -> None:
            if editor.options_form is not None:
                editor.options_form.set_values(option_texts(record["options"]))
            if region is not None and editor.inputs:
                editor.inputs[min(editor.inputs)].set_layer(region)  # the region: input 1
            editor.set_status(
                tr(
                    "Run again: the options of '{0}' are filled in; change the region if you like, "
                    "then Create to see the price."
                ).format(record["process_name"])
            )

        editor.loaded.connect(prefill)
        editor.open_copy(process, tr("{0} (run again)").format(record["process_name"] or process.name))
        editor.show()
        return editor

    def open_on_selection(self, layer: Optional[QgsMapLayer]):
        """Run again with the selected features of a polygon layer as the region: the output layer itself when
        it is a polygon layer with a selection, otherwise the first such layer of the project."""
        candidates = [layer] + list(qgis_project().mapLayers().values())
        source = next(
            (
                c
                for c in candidates
                if isinstance(c, QgsVectorLayer)
                and c.selectedFeatureCount() > 0
                and c.geometryType() == GEOMETRY_POLYGON
            ),
            None,
        )
        if source is None:
            self._message(tr("Select the polygons of the new region in a layer first."))
            return None
        return self.open(layer, selection_layer(source))

    def start_drawing(self, layer: Optional[QgsMapLayer]) -> None:
        """Draw the new region on the map (click the corners, double-click to close), then open the editor."""
        from .map_tools import PolygonMapTool

        if provenance(layer) is None:
            self._message(tr("This layer was not made by a Fusion Platform run."))
            return
        canvas = self.iface.mapCanvas()
        self._restore_map_tool()
        self.map_tool = PolygonMapTool(canvas)
        self.map_tool.geometry_finished.connect(lambda geometry, lyr=layer: self.on_geometry_drawn(lyr, geometry))
        self.map_tool.cancelled.connect(self._restore_map_tool)
        self._previous_tool = canvas.mapTool()
        canvas.setMapTool(self.map_tool)

    def on_geometry_drawn(self, layer: QgsMapLayer, geometry):
        crs = self.iface.mapCanvas().mapSettings().destinationCrs()
        self._restore_map_tool()
        return self.open(layer, geometry_layer(geometry, crs))

    def _restore_map_tool(self) -> None:
        if self.map_tool is None:
            return
        canvas = self.iface.mapCanvas()
        if canvas.mapTool() is self.map_tool:
            canvas.unsetMapTool(self.map_tool)
            if self._previous_tool is not None:
                canvas.setMapTool(self._previous_tool)
        self.map_tool = None
        self._previous_tool = None
