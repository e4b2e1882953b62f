"""QGIS 4: ``qgis.PyQt.sip`` is PyQt6's sip module."""

from PyQt6.sip import *  # noqa: F403
