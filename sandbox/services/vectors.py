"""The sandbox's vector services: zonal statistics of a raster over polygons, and a geodesic buffer.

Called by :func:`.compute.run` like the raster services; same context, outputs and failures (:mod:`.context`).
"""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Any

import numpy as np
from osgeo import gdal, ogr, osr

from sandbox import geo
from sandbox.services.context import Context, Output, ServiceFailure, step
from sandbox.services.definitions import ServiceDef
from sandbox.services.synthetic import MAX_PIXELS, geometry_mask

gdal.UseExceptions()
ogr.UseExceptions()


# ---------------------------------------------------------------------------------------------------------------------
# Zonal statistics.


def _zone_name(feature: ogr.Feature, index: int) -> str:
    definition = feature.GetDefnRef()
    for wanted in ("name", "NAME", "Name", "id", "ID"):
        position = definition.GetFieldIndex(wanted)
        if position >= 0 and feature.IsFieldSetAndNotNull(position):
            return str(feature.GetField(position))
    return f"zone {index}"


def zonal(
    service: ServiceDef, paths: list[Path], types: list[str], options: dict[str, Any], workdir: Path, ctx: Context
) -> list[Output]:
    kind = types[0] if types[0] in geo.RASTER_TYPES else "GeoTIFF"
    raster = geo.open_raster(paths[0], kind)
    band_number = int(options["band"])
    if band_number > raster.RasterCount:
        raise ServiceFailure(f"The raster has {raster.RasterCount} band(s); band {band_number} does not exist")
    raster_srs = raster.GetSpatialRef()
    if raster_srs is None:
        raise ServiceFailure("The raster has no coordinate reference system")
    raster_srs = raster_srs.Clone()
    raster_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = raster.GetGeoTransform()
    if transform[2] or transform[4]:
        raise ServiceFailure("Rotated rasters are not supported")
    zones_type = types[1] if types[1] in geo.VECTOR_TYPES else "GeoJSON"
    zones = geo.open_vector(paths[1], zones_type)
    band = raster.GetRasterBand(band_number)
    nodata = band.GetNoDataValue()
    wanted = options["statistics"]
    columns = (
        ["count", "mean", "minimum", "maximum", "sd", "sum"]
        if wanted == "all"
        else (["count", {"mean": "mean", "min": "minimum", "max": "maximum"}[wanted]])
    )
    rows = []
    step(ctx, 10, "Inputs opened")
    index = 0
    for layer_number in range(zones.GetLayerCount()):
        layer = zones.GetLayer(layer_number)
        layer_srs = layer.GetSpatialRef() or geo.wgs84()
        layer_srs = layer_srs.Clone()
        layer_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        to_raster = None if layer_srs.IsSame(raster_srs) else osr.CoordinateTransformation(layer_srs, raster_srs)
        for feature in layer:
            index += 1
            if index % 10 == 0:
                step(ctx, min(90, 10 + index))
            geometry = feature.GetGeometryRef()
            values = np.array([], dtype=np.float64)
            if geometry is not None and not geometry.IsEmpty():
                geometry = geometry.Clone()
                if to_raster is not None:
                    geometry.Transform(to_raster)
                values = _zone_values(raster, band, transform, geometry, nodata)
            stats = {"count": int(values.size)}
            if values.size:
                stats.update(
                    mean=float(values.mean()),
                    minimum=float(values.min()),
                    maximum=float(values.max()),
                    sd=float(values.std()),
                    sum=float(values.sum()),
                )
            rows.append(
                [str(index), _zone_name(feature, index)]
                + [
                    ""
                    if stats.get(column) is None
                    else (str(stats[column]) if column == "count" else f"{stats[column]:.6g}")
                    for column in columns
                ]
            )
    if not rows:
        raise ServiceFailure("The zones file has no features")
    path = workdir / "zonal_statistics.csv"
    with open(path, "w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["zone", "name"] + columns)
        writer.writerows(rows)
    step(ctx, 95, f"{len(rows)} zone(s) summarised")
    return [Output("Zonal statistics", path, "CSV")]


def _zone_values(
    raster: gdal.Dataset, band: gdal.Band, transform: tuple, geometry: ogr.Geometry, nodata: float | None
) -> np.ndarray:
    """Raster values whose pixel centres fall inside a zone (geometry already in the raster's CRS)."""
    minx, maxx, miny, maxy = geometry.GetEnvelope()
    x0, dx, _, y0, _, dy = transform
    columns = sorted(((minx - x0) / dx, (maxx - x0) / dx))
    rows = sorted(((maxy - y0) / dy, (miny - y0) / dy))
    left, right = max(0, int(math.floor(columns[0]))), min(raster.RasterXSize, int(math.ceil(columns[1])))
    top, bottom = max(0, int(math.floor(rows[0]))), min(raster.RasterYSize, int(math.ceil(rows[1])))
    if right <= left or bottom <= top:
        return np.array([], dtype=np.float64)
    width, height = right - left, bottom - top
    if width * height > 4 * MAX_PIXELS:
        raise ServiceFailure("A zone covers more than 16 million pixels, too many for the sandbox")
    data = band.ReadAsArray(left, top, width, height).astype(np.float64)
    grid = (x0 + left * dx, dx, 0.0, y0 + top * dy, 0.0, dy)
    inside = geometry_mask(geometry, width, height, grid, raster.GetSpatialRef()) & np.isfinite(data)
    if nodata is not None and math.isfinite(nodata):
        inside &= data != nodata
    return data[inside]


# ---------------------------------------------------------------------------------------------------------------------
# Vector buffer.


def buffer(
    service: ServiceDef, paths: list[Path], types: list[str], options: dict[str, Any], workdir: Path, ctx: Context
) -> list[Output]:
    kind = types[0] if types[0] in geo.VECTOR_TYPES else "GeoJSON"
    source = geo.open_vector(paths[0], kind)
    distance = float(options["distance"])
    segments = max(1, int(round(float(options["segments"] or 8))))
    target = geo.wgs84()
    buffered: list[tuple[dict[str, Any], ogr.Geometry]] = []
    step(ctx, 10, f"Buffering by {distance:g} m")
    for layer_number in range(source.GetLayerCount()):
        layer = source.GetLayer(layer_number)
        srs = layer.GetSpatialRef() or target
        srs = srs.Clone()
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        to_wgs84 = None if srs.IsSame(target) else osr.CoordinateTransformation(srs, target)
        for feature in layer:
            geometry = feature.GetGeometryRef()
            if geometry is None or geometry.IsEmpty():
                continue
            geometry = geometry.Clone()
            if to_wgs84 is not None:
                geometry.Transform(to_wgs84)
            west, east, south, north = geometry.GetEnvelope()
            local = geo.local_equidistant((west + east) / 2, (south + north) / 2)
            geometry.AssignSpatialReference(target)
            geometry.TransformTo(local)
            result = geometry.Buffer(distance, segments)
            result.AssignSpatialReference(local)
            result.TransformTo(target)
            properties = {
                key: value
                for key, value in feature.items().items()
                if isinstance(value, (str, int, float, bool)) or value is None
            }
            buffered.append((properties, result))
            if len(buffered) % 100 == 0:
                step(ctx, min(80, 10 + len(buffered) // 100))
    if not buffered:
        raise ServiceFailure("The input has no features to buffer")
    if options["dissolve"]:
        union = ogr.Geometry(ogr.wkbMultiPolygon)
        for _, geometry in buffered:
            for part in _polygons(geometry):
                union.AddGeometry(part)
        buffered = [({"features": len(buffered), "distance_m": distance}, union.UnionCascaded())]
    step(ctx, 85, f"{len(buffered)} buffered feature(s)")
    driver = ogr.GetDriverByName("GeoJSON")
    path = workdir / "buffer.geojson"
    dataset = driver.CreateDataSource(str(path))
    out_layer = dataset.CreateLayer(
        "buffer", srs=target, geom_type=ogr.wkbMultiPolygon, options=["RFC7946=YES", "WRITE_NAME=NO"]
    )
    names = sorted({key for properties, _ in buffered for key in properties})
    for name in names:
        sample = (
            next(properties[name] for properties, _ in buffered if properties.get(name) is not None)
            if any(properties.get(name) is not None for properties, _ in buffered)
            else ""
        )
        field_type = (
            ogr.OFTReal
            if isinstance(sample, float)
            else ogr.OFTInteger64
            if isinstance(sample, int) and not isinstance(sample, bool)
            else ogr.OFTString
        )
        out_layer.CreateField(ogr.FieldDefn(name, field_type))
    for properties, geometry in buffered:
        feature = ogr.Feature(out_layer.GetLayerDefn())
        for name, value in properties.items():
            if value is not None:
                feature.SetField(name, value if not isinstance(value, bool) else int(value))
        feature.SetGeometry(ogr.ForceToMultiPolygon(geometry))
        out_layer.CreateFeature(feature)
    out_layer = dataset = None
    return [Output("Buffer", path, "GeoJSON")]


def _polygons(geometry: ogr.Geometry) -> list[ogr.Geometry]:
    flat = ogr.GT_Flatten(geometry.GetGeometryType())
    if flat == ogr.wkbPolygon:
        return [geometry]
    if flat in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        parts = []
        for index in range(geometry.GetGeometryCount()):
            parts.extend(_polygons(geometry.GetGeometryRef(index)))
        return parts
    return []
