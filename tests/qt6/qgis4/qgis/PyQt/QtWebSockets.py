"""QGIS 4: ``qgis.PyQt.QtWebSockets`` is PyQt6's, unchanged."""

from PyQt6.QtWebSockets import *  # noqa: F403
