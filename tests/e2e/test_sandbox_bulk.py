"""The bulk-seeding admin endpoint (``POST /__sandbox__/seed``): seeded history is listed exactly like normal
records by the public API and by our client, and a seeded process really runs again."""

from __future__ import annotations

import pytest
import requests

import fusion_platform_qgis.api as fp
from sandbox.testing import ApiClient

pytestmark = pytest.mark.timeout(300)

N_PROCESSES, N_EXECUTIONS, N_DATA = 30, 3, 50


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    from sandbox.testing import start_sandbox

    handle = start_sandbox(tmp_path_factory.mktemp("bulk") / "data")
    try:
        answer = handle.admin(
            "POST", "seed", {"processes": N_PROCESSES, "executions": N_EXECUTIONS, "data": N_DATA, "prefix": "Scale"}
        )
        yield handle, answer
    finally:
        handle.stop()


def _all_pages(client: ApiClient, path: str, **params) -> list[dict]:
    out, last = [], None
    while True:
        query = {"limit": 24, "reverse": "False", **params}
        if last:
            query.update({"last[id]": last["id"], "last[seq]": last["seq"]})
        page = client.get(path, params=query)
        assert page.status_code == 200, page.text
        body = page.json()
        out.extend(body["list"])
        last = body["last"]
        if not last:
            return out


def test_seed_answers_counts(seeded):
    _, answer = seeded
    assert answer["processes"] == N_PROCESSES and answer["data"] == N_DATA
    assert answer["executions"] == N_PROCESSES * N_EXECUTIONS
    assert sum(answer["execution_statuses"].values()) == N_PROCESSES * N_EXECUTIONS
    assert answer["execution_statuses"]["failed"] > 0 and answer["execution_statuses"]["success"] > 0


def test_public_listings_page_through_seeded_records(seeded):
    handle, answer = seeded
    client = ApiClient(handle)
    assert answer["organisation_id"] == client.org
    data = _all_pages(client, client.o("/data/uploaded"))
    assert len(data) == N_DATA and len({d["id"] for d in data}) == N_DATA
    assert [d["name"] for d in data] == [f"Scale region {i:05d}" for i in range(1, N_DATA + 1)]
    files = client.files(data[0]["id"])
    assert len(files) == 1 and files[0]["size"] > 0 and files[0]["publishable"] is True
    assert files[0]["file_type"] == "GeoJSON" and len(files[0]["bounds"]) == 4
    download = requests.get(client.download_url(data[0]["id"], files[0]["file_id"]), timeout=30)
    assert download.status_code == 200 and download.json()["type"] == "FeatureCollection"

    listed = _all_pages(client, client.o("/processes"))
    assert len(listed) == N_PROCESSES
    for process in listed:
        assert process["has_executions"] == "executions" and len(process["executions"]) == N_EXECUTIONS
        assert process["process_status"] == "stop" and process["price"] > 0
        assert {e["job_status"] for e in process["executions"]} <= {"success", "failed", "stopped"}
    executions = client.executions(listed[0]["id"])
    assert len(executions) == N_EXECUTIONS
    assert [e["process_execution_id"] for e in listed[0]["executions"]] == [e["id"] for e in executions]
    components = client.components(executions[0]["id"])
    assert len(components) == 1 and components[0]["ended_at"]
    logs = client.get(client.o(f"/process_service_executions/{components[0]['id']}/logs")).json()["list"]
    assert logs and logs[0]["message"]
    # Creation order is time order, one minute apart, all in the past.
    stamps = [d["created_at"] for d in data]
    assert stamps == sorted(stamps)


def test_paged_process_listing_matches_the_filtered_one(seeded):
    """Without filters the sandbox reads only the page's processes; with one it wires them all: same answers."""
    handle, _ = seeded
    client = ApiClient(handle)
    plain = _all_pages(client, client.o("/processes"))
    filtered = _all_pages(client, client.o("/processes"), **{"filter[name__contains]": "Scale process"})
    assert plain == filtered and len(plain) == N_PROCESSES
    newest_first = _all_pages(client, client.o("/processes"), reverse="True")
    assert [p["id"] for p in newest_first] == [p["id"] for p in reversed(plain)]


def test_our_client_sees_seeded_history_and_runs_a_seeded_process(seeded):
    handle, _ = seeded
    user = fp.login(
        email=handle.email, password=handle.password, api_url=handle.url, session_options={"api_update_wait_period": 1}
    )
    organisation = next(user.organisations)
    assert len(list(organisation.data)) == N_DATA
    processes = list(organisation.processes)
    assert len(processes) == N_PROCESSES
    process = processes[-1]
    runs = list(process.executions)
    assert len(runs) == N_EXECUTIONS
    assert all(run.progress == 100 for run in runs)
    assert [entry.name for entry in process.inputs] == [f"Scale region {N_PROCESSES:05d}"]
    # Not execute(wait=True): that raises the first failure among *all* executions, and the history has some.
    process.execute()
    process.wait_for_next_execution()
    assert len(list(process.executions)) == N_EXECUTIONS + 1
    newest = next(iter(process.executions))
    assert newest.check_complete(wait=True) and newest.success


def test_other_organisation_stays_empty_and_bad_requests_fail(seeded):
    handle, _ = seeded
    other = ApiClient(handle, handle.other_email, handle.other_password)
    assert other.get(other.o("/processes")).json()["list"] == []
    assert other.get(other.o("/data/uploaded")).json()["list"] == []
    for body, status in (
        ({"processes": 2, "executions": 1, "data": 0}, "400"),
        ({"processes": -1}, "400"),
        ({"organisation_id": "00000000-0000-4000-8000-000000000000", "data": 1}, "404"),
    ):
        with pytest.raises(RuntimeError, match=status):
            handle.admin("POST", "seed", body)
