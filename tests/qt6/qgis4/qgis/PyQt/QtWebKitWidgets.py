"""QGIS 4: ``qgis.PyQt.QtWebKitWidgets`` is PyQt6's, unchanged."""

from PyQt6.QtWebKitWidgets import *  # noqa: F403
