"""Geospatial analysis for the sandbox: validate uploaded files and describe them like the Fusion Platform does.

Everything here is a pure function over a file on disk, built on GDAL/OGR/numpy only, so the server can call it
from a worker process. Uploaded files are hostile until proven otherwise, so:

* every open names the GDAL drivers allowed for the declared file type (a "GeoTIFF" that is really a VRT pointing
  at /etc/passwd or a URL is refused rather than followed);
* zip archives are inspected with :mod:`zipfile` first (no absolute or parent paths, bounded uncompressed size);
* statistics are computed from a bounded, decimated read, never the whole raster;
* any unexpected exception is turned into :class:`AnalysisError` with a readable reason.
"""

from __future__ import annotations

import json
import math
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

# File type values of the wire contract (docs/api-contract.md §6.5).
RASTER_TYPES = ("GeoTIFF", "DEM", "JPEG2000")
VECTOR_TYPES = ("GeoJSON", "ESRI Shapefile", "KML", "KMZ")
PLAIN_TYPES = ("PNG", "JPEG", "PDF", "ZIP", "GZIP")

_RASTER_DRIVERS = {
    "GeoTIFF": ["GTiff", "COG"],
    "DEM": ["GTiff", "COG", "USGSDEM", "AAIGrid", "SRTMHGT", "DTED", "EHdr"],
    "JPEG2000": ["JP2OpenJPEG"],
}
_VECTOR_DRIVERS = {
    "GeoJSON": ["GeoJSON"],
    "ESRI Shapefile": ["ESRI Shapefile"],
    "KML": ["LIBKML", "KML"],
    "KMZ": ["LIBKML", "KML"],
    "CSV": ["CSV"],
}

GEOJSON_INLINE_LIMIT = 100 * 1024
MAX_ZIP_MEMBERS = 10000
MAX_ZIP_UNCOMPRESSED = 4 * 1024**3
MAX_STATS_PIXELS = 1024 * 1024
MAX_SCAN_PIXELS = 200_000_000
MAX_FEATURES = 2_000_000
HISTOGRAM_BINS = 10

_SQLITE_MAGIC = b"SQLite format 3\x00"


class AnalysisError(Exception):
    """A file failed validation; ``str(error)`` is a reason fit to show to the user."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------------------------------------------------------------
# Coordinate reference systems.


def wgs84() -> osr.SpatialReference:
    """EPSG:4326 with longitude first, the order every bounds list uses."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _traditional(srs: osr.SpatialReference) -> osr.SpatialReference:
    srs = srs.Clone()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def crs_name(srs: osr.SpatialReference | None) -> str | None:
    """``EPSG:xxxx`` where the CRS can be identified, else its WKT name."""
    if srs is None:
        return None
    try:
        srs = srs.Clone()
        try:
            srs.AutoIdentifyEPSG()
        except RuntimeError:
            pass
        for node in (None, "PROJCS", "GEOGCS"):
            name = srs.GetAuthorityName(node)
            code = srs.GetAuthorityCode(node)
            if name and code:
                if node == "GEOGCS" and srs.IsProjected():
                    break
                return f"{name}:{code}"
        matches = srs.FindMatches() or []
        for match, confidence in matches:
            if confidence >= 90 and match.GetAuthorityName(None) and match.GetAuthorityCode(None):
                return f"{match.GetAuthorityName(None)}:{match.GetAuthorityCode(None)}"
        return srs.GetName() or None
    except RuntimeError:
        return None


def _bounds_to_wgs84(srs: osr.SpatialReference, minx: float, miny: float, maxx: float, maxy: float) -> list[float]:
    """Transform an extent to [west, south, east, north] lon/lat (edges densified, so curved edges are covered)."""
    src = _traditional(srs)
    dst = wgs84()
    if src.IsSame(dst):
        bounds = [minx, miny, maxx, maxy]
    else:
        transform = osr.CoordinateTransformation(src, dst)
        west, south, east, north = transform.TransformBounds(minx, miny, maxx, maxy, 21)
        bounds = [west, south, east, north]
    if not all(math.isfinite(v) for v in bounds):
        raise AnalysisError("The file's extent cannot be expressed in longitude/latitude")
    return [round(float(v), 8) for v in bounds]


