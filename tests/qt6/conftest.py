"""The Qt6 tier's Python path: QGIS 4's ``qgis.PyQt`` (qgis4/qgis, nothing else of ``qgis``), the plugin's clone, and
one QApplication for the tests that build widgets (QT_QPA_PLATFORM=offscreen, as ``make test-qt6`` sets)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for path in (str(ROOT), str(HERE / "qgis4"), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def qapp():
    from qgis.PyQt.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["qt6-tier"])
