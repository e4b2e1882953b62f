"""``make demo`` end to end: the demo module in a subprocess writes a non-empty, non-blank map PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(400)
def test_demo_renders_the_quick_example(staged_plugin_dir, tmp_path):
    out = tmp_path / "demo"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "tests.tooling.demo", "--plugin", str(staged_plugin_dir), "--out", str(out)],
        cwd=str(ROOT),
        env=env,
        capture_output=True,
        text=True,
        timeout=380,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    png = out / "map.png"
    assert png.is_file() and png.stat().st_size > 10_000

    from qgis.PyQt.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 800
    colours = set()
    for x in range(0, image.width(), 37):
        for y in range(0, image.height(), 37):
            colours.add(image.pixel(x, y))
    assert len(colours) > 50  # a styled elevation ramp, not a blank or single-colour canvas
    assert "Loaded" in result.stdout and "layer" in result.stdout


def test_demo_fails_loudly_without_a_staged_plugin(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.tooling.demo",
            "--plugin",
            str(tmp_path / "missing"),
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=str(ROOT),
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode != 0 and "make stage" in result.stderr
