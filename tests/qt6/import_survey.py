"""Imports every module of the plugin under PyQt6 with the tier's ``qgis`` (only ``qgis.PyQt``) and prints, as
JSON, ``{module: null}`` for those that import and ``{module: {"missing": name, "error": text}}`` for the others.
Run in its own process by test_qt6_modules.py, so that nothing it imports leaks into the other tests."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE / "qgis4")]


def module_names() -> list[str]:
    """Every module of the plugin, from its files (a package that fails to import still has its modules tried)."""
    plugin = HERE.parents[1] / "fusion_platform_qgis"
    names = []
    for path in sorted(plugin.rglob("*.py")):
        parts = path.relative_to(plugin.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def survey() -> dict:
    result: dict = {}
    for name in module_names():
        try:
            importlib.import_module(name)
            result[name] = None
        except Exception as error:  # reported, judged by the test
            missing = getattr(error, "name", None) if isinstance(error, ModuleNotFoundError) else None
            result[name] = {"missing": missing, "error": f"{type(error).__name__}: {error}"}
    return result


if __name__ == "__main__":
    from qgis.PyQt.QtWidgets import QApplication

    app = QApplication(["qt6-survey"])  # module-level code may build icons or fonts
    print(json.dumps(survey(), indent=1, sort_keys=True))
