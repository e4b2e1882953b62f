"""QGIS killed mid-transfer, then started again on the same profile: the work is finished, not started over, and
nothing is doubled (issue 23).

Each case starts a real QGIS process (``crash_driver.py``: python with qgis, offscreen, the staged plugin, a
profile folder) that begins a download or an upload against the sandbox, slowed by the sandbox's ``throttle``
fault; once the ``.part`` file on disk (download) or the bytes the sandbox received (upload) show progress, the
process is killed with SIGKILL - no clean-up code of ours runs. A second process on the same profile then does
what the plugin does after a restart. The sandbox's transfer records prove where the download continued.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from .conftest import STAGED

DRIVER = Path(__file__).with_name("crash_driver.py")
DEADLINE = 240.0  # seconds: only a guard against a hung child, never what a test waits for


def start(mode: str, profile: Path, args: dict) -> subprocess.Popen:
    env = dict(os.environ)
    env.update(
        {
            "HOME": str(profile),
            "XDG_CONFIG_HOME": str(profile / ".config"),
            "QGIS_CUSTOM_CONFIG_PATH": str(profile / "qgis"),
            "QT_QPA_PLATFORM": "offscreen",
            "FP_STAGED_PLUGIN": str(STAGED),
        }
    )
    return subprocess.Popen(
        [sys.executable, str(DRIVER), mode, json.dumps(args)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish(process: subprocess.Popen) -> dict:
    output, _ = process.communicate(timeout=DEADLINE)
    lines = [line for line in output.splitlines() if line.startswith("RESULT ")]
    assert process.returncode == 0 and lines, output[-3000:]
    return json.loads(lines[-1][len("RESULT ") :])


def kill_when(process: subprocess.Popen, condition, what: str) -> None:
    """SIGKILL ``process`` as soon as ``condition()`` holds (polled; the deadline only guards against a hang)."""
    deadline = time.monotonic() + DEADLINE
    while not condition():
        if process.poll() is not None:
            pytest.fail(f"the QGIS process ended before {what}: {process.stdout.read()[-3000:]}")
        assert time.monotonic() < deadline, f"no {what}"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


@pytest.fixture
def client(sandbox):
    import fusion_platform_qgis.api as fp

    user = fp.login(email=sandbox.email, password=sandbox.password, api_url=sandbox.url)
    yield next(user.organisations)
    sandbox.admin("DELETE", "faults")


def base_args(sandbox, **more) -> dict:
    return {"api_url": sandbox.url, "email": sandbox.email, "password": sandbox.password, **more}


def finished_run(organisation):
    """An elevation run over Glasgow at a fine resolution (an output of a few MB), finished."""
    import fusion_platform_qgis.api as fp

    region = organisation.create_data(
        f"Crash region {uuid.uuid4().hex[:6]}", "GeoJSON", [fp.EXAMPLE_GLASGOW_FILE], wait=True
    )
    service, _ = organisation.find_services(keyword="Elevation")
    process = organisation.new_process(name=f"Crash {uuid.uuid4().hex[:6]}", service=service)
    process.update(input_number=1, data=region)
    process.update(option_name="resolution", value=10)
    process.create()
    process.execute()
    process.wait_for_next_execution()
    execution = next(process.executions)
    execution.check_complete(wait=True)
    return process, execution


def test_a_download_killed_midway_continues_from_its_part_after_the_restart(sandbox, client, tmp_path):
    from fusion_platform_qgis.qgis_support.outputs import downloads as outputs

    process, execution = finished_run(client)
    listing = outputs.list_outputs(client.session, str(client.id), str(execution.id))
    (output,) = [f for c in listing for o in c["outputs"] for f in o["files"] if f["file_type"] == "GeoTIFF"]
    size = int(output["size"])
    assert size > 300_000  # big enough to be cut
    profile, folder = tmp_path / "profile", tmp_path / "downloads"
    args = base_args(
        sandbox,
        folder=str(folder),
        process={"id": str(process.id), "name": process.name},
        executions=[{"id": str(execution.id)}],
    )
    sandbox.admin("POST", "faults", {"rules": [{"path": "^/files/download/", "throttle": size // 12}]})
    sandbox.admin("DELETE", "stats")
    first = start("download", profile, args)

    def parts() -> list:
        return [p for p in folder.rglob("*.part")] if folder.exists() else []

    kill_when(first, lambda: any(p.stat().st_size >= size // 4 for p in parts()), "quarter of the file on disk")
    (part,) = parts()
    kept = part.stat().st_size
    assert 0 < kept < size

    sandbox.admin("DELETE", "faults")
    sandbox.admin("DELETE", "stats")
    second = finish(start("resume-download", profile, args))
    assert second["resumed"] == [str(execution.id)] and second["journal_after"] == []
    downloads = [t for t in sandbox.admin("GET", "stats")["transfers"] if t["path"].startswith("/files/download/")]
    # one request, for exactly the bytes the killed QGIS had not written: nothing fetched twice
    assert [(t["range"], t["sent"]) for t in downloads] == [(f"bytes={kept}-", size - kept)]
    target = part.with_suffix("")
    assert not parts() and not list(folder.rglob("*.part.json"))
    check = tmp_path / "check.tif"
    (record,) = [f for f in client.get_data(output["data_id"]).files]
    record.download(path=str(check), wait=True)
    assert target.read_bytes() == check.read_bytes()


def test_an_upload_killed_midway_is_shown_interrupted_and_resumed_without_a_duplicate(sandbox, client, tmp_path):
    import numpy
    from osgeo import gdal

    source = tmp_path / "big.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(source), 1500, 1000, 1, gdal.GDT_Float64)
    dataset.SetGeoTransform([-4.3, 0.0001, 0, 55.9, 0, -0.0001])
    dataset.SetProjection("EPSG:4326")
    dataset.GetRasterBand(1).WriteArray(numpy.random.default_rng(23).random((1000, 1500)))
    dataset = None
    size = source.stat().st_size
    name = f"Crash upload {uuid.uuid4().hex[:6]}"
    profile = tmp_path / "profile"
    args = base_args(sandbox, path=str(source), name=name)
    sandbox.admin("POST", "faults", {"rules": [{"path": "^/files/upload/", "throttle": size // 12}]})
    sandbox.admin("DELETE", "stats")
    first = start("upload", profile, args)

    def received() -> int:
        puts = [t for t in sandbox.admin("GET", "stats")["transfers"] if t["method"] == "PUT"]
        return max((t["received"] for t in puts), default=0)

    kill_when(first, lambda: received() >= size // 4, "quarter of the upload received")
    (dead,) = [d for d in client.data if d.name == name]
    assert [f.size for f in dead.files] == [None]  # what the issue saw: an item whose file has no size

    sandbox.admin("DELETE", "faults")
    second = finish(start("resume-upload", profile, args))
    (found,) = second["result"]
    assert found["state"] == "interrupted" and found["resumable"] and found["data_id"] == str(dead.id)
    assert second["journal_after"] == []
    items = [d for d in client.data if d.name == name]
    assert [str(d.id) for d in items] == [found["outcome"]]  # one item: the dead one was replaced, not doubled
    assert [f.size for f in items[0].files] == [size]
