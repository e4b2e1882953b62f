"""QGIS 4: ``qgis.PyQt.QtNetwork`` is PyQt6's, unchanged."""

from PyQt6.QtNetwork import *  # noqa: F403
