"""QGIS 4: ``qgis.PyQt.QtTest`` is PyQt6's, unchanged."""

from PyQt6.QtTest import *  # noqa: F403
