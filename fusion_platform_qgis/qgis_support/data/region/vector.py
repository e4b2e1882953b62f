"""Vector layers -> GeoJSON in EPSG:4326: a main-thread snapshot, then checks, repair, reprojection and writing in a task."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)

from ...toolbelt.compat import GEOMETRY_LINE, GEOMETRY_POINT, GEOMETRY_POLYGON, WKB_GEOMETRY_COLLECTION, empty_extent
from ...toolbelt.iface import qgis_project
from ...words.i18n import tr
from .common import (
    COORDINATE_PRECISION,
    EMPTY,
    FIX_REPAIR,
    FIX_SIMPLIFY,
    INVALID_GEOMETRY,
    LARGE_REGION_BYTES,
    NO_POLYGONS,
    NOT_FOUND,
    TOO_LARGE,
    UNREPAIRABLE,
    PreparedUpload,
    RegionError,
    RegionProblem,
    _crs_problem,
    _transform_to_wgs84,
    ascii_name,
    human_size,
)


# ------------------------------------------------------------------------------------------------ vector snapshot
@dataclass
class VectorSnapshot:
    """What a worker thread needs from a vector layer (taken on the main thread)."""

    name: str
    source: Any  # QgsAbstractFeatureSource
    crs: QgsCoordinateReferenceSystem
    geometry_type: int  # compat.GEOMETRY_* (QgsWkbTypes.GeometryType / Qgis.GeometryType)
    field_names: list
    feature_ids: Optional[list]  # only these (the selection) or None for all
    transform_context: QgsCoordinateTransformContext
    layer_id: str = ""


def capture_vector(layer: QgsVectorLayer, selected_only: bool = False) -> VectorSnapshot:
    """Main thread: snapshot ``layer`` (or its selection) for :func:`vector_to_geojson` in a task.

    Raises :class:`RegionError` right away for an empty selection, so the user is told before any work starts.
    """
    if layer is None or not layer.isValid():
        raise RegionError([RegionProblem(NOT_FOUND, tr("The layer is not valid or its data source is missing."))])
    ids = None
    if selected_only:
        ids = list(layer.selectedFeatureIds())
        if not ids:
            raise RegionError(
                [
                    RegionProblem(
                        EMPTY,
                        tr(
                            "No features are selected in '{0}'. Select the features to "
                            "upload, or upload the whole layer."
                        ).format(layer.name()),
                    )
                ]
            )
    return VectorSnapshot(
        name=layer.name(),
        source=QgsVectorLayerFeatureSource(layer),
        crs=QgsCoordinateReferenceSystem(layer.crs()),
        geometry_type=layer.geometryType(),
        field_names=list(layer.fields().names()),
        feature_ids=ids,
        transform_context=qgis_project().transformContext(),
        layer_id=layer.id(),
    )


def _json_value(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        if isinstance(value, float) and value != value:  # NaN is not JSON
            return None
        return value
    try:
        from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

        if isinstance(value, QVariant):
            return None if value.isNull() else _json_value(value.value())
        if isinstance(value, (QDateTime, QDate, QTime)):
            return (
                value.toString("yyyy-MM-ddTHH:mm:ss")
                if isinstance(value, QDateTime)
                else value.toString("yyyy-MM-dd" if isinstance(value, QDate) else "HH:mm:ss")
            )
    except ImportError:  # pragma: no cover
        pass
    return str(value)


def _is_polygonal(geometry: QgsGeometry) -> bool:
    return geometry.type() == GEOMETRY_POLYGON


def _polygon_parts(geometry: QgsGeometry) -> QgsGeometry:
    """makeValid may return a GeometryCollection with stray lines/points: keep only the polygons."""
    if geometry.isEmpty():
        return geometry
    if QgsWkbTypes.flatType(geometry.wkbType()) == WKB_GEOMETRY_COLLECTION:
        parts = [QgsGeometry(part.clone()) for part in geometry.constParts()]
        polygons = [p for p in parts if _is_polygonal(p) and not p.isEmpty()]
        if not polygons:
            return QgsGeometry()
        return QgsGeometry.collectGeometry(polygons)
    return geometry


@dataclass
class _Collected:
    """The features of a snapshot made ready for GeoJSON, and what was wrong with the others."""

    features: list = field(default_factory=list)
    invalid_ids: list = field(default_factory=list)  # invalid and not to be repaired
    unrepairable: list = field(default_factory=list)
    repaired: list = field(default_factory=list)
    non_polygon: int = 0
    bounds: QgsRectangle = field(default_factory=empty_extent)  # EPSG:4326
    native: QgsRectangle = field(default_factory=empty_extent)  # the layer's CRS, for a simplification tolerance


def vector_to_geojson(
    snapshot: VectorSnapshot,
    out_path: str,
    *,
    require_polygons: bool = True,
    repair: bool = False,
    simplify_tolerance: Optional[float] = None,
    max_bytes: int = LARGE_REGION_BYTES,
    is_canceled: Callable[[], bool] = lambda: False,
    progress: Optional[Callable[[float], None]] = None,
) -> PreparedUpload:
    """Worker thread: write the snapshot as an RFC 7946 GeoJSON FeatureCollection in EPSG:4326.

    Checks, in order: CRS known; features present; polygons present (when ``require_polygons``); every geometry
    valid (invalid ones are repaired with makeValid when ``repair``, else listed by feature id); output size.
    ``simplify_tolerance`` is in the layer's units and applied before reprojection.
    """
    _check_layer(snapshot, require_polygons)
    collected = _collect_features(
        snapshot, require_polygons, repair, simplify_tolerance, is_canceled=is_canceled, progress=progress
    )
    _check_features(snapshot.name, collected)
    document = {"type": "FeatureCollection", "name": ascii_name(snapshot.name), "features": collected.features}
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    size = len(text.encode("utf-8"))
    if size > max_bytes and not simplify_tolerance:
        tolerance = max(collected.native.width(), collected.native.height()) / 5000.0 or None
        raise RegionError(
            [
                RegionProblem(
                    TOO_LARGE,
                    tr(
                        "The region from '{0}' would be {1}, more than the {2} recommended for a region. Simplify "
                        "the geometries (removes detail finer than about 1/5000 of the region's size)?"
                    ).format(snapshot.name, human_size(size), human_size(max_bytes)),
                    fix=FIX_SIMPLIFY,
                    size=size,
                    suggestion=tolerance,
                )
            ]
        )
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as handle:
        handle.write(text)
    bounds = collected.bounds
    return PreparedUpload(
        name=snapshot.name,
        file_type="GeoJSON",
        paths=[out_path],
        bounds=(bounds.xMinimum(), bounds.yMinimum(), bounds.xMaximum(), bounds.yMaximum()),
        features=len(collected.features),
        repaired_ids=collected.repaired,
    )


def _check_layer(snapshot: VectorSnapshot, require_polygons: bool) -> None:
    """The checks that need no feature: a known CRS, and polygons when a region is wanted."""
    problem = _crs_problem(snapshot.crs, tr("The layer '{0}'").format(snapshot.name))
    if problem:
        raise RegionError([problem])
    if require_polygons and snapshot.geometry_type != GEOMETRY_POLYGON:
        kind = {GEOMETRY_POINT: tr("points"), GEOMETRY_LINE: tr("lines")}.get(snapshot.geometry_type, tr("no geometry"))
        raise RegionError(
            [
                RegionProblem(
                    NO_POLYGONS,
                    tr(
                        "The layer '{0}' holds {1}, but a region must be made of "
                        "polygons. Choose a polygon layer, or buffer the features "
                        "first (Vector › Geoprocessing › Buffer)."
                    ).format(snapshot.name, kind),
                )
            ]
        )


def _collect_features(
    snapshot: VectorSnapshot,
    require_polygons: bool,
    repair: bool,
    simplify_tolerance: Optional[float],
    *,
    is_canceled: Callable[[], bool],
    progress: Optional[Callable[[float], None]],
) -> _Collected:
    """Read the snapshot's features: check (and repair, simplify) each geometry, reproject it to EPSG:4326."""
    request = QgsFeatureRequest()
    if snapshot.feature_ids is not None:
        request.setFilterFids(snapshot.feature_ids)
    transform = _transform_to_wgs84(snapshot.crs, snapshot.transform_context)
    collected = _Collected()
    total = len(snapshot.feature_ids) if snapshot.feature_ids is not None else None
    for index, feature in enumerate(snapshot.source.getFeatures(request)):
        if is_canceled():
            from ....api.errors import CancelledError

            raise CancelledError(tr("Cancelled."))
        if progress is not None and total:
            progress(100.0 * index / total)
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        if require_polygons and not _is_polygonal(geometry):
            collected.non_polygon += 1
            continue
        if not geometry.isGeosValid():
            if not repair:
                collected.invalid_ids.append(feature.id())
                continue
            fixed = _polygon_parts(geometry.makeValid()) if require_polygons else geometry.makeValid()
            if (
                fixed.isNull()
                or fixed.isEmpty()
                or not fixed.isGeosValid()
                or (require_polygons and not _is_polygonal(fixed))
            ):
                collected.unrepairable.append(feature.id())
                continue
            collected.repaired.append(feature.id())
            geometry = fixed
        if simplify_tolerance:
            simplified = geometry.simplify(simplify_tolerance)
            if not simplified.isNull() and not simplified.isEmpty():
                geometry = simplified
        collected.native.combineExtentWith(geometry.boundingBox())
        if geometry.transform(transform) != 0:
            collected.unrepairable.append(feature.id())
            continue
        collected.bounds.combineExtentWith(geometry.boundingBox())
        properties = {name: _json_value(feature.attribute(name)) for name in snapshot.field_names}
        collected.features.append(
            {
                "type": "Feature",
                "id": int(feature.id()),
                "properties": properties,
                "geometry": json.loads(geometry.asJson(COORDINATE_PRECISION)),
            }
        )
    return collected


