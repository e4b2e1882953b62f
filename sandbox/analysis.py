"""Analysis of uploaded files: validate a file and describe it with the DataFile fields of docs/api-contract.md §6.5.

Uploaded files are hostile until proven otherwise: every open goes through :mod:`sandbox.geo`, which names the GDAL
drivers allowed for the declared file type and inspects zip archives first; statistics come from a bounded,
decimated read, never the whole raster; any unexpected exception becomes :class:`~sandbox.geo.AnalysisError`
with a readable reason.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
from osgeo import gdal, ogr, osr

from sandbox.geo import (
    RASTER_TYPES,
    SQLITE_MAGIC,
    VECTOR_TYPES,
    AnalysisError,
    bounds_to_wgs84,
    collection_parts,
    crs_name,
    geodesic_area_m2,
    geodesic_length_m,
    geometry_kind,
    open_raster,
    open_vector,
    read_region,
    short_reason,
    traditional_axis_order,
    wgs84,
)

GEOJSON_INLINE_LIMIT = 100 * 1024
MAX_STATS_PIXELS = 1024 * 1024
MAX_SCAN_PIXELS = 200_000_000
MAX_FEATURES = 2_000_000
HISTOGRAM_BINS = 10

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()


# ---------------------------------------------------------------------------------------------------------------------
# Analysis.


def analyse_file(path: Path, file_type: str) -> dict[str, Any]:
    """Validate a file and return the DataFile fields (docs/api-contract.md §6.5) that describe it.

    Always returns ``size`` and ``publishable``; geospatial fields only where they apply. Raises
    :class:`AnalysisError` with a readable reason when the file is broken or unusable.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise AnalysisError(f"The file cannot be read: {error.strerror}")
    result: dict[str, Any] = {"size": size, "publishable": True, "title": path.name}
    try:
        if file_type in RASTER_TYPES:
            if size == 0:
                raise AnalysisError(f"The {file_type} file is empty")
            result.update(_analyse_raster(open_raster(path, file_type), file_type))
        elif file_type in VECTOR_TYPES:
            if size == 0:
                raise AnalysisError(f"The {file_type} file is empty")
            if file_type == "GeoJSON":
                _check_json(path)
            result.update(_analyse_vector(open_vector(path, file_type), file_type, require_features=True))
            if file_type == "GeoJSON" and size < GEOJSON_INLINE_LIMIT:
                result["geojson"] = path.read_text(encoding="utf-8", errors="replace")
        elif file_type == "CSV":
            result.update(analyse_csv(path))
        elif file_type == "GeoPackage" or (file_type == "Other" and is_sqlite(path)):
            result.update(_analyse_geopackage(path, strict=file_type == "GeoPackage"))
        # PNG, JPEG, PDF, ZIP, GZIP and Other: size only.
    except AnalysisError:
        raise
    except (RuntimeError, ValueError, OverflowError, MemoryError, OSError, UnicodeError) as error:
        raise AnalysisError(f"The {file_type} file could not be analysed: {short_reason(error)}")
    return result


def is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as stream:
            return stream.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _check_json(path: Path) -> None:
    """Give a precise reason for invalid JSON (GDAL's own message is vague)."""
    try:
        with open(path, encoding="utf-8") as stream:
            document = json.load(stream)
    except UnicodeDecodeError:
        raise AnalysisError("The GeoJSON file is not UTF-8 text")
    except RecursionError:
        raise AnalysisError("The GeoJSON file is nested too deeply")
    except json.JSONDecodeError as error:
        raise AnalysisError(f"The GeoJSON file is not valid JSON: {error.msg} at line {error.lineno}")
    if not isinstance(document, dict) or document.get("type") not in (
        "FeatureCollection",
        "Feature",
        "Point",
        "MultiPoint",
        "LineString",
        "MultiLineString",
        "Polygon",
        "MultiPolygon",
        "GeometryCollection",
    ):
        raise AnalysisError("The file is JSON but not GeoJSON (no FeatureCollection, Feature or geometry type)")


