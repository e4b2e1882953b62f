"""Every model method of our client against the sandbox, the typed errors, retries/resume/re-login under fault
injection, and the CLI."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import threading
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import fusion_platform_qgis.api as fp
from fusion_platform_qgis.api import errors

REPO = Path(__file__).resolve().parents[2]
FAST = {"api_update_wait_period": 1}
QUICK_RETRY = fp.RetryPolicy(max_attempts=5, max_total_seconds=30, base_delay=0.05, max_delay=0.5)

pytestmark = pytest.mark.timeout(600)


def login(sandbox, **kwargs):
    kwargs.setdefault("retry", QUICK_RETRY)
    return fp.login(email=sandbox.email, password=sandbox.password, api_url=sandbox.url, session_options=FAST, **kwargs)


@pytest.fixture(scope="module")
def org(sandbox):
    return next(login(sandbox).organisations)


@pytest.fixture(scope="module")
def glasgow(org):
    data = org.create_data(
        name="Glasgow models", file_type=fp.FILE_TYPE_GEOJSON, files=[fp.EXAMPLE_GLASGOW_FILE], wait=True
    )
    yield data
    try:
        data.delete()
    except errors.FusionPlatformError:
        pass


@pytest.fixture
def faults(sandbox):
    def set_rules(*rules):
        sandbox.admin("POST", "faults", {"rules": list(rules)})

    yield set_rules
    sandbox.admin("DELETE", "faults")


def assert_faults_fired(sandbox):
    """Every injected fault was consumed, so the test really went through the failures it names."""
    assert [rule.get("count") for rule in sandbox.admin("GET", "faults")["rules"]] == [0] * len(
        sandbox.admin("GET", "faults")["rules"]
    )


def elevation(org):
    service, _ = org.find_services(keyword="Elevation")
    assert service is not None
    return service


# ----------------------------------------------------------------------------------------------- user & org
def test_user_methods(sandbox):
    user = login(sandbox)
    assert user.email == sandbox.email and isinstance(user.created_at, datetime)
    original = user.given_name
    user.update(given_name="Changed")
    assert user.given_name == "Changed"
    user.get()
    assert user.given_name == "Changed"
    user.update(given_name=original)
    with pytest.raises(AttributeError):
        user.given_name = "x"
    orgs = list(user.organisations)
    first, again = user.find_organisations(name=orgs[0].name[:3].lower())
    assert first == orgs[0] and orgs[0] in list(again)
    assert user.find_organisations(name="no such organisation zzz")[0] is None
    assert "organisations" not in user.attributes and user.attributes["email"] == sandbox.email


def test_change_password_round_trip(sandbox_factory):
    sandbox = sandbox_factory()
    user = login(sandbox)
    user.change_password(sandbox.password, "Another-Pa55word!")
    with pytest.raises(errors.AuthenticationError):
        login(sandbox)
    again = fp.login(email=sandbox.email, password="Another-Pa55word!", api_url=sandbox.url)
    again.change_password("Another-Pa55word!", sandbox.password)
    login(sandbox)


def test_organisation_methods(org, glasgow):
    org.get()
    assert org.name
    credit = org.credit
    assert credit.any_credits >= 0 and str(credit.id) == str(org.id)
    assert glasgow in list(org.data)
    found, rest = org.find_data(name="Glasgow mod")
    assert found == glasgow and glasgow in list(rest)
    assert org.find_data(id=glasgow.id)[0] == glasgow
    services = list(org.services)
    assert len(services) >= 3
    service = elevation(org)
    assert "Elevation" in service.keywords and service.documentation_summary
    assert org.find_services(id=service.id)[0] == service
    assert org.find_services(ssd_id=service.ssd_id)[0] == service
    assert org.find_services(name=service.name[:5])[0] is not None
    assert org.find_services(search=service.name.upper())[0] is not None
    dispatcher, _ = org.find_dispatchers()
    assert dispatcher is None or dispatcher.name
    try:
        list(org.own_services)
    except errors.PermissionDeniedError:
        pass
    service.get()
    assert service.name


def test_not_found_is_typed(org):
    with pytest.raises(errors.NotFoundError):
        org.session.get_model(f"/organisations/{org.id}/data/{uuid.uuid4()}")


# ----------------------------------------------------------------------------------------------- data & files
def test_data_and_file_methods(org, glasgow, tmp_path):
    assert glasgow.create_complete() and glasgow.check_analysis_complete()
    assert glasgow.upload_progress() == [(fp.EXAMPLE_GLASGOW_FILE, os.path.getsize(fp.EXAMPLE_GLASGOW_FILE))]
    files = list(glasgow.files)
    assert len(files) == 1
    file = files[0]
    assert file.file_type == fp.FILE_TYPE_GEOJSON and file.size == os.path.getsize(fp.EXAMPLE_GLASGOW_FILE)
    file.get()
    dest = tmp_path / "sub" / "glasgow.geojson"
    file.download(path=str(dest), wait=True)
    assert dest.read_bytes() == Path(fp.EXAMPLE_GLASGOW_FILE).read_bytes()
    url, path, done = file.download_progress()
    assert path == str(dest) and done == dest.stat().st_size and url.startswith(org.session.api_url)
    assert file.download_complete()
    item, item_file = file.get_stac_item()
    if item is not None:
        collection, name = glasgow.get_stac_collection([(item, item_file)], owner="me")
        assert name == ".collection.stac" and collection["id"] == str(glasgow.id)
        assert collection["extent"]["spatial"]["bbox"][0] == item["bbox"]
    copy = glasgow.copy("Glasgow copy")
    assert copy.name == "Glasgow copy" and copy != glasgow
    copy.update(name="Glasgow copy 2")
    assert copy.name == "Glasgow copy 2"
    copy.get()
    assert copy.name == "Glasgow copy 2"
    copy.delete()
    with pytest.raises(errors.NotFoundError):
        copy.get()


def test_create_data_progress_and_file_type_check(org, tmp_path):
    seen = []
    tif = tmp_path / "not_really.tif"
    tif.write_bytes(b"this is not a GeoTIFF" * 100)
    data = org.create_data(
        name="Broken tif",
        file_type=fp.FILE_TYPE_GEOTIFF,
        files=[str(tif)],
        progress=lambda path, done, total: seen.append((path, done, total)),
    )
    try:
        with pytest.raises(errors.ValidationError, match="not_really.tif"):
            data.create_complete(wait=True)
        assert seen and seen[-1] == (str(tif), tif.stat().st_size, tif.stat().st_size)
    finally:
        data.delete()
    with pytest.raises(errors.ModelError):
        org.create_data(name="missing", file_type=fp.FILE_TYPE_GEOJSON, files=[str(tmp_path / "nope.geojson")])


# ----------------------------------------------------------------------------------------------- processes
def test_process_template_editing_and_validation(org, glasgow):
    process = org.new_process(name="Template test", service=elevation(org))
    assert not process.persisted and process.name == "Template test"
    options = {o.name: o for o in process.options}
    assert options["resolution"].value == 30.0 and options["resolution"].data_type == fp.DATA_TYPE_NUMERIC
    units = options["units"]
    assert units.constrained_values == ["metres", "feet"] and units.constrained_names == ["Metres", "Feet"]
    with pytest.raises(errors.OptionValidationError, match="resolution"):
        process.update(option_name="resolution", value=5.0)
    with pytest.raises(errors.OptionValidationError, match="resolution.*type"):
        process.update(option_name="resolution", value="50")
    process.update(option_name="resolution", value="50", coerce_value=True)
    process.update(option=options["units"], value="feet")
    assert {o.name: o.raw_value for o in process.options}["resolution"] == "50.0"
    with pytest.raises(errors.OptionValidationError, match="units"):
        process.update(option_name="units", value="furlongs")
    with pytest.raises(errors.ModelError, match="no option"):
        process.update(option_name="nope", value=1)
    with pytest.raises(errors.ValidationError, match="no data"):
        process.create()
    assert not process.persisted
    inputs = process.inputs
    assert inputs[0].input == 1 and inputs[0].file_type == fp.FILE_TYPE_GEOJSON
    process.update(input=inputs[0], data=glasgow)
    assert process.inputs[0].name == glasgow.name
    tomorrow = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=1)
    process.update(
        run_type=fp.RUN_TYPE_RUN_SCHEDULE,
        repeat_count=1,
        repeat_start=tomorrow,
        repeat_gap={"days": 1},
        repeat_offset=timedelta(hours=1),
        output_storage_period=7,
    )
    assert process.repeat_start == tomorrow and process.run_type == "run_schedule"


def test_input_type_checked(org, tmp_path):
    service, _ = org.find_services(name="Demo: Sentinel-2")
    process = org.new_process(name="x", service=service)
    csv_path = tmp_path / "t.csv"
    csv_path.write_text("a,b\n1,2\n")
    data = org.create_data(name="csv", file_type=fp.FILE_TYPE_CSV, files=[str(csv_path)], wait=True)
    try:
        with pytest.raises(errors.ValidationError, match="expects GeoJSON"):
            process.update(input_number=1, data=data)
    finally:
        data.delete()


def test_dispatchers(org, glasgow):
    process = org.new_process(name="Dispatch test", service=elevation(org))
    available = process.available_dispatchers
    if not available:
        pytest.skip("the sandbox offers no dispatchers for this service")
    process.add_dispatcher(number=1)
    assert process.dispatchers[0].name == available[0].name
    process.add_dispatcher(name=available[-1].name)
    assert len(process.dispatchers) == 2
    process.remove_dispatcher(2)
    assert len(process.dispatchers) == 1
    option = next((o for o in process.dispatchers[0].options if o.data_type == fp.DATA_TYPE_STRING), None)
    if option is not None:
        process.update(
            dispatcher_number=1, option_name=option.name, value="x@example.com" if "mail" in option.name else "value"
        )
    process.update(dispatcher_number=1, dispatch_intermediate=True)
    assert process.dispatchers[0].dispatch_intermediate is True
    with pytest.raises(errors.ModelError):
        process.add_dispatcher(name="No such dispatcher")


def test_process_lifecycle(org, glasgow, tmp_path):
    process = org.new_process(name="Lifecycle", service=elevation(org))
    process.update(input_number=1, data=glasgow)
    process.update(option_name="resolution", value=100.0)
    process.create()
    assert process.persisted and process.price > 0 and process.process_status == "draft"
    process.update(name="Lifecycle renamed")
    assert process.name == "Lifecycle renamed"
    process.get()
    assert process.name == "Lifecycle renamed"
    assert org.find_processes(name="Lifecycle ren")[0] == process
    assert process in list(org.processes)
    process.execute()
    assert process.process_status == "execute"
    with pytest.raises(errors.ModelError, match="executing"):
        process.update(name="nope")
    process.wait_for_next_execution()
    execution = next(process.executions)
    assert execution.check_complete(wait=True)
    assert execution.success and execution.progress == 100
    assert process.find_executions(id=execution.id)[0] == execution
    execution.get()
    components = list(execution.components)
    assert components
    component = components[0]
    component.get()
    assert [d.id for d in component.inputs] == [glasgow.id]
    outputs = list(component.outputs)
    assert outputs and all(list(o.files) for o in outputs)
    logs = list(component.logs)
    log_path = tmp_path / "logs" / "log.csv"
    component.download_log_file(str(log_path))
    with open(log_path, newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["logged_at", "message"] and len(rows) == len(logs) + 1
    expiry = (datetime.now(timezone.utc) + timedelta(days=20)).replace(microsecond=0)
    execution.change_delete_expiry(expiry)
    assert abs((execution.delete_expiry - expiry).total_seconds()) < 2
    copy = process.copy("Lifecycle copy")
    assert not copy.persisted and copy.name == "Lifecycle copy"
    assert {o.name: o.raw_value for o in copy.options}["resolution"] == "100.0"
    copy.create()
    process.get()
    if process.process_status != "stop":
        process.stop()
    assert process.process_status == "stop"
    copy.delete()
    execution.delete()
    process.delete()
    with pytest.raises(errors.NotFoundError):
        process.get()


def test_failed_execution_raises(org, glasgow):
    process = org.new_process(name="Failing", service=elevation(org))
    process.update(input_number=1, data=glasgow)
    process.update(option_name="simulate_failure", value=True)
    process.create()
    try:
        with pytest.raises(errors.ExecutionFailedError, match="failed"):
            process.execute(wait=True)
    finally:
        process.delete()


def test_insufficient_credits(sandbox_factory, tmp_path):
    sandbox = sandbox_factory()
    organisation = next(login(sandbox).organisations)
    data = organisation.create_data(
        name="g", file_type=fp.FILE_TYPE_GEOJSON, files=[fp.EXAMPLE_GLASGOW_FILE], wait=True
    )
    sandbox.admin("POST", "credits", {"organisation_id": str(organisation.id), "credits": 0})
    process = organisation.new_process(name="Poor", service=elevation(organisation))
    process.update(input_number=1, data=data)
    with pytest.raises(errors.InsufficientCreditsError):
        process.create()
        process.execute()


# ----------------------------------------------------------------------------------------------- faults
def test_get_retried_through_503_429_and_drop(sandbox, org, faults):
    faults(
        {"path": f"/organisations/{org.id}$", "method": "GET", "status": 503, "count": 2},
        {"path": f"/organisations/{org.id}/credits", "status": 429, "retry_after": 1, "count": 1},
        {"path": f"/organisations/{org.id}/data/uploaded", "drop": True, "count": 1},
    )
    org.get()
    assert org.credit.any_credits >= 0
    list(org.data)
    assert_faults_fired(sandbox)


def test_creating_post_not_duplicated(sandbox, org, faults):
    """A 503 to the create, then a create whose answer is lost: each ends with exactly one new item."""
    for rule in ({"status": 503, "count": 1}, {"drop": True, "after": True, "count": 1}):
        before = {d.id for d in org.data}
        faults({"path": f"/organisations/{org.id}/data$", "method": "POST", **rule})
        data = org.create_data(name="Once", file_type=fp.FILE_TYPE_GEOJSON, files=[fp.EXAMPLE_GLASGOW_FILE], wait=True)
        assert_faults_fired(sandbox)
        assert {d.id for d in org.data} - before == {data.id}
        data.delete()


def test_download_resumes_after_truncation(sandbox, org, glasgow, faults, tmp_path):
    file = next(glasgow.files)
    faults({"path": "/files/download/", "truncate": 1000, "count": 2})
    dest = tmp_path / "resumed.geojson"
    file.download(path=str(dest), wait=True)
    assert dest.read_bytes() == Path(fp.EXAMPLE_GLASGOW_FILE).read_bytes()
    assert not Path(str(dest) + ".part").exists()
    assert_faults_fired(sandbox)


def test_expired_session(sandbox_factory):
    sandbox = sandbox_factory()
    plain = login(sandbox)
    calls = []

    def supplier():
        calls.append(1)
        return sandbox.email, None, sandbox.password

    relogging = login(sandbox, credential_supplier=supplier)
    sandbox.admin("POST", "expire_tokens")
    with pytest.raises(errors.SessionExpiredError, match="log in again"):
        next(plain.organisations)
    assert next(relogging.organisations).name
    assert calls == [1]


def test_cancel_during_wait(org, glasgow):
    cancel = threading.Event()
    session = org.session
    cancel.set()
    old = session.cancel
    session.cancel = cancel
    try:
        with pytest.raises(errors.CancelledError):
            glasgow.check_analysis_complete(wait=True) if not glasgow.check_analysis_complete() else session.sleep(5)
        with pytest.raises(errors.CancelledError):
            org.get()
    finally:
        session.cancel = old


# ----------------------------------------------------------------------------------------------- CLI
def run_cli(sandbox, *args, cwd):
    env = dict(os.environ)
    env.update(
        {"FUSION_PLATFORM_EMAIL": sandbox.email, "FUSION_PLATFORM_PASSWORD": sandbox.password, "PYTHONPATH": str(REPO)}
    )
    result = subprocess.run(
        [sys.executable, "-m", "fusion_platform_qgis.api", *args, "--api-url", sandbox.url, "--wait-period", "1"]
        if args[0] != "--version"
        else [sys.executable, "-m", "fusion_platform_qgis.api", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=str(cwd),
    )
    assert sandbox.password not in result.stdout + result.stderr
    return result


def test_cli_commands(sandbox, tmp_path):
    assert run_cli(sandbox, "--version", cwd=tmp_path).stdout.strip() == fp.__version__
    start = run_cli(
        sandbox,
        "start",
        "Elevation (Sandbox)",
        "-l",
        fp.EXAMPLE_GLASGOW_FILE,
        "-p",
        "resolution=100",
        "-d",
        "--directory",
        str(tmp_path / "dl"),
        cwd=tmp_path,
    )
    assert start.returncode == 0, start.stderr
    assert "Created process" in start.stdout
    assert list((tmp_path / "dl").rglob("*.tif"))
    name = start.stdout.split("Created process ")[1].split(" (")[0]
    listed = run_cli(sandbox, "list", cwd=tmp_path)
    assert listed.returncode == 0 and name in listed.stdout
    service_ssd = str(elevation(next(login(sandbox).organisations)).ssd_id)  # a name would match the process first
    shown = run_cli(sandbox, "display", name, service_ssd, cwd=tmp_path)
    assert shown.returncode == 0 and "resolution: 100.0" in shown.stdout.replace(
        "option resolution (numeric)", "resolution"
    )
    assert "Service: Elevation (Sandbox)" in shown.stdout
    defined = run_cli(sandbox, "define", name, cwd=tmp_path)
    assert defined.returncode == 0, defined.stderr
    yml = list(tmp_path.glob("*.yml"))
    assert yml and "service_name: Elevation (Sandbox)" in yml[0].read_text()
    again = run_cli(sandbox, "download", name, "-t", "--directory", str(tmp_path / "again"), "-r", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert list((tmp_path / "again").rglob("*.tif"))
    missing = run_cli(sandbox, "display", "no such thing at all", cwd=tmp_path)
    assert missing.returncode == 1


def test_cli_wrong_password_is_clear(sandbox, tmp_path):
    env = dict(os.environ)
    env.update({"FUSION_PLATFORM_PASSWORD": "wrong", "PYTHONPATH": str(REPO)})
    result = subprocess.run(
        [sys.executable, "-m", "fusion_platform_qgis.api", "list", "-e", sandbox.email, "--api-url", sandbox.url],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "Login failed" in result.stderr and "wrong" not in result.stderr