def local_equal_area(lon: float, lat: float) -> osr.SpatialReference:
    """A Lambert azimuthal equal-area projection centred on a point: exact areas, small distortion nearby."""
    srs = osr.SpatialReference()
    srs.ImportFromProj4(f"+proj=laea +lat_0={lat:.6f} +lon_0={lon:.6f} +datum=WGS84 +units=m +no_defs")
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def local_equidistant(lon: float, lat: float) -> osr.SpatialReference:
    """An azimuthal equidistant projection centred on a point, for metric buffers near that point."""
    srs = osr.SpatialReference()
    srs.ImportFromProj4(f"+proj=aeqd +lat_0={lat:.6f} +lon_0={lon:.6f} +datum=WGS84 +units=m +no_defs")
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def geodesic_area_m2(geometry_wgs84: ogr.Geometry) -> float:
    """Area in m² of a lon/lat geometry, measured in an equal-area projection centred on it."""
    if geometry_wgs84 is None or geometry_wgs84.IsEmpty():
        return 0.0
    west, east, south, north = geometry_wgs84.GetEnvelope()
    projected = geometry_wgs84.Clone()
    # Edges are straight in lon/lat: densify so that they stay (nearly) so once projected.
    projected.Segmentize(0.005)
    projected.AssignSpatialReference(wgs84())
    projected.TransformTo(local_equal_area((west + east) / 2, (south + north) / 2))
    return float(projected.GetArea())


def _haversine(lon1: np.ndarray, lat1: np.ndarray, lon2: np.ndarray, lat2: np.ndarray) -> float:
    radius = 6371008.8
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(lon2 - lon1)
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return float(np.sum(2 * radius * np.arcsin(np.sqrt(np.clip(a, 0, 1)))))


def geodesic_length_m(geometry_wgs84: ogr.Geometry) -> float:
    """Great-circle length in metres of the lines (or rings) of a lon/lat geometry."""
    if geometry_wgs84 is None or geometry_wgs84.IsEmpty():
        return 0.0
    total = 0.0
    count = geometry_wgs84.GetGeometryCount()
    if count and ogr.GT_Flatten(geometry_wgs84.GetGeometryType()) != ogr.wkbLineString:
        for index in range(count):
            total += geodesic_length_m(geometry_wgs84.GetGeometryRef(index))
        return total
    points = np.array(geometry_wgs84.GetPoints() or [], dtype=float)
    if len(points) < 2:
        return 0.0
    return _haversine(points[:-1, 0], points[:-1, 1], points[1:, 0], points[1:, 1])


# ---------------------------------------------------------------------------------------------------------------------
# Opening files safely.


