"""What every part of the Executions dock shares: the plugin's state, the session, the message bar.

One :class:`DockContext` is made by the dock and handed to each part (listing, notifier, previews, actions,
outputs, components) in its constructor; the parts talk back to the dock through their own signals.
"""

from __future__ import annotations

from typing import Any, Callable

from qgis.core import Qgis
from qgis.PyQt import sip

from ...qgis_support.session.plugin_state import PluginState
from ...qgis_support.toolbelt.iface import qgis_iface
from ...qgis_support.words.i18n import tr
from ...qgis_support.words.messages import error_text
from ..ui import bar_title


class DockContext:
    """The state, the session of the user logged in, and the dock's voice on QGIS's message bar."""

    def __init__(self, state: PluginState, owner: Any = None):
        self.state = state
        self.owner = owner  # the dock (a QObject): its parts do nothing once it is deleted
        self.shut_down = False

    @property
    def iface(self) -> Any:
        return qgis_iface()

    @property
    def alive(self) -> bool:
        """False once the dock shut down (or its C++ side is gone)."""
        return not self.shut_down and not (self.owner is not None and sip.isdeleted(self.owner))

    def session(self) -> Any:
        user = self.state.user
        return user.session if user is not None else None

    def organisation_id(self) -> str:
        organisation = self.state.organisation
        return str(organisation.id) if organisation is not None else ""

    def logged_in(self) -> bool:
        return self.session() is not None and self.state.organisation is not None

    def action_session(self) -> Any:
        """The session for a user action, or None after telling the user they were logged out meanwhile.

        Why: a run stays selected (or a confirmation stays open) while the Account dock logs out; the action
        must then say so instead of failing with an AttributeError on ``state.user``/``state.organisation``."""
        session = self.session()
        if session is None or self.state.organisation is None:
            self.message(
                tr("You are no longer logged in: log in from the Account dock, then try again."),
                Qgis.MessageLevel.Warning,
            )
            return None
        return session

    def error_text(self, error: BaseException) -> str:
        """One translated sentence for a failed call (``messages.error_text``), never the client's raw English."""
        return error_text(error, self.state.connection)

    def error_message(self, template: str, level=Qgis.MessageLevel.Critical) -> Callable[[BaseException], None]:
        """A task's error callback: an expired session goes to the Account dock (``state.report_error``), anything
        else is shown as ``template`` (a translated "…: {0}") filled with the translated error."""

        def show(error: BaseException) -> None:
            if self.alive and not self.state.report_error(error):
                self.message(template.format(self.error_text(error)), level)

        return show

    def message(self, text: str, level=Qgis.MessageLevel.Info, duration: int = 5) -> None:
        self.iface.messageBar().pushMessage(bar_title(level), text, level=level, duration=duration)

    def while_alive(self, slot: Callable[[], Any]) -> Callable[..., None]:
        """A button callback that does nothing once the dock is shut down (or its C++ side deleted).

        Why: the message bar belongs to QGIS and outlives the dock; a "Load outputs" clicked after ``unload()``
        would otherwise start work on a deleted dock."""

        def call(*_args) -> None:
            if self.alive:
                slot()

        return call
