"""The sandbox services' computations: real GDAL/numpy work over the submitted inputs.

Called by the execution engine in a worker process::

    outputs = compute.run(service, input_paths, options, workdir, ctx)

``service`` is a :class:`~sandbox.services.catalog.ServiceDef` (or its id / ssd_id / key), ``input_paths`` are the
files of the process inputs in input order (for a grouped service input 1 is the slice GeoJSON from
``service.plan_slices``), ``options`` the option values as strings (or None), ``workdir`` an empty folder for the
outputs, and ``ctx`` an object with ``log(message, level="INFO")``, ``progress(percent)`` and ``stopped()``.
A run raises :class:`Stopped` when ``ctx.stopped()`` becomes true between steps and :class:`ServiceFailure` with a
readable reason for anything that should fail the execution. Outputs are small files in ``workdir``.

Everything is deterministic: the same inputs and options give the same bytes of data (synthetic terrain and cloud
fields are smooth functions of longitude, latitude and date, so neighbouring slices join without seams).
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from osgeo import gdal, ogr, osr

from sandbox import geo
from sandbox.services.catalog import ServiceDef, get_service

gdal.UseExceptions()
ogr.UseExceptions()

NODATA_ELEVATION = -9999.0
NODATA_CLASS = 255
MAX_PIXELS = 4_000_000
CLASS_NAMES = ["Ground", "Shadow", "Thick Cloud", "Thin Cloud"]
CLASS_COLOURS = [(46, 125, 50, 255), (70, 70, 70, 255), (255, 255, 255, 255), (180, 200, 255, 255)]
# The cloud classification's fixed global grid (degrees), so slices of one run line up pixel for pixel.
CLOUD_PIXEL_LON = 0.0009
CLOUD_PIXEL_LAT = 0.0005
REVISIT_START = date(2015, 6, 23)
REVISIT_DAYS = 5
GTIFF_OPTIONS = ["COMPRESS=DEFLATE", "TILED=YES"]


@dataclass
class Output:
    """One output file of a run: ``name`` labels the output data item; ``file_type`` as in docs/api-contract.md §6.5."""

    name: str
    path: Path
    file_type: str
    file_name: str = ""  # the name users see (stored files are named by their id)


class Stopped(Exception):
    """The run was stopped by the user (``ctx.stopped()`` became true)."""


class ServiceFailure(Exception):
    """The run failed; ``reason`` is shown to the user as the execution's abort reason."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class Context(Protocol):
    def log(self, message: str, level: str = "INFO") -> None: ...

    def progress(self, percent: int) -> None: ...

    def stopped(self) -> bool: ...


class LocalContext:
    """A context that just records logs and progress (for tests and command-line use)."""

    def __init__(self, stop_after: int | None = None):
        self.logs: list[tuple[str, str]] = []
        self.percent: list[int] = []
        self._checks = 0
        self._stop_after = stop_after

    def log(self, message: str, level: str = "INFO") -> None:
        self.logs.append((level, message))

    def progress(self, percent: int) -> None:
        self.percent.append(int(percent))

    def stopped(self) -> bool:
        self._checks += 1
        return self._stop_after is not None and self._checks > self._stop_after


def _step(ctx: Context, percent: int, message: str | None = None) -> None:
    """Between two steps: honour a stop request, then report progress."""
    if ctx.stopped():
        raise Stopped("Stopped by the user")
    if message:
        ctx.log(message)
    ctx.progress(int(percent))


def _resolve(service: ServiceDef | str) -> ServiceDef:
    if isinstance(service, ServiceDef):
        return service
    found = get_service(service)
    if found is None:
        raise ServiceFailure(f"Unknown service {service}")
    return found


