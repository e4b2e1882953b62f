"""sandbox.services: the catalogue's wire records, option validation, prices, slicing and every computation."""

from __future__ import annotations

import csv
import json
import math
import os
import re
import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr

from sandbox import analysis, geo
from sandbox.services import catalog, compute, definitions, synthetic
from sandbox.services.catalog import CLOUD, DISPATCHERS, ELEVATION, HILLSHADE, SERVICES, ZONAL, get_service
from sandbox.services.context import LocalContext, ServiceFailure, Stopped

gdal.UseExceptions()

# The official SDK's example data, from its venv (.venv-sdk, or FP_SDK_VENV as the 3.44 tier sets it).
_SDK_VENV = Path(os.environ.get("FP_SDK_VENV") or Path(__file__).resolve().parents[2] / ".venv-sdk")
SDK_DIR = next(iter(sorted(_SDK_VENV.glob("lib/python3*/site-packages/fusion_platform"))), _SDK_VENV / "missing")
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$")

# Service R fields of docs/api-contract.md §6.6.
SERVICE_R_FIELDS = [
    "id",
    "created_at",
    "updated_at",
    "organisation_id",
    "ssd_id",
    "version",
    "approval_status",
    "name",
    "categories",
    "keywords",
    "image_id",
    "license_id",
    "documentation_summary",
    "documentation_description",
    "documentation_assumptions",
    "documentation_performance",
    "documentation_actions",
]


def _region(path: Path, west: float, south: float, east: float, north: float, notch: bool = False) -> Path:
    """A rectangle region (optionally with a notch, so it is not a plain box) as GeoJSON."""
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    if notch:
        mid_x, mid_y = (west + east) / 2, (south + north) / 2
        ring = [
            [west, south],
            [east, south],
            [east, mid_y],
            [mid_x, mid_y],
            [mid_x, north],
            [west, north],
            [west, south],
        ]
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"name": "region"},
                        "geometry": {"type": "Polygon", "coordinates": [ring]},
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def glasgow(tmp_path) -> Path:
    """About 25 x 18 km around Glasgow."""
    return _region(tmp_path / "glasgow.geojson", -4.48, 55.79, -4.08, 55.95)


@pytest.fixture
def lake_district(tmp_path) -> Path:
    """About 58 x 63 km with a notch: roughly the Lake District's 2,300 km²."""
    return _region(tmp_path / "lakes.geojson", -3.50, 54.19, -2.58, 54.76, notch=True)


# ---------------------------------------------------------------------------------------------------------------------
# Catalogue


def test_ids_are_stable_uuids_and_lookup_works():
    ids = [s.id for s in SERVICES] + [s.ssd_id for s in SERVICES] + [d.ssd_id for d in DISPATCHERS]
    assert len(set(ids)) == len(ids)
    for value in ids:
        uuid.UUID(value)
    assert ELEVATION.ssd_id == str(uuid.uuid5(definitions.NAMESPACE, "ssd/elevation"))
    for service in SERVICES:
        assert get_service(service.id) is service
        assert get_service(service.ssd_id) is service
        assert get_service(uuid.UUID(service.id)) is service
    assert get_service(str(uuid.uuid4())) is None
    assert catalog.get_dispatcher("AWS S3").name == "AWS S3"


