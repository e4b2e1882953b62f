"""QGIS 4: ``qgis.PyQt.QtSql`` is PyQt6's, unchanged."""

from PyQt6.QtSql import *  # noqa: F403
