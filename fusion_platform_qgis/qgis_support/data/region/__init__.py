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

from .common import (
    COORDINATE_PRECISION,
    EMPTY,
    FIX_ASCII_NAME,
    FIX_REPAIR,
    FIX_SIMPLIFY,
    INVALID_GEOMETRY,
    LARGE_REGION_BYTES,
    MISSING_SIDECAR,
    NO_POLYGONS,
    NON_ASCII_NAME,
    NOT_FOUND,
    SHAPEFILE_SIDECARS,
    TOO_LARGE,
    UNKNOWN_CRS,
    UNREPAIRABLE,
    UNSUPPORTED,
    WGS84,
    PreparedUpload,
    RegionError,
    RegionProblem,
    ascii_name,
    check_name,
    human_size,
    safe_file_stem,
    temp_dir,
)
from .files import FILE_TYPES_ON_DISK, prepare_file, zip_shapefile
from .raster import RasterSnapshot, capture_raster, raster_to_geotiff
from .vector import VectorSnapshot, capture_vector, extent_geometry, geometry_to_geojson, vector_to_geojson

__all__ = [
    "COORDINATE_PRECISION",
    "EMPTY",
    "FILE_TYPES_ON_DISK",
    "FIX_ASCII_NAME",
    "FIX_REPAIR",
    "FIX_SIMPLIFY",
    "INVALID_GEOMETRY",
    "LARGE_REGION_BYTES",
    "MISSING_SIDECAR",
    "NON_ASCII_NAME",
    "NOT_FOUND",
    "NO_POLYGONS",
    "PreparedUpload",
    "RasterSnapshot",
    "RegionError",
    "RegionProblem",
    "SHAPEFILE_SIDECARS",
    "TOO_LARGE",
    "UNKNOWN_CRS",
    "UNREPAIRABLE",
    "UNSUPPORTED",
    "VectorSnapshot",
    "WGS84",
    "temp_dir",
    "ascii_name",
    "capture_raster",
    "capture_vector",
    "check_name",
    "extent_geometry",
    "geometry_to_geojson",
    "human_size",
    "prepare_file",
    "raster_to_geotiff",
    "safe_file_stem",
    "vector_to_geojson",
    "zip_shapefile",
]