def _check_zip(path: Path) -> list[str]:
    """Member names of a zip archive after checking it is not a zip bomb or a path-traversal trick."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise AnalysisError(f"Not a valid zip archive: {error}")
    if len(infos) > MAX_ZIP_MEMBERS:
        raise AnalysisError(f"The zip archive holds too many files ({len(infos)})")
    total = sum(max(info.file_size, 0) for info in infos)
    if total > MAX_ZIP_UNCOMPRESSED:
        raise AnalysisError("The zip archive expands to more than 4 GB")
    names = []
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or ".." in Path(name.replace("\\", "/")).parts or ":" in name:
            raise AnalysisError(f"The zip archive contains an unsafe path: {name[:100]!r}")
        if not info.is_dir():
            names.append(name)
    return names


def _vsizip(path: Path, member: str) -> str:
    return f"/vsizip/{{{path.resolve()}}}/{member}"


def vector_source(path: Path, file_type: str) -> tuple[str, list[str], list[str]]:
    """The GDAL connection string, allowed drivers and open options for a vector file of a declared type."""
    path = Path(path)
    if file_type == "ESRI Shapefile":
        names = _check_zip(path)
        shps = sorted(name for name in names if name.lower().endswith(".shp") and not name.startswith("__MACOSX"))
        if not shps:
            raise AnalysisError("The zip archive does not contain a shapefile (.shp)")
        stem = shps[0][:-4].lower()
        if f"{stem}.shx" not in (name.lower() for name in names):
            raise AnalysisError(f"The shapefile {shps[0]} has no .shx index file in the archive")
        if f"{stem}.prj" not in (name.lower() for name in names):
            raise AnalysisError(f"The shapefile {shps[0]} has no .prj file, so its coordinate system is unknown")
        return _vsizip(path, shps[0]), _VECTOR_DRIVERS[file_type], []
    if file_type == "KMZ":
        names = _check_zip(path)
        kmls = [name for name in names if name.lower().endswith(".kml")]
        if not kmls:
            raise AnalysisError("The KMZ archive does not contain a KML document")
        kml = "doc.kml" if "doc.kml" in kmls else kmls[0]
        return _vsizip(path, kml), _VECTOR_DRIVERS[file_type], []
    if file_type == "CSV":
        options = [
            "GEOM_POSSIBLE_NAMES=WKT,wkt,geometry,Geometry,geom,the_geom",
            "X_POSSIBLE_NAMES=lon,Lon,LON,longitude,Longitude,LONGITUDE,lng,long,x,X",
            "Y_POSSIBLE_NAMES=lat,Lat,LAT,latitude,Latitude,LATITUDE,y,Y",
            "KEEP_GEOM_COLUMNS=NO",
            "AUTODETECT_TYPE=YES",
        ]
        return f"CSV:{path}", _VECTOR_DRIVERS["CSV"], options
    if file_type == "GeoPackage":
        return str(path), ["GPKG"], []
    if file_type in _VECTOR_DRIVERS:
        return str(path), _VECTOR_DRIVERS[file_type], []
    raise AnalysisError(f"{file_type} is not a vector file type")


def open_vector(path: Path, file_type: str) -> gdal.Dataset:
    """Open a vector file with only the drivers its declared type allows."""
    source, drivers, options = vector_source(path, file_type)
    try:
        dataset = gdal.OpenEx(source, gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=drivers, open_options=options)
    except RuntimeError as error:
        raise AnalysisError(f"Not a valid {file_type} file: {_short(error)}")
    if dataset is None or dataset.GetLayerCount() == 0:
        raise AnalysisError(f"Not a valid {file_type} file: no layers found")
    return dataset


def open_raster(path: Path, file_type: str) -> gdal.Dataset:
    """Open a raster with only the drivers its declared type allows."""
    drivers = _RASTER_DRIVERS.get(file_type, ["GPKG"] if file_type == "GeoPackage" else None)
    if drivers is None:
        raise AnalysisError(f"{file_type} is not a raster file type")
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_RASTER | gdal.OF_READONLY, allowed_drivers=drivers)
    except RuntimeError as error:
        raise AnalysisError(f"Not a valid {file_type} file: {_short(error)}")
    if dataset is None or dataset.RasterCount == 0:
        raise AnalysisError(f"Not a valid {file_type} file: no raster bands")
    return dataset


def _short(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:300]


def guess_file_type(path: Path) -> str:
    """Sniff a file's type from its content (used when only a path is known, e.g. a process input)."""
    path = Path(path)
    with open(path, "rb") as stream:
        head = stream.read(4096)
    suffix = path.suffix.lower()
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "GeoTIFF"
    if head[:12] == b"\x00\x00\x00\x0cjP  \r\n\x87\n" or head[:4] == b"\xff\x4f\xff\x51":
        return "JPEG2000"
    if head.startswith(_SQLITE_MAGIC):
        return "GeoPackage"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = [name.lower() for name in _check_zip(path)]
        except AnalysisError:
            return "ZIP"
        if any(name.endswith(".shp") for name in names):
            return "ESRI Shapefile"
        if any(name.endswith(".kml") for name in names):
            return "KMZ"
        return "ZIP"
    if head.startswith(b"\x89PNG"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"%PDF"):
        return "PDF"
    if head.startswith(b"\x1f\x8b"):
        return "GZIP"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"{"):
        return "GeoJSON"
    if text.startswith(b"<") and b"kml" in head.lower():
        return "KML"
    if suffix in (".csv", ".txt"):
        return "CSV"
    if suffix in (".tif", ".tiff"):
        return "GeoTIFF"
    return "Other"


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
            result.update(_analyse_csv(path))
        elif file_type == "GeoPackage" or (file_type == "Other" and _is_sqlite(path)):
            result.update(_analyse_geopackage(path, strict=file_type == "GeoPackage"))
        # PNG, JPEG, PDF, ZIP, GZIP and Other: size only.
    except AnalysisError:
        raise
    except (RuntimeError, ValueError, OverflowError, MemoryError, OSError, UnicodeError) as error:
        raise AnalysisError(f"The {file_type} file could not be analysed: {_short(error)}")
    return result


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as stream:
            return stream.read(16) == _SQLITE_MAGIC
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
    bounds = _bounds_to_wgs84(srs, *extent)
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
    footprint = _bbox_geometry(list(extent))
    footprint.Segmentize(max(extent[2] - extent[0], extent[3] - extent[1]) / 50 or 1.0)
    source = _traditional(srs)
    if not source.IsSame(wgs84()):
        footprint.Transform(osr.CoordinateTransformation(source, wgs84()))
    return geodesic_area_m2(footprint)


