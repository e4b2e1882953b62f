"""Sandbox processes and the execution engine against a real server."""

from __future__ import annotations

import time

import pytest
import requests
from osgeo import gdal

from sandbox.testing import ApiClient, glasgow_bytes

gdal.UseExceptions()


@pytest.fixture(scope="module")
def client(sandbox):
    return ApiClient(sandbox)


@pytest.fixture(scope="module")
def glasgow(client):
    return client.create_data("Glasgow region", [("glasgow.geojson", "GeoJSON", glasgow_bytes())])


@pytest.fixture(scope="module")
def elevation(client):
    return client.service("Elevation")


def _run(client, process_id):
    answer = client.post(client.o(f"/processes/{process_id}/execute"))
    assert answer.status_code == 200, answer.text
    assert answer.json()["model"]["process_status"] == "execute"
    return client.wait_process_stopped(process_id)


def test_template_shape(client, elevation):
    template = client.template(elevation["id"])
    assert template["service_id"] == elevation["id"] and template["run_type"] == "run_once"
    assert template["repeat_count"] == 1 and template["repeat_start"].endswith("+00:00")
    assert template["inputs"] and all("id" not in entry for entry in template["inputs"])
    # Every option carries "value" (the SDK indexes it): a string, or null when unset.
    assert all(o["value"] is None or isinstance(o["value"], str) for o in template["options"])
    assert any(isinstance(o["value"], str) for o in template["options"])
    answer = client.get(client.o("/processes/new"), params={"service_id": elevation["id"]}).json()
    assert isinstance(answer["extras"]["dispatchers"], list)


def test_invalid_options_and_inputs_give_field_errors(client, elevation, glasgow):
    template = client.template(elevation["id"])
    answer = client.create_process(template, "Bad", [glasgow["id"]], {"resolution": "1", "units": "inches"})
    assert answer.status_code == 400
    errors = answer.json()["extras"]["errors"]
    assert set(errors) >= {"resolution", "units"}
    assert "resolution" in answer.json()["error_message"] and "units" in answer.json()["error_message"]
    missing = client.create_process(template, "No input", [None], {"resolution": None})
    assert missing.status_code == 400
    errors = missing.json()["extras"]["errors"]
    assert "input_1" in errors and "resolution" in errors
    dem = client.create_data("Raster not region", [("x.csv", "CSV", b"a,b\n1,2\n")])
    wrong_type = client.create_process(template, "Wrong type", [dem["id"]])
    assert wrong_type.status_code == 400 and "input_1" in wrong_type.json()["extras"]["errors"]


def test_execute_elevation_outputs_open_in_gdal(client, elevation, glasgow, tmp_path):
    credits_before = client.get(client.o(f"/credits/{client.org}")).json()["model"]["any_credits"]
    created = client.create_process(client.template(elevation["id"]), "Glasgow elevation", [glasgow["id"]])
    assert created.status_code == 200, created.text
    process = created.json()["model"]
    assert process["process_status"] == "draft" and process["has_executions"] == ""
    assert process["price"] > 0 and "dispatchers" in created.json()["extras"]
    assert process["inputs"][0]["id"] == glasgow["id"]
    finished = _run(client, process["id"])
    assert finished["has_executions"] == "executions"
    (summary,) = finished["executions"]
    assert summary["job_status"] == "success" and summary["started_at"] >= finished["repeat_start"]
    (execution,) = client.executions(process["id"])
    assert execution["success"] is True and execution["progress"] == 100
    credits_after = client.get(client.o(f"/credits/{client.org}")).json()["model"]["any_credits"]
    assert credits_after == pytest.approx(credits_before - process["price"])
    (component,) = client.components(execution["id"])
    assert component["name"] and "intermediate" in component and component["outputs"]
    logs = client.get(
        client.o(f"/process_service_executions/{component['id']}/logs"), params={"reverse": "True"}
    ).json()["list"]
    assert logs and all(entry["logged_at"] and entry["message"] for entry in logs)
    opened = 0
    for data_id in component["outputs"]:
        output = client.get(client.o(f"/data/{data_id}")).json()["model"]
        assert output["organisation_id"] == client.org
        for record in client.files(data_id):
            assert "size" in record and record["publishable"] is True
            target = tmp_path / record["file_name"]
            target.write_bytes(requests.get(client.download_url(data_id, record["file_id"]), timeout=30).content)
            dataset = gdal.OpenEx(str(target))
            assert dataset is not None
            opened += 1
    assert opened >= 1
    # Outputs are not "uploaded" data.
    uploaded = client.get(client.o("/data/uploaded"), params={"limit": 1000}).json()["list"]
    assert not {d["id"] for d in uploaded} & set(component["outputs"])


