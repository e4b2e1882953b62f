"""QGIS 4: ``qgis.PyQt.uic.properties`` is PyQt6's."""

from PyQt6.uic import properties  # noqa: F401