def _bbox_geometry(bounds: list[float]) -> ogr.Geometry:
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
        raise AnalysisError(f"Band {index} cannot be read: {_short(error)}")
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


def _geometry_kind(geometry_type: int) -> str | None:
    flat = ogr.GT_Flatten(geometry_type)
    if flat in (ogr.wkbPoint, ogr.wkbMultiPoint):
        return "Point"
    if flat in (
        ogr.wkbLineString,
        ogr.wkbMultiLineString,
        ogr.wkbCircularString,
        ogr.wkbCompoundCurve,
        ogr.wkbMultiCurve,
    ):
        return "Line"
    if flat in (
        ogr.wkbPolygon,
        ogr.wkbMultiPolygon,
        ogr.wkbCurvePolygon,
        ogr.wkbMultiSurface,
        ogr.wkbTriangle,
        ogr.wkbTIN,
        ogr.wkbPolyhedralSurface,
    ):
        return "Polygon"
    return None


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
        if srs is not None and not _traditional(srs).IsSame(target):
            transform = osr.CoordinateTransformation(_traditional(srs), target)
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
            kind = _geometry_kind(geometry.GetGeometryType())
            geometry = geometry.Clone()
            if ogr.GT_Flatten(geometry.GetGeometryType()) == ogr.wkbGeometryCollection:
                geometry = _collection_parts(geometry)
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
                kind = _geometry_kind(geometry.GetGeometryType())
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


def _collection_parts(geometry: ogr.Geometry) -> ogr.Geometry:
    """Flatten a geometry collection into its dominant multi type so areas and lengths can be measured."""
    polygons = ogr.Geometry(ogr.wkbMultiPolygon)
    lines = ogr.Geometry(ogr.wkbMultiLineString)
    for index in range(geometry.GetGeometryCount()):
        part = geometry.GetGeometryRef(index)
        kind = _geometry_kind(part.GetGeometryType())
        target = polygons if kind == "Polygon" else lines if kind == "Line" else None
        if target is None:
            continue
        if part.GetGeometryCount() and ogr.GT_Flatten(part.GetGeometryType()) in (
            ogr.wkbMultiPolygon,
            ogr.wkbMultiLineString,
        ):
            for sub in range(part.GetGeometryCount()):
                target.AddGeometry(part.GetGeometryRef(sub))
        else:
            target.AddGeometry(ogr.ForceTo(part.Clone(), ogr.wkbPolygon if kind == "Polygon" else ogr.wkbLineString))
    if not polygons.IsEmpty():
        return polygons
    if not lines.IsEmpty():
        return lines
    return geometry


def _analyse_csv(path: Path) -> dict[str, Any]:
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
            raise AnalysisError(f"Not a valid GeoPackage: {_short(error)}")
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


# ---------------------------------------------------------------------------------------------------------------------
# Regions (process inputs that describe an area of interest).