def test_required_names_keywords_and_aggregator():
    assert [s for s in SERVICES if "Elevation" in s.keywords][0] is ELEVATION
    assert CLOUD.name == "Demo: Sentinel-2 Cloud Classification" and CLOUD.grouped
    assert CLOUD.aggregator_name == "Statistics Aggregator"
    assert CLOUD.component_name == "Sentinel-2 Cloud Classification"
    assert ELEVATION.component_name == ELEVATION.name


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.key)
def test_service_record_is_complete(service):
    organisation = str(uuid.uuid4())
    record = service.record(organisation)
    for name in SERVICE_R_FIELDS:
        assert record.get(name) is not None, name
    assert record["organisation_id"] == organisation
    assert ISO.match(record["created_at"]) and ISO.match(record["updated_at"])
    assert record["approval_status"] == "approved" and record["show_in_latest"] is True
    assert "sandbox" in record["documentation_summary"].lower()
    assert len(record["documentation_inputs"]) == len(service.inputs)
    assert len(record["documentation_options"]) == len(service.options)
    assert all(value is not None for value in record.values())
    json.dumps(record)
    if service.grouped:
        aggregator = record["group_aggregators"][0]
        assert aggregator["aggregator_ssd_id"] == service.aggregator_ssd_id
        assert aggregator["output_ssd_id"] == service.ssd_id
        assert catalog.aggregator_record(service, organisation)["name"] == "Statistics Aggregator"


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.key)
def test_templates_omit_nulls_and_ids(service):
    for entry in service.template_inputs():
        assert "id" not in entry
        assert entry["ssd_id"] == service.ssd_id and entry["model"] == "Data" and entry["change_trigger"] is False
        assert all(value is not None for value in entry.values())
    options = service.template_options()
    for entry in options:
        assert all(value is not None for value in entry.values())
        assert entry["data_type"] in definitions.DATA_TYPES
        assert isinstance(entry.get("value", ""), str)
        if entry["data_type"] == "datetime":
            assert "format=" in entry["validation"]
    failure = next(entry for entry in options if entry["name"] == "simulate_failure")
    assert failure["advanced"] is True and failure["value"] == "false" and failure["data_type"] == "boolean"


def test_every_data_type_and_requiredness_is_declared():
    declared = {option.data_type for service in SERVICES for option in service.options}
    assert declared == set(definitions.DATA_TYPES)
    flags = {option.required for service in SERVICES for option in service.options}
    assert flags == {True, False}
    assert any(o.required and o.default is None for s in SERVICES for o in s.options)  # Buffer distance


def test_dispatcher_records():
    by_name = {d.name: d.record() for d in DISPATCHERS}
    assert set(by_name) == {"AWS S3", "Email"}
    s3 = {o["name"]: o for o in by_name["AWS S3"]["options"]}
    assert list(s3) == [
        "bucket",
        "s3_key_format",
        "access_key_id",
        "secret_access_key",
        "session_token",
        "kms_key_id",
        "condition",
    ]
    assert s3["bucket"]["required"] is True and s3["s3_key_format"]["advanced"] is True
    email = {o["name"]: o for o in by_name["Email"]["options"]}
    assert set(email) == {"emails", "message", "condition"} and email["emails"]["required"] is True
    assert catalog.get_dispatcher("Email").validate({}) == {"emails": "E-mail addresses is required"}


# ---------------------------------------------------------------------------------------------------------------------
# Validation


def test_defaults_are_valid_except_required_without_default():
    for service in SERVICES:
        problems = service.validate({})
        if service.key == "vector-buffer":
            assert problems == {"distance": "Distance is required"}
        else:
            assert problems == {}, service.key


@pytest.mark.parametrize(
    "options, field, fragment",
    [
        ({"resolution": "abc"}, "resolution", "must be a number"),
        ({"resolution": "nan"}, "resolution", "must be a number"),
        ({"resolution": "5"}, "resolution", "at least 10"),
        ({"resolution": "1000.5"}, "resolution", "at most 1000"),
        ({"resolution": None}, "resolution", "is required"),
        ({"resolution": "None"}, "resolution", "is required"),
        ({"units": "furlongs"}, "units", "one of: Metres, Feet"),
        ({"fill_voids": "maybe"}, "fill_voids", "true or false"),
        ({"label": "x" * 201}, "label", "at most 200"),
        ({"label": 5}, "label", "string"),
    ],
)
def test_elevation_option_messages(options, field, fragment):
    problems = ELEVATION.validate(options)
    assert fragment in problems[field]


