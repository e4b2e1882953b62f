"""QGIS 4: ``qgis.PyQt.Qt`` is PyQt6's, unchanged."""

from PyQt6.Qt import *  # noqa: F403
