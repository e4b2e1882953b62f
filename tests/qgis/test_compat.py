"""QGIS enums and helpers that must mean the same on every supported QGIS (3.22 -> 3.44 -> 4.x)."""

from __future__ import annotations

import warnings

from qgis.core import Qgis, QgsRectangle, QgsVectorLayer


def test_every_constant_resolves_on_this_qgis(qgis_app):
    from fusion_platform_qgis.qgis_support.toolbelt import compat

    names = [name for name in dir(compat) if name.isupper()]
    assert len(names) >= 10
    missing = [name for name in names if getattr(compat, name) is None and name != "TASK_SILENT"]
    assert not missing


def test_newest_form_is_used_where_this_qgis_has_it(qgis_app):
    from fusion_platform_qgis.qgis_support.toolbelt import compat

    if hasattr(Qgis, "GeometryType"):
        assert compat.GEOMETRY_POLYGON == Qgis.GeometryType.Polygon
    if hasattr(Qgis, "ProcessingSourceType"):
        assert compat.PROCESSING_VECTOR_ANY_GEOMETRY == Qgis.ProcessingSourceType.VectorAnyGeometry
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "p", "memory")
    assert layer.geometryType() == compat.GEOMETRY_POLYGON
    line = QgsVectorLayer("LineString?crs=EPSG:4326", "l", "memory")
    assert line.geometryType() == compat.GEOMETRY_LINE != compat.GEOMETRY_POLYGON


def test_empty_extent_grows_from_nothing_without_deprecation(qgis_app):
    from fusion_platform_qgis.qgis_support.toolbelt.compat import empty_extent

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        extent = empty_extent()
        extent.combineExtentWith(QgsRectangle(10, 20, 11, 21))
    # A (0, 0, 0, 0) start would have pulled the origin in.
    assert (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()) == (10, 20, 11, 21)


def test_layer_filters_select_the_current_overload(qgis_app):
    from qgis.gui import QgsMapLayerComboBox

    from fusion_platform_qgis.qgis_support.toolbelt.compat import (
        LAYER_FILTER_POLYGON,
        LAYER_FILTER_RASTER,
        layer_filters,
    )

    combo = QgsMapLayerComboBox()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        combo.setFilters(layer_filters(LAYER_FILTER_POLYGON, LAYER_FILTER_RASTER))
    polygon = QgsVectorLayer("Polygon?crs=EPSG:4326", "polygons", "memory")
    point = QgsVectorLayer("Point?crs=EPSG:4326", "points", "memory")
    assert polygon.isValid() and point.isValid()
    assert combo.filters() == layer_filters(LAYER_FILTER_POLYGON, LAYER_FILTER_RASTER)
    from qgis.core import QgsMapLayerProxyModel

    model = QgsMapLayerProxyModel()
    model.setFilters(combo.filters())
    assert model.acceptsLayer(polygon) and not model.acceptsLayer(point)