def run(
    service: ServiceDef | str,
    input_paths: Sequence[Path],
    options: dict[str, str | None],
    workdir: Path,
    ctx: Context,
    input_types: Sequence[str | None] | None = None,
) -> list[Output]:
    """Run one service (or one slice of a grouped service) and return its outputs.

    ``input_types`` optionally gives each input's file type; otherwise it is sniffed from the content.
    """
    service = _resolve(service)
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    problems = service.validate(dict(options or {}))
    if problems:
        raise ServiceFailure("Invalid options: " + "; ".join(f"{name}: {text}" for name, text in problems.items()))
    typed = service.typed_options(dict(options or {}))
    if len(input_paths) < len(service.inputs):
        raise ServiceFailure(f"{service.name} needs {len(service.inputs)} input(s), got {len(input_paths)}")
    paths = [Path(path) for path in input_paths]
    types = list(input_types or [])
    types += [None] * (len(paths) - len(types))
    types = [kind or geo.guess_file_type(path) for path, kind in zip(paths, types)]
    _step(ctx, 1, f"{service.name}: starting (sandbox service, synthetic data)")
    if typed.get("simulate_failure"):
        ctx.log("simulate_failure is true: failing on purpose", "ERROR")
        raise ServiceFailure("Simulated failure requested by the simulate_failure option")
    handler = _HANDLERS[service.key]
    try:
        outputs = handler(service, paths, types, typed, workdir, ctx)
    except (Stopped, ServiceFailure):
        raise
    except geo.AnalysisError as error:
        raise ServiceFailure(f"Unusable input: {error.reason}")
    except (RuntimeError, ValueError, OSError, MemoryError) as error:
        raise ServiceFailure(f"{service.name} failed: {str(error).strip()[:300]}")
    _step(ctx, 100, f"{service.name}: finished with {len(outputs)} output(s)")
    return outputs


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
    memory = gdal.GetDriverByName("MEM").Create("", grid.width, grid.height, 1, gdal.GDT_Byte)
    memory.SetGeoTransform(grid.geotransform)
    memory.SetSpatialRef(geo.wgs84())
    vectors = gdal.GetDriverByName("Memory").Create("", 0, 0, 0, gdal.GDT_Unknown)
    layer = vectors.CreateLayer("region", srs=geo.wgs84(), geom_type=ogr.wkbMultiPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(region)
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
# Elevation.


def _dem_files() -> list[Path]:
    folder = Path(os.environ.get("SANDBOX_DATA", "sandbox-data")) / "dem"
    try:
        return sorted(path for path in folder.glob("*.tif") if path.is_file())
    except OSError:
        return []


def _warp_user_dem(files: list[Path], grid: Grid, fill_voids: bool, ctx: Context) -> np.ndarray | None:
    """Heights from the user's DEM files on the target grid, or None when they do not cover it."""
    vrt_path = f"/vsimem/sandbox_dem_{os.getpid()}_{id(grid)}.vrt"
    try:
        vrt = gdal.BuildVRT(vrt_path, [str(path) for path in files])
        if vrt is None:
            return None
        warped = gdal.Warp(
            "",
            vrt,
            options=gdal.WarpOptions(
                format="MEM",
                outputBounds=(
                    grid.west,
                    grid.north - grid.height * grid.pixel_lat,
                    grid.west + grid.width * grid.pixel_lon,
                    grid.north,
                ),
                width=grid.width,
                height=grid.height,
                dstSRS="EPSG:4326",
                resampleAlg="bilinear",
                dstNodata=NODATA_ELEVATION,
                outputType=gdal.GDT_Float32,
            ),
        )
        vrt = None
        band = warped.GetRasterBand(1)
        data = band.ReadAsArray().astype(np.float64)
        valid = data != NODATA_ELEVATION
        if not valid.any():
            return None
        if fill_voids and not valid.all():
            gdal.FillNodata(band, None, 100, 0)
            data = band.ReadAsArray().astype(np.float64)
        data[data == NODATA_ELEVATION] = np.nan
        return data
    except RuntimeError as error:
        ctx.log(f"The DEM files in the data folder could not be used: {str(error)[:200]}", "WARNING")
        return None
    finally:
        gdal.Unlink(vrt_path)


def _elevation(
    service: ServiceDef, paths: list[Path], types: list[str], options: dict[str, Any], workdir: Path, ctx: Context
) -> list[Output]:
    region = geo.read_region(paths[0], types[0])
    _step(ctx, 10, "Region read")
    west, east, south, north = region.GetEnvelope()
    resolution = float(options["resolution"])
    mid_lat = math.radians((south + north) / 2)
    pixel_lat = resolution / 110574.0
    pixel_lon = resolution / (111320.0 * max(math.cos(mid_lat), 0.01))
    grid = aligned_grid(region, pixel_lon, pixel_lat)
    if grid.width * grid.height > MAX_PIXELS:
        factor = math.sqrt(grid.width * grid.height / MAX_PIXELS)
        ctx.log(f"Region too large for {resolution:g} m in the sandbox: using {resolution * factor:.0f} m", "WARNING")
        grid = aligned_grid(region, pixel_lon * factor, pixel_lat * factor)
    ctx.log(f"Output grid {grid.width} x {grid.height} pixels")
    mask = region_mask(region, grid)
    _step(ctx, 30, "Region rasterised")
    heights = None
    source = "synthetic terrain (sandbox)"
    files = _dem_files()
    if files:
        heights = _warp_user_dem(files, grid, bool(options["fill_voids"]), ctx)
        if heights is not None:
            source = "DEM files: " + ", ".join(path.name for path in files)[:500]
        else:
            ctx.log("The DEM files in the data folder do not cover the region: using synthetic terrain", "WARNING")
    if heights is None:
        heights = synthetic_terrain(grid.lons(), grid.lats())
    _step(ctx, 70, f"Heights from {source}")
    units = options["units"]
    if units == "feet":
        heights = heights * 3.280839895
    heights = heights + float(options["vertical_offset"] or 0.0)
    heights[~mask | ~np.isfinite(heights)] = NODATA_ELEVATION
    metadata = {
        "SANDBOX": "Synthetic sandbox data, not for real use"
        if source.startswith("synthetic")
        else "Sandbox output from user-provided DEM",
        "SOURCE": source,
        "UNITS": units,
        "RESOLUTION_M": f"{resolution:g}",
    }
    if options.get("label"):
        metadata["LABEL"] = options["label"]
    path = write_geotiff(
        workdir / "elevation.tif",
        heights.astype(np.float32),
        grid,
        gdal.GDT_Float32,
        NODATA_ELEVATION,
        metadata,
        unit="metre" if units == "metres" else "ft",
    )
    _step(ctx, 95, f"Wrote {path.name}")
    return [Output("Elevation", path, "GeoTIFF")]


# ---------------------------------------------------------------------------------------------------------------------
# Cloud classification.


def acquisition_date(options: dict[str, Any], today: date | None = None) -> date:
    """The synthetic scene used: one every 5 days from 2015-06-23; the latest, or the one the dates select.

    With ``latest_date`` the latest scene up to today; with an end date the latest scene up to it (and not
    before the start date); with only a start date the first scene on or after it.
    """
    today = today or datetime.now(timezone.utc).date()

    def on_or_before(day: date) -> date:
        return REVISIT_START + timedelta(days=((day - REVISIT_START).days // REVISIT_DAYS) * REVISIT_DAYS)

    def on_or_after(day: date) -> date:
        return REVISIT_START + timedelta(days=-(-(day - REVISIT_START).days // REVISIT_DAYS) * REVISIT_DAYS)

    start = options["start_date"].date() if options.get("start_date") else None
    end = options["end_date"].date() if options.get("end_date") else None
    if options.get("latest_date") in (None, True) or (start is None and end is None):
        return on_or_before(today)
    if end is not None:
        chosen = on_or_before(min(end, today))
        if chosen < REVISIT_START or (start is not None and chosen < start):
            raise ServiceFailure("No Sentinel-2 scene between the start and end dates")
        return chosen
    chosen = on_or_after(max(start, REVISIT_START))
    if chosen > today:
        raise ServiceFailure(f"No Sentinel-2 scene has been acquired since {start.isoformat()} yet")
    return chosen


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


def _cloud(
    service: ServiceDef, paths: list[Path], types: list[str], options: dict[str, Any], workdir: Path, ctx: Context
) -> list[Output]:
    region = geo.read_region(paths[0], types[0])
    day = acquisition_date(options)
    _step(ctx, 10, f"Using the synthetic Sentinel-2 scene of {day.isoformat()}")
    grid = aligned_grid(region, CLOUD_PIXEL_LON, CLOUD_PIXEL_LAT)
    if grid.width * grid.height > MAX_PIXELS:
        raise ServiceFailure("The region is too large for one slice in the sandbox")
    mask = region_mask(region, grid)
    _step(ctx, 30, f"Slice grid {grid.width} x {grid.height} pixels")
    threshold = float(options["cloud_threshold"])
    classes = classify_clouds(grid.lons(), grid.lats(), day, threshold)
    classes[~mask] = NODATA_CLASS
    _step(ctx, 80, "Pixels classified")
    metadata = {
        "SANDBOX": "Synthetic sandbox data, not for real use",
        "ACQUISITION_DATE": day.isoformat(),
        "CLOUD_THRESHOLD": f"{threshold:g}",
    }
    metadata.update({f"CLASS_{index}": name for index, name in enumerate(CLASS_NAMES)})
    path = write_geotiff(
        workdir / f"cloud_classification_{day:%Y%m%d}.tif",
        classes,
        grid,
        gdal.GDT_Byte,
        NODATA_CLASS,
        metadata,
        colours=CLASS_COLOURS,
        categories=CLASS_NAMES,
    )
    return [Output("Sentinel-2 Cloud Classification", path, "GeoTIFF")]


def _pixel_areas_km2(dataset: gdal.Dataset) -> np.ndarray:
    """Area of each row's pixels in km² for a lon/lat raster (exact on a sphere of the WGS84 authalic radius)."""
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    radius = 6371.0072
    tops = y0 + np.arange(dataset.RasterYSize) * dy
    bottoms = tops + dy
    band = np.abs(np.sin(np.radians(tops)) - np.sin(np.radians(bottoms)))
    return radius * radius * math.radians(abs(dx)) * band


def run_aggregator(
    service: ServiceDef | str, slice_outputs: Sequence[Sequence[Output]], workdir: Path, ctx: Context
) -> list[Output]:
    """The "Statistics Aggregator": class areas (km²) and percentages per slice and in total, as one CSV."""
    service = _resolve(service)
    if not service.aggregator_name:
        raise ServiceFailure(f"{service.name} has no aggregator")
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    _step(ctx, 1, f"{service.aggregator_name}: aggregating {len(slice_outputs)} slice(s)")
    keys = [name.lower().replace(" ", "_") for name in CLASS_NAMES]
    header = (
        ["slice", "file_name", "acquisition_date"]
        + [f"{key}_km2" for key in keys]
        + ["total_km2"]
        + [f"{key}_percent" for key in keys]
    )
    rows = []
    totals = np.zeros(len(CLASS_NAMES))
    dates = set()
    for index, outputs in enumerate(slice_outputs, start=1):
        rasters = [output for output in outputs if output.file_type == "GeoTIFF"]
        if not rasters:
            raise ServiceFailure(f"Slice {index} has no classification raster")
        dataset = geo.open_raster(rasters[0].path, "GeoTIFF")
        classes = dataset.GetRasterBand(1).ReadAsArray()
        areas = _pixel_areas_km2(dataset)[:, None]
        sums = np.array([float(np.sum(np.where(classes == value, areas, 0.0))) for value in range(len(CLASS_NAMES))])
        totals += sums
        day = dataset.GetMetadataItem("ACQUISITION_DATE") or ""
        dates.add(day)
        rows.append([str(index), rasters[0].file_name or rasters[0].path.name, day] + _area_columns(sums))
        _step(ctx, 5 + int(85 * index / max(1, len(slice_outputs))))
    rows.append(["total", "", ";".join(sorted(dates))] + _area_columns(totals))
    path = workdir / "statistics.csv"
    with open(path, "w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(rows)
    _step(ctx, 100, f"Wrote {path.name}")
    return [Output("Statistics", path, "CSV")]


def _area_columns(sums: np.ndarray) -> list[str]:
    total = float(sums.sum())
    percents = [100.0 * value / total if total > 0 else 0.0 for value in sums]
    return [f"{value:.4f}" for value in sums] + [f"{total:.4f}"] + [f"{value:.2f}" for value in percents]


# ---------------------------------------------------------------------------------------------------------------------
# Hillshade and slope.


def _hillshade(
    service: ServiceDef, paths: list[Path], types: list[str], options: dict[str, Any], workdir: Path, ctx: Context
) -> list[Output]:
    kind = types[0] if types[0] in geo.RASTER_TYPES else "GeoTIFF"
    dem = geo.open_raster(paths[0], kind)
    srs = dem.GetSpatialRef()
    if srs is None:
        raise ServiceFailure("The DEM has no coordinate reference system")
    if dem.RasterXSize * dem.RasterYSize > 4 * MAX_PIXELS:
        raise ServiceFailure("The DEM is too large for the sandbox (at most 16 million pixels)")
    scale = 1.0
    if srs.IsGeographic():
        scale = 111120.0
        ctx.log("Geographic DEM: horizontal units converted with 111120 m per degree")
    _step(ctx, 20, f"DEM {dem.RasterXSize} x {dem.RasterYSize} pixels")
    hillshade = workdir / "hillshade.tif"
    gdal.DEMProcessing(
        str(hillshade),
        dem,
        "hillshade",
        options=gdal.DEMProcessingOptions(
            azimuth=float(options["azimuth"]),
            altitude=float(options["altitude"]),
            zFactor=float(options["z_factor"]),
            scale=scale,
            computeEdges=True,
            creationOptions=GTIFF_OPTIONS,
        ),
    )
    outputs = [Output("Hillshade", hillshade, "GeoTIFF")]
    _step(ctx, 60, "Hillshade computed")
    if options["compute_slope"]:
        slope = workdir / "slope.tif"
        gdal.DEMProcessing(
            str(slope),
            dem,
            "slope",
            options=gdal.DEMProcessingOptions(
                slopeFormat="degree",
                zFactor=float(options["z_factor"]),
                scale=scale,
                computeEdges=True,
                creationOptions=GTIFF_OPTIONS,
            ),
        )
        outputs.append(Output("Slope", slope, "GeoTIFF"))
        _step(ctx, 90, "Slope computed")
    return outputs


# ---------------------------------------------------------------------------------------------------------------------
# Zonal statistics.


def _zone_name(feature: ogr.Feature, index: int) -> str:
    definition = feature.GetDefnRef()
    for wanted in ("name", "NAME", "Name", "id", "ID"):
        position = definition.GetFieldIndex(wanted)
        if position >= 0 and feature.IsFieldSetAndNotNull(position):
            return str(feature.GetField(position))
    return f"zone {index}"


def _zonal(
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
    _step(ctx, 10, "Inputs opened")
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
                _step(ctx, min(90, 10 + index))
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
    _step(ctx, 95, f"{len(rows)} zone(s) summarised")
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
    memory = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Byte)
    memory.SetGeoTransform((x0 + left * dx, dx, 0.0, y0 + top * dy, 0.0, dy))
    vectors = gdal.GetDriverByName("Memory").Create("", 0, 0, 0, gdal.GDT_Unknown)
    layer = vectors.CreateLayer("zone", srs=raster.GetSpatialRef(), geom_type=ogr.wkbUnknown)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)
    gdal.RasterizeLayer(memory, [1], layer, burn_values=[1])
    inside = memory.GetRasterBand(1).ReadAsArray().astype(bool) & np.isfinite(data)
    if nodata is not None and math.isfinite(nodata):
        inside &= data != nodata
    return data[inside]


# ---------------------------------------------------------------------------------------------------------------------
# Vector buffer.


def _buffer(
    service: ServiceDef, paths: list[Path], types: list[str], options: dict[str, Any], workdir: Path, ctx: Context
) -> list[Output]:
    kind = types[0] if types[0] in geo.VECTOR_TYPES else "GeoJSON"
    source = geo.open_vector(paths[0], kind)
    distance = float(options["distance"])
    segments = max(1, int(round(float(options["segments"] or 8))))
    target = geo.wgs84()
    buffered: list[tuple[dict[str, Any], ogr.Geometry]] = []
    _step(ctx, 10, f"Buffering by {distance:g} m")
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
                _step(ctx, min(80, 10 + len(buffered) // 100))
    if not buffered:
        raise ServiceFailure("The input has no features to buffer")
    if options["dissolve"]:
        union = ogr.Geometry(ogr.wkbMultiPolygon)
        for _, geometry in buffered:
            for part in _polygons(geometry):
                union.AddGeometry(part)
        buffered = [({"features": len(buffered), "distance_m": distance}, union.UnionCascaded())]
    _step(ctx, 85, f"{len(buffered)} buffered feature(s)")
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


_HANDLERS = {
    "elevation": _elevation,
    "s2-cloud-classification": _cloud,
    "hillshade-slope": _hillshade,
    "zonal-statistics": _zonal,
    "vector-buffer": _buffer,
}
