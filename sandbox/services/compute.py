"""The sandbox services' computations: real GDAL/numpy work over the submitted inputs.

Called by the execution engine in a worker process::

    outputs = compute.run(service, input_paths, options, workdir, ctx)

``service`` is a :class:`~sandbox.services.definitions.ServiceDef` (or its id / ssd_id / key), ``input_paths`` are the
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
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np
from osgeo import gdal, ogr

from sandbox import geo
from sandbox.services.catalog import get_service
from sandbox.services.context import Context, Output, ServiceFailure, Stopped, step
from sandbox.services.definitions import ServiceDef
from sandbox.services.synthetic import (
    GTIFF_OPTIONS,
    MAX_PIXELS,
    Grid,
    aligned_grid,
    classify_clouds,
    region_mask,
    synthetic_terrain,
    write_geotiff,
)
from sandbox.services.vectors import buffer, zonal

gdal.UseExceptions()
ogr.UseExceptions()

NODATA_ELEVATION = -9999.0
NODATA_CLASS = 255
CLASS_NAMES = ["Ground", "Shadow", "Thick Cloud", "Thin Cloud"]
CLASS_COLOURS = [(46, 125, 50, 255), (70, 70, 70, 255), (255, 255, 255, 255), (180, 200, 255, 255)]
# The cloud classification's fixed global grid (degrees), so slices of one run line up pixel for pixel.
CLOUD_PIXEL_LON = 0.0009
CLOUD_PIXEL_LAT = 0.0005
REVISIT_START = date(2015, 6, 23)
REVISIT_DAYS = 5


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
    step(ctx, 1, f"{service.name}: starting (sandbox service, synthetic data)")
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
    step(ctx, 100, f"{service.name}: finished with {len(outputs)} output(s)")
    return outputs


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
    step(ctx, 10, "Region read")
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
    step(ctx, 30, "Region rasterised")
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
    step(ctx, 70, f"Heights from {source}")
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
    step(ctx, 95, f"Wrote {path.name}")
    return [Output("Elevation", path, "GeoTIFF")]


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


def _cloud(
    service: ServiceDef, paths: list[Path], types: list[str], options: dict[str, Any], workdir: Path, ctx: Context
) -> list[Output]:
    region = geo.read_region(paths[0], types[0])
    day = acquisition_date(options)
    step(ctx, 10, f"Using the synthetic Sentinel-2 scene of {day.isoformat()}")
    grid = aligned_grid(region, CLOUD_PIXEL_LON, CLOUD_PIXEL_LAT)
    if grid.width * grid.height > MAX_PIXELS:
        raise ServiceFailure("The region is too large for one slice in the sandbox")
    mask = region_mask(region, grid)
    step(ctx, 30, f"Slice grid {grid.width} x {grid.height} pixels")
    threshold = float(options["cloud_threshold"])
    classes = classify_clouds(grid.lons(), grid.lats(), day, threshold)
    classes[~mask] = NODATA_CLASS
    step(ctx, 80, "Pixels classified")
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
    step(ctx, 1, f"{service.aggregator_name}: aggregating {len(slice_outputs)} slice(s)")
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
        step(ctx, 5 + int(85 * index / max(1, len(slice_outputs))))
    rows.append(["total", "", ";".join(sorted(dates))] + _area_columns(totals))
    path = workdir / "statistics.csv"
    with open(path, "w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(rows)
    step(ctx, 100, f"Wrote {path.name}")
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
    step(ctx, 20, f"DEM {dem.RasterXSize} x {dem.RasterYSize} pixels")
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
    step(ctx, 60, "Hillshade computed")
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
        step(ctx, 90, "Slope computed")
    return outputs


_HANDLERS = {
    "elevation": _elevation,
    "s2-cloud-classification": _cloud,
    "hillshade-slope": _hillshade,
    "zonal-statistics": zonal,
    "vector-buffer": buffer,
}