def _geometries_with_wgs84_transform(dataset):
    """Yield ``(geometry copy, transform to EPSG:4326 or None)`` for every non-empty feature of every layer."""
    target = wgs84()
    for layer_index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayer(layer_index)
        srs = layer.GetSpatialRef() or target
        transform = (
            None if _traditional(srs).IsSame(target) else osr.CoordinateTransformation(_traditional(srs), target)
        )
        for feature in layer:
            geometry = feature.GetGeometryRef()
            if geometry is not None and not geometry.IsEmpty():
                yield geometry.Clone(), transform


def read_region(path: Path, file_type: str = "GeoJSON") -> ogr.Geometry:
    """The union of every polygon in a vector file, in EPSG:4326 lon/lat (a multipolygon).

    Point and line features are ignored; a file without polygons raises :class:`AnalysisError`.
    """
    dataset = open_vector(Path(path), file_type)
    parts = ogr.Geometry(ogr.wkbMultiPolygon)
    for geometry, transform in _geometries_with_wgs84_transform(dataset):
        if ogr.GT_Flatten(geometry.GetGeometryType()) == ogr.wkbGeometryCollection:
            geometry = _collection_parts(geometry)
        if _geometry_kind(geometry.GetGeometryType()) != "Polygon":
            continue
        geometry = ogr.ForceToMultiPolygon(ogr.ForceLinear(geometry) if hasattr(ogr, "ForceLinear") else geometry)
        if transform is not None:
            geometry.Transform(transform)
        if not geometry.IsValid():
            geometry = geometry.MakeValid() if hasattr(geometry, "MakeValid") else geometry.Buffer(0)
        for index in range(geometry.GetGeometryCount()):
            part = geometry.GetGeometryRef(index)
            if _geometry_kind(part.GetGeometryType()) == "Polygon":
                parts.AddGeometry(part)
    if parts.IsEmpty():
        raise AnalysisError("The region contains no polygons")
    union = parts.UnionCascaded()
    union = ogr.ForceToMultiPolygon(union)
    union.AssignSpatialReference(wgs84())
    return union


def region_bounds(path: Path, file_type: str = "GeoJSON") -> list[float]:
    """[west, south, east, north] of a region in lon/lat."""
    west, east, south, north = read_region(path, file_type).GetEnvelope()
    return [west, south, east, north]


def region_area_km2(path: Path, file_type: str = "GeoJSON") -> float:
    """Area of a region in km², for pricing. Rasters count their footprint."""
    if file_type in RASTER_TYPES:
        info = _analyse_raster(open_raster(Path(path), file_type), file_type)
        return float(info["area"]) / 1e6
    return geodesic_area_m2(read_region(path, file_type)) / 1e6


def write_geojson(geometry: ogr.Geometry, path: Path, properties: dict[str, Any] | None = None) -> Path:
    """Write one lon/lat geometry as a GeoJSON FeatureCollection (RFC 7946 style, no CRS member)."""
    feature = {"type": "Feature", "properties": properties or {}, "geometry": json.loads(geometry.ExportToJson())}
    Path(path).write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    return Path(path)


# ---------------------------------------------------------------------------------------------------------------------
# Previews.


def make_preview(path: Path, file_type: str, out_png: Path, size: int = 256) -> bool:
    """Write a PNG preview (longest side ``size`` pixels) of a raster or vector file; False when not possible."""
    path, out_png = Path(path), Path(out_png)
    try:
        if file_type in RASTER_TYPES or (file_type in ("GeoPackage", "Other") and _is_sqlite(path)):
            if file_type in RASTER_TYPES:
                dataset = open_raster(path, file_type)
            else:
                dataset = gdal.OpenEx(str(path), gdal.OF_RASTER | gdal.OF_READONLY, allowed_drivers=["GPKG"])
            if dataset is not None and dataset.RasterCount:
                return _raster_preview(dataset, out_png, size)
            if file_type in RASTER_TYPES:
                return False
            file_type = "GeoPackage"
        if file_type in VECTOR_TYPES or file_type in ("CSV", "GeoPackage"):
            return _vector_preview(path, file_type, out_png, size)
    except (AnalysisError, RuntimeError, ValueError, OSError, MemoryError):
        _remove(out_png)
        return False
    return False


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _preview_size(width: float, height: float, size: int) -> tuple[int, int]:
    if width <= 0 or height <= 0:
        return size, size
    if width >= height:
        return size, max(1, int(round(size * height / width)))
    return max(1, int(round(size * width / height))), size


