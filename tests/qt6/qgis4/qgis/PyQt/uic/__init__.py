"""QGIS 4: ``qgis.PyQt.uic`` is PyQt6's ``uic`` (with ``widgetPluginPath``, where QGIS's ``qgis_customwidgets.py``
is found), whose ``loadUiType`` hides DeprecationWarnings."""

import warnings

from PyQt6.uic import *  # noqa: F403
from PyQt6.uic import Compiler, properties, uiparser  # noqa: F401
from PyQt6.uic import loadUiType as _pyqt_load_ui_type
from PyQt6.uic.Compiler import compiler, indenter  # noqa: F401
from PyQt6.uic.objcreator import widgetPluginPath  # noqa: F401


def loadUiType(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning)
        return _pyqt_load_ui_type(*args, **kwargs)
