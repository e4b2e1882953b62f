"""Finished runs told to the user: a message-bar notification with "Load outputs" / "Show log" buttons (and a
desktop notification while QGIS is in the background); failures name the failing component and quote its last log
lines (read in a QgsTask). A mixin of :class:`.dock.ExecutionsDock`: it uses the dock's state, monitor and helpers.
"""

from __future__ import annotations

from typing import Any, Callable

from qgis.core import Qgis
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QApplication, QPushButton, QSystemTrayIcon

from ...api import listings as endpoints
from ...qgis_support import layers as fp_layers
from ...qgis_support.i18n import tr
from ...qgis_support.resources import icon_path
from ...qgis_support.run_state import status_of
from ...qgis_support.tasks import QUIET, run_task
from ..log_viewer import to_lines

LOG_LINES_IN_FAILURE = 5


class NotificationsMixin:
    def _push_notification(self, run: dict, title: str, text: str, level, buttons: list[tuple[str, Callable]]):
        bar = self.iface.messageBar()
        widget = bar.createMessage(title, text)
        made = {}
        for label, slot in buttons:
            button = QPushButton(label, widget)
            button.clicked.connect(self._while_alive(slot))
            widget.layout().addWidget(button)
            made[label] = button
        item = bar.pushWidget(widget, level, 0 if level == Qgis.MessageLevel.Critical else 15)
        record = {"run": run, "title": title, "text": text, "level": level, "widget": widget, "buttons": made}
        self.notifications.append(record)
        self.bar_items.append(item if item is not None else widget)
        self._desktop_notification(title, text, level)
        self.notified.emit(record)
        return record

    def _while_alive(self, slot: Callable[[], Any]) -> Callable[..., None]:
        """A button callback that does nothing once the dock is shut down (or its C++ side deleted).

        Why: the message bar belongs to QGIS and outlives the dock; a "Load outputs" clicked after ``unload()``
        would otherwise start work on a deleted dock."""

        def call(*_args) -> None:
            if self._shut_down or sip.isdeleted(self):
                return
            slot()

        return call

    def _pop_bar_items(self) -> None:
        """Take the dock's notifications off QGIS's message bar (their buttons point at this dock)."""
        items, self.bar_items = self.bar_items, []
        if not items:
            return
        try:
            bar = self.iface.messageBar()
        except RuntimeError:  # QGIS is closing: its message bar is gone, and our items with it
            return
        for item in items:
            try:
                if not sip.isdeleted(item):  # an expired item was already deleted by the bar
                    bar.popWidget(item)
            except (RuntimeError, TypeError):  # deleted meanwhile, or not a Qt item (a stand-in iface)
                pass

    def _desktop_notification(self, title: str, text: str, level) -> None:
        """Tell the user through the desktop when QGIS is not the active application."""
        if QApplication.activeWindow() is not None or not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(QIcon(icon_path("fusion_platform.svg")), self)
            self.tray.show()
        icon = (
            QSystemTrayIcon.MessageIcon.Critical
            if level == Qgis.MessageLevel.Critical
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.tray.showMessage(title, text, icon, 10000)

    def notify_success(self, run: dict, offer_load: bool = True) -> dict:
        name = run["process"].get("name") or tr("A process")
        buttons = [(tr("Show log"), lambda: self.show_log(run))]
        if offer_load and fp_layers.find_loaded_run(run["executions"]) is None:
            buttons.insert(0, (tr("Load outputs"), lambda: self.load_outputs(run)))
        return self._push_notification(
            run,
            tr("Fusion Platform"),
            tr("'{0}' finished successfully.").format(name),
            Qgis.MessageLevel.Success,
            buttons,
        )

    def notify_failure(self, run: dict) -> None:
        """Find the failing component and its last log lines (in a task), then raise a critical notification.

        A stopped run is no failure: the user (or someone of the organisation) asked for it, so it is an
        information without the worker's log lines."""
        session = self._session()
        name = run["process"].get("name") or tr("A process")
        failed = [e for e in run["executions"] if status_of(e) in ("failed", "stopped")] or run["executions"]
        execution = failed[0]
        reason = execution.get("abort_reason") or ""
        stopped = status_of(execution) == "stopped" and not any(status_of(e) == "failed" for e in run["executions"])
        if stopped:
            self._push_notification(
                run,
                tr("Fusion Platform"),
                tr("Run stopped: {0}").format(name),
                Qgis.MessageLevel.Info,
                [(tr("Show log"), lambda: self.show_log(run))],
            )
            return
        if session is None or self.state.organisation is None:
            # Logged out meanwhile: no log to read, but the user still learns that the run failed.
            self._push_notification(
                run,
                tr("Fusion Platform"),
                tr("'{0}' failed: {1}").format(name, reason or tr("no reason given")),
                Qgis.MessageLevel.Critical,
                [],
            )
            return
        org = self._org_id()

        def work(_task):
            components = [c for c, _ in session.iterate(endpoints.components_path(org, execution["id"]))]
            failing = next((c for c in components if c.get("success") is False), components[0] if components else None)
            lines = []
            if failing is not None:
                answer = session.request(
                    "GET", endpoints.component_logs_path(org, failing["id"]), params={"limit": "24", "reverse": "True"}
                )
                lines = to_lines(list((answer or {}).get("list") or []))[-LOG_LINES_IN_FAILURE:]
            return failing, lines

        def done(value):
            if self._shut_down:
                return
            failing, lines = value
            component = (failing or {}).get("name") or tr("unknown component")
            text = tr("'{0}' failed in {1}: {2}").format(name, component, reason or tr("no reason given"))
            if lines:
                text += "\n" + "\n".join(f"{line.level}: {line.message}" for line in lines)
            self._push_notification(
                run,
                tr("Fusion Platform"),
                text,
                Qgis.MessageLevel.Critical,
                [(tr("Show log"), lambda: self.show_log(run))],
            )

        def failed_(error):
            if not self._shut_down and not self.state.report_error(error):
                self._push_notification(
                    run,
                    tr("Fusion Platform"),
                    tr("'{0}' failed: {1}").format(name, reason or self._error_text(error)),
                    Qgis.MessageLevel.Critical,
                    [(tr("Show log"), lambda: self.show_log(run))],
                )

        run_task(tr("Fusion Platform: reading the failure"), work, done, failed_, silent=QUIET)
