"""The official Fusion Platform SDK (PyPI ``fusion-platform-python-sdk`` 2.2.5) cannot tell the sandbox from the
real platform.

The SDK runs unchanged in its own venv (``.venv-sdk``) through the scripts in ``sdk_scripts/``: its two bundled
examples (changed only in api_url, credentials and poll interval), its command-line tool (``list``, ``display``,
``start``, ``define``, ``download``) and its error paths. This process (``.venv``, with GDAL) then checks what
they produced: every downloaded output opens in GDAL and covers the submitted region, the grouped run has several
slices and an aggregator CSV, and so on. When the sandbox misbehaves for the SDK the failure message carries the
SDK's own traceback; findings go to build/sdk-findings.md for the sandbox's owner.

Run: ``.venv/bin/python -m pytest -p no:pytest_qgis tests/e2e/test_official_sdk.py``.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import uuid
from collections.abc import Mapping
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from osgeo import gdal, ogr, osr

from tests.e2e.sdk_helpers import (
    SCRIPTS_DIR,
    describe,
    last_json,
    require_sdk_python,
    run_cli,
    run_sdk_script,
    sdk_env,
    sdk_package_file,
)

pytestmark = pytest.mark.timeout(600)


# -- GDAL checks made in the test process -------------------------------------------------------------------
def _srs(wkt_or_srs) -> osr.SpatialReference:
    srs = wkt_or_srs if isinstance(wkt_or_srs, osr.SpatialReference) else osr.SpatialReference(wkt=wkt_or_srs)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def region_extent(geojson: Path, target_wkt: str) -> tuple[float, float, float, float]:
    """(min_x, min_y, max_x, max_y) of every feature of ``geojson`` reprojected into ``target_wkt``.

    The geometry itself is transformed (not its bounding box), so a region in British National Grid (the Lake
    District file is EPSG:27700) is compared exactly with a raster in whatever CRS the sandbox chose.
    """
    source = ogr.Open(str(geojson))
    assert source is not None, f"OGR cannot open the region file {geojson}"
    layer = source.GetLayer(0)
    transform = osr.CoordinateTransformation(_srs(layer.GetSpatialRef()), _srs(target_wkt))
    envelopes = []
    for feature in layer:
        geometry = feature.GetGeometryRef().Clone()
        assert geometry.Transform(transform) == 0
        envelopes.append(geometry.GetEnvelope())  # (min_x, max_x, min_y, max_y)
    return (
        min(e[0] for e in envelopes),
        min(e[2] for e in envelopes),
        max(e[1] for e in envelopes),
        max(e[3] for e in envelopes),
    )


def raster_extent(dataset) -> tuple[float, float, float, float, float]:
    """(min_x, min_y, max_x, max_y, pixel size) of a north-up raster."""
    x0, dx, rx, y0, ry, dy = dataset.GetGeoTransform()
    assert rx == 0 and ry == 0, "rotated rasters are not expected from the sandbox"
    x1, y1 = x0 + dx * dataset.RasterXSize, y0 + dy * dataset.RasterYSize
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), max(abs(dx), abs(dy))


def assert_covers(raster, region: Path, what: str) -> None:
    """The raster's extent contains the region's extent (one pixel of slack for snapping to the grid)."""
    wkt = raster.GetProjection()
    assert wkt, f"{what} has no CRS"
    r_min_x, r_min_y, r_max_x, r_max_y, pixel = raster_extent(raster)
    g_min_x, g_min_y, g_max_x, g_max_y = region_extent(region, wkt)
    slack = pixel * 1.01
    assert r_min_x <= g_min_x + slack and r_min_y <= g_min_y + slack, (
        f"{what} ({r_min_x}, {r_min_y}, {r_max_x}, {r_max_y}) does not cover the region "
        f"({g_min_x}, {g_min_y}, {g_max_x}, {g_max_y})"
    )
    assert r_max_x >= g_max_x - slack and r_max_y >= g_max_y - slack, (
        f"{what} ({r_min_x}, {r_min_y}, {r_max_x}, {r_max_y}) does not cover the region "
        f"({g_min_x}, {g_min_y}, {g_max_x}, {g_max_y})"
    )


def open_in_gdal(path: Path):
    """Open a downloaded output with GDAL (raster or vector) and read some of it, failing with the reason."""
    assert path.is_file(), f"missing download {path}"
    assert path.stat().st_size > 0, f"empty download {path}"
    dataset = gdal.OpenEx(str(path))
    assert dataset is not None, f"GDAL cannot open {path}: {gdal.GetLastErrorMsg()}"
    if dataset.RasterCount > 0:
        band = dataset.GetRasterBand(1)
        # A decimated read touches every block without loading a large mosaic into memory.
        data = band.ReadRaster(
            0,
            0,
            dataset.RasterXSize,
            dataset.RasterYSize,
            buf_xsize=min(256, dataset.RasterXSize),
            buf_ysize=min(256, dataset.RasterYSize),
        )
        assert data, f"cannot read band 1 of {path}"
    else:
        assert dataset.GetLayerCount() > 0, f"{path} has neither bands nor layers"
        layer = dataset.GetLayer(0)
        assert layer.GetFeatureCount() > 0, f"{path} has no features"
    return dataset


def read_csv_with_header(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, newline="", encoding="utf-8") as stream:
        rows = [row for row in csv.reader(stream) if row]
    assert rows, f"{path} is empty"
    header, body = rows[0], rows[1:]
    assert all(cell.strip() for cell in header), f"{path} header has blank column names: {header}"
    assert not all(_is_number(cell) for cell in header), f"{path} has no header row: {header}"
    assert body, f"{path} has a header but no rows"
    assert all(len(row) == len(header) for row in body), f"{path} rows do not match the header {header}"
    return header, body


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# -- fixtures -----------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def sdk_python() -> Path:
    return require_sdk_python()


@pytest.fixture(scope="module")
def account(sdk_python, sandbox, tmp_path_factory) -> dict:
    """Login through the SDK and the names of the first organisation and of the services the tests use."""
    result = run_sdk_script("account.py", sandbox, cwd=tmp_path_factory.mktemp("account"))
    report = last_json(result)
    assert report["organisations"], f"the sandbox user has no organisation\n{describe(result)}"
    assert report["elevation_service"], "find_services(keyword='Elevation') found nothing"
    assert "Elevation" in report["elevation_service"]["keywords"]
    assert report["cloud_service"], "find_services(name='Demo: Sentinel-2 Cloud Classification') found nothing"
    return report


# -- the bundled examples -----------------------------------------------------------------------------------
def test_quick_example(account, sandbox, tmp_path):
    """SDK quick example: Glasgow elevation, downloads every output; every output opens in GDAL."""
    result = run_sdk_script("quick_example.py", sandbox, cwd=tmp_path)
    report = last_json(result)

    assert "Price: " in result.stdout
    assert isinstance(report["price"], (int, float)) and report["price"] > 0, report["price"]
    assert report["downloads"], f"the execution produced no output files\n{describe(result)}"
    assert report["service_name"] == account["elevation_service"]["name"]

    rasters = []
    for download in report["downloads"]:
        path = Path(download["path"])
        assert tmp_path in path.parents, f"download outside the working directory: {path}"
        assert path.name == download["file_name"]
        assert not path.with_name(path.name + ".download").exists(), "partial download left behind"
        dataset = open_in_gdal(path)
        if dataset.RasterCount > 0:
            rasters.append((path, dataset))
    assert rasters, f"the elevation service produced no raster: {report['downloads']}"
    for path, dataset in rasters:
        assert_covers(dataset, sdk_package_file("glasgow.geojson"), f"elevation output {path.name}")


def test_detailed_example(sandbox, tmp_path):
    """SDK detailed example: Lake District cloud classification, a group of slices and an aggregator CSV."""
    result = run_sdk_script("detailed_example.py", sandbox, cwd=tmp_path, timeout=420)
    report = last_json(result)

    assert report["group_id"], "the Lake District run was not executed as a group"
    slices = [Path(path) for path in report["raster_paths"]]
    assert len(slices) >= 2, f"expected several slices, got {len(slices)}\n{describe(result)}"
    assert len(report["execution_ids"]) == len(set(report["execution_ids"]))
    assert len(report["execution_ids"]) >= len(slices) + 1, "the group lacks its aggregator execution"

    assert report["statistics_path"], "no 'Statistics Aggregator' component in the group"
    header, rows = read_csv_with_header(Path(report["statistics_path"]))
    assert len(header) >= 2 and rows

    assert report["histogram_bins"] == [10] * len(slices), "each slice's selector needs a 10-bin histogram"
    assert sum(report["histogram"]) > 0

    projections = set()
    for path in slices:
        dataset = open_in_gdal(path)
        assert dataset.RasterCount == 1, f"{path.name}: the classification has a single band"
        projections.add(_srs(dataset.GetProjection()).ExportToWkt())
    assert len(projections) == 1, "slices come in different CRSs and cannot be mosaicked"

    vrt_path = tmp_path / "mosaic.vrt"
    mosaic = gdal.BuildVRT(str(vrt_path), [str(path) for path in slices])
    assert mosaic is not None, gdal.GetLastErrorMsg()
    mosaic.FlushCache()
    mosaic = open_in_gdal(vrt_path)
    assert_covers(mosaic, Path(report["region_file"]), "the slice mosaic")


def test_paging_beyond_one_page(sdk_python, sandbox, tmp_path):
    """The SDK's lazy iterators follow the server's ``last`` cursor: 30 items over pages of 24, none lost or
    repeated, through the plain listing, the name filter and the case-insensitive search."""
    tag = f"Paging{uuid.uuid4().hex[:8]}"
    route = "GET /organisations/{org}/data/uploaded"
    before = sandbox.admin("GET", "stats")["requests"].get(route, 0)  # not reset: other tests may count too
    report = last_json(run_sdk_script("paging.py", sandbox, tag, "30", cwd=tmp_path))
    listing_requests = sandbox.admin("GET", "stats")["requests"].get(route, 0) - before
    created = report["created"]
    assert len(set(created)) == 30
    for listing in ("listed", "by_name", "by_search"):
        ids = report[listing]
        assert len(ids) == len(set(ids)), f"{listing}: items repeated across pages"
        assert set(ids) == set(created), f"{listing}: {len(set(created) - set(ids))} items lost across pages"
    assert report["first_by_name"] in created
    # Three listings of two pages each plus the two limit=1 look-ups of find_data: fewer requests would mean the
    # server ignored ``limit`` and the cursor was never exercised.
    assert listing_requests >= 8, f"only {listing_requests} list requests: the server did not page"


def test_public_api_tour(sdk_python, sandbox_factory, tmp_path):
    """The rest of the SDK's public API (user, credit, data rename/copy/preview/STAC, process rename/copy/schedule,
    logs, delete expiry) works against a private sandbox; every failing step is listed with its traceback."""
    own = sandbox_factory()
    report = last_json(run_sdk_script("api_tour.py", own, cwd=tmp_path))
    failed = {name: outcome for name, outcome in report["steps"].items() if outcome != "ok"}
    assert not failed, "\n\n".join(f"== {name}\n{outcome}" for name, outcome in failed.items())
    assert len(report["steps"]) == 14, sorted(report["steps"])
    facts = report["facts"]
    dispatched = [p for p in (own.data_dir / "buckets" / facts["dispatched_bucket"]).rglob("*") if p.is_file()]
    assert dispatched, "the S3 dispatcher wrote nothing into the sandbox's bucket folder"
    assert all(facts["dispatched_prefix"] in str(p) for p in dispatched), dispatched
    assert facts["credits_after"] < facts["credits_before"], "executing did not use credits"
    assert {"numeric", "boolean"} <= set(facts["option_types"]), facts["option_types"]


# -- error paths through the SDK ----------------------------------------------------------------------------
def test_wrong_password_raises_request_error(sdk_python, sandbox, tmp_path):
    report = last_json(run_sdk_script("error_paths.py", sandbox, "wrong_password", cwd=tmp_path))
    assert report["is_request_error"], report
    assert "Incorrect username or password" in report["message"], report["message"]


def test_invalid_option_on_create_names_the_option(sdk_python, sandbox, tmp_path):
    report = last_json(run_sdk_script("error_paths.py", sandbox, "invalid_option", cwd=tmp_path))
    assert report["option"], f"the elevation template has no numeric option with a min= rule: {report}"
    assert report["is_request_error"], f"create accepted {report['option']}={report['value']}: {report}"
    assert report["option"] in report["message"], report["message"]


def test_forged_token_raises_request_error(sdk_python, sandbox, tmp_path):
    report = last_json(run_sdk_script("error_paths.py", sandbox, "forged_token", cwd=tmp_path))
    assert report["is_request_error"], f"a forged bearer token was accepted: {report}"
    assert report["message"].startswith("API request failed"), report["message"]


def test_failing_service_raises_model_error(sdk_python, sandbox, tmp_path):
    """A run that fails makes execute(wait=True) raise the SDK's ModelError with the abort reason."""
    report = last_json(run_sdk_script("error_paths.py", sandbox, "failing_service", cwd=tmp_path))
    assert report["is_model_error"], f"the failed run was not reported as a ModelError: {report}"
    assert report["message"].startswith("Execution has failed"), report["message"]
    assert report["abort_reason"] and report["abort_reason"] in report["message"], report
    assert report["success"] is False and report["progress"] >= 100, report


