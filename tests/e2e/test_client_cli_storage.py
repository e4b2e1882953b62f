"""The CLI's storage items (docs/api-contract.md §10.5): start uploads them, download and define fetch them."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import fusion_platform_qgis.api as fp
from fusion_platform_qgis.api.cli import storage_id
from tests.e2e.sdk_helpers import SDK_PYTHON

REPO = Path(__file__).resolve().parents[2]


def _cli(sandbox, *args, cwd):
    env = dict(
        os.environ, FUSION_PLATFORM_EMAIL=sandbox.email, FUSION_PLATFORM_PASSWORD=sandbox.password, PYTHONPATH=str(REPO)
    )
    result = subprocess.run(
        [sys.executable, "-m", "fusion_platform_qgis.api", *args, "--api-url", sandbox.url, "--wait-period", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=str(cwd),
    )
    assert sandbox.password not in result.stdout + result.stderr
    return result


def test_storage_id_matches_the_official_sdk():
    """Same derivation as fusion_platform.command.Command (checked by running the SDK's own code)."""
    code = (
        "import uuid,sys; from fusion_platform.command import Command; c=Command();"
        "f=getattr(c,'_Command__get_storage_id');"
        "print(f('p-1', None, None, 's-1', 0)); print(f('p-1', 2, 8, 's-1', 1))"
    )
    lines = subprocess.run([str(SDK_PYTHON), "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert lines == [storage_id("p-1", 1, 1, "s-1", 0), storage_id("p-1", 8, 2, "s-1", 1)]
    assert storage_id("p-1", None, None, "s-1", 0) == storage_id("p-1", 1, 1, "s-1", 0)


def test_start_uploads_storage_and_download_and_define_fetch_it(sandbox, tmp_path):
    user = fp.login(email=sandbox.email, password=sandbox.password, api_url=sandbox.url)
    organisation = next(user.organisations)
    service, _ = organisation.find_services(keyword="Elevation")
    archive = tmp_path / "state.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        payload = b"model state for the next run\n"
        info = tarfile.TarInfo("state.txt")
        info.size = len(payload)
        tar.addfile(info, io.BytesIO(payload))
    key = f"1_1_{service.ssd_id}_0"
    spec = tmp_path / "spec.yml"
    spec.write_text(
        f"service_name: {service.name}\nprocess_name: Storage round trip\n"
        f"inputs:\n  - {fp.EXAMPLE_GLASGOW_FILE}\nstorage:\n  '{key}': {archive}\n"
        "options:\n  resolution: 100\n"
    )
    started = _cli(sandbox, "start", str(spec), "-d", "-s", "--directory", str(tmp_path / "dl"), cwd=tmp_path)
    assert started.returncode == 0, started.stdout + started.stderr
    process, _ = organisation.find_processes(name="Storage round trip")
    stored = organisation.get_data(storage_id(process.id, 1, 1, service.ssd_id, 0))
    assert [f.file_type for f in stored.files] == ["GZIP"]
    downloaded = [p for p in (tmp_path / "dl").rglob("*") if p.is_file() and "Storage_1_" in str(p.parent)]
    assert [p.read_bytes() for p in downloaded if p.name.endswith(".tar.gz")] == [archive.read_bytes()]
    define_dir = tmp_path / "define"
    define_dir.mkdir()
    defined = _cli(sandbox, "define", "Storage round trip", "-s", cwd=define_dir)
    assert defined.returncode == 0, defined.stdout + defined.stderr
    yml = next(define_dir.glob("*.yml")).read_text()
    assert key in yml
    assert [p.read_bytes() for p in define_dir.glob("*storage*")] == [archive.read_bytes()]
