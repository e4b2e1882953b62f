"""The seed SDK's quick and detailed examples, written as in its manual but on our client, against the sandbox;
plus the interoperability check: what one client creates, the official SDK sees with the same fields (and back).
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest
from osgeo import gdal, ogr, osr

import fusion_platform_qgis.api as fusion_platform
from tests.e2e.sdk_helpers import SDK_PYTHON

REPO = Path(__file__).resolve().parents[2]
FAST = {"api_update_wait_period": 1}

pytestmark = pytest.mark.timeout(600)


def login(sandbox, **kwargs):
    return fusion_platform.login(
        email=sandbox.email, password=sandbox.password, api_url=sandbox.url, session_options=FAST, **kwargs
    )


def test_quick_example(sandbox, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # --- as in the manual -----------------------------------------------------------------------------
    user = fusion_platform.login(
        email=sandbox.email, password=sandbox.password, api_url=sandbox.url, session_options=FAST
    )
    organisation = next(user.organisations)
    glasgow = organisation.create_data(
        name="Glasgow",
        file_type=fusion_platform.FILE_TYPE_GEOJSON,
        files=[fusion_platform.EXAMPLE_GLASGOW_FILE],
        wait=True,
    )
    service, _ = organisation.find_services(keyword="Elevation")
    process = organisation.new_process(name="Example", service=service)
    process.update(input_number=1, data=glasgow)
    process.create()
    print(f"Price: {process.price}")
    process.execute(wait=True)
    execution = next(process.executions)
    files = []
    for i, component in enumerate(execution.components):
        print(f"Downloading {component.name}")
        component_dir = f"component_{str(i)}"
        for j, output in enumerate(component.outputs):
            dir = os.path.join(component_dir, str(j))
            for file in output.files:
                file.download(path=os.path.join(dir, file.file_name))
                files.append(file)
    # --- checks -----------------------------------------------------------------------------------------
    for file in files:
        assert file.download_complete(wait=True)
    process.delete()
    glasgow.delete()
    assert process.price > 0
    assert execution.progress == 100 and execution.success
    rasters = [p for p in tmp_path.rglob("*.tif")]
    assert rasters, list(tmp_path.rglob("*"))
    for path in rasters:
        ds = gdal.Open(str(path))
        assert ds is not None and ds.RasterCount >= 1
        west, xres, _, north, _, yres = ds.GetGeoTransform()
        east, south = west + xres * ds.RasterXSize, north + yres * ds.RasterYSize
        srs = osr.SpatialReference(wkt=ds.GetProjection())
        if srs.IsGeographic():  # the output covers Glasgow
            assert west < -4.3 and east > -4.2 and south < 55.85 and north > 55.9
    assert not list(tmp_path.rglob("*.part"))


def _region_extent_lonlat(path: str) -> tuple:
    ds = ogr.Open(path)
    layer = ds.GetLayer()
    feature = layer.GetNextFeature()  # keep references: GDAL objects die with their owners
    geom = feature.GetGeometryRef().Clone()
    target = osr.SpatialReference()
    target.ImportFromEPSG(4326)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source = layer.GetSpatialRef().Clone()
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    geom.Transform(osr.CoordinateTransformation(source, target))
    return geom.GetEnvelope()  # (minx, maxx, miny, maxy)


def test_detailed_example(sandbox, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    # --- as in the manual (rasterio/pandas/matplotlib replaced by GDAL and csv) ----------------------------
    user = fusion_platform.login(
        email=sandbox.email, password=sandbox.password, api_url=sandbox.url, session_options=FAST
    )
    organisation = next(user.organisations)
    lake_district = organisation.create_data(
        name="Lake District National Park",
        file_type=fusion_platform.FILE_TYPE_GEOJSON,
        files=[fusion_platform.EXAMPLE_LAKE_DISTRICT_FILE],
        wait=True,
    )
    service, _ = organisation.find_services(name="Demo: Sentinel-2 Cloud Classification")
    process = organisation.new_process(name="Example", service=service)
    process.update(input_number=1, data=lake_district)
    process.update(option_name="latest_date", value=False)
    process.update(option_name="start_date", value=datetime(2021, 3, 27, tzinfo=timezone.utc))
    process.update(option_name="end_date", value=None)
    process.create()
    print(f"Price: {process.price}")
    process.execute(wait=True)
    execution = next(process.executions)
    _, executions = process.find_executions(group_id=execution.group_id)
    files = []
    selectors = []
    statistics_path = None
    raster_paths = []
    for i, execution in enumerate(executions):
        for component in execution.components:
            if component.name == "Statistics Aggregator":
                output = next(component.outputs)
                file = next(output.files)
                files.append(file)
                statistics_path = file.file_name
                file.download(path=statistics_path)
            elif component.name == "Sentinel-2 Cloud Classification":
                output = next(component.outputs)
                file = next(output.files)
                files.append(file)
                raster_paths.append(f"{i}_{file.file_name}")
                file.download(path=raster_paths[-1])
                selectors.append(file.selectors[0])
    for file in files:
        file.download_complete(wait=True)
    # --- checks -----------------------------------------------------------------------------------------
    assert execution.group_id is not None and len(raster_paths) >= 2
    assert statistics_path is not None
    with open(statistics_path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= len(raster_paths)  # one row per slice (the aggregator may add a total)
    assert all(float(row["ground_percent"]) >= 0 for row in rows)
    histogram = [0] * 10
    for metadata in selectors:
        histogram = [a + b for a, b in zip(histogram, metadata["histogram"])]
    assert sum(histogram) > 0
    mosaic = gdal.BuildVRT(str(tmp_path / "mosaic.vrt"), raster_paths)
    west, xres, _, north, _, yres = mosaic.GetGeoTransform()
    east, south = west + xres * mosaic.RasterXSize, north + yres * mosaic.RasterYSize
    r_west, r_east, r_south, r_north = _region_extent_lonlat(fusion_platform.EXAMPLE_LAKE_DISTRICT_FILE)
    tol_x, tol_y = abs(xres) * 2 + 0.01, abs(yres) * 2 + 0.01
    assert west <= r_west + tol_x and east >= r_east - tol_x
    assert south <= r_south + tol_y and north >= r_north - tol_y
    mosaic = None
    process.delete()
    lake_district.delete()


def _run_sdk(sandbox, code: str) -> dict:
    if not SDK_PYTHON.exists():
        pytest.fail("The official SDK venv .venv-sdk is missing: run `make setup`", pytrace=False)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update({"FP_API_URL": sandbox.url, "FP_EMAIL": sandbox.email, "FP_PASSWORD": sandbox.password})
    prelude = (
        "import os, json, fusion_platform\n"
        "user = fusion_platform.login(email=os.environ['FP_EMAIL'], password=os.environ['FP_PASSWORD'], "
        "api_url=os.environ['FP_API_URL'], session_options={'api_update_wait_period': 1})\n"
        "organisation = next(user.organisations)\n"
    )
    result = subprocess.run(
        [str(SDK_PYTHON), "-c", prelude + code], env=env, capture_output=True, text=True, timeout=240, cwd=str(REPO)
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_same_objects_as_the_official_sdk(sandbox):
    user = login(sandbox)
    organisation = next(user.organisations)
    ours = organisation.create_data(
        name="Interop ours",
        file_type=fusion_platform.FILE_TYPE_GEOJSON,
        files=[fusion_platform.EXAMPLE_GLASGOW_FILE],
        wait=True,
    )
    seen = _run_sdk(
        sandbox,
        (
            f"data = organisation.find_data(id='{ours.id}')[0]\n"
            "files = [dict(f.attributes) for f in data.files]\n"
            "print(json.dumps({'data': dict(data.attributes), 'files': files}, default=str))\n"
        ),
    )
    assert seen["data"]["id"] == str(ours.id) and seen["data"]["name"] == "Interop ours"
    assert seen["data"]["organisation_id"] == str(ours.organisation_id)
    our_files = [f for f in ours.files]
    assert [f["file_id"] for f in seen["files"]] == [str(f.file_id) for f in our_files]
    assert seen["files"][0]["size"] == our_files[0].size
    assert seen["files"][0]["file_type"] == our_files[0].file_type == "GeoJSON"

    created = _run_sdk(
        sandbox,
        (
            "data = organisation.create_data(name='Interop sdk', file_type=fusion_platform.FILE_TYPE_GEOJSON, "
            "files=[fusion_platform.EXAMPLE_GLASGOW_FILE], wait=True)\n"
            "print(json.dumps(dict(data.attributes), default=str))\n"
        ),
    )
    theirs, _ = organisation.find_data(id=created["id"])
    assert theirs is not None and theirs.name == "Interop sdk"
    assert str(theirs.organisation_id) == created["organisation_id"]
    assert theirs.created_at == datetime.fromisoformat(created["created_at"])
    names = {d.name for d in organisation.data}
    assert {"Interop ours", "Interop sdk"} <= names
    ours.delete()
    theirs.delete()
