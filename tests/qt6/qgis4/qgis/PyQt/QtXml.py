"""QGIS 4: ``qgis.PyQt.QtXml`` is PyQt6's, unchanged."""

from PyQt6.QtXml import *  # noqa: F403
