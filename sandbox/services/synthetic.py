"""Grids and synthetic fields for the sandbox services: pixel grids aligned on a fixed global lattice, GeoTIFF
writing, and the smooth terrain and cloud fields the services compute from.

Everything is a deterministic function of longitude, latitude and date, so neighbouring slices of one run join
without seams and the same inputs give the same bytes. The services themselves are in :mod:`.compute`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

from sandbox import geo

MAX_PIXELS = 4_000_000
GTIFF_OPTIONS = ["COMPRESS=DEFLATE", "TILED=YES"]

gdal.UseExceptions()
ogr.UseExceptions()


# ---------------------------------------------------------------------------------------------------------------------
# Grids and rasters.


@dataclass
class Grid:
    """A north-up lon/lat pixel grid."""

    west: float
    north: float
    pixel_lon: float
    pixel_lat: float
    width: int
    height: int

    @property
    def geotransform(self) -> tuple[float, float, float, float, float, float]:
        return (self.west, self.pixel_lon, 0.0, self.north, 0.0, -self.pixel_lat)

    def lons(self) -> np.ndarray:
        return self.west + (np.arange(self.width) + 0.5) * self.pixel_lon

    def lats(self) -> np.ndarray:
        return self.north - (np.arange(self.height) + 0.5) * self.pixel_lat


def aligned_grid(region: ogr.Geometry, pixel_lon: float, pixel_lat: float) -> Grid:
    """The smallest grid aligned to global multiples of the pixel size that covers the region."""
    west, east, south, north = region.GetEnvelope()
    x0 = math.floor(west / pixel_lon) * pixel_lon
    x1 = math.ceil(east / pixel_lon) * pixel_lon
    y0 = math.floor(south / pixel_lat) * pixel_lat
    y1 = math.ceil(north / pixel_lat) * pixel_lat
    width = max(1, int(round((x1 - x0) / pixel_lon)))
    height = max(1, int(round((y1 - y0) / pixel_lat)))
    return Grid(x0, y1, pixel_lon, pixel_lat, width, height)


def region_mask(region: ogr.Geometry, grid: Grid) -> np.ndarray:
    """Boolean array: True where the pixel centre lies inside the region."""
    return geometry_mask(region, grid.width, grid.height, grid.geotransform, geo.wgs84())


def geometry_mask(
    geometry: ogr.Geometry, width: int, height: int, geotransform: tuple, srs: osr.SpatialReference | None
) -> np.ndarray:
    """``height`` × ``width`` booleans over ``geotransform``: True where the pixel centre lies inside ``geometry``
    (given in ``srs``, the grid's CRS too)."""
    memory = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Byte)
    memory.SetGeoTransform(geotransform)
    if srs is not None:
        memory.SetSpatialRef(srs)
    vectors = gdal.GetDriverByName("Memory").Create("", 0, 0, 0, gdal.GDT_Unknown)
    layer = vectors.CreateLayer("mask", srs=srs, geom_type=ogr.wkbUnknown)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)
    gdal.RasterizeLayer(memory, [1], layer, burn_values=[1])
    return memory.GetRasterBand(1).ReadAsArray().astype(bool)


def write_geotiff(
    path: Path,
    array: np.ndarray,
    grid: Grid,
    data_type: int,
    nodata: float | None,
    metadata: dict[str, str] | None = None,
    colours: list[tuple[int, int, int, int]] | None = None,
    categories: list[str] | None = None,
    unit: str | None = None,
) -> Path:
    driver = gdal.GetDriverByName("GTiff")
    options = list(GTIFF_OPTIONS)
    if data_type == gdal.GDT_Float32:
        options.append("PREDICTOR=3")
    dataset = driver.Create(str(path), grid.width, grid.height, 1, data_type, options=options)
    dataset.SetGeoTransform(grid.geotransform)
    dataset.SetSpatialRef(geo.wgs84())
    band = dataset.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    if colours:
        table = gdal.ColorTable()
        for index, colour in enumerate(colours):
            table.SetColorEntry(index, colour)
        if nodata is not None and 0 <= nodata < 256:
            table.SetColorEntry(int(nodata), (0, 0, 0, 0))
        band.SetColorTable(table)
    if categories:
        band.SetCategoryNames(categories)
    if unit:
        band.SetUnitType(unit)
    band.WriteArray(array)
    if metadata:
        dataset.SetMetadata({key: str(value) for key, value in metadata.items()})
    band.FlushCache()
    dataset.FlushCache()
    band = dataset = None
    return Path(path)


