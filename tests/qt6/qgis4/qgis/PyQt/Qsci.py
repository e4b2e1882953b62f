"""QGIS 4: ``qgis.PyQt.Qsci`` is PyQt6's, unchanged."""

from PyQt6.Qsci import *  # noqa: F403
