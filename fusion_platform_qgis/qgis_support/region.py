"""Anything a QGIS user has on screen or on disk -> clean files the platform accepts, with checks first.

Why this module exists: users have layers in every CRS and format, the platform wants clean files (GeoJSON in
EPSG:4326 for regions, GeoTIFF for rasters, zipped Shapefiles). Every check produces a :class:`RegionProblem`
with a translated message and, where one exists, a machine-readable ``fix`` the dock can offer as a button
(repair with makeValid, simplify, use an ASCII name). Nothing here shows widgets.

Threading: QGIS layers belong to the main thread. ``capture_vector`` / ``capture_raster`` run on the main thread
and take a thread-safe snapshot (a ``QgsVectorLayerFeatureSource``, the CRS, the selected ids); the heavy work
(iterating, reprojecting, repairing, writing, zipping) runs in a QgsTask on that snapshot.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)

from .compat import GEOMETRY_LINE, GEOMETRY_POINT, GEOMETRY_POLYGON, WKB_GEOMETRY_COLLECTION, empty_extent
from .i18n import tr

WGS84 = "EPSG:4326"
#: Above this the dock warns and offers simplification (the platform takes big files, but slowly, and a region
#: of many megabytes is almost always an over-detailed boundary).
LARGE_REGION_BYTES = 10 * 1024 * 1024
COORDINATE_PRECISION = 7  # ~1 cm at the equator: enough for any region, keeps files small

# problem codes (stable: the dock and tests switch on them)
EMPTY = "empty"
NO_POLYGONS = "no_polygons"
INVALID_GEOMETRY = "invalid_geometry"
UNREPAIRABLE = "unrepairable"
UNKNOWN_CRS = "unknown_crs"
TOO_LARGE = "too_large"
NON_ASCII_NAME = "non_ascii_name"
UNSUPPORTED = "unsupported"
MISSING_SIDECAR = "missing_sidecar"
NOT_FOUND = "not_found"

# fix codes
FIX_REPAIR = "repair"
FIX_SIMPLIFY = "simplify"
FIX_ASCII_NAME = "ascii_name"

SHAPEFILE_SIDECARS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".shp.xml", ".qmd")


@dataclass
class RegionProblem:
    """One reason an input cannot be uploaded as it is, with what the user can do about it."""

    code: str
    message: str
    fix: Optional[str] = None
    feature_ids: list = field(default_factory=list)
    size: Optional[int] = None
    suggestion: Any = None  # e.g. the ASCII name, or a simplification tolerance in layer units


class RegionError(Exception):
    """Raised with the problems found; ``str()`` is the joined translated messages."""

    def __init__(self, problems: list[RegionProblem]):
        self.problems = list(problems)
        super().__init__("\n".join(p.message for p in self.problems))

    @property
    def codes(self) -> list[str]:
        return [p.code for p in self.problems]

    def problem(self, code: str) -> Optional[RegionProblem]:
        return next((p for p in self.problems if p.code == code), None)


@dataclass
class PreparedUpload:
    """Files ready to upload as one data item; ``temp_dir`` is removed by :meth:`cleanup`."""

    name: str
    file_type: str
    paths: list[str]
    bounds: Optional[tuple] = None  # (west, south, east, north) in EPSG:4326 when known
    features: Optional[int] = None
    repaired_ids: list = field(default_factory=list)
    temp_dir: Optional[str] = None
    warnings: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(os.path.getsize(p) for p in self.paths if os.path.exists(p))

    def cleanup(self) -> None:
        if self.temp_dir and os.path.isdir(self.temp_dir):
            shutil.rmtree(self.temp_dir, ignore_errors=True)


# ------------------------------------------------------------------------------------------------ names
def ascii_name(name: str) -> str:
    """A readable ASCII version of ``name`` (accents dropped, other characters replaced by ``_``)."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = "".join(ch if ch.isprintable() else "_" for ch in text).strip()
    return text or "region"