def _raster_preview(dataset: gdal.Dataset, out_png: Path, size: int) -> bool:
    if too_big_to_scan(dataset):
        return False
    out_x, out_y = _preview_size(dataset.RasterXSize, dataset.RasterYSize, size)
    first = dataset.GetRasterBand(1)
    if dataset.RasterCount == 1 and first.GetColorTable() is not None:
        options = gdal.TranslateOptions(
            format="PNG", width=out_x, height=out_y, rgbExpand="rgba", resampleAlg="nearest"
        )
        translated = gdal.Translate(str(out_png), dataset, options=options)
        ok = translated is not None
        translated = None
        _remove(Path(str(out_png) + ".aux.xml"))
        return ok
    bands = [1, 2, 3] if dataset.RasterCount >= 3 else [1]
    scale_params = []
    for index in bands:
        values = read_band_sample(dataset, index, 256 * 256).compressed()
        if values.size == 0:
            scale_params.append([0, 1, 0, 255])
            continue
        low, high = np.percentile(values, [2, 98])
        if high <= low:
            high = low + 1
        scale_params.append([float(low), float(high), 1, 255])
    memory = gdal.Translate(
        "",
        dataset,
        options=gdal.TranslateOptions(
            format="MEM",
            width=out_x,
            height=out_y,
            bandList=bands,
            outputType=gdal.GDT_Byte,
            noData="none",
            scaleParams=scale_params,
            resampleAlg="average",
        ),
    )
    # Nodata pixels become transparent: add an alpha band from the first band's mask.
    mask = gdal.Translate(
        "",
        dataset,
        options=gdal.TranslateOptions(
            format="MEM",
            width=out_x,
            height=out_y,
            bandList=["mask,1"],
            outputType=gdal.GDT_Byte,
            resampleAlg="nearest",
        ),
    )
    rgba = gdal.GetDriverByName("MEM").Create("", out_x, out_y, len(bands) + 1, gdal.GDT_Byte)
    for index in range(1, len(bands) + 1):
        rgba.GetRasterBand(index).WriteArray(memory.GetRasterBand(index).ReadAsArray())
    rgba.GetRasterBand(len(bands) + 1).WriteArray(mask.GetRasterBand(1).ReadAsArray())
    gdal.GetDriverByName("PNG").CreateCopy(str(out_png), rgba)
    _remove(Path(str(out_png) + ".aux.xml"))
    return out_png.exists()


def _vector_preview(path: Path, file_type: str, out_png: Path, size: int) -> bool:
    """Rasterise every feature (filled polygons, lines, points) onto a transparent lon/lat canvas."""
    if file_type == "CSV":
        info = _analyse_csv(path)
        if "bounds" not in info:
            return False
        source = open_vector(path, "CSV")
    else:
        source = (
            open_vector(path, file_type)
            if file_type != "GeoPackage"
            else gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"])
        )
    memory = gdal.GetDriverByName("Memory").Create("", 0, 0, 0, gdal.GDT_Unknown)
    layer = memory.CreateLayer("preview", srs=wgs84(), geom_type=ogr.wkbUnknown)
    for geometry, transform in _geometries_with_wgs84_transform(source):
        if transform is not None:
            geometry.Transform(transform)
        out = ogr.Feature(layer.GetLayerDefn())
        out.SetGeometry(geometry)
        layer.CreateFeature(out)
    if layer.GetFeatureCount() == 0:
        return False
    west, east, south, north = layer.GetExtent()
    span_x, span_y = max(east - west, 1e-9), max(north - south, 1e-9)
    margin_x, margin_y = span_x * 0.05, span_y * 0.05
    out_x, out_y = _preview_size(span_x * math.cos(math.radians((south + north) / 2)), span_y, size)
    canvas = gdal.GetDriverByName("MEM").Create("", out_x, out_y, 4, gdal.GDT_Byte)
    canvas.SetGeoTransform(
        (west - margin_x, (span_x + 2 * margin_x) / out_x, 0, north + margin_y, 0, -(span_y + 2 * margin_y) / out_y)
    )
    canvas.SetSpatialRef(wgs84())
    gdal.Rasterize(
        canvas,
        memory,
        options=gdal.RasterizeOptions(
            bands=[1, 2, 3, 4], burnValues=[51, 136, 255, 110], allTouched=True, layers=["preview"]
        ),
    )
    outline = memory.CreateLayer("outline", srs=wgs84(), geom_type=ogr.wkbMultiLineString)
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if _geometry_kind(geometry.GetGeometryType()) == "Polygon":
            out = ogr.Feature(outline.GetLayerDefn())
            out.SetGeometry(geometry.Boundary())
            outline.CreateFeature(out)
    if outline.GetFeatureCount():
        gdal.Rasterize(
            canvas,
            memory,
            options=gdal.RasterizeOptions(
                bands=[1, 2, 3, 4], burnValues=[0, 60, 180, 255], allTouched=True, layers=["outline"]
            ),
        )
    gdal.GetDriverByName("PNG").CreateCopy(str(out_png), canvas)
    _remove(Path(str(out_png) + ".aux.xml"))
    return out_png.exists()


