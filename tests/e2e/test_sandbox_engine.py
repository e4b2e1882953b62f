"""The sandbox's execution engine: grouped runs, schedules, delete expiry and restart recovery."""

from __future__ import annotations

import csv
import io
import json
import time
from datetime import datetime, timedelta, timezone

import requests

from sandbox.testing import ApiClient, glasgow_bytes, start_sandbox

LARGE_REGION = json.dumps(
    {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[-4.6, 55.7], [-4.1, 55.7], [-4.1, 56.0], [-4.6, 56.0], [-4.6, 55.7]]],
                },
            }
        ],
    }
).encode()


def _wait(predicate, timeout=60.0):
    deadline = time.time() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.time() > deadline:
            raise TimeoutError("condition not reached")
        time.sleep(0.2)


def test_grouped_run_has_slices_and_an_aggregator_csv(sandbox):
    client = ApiClient(sandbox)
    region = client.create_data("Large region", [("large.geojson", "GeoJSON", LARGE_REGION)])
    service = client.service("Cloud")
    created = client.create_process(client.template(service["id"]), "Clouds", [region["id"]])
    assert created.status_code == 200, created.text
    process_id = created.json()["model"]["id"]
    client.post(client.o(f"/processes/{process_id}/execute")).raise_for_status()
    process = client.wait_process_stopped(process_id)
    executions = client.executions(process_id)
    assert len(executions) == process["non_aggregator_count"] + process["aggregator_count"]
    assert process["non_aggregator_count"] > 1 and process["aggregator_count"] == 1
    group = {e["group_id"] for e in executions}
    assert len(group) == 1 and None not in group
    assert sorted(e["group_index"] for e in executions) == list(range(1, len(executions) + 1))
    assert all(e["group_count"] == len(executions) and e["success"] for e in executions)
    by_group = client.get(
        client.o(f"/processes/{process_id}/executions"),
        params={"filter[group_id__eq]": executions[0]["group_id"], "limit": 100},
    ).json()["list"]
    assert len(by_group) == len(executions)
    aggregator = max(executions, key=lambda e: e["group_index"])
    (component,) = client.components(aggregator["id"])
    assert component["name"] == "Statistics Aggregator"
    (output,) = component["outputs"]
    (record,) = client.files(output)
    assert record["file_type"] == "CSV"
    rows = list(csv.reader(io.StringIO(requests.get(client.download_url(output, record["file_id"]), timeout=30).text)))
    assert len(rows) >= process["non_aggregator_count"] + 1


def test_repeating_schedule_runs_repeat_count_times(sandbox):
    client = ApiClient(sandbox)
    region = client.create_data("Schedule region", [("g.geojson", "GeoJSON", glasgow_bytes())])
    start = datetime.now(timezone.utc).isoformat()
    created = client.create_process(
        client.template(client.service("Elevation")["id"]),
        "Repeats",
        [region["id"]],
        run_type="run_schedule",
        repeat_count=2,
        repeat_start=start,
        repeat_gap=json.dumps({"seconds": 1}),
    )
    assert created.status_code == 200, created.text
    process_id = created.json()["model"]["id"]
    client.post(client.o(f"/processes/{process_id}/execute")).raise_for_status()
    process = client.wait_process_stopped(process_id)
    executions = client.executions(process_id)
    assert len(executions) == 2 and all(e["success"] for e in executions)
    assert process["repeat_count"] == 0
    newest_first = client.get(client.o(f"/processes/{process_id}/executions"), params={"reverse": "True"}).json()[
        "list"
    ]
    assert [e["id"] for e in newest_first] == [e["id"] for e in executions[::-1]]


def test_delete_expiry_in_the_past_purges_the_execution(sandbox):
    client = ApiClient(sandbox)
    region = client.create_data("Expiry region", [("g.geojson", "GeoJSON", glasgow_bytes())])
    created = client.create_process(client.template(client.service("Elevation")["id"]), "Expires", [region["id"]])
    process_id = created.json()["model"]["id"]
    client.post(client.o(f"/processes/{process_id}/execute")).raise_for_status()
    client.wait_process_stopped(process_id)
    (execution,) = client.executions(process_id)
    past = (datetime.now(timezone.utc) - timedelta(minutes=1)).isoformat()
    answer = client.post(
        client.o(f"/process_executions/{execution['id']}/change_delete_expiry"),
        json={"ProcessExecution": {"delete_expiry": past}},
    )
    assert answer.status_code == 200 and answer.json() == {}
    _wait(lambda: client.get(client.o(f"/process_executions/{execution['id']}")).status_code == 404, 30)


def test_restart_fails_running_executions(tmp_path):
    data_dir = tmp_path / "data"
    server = start_sandbox(data_dir, env={"SANDBOX_EXECUTION_DELAY": "120"})
    try:
        client = ApiClient(server)
        region = client.create_data("Restart region", [("g.geojson", "GeoJSON", glasgow_bytes())])
        created = client.create_process(client.template(client.service("Elevation")["id"]), "Restart", [region["id"]])
        process_id = created.json()["model"]["id"]
        client.post(client.o(f"/processes/{process_id}/execute")).raise_for_status()
        _wait(lambda: client.executions(process_id))
    finally:
        server.stop()
    server = start_sandbox(data_dir)
    try:
        client = ApiClient(server)
        (execution,) = client.executions(process_id)
        assert execution["progress"] == 100 and execution["success"] is False
        assert execution["abort_reason"] == "Sandbox restarted"
        assert client.get(client.o(f"/processes/{process_id}")).json()["model"]["process_status"] == "stop"
        assert client.get(client.o(f"/data/{region['id']}")).status_code == 200  # data survived the restart
    finally:
        server.stop()
