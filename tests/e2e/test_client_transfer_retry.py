"""Signed-URL transfers against the sandbox under fault injection: downloads wait out 503/429 (Retry-After) and
broken connections and resume; an upload PUT refused by busy storage is repeated, one refused for good removes
its data item.

Why end to end: the faults are produced by the sandbox's real transport (uvicorn), so the client meets the same
status lines, headers and half-closed connections it would meet from storage behind a signed URL.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import fusion_platform_qgis.api as fp
from fusion_platform_qgis.api import errors, transfer

QUICK_RETRY = fp.RetryPolicy(max_attempts=5, max_total_seconds=30, base_delay=0.05, max_delay=0.5)

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def org(sandbox):
    user = fp.login(
        email=sandbox.email,
        password=sandbox.password,
        api_url=sandbox.url,
        retry=QUICK_RETRY,
        session_options={"api_update_wait_period": 1},
    )
    return next(user.organisations)


@pytest.fixture(scope="module")
def glasgow_file(org):
    data = org.create_data(
        name="Glasgow transfer retry", file_type=fp.FILE_TYPE_GEOJSON, files=[fp.EXAMPLE_GLASGOW_FILE], wait=True
    )
    yield next(data.files)
    try:
        data.delete()
    except errors.FusionPlatformError:
        pass


@pytest.fixture
def faults(sandbox):
    def set_rules(*rules):
        sandbox.admin("POST", "faults", {"rules": list(rules)})

    sandbox.admin("DELETE", "stats")
    yield set_rules
    sandbox.admin("DELETE", "faults")


def assert_faults_fired(sandbox):
    rules = sandbox.admin("GET", "faults")["rules"]
    assert rules and [rule.get("count") for rule in rules] == [0] * len(rules)


def requests_to(sandbox, route: str) -> int:
    return sandbox.admin("GET", "stats")["requests"].get(route, 0)


def test_download_waits_out_503_with_retry_after(sandbox, glasgow_file, faults, tmp_path):
    """Through the model (the client's default policy, as the plugin uses it)."""
    faults(
        {
            "path": f"^/files/download/{re.escape(str(glasgow_file.file_id))}$",
            "status": 503,
            "count": 2,
            "retry_after": 1,
        }
    )
    dest = tmp_path / "glasgow.geojson"
    glasgow_file.download(path=str(dest), wait=True)
    assert dest.read_bytes() == Path(fp.EXAMPLE_GLASGOW_FILE).read_bytes()
    assert not Path(str(dest) + transfer.PART_SUFFIX).exists()
    assert_faults_fired(sandbox)
    assert requests_to(sandbox, "GET /files/download/{file_id}") == 3


def test_download_resumes_through_truncation_429_and_drop(sandbox, glasgow_file, faults, tmp_path):
    url = glasgow_file.download_url()
    path = f"^/files/download/{re.escape(str(glasgow_file.file_id))}$"
    faults(
        {"path": path, "truncate": 1000, "count": 1},
        {"path": path, "status": 429, "retry_after": 1, "count": 1},
        {"path": path, "drop": True, "count": 1},
    )
    dest = tmp_path / "resumed.geojson"
    size = transfer.download_file(url, str(dest), retry=QUICK_RETRY)
    assert dest.read_bytes() == Path(fp.EXAMPLE_GLASGOW_FILE).read_bytes() and size == dest.stat().st_size
    assert not Path(str(dest) + transfer.PART_SUFFIX).exists()
    assert_faults_fired(sandbox)
    assert requests_to(sandbox, "GET /files/download/{file_id}") == 4


def test_download_gives_up_cleanly_when_503_persists(sandbox, glasgow_file, faults, tmp_path):
    url = glasgow_file.download_url()
    faults({"path": "^/files/download/", "status": 503, "count": None})
    dest = tmp_path / "never.geojson"
    policy = fp.RetryPolicy(max_attempts=3, max_total_seconds=30, base_delay=0.05, max_delay=0.2)
    with pytest.raises(errors.TransferError) as caught:
        transfer.download_file(url, str(dest), retry=policy)
    assert caught.value.status == 503
    assert not dest.exists() and not Path(str(dest) + transfer.PART_SUFFIX).exists()
    assert requests_to(sandbox, "GET /files/download/{file_id}") == 3


def uploaded_named(org, name):
    return [d for d in org.data if d.name == name]


def test_upload_put_refused_by_busy_storage_is_repeated(sandbox, org, faults):
    """503 then 429: storage did not take the bytes, the same PUT goes again and the item is complete."""
    faults(
        {"path": "^/files/upload/", "method": "PUT", "status": 503, "count": 1},
        {"path": "^/files/upload/", "method": "PUT", "status": 429, "retry_after": 0, "count": 1},
    )
    data = org.create_data(
        name="Upload 503", file_type=fp.FILE_TYPE_GEOJSON, files=[fp.EXAMPLE_GLASGOW_FILE], wait=True
    )
    try:
        assert requests_to(sandbox, "PUT /files/upload/{file_id}") == 3
        assert_faults_fired(sandbox)
        (record,) = data.files
        assert record.size == Path(fp.EXAMPLE_GLASGOW_FILE).stat().st_size
        assert [d.id for d in uploaded_named(org, "Upload 503")] == [data.id]
    finally:
        data.delete()


def test_upload_refused_for_good_removes_the_data_item(sandbox, org, faults):
    faults({"path": "^/files/upload/", "method": "PUT", "status": 403, "count": 1})
    with pytest.raises(errors.TransferError) as caught:
        org.create_data(name="Upload 403", file_type=fp.FILE_TYPE_GEOJSON, files=[fp.EXAMPLE_GLASGOW_FILE], wait=True)
    assert caught.value.status == 403
    assert requests_to(sandbox, "PUT /files/upload/{file_id}") == 1
    assert uploaded_named(org, "Upload 403") == []


def test_a_download_whose_url_expires_midway_continues_with_a_renewed_one(sandbox, glasgow_file, faults, tmp_path):
    """Cut after 500 bytes, then the signed URL refused (expired) when the client resumes: the URL is renewed and
    the download continues from the 500 bytes it has (nothing fetched twice), not from zero."""
    size = Path(fp.EXAMPLE_GLASGOW_FILE).stat().st_size
    faults(
        {"path": "^/files/download/", "method": "GET", "truncate": 500, "count": 1},
        {"path": "^/files/download/", "method": "GET", "status": 403, "count": 1},
    )
    dest = tmp_path / "continued.geojson"
    glasgow_file.download(path=str(dest), wait=True)
    assert dest.read_bytes() == Path(fp.EXAMPLE_GLASGOW_FILE).read_bytes()
    assert_faults_fired(sandbox)
    transfers = [(t["range"], t["sent"]) for t in sandbox.admin("GET", "stats")["transfers"]]
    assert transfers == [
        (None, 500),
        ("bytes=500-", len(b'{"error_message": "Injected fault (403)"}')),
        ("bytes=500-", size - 500),
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["continued.geojson"]


def test_download_with_a_refused_signed_url_asks_for_a_fresh_one(sandbox, glasgow_file, faults, tmp_path):
    faults({"path": "^/files/download/", "method": "GET", "status": 403, "count": 1})
    dest = tmp_path / "renewed.geojson"
    glasgow_file.download(path=str(dest), wait=True)
    assert dest.read_bytes() == Path(fp.EXAMPLE_GLASGOW_FILE).read_bytes()
    assert_faults_fired(sandbox)
    assert requests_to(sandbox, "GET /organisations/{org}/data/{did}/download_file/{file_id}") == 2