def test_update_rules_and_delete(client, elevation, glasgow):
    created = client.create_process(client.template(elevation["id"]), "Rules", [glasgow["id"]]).json()["model"]
    body = {f"Process[{k}]": v for k, v in created.items()}
    body["Process[options]"] = [dict(o, value="40") if o["name"] == "resolution" else o for o in created["options"]]
    draft = client.patch(client.o(f"/processes/{created['id']}"), json=body)
    assert draft.status_code == 200
    assert {o["name"]: o.get("value") for o in draft.json()["model"]["options"]}["resolution"] == "40"
    in_use = client.delete(client.o(f"/data/{glasgow['id']}"))
    assert in_use.status_code == 409
    stopped = _run(client, created["id"])
    body = {f"Process[{k}]": v for k, v in stopped.items()}
    body["Process[options]"] = [dict(o, value="50") if o["name"] == "resolution" else o for o in stopped["options"]]
    refused = client.patch(client.o(f"/processes/{created['id']}"), json=body)
    assert refused.status_code == 409 and "copy" in refused.json()["error_message"]
    body = {f"Process[{k}]": v for k, v in stopped.items()}
    body["Process[name]"] = "Renamed after run"
    body["Process[repeat_gap]"] = "relativedelta(days=+1)"  # the SDK's echo of a parsed gap: ignored
    renamed = client.patch(client.o(f"/processes/{created['id']}"), json=body)
    assert renamed.status_code == 200 and renamed.json()["model"]["name"] == "Renamed after run"
    copy = client.get(client.o(f"/processes/{created['id']}/copy")).json()
    assert copy["model"]["inputs"][0]["id"] == glasgow["id"] and "id" not in copy["model"]
    (execution,) = client.executions(created["id"])
    (component,) = client.components(execution["id"])
    output_id = component["outputs"][0]
    record = client.files(output_id)[0]
    url = client.download_url(output_id, record["file_id"])
    deleted = client.delete(client.o(f"/processes/{created['id']}"))
    assert deleted.status_code == 200 and deleted.json() == {}
    assert client.get(client.o(f"/processes/{created['id']}")).status_code == 404
    assert client.get(client.o(f"/process_executions/{execution['id']}")).status_code == 404
    assert client.get(client.o(f"/data/{output_id}")).status_code == 404
    # docs/api-contract.md §11.10: a download URL handed out before the delete keeps working.
    assert requests.get(url, timeout=30).status_code == 200


def test_insufficient_credits(client, sandbox, elevation, glasgow):
    created = client.create_process(client.template(elevation["id"]), "Poor", [glasgow["id"]]).json()["model"]
    sandbox.admin("POST", "credits", {"organisation_id": client.org, "credits": 0})
    try:
        answer = client.post(client.o(f"/processes/{created['id']}/execute"))
        assert answer.status_code == 402
        assert "Insufficient credits" in answer.json()["error_message"]
        assert client.get(client.o(f"/processes/{created['id']}")).json()["model"]["process_status"] == "draft"
    finally:
        sandbox.admin("POST", "credits", {"organisation_id": client.org, "credits": 10000})