@pytest.mark.parametrize(
    "options, field, fragment",
    [
        ({"latest_date": "false", "start_date": "27/03/2021"}, "start_date", "formatted like 2021-03-27T12:00:00"),
        ({"latest_date": "false", "start_date": "2010-01-01T00:00:00"}, "start_date", "at least 2015-06-23T00:00:00"),
        (
            {"latest_date": "false", "start_date": "2021-03-27T00:00:00", "end_date": "2021-03-01T00:00:00"},
            "end_date",
            "must not be before",
        ),
        ({"latest_date": "false"}, "start_date", "required when latest date is false"),
        ({"cloud_threshold": "101"}, "cloud_threshold", "at most 100"),
        ({"max_cost": "lots"}, "max_cost", "amount of credits"),
        ({"max_cost": "-0.01"}, "max_cost", "at least 0"),
    ],
)
def test_cloud_option_messages(options, field, fragment):
    assert fragment in CLOUD.validate(options)[field]


def test_cloud_options_of_the_detailed_example_are_valid():
    options = {"latest_date": "false", "start_date": "2021-03-27T00:00:00", "end_date": None}
    assert CLOUD.validate(options) == {}
    typed = CLOUD.typed_options(options)
    assert typed["latest_date"] is False and typed["start_date"] == datetime(2021, 3, 27)
    assert typed["end_date"] is None and typed["cloud_threshold"] == 50.0


def test_max_cost_check():
    assert CLOUD.cost_problems(Decimal("10.00"), {"max_cost": "5"}) == {
        "max_cost": "The price of 10.00 credits exceeds the maximum cost of 5"
    }
    assert CLOUD.cost_problems(Decimal("4.99"), {"max_cost": "5"}) == {}
    assert ELEVATION.cost_problems(Decimal("99"), {}) == {}


def test_price_grows_with_area():
    for service in SERVICES:
        prices = [service.price(area) for area in (0, 1, 100, 2300)]
        assert prices == sorted(prices) and prices[0] < prices[-1]
        assert all(price == price.quantize(Decimal("0.01")) for price in prices)
    assert ELEVATION.price(229.3) == Decimal("3.29")
    assert ELEVATION.price(float("nan")) == ELEVATION.price(0)


# ---------------------------------------------------------------------------------------------------------------------
# Slicing


def test_small_or_ungrouped_regions_are_one_slice(tmp_path, glasgow, lake_district):
    assert len(CLOUD.plan_slices(glasgow, {}, tmp_path / "a")) == 1
    assert len(ELEVATION.plan_slices(lake_district, {}, tmp_path / "b")) == 1
    dem = tmp_path / "dem.tif"
    dem.write_bytes(b"II*\x00")
    assert HILLSHADE.plan_slices(dem, {}, tmp_path / "c") == [dem]


def _area(paths: list[Path]) -> float:
    return sum(analysis.region_area_km2(path) for path in paths)


def test_large_region_splits_into_slices_that_cover_it(tmp_path, lake_district):
    slices = CLOUD.plan_slices(lake_district, {}, tmp_path / "slices")
    assert 2 <= len(slices) <= CLOUD.max_slices
    region_area = analysis.region_area_km2(lake_district)
    assert _area(slices) == pytest.approx(region_area, rel=1e-6)  # no gaps and no overlaps
    union = ogr.Geometry(ogr.wkbMultiPolygon)
    for path in slices:
        piece = geo.read_region(path)
        for index in range(piece.GetGeometryCount()):
            union.AddGeometry(piece.GetGeometryRef(index))
    difference = geo.read_region(lake_district).Difference(union.UnionCascaded())
    assert difference.IsEmpty() or geo.geodesic_area_m2(difference) < 1.0


@pytest.mark.skipif(not (SDK_DIR / "lake_district.geojson").exists(), reason="SDK example data not installed")
def test_sdk_lake_district_splits(tmp_path):
    slices = CLOUD.plan_slices(SDK_DIR / "lake_district.geojson", {}, tmp_path)
    assert 2 <= len(slices) <= 9
    assert _area(slices) == pytest.approx(analysis.region_area_km2(SDK_DIR / "lake_district.geojson"), rel=1e-4)


