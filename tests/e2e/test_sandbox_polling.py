"""The execution GET that pollers hit is answered from bytes cached on the record's stored text: the
cache must never answer a changed record with its old body, nor a deleted record, nor another organisation."""

from __future__ import annotations

import pytest

from sandbox.testing import ApiClient

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    from sandbox.testing import start_sandbox

    handle = start_sandbox(tmp_path_factory.mktemp("polling") / "data")
    try:
        handle.admin("POST", "seed", {"processes": 1, "executions": 2, "data": 1, "prefix": "Polled"})
        yield handle
    finally:
        handle.stop()


def _executions(client: ApiClient) -> list[dict]:
    process = client.get(client.o("/processes"), params={"limit": 5}).json()["list"][0]
    answer = client.get(client.o(f"/processes/{process['id']}/executions"), params={"limit": 5})
    return answer.json()["list"]


def test_a_polled_execution_shows_each_change(seeded):
    client = ApiClient(seeded)
    execution = _executions(client)[0]
    path = client.o(f"/process_executions/{execution['id']}")
    first = [client.get(path) for _ in range(3)]  # the second and third come from the cache
    assert all(r.status_code == 200 and r.headers["content-type"].startswith("application/json") for r in first)
    assert first[0].json() == first[1].json() == first[2].json()
    assert first[0].json()["model"]["id"] == execution["id"]
    assert not any(key.startswith("_") for key in first[0].json()["model"])  # internal keys stay internal

    changed = client.patch(path, json={"ProcessExecution[delete_expiry]": "2031-02-03T04:05:06+00:00"})
    assert changed.status_code == 200, changed.text
    again = client.get(path).json()["model"]
    assert again["delete_expiry"].startswith("2031-02-03")
    assert again["delete_expiry"] != first[0].json()["model"].get("delete_expiry")


def test_a_cached_execution_stays_private_and_goes_when_deleted(seeded):
    client = ApiClient(seeded)
    execution = _executions(client)[-1]
    path = client.o(f"/process_executions/{execution['id']}")
    assert client.get(path).status_code == 200  # now cached

    other = ApiClient(seeded, seeded.other_email, seeded.other_password)
    assert other.get(other.o(f"/process_executions/{execution['id']}")).status_code == 404
    assert other.get(path).status_code == 404  # not a member of that organisation

    assert client.delete(path).status_code == 200
    assert client.get(path).status_code == 404