def test_failing_service_reports_reason(client, elevation, glasgow):
    created = client.create_process(
        client.template(elevation["id"]), "Fails", [glasgow["id"]], {"simulate_failure": "true"}
    )
    assert created.status_code == 200, created.text
    _run(client, created.json()["model"]["id"])
    (execution,) = client.executions(created.json()["model"]["id"])
    assert execution["progress"] == 100 and execution["success"] is False
    assert "Simulated failure" in execution["abort_reason"]


def test_email_and_s3_dispatchers(client, sandbox, elevation, glasgow):
    template = client.template(elevation["id"])
    dispatchers = client.get(client.o("/processes/new"), params={"service_id": elevation["id"]}).json()["extras"][
        "dispatchers"
    ]
    email = next(d for d in dispatchers if "mail" in d["name"].lower())
    s3 = next(d for d in dispatchers if "S3" in d["name"])

    def with_values(dispatcher, values):
        return dict(
            dispatcher, options=[dict(o, value=values.get(o["name"], o.get("value"))) for o in dispatcher["options"]]
        )

    chosen = [
        with_values(email, {"emails": sandbox.email, "message": "Dispatch test", "condition": "inputs == 1"}),
        with_values(
            s3,
            {
                "bucket": "sandbox-bucket",
                "access_key_id": "SANDBOXKEY",
                "secret_access_key": "sandbox-secret",
                "s3_key_format": "{process_name}/{file_name}",
            },
        ),
        with_values(s3, {"bucket": "denied-bucket", "access_key_id": "SANDBOXKEY", "secret_access_key": "wrong"}),
    ]
    bad = client.create_process(
        template, "Bad dispatch", [glasgow["id"]], dispatchers=[with_values(email, {"condition": "__import__('os')"})]
    )
    assert bad.status_code == 400
    assert {"dispatcher_1.emails", "dispatcher_1.condition"} <= set(bad.json()["extras"]["errors"])
    created = client.create_process(template, "Dispatched", [glasgow["id"]], dispatchers=chosen)
    assert created.status_code == 200, created.text
    _run(client, created.json()["model"]["id"])
    mails = [p.read_text() for p in (sandbox.data_dir / "outbox").glob("*.eml")]
    assert any("Dispatched" in m and "Dispatch test" in m for m in mails)
    copied = list((sandbox.data_dir / "buckets" / "sandbox-bucket" / "Dispatched").glob("*"))
    assert copied and copied[0].stat().st_size > 0
    assert not (sandbox.data_dir / "buckets" / "denied-bucket").exists()


def test_stop_a_running_execution(sandbox_factory):
    server = sandbox_factory(env={"SANDBOX_EXECUTION_DELAY": "60"})
    client = ApiClient(server)
    glasgow = client.create_data("Glasgow", [("glasgow.geojson", "GeoJSON", glasgow_bytes())])
    created = client.create_process(client.template(client.service("Elevation")["id"]), "Long", [glasgow["id"]])
    process_id = created.json()["model"]["id"]
    assert client.post(client.o(f"/processes/{process_id}/execute")).status_code == 200
    deadline = time.time() + 30
    while not client.executions(process_id) and time.time() < deadline:
        time.sleep(0.1)
    busy = client.patch(client.o(f"/processes/{process_id}"), json={"Process[name]": "Changed"})
    assert busy.status_code == 409
    stopped = client.post(client.o(f"/processes/{process_id}/stop"))
    assert stopped.status_code == 200 and stopped.json()["model"]["process_status"] == "stop"
    (execution,) = client.executions(process_id)
    assert execution["stopped"] is True and execution["progress"] == 100 and execution["success"] is False
    assert execution["abort_reason"] == "Stopped by user"


def test_max_cost_option_refuses_an_expensive_process(client, glasgow):
    service = client.service("Cloud")
    answer = client.create_process(client.template(service["id"]), "Too dear", [glasgow["id"]], {"max_cost": "0.01"})
    assert answer.status_code == 400
    assert "max_cost" in answer.json()["extras"]["errors"]
    fine = client.create_process(client.template(service["id"]), "Affordable", [glasgow["id"]], {"max_cost": "100000"})
    assert fine.status_code == 200, fine.text