# ---------------------------------------------------------------------------------------------------------------------
# Computations


def _open(path: Path) -> gdal.Dataset:
    dataset = gdal.Open(str(path))
    assert dataset is not None
    return dataset


def _extent(dataset: gdal.Dataset) -> tuple[float, float, float, float]:
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    return x0, y0 + dy * dataset.RasterYSize, x0 + dx * dataset.RasterXSize, y0


def test_elevation_dem_covers_region_and_is_masked(tmp_path, glasgow, monkeypatch):
    monkeypatch.setenv("SANDBOX_DATA", str(tmp_path / "empty-data"))
    ctx = LocalContext()
    outputs = compute.run(ELEVATION, [glasgow], {"label": "test"}, tmp_path / "out", ctx)
    assert [(o.name, o.file_type) for o in outputs] == [("Elevation", "GeoTIFF")]
    dataset = _open(outputs[0].path)
    west, south, east, north = _extent(dataset)
    assert west <= -4.48 < -4.08 <= east and south <= 55.79 < 55.95 <= north
    assert east - (-4.08) < 0.001 and 55.79 - south < 0.001
    band = dataset.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Float32 and band.GetNoDataValue() == compute.NODATA_ELEVATION
    data = band.ReadAsArray()
    assert (data != compute.NODATA_ELEVATION).mean() > 0.95  # a rectangle region fills its grid
    assert dataset.GetMetadataItem("LABEL") == "test"
    assert analysis.analyse_file(outputs[0].path, "GeoTIFF")["resolution"] == 30
    assert ctx.percent[-1] == 100 and ctx.percent == sorted(ctx.percent)


def test_elevation_options_change_output(tmp_path, glasgow, monkeypatch):
    monkeypatch.setenv("SANDBOX_DATA", str(tmp_path / "empty-data"))
    base = compute.run(ELEVATION, [glasgow], {"resolution": "100"}, tmp_path / "a", LocalContext())[0]
    feet = compute.run(
        ELEVATION,
        [glasgow],
        {"resolution": "100", "units": "feet", "vertical_offset": "10"},
        tmp_path / "b",
        LocalContext(),
    )[0]
    metres, in_feet = _open(base.path).ReadAsArray(), _open(feet.path).ReadAsArray()
    valid = metres != compute.NODATA_ELEVATION
    assert np.allclose(in_feet[valid], metres[valid] * 3.280839895 + 10, rtol=1e-5)
    again = compute.run(ELEVATION, [glasgow], {"resolution": "100"}, tmp_path / "c", LocalContext())[0]
    assert np.array_equal(_open(again.path).ReadAsArray(), metres)  # deterministic


def test_elevation_uses_a_provided_dem(tmp_path, glasgow, monkeypatch):
    dem_dir = tmp_path / "data" / "dem"
    dem_dir.mkdir(parents=True)
    memory = gdal.GetDriverByName("MEM").Create("", 100, 50, 1, gdal.GDT_Float32)
    memory.SetGeoTransform((-4.6, 0.006, 0, 56.0, 0, -0.006))
    memory.SetSpatialRef(geo.wgs84())
    memory.GetRasterBand(1).Fill(123.0)
    gdal.GetDriverByName("GTiff").CreateCopy(str(dem_dir / "flat.tif"), memory)
    monkeypatch.setenv("SANDBOX_DATA", str(tmp_path / "data"))
    output = compute.run(ELEVATION, [glasgow], {"resolution": "200"}, tmp_path / "out", LocalContext())[0]
    data = _open(output.path).ReadAsArray()
    assert np.allclose(data[data != compute.NODATA_ELEVATION], 123.0)
    assert "flat.tif" in _open(output.path).GetMetadataItem("SOURCE")


