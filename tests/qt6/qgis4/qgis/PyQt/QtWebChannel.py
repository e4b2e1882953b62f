"""QGIS 4: ``qgis.PyQt.QtWebChannel`` is PyQt6's, unchanged."""

from PyQt6.QtWebChannel import *  # noqa: F403
