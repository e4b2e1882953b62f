"""The zip from `make package` unpacks to one folder that QGIS accepts, loads and unloads cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def package_zip() -> Path:
    if os.environ.get("FP_PACKAGE_ZIP"):
        return Path(os.environ["FP_PACKAGE_ZIP"])
    version = next(
        line.split("=", 1)[1]
        for line in (ROOT / "metadata.txt").read_text().splitlines()
        if line.startswith("version=")
    )
    subprocess.run(["make", "-s", "package"], cwd=ROOT, check=True)
    return ROOT / "dist" / f"fusion_platform_qgis-{version}.zip"


def test_zip_has_one_top_folder_and_no_junk(package_zip):
    with zipfile.ZipFile(package_zip) as archive:
        names = archive.namelist()
    assert {n.split("/")[0] for n in names} == {"fusion_platform_qgis"}
    for required in ("__init__.py", "metadata.txt", "plugin.py", "LICENSE", "resources/icons/fusion_platform.svg"):
        assert f"fusion_platform_qgis/{required}" in names
    assert any(n.startswith("fusion_platform_qgis/i18n/") and n.endswith(".qm") for n in names)
    for junk in ("__pycache__", ".pyc", "tests/", ".pytest_cache", ".ts"):
        assert not [n for n in names if junk in n], junk


def test_unpacked_zip_loads_in_an_empty_profile(package_zip, tmp_path):
    """A separate QGIS process, as close to a user's fresh profile as headless gets."""
    plugins = tmp_path / "profile" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(package_zip) as archive:
        archive.extractall(plugins)
    script = f"""
import sys
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QMainWindow
app = QgsApplication([], True)
app.initQgis()
import qgis.utils
from unittest import mock
window = QMainWindow()
iface = mock.MagicMock()
iface.mainWindow.return_value = window
iface.addToolBar.side_effect = lambda name: window.addToolBar(name)
qgis.utils.iface = iface
import traceback
qgis.utils.showException = lambda *args, **kwargs: traceback.print_exception(*args[:3])  # show, don't swallow
qgis.utils.plugin_paths = [{str(plugins)!r}]
sys.path.insert(0, {str(plugins)!r})
qgis.utils.updateAvailablePlugins()
assert "fusion_platform_qgis" in qgis.utils.available_plugins, qgis.utils.available_plugins
assert qgis.utils.loadPlugin("fusion_platform_qgis")
assert qgis.utils.startPlugin("fusion_platform_qgis")
import fusion_platform_qgis
assert fusion_platform_qgis.__file__.startswith({str(plugins)!r}), fusion_platform_qgis.__file__
assert qgis.utils.unloadPlugin("fusion_platform_qgis")
print("LOADED-AND-UNLOADED")
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert "LOADED-AND-UNLOADED" in result.stdout, result.stdout + result.stderr
