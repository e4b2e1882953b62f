"""QGIS 4: ``qgis.PyQt.QtPrintSupport`` is PyQt6's, unchanged."""

from PyQt6.QtPrintSupport import *  # noqa: F403
