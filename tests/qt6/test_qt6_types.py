"""The whole plugin type-checks against the QGIS 4.0–4.2 API (qgis-stubs 1.0.0.dev2 + PyQt6-stubs).

``make test-qt6`` installs the stubs first (the Makefile's ``stubs-qgis4``, into ``build/stubs/qgis4``) and runs
this in the Qt6 venv. The configuration is pyproject.toml's ``[tool.mypy]``, the same as ``make lint`` uses with the
QGIS 3 stubs: one code base, both APIs, zero errors.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STUBS = ROOT / "build" / "stubs" / "qgis4"


def test_plugin_type_checks_against_the_qgis4_api(tmp_path):
    assert (STUBS / "qgis" / "PyQt" / "__init__.pyi").is_file(), f"no QGIS 4 stubs in {STUBS}: run `make stubs-qgis4`"
    env = dict(os.environ, MYPYPATH=str(STUBS))
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--config-file",
            str(ROOT / "pyproject.toml"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert run.returncode == 0, run.stdout[-8000:] + run.stderr[-4000:]
    assert "Success: no issues found" in run.stdout, run.stdout
