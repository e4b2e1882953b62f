"""Every form built as QGIS 4 builds it (see qgis4_forms.py): PyQt6's ``loadUiType`` through ``qgis.PyQt.uic``, then
``setupUi`` on an instance of the form's declared top-level class, with QGIS's custom widgets from ``qgis.gui``."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis4_forms import named_widgets, qgis4_form_loading, top_level_class

PLUGIN = Path(__file__).resolve().parents[2] / "fusion_platform_qgis"
FORMS = sorted(PLUGIN.rglob("*.ui"))


def test_the_plugin_has_its_twelve_forms():
    assert len(FORMS) == 12, [p.name for p in FORMS]


@pytest.fixture
def qgis4_forms(qapp):
    with qgis4_form_loading(FORMS) as standins:
        yield standins


@pytest.mark.parametrize("ui_file", FORMS, ids=[str(p.relative_to(PLUGIN)) for p in FORMS])
def test_form_builds_under_pyqt6(ui_file, qgis4_forms):
    from qgis.PyQt import QtWidgets, uic

    form_class, base_class = uic.loadUiType(str(ui_file))
    assert base_class is getattr(QtWidgets, top_level_class(ui_file))
    top = base_class()
    form = form_class()
    form.setupUi(top)  # what raised for five forms (QSpacerItem without a size)
    for name, cls in named_widgets(ui_file).items():
        widget = getattr(form, name)
        expected = getattr(qgis4_forms, cls, None) or getattr(QtWidgets, cls)
        assert type(widget) is expected, (name, type(widget), expected)
    top.deleteLater()


def test_custom_widgets_come_from_qgis_gui_whatever_their_header(qgis4_forms):
    """The options page declares QgsFileWidget with header qgsfilewidget.h: only the uic plugin makes that a
    ``qgis.gui`` import (without it uic imports a module ``qgsfilewidget``, which QGIS 4 does not have)."""
    from qgis.PyQt import uic

    ui_file = PLUGIN / "gui" / "options_page.ui"
    form_class, base_class = uic.loadUiType(str(ui_file))
    form = form_class()
    top = base_class()
    form.setupUi(top)
    assert type(form.file_download_folder).__module__ == "qgis.gui"
    top.deleteLater()
