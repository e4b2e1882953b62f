"""Qt6 tier, the static checks: QGIS's PyQt5→PyQt6 migration tool finds nothing to rewrite in a copy of the plugin,
flake8-qgis reports no QGS1xx (imports, ``exec_``, iface) or QGS4xx (Qt6 removals), and the metadata admits QGIS 4.

Run with the venv of tests/qt6/requirements.txt (``make test-qt6`` does it inside the sid chroot). The forms are
built (test_qt6_forms.py) and the Qt-only modules run (test_qt6_modules.py, test_qt6_qt_only.py) in the same tier.
What the tier cannot prove (behaviour under a real QGIS 4 runtime) is said in the README.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "fusion_platform_qgis"
BIN = Path(sys.executable).parent


def _tree_text(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.py"))}


def test_migration_tool_rewrites_nothing(tmp_path):
    copy = tmp_path / "fusion_platform_qgis"
    shutil.copytree(PLUGIN, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = _tree_text(copy)
    run = subprocess.run([str(BIN / "pyqt5to6"), str(copy)], capture_output=True, text=True, cwd=tmp_path)
    after = _tree_text(copy)
    changed = [name for name in before if before[name] != after.get(name)]
    assert not changed, f"pyqt5to6 rewrote {changed}:\n{run.stdout[-4000:]}{run.stderr[-4000:]}"
    # The tool exits 1 when it rewrote something: 0 is the promise that it found nothing.
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-4000:]


def test_flake8_qgis_finds_no_qt6_or_import_problems():
    run = subprocess.run([str(BIN / "flake8"), "--select=QGS1,QGS4", str(PLUGIN)], capture_output=True, text=True)
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


def test_metadata_admits_qgis_4():
    text = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    assert "qgisMaximumVersion=4.99" in text.splitlines()
