"""Geospatial ground for the sandbox: file types, CRS and geodesic measures, opening files safely, regions.

Everything here is a pure function over a file on disk, built on GDAL/OGR/numpy only, so the server can call it
from a worker process. Uploaded files are hostile until proven otherwise, so:

* every open names the GDAL drivers allowed for the declared file type (a "GeoTIFF" that is really a VRT pointing
  at /etc/passwd or a URL is refused rather than followed);
* zip archives are inspected with :mod:`zipfile` first (no absolute or parent paths, bounded uncompressed size);
* any unexpected exception is turned into :class:`AnalysisError` with a readable reason.

What a file holds is described by :mod:`sandbox.analysis`; previews and STAC items are made by
:mod:`sandbox.previews`.
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

MAX_ZIP_MEMBERS = 10000
MAX_ZIP_UNCOMPRESSED = 4 * 1024**3

SQLITE_MAGIC = b"SQLite format 3\x00"


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


def traditional_axis_order(srs: osr.SpatialReference) -> osr.SpatialReference:
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


def bounds_to_wgs84(srs: osr.SpatialReference, minx: float, miny: float, maxx: float, maxy: float) -> list[float]:
    """Transform an extent to [west, south, east, north] lon/lat (edges densified, so curved edges are covered)."""
    src = traditional_axis_order(srs)
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
        raise AnalysisError(f"Not a valid {file_type} file: {short_reason(error)}")
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
        raise AnalysisError(f"Not a valid {file_type} file: {short_reason(error)}")
    if dataset is None or dataset.RasterCount == 0:
        raise AnalysisError(f"Not a valid {file_type} file: no raster bands")
    return dataset


def short_reason(error: Exception) -> str:
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
    if head.startswith(SQLITE_MAGIC):
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


def geometry_kind(geometry_type: int) -> str | None:
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


def collection_parts(geometry: ogr.Geometry) -> ogr.Geometry:
    """Flatten a geometry collection into its dominant multi type so areas and lengths can be measured."""
    polygons = ogr.Geometry(ogr.wkbMultiPolygon)
    lines = ogr.Geometry(ogr.wkbMultiLineString)
    for index in range(geometry.GetGeometryCount()):
        part = geometry.GetGeometryRef(index)
        kind = geometry_kind(part.GetGeometryType())
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


# ---------------------------------------------------------------------------------------------------------------------
# Regions (process inputs that describe an area of interest).


def geometries_with_wgs84_transform(dataset):
    """Yield ``(geometry copy, transform to EPSG:4326 or None)`` for every non-empty feature of every layer."""
    target = wgs84()
    for layer_index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayer(layer_index)
        srs = layer.GetSpatialRef() or target
        transform = (
            None
            if traditional_axis_order(srs).IsSame(target)
            else osr.CoordinateTransformation(traditional_axis_order(srs), target)
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
    for geometry, transform in geometries_with_wgs84_transform(dataset):
        if ogr.GT_Flatten(geometry.GetGeometryType()) == ogr.wkbGeometryCollection:
            geometry = collection_parts(geometry)
        if geometry_kind(geometry.GetGeometryType()) != "Polygon":
            continue
        geometry = ogr.ForceToMultiPolygon(ogr.ForceLinear(geometry) if hasattr(ogr, "ForceLinear") else geometry)
        if transform is not None:
            geometry.Transform(transform)
        if not geometry.IsValid():
            geometry = geometry.MakeValid() if hasattr(geometry, "MakeValid") else geometry.Buffer(0)
        for index in range(geometry.GetGeometryCount()):
            part = geometry.GetGeometryRef(index)
            if geometry_kind(part.GetGeometryType()) == "Polygon":
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


def write_geojson(geometry: ogr.Geometry, path: Path, properties: dict[str, Any] | None = None) -> Path:
    """Write one lon/lat geometry as a GeoJSON FeatureCollection (RFC 7946 style, no CRS member)."""
    feature = {"type": "Feature", "properties": properties or {}, "geometry": json.loads(geometry.ExportToJson())}
    Path(path).write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    return Path(path)
