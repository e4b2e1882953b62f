"""QGIS 4: ``qgis.PyQt.QtWebKit`` is PyQt6's, unchanged."""

from PyQt6.QtWebKit import *  # noqa: F403
