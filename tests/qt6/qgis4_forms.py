"""How QGIS 4 builds the plugin's forms, for the Qt6 tier.

QGIS 4 loads a form as the plugin does (gui/ui.py): ``qgis.PyQt.uic.loadUiType`` (PyQt6's uic), then ``setupUi``
on an instance of the form's top-level class. Custom widgets (``QgsFileWidget``…) come from ``qgis.gui`` because
QGIS installs its uic plugin ``qgis_customwidgets.py`` into PyQt's ``uic/widget-plugins`` folder.

Here ``qgis.PyQt`` is the tier's copy (qgis4/qgis/PyQt), the uic plugin is our stand-in (qgis4/widget-plugins,
put on ``uic.widgetPluginPath``, the list PyQt6's uic reads that folder from), and ``qgis.gui`` is a module of
stand-ins made from the forms themselves: each custom widget a form declares becomes a subclass of the Qt class
its ``<extends>`` names. The stand-ins have only what their Qt base has, so a form that set a QGIS-only property
on one would fail here although it would work in QGIS (none does today).
"""

from __future__ import annotations

import sys
import types
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
WIDGET_PLUGINS = HERE / "qgis4" / "widget-plugins"


def top_level_class(ui_file: Path) -> str:
    """The class of the form's top-level widget (what ``setupUi`` is called on)."""
    return ET.parse(ui_file).getroot().find("widget").get("class")


def named_widgets(ui_file: Path) -> dict[str, str]:
    """Every widget the form names, below the top level: object name -> class."""
    top = ET.parse(ui_file).getroot().find("widget")
    return {w.get("name"): w.get("class") for w in top.iter("widget") if w is not top}


def custom_widgets(ui_files) -> dict[str, str]:
    """Every ``<customwidget>`` the forms declare: class -> the Qt class it ``<extends>``."""
    found: dict[str, str] = {}
    for ui_file in ui_files:
        for custom in ET.parse(ui_file).getroot().iter("customwidget"):
            found[custom.findtext("class")] = custom.findtext("extends")
    return found


def qgis_gui_standins(ui_files) -> types.ModuleType:
    """A ``qgis.gui`` holding one subclass of the declared Qt base per custom widget the forms use."""
    from qgis.PyQt import QtWidgets

    module = types.ModuleType("qgis.gui", "Stand-ins for the QGIS widgets the plugin's forms use (tests/qt6).")
    for name, base in custom_widgets(ui_files).items():
        setattr(module, name, type(name, (getattr(QtWidgets, base),), {"__module__": "qgis.gui"}))
    return module


@contextmanager
def qgis4_form_loading(ui_files):
    """While inside: ``qgis.gui`` is the stand-ins and uic finds our ``qgis_customwidgets.py``; restored after."""
    import qgis
    from qgis.PyQt import uic

    module = qgis_gui_standins(ui_files)
    sys.modules["qgis.gui"] = module
    qgis.gui = module
    uic.widgetPluginPath.append(str(WIDGET_PLUGINS))
    try:
        yield module
    finally:
        uic.widgetPluginPath.remove(str(WIDGET_PLUGINS))
        del qgis.gui
        del sys.modules["qgis.gui"]
