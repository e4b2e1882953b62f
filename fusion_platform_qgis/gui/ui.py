"""Pieces every form shares: loading a ``.ui`` file that sits beside its module (no generated pyuic code) and the
plugin's yes/no question."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import QMessageBox, QWidget

from ..qgis_support.i18n import tr


def load_form(module_file: str, name: str | None = None):
    """Return the form class for ``<module>.ui`` (or ``name``) next to ``module_file``."""
    path = Path(module_file).with_name(name or Path(module_file).with_suffix(".ui").name)
    form_class, _base = uic.loadUiType(str(path))
    return form_class


def ask_yes_no(parent: QWidget | None, text: str, default_no: bool = False) -> bool:
    """A modal "Fusion Platform" question with Yes and No; ``default_no`` makes No the default button (for
    destructive actions), else Qt picks it."""
    default = QMessageBox.StandardButton.No if default_no else QMessageBox.StandardButton.NoButton
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return QMessageBox.question(parent, tr("Fusion Platform"), text, buttons, default) == QMessageBox.StandardButton.Yes


def detach(widget: QWidget) -> None:
    """Take ``widget`` out of its parent (and its parent's layout) now and delete it later."""
    # PyQt5-stubs lack the None overload of setParent that PyQt5 and PyQt6 both accept (PyQt6-stubs have it).
    widget.setParent(None)  # type: ignore[call-overload, unused-ignore]
    widget.deleteLater()