def _analyse_raster(dataset: gdal.Dataset, file_type: str) -> dict[str, Any]:
    width, height = dataset.RasterXSize, dataset.RasterYSize
    if width <= 0 or height <= 0:
        raise AnalysisError(f"The {file_type} raster has no pixels")
    srs = dataset.GetSpatialRef()
    transform = dataset.GetGeoTransform(can_return_null=True)
    if srs is None or transform is None:
        raise AnalysisError(f"The {file_type} raster is not georeferenced (no coordinate system or geotransform)")
    if transform[2] != 0 or transform[4] != 0:
        corners = [
            gdal.ApplyGeoTransform(transform, x, y) for x, y in ((0, 0), (width, 0), (0, height), (width, height))
        ]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        extent = (min(xs), min(ys), max(xs), max(ys))
    else:
        x0, x1 = transform[0], transform[0] + width * transform[1]
        y0, y1 = transform[3], transform[3] + height * transform[5]
        extent = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    bounds = bounds_to_wgs84(srs, *extent)
    pixel_x = math.hypot(transform[1], transform[2])
    pixel_y = math.hypot(transform[4], transform[5])
    if srs.IsGeographic():
        mid_lat = math.radians((bounds[1] + bounds[3]) / 2)
        metres = ((pixel_x * 111320.0 * math.cos(mid_lat)) + pixel_y * 110574.0) / 2
    else:
        metres = (pixel_x + pixel_y) / 2 * (srs.GetLinearUnits() or 1.0)
    selectors = [_band_selector(dataset, index) for index in range(1, dataset.RasterCount + 1)]
    area = _footprint_area_m2(srs, extent)
    return {
        "crs": crs_name(srs),
        "bounds": bounds,
        "resolution": max(1, int(round(metres))) if math.isfinite(metres) else None,
        "area": round(area, 2),
        "selectors": selectors,
    }


def _footprint_area_m2(srs: osr.SpatialReference, extent: tuple[float, float, float, float]) -> float:
    """Area of a raster's footprint: the extent rectangle, densified, taken to lon/lat and measured there."""
    footprint = bbox_geometry(list(extent))
    footprint.Segmentize(max(extent[2] - extent[0], extent[3] - extent[1]) / 50 or 1.0)
    source = traditional_axis_order(srs)
    if not source.IsSame(wgs84()):
        footprint.Transform(osr.CoordinateTransformation(source, wgs84()))
    return geodesic_area_m2(footprint)


