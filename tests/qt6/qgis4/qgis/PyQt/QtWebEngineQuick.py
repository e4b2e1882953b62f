"""QGIS 4: ``qgis.PyQt.QtWebEngineQuick`` is PyQt6's, unchanged."""

from PyQt6.QtWebEngineQuick import *  # noqa: F403
