"""QGIS 4: ``qgis.PyQt.QtMultimedia`` is PyQt6's, unchanged."""

from PyQt6.QtMultimedia import *  # noqa: F403