def _ids_text(ids: list) -> str:
    """The first 20 feature ids, comma-separated, with "…" when there are more."""
    return ", ".join(str(i) for i in ids[:20]) + (" …" if len(ids) > 20 else "")


def _check_features(name: str, collected: _Collected) -> None:
    """Raise the problems found among the features: invalid or unrepairable geometries, nothing to upload."""
    if collected.invalid_ids:
        invalid_ids = collected.invalid_ids
        shown = _ids_text(invalid_ids)
        raise RegionError(
            [
                RegionProblem(
                    INVALID_GEOMETRY,
                    tr(
                        "'{0}' has invalid geometries in %n feature(s) (feature ids: {1}). Repair them automatically "
                        "(makeValid), or fix them with Vector › Geometry Tools › Check Validity.",
                        None,
                        len(invalid_ids),
                    ).format(name, shown),
                    fix=FIX_REPAIR,
                    feature_ids=invalid_ids,
                )
            ]
        )
    if collected.unrepairable:
        unrepairable = collected.unrepairable
        shown = _ids_text(unrepairable)
        raise RegionError(
            [
                RegionProblem(
                    UNREPAIRABLE,
                    tr(
                        "In '{0}', %n feature(s) could not be repaired into valid polygons (feature ids: {1}). Edit or "
                        "delete them, then upload again.",
                        None,
                        len(unrepairable),
                    ).format(name, shown),
                    feature_ids=unrepairable,
                )
            ]
        )
    if not collected.features:
        if collected.non_polygon:
            message = tr("None of the chosen features of '{0}' is a polygon.").format(name)
            raise RegionError([RegionProblem(NO_POLYGONS, message)])
        raise RegionError(
            [
                RegionProblem(
                    EMPTY,
                    tr(
                        "The layer '{0}' has no features with a geometry to upload. Add or select some features first."
                    ).format(name),
                )
            ]
        )


