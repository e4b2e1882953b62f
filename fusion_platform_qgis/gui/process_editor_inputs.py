"""The process editor's input rows: per input, a QGIS layer (uploaded when the process is created) or existing
platform data of a matching file type, with the layer a region-like input starts with and an error label."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsRasterLayer, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from ..qgis_support.toolbelt.compat import GEOMETRY_POLYGON, LAYER_FILTER_RASTER, LAYER_FILTER_VECTOR
from ..qgis_support.toolbelt.iface import qgis_iface
from ..qgis_support.words.i18n import tr
from .widgets.option_editors import ERROR_STYLE

SOURCE_LAYER, SOURCE_DATA = "layer", "data"
# Which data file types an input accepts (docs/api-contract.md §8.3).
COMPATIBLE = {"GeoTIFF": {"GeoTIFF", "DEM", "JPEG2000"}, "GeoJSON": {"GeoJSON", "KML", "KMZ", "ESRI Shapefile"}}
RASTER_TYPES = {"GeoTIFF", "DEM", "JPEG2000"}


def accepts(input_file_type: str, data_file_type: Optional[str]) -> bool:
    return data_file_type in COMPATIBLE.get(input_file_type, {input_file_type})


# ------------------------------------------------------------------------------------------------ helpers
def suitable_layer(candidates: list, active=None):
    """The layer an input starts with: a region - the active layer when it is a polygon (or raster) candidate,
    else the first polygon layer, else the first raster layer - or the active candidate, else None."""

    def region_like(layer) -> bool:
        return isinstance(layer, QgsRasterLayer) or (
            isinstance(layer, QgsVectorLayer) and layer.geometryType() == GEOMETRY_POLYGON
        )

    is_candidate = active is not None and any(layer is active for layer in candidates)
    if is_candidate and region_like(active):
        return active
    for kind in (QgsVectorLayer, QgsRasterLayer):
        found = next((layer for layer in candidates if isinstance(layer, kind) and region_like(layer)), None)
        if found is not None:
            return found
    return active if is_candidate else None


# ------------------------------------------------------------------------------------------------ input rows
class InputRow:
    """One process input: a source choice (layer or platform data), the two pickers and an error label."""

    def __init__(self, grid: QGridLayout, parent: QWidget, entry: dict, row: int):
        self.entry = dict(entry)
        self.number = int(entry.get("input") or row + 1)
        self.file_type = str(entry.get("file_type") or "")
        title = entry.get("title") or tr("Input {0}").format(self.number)
        self.label = QLabel(f"{title} * ({self.file_type})", parent)
        self.label.setToolTip(entry.get("description") or "")
        self.combo_source = QComboBox(parent)
        self.combo_source.setObjectName(f"combo_source_{self.number}")
        self.combo_source.addItem(tr("QGIS layer"), SOURCE_LAYER)
        self.combo_source.addItem(tr("Platform data"), SOURCE_DATA)
        self.combo_layer = QgsMapLayerComboBox(parent)
        self.combo_layer.setObjectName(f"combo_layer_{self.number}")
        self.combo_layer.setAllowEmptyLayer(True)
        self.combo_layer.setFilters(LAYER_FILTER_RASTER if self.file_type in RASTER_TYPES else LAYER_FILTER_VECTOR)
        self.combo_layer.setLayer(None)
        self.combo_data = QComboBox(parent)
        self.combo_data.setObjectName(f"combo_data_{self.number}")
        self.combo_data.setToolTip(
            tr("Data on the platform that this input accepts ({0})").format(
                ", ".join(sorted(COMPATIBLE.get(self.file_type, {self.file_type})))
            )
        )
        self.label_error = QLabel(parent)
        self.label_error.setObjectName(f"label_error_input_{self.number}")
        self.label_error.setStyleSheet(ERROR_STYLE)
        self.label_error.setWordWrap(True)
        self.label_error.hide()
        pickers = QWidget(parent)
        layout = QHBoxLayout(pickers)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo_source)
        layout.addWidget(self.combo_layer, 1)
        layout.addWidget(self.combo_data, 1)
        grid.addWidget(self.label, 2 * row, 0)
        grid.addWidget(pickers, 2 * row, 1)
        grid.addWidget(self.label_error, 2 * row + 1, 1)
        self.combo_source.currentIndexChanged.connect(self._source_changed)
        self.combo_layer.layerChanged.connect(self.clear_error)
        self.combo_data.currentIndexChanged.connect(self.clear_error)
        self.set_data_items([])
        if entry.get("id"):
            self.set_data(str(entry["id"]), entry.get("name"))
        else:
            self.preselect_layer()
        self._source_changed()

    def preselect_layer(self) -> None:
        """Start with a suitable layer instead of an empty picker: the active layer when this input accepts it,
        else the first polygon layer (a region) of the project; nothing when no layer fits."""
        candidates = [self.combo_layer.layer(i) for i in range(self.combo_layer.count())]
        candidates = [layer for layer in candidates if layer is not None]
        active = None
        iface = qgis_iface()
        if iface is not None:
            try:
                active = iface.activeLayer()
            except Exception:
                active = None
        chosen = suitable_layer(candidates, active)
        if chosen is not None:
            self.combo_layer.setLayer(chosen)

    def _source_changed(self, *_args) -> None:
        use_layer = self.source() == SOURCE_LAYER
        self.combo_layer.setVisible(use_layer)
        self.combo_data.setVisible(not use_layer)
        self.clear_error()

    def source(self) -> str:
        return self.combo_source.currentData()

    def set_source(self, source: str) -> None:
        self.combo_source.setCurrentIndex(max(0, self.combo_source.findData(source)))

    def set_layer(self, layer) -> None:
        self.set_source(SOURCE_LAYER)
        self.combo_layer.setLayer(layer)

    def layer(self):
        return self.combo_layer.currentLayer() if self.source() == SOURCE_LAYER else None

    def set_data_items(self, items: list[dict]) -> None:
        """Fill the data picker with the items this input accepts (keeping the current choice)."""
        current = self.data_id()
        current_name = self.combo_data.currentText() if current else None
        self.combo_data.blockSignals(True)
        self.combo_data.clear()
        self.combo_data.addItem(tr("(choose data)"), None)
        for item in items:
            if accepts(self.file_type, item.get("file_type")) and item.get("ready", True):
                self.combo_data.addItem(f"{item['name']} ({item.get('file_type')})", item["id"])
        self.combo_data.blockSignals(False)
        if current:
            self.set_data(current, current_name)

    def set_data(self, data_id: str, name: Optional[str] = None) -> None:
        index = self.combo_data.findData(data_id)
        if index < 0:
            self.combo_data.addItem(name or data_id, data_id)
            index = self.combo_data.count() - 1
        self.combo_data.setCurrentIndex(index)
        self.set_source(SOURCE_DATA)

    def data_id(self) -> Optional[str]:
        return self.combo_data.currentData() if self.source() == SOURCE_DATA else None

    def is_set(self) -> bool:
        return self.layer() is not None or bool(self.data_id())

    def set_error(self, message: str) -> None:
        self.label_error.setText(message)
        self.label_error.setVisible(bool(message))

    def clear_error(self, *_args) -> None:
        self.label_error.hide()

    def error_text(self) -> str:
        return self.label_error.text() if not self.label_error.isHidden() else ""

    def set_read_only(self, reason: str) -> None:
        for widget in (self.combo_source, self.combo_layer, self.combo_data):
            widget.setEnabled(not reason)
            widget.setToolTip(reason)
