"""Files on disk -> uploads: zipped Shapefiles with their sidecars, GeoPackages, and the other types the platform takes."""

from __future__ import annotations

import os
import unicodedata
import zipfile
from typing import Optional

from ....api.names import name_key
from ...words.i18n import tr
from .common import (
    COORDINATE_PRECISION,
    EMPTY,
    MISSING_SIDECAR,
    NOT_FOUND,
    SHAPEFILE_SIDECARS,
    UNKNOWN_CRS,
    UNSUPPORTED,
    WGS84,
    PreparedUpload,
    RegionError,
    RegionProblem,
    safe_file_stem,
    temp_dir,
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


def _same_set(folder: str, stem: str) -> dict:
    """``{lower-case extension: path}`` of the files in ``folder`` named ``stem`` + an extension.

    Names are compared as macOS and Windows do: case and Unicode normalisation ignored (``os.listdir`` on macOS
    returns decomposed names, NFD, while the path QGIS gives is composed, NFC)."""
    wanted = name_key(stem)
    found: dict[str, str] = {}
    for name in sorted(os.listdir(folder or ".")):
        name_stem, ext = os.path.splitext(name)
        if ext and name_key(name_stem) == wanted:
            found.setdefault(ext.lower(), os.path.join(folder, name))
    return found


def zip_shapefile(shp_path: str, out_dir: str) -> str:
    """Zip a .shp with every sidecar beside it (flat, no folders, names composed: NFC), as the platform expects."""
    stem, _ = os.path.splitext(shp_path)
    folder = os.path.dirname(os.path.abspath(shp_path))
    base = os.path.basename(stem)
    siblings = _same_set(folder, base)
    members = [shp_path] + [siblings[ext] for ext in sorted(siblings) if ext in SHAPEFILE_SIDECARS]
    out = os.path.join(out_dir, safe_file_stem(base) + ".zip")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in members:
            archive.write(member, arcname=unicodedata.normalize("NFC", os.path.basename(member)))
    return out


def _sidecar(stem: str, ext: str) -> Optional[str]:
    return _same_set(os.path.dirname(os.path.abspath(stem)), os.path.basename(stem)).get(ext.lower())


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
        out_dir = out_dir or temp_dir()
        return PreparedUpload(name=name, file_type=file_type, paths=[zip_shapefile(path, out_dir)], temp_dir=out_dir)
    if ext == ".gpkg":
        return _geopackage_to_upload(path, name, out_dir or temp_dir())
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
