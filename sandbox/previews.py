"""What the sandbox shows of a data file besides its bytes: PNG previews of rasters and vectors, and STAC items.

Why a module of its own: both are made once a file has been analysed (state.py's upload analysis, the engine's
outputs) and need nothing of :mod:`sandbox.geo` but how to open a file safely.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
from osgeo import gdal, ogr, osr

from sandbox.analysis import analyse_csv, is_sqlite, read_band_sample, too_big_to_scan
from sandbox.geo import (
    RASTER_TYPES,
    VECTOR_TYPES,
    AnalysisError,
    geometries_with_wgs84_transform,
    geometry_kind,
    open_raster,
    open_vector,
    wgs84,
)

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()


# ---------------------------------------------------------------------------------------------------------------------
# Previews.


def make_preview(path: Path, file_type: str, out_png: Path, size: int = 256) -> bool:
    """Write a PNG preview (longest side ``size`` pixels) of a raster or vector file; False when not possible."""
    path, out_png = Path(path), Path(out_png)
    try:
        if file_type in RASTER_TYPES or (file_type in ("GeoPackage", "Other") and is_sqlite(path)):
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
        info = analyse_csv(path)
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
    for geometry, transform in geometries_with_wgs84_transform(source):
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
        if geometry_kind(geometry.GetGeometryType()) == "Polygon":
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