def bbox_geometry(bounds: list[float]) -> ogr.Geometry:
    west, south, east, north = bounds
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((west, south), (east, south), (east, north), (west, north), (west, south)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def _finite(value: float) -> float | None:
    value = float(value)
    return round(value, 6) if math.isfinite(value) else None


def too_big_to_scan(dataset: gdal.Dataset) -> bool:
    """Whether even a decimated read would touch too many blocks (a huge raster without overviews).

    A tiny sparse GeoTIFF can declare billions of pixels; scanning it would let a small upload cost minutes.
    """
    band = dataset.GetRasterBand(1)
    return dataset.RasterXSize * dataset.RasterYSize > MAX_SCAN_PIXELS and band.GetOverviewCount() == 0


def read_band_sample(dataset: gdal.Dataset, index: int, max_pixels: int = MAX_STATS_PIXELS) -> np.ma.MaskedArray:
    """A band read at a bounded size (decimated for big rasters), with nodata and NaN masked."""
    width, height = dataset.RasterXSize, dataset.RasterYSize
    if too_big_to_scan(dataset):
        # Sample the central window only: bounded cost whatever the declared size.
        side = int(math.sqrt(max_pixels))
        x_off, y_off = max(0, (width - side) // 2), max(0, (height - side) // 2)
        band = dataset.GetRasterBand(index)
        data = band.ReadAsArray(x_off, y_off, min(side, width), min(side, height))
        if data is None:
            raise AnalysisError(f"Band {index} cannot be read")
        return _masked(data, band)
    scale = max(1.0, math.sqrt(width * height / max_pixels))
    buf_x, buf_y = max(1, int(width / scale)), max(1, int(height / scale))
    band = dataset.GetRasterBand(index)
    data = band.ReadAsArray(buf_xsize=buf_x, buf_ysize=buf_y)
    if data is None:
        raise AnalysisError(f"Band {index} cannot be read")
    return _masked(data, band)


def _masked(data: np.ndarray, band: gdal.Band) -> np.ma.MaskedArray:
    if np.iscomplexobj(data):
        data = np.abs(data)
    data = data.astype(np.float64, copy=False)
    mask = ~np.isfinite(data)
    nodata = band.GetNoDataValue()
    if nodata is not None and math.isfinite(nodata):
        mask |= data == nodata
    return np.ma.MaskedArray(data, mask=mask)


def _band_selector(dataset: gdal.Dataset, index: int) -> dict[str, Any]:
    band = dataset.GetRasterBand(index)
    selector: dict[str, Any] = {
        "selector": str(index),
        "category": "Other",
        "data_type": gdal.GetDataTypeName(band.DataType),
        "unit": band.GetUnitType() or None,
    }
    try:
        data = read_band_sample(dataset, index)
    except RuntimeError as error:
        raise AnalysisError(f"Band {index} cannot be read: {short_reason(error)}")
    values = data.compressed()
    if values.size:
        minimum, maximum = float(values.min()), float(values.max())
        categories = band.GetCategoryNames() or []
        low, high = (0.0, float(len(categories) - 1)) if len(categories) > 1 else (minimum, maximum)
        if high <= low:
            high = low + 1.0
        counts, _ = np.histogram(values, bins=HISTOGRAM_BINS, range=(low, high))
        selector.update(
            {
                "minimum": _finite(minimum),
                "maximum": _finite(maximum),
                "mean": _finite(values.mean()),
                "sd": _finite(values.std()),
                "histogram_minimum": _finite(low),
                "histogram_maximum": _finite(high),
                "histogram": [int(count) for count in counts],
            }
        )
        if categories:
            selector["initial_values"] = [str(name) for name in categories if name]
    return selector


_FIELD_TYPES = {
    ogr.OFTInteger: "numeric",
    ogr.OFTInteger64: "numeric",
    ogr.OFTReal: "numeric",
    ogr.OFTString: "string",
    ogr.OFTDate: "datetime",
    ogr.OFTDateTime: "datetime",
    ogr.OFTTime: "string",
}


def _analyse_vector(dataset: gdal.Dataset, file_type: str, require_features: bool) -> dict[str, Any]:
    """Counts, lengths, areas and bounds over every layer, measured in lon/lat."""
    counts = {"Point": 0, "Line": 0, "Polygon": 0}
    area = length = 0.0
    envelope: list[float] | None = None
    crs: str | None = None
    selectors: list[dict[str, Any]] = []
    seen_fields: set[str] = set()
    features = 0
    target = wgs84()
    for layer_index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayer(layer_index)
        srs = layer.GetSpatialRef()
        has_geometry = layer.GetGeomType() != ogr.wkbNone
        if srs is None and has_geometry and file_type in ("GeoJSON", "KML", "KMZ"):
            srs = target
        if srs is not None and crs is None:
            crs = crs_name(srs)
        transform = None
        if srs is not None and not traditional_axis_order(srs).IsSame(target):
            transform = osr.CoordinateTransformation(traditional_axis_order(srs), target)
        layer_kinds: dict[str, int] = {}
        layer.ResetReading()
        for feature in layer:
            features += 1
            if features > MAX_FEATURES:
                raise AnalysisError(f"The file has more than {MAX_FEATURES} features")
            geometry = feature.GetGeometryRef()
            if geometry is None or geometry.IsEmpty():
                continue
            if srs is None:
                raise AnalysisError("The vector data has geometries but no coordinate reference system")
            kind = geometry_kind(geometry.GetGeometryType())
            geometry = geometry.Clone()
            if ogr.GT_Flatten(geometry.GetGeometryType()) == ogr.wkbGeometryCollection:
                geometry = collection_parts(geometry)
            if transform is not None:
                geometry.Transform(transform)
            minx, maxx, miny, maxy = geometry.GetEnvelope()
            if not all(math.isfinite(v) for v in (minx, maxx, miny, maxy)):
                raise AnalysisError("The vector data has coordinates that cannot be transformed to lon/lat")
            envelope = (
                [minx, miny, maxx, maxy]
                if envelope is None
                else [min(envelope[0], minx), min(envelope[1], miny), max(envelope[2], maxx), max(envelope[3], maxy)]
            )
            if kind is None:
                kind = geometry_kind(geometry.GetGeometryType())
            if kind:
                counts[kind] += 1
                layer_kinds[kind] = layer_kinds.get(kind, 0) + 1
            if kind == "Polygon":
                area += geodesic_area_m2(geometry)
            elif kind == "Line":
                length += geodesic_length_m(geometry)
        category = max(layer_kinds, key=layer_kinds.get) if layer_kinds else "Other"
        definition = layer.GetLayerDefn()
        for field_index in range(definition.GetFieldCount()):
            field = definition.GetFieldDefn(field_index)
            name = field.GetName()
            if name in seen_fields:
                continue
            seen_fields.add(name)
            selectors.append(
                {
                    "selector": name,
                    "category": category,
                    "data_type": _FIELD_TYPES.get(field.GetType(), "string"),
                }
            )
    if require_features and features == 0:
        raise AnalysisError(f"The {file_type} file contains no features")
    if require_features and envelope is None:
        raise AnalysisError(f"The {file_type} file contains no geometries")
    result: dict[str, Any] = {
        "crs": crs,
        "points": counts["Point"],
        "lines": counts["Line"],
        "polygons": counts["Polygon"],
        "selectors": selectors,
    }
    if envelope is not None:
        result["bounds"] = [round(float(v), 8) for v in envelope]
    if counts["Polygon"]:
        result["area"] = round(area, 2)
    if counts["Line"]:
        result["length"] = round(length, 2)
    return result


def analyse_csv(path: Path) -> dict[str, Any]:
    """CSV with WKT or lon/lat columns becomes points/shapes in EPSG:4326; a plain table only gets its columns."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(65536)
    except OSError as error:
        raise AnalysisError(f"The CSV file cannot be read: {error.strerror}")
    if not head.strip():
        raise AnalysisError("The CSV file is empty")
    if b"\x00" in head:
        raise AnalysisError("The CSV file is binary, not text")
    dataset = open_vector(path, "CSV")
    layer = dataset.GetLayer(0)
    has_geometry = layer.GetGeomType() != ogr.wkbNone and layer.GetLayerDefn().GetGeomFieldCount() > 0
    if has_geometry and layer.GetSpatialRef() is None:
        # The CSV driver attaches no CRS to WKT or lon/lat columns: lon/lat is the convention.
        memory = gdal.GetDriverByName("Memory").Create("", 0, 0, 0, gdal.GDT_Unknown)
        copy = memory.CreateLayer("csv", srs=wgs84(), geom_type=layer.GetGeomType())
        definition = layer.GetLayerDefn()
        for index in range(definition.GetFieldCount()):
            copy.CreateField(definition.GetFieldDefn(index))
        for feature in layer:
            out = ogr.Feature(copy.GetLayerDefn())
            out.SetFrom(feature)
            geometry = feature.GetGeometryRef()
            if geometry is not None:
                lon_lat_ok = all(-180.0 <= v <= 180.0 for v in geometry.GetEnvelope())
                if not lon_lat_ok:
                    raise AnalysisError("The CSV coordinates are not longitude/latitude values")
                out.SetGeometry(geometry)
            copy.CreateFeature(out)
            if copy.GetFeatureCount() > MAX_FEATURES:
                raise AnalysisError(f"The file has more than {MAX_FEATURES} features")
        dataset = memory
    result = _analyse_vector(dataset, "CSV", require_features=False)
    if not has_geometry:
        for key in ("points", "lines", "polygons", "crs"):
            result.pop(key, None)
    return result


def _analyse_geopackage(path: Path, strict: bool) -> dict[str, Any]:
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_RASTER | gdal.OF_READONLY, allowed_drivers=["GPKG"])
    except RuntimeError as error:
        if strict:
            raise AnalysisError(f"Not a valid GeoPackage: {short_reason(error)}")
        return {}
    if dataset is None:
        if strict:
            raise AnalysisError("Not a valid GeoPackage")
        return {}
    if dataset.RasterCount:
        return _analyse_raster(dataset, "GeoPackage")
    if dataset.GetLayerCount() == 0:
        raise AnalysisError("The GeoPackage contains no layers")
    return _analyse_vector(dataset, "GeoPackage", require_features=False)


def region_area_km2(path: Path, file_type: str = "GeoJSON") -> float:
    """Area of a region in km², for pricing. Rasters count their footprint."""
    if file_type in RASTER_TYPES:
        info = _analyse_raster(open_raster(Path(path), file_type), file_type)
        return float(info["area"]) / 1e6
    return geodesic_area_m2(read_region(path, file_type)) / 1e6