def check_name(name: str) -> list[RegionProblem]:
    """Names travel to file names on the platform; non-ASCII names get an ASCII suggestion."""
    problems = []
    if not name or not name.strip():
        problems.append(RegionProblem(EMPTY, tr("Give the data item a name.")))
    elif any(ord(ch) > 127 for ch in name):
        suggestion = ascii_name(name)
        problems.append(
            RegionProblem(
                NON_ASCII_NAME,
                tr(
                    "The name '{0}' contains non-ASCII characters, which some platform services cannot handle. "
                    "Use '{1}' instead?"
                ).format(name, suggestion),
                fix=FIX_ASCII_NAME,
                suggestion=suggestion,
            )
        )
    return problems


def safe_file_stem(name: str) -> str:
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in ascii_name(name)).strip("._")
    return stem[:80] or "region"


def human_size(size: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024.0
    return f"{size:.1f} GB"


def _temp_dir() -> str:
    return tempfile.mkdtemp(prefix="fp-upload-")


def _crs_problem(crs: QgsCoordinateReferenceSystem, what: str) -> Optional[RegionProblem]:
    if crs is None or not crs.isValid():
        return RegionProblem(
            UNKNOWN_CRS,
            tr(
                "{0} has no coordinate reference system, so its position on Earth is "
                "unknown. Set its CRS (Layer Properties › Source) and try again."
            ).format(what),
        )
    if crs.authid() == "" and not crs.toWkt():
        return RegionProblem(
            UNKNOWN_CRS,
            tr(
                "{0} uses an unknown coordinate reference system. Set its CRS "
                "(Layer Properties › Source) and try again."
            ).format(what),
        )
    return None


def _transform_to_wgs84(
    crs: QgsCoordinateReferenceSystem, context: Optional[QgsCoordinateTransformContext] = None
) -> QgsCoordinateTransform:
    context = context or QgsProject.instance().transformContext()
    return QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WGS84), context)


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
        field_names=[f.name() for f in layer.fields()],
        feature_ids=ids,
        transform_context=QgsProject.instance().transformContext(),
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
    request = QgsFeatureRequest()
    if snapshot.feature_ids is not None:
        request.setFilterFids(snapshot.feature_ids)
    transform = _transform_to_wgs84(snapshot.crs, snapshot.transform_context)
    features = []
    invalid_ids: list = []
    unrepairable: list = []
    repaired: list = []
    no_geometry = 0
    non_polygon = 0
    bounds = empty_extent()
    native = empty_extent()  # in the layer's CRS, to suggest a simplification tolerance in its units
    total = len(snapshot.feature_ids) if snapshot.feature_ids is not None else None
    for index, feature in enumerate(snapshot.source.getFeatures(request)):
        if is_canceled():
            from ..api.errors import CancelledError

            raise CancelledError(tr("Cancelled."))
        if progress is not None and total:
            progress(100.0 * index / total)
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            no_geometry += 1
            continue
        if require_polygons and not _is_polygonal(geometry):
            non_polygon += 1
            continue
        if not geometry.isGeosValid():
            if not repair:
                invalid_ids.append(feature.id())
                continue
            fixed = _polygon_parts(geometry.makeValid()) if require_polygons else geometry.makeValid()
            if (
                fixed.isNull()
                or fixed.isEmpty()
                or not fixed.isGeosValid()
                or (require_polygons and not _is_polygonal(fixed))
            ):
                unrepairable.append(feature.id())
                continue
            repaired.append(feature.id())
            geometry = fixed
        if simplify_tolerance:
            simplified = geometry.simplify(simplify_tolerance)
            if not simplified.isNull() and not simplified.isEmpty():
                geometry = simplified
        native.combineExtentWith(geometry.boundingBox())
        if geometry.transform(transform) != 0:
            unrepairable.append(feature.id())
            continue
        bounds.combineExtentWith(geometry.boundingBox())
        properties = {name: _json_value(feature.attribute(name)) for name in snapshot.field_names}
        features.append(
            {
                "type": "Feature",
                "id": int(feature.id()),
                "properties": properties,
                "geometry": json.loads(geometry.asJson(COORDINATE_PRECISION)),
            }
        )
    if invalid_ids:
        shown = ", ".join(str(i) for i in invalid_ids[:20]) + (" …" if len(invalid_ids) > 20 else "")
        raise RegionError(
            [
                RegionProblem(
                    INVALID_GEOMETRY,
                    tr(
                        "'{0}' has invalid geometries in %n feature(s) (feature ids: {1}). Repair them automatically "
                        "(makeValid), or fix them with Vector › Geometry Tools › Check Validity.",
                        None,
                        len(invalid_ids),
                    ).format(snapshot.name, shown),
                    fix=FIX_REPAIR,
                    feature_ids=invalid_ids,
                )
            ]
        )
    if unrepairable:
        shown = ", ".join(str(i) for i in unrepairable[:20]) + (" …" if len(unrepairable) > 20 else "")
        raise RegionError(
            [
                RegionProblem(
                    UNREPAIRABLE,
                    tr(
                        "In '{0}', %n feature(s) could not be repaired into valid polygons (feature ids: {1}). Edit or "
                        "delete them, then upload again.",
                        None,
                        len(unrepairable),
                    ).format(snapshot.name, shown),
                    feature_ids=unrepairable,
                )
            ]
        )
    if not features:
        if non_polygon:
            message = tr("None of the chosen features of '{0}' is a polygon.").format(snapshot.name)
            raise RegionError([RegionProblem(NO_POLYGONS, message)])
        raise RegionError(
            [
                RegionProblem(
                    EMPTY,
                    tr(
                        "The layer '{0}' has no features with a geometry to upload. Add or select some features first."
                    ).format(snapshot.name),
                )
            ]
        )
    document = {"type": "FeatureCollection", "name": ascii_name(snapshot.name), "features": features}
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    size = len(text.encode("utf-8"))
    if size > max_bytes and not simplify_tolerance:
        tolerance = max(native.width(), native.height()) / 5000.0 or None
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
    return PreparedUpload(
        name=snapshot.name,
        file_type="GeoJSON",
        paths=[out_path],
        bounds=(bounds.xMinimum(), bounds.yMinimum(), bounds.xMaximum(), bounds.yMaximum()),
        features=len(features),
        repaired_ids=repaired,
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


# ------------------------------------------------------------------------------------------------ rasters
@dataclass
class RasterSnapshot:
    name: str
    source_path: str
    driver: str
    crs: QgsCoordinateReferenceSystem
    provider: str


def capture_raster(layer: QgsRasterLayer) -> RasterSnapshot:
    """Main thread: what the worker needs to upload a raster layer (its file, driver and CRS)."""
    if layer is None or not layer.isValid():
        raise RegionError([RegionProblem(NOT_FOUND, tr("The raster layer is not valid or its file is missing."))])
    provider = layer.providerType()
    source = layer.source()
    driver = ""
    if provider == "gdal":
        path = source.split("|")[0]
        try:
            from osgeo import gdal

            dataset = gdal.OpenEx(path, gdal.OF_RASTER)
            driver = dataset.GetDriver().ShortName if dataset is not None else ""
            dataset = None
        except Exception:
            driver = ""
        source = path
    return RasterSnapshot(layer.name(), source, driver, QgsCoordinateReferenceSystem(layer.crs()), provider)


def raster_to_geotiff(snapshot: RasterSnapshot, out_dir: str) -> PreparedUpload:
    """Worker thread: the layer's own GeoTIFF when it is one, else a GeoTIFF exported with GDAL."""
    problem = _crs_problem(snapshot.crs, tr("The raster '{0}'").format(snapshot.name))
    if problem:
        raise RegionError([problem])
    if snapshot.provider != "gdal":
        raise RegionError(
            [
                RegionProblem(
                    UNSUPPORTED,
                    tr(
                        "The raster '{0}' comes from a web service ({1}); save it "
                        "as a GeoTIFF first (Export › Save As…), then upload that."
                    ).format(snapshot.name, snapshot.provider),
                )
            ]
        )
    if snapshot.driver == "GTiff" and os.path.splitext(snapshot.source_path)[1].lower() in (".tif", ".tiff"):
        return PreparedUpload(name=snapshot.name, file_type="GeoTIFF", paths=[snapshot.source_path])
    from osgeo import gdal

    out = os.path.join(out_dir, safe_file_stem(snapshot.name) + ".tif")
    options = gdal.TranslateOptions(
        format="GTiff", creationOptions=["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"]
    )
    dataset = gdal.Translate(out, snapshot.source_path, options=options)
    if dataset is None:
        raise RegionError(
            [RegionProblem(UNSUPPORTED, tr("The raster '{0}' could not be exported to GeoTIFF.").format(snapshot.name))]
        )
    if not dataset.GetProjection():
        dataset.SetProjection(snapshot.crs.toWkt())
    dataset = None
    return PreparedUpload(
        name=snapshot.name,
        file_type="GeoTIFF",
        paths=[out],
        warnings=[tr("'{0}' was exported to GeoTIFF for the upload.").format(snapshot.name)],
    )


# ------------------------------------------------------------------------------------------------ files on disk
FILE_TYPES_ON_DISK = {
    ".geojson": "GeoJSON",
    ".json": "GeoJSON",
    ".kml": "KML",
    ".kmz": "KMZ",
    ".tif": "GeoTIFF",
    ".tiff": "GeoTIFF",
    ".csv": "CSV",
    ".shp": "ESRI Shapefile",
    ".zip": "ESRI Shapefile",
    ".gpkg": "GeoPackage",
}


def zip_shapefile(shp_path: str, out_dir: str) -> str:
    """Zip a .shp with every sidecar beside it (flat, no folders), as the platform expects."""
    stem, _ = os.path.splitext(shp_path)
    folder = os.path.dirname(os.path.abspath(shp_path))
    base = os.path.basename(stem)
    members = [shp_path]
    for name in sorted(os.listdir(folder)):
        lower = name.lower()
        if name == os.path.basename(shp_path):
            continue
        if lower.startswith(base.lower() + ".") and any(lower == base.lower() + ext for ext in SHAPEFILE_SIDECARS):
            members.append(os.path.join(folder, name))
    out = os.path.join(out_dir, safe_file_stem(base) + ".zip")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in members:
            archive.write(member, arcname=os.path.basename(member))
    return out


def _sidecar(stem: str, ext: str) -> Optional[str]:
    folder = os.path.dirname(os.path.abspath(stem)) or "."
    wanted = (os.path.basename(stem) + ext).lower()
    for name in os.listdir(folder):
        if name.lower() == wanted:
            return os.path.join(folder, name)
    return None


def prepare_file(
    path: str, name: Optional[str] = None, *, require_polygons: bool = False, out_dir: Optional[str] = None
) -> PreparedUpload:
    """Worker thread: check a file on disk and turn it into what the platform accepts.

    Shapefiles get their sidecars zipped (missing .shx/.dbf/.prj are refused with a message); GeoPackages are
    converted to GeoJSON in EPSG:4326 (the platform has no GeoPackage file type); the rest go as they are after a
    quick readability check.
    """
    if not os.path.isfile(path):
        raise RegionError([RegionProblem(NOT_FOUND, tr("The file {0} does not exist.").format(path))])
    name = name or os.path.splitext(os.path.basename(path))[0]
    ext = os.path.splitext(path)[1].lower()
    file_type = FILE_TYPES_ON_DISK.get(ext)
    if file_type is None:
        raise RegionError(
            [
                RegionProblem(
                    UNSUPPORTED,
                    tr(
                        "{0}: files of type '{1}' cannot be uploaded. Use GeoJSON, "
                        "KML, KMZ, GeoTIFF, CSV, GeoPackage or a Shapefile."
                    ).format(os.path.basename(path), ext or tr("(no extension)")),
                )
            ]
        )
    if os.path.getsize(path) == 0:
        raise RegionError([RegionProblem(EMPTY, tr("The file {0} is empty.").format(os.path.basename(path)))])
    if ext == ".shp":
        stem = os.path.splitext(path)[0]
        missing = [e for e in (".shx", ".dbf") if _sidecar(stem, e) is None]
        if missing:
            raise RegionError(
                [
                    RegionProblem(
                        MISSING_SIDECAR,
                        tr(
                            "The Shapefile {0} is missing {1}; copy the whole set "
                            "of files (.shp, .shx, .dbf, .prj) together."
                        ).format(os.path.basename(path), ", ".join(missing)),
                    )
                ]
            )
        if _sidecar(stem, ".prj") is None:
            raise RegionError(
                [
                    RegionProblem(
                        UNKNOWN_CRS,
                        tr(
                            "The Shapefile {0} has no .prj file, so its coordinate "
                            "system is unknown. Open it in QGIS, set its CRS and "
                            "upload the layer instead."
                        ).format(os.path.basename(path)),
                    )
                ]
            )
        out_dir = out_dir or _temp_dir()
        return PreparedUpload(name=name, file_type=file_type, paths=[zip_shapefile(path, out_dir)], temp_dir=out_dir)
    if ext == ".gpkg":
        return _geopackage_to_upload(path, name, out_dir or _temp_dir())
    if ext in (".geojson", ".json", ".kml", ".kmz"):
        count = _ogr_feature_count(f"/vsizip/{path}" if ext == ".kmz" else path)
        if count is None and ext == ".kmz":
            count = _ogr_feature_count(path)
        if count is None:
            raise RegionError(
                [RegionProblem(UNSUPPORTED, tr("{0} cannot be read as {1}.").format(os.path.basename(path), file_type))]
            )
        if count == 0:
            raise RegionError([RegionProblem(EMPTY, tr("{0} contains no features.").format(os.path.basename(path)))])
    return PreparedUpload(name=name, file_type=file_type, paths=[path])


def _ogr_feature_count(source: str) -> Optional[int]:
    """Features in every layer of a vector source, or None when GDAL cannot open it."""
    from osgeo import gdal

    try:
        dataset = gdal.OpenEx(source, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:
        return None
    if dataset is None or dataset.GetLayerCount() == 0:
        return None
    return sum(max(0, dataset.GetLayer(i).GetFeatureCount()) for i in range(dataset.GetLayerCount()))


def _geopackage_to_upload(path: str, name: str, out_dir: str) -> PreparedUpload:
    """GeoPackage on disk: its vector layers as one GeoJSON in EPSG:4326, or its raster as a GeoTIFF.

    GDAL rather than a QgsVectorLayer because this runs in a worker thread.
    """
    from osgeo import gdal

    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_RASTER | gdal.OF_READONLY, allowed_drivers=["GPKG"])
    except RuntimeError:
        dataset = None
    if dataset is None:
        raise RegionError(
            [RegionProblem(UNSUPPORTED, tr("{0} is not a readable GeoPackage.").format(os.path.basename(path)))]
        )
    if dataset.GetLayerCount() == 0 and dataset.RasterCount > 0:
        out = os.path.join(out_dir, safe_file_stem(name) + ".tif")
        gdal.Translate(out, dataset, format="GTiff")
        return PreparedUpload(name=name, file_type="GeoTIFF", paths=[out], temp_dir=out_dir)
    layer = dataset.GetLayer(0) if dataset.GetLayerCount() else None
    if layer is None or layer.GetFeatureCount() == 0:
        raise RegionError(
            [RegionProblem(EMPTY, tr("The GeoPackage {0} contains no features.").format(os.path.basename(path)))]
        )
    if layer.GetSpatialRef() is None:
        raise RegionError(
            [
                RegionProblem(
                    UNKNOWN_CRS,
                    tr(
                        "The GeoPackage {0} has no coordinate reference system. "
                        "Open it in QGIS, set its CRS and upload the layer instead."
                    ).format(os.path.basename(path)),
                )
            ]
        )
    out = os.path.join(out_dir, safe_file_stem(name) + ".geojson")
    result = gdal.VectorTranslate(
        out,
        dataset,
        format="GeoJSON",
        dstSRS=WGS84,
        layers=[layer.GetName()],
        layerCreationOptions=["RFC7946=YES", f"COORDINATE_PRECISION={COORDINATE_PRECISION}"],
    )
    if result is None:
        raise RegionError(
            [RegionProblem(UNSUPPORTED, tr("{0} could not be converted to GeoJSON.").format(os.path.basename(path)))]
        )
    result = None
    return PreparedUpload(name=name, file_type="GeoJSON", paths=[out], temp_dir=out_dir)
