"""QGIS 4: ``qgis.PyQt.QtQuick`` is PyQt6's, unchanged."""

from PyQt6.QtQuick import *  # noqa: F403
