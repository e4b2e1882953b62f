"""QGIS 4: ``qgis.PyQt.QtQuickWidgets`` is PyQt6's, unchanged."""

from PyQt6.QtQuickWidgets import *  # noqa: F403
