"""QGIS 4: ``qgis.PyQt.QtSvg`` is PyQt6's, unchanged."""

from PyQt6.QtSvg import *  # noqa: F403
