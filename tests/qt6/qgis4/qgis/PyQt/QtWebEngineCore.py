"""QGIS 4: ``qgis.PyQt.QtWebEngineCore`` is PyQt6's, unchanged."""

from PyQt6.QtWebEngineCore import *  # noqa: F403
