"""Finished runs told to the user: a message-bar notification with "Load outputs" / "Show log" buttons (and a
desktop notification while QGIS is in the background); failures name the failing component and quote its last log
lines (read in a QgsTask). The :class:`Notifier` asks for loads and logs through its signals; the dock answers.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import Qgis
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QApplication, QPushButton, QSystemTrayIcon

from ...api import listings
from ...qgis_support.pipeline.results import loaded_group
from ...qgis_support.runs.status import status_of
from ...qgis_support.toolbelt.resources import icon_path
from ...qgis_support.toolbelt.tasks import QUIET, run_task
from ...qgis_support.words.i18n import tr
from ..log_viewer import to_lines
from ..ui import bar_title
from .context import DockContext

LOG_LINES_IN_FAILURE = 5
MESSAGE_MS = 10000  # how long the desktop shows the message; the icon goes with it


class TrayNotice(QSystemTrayIcon):
    """The desktop notification of a finished run: an icon in the Windows tray / macOS menu bar that is shown with
    its message only, hidden once the message is clicked, has timed out or QGIS is active again (it used to stay
    for the whole session, and clicking the message did nothing); a click emits ``opened`` with the run."""

    opened = pyqtSignal(object)

    def __init__(self, parent: QObject):
        super().__init__(QIcon(icon_path("fusion_platform.svg")), parent)
        self.run: Optional[dict] = None
        self.expiry = QTimer(self)
        self.expiry.setSingleShot(True)
        self.expiry.timeout.connect(self.hide)
        self.messageClicked.connect(self._clicked)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._application_state)

    def notify(self, run: Optional[dict], title: str, text: str, icon: QSystemTrayIcon.MessageIcon) -> None:
        self.run = run
        self.show()
        self.showMessage(title, text, icon, MESSAGE_MS)
        self.expiry.start(MESSAGE_MS)

    def _clicked(self) -> None:
        run, self.run = self.run, None
        self.hide()
        if run is not None:
            self.opened.emit(run)

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.hide()  # the user is back in QGIS: the message bar says the rest


class Notifier(QObject):
    """Raises the notifications of finished runs and takes them off QGIS's message bar at shutdown."""

    notified = pyqtSignal(dict)  # the notification raised: {"run", "title", "text", "level", "widget", "buttons"}
    load_requested = pyqtSignal(dict)  # "Load outputs" clicked: the run
    log_requested = pyqtSignal(dict)  # "Show log" clicked: the run
    open_requested = pyqtSignal(dict)  # the desktop notification clicked: the run, to be shown in the dock

    def __init__(self, context: DockContext, parent: QObject):
        super().__init__(parent)
        self.context = context
        self.notifications: list[dict] = []
        self.bar_items: list[Any] = []  # message-bar items pushed by this dock, popped in shutdown()
        self.tray: Optional[TrayNotice] = None

    def push(self, run: dict, title: str, text: str, level, buttons: list[tuple[str, Callable[[], Any]]]) -> dict:
        bar = self.context.iface.messageBar()
        widget = bar.createMessage(bar_title(level), text)  # the title stays for the tray's balloon
        made = {}
        for label, slot in buttons:
            button = QPushButton(label, widget)
            button.clicked.connect(self.context.while_alive(slot))
            widget.layout().addWidget(button)
            made[label] = button
        item = bar.pushWidget(widget, level, 0 if level == Qgis.MessageLevel.Critical else 15)
        record = {"run": run, "title": title, "text": text, "level": level, "widget": widget, "buttons": made}
        self.notifications.append(record)
        self.keep(item if item is not None else widget)
        self._desktop_notification(title, text, level, run)
        self.notified.emit(record)
        return record

    def keep(self, item: Any) -> None:
        """A message-bar item of this dock (popped at shutdown: its buttons point at the dock)."""
        self.bar_items.append(item)

    def pop_bar_items(self) -> None:
        """Take the dock's notifications off QGIS's message bar (their buttons point at this dock)."""
        items, self.bar_items = self.bar_items, []
        if not items:
            return
        try:
            bar = self.context.iface.messageBar()
        except RuntimeError:  # QGIS is closing: its message bar is gone, and our items with it
            return
        for item in items:
            try:
                if not sip.isdeleted(item):  # an expired item was already deleted by the bar
                    bar.popWidget(item)
            except (RuntimeError, TypeError):  # deleted meanwhile, or not a Qt item (a stand-in iface)
                pass

    def shutdown(self) -> None:
        self.pop_bar_items()
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    def _desktop_notification(self, title: str, text: str, level, run: Optional[dict] = None) -> None:
        """Tell the user through the desktop when QGIS is not the active application."""
        if QApplication.activeWindow() is not None or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = TrayNotice(self)
            self.tray.opened.connect(self.open_requested)
        icon = (
            QSystemTrayIcon.MessageIcon.Critical
            if level == Qgis.MessageLevel.Critical
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.tray.notify(run, title, text, icon)

    def _show_log(self, run: dict) -> tuple[str, Callable[[], None]]:
        return tr("Show log"), lambda: self.log_requested.emit(run)

    def notify_success(self, run: dict, offer_load: bool = True) -> dict:
        name = run["process"].get("name") or tr("A process")
        buttons = [self._show_log(run)]
        if offer_load and loaded_group(run["executions"]) is None:
            buttons.insert(0, (tr("Load outputs"), lambda: self.load_requested.emit(run)))
        return self.push(
            run,
            tr("Fusion Platform"),
            tr("Finished: {0}").format(name),
            Qgis.MessageLevel.Success,
            buttons,
        )

    def notify_failure(self, run: dict) -> None:
        """Find the failing component and its last log lines (in a task), then raise a critical notification.

        A stopped run is no failure: the user (or someone of the organisation) asked for it, so it is an
        information without the worker's log lines."""
        context = self.context
        session = context.session()
        name = run["process"].get("name") or tr("A process")
        failed = [e for e in run["executions"] if status_of(e) in ("failed", "stopped")] or run["executions"]
        execution = failed[0]
        reason = execution.get("abort_reason") or ""
        stopped = status_of(execution) == "stopped" and not any(status_of(e) == "failed" for e in run["executions"])
        if stopped:
            self.push(
                run,
                tr("Fusion Platform"),
                tr("Run stopped: {0}").format(name),
                Qgis.MessageLevel.Info,
                [self._show_log(run)],
            )
            return
        if session is None or context.state.organisation is None:
            # Logged out meanwhile: no log to read, but the user still learns that the run failed.
            self.push(
                run,
                tr("Fusion Platform"),
                tr("'{0}' failed: {1}").format(name, reason or tr("no reason given")),
                Qgis.MessageLevel.Critical,
                [],
            )
            return
        org = context.organisation_id()

        def work(_task):
            components = listings.execution_components(session, org, execution["id"])
            failing = next((c for c in components if c.get("success") is False), components[0] if components else None)
            lines = []
            if failing is not None:
                entries = listings.newest_log_entries(session, org, failing["id"])
                lines = to_lines(entries)[-LOG_LINES_IN_FAILURE:]
            return failing, lines

        def done(value):
            if not context.alive:
                return
            failing, lines = value
            component = (failing or {}).get("name") or tr("unknown component")
            text = tr("'{0}' failed in {1}: {2}").format(name, component, reason or tr("no reason given"))
            if lines:
                text += "\n" + "\n".join(f"{line.level}: {line.message}" for line in lines)
            self.push(run, tr("Fusion Platform"), text, Qgis.MessageLevel.Critical, [self._show_log(run)])

        def failed_(error):
            if context.alive and not context.state.report_error(error):
                self.push(
                    run,
                    tr("Fusion Platform"),
                    tr("'{0}' failed: {1}").format(name, reason or context.error_text(error)),
                    Qgis.MessageLevel.Critical,
                    [self._show_log(run)],
                )

        run_task(tr("Fusion Platform: reading the failure"), work, done, failed_, silent=QUIET)
