"""Loads a ``.ui`` file that sits beside its module (no generated pyuic code)."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt import uic


def load_form(module_file: str, name: str | None = None):
    """Return the form class for ``<module>.ui`` (or ``name``) next to ``module_file``."""
    path = Path(module_file).with_name(name or Path(module_file).with_suffix(".ui").name)
    form_class, _base = uic.loadUiType(str(path))
    return form_class
