"""QGIS 4: ``qgis.PyQt.QtSvgWidgets`` is PyQt6's, unchanged."""

from PyQt6.QtSvgWidgets import *  # noqa: F403
