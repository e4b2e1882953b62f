"""Shared test set-up for every tier.

The qgis tier must never touch the developer's real QGIS profile or settings, so before QGIS starts (pytest-qgis
starts it in pytest_configure, after this initial conftest is imported) HOME, XDG_CONFIG_HOME and
QGIS_CUSTOM_CONFIG_PATH point into a throw-away folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

if not os.environ.get("FP_KEEP_HOME"):
    _home = Path(tempfile.mkdtemp(prefix="fp-test-home-"))
    (_home / ".config").mkdir()
    os.environ["HOME"] = str(_home)
    os.environ["XDG_CONFIG_HOME"] = str(_home / ".config")
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = str(_home / "qgis-profile")

from sandbox.testing import sandbox, sandbox_factory  # noqa: E402,F401 - pytest fixtures
