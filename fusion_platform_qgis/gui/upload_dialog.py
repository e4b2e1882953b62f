"""Upload a layer the user picks (not just the active one): layer, "selected features only" and the data's name.

The dialog only collects choices; :meth:`UploadDialog.choice` hands them back and the Data dock uploads through
its usual ``upload_layer`` path (QgsTask, checks, progress, cancel). Tests construct the dialog and drive it
directly (set the layer, tick the box, type a name, ``accept()``) — it is never left open modally.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from qgis.core import QgsMapLayer, QgsVectorLayer
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox

from ..qgis_support.data import region
from ..qgis_support.toolbelt.compat import LAYER_FILTER_POLYGON, LAYER_FILTER_RASTER, layer_filters
from ..qgis_support.words.i18n import tr
from .ui import load_form

FORM = load_form(__file__)

# What a region can come from: polygons (GeoJSON in EPSG:4326) or rasters (GeoTIFF).
LAYER_FILTERS = layer_filters(LAYER_FILTER_POLYGON, LAYER_FILTER_RASTER)


@dataclass
class UploadChoice:
    layer: QgsMapLayer
    selected_only: bool
    name: str


class UploadDialog(QDialog):
    def __init__(self, active_layer: Optional[QgsMapLayer] = None, parent=None):
        super().__init__(parent)
        self.ui = FORM()
        self.ui.setupUi(self)
        self.setObjectName("fusion_platform_upload_dialog")
        self.ui.combo_layer.setFilters(LAYER_FILTERS)
        self.ui.combo_layer.setAllowEmptyLayer(False)
        self._watched: Optional[QgsVectorLayer] = None  # layer whose selectionChanged we follow
        self._auto_name = ""  # the name we filled in; replaced on layer change unless the user edited it
        self._suggestion: Optional[str] = None
        if active_layer is not None and self.offers(active_layer):
            self.ui.combo_layer.setLayer(active_layer)
        self.ui.combo_layer.layerChanged.connect(self.on_layer_changed)
        self.ui.line_name.textChanged.connect(self.update_state)
        self.ui.button_suggestion.clicked.connect(self.use_suggestion)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.on_layer_changed(self.ui.combo_layer.currentLayer())

    # ------------------------------------------------------------------ reading the choice
    def layer(self) -> Optional[QgsMapLayer]:
        return self.ui.combo_layer.currentLayer()

    def offers(self, layer: QgsMapLayer) -> bool:
        """Whether the combo box lists ``layer`` (a polygon or raster layer of the project)."""
        combo = self.ui.combo_layer
        return any(combo.layer(index) is layer for index in range(combo.count()))

    def set_layer(self, layer: Optional[QgsMapLayer]) -> None:
        self.ui.combo_layer.setLayer(layer)

    def name(self) -> str:
        return self.ui.line_name.text().strip()

    def selected_only(self) -> bool:
        box = self.ui.check_selected
        return box.isEnabled() and box.isChecked()

    def choice(self) -> Optional[UploadChoice]:
        """What the user chose, or None when the dialog was cancelled (or never accepted)."""
        layer = self.layer()
        if self.result() != QDialog.DialogCode.Accepted or layer is None or not self.name():
            return None
        return UploadChoice(layer, self.selected_only(), self.name())

    # ------------------------------------------------------------------ reacting
    def on_layer_changed(self, layer: Optional[QgsMapLayer]) -> None:
        self._watch(layer if isinstance(layer, QgsVectorLayer) else None)
        current = self.ui.line_name.text()
        if layer is not None and (not current.strip() or current == self._auto_name):
            self._auto_name = layer.name()
            self.ui.line_name.setText(self._auto_name)
        self.update_selection()

    def _watch(self, layer: Optional[QgsVectorLayer]) -> None:
        if self._watched is layer:
            return
        if self._watched is not None:
            try:
                self._watched.selectionChanged.disconnect(self.update_selection)
            except (TypeError, RuntimeError):
                pass
        self._watched = layer
        if layer is not None:
            layer.selectionChanged.connect(self.update_selection)

    def update_selection(self, *_args) -> None:
        """The box only makes sense for a vector layer with a selection; it shows how many features that is."""
        layer = self.layer()
        count = layer.selectedFeatureCount() if isinstance(layer, QgsVectorLayer) else 0
        box = self.ui.check_selected
        box.setEnabled(count > 0)
        if count > 0:
            box.setText(tr("Selected features only ({0})").format(count))
            box.setToolTip("")
        else:
            box.setChecked(False)
            box.setText(tr("Selected features only"))
            box.setToolTip(tr("Select features of a vector layer to upload only those."))
        self.update_state()

    def update_state(self, *_args) -> None:
        """Inline hint for the name (same check the upload makes); OK needs a layer and a name."""
        name = self.name()
        problems = region.check_name(name) if name else []
        problem = problems[0] if problems else None
        self._suggestion = problem.suggestion if problem is not None and problem.fix == region.FIX_ASCII_NAME else None
        if self.layer() is None:
            text = tr("Add a polygon or raster layer to the project first.")
        elif not name:
            text = tr("Give the data item a name.")
        else:
            text = problem.message if problem is not None else ""
        self.ui.label_problem.setText(text)
        self.ui.button_suggestion.setVisible(self._suggestion is not None)
        if self._suggestion is not None:
            self.ui.button_suggestion.setText(tr("Use '{0}'").format(self._suggestion))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.layer() is not None and bool(name)
        )

    def use_suggestion(self) -> None:
        if self._suggestion:
            self.ui.line_name.setText(self._suggestion)

    def done(self, result: int) -> None:
        self._watch(None)
        super().done(result)
