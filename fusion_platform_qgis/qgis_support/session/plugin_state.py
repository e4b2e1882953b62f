"""The plugin's shared state: who is connected, to which server, with which organisation.

One ``PluginState`` is created by the plugin and handed to every dock and to the Processing provider; docks
listen to its signals instead of talking to each other. It holds the logged-in client ``User`` in memory only
(the session token never leaves this object).

Expired sessions: the client logs in again once, silently, when its token expires; when that fails too, every
dock's failed task hands its error to :meth:`PluginState.report_error` first. It emits ``session_expired`` once per
session (the Account dock ends the session and asks the user to log in) and tells the caller to show nothing, so
the user gets one clear message instead of one raw error per dock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ...api.errors import AuthenticationError, SessionExpiredError
from ..pipeline.credit_guard import remember_organisation
from .settings import Connection

if TYPE_CHECKING:
    from ...api.models import Organisation, User


def is_session_error(error: BaseException, connected: bool = True) -> bool:
    """Whether a failed call means "the session is gone: log in again".

    ``SessionExpiredError`` always (the client's silent re-login was impossible or refused). An
    ``AuthenticationError`` outside the login form can only come from that silent re-login (the remembered
    password no longer works), so it counts while a session is (or just was) open."""
    if isinstance(error, SessionExpiredError):
        return True
    return isinstance(error, AuthenticationError) and connected


class PluginState(QObject):
    connected = pyqtSignal(object)  # api.User
    disconnected = pyqtSignal()
    organisation_changed = pyqtSignal(object)  # api.Organisation or None
    credits_changed = pyqtSignal(object)  # api.Credit or None
    data_changed = pyqtSignal()  # the organisation's data list changed (upload, delete...)
    processes_changed = pyqtSignal()
    executions_changed = pyqtSignal()
    # A run the plugin just started (editor, Processing, run again): the api.Process that was executed. The Executions
    # dock and the monitor follow it from this hand-off instead of rediscovering it by listing.
    run_started = pyqtSignal(object)
    # A followed run ended (the Executions dock's follower, ``ExecutionMonitor.run_ended``): its dict, so every dock
    # shows that end at once, and no listing read before it (still in flight) puts the run back to "running".
    run_ended = pyqtSignal(dict)
    busy_changed = pyqtSignal(bool)
    session_expired = pyqtSignal()  # once per session, when a call fails because the session cannot be renewed

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.user: User | None = None
        self.organisation: Organisation | None = None
        self.connection: Connection | None = None
        self._busy = 0
        self.expired = False  # True from a session's expiry until the next login (the editor stays open)
        # Processes whose starter builds the layers itself (a Processing run with "Load the outputs"): the
        # Executions dock follows them but does not load their outputs a second time.
        self.self_loading_processes: set[str] = set()

    @property
    def is_connected(self) -> bool:
        return self.user is not None

    def set_connected(self, connection: Connection, user) -> None:
        self.connection = connection
        self.user = user
        self.expired = False
        self.connected.emit(user)

    def set_organisation(self, organisation) -> None:
        self.organisation = organisation
        remember_organisation(organisation)  # the Options page lists it for its credit threshold
        self.organisation_changed.emit(organisation)

    def set_disconnected(self) -> None:
        self.user = None
        self.organisation = None
        self.disconnected.emit()
        self.organisation_changed.emit(None)

    def report_error(self, error: BaseException) -> bool:
        """Call first in every task's error path; True means "session expired: handled, show nothing".

        The first such error of a session emits ``session_expired`` (listeners end the session and ask to log in);
        later ones (other docks' calls that were running at the same time, late answers after the logout) are
        only swallowed. Any other error returns False and the caller shows its own message."""
        if not is_session_error(error, self.is_connected or self.expired):
            return False
        if self.is_connected and not self.expired:
            self.expired = True
            self.session_expired.emit()
        return True

    def push_busy(self) -> None:
        self._busy += 1
        if self._busy == 1:
            self.busy_changed.emit(True)

    def pop_busy(self) -> None:
        self._busy = max(0, self._busy - 1)
        if self._busy == 0:
            self.busy_changed.emit(False)
