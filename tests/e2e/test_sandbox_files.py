"""Sandbox data and file flows against a real server: upload, analysis, download with Range, errors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import requests
from osgeo import gdal, osr

from sandbox.testing import ApiClient, glasgow_bytes

gdal.UseExceptions()


def _geotiff(path: Path) -> bytes:
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), 50, 40, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((-4.3, 0.002, 0, 55.9, 0, -0.002))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(np.arange(2000, dtype=np.float32).reshape(40, 50))
    dataset.FlushCache()
    dataset = None
    return path.read_bytes()


@pytest.fixture(scope="module")
def client(sandbox):
    return ApiClient(sandbox)


def test_geojson_round_trip_with_range(client):
    content = glasgow_bytes()
    data = client.create_data("Glasgow", [("glasgow.geojson", "GeoJSON", content)])
    (record,) = client.files(data["id"])
    assert record["size"] == len(content) and record["publishable"] is True and record["error"] is False
    assert record["file_name"] == "glasgow.geojson" and record["file_type"] == "GeoJSON"
    assert record["crs"] == "EPSG:4326" and record["polygons"] == 1
    assert record["bounds"] == pytest.approx([-4.30, 55.84, -4.22, 55.88], abs=1e-6)
    assert record["stac_item"]["type"] == "Feature" and record["stac_item_file"] == ".glasgow.geojson.stac"
    item = client.get(client.o(f"/data/{data['id']}")).json()["model"]
    assert item["bounds"] == pytest.approx(record["bounds"])
    url = client.download_url(data["id"], record["file_id"])
    assert "signature=" in url
    full = requests.get(url, timeout=30)
    assert full.status_code == 200 and full.content == content
    assert int(full.headers["content-length"]) == len(content)
    assert full.headers.get("accept-ranges") == "bytes"
    part = requests.get(url, headers={"Range": "bytes=10-19"}, timeout=30)
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 10-19/{len(content)}"
    assert part.content == content[10:20]
    preview = requests.get(client.download_url(data["id"], record["file_id"], preview=True), timeout=30)
    assert preview.status_code == 200 and preview.content.startswith(b"\x89PNG")
    # A tampered signature is refused.
    assert requests.get(url.replace("signature=", "signature=0"), timeout=30).status_code == 403


def test_geotiff_round_trip_opens_in_gdal(client, tmp_path):
    content = _geotiff(tmp_path / "dem.tif")
    data = client.create_data("DEM", [("dem.tif", "GeoTIFF", content)])
    (record,) = client.files(data["id"])
    assert record["publishable"] is True and record["crs"] == "EPSG:4326"
    assert record["bounds"] == pytest.approx([-4.3, 55.82, -4.2, 55.9], abs=1e-6)
    assert record["selectors"][0]["selector"] == "1"
    body = requests.get(client.download_url(data["id"], record["file_id"]), timeout=30).content
    out = tmp_path / "back.tif"
    out.write_bytes(body)
    dataset = gdal.Open(str(out))
    assert (dataset.RasterXSize, dataset.RasterYSize) == (50, 40)
    assert dataset.GetRasterBand(1).ReadAsArray()[1, 2] == 52


def test_broken_upload_reports_a_reason(client):
    data = client.create_data("Broken", [("broken.geojson", "GeoJSON", b'{"type": "FeatureCollection", "feat')])
    (record,) = client.files(data["id"])
    assert record["error"] is True and record["publishable"] is False
    assert record["error_message"] and "GeoJSON" in record["error_message"]
    assert record["size"] > 0


def test_upload_url_is_single_use_and_signed(client):
    data = client.post(client.o("/data"), json={"Data[name]": "Once"}).json()["model"]
    added = client.post(
        client.o(f"/data/{data['id']}/add_file"), json={"Data": {"name": "a.geojson", "file_type": "GeoJSON"}}
    ).json()["extras"]
    forged = added["url"].replace("signature=", "signature=f")
    assert requests.put(forged, data=glasgow_bytes(), timeout=30).status_code == 403
    assert requests.put(added["url"], data=glasgow_bytes(), timeout=30).status_code == 200
    again = requests.put(added["url"], data=glasgow_bytes(), timeout=30)
    assert again.status_code == 409 and again.json()["error_message"]


def test_hostile_file_name_is_only_metadata(client, sandbox):
    data = client.create_data("Hostile", [("../../etc/passwd", "GeoJSON", glasgow_bytes())])
    (record,) = client.files(data["id"])
    assert record["file_name"] == "passwd"
    stored = sandbox.data_dir / "files" / record["file_id"]
    assert stored.read_bytes() == glasgow_bytes()
    assert not (sandbox.data_dir.parent / "etc").exists()
    assert not list(sandbox.data_dir.rglob("passwd"))


def test_oversized_upload_is_refused(sandbox_factory):
    server = sandbox_factory(env={"SANDBOX_MAX_UPLOAD": "1000"})
    small = ApiClient(server)
    data = small.post(small.o("/data"), json={"Data[name]": "Big"}).json()["model"]
    added = small.post(
        small.o(f"/data/{data['id']}/add_file"), json={"Data": {"name": "big.tif", "file_type": "GeoTIFF"}}
    ).json()["extras"]
    answer = requests.put(added["url"], data=b"x" * 5000, timeout=30)
    assert answer.status_code == 413
    assert "limit" in answer.json()["error_message"]

    def chunks():  # no Content-Length: the limit must hold while streaming too
        for _ in range(10):
            yield b"y" * 500

    streamed = requests.put(added["url"], data=chunks(), timeout=30)
    assert streamed.status_code == 413
    assert not list((server.data_dir / "files").glob("*"))
    assert not list((server.data_dir / "tmp").glob("*"))


def test_data_paging_cursor_reverse_filter_and_search(sandbox_factory):
    server = sandbox_factory()
    client = ApiClient(server)
    names = [f"Paging {i}" for i in range(5)]
    for name in names:
        assert client.post(client.o("/data"), json={"Data[name]": name}).status_code == 200

    def walk(reverse: str) -> list[str]:
        seen, params = [], {"limit": 2, "reverse": reverse}
        while True:
            page = client.get(client.o("/data/uploaded"), params=params).json()
            seen += [item["name"] for item in page["list"]]
            if not page["last"]:
                return seen
            params = {"limit": 2, "reverse": reverse, **{f"last[{k}]": v for k, v in page["last"].items()}}

    assert walk("False") == names
    assert walk("True") == names[::-1]
    begins = client.get(client.o("/data/uploaded"), params={"filter[name__begins_with]": "Paging 3"}).json()
    assert [d["name"] for d in begins["list"]] == ["Paging 3"]
    search = client.get(client.o("/data/uploaded"), params={"search": "paging 4"}).json()
    assert [d["name"] for d in search["list"]] == ["Paging 4"]
    first = client.get(client.o("/data/uploaded"), params={"limit": 1}).json()
    assert first["last"] is not None and len(first["list"]) == 1


def test_client_chosen_id_copy_rename_delete(client):
    chosen = "5b7c2f7e-0d4e-4f63-9f1e-3c6d1f0a9b11"
    created = client.post(
        client.o("/data"), json={"Data[name]": "Chosen", "Data[id]": chosen, "Data[bounds]": None, "Data[unknown]": 1}
    )
    assert created.status_code == 200 and created.json()["model"]["id"] == chosen
    added = client.post(
        client.o(f"/data/{chosen}/add_file"), json={"Data": {"name": "g.geojson", "file_type": "GeoJSON"}}
    ).json()["extras"]
    requests.put(added["url"], data=glasgow_bytes(), timeout=30).raise_for_status()
    client.wait_analysed(chosen)
    assert client.post(client.o("/data"), json={"Data[name]": "Dup", "Data[id]": chosen}).status_code == 409
    copy = client.post(client.o(f"/data/{chosen}/copy"), json={"Data": {"name": "Copied"}}).json()["model"]
    assert copy["id"] != chosen and copy["name"] == "Copied"
    (copied_file,) = client.files(copy["id"])
    assert copied_file["size"] == len(glasgow_bytes()) and copied_file["publishable"] is True
    renamed = client.patch(client.o(f"/data/{copy['id']}"), json={"Data[name]": "Renamed"}).json()["model"]
    assert renamed["name"] == "Renamed"
    deleted = client.delete(client.o(f"/data/{copy['id']}"))
    assert deleted.status_code == 200 and deleted.json() == {}
    assert client.get(client.o(f"/data/{copy['id']}")).status_code == 404
    bad_type = client.post(client.o(f"/data/{chosen}/add_file"), json={"Data": {"name": "x", "file_type": "Nope"}})
    assert bad_type.status_code == 400
    no_preview = client.get(client.o(f"/data/{chosen}/download_file/{added['file']}"), params={"preview": "True"})
    assert no_preview.status_code in (200, 404)
    assert json.loads(no_preview.text)
