"""Sandbox services listing, execution PATCH/DELETE and upload-URL expiry against a real server."""

from __future__ import annotations

import time

import pytest

from sandbox.testing import ApiClient, glasgow_bytes


@pytest.fixture(scope="module")
def client(sandbox):
    return ApiClient(sandbox)


def test_service_lookups(client):
    latest = client.get(client.o("/services/latest"), params={"limit": 100, "reverse": "False"}).json()
    assert latest["list"] and latest["last"] is None
    elevation = client.service("Elevation")
    assert "Elevation" in elevation["keywords"]
    for params in (
        {"filter[id__eq]": elevation["id"]},
        {"filter[ssd_id__eq]": elevation["ssd_id"]},
        {"filter[name__begins_with]": elevation["name"][:5]},
        {"search": elevation["name"].lower()},
    ):
        found = client.get(client.o("/services/latest"), params=dict(params, limit=1)).json()["list"]
        assert found and found[0]["id"] == elevation["id"], params
    none = client.get(client.o("/services/latest"), params={"filter[keywords__contains]": "elevation"}).json()
    assert none["list"] == []  # keyword filter is case-sensitive
    one = client.get(client.o(f"/services/{elevation['id']}")).json()["model"]
    assert one["ssd_id"] == elevation["ssd_id"]
    for key in ("documentation_summary", "documentation_description", "categories", "image_id", "license_id"):
        assert one[key] is not None
    dispatchers = client.get(client.o("/services/dispatchers")).json()["list"]
    assert {"AWS S3"} <= {d["name"] for d in dispatchers}
    required = (
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
    )
    for dispatcher in dispatchers:  # listed as full Service objects (the SDK validates every R field)
        assert all(dispatcher.get(key) is not None for key in required), dispatcher
        assert client.get(client.o(f"/services/{dispatcher['id']}")).json()["model"]["ssd_id"] == dispatcher["ssd_id"]
    by_name = client.get(client.o("/services/dispatchers"), params={"filter[name__begins_with]": "AWS"}).json()
    assert [d["name"] for d in by_name["list"]] == ["AWS S3"]
    assert client.get(client.o("/services/00000000-0000-0000-0000-000000000000")).status_code == 404
    assert client.patch(client.o(f"/services/{elevation['id']}"), json={}).status_code == 403


def test_execution_patch_and_delete(client):
    region = client.create_data("Exec region", [("g.geojson", "GeoJSON", glasgow_bytes())])
    created = client.create_process(client.template(client.service("Elevation")["id"]), "Exec", [region["id"]])
    process_id = created.json()["model"]["id"]
    client.post(client.o(f"/processes/{process_id}/execute")).raise_for_status()
    client.wait_process_stopped(process_id)
    (execution,) = client.executions(process_id)
    later = "2099-01-01T00:00:00+00:00"
    patched = client.patch(
        client.o(f"/process_executions/{execution['id']}"),
        json={"ProcessExecution[delete_expiry]": later, "ProcessExecution[success]": False},
    )
    assert patched.status_code == 200
    assert patched.json()["model"]["delete_expiry"] == later and patched.json()["model"]["success"] is True
    bad = client.patch(
        client.o(f"/process_executions/{execution['id']}"), json={"ProcessExecution[delete_expiry]": "tomorrow"}
    )
    assert bad.status_code == 400
    (component,) = client.components(execution["id"])
    assert (
        client.get(client.o(f"/process_service_executions/{component['id']}")).json()["model"]["id"] == component["id"]
    )
    assert client.delete(client.o(f"/process_executions/{execution['id']}")).json() == {}
    assert client.get(client.o(f"/process_executions/{execution['id']}")).status_code == 404
    assert client.get(client.o(f"/process_service_executions/{component['id']}")).status_code == 404
    assert client.get(client.o(f"/data/{component['outputs'][0]}")).status_code == 404
    assert client.get(client.o(f"/processes/{process_id}")).json()["model"]["has_executions"] == ""


def test_unused_upload_url_expires_into_an_error(sandbox_factory):
    server = sandbox_factory(env={"SANDBOX_UPLOAD_URL_TTL": "1"})
    client = ApiClient(server)
    data = client.post(client.o("/data"), json={"Data[name]": "Never uploaded"}).json()["model"]
    client.post(client.o(f"/data/{data['id']}/add_file"), json={"Data": {"name": "x.geojson", "file_type": "GeoJSON"}})
    (record,) = client.files(data["id"])
    assert "size" not in record and "publishable" not in record and "error" not in record
    deadline = time.time() + 30
    while "size" not in record and time.time() < deadline:
        time.sleep(0.3)
        (record,) = client.files(data["id"])
    assert record["error"] is True and "expired" in record["error_message"]
