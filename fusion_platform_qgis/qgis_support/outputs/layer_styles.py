"""Styles of output layers, per service: a paletted renderer with class names for classifications, a colour ramp
plus a hillshade for elevation, the plugin's QML styles for vectors, and a legend that reads well.

QGIS-side (it builds renderers and legends); the decisions behind them (which colours stay visible, how many decimals
a legend needs, the preview's ramp) are Qt-free in :mod:`.styling`. Used by :mod:`.layers` when it makes a run's
layers, on the main thread.
"""

from __future__ import annotations

import math
from typing import Any

from qgis.core import (
    QgsBasicNumericFormat,
    QgsColorRampLegendNodeSettings,
    QgsColorRampShader,
    QgsDefaultRasterLayerLegend,
    QgsHillshadeRenderer,
    QgsLayerTreeModelLegendNode,
    QgsPalettedRasterRenderer,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRectangle,
    QgsSimpleLegendNode,
    QgsSingleBandPseudoColorRenderer,
    QgsStyle,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QPainter

from ..toolbelt.compat import GEOMETRY_LINE, GEOMETRY_POINT, GEOMETRY_POLYGON, SHADER_INTERPOLATED
from ..toolbelt.log import log_warning
from ..toolbelt.resources import resource_path
from ..words.i18n import tr
from .styling import legend_decimals, visible_class_colour

# Fallback legend of the cloud classification when a file carries no class names.
CLOUD_CLASSES = {0: "Ground", 1: "Shadow", 2: "Thick Cloud", 3: "Thin Cloud"}


def _int_keys(mapping: Any) -> dict[int, str]:
    result = {}
    for key, value in (mapping or {}).items():
        try:
            result[int(key)] = str(value)
        except (TypeError, ValueError):
            continue
    return result


def class_names(facts: dict, selectors: Any = None, service: str = "") -> dict[int, str]:
    """Class labels from the file: GDAL category names, ``CLASS_<n>``/``class_<n>`` metadata, or selectors."""
    names = _int_keys(facts.get("category_names"))
    for key, value in (facts.get("metadata") or {}).items():
        lowered = key.lower()
        for prefix in ("class_", "class", "category_"):
            if lowered.startswith(prefix) and lowered[len(prefix) :].isdigit():
                names.setdefault(int(lowered[len(prefix) :]), value)
    for selector in selectors or []:
        # Band selectors list the class names as initial values: "n=Label" pairs, or plain labels by class value.
        for position, entry in enumerate((selector or {}).get("initial_values") or []):
            if not isinstance(entry, str):
                continue
            number, _sep, label = entry.partition("=")
            if label and number.strip().isdigit():
                names.setdefault(int(number), label.strip())
            elif not label:
                names.setdefault(position, entry.strip())
    if not names and "cloud" in service.lower():
        names = dict(CLOUD_CLASSES)
    return names


def style_classification(layer: QgsRasterLayer, facts: dict, names: dict[int, str]) -> bool:
    """Paletted renderer from the file's colour table, legend labels from its class names."""
    table = facts.get("colour_table") or []
    nodata = facts.get("nodata")
    classes = []
    for entry in table:
        value, red, green, blue, alpha = (list(entry) + [255])[:5]
        if nodata is not None and int(value) == int(nodata):
            continue
        if value not in names and (red, green, blue, alpha) == (0, 0, 0, 0):
            continue
        if names and value not in names:
            continue
        # A white (or black) class would vanish on a white (or dark) canvas: toned, hue kept (styling.py).
        colour = QColor(*visible_class_colour(int(red), int(green), int(blue), int(alpha)))
        classes.append(QgsPalettedRasterRenderer.Class(float(value), colour, names.get(int(value), str(value))))
    if not classes:
        return False
    renderer = QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes)
    layer.setRenderer(renderer)
    return True


class OutputLegend(QgsDefaultRasterLayerLegend):
    """The raster's default legend without the provider's "Band 1 (Gray)" heading, or with a meaningful one."""

    def __init__(self, layer: QgsRasterLayer, title: str = ""):
        super().__init__(layer)
        provider = layer.dataProvider()
        self.band_name = provider.displayBandName(1) if provider is not None else ""
        self.title = title

    def createLayerTreeModelLegendNodes(self, node):
        nodes: list[QgsLayerTreeModelLegendNode] = []
        for legend_node in super().createLayerTreeModelLegendNodes(node):
            if (
                isinstance(legend_node, QgsSimpleLegendNode)
                and legend_node.data(Qt.ItemDataRole.DisplayRole) == self.band_name
            ):
                if self.title:
                    nodes.append(QgsSimpleLegendNode(node, self.title))
                continue
            nodes.append(legend_node)
        # The caller (the Layers panel's model, C++) owns and deletes the nodes: hand them over, or Python's
        # garbage collector frees them under it (a crash in real QGIS).
        for legend_node in nodes:
            sip.transferto(legend_node, None)  # type: ignore[arg-type]  # the stubs miss sip's None (C++ owner)
        return nodes


