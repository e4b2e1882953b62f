"""Common base of the plugin's docks: a QgsDockWidget whose body comes from a ``.ui`` form.

The body sits in a frameless scroll area. Why: a dock's minimum height is its content's, and QMainWindow grows
the whole main window rather than squeeze a dock below it. The five forms' minimum heights add up to about
2000 px, so five docks open in one area pushed QGIS's map canvas and status bar below a 1000 px screen; in a
scroll area each dock can be made as small as the user likes and scrolls instead.
"""

from __future__ import annotations

from typing import Any

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtWidgets import QFrame, QScrollArea, QWidget

from ..qgis_support.session.plugin_state import PluginState
from ..qgis_support.toolbelt.iface import qgis_iface

MINIMUM_HEIGHT = 60  # px of a dock's body before it scrolls: five stacked docks fit a 800 px screen


class VerticalScroll(QScrollArea):
    """Scrolls its body vertically only: as wide as the body wants (its size hint and its minimum width), but
    as short as the user likes."""

    def _bar(self) -> int:
        bar = self.verticalScrollBar()
        return bar.sizeHint().width() if bar is not None else 0

    def sizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().sizeHint()
        hint = body.sizeHint()
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().minimumSizeHint()
        minimum = body.minimumSizeHint()
        return QSize(minimum.width() + self._bar(), min(minimum.height(), MINIMUM_HEIGHT))


class FormDock(QgsDockWidget):
    """``FORM`` (a class from ``load_form``) is set up on an inner widget, so the .ui can be a plain QWidget."""

    FORM: Any = None  # the form class of the dock's .ui (load_form): its widgets are known only at run time
    OBJECT_NAME = ""

    def __init__(self, state: PluginState, title: str, parent=None):
        super().__init__(title, parent)
        self.state = state
        self.setObjectName(self.OBJECT_NAME)
        self.scroll_area = VerticalScroll(self)
        self.scroll_area.setObjectName(f"{self.OBJECT_NAME}_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self.scroll_area)
        self.ui = self.FORM()
        self.ui.setupUi(self.body)
        self.scroll_area.setWidget(self.body)
        self.setWidget(self.scroll_area)
        state.connected.connect(self.on_connected)
        state.disconnected.connect(self.on_disconnected)
        state.organisation_changed.connect(self.on_organisation_changed)

    @property
    def iface(self):
        """QGIS's interface, looked up when needed (see qgis_support/toolbelt/iface.py)."""
        return qgis_iface()

    def on_connected(self, user) -> None:
        pass

    def on_disconnected(self) -> None:
        pass

    def on_organisation_changed(self, organisation) -> None:
        pass

    def shutdown(self) -> None:
        """Called by unload before the dock is deleted: stop timers and cancel work."""
        for signal, slot in (
            (self.state.connected, self.on_connected),
            (self.state.disconnected, self.on_disconnected),
            (self.state.organisation_changed, self.on_organisation_changed),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
