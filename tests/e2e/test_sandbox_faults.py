"""Sandbox fault injection and request statistics against a real server.

Each test uses its own server (``sandbox_factory``) because fault rules and counters are server-wide.
"""

from __future__ import annotations

import http.client
import json
from urllib.parse import urlsplit

import pytest
import requests

from sandbox.testing import ApiClient, glasgow_bytes


@pytest.fixture
def server(sandbox_factory):
    return sandbox_factory()


def test_503_for_a_number_of_requests_then_normal(server):
    client = ApiClient(server)
    server.admin("DELETE", "stats")
    server.admin(
        "POST", "faults", {"rules": [{"path": r"/organisations/[^/]+$", "method": "GET", "status": 503, "count": 2}]}
    )
    answers = [client.get(client.o()) for _ in range(3)]
    assert [a.status_code for a in answers] == [503, 503, 200]
    assert answers[0].json()["error_message"]
    stats = server.admin("GET", "stats")
    assert stats["requests"]["GET /organisations/{org}"] == 3
    assert stats["total"] == 3
    server.admin("DELETE", "stats")
    assert server.admin("GET", "stats")["total"] == 0


def test_429_with_retry_after(server):
    client = ApiClient(server)
    server.admin("POST", "faults", {"rules": [{"path": "/users/", "status": 429, "retry_after": 2, "count": None}]})
    answer = client.get(f"/users/{client.user_id}")
    assert answer.status_code == 429 and answer.headers["Retry-After"] == "2"
    assert client.get(client.o()).status_code == 200  # other paths unaffected
    server.admin("DELETE", "faults")
    assert client.get(f"/users/{client.user_id}").status_code == 200


def read_until_closed(url: str) -> tuple[int, bytes]:
    """(announced Content-Length, every body byte that arrived before the server closed the connection).

    Read with the standard library's ``http.client``, whose ``read(n)`` returns what arrived and then ``b""`` at
    the close, so the result shows what the server sent, not how a client library treats a short body.
    """
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", f"{parts.path}?{parts.query}" if parts.query else parts.path)
        answer = connection.getresponse()
        announced = int(answer.getheader("Content-Length"))
        received = b""
        while piece := answer.read(1024):
            received += piece
        return announced, received
    finally:
        connection.close()


def test_truncated_download_and_dropped_connection(server):
    client = ApiClient(server)
    content = glasgow_bytes() * 20
    data = client.create_data("Big", [("big.geojson", "Other", content)])
    (record,) = client.files(data["id"])
    url = client.download_url(data["id"], record["file_id"])
    server.admin("POST", "faults", {"rules": [{"path": "^/files/download/", "truncate": 100, "count": 1}]})
    # the full length is announced, exactly 100 bytes are sent, then the connection closes
    assert read_until_closed(url) == (len(content), content[:100])
    # what a client resumes with: the rest, as a 206 with its Content-Range
    rest = requests.get(url, headers={"Range": "bytes=100-"}, timeout=30)
    assert rest.status_code == 206 and rest.content == content[100:]
    assert rest.headers["Content-Range"] == f"bytes 100-{len(content) - 1}/{len(content)}"
    assert requests.get(url, timeout=30).content == content
    server.admin("POST", "faults", {"rules": [{"path": "^/organisations/", "drop": True, "count": 1}]})
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(server.url + client.o(), headers={"Authorization": f"Bearer {client.access_token}"}, timeout=30)
    assert client.get(client.o()).status_code == 200


def test_throttled_file_urls_and_their_transfer_records(server):
    """``throttle`` paces a file URL's bodies (a test can stop a client mid-transfer on the bytes that arrived);
    ``transfers`` in the stats says which Range each request asked for and how many body bytes went each way."""
    client = ApiClient(server)
    content = glasgow_bytes() * 40
    data = client.create_data("Slow", [("slow.geojson", "Other", content)])
    (record,) = client.files(data["id"])
    url = client.download_url(data["id"], record["file_id"])
    server.admin("DELETE", "stats")
    server.admin("POST", "faults", {"rules": [{"path": "^/files/download/", "throttle": len(content) * 4}]})
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request("GET", f"{parts.path}?{parts.query}")
        answer = connection.getresponse()
        first = answer.read1(len(content))
        assert 0 < len(first) < len(content)  # paced: one read brings a tenth of a second's worth, not the body
        assert first + answer.read() == content
    finally:
        connection.close()
    assert requests.get(url, headers={"Range": "bytes=1000-"}, timeout=30).content == content[1000:]
    transfers = server.admin("GET", "stats")["transfers"]
    assert [(t["method"], t["range"], t["sent"]) for t in transfers] == [
        ("GET", None, len(content)),
        ("GET", "bytes=1000-", len(content) - 1000),
    ]
    server.admin("POST", "faults", {"rules": [{"path": "^/files/download/", "truncate": 100, "count": 1}]})
    assert read_until_closed(url) == (len(content), content[:100])  # truncation still cuts through the meter
    assert server.admin("GET", "stats")["transfers"][-1]["sent"] == 100


def test_delay_rule_still_answers(server):
    client = ApiClient(server)
    server.admin("POST", "faults", {"rules": [{"path": "/credits/", "delay": 0.3, "count": 1}]})
    assert client.get(client.o(f"/credits/{client.org}")).status_code == 200
    assert server.admin("GET", "faults")["rules"][0]["count"] == 0


def test_faults_from_environment(sandbox_factory):
    rules = [{"path": "/services/latest", "status": 500, "count": 1}]
    server = sandbox_factory(env={"SANDBOX_FAULTS": json.dumps(rules)})
    client = ApiClient(server)
    first = client.get(client.o("/services/latest"))
    assert first.status_code == 500 and first.json()["error_message"]
    assert client.get(client.o("/services/latest")).status_code == 200


def test_invalid_rules_are_refused(server):
    answer = requests.post(f"{server.url}/__sandbox__/faults", json={"rules": [{"status": 500}]}, timeout=30)
    assert answer.status_code == 400
    assert server.admin("GET", "faults") == {"rules": []}
