"""Server-supplied file names can never place a file outside the folder the caller chose.

The sandbox's admin endpoint gives a file record any name (its own API sanitises uploaded names), so the client
meets what a compromised or buggy server could send: traversal, absolute paths, Windows paths, device names,
control characters. Checked through the SDK manual's download loop, ``download(folder=...)``, the STAC side file
name and the CLI's ``download`` command.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import fusion_platform_qgis.api as fp
from fusion_platform_qgis.api.errors import TransferError
from sandbox.testing import glasgow_bytes

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(600)


def hostile_names(root: Path) -> list[str]:
    return [
        "../../escape.txt",
        str(root / "absolute_escape.txt"),
        "..\\..\\windows_escape.txt",
        "C:\\Windows\\drive_escape.txt",
        "a/../../../mixed_escape.txt",
        "sub/dir/nested.txt",
        "..",
        ".",
        "",
        "../",
        "....//....//dots.txt",
        "~/home.txt",
        "nul",
        "CON.txt",
        "name\x00nul.txt",
        "line\nbreak.txt",
        " .. ",
        "%2e%2e%2fencoded.txt",
        "x" * 300 + ".tif",
        "\u2025/\uff0e\uff0e/wide.txt",
        str(root / "deep" / ".." / "abs_dotdot.txt"),
    ]


def all_files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def organisation(sandbox):
    user = fp.login(
        email=sandbox.email,
        password=sandbox.password,
        api_url=sandbox.url,
        session_options={"api_update_wait_period": 0.2},
    )
    return next(user.organisations)


def test_manual_download_loop_stays_in_the_folder(sandbox, organisation, tmp_path):
    source = tmp_path / "region.geojson"
    source.write_bytes(glasgow_bytes())
    data = organisation.create_data(
        name="Hostile names", file_type=fp.FILE_TYPE_GEOJSON, files=[str(source)], wait=True
    )
    try:
        root = tmp_path / "root"
        folder = root / "a" / "b" / "c" / "downloads"
        folder.mkdir(parents=True)
        names = hostile_names(root)
        assert len(names) == 21
        (record,) = data.files
        for n, name in enumerate(names):
            sandbox.admin(
                "POST",
                "file_name",
                {"file_id": str(record.file_id), "file_name": name, "stac_item_file": name + ".stac"},
            )
            (file,) = data.files
            assert file.original_file_name == name
            assert file.attributes["original_file_name"] == name
            target = folder / str(n)
            # the loop of the SDK manual, unchanged
            file.download(path=os.path.join(target, file.file_name), wait=True)
            assert (target / file.file_name).read_bytes() == glasgow_bytes(), name
            item, item_file = file.get_stac_item()
            assert item is not None and item_file == file.stac_item_file
            assert file.original_stac_item_file == name + ".stac"
            side = Path(os.path.join(target, item_file))
            side.write_text(json.dumps(item))
            assert Path(os.path.realpath(side)).parent == Path(os.path.realpath(target)), name
        escaped = [p for p in all_files(root) if folder not in p.parents]
        assert escaped == []
        assert len(all_files(folder)) == 2 * len(names)
    finally:
        data.delete()


def test_download_refuses_a_destination_outside_the_folder(organisation, tmp_path):
    source = tmp_path / "region.geojson"
    source.write_bytes(glasgow_bytes())
    data = organisation.create_data(name="Outside", file_type=fp.FILE_TYPE_GEOJSON, files=[str(source)], wait=True)
    try:
        (file,) = data.files
        folder = tmp_path / "chosen"
        folder.mkdir()
        (folder / "link").symlink_to(tmp_path)
        for path in (
            os.path.join(folder, "..", "x.geojson"),
            str(tmp_path / "x.geojson"),
            os.path.join(folder, "link", "x.geojson"),
        ):
            with pytest.raises(TransferError):
                file.download(path=path, folder=str(folder), wait=True)
        assert not list(tmp_path.glob("x.geojson*"))
        file.download(path=os.path.join(folder, "inside.geojson"), folder=str(folder), wait=True)
        assert (folder / "inside.geojson").read_bytes() == glasgow_bytes()
    finally:
        data.delete()


def test_cli_download_keeps_hostile_output_and_stac_names_in_the_directory(sandbox, organisation, tmp_path):
    source = tmp_path / "region.geojson"
    source.write_bytes(glasgow_bytes())
    region = organisation.create_data(name="CLI names", file_type=fp.FILE_TYPE_GEOJSON, files=[str(source)], wait=True)
    service, _ = organisation.find_services(keyword="Elevation")
    process = organisation.new_process(name="Hostile CLI names", service=service)
    process.update(input_number=1, data=region)
    process.create()
    try:
        process.execute(wait=True)
        execution = next(process.executions)
        root = tmp_path / "root"
        directory = root / "a" / "b" / "c" / "d" / "out"
        directory.mkdir(parents=True)
        hostile = ["../../../../../cli_escape.txt", str(root / "cli_absolute.txt"), "..", "..\\..\\cli_win.txt"]
        count = 0
        for component in execution.components:
            for output in component.outputs:
                for file in output.files:
                    name = hostile[count % len(hostile)]
                    sandbox.admin(
                        "POST",
                        "file_name",
                        {
                            "file_id": str(file.file_id),
                            "file_name": name,
                            "stac_item_file": "../../../../../../cli_side.stac",
                        },
                    )
                    count += 1
        assert count >= 1
        env = dict(
            os.environ,
            FUSION_PLATFORM_EMAIL=sandbox.email,
            FUSION_PLATFORM_PASSWORD=sandbox.password,
            PYTHONPATH=str(REPO),
        )
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "fusion_platform_qgis.api",
                "download",
                "Hostile CLI names",
                "-b",
                "--directory",
                str(directory),
                "--api-url",
                sandbox.url,
                "--wait-period",
                "1",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            cwd=str(directory),
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert sandbox.password not in result.stdout + result.stderr
        # debug logging (-b) shows urllib3's request lines, but never a signature or token
        assert "/files/download/" in result.stderr and "HTTP/1.1" in result.stderr
        assert not re.search(r"signature=(?!\*\*\*)", result.stdout + result.stderr), result.stderr[-2000:]
        assert not re.search(r"Bearer (?!\*\*\*)", result.stdout + result.stderr)
        escaped = [p for p in all_files(root) if directory not in p.parents]
        assert escaped == []
        assert len(all_files(directory)) >= count
    finally:
        process.delete()
        region.delete()
