"""Pieces every form shares: loading a ``.ui`` file that sits beside its module (no generated pyuic code) and the
plugin's yes/no question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.PyQt import sip, uic
from qgis.PyQt.QtWidgets import QApplication, QMessageBox, QWidget

from ..qgis_support.words.i18n import tr


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


def bar_title(level: Any) -> str:
    """The message bar's title for a message of ``level``: events (information, success) go without one, so that
    what happened fits one line of the bar beside the docks at 1280 px; warnings and errors say who speaks."""
    from qgis.core import Qgis  # here, not at the top: the rest of this module needs only Qt (the Qt6 tier runs it)

    if level in (Qgis.MessageLevel.Info, Qgis.MessageLevel.Success):
        return ""
    return tr("Fusion Platform")


def address_of(item: Any) -> int:
    """The C++ address of a Qt object: finds a message-bar item again among the bar's live items without keeping a
    wrapper that may outlive it (the stubs say ``unwrapinstance`` returns nothing; it returns the address)."""
    unwrap: Any = sip.unwrapinstance
    return int(unwrap(item))


def copy_text(text: str) -> None:
    """Put ``text`` on the system clipboard (there is none in some headless sessions)."""
    clipboard = QApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(str(text))


def detach(widget: QWidget) -> None:
    """Take ``widget`` out of its parent (and its parent's layout) now and delete it later."""
    # PyQt5-stubs lack the None overload of setParent that PyQt5 and PyQt6 both accept (PyQt6-stubs have it).
    widget.setParent(None)  # type: ignore[call-overload, unused-ignore]
    widget.deleteLater()