def _wave_field(lons: np.ndarray, lats: np.ndarray, waves: list[tuple[float, float, float, float]]) -> np.ndarray:
    """Σ amplitude · sin(kx·lon + ky·lat + phase), computed separably (two outer products per wave)."""
    field = np.zeros((lats.size, lons.size), dtype=np.float64)
    for amplitude, kx, ky, phase in waves:
        x = kx * lons + phase
        y = ky * lats
        field += amplitude * (np.outer(np.cos(y), np.sin(x)) + np.outer(np.sin(y), np.cos(x)))
    return field


def _terrain_waves() -> list[tuple[float, float, float, float]]:
    """Synthetic terrain: 7 octaves from ~70 km to ~1 km, 3 random directions each, amplitudes falling faster
    than the wavelength so that slopes are dominated by the large landforms (no stripy hillshades)."""
    rng = np.random.default_rng(20260101)
    waves = []
    for octave in range(7):
        wavelength = 0.65 / 2**octave
        amplitude = 260.0 / 2 ** (1.45 * octave)
        for _ in range(3):
            angle = rng.uniform(0, 2 * math.pi)
            k = 2 * math.pi / (wavelength * rng.uniform(0.75, 1.3))
            waves.append(
                (
                    amplitude * rng.uniform(0.6, 1.0),
                    k * math.cos(angle),
                    k * math.sin(angle),
                    rng.uniform(0, 2 * math.pi),
                )
            )
    return waves


_TERRAIN_WAVES = _terrain_waves()


def synthetic_terrain(lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    """Heights in metres (≥ 0) as a smooth deterministic function of lon/lat."""
    heights = 520.0 + _wave_field(lons, lats, _TERRAIN_WAVES)
    return np.maximum(heights, 0.0)


# ---------------------------------------------------------------------------------------------------------------------
# Cloud classification.


def _cloud_waves(day: date) -> tuple[list[tuple[float, float, float, float]], float, tuple[float, float]]:
    rng = np.random.default_rng(day.toordinal())
    waves = []
    for wavelength, amplitude in ((0.35, 1.0), (0.12, 0.6), (0.045, 0.35), (0.015, 0.18)):
        angle = rng.uniform(0, 2 * math.pi)
        k = 2 * math.pi / (wavelength * rng.uniform(0.8, 1.25))
        waves.append((amplitude, k * math.cos(angle), k * math.sin(angle), rng.uniform(0, 2 * math.pi)))
    cover_shift = float(rng.uniform(-0.9, 0.9))
    sun = (float(rng.uniform(0.004, 0.012)), float(rng.uniform(0.003, 0.008)))
    return waves, cover_shift, sun


def cloud_probability(lons: np.ndarray, lats: np.ndarray, day: date) -> np.ndarray:
    """Cloud probability in percent (0..100) for a date: a smooth field shifted by the day's overall cover."""
    waves, cover_shift, _ = _cloud_waves(day)
    field = _wave_field(lons, lats, waves) / 1.2 + cover_shift
    return 50.0 + 50.0 * np.tanh(1.6 * field)


def classify_clouds(lons: np.ndarray, lats: np.ndarray, day: date, threshold: float) -> np.ndarray:
    """Classes 0 Ground, 1 Shadow, 2 Thick Cloud, 3 Thin Cloud for every pixel centre."""
    probability = cloud_probability(lons, lats, day)
    _, _, (sun_lon, sun_lat) = _cloud_waves(day)
    casting = cloud_probability(lons + sun_lon, lats + sun_lat, day)
    thick_level = threshold + (100.0 - threshold) / 2.0
    classes = np.zeros(probability.shape, dtype=np.uint8)
    classes[casting > threshold] = 1
    classes[probability > threshold] = 3
    classes[probability > thick_level] = 2
    return classes