# ---------------------------------------------------------------------------------------------------------------------
# STAC.

_MEDIA_TYPES = {
    "GeoTIFF": "image/tiff; application=geotiff",
    "DEM": "application/octet-stream",
    "JPEG2000": "image/jp2",
    "GeoJSON": "application/geo+json",
    "KML": "application/vnd.google-earth.kml+xml",
    "KMZ": "application/vnd.google-earth.kmz",
    "CSV": "text/csv",
    "ESRI Shapefile": "application/zip",
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "PDF": "application/pdf",
    "GZIP": "application/gzip",
    "ZIP": "application/zip",
    "GeoPackage": "application/geopackage+sqlite3",
}


def stac_item_file_name(file_name: str) -> str:
    """The file-name convention for a file's STAC item: ``.<file_name>.stac``."""
    return f".{file_name}.stac"


def stac_item(file_record: dict[str, Any], data_name: str) -> dict[str, Any]:
    """A STAC 1.0.0 Item for one data file record (a DataFile dict with file_id, file_name, bounds, created_at...)."""
    bounds = file_record.get("bounds")
    geometry = None
    bbox = None
    if bounds and len(bounds) == 4 and all(isinstance(v, (int, float)) for v in bounds):
        west, south, east, north = (float(v) for v in bounds)
        bbox = [west, south, east, north]
        geometry = {
            "type": "Polygon",
            "coordinates": [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
        }
    created = file_record.get("created_at")
    if created is not None and not isinstance(created, str):
        created = created.isoformat()
    file_name = file_record.get("file_name") or str(file_record.get("file_id"))
    file_type = file_record.get("file_type") or "Other"
    asset: dict[str, Any] = {"href": file_name, "title": file_name, "roles": ["data"]}
    if file_type in _MEDIA_TYPES:
        asset["type"] = _MEDIA_TYPES[file_type]
    if file_record.get("size") is not None:
        asset["file:size"] = int(file_record["size"])
    properties: dict[str, Any] = {"datetime": created, "title": data_name, "fusion_platform:file_type": file_type}
    if file_record.get("crs"):
        crs = str(file_record["crs"])
        if crs.upper().startswith("EPSG:") and crs[5:].isdigit():
            properties["proj:epsg"] = int(crs[5:])
    if file_record.get("resolution"):
        properties["gsd"] = file_record["resolution"]
    item: dict[str, Any] = {
        "type": "Feature",
        "stac_version": "1.0.0",
        "stac_extensions": [],
        "id": str(file_record.get("file_id") or file_record.get("id")),
        "geometry": geometry,
        "properties": properties,
        "links": [],
        "assets": {"data": asset},
    }
    if bbox is not None:
        item["bbox"] = bbox
    if "proj:epsg" in properties:
        item["stac_extensions"].append("https://stac-extensions.github.io/projection/v1.1.0/schema.json")
    if "file:size" in asset:
        item["stac_extensions"].append("https://stac-extensions.github.io/file/v2.1.0/schema.json")
    return item
