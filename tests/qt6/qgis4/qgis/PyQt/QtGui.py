"""QGIS 4: ``qgis.PyQt.QtGui`` is PyQt6's, with a readable ``QColor`` repr."""

from PyQt6.QtGui import *  # noqa: F403
from PyQt6.QtGui import QColor


def _color_repr(color: QColor) -> str:
    if not color.isValid():
        return "<QColor: invalid>"
    return f"<QColor: RGBA {color.red()}, {color.green()}, {color.blue()}, {color.alpha()}>"


QColor.__repr__ = _color_repr