def geometry_to_geojson(
    geometry: QgsGeometry,
    crs: QgsCoordinateReferenceSystem,
    out_path: str,
    name: str,
    transform_context: Optional[QgsCoordinateTransformContext] = None,
) -> PreparedUpload:
    """A drawn polygon/rectangle or the map extent -> one-feature GeoJSON in EPSG:4326."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        raise RegionError(
            [RegionProblem(EMPTY, tr("Nothing was drawn. Draw at least three points, or drag a rectangle."))]
        )
    problem = _crs_problem(crs, tr("The map"))
    if problem:
        raise RegionError([problem])
    geometry = QgsGeometry(geometry)
    if not _is_polygonal(geometry) or geometry.area() <= 0:
        raise RegionError(
            [
                RegionProblem(
                    NO_POLYGONS, tr("The drawn shape has no area. Draw a polygon with at least three distinct corners.")
                )
            ]
        )
    if not geometry.isGeosValid():
        geometry = _polygon_parts(geometry.makeValid())
        if geometry.isEmpty():
            raise RegionError(
                [
                    RegionProblem(
                        UNREPAIRABLE, tr("The drawn polygon crosses itself and cannot be repaired. Draw it again.")
                    )
                ]
            )
    geometry.transform(_transform_to_wgs84(crs, transform_context))
    box = geometry.boundingBox()
    document = {
        "type": "FeatureCollection",
        "name": ascii_name(name),
        "features": [
            {
                "type": "Feature",
                "id": 1,
                "properties": {"name": name},
                "geometry": json.loads(geometry.asJson(COORDINATE_PRECISION)),
            }
        ],
    }
    with open(out_path, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, separators=(",", ":"))
    return PreparedUpload(
        name=name,
        file_type="GeoJSON",
        paths=[out_path],
        features=1,
        bounds=(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()),
    )


def extent_geometry(extent: QgsRectangle) -> QgsGeometry:
    return QgsGeometry.fromRect(extent)
