"""Split a large region into slices that run as a group of executions (the platform's "grouped" services).

Slices are the region intersected with a grid of roughly square tiles anchored at the region's north-west
corner. The tile size grows until at most ``max_slices`` tiles touch the region, so the group stays small and every
slice stays quick. Tiles do not overlap, so the slices partition the region exactly.
"""

from __future__ import annotations

import math
from pathlib import Path

from osgeo import ogr

from sandbox import analysis, geo


def _polygon_part(geometry: ogr.Geometry | None) -> ogr.Geometry | None:
    """The polygonal part of an intersection result (which may be a collection with stray lines or points)."""
    if geometry is None or geometry.IsEmpty():
        return None
    flat = ogr.GT_Flatten(geometry.GetGeometryType())
    if flat == ogr.wkbGeometryCollection:
        geometry = geo.collection_parts(geometry)
        flat = ogr.GT_Flatten(geometry.GetGeometryType())
    if flat not in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
        return None
    return ogr.ForceToMultiPolygon(geometry)


def tiles(region: ogr.Geometry, tile_km: float, max_slices: int) -> list[ogr.Geometry]:
    """Grid tiles (lon/lat rectangles) that intersect the region; at most ``max_slices`` of them."""
    west, east, south, north = region.GetEnvelope()
    mid_lat = math.radians((south + north) / 2)
    size_km = max(tile_km, 0.001)
    prepared = region
    while True:
        dlat = size_km / 111.32
        dlon = size_km / (111.32 * max(math.cos(mid_lat), 0.01))
        columns = max(1, math.ceil((east - west) / dlon - 1e-9))
        rows = max(1, math.ceil((north - south) / dlat - 1e-9))
        found = []
        for row in range(rows):
            for column in range(columns):
                tile = analysis.bbox_geometry(
                    [
                        west + column * dlon,
                        north - (row + 1) * dlat,
                        min(east, west + (column + 1) * dlon) if column == columns - 1 else west + (column + 1) * dlon,
                        north - row * dlat,
                    ]
                )
                if tile.Intersects(prepared):
                    found.append(tile)
        if len(found) <= max(1, max_slices):
            return found
        size_km *= 1.25


def plan_slices(
    region_path: Path,
    workdir: Path,
    grouped: bool,
    threshold_km2: float = 500.0,
    tile_km: float = 20.0,
    max_slices: int = 9,
    file_type: str | None = None,
) -> list[Path]:
    """Write the slices of a region as GeoJSON files (EPSG:4326) in ``workdir`` and return their paths.

    A service that is not grouped, or a region no larger than ``threshold_km2``, gets one slice: the whole
    region, normalised to a lon/lat GeoJSON.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    region_path = Path(region_path)
    file_type = file_type or geo.guess_file_type(region_path)
    region = geo.read_region(region_path, file_type)
    area_km2 = geo.geodesic_area_m2(region) / 1e6
    if not grouped or area_km2 <= threshold_km2:
        return [geo.write_geojson(region, workdir / "region.geojson", {"slice": 1, "slices": 1})]
    pieces = []
    for tile in tiles(region, tile_km, max_slices):
        piece = _polygon_part(region.Intersection(tile))
        if piece is not None and piece.GetArea() > 0:
            pieces.append(piece)
    paths = []
    for index, piece in enumerate(pieces, start=1):
        paths.append(
            geo.write_geojson(piece, workdir / f"slice_{index:02d}.geojson", {"slice": index, "slices": len(pieces)})
        )
    return paths