def test_cloud_slices_and_aggregator(tmp_path, lake_district):
    options = {"latest_date": "false", "start_date": "2021-03-27T00:00:00", "end_date": None}
    slices = CLOUD.plan_slices(lake_district, options, tmp_path / "slices")
    outputs = [
        compute.run(CLOUD, [path], options, tmp_path / f"slice{i}", LocalContext()) for i, path in enumerate(slices)
    ]
    rasters = [_open(out[0].path) for out in outputs]
    for dataset in rasters:
        band = dataset.GetRasterBand(1)
        assert band.DataType == gdal.GDT_Byte and band.GetNoDataValue() == 255
        assert band.GetCategoryNames() == compute.CLASS_NAMES and band.GetColorTable() is not None
        assert set(np.unique(band.ReadAsArray())) <= {0, 1, 2, 3, 255}
        assert dataset.GetMetadataItem("ACQUISITION_DATE") == "2021-03-28"
        # Every slice lies on the same global grid, so mosaics line up.
        x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
        assert abs(x0 / dx - round(x0 / dx)) < 1e-6 and abs(y0 / dy - round(y0 / dy)) < 1e-6
    selector = analysis.analyse_file(outputs[0][0].path, "GeoTIFF")["selectors"][0]
    assert len(selector["histogram"]) == 10 and all(selector["histogram"][i] == 0 for i in (1, 2, 4, 5, 7, 8))

    ctx = LocalContext()
    aggregated = compute.run_aggregator(CLOUD, outputs, tmp_path / "aggregate", ctx)
    assert [(o.name, o.file_type) for o in aggregated] == [("Statistics", "CSV")]
    with open(aggregated[0].path, newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == len(slices) + 1 and rows[-1]["slice"] == "total"
    total = sum(float(row["total_km2"]) for row in rows[:-1])
    assert float(rows[-1]["total_km2"]) == pytest.approx(total, rel=1e-6)
    assert total == pytest.approx(analysis.region_area_km2(lake_district), rel=0.02)
    percents = [float(rows[-1][f"{name}_percent"]) for name in ("ground", "shadow", "thick_cloud", "thin_cloud")]
    assert sum(percents) == pytest.approx(100, abs=0.05)


def test_cloud_classification_is_continuous_across_slices():
    lons = np.linspace(-3.2, -3.0, 50)
    lats = np.linspace(54.3, 54.4, 30)
    whole = synthetic.classify_clouds(lons, lats, date(2021, 3, 28), 50)
    left = synthetic.classify_clouds(lons[:25], lats, date(2021, 3, 28), 50)
    assert np.array_equal(whole[:, :25], left)
    other_day = synthetic.classify_clouds(lons, lats, date(2021, 4, 2), 50)
    assert not np.array_equal(whole, other_day)


def test_acquisition_dates():
    today = date(2026, 11, 26)
    assert compute.acquisition_date({"latest_date": True}, today) <= today
    first = compute.acquisition_date({"latest_date": False, "start_date": datetime(2021, 3, 27)}, today)
    assert first >= date(2021, 3, 27) and (first - compute.REVISIT_START).days % 5 == 0
    last = compute.acquisition_date(
        {"latest_date": False, "start_date": datetime(2021, 3, 1), "end_date": datetime(2021, 3, 27)}, today
    )
    assert date(2021, 3, 22) <= last <= date(2021, 3, 27)
    with pytest.raises(ServiceFailure, match="No Sentinel-2 scene"):
        compute.acquisition_date(
            {"latest_date": False, "start_date": datetime(2021, 3, 24), "end_date": datetime(2021, 3, 25)}, today
        )


@pytest.fixture
def dem(tmp_path, glasgow, monkeypatch) -> Path:
    monkeypatch.setenv("SANDBOX_DATA", str(tmp_path / "empty-data"))
    return compute.run(ELEVATION, [glasgow], {"resolution": "200"}, tmp_path / "dem", LocalContext())[0].path


def test_hillshade_and_slope(tmp_path, dem):
    outputs = compute.run(HILLSHADE, [dem], {"azimuth": "270"}, tmp_path / "h", LocalContext())
    assert [o.name for o in outputs] == ["Hillshade", "Slope"]
    for output in outputs:
        dataset = _open(output.path)
        assert _extent(dataset) == pytest.approx(_extent(_open(dem)))
    slope = _open(outputs[1].path).ReadAsArray()
    valid = slope[slope > -9999]
    assert 0 <= valid.min() and valid.max() <= 90 and valid.max() > 0
    only = compute.run(HILLSHADE, [dem], {"compute_slope": "false"}, tmp_path / "h2", LocalContext())
    assert [o.name for o in only] == ["Hillshade"]


def test_zonal_statistics(tmp_path, dem):
    zones = tmp_path / "zones.geojson"
    zones.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"name": "west"},
                        "geometry": {
                            "type": "Polygon",
                            "coordinates": [[[-4.4, 55.8], [-4.3, 55.8], [-4.3, 55.9], [-4.4, 55.8]]],
                        },
                    },
                    {
                        "type": "Feature",
                        "properties": {"name": "outside"},
                        "geometry": {"type": "Polygon", "coordinates": [[[10, 10], [11, 10], [11, 11], [10, 10]]]},
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    output = compute.run(ZONAL, [dem, zones], {}, tmp_path / "z", LocalContext())[0]
    with open(output.path, newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert [row["name"] for row in rows] == ["west", "outside"]
    assert int(rows[0]["count"]) > 10 and float(rows[0]["minimum"]) <= float(rows[0]["mean"]) <= float(
        rows[0]["maximum"]
    )
    assert rows[1]["count"] == "0" and rows[1]["mean"] == ""
    means = compute.run(ZONAL, [dem, zones], {"statistics": "mean"}, tmp_path / "z2", LocalContext())[0]
    assert means.path.read_text(encoding="utf-8").splitlines()[0] == "zone,name,count,mean"


def test_vector_buffer(tmp_path):
    points = tmp_path / "points.geojson"
    points.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"id": i},
                        "geometry": {"type": "Point", "coordinates": [-3.0 + i * 0.01, 54.5]},
                    }
                    for i in range(2)
                ],
            }
        ),
        encoding="utf-8",
    )
    output = compute.run(
        "vector-buffer", [points], {"distance": "1000", "segments": "32"}, tmp_path / "b", LocalContext()
    )[0]
    result = analysis.analyse_file(output.path, "GeoJSON")
    assert result["polygons"] == 2
    assert result["area"] == pytest.approx(2 * math.pi * 1000**2, rel=0.01)
    dissolved = compute.run(
        "vector-buffer", [points], {"distance": "1000", "dissolve": "true"}, tmp_path / "d", LocalContext()
    )[0]
    merged = analysis.analyse_file(dissolved.path, "GeoJSON")
    assert merged["polygons"] == 1 and merged["area"] < result["area"]  # the circles overlap


def test_simulated_failure_invalid_options_and_stop(tmp_path, glasgow):
    with pytest.raises(ServiceFailure, match="Simulated failure"):
        compute.run(ELEVATION, [glasgow], {"simulate_failure": "true"}, tmp_path / "f", LocalContext())
    with pytest.raises(ServiceFailure, match="resolution"):
        compute.run(ELEVATION, [glasgow], {"resolution": "1"}, tmp_path / "g", LocalContext())
    with pytest.raises(Stopped):
        compute.run(ELEVATION, [glasgow], {}, tmp_path / "s", LocalContext(stop_after=2))
    with pytest.raises(ServiceFailure, match="needs 2 input"):
        compute.run(ZONAL, [glasgow], {}, tmp_path / "z", LocalContext())


def test_unusable_input_is_a_clear_failure(tmp_path):
    broken = tmp_path / "broken.geojson"
    broken.write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, '
        '"geometry": {"type": "Point", "coordinates": [1, 2]}}]}',
        encoding="utf-8",
    )
    with pytest.raises(ServiceFailure, match="Unusable input: The region contains no polygons"):
        compute.run(ELEVATION, [broken], {}, tmp_path / "x", LocalContext())
