"""The plugin's shared state: who is connected, to which server, with which organisation.

One ``PluginState`` is created by the plugin and handed to every dock and to the Processing provider; docks
listen to its signals instead of talking to each other. It holds the logged-in client ``User`` in memory only
(the session token never leaves this object).
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QObject, pyqtSignal

from .settings import Connection


class PluginState(QObject):
    connected = pyqtSignal(object)  # api.User
    disconnected = pyqtSignal()
    organisation_changed = pyqtSignal(object)  # api.Organisation or None
    credits_changed = pyqtSignal(object)  # api.Credit or None
    data_changed = pyqtSignal()  # the organisation's data list changed (upload, delete...)
    processes_changed = pyqtSignal()
    executions_changed = pyqtSignal()
    busy_changed = pyqtSignal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.user = None
        self.organisation = None
        self.connection: Connection | None = None
        self._busy = 0

    @property
    def is_connected(self) -> bool:
        return self.user is not None

    def set_connected(self, connection: Connection, user) -> None:
        self.connection = connection
        self.user = user
        self.connected.emit(user)

    def set_organisation(self, organisation) -> None:
        self.organisation = organisation
        self.organisation_changed.emit(organisation)

    def set_disconnected(self) -> None:
        self.user = None
        self.organisation = None
        self.disconnected.emit()
        self.organisation_changed.emit(None)

    def push_busy(self) -> None:
        self._busy += 1
        if self._busy == 1:
            self.busy_changed.emit(True)

    def pop_busy(self) -> None:
        self._busy = max(0, self._busy - 1)
        if self._busy == 0:
            self.busy_changed.emit(False)
