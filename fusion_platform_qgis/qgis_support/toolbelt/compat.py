"""QGIS enum values in the form each supported QGIS understands (3.22 LTR -> 3.44 LTR -> 4.x).

Why: QGIS moved many enums into ``Qgis`` (``Qgis.GeometryType.Polygon`` from 3.30, ``Qgis.ProcessingSourceType``
from 3.36, ``Qgis.LayerFilter`` from 3.34 ...). The old names still resolve on 3.44 but are the ones QGIS 4 may
drop, while the new names do not exist on 3.22. Each constant here is the newest form this QGIS offers, so the
rest of the plugin names one constant and runs unchanged on every version. Qt enums need no helper: their scoped
forms (``Qt.ItemDataRole.UserRole``) work on PyQt5 5.15 and PyQt6 alike and are written out in place.
"""

from __future__ import annotations

from typing import Any, Callable

import qgis.core as qgis_core
from qgis.core import (
    Qgis,
    QgsColorRampShader,
    QgsMapLayerProxyModel,
    QgsProcessing,
    QgsProcessingParameterNumber,
    QgsRectangle,
    QgsTask,
    QgsWkbTypes,
)


def newest(*forms: Callable[[], Any]) -> Any:
    """The value of the first form (newest first) that this QGIS knows; None when none does."""
    for form in forms:
        try:
            return form()
        except AttributeError:
            continue
    return None


# The fallbacks name what QGIS 3.22 calls these; the API stubs mypy checks against (QGIS 3.4x and 4.x) no longer
# have those names, hence the `type: ignore[attr-defined]` where a fallback is gone from them.
GEOMETRY_POINT = newest(lambda: Qgis.GeometryType.Point, lambda: QgsWkbTypes.GeometryType.PointGeometry)  # type: ignore[attr-defined]
GEOMETRY_LINE = newest(lambda: Qgis.GeometryType.Line, lambda: QgsWkbTypes.GeometryType.LineGeometry)  # type: ignore[attr-defined]
GEOMETRY_POLYGON = newest(lambda: Qgis.GeometryType.Polygon, lambda: QgsWkbTypes.GeometryType.PolygonGeometry)  # type: ignore[attr-defined]
WKB_GEOMETRY_COLLECTION = newest(lambda: Qgis.WkbType.GeometryCollection, lambda: QgsWkbTypes.Type.GeometryCollection)

# Layer types (``iface.addCustomActionForLayerType``): Qgis.LayerType from 3.30, QgsMapLayerType before (gone later).
LAYER_TYPE_VECTOR = newest(lambda: Qgis.LayerType.Vector, lambda: qgis_core.QgsMapLayerType.VectorLayer)  # type: ignore[attr-defined]
LAYER_TYPE_RASTER = newest(lambda: Qgis.LayerType.Raster, lambda: qgis_core.QgsMapLayerType.RasterLayer)  # type: ignore[attr-defined]

LAYER_FILTER_RASTER = newest(lambda: Qgis.LayerFilter.RasterLayer, lambda: QgsMapLayerProxyModel.Filter.RasterLayer)
LAYER_FILTER_VECTOR = newest(lambda: Qgis.LayerFilter.VectorLayer, lambda: QgsMapLayerProxyModel.Filter.VectorLayer)
LAYER_FILTER_POLYGON = newest(lambda: Qgis.LayerFilter.PolygonLayer, lambda: QgsMapLayerProxyModel.Filter.PolygonLayer)

PROCESSING_VECTOR_ANY_GEOMETRY = newest(
    lambda: Qgis.ProcessingSourceType.VectorAnyGeometry,
    lambda: QgsProcessing.SourceType.TypeVectorAnyGeometry,  # type: ignore[attr-defined]
)
PROCESSING_NUMBER_DOUBLE = newest(
    lambda: Qgis.ProcessingNumberParameterType.Double, lambda: QgsProcessingParameterNumber.Type.Double
)

SHADER_INTERPOLATED = newest(
    lambda: Qgis.ShaderInterpolationMethod.Linear,
    lambda: QgsColorRampShader.Type.Interpolated,  # type: ignore[attr-defined]
)


def layer_filters(*filters: Any) -> Any:
    """Layer filters combined as ``setFilters`` wants them: on QGIS >= 3.34 ``a | b`` of ``Qgis.LayerFilter`` is a
    plain int, which selects the deprecated overload, so the combination is wrapped in ``Qgis.LayerFilters``."""
    combined = filters[0]
    for layer_filter in filters[1:]:
        combined = combined | layer_filter
    flags_type = getattr(Qgis, "LayerFilters", None)
    return flags_type(combined) if flags_type is not None else combined


TASK_CAN_CANCEL = QgsTask.Flag.CanCancel
TASK_SILENT = newest(lambda: QgsTask.Flag.Silent)  # QGIS >= 3.26: kept out of the task manager's list


def task_flags(can_cancel: bool, silent: bool) -> Any:
    """QgsTask flags for a task that can (or cannot) be cancelled and is (or is not) hidden from the task list."""
    flags: int = QgsTask.Flag(0)
    if can_cancel:
        flags |= TASK_CAN_CANCEL
    if silent and TASK_SILENT is not None:
        flags |= TASK_SILENT
    return flags


def empty_extent() -> QgsRectangle:
    """A rectangle that ``combineExtentWith`` grows from nothing: ``setNull()`` from QGIS 3.38 on (where
    ``setMinimal()`` is deprecated), ``setMinimal()`` before."""
    rectangle = QgsRectangle()
    if hasattr(rectangle, "setNull"):
        rectangle.setNull()
    else:
        rectangle.setMinimal()
    return rectangle


def _data_item_provider_network() -> Any:
    """What a ``QgsDataItemProvider`` of network sources returns from ``capabilities()``: the flags of
    ``Qgis.DataItemProviderCapability.NetworkSources`` on QGIS >= 3.36, ``QgsDataProvider.Net`` (an int) before."""
    flags = getattr(Qgis, "DataItemProviderCapabilities", None)
    value = newest(lambda: Qgis.DataItemProviderCapability.NetworkSources)
    if value is not None and flags is not None:
        return flags(value)
    from qgis.core import QgsDataProvider

    return newest(lambda: QgsDataProvider.DataCapability.Net, lambda: QgsDataProvider.Net)  # type: ignore[attr-defined]


DATA_ITEM_PROVIDER_NETWORK = _data_item_provider_network()


def set_item_capabilities(item: Any, *capabilities: Any) -> None:
    """Browser item capabilities (``Qgis.BrowserItemCapability``, on every QGIS from 3.22): ``setCapabilitiesV2``
    where it exists (3.22 to 3.44, where ``setCapabilities(int)`` is deprecated), ``setCapabilities`` after."""
    # Qgis.BrowserItemCapabilities (the QFlags class) is gone where flags are Python enums (QGIS 4, PyQt6).
    flags_type = getattr(Qgis, "BrowserItemCapabilities", None)
    nothing = Qgis.BrowserItemCapability.NoCapabilities
    combined = flags_type(nothing) if flags_type is not None else nothing
    for capability in capabilities:
        combined |= capability
    setter = getattr(item, "setCapabilitiesV2", None) or item.setCapabilities
    setter(combined)
