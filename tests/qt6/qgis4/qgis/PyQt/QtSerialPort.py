"""QGIS 4: ``qgis.PyQt.QtSerialPort`` is PyQt6's, unchanged."""

from PyQt6.QtSerialPort import *  # noqa: F403
