"""metadata.txt carries every field the QGIS plugin repository requires, with sane values."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = ["name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository"]
EXPECTED_ALSO = [
    "homepage",
    "tracker",
    "category",
    "tags",
    "icon",
    "hasProcessingProvider",
    "experimental",
    "changelog",
]


def _metadata() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep camelCase keys as QGIS reads them
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def test_required_fields_present_and_non_empty():
    meta = _metadata()
    for key in REQUIRED + EXPECTED_ALSO:
        assert meta.get(key, "").strip(), f"metadata.txt lacks {key}"


def test_values():
    meta = _metadata()
    assert meta["name"] == "Fusion Platform"
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["category"] == "Web"
    assert meta["hasProcessingProvider"] == "yes"
    assert re.fullmatch(r"\d+\.\d+\.\d+", meta["version"])
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", meta["email"])
    for key in ("homepage", "repository", "tracker"):
        assert meta[key].startswith("https://")
    assert (ROOT / meta["icon"]).exists(), "icon path is relative to the plugin folder, where resources/ is staged"
    assert meta["version"] in meta["changelog"]
    assert len(meta["about"]) > len(meta["description"]) > 20


def test_init_holds_only_a_lazy_class_factory():
    source = (ROOT / "fusion_platform_qgis" / "__init__.py").read_text()
    code = [line for line in source.splitlines() if line.strip() and not line.strip().startswith(("#", '"'))]
    assert not [line for line in code if line.startswith(("import ", "from "))], "no top-level imports"
    assert "def classFactory(iface)" in source