def test_stopped_execution_is_reported(sdk_python, sandbox_factory, tmp_path):
    """A stopped run fails its completion check, and waiting for another run of the stopped process raises."""
    slow = sandbox_factory(env={"SANDBOX_EXECUTION_DELAY": "30"})
    report = last_json(run_sdk_script("error_paths.py", slow, "stopped_execution", cwd=tmp_path))
    assert report["process_status"] == "stop", report
    assert report["stopped"] is True and report["success"] is False and report["progress"] >= 100, report
    assert report["is_model_error"] and report["message"].startswith("Execution has failed"), report
    assert report["wait_raised"] == "ModelError", report
    assert "stopped" in report["wait_message"], report


def test_other_organisations_data_is_refused(sdk_python, sandbox, tmp_path):
    report = last_json(
        run_sdk_script(
            "error_paths.py",
            sandbox,
            "other_organisation",
            cwd=tmp_path,
            env={"FP_OTHER_EMAIL": sandbox.other_email, "FP_OTHER_PASSWORD": sandbox.other_password},
        )
    )
    assert not report["other_organisation_is_mine"], "the seed puts both users in one organisation"
    for label in ("their_organisation", "own_organisation"):
        assert report[label]["is_request_error"], f"{label}: another organisation's data was served: {report}"
    assert not report["found_with_find_data"], report


