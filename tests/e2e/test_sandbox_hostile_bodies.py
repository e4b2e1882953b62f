"""Malformed or hostile request bodies get a 4xx with an error_message, never a 5xx; another organisation's ids
look exactly like ids that do not exist (no existence oracle), also when used as the id of a new data item."""

from __future__ import annotations

import json
import uuid

import pytest
import requests

from sandbox.testing import ApiClient, glasgow_bytes

DEEP_LIST = "[" * 100_000 + "]" * 100_000
DEEP_OBJECT = '{"a":' * 50_000 + "1" + "}" * 50_000
NESTED_64 = json.dumps({"Data[name]": "x", "extra": json.loads("[" * 64 + "]" * 64)})


@pytest.fixture(scope="module")
def world(sandbox):
    client = ApiClient(sandbox)
    data = client.create_data("Hostile bodies", [("g.geojson", "GeoJSON", glasgow_bytes())])
    service = client.service("Elevation")
    process = client.create_process(client.template(service["id"]), "Hostile bodies", [data["id"]]).json()["model"]
    yield client, data, service, process
    client.delete(client.o(f"/processes/{process['id']}"))
    client.delete(client.o(f"/data/{data['id']}"))


def routes(client, data, process):
    return [
        ("POST", "/users/login"),
        ("PATCH", f"/users/{client.user_id}"),
        ("POST", f"/users/{client.user_id}/change_password"),
        ("PATCH", client.o()),
        ("POST", client.o("/data")),
        ("PATCH", client.o(f"/data/{data['id']}")),
        ("POST", client.o(f"/data/{data['id']}/add_file")),
        ("POST", client.o(f"/data/{data['id']}/copy")),
        ("POST", client.o("/processes")),
        ("PATCH", client.o(f"/processes/{process['id']}")),
    ]


@pytest.mark.parametrize("body", [DEEP_LIST, DEEP_OBJECT, NESTED_64], ids=["deep-list", "deep-object", "nested-64"])
def test_deeply_nested_json_is_a_400(sandbox, world, body):
    client, data, _service, process = world
    for method, path in routes(client, data, process):
        answer = requests.request(
            method,
            sandbox.url + path,
            data=body,
            timeout=60,
            headers={"Authorization": f"Bearer {client.access_token}", "Content-Type": "application/json"},
        )
        assert answer.status_code == 400, (method, path, answer.text[:200])
        assert answer.json()["error_message"]


def test_badly_typed_process_fields_are_4xx(sandbox, world):
    client, data, service, process = world
    bodies = [
        {
            "Process[inputs]": [{"id": {"a": 1}, "input": "x"}, 5, None],
            "Process[options]": [{"name": ["x"], "value": {"a": 1}}, 7],
            "Process[dispatchers]": [{"name": 1, "options": 5}],
        },
        {
            "Process[dispatchers]": [
                {"name": {"a": 1}, "ssd_id": [1], "options": [{"name": {"x": 1}}]},
                {"name": "Email", "options": {"a": 1}},
            ]
        },
    ]
    for body in bodies:
        body = {**body, "Process[service_id]": service["id"], "Process[name]": "typed"}
        for answer in (
            client.post(client.o("/processes"), json=body),
            client.patch(client.o(f"/processes/{process['id']}"), json=body),
        ):
            assert 400 <= answer.status_code < 500, answer.text[:300]
            assert answer.json()["error_message"]


def test_other_organisations_ids_look_like_missing_ones(sandbox, world):
    client, data, service, _process = world
    other = ApiClient(sandbox, sandbox.other_email, sandbox.other_password)
    unknown = str(uuid.uuid4())
    missing = other.get(other.o(f"/data/{unknown}"))
    assert (missing.status_code, missing.json()) == (404, {"error_message": "Data not found"})
    answer = other.post(other.o("/data"), json={"Data[id]": data["id"], "Data[name]": "probe"})
    assert (answer.status_code, answer.json()) == (404, missing.json())
    for path in (f"/data/{data['id']}", f"/data/{data['id']}/files"):
        assert (other.get(other.o(path)).status_code, other.get(other.o(path)).json()) == (404, missing.json())
    # the owner still gets the honest conflict for its own id
    assert client.post(client.o("/data"), json={"Data[id]": data["id"], "Data[name]": "again"}).status_code == 409
