"""QGIS 4: ``qgis.PyQt.QtWidgets`` is PyQt6's, plus ``QLayout.setMargin`` and Qt5's ``QAction``/``QShortcut`` place
(they moved to QtGui in Qt6; QGIS keeps them importable from QtWidgets)."""

from PyQt6.QtGui import QAction, QShortcut  # noqa: F401
from PyQt6.QtWidgets import *  # noqa: F403
from PyQt6.QtWidgets import QLayout

QLayout.setMargin = lambda self, m: self.setContentsMargins(m, m, m, m)
