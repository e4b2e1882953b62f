"""A tour of the official SDK's public API beyond the two examples (contract section 9), one labelled step at a time.

Usage: ``api_tour.py``; run it against a private sandbox (it changes the user's password and names and back).
Every step is attempted even when an earlier one failed (a failed step's dependants fail too, with its name), so
one run lists every incompatibility. The last stdout line is ``{"steps": {name: "ok" | traceback}, "facts": {...}}``.
"""

import csv
import json
import os
import traceback
from datetime import datetime, timedelta, timezone

import fusion_platform
from _common import connection, emit
from dateutil.relativedelta import relativedelta
from fusion_platform.session import RequestError

settings = connection(description=__doc__)
steps = {}
facts = {}
state = {}


def step(name):
    """Run the decorated function now, recording "ok" or its traceback under ``name``."""

    def run(function):
        try:
            function()
            steps[name] = "ok"
        except Exception:
            steps[name] = traceback.format_exc(limit=6)
        return function

    return run


def need(*keys):
    missing = [key for key in keys if key not in state]
    if missing:
        raise RuntimeError(f"skipped: needs {missing} from an earlier failed step")
    return [state[key] for key in keys]


@step("login")
def _():
    state["user"] = fusion_platform.login(
        email=settings.email,
        password=settings.password,
        api_url=settings.api_url,
        session_options=settings.session_options,
    )
    state["organisation"] = next(state["user"].organisations)


@step("user attributes, to_csv, find_organisations")
def _():
    user, organisation = need("user", "organisation")
    assert user.attributes["email"] == settings.email
    assert user.to_csv()
    found, _ = user.find_organisations(name=organisation.name[:4].lower())  # case-insensitive prefix
    assert found is not None and found.id == organisation.id, found
    found, _ = user.find_organisations(id=organisation.id)
    assert found is not None and found.name == organisation.name


@step("user update")
def _():
    (user,) = need("user")
    original = user.given_name
    user.update(given_name="Tour")
    user.get()
    assert user.given_name == "Tour", user.given_name
    user.update(given_name=original)
    assert user.given_name == original


@step("change password and log in with it")
def _():
    (user,) = need("user")
    new = "Tour-" + settings.password[::-1] + "9a"
    user.change_password(settings.password, new)
    try:
        fusion_platform.login(email=settings.email, password=new, api_url=settings.api_url)
        try:
            fusion_platform.login(email=settings.email, password=settings.password, api_url=settings.api_url)
            raise AssertionError("the old password still works")
        except RequestError as error:
            assert "Incorrect username or password" in str(error), error
    finally:
        user.change_password(new, settings.password)
    fusion_platform.login(email=settings.email, password=settings.password, api_url=settings.api_url)


@step("organisation credit, services, dispatchers")
def _():
    (organisation,) = need("organisation")
    credit = organisation.credit
    assert credit.any_credits is not None and credit.id == organisation.id
    facts["credits_before"] = float(credit.any_credits)
    services = list(organisation.services)
    assert services and all(service.documentation_summary is not None for service in services)
    facts["services"] = sorted(service.name for service in services)
    try:
        facts["own_services"] = len(list(organisation.own_services))
    except RequestError as error:  # allowed: unprivileged users may be refused (contract E23)
        facts["own_services"] = str(error)


@step("find_dispatchers")
def _():
    (organisation,) = need("organisation")
    first, dispatchers = organisation.find_dispatchers()
    assert first is not None, "no dispatcher services"
    facts["dispatchers"] = sorted(dispatcher.name for dispatcher in dispatchers)
    found, _ = organisation.find_dispatchers(ssd_id=first.ssd_id)
    assert found is not None and found.id == first.id


@step("create data, rename, copy")
def _():
    (organisation,) = need("organisation")
    data = organisation.create_data(
        name="Tour Glasgow",
        file_type=fusion_platform.FILE_TYPE_GEOJSON,
        files=[fusion_platform.EXAMPLE_GLASGOW_FILE],
        wait=True,
    )
    state["data"] = data
    data.update(name="Tour Glasgow renamed")
    data.get()
    assert data.name == "Tour Glasgow renamed"
    found, _ = organisation.find_data(id=data.id)
    assert found is not None and found.name == "Tour Glasgow renamed"
    copy = data.copy("Tour Glasgow copy")
    try:
        assert copy.id != data.id and copy.name == "Tour Glasgow copy"
        copy.check_analysis_complete(wait=True)
        assert [f.file_name for f in copy.files] == [f.file_name for f in data.files]
    finally:
        copy.delete()


@step("file download, preview, STAC")
def _():
    (data,) = need("data")
    file = next(data.files)
    assert file.size == os.path.getsize(fusion_platform.EXAMPLE_GLASGOW_FILE), (file.size,)
    path = os.path.abspath(os.path.join("tour", file.file_name))
    file.download(path=path, wait=True)
    with open(path, "rb") as downloaded, open(fusion_platform.EXAMPLE_GLASGOW_FILE, "rb") as original:
        assert downloaded.read() == original.read(), "the downloaded file differs from the upload"
    preview = os.path.abspath(os.path.join("tour", "preview.png"))
    file.download(path=preview, preview=True, wait=True)
    with open(preview, "rb") as stream:
        assert stream.read(8) == b"\x89PNG\r\n\x1a\n", "the preview is not a PNG"
    item, item_file = file.get_stac_item()
    assert item is not None and item_file, (item, item_file)
    collection, collection_file = data.get_stac_collection([(item, item_file)])
    assert collection["type"] == "Collection" and collection_file == ".collection.stac", collection
    facts["stac_bbox"] = collection["extent"]["spatial"]["bbox"]


