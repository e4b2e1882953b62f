"""QGIS 4: ``qgis.PyQt.QtWebEngineWidgets`` is PyQt6's, unchanged."""

from PyQt6.QtWebEngineWidgets import *  # noqa: F403
