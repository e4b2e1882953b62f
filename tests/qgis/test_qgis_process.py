"""qgis_process sees every service as an algorithm and runs one headless against the sandbox."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QSettings

QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
# Debian's /usr/bin/qgis_process wrapper injects --noversioncheck, which qgis_process itself rejects.
pytestmark = pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")


@pytest.fixture
def profile(tmp_path, staged_plugin_dir, connected_state):
    """A fresh QGIS profile holding the staged plugin (enabled) and the service definitions cache."""
    from fusion_platform_qgis.processing_provider import definitions

    root = tmp_path / "qgis"
    default = root / "profiles" / "default"
    shutil.copytree(staged_plugin_dir, default / "python" / "plugins" / "fusion_platform_qgis")
    settings = QSettings(str(default / "QGIS" / "QGIS3.ini"), QSettings.Format.IniFormat)
    settings.setValue("PythonPlugins/fusion_platform_qgis", True)
    settings.setValue(
        f"fusion_platform/{definitions.CACHE_KEY}",
        json.dumps(definitions.fetch_definitions(connected_state.organisation)),
    )
    settings.sync()
    return root


def _run(profile: Path, *args: str, extra_env: dict | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FUSION_PLATFORM_")}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(profile), **(extra_env or {}))
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=300)


def test_list_and_help(profile):
    listing = _run(profile, "list")
    assert listing.returncode == 0, listing.stderr
    assert "fusion_platform:elevation_sandbox" in listing.stdout
    assert "fusion_platform:vector_buffer_sandbox" in listing.stdout
    help_text = _run(profile, "help", "fusion_platform:vector_buffer_sandbox")
    assert "distance" in help_text.stdout and "INPUT_1" in help_text.stdout


def test_run_headless_with_environment_credentials(profile, sandbox, tmp_path):
    import fusion_platform_qgis.api as fusion_platform

    out = tmp_path / "out"
    env = {
        "FUSION_PLATFORM_EMAIL": sandbox.email,
        "FUSION_PLATFORM_PASSWORD": sandbox.password,
        "FUSION_PLATFORM_API_URL": sandbox.url,
    }
    result = _run(
        profile,
        "run",
        "fusion_platform:vector_buffer_sandbox",
        "--",
        f"INPUT_1={fusion_platform.EXAMPLE_GLASGOW_FILE}",
        "distance=250",
        f"OUTPUT_FOLDER={out}",
        extra_env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert sandbox.password not in result.stdout + result.stderr
    outputs = [p for p in out.rglob("*") if p.is_file() and not p.name.endswith(".part")]
    assert outputs, result.stdout


def test_run_without_credentials_says_how_to_connect(profile, tmp_path):
    import fusion_platform_qgis.api as fusion_platform

    result = _run(
        profile,
        "run",
        "fusion_platform:vector_buffer_sandbox",
        "--",
        f"INPUT_1={fusion_platform.EXAMPLE_GLASGOW_FILE}",
        "distance=250",
        f"OUTPUT_FOLDER={tmp_path / 'out'}",
    )
    assert result.returncode != 0
    assert "FUSION_PLATFORM_EMAIL" in result.stdout + result.stderr