@step("process template, options, create, rename")
def _():
    organisation, data = need("organisation", "data")
    service, _ = organisation.find_services(keyword="Elevation")
    process = organisation.new_process(name="Tour process", service=service)
    options = list(process.options)
    facts["option_types"] = sorted({option.data_type for option in options})
    process.update(input_number=1, data=data)
    assert [i.name for i in process.inputs] == ["Tour Glasgow renamed"], [i.name for i in process.inputs]
    process.create()
    state["process"] = process
    assert process.price > 0
    process.update(name="Tour process renamed")
    process.get()
    assert process.name == "Tour process renamed"
    found, _ = organisation.find_processes(name="process renamed")  # contains
    assert found is not None and found.id == process.id


@step("execute, components, logs, delete expiry")
def _():
    (process,) = need("process")
    process.execute(wait=True)
    execution = next(process.executions)
    state["execution"] = execution
    assert execution.success and execution.progress == 100
    components = list(execution.components)
    assert components
    component = components[0]
    component.get()
    assert [str(d.id) for d in component.inputs] == [str(state["data"].id)]
    outputs = list(component.outputs)
    assert outputs and all(next(output.files, None) is not None for output in outputs)
    log_path = os.path.abspath("tour_log.csv")
    component.download_log_file(log_path)
    with open(log_path, newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["logged_at", "message"] and len(rows) > 1, rows[:3]
    expiry = (datetime.now(timezone.utc) + timedelta(days=20)).replace(microsecond=0)
    execution.change_delete_expiry(expiry)
    execution.get()
    assert execution.delete_expiry == expiry, (execution.delete_expiry, expiry)
    process.get()
    assert process.process_status == "stop", process.process_status  # run_once stops after its run
    credit = state["organisation"].credit
    facts["credits_after"] = float(credit.any_credits)


@step("process copy and create")
def _():
    (process,) = need("process")
    copy = process.copy("Tour process copy")
    assert copy.name == "Tour process copy"
    assert [str(i.id) for i in copy.inputs] == [str(state["data"].id)]
    copy.create()
    try:
        assert copy.id != process.id and copy.process_status != "execute"
    finally:
        copy.delete()


@step("scheduled process keeps repeat_gap through PATCH")
def _():
    organisation, data = need("organisation", "data")
    service, _ = organisation.find_services(keyword="Elevation")
    process = organisation.new_process(name="Tour schedule", service=service)
    process.update(input_number=1, data=data)
    start = (datetime.now(timezone.utc) + timedelta(days=1)).replace(microsecond=0)
    # The CLI's way: JSON-in-a-string for repeat_gap / repeat_offset (contract 6.7.5).
    process.update(
        run_type=fusion_platform.RUN_TYPE_RUN_SCHEDULE,
        repeat_count=3,
        repeat_start=start,
        repeat_gap=json.dumps({"days": 1}),
        repeat_offset=json.dumps({"seconds": 3600}),
    )
    process.create()
    try:
        assert process.repeat_gap == relativedelta(days=1), process.repeat_gap
        assert process.repeat_offset == timedelta(hours=1), process.repeat_offset
        process.update(name="Tour schedule renamed")  # echoes "relativedelta(days=+1)" and "1:00:00"
        process.get()
        assert process.name == "Tour schedule renamed"
        assert process.repeat_gap == relativedelta(days=1), process.repeat_gap
        assert process.repeat_offset == timedelta(hours=1), process.repeat_offset
        assert process.run_type == "run_schedule" and process.repeat_start == start
    finally:
        process.delete()


@step("S3 dispatcher added, configured and run")
def _():
    organisation, data = need("organisation", "data")
    service, _ = organisation.find_services(keyword="Elevation")
    process = organisation.new_process(name="Tour dispatch", service=service)
    process.update(input_number=1, data=data)
    names = [dispatcher.name for dispatcher in process.available_dispatchers]
    assert "AWS S3" in names, names
    process.add_dispatcher(name="AWS S3")
    for option_name, value in (
        ("bucket", "tour-bucket"),
        ("access_key_id", "SANDBOXKEY"),
        ("secret_access_key", "sandbox-secret"),
        ("s3_key_format", "{process_name}/{file_name}"),
    ):
        process.update(dispatcher_number=1, option_name=option_name, value=value)
    process.create()
    try:
        assert [dispatcher.name for dispatcher in process.dispatchers] == ["AWS S3"]
        bucket = {option.name: option.value for option in next(iter(process.dispatchers)).options}["bucket"]
        assert bucket == "tour-bucket", bucket
        process.execute(wait=True)
        facts["dispatched_bucket"] = "tour-bucket"
        facts["dispatched_prefix"] = "Tour dispatch"
    finally:
        process.delete()


@step("delete process then data")
def _():
    process, data = need("process", "data")
    process.delete()
    data.delete()
    found, _ = state["organisation"].find_data(id=data.id)
    assert found is None, "deleted data is still listed"


emit({"steps": steps, "facts": facts})