def set_legend(layer: QgsRasterLayer, title: str = "") -> None:
    layer.setLegend(OutputLegend(layer, title))


def elevation_units(facts: dict) -> str:
    """The unit of an elevation output's values: the file's own, else metres (the platform's elevation unit)."""
    return str(facts.get("units") or "").strip() or "m"


def style_elevation(layer: QgsRasterLayer, facts: dict) -> None:
    """A terrain colour ramp stretched over the layer's value range; a legend in rounded values with units."""
    minimum = facts.get("minimum")
    maximum = facts.get("maximum")
    provider = layer.dataProvider()
    if provider is None:  # an invalid layer: nothing to style
        return
    if minimum is None or maximum is None:
        stats = provider.bandStatistics(1)
        minimum, maximum = stats.minimumValue, stats.maximumValue
    if maximum <= minimum:
        maximum = minimum + 1
    style = QgsStyle.defaultStyle()
    ramp = style.colorRamp("Spectral") if style is not None else None
    shader_function = QgsColorRampShader(minimum, maximum)
    shader_function.setColorRampType(SHADER_INTERPOLATED)
    if ramp is not None:
        ramp.invert()  # low = green/blue, high = red: the usual hypsometric reading
        shader_function.setSourceColorRamp(ramp)
        shader_function.classifyColorRamp(9, -1, QgsRectangle(), None)
    else:
        shader_function.setColorRampItemList(
            [
                QgsColorRampShader.ColorRampItem(minimum, QColor(43, 131, 186), f"{minimum:.0f}"),
                QgsColorRampShader.ColorRampItem((minimum + maximum) / 2, QColor(255, 255, 191), ""),
                QgsColorRampShader.ColorRampItem(maximum, QColor(215, 25, 28), f"{maximum:.0f}"),
            ]
        )
    units = elevation_units(facts)
    settings = QgsColorRampLegendNodeSettings()
    number_format = QgsBasicNumericFormat()
    number_format.setNumberDecimalPlaces(legend_decimals(minimum, maximum))
    number_format.setShowTrailingZeros(False)
    settings.setNumericFormat(number_format)
    settings.setSuffix(f" {units}")
    shader_function.setLegendSettings(settings)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(minimum)
    renderer.setClassificationMax(maximum)
    layer.setRenderer(renderer)
    set_legend(layer, tr("Height ({0})").format(units))


def style_hillshade(layer: QgsRasterLayer) -> None:
    """The shaded relief drawn over the coloured elevation (multiply blend), from resources/styles."""
    qml = resource_path("styles", "hillshade.qml")
    if qml.exists():
        layer.loadNamedStyle(str(qml))
    renderer = layer.renderer()
    if not isinstance(renderer, QgsHillshadeRenderer):
        renderer = QgsHillshadeRenderer(layer.dataProvider(), 1, 315.0, 45.0)
        layer.setRenderer(renderer)
    if layer.crs().isGeographic():
        # Heights in metres over cells in degrees: scale so slopes come out right (else the relief is lost).
        latitude = math.radians(layer.extent().center().y())
        renderer.setZFactor(1.0 / (111320.0 * max(0.1, math.cos(latitude))))
    layer.setBlendMode(QPainter.CompositionMode.CompositionMode_Multiply)


def style_vector(layer: QgsVectorLayer) -> None:
    kind = {GEOMETRY_POLYGON: "polygon", GEOMETRY_LINE: "line", GEOMETRY_POINT: "point"}.get(layer.geometryType())
    if kind is None:
        return
    qml = resource_path("styles", f"vector_{kind}.qml")
    if qml.exists():
        message, ok = layer.loadNamedStyle(str(qml))
        if not ok:
            log_warning(f"Style {qml.name} not applied: {message}")


def is_elevation(service: str, facts: dict) -> bool:
    text = (service + " " + str(facts.get("description") or "")).lower()
    return any(word in text for word in ("elevation", "dem", "terrain", "height")) and not facts.get("colour_table")