def test_expired_token_raises_request_error(sdk_python, sandbox_factory, tmp_path):
    """Tokens expired by the sandbox are refused; the SDK (which never re-logs in) raises RequestError.

    A private sandbox keeps the expiry from hitting the sessions of other tests.
    """
    own = sandbox_factory()
    process = subprocess.Popen(
        [str(sdk_python), str(SCRIPTS_DIR / "error_paths.py"), "expired_token"],
        cwd=str(tmp_path),
        env=sdk_env(own),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline()
        if line.strip() != "LOGGED_IN":
            _, stderr = process.communicate(timeout=60)
            pytest.fail(f"login through the SDK failed: {line}\n{stderr}")
        own.admin("POST", "expire_tokens")
        stdout, stderr = process.communicate("go\n", timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, stderr
    report = json.loads(stdout.strip().splitlines()[-1])
    assert report["is_request_error"], report
    assert report["message"].startswith("API request failed"), report["message"]


# -- the command-line tool ----------------------------------------------------------------------------------
def _cli_ok(result: subprocess.CompletedProcess, step: str) -> str:
    assert result.returncode == 0, f"CLI {step} failed\n{describe(result)}"
    assert "Traceback" not in result.stderr, f"CLI {step} crashed\n{describe(result)}"
    return result.stdout


def _sanitised(name: str) -> str:
    """The CLI's own process-name-to-directory rule (Command.__process_name_to_file_name)."""
    return re.sub(r"[^A-Za-z0-9._\-]", "_", name)


def _check_cli_outputs(directory: Path, region: Path) -> list[Path]:
    """Every file the CLI downloaded (STAC side files aside) opens in GDAL; rasters cover the region."""
    assert directory.is_dir(), f"the CLI created no download directory {directory}"
    files = [p for p in directory.rglob("*") if p.is_file() and not p.name.endswith(".stac")]
    assert files, f"the CLI downloaded nothing into {directory}"
    assert not [p for p in files if p.name.endswith(".download")], "partial downloads left behind"
    rasters = 0
    for path in files:
        dataset = open_in_gdal(path)
        if dataset.RasterCount > 0:
            rasters += 1
            assert_covers(dataset, region, f"CLI output {path.name}")
    assert rasters, f"no raster among the CLI downloads {files}"
    return files


def test_cli_start_list_display_define_download(account, sandbox, tmp_path):
    """The CLI's whole cycle against the sandbox, through its own password (and organisation) prompts."""
    organisation = account["organisations"][0]["name"]
    service = account["elevation_service"]["name"]
    who = ["-e", sandbox.email, "-g", organisation]
    tag = uuid.uuid4().hex[:8]
    name = f"CLI Glasgow {tag}"
    input_name = f"CLI Glasgow input {tag}"
    glasgow = tmp_path / "glasgow.geojson"
    shutil.copy(sdk_package_file("glasgow.geojson"), glasgow)

    # start: from a YAML definition (no dispatchers, so no interactive dispatcher questions).
    definition = tmp_path / "start.yml"
    definition.write_text(
        yaml.safe_dump(
            {
                "service_name": service,
                "process_name": name,
                "inputs": [{"name": input_name, "file": str(glasgow)}],
                "options": {},
                "dispatchers": [],
            }
        )
    )
    out = _cli_ok(run_cli(sandbox, ["start", str(definition), "-w", *who], cwd=tmp_path), "start")
    assert name in out

    # list: no -g, so the CLI prompts for the organisation after the password.
    out = _cli_ok(run_cli(sandbox, ["list", "-e", sandbox.email], cwd=tmp_path, answers=[organisation]), "list")
    assert name in out

    # display: a process, then a service (documentation).
    out = _cli_ok(run_cli(sandbox, ["display", name, *who], cwd=tmp_path), "display process")
    assert name in out and input_name in out
    out = _cli_ok(run_cli(sandbox, ["display", service, *who], cwd=tmp_path), "display service")
    assert service in out and "Elevation" in out

    # define (with the input downloaded) writes <process>.yml that start can use again.
    define_dir = tmp_path / "define"
    define_dir.mkdir()
    _cli_ok(run_cli(sandbox, ["define", name, "-i", *who], cwd=define_dir), "define")
    defined_path = define_dir / f"{_sanitised(name)}.yml"
    assert defined_path.is_file(), f"define wrote no {defined_path.name}: {list(define_dir.iterdir())}"
    defined = yaml.safe_load(defined_path.read_text())
    assert defined["service_name"] == service
    assert defined["process_name"] == name
    assert defined["inputs"] == [{"name": input_name, "file": "glasgow.geojson"}], defined["inputs"]
    assert defined["options"]["run_type"] == "run_once"
    downloaded_input = define_dir / "glasgow.geojson"
    assert open_in_gdal(downloaded_input).GetLayer(0).GetFeatureCount() == 1

    # download (waits for completion) with metrics, then removes the process and its input.
    download_dir = tmp_path / "download"
    download_dir.mkdir()
    _cli_ok(run_cli(sandbox, ["download", name, "-i", "-o", "-t", "-r", *who], cwd=download_dir), "download")
    files = _check_cli_outputs(download_dir / _sanitised(name), glasgow)
    inputs = [path for path in files if path.parent.name.startswith("Input_1_")]
    assert [path.name for path in inputs] == ["glasgow.geojson"], files
    stac = [json.loads(path.read_text()) for path in (download_dir / _sanitised(name)).rglob("*.stac")]
    assert {"Feature", "Collection"} <= {document.get("type") for document in stac}, "no STAC item/collection written"
    metrics_header, _ = read_csv_with_header(download_dir / "metrics.csv")
    assert "component" in metrics_header

    # start the defined YAML again under a new name, downloading (-d) and removing (-r) at the end.
    copy_name = f"{name} again"
    defined["process_name"] = copy_name
    defined_path.write_text(yaml.safe_dump(defined))
    _cli_ok(run_cli(sandbox, ["start", defined_path.name, "-d", "-r", *who], cwd=define_dir), "start from define")
    _check_cli_outputs(define_dir / _sanitised(copy_name), glasgow)

    # Both processes were removed by -r.
    out = _cli_ok(run_cli(sandbox, ["list", *who], cwd=tmp_path), "final list")
    assert name not in out, "download -r did not remove the process"


def test_cli_start_from_command_line(account, sandbox, tmp_path):
    """``start SERVICE -l FILE -p name=value -d -r -t``: no YAML, so the CLI asks about every available dispatcher
    (answered with the default, No), picks the process name itself, downloads, writes metrics and cleans up."""
    organisation = account["organisations"][0]["name"]
    service = account["elevation_service"]["name"]
    glasgow = tmp_path / "glasgow.geojson"
    shutil.copy(sdk_package_file("glasgow.geojson"), glasgow)
    before = {path.name for path in tmp_path.iterdir()}
    result = run_cli(
        sandbox,
        [
            "start",
            service,
            "-l",
            glasgow.name,
            "-p",
            "resolution=30",
            "-d",
            "-r",
            "-t",
            "-e",
            sandbox.email,
            "-g",
            organisation,
        ],
        cwd=tmp_path,
        answers=[""] * 6,
    )
    _cli_ok(result, "start from the command line")
    created = [tmp_path / name for name in {path.name for path in tmp_path.iterdir()} - before]
    directories = [path for path in created if path.is_dir()]
    assert len(directories) == 1, f"expected one download directory, got {created}"
    assert directories[0].name.startswith(_sanitised(service)), directories[0].name
    _check_cli_outputs(directories[0], glasgow)
    header, rows = read_csv_with_header(tmp_path / "metrics.csv")
    assert "component" in header and rows


def test_cli_password_prompt_retries_then_gives_up(account, sandbox, tmp_path):
    """'Incorrect username or password' makes the CLI ask again (3 tries), exactly as against the real API."""
    organisation = account["organisations"][0]["name"]
    who = ["-e", sandbox.email, "-g", organisation]
    wrong = sandbox.password + "-wrong"

    retried = run_cli(sandbox, ["list", *who], cwd=tmp_path, password=wrong, answers=[wrong, sandbox.password])
    _cli_ok(retried, "list after two wrong passwords")

    refused = run_cli(sandbox, ["list", *who], cwd=tmp_path, password=wrong, answers=[wrong, wrong])
    assert refused.returncode != 0, f"three wrong passwords were accepted\n{describe(refused)}"
    assert "Incorrect username or password" in refused.stderr + refused.stdout


# -- our own client sees the very same objects --------------------------------------------------------------
# Fields that must be present (and equal) on both sides; every other field both clients expose must be equal too.
PARITY_DATA_FIELDS = ("id", "name", "organisation_id", "created_at", "updated_at")
PARITY_FILE_FIELDS = ("id", "data_id", "file_id", "file_type", "file_name", "size", "publishable", "crs", "bounds")


def test_same_objects_as_our_client(sdk_python, sandbox, tmp_path):
    """A data item created with the official SDK is found by fusion_platform_qgis.api with the same fields."""
    fp = pytest.importorskip("fusion_platform_qgis.api", reason="fusion_platform_qgis.api not written yet")
    name = f"SDK parity {uuid.uuid4().hex[:8]}"
    created = last_json(run_sdk_script("parity_data.py", sandbox, "create", name, cwd=tmp_path))
    sdk_data = created["data"]
    try:
        user = fp.login(email=sandbox.email, password=sandbox.password, api_url=sandbox.url)
        organisation = next(user.organisations)
        assert str(organisation.id) == created["organisation_id"]
        ours, _ = organisation.find_data(name=name)
        assert ours is not None, "our client does not find the SDK's data item"
        _assert_same_fields("data item", sdk_data, ours.attributes, PARITY_DATA_FIELDS)

        our_files = {str(file.file_id): file.attributes for file in ours.files}
        sdk_files = {str(file["file_id"]): file for file in created["files"]}
        assert sdk_files and set(our_files) == set(sdk_files), (sorted(our_files), sorted(sdk_files))
        for file_id, sdk_file in sdk_files.items():
            _assert_same_fields(f"file {file_id}", sdk_file, our_files[file_id], PARITY_FILE_FIELDS)
    finally:
        run_sdk_script("parity_data.py", sandbox, "delete", sdk_data["id"], cwd=tmp_path)


def _assert_same_fields(what: str, sdk: dict, ours: dict, required: tuple) -> None:
    missing = [field for field in required if sdk.get(field) is None or ours.get(field) is None]
    assert not missing, f"{what}: {missing} missing in the SDK's or our client's view (sdk={sdk}, ours={ours})"
    common = sorted(set(sdk) & set(ours))
    different = {
        field: (sdk[field], ours[field]) for field in common if _comparable(sdk[field]) != _comparable(ours[field])
    }
    assert not different, f"{what}: the SDK and our client disagree (sdk, ours): {different}"


_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _comparable(value):
    """Normalise values from both clients (UUID/str, datetime/ISO text, Decimal/float, tuple/list) to compare."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str) and _ISO_DATETIME.match(value):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).astimezone(timezone.utc).isoformat()
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, Decimal)):
        return round(float(value), 6)
    if isinstance(value, Mapping):
        return {str(key): _comparable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_comparable(item) for item in value]
    return str(value)
