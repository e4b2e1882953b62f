"""Common base of the plugin's docks: a QgsDockWidget whose body comes from a ``.ui`` form."""

from __future__ import annotations

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QWidget

from ..qgis_support.iface import qgis_iface
from ..qgis_support.state import PluginState


class FormDock(QgsDockWidget):
    """``FORM`` (a class from ``load_form``) is set up on an inner widget, so the .ui can be a plain QWidget."""

    FORM = None
    OBJECT_NAME = ""

    def __init__(self, state: PluginState, title: str, parent=None):
        super().__init__(title, parent)
        self.state = state
        self.setObjectName(self.OBJECT_NAME)
        self.body = QWidget(self)
        self.ui = self.FORM()
        self.ui.setupUi(self.body)
        self.setWidget(self.body)
        state.connected.connect(self.on_connected)
        state.disconnected.connect(self.on_disconnected)
        state.organisation_changed.connect(self.on_organisation_changed)

    @property
    def iface(self):
        """QGIS's interface, looked up when needed (see qgis_support/iface.py)."""
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
