"""The plain-data calls of ``api.listings`` (what the docks and the pipeline call instead of building requests)
against the sandbox: one finished Elevation run, read back through each named call."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import fusion_platform_qgis.api as fp
from fusion_platform_qgis.api import listings

pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def finished(sandbox):
    user = fp.login(
        email=sandbox.email,
        password=sandbox.password,
        api_url=sandbox.url,
        session_options={"api_update_wait_period": 1},
    )
    org = next(user.organisations)
    region = org.create_data(
        name="Listings region", file_type=fp.FILE_TYPE_GEOJSON, files=[fp.EXAMPLE_GLASGOW_FILE], wait=True
    )
    service, _ = org.find_services(keyword="Elevation")
    process = org.new_process(name="Listings elevation", service=service)
    process.update(input_number=1, data=region)
    process.update(option_name="resolution", value=100.0)
    process.create()
    process.execute(wait=True)
    return user.session, str(org.id), process, region


def test_the_run_is_read_back_through_named_calls(finished):
    session, org, process, _region = finished
    pid = str(process.id)
    newest = listings.newest_executions(session, org, pid)
    assert newest and all(str(e["process_id"]) == pid for e in newest)
    assert listings.followed_executions(session, org, pid) == newest
    assert [e["id"] for e in listings.all_executions(session, org, pid)] == [e["id"] for e in reversed(newest)]
    execution = newest[0]
    assert listings.run_executions(session, org, pid, None, [execution["id"]])[0]["id"] == execution["id"]
    names = listings.process_names(session, org, pid)
    assert names == {"name": "Listings elevation", "service_id": str(process.service_id)}
    page, _cursor = listings.processes_page(session, org)
    assert pid in {str(p["id"]) for p in page}
    items, _cursor, extras = listings.processes_listing(session, org)
    assert [p["id"] for p in items] == [p["id"] for p in page] and isinstance(extras, dict)


def test_components_logs_outputs_and_urls(finished):
    session, org, process, _region = finished
    execution = listings.newest_executions(session, org, str(process.id))[0]
    components = listings.execution_components(session, org, execution["id"])
    assert components
    log = listings.component_log(session, org, components[0]["id"])
    newest = listings.newest_log_entries(session, org, components[0]["id"])
    assert log and newest and newest[0] == log[0]  # both newest first
    data_id = next(d for c in components for d in c.get("outputs") or [])
    assert str(listings.data_model(session, org, data_id)["id"]) == str(data_id)
    files = listings.data_files(session, org, data_id)
    assert files
    url = listings.download_url(session, org, data_id, files[0]["file_id"])
    assert url and url.startswith("http")


def test_uploaded_data_by_name_prefix(finished):
    session, org, _process, region = finished
    found = [item["id"] for item, _extras in listings.iterate_uploaded_data(session, org, name_prefix="Listings reg")]
    assert str(region.id) in {str(i) for i in found}
    none = [item for item, _extras in listings.iterate_uploaded_data(session, org, name_prefix="No such name zz")]
    assert none == []


def test_delete_expiry_then_delete(finished):
    session, org, process, _region = finished
    pid = str(process.id)
    execution = listings.newest_executions(session, org, pid)[0]
    when = (datetime.now(timezone.utc) + timedelta(days=12)).replace(microsecond=0)
    listings.change_delete_expiry(session, org, execution["id"], when)
    record = listings.run_executions(session, org, pid, None, [execution["id"]])[0]
    assert abs((datetime.fromisoformat(record["delete_expiry"].replace("Z", "+00:00")) - when).total_seconds()) < 2
    listings.stop_process(session, org, pid)  # nothing runs: still accepted
    assert listings.delete_executions(session, org, [execution["id"]]) == [execution["id"]]
    assert execution["id"] not in {e["id"] for e in listings.newest_executions(session, org, pid)}
